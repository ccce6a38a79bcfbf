/* Every operation on int: instruction choice, order, register agreement. */
/* { dg-do assemble } */
#define T int
#include "ops.h"
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 17 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\t[a-z]+\t[^\n]*0\(%r\1\)[^\n]*\n\tmviy\t960\(%r0\),0\n} 17 } } */
/* { dg-final { scan-assembler-times {\tlaa\t} 7 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),100\n} 1 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),-128\n} 1 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),-1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tlan\t} 2 } } */
/* { dg-final { scan-assembler-times {\tlao\t} 2 } } */
/* { dg-final { scan-assembler-times {\tlgf\t%r\d+,0\(%r\d+\)} 1 } } */
/* { dg-final { scan-assembler-times {\tst\t%r\d+,0\(%r\d+\)} 1 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table } } */
