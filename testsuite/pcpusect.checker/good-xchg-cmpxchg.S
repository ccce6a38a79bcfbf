/* xchg's load and compare-and-swap loop, and cmpxchg, in both sizes. */
/* { dg-final { check-table -entries 4 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, l %r2,0(%r1) ; .Ll1: cs %r2,%r3,0(%r1) ; jl .Ll1)
	ENTRY(.Ls1, .La1, .Le1, 1, XCHG, 4, SIGNED)
	SECTION(2, 4, lg %r2,0(%r4) ; .Ll2: csg %r2,%r3,0(%r4) ; jl .Ll2)
	ENTRY(.Ls2, .La2, .Le2, 4, XCHG, 8, 0)
	SECTION(3, 1, cs %r2,%r3,0(%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, CMPXCHG, 4, 0)
	SECTION(4, 15, csg %r2,%r3,0(%r15))
	ENTRY(.Ls4, .La4, .Le4, 15, CMPXCHG, 8, SIGNED)
	br	%r14
