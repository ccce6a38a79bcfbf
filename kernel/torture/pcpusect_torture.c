// SPDX-License-Identifier: GPL-2.0
/*
 * Boot torture for guarded per-CPU sections.
 *
 * Hammer threads run every converted this_cpu operation on shared
 * per-CPU data while a migrator moves them between CPUs as fast as it
 * can, and now and then takes a CPU offline and back.  One guard thread per CPU, bound to it, opens windows with
 * preemption disabled in which it updates the same data with the
 * non-atomic __this_cpu forms and checks that nothing else touched its
 * CPU's copy meanwhile: only a remote write can, and a remote write is
 * what a missed rebase produces.  At the end the per-CPU sums must equal
 * the work done.
 *
 * Before that, a deterministic self-test runs the real exit hook on a
 * made-up interrupt frame at a real section (from the table) with a
 * different saved CPU: the rebase must be exactly the difference of the
 * two CPUs' offsets, once, and the marker must be restored.  Every
 * injected fault (pcpusect_faults=) fails it on every run.
 *
 * It also checks that kprobes refuse an address inside a section, over
 * and over while modules come and go (the lookup races module unload),
 * and that the list of section tables holds only live tables.
 *
 * Built against the handasm kernel (kernel/handasm, the benchmark's
 * hand-written measuring stick) there is no table: the test finds the
 * section and its ag by decoding, as that kernel's exit hook does, and
 * does not check kprobes.
 *
 * Prints the per-entry-path counts and one line starting
 * "pcpusect-torture: RESULT"; returns -EIO from init if anything was
 * wrong.
 */
#define pr_fmt(fmt) "pcpusect-torture: " fmt

#include <linux/completion.h>
#include <linux/cpu.h>
#include <linux/cpumask.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kprobes.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/prandom.h>
#include <linux/sched.h>
#include <linux/irq.h>
#include <linux/wait.h>
#include <asm/irq.h>
#include <asm/irq_regs.h>
#include <asm/pcpusect.h>

/* Every verdict here is drawn from the runtime's counters. */
#ifndef CONFIG_GCC_PLUGIN_PCPUSECT_STATS
#error "the pcpusect torture needs CONFIG_GCC_PLUGIN_PCPUSECT_STATS=y"
#endif

/* Sections without a marker: the exit hook searches the table. */
#define TABLE_ONLY	IS_ENABLED(CONFIG_GCC_PLUGIN_PCPUSECT_TABLE)
/* The hand-written sections of kernel/handasm: no table at all. */
#ifdef _ASM_S390_PERCPU_HANDASM_H
#define HANDASM		1
#else
#define HANDASM		0
#endif

static unsigned int seconds = 20;
module_param(seconds, uint, 0444);
static unsigned int hammers = 8;
module_param(hammers, uint, 0444);
/* The negative controls: the deterministic checks only. */
static bool selftest_only;
module_param(selftest_only, bool, 0444);
/* Run past SECONDS until the first I/O-path fixup (see migrate()). */
static bool wait_for_io = true;
module_param(wait_for_io, bool, 0444);
/*
 * 1 once the table list has been checked: /init then starts its churn;
 * 2 while the hammers run: the boot script then hot-plugs devices
 * (machine checks).
 */
static int phase;
module_param(phase, int, 0444);

struct torture_data {
	unsigned long count8;	/* inc, add_return: +3 per hammer round */
	unsigned int count4;	/* add 3, sub 1: +2 per hammer round */
	unsigned long bits8;	/* or, then and */
	unsigned int bits4;
	unsigned long stamp8;	/* write */
	unsigned int stamp4;
	unsigned long x8;	/* xchg: what is in + what came out = what went in */
	unsigned int x4;
	unsigned long cx8;	/* +1 per hammer round by read and cmpxchg */
	unsigned int cx4;	/* +1 per hammer round by try_cmpxchg */
	/*
	 * 1- and 2-byte objects, updated through the word that holds
	 * them; the guards' plain adds to count1 and count2 change the
	 * words under the hammers' compare-and-swap loops.
	 */
	u8 x1;			/* xchg */
	u8 cx1;			/* +1 per hammer round by try_cmpxchg */
	u16 cx2;		/* +1 per hammer round by read and cmpxchg */
	u16 count2;		/* add_return 5, dec: +4 per hammer round */
	u8 count1;		/* inc, add 2: +3 per hammer round */
	u8 bits1;		/* or, then and */
};

static DEFINE_PER_CPU(struct torture_data, tdata);
/* +2^64 + 1 per hammer round by cmpxchg128: both halves count rounds. */
static DEFINE_PER_CPU(u128, t128);

static atomic_long_t hammer_rounds, guard_rounds, remote_writes, migrations;
/* The hammers' xchg traffic, and compare-and-swaps that had to retry. */
static atomic_long_t xin8, xout8, cas_retries;
static atomic_t xin4, xout4, xin1, xout1;

