#!/bin/sh
# Installs what building and testing pcpusect needs on Debian 12,
# the kernel tests (linux-source-6.12, qemu-system-s390x) included.
set -e
PACKAGES="build-essential autoconf automake dejagnu libgmp-dev
	gcc-12-plugin-dev gcc-s390x-linux-gnu g++-s390x-linux-gnu
	gcc-12-plugin-dev-s390x-linux-gnu binutils-s390x-linux-gnu
	gcc-11-s390x-linux-gnu g++-11-s390x-linux-gnu
	gcc-11-plugin-dev-s390x-linux-gnu
	libc6-dev-s390x-cross qemu-user
	linux-source-6.12 qemu-system-misc bc bison flex libssl-dev libelf-dev
	cpio kmod ccache cvise"

missing=
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
		grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
