/* Every read-modify-write of a short per-CPU object, each on the
   word that holds it, R being the word's address: lan, lao, the add,
   xchg and cmpxchg loops, exactly; the table. */
/* { dg-do assemble } */
#define T short
#include "small-rmw-ops.h"
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tlan\t%r\d+,%r\d+,0\(%r\1\)\n\tmviy\t960\(%r0\),0\n} 1 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tlao\t%r\d+,%r\d+,0\(%r\1\)\n\tmviy\t960\(%r0\),0\n} 1 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tl\t%r(\d+),0\(%r\1\)\n\.Lpcs(\d+)l:\tlr\t%r(\d+),%r\2\n\tar\t%r\4,%r\d+\n\txr\t%r\4,%r\2\n\tnr\t%r\4,%r\d+\n\txr\t%r\4,%r\2\n\tcs\t%r\2,%r\4,0\(%r\1\)\n\tjl\t\.Lpcs\3l\n\tmviy\t960\(%r0\),0\n} 4 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tl\t%r(\d+),0\(%r\1\)\n\.Lpcs(\d+)l:\tlr\t%r(\d+),%r\2\n\tnr\t%r\4,%r\d+\n\tor\t%r\4,%r\d+\n\tcs\t%r\2,%r\4,0\(%r\1\)\n\tjl\t\.Lpcs\3l\n\tmviy\t960\(%r0\),0\n} 1 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tl\t%r(\d+),0\(%r\1\)\n\.Lpcs(\d+)l:\tlr\t%r(\d+),%r\2\n\tnr\t%r\4,%r\d+\n\tlr\t%r(\d+),%r\4\n\tor\t%r\4,%r\d+\n\tor\t%r\5,%r\d+\n\tcr\t%r\4,%r\2\n\tjne\t\.Lpcs\3d\n\tcs\t%r\2,%r\5,0\(%r\1\)\n\tjl\t\.Lpcs\3l\n\.Lpcs\3d:\n\tmviy\t960\(%r0\),0\n} 2 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 9 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table -entries 9 } } */
