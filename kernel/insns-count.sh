#!/bin/sh
# Counts the instructions the kernel executes per iteration of fixed
# workloads: boots each given test kernel once in qemu-system-s390x
# (TCG, one CPU, one instruction per translation block, icount so that
# timer interrupts come at fixed instruction counts) with insns/init.c
# as /init and the module insns/pcpusect_insns.c, turns qemu's exec log
# on through the monitor once /init is ready, and counts the log with
# insns/count-insns.c as it is written.  A measurement, not a test.
# Usage: kernel/insns-count.sh NAME=KDIR...   (KDIR built by
# `kernel/build.sh test KDIR VARIANT` with EXTRA_CONFIG=insns)
# Prints one line per workload and kernel:
#   insns: NAME WORKLOAD kernel=K user=U    (per iteration)
# INSNS_PROFILE=DIR also keeps, per kernel, the windows' kernel
# addresses and counts and the boot's windows, for kernel/insns-profile.sh.
set -e
here=$(cd "$(dirname "$0")" && pwd)
. "$here/boot-lib.sh"
[ $# -gt 0 ] || { echo "usage: $0 NAME=KDIR..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
${HOSTCC:-cc} -O2 -Wall -o "$work/count-insns" "$here/insns/count-insns.c"

for pair in "$@"; do
	name=${pair%%=*}
	kdir=$(cd "${pair#*=}" && pwd)
	w=$work/$name
	mkdir -p "$w"
	cp "$here/insns/pcpusect_insns.c" "$here/insns/Kbuild" "$w/"
	build_modules "$kdir" "$w"
	"$(cat "$kdir/.pcpusect-cc")" -static -O2 -o "$w/init" "$here/insns/init.c"
	begin=$(s390x-linux-gnu-nm "$w/init" | sed -n 's/^\([0-9a-f]*\) T insns_begin$/\1/p')
	end=$(s390x-linux-gnu-nm "$w/init" | sed -n 's/^\([0-9a-f]*\) T insns_end$/\1/p')
	if [ -z "$begin" ] || [ -z "$end" ]; then
		echo "insns-count.sh: insns_begin or insns_end not in $w/init" >&2
		exit 1
	fi
	make_initramfs "$kdir" "$w" "$w/init" "$w/pcpusect_insns.ko"

	mkfifo "$w/exec.log" "$w/mon.in" "$w/mon.out" "$w/console.in"
	profile=
	if [ -n "$INSNS_PROFILE" ]; then
		mkdir -p "$INSNS_PROFILE"
		profile=$(cd "$INSNS_PROFILE" && pwd)/$name
	fi
	"$work/count-insns" "$begin" "$end" ${profile:+"$profile"} \
		< "$w/exec.log" > "$w/counts" &
	counter=$!
	echo "insns-count.sh: $(date +%T) booting $name"
	# Every boot of a kernel runs the same instructions: the TOD clock
	# starts at a fixed date, -seed fixes what the guest draws from
	# qemu's random source (the random pool), norandmaps gives every
	# variant one mmap layout (/init prints the page-fault loop's page,
	# shown as "layout"), and with icount's sleep=off an idle CPU jumps
	# to its next timer at once, so host time never shows through.
	# /init waits on the console (idle) for the host's "go", and idles
	# to a whole second before each window (insns/init.c, settle()).
	exec 3<>"$w/console.in"
	: > "$w/console.log"
	timeout 1800 qemu-system-s390x -M s390-ccw-virtio -accel tcg \
		-singlestep -icount shift=0,sleep=off -smp 1 -m 256 \
		-rtc base=2026-01-01T00:00:00 -seed 1 -nographic -no-reboot \
		-monitor pipe:"$w/mon" -D "$w/exec.log" \
		-kernel "$kdir/arch/s390/boot/bzImage" \
		-initrd "$w/initramfs.cpio" -append "earlyprintk norandmaps" \
		< "$w/console.in" > "$w/console.log" 2>&1 &
	qemu=$!
	cat <>"$w/mon.out" > "$w/monitor.log" &
	drain=$!
	while kill -0 "$qemu" 2>/dev/null &&
	      ! grep -aq "insns: ready" "$w/console.log"; do
		sleep 0.2
	done
	echo "log exec,nochain" >"$w/mon.in"
	# The monitor answers with a new prompt once the log is on.
	while kill -0 "$qemu" 2>/dev/null &&
	      [ "$(grep -o "(qemu)" "$w/monitor.log" | wc -l)" -lt 2 ]; do
		sleep 0.2
	done
	echo go >&3
	wait "$qemu" || true
	exec 3>&-
	wait "$counter" || true
	kill "$drain" 2>/dev/null || true
	grep -a "^insns:" "$w/console.log" | tr -d '\r' > "$w/windows"
	[ -z "$profile" ] || cp "$w/windows" "$profile.windows"
	if ! grep -q "insns: done" "$w/windows"; then
		tail -n 20 "$w/console.log" | sed "s/^/$name: /" >&2
		echo "insns-count.sh: $name did not finish" >&2
		exit 1
	fi
	# window N NAME ITERATIONS (console) joined with window N kernel K
	# user U (log); a module workload is written once with 0 iterations
	# first, whose counts (the write path) are subtracted.
	awk -v name="$name" '
	FNR == NR { if ($2 == "window") { wl[$3] = $4; it[$3] = $5 }; next }
	{
		w = $2; k = $4; u = $6
		if (it[w] == 0) { k0[wl[w]] = k; u0[wl[w]] = u; next }
		printf "insns: %s %s kernel=%.1f user=%.1f\n", name, wl[w],
		       (k - k0[wl[w]]) / it[w], (u - u0[wl[w]]) / it[w]
	}' "$w/windows" "$w/counts"
	# Not an "insns:" line: the report reads those only.
	sed -n "s/^insns: layout /insns-count.sh: $name layout: /p" "$w/windows"
done
