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
 *	void pcpusect_arch_report(unsigned long addr, u8 marker,
 *				  unsigned int cpu, int why);
 *
 * pcpusect_arch_report() is called from the exit hook when the saved
 * marker says a section was interrupted but the table disagrees
 * (why = PCPUSECT_WHY_*); no fixup is done then.  It runs in the hook's
 * context (interrupts off, possibly NMI): the kernel only records the
 * report there and prints it later.
 *
 * Built with -DPCPUSECT_TABLE_ONLY, for an environment whose sections are
 * all table-only (mode=table), the hooks neither save nor restore a
 * marker, and the exit hook searches the table after every migration.
 * Built with -DPCPUSECT_DECODE_AG, for the hand-written sections of the
 * kernel benchmark's measuring stick (kernel/handasm), which have no
 * table, the exit hook finds the ag by the instruction at the PSW.
 * Built with -DPCPUSECT_STATS (always, outside the kernel), the hooks
 * count rebases, migrations at the ag and table searches in
 * pcpusect_stats.
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

/* What pcpusect_irq_exit() did, for per-entry-path statistics. */
#define PCPUSECT_EXIT_NONE	0	/* user mode, no section, or handled */
#define PCPUSECT_EXIT_SAME_CPU	1	/* section, no migration */
#define PCPUSECT_EXIT_AG	2	/* migrated at the ag: no rebase needed */
#define PCPUSECT_EXIT_FIXUP	3	/* migrated after the ag: rebased */
#define PCPUSECT_EXIT_REPORT	4	/* migrated, table disagrees: reported */
#define PCPUSECT_EXIT_MISSED	5	/* migrated, rebase skipped (fault) */

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

/*
 * The exit hook may run on all CPUs at once (and nested, in an NMI): the
 * kernel's counters are atomic.  They change only on the rare migrated
 * path, so one interlocked add there is cheaper than per-CPU counters
 * the readers would have to sum.
 */
#ifdef __KERNEL__
typedef atomic64_t pcpusect_counter_t;
#else
typedef unsigned long pcpusect_counter_t;
#endif

/*
 * reports is always counted; the others only in a build with
 * PCPUSECT_STATS, which the freestanding build always is.
 */
struct pcpusect_stats {
	pcpusect_counter_t fixups;	/* registers rebased on exit */
	pcpusect_counter_t ag_skips;	/* migrated at the ag: no rebase */
	pcpusect_counter_t reports;	/* pcpusect_arch_report() calls */
	/* table searches after a migration without a marker */
	pcpusect_counter_t searches;
};

extern struct pcpusect_stats pcpusect_stats;

int pcpusect_table_register(struct pcpusect_table *t,
			    struct pcpusect_entry *first,
			    struct pcpusect_entry *last);
void pcpusect_table_unregister(struct pcpusect_table *t);
int pcpusect_table_sort(struct pcpusect_entry *first,
			struct pcpusect_entry *last);
const struct pcpusect_entry *pcpusect_search(unsigned long addr);
bool pcpusect_addr_in_section(unsigned long addr);

void pcpusect_irq_entry(struct pcpusect_frame *f);
int pcpusect_irq_exit(struct pcpusect_frame *f);

#ifdef PCPUSECT_FAULT_INJECTION
/* Bugs a negative control switches on; tests only. */
#define PCPUSECT_FAULT_NO_FIXUP		0x1	/* never rebase */
#define PCPUSECT_FAULT_NO_RESTORE	0x2	/* exit leaves marker at 0 */
#define PCPUSECT_FAULT_INVERT_AG	0x4	/* rebase only at the ag */
/* exit leaves the frame unhandled and its caller runs it twice */
#define PCPUSECT_FAULT_EXIT_TWICE	0x8
/*
 * a runtime that knows one access per section: past it, no rebase
 * (0x10 and 0x20 are the kernel's, arch/s390/kernel/pcpusect/kernel.c)
 */
#define PCPUSECT_FAULT_ONE_ACCESS	0x40
/* a sort that moves entries without fixing their self-relative offsets */
#define PCPUSECT_FAULT_SWAP_RAW		0x80
extern unsigned int pcpusect_faults;
#endif

#endif /* PCPUSECT_RUNTIME_H */
