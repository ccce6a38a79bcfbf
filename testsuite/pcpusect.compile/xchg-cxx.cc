// xchg, cmpxchg and try_cmpxchg in C++, in functions and templates.
/* { dg-do assemble } */
#include <pcpusect.h>

long v;
int w;
int *p;

long fx(long x) { return this_cpu_xchg(v, x); }
int fc(int o, int n) { return this_cpu_cmpxchg(w, o, n); }
bool ft(int *o, int n) { return this_cpu_try_cmpxchg(w, o, n); }
int *fp(int *n) { return this_cpu_xchg(p, n); }
template <typename T> T tx(T &x, T n) { return this_cpu_xchg(x, n); }
long g(long n) { return tx(v, n); }

/* { dg-final { scan-assembler-times {\tcsg\t} 3 } } */
/* { dg-final { scan-assembler-times {\tcs\t} 2 } } */
/* { dg-final { check-table -entries 5 } } */
