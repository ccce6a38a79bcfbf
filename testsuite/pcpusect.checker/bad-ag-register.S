/* The ag adds the offset to a register other than the entry's. */
/* { dg-final { check-table-rejects {at ag: "ag %r2,952" adds to %r2, but the entry says reg 1} } } */
#include "entry.h"
	.text
f:
.Ls1:	mviy	960(%r0),1
.La1:	ag	%r2,952(%r0)
	lg	%r2,0(%r1)
	mviy	960(%r0),0
.Le1:
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
