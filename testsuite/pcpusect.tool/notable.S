/* Guarded sequences and no table at all: an error, never OK. */
#include "entry.h"
	.text
	.globl	f
	.type	f,@function
f:
	SECTION(1, 1, lg %r2,0(%r1))
	SECTION(2, 3, st %r2,0(%r3))
	br	%r14
	.size	f, .-f
	.section .note.GNU-stack,"",@progbits
