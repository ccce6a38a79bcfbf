/* A function compiled for an architecture without the interlocked-access
   facility, by attribute or pragma: an error at the operation. */
/* { dg-do compile } */
#include <pcpusect.h>

long counter;

void __attribute__((target("arch=z10"))) by_attribute(void)
{
	this_cpu_inc(counter);	/* { dg-error "'this_cpu_inc' needs z196 or later in 64-bit mode; a target attribute or pragma compiles 'by_attribute' for an older architecture" } */
}

#pragma GCC push_options
#pragma GCC target("arch=z9-109")
long by_pragma(void)
{
	return this_cpu_read(counter);	/* { dg-error "'this_cpu_read' needs z196 or later" } */
}
#pragma GCC pop_options

/* Back to the command line's architecture: fine. */
void after_pragma(void)
{
	this_cpu_inc(counter);
}
