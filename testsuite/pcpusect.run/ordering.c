/* What a this_cpu operation orders (README "Ordering"): sections on one
   object stay in program order, and so do a section and a plain access
   to the same CPU's copy through per_cpu_ptr()-style arithmetic, or to
   the object itself. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

long var, copy;

/* per_cpu_ptr(&var, this CPU), as the kernel computes it. */
static long *this_copy(void)
{
	return (long *)((unsigned long)&var + OFFSET);
}

static long __attribute__((noipa)) sections_in_order(void)
{
	this_cpu_write(var, 1);
	this_cpu_add(var, 5);
	this_cpu_write(var, this_cpu_read(var) * 2);
	return this_cpu_add_return(var, 1);
}

static long __attribute__((noipa)) section_then_plain(void)
{
	this_cpu_write(var, 7);
	return *this_copy();
}

static long __attribute__((noipa)) plain_then_section(void)
{
	*this_copy() = 9;
	return this_cpu_read(var);
}

static long __attribute__((noipa)) plain_around_section(void)
{
	long before = *this_copy();

	this_cpu_inc(var);
	return *this_copy() - before;
}

/* With OFFSET 0 the section writes var itself: read again after it. */
static long __attribute__((noipa)) reloads_object(long v)
{
	long a = var;

	this_cpu_write(var, v);
	return a + var;
}

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	CHECK(sections_in_order() == 13 && copy == 13);
	CHECK(section_then_plain() == 7);
	CHECK(plain_then_section() == 9);
	CHECK(plain_around_section() == 1);
	OFFSET = 0;
	var = 1;
	CHECK(reloads_object(10) == 11);
	return failures != 0;
}
