/* An always_inline helper used three times: each inlined copy becomes
   its own section, at every optimisation level. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>

unsigned int hits;

static inline __attribute__((always_inline)) unsigned int hit(unsigned int n)
{
	return this_cpu_add_return(hits, n);
}

unsigned int three(unsigned int a)
{
	return hit(a) + hit(a * 2) + hit(a * 3);
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 3 } } */
/* { dg-final { check-table } } */
