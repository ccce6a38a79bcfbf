/* cmpxchg128.c with the header's fallback. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-disable -DPCPUSECT_OFFSET_ADDR=0x103b8" } */
#include "cmpxchg128.c"
