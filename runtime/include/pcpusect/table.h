/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The __pcpusect_table section: one entry per guarded per-CPU section.
 *
 * The pcpusect GCC plugin emits, for every this_cpu operation,
 *
 *	start:	mviy	MARKER(%r0),N		N = number of register R
 *	ag:	ag	R,OFFSET(%r0)		R += this CPU's per-CPU offset
 *		OP	...,0(R)		the one access to per-CPU data
 *		mviy	MARKER(%r0),0
 *	end:
 *
 * and one 16-byte entry describing it.  xchg needs a compare-and-swap
 * loop, so OP may be more than one instruction (see PCPUSECT_OP_XCHG),
 * and so do the 1- and 2-byte read-modify-writes: no interlocked
 * instruction updates fewer than 4 bytes, so they work on the aligned
 * word that holds the object, R being that word's address (lan/lao for
 * and and or, a compare-and-swap loop for add, xchg and cmpxchg; the
 * plugin's lower.c shows each).  That needs per-CPU offsets that are
 * multiples of 4, which they are in the kernel (multiples of the page
 * size).
 * The rule for every section: between the ag and the closing mviy each
 * instruction that touches memory uses R as its base with no index
 * register, nothing writes R, and every branch target lies inside the
 * section.  Then the exit hook may rebase R anywhere past the ag: what
 * already ran touched the old CPU's copy as a whole operation would
 * have (a load, or a compare-and-swap that succeeded there); what
 * follows works on the new CPU's.  In a loop, a compare-and-swap against
 * the new CPU's copy with a value loaded from the old one fails and the
 * loop loads again, or succeeds because the two are equal, which is
 * the same exchange.
 *
 * Fused sections (PCPUSECT_OP_FUSED; the plugin's default, fuse=0 turns
 * it off) hold several operations on one per-CPU base: one opening
 * mviy, one ag, then each access a single instruction at its own
 * displacement off R, one closing mviy.  The rule above is all they
 * need: a rebase between two accesses is what a migration between two
 * separate sections does, the accesses before it having touched the old
 * CPU's copy and those after it touching the new one's.
 *
 * Table-only sections (plugin option mode=table, flag PCPUSECT_F_TABLE)
 * leave out both mviy: the section is the ag and the access, start ==
 * ag, exactly the code of a kernel without preemption.  No marker says
 * that an interrupt hit one; the exit hook, when it returns to kernel
 * mode on another CPU than the entry's, looks the interrupted address
 * up in the table instead and rebases R when it lies past the ag and
 * before the end.  The trade: two stores less per operation, one table
 * search per migration of a task interrupted in kernel mode.
 *
 * The three address fields are
 * signed 32-bit offsets relative to the field's own address, as in the
 * kernel's exception tables, so the table needs no dynamic relocation in
 * PIE executables, shared objects or kernel modules.  Entries are 4-byte
 * aligned and unsorted as emitted; the runtime sorts them by start,
 * unless they are sorted already (pcpusect-table --sort at build time,
 * as the kernel does for vmlinux): then it does not write them, and the
 * table may be read-only.
 *
 * GNU ld defines __start___pcpusect_table and __stop___pcpusect_table
 * around the section of a linked image.
 */
#ifndef PCPUSECT_TABLE_H
#define PCPUSECT_TABLE_H

#define PCPUSECT_TABLE_SECTION	"__pcpusect_table"
#define PCPUSECT_ENTRY_SIZE	16

/* Length in bytes of the instructions the layout depends on. */
#define PCPUSECT_MVIY_LEN	6
#define PCPUSECT_AG_LEN		6

