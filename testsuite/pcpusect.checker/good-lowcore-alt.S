/* Every lowcore instruction of the section has its alternative. */
/* { dg-final { check-table -lowcore-alt 0x70000 } } */
/* { dg-final { check-table } } */
/* { dg-final { check-table-rejects {the ag at .* has a lowcore alternative, but --lowcore-alt=0 says none} -lowcore-alt 0 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	ALT(1, .Ls1, 6, mviy 0x703c0(%r0),1)
	ALT(2, .La1, 6, ag %r1,0x703b8(%r0))
	ALT(3, .Le1-6, 6, mviy 0x703c0(%r0),0)
	br	%r14
