/* The only entry starts at no mviy: the marker cannot be learned. */
#include "entry.h"
	.text
	.globl	f
	.type	f,@function
f:
.Lx:	nopr	%r7
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Lx, .La1, .Le1, 1, READ, 8, 0)
	br	%r14
	.size	f, .-f
	.section .note.GNU-stack,"",@progbits
