// SPDX-License-Identifier: GPL-2.0
/*
 * The pcpusect simulator: plays kernel for an s390x test program under
 * qemu-s390x -singlestep.  See <pcpusect/sim.h>.
 *
 * Memory: the per-CPU section [__start, __stop) of the program is the
 * template.  Copies live in one mapping of 3N - 2 slots; CPU k uses slot
 * N - 1 + k, the others are guards filled with a pattern.  A wrong rebase
 * (the inverted ag check adds the offset twice) lands in a guard slot
 * instead of in random memory, and the guard check sees it.
 *
 * Interrupts: SIGALRM (one-shot timer, re-armed with a random gap) and
 * SIGVTALRM (periodic), one handler.  Both are blocked while the handler
 * runs the entry hook, the scheduler and the exit hook, as a CPU masks
 * interrupts there; they are unblocked around the interrupt work of an
 * outer interrupt only, so nesting is one level deep.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

#include <pcpusect/runtime.h>
#include <pcpusect/sim.h>
#include "pcpusect_arch.h"
#include "simint.h"

#define PAGE		4096UL
#define GUARD_BYTE	0xa5

extern struct pcpusect_entry __start___pcpusect_table[]
	__attribute__((weak));
extern struct pcpusect_entry __stop___pcpusect_table[]
	__attribute__((weak));
extern char __start_pcpusect_percpu[] __attribute__((weak));
extern char __stop_pcpusect_percpu[] __attribute__((weak));

unsigned long pcpusect_sim_offsets[PCPUSECT_SIM_MAX_CPUS];

const char *const pcpusect_sim_class_name[PCPUSECT_SIM_NCLASS] = {
	[PCPUSECT_SIM_OUTSIDE]	= "outside",
	[PCPUSECT_SIM_OPEN]	= "opening mviy",
	[PCPUSECT_SIM_AG]	= "ag",
	[PCPUSECT_SIM_PRE_OP]	= "ag..op",
	[PCPUSECT_SIM_FUSED]	= "between fused accesses",
	[PCPUSECT_SIM_POST_OP]	= "op..closing mviy",
};

static struct pcpusect_sim_config cfg;
static struct pcpusect_table table;
static struct pcpusect_sim_stats stats;

static char *area;		/* the slots */
static unsigned long area_len, size, stride;
static char *copy[PCPUSECT_SIM_MAX_CPUS];
static char *shadow[PCPUSECT_SIM_MAX_CPUS];	/* for the snapshot check */
static char *template_image;

static sigset_t irq_signals;
static volatile int depth;
static volatile unsigned long handler_runs;
static bool running;

/* Where the previous task interrupt landed, for counting repeats. */
static const struct pcpusect_entry *last_entry;
static unsigned long last_addr;

/* xorshift64*: two streams, so timer noise does not steer the scheduler. */
struct rng {
	uint64_t s;
};

static struct rng sched_rng, timer_rng;

static uint64_t rng_next(struct rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 0x2545f4914f6cdd1dULL;
}

static unsigned long rng_below(struct rng *r, unsigned long n)
{
	return (rng_next(r) >> 11) % n;
}

#define STAT_INC(x)	__atomic_fetch_add(&(x), 1, __ATOMIC_RELAXED)

void pcpusect_sim_die(const char *what)
{
	fprintf(stderr, "pcpusect-sim: %s: %s\n", what, strerror(errno));
	exit(2);
}

static inline void lowcore_set_cpu(unsigned int cpu)
{
	*(volatile unsigned long *)PCPUSECT_SIM_OFFSET =
		pcpusect_sim_offsets[cpu];
	*(volatile unsigned int *)PCPUSECT_SIM_CPU_NR = cpu;
}

unsigned int pcpusect_sim_cpu(void)
{
	return *(volatile unsigned int *)PCPUSECT_SIM_CPU_NR;
}

unsigned int pcpusect_sim_ncpus(void)
{
	return cfg.ncpus;
}

unsigned long pcpusect_sim_cpu_offset(unsigned int cpu)
{
	return pcpusect_sim_offsets[cpu];
}

unsigned long pcpusect_sim_migration_count(void)
{
	return __atomic_load_n(&stats.migrations, __ATOMIC_RELAXED);
}

