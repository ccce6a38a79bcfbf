/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcpusect_arch.h of the simulator: the marker, the CPU number and the
 * per-CPU offset are in the fake lowcore page; reports are counted.
 */
#ifndef PCPUSECT_ARCH_H
#define PCPUSECT_ARCH_H

#include <pcpusect/runtime.h>
#include <pcpusect/sim.h>

extern unsigned long pcpusect_sim_offsets[PCPUSECT_SIM_MAX_CPUS];

static inline u8 pcpusect_arch_marker_read(void)
{
	return *(volatile u8 *)PCPUSECT_SIM_MARKER;
}

static inline void pcpusect_arch_marker_write(u8 val)
{
	*(volatile u8 *)PCPUSECT_SIM_MARKER = val;
}

static inline unsigned int pcpusect_arch_cpu(void)
{
	return *(volatile unsigned int *)PCPUSECT_SIM_CPU_NR;
}

static inline unsigned long pcpusect_arch_cpu_offset(unsigned int cpu)
{
	return pcpusect_sim_offsets[cpu];
}

void pcpusect_arch_report(unsigned long addr, u8 marker, unsigned int cpu,
			  int why);

#endif /* PCPUSECT_ARCH_H */
