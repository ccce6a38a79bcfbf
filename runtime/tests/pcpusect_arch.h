/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcpusect_arch.h for the host unit test: the "lowcore" is three plain
 * variables the test sets, and reports are recorded for inspection.
 */
#ifndef PCPUSECT_ARCH_H
#define PCPUSECT_ARCH_H

#include <pcpusect/runtime.h>

extern u8 test_marker;
extern unsigned int test_cpu;
extern unsigned long test_offsets[];

extern unsigned long test_nreports;
extern int test_last_why;
extern const struct pcpusect_entry *test_last_entry;
extern const struct pcpusect_frame *test_last_frame;

static inline u8 pcpusect_arch_marker_read(void)
{
	return test_marker;
}

static inline void pcpusect_arch_marker_write(u8 val)
{
	test_marker = val;
}

static inline unsigned int pcpusect_arch_cpu(void)
{
	return test_cpu;
}

static inline unsigned long pcpusect_arch_cpu_offset(unsigned int cpu)
{
	return test_offsets[cpu];
}

void pcpusect_arch_report(unsigned long addr, u8 marker, unsigned int cpu,
			  int why);

#endif /* PCPUSECT_ARCH_H */
