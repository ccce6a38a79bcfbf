/* The semantics test of pcpusect.run, built and run under each option
   set of flags.exp. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include "../pcpusect.run/semantics.c"

/* { dg-final { check-table } } */
