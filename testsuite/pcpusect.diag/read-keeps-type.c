/* this_cpu_read has the type of the per-CPU object, so C's own checks
   apply to its result: a warning, not silence and not an error. */
/* { dg-options "-Wall" } */
#include <pcpusect.h>

long *ptr;

long as_long(void)
{
  long v = this_cpu_read(ptr);	/* { dg-warning "makes integer from pointer without a cast" } */
  return v;
}

/* { dg-final { check-table -entries 1 } } */
