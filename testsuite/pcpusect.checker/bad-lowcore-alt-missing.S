/* The closing mviy has no alternative: it would still clear the marker
 * on the page the lowcore left. */
/* { dg-final { check-table-rejects {2 section instructions have lowcore alternatives, 4 do not: a relocated lowcore would leave} } } */
/* { dg-final { check-table-rejects {entry 0: the closing mviy at .* has no lowcore alternative \(expected one moving it by 0x70000\)} -lowcore-alt 0x70000 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	ALT(1, .Ls1, 6, mviy 0x703c0(%r0),1)
	ALT(2, .La1, 6, ag %r1,0x703b8(%r0))
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	br	%r14