/* Threads run until kthread_stop(), which waits for them to return. */
static int hammer(void *arg)
{
	unsigned long id = (unsigned long)arg, rounds = 0, retries = 0;
	unsigned long in8 = 0, out8 = 0, old8, prev8;
	unsigned int last = raw_smp_processor_id();
	unsigned int in4 = 0, out4 = 0, old4;
	u8 in1 = 0, out1 = 0, old1;
	u16 old2, prev2;
	u128 old16, prev16, one16 = ((u128)1 << 64) + 1;

	while (!kthread_should_stop()) {
		unsigned long v = rounds * 2654435761UL + id;

		in8 += v;
		out8 += this_cpu_xchg(tdata.x8, v);
		in4 += (unsigned int)v;
		out4 += this_cpu_xchg(tdata.x4, (unsigned int)v);
		old8 = this_cpu_read(tdata.cx8);
		while ((prev8 = this_cpu_cmpxchg(tdata.cx8, old8, old8 + 1)) != old8) {
			old8 = prev8;
			retries++;
		}
		old4 = this_cpu_read(tdata.cx4);
		while (!this_cpu_try_cmpxchg(tdata.cx4, &old4, old4 + 1))
			retries++;

		in1 += (u8)v;
		out1 += this_cpu_xchg(tdata.x1, (u8)v);
		old1 = this_cpu_read(tdata.cx1);
		while (!this_cpu_try_cmpxchg(tdata.cx1, &old1, (u8)(old1 + 1)))
			retries++;
		old2 = this_cpu_read(tdata.cx2);
		while ((prev2 = this_cpu_cmpxchg(tdata.cx2, old2, (u16)(old2 + 1))) != old2) {
			old2 = prev2;
			retries++;
		}
		old16 = this_cpu_cmpxchg128(t128, 0, 0);
		while ((prev16 = this_cpu_cmpxchg128(t128, old16, old16 + one16)) != old16) {
			old16 = prev16;
			retries++;
		}
		this_cpu_inc(tdata.count1);
		this_cpu_add(tdata.count1, 2);
		(void)this_cpu_add_return(tdata.count2, 5);
		this_cpu_dec(tdata.count2);
		this_cpu_or(tdata.bits1, 1U << (id % 8));
		this_cpu_and(tdata.bits1, ~(1U << (id % 8)));

		this_cpu_inc(tdata.count8);
		this_cpu_add(tdata.count4, 3);
		(void)this_cpu_add_return(tdata.count8, 2);
		this_cpu_sub(tdata.count4, 1);
		this_cpu_or(tdata.bits8, 1UL << (id % 64));
		this_cpu_and(tdata.bits8, ~(1UL << (id % 64)));
		this_cpu_or(tdata.bits4, 1U << (id % 32));
		this_cpu_and(tdata.bits4, ~(1U << (id % 32)));
		this_cpu_write(tdata.stamp8, this_cpu_read(tdata.stamp8) + 1);
		this_cpu_write(tdata.stamp4, this_cpu_read(tdata.stamp4) + 1);
		rounds++;
		if (raw_smp_processor_id() != last) {
			last = raw_smp_processor_id();
			atomic_long_inc(&migrations);
		}
		if (!(rounds & 1023))
			cond_resched();
	}
	atomic_long_add(rounds, &hammer_rounds);
	atomic_long_add(in8, &xin8);
	atomic_long_add(out8, &xout8);
	atomic_add(in4, &xin4);
	atomic_add(out4, &xout4);
	atomic_add(in1, &xin1);
	atomic_add(out1, &xout1);
	atomic_long_add(retries, &cas_retries);
	return 0;
}

/* One per CPU: any change to this CPU's copy inside the window is remote. */
static int guard_cpu(void *arg)
{
	unsigned long rounds = 0;

	while (!kthread_should_stop()) {
		struct torture_data before, *d;

		preempt_disable();
		d = this_cpu_ptr(&tdata);
		before = *d;
		udelay(20);
		if (memcmp(&before, d, sizeof(before)))
			atomic_long_inc(&remote_writes);
		__this_cpu_write(tdata.count8, __this_cpu_read(tdata.count8) + 1);
		__this_cpu_write(tdata.count4, __this_cpu_read(tdata.count4) + 1);
		__this_cpu_write(tdata.count2, __this_cpu_read(tdata.count2) + 1);
		__this_cpu_write(tdata.count1, __this_cpu_read(tdata.count1) + 1);
		preempt_enable();
		rounds++;
		/* Leave the CPU to the hammers most of the time. */
		usleep_range(100, 200);
	}
	atomic_long_add(rounds, &guard_rounds);
	return 0;
}

static DEFINE_PER_CPU(unsigned long, probe_target_count);

