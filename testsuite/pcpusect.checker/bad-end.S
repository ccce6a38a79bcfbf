/* end not right after the closing mviy; no closing mviy at all. */
/* { dg-final { check-table-rejects {entry 0 .*: the closing mviy ends at \.text\+0x18, but end is \.text\+0x1a} } } */
/* { dg-final { check-table-rejects {entry 1 .*: after the access, at \.text\+0x2c: "insn 07 07", expected "mviy 960\(%r0\),0"} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	nopr	%r7
	ENTRY(.Ls1, .La1, .Le1 + 2, 1, READ, 8, 0)
.Ls2:	mviy	960(%r0),1
.La2:	ag	%r1,952(%r0)
	lg	%r2,0(%r1)
	nopr	%r7
	mviy	960(%r0),0
.Le2:
	ENTRY(.Ls2, .La2, .Le2, 1, READ, 8, 0)
	br	%r14
