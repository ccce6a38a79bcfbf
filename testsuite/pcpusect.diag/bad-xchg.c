/* xchg and cmpxchg misused: each a diagnostic at the user's line. */
/* { dg-do compile } */
#include <pcpusect.h>

struct Q { char x; short s; } __attribute__((packed)) pq;
const short cs = 1;
const long cl = 1;
struct P { char x; int i; } __attribute__((packed)) pk;
long l;
int i;
int *ip;
float f;

void x1(void) { this_cpu_xchg(pq.s, 1); }		/* { dg-error "'this_cpu_xchg': per-CPU object of type 'short int' is not known to be 2-byte aligned" } */
void x2(void) { this_cpu_cmpxchg(cs, 1, 2); }		/* { dg-error "'this_cpu_cmpxchg' modifies a per-CPU object of 'const'-qualified type" } */
void x3(void) { this_cpu_xchg(cl, 2); }			/* { dg-error "'this_cpu_xchg' modifies a per-CPU object of 'const'-qualified type" } */
void x4(void) { this_cpu_cmpxchg(pk.i, 1, 2); }		/* { dg-error "'this_cpu_cmpxchg': per-CPU object of type 'int' is not known to be 4-byte aligned" } */
_Bool x5(short *o) { return this_cpu_try_cmpxchg(i, o, 1); }	/* { dg-error "the pointer to the old value must point to the type of the per-CPU object" } */
void x6(void) { this_cpu_xchg(f, 1); }			/* { dg-error "'this_cpu_xchg': floating-point per-CPU object of type 'float'" } */
void x7(void) { this_cpu_xchg(ip, 5); }			/* { dg-warning "makes pointer from integer without a cast" } */
_Bool x8(long *o) { return this_cpu_try_cmpxchg(i, o, 1); }	/* { dg-error "the pointer to the old value must point to the type of the per-CPU object" } */
/* { dg-prune-output "initialization of 'int \\*' from incompatible pointer type" } */
