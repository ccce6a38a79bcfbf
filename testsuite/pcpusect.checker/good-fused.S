/* Fused sections: several single-instruction accesses at displacements
 * off R, with markers and table-only; every access kind a fused section
 * may hold. */
/* { dg-final { check-table -entries 4 } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, agsi 0(%r1),1 ; laag %r3,%r2,8(%r1) ; stc %r4,22(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, FUSED, 3, 0)
	TSECTION(2, 5, lg %r2,0(%r5) ; lg %r3,4088(%r5))
	ENTRY(.Ls2, .La2, .Le2, 5, FUSED, 2, TABLE)
	SECTION(3, 1, lgb %r2,0(%r1) ; llgc %r3,1(%r1) ; lgh %r4,2(%r1) ; llgh %r5,4(%r1) ; lgf %r6,8(%r1) ; llgf %r7,12(%r1) ; stc %r2,16(%r1) ; sth %r3,18(%r1) ; st %r4,20(%r1) ; stg %r5,24(%r1) ; laa %r6,%r7,32(%r1) ; lan %r6,%r7,36(%r1) ; lao %r6,%r7,40(%r1) ; asi 44(%r1),-1)
	ENTRY(.Ls3, .La3, .Le3, 1, FUSED, 14, 0)
	SECTION(4, 2, lang %r3,%r4,0(%r2) ; laog %r3,%r4,8(%r2) ; agsi 16(%r2),5)
	ENTRY(.Ls4, .La4, .Le4, 2, FUSED, 3, 0)
	br	%r14
