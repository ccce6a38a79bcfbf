#!/bin/sh
# Where a workload's kernel instructions go, per function and iteration,
# in two kernels side by side, largest differences first.  A measurement,
# not a test.
# Usage: kernel/insns-profile.sh PROFDIR WORKLOAD A=KDIR B=KDIR
#   PROFDIR: INSNS_PROFILE of `kernel/insns-count.sh A=KDIR B=KDIR`;
#   WORKLOAD: a name of its windows (getppid, pipe-ping-pong, slab, ...).
# Prints "FUNCTION A B B-A"; a module workload's run with no iterations
# is subtracted, as insns-count.sh does.  The kernel's text runs at
# another address than vmlinux is linked at: /init prints where _stext
# runs.  Addresses outside vmlinux's text (the lowcore, modules) are
# counted as "[outside-vmlinux]".
set -e
export LC_ALL=C
[ $# -eq 4 ] || {
	echo "usage: $0 PROFDIR WORKLOAD A=KDIR B=KDIR" >&2
	exit 2
}
prof=$1 workload=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# linked_addresses SIGN: a profile's "ADDRESS COUNT" lines as
# "LINKED-ADDRESS add SIGN*COUNT"; those below the text as "outside".
linked_addresses() {
	while read -r addr count; do
		addr=$((0x$addr - offset))
		if [ "$addr" -lt 0 ]; then
			echo "outside add $(($1 * count))"
		else
			printf '%016x add %d\n' "$addr" $(($1 * count))
		fi
	done
}

# per_function NAME KDIR: "FUNCTION COUNT" per iteration in $work/NAME
per_function() {
	name=$1 kdir=$2
	windows=$prof/$name.windows
	[ -r "$windows" ] || {
		echo "insns-profile.sh: no $windows" >&2
		exit 1
	}
	[ -r "$kdir/System.map" ] || {
		echo "insns-profile.sh: no $kdir/System.map" >&2
		exit 1
	}
	# The window measured with iterations, and the one without (if any).
	set -- $(awk -v w="$workload" '
		$2 == "window" && $4 == w { if ($5 > 0) { n = $3; it = $5 }
					    else z = $3 }
		END { print n + 0, it + 0, z + 0 }' "$windows")
	[ "$1" != 0 ] || {
		echo "insns-profile.sh: no window $workload in $windows" >&2
		exit 1
	}
	win=$1 iters=$2 zero=$3
	run=$(sed -n 's/^insns: text _stext at \([0-9a-f]*\)$/\1/p' "$windows")
	linked=$(sed -n 's/^\([0-9a-f]*\) T _stext$/\1/p' "$kdir/System.map")
	[ -n "$run" ] && [ -n "$linked" ] || {
		echo "insns-profile.sh: no _stext in $windows or $kdir/System.map" >&2
		exit 1
	}
	offset=$((0x$run - 0x$linked))
	{
		# Text symbols, then each address with its sign: +run, -zero.
		awk '$2 ~ /^[tTwW]$/ { print $1, "sym", $3 }' "$kdir/System.map"
		linked_addresses 1 < "$prof/$name.$win"
		[ "$zero" = 0 ] || linked_addresses -1 < "$prof/$name.$zero"
		echo "ffffffffffffffff sym [end]"
	} | sort -k1,1 -k2,2r | awk -v it="$iters" '
		$1 == "outside" { f = "" }
		$2 == "sym" { if ($3 == "_etext") f = ""; else f = $3; next }
		{ sum[f == "" ? "[outside-vmlinux]" : f] += $3; all += $3 }
		END {
			for (f in sum) if (sum[f]) printf "%s %.1f\n", f, sum[f] / it
			printf "[total] %.1f\n", all / it
		}
	' | sort > "$work/$name"
}

a=${3%%=*} b=${4%%=*}
per_function "$a" "${3#*=}"
per_function "$b" "${4#*=}"
printf '%-40s %10s %10s %10s\n' function "$a" "$b" "$b-$a"
join -a 1 -a 2 -e 0 -o 0,1.2,2.2 "$work/$a" "$work/$b" |
	awk '{ printf "%-40s %10.1f %10.1f %10.1f\n", $1, $2, $3, $3 - $2 }' |
	sort -k4,4gr -k1,1 | awk '
	$1 == "[total]" { total = $0; next }
	$4 != 0 { print }
	END { print total }'
