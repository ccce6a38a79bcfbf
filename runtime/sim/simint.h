/* SPDX-License-Identifier: GPL-2.0 */
/* Between the simulator's files: sim.c, lowcore.c and irqwork.c (the
 * part built with the plugin). */
#ifndef PCPUSECT_SIMINT_H
#define PCPUSECT_SIMINT_H

#include <stdbool.h>

void pcpusect_sim_irq_setup(void);
bool pcpusect_sim_irq_work(unsigned int cpu);
unsigned long pcpusect_sim_irq_count(unsigned int cpu);
void pcpusect_sim_die(const char *what) __attribute__((noreturn));
/* Returns the number of alternatives applied. */
unsigned long pcpusect_sim_relocate_lowcore(bool skip_closing);

#endif /* PCPUSECT_SIMINT_H */
