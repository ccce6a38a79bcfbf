/* An access whose width disagrees with the entry's size: what the plugin
   once emitted for this_cpu_inc(*(int *)lp) and this_cpu_add(*(long *)ip, v). */
/* { dg-final { check-table-rejects {"agsi 0\(%r1\),1", but add of 4 bytes with flags 0x1 needs asi} } } */
/* { dg-final { check-table-rejects {"laa %r2,%r3,0\(%r1\)", but add of 8 bytes with flags 0x0 needs laag} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, agsi 0(%r1),1)
	ENTRY(.Ls1, .La1, .Le1, 1, ADD, 4, IMM)
	SECTION(2, 1, laa %r2,%r3,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, ADD, 8, 0)
	br	%r14
