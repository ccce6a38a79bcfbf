/* 31-bit code has no 64-bit ag/laag: refused. */
/* { dg-do compile } */
/* { dg-options "-m31" } */
/* { dg-error "only 64-bit s390x code is supported" "" { target *-*-* } 0 } */
int x;
