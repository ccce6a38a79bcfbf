/* A this_cpu operation is no compiler barrier: memory it does not touch
   stays in registers across it (the object it writes is loaded again:
   ordering.c runs that).  -O2 whatever the option set: at -O0 nothing is
   kept in registers anyway. */
/* { dg-do compile } */
/* { dg-options "-O2 -fno-section-anchors" } */
#include <pcpusect.h>

static long unrelated;	/* static: no GOT in the -fPIC option sets */
long pcp;

void set_unrelated(long v)
{
	unrelated = v;
}

long keeps_unrelated(void)
{
	long a = unrelated;

	this_cpu_inc(pcp);
	return a + unrelated;
}

/* One load of unrelated, not a second one (larl and a load) after the
   section. */
/* { dg-final { scan-assembler-times {\t(lgrl|larl)\t%r\d+,unrelated\n} 1 } } */
/* { dg-final { check-table -entries 1 } } */