static noinline void probe_target(void)
{
	this_cpu_inc(probe_target_count);
}

/*
 * The ag of probe_target's section, found by its opening mviy
 * (EB 0N 03 C0 00 52 with the default lowcore), or in a table-only
 * section by the ag itself (E3 N0 03 B8 00 08): a test may decode what
 * the kernel must not.
 */
static u8 *probe_target_ag(void)
{
	u8 *p = (u8 *)probe_target;
	int i;

	for (i = 0; i < 64; i += 2) {
		if (TABLE_ONLY && p[i] == 0xe3 && p[i + 1] &&
		    !(p[i + 1] & 0x0f) && p[i + 2] == 0x03 &&
		    p[i + 3] == 0xb8 && p[i + 4] == 0x00 && p[i + 5] == 0x08)
			return p + i;
		if (!TABLE_ONLY && p[i] == 0xeb && p[i + 2] == 0x03 &&
		    p[i + 3] == 0xc0 && p[i + 4] == 0x00 &&
		    p[i + 5] == 0x52 && p[i + 1])
			return p + i + 6;
	}
	return NULL;
}

/* "ag REG,D(%r0)" at p: E3 R0 0ddd DH 08. */
static bool is_ag(const u8 *p, u8 reg)
{
	return p[0] == 0xe3 && p[1] == reg << 4 && !(p[2] & 0xf0) &&
	       p[5] == 0x08;
}

/* kprobes must refuse the ag of a section and accept the function entry. */
static bool kprobes_refuse_sections(bool verbose)
{
	struct kprobe in = { }, out = { .addr = (void *)probe_target };
	int in_ret, out_ret;

	in.addr = (void *)probe_target_ag();
	if (!in.addr) {
		pr_err("no section found in probe_target\n");
		return false;
	}
	in_ret = register_kprobe(&in);
	if (!in_ret)
		unregister_kprobe(&in);
	out_ret = register_kprobe(&out);
	if (!out_ret)
		unregister_kprobe(&out);
	if (verbose || in_ret != -EINVAL || out_ret)
		pr_info("kprobe at a section's ag: %d (want %d), at function entry: %d (want 0)\n",
			in_ret, -EINVAL, out_ret);
	return in_ret == -EINVAL && out_ret == 0;
}

static atomic_long_t kprobe_rounds, kprobe_bad;

/*
 * Registers kprobes over and over during the run, while /init loads and
 * unloads a module: each registration searches every table, so it races
 * the unload's unlinking and freeing of that module's table.
 */
static int kprobe_stress(void *arg)
{
	while (!kthread_should_stop()) {
		if (!kprobes_refuse_sections(false))
			atomic_long_inc(&kprobe_bad);
		atomic_long_inc(&kprobe_rounds);
		cond_resched();
	}
	return 0;
}

/*
 * I/O interrupts inside a section rarely end in a migration by
 * themselves: the wakeups that preempt are mostly sent by IPI.  A kprobe
 * on generic_handle_irq(), which do_io_irq() calls for every I/O and
 * adapter interrupt, sees the interrupted frame (get_irq_regs()); when
 * that is a hammer past the ag of a section (the entry hook saved the
 * marker in the frame), it asks for a reschedule and wakes this CPU's
 * io_mover, a SCHED_FIFO thread, which therefore runs in the hammer's
 * place at irqentry_exit() and moves the hammer to another CPU while it
 * waits preempted: a migration on the I/O path, whose rebase is left to
 * that path's exit hook.
 */
static struct task_struct **hammer_tasks;
static unsigned int nhammers;
/* Per CPU: its mover thread, and the hammer it is to move. */
static struct task_struct **io_movers, **io_targets;
static atomic_long_t io_kicks;

static bool is_hammer(struct task_struct *t)
{
	unsigned int i;

	for (i = 0; i < nhammers; i++)
		if (hammer_tasks[i] == t)
			return true;
	return false;
}

enum { IO_IN_SECTION, IO_HAMMER, IO_IDLE, IO_USER, IO_OTHER, IO_KINDS };
static atomic_long_t io_seen[IO_KINDS];
/* Where the first I/O interrupts that hit a hammer outside a section did. */
static unsigned long io_where[8];
static atomic_t io_where_n;

/* Interrupted inside a section, after its ag: a rebase if moved now. */
static bool past_ag(struct pt_regs *regs)
{
	const struct pcpusect_entry *e;
	bool ret;

	/* Table-only sections leave no marker: only the table knows. */
	if (!TABLE_ONLY && !regs->pcpusect_marker)
		return false;
	if (HANDASM)
		return !is_ag((u8 *)regs->psw.addr, regs->pcpusect_marker);
	rcu_read_lock();
	e = pcpusect_search(regs->psw.addr);
	ret = e && regs->psw.addr > pcpusect_entry_ag(e);
	rcu_read_unlock();
	return ret;
}

