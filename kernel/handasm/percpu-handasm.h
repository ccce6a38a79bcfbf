/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Measuring stick for kernel/bench.sh, never part of the series: the
 * this_cpu operations that the hand-written s390 design merged for Linux
 * 7.2 guards, re-implemented on 6.12 from its description
 * (../shared/notes/upstream.md): read and write of 1, 2, 4 and 8 bytes,
 * add/add_return/and/or of 4 and 8 bytes; everything else keeps the
 * stock preempt_disable code, as there.
 *
 * Each operation is one inline asm: mviy of the address register's number
 * into the lowcore marker, ag of the per-CPU offset, the access, mviy 0.
 * The register number reaches the mviy immediate through an assembler
 * macro that matches the operand's printed name against %r1..%r15 (an
 * unmatched name is an assembler error).  The object is a memory operand
 * only so that the compiler knows the effect; the access goes through
 * the register.  Only "cc" is clobbered, and asm_inline keeps the
 * inlining estimate at one statement.
 *
 * kernel/build.sh (variant handasm) copies this file to
 * arch/s390/include/asm/percpu-handasm.h and includes it from
 * asm/percpu.h just before asm-generic/percpu.h.
 */
#ifndef _ASM_S390_PERCPU_HANDASM_H
#define _ASM_S390_PERCPU_HANDASM_H

#define HASM_MARKER	__builtin_offsetof(struct lowcore, percpu_register)
#define HASM_OFFSET	__builtin_offsetof(struct lowcore, percpu_offset)

/* Defines hasm_open REG for one asm statement; HASM_CLOSE removes it. */
#define HASM_OPEN(reg)							\
	".macro	hasm_open reg\n"					\
	"	.set	.Lhasm_found,0\n"				\
	"	.irp	rs,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"	\
	"	.ifc	\\reg,%%r\\rs\n"				\
	"	mviy	%[mark](%%r0),\\rs\n"				\
	"	.set	.Lhasm_found,1\n"				\
	"	.endif\n"						\
	"	.endr\n"						\
	"	.if	.Lhasm_found == 0\n"				\
	"	.error	\"hasm_open: \\reg is not a general register\"\n" \
	"	.endif\n"						\
	".endm\n"							\
	"	hasm_open " reg "\n"					\
	"	ag	" reg ",%[off](%%r0)\n"
#define HASM_CLOSE							\
	"	mviy	%[mark](%%r0),0\n"				\
	"	.purgem	hasm_open\n"
#define HASM_LOWCORE	[mark] "i" (HASM_MARKER), [off] "i" (HASM_OFFSET)

#define hasm_read(pcp, insn)						\
({									\
	typeof(pcp) *ptr__ = &(pcp);					\
	unsigned long val__;						\
									\
	asm_inline volatile(						\
		HASM_OPEN("%[ptr]")					\
		"	" insn "	%[v],0(%[ptr])\n"		\
		HASM_CLOSE						\
		: [ptr] "+&a" (ptr__), [v] "=d" (val__)		\
		: [obj] "m" (pcp), HASM_LOWCORE				\
		: "cc");						\
	(typeof(pcp))val__;						\
})

#define hasm_write(pcp, val, insn)					\
do {									\
	typeof(pcp) *ptr__ = &(pcp);					\
	typeof(pcp) val__ = (val);					\
									\
	asm_inline volatile(						\
		HASM_OPEN("%[ptr]")					\
		"	" insn "	%[v],0(%[ptr])\n"		\
		HASM_CLOSE						\
		: [ptr] "+&a" (ptr__), [obj] "=m" (pcp)			\
		: [v] "d" ((unsigned long)val__), HASM_LOWCORE	\
		: "cc");						\
} while (0)

/* asi/agsi: a small constant added in storage. */
#define hasm_asi(pcp, val, insn, szcast)				\
do {									\
	typeof(pcp) *ptr__ = &(pcp);					\
									\
	asm_inline volatile(						\
		HASM_OPEN("%[ptr]")					\
		"	" insn "	0(%[ptr]),%[v]\n"			\
		HASM_CLOSE						\
		: [ptr] "+&a" (ptr__), [obj] "+m" (pcp)			\
		: [v] "i" ((szcast)(val)), HASM_LOWCORE			\
		: "cc");						\
} while (0)

/* asi/agsi for small constants, else the interlocked load-and-add. */
#define hasm_add(pcp, val, laa, asi, szcast)				\
do {									\
	typeof(pcp) a__ = (val);					\
									\
	if (__builtin_constant_p(a__) &&				\
	    (szcast)a__ > -129 && (szcast)a__ < 128)			\
		hasm_asi(pcp, a__, asi, szcast);			\
	else								\
		(void)hasm_fetch_op(pcp, a__, laa);			\
} while (0)

/* laa/lan/lao: returns the old value. */
#define hasm_fetch_op(pcp, val, insn)					\
({									\
	typeof(pcp) *ptr__ = &(pcp);					\
	typeof(pcp) val__ = (val), old__;				\
									\
	asm_inline volatile(						\
		HASM_OPEN("%[ptr]")					\
		"	" insn "	%[old],%[v],0(%[ptr])\n"	\
		HASM_CLOSE						\
		: [ptr] "+&a" (ptr__), [old] "=d" (old__),		\
		  [obj] "+m" (pcp)					\
		: [v] "d" (val__), HASM_LOWCORE			\
		: "cc");						\
	old__;								\
})

#undef this_cpu_add_4
#undef this_cpu_add_8
#undef this_cpu_add_return_4
#undef this_cpu_add_return_8
#undef this_cpu_and_4
#undef this_cpu_and_8
#undef this_cpu_or_4
#undef this_cpu_or_8

#define this_cpu_read_1(pcp)		hasm_read(pcp, "llgc")
#define this_cpu_read_2(pcp)		hasm_read(pcp, "llgh")
#define this_cpu_read_4(pcp)		hasm_read(pcp, "llgf")
#define this_cpu_read_8(pcp)		hasm_read(pcp, "lg")
#define this_cpu_write_1(pcp, val)	hasm_write(pcp, val, "stc")
#define this_cpu_write_2(pcp, val)	hasm_write(pcp, val, "sth")
#define this_cpu_write_4(pcp, val)	hasm_write(pcp, val, "st")
#define this_cpu_write_8(pcp, val)	hasm_write(pcp, val, "stg")
#define this_cpu_add_4(pcp, val)	hasm_add(pcp, val, "laa", "asi", int)
#define this_cpu_add_8(pcp, val)	hasm_add(pcp, val, "laag", "agsi", long)
#define this_cpu_add_return_4(pcp, val)					\
	({ typeof(pcp) v__ = (val); hasm_fetch_op(pcp, v__, "laa") + v__; })
#define this_cpu_add_return_8(pcp, val)					\
	({ typeof(pcp) v__ = (val); hasm_fetch_op(pcp, v__, "laag") + v__; })
#define this_cpu_and_4(pcp, val)	((void)hasm_fetch_op(pcp, val, "lan"))
#define this_cpu_and_8(pcp, val)	((void)hasm_fetch_op(pcp, val, "lang"))
#define this_cpu_or_4(pcp, val)		((void)hasm_fetch_op(pcp, val, "lao"))
#define this_cpu_or_8(pcp, val)		((void)hasm_fetch_op(pcp, val, "laog"))

#endif /* _ASM_S390_PERCPU_HANDASM_H */
