#!/bin/sh
# Boots the small pcpusect kernel in qemu-system-s390x -smp 4 (TCG, one
# instruction per translation block so that interrupts land inside
# sections) with an initramfs that loads the torture module; then boots
# it again with the fixup disabled (pcpusect_faults=1), which must fail.
#
# Usage: kernel/boot-torture.sh KDIR [SECONDS]
# KDIR is a tree built by `kernel/build.sh test KDIR`.  With
# PCPUSECT_TABLE set to tools/pcpusect-table, the tables of vmlinux and
# the torture module are checked first.
set -e
kdir=$(cd "$1" && pwd)
# The module must be built with the compiler the kernel was built with.
cc=$(cat "$kdir/.pcpusect-cc" 2>/dev/null) ||
	{ echo "$kdir/.pcpusect-cc missing: build $kdir with kernel/build.sh" >&2; exit 1; }
seconds=${2:-30}
QEMU_SINGLESTEP=${QEMU_SINGLESTEP--singlestep}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$here/torture/pcpusect_torture.c" "$here/torture/Kbuild" "$work/"
make -s -C "$kdir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
	CC="$cc" M="$work" modules
# The tables of the image (merged into .data..ro_after_init) and of the
# module (relocations), through the testsuite's checker if given.
if [ -n "$PCPUSECT_TABLE" ]; then
	"$PCPUSECT_TABLE" --check "$kdir/vmlinux" "$work/pcpusect_torture.ko"
fi
"$cc" -static -O2 -o "$work/init" "$here/torture/init.c"
cat > "$work/initramfs.list" <<EOL
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
file /init $work/init 0755 0 0
file /pcpusect_torture.ko $work/pcpusect_torture.ko 0644 0 0
EOL
"$kdir/usr/gen_init_cpio" "$work/initramfs.list" > "$work/initramfs.cpio"

# boot NAME EXTRA-CMDLINE: the console log goes to $work/NAME.log; prints
# its pcpusect lines and sets $result to the torture's result line.
boot() {
	timeout $((seconds * 20 + 900)) qemu-system-s390x -M s390-ccw-virtio \
		-accel tcg $QEMU_SINGLESTEP -smp 4 -m 512 -nographic -no-reboot \
		-kernel "$kdir/arch/s390/boot/bzImage" \
		-initrd "$work/initramfs.cpio" \
		-append "earlyprintk torture=seconds=$seconds $2" \
		> "$work/$1.log" 2>&1 || true
	grep -a "pcpusect\|Oops\|BUG\|WARNING" "$work/$1.log" | sed "s/^/$1: /"
	result=$(grep -a "pcpusect-torture: RESULT" "$work/$1.log" || true)
	[ -n "$result" ] ||
		tail -n 30 "$work/$1.log" | sed "s/^/$1 (no result line): /"
}

passed=0 failed=0
# check DESCRIPTION CONDITION...: counts and reports one check.
check() {
	what=$1
	shift
	if "$@"; then
		passed=$((passed + 1))
		echo "PASS: $what"
	else
		failed=$((failed + 1))
		echo "FAIL: $what"
	fi
}

boot torture ""
fixups=$(echo "$result" | sed -n 's/.* fixups=\([0-9]*\).*/\1/p')
check "torture: verdict PASS" test -n "$result" -a -z "${result##*verdict=PASS*}"
check "torture: the exit hook applied fixups ($fixups)" test "${fixups:-0}" -gt 0
check "torture: module unloaded (its table unregistered)" \
	grep -aq "init: pcpusect_torture unloaded: 0" "$work/torture.log"

boot control "pcpusect_faults=1"
# Detected means remote writes or lost sums, not any failure.
detected() {
	case $result in
	*remote_writes=[1-9]*|*=LOST*) return 0 ;;
	esac
	return 1
}
check "negative control (fixup disabled): errors detected" detected

echo "boot torture: $passed passed, $failed failed"
[ $failed -eq 0 ]
