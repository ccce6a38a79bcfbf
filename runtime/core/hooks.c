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
 * the PSW, says where the section and its ag are.
 */
#include "internal.h"
#include "pcpusect_arch.h"

struct pcpusect_stats pcpusect_stats;

#ifdef PCPUSECT_FAULT_INJECTION
unsigned int pcpusect_faults;
#define FAULT(x)	(pcpusect_faults & PCPUSECT_FAULT_##x)
#else
#define FAULT(x)	0
#endif

PCPUSECT_NOINSTR void pcpusect_irq_entry(struct pcpusect_frame *f)
{
	if (f->user)
		return;
	f->marker = pcpusect_arch_marker_read();
	f->cpu = pcpusect_arch_cpu();
	pcpusect_arch_marker_write(0);
}

PCPUSECT_NOINSTR void pcpusect_irq_exit(struct pcpusect_frame *f)
{
	const struct pcpusect_entry *e;
	unsigned int cpu;
	bool at_ag;

	if (f->user || !f->marker)
		return;
	if (!FAULT(NO_RESTORE))
		pcpusect_arch_marker_write(f->marker);

	cpu = pcpusect_arch_cpu();
	if (cpu == f->cpu)
		return;

	e = pcpusect_search(f->addr);
	if (!e) {
		pcpusect_arch_report(f, NULL, PCPUSECT_WHY_NO_ENTRY);
		pcpusect_stat_inc(pcpusect_stats.reports);
		return;
	}
	if (e->reg != f->marker) {
		pcpusect_arch_report(f, e, PCPUSECT_WHY_REG);
		pcpusect_stat_inc(pcpusect_stats.reports);
		return;
	}

	/*
	 * The ag has not run yet: it will add the new CPU's offset itself.
	 * (Only the ag itself in practice: at the opening mviy the marker
	 * is still 0.)
	 */
	at_ag = f->addr <= pcpusect_entry_ag(e);
	if (FAULT(INVERT_AG))
		at_ag = !at_ag;
	if (at_ag) {
		pcpusect_stat_inc(pcpusect_stats.ag_skips);
		return;
	}
	if (FAULT(NO_FIXUP))
		return;

	/* Harmless once the op has run: R is dead after it. */
	f->gprs[e->reg] += pcpusect_arch_cpu_offset(cpu) -
			   pcpusect_arch_cpu_offset(f->cpu);
	pcpusect_stat_inc(pcpusect_stats.fixups);
}
