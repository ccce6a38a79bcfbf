/* Without lowcore-alt no alternative is emitted. */
/* { dg-do assemble } */
#include <pcpusect.h>

long x;

void f(long v) { this_cpu_add(x, v); }

/* { dg-final { scan-assembler-not {altinstr} } } */
/* { dg-final { check-table -lowcore-alt 0 } } */
