/* The opening mviy stores a register number other than the entry's. */
/* { dg-final { check-table-rejects {at start: "mviy 960,2" stores 2, but the entry says reg 1} } } */
#include "entry.h"
	.text
f:
.Ls1:	mviy	960(%r0),2
.La1:	ag	%r1,952(%r0)
	lg	%r2,0(%r1)
	mviy	960(%r0),0
.Le1:
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
