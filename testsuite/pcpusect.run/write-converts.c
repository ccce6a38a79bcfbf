/* this_cpu_write converts its value as an assignment does, with and
   without the plugin: a double into a long, an enum into an int. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

enum colour { RED = 1, GREEN = 2 };
struct pcpu {
	long l;
	int i;
	enum colour e;
};

struct pcpu var, copy;

static double __attribute__((noipa)) opaque(double d) { return d; }

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	this_cpu_write(var.l, opaque(-2.75));
	CHECK(copy.l == -2);
	this_cpu_write(var.i, GREEN);
	CHECK(copy.i == 2);
	this_cpu_write(var.e, GREEN);
	CHECK(this_cpu_read(var.e) == GREEN);
	this_cpu_add(var.e, 1);
	CHECK(copy.e == 3);
	return failures != 0;
}
