#!/bin/sh
# Boots each negative control (pcpusect_faults bits BITS, default
# 1 2 4 8 32 128) N times, at most P (default 2) qemu at once, and counts
# how often each was caught.
# Usage: kernel/controls.sh KDIR [N]
# KDIR is a tree built by `kernel/build.sh test KDIR`.
set -e
kdir=$1 n=${2:-10}
bits=${BITS:-1 2 4 8 32 128}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
for i in $(seq 1 "$n"); do
	for bit in $bits; do
		echo "$bit $i"
	done
done | xargs -P "${P:-2}" -n 2 sh -c '
	# $0 script, $1 kdir, $2 log dir, $3 fault bit, $4 run
	MAIN=0 "$0" "$1" 1 "$3" > "$2/control$3.$4.log" 2>&1 &&
		echo "control $3 run $4: caught" ||
		echo "control $3 run $4: NOT CAUGHT (log $2/control$3.$4.log)"
' "$here/boot-torture.sh" "$kdir" "$out" | tee "$out/summary"
# How each was caught: failed self-test checks, or (32) reports made.
for bit in $bits; do
	if [ "$bit" = 32 ]; then
		what="reports per boot" re='.*RESULT.* reports=\([0-9]*\).*'
	else
		what="self-test failures per boot"
		re='.*selftest: \([0-9]*\) failed checks.*'
	fi
	echo "pcpusect_faults=$bit: caught in" \
		"$(grep -c "control $bit run .*: caught" "$out/summary") of $n boots;" \
		"$what:" \
		"$(sed -n "s/$re/\1/p" "$out"/control$bit.*.log | sort -n | uniq -c |
		   awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"
done
echo "logs: $out"
