// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect_check: runs on low GIMPLE before SSA, while every argument
 * still has the type the front end gave it.  Diagnoses misuse at the
 * user's line and rewrites each __builtin_pcpusect_* call into
 *
 *	tmp = __pcpusect_op(kind, ptr, addend);
 *	*out = (T) (tmp [+ addend]);		read and *_return only
 *
 * kind says op, size and signedness; addend is the value as unsigned
 * long, already negated for sub.  On pointer objects add and sub count
 * bytes, as GCC's __atomic builtins and the kernel's x86 and s390
 * this_cpu_add do.
 */
#include "pcpusect-plugin.h"
#include "gimple-fold.h"
#include "gimple-walk.h"

struct builtin_shape {
	int op;		/* PCPUSECT_OP_* */
	int nargs;
	bool has_value;	/* second argument is an operand */
	bool has_out;	/* last argument is the address of the result */
	bool negate;
};

/* In enum pcpusect_builtin order. */
static const struct builtin_shape shapes[PCPUSECT_BI_MAX] = {
	{ PCPUSECT_OP_READ,	2, false, true,	 false },
	{ PCPUSECT_OP_WRITE, 2, true,  false, false },
	{ PCPUSECT_OP_ADD,	2, true,  false, false },
	{ PCPUSECT_OP_ADD,	2, true,  false, true },
	{ PCPUSECT_OP_AND,	2, true,  false, false },
	{ PCPUSECT_OP_OR,	2, true,  false, false },
	{ PCPUSECT_OP_ADD,	3, true,  true,	 false },
	{ PCPUSECT_OP_ADD,	3, true,  true,	 true },
};

/*
 * Diagnostics name the operation the user wrote: the outermost this_cpu_*
 * macro the call came from (this_cpu_inc, not this_cpu_add).
 */
static const char *user_name(location_t loc, const char *builtin)
{
	const char *name = builtin;

	loc = get_pure_location(line_table, loc);
	while (linemap_location_from_macro_expansion_p(line_table, loc)) {
		const line_map_macro *map =
			linemap_check_macro(linemap_lookup(line_table, loc));
		const char *macro = (const char *)linemap_map_get_macro_name(map);

		if (!strncmp(macro, "this_cpu_", 9))
			name = macro;
		loc = get_pure_location(line_table,
					MACRO_MAP_EXPANSION_POINT_LOCATION(map));
	}
	return name;
}

/* Returns the object's type, or NULL_TREE after a diagnostic. */
static tree check_object(location_t loc, const char *name,
			 const struct builtin_shape *shape, tree ptr)
{
	tree type;
	unsigned HOST_WIDE_INT size;

	if (!POINTER_TYPE_P(TREE_TYPE(ptr))) {
		error_at(loc, "%qs expects the address of a per-CPU object "
			 "as its first argument", name);
		return NULL_TREE;
	}
	type = TREE_TYPE(TREE_TYPE(ptr));
	if (FLOAT_TYPE_P(type)) {
		error_at(loc, "%qs: floating-point per-CPU object of type %qT "
			 "is not supported; only integers and pointers are",
			 name, type);
		return NULL_TREE;
	}
	if (!INTEGRAL_TYPE_P(type) && !POINTER_TYPE_P(type)) {
		error_at(loc, "%qs: per-CPU object of type %qT is not an "
			 "integer or a pointer", name, type);
		return NULL_TREE;
	}
	size = tree_to_uhwi(TYPE_SIZE_UNIT(type));
	if (size != 4 && size != 8) {
		error_at(loc, "%qs: %wu-byte per-CPU object of type %qT is not "
			 "supported; only 4- and 8-byte objects are", name,
			 size, type);
		return NULL_TREE;
	}
	if (shape->op != PCPUSECT_OP_READ && TYPE_READONLY(type)) {
		error_at(loc, "%qs modifies a per-CPU object of %<const%>-qualified "
			 "type %qT", name, type);
		return NULL_TREE;
	}
	if (POINTER_TYPE_P(type) && (shape->op == PCPUSECT_OP_AND ||
				     shape->op == PCPUSECT_OP_OR)) {
		error_at(loc, "%qs: bitwise operation on per-CPU pointer of "
			 "type %qT", name, type);
		return NULL_TREE;
	}
	return type;
}

static bool check_value(location_t loc, const char *name,
			const struct builtin_shape *shape, tree type, tree val)
{
	tree vtype = TREE_TYPE(val);

	if (INTEGRAL_TYPE_P(vtype)) {
		if (POINTER_TYPE_P(type) && shape->op == PCPUSECT_OP_WRITE &&
		    !integer_zerop(val)) {
			error_at(loc, "%qs: storing an integer into per-CPU "
				 "pointer of type %qT", name, type);
			return false;
		}
		return true;
	}
	if (POINTER_TYPE_P(vtype) && POINTER_TYPE_P(type) &&
	    shape->op == PCPUSECT_OP_WRITE)
		return true;
	error_at(loc, "%qs: operand of type %qT does not fit per-CPU object "
		 "of type %qT", name, vtype, type);
	return false;
}

static bool check_out(location_t loc, const char *name, tree type, tree out)
{
	tree otype = TREE_TYPE(out);

	if (POINTER_TYPE_P(otype) &&
	    TYPE_MAIN_VARIANT(TREE_TYPE(otype)) == TYPE_MAIN_VARIANT(type))
		return true;
	error_at(loc, "%qs expects the address of the result, of type %qT, "
		 "as its last argument", name, type);
	return false;
}

