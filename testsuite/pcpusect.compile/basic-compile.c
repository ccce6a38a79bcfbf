/* A compile (-S) test: the sections of one read and one increment, with
   the table checked after assembling the .s. */
/* { dg-do compile } */
#include <pcpusect.h>

long counter;

long read_counter(void) { return this_cpu_read(counter); }
void bump_counter(void) { this_cpu_inc(counter); }

/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),([1-9]|1[0-5])\n} 2 } } */
/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),0\n} 2 } } */
/* { dg-final { scan-assembler {\tlg\t%r\d+,0\(%r\d+\)\n} } } */
/* { dg-final { scan-assembler {\tagsi\t0\(%r\d+\),1\n} } } */
/* { dg-final { scan-assembler {\.pushsection\s+__pcpusect_table,"ao",@progbits,read_counter\n} } } */
/* { dg-final { scan-assembler {\.pushsection\s+__pcpusect_table,"ao",@progbits,bump_counter\n} } } */
/* { dg-final { scan-assembler-not {\tbrasl\t} } } */
/* { dg-final { check-table -entries 2 } } */
