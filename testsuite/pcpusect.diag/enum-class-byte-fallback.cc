// enum-class-byte.cc with the header's fallback.
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include "enum-class-byte.cc"
