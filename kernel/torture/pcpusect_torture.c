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
 * It also checks that kprobes refuse an address inside a section.
 *
 * Prints one line starting "pcpusect-torture: RESULT"; returns -EIO from
 * init if anything was wrong.
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
#include <asm/pcpusect.h>

static unsigned int seconds = 20;
module_param(seconds, uint, 0444);
static unsigned int hammers = 4;
module_param(hammers, uint, 0444);

struct torture_data {
	unsigned long count8;	/* inc, add_return: +3 per hammer round */
	unsigned int count4;	/* add 3, sub 1: +2 per hammer round */
	unsigned long bits8;	/* or, then and */
	unsigned int bits4;
	unsigned long stamp8;	/* write */
	unsigned int stamp4;
};

static DEFINE_PER_CPU(struct torture_data, tdata);

static atomic_long_t hammer_rounds, guard_rounds, remote_writes, migrations;
static atomic_t running;
static bool stop;

static int hammer(void *arg)
{
	unsigned long id = (unsigned long)arg, rounds = 0;
	unsigned int last = raw_smp_processor_id();

	while (!READ_ONCE(stop)) {
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
	atomic_dec(&running);
	return 0;
}

/* One per CPU: any change to this CPU's copy inside the window is remote. */
static int guard_cpu(void *arg)
{
	unsigned long rounds = 0;

	while (!READ_ONCE(stop)) {
		struct torture_data before, *d;

		preempt_disable();
		d = this_cpu_ptr(&tdata);
		before = *d;
		udelay(20);
		if (memcmp(&before, d, sizeof(before)))
			atomic_long_inc(&remote_writes);
		__this_cpu_write(tdata.count8, __this_cpu_read(tdata.count8) + 1);
		__this_cpu_write(tdata.count4, __this_cpu_read(tdata.count4) + 1);
		preempt_enable();
		rounds++;
		cond_resched();
	}
	atomic_long_add(rounds, &guard_rounds);
	atomic_dec(&running);
	return 0;
}

static DEFINE_PER_CPU(unsigned long, probe_target_count);

static noinline void probe_target(void)
{
	this_cpu_inc(probe_target_count);
}

/*
 * kprobes must refuse the ag of a section and accept the function entry.
 * The section is found by its opening mviy (EB 0N 03 C0 00 52 with the
 * default lowcore): a test may decode what the kernel must not.
 */
static bool kprobes_refuse_sections(void)
{
	struct kprobe in = { }, out = { .addr = (void *)probe_target };
	u8 *p = (u8 *)probe_target;
	int i, in_ret, out_ret;

	for (i = 0; i < 64; i += 2)
		if (p[i] == 0xeb && p[i + 2] == 0x03 && p[i + 3] == 0xc0 &&
		    p[i + 4] == 0x00 && p[i + 5] == 0x52 && p[i + 1])
			break;
	if (i == 64) {
		pr_err("no section found in probe_target\n");
		return false;
	}
	in.addr = (void *)(p + i + 6);
	in_ret = register_kprobe(&in);
	if (!in_ret)
		unregister_kprobe(&in);
	out_ret = register_kprobe(&out);
	if (!out_ret)
		unregister_kprobe(&out);
	pr_info("kprobe at a section's ag: %d (want %d), at function entry: %d (want 0)\n",
		in_ret, -EINVAL, out_ret);
	return in_ret == -EINVAL && out_ret == 0;
}

static unsigned long hotplugs;

/*
 * Every 256 moves, take a CPU other than 0 offline, or bring the
 * offline one back: that migrates every task off it at once, those
 * preempted inside a section included.
 */
static void hotplug_step(void)
{
	static int offline = -1;
	unsigned int cpu;

	if (offline >= 0) {
		if (!add_cpu(offline)) {
			offline = -1;
			hotplugs++;
		}
		return;
	}
	if (num_online_cpus() < 3)
		return;
	cpu = 1 + get_random_u32_below(num_online_cpus() - 1);
	if (!remove_cpu(cpu)) {
		offline = cpu;
		hotplugs++;
	}
}

static void migrate(struct task_struct **threads, unsigned int n)
{
	unsigned long end = jiffies + seconds * HZ, moves = 0;

	while (time_before(jiffies, end)) {
		unsigned int i = get_random_u32_below(n);
		unsigned int cpu = cpumask_nth(get_random_u32_below(num_online_cpus()),
					       cpu_online_mask);

		set_cpus_allowed_ptr(threads[i], cpumask_of(cpu));
		if (!(++moves % 256))
			hotplug_step();
		usleep_range(50, 200);
	}
	/* Leave every CPU online. */
	while (num_online_cpus() < num_present_cpus())
		hotplug_step();
}

static int __init torture_init(void)
{
	unsigned long fixups0 = pcpusect_stats.fixups, fixups, want8, have8 = 0;
	unsigned int want4, have4 = 0, cpu, i, n = 0;
	struct task_struct **threads;
	bool ok, kprobes_ok;

	kprobes_ok = kprobes_refuse_sections();
	probe_target();
	threads = kcalloc(hammers, sizeof(*threads), GFP_KERNEL);
	if (!threads)
		return -ENOMEM;
	for (i = 0; i < hammers; i++) {
		threads[i] = kthread_create(hammer, (void *)(unsigned long)i,
					    "pcpusect_hammer/%u", i);
		if (IS_ERR(threads[i]))
			break;
		get_task_struct(threads[i]);
		n++;
	}
	atomic_set(&running, n + num_online_cpus());
	for_each_online_cpu(cpu)
		kthread_run_on_cpu(guard_cpu, NULL, cpu, "pcpusect_guard/%u");
	for (i = 0; i < n; i++)
		wake_up_process(threads[i]);

	pr_info("%u hammers, %u CPUs, %u s\n", n, num_online_cpus(), seconds);
	migrate(threads, n);
	WRITE_ONCE(stop, true);
	while (atomic_read(&running))
		msleep(10);
	for (i = 0; i < n; i++)
		put_task_struct(threads[i]);
	kfree(threads);

	for_each_possible_cpu(cpu) {
		have8 += per_cpu(tdata.count8, cpu);
		have4 += per_cpu(tdata.count4, cpu);
	}
	want8 = 3 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	want4 = 2 * atomic_long_read(&hammer_rounds) +
		atomic_long_read(&guard_rounds);
	fixups = pcpusect_stats.fixups - fixups0;
	ok = have8 == want8 && have4 == want4 &&
	     !atomic_long_read(&remote_writes) && kprobes_ok;

	pr_info("RESULT hammer_rounds=%ld guard_rounds=%ld migrations=%ld "
		"remote_writes=%ld sum8=%s sum4=%s fixups=%lu ag_skips=%lu "
		"reports=%lu hotplugs=%lu kprobes=%s verdict=%s\n",
		atomic_long_read(&hammer_rounds), atomic_long_read(&guard_rounds),
		atomic_long_read(&migrations), atomic_long_read(&remote_writes),
		have8 == want8 ? "ok" : "LOST", have4 == want4 ? "ok" : "LOST",
		fixups, pcpusect_stats.ag_skips, pcpusect_stats.reports,
		hotplugs, kprobes_ok ? "ok" : "BAD", ok ? "PASS" : "FAIL");
	return ok ? 0 : -EIO;
}

static void __exit torture_exit(void)
{
}

module_init(torture_init);
module_exit(torture_exit);
MODULE_DESCRIPTION("Torture test for guarded per-CPU sections");
MODULE_LICENSE("GPL");
