/* A guarded section without a table entry. */
/* { dg-final { check-table-rejects {guarded sequence at \.text\+0x18 in f\+0x18 \(mviy 960\(%r0\),1\) has no __pcpusect_table entry} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 1, lg %r2,0(%r1))
	br	%r14
