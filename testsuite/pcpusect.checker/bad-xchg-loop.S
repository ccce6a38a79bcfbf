/* Broken xchg loops: compare-and-swap of another register than the one
 * loaded, a branch out of the section, a loop that writes R, a
 * compare-and-swap that stores R; cmpxchg of the wrong width. */
/* { dg-final { check-table-rejects {entry 0 .*: "cs %r4,%r3,0\(%r1\)" compares %r4, not %r2, which the load filled} } } */
/* { dg-final { check-table-rejects {entry 1 .*: "brc 4,\.-20" branches to \.-20, outside the section's instructions after the ag} } } */
/* { dg-final { check-table-rejects {entry 1 .*: "brc 4,\.-20" branches to \.-20, not back to the loop at .*, after the load} } } */
/* { dg-final { check-table-rejects {entry 2 .*: access at .*: "l %r1,0\(%r1\)": it writes its result into %r1} } } */
/* { dg-final { check-table-rejects {entry 3 .*: "cs %r2,%r1,0\(%r1\)": it uses %r1, the per-CPU address register, as a value} } } */
/* { dg-final { check-table-rejects {entry 4 .*: access at .*: "csg %r2,%r3,0\(%r1\)", but cmpxchg of 4 bytes with flags 0x0 needs cs} } } */
/* { dg-final { check-table-rejects {entry 5 .*: at .*, after the compare-and-swap: "mviy 960,0", expected "brc 4" back to the loop} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, l %r2,0(%r1) ; .Ll1: cs %r4,%r3,0(%r1) ; jl .Ll1)
	ENTRY(.Ls1, .La1, .Le1, 1, XCHG, 4, 0)
	SECTION(2, 1, l %r2,0(%r1) ; .Ll2: cs %r2,%r3,0(%r1) ; jl .Ls2)
	ENTRY(.Ls2, .La2, .Le2, 1, XCHG, 4, 0)
	SECTION(3, 1, l %r1,0(%r1) ; .Ll3: cs %r1,%r3,0(%r1) ; jl .Ll3)
	ENTRY(.Ls3, .La3, .Le3, 1, XCHG, 4, 0)
	SECTION(4, 1, l %r2,0(%r1) ; .Ll4: cs %r2,%r1,0(%r1) ; jl .Ll4)
	ENTRY(.Ls4, .La4, .Le4, 1, XCHG, 4, 0)
	SECTION(5, 1, csg %r2,%r3,0(%r1))
	ENTRY(.Ls5, .La5, .Le5, 1, CMPXCHG, 4, 0)
	SECTION(6, 1, l %r2,0(%r1) ; cs %r2,%r3,0(%r1))
	ENTRY(.Ls6, .La6, .Le6, 1, XCHG, 4, 0)
	br	%r14
