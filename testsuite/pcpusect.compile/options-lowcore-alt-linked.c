/* lowcore-alt=D in a linked executable: the alternatives' fields are
 * resolved, and check-table verifies them through the addresses. */
/* { dg-do link } */
/* { dg-options "-fplugin-arg-pcpusect-lowcore-alt=0x70000" } */
#include <pcpusect.h>

long x;
unsigned short h;

long f(long v) { return this_cpu_add_return(x, v); }
void g(unsigned short v) { this_cpu_write(h, v); }

int main(void) { return 0; }

/* { dg-final { check-table -entries 2 } } */
/* { dg-final { check-table-rejects {has a lowcore alternative, but --lowcore-alt=0 says none} -lowcore-alt 0 } } */
