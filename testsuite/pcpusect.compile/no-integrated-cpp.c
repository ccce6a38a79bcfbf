/* -no-integrated-cpp runs cpp and cc1 as two steps: the plugin must
   not define __PCPUSECT__ again in the compile step, where cpplib would
   read the definition as a line marker. */
/* { dg-do assemble } */
/* { dg-options "-no-integrated-cpp" } */
#include <pcpusect.h>

long counter;

long bump(void) { return this_cpu_add_return(counter, 2); }

/* { dg-final { check-table -entries 1 } } */
