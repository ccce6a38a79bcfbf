// SPDX-License-Identifier: GPL-2.0
/*
 * Per-CPU statistics with guarded per-CPU sections: a receive path counts
 * packets and bytes, a packet-size histogram and a flags word, all with
 * this_cpu ops and without any preempt count.  The simulator interrupts
 * it with timer signals and migrates it between CPUs; the per-CPU figures
 * are then summed and compared with what was done.
 *
 *   qemu-s390x -L /usr/s390x-linux-gnu -singlestep ./percpu-stats \
 *	[packets [seed [cpus]]]
 */
#include <stdio.h>
#include <stdlib.h>

#include <pcpusect.h>
#include <pcpusect/sim.h>

#define NBUCKETS	8		/* 64 << b bytes and up */

#define F_RUNT		0x1		/* saw a packet under 64 bytes */
#define F_JUMBO		0x2		/* saw one over 1500 bytes */
#define F_IRQ		0x4		/* took an interrupt */

struct rx_stats {
	unsigned long packets;
	unsigned long bytes;
	unsigned int drops;
	/*
	 * A gauge, up on entry and down on exit: the two may run on
	 * different CPUs, so only the sum over CPUs means anything.
	 */
	int inflight;
};

static DEFINE_PER_CPU(struct rx_stats, rx);
static DEFINE_PER_CPU(unsigned long[NBUCKETS], size_hist);
static DEFINE_PER_CPU(unsigned int, flags);
static DEFINE_PER_CPU(unsigned long, irq_events);

/* What was done, counted plainly by the task. */
static unsigned long want_packets, want_bytes, want_drops;
static unsigned long want_hist[NBUCKETS];
static volatile unsigned long irq_calls;

static unsigned int bucket(unsigned long len)
{
	unsigned int b = 0;

	while (b < NBUCKETS - 1 && len >= 128UL << b)
		b++;
	return b;
}

static void rx_packet(unsigned long len)
{
	unsigned int b = bucket(len);

	this_cpu_inc(rx.inflight);
	this_cpu_inc(rx.packets);
	this_cpu_add(rx.bytes, len);
	this_cpu_inc(size_hist[b]);
	if (len < 64) {
		this_cpu_inc(rx.drops);
		this_cpu_or(flags, F_RUNT);
	} else if (len > 1500) {
		this_cpu_or(flags, F_JUMBO);
	}
	this_cpu_dec(rx.inflight);

	want_packets++;
	want_bytes += len;
	want_hist[b]++;
	want_drops += len < 64;
}

static void irq_work(unsigned int cpu, unsigned int depth)
{
	__atomic_fetch_add(&irq_calls, 1, __ATOMIC_RELAXED);
	this_cpu_inc(irq_events);
	this_cpu_or(flags, F_IRQ);
}

static unsigned long rnd_state;

static unsigned long rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 0) : 300000;
	unsigned long seed = argc > 2 ? strtoul(argv[2], NULL, 0) : 1;
	unsigned int ncpus = argc > 3 ? strtoul(argv[3], NULL, 0) : 4;
	struct pcpusect_sim_config cfg = {
		.ncpus = ncpus,
		.seed = seed,
		.period_us = 50,
		.burst_pct = 10,
		.nest_period_us = 137,
		.nest_pct = 20,
		.migrate_pct = 50,
		.snapshot = true,
		.irq_work = irq_work,
	};
	unsigned long packets = 0, bytes = 0, drops = 0, irqs = 0, i;
	unsigned long hist[NBUCKETS] = { 0 };
	struct pcpusect_sim_stats st;
	unsigned long violations;
	long inflight = 0;
	unsigned int k, b;
	int ok;

	rnd_state = seed * 2654435761UL + 1;
	pcpusect_sim_init(&cfg);
	pcpusect_sim_start();
	for (i = 0; i < n; i++) {
		unsigned long r = rnd();

		/* Mostly small and full-size frames, a few runts and jumbos. */
		rx_packet(r % 16 == 0 ? 20 + r % 44 :
			  r % 16 == 1 ? 1501 + r % 7500 :
			  r % 2 ? 64 + (r >> 8) % 512 : 1400 + (r >> 8) % 100);
	}
	violations = pcpusect_sim_finish();
	pcpusect_sim_get_stats(&st);

	printf("%-4s %10s %12s %7s %8s %9s  %s\n", "cpu", "packets", "bytes",
	       "drops", "inflight", "irqs", "flags");
	for (k = 0; k < ncpus; k++) {
		struct rx_stats *s = &per_cpu(rx, k);
		unsigned int f = per_cpu(flags, k);

		printf("%-4u %10lu %12lu %7u %8d %9lu  %s%s%s\n", k,
		       s->packets, s->bytes, s->drops, s->inflight,
		       per_cpu(irq_events, k), f & F_RUNT ? "runt " : "",
		       f & F_JUMBO ? "jumbo " : "", f & F_IRQ ? "irq" : "");
		packets += s->packets;
		bytes += s->bytes;
		drops += s->drops;
		inflight += s->inflight;
		irqs += per_cpu(irq_events, k);
		for (b = 0; b < NBUCKETS; b++)
			hist[b] += per_cpu(size_hist, k)[b];
	}
	printf("%-4s %10lu %12lu %7lu %8ld %9lu\n", "all", packets, bytes,
	       drops, inflight, irqs);

	printf("\nsize histogram     ");
	for (k = 0; k < ncpus; k++)
		printf(" %9s%u", "cpu", k);
	printf(" %10s\n", "all");
	for (b = 0; b < NBUCKETS; b++) {
		char label[32];

		if (b < NBUCKETS - 1)
			snprintf(label, sizeof(label), "%5lu..%lu",
				 b ? 64UL << b : 0, (128UL << b) - 1);
		else
			snprintf(label, sizeof(label), "%5lu..", 64UL << b);
		printf("  %-17s", label);
		for (k = 0; k < ncpus; k++)
			printf(" %10lu", per_cpu(size_hist, k)[b]);
		printf(" %10lu\n", hist[b]);
	}

	printf("\n");
	pcpusect_sim_print(stdout, &st);

	ok = packets == want_packets && bytes == want_bytes &&
	     drops == want_drops && inflight == 0 && irqs == irq_calls &&
	     !violations;
	for (b = 0; b < NBUCKETS; b++)
		ok &= hist[b] == want_hist[b];
	printf("\ntotals %s what was done (%lu packets, %lu bytes, %lu "
	       "drops, %lu interrupt handler runs)\n",
	       ok ? "match" : "DO NOT match", want_packets, want_bytes,
	       want_drops, irq_calls);
	return ok ? 0 : 1;
}
