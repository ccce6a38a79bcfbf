/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private to the pcpusect runtime: the list of registered tables and the
 * few primitives that differ between the kernel and a freestanding build.
 */
#ifndef PCPUSECT_INTERNAL_H
#define PCPUSECT_INTERNAL_H

#include <pcpusect/runtime.h>

#ifdef __KERNEL__
#include <linux/compiler.h>
#include <linux/stddef.h>
#include <linux/atomic.h>
#include <asm/barrier.h>
#define pcpusect_load_acquire(p)	smp_load_acquire(p)
#define pcpusect_store_release(p, v)	smp_store_release(p, v)
/* raw_: the hooks are noinstr.  One agsi on z196 and later. */
#define pcpusect_count(x)		raw_atomic64_inc(&(x))
/* The hooks run before irqentry_enter() and after irqentry_exit(). */
#define PCPUSECT_NOINSTR		noinstr
/*
 * Their helpers: noinstr is also noinline, and a helper of its own would
 * cost a frame and a call on the exit path; inlined, it is noinstr too.
 */
#define PCPUSECT_NOINSTR_HELPER		static __always_inline
#else
#include <stddef.h>
#define pcpusect_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)
#define pcpusect_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)
/* Hooks nest (an NMI-like interrupt inside an interrupt): no lost counts. */
#define pcpusect_count(x)	__atomic_fetch_add(&(x), 1, __ATOMIC_RELAXED)
#define PCPUSECT_NOINSTR
#define PCPUSECT_NOINSTR_HELPER	static inline __attribute__((__always_inline__))
/* The simulator's tortures read every counter. */
#define PCPUSECT_STATS
#endif

/*
 * Reports are always counted: the kernel prints the count with the
 * first one.  The other counters serve tests and benchmarks only; a
 * kernel keeps them with CONFIG_GCC_PLUGIN_PCPUSECT_STATS.
 */
#ifdef PCPUSECT_STATS
#define pcpusect_stat_inc(x)	pcpusect_count(x)
#else
#define pcpusect_stat_inc(x)	do { } while (0)
#endif

#ifdef PCPUSECT_FAULT_INJECTION
#define FAULT(x)	(pcpusect_faults & PCPUSECT_FAULT_##x)
#else
#define FAULT(x)	0
#endif

/*
 * Registered tables, newest first.  Readers (the exit hook, possibly in
 * an NMI) walk it without a lock; register and unregister must be
 * serialised by the caller.
 */
extern struct pcpusect_table *pcpusect_tables;

/*
 * Set once a table with a table-only section is registered: only then
 * does the exit hook search the tables after a migration without a
 * marker.
 */
extern int pcpusect_table_only;

#endif /* PCPUSECT_INTERNAL_H */
