/* Before z196 there is no laa/asi interlocked access: refused. */
/* { dg-do compile } */
/* { dg-options "-march=z10" } */
/* { dg-error "interlocked-access facility" "" { target *-*-* } 0 } */
int x;
