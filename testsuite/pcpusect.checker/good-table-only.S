/* Table-only sections (mode=table) of every shape, beside a marked one:
 * a read, an asi, a laag with result, an xchg loop, a 1-byte add loop
 * whose cmpxchg-style exit branches to the end, a cdsg. */
/* { dg-final { check-table -entries 7 } } */
#include "entry.h"
	.text
f:
	TSECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 8, TABLE)
	TSECTION(2, 3, asi 0(%r3),1)
	ENTRY(.Ls2, .La2, .Le2, 3, ADD, 4, IMM | SIGNED | TABLE)
	TSECTION(3, 4, laag %r2,%r5,0(%r4))
	ENTRY(.Ls3, .La3, .Le3, 4, ADD, 8, RESULT | TABLE)
	TSECTION(4, 1, lg %r2,0(%r1) ; .Ll4: csg %r2,%r3,0(%r1) ; jl .Ll4)
	ENTRY(.Ls4, .La4, .Le4, 1, XCHG, 8, TABLE)
	TSECTION(5, 1, l %r2,0(%r1) ; .Ll5: lr %r4,%r2 ; nr %r4,%r5 ; or %r4,%r3 ; cr %r4,%r2 ; jne .Le5 ; cs %r2,%r4,0(%r1) ; jl .Ll5)
	ENTRY(.Ls5, .La5, .Le5, 1, CMPXCHG, 1, TABLE)
	TSECTION(6, 1, cdsg %r2,%r4,0(%r1))
	ENTRY(.Ls6, .La6, .Le6, 1, CMPXCHG, 16, TABLE)
	SECTION(7, 2, laag %r3,%r4,0(%r2))
	ENTRY(.Ls7, .La7, .Le7, 2, ADD, 8, 0)
	br	%r14