static int io_kick(struct kprobe *p, struct pt_regs *probe_regs)
{
	struct pt_regs *regs = get_irq_regs();
	unsigned long irq = probe_regs->gprs[2];	/* the argument */
	unsigned int cpu;
	int kind;

	if (irq != IO_INTERRUPT && irq != THIN_INTERRUPT)
		return 0;
	if (!regs)
		kind = IO_OTHER;
	else if (user_mode(regs))
		kind = IO_USER;
	else if (is_idle_task(current))
		kind = IO_IDLE;
	else if (!is_hammer(current))
		kind = IO_OTHER;
	else
		kind = past_ag(regs) ? IO_IN_SECTION : IO_HAMMER;
	atomic_long_inc(&io_seen[kind]);
	if (kind == IO_HAMMER) {
		int n = atomic_inc_return(&io_where_n) - 1;

		if (n < ARRAY_SIZE(io_where))
			io_where[n] = regs->psw.addr;
	}
	cpu = smp_processor_id();
	if (kind != IO_IN_SECTION || !io_movers[cpu] ||
	    cmpxchg(&io_targets[cpu], NULL, current))
		return 0;
	set_tsk_need_resched(current);
	set_preempt_need_resched();
	wake_up_process(io_movers[cpu]);
	atomic_long_inc(&io_kicks);
	return 0;
}

static struct kprobe io_probe = {
	.symbol_name = "generic_handle_irq",
	.pre_handler = io_kick,
};

static int io_mover(void *arg)
{
	unsigned int self = (unsigned long)arg;

	while (!kthread_should_stop()) {
		struct task_struct *t;
		unsigned int cpu;

		set_current_state(TASK_INTERRUPTIBLE);
		if (!READ_ONCE(io_targets[self]) && !kthread_should_stop())
			schedule();
		__set_current_state(TASK_RUNNING);
		t = xchg(&io_targets[self], NULL);
		if (!t)
			continue;
		cpu = cpumask_nth(get_random_u32_below(num_online_cpus()),
				  cpu_online_mask);
		if (cpu == task_cpu(t))
			cpu = cpumask_next_wrap(cpu, cpu_online_mask, cpu, false);
		if (cpu < nr_cpu_ids)
			set_cpus_allowed_ptr(t, cpumask_of(cpu));
	}
	return 0;
}

static const char *const path_names[PCPUSECT_PATHS] = {
	[PCPUSECT_PATH_IO] = "io",
	[PCPUSECT_PATH_EXT] = "ext",
	[PCPUSECT_PATH_PGM] = "pgm",
	[PCPUSECT_PATH_MCCK] = "mcck",
	[PCPUSECT_PATH_TEST] = "selftest",
};

/*
 * The deterministic self-test.  A frame as the entry hook would have
 * saved it on CPU "from", interrupted at addr inside probe_target's
 * section; the real exit hook runs on this CPU.  Checks the register
 * (rebased by exactly want), the others (untouched), the lowcore marker
 * (restored) and the frame (marked handled, so a second exit does
 * nothing).  Returns the number of failed checks.
 */
static int selftest_one(const char *what, unsigned long addr, u8 reg,
			bool rebase)
{
	struct pt_regs regs;
	unsigned long want, flags;
	unsigned int cpu, from, i, bad = 0;
	u8 marker_after, saved;

	memset(&regs, 0, sizeof(regs));
	for (i = 0; i < NUM_GPRS; i++)
		regs.gprs[i] = 0x10000 * (i + 1);
	regs.psw.addr = addr;		/* psw.mask 0: kernel mode */
	regs.pcpusect_marker = TABLE_ONLY ? 0 : reg;

	local_irq_save(flags);
	cpu = smp_processor_id();
	/* Any other CPU: its per-CPU area, hence its offset, differs. */
	from = cpumask_next(cpu, cpu_possible_mask);
	if (from >= nr_cpu_ids)
		from = cpumask_first(cpu_possible_mask);
	regs.pcpusect_cpu = from;
	saved = get_lowcore()->percpu_register;
	want = regs.gprs[reg];
	if (rebase)
		want += per_cpu_offset(cpu) - per_cpu_offset(from);
	pcpusect_exit(&regs, PCPUSECT_PATH_TEST);
	marker_after = get_lowcore()->percpu_register;
	/* A caller running the hook twice must not rebase twice. */
	pcpusect_exit(&regs, PCPUSECT_PATH_TEST);
	WRITE_ONCE(get_lowcore()->percpu_register, saved);
	local_irq_restore(flags);

	if (regs.gprs[reg] != want) {
		pr_err("selftest %s: r%u is %+ld from the start, want %+ld (CPU %u -> %u)\n",
		       what, reg, (long)(regs.gprs[reg] - 0x10000 * (reg + 1)),
		       (long)(want - 0x10000 * (reg + 1)), from, cpu);
		bad++;
	}
	for (i = 0; i < NUM_GPRS; i++)
		if (i != reg && regs.gprs[i] != 0x10000 * (i + 1)) {
			pr_err("selftest %s: r%u changed\n", what, i);
			bad++;
		}
	if (marker_after != (TABLE_ONLY ? saved : reg)) {
		pr_err("selftest %s: marker %u after exit, want %u\n", what,
		       marker_after, TABLE_ONLY ? saved : reg);
		bad++;
	}
	/* Handled: marker cleared, or a table-only frame's CPU moved on. */
	if (regs.pcpusect_marker ||
	    (TABLE_ONLY && rebase && regs.pcpusect_cpu != cpu)) {
		pr_err("selftest %s: frame not marked handled\n", what);
		bad++;
	}
	return bad;
}