#define MAX_REPORTS_SHOWN 5

void pcpusect_arch_report(unsigned long addr, u8 marker, unsigned int cpu,
			  int why)
{
	unsigned long n = STAT_INC(stats.reports);

	/* What the kernel's WARN would say, for the first few. */
	if (n < MAX_REPORTS_SHOWN) {
		fprintf(stderr, "pcpusect-sim: report %s: addr %#lx marker "
			"%u cpu %u->%u\n",
			why == PCPUSECT_WHY_NO_ENTRY ? "no-entry" : "reg",
			addr, marker, cpu, pcpusect_sim_cpu());
	}
}

/*
 * The table is emitted read-only ("a"): make its pages writable while it
 * is sorted, then put the old protection back, as /proc/self/maps has it.
 */
static int page_prot(unsigned long addr)
{
	FILE *f = fopen("/proc/self/maps", "r");
	unsigned long lo, hi;
	char perms[8], line[512];
	int prot = PROT_READ;

	if (!f)
		return PROT_READ | PROT_EXEC;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3)
			continue;
		if (addr >= lo && addr < hi) {
			prot = (perms[0] == 'r' ? PROT_READ : 0) |
			       (perms[1] == 'w' ? PROT_WRITE : 0) |
			       (perms[2] == 'x' ? PROT_EXEC : 0);
			break;
		}
	}
	fclose(f);
	return prot;
}

static void register_table(void)
{
	struct pcpusect_entry *first = __start___pcpusect_table;
	struct pcpusect_entry *last = __stop___pcpusect_table;
	unsigned long lo, hi, a;
	int ret;

	if (!first || first == last) {
		fprintf(stderr, "pcpusect-sim: no __pcpusect_table: "
			"was the program built with the plugin?\n");
		exit(2);
	}
	lo = (unsigned long)first & ~(PAGE - 1);
	hi = ((unsigned long)last + PAGE - 1) & ~(PAGE - 1);
	/* Restore per page: the table may straddle two mappings. */
	int prot[(hi - lo) / PAGE];

	for (a = lo; a < hi; a += PAGE)
		prot[(a - lo) / PAGE] = page_prot(a);
	if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE | PROT_EXEC))
		pcpusect_sim_die("mprotect table");
	ret = pcpusect_table_register(&table, first, last);
	for (a = lo; a < hi; a += PAGE)
		mprotect((void *)a, PAGE, prot[(a - lo) / PAGE]);
	for (; first < last; first++) {
		if (first->flags & PCPUSECT_F_TABLE)
			stats.table_only++;
		else
			stats.marked++;
		if (first->op == PCPUSECT_OP_FUSED)
			stats.fused++;
	}
	if (ret) {
		fprintf(stderr, "pcpusect-sim: table rejected: error %d\n",
			ret);
		exit(2);
	}
}

static void setup_memory(void)
{
	unsigned int n = cfg.ncpus, k, slots = 3 * n - 2;
	char *start = __start_pcpusect_percpu;
	unsigned long lead;

	if (!start || __stop_pcpusect_percpu == start) {
		fprintf(stderr, "pcpusect-sim: no per-CPU data "
			"(DEFINE_PER_CPU)\n");
		exit(2);
	}
	size = __stop_pcpusect_percpu - start;
	/*
	 * Each copy sits where the template sits in its page, so per-CPU
	 * offsets are multiples of the page size, as in the kernel: they
	 * keep every variable's alignment, and the word that holds a 1- or
	 * 2-byte object (plugin's lower.c) is a word in every copy.
	 */
	lead = (unsigned long)start & (PAGE - 1);
	stride = (lead + size + PAGE - 1) & ~(PAGE - 1);
	area_len = slots * stride;
	area = mmap(NULL, area_len, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED)
		pcpusect_sim_die("mmap per-CPU area");
	memset(area, GUARD_BYTE, area_len);
	template_image = malloc(size);
	if (!template_image)
		pcpusect_sim_die("malloc");
	memcpy(template_image, start, size);
	for (k = 0; k < n; k++) {
		copy[k] = area + (n - 1 + k) * stride + lead;
		memcpy(copy[k], start, size);
		pcpusect_sim_offsets[k] = (unsigned long)copy[k] -
					  (unsigned long)start;
		shadow[k] = malloc(size);
		if (!shadow[k])
			pcpusect_sim_die("malloc");
	}
}

