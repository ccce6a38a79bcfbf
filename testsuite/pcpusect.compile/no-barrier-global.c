/* A this_cpu operation writes only its own object: a global it does not
   touch is not loaded again after it, even where nothing but GCC's
   GIMPLE alias oracle can tell the two apart (section anchors, the GOT
   of -fPIC).  The sum of the two loads is then one value doubled. */
/* { dg-do compile } */
/* { dg-options "-O2" } */
#include <pcpusect.h>

long pcp;
long global;

long doubles_global(void)
{
	long a = global;

	this_cpu_inc(pcp);
	return a + global;
}

/* a + a, not a + a second load of global. */
/* { dg-final { scan-assembler-times {\t(sllg\t%r2,%r\d+,1|agr\t%r2,%r2|la\t%r2,0\(%r2,%r2\))\n} 1 } } */
/* { dg-final { check-table -entries 1 } } */
