#!/bin/sh
# Builds linux-source-6.12 for s390x with the pcpusect series.
# Usage: [KERNEL_CC=CC] [EXTRA_CONFIG=NAME] kernel/build.sh test|bench DIR [VARIANT]
#   test:     tinyconfig + configs/test.config (boot torture)
#   EXTRA_CONFIG: then configs/NAME.config too (prove-locking, kasan, ...);
#	a list of names merges each
#   bench:    defconfig + configs/bench.config (measurement)
#   VARIANT: plugin (the default), or for kernel/bench.sh
#     baseline: the same, without CONFIG_GCC_PLUGIN_PCPUSECT
#     noguards: baseline with every this_cpu guard removed (noguards.sh)
#     handasm:  the hand-written design of Linux 7.2
#               (handasm/percpu-handasm.h) in place of the plugin's
#               sections, with the entry and exit hooks; the exit hook
#               finds the ag by decoding, with no table (the runtime
#               built with -DPCPUSECT_DECODE_AG)
#   KERNEL_CC: the compiler, s390x-linux-gnu-gcc-12 unless set; DIR/.pcpusect-cc
#	records it for boot-torture.sh, which must build modules with it
set -e
kind=$1 dir=$2 variant=${3:-plugin}
KERNEL_CC=${KERNEL_CC:-s390x-linux-gnu-gcc-12}
here=$(cd "$(dirname "$0")" && pwd)
case $kind in
test)	base=tinyconfig ;;
bench)	base=defconfig ;;
*)	echo "usage: $0 test|bench DIR [plugin|baseline|noguards|handasm]" >&2; exit 2 ;;
esac
case $variant in
plugin|baseline|noguards|handasm) ;;
*)	echo "$0: unknown variant $variant" >&2; exit 2 ;;
esac

"$here/apply.sh" "$dir"
echo "$KERNEL_CC" > "$dir/.pcpusect-cc"
# For boot-torture.sh: configs/NAME.cmdline goes on the command line,
# and a handasm kernel has no table to check.
echo "${EXTRA_CONFIG:-}" > "$dir/.pcpusect-config"
echo "$variant" > "$dir/.pcpusect-variant"
kmake() {
	make -s -C "$dir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
		CC="$KERNEL_CC" HOSTCXX=g++ "$@"
}
frags=
for name in ${EXTRA_CONFIG:-}; do
	frags="$frags $here/configs/$name.config"
done
kmake $base
(cd "$dir" && ARCH=s390 scripts/kconfig/merge_config.sh -m -Q .config \
	"$here/configs/$kind.config" $frags >/dev/null)
if [ "$variant" = baseline ] || [ "$variant" = noguards ]; then
	"$dir/scripts/config" --file "$dir/.config" \
		--disable GCC_PLUGIN_PCPUSECT
fi
[ "$variant" != noguards ] || "$here/noguards.sh" "$dir"
if [ "$variant" = handasm ]; then
	# The plugin still loads (and defines __PCPUSECT__), but
	# asm/percpu.h no longer uses it: no section of the plugin's.
	pcpu=$dir/arch/s390/include/asm/percpu.h
	cp -p "$here/handasm/percpu-handasm.h" "$dir/arch/s390/include/asm/"
	grep -q percpu-handasm.h "$pcpu" ||
		sed -i -e 's|^#include <asm-generic/percpu.h>|#include <asm/percpu-handasm.h>\n&|' \
			-e 's/__PCPUSECT__/__PCPUSECT_UNUSED_BY_HANDASM__/g' "$pcpu"
	grep -q PCPUSECT_DECODE_AG "$dir/arch/s390/kernel/pcpusect/Makefile" ||
		echo 'ccflags-y += -DPCPUSECT_DECODE_AG' >> \
			"$dir/arch/s390/kernel/pcpusect/Makefile"
	# No table: the link-time checks (0008) would find every
	# hand-written section missing from it.
	sed -i 's/^if is_enabled CONFIG_GCC_PLUGIN_PCPUSECT; then/if false; then # handasm/' \
		"$dir/scripts/link-vmlinux.sh"
	sed -i 's/^ifdef CONFIG_GCC_PLUGIN_PCPUSECT$/ifdef PCPUSECT_HANDASM_HAS_NO_TABLE/' \
		"$dir/scripts/Makefile.modfinal"
fi
kmake olddefconfig
# merge_config.sh only warns when a fragment's option does not survive.
for frag in $frags; do
	grep '^CONFIG_[A-Z0-9_]*=y' "$frag" | while read -r want; do
		grep -qx "$want" "$dir/.config" ||
			{ echo "$want from $frag did not survive olddefconfig" >&2; exit 1; }
	done
done
if { [ "$variant" = plugin ] || [ "$variant" = handasm ]; } &&
   ! grep -q '^CONFIG_GCC_PLUGIN_PCPUSECT=y' "$dir/.config"; then
	echo "CONFIG_GCC_PLUGIN_PCPUSECT did not survive olddefconfig" >&2
	exit 1
fi
kmake -j"$(nproc)" ${KERNEL_TARGETS:-vmlinux bzImage modules}
