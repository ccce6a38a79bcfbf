/* 1- and 2-byte objects are read and written, each with one load that
   extends as the type says or one store. */
/* { dg-do compile } */
/* { dg-options "-fno-ipa-icf" } */
#include <pcpusect.h>

signed char sc;
unsigned char uc;
char c;			/* unsigned on s390x */
_Bool b;
short s;
unsigned short us;

long read_sc(void) { return this_cpu_read(sc); }
long read_uc(void) { return this_cpu_read(uc); }
long read_c(void) { return this_cpu_read(c); }
long read_b(void) { return this_cpu_read(b); }
long read_s(void) { return this_cpu_read(s); }
long read_us(void) { return this_cpu_read(us); }
void write_sc(int v) { this_cpu_write(sc, v); }
void write_uc(int v) { this_cpu_write(uc, v); }
void write_b(int v) { this_cpu_write(b, v); }
void write_s(int v) { this_cpu_write(s, v); }
void write_us(int v) { this_cpu_write(us, v); }

/* { dg-final { scan-assembler-times {\tlgb\t%r\d+,0\(%r\d+\)\n} 1 } } */
/* { dg-final { scan-assembler-times {\tllgc\t%r\d+,0\(%r\d+\)\n} 3 } } */
/* { dg-final { scan-assembler-times {\tlgh\t%r\d+,0\(%r\d+\)\n} 1 } } */
/* { dg-final { scan-assembler-times {\tllgh\t%r\d+,0\(%r\d+\)\n} 1 } } */
/* { dg-final { scan-assembler-times {\tstc\t%r\d+,0\(%r\d+\)\n} 3 } } */
/* { dg-final { scan-assembler-times {\tsth\t%r\d+,0\(%r\d+\)\n} 2 } } */
/* { dg-final { check-table -entries 11 } } */
