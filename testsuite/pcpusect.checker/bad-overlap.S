/* Two entries whose ranges overlap. */
/* { dg-final { check-table-rejects {entries 0 and 1 overlap at \.text\+0x18} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1 + 6, 1, READ, 8, 0)
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	br	%r14
