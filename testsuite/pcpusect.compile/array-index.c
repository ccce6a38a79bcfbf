/* Elements of per-CPU arrays with variable indices: the index is part of
   the address computed before the section, never inside it. */
/* { dg-do assemble } */
#include <pcpusect.h>

unsigned long hist[64];
int grid[8][8];

void bump(unsigned int bucket) { this_cpu_inc(hist[bucket & 63]); }
int cell(int i, int j) { return this_cpu_add_return(grid[i][j], i - j); }
unsigned long peek(long i) { return this_cpu_read(hist[i]); }

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 3 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\t[a-z]+\t[^\n]*0\(%r\1\)[^\n]*\n\tmviy\t960\(%r0\),0\n} 3 } } */
/* { dg-final { check-table } } */
