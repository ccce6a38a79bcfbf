/* Reads and writes of 1- and 2-byte objects: this CPU's copy, extended
   as the type says, neighbours untouched. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct pcpu {
	signed char sc;
	unsigned char uc;
	short s;
	unsigned short us;
	_Bool b;
	char guard;
};

struct pcpu var, copy;

static int __attribute__((noipa)) opaque(int v) { return v; }

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	copy.guard = 0x5a;
	this_cpu_write(var.sc, opaque(-3));
	this_cpu_write(var.uc, opaque(0x1ff));	/* truncated to 0xff */
	this_cpu_write(var.s, opaque(-30000));
	this_cpu_write(var.us, opaque(0x18001));
	this_cpu_write(var.b, opaque(7));	/* true */
	CHECK(copy.sc == -3 && copy.uc == 0xff && copy.s == -30000);
	CHECK(copy.us == 0x8001 && copy.b == 1 && copy.guard == 0x5a);
	CHECK((long)this_cpu_read(var.sc) == -3);
	CHECK((long)this_cpu_read(var.uc) == 0xff);
	CHECK((long)this_cpu_read(var.s) == -30000);
	CHECK((long)this_cpu_read(var.us) == 0x8001);
	CHECK(this_cpu_read(var.b) == 1);
	CHECK(var.sc == 0 && var.uc == 0 && var.s == 0 && var.b == 0);
	CHECK(MARKER == 0);
	return failures != 0;
}

/* { dg-final { check-table -entries 10 } } */
