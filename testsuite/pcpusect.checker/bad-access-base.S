/* The access goes through another register, or off a displacement. */
/* { dg-final { check-table-rejects {"lg %r2,0\(%r3\)": storage operand "0\(%r3\)" is not 0\(%r1\)} } } */
/* { dg-final { check-table-rejects {"lg %r2,8\(%r1\)": storage operand "8\(%r1\)" is not 0\(%r1\)} } } */
/* { dg-final { check-table-rejects {"lg %r2,0\(%r4,%r1\)": storage operand "0\(%r4,%r1\)" is not 0\(%r1\)} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r3))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 1, lg %r2,8(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	SECTION(3, 1, lg %r2,0(%r4,%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, READ, 8, 0)
	br	%r14
