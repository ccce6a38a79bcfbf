/* With r1..r9 held live across the operation the allocator must pick a
   high register for R; the mviy immediate, the ag and the access must
   still agree on it. */
/* { dg-do assemble } */
#include <pcpusect.h>

unsigned long counter;

#define HOLD(n) register long r##n asm("r" #n) = a + n

long pressure(long a)
{
	HOLD(1); HOLD(2); HOLD(3); HOLD(4); HOLD(5);
	HOLD(6); HOLD(7); HOLD(8); HOLD(9);

	asm volatile("" : "+r"(r1), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5),
		     "+r"(r6), "+r"(r7), "+r"(r8), "+r"(r9));
	this_cpu_add(counter, a);
	asm volatile("" : : "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5),
		     "r"(r6), "r"(r7), "r"(r8), "r"(r9));
	return a;
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(1[0-4])\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tlaag\t%r\d+,%r\d+,0\(%r\1\)\n} 1 } } */
/* { dg-final { check-table } } */
