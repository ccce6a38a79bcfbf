/* -fplugin-arg-pcpusect-disable: no sections, no table, the header's
   plain-C fallback. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include <pcpusect.h>

#ifdef __PCPUSECT__
#error __PCPUSECT__ defined although the plugin is disabled
#endif

long x;

long f(long v) { return this_cpu_add_return(x, v); }

/* { dg-final { scan-assembler-not {mviy} } } */
/* { dg-final { scan-assembler-not {__pcpusect_table} } } */
/* { dg-final { scan-assembler {952} } } */
