/* cmpxchg128: one cdsg, old and new values in even/odd pairs. */
/* { dg-final { check-table -entries 2 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, cdsg %r2,%r4,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, CMPXCHG, 16, 0)
	SECTION(2, 7, cdsg %r10,%r8,0(%r7))
	ENTRY(.Ls2, .La2, .Le2, 7, CMPXCHG, 16, 0)
	br	%r14
