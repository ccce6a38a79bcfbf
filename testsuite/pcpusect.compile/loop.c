/* Operations in loops: unrolling may copy a section, and every copy must
   be a whole section with its own table entry; nothing is hoisted out. */
/* { dg-do assemble } */
#include <pcpusect.h>

unsigned long events;
long total;

void count(const int *v, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		this_cpu_inc(events);
		this_cpu_add(total, v[i]);
	}
}

/* { dg-final { scan-assembler {\tagsi\t0\(%r\d+\),1\n} } } */
/* { dg-final { scan-assembler {\tlaag\t} } } */
/* { dg-final { scan-assembler-not {preempt|brasl} } } */
/* { dg-final { check-table } } */
