/* A table whose size is not a multiple of 16. */
/* { dg-final { check-table-rejects {__pcpusect_table is 0x14 bytes, not a multiple of 16} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
	.section __pcpusect_table,"a",@progbits
	.long 0
