/* Every access form a table entry can describe, in three code sections:
   check-table accepts them all. */
/* { dg-do assemble } */
/* { dg-final { check-table -entries 16 } } */
#include "entry.h"

	.text
f:
	SECTION(1, 1, lgf %r2,0(%r1))
	ENTRY(.Ls1, .La1, .Le1, 1, READ, 4, SIGNED)
	SECTION(2, 3, llgf %r2,0(%r3))
	ENTRY(.Ls2, .La2, .Le2, 3, READ, 4, 0)
	SECTION(3, 15, lg %r2,0(%r15))
	ENTRY(.Ls3, .La3, .Le3, 15, READ, 8, SIGNED)
	SECTION(4, 1, st %r2,0(%r1))
	ENTRY(.Ls4, .La4, .Le4, 1, WRITE, 4, SIGNED)
	SECTION(5, 1, stg %r3,0(%r1))
	ENTRY(.Ls5, .La5, .Le5, 1, WRITE, 8, 0)
	SECTION(6, 4, laa %r2,%r3,0(%r4))
	ENTRY(.Ls6, .La6, .Le6, 4, ADD, 4, SIGNED)
	SECTION(7, 4, laag %r2,%r3,0(%r4))
	ENTRY(.Ls7, .La7, .Le7, 4, ADD, 8, RESULT)
	SECTION(8, 5, asi 0(%r5),-128)
	ENTRY(.Ls8, .La8, .Le8, 5, ADD, 4, IMM | SIGNED)
	SECTION(9, 5, agsi 0(%r5),127)
	ENTRY(.Ls9, .La9, .Le9, 5, ADD, 8, IMM)
	SECTION(10, 2, lan %r3,%r4,0(%r2))
	ENTRY(.Ls10, .La10, .Le10, 2, AND, 4, 0)
	SECTION(11, 2, lang %r3,%r4,0(%r2))
	ENTRY(.Ls11, .La11, .Le11, 2, AND, 8, SIGNED)
	SECTION(12, 2, lao %r3,%r4,0(%r2))
	ENTRY(.Ls12, .La12, .Le12, 2, OR, 4, SIGNED)
	SECTION(13, 2, laog %r3,%r4,0(%r2))
	ENTRY(.Ls13, .La13, .Le13, 2, OR, 8, 0)
	br	%r14

	/* Neither guarded nor to the marker: not a section. */
	mviy	961(%r0),1
	mviy	960(%r1),1
	mvi	960(%r0),1

	.section .text.unlikely,"ax",@progbits
g:
	SECTION(14, 1, laa %r2,%r3,0(%r1))
	ENTRY(.Ls14, .La14, .Le14, 1, ADD, 4, RESULT | SIGNED)
	SECTION(15, 1, lg %r2,0(%r1))
	ENTRY(.Ls15, .La15, .Le15, 1, READ, 8, 0)
	br	%r14

	.section .text.other,"ax",@progbits
	.globl h
h:
	SECTION(16, 14, stg %r2,0(%r14))
	ENTRY(.Ls16, .La16, .Le16, 14, WRITE, 8, 0)
	br	%r14
