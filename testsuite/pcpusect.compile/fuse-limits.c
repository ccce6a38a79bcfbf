/* A fused section holds at most 14 accesses (the asm's 30 operands) and
   at most 6 registers of values and results beside R, so that it never
   asks the allocator for more than it has. */
/* { dg-do assemble } */
#include <pcpusect.h>

long arr[32];

void twenty_incs(void)
{
	this_cpu_inc(arr[0]); this_cpu_inc(arr[1]); this_cpu_inc(arr[2]);
	this_cpu_inc(arr[3]); this_cpu_inc(arr[4]); this_cpu_inc(arr[5]);
	this_cpu_inc(arr[6]); this_cpu_inc(arr[7]); this_cpu_inc(arr[8]);
	this_cpu_inc(arr[9]); this_cpu_inc(arr[10]); this_cpu_inc(arr[11]);
	this_cpu_inc(arr[12]); this_cpu_inc(arr[13]); this_cpu_inc(arr[14]);
	this_cpu_inc(arr[15]); this_cpu_inc(arr[16]); this_cpu_inc(arr[17]);
	this_cpu_inc(arr[18]); this_cpu_inc(arr[19]);
}

/* laag takes a value and a result register: three per section. */
void five_adds(long a, long b, long c, long d, long e)
{
	this_cpu_add(arr[0], a);
	this_cpu_add(arr[1], b);
	this_cpu_add(arr[2], c);
	this_cpu_add(arr[3], d);
	this_cpu_add(arr[4], e);
}

/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,14,0\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,6,0\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,3,0\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,2,0\n} 1 } } */
/* { dg-final { check-table -entries 4 } } */
