/* -ggdb3 records macro definitions in the debug information; the plugin
   defines __PCPUSECT__ before any line map exists, which must not reach
   that hook (it used to crash). */
/* { dg-do compile } */
/* { dg-options "-ggdb3" } */
#include <pcpusect.h>

int x;
long counter;

long bump(void) { return this_cpu_add_return(counter, 2); }

/* { dg-final { check-table -entries 1 } } */
