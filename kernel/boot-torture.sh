#!/bin/sh
# Boots the small pcpusect kernel in qemu-system-s390x -smp 4 (TCG, one
# instruction per translation block so that interrupts land inside
# sections) with an initramfs whose /init (torture/init.c) runs the
# module lifetime tests and the torture module while it reads a
# virtio-ccw disk and the qemu monitor hot-plugs a device (machine
# checks); then boots it once per injected fault, each of which must be
# caught: bits 1 2 4 8 by the torture's deterministic self-test, 128 (a
# table sort that breaks the entries it moves) by its sort check, bit 32
# (a report from every migrated fixup) by the report it must print,
# with nothing else in the log complaining (lockdep, with
# EXTRA_CONFIG=prove-locking).
#
# Usage: kernel/boot-torture.sh KDIR [SECONDS [CONTROLS]]
# KDIR is a tree built by `kernel/build.sh test KDIR`; CONTROLS is a
# list of pcpusect_faults bits to boot as negative controls (default
# "1 2 4 8 32 128", with table-only sections "1 4 8 32 128", handasm
# without 128; "" for none).  MAIN=0 skips the torture boot.
# With PCPUSECT_TABLE set to tools/pcpusect-table, the tables of vmlinux
# and the torture modules are checked first.
# A handasm kernel (build.sh VARIANT handasm: no table, the exit hook
# decodes the ag) runs the same torture and controls; the module then
# finds its section by decoding too, and the checks that need a module
# table are skipped.
set -e
kdir=$(cd "$1" && pwd)
# The module must be built with the compiler the kernel was built with.
cc=$(cat "$kdir/.pcpusect-cc" 2>/dev/null) ||
	{ echo "$kdir/.pcpusect-cc missing: build $kdir with kernel/build.sh" >&2; exit 1; }
seconds=${2:-30}
# The hand-written sections of kernel/handasm: no table, so modules have
# none that module_finalize() could fail after registering, and none
# for bit 128 (a sort that breaks entries) to break.
handasm=0
[ "$(cat "$kdir/.pcpusect-variant" 2>/dev/null)" != handasm ] || handasm=1
sort_control=128
[ $handasm = 0 ] || sort_control=
# Table-only sections have no marker, so bit 2 (marker not restored)
# cannot break them: not a control there.
if grep -q '^CONFIG_GCC_PLUGIN_PCPUSECT_TABLE=y' "$kdir/.config"; then
	table_only=1
	controls=${3-1 4 8 32 $sort_control}
else
	table_only=0
	controls=${3-1 2 4 8 32 $sort_control}
fi
QEMU_SINGLESTEP=${QEMU_SINGLESTEP--singlestep}
here=$(cd "$(dirname "$0")" && pwd)
# The kernel command line a configuration asks for (configs/NAME.cmdline).
config=$(cat "$kdir/.pcpusect-config" 2>/dev/null || true)
config_cmdline=
for name in $config; do
	config_cmdline="$config_cmdline $(cat "$here/configs/$name.cmdline" 2>/dev/null || true)"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Bit 16 (module_finalize fails once, after registration) in every boot:
# /init's first module load expects it.
LATE=16

