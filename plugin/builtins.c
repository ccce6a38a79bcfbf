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
 * Until the lower pass turns it into a few instructions, the optimisers
 * price a call to __pcpusect_op as a call to an unknown function: the
 * branch predictor guesses that a block with such a call is rarely run
 * (its "call heuristic"), and the inliner counts a call and four
 * argument moves.  Blocks get moved out of line and tails duplicated
 * around a conditional this_cpu_inc() where the unguarded asm gets
 * neither.  A target builtin (BUILT_IN_MD) gets no call heuristic and
 * inline cost 1, a little under what it becomes (two instructions in
 * table mode, four with the marker), so GCC inlines a little more than
 * for the unguarded code (kernel/README.md has the bytes).  Every call is
 * lowered before expand, so the target never expands the code, which is
 * far above any of its own.  Not under LTO, where the streamer would ask
 * the target for builtin PCPUSECT_MD_CODE.
 */
#define PCPUSECT_MD_CODE	0x7fff0000u
static void price_as_target_builtin(tree decl)
{
	if (flag_generate_lto || flag_generate_offload || in_lto_p)
		return;
	set_decl_built_in_function(decl, BUILT_IN_MD, PCPUSECT_MD_CODE);
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
	price_as_target_builtin(decl);
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
