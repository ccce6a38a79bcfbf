/* Interlocked updates need natural alignment; a packed field or an
   under-aligned type does not have it: an error, not a SIGILL at run
   time.  Plain loads and stores do not need it. */
/* { dg-do compile } */
#include <pcpusect.h>

struct __attribute__((packed)) packed {
	char c;
	long l;
	int i;
} pk;
struct one_packed {
	char c;
	long l __attribute__((packed));
} op;

void a1(void) { this_cpu_inc(pk.l); }		/* { dg-error "'this_cpu_inc': per-CPU object of type 'long int' is not known to be 8-byte aligned" } */
void a2(void) { this_cpu_or(pk.i, 2); }		/* { dg-error "'this_cpu_or': per-CPU object of type 'int' is not known to be 4-byte aligned" } */
long a3(void) { return this_cpu_add_return(pk.l, 1); }	/* { dg-error "not known to be 8-byte aligned" } */
void a4(void) { this_cpu_add(op.l, 1); }		/* { dg-error "'this_cpu_add': per-CPU object of type 'long int' is not known to be 8-byte aligned" } */
long ok1(void) { return this_cpu_read(pk.l); }
void ok2(void) { this_cpu_write(pk.i, 3); }
