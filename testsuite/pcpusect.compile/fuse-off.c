/* -fplugin-arg-pcpusect-fuse=0: fuse.c with one section per operation. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include "fuse.c"

/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),0\n} 10 } } */
/* { dg-final { scan-assembler-not {\t\.byte\t\d+,8,} } } */
/* { dg-final { check-table -entries 10 } } */
