/* Table fields that are absolute addresses, or not addresses at all. */
/* { dg-final { check-table-rejects {entry 0 .*: field start has relocation R_390_32, not R_390_PC32} } } */
/* { dg-final { check-table-rejects {entry 1 .*: field ag has no relocation} } } */
/* { dg-final { check-table-rejects {entry 2 .*: field end refers to "elsewhere" \(\*UND\*\), not to code in this object} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	SECTION(2, 1, lg %r2,0(%r1))
	SECTION(3, 1, lg %r2,0(%r1))
	br	%r14
	.section __pcpusect_table,"a",@progbits
	.balign 4
	.long .Ls1, .La1 - ., .Le1 - .
	.byte 1, READ, 8, 0
	.long .Ls2 - ., 6, .Le2 - .
	.byte 1, READ, 8, 0
	.long .Ls3 - ., .La3 - ., elsewhere - .
	.byte 1, READ, 8, 0
