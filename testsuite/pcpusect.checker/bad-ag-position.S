/* Something between the opening mviy and the ag. */
/* { dg-final { check-table-rejects {ag \.text\+0x8 is not right after the opening mviy} } } */
#include "entry.h"
	.text
f:
.Ls1:	mviy	960(%r0),1
	nopr	%r7
.La1:	ag	%r1,952(%r0)
	lg	%r2,0(%r1)
	mviy	960(%r0),0
.Le1:
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
