/* Every operation on long: instruction choice, order, register agreement. */
/* { dg-do assemble } */
#define T long
#include "ops.h"
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 17 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\t[a-z]+\t[^\n]*0\(%r\1\)[^\n]*\n\tmviy\t960\(%r0\),0\n} 17 } } */
/* { dg-final { scan-assembler-times {\tlaag\t} 7 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),100\n} 1 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),-128\n} 1 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),-1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tlang\t} 2 } } */
/* { dg-final { scan-assembler-times {\tlaog\t} 2 } } */
/* { dg-final { scan-assembler-times {\tlg\t%r\d+,0\(%r\d+\)} 1 } } */
/* { dg-final { scan-assembler-times {\tstg\t%r\d+,0\(%r\d+\)} 1 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table } } */
