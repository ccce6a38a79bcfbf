/* Access instructions that do not match op, size and flags. */
/* { dg-final { check-table-rejects {"laog %r3,%r4,0\(%r1\)", but and of 8 bytes with flags 0x0 needs lang} } } */
/* { dg-final { check-table-rejects {"lg %r2,0\(%r1\)", but read of 4 bytes with flags 0x4 needs lgf} } } */
/* { dg-final { check-table-rejects {"lgf %r2,0\(%r1\)", but read of 4 bytes with flags 0x0 needs llgf} } } */
/* { dg-final { check-table-rejects {"laa %r2,%r3,0\(%r1\)", but add of 4 bytes with flags 0x1 needs asi} } } */
/* { dg-final { check-table-rejects {"stg %r2,0\(%r1\)", but write of 4 bytes with flags 0x0 needs st} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, laog %r3,%r4,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, AND, 8, 0)
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 4, SIGNED)
	SECTION(3, 1, lgf %r2,0(%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, READ, 4, 0)
	SECTION(4, 1, laa %r2,%r3,0(%r1))
	ENTRY(.Ls4, .La4, .Le4, 1, ADD, 4, IMM)
	SECTION(5, 1, stg %r2,0(%r1))
	ENTRY(.Ls5, .La5, .Le5, 1, WRITE, 4, 0)
	br	%r14
