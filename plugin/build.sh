#!/bin/sh
# Stand-alone build of pcpusect.so (make does the same).
set -e
cd "$(dirname "$0")"
P=$(${TARGET_GCC:-s390x-linux-gnu-gcc-12} -print-file-name=plugin)
for f in pcpusect.c options.c builtins.c check.c lower.c regno.c; do
	g++ -x c++ -std=gnu++11 -fPIC -fno-rtti -fno-exceptions -O2 -Wall \
		-Wno-unused-parameter -I"$P/include" -I../runtime/include \
		-c "$f" -o "${f%.c}.o"
done
g++ -shared -o pcpusect.so pcpusect.o options.o builtins.o check.o lower.o regno.o
