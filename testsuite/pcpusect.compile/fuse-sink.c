/* Register arithmetic that uses a result moves after the fused section
   (the sum of reads); what it computes may not feed a later operation of
   the section, which then ends there.  -O2 whatever the option set: at
   -O0 the header's temporaries live in memory, and a store ends a
   section. */
/* { dg-do assemble } */
/* { dg-options "-O2" } */
#include <pcpusect.h>

long arr[32];

/* Eight reads, each a result register: six, then two. */
long eight_reads(void)
{
	return this_cpu_read(arr[0]) + this_cpu_read(arr[1]) +
	       this_cpu_read(arr[2]) + this_cpu_read(arr[3]) +
	       this_cpu_read(arr[4]) + this_cpu_read(arr[5]) +
	       this_cpu_read(arr[6]) + this_cpu_read(arr[7]);
}

/* The doubled read is the next write's value: two sections. */
void feeds(void)
{
	long v = this_cpu_read(arr[0]) * 2;

	this_cpu_write(arr[1], v);
}

/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,6,0\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,2,0\n} 1 } } */
/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),0\n} 4 } } */
/* { dg-final { check-table -entries 4 } } */
