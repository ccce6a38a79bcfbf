/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcpusect GCC plugin: shared declarations.
 *
 * The plugin works in three passes:
 *   pcpusect_check  (after "cfg", before SSA): checks each call of a
 *	__builtin_pcpusect_* against the types the front end wrote and
 *	rewrites it into a call of the internal __pcpusect_op(kind, ptr,
 *	val, val2), where kind is a constant (__pcpusect_op128 for 16-byte
 *	objects); the optimisers treat that as an external call that
 *	touches the object only.
 *   pcpusect_lower  (after "optimized"): turns each __pcpusect_op call
 *	into one volatile asm, the guarded section plus its table entry.
 *   pcpusect_regno  (RTL, before "final"): writes the number of the
 *	register the allocator chose for R into each section's template.
 */
#ifndef PCPUSECT_PLUGIN_H
#define PCPUSECT_PLUGIN_H

/*
 * Built and tested against the plugin headers of GCC 11 (11.3) and 12
 * (12.2); the plugin API it uses is the same in both, so no code depends
 * on the release.  Should a difference appear, guard it here and only
 * here, with GCCPLUGIN_VERSION (plugin-version.h) and a note saying what
 * changed in which release.
 */

#include "gcc-plugin.h"
#include "tree.h"
#include "c-family/c-common.h"	/* before diagnostic-core.h */
#include "c-family/c-pragma.h"
#include "rtl.h"
#include "memmodel.h"
#include "emit-rtl.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-ssa.h"
#include "ssa.h"
#include "cgraph.h"
#include "stringpool.h"
#include "diagnostic-core.h"
#include "fold-const.h"
#include "langhooks.h"
#include "target.h"
#include "ggc.h"

#include <pcpusect/table.h>
#include <pcpusect/alt.h>

#define PCPUSECT_NAME "pcpusect"

/*
 * Stands for the register number in a section's asm template until
 * pcpusect_regno replaces it; the assembler rejects it if left over.
 */
#define PCPUSECT_REG_MARK "@R@"

/* Where the lowcore fields live; set from the plugin arguments. */
struct pcpusect_config {
	long marker;		/* address of the marker byte */
	long offset;		/* address of the 8-byte per-CPU offset */
	long lowcore_alt;	/* >0: lowcore alternatives, fields moved by
				 * this much (LOWCORE_ALT_ADDRESS) */
	bool disable;
	/*
	 * mode=table: sections without the two mviy, only the ag and the
	 * access; the table alone tells the exit hook where they are.
	 */
	bool table_only;
	/* fuse=1 (the default): consecutive operations share a section. */
	bool fuse;
	/*
	 * A wrong code generator, for the negative control of the
	 * simulator torture: 1- and 2-byte loops end in a plain store of
	 * the new word instead of a compare-and-swap, so an update that an
	 * interrupt makes to a neighbouring byte in between is lost.
	 */
	bool fault_narrow_store;
};

extern struct pcpusect_config pcpusect_config;

/* The user-facing builtins, one per operation the header maps to. */
enum pcpusect_builtin {
	PCPUSECT_BI_READ,
	PCPUSECT_BI_WRITE,
	PCPUSECT_BI_ADD,
	PCPUSECT_BI_SUB,
	PCPUSECT_BI_AND,
	PCPUSECT_BI_OR,
	PCPUSECT_BI_ADD_RETURN,
	PCPUSECT_BI_SUB_RETURN,
	PCPUSECT_BI_XCHG,
	PCPUSECT_BI_CMPXCHG,
	PCPUSECT_BI_MAX
};

/*
 * kind, the first argument of __pcpusect_op: op | size << 8 | flags << 16,
 * with the PCPUSECT_OP_ and PCPUSECT_F_ values of the table.
 */
#define PCPUSECT_KIND(op, size, flags) ((op) | (size) << 8 | (flags) << 16)
#define PCPUSECT_KIND_OP(k)	((k) & 0xff)
#define PCPUSECT_KIND_SIZE(k)	(((k) >> 8) & 0xff)
#define PCPUSECT_KIND_FLAGS(k)	(((k) >> 16) & 0xff)

extern const struct ggc_root_tab pcpusect_gc_roots[];

bool pcpusect_parse_args(struct plugin_name_args *info);
void pcpusect_declare_builtins(void);
int pcpusect_builtin_of(const_tree fndecl);
const char *pcpusect_builtin_name(int bi);
tree pcpusect_op_decl(void);
tree pcpusect_op128_decl(void);
void pcpusect_price_for_pass(void *gcc_data, void *user_data);
bool pcpusect_is_op_call(const gimple *stmt);

opt_pass *make_pcpusect_check_pass(gcc::context *ctxt);
opt_pass *make_pcpusect_lower_pass(gcc::context *ctxt);
opt_pass *make_pcpusect_regno_pass(gcc::context *ctxt);

#endif /* PCPUSECT_PLUGIN_H */
