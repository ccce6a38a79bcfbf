/* A second object, linked with good.o by ld -r as a kernel module is. */
#include "entry.h"
	.text
	.globl	h
	.type	h,@function
h:
	SECTION(1, 6, lang %r2,%r3,0(%r6))
	ENTRY(.Ls1, .La1, .Le1, 6, AND, 8, 0)
	br	%r14
	.size	h, .-h
	.section .note.GNU-stack,"",@progbits
