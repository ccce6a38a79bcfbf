/* -ffunction-sections -Wl,--gc-sections: the table entries of a function
   nothing calls go with it, and do not keep it alive. */
/* { dg-do assemble } */
/* { dg-options "-ffunction-sections -fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

long var, copy;

long __attribute__((noinline)) used(long v)
{
	return this_cpu_add_return(var, v);
}

void __attribute__((noinline)) unused(void)
{
	this_cpu_inc(var);
}

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	CHECK(used(3) == 3);
	CHECK(this_cpu_read(var) == 3);
	return failures != 0;
}

/* { dg-final { link-with -flags -Wl,--gc-sections -run } } */
/* { dg-final { check-table -entries 2 } } */
