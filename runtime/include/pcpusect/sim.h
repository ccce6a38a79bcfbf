/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The pcpusect simulator: a user-space s390x program (run under
 * qemu-s390x -singlestep) plays kernel.  The library maps a fake lowcore
 * page, gives each simulated CPU its own copy of the program's per-CPU
 * data, registers the program's __pcpusect_table, and turns timer signals
 * into interrupts: the handler runs the entry hook, the program's
 * interrupt work (with interrupts enabled, so a second signal can nest),
 * a seeded random scheduler that may migrate the task to another CPU, and
 * the exit hook.  It checks the invariants of the mechanism as it goes.
 *
 * Build the program with the plugin and
 *	-fplugin-arg-pcpusect-marker=0x103c0
 *	-fplugin-arg-pcpusect-offset=0x103b8
 * and, to run it with a relocated lowcore (relocate_lowcore below), also
 *	-fplugin-arg-pcpusect-lowcore-alt=0x60000 -Wl,-T,sim/alt.ld
 * (the linker script names the program's .altinstructions).
 */
#ifndef PCPUSECT_SIM_H
#define PCPUSECT_SIM_H

#include <stdbool.h>
#include <stdio.h>
#include <pcpusect/table.h>

/*
 * The fake lowcore, at the Linux offsets of its fields; relocated, it
 * moves by PCPUSECT_SIM_LOWCORE_ALT to 0x70000, where Linux puts its own
 * (LOWCORE_ALT_ADDRESS), and the page it left becomes inaccessible.
 */
#define PCPUSECT_SIM_LOWCORE	0x10000UL
#define PCPUSECT_SIM_LOWCORE_ALT 0x60000UL
extern unsigned long pcpusect_sim_lowcore;	/* where it is now */
#define PCPUSECT_SIM_CPU_NR	(pcpusect_sim_lowcore + 0x3a0)	/* u32 */
#define PCPUSECT_SIM_OFFSET	(pcpusect_sim_lowcore + 0x3b8)	/* u64 */
#define PCPUSECT_SIM_MARKER	(pcpusect_sim_lowcore + 0x3c0)	/* u8 */

/*
 * Exit status of a program that touched the page the lowcore left: an
 * instruction its lowcore alternative did not patch.
 */
#define PCPUSECT_SIM_EXIT_OLD_LOWCORE	3

#define PCPUSECT_SIM_MAX_CPUS	16

/*
 * Per-CPU variables live in their own section; what is linked there is
 * the template each CPU's copy starts from.  The template itself is never
 * the current CPU's data: this_cpu ops reach copy k at &var + offset(k).
 */
#define PCPUSECT_SIM_SECTION	"pcpusect_percpu"

#define DEFINE_PER_CPU(type, name)					\
	__attribute__((section(PCPUSECT_SIM_SECTION))) __typeof__(type) name
#define DECLARE_PER_CPU(type, name)					\
	extern __typeof__(type) name

/* CPU cpu's copy of the object at ptr. */
#define per_cpu_ptr(ptr, cpu)						\
	((__typeof__(ptr))((unsigned long)(ptr) +			\
			   pcpusect_sim_cpu_offset(cpu)))
#define per_cpu(var, cpu)	(*per_cpu_ptr(&(var), (cpu)))

/* Where an interrupt landed, relative to a guarded section. */
enum pcpusect_sim_class {
	PCPUSECT_SIM_OUTSIDE,	/* in no section */
	PCPUSECT_SIM_OPEN,	/* at the opening mviy */
	PCPUSECT_SIM_AG,	/* at the ag */
	PCPUSECT_SIM_PRE_OP,	/* after the ag, the op not yet run */
	PCPUSECT_SIM_FUSED,	/* between two accesses of a fused section */
	PCPUSECT_SIM_POST_OP,	/* at the closing mviy, the op done */
	PCPUSECT_SIM_NCLASS
};

struct pcpusect_sim_config {
	unsigned int ncpus;		/* 2..PCPUSECT_SIM_MAX_CPUS */
	unsigned long seed;		/* of the scheduler and the timer */
	unsigned int period_us;		/* mean gap between timer interrupts */
	unsigned int burst_pct;		/* % of gaps of only a few us */
	unsigned int nest_period_us;	/* second source (SIGVTALRM); 0: none */
	unsigned int nest_pct;		/* % of handlers getting a timer due
					   in the middle of their work */
	unsigned int migrate_pct;	/* % of returns to the task migrating */
	bool snapshot;			/* compare all copies at every irq */
	unsigned int faults;		/* PCPUSECT_FAULT_*: for controls */
	/*
	 * Move the lowcore as Linux's relocate_lowcore does: apply the
	 * program's ALT_LOWCORE alternatives, then run on the new page.
	 * skip_closing_alts (a control) leaves every closing mviy unpatched.
	 */
	bool relocate_lowcore;
	bool skip_closing_alts;
	/*
	 * The program's interrupt work: runs on CPU cpu, at depth 1 with
	 * interrupts enabled (depth 2 is a nested interrupt).  Its this_cpu
	 * ops are guarded sections like the task's.
	 */
	void (*irq_work)(unsigned int cpu, unsigned int depth);
};

struct pcpusect_sim_stats {
	unsigned long irqs;		/* all interrupts */
	unsigned long nested;		/* interrupts of a handler */
	unsigned long nested_in_section; /* ... inside a handler's section */
	unsigned long migrations;
	/* interrupts of the task, by class and [migrated] */
	unsigned long task[PCPUSECT_SIM_NCLASS][2];
	/* task interrupts inside a section, by table op and size 1 ... 16
	 * (a fused section's size is its number of accesses: 2 ... 5, 6+) */
	unsigned long ops[PCPUSECT_OP_MAX + 1][5];
	unsigned long imm_ops, result_ops;	/* of those: F_IMM, F_RESULT */
	unsigned long loop_migrations;	/* migrated past the ag of a loop */
	/* between a loop's load and its compare-and-swap, the handler
	 * changed the word: the retry path; [migrated] */
	unsigned long loop_word_changed[2];
	/* past the ag of a 16-byte cmpxchg (cdsg), [migrated] */
	unsigned long cdsg[2];
	unsigned long repeats;		/* two interrupts in one section run */
	unsigned long alts_applied;	/* lowcore alternatives patched in */
	unsigned long marked, table_only; /* sections of each kind */
	unsigned long fused;		/* of those: fused sections */
	/* Violations: all must stay 0 in a correct system. */
	unsigned long bad_marker;	/* saved marker disagrees with table */
	unsigned long foreign;		/* a non-current CPU's copy changed */
	unsigned long poison;		/* template or guard memory changed */
	unsigned long reports;		/* pcpusect_arch_report() calls */
	unsigned long irq_count_bad;	/* per-CPU irq counts do not add up */
	unsigned long irq_read_bad;	/* handler read another CPU's data */
	/* The runtime's own counters. */
	unsigned long fixups, ag_skips, searches;
};

/* Set up; exits with a message on failure.  Interrupts not yet running. */
void pcpusect_sim_init(const struct pcpusect_sim_config *cfg);
/* Start and stop the interrupt sources. */
void pcpusect_sim_start(void);
void pcpusect_sim_stop(void);
/* Stop, check the memory around the copies; returns the violations. */
unsigned long pcpusect_sim_finish(void);

unsigned int pcpusect_sim_ncpus(void);
unsigned int pcpusect_sim_cpu(void);
unsigned long pcpusect_sim_cpu_offset(unsigned int cpu);
/* Migrations so far: equal before and after an op means none between. */
unsigned long pcpusect_sim_migration_count(void);

void pcpusect_sim_get_stats(struct pcpusect_sim_stats *st);
unsigned long pcpusect_sim_violations(const struct pcpusect_sim_stats *st);
/* Coverage and violations, human-readable. */
void pcpusect_sim_print(FILE *f, const struct pcpusect_sim_stats *st);
/* Did the task get interrupted in every class, with and without
 * migration, and did interrupts nest?  Prints what is missing. */
bool pcpusect_sim_coverage_ok(FILE *f, const struct pcpusect_sim_stats *st);

extern const char *const pcpusect_sim_class_name[PCPUSECT_SIM_NCLASS];

#endif /* PCPUSECT_SIM_H */
