/* Reads and writes of packed fields need no alignment and work. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct __attribute__((packed)) packed {
	char c;
	long l;
	int i;
};

struct packed var, copy;

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	this_cpu_write(var.l, -5);
	this_cpu_write(var.i, 7);
	CHECK(copy.l == -5 && copy.i == 7 && copy.c == 0);
	CHECK(this_cpu_read(var.l) == -5);
	CHECK(this_cpu_read(var.i) == 7);
	return failures != 0;
}

/* { dg-final { check-table -entries 4 } } */
