/* Loops that break the rule every instruction between the ag and the
   closing mviy must keep: one that writes R, an access with an index
   register, one based on another register, a branch out of the section,
   an instruction no section is made of, R as a value; and a 1-byte and
   that is not lan. */
/* { dg-final { check-table-rejects {entry 0 .*: at .*: "lr %r1,%r2": it writes %r1, the per-CPU address register} } } */
/* { dg-final { check-table-rejects {entry 1 .*: at .*: "l %r5,0\(%r4,%r1\)": storage operand "0\(%r4,%r1\)" is not based on %r1 alone} } } */
/* { dg-final { check-table-rejects {entry 2 .*: at .*: "l %r5,0\(%r6\)": storage operand "0\(%r6\)" is not based on %r1 alone} } } */
/* { dg-final { check-table-rejects {entry 3 .*: at .*: "brc 7,\.\+[0-9]+" branches to \.\+[0-9]+, outside the section's instructions after the ag} } } */
/* { dg-final { check-table-rejects {entry 4 .*: at .*: "insn 1b 32": not an instruction a section is made of} } } */
/* { dg-final { check-table-rejects {entry 5 .*: at .*: "ar %r4,%r1": it uses %r1, the per-CPU address register, as a value} } } */
/* { dg-final { check-table-rejects {entry 6 .*: access at .*: "lang %r2,%r3,0\(%r1\)", but and of 1 bytes with flags 0x0 needs lan} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, l %r2,0(%r1) ; .Ll1: lr %r1,%r2 ; cs %r2,%r4,0(%r1) ; jl .Ll1)
	ENTRY(.Ls1, .La1, .Le1, 1, XCHG, 2, 0)
	SECTION(2, 1, l %r2,0(%r1) ; .Ll2: l %r5,0(%r4,%r1) ; cs %r2,%r4,0(%r1) ; jl .Ll2)
	ENTRY(.Ls2, .La2, .Le2, 1, ADD, 1, 0)
	SECTION(3, 1, l %r2,0(%r1) ; .Ll3: l %r5,0(%r6) ; cs %r2,%r4,0(%r1) ; jl .Ll3)
	ENTRY(.Ls3, .La3, .Le3, 1, XCHG, 1, 0)
	SECTION(4, 1, l %r2,0(%r1) ; .Ll4: lr %r3,%r2 ; cr %r3,%r2 ; jne .Lout ; cs %r2,%r4,0(%r1) ; jl .Ll4)
	ENTRY(.Ls4, .La4, .Le4, 1, CMPXCHG, 2, 0)
	SECTION(5, 1, l %r2,0(%r1) ; .Ll5: lr %r4,%r2 ; sr %r3,%r2 ; cs %r2,%r4,0(%r1) ; jl .Ll5)
	ENTRY(.Ls5, .La5, .Le5, 1, ADD, 2, 0)
	SECTION(6, 1, l %r2,0(%r1) ; .Ll6: lr %r4,%r2 ; ar %r4,%r1 ; cs %r2,%r4,0(%r1) ; jl .Ll6)
	ENTRY(.Ls6, .La6, .Le6, 1, ADD, 2, 0)
	SECTION(7, 1, lang %r2,%r3,0(%r1))
	ENTRY(.Ls7, .La7, .Le7, 1, AND, 1, 0)
.Lout:	br	%r14