/* A section of probe_target's, for the self-test. */
struct probe_section {
	unsigned long ag, end;
	u8 reg;
	bool table_only;
};

/*
 * From the table; in the handasm kernel, which has none, from the code:
 * the opening mviy's immediate is the register, the closing mviy
 * (EB 00 03 C0 00 52) ends the section.
 */
static bool find_probe_section(struct probe_section *s)
{
	const struct pcpusect_entry *e;
	u8 *ag = probe_target_ag();
	bool found = false;
	int i;

	if (!ag)
		return false;
	s->ag = (unsigned long)ag;
	if (HANDASM) {
		s->reg = ag[-5];
		s->table_only = false;
		for (i = PCPUSECT_AG_LEN; i < 64; i += 2)
			if (ag[i] == 0xeb && !ag[i + 1] && ag[i + 2] == 0x03 &&
			    ag[i + 3] == 0xc0 && !ag[i + 4] && ag[i + 5] == 0x52) {
				s->end = s->ag + i + 6;
				return true;
			}
		return false;
	}
	rcu_read_lock();
	e = pcpusect_search(s->ag);
	if (e && pcpusect_entry_ag(e) == s->ag) {
		s->end = pcpusect_entry_end(e);
		s->reg = e->reg;
		s->table_only = e->flags & PCPUSECT_F_TABLE;
		found = true;
	}
	rcu_read_unlock();
	return found;
}

/*
 * vmlinux's table comes sorted from the build and a module's is mostly
 * in address order already, so a boot may never run the load-time sort
 * (lib/sort.c with the runtime's swap, which must move self-relative
 * entries).  Sort a reversed copy of this module's table instead, kept
 * in module data so that each offset to the code still fits in 32 bits,
 * and check that every entry still names the same code.
 */
static struct pcpusect_entry sort_copy[64];

static int sort_selftest(void)
{
	const struct pcpusect_table *t = &THIS_MODULE->arch.pcpusect;
	unsigned long i, n = min_t(unsigned long, t->count,
				   ARRAY_SIZE(sort_copy));
	int ret, bad = 0;

	if (n < 2) {
		pr_err("selftest sort: %lu table entries, 2 needed\n", n);
		return 1;
	}
	for (i = 0; i < n; i++)
		pcpusect_entry_move(&sort_copy[n - 1 - i], &t->first[i],
				    &t->first[i]);
	ret = pcpusect_table_sort(sort_copy, sort_copy + n);
	for (i = 0; i < n; i++) {
		const struct pcpusect_entry *a = &sort_copy[i], *b = &t->first[i];

		if (pcpusect_entry_start(a) != pcpusect_entry_start(b) ||
		    pcpusect_entry_ag(a) != pcpusect_entry_ag(b) ||
		    pcpusect_entry_end(a) != pcpusect_entry_end(b) ||
		    a->reg != b->reg)
			bad++;
	}
	pr_info("selftest sort: %lu entries reversed and sorted: error %d, %d out of place\n",
		n, ret, bad);
	return ret || bad;
}

static int selftest(void)
{
	struct probe_section s;
	int bad = 0;

	if (!find_probe_section(&s)) {
		pr_err("selftest: probe_target's section not found%s\n",
		       HANDASM ? "" : " in the table");
		return 1;
	}
	/* Migrated to this CPU at the op after the ag: rebase once. */
	bad += selftest_one("after ag", s.ag + PCPUSECT_AG_LEN, s.reg, true);
	/* At the closing mviy (marker mode): still rebased, harmlessly. */
	if (!s.table_only)
		bad += selftest_one("closing mviy", s.end - 6, s.reg, true);
	/* The section's last byte: still inside, rebased. */
	bad += selftest_one("last byte", s.end - 1, s.reg, true);
	/* At the ag itself: the ag will add the new offset, no rebase. */
	bad += selftest_one("at ag", s.ag, s.reg, false);
	/* handasm has no table to sort. */
	if (!HANDASM)
		bad += sort_selftest();
	pr_info("selftest: %d failed checks\n", bad);
	return bad;
}

