/* -flto: the sections are made at link time, in lto1, which loads the
   plugin when it is given to the link too. */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

long var[2];
static long copy[2];

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)copy - (unsigned long)var;
	this_cpu_add(var[1], 5);
	CHECK(this_cpu_add_return(var[1], 2) == 7);
	CHECK(copy[1] == 7 && var[1] == 0 && MARKER == 0);
	return failures != 0;
}
/* { dg-final { check-table -entries 2 } } */
