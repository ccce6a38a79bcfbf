/* lowcore-alt=D: each mviy and the ag get an ALT_LOWCORE alternative,
 * the same instruction moved by D, in the kernel's struct alt_instr. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-lowcore-alt=0x70000" } */
#include <pcpusect.h>

long x;
int y;

void f(long v) { this_cpu_add(x, v); }
int g(void) { return this_cpu_read(y); }

/* { dg-final { scan-assembler-times {\.pushsection \.altinstr_replacement,"ax"\n\.Lpcs\d+rs:\tmviy\t459712\(%r0\),([1-9]|1[0-5])\n\.Lpcs\d+ra:\tag\t%r\1,459704\(%r0\)\n\.Lpcs\d+rc:\tmviy\t459712\(%r0\),0\n\t\.popsection\n} 2 } } */
/* { dg-final { scan-assembler-times {\t\.pushsection \.altinstructions,"a"\n\t\.long\t\.Lpcs(\d+)s-\.,\.Lpcs\1rs-\.,0x10200000\n\t\.byte\t6\n\t\.long\t\.Lpcs\1a-\.,\.Lpcs\1ra-\.,0x10200000\n\t\.byte\t6\n\t\.long\t\.Lpcs\1e-6-\.,\.Lpcs\1rc-\.,0x10200000\n\t\.byte\t6\n\t\.popsection\n} 2 } } */
/* { dg-final { check-table -entries 2 } } */
