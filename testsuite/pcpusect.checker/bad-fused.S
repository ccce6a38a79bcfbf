/* Broken fused sections: an access no fused section may hold (a loop's
 * compare-and-swap), an index register, R written by an access, R as a
 * value, a count that does not match the accesses, a count out of range,
 * a flag other than TABLE. */
/* { dg-final { check-table-rejects {entry 0 .*: fused access 2 of 2 at .*: "csg %r2,%r3,8\(%r1\)": not a single-instruction access a fused section may hold} } } */
/* { dg-final { check-table-rejects {entry 1 .*: fused access 1 of 2 at .*: "lg %r2,0\(%r3,%r1\)": storage operand "0\(%r3,%r1\)" is not D\(%r1\) with D in 0\.\.4095} } } */
/* { dg-final { check-table-rejects {entry 2 .*: fused access 1 of 2 at .*: "lg %r1,0\(%r1\)": it writes its result into %r1} } } */
/* { dg-final { check-table-rejects {entry 3 .*: fused access 2 of 2 at .*: "stg %r1,8\(%r1\)": it uses %r1, the per-CPU address register, as a value} } } */
/* { dg-final { check-table-rejects {entry 4 .*: after the access, at .*: "lg %r4,16\(%r1\)", expected "mviy 960\(%r0\),0"} } } */
/* { dg-final { check-table-rejects {entry 5 .*: a fused section of 1 accesses, not 2 to 14} } } */
/* { dg-final { check-table-rejects {entry 6 .*: flags 0x1 on a fused section, which takes only TABLE} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1) ; csg %r2,%r3,8(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, FUSED, 2, 0)
	SECTION(2, 1, lg %r2,0(%r3,%r1) ; lg %r3,8(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, FUSED, 2, 0)
	SECTION(3, 1, lg %r1,0(%r1) ; lg %r3,8(%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, FUSED, 2, 0)
	SECTION(4, 1, lg %r2,0(%r1) ; stg %r1,8(%r1))
	ENTRY(.Ls4, .La4, .Le4, 1, FUSED, 2, 0)
	SECTION(5, 1, lg %r2,0(%r1) ; lg %r3,8(%r1) ; lg %r4,16(%r1))
	ENTRY(.Ls5, .La5, .Le5, 1, FUSED, 2, 0)
	SECTION(6, 1, lg %r2,0(%r1))
	ENTRY(.Ls6, .La6, .Le6, 1, FUSED, 1, 0)
	SECTION(7, 1, lg %r2,0(%r1) ; lg %r3,8(%r1))
	ENTRY(.Ls7, .La7, .Le7, 1, FUSED, 2, IMM)
	br	%r14
