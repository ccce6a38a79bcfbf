/* Field values out of range or inconsistent with each other. */
/* { dg-final { check-table-rejects {entry 0 .*: reg 0 is not in 1\.\.15} } } */
/* { dg-final { check-table-rejects {entry 1 .*: op 9 is unknown} } } */
/* { dg-final { check-table-rejects {entry 2 .*: size 3 is not one of 1, 2, 4, 8 and 16} } } */
/* { dg-final { check-table-rejects {entry 3 .*: flag IMM on an op other than a 4- or 8-byte add} } } */
/* { dg-final { check-table-rejects {entry 4 .*: flag RESULT on an op other than a non-immediate add} } } */
/* { dg-final { check-table-rejects {entry 5 .*: unknown flags 0x80} } } */
#include "entry.h"
	.text
f:
	SECTION(1, 1, lg %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 0, READ, 8, 0)
	SECTION(2, 1, lg %r2,0(%r1))
	ENTRY(.Ls2, .La2, .Le2, 1, 9, 8, 0)
	SECTION(3, 1, laa %r2,%r3,0(%r1))
	ENTRY(.Ls3, .La3, .Le3, 1, ADD, 3, 0)
	SECTION(4, 1, lg %r2,0(%r1))
	ENTRY(.Ls4, .La4, .Le4, 1, READ, 8, IMM)
	SECTION(5, 1, asi 0(%r1),1)
	ENTRY(.Ls5, .La5, .Le5, 1, ADD, 4, IMM | RESULT)
	SECTION(6, 1, lg %r2,0(%r1))
	ENTRY(.Ls6, .La6, .Le6, 1, READ, 8, 0x80)
	br	%r14
