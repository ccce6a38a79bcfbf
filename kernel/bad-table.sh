#!/bin/sh
# A bad pcpusect table must fail the kernel build (patch 0008):
# 1. vmlinux: the register byte of one entry in a built-in object is
#    changed; relinking vmlinux must fail naming the entry's function,
#    and leave no vmlinux; with the object restored it links again.
# 2. a module with a corrupt entry (badtable/) must fail to link and
#    leave no .ko.
# Usage: kernel/bad-table.sh KDIR (a tree built by kernel/build.sh)
set -e
kdir=$(cd "$1" && pwd)
cc=$(cat "$kdir/.pcpusect-cc")
here=$(cd "$(dirname "$0")" && pwd)
tool=$kdir/scripts/pcpusect-table/pcpusect-table
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
kmake() {
	make -s -C "$kdir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
		CC="$cc" HOSTCXX=g++ "$@"
}
. "$here/check-lib.sh"

# The first built-in object with a table, and that table's file offset.
obj= off=
for o in $(cd "$kdir" && s390x-linux-gnu-ar t vmlinux.a); do
	off=$(s390x-linux-gnu-readelf -W -S "$kdir/$o" 2>/dev/null |
	      awk '{ for (i = 1; i < NF; i++)
			if ($i == "__pcpusect_table") { print $(i + 3); exit } }')
	if [ -n "$off" ]; then
		obj=$kdir/$o
		break
	fi
done
[ -n "$obj" ] || { echo "FAIL: no object of vmlinux.a has a table"; exit 1; }
echo "corrupting the first entry of ${obj#$kdir/}"
cp -p "$obj" "$work/saved.o"
# reg (byte 12) 15: the opening mviy stores another register number.
printf '\017' | dd of="$obj" bs=1 seek=$((0x$off + 12)) conv=notrunc 2>/dev/null
touch "$obj"
if kmake vmlinux > "$work/vmlinux.log" 2>&1; then status=0; else status=1; fi
grep "pcpusect-table:\|Error\|Deleting" "$work/vmlinux.log" | sed 's/^/  /'
check "vmlinux: the build fails" test $status = 1
check "vmlinux: the message names the function and offset" \
	grep -q "pcpusect-table: vmlinux: entry .* in [A-Za-z0-9_.]*+0x[0-9a-f]*" \
	"$work/vmlinux.log"
check "vmlinux: no vmlinux is left" test ! -e "$kdir/vmlinux"
cp -p "$work/saved.o" "$obj"
touch "$obj"
check "vmlinux: links again with the object restored" kmake vmlinux
check "vmlinux: the table checks" "$tool" --check --quiet "$kdir/vmlinux"

cp "$here/badtable/bad_table.c" "$here/badtable/Kbuild" "$work/"
if kmake M="$work" modules > "$work/module.log" 2>&1; then status=0; else status=1; fi
grep "pcpusect-table:\|Error" "$work/module.log" | sed 's/^/  /'
check "module: the build fails" test $status = 1
check "module: the message names the entry" \
	grep -q "pcpusect-table: .*bad_table.ko: entry 0 .*does not hold" "$work/module.log"
check "module: no .ko is left" test ! -e "$work/bad_table.ko"
echo "bad table: $passed passed, $failed failed"
[ $failed -eq 0 ]
