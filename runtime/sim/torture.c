// SPDX-License-Identifier: GPL-2.0
/*
 * Torture test of guarded per-CPU sections under the simulator.
 *
 * The task runs every this_cpu op on 4- and 8-byte, signed and unsigned
 * integers and on pointers (constants: the asi path; variables: the laa
 * path; the *_return forms; and, or; read; write) while timer signals
 * interrupt it, nest, and migrate it between simulated CPUs.  Checked:
 *   - at every interrupt: only the current CPU's copy changed since the
 *     last one, and the saved marker matches the table (simulator);
 *   - reads return the running CPU's data when no migration happened
 *     around them, and the handler's reads always do;
 *   - at the end: per-CPU sums equal the work done; the *_return values
 *     add up; guard memory and the template are untouched;
 *   - coverage: interrupts at each place of a section, with and without
 *     migration, and nested ones.
 * Negative controls switch on a runtime bug (PCPUSECT_FAULT_*) and pass
 * when the bug is detected.
 *
 *   torture --bounded [--seed S]	the make check set: one correct run,
 *					one with the lowcore relocated,
 *					then the controls
 *   torture [--seed S] [--ops N | --seconds T] [--fault F]	one run
 *
 * Built with -DTORTURE_TABLE and the plugin's mode=table, every section
 * is table-only: the controls that break the marker (no-restore,
 * alt-missing of the closing mviy) do not apply, and the exit hook must
 * have searched the table.  Built with -DTORTURE_NO_FUSE and fuse=0,
 * no section is fused, and the one-access control (a runtime that stops
 * rebasing after a section's first access) has nothing to break.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <pcpusect.h>
#include <pcpusect/runtime.h>
#include <pcpusect/sim.h>

#ifndef __PCPUSECT__
#error "build with the pcpusect plugin"
#endif
#ifndef PCPUSECT_FAULT_INJECTION
#error "build with -DPCPUSECT_FAULT_INJECTION (the negative controls)"
#endif

#ifndef OPTLEVEL
#define OPTLEVEL "?"
#endif

/* A value the compiler cannot see through: the laa path, not asi. */
static unsigned long __attribute__((noipa)) opaque(unsigned long v)
{
	return v;
}

/* The per-CPU identity word each CPU's copy holds, per type. */
#define ID(T, k)	((T)(0x5a000000UL + 0x010101UL * (k) + 7))

static unsigned long check_pass, check_fail;
static volatile unsigned long task_bad;		/* task-side detections */

/* In a negative control a failing end check is a detection. */
static const char *fail_word = "FAIL";

#define CHECK(cond, ...) do {						\
	if (cond) {							\
		check_pass++;						\
	} else {							\
		check_fail++;						\
		printf("%s: ", fail_word);				\
		printf(__VA_ARGS__);					\
		printf("\n");						\
	}								\
} while (0)

static void task_fail(const char *what, unsigned long got)
{
	if (task_bad++ < 3)
		printf("task: %s (got %#lx)\n", what, got);
}

/*
 * One set of variables, and the task's accumulators, per integer type.
 * c: constant ops (asi); v: variable ops (laa); r: *_return forms;
 * seq, dseq: inc_return and dec_return only; f: or/and; id: read only;
 * w: write only; x: xchg; cx: add by read and cmpxchg, retried until it
 * succeeds; tc: the same with try_cmpxchg; nb: only the interrupt work
 * adds to it.  The interrupt work also exchanges and adds on x and cx
 * of long, so that the task's loops race with it on their own CPU; on
 * 1- and 2-byte objects its adds to nb change the word that x, cx and
 * tc (char) or tc (short) share with it, under the task's
 * compare-and-swap loops.  The task runs the step of every 4- and
 * 8-byte type in each iteration, and of one 1- or 2-byte type in turn.
 */