. "$here/boot-lib.sh"
cp "$here"/torture/*.c "$here/torture/Kbuild" "$work/"
rm "$work/init.c"
build_modules "$kdir" "$work"
# The tables of the image (merged into .data..ro_after_init) and of the
# modules (relocations), through the testsuite's checker if given.
if [ -n "$PCPUSECT_TABLE" ]; then
	"$PCPUSECT_TABLE" --check "$kdir/vmlinux" "$work"/*.ko
fi
"$cc" -static -O2 -o "$work/init" "$here/torture/init.c"
make_initramfs "$kdir" "$work" "$work/init" "$work/pcpusect_torture.ko" \
	"$work/pcpusect_modtest.ko" "$work/pcpusect_modchurn.ko"
truncate -s 16M "$work/disk.img"

# hotplug NAME QEMU-PID: while the hammers of boot NAME run (from the
# torture's "N hammers" line to its result line), plugs and unplugs a
# virtio-rng-ccw device through the qemu monitor, once a second: the
# channel subsystem reports each with a machine check (channel report
# pending), the only machine check qemu TCG raises.
hotplug() {
	log=$work/$1.log
	# Read-write: a write never blocks, even once qemu is gone.
	exec 3<>"$work/$1.mon.in"
	while kill -0 "$2" 2>/dev/null &&
	      ! grep -aq "pcpusect-torture: [0-9]* hammers" "$log"; do
		sleep 1
	done
	i=0
	while kill -0 "$2" 2>/dev/null &&
	      ! grep -aq "pcpusect-torture: RESULT" "$log"; do
		i=$((i + 1))
		echo "device_add virtio-rng-ccw,id=hp$i" >&3
		sleep 1
		echo "device_del hp$i" >&3
		sleep 1
	done
	echo "$i" > "$work/$1.hotplugs"
}

# stop_at_result NAME QEMU-PID: ends boot NAME once the torture has
# printed its result line.  For the negative controls, whose injected
# bug also breaks the interrupts of the rest of the run: a boot may
# otherwise hang after its verdict (fault 8 double-rebases real frames).
stop_at_result() {
	while kill -0 "$2" 2>/dev/null; do
		if grep -aq "pcpusect-torture: RESULT" "$work/$1.log"; then
			sleep 2
			pkill -f "pipe:$work/$1.mon" || true
			return
		fi
		sleep 1
	done
}

# qemu 7.2's multi-threaded TCG can deadlock: a vCPU sending a SIGP waits
# for work that another, stuck in start_exclusive(), never runs.  qemu then
# uses no CPU time at all while the VM "runs".  watch_stall TIMEOUT-PID NAME
# kills such a qemu after 60 s without CPU time and leaves NAME.stalled.
watch_stall() {
	last= same=0
	while kill -0 "$1" 2>/dev/null; do
		sleep 10
		pid=$(pgrep -P "$1" | head -n 1) || continue
		t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) ||
			continue
		if [ "$t" = "$last" ]; then same=$((same + 1)); else same=0; fi
		last=$t
		if [ "$same" -ge 6 ]; then
			touch "$work/$2.stalled"
			kill -9 "$pid"
			return 0
		fi
	done
}

# boot NAME TORTURE-PARAMS EXTRA-CMDLINE [hotplug|stop-at-result]: the
# console log goes to $work/NAME.log; prints its pcpusect and init lines
# and sets $result to the torture's result line.  A boot whose qemu
# deadlocked (above) is booted once more, and says so.
boot() {
	boot_once "$@"
	if [ -e "$work/$1.stalled" ]; then
		rm -f "$work/$1.stalled"
		echo "boot $1: qemu stopped using CPU time (its TCG deadlock): booting again"
		boot_once "$@"
	fi
}

boot_once() {
	echo "boot $1: torture=$2 $3 ($(date +%T))"
	rm -f "$work/$1.mon.in" "$work/$1.mon.out"
	mkfifo "$work/$1.mon.in" "$work/$1.mon.out"
	timeout $((seconds * 20 + 900)) qemu-system-s390x -M s390-ccw-virtio \
		-accel tcg $QEMU_SINGLESTEP -smp 4 -m 512 -nographic -no-reboot \
		-monitor pipe:"$work/$1.mon" \
		-kernel "$kdir/arch/s390/boot/bzImage" \
		-initrd "$work/initramfs.cpio" \
		-drive file="$work/disk.img",if=none,id=d0,format=raw \
		-device virtio-blk-ccw,drive=d0 \
		-append "earlyprintk torture=$2 $3 $config_cmdline" \
		> "$work/$1.log" 2>&1 &
	qemu=$!
	watch_stall "$qemu" "$1" &
	watcher=$!
	# The monitor's replies are not needed, but must be drained
	# (read-write: the open never blocks, whether qemu is up or gone).
	cat <>"$work/$1.mon.out" > "$work/$1.monitor.log" &
	drain=$!
	feeder=
	if [ "$4" = hotplug ]; then
		hotplug "$1" "$qemu" &
		feeder=$!
	elif [ "$4" = stop-at-result ]; then
		stop_at_result "$1" "$qemu" &
		feeder=$!
	fi
	wait "$qemu" || true
	kill "$watcher" 2>/dev/null || true
	[ -z "$feeder" ] || wait "$feeder"
	kill "$drain" 2>/dev/null || true
	grep -a "pcpusect\|^init:\|Oops\|BUG\|WARNING" "$work/$1.log" |
		sed "s/^/$1: /"
	result=$(grep -a "pcpusect-torture: RESULT" "$work/$1.log" || true)
	[ -n "$result" ] ||
		tail -n 30 "$work/$1.log" | sed "s/^/$1 (no result line): /"
	return 0
}

. "$here/check-lib.sh"
field() {
	echo "$result" | tr -d '\r' | sed -n "s/.* $1=\([^ ]*\).*/\1/p"
}
# path_count PATH FIELD NAME: a field of the torture's line for PATH.
path_count() {
	grep -a "pcpusect-torture: path $1 *:" "$work/$3.log" |
		sed -n "s/.* $2=\([0-9]*\).*/\1/p"
}
in_log() {
	grep -aq "$1" "$work/$2.log"
}
no_kernel_complaints() {
	! grep -aE "Oops|BUG[: ]|WARNING:|pcpusect: REPORT" "$work/$1.log"
}