static void snapshot_all(void)
{
	unsigned int k;

	for (k = 0; k < cfg.ncpus; k++)
		memcpy(shadow[k], copy[k], size);
}

static unsigned int insn_len(unsigned char first)
{
	return (first >> 6) == 0 ? 2 : (first >> 6) == 3 ? 6 : 4;
}

static int classify(const struct pcpusect_entry *e, unsigned long addr)
{
	const unsigned char *first;

	if (!e)
		return PCPUSECT_SIM_OUTSIDE;
	/* A table-only section starts at its ag. */
	if (addr == pcpusect_entry_ag(e))
		return PCPUSECT_SIM_AG;
	if (addr == pcpusect_entry_start(e))
		return PCPUSECT_SIM_OPEN;
	if (addr >= pcpusect_entry_op_end(e))
		return PCPUSECT_SIM_POST_OP;
	/* Past the first access of a fused section: another follows. */
	first = (const unsigned char *)pcpusect_entry_ag(e) + PCPUSECT_AG_LEN;
	if (e->op == PCPUSECT_OP_FUSED &&
	    addr >= (unsigned long)first + insn_len(*first))
		return PCPUSECT_SIM_FUSED;
	return PCPUSECT_SIM_PRE_OP;
	return PCPUSECT_SIM_POST_OP;
}

static void arm_timer_us(unsigned long us)
{
	struct itimerval it = { { 0, 0 }, { 0, us } };

	setitimer(ITIMER_REAL, &it, NULL);
}

/* The next gap: mostly around period_us, sometimes a few us (bursts). */
static void arm_timer(void)
{
	if (rng_below(&timer_rng, 100) < cfg.burst_pct)
		arm_timer_us(1 + rng_below(&timer_rng, 8));
	else
		arm_timer_us(1 + rng_below(&timer_rng, 2 * cfg.period_us));
}

/* Every other CPU's copy is as we left it; resync those that are not. */
static void check_foreign(unsigned int cur)
{
	unsigned int k;

	for (k = 0; k < cfg.ncpus; k++) {
		if (k == cur || !memcmp(copy[k], shadow[k], size))
			continue;
		if (STAT_INC(stats.foreign) < 3)
			fprintf(stderr, "pcpusect-sim: CPU %u's data changed "
				"while CPU %u was running\n", k, cur);
		memcpy(shadow[k], copy[k], size);
	}
}

/*
 * The word a compare-and-swap loop works on, if the task was stopped
 * between the loop's load and its compare-and-swap (cs or csg); else
 * NULL.
 */
static const void *loop_word(const struct pcpusect_entry *e,
			     unsigned long addr, const unsigned long *gprs)
{
	const unsigned char *p, *end;

	if (!pcpusect_op_is_loop(e->op, e->size))
		return NULL;
	p = (const unsigned char *)pcpusect_entry_ag(e) + PCPUSECT_AG_LEN;
	end = (const unsigned char *)pcpusect_entry_op_end(e);
	if (addr < (unsigned long)p + insn_len(*p))
		return NULL;
	while (p < end && p[0] != 0xba && !(p[0] == 0xeb && p[5] == 0x30))
		p += insn_len(*p);
	if (p >= end || addr > (unsigned long)p)
		return NULL;
	return (const void *)gprs[e->reg];
}

static uint64_t word_value(const void *w, unsigned int size)
{
	return size == 8 ? *(const volatile uint64_t *)w :
			   *(const volatile uint32_t *)w;
}

