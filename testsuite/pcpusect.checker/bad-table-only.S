/* Broken table-only sections: an entry that starts before its ag, a
 * marked section whose entry claims table-only, an end beyond the
 * access, a loop that writes R, a loop that branches out, an index
 * register. */
/* { dg-final { check-table-rejects {entry 0 .*: table-only, but start .* is not the ag} } } */
/* { dg-final { check-table-rejects {guarded sequence at .* \(mviy 960\(%r0\),1\) has no __pcpusect_table entry} } } */
/* { dg-final { check-table-rejects {entry 2 .*: table-only: the access ends at .*, but end is .*} } } */
/* { dg-final { check-table-rejects {entry 3 .*: at .*: "lr %r1,%r2": it writes %r1, the per-CPU address register} } } */
/* { dg-final { check-table-rejects {entry 4 .*: "brc 4,\.-[0-9]+" branches to \.-[0-9]+, outside the section's instructions after the ag} } } */
/* { dg-final { check-table-rejects {entry 5 .*: access at .*: "lg %r2,0\(%r3,%r1\)": storage operand "0\(%r3,%r1\)" is not 0\(%r1\)} } } */
#include "entry.h"
	.text
f:
	nopr	%r7
	nopr	%r7
	TSECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1 - 4, .La1, .Le1, 1, READ, 8, TABLE)
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.La2, .La2, .Le2, 1, READ, 8, TABLE)
	TSECTION(3, 1, lg %r2,0(%r1) ; nopr %r7)
	ENTRY(.Ls3, .La3, .Le3, 1, READ, 8, TABLE)
	TSECTION(4, 1, lg %r2,0(%r1) ; .Ll4: lr %r1,%r2 ; csg %r2,%r3,0(%r1) ; jl .Ll4)
	ENTRY(.Ls4, .La4, .Le4, 1, XCHG, 8, TABLE)
	TSECTION(5, 1, lg %r2,0(%r1) ; .Ll5: csg %r2,%r3,0(%r1) ; jl .Ls4)
	ENTRY(.Ls5, .La5, .Le5, 1, XCHG, 8, TABLE)
	TSECTION(6, 1, lg %r2,0(%r3,%r1))
	ENTRY(.Ls6, .La6, .Le6, 1, READ, 8, TABLE)
	br	%r14
