/* Every operation on every supported type, under each option set of
   flags.exp: no ICE, no assembler error, a correct table. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include "../pcpusect.compile/many-ops.c"

/* { dg-final { check-table -entries 40 } } */
