#!/bin/sh
# Unpacks Debian's linux-source-6.12 into DIR (unless it is there),
# applies the pcpusect series and copies in the project's plugin and
# runtime sources.  Usage: kernel/apply.sh DIR
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
tarball=/usr/src/linux-source-6.12.tar.xz

# The tree is unpacked anew when the series changed since it was applied
# (.pcpusect-applied holds the series' checksum), so that no build runs
# on stale patches.
series=$(cat "$here"/patches/*.patch | sha256sum | cut -d' ' -f1)
if [ "$(cat "$dir/.pcpusect-applied" 2>/dev/null)" != "$series" ]; then
	[ -f "$tarball" ] || { echo "$tarball missing: install linux-source-6.12" >&2; exit 1; }
	echo "apply.sh: unpacking linux-source-6.12 into $dir and applying the series"
	rm -rf "$dir"
	mkdir -p "$dir"
	tar -C "$dir" --strip-components=1 -xf "$tarball"
	for p in "$here"/patches/*.patch; do
		patch -d "$dir" -p1 -s --no-backup-if-mismatch < "$p"
	done
	echo "$series" > "$dir/.pcpusect-applied"
fi

# The sources are copied on every call, so a rebuild picks up changes.
plug="$dir/scripts/gcc-plugins"
cp -p "$top/plugin/pcpusect.c" "$top/plugin/pcpusect-plugin.h" "$plug/"
for f in options builtins check lower regno; do
	cp -p "$top/plugin/$f.c" "$plug/pcpusect-$f.c"
done
mkdir -p "$plug/pcpusect" "$dir/arch/s390/include/pcpusect"
cp -p "$top/runtime/include/pcpusect/table.h" \
   "$top/runtime/include/pcpusect/alt.h" "$plug/pcpusect/"
cp -p "$top/runtime/include/pcpusect/table.h" \
   "$top/runtime/include/pcpusect/runtime.h" "$dir/arch/s390/include/pcpusect/"
cp -p "$top/runtime/core/table.c" "$top/runtime/core/search.c" \
   "$top/runtime/core/hooks.c" "$top/runtime/core/internal.h" \
   "$dir/arch/s390/kernel/pcpusect/"
# The table checker, run when vmlinux and modules are linked (0008).
mkdir -p "$dir/scripts/pcpusect-table"
cp -p "$top"/tools/*.c "$top/tools/pcpusect-table.h" "$dir/scripts/pcpusect-table/"
