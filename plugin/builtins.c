// SPDX-License-Identifier: GPL-2.0
/*
 * The functions the plugin makes visible to C code, and the internal one
 * the check pass rewrites them into.
 *
 * The user-facing __builtin_pcpusect_* are plain external declarations
 * (NOT_BUILT_IN) of type void (...): the middle end then never folds or
 * expands them as GCC builtins, and the check pass sees the argument
 * types exactly as the front end wrote them.
 */
#include "pcpusect-plugin.h"
#include "attribs.h"	/* build_type_attribute_variant */

/* In enum pcpusect_builtin order. */
static const char *const builtin_names[PCPUSECT_BI_MAX] = {
	"__builtin_pcpusect_read",
	"__builtin_pcpusect_write",
	"__builtin_pcpusect_add",
	"__builtin_pcpusect_sub",
	"__builtin_pcpusect_and",
	"__builtin_pcpusect_or",
	"__builtin_pcpusect_add_return",
	"__builtin_pcpusect_sub_return",
	"__builtin_pcpusect_xchg",
	"__builtin_pcpusect_cmpxchg",
};

static tree builtin_decls[PCPUSECT_BI_MAX];
static tree op_decl, op128_decl;

/* gengtype never sees plugin sources: the decls are GC roots by hand. */
const struct ggc_root_tab pcpusect_gc_roots[] = {
	{ builtin_decls, PCPUSECT_BI_MAX, sizeof(builtin_decls[0]),
	  &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
	{ &op_decl, 1, sizeof(op_decl),
	  &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
	{ &op128_decl, 1, sizeof(op128_decl),
	  &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
	LAST_GGC_ROOT_TAB
};

const char *pcpusect_builtin_name(int bi)
{
	return builtin_names[bi];
}

/* Called at PLUGIN_START_UNIT, before the front end parses anything. */
void pcpusect_declare_builtins(void)
{
	tree type = build_varargs_function_type_list(void_type_node,
						     NULL_TREE);
	int i;

	for (i = 0; i < PCPUSECT_BI_MAX; i++) {
		builtin_decls[i] = add_builtin_function(builtin_names[i], type,
							0, NOT_BUILT_IN, NULL,
							NULL_TREE);
		/* No EH edges around a call that becomes an asm. */
		TREE_NOTHROW(builtin_decls[i]) = 1;
	}
	pcpusect_op_decl();
	pcpusect_op128_decl();
}

int pcpusect_builtin_of(const_tree fndecl)
{
	int i;

	if (!fndecl)
		return -1;
	for (i = 0; i < PCPUSECT_BI_MAX; i++)
		if (fndecl == builtin_decls[i])
			return i;
	return -1;
}

/*
 * unsigned long __pcpusect_op(int kind, void *ptr, unsigned long val,
 *			       unsigned long val2):
 * never declared in any scope, so no user code can name it.  It is
 * nothrow so that no EH edges appear where the asm will be.
 *
 * Its "fn spec" tells the optimisers the whole memory effect of a this_cpu
 * operation: it reads and writes what ptr points to, lets no pointer
 * escape, and writes no other memory ("p": pure but for that, since it
 * does read memory it does not name, the lowcore's per-CPU offset, and
 * GIMPLE must neither move a store across it nor drop one as dead).  The
 * per-CPU copy it really accesses lies at ptr plus an offset, which
 * points-to analysis keeps within the same object, as it does for
 * per_cpu_ptr().  GCC reads a fn spec off the function's type, never its
 * decl.  Not being declared const or pure, the call keeps its side
 * effects: it is never removed, merged or moved across another.
 */
#define OP_FNSPEC	".pX w X X "

/*
 * Until the lower pass turns it into a few instructions, a call to
 * __pcpusect_op is priced by two parts of GCC that see only a call.
 *
 * The branch predictor guesses that a block with a call to an unknown
 * function is rarely run (its "call heuristic"): blocks got moved out of
 * line and tails duplicated around a conditional this_cpu_inc() where the
 * unguarded asm gets neither.  A target builtin (BUILT_IN_MD) is exempt,
 * so __pcpusect_op is one while profile_estimate runs, and only then.
 *
 * The inliner counts a call and its four argument moves, 6; the section
 * becomes 2 instructions in table mode, 4 with the marker.  As a target
 * builtin it would count 1, and GCC would inline more functions that hold
 * an operation: on defconfig 1,014 bytes more text in table mode
 * (kernel/README.md).  The unguarded kernel's operation counts about 25,
 * most of it get_lowcore()'s ALTERNATIVE asm counted line by line.
 *
 * Every call is lowered before expand, so the target never sees its
 * builtin PCPUSECT_MD_CODE, which is far above any of its own.  Not under
 * LTO, where the streamer would ask the target for it.
 */
#define PCPUSECT_MD_CODE	0x7fff0000u

static void set_target_builtin(tree decl, bool md)
{
	if (decl)
		set_decl_built_in_function(decl, md ? BUILT_IN_MD : NOT_BUILT_IN,
					   md ? PCPUSECT_MD_CODE : 0);
}

/* PLUGIN_PASS_EXECUTION: a target builtin for the branch predictor only. */
void pcpusect_price_for_pass(void *gcc_data, void *user_data)
{
	const opt_pass *pass = (const opt_pass *)gcc_data;
	bool md = pass && pass->name && !strcmp(pass->name, "profile_estimate");

	if (flag_generate_lto || flag_generate_offload || in_lto_p)
		return;
	set_target_builtin(op_decl, md);
	set_target_builtin(op128_decl, md);
}

static tree build_op_decl(const char *name, tree value_type)
{
	tree type = build_function_type_list(value_type, integer_type_node,
					     ptr_type_node, value_type,
					     value_type, NULL_TREE);
	tree fnspec = build_string(strlen(OP_FNSPEC), OP_FNSPEC);
	tree decl;

	type = build_type_attribute_variant(type,
		tree_cons(get_identifier("fn spec"),
			  build_tree_list(NULL_TREE, fnspec), NULL_TREE));
	decl = build_fn_decl(name, type);
	TREE_NOTHROW(decl) = 1;
	DECL_ARTIFICIAL(decl) = 1;
	return decl;
}

tree pcpusect_op_decl(void)
{
	if (!op_decl)
		op_decl = build_op_decl("__pcpusect_op",
					long_unsigned_type_node);
	return op_decl;
}

/* The same for 16-byte objects (cmpxchg128), values unsigned __int128. */
tree pcpusect_op128_decl(void)
{
	if (!op128_decl)
		op128_decl = build_op_decl("__pcpusect_op128",
					   unsigned_intTI_type_node);
	return op128_decl;
}

/*
 * By name, not by decl: with -flto the calls reach the lower pass
 * through the LTO streamer, which hands them a decl of its own.
 */
bool pcpusect_is_op_call(const gimple *stmt)
{
	tree fndecl;

	if (!is_gimple_call(stmt))
		return false;
	fndecl = gimple_call_fndecl(stmt);
	return fndecl && (DECL_NAME(fndecl) == DECL_NAME(pcpusect_op_decl()) ||
			  DECL_NAME(fndecl) == DECL_NAME(pcpusect_op128_decl()));
}
