#!/bin/sh
# Instructions executed per this_cpu operation, counted, not timed: each
# operation is one noinline function of bench/insn-ops.c, run once under
# qemu-s390x -singlestep -d exec,nochain, which logs one line per
# executed instruction with the function it belongs to.  Three builds in
# the same run, as in codesize.sh: the plugin's sections, the fallback
# with the kernel's CONFIG_PREEMPT guards, and no guards.
# Usage: bench/insns.sh TARGET_GCC PLUGIN INCLUDE_DIR QEMU LD_PREFIX
set -e
gcc=$1 plugin=$2 inc=$3 qemu=$4 ldp=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lowcore="-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -DPCPUSECT_OFFSET_ADDR=0x103b8 -DPCPUSECT_LOWCORE=0x10000"
for v in sections preempt none; do
	case $v in
	sections) f="" ;;
	preempt)  f="-fplugin-arg-pcpusect-disable -include $here/preempt-guards.h" ;;
	none)     f="-fplugin-arg-pcpusect-disable" ;;
	esac
	$gcc -O2 -I"$inc" -fplugin="$plugin" $lowcore $f \
		"$here/insn-ops.c" -o "$work/$v"
	"$qemu" -L "$ldp" -singlestep -d exec,nochain -D "$work/$v.log" \
		"$work/$v" || { echo "insn-ops ($v) failed" >&2; exit 1; }
	# function -> instructions executed in it (each is called once)
	awk '$1 == "Trace" { n[$NF]++ }
	     END { for (f in n) print f, n[f] }' "$work/$v.log" |
		sort > "$work/$v.count"
done

printf '%-18s %9s %8s %6s %9s\n' function sections preempt none "over none"
join "$work/sections.count" "$work/preempt.count" |
	join - "$work/none.count" |
	grep -E '^(read|write|add|inc|add_return|inc_return|and|or)_' |
	awk '{ printf "%-18s %9d %8d %6d %+9d\n", $1, $2, $3, $4, $2 - $4
	       s += $2; p += $3; o += $4; k++ }
	     END { printf "%-18s %9d %8d %6d %+9d   (%d functions)\n",
		   "total", s, p, o, s - o, k }'