static unsigned long hotplugs;

/*
 * Every 256 moves, take a CPU other than 0 offline, or bring the
 * offline one back: that migrates every task off it at once, those
 * preempted inside a section included.
 */
static int hotplug_offline = -1;

static void hotplug_step(void)
{
	unsigned int cpu;

	if (hotplug_offline >= 0) {
		if (!add_cpu(hotplug_offline)) {
			hotplug_offline = -1;
			hotplugs++;
		}
		return;
	}
	/* Only CPUs that were online; one offline at a time. */
	if (num_online_cpus() < 3)
		return;
	cpu = cpumask_nth(1 + get_random_u32_below(num_online_cpus() - 1),
			  cpu_online_mask);
	if (cpu < nr_cpu_ids && !remove_cpu(cpu)) {
		hotplug_offline = cpu;
		hotplugs++;
	}
}

/*
 * I/O-path fixups: qemu TCG delivers I/O interrupts to a busy CPU
 * mostly where the kernel re-enables interrupts, seldom inside a
 * section, so on a slow or loaded host a run may need longer than
 * SECONDS for its first one: the run goes on, up to 5 * SECONDS, until
 * it has one (unless wait_for_io=0: runs that do not count them).
 */
static bool io_fixup_seen(long fix0)
{
	return atomic64_read(&pcpusect_path_stats[PCPUSECT_PATH_IO].fixups) >
	       fix0;
}

/* Returns the seconds it ran. */
static unsigned long migrate(struct task_struct **threads, unsigned int n,
			     long io_fix0)
{
	unsigned long start = jiffies, moves = 0;
	unsigned long end = start + seconds * HZ;
	unsigned long last = wait_for_io ? start + 5 * seconds * HZ : end;
	int tries;

	while (time_before(jiffies, end) ||
	       (time_before(jiffies, last) && !io_fixup_seen(io_fix0))) {
		unsigned int i = get_random_u32_below(n), k;
		unsigned int cpu = cpumask_nth(get_random_u32_below(num_online_cpus()),
					       cpu_online_mask);

		/*
		 * Prefer a hammer that is preempted (runnable, on no CPU),
		 * maybe by a reader an I/O interrupt woke inside a section:
		 * moving it then gives the I/O path its migrations.
		 */
		for (k = 0; k < n; k++)
			if (task_is_running(threads[k]) &&
			    !READ_ONCE(threads[k]->on_cpu)) {
				i = k;
				break;
			}
		set_cpus_allowed_ptr(threads[i], cpumask_of(cpu));
		if (!(++moves % 256))
			hotplug_step();
		usleep_range(50, 200);
	}
	/* Bring back the CPU taken offline, if any; never wait forever. */
	for (tries = 0; tries < 100 && hotplug_offline >= 0; tries++) {
		hotplug_step();
		if (hotplug_offline >= 0)
			msleep(10);
	}
	return (jiffies - start) / HZ;
}

static const char *kprobes_word(bool ok)
{
	return HANDASM ? "skipped" : ok ? "ok" : "BAD";
}

