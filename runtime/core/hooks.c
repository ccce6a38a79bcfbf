// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupt entry and exit hooks.
 *
 * entry: runs before anything that may itself use this_cpu ops.  It saves
 * the marker and the CPU number and clears the marker, so that sections
 * run by the handler set and clear it on their own.
 *
 * exit: puts the marker back (a second interrupt in the rest of the
 * section must see it) and, if the task was moved to another CPU, rebases
 * the register the section is using.  The table, not the instruction at
 * the PSW, says where the section and its ag are.  It then clears the
 * frame's saved marker: a second call on the same frame does nothing, so
 * a caller that runs it twice cannot rebase twice.
 *
 * Table-only sections (PCPUSECT_F_TABLE) set no marker: after a migration
 * with none saved, the exit hook searches the table for the interrupted
 * address, and then marks the frame handled by moving its CPU.
 *
 * Built with -DPCPUSECT_DECODE_AG, the exit hook uses no table: it finds
 * the ag as the hand-written design does, by the instruction at the PSW.
 * Only for kernel/handasm, the benchmark's measuring stick.
 */
#include "internal.h"
#include "pcpusect_arch.h"

struct pcpusect_stats pcpusect_stats;

#ifdef PCPUSECT_FAULT_INJECTION
unsigned int pcpusect_faults;
#endif

/* Built for table-only sections alone: no marker is ever set or saved. */
#ifdef PCPUSECT_TABLE_ONLY
#define TABLE_ONLY	1
#else
#define TABLE_ONLY	0
#endif

PCPUSECT_NOINSTR void pcpusect_irq_entry(struct pcpusect_frame *f)
{
	if (f->user)
		return;
	f->cpu = pcpusect_arch_cpu();
	if (TABLE_ONLY) {
		f->marker = 0;
		return;
	}
	f->marker = pcpusect_arch_marker_read();
	pcpusect_arch_marker_write(0);
}

/*
 * The interrupted section, whose ag is at ag and whose address register
 * is reg, was running on f->cpu and now runs on cpu: rebase reg unless
 * the ag has not run yet.
 */
PCPUSECT_NOINSTR_HELPER int rebase(struct pcpusect_frame *f, unsigned long ag,
				   u8 reg, unsigned int cpu)
{
	bool at_ag;

	/*
	 * The ag has not run yet: it will add the new CPU's offset itself.
	 * (Only the ag itself in practice: at the opening mviy the marker
	 * is still 0.)
	 */
	at_ag = f->addr <= ag;
	if (FAULT(INVERT_AG))
		at_ag = !at_ag;
	if (at_ag) {
		pcpusect_stat_inc(pcpusect_stats.ag_skips);
		return PCPUSECT_EXIT_AG;
	}
	if (FAULT(NO_FIXUP))
		return PCPUSECT_EXIT_MISSED;
	if (FAULT(ONE_ACCESS) && f->addr > ag + PCPUSECT_AG_LEN)
		return PCPUSECT_EXIT_MISSED;

	/*
	 * Anywhere up to the end: between the accesses of a fused section
	 * the rest of them must reach the new CPU's copy; after the last,
	 * R is dead.
	 */
	f->gprs[reg] += pcpusect_arch_cpu_offset(cpu) -
			pcpusect_arch_cpu_offset(f->cpu);
	pcpusect_stat_inc(pcpusect_stats.fixups);
	return PCPUSECT_EXIT_FIXUP;
}

/*
 * No marker: only a table-only section can have been interrupted, and
 * only the table can tell.  It is searched after a migration, and only
 * once table-only sections are registered.
 */
PCPUSECT_NOINSTR_HELPER int exit_unmarked(struct pcpusect_frame *f)
{
	const struct pcpusect_entry *e;
	unsigned int cpu;
	int ret;

	if (!TABLE_ONLY && !pcpusect_load_acquire(&pcpusect_table_only))
		return PCPUSECT_EXIT_NONE;
	cpu = pcpusect_arch_cpu();
	if (cpu == f->cpu)
		return PCPUSECT_EXIT_NONE;
	pcpusect_stat_inc(pcpusect_stats.searches);
	e = pcpusect_search(f->addr);
	if (!e || !(e->flags & PCPUSECT_F_TABLE))
		return PCPUSECT_EXIT_NONE;
	ret = rebase(f, pcpusect_entry_ag(e), e->reg, cpu);
	/* Handled: a second call on this frame sees no migration. */
	if (!FAULT(EXIT_TWICE))
		f->cpu = cpu;
	return ret;
}

#ifdef PCPUSECT_DECODE_AG
/*
 * A marked section, migrated; no table.  "ag R,D(%r0)" at the PSW, with R
 * the marker (E3 R0 0ddd DH 08), has not run yet; anywhere else past the
 * opening mviy it has: an address just before the PSW stands for it.  (A
 * kprobe on the ag would hide it: the hand-written design must look up
 * the probe's saved opcode; this measuring stick does not.)
 */
PCPUSECT_NOINSTR_HELPER int rebase_marked(struct pcpusect_frame *f, u8 marker,
					  unsigned int cpu)
{
	const u8 *p = (const u8 *)f->addr;

	if (p[0] == 0xe3 && p[1] == marker << 4 && !(p[2] & 0xf0) &&
	    p[5] == 0x08)
		return rebase(f, f->addr, marker, cpu);
	return rebase(f, f->addr - 1, marker, cpu);
}
#else
/* A marked section, migrated: the table must agree with the marker. */
PCPUSECT_NOINSTR_HELPER int rebase_marked(struct pcpusect_frame *f, u8 marker,
					  unsigned int cpu)
{
	const struct pcpusect_entry *e = pcpusect_search(f->addr);

	if (!e || e->reg != marker) {
		pcpusect_count(pcpusect_stats.reports);
		pcpusect_arch_report(f->addr, marker, f->cpu,
				     e ? PCPUSECT_WHY_REG :
					 PCPUSECT_WHY_NO_ENTRY);
		return PCPUSECT_EXIT_REPORT;
	}
	return rebase(f, pcpusect_entry_ag(e), e->reg, cpu);
}
#endif

PCPUSECT_NOINSTR int pcpusect_irq_exit(struct pcpusect_frame *f)
{
	unsigned int cpu;
	u8 marker = f->marker;

	if (f->user)
		return PCPUSECT_EXIT_NONE;
	if (TABLE_ONLY || !marker)
		return exit_unmarked(f);
	if (!FAULT(NO_RESTORE))
		pcpusect_arch_marker_write(marker);
	/* Handled: a second call on this frame must not rebase again. */
	if (!FAULT(EXIT_TWICE))
		f->marker = 0;

	cpu = pcpusect_arch_cpu();
	if (cpu == f->cpu)
		return PCPUSECT_EXIT_SAME_CPU;
	return rebase_marked(f, marker, cpu);
}
