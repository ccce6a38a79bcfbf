/* xchg and cmpxchg on unsigned long: the load and compare-and-swap loop, the
 * compare-and-swap, register agreement, no call. */
/* { dg-do assemble } */
#define T unsigned long
#include "xchg-ops.h"
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 3 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tlg\t%r(\d+),0\(%r\1\)\n\.Lpcs(\d+)l:\tcsg\t%r\2,%r\d+,0\(%r\1\)\n\tjl\t\.Lpcs\3l\n\tmviy\t960\(%r0\),0\n} 1 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tcsg\t%r\d+,%r\d+,0\(%r\1\)\n\tmviy\t960\(%r0\),0\n} 2 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table -entries 3 } } */
