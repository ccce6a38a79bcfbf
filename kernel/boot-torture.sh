#!/bin/sh
# Boots the small pcpusect kernel in qemu-system-s390x -smp 4 (TCG, one
# instruction per translation block so that interrupts land inside
# sections) with an initramfs whose /init (torture/init.c) runs the
# module lifetime tests and the torture module while it reads a
# virtio-ccw disk; then boots it once per injected fault, each of which
# the torture's deterministic self-test must catch.
#
# Usage: kernel/boot-torture.sh KDIR [SECONDS [CONTROLS]]
# KDIR is a tree built by `kernel/build.sh test KDIR`; CONTROLS is a
# list of pcpusect_faults bits to boot as negative controls (default
# "1 2 4 8"; "" for none).  MAIN=0 skips the torture boot (controls only).
# REQUIRE_IO=1 fails the torture boot without a fixup on the I/O path
# (not the default: I/O interrupts rarely land inside a section here).
# With PCPUSECT_TABLE set to tools/pcpusect-table, the tables of vmlinux
# and the torture modules are checked first.
set -e
kdir=$(cd "$1" && pwd)
# The module must be built with the compiler the kernel was built with.
cc=$(cat "$kdir/.pcpusect-cc" 2>/dev/null) ||
	{ echo "$kdir/.pcpusect-cc missing: build $kdir with kernel/build.sh" >&2; exit 1; }
seconds=${2:-30}
controls=${3-1 2 4 8}
QEMU_SINGLESTEP=${QEMU_SINGLESTEP--singlestep}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Bit 16 (module_finalize fails once, after registration) in every boot:
# /init's first module load expects it.
LATE=16

cp "$here"/torture/*.c "$here/torture/Kbuild" "$work/"
rm "$work/init.c"
make -s -C "$kdir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
	CC="$cc" M="$work" modules
# The tables of the image (merged into .data..ro_after_init) and of the
# modules (relocations), through the testsuite's checker if given.
if [ -n "$PCPUSECT_TABLE" ]; then
	"$PCPUSECT_TABLE" --check "$kdir/vmlinux" "$work"/*.ko
fi
"$cc" -static -O2 -o "$work/init" "$here/torture/init.c"
cat > "$work/initramfs.list" <<EOL
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
file /init $work/init 0755 0 0
file /pcpusect_torture.ko $work/pcpusect_torture.ko 0644 0 0
file /pcpusect_modtest.ko $work/pcpusect_modtest.ko 0644 0 0
file /pcpusect_modchurn.ko $work/pcpusect_modchurn.ko 0644 0 0
EOL
"$kdir/usr/gen_init_cpio" "$work/initramfs.list" > "$work/initramfs.cpio"
truncate -s 16M "$work/disk.img"

# boot NAME TORTURE-PARAMS EXTRA-CMDLINE: the console log goes to
# $work/NAME.log; prints its pcpusect and init lines and sets $result
# to the torture's result line.
boot() {
	echo "boot $1: torture=$2 $3 ($(date +%T))"
	timeout $((seconds * 20 + 900)) qemu-system-s390x -M s390-ccw-virtio \
		-accel tcg $QEMU_SINGLESTEP -smp 4 -m 512 -nographic -no-reboot \
		-kernel "$kdir/arch/s390/boot/bzImage" \
		-initrd "$work/initramfs.cpio" \
		-drive file="$work/disk.img",if=none,id=d0,format=raw \
		-device virtio-blk-ccw,drive=d0 \
		-append "earlyprintk torture=$2 $3" \
		> "$work/$1.log" 2>&1 || true
	grep -a "pcpusect\|^init:\|Oops\|BUG\|WARNING" "$work/$1.log" |
		sed "s/^/$1: /"
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
field() {
	echo "$result" | tr -d '\r' | sed -n "s/.* $1=\([^ ]*\).*/\1/p"
}
path_fixups() {
	grep -a "pcpusect-torture: path $1 *:" "$work/$2.log" |
		sed -n 's/.*fixups=\([0-9]*\).*/\1/p'
}
in_log() {
	grep -aq "$1" "$work/$2.log"
}
no_kernel_complaints() {
	! grep -aE "Oops|BUG[: ]|WARNING:|pcpusect: REPORT" "$work/$1.log"
}

[ "${MAIN:-1}" = 0 ] || {
boot torture "seconds=$seconds,require_io=${REQUIRE_IO:-0}" \
	"pcpusect_faults=$LATE"
check "torture: verdict PASS" test "$(field verdict)" = PASS
check "torture: the exit hook applied fixups ($(field fixups))" \
	test "$(field fixups)" -gt 0
if [ "${REQUIRE_IO:-0}" = 1 ]; then
	check "torture: I/O path fixups ($(path_fixups io torture))" \
		test "$(path_fixups io torture)" -gt 0
else
	echo "INFO: I/O path fixups: $(path_fixups io torture) (REQUIRE_IO=1 to require)"
fi
check "torture: external path fixups ($(path_fixups ext torture))" \
	test "$(path_fixups ext torture)" -gt 0
check "torture: deterministic self-test" test "$(field selftest)" = ok
check "torture: no runtime report, Oops, BUG or WARNING" \
	no_kernel_complaints torture
check "modules: late module_finalize failure seen" \
	in_log "init: modtest with a late module_finalize failure: Cannot allocate memory" torture
check "modules: the module with __init sections loads after it" \
	in_log "init: modtest loaded: 0" torture
check "modules: table list live after both (modtest, torture)" \
	test "$(grep -ac 'section tables listed: [1-9].*all live\|pcpusect-modtest: RESULT tables=[1-9].* ok' "$work/torture.log")" -eq 3
check "modules: load/unload churn during kprobe stress, no failure" \
	in_log "init: churn: [1-9][0-9]* loads and unloads, 0 failures" torture
check "modules: torture module unloaded" \
	in_log "init: pcpusect_torture unloaded: 0" torture
check "modules: after the unloads only live tables are listed" \
	in_log "init: modtest after unloads: 0" torture
}

# Each injected fault must fail the deterministic self-test, whatever
# the timing; the statistical torture is not run for them.
for bit in $controls; do
	boot "control$bit" "seconds=1,selftest_only=1" \
		"pcpusect_faults=$((LATE | bit))"
	check "negative control (pcpusect_faults=$bit): self-test fails" \
		test "$(field selftest)" = FAIL
done

echo "boot torture: $passed passed, $failed failed"
[ $failed -eq 0 ]
