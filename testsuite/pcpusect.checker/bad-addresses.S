/* Marker and per-CPU offset at other addresses than expected, and an
   entry whose fields point to no instruction. */
/* { dg-final { check-table-rejects {entry 0 .*at start: "mviy 968,1" stores to 968, not to the marker at 960} } } */
/* { dg-final { check-table-rejects {entry 1 .*at ag: "ag %r1,944" adds from 944, not from the per-CPU offset at 952} } } */
/* { dg-final { check-table-rejects {entry 2 .*: at start \.text\+0x31: no mviy starts there} } } */
/* check-table -marker/-offset override what the flags say: */
/* { dg-final { check-table-rejects {entry 1 .*at start: "mviy 960,1" stores to 960, not to the marker at 968} -marker 968 -offset 0x3b0 } } */
#include "entry.h"
	.text
f:
.Ls1:	mviy	968(%r0),1
.La1:	ag	%r1,952(%r0)
	lg	%r2,0(%r1)
	mviy	968(%r0),0
.Le1:
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
.Ls2:	mviy	960(%r0),1
.La2:	ag	%r1,944(%r0)
	lg	%r2,0(%r1)
	mviy	960(%r0),0
.Le2:
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	SECTION(3, 1, lg %r2,0(%r1))
	ENTRY(.Ls3 + 1, .La3 + 1, .Le3, 1, READ, 8, 0)
	br	%r14
