#!/bin/sh
# Boots the small pcpusect kernel in qemu-system-s390x -smp 4 (TCG, one
# instruction per translation block so that interrupts land inside
# sections) with an initramfs that loads the torture module; then boots
# it again with the fixup disabled (pcpusect_faults=1), which must fail.
#
# Usage: kernel/boot-torture.sh KDIR [SECONDS]
# KDIR is a tree built by `kernel/build.sh test KDIR`.
set -e
kdir=$(cd "$1" && pwd)
seconds=${2:-20}
QEMU_SINGLESTEP=${QEMU_SINGLESTEP--singlestep}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$here/torture/pcpusect_torture.c" "$here/torture/Makefile" "$work/"
make -s -C "$kdir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
	CC=s390x-linux-gnu-gcc-12 M="$work" modules
s390x-linux-gnu-gcc-12 -static -O2 -o "$work/init" "$here/torture/init.c"
cat > "$work/initramfs.list" <<EOL
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
file /init $work/init 0755 0 0
file /pcpusect_torture.ko $work/pcpusect_torture.ko 0644 0 0
EOL
"$kdir/usr/gen_init_cpio" "$work/initramfs.list" > "$work/initramfs.cpio"

# boot NAME EXTRA-CMDLINE: the console log goes to $work/NAME.log
boot() {
	timeout $((seconds * 20 + 900)) qemu-system-s390x -M s390-ccw-virtio \
		-accel tcg $QEMU_SINGLESTEP -smp 4 -m 512 -nographic -no-reboot \
		-kernel "$kdir/arch/s390/boot/bzImage" \
		-initrd "$work/initramfs.cpio" \
		-append "earlyprintk torture=seconds=$seconds $2" \
		> "$work/$1.log" 2>&1 || true
	grep -a "pcpusect" "$work/$1.log" | sed "s/^/$1: /"
	grep -aq "pcpusect-torture: RESULT" "$work/$1.log" ||
		tail -n 30 "$work/$1.log" | sed "s/^/$1 (tail): /"
}

fail=0
boot torture ""
line=$(grep -a "pcpusect-torture: RESULT" "$work/torture.log" || true)
case $line in
*verdict=PASS*) ;;
"")	echo "FAIL: the torture boot printed no result line"; fail=1 ;;
*)	echo "FAIL: the torture found errors"; fail=1 ;;
esac
fixups=$(echo "$line" | sed -n 's/.* fixups=\([0-9]*\).*/\1/p')
if [ -n "$line" ] && [ "${fixups:-0}" -eq 0 ]; then
	echo "FAIL: no fixup was applied: the run proved nothing"
	fail=1
fi

boot control "pcpusect_faults=1"
line=$(grep -a "pcpusect-torture: RESULT" "$work/control.log" || true)
case $line in
*verdict=FAIL*) echo "negative control (fixup disabled): errors detected, as required" ;;
"")	echo "FAIL: the control boot printed no result line"; fail=1 ;;
*)	echo "FAIL: negative control (fixup disabled) went undetected"; fail=1 ;;
esac

[ $fail -eq 0 ] && echo "boot torture: PASS" || echo "boot torture: FAIL"
exit $fail
