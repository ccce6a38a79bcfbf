#!/bin/sh
# Code size of this_cpu operations, five ways, built in the same run:
#   sections  the pcpusect plugin (guarded per-CPU sections, markers)
#   nofuse    the same, one section per operation (fuse=0)
#   table     the plugin's table-only sections (mode=table)
#   preempt   the header's fallback with the kernel's CONFIG_PREEMPT
#             guards (bench/preempt-guards.h): the baseline
#   none      the fallback without guards, as under PREEMPT_NONE
#             (unsafe once PREEMPT_NONE is gone; the lower bound)
# Usage: bench/codesize.sh TARGET_GCC OBJDUMP PLUGIN INCLUDE_DIR
set -e
gcc=$1 objdump=$2 plugin=$3 inc=$4
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

flags() {
	case $1 in
	sections) echo "-fplugin=$plugin" ;;
	nofuse)   echo "-fplugin=$plugin -fplugin-arg-pcpusect-fuse=0" ;;
	table)    echo "-fplugin=$plugin -fplugin-arg-pcpusect-mode=table" ;;
	preempt)  echo "-fplugin=$plugin -fplugin-arg-pcpusect-disable -include $here/preempt-guards.h -Wno-stringop-overflow -Wno-array-bounds" ;;
	none)     echo "-fplugin=$plugin -fplugin-arg-pcpusect-disable" ;;
	esac
}

# text bytes, instructions, calls, functions with a stack frame
measure() {
	$objdump -d "$1" | awk '
		/^[0-9a-f]+ <.*>:$/ { fn++ }
		/^ +[0-9a-f]+:\t/ { insns++ }
		/\tbrasl\t/ { calls++ }
		/\tstmg\t/ { frames++ }
		END { printf "%d %d %d", insns, calls, frames }'
	printf ' %d\n' "$(size -A "$1" 2>/dev/null | awk '$1 == ".text" { print $2 }')"
}

printf '%-22s %-9s %7s %7s %6s %7s\n' source variant bytes insns calls frames
for src in ops-int ops-long many-ops fuse; do
	for v in sections nofuse table preempt none; do
		$gcc -O2 -I"$inc" $(flags $v) -c \
			"$top/testsuite/pcpusect.compile/$src.c" -o "$work/$src-$v.o"
		set -- $(measure "$work/$src-$v.o")
		printf '%-22s %-9s %7s %7s %6s %7s\n' "$src.c" $v "$4" "$1" "$2" "$3"
	done
done

echo
echo "this_cpu_add_return, bench/add-return.c at -O2:"
for v in sections table preempt none; do
	$gcc -O2 -I"$inc" $(flags $v) -c "$here/add-return.c" -o "$work/ar-$v.o"
	echo "--- $v: $(size -A "$work/ar-$v.o" | awk '$1 == ".text" { print $2 }') bytes"
	$objdump -d "$work/ar-$v.o" | sed -n '/<bar>:/,$p' | grep -v '\tnopr\t' | tail -n +2
done
