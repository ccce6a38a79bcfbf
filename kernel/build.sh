#!/bin/sh
# Builds linux-source-6.12 for s390x with the pcpusect series.
# Usage: kernel/build.sh test|bench DIR [baseline]
#   test:     tinyconfig + configs/test.config (boot torture)
#   bench:    defconfig + configs/bench.config (measurement)
#   baseline: the same, without CONFIG_GCC_PLUGIN_PCPUSECT
set -e
kind=$1 dir=$2 variant=${3:-plugin}
here=$(cd "$(dirname "$0")" && pwd)
case $kind in
test)	base=tinyconfig ;;
bench)	base=defconfig ;;
*)	echo "usage: $0 test|bench DIR [baseline]" >&2; exit 2 ;;
esac

"$here/apply.sh" "$dir"
kmake() {
	make -s -C "$dir" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
		CC=s390x-linux-gnu-gcc-12 HOSTCXX=g++ "$@"
}
kmake $base
(cd "$dir" && ARCH=s390 scripts/kconfig/merge_config.sh -m -Q .config \
	"$here/configs/$kind.config" >/dev/null)
if [ "$variant" = baseline ]; then
	"$dir/scripts/config" --file "$dir/.config" \
		--disable GCC_PLUGIN_PCPUSECT
fi
kmake olddefconfig
if [ "$variant" != baseline ] &&
   ! grep -q '^CONFIG_GCC_PLUGIN_PCPUSECT=y' "$dir/.config"; then
	echo "CONFIG_GCC_PLUGIN_PCPUSECT did not survive olddefconfig" >&2
	exit 1
fi
kmake -j"$(nproc)" ${KERNEL_TARGETS:-vmlinux bzImage modules}
