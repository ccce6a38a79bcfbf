/* A linked executable: the table's values are resolved, not relocated. */
/* { dg-do link } */
/* { dg-final { check-table -entries 2 } } */
#include "entry.h"
	.text
	.globl main
main:
	lghi	%r2,0
	br	%r14
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 3, laag %r2,%r4,0(%r3))
	ENTRY(.Ls2, .La2, .Le2, 3, ADD, 8, RESULT)
	br	%r14
	.section .note.GNU-stack,"",@progbits
