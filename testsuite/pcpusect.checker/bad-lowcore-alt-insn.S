/* Replacements that are other instructions, or of another length. */
/* { dg-final { check-table-rejects {the lowcore alternative of the opening mviy at .*: it replaces "mviy 960,1" with "mviy 459712,2"} } } */
/* { dg-final { check-table-rejects {the lowcore alternative of the ag at .*: it replaces "ag %r1,952" with "ag %r1,459704\(%r2\)"} } } */
/* { dg-final { check-table-rejects {the lowcore alternative of the closing mviy at .*: its length is 4, not 6} } } */
/* { dg-final { check-table-rejects {entry 1: the ag at .* has 2 lowcore alternatives} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	ALT(1, .Ls1, 6, mviy 0x703c0(%r0),2)
	ALT(2, .La1, 6, ag %r1,0x703b8(%r2))
	ALT(3, .Le1-6, 4, mviy 0x703c0(%r0),0)
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	ALT(4, .Ls2, 6, mviy 0x703c0(%r0),1)
	ALT(5, .La2, 6, ag %r1,0x703b8(%r0))
	ALT(6, .La2, 6, ag %r1,0x703b8(%r0))
	ALT(7, .Le2-6, 6, mviy 0x703c0(%r0),0)
	br	%r14