#define FOR_WIDE_TYPES(X)						\
	X(int, i, 1)							\
	X(unsigned int, u, 0)						\
	X(long, l, 1)							\
	X(unsigned long, ul, 0)
#define FOR_NARROW_TYPES(X)						\
	X(signed char, sc, 1)						\
	X(unsigned char, uc, 0)						\
	X(short, s, 1)							\
	X(unsigned short, us, 0)
#define FOR_TYPES(X) FOR_WIDE_TYPES(X) FOR_NARROW_TYPES(X)

#define DEFINE_VARS(T, n, S)						\
struct vars_##n {							\
	T c, v, r, seq, dseq, f, id, w, x, cx, tc, nb;			\
};									\
static DEFINE_PER_CPU(struct vars_##n, pv_##n);				\
static struct {								\
	uint64_t steps, last_w;						\
	uint64_t vsum, rsum, seq_ret, dseq_ret;				\
	uint64_t xin, xout, cxsum, tcsum;				\
} acc_##n;
FOR_TYPES(DEFINE_VARS)

/* Pointers: written and read back; moved up and down by byte arithmetic. */
static long objs[16];
static DEFINE_PER_CPU(long *, pw);
static DEFINE_PER_CPU(long *, pa) = &objs[8];

/*
 * 16 bytes: the task adds 2^64 + 1 by cmpxchg128 (retried until it
 * stores), the interrupt work 2^64 by try_cmpxchg128: the low halves
 * count the task's adds, the high halves both.
 */
typedef unsigned __int128 u128;
static DEFINE_PER_CPU(u128, pv_128) __attribute__((aligned(16)));
static unsigned long steps_128, retries_128;

/* The interrupt work's own data. */
struct irqvars {
	unsigned long count;
	long hist[4];			/* by depth */
	unsigned int ucount;
	int scount;
	long ret;
	unsigned long mask;
};
static DEFINE_PER_CPU(struct irqvars, iv);
static volatile unsigned long irq_calls, irq_calls_depth[4];
static uint64_t irq_xin, irq_xout;	/* the handlers' xchg on pv_l.x */
static volatile unsigned long irq_bad;
/* Failed compare-and-swaps of the task: [migrated since its load] */
static unsigned long retries[2];

static inline uint64_t wmask(unsigned int size)
{
	return size == 8 ? ~0ULL : (1ULL << 8 * size) - 1;
}

/* The step of one type: 21 sections, more when a cmpxchg is retried. */
#define SECTIONS_PER_STEP	21
/* Four steps, one narrow step, the pointer step's 6, cmpxchg128's 2. */
#define SECTIONS_PER_ITERATION	(5 * SECTIONS_PER_STEP + 8)
#define DEFINE_STEP(T, n, S)						\
static void __attribute__((noinline)) step_##n(unsigned long i)	\
{									\
	T x = (T)opaque((i * 2654435761UL) % 1000 + 1);			\
	T y = (T)opaque(i % 300);					\
	T bit = (T)1 << (i % (8 * sizeof(T) - 1));			\
	unsigned long m0, m1;						\
	unsigned int cpu;						\
	T got;								\
									\
	acc_##n.steps++;						\
	this_cpu_add(pv_##n.c, 5);					\
	this_cpu_sub(pv_##n.c, 2);					\
	this_cpu_inc(pv_##n.c);						\
	this_cpu_dec(pv_##n.c);						\
	this_cpu_add(pv_##n.c, 127);					\
	this_cpu_sub(pv_##n.c, 126);					\
									\
	this_cpu_add(pv_##n.v, x);					\
	this_cpu_sub(pv_##n.v, y);					\
	acc_##n.vsum += (uint64_t)(T)(x - y);				\
									\
	(void)this_cpu_add_return(pv_##n.r, x);				\
	(void)this_cpu_sub_return(pv_##n.r, y);				\
	acc_##n.rsum += (uint64_t)(T)(x - y);				\
									\
	acc_##n.seq_ret += (uint64_t)this_cpu_inc_return(pv_##n.seq);	\
	acc_##n.dseq_ret += (uint64_t)this_cpu_dec_return(pv_##n.dseq); \
									\
	this_cpu_or(pv_##n.f, bit);					\
	this_cpu_and(pv_##n.f, ~bit);					\
									\
	this_cpu_write(pv_##n.w, (T)i);					\
	acc_##n.last_w = (uint64_t)(T)i;				\
									\
	got = this_cpu_xchg(pv_##n.x, x);				\
	acc_##n.xin += (uint64_t)x;					\
	acc_##n.xout += (uint64_t)got;					\
									\
	do {								\
		m0 = pcpusect_sim_migration_count();			\
		got = this_cpu_read(pv_##n.cx);				\
		if (this_cpu_cmpxchg(pv_##n.cx, got, (T)(got + y)) == got) \
			break;						\
		retries[m0 != pcpusect_sim_migration_count()]++;	\
	} while (1);							\
	acc_##n.cxsum += (uint64_t)y;					\
	m0 = pcpusect_sim_migration_count();				\
	got = this_cpu_read(pv_##n.tc);					\
	while (!this_cpu_try_cmpxchg(pv_##n.tc, &got, (T)(got + 1))) {	\
		retries[m0 != pcpusect_sim_migration_count()]++;	\
		m0 = pcpusect_sim_migration_count();			\
	}								\
	acc_##n.tcsum++;						\
									\
	/* No migration between m0 and m1: cpu is where the read ran. */ \
	m0 = pcpusect_sim_migration_count();				\
	got = this_cpu_read(pv_##n.id);					\
	cpu = pcpusect_sim_cpu();					\
	m1 = pcpusect_sim_migration_count();				\
	if (m0 == m1 && got != ID(T, cpu))				\
		task_fail("read " #T " of another CPU", (unsigned long)got); \
}
FOR_TYPES(DEFINE_STEP)

static void __attribute__((noinline)) step_ptr(unsigned long i)
{
	long k = (long)opaque(i % 3);
	long *p;

	this_cpu_write(pw, &objs[i % 16]);
	p = this_cpu_read(pw);
	/* NULL: the write ran on another CPU (migrated in between). */
	if (p && (p < &objs[0] || p >= &objs[16]))
		task_fail("pointer read back", (unsigned long)p);
	this_cpu_inc(pa);
	this_cpu_add(pa, k);
	p = this_cpu_sub_return(pa, k);
	if ((unsigned long)(p - objs + 1000) > 2000)
		task_fail("pointer arithmetic", (unsigned long)p);
	this_cpu_dec(pa);
}

static void __attribute__((noinline)) step_128(void)
{
	u128 one = ((u128)1 << 64) + 1;
	u128 cur = this_cpu_cmpxchg128(pv_128, 0, 0), prev;

	while ((prev = this_cpu_cmpxchg128(pv_128, cur, cur + one)) != cur) {
		cur = prev;
		retries_128++;
	}
	steps_128++;
}

static void irq_work(unsigned int cpu, unsigned int depth)
{
	long r, x;
	int j;

	__atomic_fetch_add(&irq_calls, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&irq_calls_depth[depth & 3], 1, __ATOMIC_RELAXED);
	this_cpu_inc(iv.count);
	this_cpu_inc(iv.hist[depth & 3]);
	{
		u128 old = this_cpu_cmpxchg128(pv_128, 0, 0);

		while (!this_cpu_try_cmpxchg128(pv_128, &old,
						old + ((u128)1 << 64)))
			;
	}
	/* The neighbours of the task's 1- and 2-byte loops. */
	this_cpu_inc(pv_sc.nb);
	this_cpu_inc(pv_uc.nb);
	this_cpu_inc(pv_s.nb);
	this_cpu_inc(pv_us.nb);
	/* Some length, so that interrupts nest inside these sections. */
	for (j = 0; j < 4; j++) {
		this_cpu_add(iv.ucount, 2);
		this_cpu_sub(iv.scount, 3);
		r = this_cpu_add_return(iv.ret, 5);
		this_cpu_or(iv.mask, 1UL << cpu);
		/* Between the task's load and its compare-and-swap. */
		x = (long)irq_calls;
		__atomic_fetch_add(&irq_xout, (uint64_t)this_cpu_xchg(pv_l.x, x),
				   __ATOMIC_RELAXED);
		__atomic_fetch_add(&irq_xin, (uint64_t)x, __ATOMIC_RELAXED);
		this_cpu_add(pv_l.cx, 1);
		/* A handler is never migrated: its reads are exact. */
		if (r % 5 || this_cpu_read(pv_i.id) != ID(int, cpu) ||
		    this_cpu_read(pv_u.id) != ID(unsigned int, cpu) ||
		    this_cpu_read(pv_l.id) != ID(long, cpu) ||
		    this_cpu_read(pv_ul.id) != ID(unsigned long, cpu))
			irq_bad++;
	}
}

/* ---- end-of-run checks ----------------------------------------------- */

/* Sum of (T)m, m = 1..count, as the *_return values were accumulated. */
static uint64_t ret_sum(uint64_t count, int down, unsigned int size,
			int is_signed)
{
	uint64_t m, s = 0, v;

	for (m = 1; m <= count; m++) {
		v = (down ? -m : m) & wmask(size);
		if (is_signed && size < 8 && (v >> (8 * size - 1)))
			v |= ~wmask(size);
		s += v;
	}
	return s;
}

#define CHECK_VARS(T, n, S)						\
{									\
	uint64_t csum = 0, vsum = 0, rsum = 0, seqr = 0, dseqr = 0;	\
	uint64_t xsum = 0, cxsum = 0, tcsum = 0, nbsum = 0;		\
	uint64_t seqsum = 0, dseqsum = 0, msk = wmask(sizeof(T));	\
	int irq_too = sizeof(T) == 8 && S;	/* long: the handlers' */ \
	int narrow = sizeof(T) < 4, last_w_seen = 0;			\
	unsigned int k;							\
									\
	for (k = 0; k < ncpus; k++) {					\
		struct vars_##n *p = &per_cpu(pv_##n, k);		\
									\
		csum += (uint64_t)p->c;					\
		vsum += (uint64_t)p->v;					\
		rsum += (uint64_t)p->r;					\
		seqr += ret_sum((uint64_t)p->seq & msk, 0, sizeof(T),	\
				S);				\
		dseqr += ret_sum(-(uint64_t)p->dseq & msk, 1, sizeof(T), \
				 S);				\
		seqsum += (uint64_t)p->seq;				\
		dseqsum += (uint64_t)p->dseq;				\
		xsum += (uint64_t)p->x;					\
		cxsum += (uint64_t)p->cx;				\
		tcsum += (uint64_t)p->tc;				\
		nbsum += (uint64_t)p->nb;				\
		if (((uint64_t)p->w & msk) == (acc_##n.last_w & msk))	\
			last_w_seen = 1;				\
		CHECK(p->id == ID(T, k), #T " id of CPU %u", k);	\
	}								\
	CHECK((csum & msk) == ((4 * acc_##n.steps) & msk),		\
	      #T " constant ops: sum %#llx, want %#llx",		\
	      (unsigned long long)(csum & msk),				\
	      (unsigned long long)((4 * acc_##n.steps) & msk));		\
	CHECK((vsum & msk) == (acc_##n.vsum & msk),			\
	      #T " variable ops: sum %#llx, want %#llx",		\
	      (unsigned long long)(vsum & msk),				\
	      (unsigned long long)(acc_##n.vsum & msk));		\
	CHECK((rsum & msk) == (acc_##n.rsum & msk),			\
	      #T " *_return ops: sum %#llx, want %#llx",		\
	      (unsigned long long)(rsum & msk),				\
	      (unsigned long long)(acc_##n.rsum & msk));		\
	/* A 1- or 2-byte counter wraps: its values say nothing of how	\
	 * many *_return values each CPU gave. */			\
	CHECK(narrow ? (seqsum & msk) == (acc_##n.steps & msk) :	\
	      seqr == acc_##n.seq_ret, #T " inc_return values add up");	\
	CHECK(narrow ? (dseqsum & msk) == (-acc_##n.steps & msk) :	\
	      dseqr == acc_##n.dseq_ret, #T " dec_return values add up"); \
	CHECK(!acc_##n.steps || last_w_seen, #T " last write");		\
	CHECK((nbsum & msk) == ((narrow ? irq_calls : 0) & msk),	\
	      #T " the handlers' adds beside the loops: sum %#llx",	\
	      (unsigned long long)(nbsum & msk));			\
	CHECK(((xsum + acc_##n.xout + (irq_too ? irq_xout : 0)) & msk) == \
	      ((acc_##n.xin + (irq_too ? irq_xin : 0)) & msk),		\
	      #T " xchg: values in the copies and out add up to those in"); \
	CHECK((cxsum & msk) ==						\
	      ((acc_##n.cxsum + (irq_too ? 4 * irq_calls : 0)) & msk),	\
	      #T " cmpxchg adds: sum %#llx", (unsigned long long)cxsum); \
	CHECK((tcsum & msk) == (acc_##n.tcsum & msk),			\
	      #T " try_cmpxchg adds: sum %#llx", (unsigned long long)tcsum); \
}

static void end_checks(void)
{
	unsigned int ncpus = pcpusect_sim_ncpus(), k;
	unsigned long cnt = 0, h1 = 0, h2 = 0, mask_ok = 1;
	long padiff = 0;
	unsigned int ucnt = 0;
	int scnt = 0;

	FOR_TYPES(CHECK_VARS);
	printf("cmpxchg retries: %lu after an interrupt on the same CPU, "
	       "%lu after a migration (between the load and the "
	       "compare-and-swap)\n", retries[0], retries[1]);
	CHECK(retries[0] > 0 && retries[1] > 0,
	      "cmpxchg retried after an interrupt and after a migration");
	for (k = 0; k < ncpus; k++) {
		struct irqvars *v = &per_cpu(iv, k);

		cnt += v->count;
		h1 += v->hist[1];
		h2 += v->hist[2];
		ucnt += v->ucount;
		scnt += v->scount;
		if (v->mask & ~(1UL << k))
			mask_ok = 0;
		padiff += (char *)per_cpu(pa, k) - (char *)&objs[8];
	}
	CHECK(padiff == 0, "pointer arithmetic: net %ld bytes", padiff);
	{
		u128 sum = 0;

		for (k = 0; k < ncpus; k++)
			sum += per_cpu(pv_128, k);
		printf("cmpxchg128: %lu adds, %lu retries\n", steps_128,
		       retries_128);
		CHECK((uint64_t)sum == steps_128 &&
		      (uint64_t)(sum >> 64) == steps_128 + irq_calls,
		      "cmpxchg128 adds: low %#llx high %#llx",
		      (unsigned long long)sum, (unsigned long long)(sum >> 64));
	}
	CHECK(cnt == irq_calls, "irq counts: %lu, %lu calls", cnt,
	      irq_calls);
	CHECK(h1 == irq_calls_depth[1] && h2 == irq_calls_depth[2],
	      "irq histogram");
	CHECK(ucnt == (unsigned int)(8 * irq_calls) &&
	      scnt == (int)(-12 * irq_calls), "irq add/sub");
	CHECK(mask_ok, "irq or: each CPU's mask holds its own bit only");
	CHECK(!irq_bad, "irq reads: %lu wrong", irq_bad);
	CHECK(!task_bad, "task reads: %lu wrong", task_bad);
}

/* ---- runs ------------------------------------------------------------ */

struct opts {
	unsigned long seed, ops, seconds;
	unsigned int cpus, period, fault;
	int stop_early;		/* a control stops at its first detection */
	bool relocate;		/* move the lowcore first */
};

/*
 * A runtime bug (bits); alt-missing, a relocated lowcore with the
 * closing mviy of every section left unpatched; narrow-store, wrong code
 * from the plugin (-fplugin-arg-pcpusect-inject-fault=narrow-store:
 * 1- and 2-byte loops store their word instead of swapping it), which
 * only the torture-narrow-store binary has.
 */
static const struct {
	const char *name;
	unsigned int bits;
	bool skip_closing_alts;
	bool wrong_code;
	bool marker_only;	/* breaks the marker: no table-only control */
	bool fused_only;	/* needs fused sections to show */
} faults[] = {
	{ "none", 0, false, false, false, false },
	{ "no-fixup", PCPUSECT_FAULT_NO_FIXUP, false, false, false, false },
	{ "no-restore", PCPUSECT_FAULT_NO_RESTORE, false, false, true, false },
	{ "invert-ag", PCPUSECT_FAULT_INVERT_AG, false, false, false, false },
	{ "exit-twice", PCPUSECT_FAULT_EXIT_TWICE, false, false, false, false },
	{ "alt-missing", 0, true, false, true, false },
	{ "one-access", PCPUSECT_FAULT_ONE_ACCESS, false, false, false, true },
	{ "narrow-store", 0, false, true, false, false },
};

#ifdef TORTURE_TABLE
#define TABLE_ONLY true
#define MODE ", table-only sections"
#else
#define TABLE_ONLY false
#define MODE ""
#endif

/* torture-O0 is built with fuse=0: its sections hold one access each. */
#ifdef TORTURE_NO_FUSE
#define FUSED false
#else
#define FUSED true
#endif

#ifdef TORTURE_NARROW_STORE
#define WRONG_CODE true
#else
#define WRONG_CODE false
#endif

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static unsigned long pcpusect_sim_detected(void)
{
	struct pcpusect_sim_stats st;

	pcpusect_sim_get_stats(&st);
	return pcpusect_sim_violations(&st);
}

/*
 * One run; returns through check_pass/check_fail.  A negative control
 * (fault != 0) stops at the first detection and passes if there was one.
 */
static void run(const struct opts *o)
{
	struct pcpusect_sim_config cfg = {
		.ncpus = o->cpus,
		.seed = o->seed,
		.period_us = o->period,
		.burst_pct = 15,
		.nest_pct = 30,
		.nest_period_us = 3 * o->period + 7,
		.migrate_pct = 50,
		.snapshot = true,
		.faults = faults[o->fault].bits,
		.irq_work = irq_work,
		.relocate_lowcore = o->relocate ||
				    faults[o->fault].skip_closing_alts,
		.skip_closing_alts = faults[o->fault].skip_closing_alts,
	};
	struct pcpusect_sim_stats st;
	unsigned long i, viol;
	unsigned int k;
	double t0 = now(), dt;
	int negative = o->fault != 0;

	pcpusect_sim_init(&cfg);
	for (k = 0; k < o->cpus; k++) {
#define SET_ID(T, n, S) per_cpu(pv_##n.id, k) = ID(T, k);
		FOR_TYPES(SET_ID)
	}
	pcpusect_sim_start();
	for (i = 0; ; i++) {
		if (o->ops && i >= o->ops)
			break;
		if (!(i & 63)) {
			if (o->seconds && now() - t0 >= o->seconds)
				break;
			if (o->stop_early && negative &&
			    (task_bad || pcpusect_sim_detected()))
				break;
		}
		step_i(i);
		step_u(i);
		step_l(i);
		step_ul(i);
		step_ptr(i);
		step_128();
		switch (i % 4) {
		case 0:
			step_sc(i);
			break;
		case 1:
			step_uc(i);
			break;
		case 2:
			step_s(i);
			break;
		default:
			step_us(i);
		}
	}
	viol = pcpusect_sim_finish();
	dt = now() - t0;
	pcpusect_sim_get_stats(&st);

	printf("== torture -O%s%s, fault %s%s, seed %lu, %u CPUs: %lu "
	       "iterations (%lu sections) in %.1f s\n", OPTLEVEL, MODE,
	       faults[o->fault].name,
	       cfg.relocate_lowcore ? ", lowcore relocated" : "", o->seed,
	       o->cpus, i, i * SECTIONS_PER_ITERATION, dt);
	pcpusect_sim_print(stdout, &st);

	if (negative) {
		unsigned long f0 = check_fail, ends;

		fail_word = "caught";
		end_checks();
		fail_word = "FAIL";
		ends = check_fail - f0;
		check_fail = f0;
		check_pass = 0;
		printf("control %s: %s: marker %lu, foreign writes %lu, "
		       "guard %lu, reports %lu, task reads %lu, end checks "
		       "%lu\n", faults[o->fault].name,
		       viol + ends ? "DETECTED" : "NOT DETECTED",
		       st.bad_marker, st.foreign, st.poison, st.reports,
		       task_bad, ends);
		CHECK(viol + ends, "negative control %s not detected",
		      faults[o->fault].name);
		return;
	}
	CHECK(!viol, "simulator invariants: %lu violations", viol);
	CHECK(st.fixups > 0 && st.ag_skips > 0, "runtime fixed up and skipped");
	CHECK(TABLE_ONLY ? st.searches > 0 && !st.marked :
			   !st.searches && !st.table_only,
	      TABLE_ONLY ? "table-only sections only, found by table searches" :
			   "sections with markers only, no table search");
	CHECK(pcpusect_sim_coverage_ok(stdout, &st), "interrupt coverage");
	CHECK(st.loop_migrations > 0 && st.loop_word_changed[0] > 0 &&
	      st.loop_word_changed[1] > 0, "compare-and-swap loops: "
	      "migrated inside, and their word changed by a handler "
	      "between load and swap, with and without migration");
	CHECK(st.cdsg[0] > 0 && st.cdsg[1] > 0,
	      "cmpxchg128 interrupted past its ag, with and without "
	      "migration");
	if (i)
		end_checks();
}

/* Run in a child, so each run starts from a fresh simulator. */
static void run_child(const struct opts *o, unsigned long *pass,
		      unsigned long *fail)
{
	unsigned long res[2] = { 0, 1 };
	int fd[2], status;
	pid_t pid;

	fflush(stdout);
	if (pipe(fd))
		exit(2);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		exit(2);
	}
	if (!pid) {
		close(fd[0]);
		run(o);
		printf("run: %lu checks passed, %lu failed\n", check_pass,
		       check_fail);
		fflush(stdout);
		res[0] = check_pass;
		res[1] = check_fail;
		if (write(fd[1], res, sizeof(res)) != sizeof(res))
			_exit(2);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], res, sizeof(res)) != sizeof(res)) {
		res[0] = 0;
		res[1] = 1;
	}
	close(fd[0]);
	waitpid(pid, &status, 0);
	if (WIFEXITED(status) &&
	    WEXITSTATUS(status) == PCPUSECT_SIM_EXIT_OLD_LOWCORE) {
		bool control = faults[o->fault].skip_closing_alts;

		printf("%s: an unpatched lowcore instruction touched the old "
		       "lowcore page\n", control ?
		       "control alt-missing: DETECTED" : "FAIL");
		res[0] = control;
		res[1] = !control;
	} else if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("FAIL: run crashed or exited with status %#x\n",
		       status);
		res[1]++;
	}
	*pass += res[0];
	*fail += res[1];
}

/* About 80 s at -O2, 4 min at -O0 under qemu-s390x -singlestep. */
#define BOUNDED_OPS	600000

static void usage(void)
{
	fprintf(stderr,
		"usage: torture [--bounded] [--seed S] [--ops N | --seconds T]"
		" [--cpus N]\n"
		"               [--period US] [--fault none|no-fixup|"
		"no-restore|invert-ag|exit-twice|alt-missing|\n"
		"               one-access|narrow-store]\n"
		"               [--stop-early] [--relocate-lowcore]\n"
		"--bounded: a correct run of N ops (default %d), the same\n"
		"with the lowcore relocated for N/2 ops, then each fault as a\n"
		"negative control for N/10 ops; otherwise one run (default\n"
		"100000 ops) with the fault given.\n", BOUNDED_OPS);
	exit(2);
}

int main(int argc, char **argv)
{
	struct opts o = { .seed = 1, .cpus = 4, .period = 40 };
	unsigned long pass = 0, fail = 0;
	int bounded = 0, i, f;
	const char *fault = "none";

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--bounded")) {
			bounded = 1;
			continue;
		}
		if (!strcmp(a, "--stop-early")) {
			o.stop_early = 1;
			continue;
		}
		if (!strcmp(a, "--relocate-lowcore")) {
			o.relocate = true;
			continue;
		}
		if (!v)
			usage();
		i++;
		if (!strcmp(a, "--seed"))
			o.seed = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--ops"))
			o.ops = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--seconds"))
			o.seconds = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--cpus"))
			o.cpus = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--period"))
			o.period = strtoul(v, NULL, 0);
		else if (!strcmp(a, "--fault"))
			fault = v;
		else
			usage();
	}
	for (f = 0; f < (int)(sizeof(faults) / sizeof(faults[0])); f++)
		if (!strcmp(fault, faults[f].name))
			break;
	if (f == (int)(sizeof(faults) / sizeof(faults[0])))
		usage();
	o.fault = f;
	if (TABLE_ONLY && faults[f].marker_only) {
		fprintf(stderr, "torture: --fault %s breaks the marker, which "
			"table-only sections do not have\n", fault);
		return 2;
	}
	if (!FUSED && faults[f].fused_only) {
		fprintf(stderr, "torture: --fault %s breaks fused sections, "
			"which this binary does not have\n", fault);
		return 2;
	}
	if (faults[f].wrong_code != WRONG_CODE || (WRONG_CODE && bounded)) {
		fprintf(stderr, "torture: %s\n", WRONG_CODE ?
			"this binary has wrong code: only --fault narrow-store" :
			"--fault narrow-store needs the torture-narrow-store "
			"binary");
		return 2;
	}

	if (bounded) {
		/* The correct run, then each control under the same seed. */
		struct opts c = o;

		if (!c.ops && !c.seconds)
			c.ops = BOUNDED_OPS;
		c.fault = 0;
		run_child(&c, &pass, &fail);
		/* Relocated: every section runs on its patched copy. */
		c.relocate = true;
		c.ops /= 2;
		run_child(&c, &pass, &fail);
		c.relocate = false;
		/* Controls: shorter, and not stopped at the first
		 * detection, so that every detector gets a chance. */
		for (f = 1; f < (int)(sizeof(faults) / sizeof(faults[0]));
		     f++) {
			if (faults[f].wrong_code ||
			    (TABLE_ONLY && faults[f].marker_only) ||
			    (!FUSED && faults[f].fused_only))
				continue;
			c.fault = f;
			c.ops = (o.ops ? o.ops : BOUNDED_OPS) / 10;
			c.seconds = 0;
			run_child(&c, &pass, &fail);
		}
	} else {
		if (!o.ops && !o.seconds)
			o.ops = 100000;
		run_child(&o, &pass, &fail);
	}
	printf("%lu passed, %lu failed\n", pass, fail);
	return fail ? 1 : 0;
}
