/* With r1..r9 unavailable the allocator must pick a high register for R;
   the mviy immediate, the ag and the access must still agree on it. */
/* { dg-do assemble } */
/* { dg-options "-ffixed-r1 -ffixed-r2 -ffixed-r3 -ffixed-r4 -ffixed-r5 -ffixed-r6 -ffixed-r7 -ffixed-r8 -ffixed-r9" } */
#include <pcpusect.h>

unsigned long counter;

void __attribute__((noipa)) pressure(long a)
{
	/* a arrives in r2: move it where the allocator may use it. */
	register long b asm("r10") = a;

	asm volatile("" : "+r"(b));
	this_cpu_add(counter, b);
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(1[0-4])\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tlaag\t%r\d+,%r\d+,0\(%r\1\)\n} 1 } } */
/* { dg-final { check-table } } */
