// SPDX-License-Identifier: GPL-2.0
/*
 * A module with a corrupt pcpusect table: one entry whose start, ag and
 * end are the same address, which is no guarded section.  Linking it
 * must fail (scripts/Makefile.modfinal runs pcpusect-table --check).
 */
#include <linux/init.h>
#include <linux/module.h>

static int __init bad_table_init(void)
{
	asm volatile("0:	nopr	%%r7\n"
		     "	.pushsection __pcpusect_table,\"a\"\n"
		     "	.balign 4\n"
		     "	.long	0b - ., 0b - ., 0b - .\n"
		     "	.byte	1, 3, 8, 0\n"
		     "	.popsection\n" ::: "memory");
	return 0;
}

module_init(bad_table_init);
MODULE_DESCRIPTION("A corrupt pcpusect table, which must not link");
MODULE_LICENSE("GPL");
