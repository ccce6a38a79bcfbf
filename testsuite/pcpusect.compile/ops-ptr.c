/* Per-CPU pointers: load/store, and add/sub in bytes, as GCC's __atomic
   builtins and the kernel's own s390 and x86 this_cpu_add do. */
/* { dg-do assemble } */
#include <pcpusect.h>

long *pcp;
void *vp;

long *p_read(void) { return this_cpu_read(pcp); }
void p_write(long *v) { this_cpu_write(pcp, v); }
void p_clear(void) { this_cpu_write(pcp, 0); }
void p_add(void) { this_cpu_add(pcp, 3); }
void p_inc(void) { this_cpu_inc(pcp); }
void p_dec(void) { this_cpu_dec(pcp); }
void p_sub(long n) { this_cpu_sub(pcp, n); }
long *p_add_return(long n) { return this_cpu_add_return(pcp, n); }
void v_add(void) { this_cpu_add(vp, 3); }

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 9 } } */
/* { dg-final { scan-assembler-times {\tlg\t%r\d+,0\(%r\d+\)} 1 } } */
/* { dg-final { scan-assembler-times {\tstg\t%r\d+,0\(%r\d+\)} 2 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),3\n} 2 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tagsi\t0\(%r\d+\),-1\n} 1 } } */
/* { dg-final { scan-assembler-times {\tlaag\t} 2 } } */
/* { dg-final { check-table } } */
