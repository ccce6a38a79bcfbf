/*
 * The read-modify-writes on one 1- or 2-byte per-CPU object of type T,
 * one function each (included by the small-rmw-*.c tests): four add
 * loops (add, inc, add_return, sub_return), lan, lao, an xchg loop and
 * two cmpxchg loops, each on the aligned word that holds the object.
 */
#include <pcpusect.h>

T pcp;

void op_add(int v) { this_cpu_add(pcp, v); }
void op_inc(void) { this_cpu_inc(pcp); }
T op_add_return(int v) { return this_cpu_add_return(pcp, v); }
T op_sub_return(int v) { return this_cpu_sub_return(pcp, v); }
void op_and(int v) { this_cpu_and(pcp, v); }
void op_or(int v) { this_cpu_or(pcp, v); }
T op_xchg(T v) { return this_cpu_xchg(pcp, v); }
T op_cmpxchg(T o, T n) { return this_cpu_cmpxchg(pcp, o, n); }
_Bool op_try_cmpxchg(T *o, T n) { return this_cpu_try_cmpxchg(pcp, o, n); }
