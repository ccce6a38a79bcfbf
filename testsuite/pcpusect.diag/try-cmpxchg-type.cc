// this_cpu_try_cmpxchg with a pointer to another type than the
// object's: C++ refuses the conversion, at the user's line.
/* { dg-do compile } */
#include <pcpusect.h>

int w;

bool f(short *o) { return this_cpu_try_cmpxchg(w, o, 1); }	/* { dg-error "cannot convert 'short int\\*' to" } */
