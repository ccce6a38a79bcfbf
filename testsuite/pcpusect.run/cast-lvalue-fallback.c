/* cast-lvalue.c with the header's fallback: the same results. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-disable -DPCPUSECT_OFFSET_ADDR=0x103b8" } */
#include "cast-lvalue.c"