/* The operand as unsigned long, negated for sub. */
static tree build_addend(gimple_seq *seq, location_t loc,
			 const struct builtin_shape *shape, tree val)
{
	tree addend = gimple_convert(seq, loc, long_unsigned_type_node, val);

	if (shape->negate)
		addend = gimple_build(seq, loc, NEGATE_EXPR,
				      long_unsigned_type_node, addend);
	return addend;
}

/* Rewrites one call; returns false after a diagnostic. */
static bool rewrite_call(gimple_stmt_iterator *gsi, gcall *call, int bi)
{
	const struct builtin_shape *shape = &shapes[bi];
	location_t loc = gimple_location(call);
	const char *name = user_name(loc, pcpusect_builtin_name(bi));
	gimple_seq seq = NULL;
	tree type, ptr, addend, tmp, out, value;
	unsigned int size, flags, kind;
	gcall *op;

	if ((int)gimple_call_num_args(call) != shape->nargs) {
		error_at(loc, "%qs takes %d arguments, not %d", name,
			 shape->nargs, gimple_call_num_args(call));
		return false;
	}
	ptr = gimple_call_arg(call, 0);
	type = check_object(loc, name, shape, ptr);
	if (!type)
		return false;
	if (shape->has_value &&
	    !check_value(loc, name, shape, type, gimple_call_arg(call, 1)))
		return false;
	out = shape->has_out ? gimple_call_arg(call, shape->nargs - 1) : NULL;
	if (out && !check_out(loc, name, type, out))
		return false;

	size = tree_to_uhwi(TYPE_SIZE_UNIT(type));
	flags = TYPE_UNSIGNED(type) || POINTER_TYPE_P(type) ?
		0 : PCPUSECT_F_SIGNED;
	if (shape->op == PCPUSECT_OP_ADD && out)
		flags |= PCPUSECT_F_RESULT;
	kind = PCPUSECT_KIND(shape->op, size, flags);

	addend = shape->has_value ?
		 build_addend(&seq, loc, shape, gimple_call_arg(call, 1)) :
		 build_zero_cst(long_unsigned_type_node);
	op = gimple_build_call(pcpusect_op_decl(), 3,
			       build_int_cst(integer_type_node, kind), ptr,
			       addend);
	gimple_set_location(op, loc);
	if (out) {
		tmp = create_tmp_reg(long_unsigned_type_node, "pcpusect");
		gimple_call_set_lhs(op, tmp);
	}
	gimple_seq_add_stmt(&seq, op);
	if (out) {
		value = tmp;
		if (shape->op == PCPUSECT_OP_ADD)
			value = gimple_build(&seq, loc, PLUS_EXPR,
					     long_unsigned_type_node, tmp,
					     addend);
		value = gimple_convert(&seq, loc, TYPE_MAIN_VARIANT(type),
				       value);
		gimple_seq_add_stmt(&seq,
				    gimple_build_assign(build_simple_mem_ref(out),
							value));
	}
	gimple_seq_set_location(seq, loc);
	gsi_insert_seq_before(gsi, seq, GSI_SAME_STMT);
	return true;
}

static tree find_builtin_ref(tree *tp, int *walk_subtrees, void *data)
{
	if (TREE_CODE(*tp) == FUNCTION_DECL && pcpusect_builtin_of(*tp) >= 0)
		return *tp;
	if (TYPE_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* A builtin used other than by a direct call would be an undefined
 * symbol at link time; say so at the use. */
static void check_stray_reference(gimple *stmt)
{
	struct walk_stmt_info wi;
	tree found;
	unsigned int i;

	if (is_gimple_call(stmt) &&
	    pcpusect_builtin_of(gimple_call_fndecl(stmt)) >= 0) {
		for (i = 0; i < gimple_call_num_args(stmt); i++) {
			found = walk_tree(gimple_call_arg_ptr(stmt, i),
					  find_builtin_ref, NULL, NULL);
			if (found)
				break;
		}
	} else {
		memset(&wi, 0, sizeof(wi));
		found = walk_gimple_op(stmt, find_builtin_ref, &wi);
	}
	if (found)
		error_at(gimple_location(stmt), "%qD can only be called "
			 "directly", found);
}

static unsigned int check_execute(function *fun)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);

		while (!gsi_end_p(gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			int bi = -1;

			check_stray_reference(stmt);
			if (is_gimple_call(stmt))
				bi = pcpusect_builtin_of(gimple_call_fndecl(stmt));
			if (bi < 0) {
				gsi_next(&gsi);
				continue;
			}
			rewrite_call(&gsi, as_a<gcall *>(stmt), bi);
			/* Bad calls go too: errors stop compilation anyway. */
			gsi_remove(&gsi, true);
		}
	}
	return 0;
}

static const pass_data check_pass_data = {
	.type = GIMPLE_PASS,
	.name = "pcpusect_check",
	.optinfo_flags = OPTGROUP_NONE,
	.tv_id = TV_NONE,
	.properties_required = PROP_cfg,
	.properties_provided = 0,
	.properties_destroyed = 0,
	.todo_flags_start = 0,
	.todo_flags_finish = 0,
};

class pcpusect_check_pass : public gimple_opt_pass {
public:
	pcpusect_check_pass(gcc::context *ctxt)
		: gimple_opt_pass(check_pass_data, ctxt)
	{
	}

	unsigned int execute(function *fun) final override
	{
		return check_execute(fun);
	}
};

opt_pass *make_pcpusect_check_pass(gcc::context *ctxt)
{
	return new pcpusect_check_pass(ctxt);
}
