/* Fused sections under each option set of flags.exp: no ICE, no
   assembler error, a correct table; under -fcompare-debug, the same code
   with and without -g (debug statements between the operations, some
   binding their results, neither split nor change a section). */
/* { dg-do assemble } */
#include "../pcpusect.compile/fuse.c"

long sum_reads(void)
{
	long x = this_cpu_read(st.packets);
	long y = this_cpu_read(st.bytes);
	int z = this_cpu_read(st.errors);

	return x + y * 2 + z;
}

/* { dg-final { check-table } } */
