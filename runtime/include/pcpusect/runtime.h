/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcpusect runtime: registers the __pcpusect_table of an image and of
 * any number of modules, and provides the interrupt entry/exit hooks that
 * keep a guarded per-CPU section correct across migration.
 *
 * Freestanding: no libc.  The environment supplies "pcpusect_arch.h"
 * (found on the include path) with:
 *
 *	u8 pcpusect_arch_marker_read(void);
 *	void pcpusect_arch_marker_write(u8 val);
 *	unsigned int pcpusect_arch_cpu(void);
 *	unsigned long pcpusect_arch_cpu_offset(unsigned int cpu);
 *	void pcpusect_arch_report(const struct pcpusect_frame *f,
 *				  const struct pcpusect_entry *e, int why);
 *
 * pcpusect_arch_report() is called when the saved marker says a section
 * was interrupted but the table disagrees (why = PCPUSECT_WHY_*); no
 * fixup is done then.  The kernel WARNs there.
 */
#ifndef PCPUSECT_RUNTIME_H
#define PCPUSECT_RUNTIME_H

#include <pcpusect/table.h>

#ifndef __KERNEL__
#include <stdbool.h>
#endif

/* Error codes of pcpusect_table_register(), returned negated. */
#define PCPUSECT_EORDER		1	/* start < ag < end violated */
#define PCPUSECT_EAG		2	/* ag not right after the opening mviy */
#define PCPUSECT_EREG		3	/* reg not in 1..15 */
#define PCPUSECT_EOP		4	/* unknown op or size */
#define PCPUSECT_EOVERLAP	5	/* two sections overlap */
#define PCPUSECT_EBUSY		6	/* table already registered */

/* why, for pcpusect_arch_report() */
#define PCPUSECT_WHY_NO_ENTRY	1	/* marker set, address in no section */
#define PCPUSECT_WHY_REG	2	/* marker differs from the entry's reg */

struct pcpusect_table {
	struct pcpusect_entry *first;	/* sorted by start */
	unsigned long count;
	unsigned long lo, hi;		/* [first start, last end) */
	struct pcpusect_table *next;
};

/* The interrupted context, as the entry code saw it. */
struct pcpusect_frame {
	unsigned long *gprs;	/* its 16 general registers, writable */
	unsigned long addr;	/* address of the next instruction */
	bool user;		/* interrupted in user mode */
	u8 marker;		/* saved marker byte */
	unsigned int cpu;	/* CPU at entry */
};

struct pcpusect_stats {
	unsigned long fixups;		/* registers rebased on exit */
	unsigned long ag_skips;		/* migrated at the ag: no rebase */
	unsigned long reports;		/* pcpusect_arch_report() calls */
};

extern struct pcpusect_stats pcpusect_stats;

int pcpusect_table_register(struct pcpusect_table *t,
			    struct pcpusect_entry *first,
			    struct pcpusect_entry *last);
void pcpusect_table_unregister(struct pcpusect_table *t);
const struct pcpusect_entry *pcpusect_search(unsigned long addr);
bool pcpusect_addr_in_section(unsigned long addr);

void pcpusect_irq_entry(struct pcpusect_frame *f);
void pcpusect_irq_exit(struct pcpusect_frame *f);

#ifdef PCPUSECT_FAULT_INJECTION
/* Bugs a negative control switches on; tests only. */
#define PCPUSECT_FAULT_NO_FIXUP		0x1	/* never rebase */
#define PCPUSECT_FAULT_NO_RESTORE	0x2	/* exit leaves marker at 0 */
#define PCPUSECT_FAULT_INVERT_AG	0x4	/* rebase only at the ag */
extern unsigned int pcpusect_faults;
#endif

#endif /* PCPUSECT_RUNTIME_H */
