#!/bin/sh
# Measurement, not a test: builds s390 defconfig + CONFIG_PREEMPT twice in
# one run, without the plugin (baseline) and with it, and prints side by
# side: vmlinux text size, preempt_schedule_notrace() call sites, table
# entries, and the ten functions whose size changed most.
# The pcpusect build also builds the modules, and kernel/table-stats.sh
# then checks and counts the tables of vmlinux and every module.
# Usage: kernel/bench.sh DIR   (DIR/baseline and DIR/pcpusect are built)
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
echo "bench.sh: $(date +%T) building 1/2: baseline (defconfig, vmlinux) in $dir/baseline"
KERNEL_TARGETS=vmlinux "$here/build.sh" bench "$dir/baseline" baseline
echo "bench.sh: $(date +%T) building 2/2: pcpusect (defconfig, vmlinux and modules) in $dir/pcpusect"
KERNEL_TARGETS="vmlinux modules" "$here/build.sh" bench "$dir/pcpusect"
echo "bench.sh: $(date +%T) built"

# Bytes per function name (static functions of the same name added up);
# the .text section itself is padded to a page.
sizes() {
	s390x-linux-gnu-nm -S --size-sort --radix=d "$1/vmlinux" |
		awk 'tolower($3) == "t" { n[$4] += $2 }
		     END { for (f in n) print f, n[f] }' | sort
}
text() { sizes "$1" | awk '{ n += $2 } END { print n }'; }
# Branches to preempt_schedule_notrace: brasl calls and jg tail calls.
calls() {
	s390x-linux-gnu-objdump -d --no-show-raw-insn "$1/vmlinux" |
		grep -c '<preempt_schedule_notrace>$' || true
}
entries() {
	set -- $(s390x-linux-gnu-nm --radix=d "$1/vmlinux" |
		awk '/ __start___pcpusect_table$/ { s = $1 }
		     / __stop___pcpusect_table$/ { e = $1 }
		     END { print s + 0, e + 0 }')
	echo $(( ($2 - $1) / 16 ))
}

b=$dir/baseline p=$dir/pcpusect
tb=$(text "$b") tp=$(text "$p") cb=$(calls "$b") cp=$(calls "$p")
printf '%-34s %12s %12s %12s\n' "s390 defconfig + PREEMPT" baseline pcpusect change
printf '%-34s %12d %12d %12d\n' "function bytes (text symbols)" "$tb" "$tp" $((tp - tb))
printf '%-34s %12d %12d %12d\n' "preempt_schedule_notrace sites" "$cb" "$cp" $((cp - cb))
printf '%-34s %12s %12d\n' "guarded sections (table entries)" - "$(entries "$p")"
echo "published for the hand-written series (later kernel): about -106 KB text, 7089 -> 1577 call sites"
echo
echo "ten functions with the largest size change (bytes):"
sizes "$b" > "$dir/sizes.baseline"
sizes "$p" > "$dir/sizes.pcpusect"
join -a1 -a2 -e 0 -o 0,1.2,2.2 "$dir/sizes.baseline" "$dir/sizes.pcpusect" |
	awk '{ d = $3 - $2; a = d < 0 ? -d : d; print a, $1, $2, $3, d }' |
	sort -rn | head -10 |
	awk '{ printf "  %-40s %8d %8d %8d\n", $2, $3, $4, $5 }'
echo
"$here/table-stats.sh" "$p"
