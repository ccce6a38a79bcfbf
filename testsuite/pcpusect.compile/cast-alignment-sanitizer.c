/* -fsanitize=alignment instruments the cast; the operation is still the
   8-byte store of the lvalue's type. */
/* { dg-do compile } */
/* { dg-options "-fsanitize=alignment" } */
#include <pcpusect.h>

long g[4];
long off;

void store(void) { this_cpu_write(*(long *)((char *)g + off), 44); }

/* { dg-final { scan-assembler {\tstg\t%r\d+,0\(%r\d+\)\n} } } */
/* { dg-final { check-table -entries 1 } } */
