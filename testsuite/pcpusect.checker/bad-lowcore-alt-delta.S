/* The ag's alternative moves it by another amount than the mviy's. */
/* { dg-final { check-table-rejects {the lowcore alternative of the ag at .*: it replaces "ag %r1,952" with "ag %r1,394168", which moves the displacement by 0x60000, not by 0x70000} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	ALT(1, .Ls1, 6, mviy 0x703c0(%r0),1)
	ALT(2, .La1, 6, ag %r1,0x603b8(%r0))
	ALT(3, .Le1-6, 6, mviy 0x703c0(%r0),0)
	br	%r14
