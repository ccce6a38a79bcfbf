/* vmlinux in small: merged.lds puts the table into .data..ro_after_init
   between __start___pcpusect_table and __stop___pcpusect_table, so the
   image has no section named __pcpusect_table. */
#include "entry.h"
	.text
	.globl	_start
	.type	_start,@function
_start:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, 0)
	SECTION(2, 4, lao %r2,%r3,0(%r4))
	ENTRY(.Ls2, .La2, .Le2, 4, OR, 4, 0)
	br	%r14
	.size	_start, .-_start
	.section .data..ro_after_init,"aw",@progbits
	.quad	1, 2, 3
	.section .note.GNU-stack,"",@progbits
