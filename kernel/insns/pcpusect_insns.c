// SPDX-License-Identifier: GPL-2.0
/*
 * The in-kernel workloads of kernel/insns.sh, which counts the
 * instructions they execute under qemu.  Writing N to a parameter runs
 * its loop N times in the writer's context:
 *   /sys/module/pcpusect_insns/parameters/slab     alloc + free, own cache
 *   /sys/module/pcpusect_insns/parameters/thiscpu  this_cpu operations
 * Writing 0 runs the write path alone, which the script subtracts.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/slab.h>

struct insns_counters {
	u64 events;
	u64 bytes;
	u32 hits;
	u32 flags;
	u16 small;
	u8 tiny;
};

static DEFINE_PER_CPU(struct insns_counters, insns_counters);

/*
 * A cache of its own, so that no other user changes its state between
 * the variants, and one object held while the module is loaded, so that
 * freeing the other never empties a slab (which would free its page).
 */
static struct kmem_cache *insns_cache;
static void *insns_pinned;

/* The loop bodies stay out of line so that both are plain loops. */
static noinline void run_slab(unsigned int n)
{
	while (n--) {
		void *p = kmem_cache_alloc(insns_cache, GFP_KERNEL);

		/* Keeps the allocation and the free from being paired away. */
		OPTIMIZER_HIDE_VAR(p);
		kmem_cache_free(insns_cache, p);
	}
}

/*
 * The mix a statistics path does: counts and sums of 8, 4, 2 and 1
 * bytes, a flag set and cleared, a read; twelve operations in all.
 */
static noinline void run_thiscpu(unsigned int n)
{
	while (n--) {
		this_cpu_inc(insns_counters.events);
		this_cpu_add(insns_counters.bytes, 64);
		this_cpu_inc(insns_counters.hits);
		this_cpu_or(insns_counters.flags, 1);
		this_cpu_and(insns_counters.flags, ~1u);
		this_cpu_inc(insns_counters.small);
		this_cpu_write(insns_counters.tiny, n);
		if (this_cpu_read(insns_counters.events) == 0)
			pr_info("pcpusect-insns: wrapped\n");
		this_cpu_add_return(insns_counters.hits, 1);
		this_cpu_xchg(insns_counters.flags, 0);
		this_cpu_cmpxchg(insns_counters.bytes, 0, 1);
		this_cpu_dec(insns_counters.hits);
	}
}

static int set_slab(const char *val, const struct kernel_param *kp)
{
	unsigned int n;
	int ret = kstrtouint(val, 0, &n);

	if (!ret && insns_cache)
		run_slab(n);
	return ret;
}

static int set_thiscpu(const char *val, const struct kernel_param *kp)
{
	unsigned int n;
	int ret = kstrtouint(val, 0, &n);

	if (!ret)
		run_thiscpu(n);
	return ret;
}

static const struct kernel_param_ops slab_ops = { .set = set_slab };
static const struct kernel_param_ops thiscpu_ops = { .set = set_thiscpu };
module_param_cb(slab, &slab_ops, NULL, 0200);
module_param_cb(thiscpu, &thiscpu_ops, NULL, 0200);

static int __init insns_init(void)
{
	insns_cache = kmem_cache_create("pcpusect_insns", 64, 0, 0, NULL);
	if (!insns_cache)
		return -ENOMEM;
	insns_pinned = kmem_cache_alloc(insns_cache, GFP_KERNEL);
	if (!insns_pinned) {
		kmem_cache_destroy(insns_cache);
		return -ENOMEM;
	}
	return 0;
}

static void __exit insns_exit(void)
{
	kmem_cache_free(insns_cache, insns_pinned);
	kmem_cache_destroy(insns_cache);
}

module_init(insns_init);
module_exit(insns_exit);
MODULE_DESCRIPTION("pcpusect: in-kernel workloads for instruction counts");
MODULE_LICENSE("GPL");