static void irq_handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	struct pcpusect_frame f;
	const struct pcpusect_entry *e;
	unsigned int cpu, to, want;
	int my_depth, cls, migrated = 0;
	const void *word = NULL;
	uint64_t before = 0;

	(void)si;
	/* Before anything that could run a section. */
	f.gprs = (unsigned long *)uc->uc_mcontext.gregs;
	f.addr = uc->uc_mcontext.psw.addr;
	f.user = false;
	pcpusect_irq_entry(&f);

	my_depth = ++depth;
	STAT_INC(stats.irqs);
	STAT_INC(handler_runs);
	cpu = pcpusect_sim_cpu();
	e = pcpusect_search(f.addr);
	cls = classify(e, f.addr);

	/*
	 * Inside a section (past its opening mviy) the marker is N; a
	 * table-only section has none.
	 */
	want = cls > PCPUSECT_SIM_OPEN && !(e->flags & PCPUSECT_F_TABLE) ?
	       e->reg : 0;
	if (f.marker != want && STAT_INC(stats.bad_marker) < 3)
		fprintf(stderr, "pcpusect-sim: marker %u at %#lx (%s), "
			"expected %u\n", f.marker, f.addr,
			pcpusect_sim_class_name[cls], want);

	if (my_depth == 1) {
		if (cfg.snapshot)
			check_foreign(cpu);
		if (cls > PCPUSECT_SIM_OPEN) {
			if (e == last_entry && f.addr >= last_addr)
				STAT_INC(stats.repeats);
			STAT_INC(stats.ops[e->op][e->op == PCPUSECT_OP_FUSED ?
						  (e->size < 6 ? e->size : 6) - 2 :
						  __builtin_ctz(e->size)]);
			if (e->flags & PCPUSECT_F_IMM)
				STAT_INC(stats.imm_ops);
			if (e->flags & PCPUSECT_F_RESULT)
				STAT_INC(stats.result_ops);
		}
		last_entry = e;
		last_addr = f.addr;
		if (cls > PCPUSECT_SIM_AG)
			word = loop_word(e, f.addr, f.gprs);
		if (word)
			before = word_value(word, e->size);

		/* Now and then, a timer due in the middle of the work. */
		if (running && rng_below(&timer_rng, 100) < cfg.nest_pct)
			arm_timer_us(1 + rng_below(&timer_rng, 12));
		/* The interrupt's work, interruptible. */
		sigprocmask(SIG_UNBLOCK, &irq_signals, NULL);
		if (!pcpusect_sim_irq_work(cpu))
			STAT_INC(stats.irq_read_bad);
		if (cfg.irq_work)
			cfg.irq_work(cpu, 1);
		sigprocmask(SIG_BLOCK, &irq_signals, NULL);

		/* Back to the task: the scheduler may move it. */
		if (rng_below(&sched_rng, 100) < cfg.migrate_pct) {
			to = rng_below(&sched_rng, cfg.ncpus - 1);
			to += to >= cpu;
			lowcore_set_cpu(to);
			STAT_INC(stats.migrations);
			migrated = 1;
		}
		STAT_INC(stats.task[cls][migrated]);
		/* Past the ag of a loop: the rebase lands inside it. */
		if (migrated && cls > PCPUSECT_SIM_AG &&
		    pcpusect_op_is_loop(e->op, e->size))
			STAT_INC(stats.loop_migrations);
		if (word && word_value(word, e->size) != before)
			STAT_INC(stats.loop_word_changed[migrated]);
		if (cls > PCPUSECT_SIM_AG && e->size == 16)
			STAT_INC(stats.cdsg[migrated]);
	} else {
		STAT_INC(stats.nested);
		if (cls > PCPUSECT_SIM_OPEN)
			STAT_INC(stats.nested_in_section);
		if (!pcpusect_sim_irq_work(cpu))
			STAT_INC(stats.irq_read_bad);
		if (cfg.irq_work)
			cfg.irq_work(cpu, my_depth);
	}

	pcpusect_irq_exit(&f);
#ifdef PCPUSECT_FAULT_INJECTION
	/* The exit-twice control: a caller that runs the hook twice. */
	if (cfg.faults & PCPUSECT_FAULT_EXIT_TWICE)
		pcpusect_irq_exit(&f);
#endif

	/* Nothing below may run a section: the marker is the task's. */
	if (my_depth == 1 && cfg.snapshot)
		memcpy(shadow[cpu], copy[cpu], size);
	if (sig == SIGALRM && running)
		arm_timer();
	depth--;
}

