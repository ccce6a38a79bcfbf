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
# also goes to DIR/report)
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"

n=0
for v in guards handasm pcpusect pcpusect-table noguards; do
	n=$((n + 1))
	extra=
	case $v in
	guards)   variant=baseline targets=vmlinux ;;
	pcpusect) variant=plugin targets="vmlinux modules" ;;
	pcpusect-table) variant=plugin targets=vmlinux extra=table ;;
	*)        variant=$v targets=vmlinux ;;
	esac
	echo "bench.sh: $(date +%T) building $n/5: $v ($targets) in $dir/$v"
	EXTRA_CONFIG=$extra KERNEL_TARGETS=$targets \
		"$here/build.sh" bench "$dir/$v" "$variant"
done
echo "bench.sh: $(date +%T) built"

"$here/bench-report.sh" "$dir" | tee "$dir/report"
echo
"$here/table-stats.sh" "$dir/pcpusect"
