// C++ inline functions and templates with this_cpu operations, in two
// units: the linker keeps one copy of each, and its table entries must go
// with it (they are in the function's COMDAT group): one entry each.
/* { dg-do assemble } */
/* { dg-options "-fno-inline -fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include "units/comdat.h"

long other_unit(void);

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	CHECK(bump_inline() == 5);
	CHECK(read_template(&var.i) == 0);
	CHECK(other_unit() == 10 + 0);
	CHECK(copy.l == 10);
	return failures != 0;
}

/* { dg-final { link-with units/comdat-other.cc -run } } */
/* { dg-final { check-table -entries 2 } } */
