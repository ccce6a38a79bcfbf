/* Two entries for one guarded section. */
/* { dg-final { check-table-rejects {entries 0, 1 all describe the sequence at \.text\+0x0 in f} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
