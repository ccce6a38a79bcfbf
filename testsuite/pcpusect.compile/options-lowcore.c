/* marker= and offset= move both displacements, in hex or decimal. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=66488" } */
#include <pcpusect.h>

long x;

void f(long v) { this_cpu_add(x, v); }

/* { dg-final { scan-assembler {mviy\t66496\(%r0\),([1-9]|1[0-5])\n\.Lpcs\d+a:\tag\t%r\1,66488\(%r0\)\n} } } */
/* { dg-final { scan-assembler {mviy\t66496\(%r0\),0\n} } } */
/* { dg-final { scan-assembler-not {960|952} } } */
