/* AddressSanitizer with an asm that clobbers %r13 in the same function:
   the header's result variable must not get a guarded stack slot, whose
   frame would need %r13 (it used to be "%r13 cannot be used in 'asm'
   here" at -O0, where the fallback compiles). */
/* { dg-do compile } */
/* { dg-options "-fsanitize=address" } */
#include <pcpusect.h>

long g;

long add_return(long x)
{
	__asm__ volatile("" : : : "r13");
	return this_cpu_add_return(g, x);
}

long read(void)
{
	__asm__ volatile("" : : : "r13");
	return this_cpu_read(g);
}

/* { dg-final { check-table -entries 2 } } */
