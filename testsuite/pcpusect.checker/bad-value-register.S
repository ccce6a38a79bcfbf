/* The per-CPU address register as a value: a store of it, an addend.
 * A rebase would change what is stored or added. */
/* { dg-final { check-table-rejects {entry 0 .*: access at .*: "stg %r1,0\(%r1\)": it uses %r1, the per-CPU address register, as a value} } } */
/* { dg-final { check-table-rejects {entry 1 .*: access at .*: "laa %r2,%r1,0\(%r1\)": it uses %r1, the per-CPU address register, as a value} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, stg %r1,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, WRITE, 8, 0)
	SECTION(2, 1, laa %r2,%r1,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, ADD, 4, RESULT)
	br	%r14
