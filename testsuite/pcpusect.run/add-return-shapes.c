/* The shapes GCC 12.2 miscompiles with __atomic_add_fetch and
   __atomic_or_fetch on 8-byte unsigned objects (old + old for old + x),
   which the header's fallback must avoid and the plugin never had. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

unsigned long vu, cu;
long vl, cl;
unsigned int vi, ci;

#define SHAPES(name, T, var)						\
static T __attribute__((noipa)) name##_assign(T x, int c)		\
{									\
	if (c)								\
		x = this_cpu_add_return(var, x);			\
	return x;							\
}									\
static T __attribute__((noipa)) name##_tail(T t, int c)		\
{									\
	if (c)								\
		return t;						\
	return this_cpu_add_return(var, t);				\
}									\
static T __attribute__((noipa)) name##_sub(T x, int c)		\
{									\
	if (c)								\
		x = this_cpu_sub_return(var, x);			\
	return x;							\
}

SHAPES(u, unsigned long, vu)
SHAPES(l, long, vl)
SHAPES(i, unsigned int, vi)

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&cu - (unsigned long)&vu;
	cu = 100;
	CHECK(u_assign(7, 1) == 107 && cu == 107);
	CHECK(u_assign(7, 0) == 7 && cu == 107);
	CHECK(u_tail(3, 0) == 110 && cu == 110);
	CHECK(u_tail(3, 1) == 3);
	CHECK(u_sub(10, 1) == 100 && cu == 100);
	OFFSET = (unsigned long)&cl - (unsigned long)&vl;
	cl = 100;
	CHECK(l_assign(7, 1) == 107 && l_tail(3, 0) == 110);
	CHECK(l_sub(10, 1) == 100);
	OFFSET = (unsigned long)&ci - (unsigned long)&vi;
	ci = 100;
	CHECK(i_assign(7, 1) == 107 && i_tail(3, 0) == 110);
	CHECK(i_sub(10, 1) == 100);
	return failures != 0;
}

/* { dg-final { scan-assembler-not {\tsllg\t} } } */
