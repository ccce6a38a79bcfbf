/* -save-temps preprocesses into a .i and compiles that: the plugin must
   not define __PCPUSECT__ again in the compile step, where cpplib would
   read the definition as a line marker. */
/* { dg-do assemble } */
/* { dg-options "-save-temps=obj" } */
#include <pcpusect.h>

long counter;

long bump(void) { return this_cpu_add_return(counter, 2); }

/* { dg-final { check-table -entries 1 } } */
