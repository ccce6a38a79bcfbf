/* The instruction follows the type of the lvalue as written, not the
   pointer's original target type. */
/* { dg-do compile } */
/* { dg-options "-fno-ipa-icf" } */
#include <pcpusect.h>

long *lp;
int *ip;
long g;

void inc_int_of_long(void) { this_cpu_inc(*(int *)lp); }	/* asi */
void add_long_of_int(void) { this_cpu_add(*(long *)ip, 1000); }	/* laag */
void inc_int_elem(void) { this_cpu_inc(((int *)lp)[0]); }	/* asi */
void inc_int_of_global(void) { this_cpu_inc(*(int *)&g); }	/* asi */
int read_int_of_long(void) { return this_cpu_read(*(int *)lp); }	/* lgf */
void inc_int_of_local(void)
{
	long lvar = 0;

	this_cpu_inc(*(int *)&lvar);	/* asi */
	__asm__ volatile("" : : "r"(&lvar) : "memory");
}

/* { dg-final { scan-assembler-times {\tasi\t0\(%r\d+\),1\n} 4 } } */
/* { dg-final { scan-assembler-not {\tagsi\t} } } */
/* { dg-final { scan-assembler-times {\tlaag\t} 1 } } */
/* { dg-final { scan-assembler-not {\tlaa\t} } } */
/* { dg-final { scan-assembler-times {\tlgf\t%r\d+,0\(%r\d+\)\n} 1 } } */
/* { dg-final { check-table -entries 6 } } */
