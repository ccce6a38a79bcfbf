/* Through ccache in each of its modes: the same object as without it,
   and a cache hit the second time. */
/* { dg-do compile } */
#include <pcpusect.h>

long counter;

long bump(void) { return this_cpu_add_return(counter, 2); }

/* { dg-final { ccache-compile direct } } */
/* { dg-final { ccache-compile preprocessor } } */
/* { dg-final { ccache-compile preprocessed } } */
/* { dg-final { ccache-compile depend } } */
