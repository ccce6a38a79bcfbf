/* A linked executable with a wrong entry and a section without one. */
/* { dg-do link } */
/* { dg-final { check-table-rejects {entry 0 .*: "lgf %r2,0\(%r1\)", but read of 8 bytes with flags 0x0 needs lg} } } */
/* { dg-final { check-table-rejects {guarded sequence at 0x[0-9a-f]+ in f\+0x[0-9a-f]+ \(mviy 960\(%r0\),3\) has no __pcpusect_table entry} } } */
#include "entry.h"
	.text
	.globl main
main:
	lghi	%r2,0
	br	%r14
f:
	SECTION(1, 1, lgf %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 3, laag %r2,%r4,0(%r3))
	br	%r14
	.section .note.GNU-stack,"",@progbits
