/* 1- and 2-byte read-modify-writes on the word that holds the object,
   in the shapes the plugin emits: lan and lao, and the compare-and-swap
   loops of add, xchg and cmpxchg (with cmpxchg's branch out of the loop
   to the closing mviy). */
/* { dg-final { check-table -entries 5 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lan %r2,%r3,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, AND, 1, 0)
	SECTION(2, 1, lao %r2,%r3,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, OR, 2, SIGNED)
	SECTION(3, 1, l %r2,0(%r1) ; .Ll3: lr %r4,%r2 ; ar %r4,%r3 ; xr %r4,%r2 ; nr %r4,%r5 ; xr %r4,%r2 ; cs %r2,%r4,0(%r1) ; jl .Ll3)
	ENTRY(.Ls3, .La3, .Le3, 1, ADD, 1, RESULT)
	SECTION(4, 3, l %r2,0(%r3) ; .Ll4: lr %r0,%r2 ; nr %r0,%r4 ; or %r0,%r5 ; cs %r2,%r0,0(%r3) ; jl .Ll4)
	ENTRY(.Ls4, .La4, .Le4, 3, XCHG, 2, 0)
	SECTION(5, 1, l %r2,0(%r1) ; .Ll5: lr %r3,%r2 ; nr %r3,%r8 ; lr %r4,%r3 ; or %r3,%r6 ; or %r4,%r7 ; cr %r3,%r2 ; jne .Ld5 ; cs %r2,%r4,0(%r1) ; jl .Ll5 ; .Ld5:)
	ENTRY(.Ls5, .La5, .Le5, 1, CMPXCHG, 1, 0)
	br	%r14
