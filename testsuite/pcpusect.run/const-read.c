/* Reading a const per-CPU object is valid, with and without the plugin. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct pcpu {
	long l;
	int i;
};

const struct pcpu var = { 1, 2 };
static const struct pcpu copy = { -3, -4 };
const volatile long cvl = 5;

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	CHECK(this_cpu_read(var.l) == -3);
	CHECK(this_cpu_read(var.i) == -4);
	OFFSET = 0;
	CHECK(this_cpu_read(cvl) == 5);
	return failures != 0;
}