/* op: what the instructions after the ag do; on 4 and 8 bytes: */
#define PCPUSECT_OP_READ	1	/* lgb, llgc, lgh, llgh, lgf, llgf or lg */
#define PCPUSECT_OP_WRITE	2	/* stc, sth, st or stg */
#define PCPUSECT_OP_ADD		3	/* laa/laag; asi/agsi with F_IMM */
#define PCPUSECT_OP_AND		4	/* lan/lang */
#define PCPUSECT_OP_OR		5	/* lao/laog */
/* l/lg OLD,0(R); loop: cs/csg OLD,NEW,0(R); brc 4,loop */
#define PCPUSECT_OP_XCHG	6
/* cs/csg OLD,NEW,0(R); on 16 bytes cdsg, OLD and NEW even/odd pairs */
#define PCPUSECT_OP_CMPXCHG	7
/*
 * A fused section: size (2..14) single-instruction accesses in a row,
 * each a read, a write, or a 4- or 8-byte add, and or or as above, at
 * displacements 0..4095 off R.
 */
#define PCPUSECT_OP_FUSED	8
#define PCPUSECT_OP_MAX		8
#define PCPUSECT_FUSED_MAX	14

/* flags */
#define PCPUSECT_F_IMM		0x01	/* immediate operand: asi/agsi */
#define PCPUSECT_F_RESULT	0x02	/* old value used: the *_return forms */
#define PCPUSECT_F_SIGNED	0x04	/* the per-CPU object has a signed type */
#define PCPUSECT_F_TABLE	0x08	/* table-only: no mviy, start == ag */

#ifndef __ASSEMBLER__
#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdint.h>
typedef int32_t s32;
typedef uint8_t u8;
#endif

struct pcpusect_entry {
	s32 start;	/* the opening mviy, relative to &start */
	s32 ag;		/* the ag, relative to &ag */
	s32 end;	/* first byte after the closing mviy, relative to &end */
	u8 reg;		/* N: the register holding the per-CPU address, 1..15 */
	u8 op;		/* PCPUSECT_OP_* */
	u8 size;	/* size of the per-CPU object in bytes: 1, 2, 4, 8;
			 * 16 for cmpxchg */
	u8 flags;	/* PCPUSECT_F_* */
};

#ifndef __cplusplus
_Static_assert(sizeof(struct pcpusect_entry) == PCPUSECT_ENTRY_SIZE,
	       "table entry layout");
#endif

/* Whether op on size bytes is a load and a compare-and-swap loop. */
static inline int pcpusect_op_is_loop(unsigned int op, unsigned int size)
{
	return op == PCPUSECT_OP_XCHG ||
	       (size < 4 && (op == PCPUSECT_OP_ADD ||
			     op == PCPUSECT_OP_CMPXCHG));
}

static inline unsigned long pcpusect_entry_start(const struct pcpusect_entry *e)
{
	return (unsigned long)&e->start + e->start;
}

static inline unsigned long pcpusect_entry_ag(const struct pcpusect_entry *e)
{
	return (unsigned long)&e->ag + e->ag;
}

static inline unsigned long pcpusect_entry_end(const struct pcpusect_entry *e)
{
	return (unsigned long)&e->end + e->end;
}

/*
 * Store at "to" the entry e, whose fields are relative to address "at"
 * (e itself, or where a temporary copy of it came from): each field
 * changes by the distance the entry moves, in 32-bit arithmetic.
 */
static inline void pcpusect_entry_move(struct pcpusect_entry *to,
				       const struct pcpusect_entry *e,
				       const struct pcpusect_entry *at)
{
	unsigned int delta = (unsigned int)((const char *)to - (const char *)at);

	*to = *e;
	to->start = (s32)((unsigned int)to->start - delta);
	to->ag = (s32)((unsigned int)to->ag - delta);
	to->end = (s32)((unsigned int)to->end - delta);
}

/* The end of the operation: the closing mviy, or a table-only's end. */
static inline unsigned long pcpusect_entry_op_end(const struct pcpusect_entry *e)
{
	return pcpusect_entry_end(e) -
	       (e->flags & PCPUSECT_F_TABLE ? 0 : PCPUSECT_MVIY_LEN);
}
#endif /* __ASSEMBLER__ */

#endif /* PCPUSECT_TABLE_H */