void pcpusect_sim_init(const struct pcpusect_sim_config *c)
{
	struct sigaction sa;
	void *p;

	cfg = *c;
	if (cfg.ncpus < 2 || cfg.ncpus > PCPUSECT_SIM_MAX_CPUS) {
		fprintf(stderr, "pcpusect-sim: ncpus must be 2..%d\n",
			PCPUSECT_SIM_MAX_CPUS);
		exit(2);
	}
	if (!cfg.period_us)
		cfg.period_us = 1;
	sched_rng.s = cfg.seed * 2 + 1;
	timer_rng.s = (cfg.seed ^ 0x9e3779b97f4a7c15ULL) | 1;
	rng_next(&sched_rng);
	rng_next(&timer_rng);

	p = mmap((void *)PCPUSECT_SIM_LOWCORE, PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != (void *)PCPUSECT_SIM_LOWCORE)
		pcpusect_sim_die("mmap lowcore");
	if (cfg.relocate_lowcore)
		stats.alts_applied =
			pcpusect_sim_relocate_lowcore(cfg.skip_closing_alts);
	setup_memory();
	register_table();
	pcpusect_sim_irq_setup();
	lowcore_set_cpu(0);
	*(volatile unsigned char *)PCPUSECT_SIM_MARKER = 0;

#ifdef PCPUSECT_FAULT_INJECTION
	pcpusect_faults = cfg.faults;
#else
	if (cfg.faults) {
		fprintf(stderr, "pcpusect-sim: built without "
			"PCPUSECT_FAULT_INJECTION\n");
		exit(2);
	}
#endif

	sigemptyset(&irq_signals);
	sigaddset(&irq_signals, SIGALRM);
	sigaddset(&irq_signals, SIGVTALRM);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = irq_handler;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sa.sa_mask = irq_signals;
	if (sigaction(SIGALRM, &sa, NULL) || sigaction(SIGVTALRM, &sa, NULL))
		pcpusect_sim_die("sigaction");
}

void pcpusect_sim_start(void)
{
	struct itimerval it = { { 0, 0 }, { 0, 0 } };

	snapshot_all();
	running = true;
	if (cfg.nest_period_us) {
		it.it_interval.tv_usec = cfg.nest_period_us;
		it.it_value.tv_usec = cfg.nest_period_us;
		setitimer(ITIMER_VIRTUAL, &it, NULL);
	}
	arm_timer();
}

void pcpusect_sim_stop(void)
{
	struct itimerval it = { { 0, 0 }, { 0, 0 } };
	sigset_t old;

	sigprocmask(SIG_BLOCK, &irq_signals, &old);
	running = false;
	setitimer(ITIMER_REAL, &it, NULL);
	setitimer(ITIMER_VIRTUAL, &it, NULL);
	/* Let a signal already pending run its course, then stay quiet. */
	sigprocmask(SIG_SETMASK, &old, NULL);
}

unsigned long pcpusect_sim_finish(void)
{
	unsigned int n = cfg.ncpus, k, slot;
	unsigned long i, sum = 0;

	pcpusect_sim_stop();
	if (cfg.snapshot)
		check_foreign(pcpusect_sim_cpu());
	/* Guard slots untouched, the template untouched. */
	for (slot = 0; slot < 3 * n - 2; slot++) {
		const char *s = area + slot * stride;

		if (slot >= n - 1 && slot < 2 * n - 1)
			continue;
		for (i = 0; i < stride; i++) {
			if ((unsigned char)s[i] != GUARD_BYTE) {
				STAT_INC(stats.poison);
				fprintf(stderr, "pcpusect-sim: guard slot %d "
					"written\n", (int)slot - (int)n + 1);
				break;
			}
		}
	}
	if (memcmp(template_image, __start_pcpusect_percpu, size)) {
		STAT_INC(stats.poison);
		fprintf(stderr, "pcpusect-sim: per-CPU template written\n");
	}
	/* Each handler run counted once, on the CPU it ran on. */
	for (k = 0; k < n; k++)
		sum += pcpusect_sim_irq_count(k);
	if (sum != handler_runs) {
		STAT_INC(stats.irq_count_bad);
		fprintf(stderr, "pcpusect-sim: per-CPU irq counts sum to %lu,"
			" %lu handler runs\n", sum, handler_runs);
	}
	return pcpusect_sim_violations(&stats);
}