static int __init torture_init(void)
{
	unsigned long fixups0, reports0, fixups, reports, want8, have8 = 0;
	unsigned long ran, x8 = 0, cx8 = 0;
	unsigned int want4, have4 = 0, cpu, i, n = 0, nguards = 0;
	unsigned int x4 = 0, cx4 = 0;
	u8 x1 = 0, cx1 = 0, have1 = 0, want1;
	u16 cx2 = 0, have2 = 0, want2;
	u128 sum16 = 0;
	bool xchg_ok, cmpxchg_ok, small_ok;
	long sec0[PCPUSECT_PATHS], mig0[PCPUSECT_PATHS], fix0[PCPUSECT_PATHS];
	long vfix0[PCPUSECT_PATHS];
	struct task_struct **threads, *kp_thread;
	bool ok, kprobes_ok, threads_ok = true, paths_ok;
	int self_bad, tables, io_probe_ret;

	reports0 = atomic64_read(&pcpusect_stats.reports);
	self_bad = selftest();
	tables = pcpusect_check_tables();
	pr_info("section tables listed: %d (%s)\n", tables,
		tables > 0 ? "all live" : "BAD");
	/* handasm: kprobes know no sections (they need the table). */
	kprobes_ok = HANDASM || kprobes_refuse_sections(true);
	probe_target();
	WRITE_ONCE(phase, 1);
	if (selftest_only)
		goto verdict;

	/* Hammers, then one guard per online CPU, then the kprobe thread. */
	threads = kcalloc(hammers + nr_cpu_ids + 1, sizeof(*threads),
			  GFP_KERNEL);
	if (!threads)
		return -ENOMEM;
	for (i = 0; i < hammers; i++) {
		threads[n] = kthread_create(hammer, (void *)(unsigned long)i,
					    "pcpusect_hammer/%u", i);
		if (IS_ERR(threads[n])) {
			threads_ok = false;
			break;
		}
		n++;
	}
	cpus_read_lock();
	for_each_online_cpu(cpu) {
		struct task_struct *t;

		t = kthread_run_on_cpu(guard_cpu, NULL, cpu, "pcpusect_guard/%u");
		if (IS_ERR(t)) {
			threads_ok = false;
			continue;
		}
		threads[hammers + nguards++] = t;
	}
	cpus_read_unlock();
	kp_thread = HANDASM ? NULL :
		    kthread_run(kprobe_stress, NULL, "pcpusect_kprobes");
	if (IS_ERR(kp_thread)) {
		threads_ok = false;
		kp_thread = NULL;
	}
	hammer_tasks = threads;
	nhammers = n;
	io_movers = kcalloc(nr_cpu_ids, sizeof(*io_movers), GFP_KERNEL);
	io_targets = kcalloc(nr_cpu_ids, sizeof(*io_targets), GFP_KERNEL);
	if (io_movers && io_targets) {
		cpus_read_lock();
		for_each_online_cpu(cpu) {
			struct task_struct *t;

			t = kthread_run_on_cpu(io_mover, (void *)(unsigned long)cpu,
					       cpu, "pcpusect_io_mover/%u");
			if (IS_ERR(t)) {
				threads_ok = false;
				continue;
			}
			/* Runs as soon as it is woken, before the hammer. */
			sched_set_fifo(t);
			io_movers[cpu] = t;
		}
		cpus_read_unlock();
	} else {
		threads_ok = false;
	}
	io_probe_ret = io_movers && io_targets ? register_kprobe(&io_probe) :
						  -ENOMEM;
	if (io_probe_ret)
		pr_err("kprobe on generic_handle_irq: %d\n", io_probe_ret);
	for (i = 0; i < n; i++)
		wake_up_process(threads[i]);

	fixups0 = atomic64_read(&pcpusect_stats.fixups);
	for (i = 0; i < PCPUSECT_PATHS; i++) {
		sec0[i] = atomic64_read(&pcpusect_path_stats[i].sections);
		mig0[i] = atomic64_read(&pcpusect_path_stats[i].migrated);
		fix0[i] = atomic64_read(&pcpusect_path_stats[i].fixups);
		vfix0[i] = atomic64_read(&pcpusect_path_stats[i].vmlinux_fixups);
	}
	pr_info("%u hammers, %u guards, %u CPUs, %u s\n", n, nguards,
		num_online_cpus(), seconds);
	WRITE_ONCE(phase, 2);
	ran = migrate(threads, n, fix0[PCPUSECT_PATH_IO]);
	WRITE_ONCE(phase, 3);
	/* kthread_stop() returns once the thread has left its function. */
	if (!io_probe_ret)
		unregister_kprobe(&io_probe);
	/* The probe is gone: nothing wakes the movers any more. */
	for (i = 0; io_movers && i < nr_cpu_ids; i++)
		if (io_movers[i])
			kthread_stop(io_movers[i]);
	kfree(io_movers);
	kfree(io_targets);
	if (kp_thread)
		kthread_stop(kp_thread);
	for (i = 0; i < n; i++)
		kthread_stop(threads[i]);
	for (i = 0; i < nguards; i++)
		kthread_stop(threads[hammers + i]);
	kfree(threads);

	for_each_possible_cpu(cpu) {
		have8 += per_cpu(tdata.count8, cpu);
		have4 += per_cpu(tdata.count4, cpu);
		x8 += per_cpu(tdata.x8, cpu);
		x4 += per_cpu(tdata.x4, cpu);
		cx8 += per_cpu(tdata.cx8, cpu);
		cx4 += per_cpu(tdata.cx4, cpu);
		x1 += per_cpu(tdata.x1, cpu);
		cx1 += per_cpu(tdata.cx1, cpu);
		cx2 += per_cpu(tdata.cx2, cpu);
		have1 += per_cpu(tdata.count1, cpu);
		have2 += per_cpu(tdata.count2, cpu);
		sum16 += per_cpu(t128, cpu);
	}
	/* Exact, in the objects' widths: nothing lost, nothing twice. */
	xchg_ok = x8 + atomic_long_read(&xout8) == atomic_long_read(&xin8) &&
		  x4 + (unsigned int)atomic_read(&xout4) ==
		  (unsigned int)atomic_read(&xin4);
	cmpxchg_ok = cx8 == atomic_long_read(&hammer_rounds) &&
		     cx4 == (unsigned int)atomic_long_read(&hammer_rounds);
	want8 = 3 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	want4 = 2 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	want1 = 3 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	want2 = 4 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	/* In the objects' widths, as above. */
	small_ok = have1 == want1 && have2 == want2 &&
		   (u8)(x1 + atomic_read(&xout1)) == (u8)atomic_read(&xin1) &&
		   cx1 == (u8)atomic_long_read(&hammer_rounds) &&
		   cx2 == (u16)atomic_long_read(&hammer_rounds) &&
		   (u64)sum16 == atomic_long_read(&hammer_rounds) &&
		   (u64)(sum16 >> 64) == atomic_long_read(&hammer_rounds);
	fixups = atomic64_read(&pcpusect_stats.fixups) - fixups0;

	/* Each hit is also a kernel-mode program check (the breakpoint). */
	pr_info("I/O interrupts interrupted: a hammer past an ag %ld, a hammer elsewhere %ld, idle %ld, user %ld, other %ld\n",
		atomic_long_read(&io_seen[IO_IN_SECTION]),
		atomic_long_read(&io_seen[IO_HAMMER]),
		atomic_long_read(&io_seen[IO_IDLE]),
		atomic_long_read(&io_seen[IO_USER]),
		atomic_long_read(&io_seen[IO_OTHER]));
	for (i = 0; i < min_t(int, atomic_read(&io_where_n), ARRAY_SIZE(io_where)); i++)
		pr_info("an I/O interrupt hit a hammer at %pS\n", (void *)io_where[i]);
	paths_ok = true;
	for (i = 0; i < PCPUSECT_PATH_TEST; i++) {
		long fix = atomic64_read(&pcpusect_path_stats[i].fixups) - fix0[i];

		/* vmlinux: the kernel's own sections, not this module's */
		pr_info("path %-4s: in_section=%lld migrated=%lld fixups=%ld vmlinux_fixups=%lld\n",
			path_names[i],
			atomic64_read(&pcpusect_path_stats[i].sections) - sec0[i],
			atomic64_read(&pcpusect_path_stats[i].migrated) - mig0[i],
			fix,
			atomic64_read(&pcpusect_path_stats[i].vmlinux_fixups) - vfix0[i]);
		/* I/O and external interrupts must have fixups. */
		if (!fix && (i == PCPUSECT_PATH_EXT || i == PCPUSECT_PATH_IO))
			paths_ok = false;
	}
	if (atomic_long_read(&kprobe_bad))
		kprobes_ok = false;

verdict:
	reports = atomic64_read(&pcpusect_stats.reports) - reports0;
	ok = !self_bad && tables > 0 && !reports && kprobes_ok;
	if (selftest_only) {
		pr_info("RESULT selftest=%s tables=%s reports=%lu kprobes=%s verdict=%s\n",
			self_bad ? "FAIL" : "ok", tables > 0 ? "ok" : "BAD",
			reports, kprobes_word(kprobes_ok), ok ? "PASS" : "FAIL");
		return ok ? 0 : -EIO;
	}
	ok = ok && threads_ok && paths_ok && have8 == want8 &&
	     have4 == want4 && xchg_ok && cmpxchg_ok && small_ok &&
	     !atomic_long_read(&remote_writes);

	pr_info("RESULT hammer_rounds=%ld guard_rounds=%ld migrations=%ld "
		"seconds=%lu remote_writes=%ld sum8=%s sum4=%s xchg=%s "
		"cmpxchg=%s small=%s cas_retries=%ld fixups=%lu ag_skips=%lld "
		"searches=%lld reports=%lu hotplugs=%lu selftest=%s tables=%s "
		"threads=%s paths=%s kprobes=%s kprobe_rounds=%ld io_kicks=%ld "
		"verdict=%s\n",
		atomic_long_read(&hammer_rounds), atomic_long_read(&guard_rounds),
		atomic_long_read(&migrations), ran,
		atomic_long_read(&remote_writes),
		have8 == want8 ? "ok" : "LOST", have4 == want4 ? "ok" : "LOST",
		xchg_ok ? "ok" : "LOST", cmpxchg_ok ? "ok" : "LOST",
		small_ok ? "ok" : "LOST", atomic_long_read(&cas_retries),
		fixups, atomic64_read(&pcpusect_stats.ag_skips),
		atomic64_read(&pcpusect_stats.searches), reports,
		hotplugs, self_bad ? "FAIL" : "ok", tables > 0 ? "ok" : "BAD",
		threads_ok ? "ok" : "BAD", paths_ok ? "ok" : "NO-FIXUP",
		kprobes_word(kprobes_ok), atomic_long_read(&kprobe_rounds),
		atomic_long_read(&io_kicks), ok ? "PASS" : "FAIL");
	return ok ? 0 : -EIO;
}

static void __exit torture_exit(void)
{
}

module_init(torture_init);
module_exit(torture_exit);
MODULE_DESCRIPTION("Torture test for guarded per-CPU sections");
MODULE_LICENSE("GPL");
