/* SPDX-License-Identifier: GPL-2.0 */
/* Between sim.c and irqwork.c, the part built with the plugin. */
#ifndef PCPUSECT_SIMINT_H
#define PCPUSECT_SIMINT_H

#include <stdbool.h>

void pcpusect_sim_irq_setup(void);
bool pcpusect_sim_irq_work(unsigned int cpu);
unsigned long pcpusect_sim_irq_count(unsigned int cpu);

#endif /* PCPUSECT_SIMINT_H */
