/* mode=table: each section is the ag and the access, no mviy, exactly the
   code of a kernel without preemption; the entry says table-only and
   starts at the ag.  A single access, an asi, a loop and a cdsg. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-mode=table" } */
#include <pcpusect.h>

long l;
int i;
unsigned char c;
unsigned __int128 q __attribute__((aligned(16)));

long op_add_return(long v) { return this_cpu_add_return(l, v); }
void op_inc(void) { this_cpu_inc(i); }
long op_xchg(long v) { return this_cpu_xchg(l, v); }
void op_add_byte(int v) { this_cpu_add(c, v); }
unsigned __int128 op_cmpxchg128(unsigned __int128 o, unsigned __int128 n)
{
	return this_cpu_cmpxchg128(q, o, n);
}

/* { dg-final { scan-assembler-not {mviy} } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tlaag\t%r\d+,%r\d+,0\(%r\2\)\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tasi\t0\(%r\2\),1\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tlg\t%r(\d+),0\(%r\2\)\n\.Lpcs\1l:\tcsg\t%r\3,%r\d+,0\(%r\2\)\n\tjl\t\.Lpcs\1l\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tl\t%r(\d+),0\(%r\2\)\n\.Lpcs\1l:\tlr\t%r(\d+),%r\3\n\tar\t%r\4,%r\d+\n\txr\t%r\4,%r\3\n\tnr\t%r\4,%r\d+\n\txr\t%r\4,%r\3\n\tcs\t%r\3,%r\4,0\(%r\2\)\n\tjl\t\.Lpcs\1l\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tcdsg\t%r\d+,%r\d+,0\(%r\2\)\n\.Lpcs\1e:\n} 1 } } */
/* Flags: table (0x8), with result (0x2), imm (0x1), signed (0x4). */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,\d+,\d+,0xc\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,\d+,\d+,0xe\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,\d+,\d+,0xd\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,\d+,\d+,0x8\n} 2 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table -entries 5 } } */
