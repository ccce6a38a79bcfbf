// SPDX-License-Identifier: GPL-2.0
/*
 * Module lifetime test for guarded per-CPU sections.
 *
 * It has sections in core text and in __init text, so its table is
 * split in two and the init part must leave the list before the init
 * text is freed: the module loaded next (possibly into that freed
 * space) must load.  Its init checks that every table on the list
 * belongs to a live module and lies within that module's text; /init
 * loads it last, after unloading the torture module, which shows that
 * unloaded modules' tables have left the list.  /init also loads it
 * first with pcpusect_faults=16, which fails module_finalize() after
 * the table is registered, and loads it repeatedly during the torture
 * (quiet=1), racing the torture's kprobe registrations.
 */
#define pr_fmt(fmt) "pcpusect-modtest: " fmt

#include <linux/module.h>
#include <linux/percpu.h>
#include <asm/pcpusect.h>

static bool quiet;
module_param(quiet, bool, 0444);

static DEFINE_PER_CPU(unsigned long, modtest_count);

static noinline void modtest_core(void)
{
	this_cpu_inc(modtest_count);
}

static int __init modtest_init(void)
{
	int tables;

	this_cpu_add(modtest_count, 2);		/* a section in init text */
	modtest_core();
	if (quiet)
		return 0;
	tables = pcpusect_check_tables();
	pr_info("RESULT tables=%d %s\n", tables, tables > 0 ? "ok" : "BAD");
	return tables > 0 ? 0 : -EIO;
}

static void __exit modtest_exit(void)
{
	modtest_core();
}

module_init(modtest_init);
module_exit(modtest_exit);
MODULE_DESCRIPTION("Module lifetime test for guarded per-CPU sections");
MODULE_LICENSE("GPL");
