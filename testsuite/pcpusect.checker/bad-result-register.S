/* The access puts its result into the per-CPU address register, which
   the runtime may rebase after the access. */
/* { dg-final { check-table-rejects {"lg %r1,0\(%r1\)": it writes its result into %r1} } } */
/* { dg-final { check-table-rejects {"laa %r1,%r2,0\(%r1\)": it writes its result into %r1} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r1,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 1, laa %r1,%r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, ADD, 4, RESULT)
	br	%r14
