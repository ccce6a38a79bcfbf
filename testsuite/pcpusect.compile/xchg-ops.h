/*
 * xchg, cmpxchg and try_cmpxchg on one per-CPU object of type T, one
 * function each (included by the xchg-*.c tests): three sections, an
 * xchg loop and two compare-and-swaps.
 */
#include <pcpusect.h>

T pcp;

T op_xchg(T v) { return this_cpu_xchg(pcp, v); }
T op_cmpxchg(T o, T n) { return this_cpu_cmpxchg(pcp, o, n); }
_Bool op_try_cmpxchg(T *o, T n) { return this_cpu_try_cmpxchg(pcp, o, n); }
