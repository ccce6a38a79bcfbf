/* mode=table with lowcore-alt: the ag alone gets its alternative. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-mode=table -fplugin-arg-pcpusect-lowcore-alt=0x70000" } */
#include <pcpusect.h>

long x;

void f(long v) { this_cpu_add(x, v); }

/* { dg-final { scan-assembler-not {mviy} } } */
/* { dg-final { scan-assembler-times {\.Lpcs\d+ra:\tag\t%r\d+,459704\(%r0\)\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.long\t\.Lpcs\d+a-\.,\.Lpcs\d+ra-\.,0x10200000\n\t\.byte\t6\n} 1 } } */
/* { dg-final { check-table -lowcore-alt 0x70000 } } */
