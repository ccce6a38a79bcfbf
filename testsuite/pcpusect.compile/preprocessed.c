/* A .i made with the plugin, compiled on its own (what distcc and icecc
   do): the builtins are there, __PCPUSECT__ is not needed any more. */
/* { dg-do preprocess } */
#include <pcpusect.h>

long counter;
int small;

long bump(void) { return this_cpu_add_return(counter, 2); }
void set(int v) { this_cpu_write(small, v); }

/* { dg-final { compile-preprocessed } } */
/* { dg-final { check-table -entries 2 } } */
