#!/bin/sh
# What pcpusect-table says about a built kernel: --check and --stats of
# vmlinux, then --check of every module and the sum of their --stats.
# The per-module listing goes to DIR/table-stats.modules.
# Usage: kernel/table-stats.sh DIR
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
tool=$dir/scripts/pcpusect-table/pcpusect-table
[ -x "$tool" ] || { echo "$tool missing: build $dir first" >&2; exit 1; }

echo "== pcpusect-table --check --lowcore-alt=0x70000 vmlinux"
"$tool" --check --lowcore-alt=0x70000 "$dir/vmlinux"
echo "== pcpusect-table --stats vmlinux"
"$tool" --stats "$dir/vmlinux"

find "$dir" -name '*.ko' | sort > "$dir/modules.list"
echo "== pcpusect-table --check and --stats on $(wc -l < "$dir/modules.list") modules"
status=0
xargs -r "$tool" --check --quiet --lowcore-alt=0x70000 \
	< "$dir/modules.list" || status=1
xargs -r "$tool" --stats --top=3 < "$dir/modules.list" \
	> "$dir/table-stats.modules" || status=1
# "FILE: N sections (...)" opens each module's block.
awk '/^[^ ].*: [0-9]+ sections/ { n++; sub(/.*: /, ""); s = $1 + 0
	if (s) { with++; total += s } }
     END { printf "%d modules, %d with sections, %d sections in all\n",
	   n, with, total }' "$dir/table-stats.modules"
[ $status = 0 ] && echo "every module's table passes --check" ||
	echo "FAILED: see the messages above"
exit $status
