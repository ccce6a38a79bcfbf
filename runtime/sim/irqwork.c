// SPDX-License-Identifier: GPL-2.0
/*
 * The simulator's own interrupt work, built with the plugin: every
 * handler run does guarded this_cpu ops, so interrupts nest inside
 * sections of a handler even when the program supplies no work, and the
 * per-CPU counts must add up to the number of handler runs.
 */
#include <pcpusect.h>
#include <pcpusect/sim.h>
#include "simint.h"

#ifndef __PCPUSECT__
#error "irqwork.c must be built with the pcpusect plugin"
#endif

static DEFINE_PER_CPU(unsigned long, irq_count);
static DEFINE_PER_CPU(unsigned int, cpu_id);

void pcpusect_sim_irq_setup(void)
{
	unsigned int k;

	for (k = 0; k < pcpusect_sim_ncpus(); k++)
		per_cpu(cpu_id, k) = k;
}

/* No migration inside a handler: the data read is the CPU's own. */
bool pcpusect_sim_irq_work(unsigned int cpu)
{
	this_cpu_inc(irq_count);
	return this_cpu_read(cpu_id) == cpu;
}

unsigned long pcpusect_sim_irq_count(unsigned int cpu)
{
	return per_cpu(irq_count, cpu);
}