void pcpusect_sim_get_stats(struct pcpusect_sim_stats *st)
{
	sigset_t old;

	sigprocmask(SIG_BLOCK, &irq_signals, &old);
	*st = stats;
	st->fixups = pcpusect_stats.fixups;
	st->ag_skips = pcpusect_stats.ag_skips;
	st->searches = pcpusect_stats.searches;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

unsigned long pcpusect_sim_violations(const struct pcpusect_sim_stats *st)
{
	return st->bad_marker + st->foreign + st->poison + st->reports +
	       st->irq_count_bad + st->irq_read_bad;
}

void pcpusect_sim_print(FILE *f, const struct pcpusect_sim_stats *st)
{
	static const char *const opname[] = {
		"?", "read", "write", "add", "and", "or", "xchg", "cmpxchg",
		"fused",
	};
	int c, o;

	if (st->alts_applied)
		fprintf(f, "lowcore relocated to %#lx: %lu lowcore "
			"alternatives applied\n", pcpusect_sim_lowcore,
			st->alts_applied);
	fprintf(f, "interrupts %lu, nested %lu (%lu in a handler's section),"
		" migrations %lu\n", st->irqs, st->nested,
		st->nested_in_section, st->migrations);
	fprintf(f, "task interrupts by place   %10s %10s\n", "stay",
		"migrate");
	for (c = 0; c < PCPUSECT_SIM_NCLASS; c++)
		fprintf(f, "  %-24s %10lu %10lu\n",
			pcpusect_sim_class_name[c], st->task[c][0],
			st->task[c][1]);
	fprintf(f, "in-section by op/size:");
	for (o = 1; o <= PCPUSECT_OP_MAX; o++)
		for (c = 0; c < 5; c++)
			if (st->ops[o][c])
				fprintf(f, " %s/%d%s %lu", opname[o],
					o == PCPUSECT_OP_FUSED ? 2 + c : 1 << c,
					o == PCPUSECT_OP_FUSED && c == 4 ?
					"+" : "", st->ops[o][c]);
	fprintf(f, "; imm %lu, result %lu\n", st->imm_ops, st->result_ops);
	fprintf(f, "compare-and-swap loops: migrations past the ag %lu; "
		"word changed by the handler between load and swap, "
		"stay %lu, migrate %lu\n", st->loop_migrations,
		st->loop_word_changed[0], st->loop_word_changed[1]);
	fprintf(f, "16-byte cmpxchg (cdsg), past the ag: stay %lu, "
		"migrate %lu\n", st->cdsg[0], st->cdsg[1]);
	fprintf(f, "sections: %lu with markers, %lu table-only; %lu fused\n",
		st->marked, st->table_only, st->fused);
	fprintf(f, "repeats in one section %lu; runtime: fixups %lu, "
		"ag skips %lu, reports %lu, table searches %lu\n",
		st->repeats, st->fixups, st->ag_skips, st->reports,
		st->searches);
	fprintf(f, "violations: marker %lu, foreign writes %lu, guard %lu, "
		"reports %lu, irq counts %lu, irq reads %lu\n",
		st->bad_marker, st->foreign, st->poison, st->reports,
		st->irq_count_bad, st->irq_read_bad);
}

bool pcpusect_sim_coverage_ok(FILE *f, const struct pcpusect_sim_stats *st)
{
	bool ok = true;
	int c, m;

	for (c = PCPUSECT_SIM_OPEN; c < PCPUSECT_SIM_NCLASS; c++) {
		/* Table-only sections start at the ag and end after the op. */
		if (!st->marked &&
		    (c == PCPUSECT_SIM_OPEN || c == PCPUSECT_SIM_POST_OP))
			continue;
		if (!st->fused && c == PCPUSECT_SIM_FUSED)
			continue;
		for (m = 0; m < 2; m++) {
			if (st->task[c][m])
				continue;
			fprintf(f, "coverage: no interrupt at %s %s\n",
				pcpusect_sim_class_name[c],
				m ? "with migration" : "without migration");
			ok = false;
		}
	}
	if (!st->nested) {
		fprintf(f, "coverage: no nested interrupt\n");
		ok = false;
	}
	return ok;
}
