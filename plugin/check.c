// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect_check: runs on low GIMPLE before SSA.  Diagnoses misuse at
 * the user's line and rewrites each __builtin_pcpusect_* call into
 *
 *	tmp = __pcpusect_op(kind, ptr, addend, new);
 *	*out = (T) (tmp [+ addend]);	read, *_return, xchg and cmpxchg
 *
 * kind says op, size and signedness; addend is the value as unsigned
 * long, already negated for sub (for a store into a narrower object, as
 * that object's unsigned type); for xchg it is the new value, for cmpxchg
 * the old one, and new is cmpxchg's new value (0 otherwise).  The
 * object's type is that of the last
 * argument, a null pointer constant the header builds with __typeof__:
 * GIMPLE keeps the type of a constant, while it drops the conversions a
 * cast such as *(int *)lp makes to the address.  On pointer objects add
 * and sub count bytes, as GCC's __atomic builtins and the kernel's x86
 * and s390 this_cpu_add do.
 */
#include "pcpusect-plugin.h"
#include "gimple-fold.h"
#include "gimple-walk.h"
#include "builtins.h"	/* get_object_alignment_1 */

/*
 * Arguments: the object's address, the operand (has_value), the second
 * operand (has_value2: cmpxchg's new value), the address of the result
 * (has_out), and last a null pointer of the object's type.
 */
struct builtin_shape {
	int op;		/* PCPUSECT_OP_* */
	int nargs;
	bool has_value;
	bool has_value2;
	bool has_out;
	bool negate;
};

/* In enum pcpusect_builtin order. */
static const struct builtin_shape shapes[PCPUSECT_BI_MAX] = {
	{ PCPUSECT_OP_READ,	3, false, false, true,	false },
	{ PCPUSECT_OP_WRITE,	3, true,  false, false, false },
	{ PCPUSECT_OP_ADD,	3, true,  false, false, false },
	{ PCPUSECT_OP_ADD,	3, true,  false, false, true },
	{ PCPUSECT_OP_AND,	3, true,  false, false, false },
	{ PCPUSECT_OP_OR,	3, true,  false, false, false },
	{ PCPUSECT_OP_ADD,	4, true,  false, true,	false },
	{ PCPUSECT_OP_ADD,	4, true,  false, true,	true },
	{ PCPUSECT_OP_XCHG,	4, true,  false, true,	false },
	{ PCPUSECT_OP_CMPXCHG,	5, true,  true,	 true,	false },
};

/* Ops whose operands are values to store, converted as by assignment. */
static bool stores_values(int op)
{
	return op == PCPUSECT_OP_WRITE || op == PCPUSECT_OP_XCHG ||
	       op == PCPUSECT_OP_CMPXCHG;
}

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
			 const struct builtin_shape *shape, tree ptr,
			 tree carrier)
{
	tree type;
	unsigned HOST_WIDE_INT size;

	if (!POINTER_TYPE_P(TREE_TYPE(ptr))) {
		error_at(loc, "%qs expects the address of a per-CPU object "
			 "as its first argument", name);
		return NULL_TREE;
	}
	if (!POINTER_TYPE_P(TREE_TYPE(carrier)) || !integer_zerop(carrier)) {
		error_at(loc, "%qs expects a null pointer to the type of the object "
			 "as its last argument", name);
		return NULL_TREE;
	}
	type = TREE_TYPE(TREE_TYPE(carrier));
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
	if (size == 16 && shape->op != PCPUSECT_OP_CMPXCHG) {
		error_at(loc, "%qs: 16-byte per-CPU object of type %qT is not "
			 "supported; 16-byte objects take %<this_cpu_cmpxchg%> "
			 "and %<this_cpu_try_cmpxchg%> only (cdsg)", name, type);
		return NULL_TREE;
	}
	if (size == 16 && !INTEGRAL_TYPE_P(type)) {
		error_at(loc, "%qs: 16-byte per-CPU object of type %qT is not "
			 "an integer (%<unsigned __int128%>, %<u128%> in the "
			 "kernel)", name, type);
		return NULL_TREE;
	}
	if (size != 1 && size != 2 && size != 4 && size != 8 && size != 16) {
		error_at(loc, "%qs: %wu-byte per-CPU object of type %qT is not "
			 "supported; only objects of 1, 2, 4 and 8 bytes are "
			 "(and 16 for cmpxchg)", name, size, type);
		return NULL_TREE;
	}
	if (shape->op != PCPUSECT_OP_READ && TYPE_READONLY(type)) {
		error_at(loc, "%qs modifies a per-CPU object of %<const%>-qualified "
			 "type %qT", name, type);
		return NULL_TREE;
	}
	/* true + true would store 2, which no _Bool holds. */
	if (TREE_CODE(type) == BOOLEAN_TYPE && shape->op == PCPUSECT_OP_ADD) {
		error_at(loc, "%qs: arithmetic on per-CPU object of boolean "
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

/*
 * The interlocked instructions need natural alignment (a specification
 * exception otherwise), and a 2-byte object updated through the 4-byte
 * word that holds it must not straddle two words.  The object's type, or
 * the object the address is taken of, says when that is not known: a
 * packed field, say.
 */
static bool check_alignment(location_t loc, const char *name, tree type,
			    tree ptr, unsigned int size)
{
	unsigned int align = TYPE_ALIGN(type);
	unsigned HOST_WIDE_INT bitpos = 0;

	/* What the object is known to have, more (a 16-byte-aligned field
	 * of __int128, whose type has 8) or less (packed) than its type. */
	if (TREE_CODE(ptr) == ADDR_EXPR)
		get_object_alignment_1(TREE_OPERAND(ptr, 0), &align, &bitpos);
	if (align >= size * BITS_PER_UNIT &&
	    bitpos % (size * BITS_PER_UNIT) == 0)
		return true;
	error_at(loc, "%qs: per-CPU object of type %qT is not known to be "
		 "%u-byte aligned (a packed field, say), which interlocked "
		 "updates need", name, type, size);
	return false;
}

/* The target of the function being compiled, which target attributes
 * and pragmas may change. */
static bool check_target(location_t loc, const char *name)
{
	if (TARGET_64BIT && TARGET_Z196)
		return true;
	error_at(loc, "%qs needs z196 or later in 64-bit mode; a target "
		 "attribute or pragma compiles %qD for an older architecture",
		 name, current_function_decl);
	return false;
}

static bool check_value(location_t loc, const char *name,
			const struct builtin_shape *shape, tree type, tree val)
{
	tree vtype = TREE_TYPE(val);

	if (INTEGRAL_TYPE_P(vtype)) {
		if (POINTER_TYPE_P(type) && stores_values(shape->op) &&
		    !integer_zerop(val)) {
			error_at(loc, "%qs: storing an integer into per-CPU "
				 "pointer of type %qT", name, type);
			return false;
		}
		return true;
	}
	if (POINTER_TYPE_P(vtype) && POINTER_TYPE_P(type) &&
	    stores_values(shape->op))
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
			 const struct builtin_shape *shape, tree type, tree val)
{
	tree addend;

	if (tree_to_uhwi(TYPE_SIZE_UNIT(type)) == 16)
		return gimple_convert(seq, loc, unsigned_intTI_type_node, val);

	/* A store and a compare-and-swap take the low bytes of their
	 * registers: no extension of a narrow value to 64 bits first. */
	if (stores_values(shape->op) &&
	    tree_to_uhwi(TYPE_SIZE_UNIT(type)) < 8)
		return gimple_convert(seq, loc,
				      unsigned_type_for(TYPE_MAIN_VARIANT(type)),
				      val);
	addend = gimple_convert(seq, loc, long_unsigned_type_node, val);

	if (shape->negate)
		addend = gimple_build(seq, loc, NEGATE_EXPR,
				      long_unsigned_type_node, addend);
	return addend;
}

/*
 * The header's result variables (__pcs_ret) have their address taken
 * only to be handed to the builtin.  Once the call is gone they need not
 * live in memory: at -O0 nothing else would notice, and AddressSanitizer
 * would give each a guarded stack slot and the function a frame that an
 * asm clobbering %r13 cannot have.
 */
static hash_set<tree> *result_vars;

/* Where the result goes: the variable itself when out is its address. */
static tree result_target(tree out)
{
	tree var;

	if (TREE_CODE(out) != ADDR_EXPR)
		return build_simple_mem_ref(out);
	var = TREE_OPERAND(out, 0);
	if (!VAR_P(var) || is_global_var(var) || !is_gimple_reg_type(TREE_TYPE(var)))
		return build_simple_mem_ref(out);
	result_vars->add(var);
	return var;
}

static tree find_address_taken(tree *tp, int *walk_subtrees, void *data)
{
	if (TREE_CODE(*tp) == ADDR_EXPR) {
		tree base = get_base_address(TREE_OPERAND(*tp, 0));

		if (base && result_vars->contains(base))
			result_vars->remove(base);
	}
	if (TYPE_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* ASAN_MARK (poison or unpoison, &var, size): use-after-scope marks of
 * a variable that gets an address only because of the builtin. */
static tree asan_mark_var(gimple *stmt)
{
	tree addr;

	if (!gimple_call_internal_p(stmt, IFN_ASAN_MARK))
		return NULL_TREE;
	addr = gimple_call_arg(stmt, 1);
	if (TREE_CODE(addr) != ADDR_EXPR ||
	    !result_vars->contains(TREE_OPERAND(addr, 0)))
		return NULL_TREE;
	return TREE_OPERAND(addr, 0);
}

/*
 * Result variables whose address nothing else takes become registers;
 * their use-after-scope marks go, as execute_update_addresses_taken()
 * would remove them when optimising.
 */
static void release_result_vars(function *fun)
{
	struct walk_stmt_info wi;
	basic_block bb;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			if (asan_mark_var(gsi_stmt(gsi)))
				continue;
			memset(&wi, 0, sizeof(wi));
			walk_gimple_op(gsi_stmt(gsi), find_address_taken, &wi);
		}
	}
	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);

		while (!gsi_end_p(gsi)) {
			if (asan_mark_var(gsi_stmt(gsi)))
				gsi_remove(&gsi, true);
			else
				gsi_next(&gsi);
		}
	}
	for (hash_set<tree>::iterator it = result_vars->begin();
	     it != result_vars->end(); ++it)
		TREE_ADDRESSABLE(*it) = 0;
}

/* Rewrites one call; returns false after a diagnostic. */
static bool rewrite_call(gimple_stmt_iterator *gsi, gcall *call, int bi)
{
	const struct builtin_shape *shape = &shapes[bi];
	location_t loc = gimple_location(call);
	const char *name = user_name(loc, pcpusect_builtin_name(bi));
	gimple_seq seq = NULL;
	tree type, ptr, addend, value2, tmp, out, value, vtype, decl;
	unsigned int size, flags, kind;
	gcall *op;

	if ((int)gimple_call_num_args(call) != shape->nargs) {
		error_at(loc, "%qs takes %d arguments, not %d", name,
			 shape->nargs, gimple_call_num_args(call));
		return false;
	}
	if (!check_target(loc, name))
		return false;
	ptr = gimple_call_arg(call, 0);
	type = check_object(loc, name, shape, ptr,
			    gimple_call_arg(call, shape->nargs - 1));
	if (!type)
		return false;
	if (shape->has_value &&
	    !check_value(loc, name, shape, type, gimple_call_arg(call, 1)))
		return false;
	if (shape->has_value2 &&
	    !check_value(loc, name, shape, type, gimple_call_arg(call, 2)))
		return false;
	out = shape->has_out ? gimple_call_arg(call, shape->nargs - 2) : NULL;
	if (out && !check_out(loc, name, type, out))
		return false;

	size = tree_to_uhwi(TYPE_SIZE_UNIT(type));
	if (shape->op != PCPUSECT_OP_READ && shape->op != PCPUSECT_OP_WRITE &&
	    !check_alignment(loc, name, type, ptr, size))
		return false;
	flags = TYPE_UNSIGNED(type) || POINTER_TYPE_P(type) ?
		0 : PCPUSECT_F_SIGNED;
	if (shape->op == PCPUSECT_OP_ADD && out)
		flags |= PCPUSECT_F_RESULT;
	kind = PCPUSECT_KIND(shape->op, size, flags);
	/* 16 bytes: values of unsigned __int128 through __pcpusect_op128. */
	vtype = size == 16 ? unsigned_intTI_type_node : long_unsigned_type_node;
	decl = size == 16 ? pcpusect_op128_decl() : pcpusect_op_decl();

	addend = shape->has_value ?
		 build_addend(&seq, loc, shape, type, gimple_call_arg(call, 1)) :
		 build_zero_cst(vtype);
	value2 = shape->has_value2 ?
		 build_addend(&seq, loc, shape, type, gimple_call_arg(call, 2)) :
		 build_zero_cst(vtype);
	op = gimple_build_call(decl, 4, build_int_cst(integer_type_node, kind),
			       ptr, addend, value2);
	gimple_set_location(op, loc);
	if (out) {
		tmp = create_tmp_reg(vtype, "pcpusect");
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
				    gimple_build_assign(result_target(out),
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
	hash_set<tree> vars;
	basic_block bb;

	result_vars = &vars;
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
	release_result_vars(fun);
	result_vars = NULL;
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
