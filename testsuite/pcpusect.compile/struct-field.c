/* Fields of a per-CPU struct, of every supported size and signedness. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>

struct stats {
	char pad;
	int i;
	unsigned int u;
	long l;
	unsigned long ul;
	void *p;
} st;

long sum(void)
{
	this_cpu_inc(st.i);
	this_cpu_add(st.u, 7);
	this_cpu_sub(st.l, 9);
	this_cpu_or(st.ul, 1);
	this_cpu_write(st.p, &st);
	return this_cpu_read(st.i) + this_cpu_read(st.u) + this_cpu_read(st.l);
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 8 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),7\n} 1 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),-9\n} 1 } } */
/* { dg-final { scan-assembler-times {\tlaog\t} 1 } } */
/* { dg-final { scan-assembler-times {\tlgf\t} 1 } } */
/* { dg-final { scan-assembler-times {\tllgf\t} 1 } } */
/* { dg-final { check-table } } */
