#!/bin/sh
# Instructions executed per this_cpu operation, counted, not timed: each
# operation is one noinline function of bench/insn-ops.c, run once under
# qemu-s390x -singlestep -d exec,nochain, which logs one line per
# executed instruction with the function it belongs to.  Four builds in
# the same run, as in codesize.sh: the plugin's sections with markers,
# table-only sections, the fallback with the kernel's CONFIG_PREEMPT
# guards, and no guards.  Counted once per call, one call each (the 1-
# and 2-byte loops and xchg go round once: nothing interferes).
# Usage: bench/insns.sh TARGET_GCC PLUGIN INCLUDE_DIR QEMU LD_PREFIX
set -e
gcc=$1 plugin=$2 inc=$3 qemu=$4 ldp=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lowcore="-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -DPCPUSECT_OFFSET_ADDR=0x103b8 -DPCPUSECT_LOWCORE=0x10000"
for v in sections nofuse table preempt none; do
	case $v in
	sections) f="" ;;
	nofuse)   f="-fplugin-arg-pcpusect-fuse=0" ;;
	table)    f="-fplugin-arg-pcpusect-mode=table" ;;
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

printf '%-20s %9s %7s %6s %8s %6s %10s %10s\n' function sections nofuse \
	table preempt none "sect-none" "table-none"
join "$work/sections.count" "$work/nofuse.count" |
	join - "$work/table.count" |
	join - "$work/preempt.count" | join - "$work/none.count" |
	grep -E '^(read|write|add|inc|add_return|inc_return|and|or|xchg|cmpxchg|try_cmpxchg|cmpxchg128|fused)_' |
	awk '{ printf "%-20s %9d %7d %6d %8d %6d %+10d %+10d\n", $1, $2, $3,
		      $4, $5, $6, $2 - $6, $4 - $6
	       s += $2; u += $3; t += $4; p += $5; o += $6; k++ }
	     END { printf "%-20s %9d %7d %6d %8d %6d %+10d %+10d   (%d functions)\n",
		   "total", s, u, t, p, o, s - o, t - o, k }'
echo "(nofuse: sections with -fplugin-arg-pcpusect-fuse=0; the fused_*"
echo " functions hold several operations on one struct, one section with fusing)"
echo "goal: sections at most 2 (the two mviy) over none per section, table 0"
echo "(1- and 2-byte read-modify-writes: the fallback's GCC __atomic builtins"
echo " build their compare-and-swap loop with more shifting and masking than"
echo " the sections' loop on the aligned word)"
