// const-read.cc with the header's fallback.
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include "const-read.cc"
