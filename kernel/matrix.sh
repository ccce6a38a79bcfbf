#!/bin/sh
# Builds and boot-tortures the test kernel once per configuration and
# prints one line per configuration: the torture's figures and how many
# checks (negative controls included) passed.
# Usage: kernel/matrix.sh BUILDDIR [NAME...]   (default: every
# configs/*.config other than test and bench; "default" is test.config
# alone).  Logs go to BUILDDIR/matrix-NAME.log.
set -e
top=$(cd "$1" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)
names=$*
[ -n "$names" ] || names="default $(cd "$here/configs" && ls *.config |
	sed 's/\.config$//' | grep -vx 'test\|bench' | tr '\n' ' ')"
summary=$top/matrix-summary.txt
: > "$summary"
for name in $names; do
	extra=$name dir=$top/linux-test-$name
	if [ "$name" = default ]; then
		extra= dir=$top/linux-test
	fi
	log=$top/matrix-$name.log
	echo "matrix: $name: building $dir ($(date +%T))"
	if EXTRA_CONFIG=$extra "$here/build.sh" test "$dir" > "$log" 2>&1; then
		echo "matrix: $name: booting ($(date +%T))"
		"$here/boot-torture.sh" "$dir" "${SECONDS_PER_RUN:-30}" >> "$log" 2>&1 &&
			verdict=PASS || verdict=FAIL
	else
		verdict=BUILD-FAILED
	fi
	result=$(grep -a "^torture: .*RESULT hammer_rounds" "$log" | tail -n 1 |
		 sed 's/.*RESULT //')
	line="$name: $verdict; $(grep -a '^boot torture:' "$log" | tail -n 1)"
	for f in hammer_rounds seconds fixups remote_writes reports; do
		line="$line $f=$(echo "$result" | sed -n "s/.*\<$f=\([^ ]*\).*/\1/p")"
	done
	for p in io ext mcck; do
		line="$line $p:$(grep -a "path $p *:" "$log" | tail -n 1 |
			sed 's/.*in_section=\([0-9]*\) migrated=\([0-9]*\) fixups=\([0-9]*\).*/\1\/\2\/\3/')"
	done
	echo "$line" | tee -a "$summary"
done
echo "matrix: summary in $summary"
! grep -q ": \(FAIL\|BUILD-FAILED\);" "$summary"
