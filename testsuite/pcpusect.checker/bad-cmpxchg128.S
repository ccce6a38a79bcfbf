/* cdsg whose register pairs hold R (the odd half of a pair counts), a
   16-byte entry on another op than cmpxchg, and csg for 16 bytes. */
/* { dg-final { check-table-rejects {entry 0 .*: access at .*: "cdsg %r4,%r6,0\(%r5\)": it writes its result into %r5} } } */
/* { dg-final { check-table-rejects {entry 1 .*: access at .*: "cdsg %r2,%r4,0\(%r5\)": it uses %r5, the per-CPU address register, as a value} } } */
/* { dg-final { check-table-rejects {entry 2 .*: size 16 on an op other than cmpxchg} } } */
/* { dg-final { check-table-rejects {entry 3 .*: access at .*: "csg %r2,%r4,0\(%r1\)", but cmpxchg of 16 bytes with flags 0x0 needs cdsg} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 5, cdsg %r4,%r6,0(%r5))
	ENTRY(.Ls1, .La1, .Le1, 5, CMPXCHG, 16, 0)
	SECTION(2, 5, cdsg %r2,%r4,0(%r5))
	ENTRY(.Ls2, .La2, .Le2, 5, CMPXCHG, 16, 0)
	SECTION(3, 1, laag %r2,%r3,0(%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, ADD, 16, 0)
	SECTION(4, 1, csg %r2,%r4,0(%r1))
	ENTRY(.Ls4, .La4, .Le4, 1, CMPXCHG, 16, 0)
	br	%r14
