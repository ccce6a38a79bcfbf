#!/bin/sh
# Measurement, not a test: builds the small test kernel (tinyconfig +
# configs/test.config + configs/insns.config) in the five variants of
# kernel/bench.sh and counts, per variant, the kernel instructions one
# iteration of each workload of insns/init.c executes
# (kernel/insns-count.sh), side by side.
# Usage: kernel/insns.sh DIR   (DIR/VARIANT for each; the table also
# goes to DIR/insns-report).  VARIANTS="..." builds and counts fewer;
# a variant whose DIR/VARIANT/vmlinux exists is not built again
# (REBUILD=1 rebuilds).  Each variant is counted in ROUNDS boots (2
# unless set).
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
. "$here/variants.sh"
variants=${VARIANTS:-$ALL_VARIANTS}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

n=0 total=$(echo $variants | wc -w) pairs=
for v in $variants; do
	n=$((n + 1))
	build_args "$v"
	pairs="$pairs $v=$dir/$v"
	if [ -e "$dir/$v/vmlinux" ] && [ "${REBUILD:-0}" = 0 ]; then
		echo "insns.sh: $v already built in $dir/$v"
		continue
	fi
	echo "insns.sh: $(date +%T) building $n/$total: $v in $dir/$v"
	EXTRA_CONFIG="insns $build_config" \
		KERNEL_TARGETS="vmlinux bzImage modules" \
		"$here/build.sh" test "$dir/$v" "$build_variant" > "$dir/$v.build.log" 2>&1 ||
		{ tail -n 30 "$dir/$v.build.log"; exit 1; }
done
echo "insns.sh: $(date +%T) built"

# Boots of one kernel run the same instructions (insns-count.sh), or
# nearly: ROUNDS=N boots every variant N times, and the report gives the
# median and the spread, which shows it.
: > "$dir/insns-counts"
round=1
while [ "$round" -le "${ROUNDS:-2}" ]; do
	echo "insns.sh: $(date +%T) counting, round $round of ${ROUNDS:-2}"
	"$here/insns-count.sh" $pairs | tee -a "$dir/insns-counts"
	round=$((round + 1))
done
"$here/insns-report.sh" "$dir/insns-counts" | tee "$dir/insns-report"