[ "${MAIN:-1}" = 0 ] || {
boot torture "seconds=$seconds" "pcpusect_faults=$LATE" hotplug
check "torture: verdict PASS" test "$(field verdict)" = PASS
check "torture: xchg and cmpxchg balance exactly ($(field cas_retries) compare-and-swap retries)" \
	test "$(field xchg)" = ok -a "$(field cmpxchg)" = ok
check "torture: 1- and 2-byte counters, xchg and cmpxchg, and cmpxchg128 balance exactly" \
	test "$(field small)" = ok
check "torture: the exit hook applied fixups ($(field fixups))" \
	test "$(field fixups)" -gt 0
[ "$table_only" = 0 ] ||
	check "torture: table-only sections found by table searches ($(field searches) searches, $(field fixups) fixups)" \
		test "$(field searches)" -gt 0
# The other side of the trade: what the search costs the exit path.
if [ "$table_only" = 1 ]; then
	searches=$(field searches) ran=$(field seconds)
	echo "INFO: table searches: ${searches:-?} in ${ran:-?} s, $((${searches:-0} / ${ran:-1})) per second (4 CPUs, TCG -singlestep)"
fi
check "torture: I/O path fixups ($(path_count io fixups torture))" \
	test "$(path_count io fixups torture)" -gt 0
check "torture: external path fixups ($(path_count ext fixups torture))" \
	test "$(path_count ext fixups torture)" -gt 0
# The kernel's own sections run under the torture too: reported, not
# required (how many interrupts land in them is up to the timing).
echo "INFO: fixups in vmlinux's sections, outside the module: I/O $(path_count io vmlinux_fixups torture), external $(path_count ext vmlinux_fixups torture)"
mcck=$(sed -n 's/^init: machine checks during the torture: \([0-9]*\).*/\1/p' \
	"$work/torture.log" | tr -d '\r')
check "torture: machine checks from $(cat "$work/torture.hotplugs") hotplugs ($mcck, $(path_count mcck in_section torture) inside a section)" \
	test "${mcck:-0}" -gt 0
check "torture: deterministic self-test" test "$(field selftest)" = ok
case $config_cmdline in
*pcpusect_ftrace=1*)
	traced=$(sed -n 's/^init: function entries traced: \([0-9]*\).*/\1/p' \
		"$work/torture.log" | tr -d '\r')
	check "torture: the function tracer ran over it all ($traced entries)" \
		test "${traced:-0}" -gt 0
esac
check "torture: no runtime report, Oops, BUG or WARNING" \
	no_kernel_complaints torture
if [ "$handasm" = 0 ]; then
	check "modules: late module_finalize failure seen" \
		in_log "init: modtest with a late module_finalize failure: Cannot allocate memory" torture
else
	echo "SKIP: modules: late module_finalize failure (handasm: no module table)"
fi
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

# Each injected bug must fail the deterministic self-test, whatever
# the timing; the statistical torture is not run for them.  Bit 32 runs
# it for 10 s: every migrated fixup on a real path is then reported
# from the exit hook, which must print the report (from its irq_work)
# and nothing else: no lockdep or other warning.
only_injected_reports() {
	in_log "pcpusect: REPORT: .*injected by pcpusect_faults=32" "$1" &&
		! grep -aE "Oops|BUG[: ]|WARNING:" "$work/$1.log"
}
for bit in $controls; do
	if [ "$bit" = 32 ]; then
		boot control32 "seconds=10,wait_for_io=0" \
			"pcpusect_faults=$((LATE | 32))" \
			stop-at-result
		check "report control (pcpusect_faults=32): verdict FAIL with $(field reports) reports" \
			test "$(field verdict)" = FAIL -a "$(field reports)" -gt 0
		check "report control: the report printed, no warning" \
			only_injected_reports control32
		continue
	fi
	boot "control$bit" "seconds=1,selftest_only=1" \
		"pcpusect_faults=$((LATE | bit))" stop-at-result
	check "negative control (pcpusect_faults=$bit): self-test fails" \
		test "$(field selftest)" = FAIL
done

echo "boot torture: $passed passed, $failed failed"
[ $failed -eq 0 ]
