#!/bin/sh
# Measurement, not a test: builds s390 defconfig + CONFIG_PREEMPT five
# times in one run, with the same compiler, and prints the variants side
# by side (kernel/bench-report.sh):
#   guards    stock 6.12, this_cpu operations under preempt_disable
#   handasm   the hand-written design merged for Linux 7.2, re-implemented
#             on 6.12 (handasm/percpu-handasm.h)
#   pcpusect  the plugin; also builds the modules, and
#             kernel/table-stats.sh checks and counts every table
#   pcpusect-table  the plugin with table-only sections
#             (configs/table.config)
#   noguards  no guard at all (noguards.sh): the limit, unsafe
# Usage: kernel/bench.sh DIR   (DIR/VARIANT is built for each; the report
# also goes to DIR/report).  VARIANTS="..." builds fewer; a variant whose
# DIR/VARIANT/vmlinux exists is not built again (REBUILD=1 rebuilds).
# MODULES=no leaves out pcpusect's modules, which double its build time.
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
. "$here/variants.sh"

# The build is silent (make -s); once a minute, say how far it is.
progress() {
	while sleep 60; do
		echo "bench.sh: $(date +%T) $1: $(find "$2" -name '*.o' \
			-newer "$2/.config" 2>/dev/null | wc -l) objects compiled"
	done
}
ticker=
trap '[ -z "$ticker" ] || kill $ticker' EXIT

variants=${VARIANTS:-$ALL_VARIANTS}
n=0 total=$(echo $variants | wc -w)
for v in $variants; do
	n=$((n + 1))
	if [ -e "$dir/$v/vmlinux" ] && [ "${REBUILD:-0}" = 0 ]; then
		echo "bench.sh: $v already built in $dir/$v"
		continue
	fi
	build_args "$v"
	# table-stats.sh checks the tables of pcpusect's modules too.
	targets=vmlinux
	[ "$v" != pcpusect ] || [ "${MODULES:-yes}" = no ] ||
		targets="vmlinux modules"
	echo "bench.sh: $(date +%T) building $n/$total: $v ($targets) in $dir/$v"
	progress "$v" "$dir/$v" &
	ticker=$!
	EXTRA_CONFIG=$build_config KERNEL_TARGETS=$targets \
		"$here/build.sh" bench "$dir/$v" "$build_variant"
	kill $ticker
	ticker=
done
echo "bench.sh: $(date +%T) built"

# The report compares against the two ends, guards and noguards.
if [ -e "$dir/guards/vmlinux" ] && [ -e "$dir/noguards/vmlinux" ]; then
	"$here/bench-report.sh" "$dir" | tee "$dir/report"
else
	echo "bench.sh: no report without $dir/guards and $dir/noguards"
fi
if [ -e "$dir/pcpusect/vmlinux" ]; then
	echo
	"$here/table-stats.sh" "$dir/pcpusect"
fi
