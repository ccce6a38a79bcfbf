/* Two functions, four guarded sections: list, --stats and --check
   read this as an object, a linked executable and a shared object. */
#include "entry.h"
	.text
	.globl	f
	.type	f,@function
f:
	SECTION(1, 1, lgf %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 4, SIGNED)
	SECTION(2, 3, laag %r2,%r4,0(%r3))
	ENTRY(.Ls2, .La2, .Le2, 3, ADD, 8, RESULT)
	SECTION(3, 5, asi 0(%r5),1)
	ENTRY(.Ls3, .La3, .Le3, 5, ADD, 4, IMM)
	br	%r14
	.size	f, .-f
	.globl	g
	.type	g,@function
g:
	SECTION(4, 2, st %r3,0(%r2))
	ENTRY(.Ls4, .La4, .Le4, 2, WRITE, 4, 0)
	br	%r14
	.size	g, .-g
	.section .note.GNU-stack,"",@progbits
