/* fuse.c with table-only sections (mode=table). */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -fplugin-arg-pcpusect-mode=table" } */
#include "fuse.c"
