// -g3 in C++: as debug-macro-g3.c.
/* { dg-do compile } */
/* { dg-options "-g3" } */
#include <pcpusect.h>

int x;
long counter;

long bump() { return this_cpu_add_return(counter, 2); }

/* { dg-final { check-table -entries 1 } } */
