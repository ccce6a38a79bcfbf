# Sourced by boot-torture.sh and insns-count.sh: what a boot of a test
# kernel needs besides the kernel.

# build_modules KDIR DIR: builds the modules of DIR (sources and Kbuild)
# against KDIR, with the compiler KDIR was built with.
build_modules() {
	make -s -C "$1" ARCH=s390 CROSS_COMPILE=s390x-linux-gnu- \
		CC="$(cat "$1/.pcpusect-cc")" M="$2" modules
}

# make_initramfs KDIR DIR INIT [FILE...]: DIR/initramfs.cpio with a
# console, INIT as /init and each FILE as /its-name.
make_initramfs() {
	local kdir=$1 dir=$2 init=$3 f
	shift 3
	{
		echo "dir /dev 0755 0 0"
		echo "nod /dev/console 0600 0 0 c 5 1"
		echo "dir /sys 0755 0 0"
		echo "dir /proc 0755 0 0"
		echo "file /init $init 0755 0 0"
		for f; do
			echo "file /${f##*/} $f 0644 0 0"
		done
	} > "$dir/initramfs.list"
	"$kdir/usr/gen_init_cpio" "$dir/initramfs.list" > "$dir/initramfs.cpio"
}
