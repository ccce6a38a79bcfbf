// SPDX-License-Identifier: GPL-2.0
/*
 * pcpusect_lower: the last GIMPLE pass.  Each __pcpusect_op call becomes
 * one volatile asm holding the whole guarded section and its table entry,
 * so no optimisation can split it or move anything into it:
 *
 *	.Lpcs<n>s: mviy MARKER(%r0),N
 *	.Lpcs<n>a: ag	R,OFFSET(%r0)
 *		   OP	...,0(R)
 *		   mviy MARKER(%r0),0
 *	.Lpcs<n>e:
 *
 * With mode=table both mviy are left out (PCPUSECT_F_TABLE): the entry
 * alone marks the section, whose start is then its ag.  Consecutive
 * operations on one base may share a section (fuse, below).
 *
 * R is an "=a" output tied to the address: an address register, never
 * r0.  N is not known before register allocation; the template carries
 * PCPUSECT_REG_MARK until pcpusect_regno writes the number in.
 *
 * The asm clobbers "cc" only.  Its memory effect is the object at ptr,
 * as memory operands the template never prints: an input for what reads
 * it, an output for what writes it.  So, as on x86, a this_cpu operation
 * is no compiler barrier; volatile keeps sections in program order.
 *
 * No other operand the template uses may share R's register, since the
 * ag changes it (and the exit hook may rebase it).  The result is an
 * output, and outputs never share.  The operand is an input, which the
 * allocator may put into R's register only if it knows the two hold the
 * same value (this_cpu_add(*p, (long)p)); when it may be computed from
 * an address, it goes through an empty asm first, whose output nobody
 * can know.  That, not an early clobber on R, keeps them apart, because
 * an early clobber would also keep the memory operands' address out of
 * R's register and cost a copy per section.
 */
#include "pcpusect-plugin.h"
#include "tree-into-ssa.h"	/* mark_virtual_operands_for_renaming */
#include "builtins.h"		/* get_pointer_alignment_1 */
#include "gimple-fold.h"	/* gimple_build, gimple_convert */
#include "tree-dfa.h"		/* get_addr_base_and_unit_offset */

struct asm_operands {
	vec<tree, va_gc> *outputs;
	vec<tree, va_gc> *inputs;
	vec<tree, va_gc> *clobbers;
};

static void add_operand(vec<tree, va_gc> **v, const char *constraint,
			tree value)
{
	tree c = build_string(strlen(constraint) + 1, constraint);

	vec_safe_push(*v, build_tree_list(build_tree_list(NULL_TREE, c),
					  value));
}

static void add_clobber(vec<tree, va_gc> **v, const char *name)
{
	vec_safe_push(*v, build_tree_list(NULL_TREE,
					  build_string(strlen(name) + 1, name)));
}

/*
 * The object as a memory operand: size bytes at ptr, in alias set 0 (the
 * offset's type is void *), since the user may reach it through any type.
 */
static tree object_ref_at(tree ptr, HOST_WIDE_INT disp, unsigned int size)
{
	tree type = build_nonstandard_integer_type(size * BITS_PER_UNIT, 1);

	/* Folds &s.f into a valid base, MEM[&s + offsetof(f)]. */
	return fold_build2(MEM_REF, type, ptr,
			   build_int_cst(ptr_type_node, disp));
}

static tree object_ref(tree ptr, unsigned int size)
{
	return object_ref_at(ptr, 0, size);
}

/*
 * Whether the value of v may be computed from an address, so that the
 * allocator could find it equal to the section's (this_cpu_add(*p,
 * (long)p)): some operand on the way to it, within a few steps, is a
 * pointer.  Constants, parameters, loads and integer arithmetic on them
 * cannot be known to equal an address.
 */
static bool may_be_address(tree v, int depth)
{
	gimple *def;
	unsigned int i;

	if (POINTER_TYPE_P(TREE_TYPE(v)) || TREE_CODE(v) == ADDR_EXPR)
		return true;
	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return false;
	if (depth == 0)
		return true;
	def = SSA_NAME_DEF_STMT(v);
	if (gphi *phi = dyn_cast<gphi *>(def)) {
		for (i = 0; i < gimple_phi_num_args(phi); i++)
			if (may_be_address(gimple_phi_arg_def(phi, i), depth - 1))
				return true;
		return false;
	}
	if (!is_gimple_assign(def))
		return false;
	if (gimple_assign_load_p(def))
		return false;
	for (i = 1; i < gimple_num_ops(def); i++)
		if (may_be_address(gimple_op(def, i), depth - 1))
			return true;
	return false;
}

/*
 * v through an empty asm, if it may be computed from an address: a value
 * the register allocator cannot know.  The rest of the block uses the
 * copy too (a *_return adds the operand to the old value), so that v
 * need not stay live beside it.
 */
static tree opaque_copy(gimple_stmt_iterator *gsi, tree v)
{
	vec<tree, va_gc> *outputs = NULL, *inputs = NULL;
	gimple_stmt_iterator it;
	tree copy;
	gasm *stmt;

	if (!may_be_address(v, 6))
		return v;
	copy = make_ssa_name(TREE_TYPE(v));
	add_operand(&outputs, "=d", copy);
	add_operand(&inputs, "0", v);
	stmt = gimple_build_asm_vec("", inputs, outputs, NULL, NULL);
	SSA_NAME_DEF_STMT(copy) = stmt;
	gsi_insert_before(gsi, stmt, GSI_SAME_STMT);

	for (it = *gsi; !gsi_end_p(it); gsi_next(&it)) {
		gimple *use_stmt = gsi_stmt(it);
		use_operand_p use_p;
		ssa_op_iter iter;
		bool changed = false;

		if (is_gimple_debug(use_stmt))
			continue;
		FOR_EACH_SSA_USE_OPERAND(use_p, use_stmt, iter, SSA_OP_USE) {
			if (USE_FROM_PTR(use_p) == v) {
				SET_USE(use_p, copy);
				changed = true;
			}
		}
		if (changed)
			update_stmt(use_stmt);
	}
	return copy;
}

/* asi/agsi take a signed 8-bit immediate; is the addend one? */
static bool fits_asi(tree addend, unsigned int size, HOST_WIDE_INT *imm)
{
	HOST_WIDE_INT v;

	if (TREE_CODE(addend) != INTEGER_CST)
		return false;
	v = (HOST_WIDE_INT)TREE_INT_CST_LOW(addend);
	if (size == 4)
		v = (int32_t)v;
	if (v < -128 || v > 127)
		return false;
	*imm = v;
	return true;
}

/* A load that extends the object to 64 bits as its type says. */
static const char *read_insn(unsigned int size, bool sgn)
{
	switch (size) {
	case 1:
		return sgn ? "lgb" : "llgc";
	case 2:
		return sgn ? "lgh" : "llgh";
	case 4:
		return sgn ? "lgf" : "llgf";
	}
	return "lg";
}

/*
 * What touches the per-CPU data: one instruction, or for xchg a load and
 * a compare-and-swap loop (pcpusect/table.h says why a rebase anywhere in
 * it is safe).  res, val and val2 are operand numbers.
 */
static void format_op(char *buf, size_t len, unsigned int op,
		      unsigned int size, unsigned int flags, int res, int val,
		      int val2, HOST_WIDE_INT imm, long disp)
{
	bool g = size == 8;

	switch (op) {
	case PCPUSECT_OP_XCHG:
		snprintf(buf, len,
			 "%s\t%%%d,0(%%0)\n"
			 ".Lpcs%%=l:\t%s\t%%%d,%%%d,0(%%0)\n"
			 "\tjl\t.Lpcs%%=l",
			 g ? "lg" : "l", res, g ? "csg" : "cs", res, val);
		break;
	case PCPUSECT_OP_CMPXCHG:
		/* cdsg: OLD and NEW are even/odd register pairs, which GCC
		 * gives every 16-byte value in general registers. */
		snprintf(buf, len, "%s\t%%%d,%%%d,0(%%0)",
			 size == 16 ? "cdsg" : g ? "csg" : "cs", res, val2);
		break;
	case PCPUSECT_OP_READ:
		snprintf(buf, len, "%s\t%%%d,%ld(%%0)",
			 read_insn(size, flags & PCPUSECT_F_SIGNED), res, disp);
		break;
	case PCPUSECT_OP_WRITE:
		snprintf(buf, len, "%s\t%%%d,%ld(%%0)",
			 size == 1 ? "stc" : size == 2 ? "sth" :
			 g ? "stg" : "st", val, disp);
		break;
	case PCPUSECT_OP_ADD:
		if (flags & PCPUSECT_F_IMM)
			snprintf(buf, len, "%s\t%ld(%%0)," HOST_WIDE_INT_PRINT_DEC,
				 g ? "agsi" : "asi", disp, imm);
		else
			snprintf(buf, len, "%s\t%%%d,%%%d,%ld(%%0)",
				 g ? "laag" : "laa", res, val, disp);
		break;
	case PCPUSECT_OP_AND:
		snprintf(buf, len, "%s\t%%%d,%%%d,%ld(%%0)",
			 g ? "lang" : "lan", res, val, disp);
		break;
	case PCPUSECT_OP_OR:
		snprintf(buf, len, "%s\t%%%d,%%%d,%ld(%%0)",
			 g ? "laog" : "lao", res, val, disp);
		break;
	default:
		gcc_unreachable();
	}
}

/*
 * 1- and 2-byte read-modify-writes.  No interlocked instruction updates
 * fewer than 4 bytes, so the section works on the aligned word that
 * holds the object, as the kernel's own 1- and 2-byte atomics do.  R is
 * that word's address: per-CPU offsets are multiples of 4, so the object
 * has the same place in every CPU's word.  The operands come in shifted
 * into the object's bits (MASK), computed before the section:
 *
 *	and	lan	OLD,VAL|~MASK,0(R)
 *	or	lao	OLD,VAL,0(R)
 *	add	l	OLD,0(R)
 *	  loop:	lr	NEW,OLD		NEW: OLD with OLD+VAL in MASK's bits
 *		ar	NEW,VAL
 *		xr	NEW,OLD
 *		nr	NEW,MASK
 *		xr	NEW,OLD
 *		cs	OLD,NEW,0(R)	fails if anything in the word changed
 *		jl	loop
 *	xchg	l	OLD,0(R)
 *	  loop:	lr	NEW,OLD
 *		nr	NEW,~MASK
 *		or	NEW,VAL
 *		cs	OLD,NEW,0(R)
 *		jl	loop
 *	cmpxchg	l	OLD,0(R)
 *	  loop:	lr	EXP,OLD		EXP: OLD with the expected value
 *		nr	EXP,~MASK
 *		lr	NEW,EXP		NEW: OLD with the new value
 *		or	EXP,EXPECTED
 *		or	NEW,VAL
 *		cr	EXP,OLD
 *		jne	done		the object holds another value
 *		cs	OLD,NEW,0(R)
 *		jl	loop		a neighbouring byte changed
 *	  done:
 *
 * The result is the object's bits of OLD.
 */
struct narrow {
	tree word;	/* address of the aligned word holding the object */
	tree shift;	/* bit position of the object's lowest bit in it */
	tree mask;	/* the object's bits in the word */
};

static bool is_narrow_rmw(unsigned int op, unsigned int size)
{
	return size < 4 && op != PCPUSECT_OP_READ && op != PCPUSECT_OP_WRITE;
}

static tree in_ssa_name(gimple_stmt_iterator *gsi, tree v)
{
	tree tmp;

	if (TREE_CODE(v) == SSA_NAME)
		return v;
	tmp = make_ssa_name(TREE_TYPE(v));
	gsi_insert_before(gsi, gimple_build_assign(tmp, v), GSI_SAME_STMT);
	return tmp;
}

static void locate_narrow(gimple_seq *seq, location_t loc, tree ptr,
			  tree ptr_as_written, unsigned int size,
			  struct narrow *n)
{
	tree ul = long_unsigned_type_node, ui = unsigned_type_node;
	unsigned HOST_WIDE_INT bitpos;
	unsigned int align;
	tree mis, sh;

	/* The byte offset in the word, when the alignment tells it. */
	if (get_pointer_alignment_1(ptr_as_written, &align, &bitpos) &&
	    align >= 32) {
		mis = build_int_cst(ul, bitpos / BITS_PER_UNIT % 4);
	} else {
		mis = gimple_convert(seq, loc, ul, ptr);
		mis = gimple_build(seq, loc, BIT_AND_EXPR, ul, mis,
				   build_int_cst(ul, 3));
	}
	n->word = gimple_build(seq, loc, POINTER_PLUS_EXPR, TREE_TYPE(ptr),
			       ptr, gimple_convert(seq, loc, sizetype,
					gimple_build(seq, loc, NEGATE_EXPR,
						     ul, mis)));
	/* Big-endian: byte 0 holds the word's top bits. */
	sh = gimple_convert(seq, loc, ui, mis);
	sh = gimple_build(seq, loc, LSHIFT_EXPR, ui, sh, build_int_cst(ui, 3));
	n->shift = gimple_build(seq, loc, MINUS_EXPR, ui,
				build_int_cst(ui, (4 - size) * 8), sh);
	n->mask = gimple_build(seq, loc, LSHIFT_EXPR, ui,
			       build_int_cst(ui, size == 1 ? 0xff : 0xffff),
			       n->shift);
}

/* v, converted to 32 bits, in the object's bits of the word. */
static tree shifted(gimple_seq *seq, location_t loc, const struct narrow *n,
		    tree v, bool masked)
{
	tree ui = unsigned_type_node;

	v = gimple_convert(seq, loc, ui, v);
	v = gimple_build(seq, loc, LSHIFT_EXPR, ui, v, n->shift);
	if (masked)
		v = gimple_build(seq, loc, BIT_AND_EXPR, ui, v, n->mask);
	return v;
}

static void format_narrow_op(char *buf, size_t len, unsigned int op)
{
	static const char *const loop_head = "l\t%1,0(%0)\n.Lpcs%=l:";
	const char *loop_tail = "\tcs\t%1,%2,0(%0)\n\tjl\t.Lpcs%=l";

	if (pcpusect_config.fault_narrow_store)
		loop_tail = "\tst\t%2,0(%0)";

	switch (op) {
	case PCPUSECT_OP_AND:
		snprintf(buf, len, "lan\t%%1,%%4,0(%%0)");
		break;
	case PCPUSECT_OP_OR:
		snprintf(buf, len, "lao\t%%1,%%4,0(%%0)");
		break;
	case PCPUSECT_OP_ADD:
		snprintf(buf, len, "%s\tlr\t%%2,%%1\n\tar\t%%2,%%5\n"
			 "\txr\t%%2,%%1\n\tnr\t%%2,%%6\n\txr\t%%2,%%1\n%s",
			 loop_head, loop_tail);
		break;
	case PCPUSECT_OP_XCHG:
		snprintf(buf, len, "%s\tlr\t%%2,%%1\n\tnr\t%%2,%%6\n"
			 "\tor\t%%2,%%5\n%s", loop_head, loop_tail);
		break;
	case PCPUSECT_OP_CMPXCHG:
		snprintf(buf, len, "%s\tlr\t%%3,%%1\n\tnr\t%%3,%%8\n"
			 "\tlr\t%%2,%%3\n\tor\t%%3,%%6\n\tor\t%%2,%%7\n"
			 "\tcr\t%%3,%%1\n\tjne\t.Lpcs%%=d\n%s\n.Lpcs%%=d:",
			 loop_head, loop_tail);
		break;
	default:
		gcc_unreachable();
	}
}

/*
 * The operands of a 1- or 2-byte read-modify-write, in the order
 * format_narrow_op numbers them: outputs R, OLD, NEW (not for and and
 * or), EXP (cmpxchg), the word; inputs the word's address for R, VAL
 * (EXPECTED, then VAL for cmpxchg), MASK (add) or ~MASK (xchg,
 * cmpxchg), the word.  Returns OLD.
 */
static tree narrow_operands(gimple_stmt_iterator *gsi, location_t loc,
			    unsigned int op, unsigned int size, tree ptr,
			    tree ptr_as_written, tree ptr_out, tree addend,
			    tree value2,
			    struct asm_operands *ops, tree *shift)
{
	tree ui = unsigned_type_node;
	tree old = make_ssa_name(ui);
	gimple_seq seq = NULL;
	struct narrow n;
	tree word, mem;

	locate_narrow(&seq, loc, ptr, ptr_as_written, size, &n);
	add_operand(&ops->outputs, "=a", ptr_out);
	add_operand(&ops->outputs, "=&d", old);
	switch (op) {
	case PCPUSECT_OP_AND:
		/* Ones in every other bit leave the neighbours alone. */
		addend = gimple_build(&seq, loc, BIT_IOR_EXPR, ui,
				      shifted(&seq, loc, &n, addend, false),
				      gimple_build(&seq, loc, BIT_NOT_EXPR, ui,
						   n.mask));
		break;
	case PCPUSECT_OP_OR:
		addend = shifted(&seq, loc, &n, addend, true);
		break;
	case PCPUSECT_OP_ADD:
		addend = shifted(&seq, loc, &n, addend, false);
		value2 = n.mask;
		break;
	case PCPUSECT_OP_XCHG:
		addend = shifted(&seq, loc, &n, addend, true);
		value2 = gimple_build(&seq, loc, BIT_NOT_EXPR, ui, n.mask);
		break;
	case PCPUSECT_OP_CMPXCHG:
		/* EXPECTED, VAL, ~MASK */
		addend = shifted(&seq, loc, &n, addend, true);
		value2 = shifted(&seq, loc, &n, value2, true);
		break;
	}
	gimple_seq_set_location(seq, loc);
	gsi_insert_seq_before(gsi, seq, GSI_SAME_STMT);
	word = in_ssa_name(gsi, n.word);
	mem = object_ref(word, 4);

	if (op != PCPUSECT_OP_AND && op != PCPUSECT_OP_OR)
		add_operand(&ops->outputs, "=&d", make_ssa_name(ui));
	if (op == PCPUSECT_OP_CMPXCHG)
		add_operand(&ops->outputs, "=&d", make_ssa_name(ui));
	add_operand(&ops->outputs, "=m", mem);
	add_operand(&ops->inputs, "0", word);
	add_operand(&ops->inputs, "d", addend);
	if (op == PCPUSECT_OP_CMPXCHG) {
		add_operand(&ops->inputs, "d", value2);
		seq = NULL;
		value2 = gimple_build(&seq, loc, BIT_NOT_EXPR, ui, n.mask);
		gsi_insert_seq_before(gsi, seq, GSI_SAME_STMT);
	}
	if (op != PCPUSECT_OP_AND && op != PCPUSECT_OP_OR)
		add_operand(&ops->inputs, "d", value2);
	add_operand(&ops->inputs, "m", mem);
	*shift = n.shift;
	return old;
}

/*
 * The table entries of a function go into a piece of __pcpusect_table
 * linked to the function (SHF_LINK_ORDER): --gc-sections then drops the
 * piece with an unused function instead of keeping the function alive,
 * and every piece being ordered keeps ld from dropping unordered pieces
 * beside them.  A function in a COMDAT group (C++ inline functions and
 * templates) takes its piece into the group, which the linker discards
 * whole when another unit's copy wins.
 */
static void format_table_section(char *buf, size_t len)
{
	const char *fn = IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(current_function_decl));
	tree group = decl_comdat_group_id(current_function_decl);

	fn = targetm.strip_name_encoding(fn);
	if (group)
		snprintf(buf, len, PCPUSECT_TABLE_SECTION
			 ",\"aoG\",@progbits,%s,%s,comdat", fn,
			 targetm.strip_name_encoding(IDENTIFIER_POINTER(group)));
	else
		snprintf(buf, len, PCPUSECT_TABLE_SECTION
			 ",\"ao\",@progbits,%s", fn);
}

/*
 * With lowcore-alt=D, each of the three lowcore instructions gets a
 * kernel alternative of type ALT_LOWCORE: the instruction with D added to
 * its displacement (see pcpusect/alt.h).
 */
static void format_alternatives(char *buf, size_t len)
{
	long d = pcpusect_config.lowcore_alt;
	long m = pcpusect_config.marker, o = pcpusect_config.offset;

	if (!d) {
		buf[0] = 0;
		return;
	}
	if (pcpusect_config.table_only) {
		snprintf(buf, len,
			 "\t.pushsection " PCPUSECT_ALT_REPL_SECTION ",\"ax\"\n"
			 ".Lpcs%%=ra:\tag\t%%0,%ld(%%%%r0)\n"
			 "\t.popsection\n"
			 "\t.pushsection " PCPUSECT_ALT_SECTION ",\"a\"\n"
			 "\t.long\t.Lpcs%%=a-.,.Lpcs%%=ra-.,%#x\n\t.byte\t6\n"
			 "\t.popsection\n",
			 o + d, PCPUSECT_ALT_LOWCORE);
		return;
	}
	snprintf(buf, len,
		 "\t.pushsection " PCPUSECT_ALT_REPL_SECTION ",\"ax\"\n"
		 ".Lpcs%%=rs:\tmviy\t%ld(%%%%r0)," PCPUSECT_REG_MARK "\n"
		 ".Lpcs%%=ra:\tag\t%%0,%ld(%%%%r0)\n"
		 ".Lpcs%%=rc:\tmviy\t%ld(%%%%r0),0\n"
		 "\t.popsection\n"
		 "\t.pushsection " PCPUSECT_ALT_SECTION ",\"a\"\n"
		 "\t.long\t.Lpcs%%=s-.,.Lpcs%%=rs-.,%#x\n\t.byte\t6\n"
		 "\t.long\t.Lpcs%%=a-.,.Lpcs%%=ra-.,%#x\n\t.byte\t6\n"
		 "\t.long\t.Lpcs%%=e-6-.,.Lpcs%%=rc-.,%#x\n\t.byte\t6\n"
		 "\t.popsection\n",
		 m + d, o + d, m + d, PCPUSECT_ALT_LOWCORE,
		 PCPUSECT_ALT_LOWCORE, PCPUSECT_ALT_LOWCORE);
}

static void format_section(char *buf, size_t len, const char *insn,
			   unsigned int op, unsigned int size,
			   unsigned int flags)
{
	char table[512], alts[1024], open[64], close[64];

	format_table_section(table, sizeof(table));
	format_alternatives(alts, sizeof(alts));
	if (pcpusect_config.table_only) {
		flags |= PCPUSECT_F_TABLE;
		snprintf(open, sizeof(open), ".Lpcs%%=s:\n");
		close[0] = 0;
	} else {
		snprintf(open, sizeof(open), ".Lpcs%%=s:\tmviy\t%ld(%%%%r0),"
			 PCPUSECT_REG_MARK "\n", pcpusect_config.marker);
		snprintf(close, sizeof(close), "\tmviy\t%ld(%%%%r0),0\n",
			 pcpusect_config.marker);
	}
	snprintf(buf, len,
		 "%s"
		 ".Lpcs%%=a:\tag\t%%0,%ld(%%%%r0)\n"
		 "\t%s\n"
		 "%s"
		 ".Lpcs%%=e:\n"
		 "%s"
		 "\t.pushsection %s\n"
		 "\t.balign 4\n"
		 "\t.long\t.Lpcs%%=s-.\n"
		 "\t.long\t.Lpcs%%=a-.\n"
		 "\t.long\t.Lpcs%%=e-.\n"
		 "\t.byte\t" PCPUSECT_REG_MARK ",%u,%u,%#x\n"
		 "\t.popsection",
		 open, pcpusect_config.offset, insn, close, alts, table, op,
		 size, flags);
}

/* The asm takes over the call's place in the memory SSA chain. */
static void take_memory_place(gasm *stmt, gcall *call)
{
	gimple_set_vuse(stmt, gimple_vuse(call));
	gimple_set_vdef(stmt, gimple_vdef(call));
	if (gimple_vdef(call))
		SSA_NAME_DEF_STMT(gimple_vdef(call)) = stmt;
	gimple_set_vdef(call, NULL_TREE);
	gimple_set_vuse(call, NULL_TREE);
}

/* The call is going away: so is its call-graph edge. */
static void remove_call_edge(gcall *call)
{
	cgraph_edge *edge = cgraph_node::get(cfun->decl)->get_edge(call);

	if (edge)
		cgraph_edge::remove(edge);
}

static void lower_call(gimple_stmt_iterator *gsi, gcall *call)
{
	unsigned int kind = tree_to_uhwi(gimple_call_arg(call, 0));
	unsigned int op = PCPUSECT_KIND_OP(kind);
	unsigned int size = PCPUSECT_KIND_SIZE(kind);
	unsigned int flags = PCPUSECT_KIND_FLAGS(kind);
	tree ptr = gimple_call_arg(call, 1);
	tree ptr_as_written = ptr;	/* its known alignment */
	tree addend = gimple_call_arg(call, 2);
	tree value2 = gimple_call_arg(call, 3);
	tree lhs = gimple_call_lhs(call);
	struct asm_operands ops = { NULL, NULL, NULL };
	tree ptr_out = make_ssa_name(TREE_TYPE(ptr));
	tree res = NULL_TREE, shift = NULL_TREE;
	HOST_WIDE_INT imm = 0;
	char insn[512], text[3072];
	int res_no = -1, val_no = -1, val2_no = -1;
	gasm *stmt;

	/*
	 * The address in an SSA name of its own: the memory operands then
	 * share R's input register instead of asking for the constant
	 * address in another one.
	 */
	ptr = in_ssa_name(gsi, ptr);
	if (!lhs)
		flags &= ~PCPUSECT_F_RESULT;
	if (op == PCPUSECT_OP_ADD && !lhs && size >= 4 &&
	    fits_asi(addend, size, &imm))
		flags |= PCPUSECT_F_IMM;

	if (is_narrow_rmw(op, size)) {
		res = narrow_operands(gsi, gimple_location(call), op, size, ptr,
				      ptr_as_written, ptr_out,
				      opaque_copy(gsi, addend),
				      op == PCPUSECT_OP_CMPXCHG ?
				      opaque_copy(gsi, value2) : value2,
				      &ops, &shift);
		format_narrow_op(insn, sizeof(insn), op);
		goto emit;
	}
	add_operand(&ops.outputs, "=a", ptr_out);
	if (op != PCPUSECT_OP_WRITE && !(flags & PCPUSECT_F_IMM)) {
		res = make_ssa_name(size == 16 ? unsigned_intTI_type_node :
				    long_unsigned_type_node);
		res_no = 1;
		/* xchg loads into it before its last use of val. */
		add_operand(&ops.outputs, op == PCPUSECT_OP_XCHG ? "=&d" : "=d",
			    res);
	}
	if (op != PCPUSECT_OP_READ)
		add_operand(&ops.outputs, "=m", object_ref(ptr, size));
	add_operand(&ops.inputs, "0", ptr);
	if (op == PCPUSECT_OP_CMPXCHG) {
		/* The expected value goes in, and the found one out, in res. */
		add_operand(&ops.inputs, "1", opaque_copy(gsi, addend));
		val2_no = vec_safe_length(ops.outputs) + 2;
		add_operand(&ops.inputs, "d", opaque_copy(gsi, value2));
	} else if (op != PCPUSECT_OP_READ && !(flags & PCPUSECT_F_IMM)) {
		val_no = vec_safe_length(ops.outputs) + 1;
		add_operand(&ops.inputs, "d", opaque_copy(gsi, addend));
	}
	if (op != PCPUSECT_OP_WRITE)
		add_operand(&ops.inputs, "m", object_ref(ptr, size));
	format_op(insn, sizeof(insn), op, size, flags, res_no, val_no, val2_no,
		  imm, 0);
emit:
	add_clobber(&ops.clobbers, "cc");
	format_section(text, sizeof(text), insn, op, size, flags);

	stmt = gimple_build_asm_vec(text, ops.inputs, ops.outputs,
				    ops.clobbers, NULL);
	gimple_asm_set_volatile(stmt, true);
	gimple_set_location(stmt, gimple_location(call));
	SSA_NAME_DEF_STMT(ptr_out) = stmt;
	if (res)
		SSA_NAME_DEF_STMT(res) = stmt;

	take_memory_place(stmt, call);
	gsi_insert_before(gsi, stmt, GSI_SAME_STMT);

	if (lhs) {
		/* The old value; *_return adds the operand afterwards. */
		gimple_seq seq = NULL;
		location_t loc = gimple_location(call);

		if (shift) {
			/* The object's bits of the word. */
			res = gimple_build(&seq, loc, RSHIFT_EXPR,
					   TREE_TYPE(res), res, shift);
			res = gimple_build(&seq, loc, BIT_AND_EXPR,
					   TREE_TYPE(res), res,
					   build_int_cst(TREE_TYPE(res),
							 size == 1 ? 0xff :
							 0xffff));
		}
		gimple_seq_add_stmt(&seq, gimple_build_assign(lhs,
				gimple_convert(&seq, loc, TREE_TYPE(lhs), res)));
		gimple_seq_set_location(seq, loc);
		gimple_call_set_lhs(call, NULL_TREE);
		gsi_insert_seq_before(gsi, seq, GSI_SAME_STMT);
	}

	remove_call_edge(call);
	gsi_remove(gsi, true);
}

/*
 * Fused sections.  Consecutive operations on one per-CPU base with
 * nothing between them that touches memory share one section:
 *
 *	.Lpcs<n>s: mviy MARKER(%r0),N
 *	.Lpcs<n>a: ag	R,OFFSET(%r0)
 *		   OP1	...,D1(R)
 *		   OP2	...,D2(R)
 *		   mviy MARKER(%r0),0
 *
 * entered as op PCPUSECT_OP_FUSED with the number of accesses as size.
 * A rebase between two accesses is what a migration between two
 * separate sections does, so the rule of pcpusect/table.h holds as it
 * is.  The asm goes where the last operation was: the statements in
 * between touch no memory, so the earlier operations may move past
 * them, and those that use a result (the sum of two reads) move after
 * the asm, unless an operation needs what they compute, which ends
 * the group.  Only single-instruction accesses fuse (reads and writes;
 * add, and, or of 4 and 8 bytes), all within 4095 bytes of the lowest
 * (st, sth and stc take a 12-bit displacement), and only a few
 * registers' worth, so that the asm never asks for more registers than
 * the allocator has.
 */
#define FUSE_MAX_DISP		4095
#define FUSE_MAX_OPERANDS	30	/* what GCC allows an asm */
#define FUSE_MAX_REGS		6	/* values and results, beside R */
#define FUSE_MAX_OPS		14	/* 2 operands each, beside R's 2 */

struct fused_op {
	gcall *call;
	unsigned int op, size, flags;
	HOST_WIDE_INT off;	/* from the group's base */
	HOST_WIDE_INT imm;	/* asi/agsi */
};

#define FUSE_MAX_SUNK	32	/* statements moved after the asm */

struct fuse_group {
	struct fused_op op[FUSE_MAX_OPS];
	unsigned int n, operands, regs;
	tree base;
	HOST_WIDE_INT lo, hi;	/* lowest and highest offset from base */
	/*
	 * Register arithmetic between the operations that uses a result
	 * (the sum of two reads): it moves after the asm, and what it
	 * computes counts as a result too.
	 */
	gimple *sunk[FUSE_MAX_SUNK];
	unsigned int nsunk;
};

static bool is_fusible(unsigned int op, unsigned int size)
{
	switch (op) {
	case PCPUSECT_OP_READ:
	case PCPUSECT_OP_WRITE:
		return size <= 8;
	case PCPUSECT_OP_ADD:
	case PCPUSECT_OP_AND:
	case PCPUSECT_OP_OR:
		return size == 4 || size == 8;
	}
	return false;
}

/* ptr as BASE + OFF with a constant OFF: &s.f is &s + offsetof(f). */
static void split_address(tree ptr, tree *base, HOST_WIDE_INT *off)
{
	poly_int64 o;
	tree b;

	*base = ptr;
	*off = 0;
	if (TREE_CODE(ptr) == SSA_NAME) {
		gimple *def = SSA_NAME_DEF_STMT(ptr);

		if (!is_gimple_assign(def))
			return;
		if (gimple_assign_rhs_code(def) == POINTER_PLUS_EXPR &&
		    tree_fits_shwi_p(gimple_assign_rhs2(def))) {
			*base = gimple_assign_rhs1(def);
			*off = tree_to_shwi(gimple_assign_rhs2(def));
			return;
		}
		if (gimple_assign_rhs_code(def) != ADDR_EXPR)
			return;
		ptr = gimple_assign_rhs1(def);
	}
	if (TREE_CODE(ptr) != ADDR_EXPR)
		return;
	b = get_addr_base_and_unit_offset(TREE_OPERAND(ptr, 0), &o);
	if (!b || !o.is_constant())
		return;
	if (TREE_CODE(b) == MEM_REF) {
		/* MEM[p + k].f: k + offsetof(f) from p. */
		poly_offset_int k = mem_ref_offset(b);

		if (!k.is_constant() || !wi::fits_shwi_p(k.to_constant()))
			return;
		*base = TREE_OPERAND(b, 0);
		*off = o.to_constant() + k.to_constant().to_shwi();
		return;
	}
	if (!DECL_P(b))
		return;
	*base = build_fold_addr_expr(b);
	*off = o.to_constant();
}

/* The operation's kind, with the flags it gets as lower_call has them. */
static void fused_kind(gcall *call, struct fused_op *f)
{
	unsigned int kind = tree_to_uhwi(gimple_call_arg(call, 0));

	f->call = call;
	f->op = PCPUSECT_KIND_OP(kind);
	f->size = PCPUSECT_KIND_SIZE(kind);
	f->flags = PCPUSECT_KIND_FLAGS(kind);
	f->imm = 0;
	if (!gimple_call_lhs(call))
		f->flags &= ~PCPUSECT_F_RESULT;
	if (f->op == PCPUSECT_OP_ADD && !gimple_call_lhs(call) &&
	    fits_asi(gimple_call_arg(call, 2), f->size, &f->imm))
		f->flags |= PCPUSECT_F_IMM;
}

/* A register for the result: everything but a write and asi/agsi. */
static bool fused_has_result(const struct fused_op *f)
{
	return f->op != PCPUSECT_OP_WRITE && !(f->flags & PCPUSECT_F_IMM);
}

/* A register for the operand: writes, laa/lan/lao and their g forms. */
static bool fused_has_value(const struct fused_op *f)
{
	return f->op != PCPUSECT_OP_READ && !(f->flags & PCPUSECT_F_IMM);
}

/* Takes call into the group if it fits; the group's first if empty. */
static bool fuse_add(struct fuse_group *g, gcall *call)
{
	struct fused_op f;
	unsigned int regs, operands;
	HOST_WIDE_INT lo, hi;
	tree base;

	fused_kind(call, &f);
	if (!is_fusible(f.op, f.size) || g->n == FUSE_MAX_OPS)
		return false;
	split_address(gimple_call_arg(call, 1), &base, &f.off);
	if (g->n && !operand_equal_p(base, g->base, 0))
		return false;
	lo = g->n ? MIN(g->lo, f.off) : f.off;
	hi = g->n ? MAX(g->hi, f.off) : f.off;
	if (hi - lo > FUSE_MAX_DISP)
		return false;
	regs = g->regs + fused_has_result(&f) + fused_has_value(&f);
	operands = g->operands + 2 * fused_has_result(&f) +
		   (f.op != PCPUSECT_OP_READ) + (f.op != PCPUSECT_OP_WRITE);
	if (regs > FUSE_MAX_REGS || operands > FUSE_MAX_OPERANDS)
		return false;
	if (!g->n)
		g->base = base;
	g->lo = lo;
	g->hi = hi;
	g->regs = regs;
	g->operands = operands;
	g->op[g->n++] = f;
	return true;
}

/* Whether s uses a result of the group, or a value sunk after it. */
static bool uses_group_result(gimple *s, const struct fuse_group *g)
{
	ssa_op_iter iter;
	unsigned int i;
	tree use;

	FOR_EACH_SSA_TREE_OPERAND(use, s, iter, SSA_OP_USE) {
		for (i = 0; i < g->n; i++)
			if (use == gimple_call_lhs(g->op[i].call))
				return true;
		for (i = 0; i < g->nsunk; i++)
			if (use == gimple_get_lhs(g->sunk[i]))
				return true;
	}
	return false;
}

/*
 * The operations from the one at gsi on that may share its section.
 * Debug statements never end a group: -g must not change the code.
 */
static void fuse_collect(gimple_stmt_iterator gsi, struct fuse_group *g)
{
	unsigned int sunk = 0;	/* of those, before the last operation */

	g->n = 0;
	g->nsunk = 0;
	g->regs = 0;
	g->operands = 2;	/* R, out and in */
	if (!fuse_add(g, as_a<gcall *>(gsi_stmt(gsi))))
		return;
	for (gsi_next(&gsi); !gsi_end_p(gsi); gsi_next(&gsi)) {
		gimple *s = gsi_stmt(gsi);
		bool uses = uses_group_result(s, g);

		if (is_gimple_debug(s))
			continue;
		if (pcpusect_is_op_call(s)) {
			if (uses || !fuse_add(g, as_a<gcall *>(s)))
				break;
			sunk = g->nsunk;
			continue;
		}
		if (!is_gimple_assign(s) || gimple_vuse(s) || gimple_vdef(s) ||
		    gimple_has_volatile_ops(s) || gimple_could_trap_p(s) ||
		    TREE_CODE(gimple_assign_lhs(s)) != SSA_NAME)
			break;
		if (uses) {
			if (g->nsunk == FUSE_MAX_SUNK)
				break;
			g->sunk[g->nsunk++] = s;
		}
	}
	/* Those after the last operation stay where they are. */
	g->nsunk = sunk;
}

/* One asm for the group, where its last operation is; gsi is left after it. */
static void lower_group(gimple_stmt_iterator *gsi, struct fuse_group *g)
{
	struct asm_operands ops = { NULL, NULL, NULL };
	gcall *last = g->op[g->n - 1].call;
	location_t loc = gimple_location(g->op[0].call);
	tree res[FUSE_MAX_OPS], ptr = NULL_TREE, ptr_out;
	int res_no[FUSE_MAX_OPS], val_no[FUSE_MAX_OPS];
	char insns[FUSE_MAX_OPS * 64], text[4096];
	gimple_stmt_iterator it;
	unsigned int i;
	size_t used = 0;
	gasm *stmt;

	*gsi = gsi_for_stmt(last);
	/* R: the address of the lowest object, in an SSA name. */
	for (i = 0; i < g->n && !ptr; i++)
		if (g->op[i].off == g->lo)
			ptr = gimple_call_arg(g->op[i].call, 1);
	ptr = in_ssa_name(gsi, ptr);
	ptr_out = make_ssa_name(TREE_TYPE(ptr));

	/*
	 * Outputs: R, the results, the objects written.  A result is
	 * written before the later accesses read their operands, so all
	 * but the last are early clobbers.
	 */
	add_operand(&ops.outputs, "=a", ptr_out);
	for (i = 0; i < g->n; i++) {
		res[i] = NULL_TREE;
		res_no[i] = val_no[i] = -1;
		if (!fused_has_result(&g->op[i]))
			continue;
		res[i] = make_ssa_name(long_unsigned_type_node);
		res_no[i] = vec_safe_length(ops.outputs);
		add_operand(&ops.outputs, i + 1 < g->n ? "=&d" : "=d", res[i]);
	}
	for (i = 0; i < g->n; i++)
		if (g->op[i].op != PCPUSECT_OP_READ)
			add_operand(&ops.outputs, "=m",
				    object_ref_at(ptr, g->op[i].off - g->lo,
						  g->op[i].size));
	add_operand(&ops.inputs, "0", ptr);
	for (i = 0; i < g->n; i++) {
		if (!fused_has_value(&g->op[i]))
			continue;
		val_no[i] = vec_safe_length(ops.outputs) +
			    vec_safe_length(ops.inputs);
		add_operand(&ops.inputs, "d",
			    opaque_copy(gsi, gimple_call_arg(g->op[i].call, 2)));
	}
	for (i = 0; i < g->n; i++)
		if (g->op[i].op != PCPUSECT_OP_WRITE)
			add_operand(&ops.inputs, "m",
				    object_ref_at(ptr, g->op[i].off - g->lo,
						  g->op[i].size));
	add_clobber(&ops.clobbers, "cc");

	for (i = 0; i < g->n; i++) {
		if (i)
			used += snprintf(insns + used, sizeof(insns) - used,
					 "\n\t");
		format_op(insns + used, sizeof(insns) - used, g->op[i].op,
			  g->op[i].size, g->op[i].flags, res_no[i], val_no[i],
			  -1, g->op[i].imm, g->op[i].off - g->lo);
		used += strlen(insns + used);
	}
	format_section(text, sizeof(text), insns, PCPUSECT_OP_FUSED, g->n, 0);
	stmt = gimple_build_asm_vec(text, ops.inputs, ops.outputs,
				    ops.clobbers, NULL);
	gimple_asm_set_volatile(stmt, true);
	gimple_set_location(stmt, loc);
	SSA_NAME_DEF_STMT(ptr_out) = stmt;
	for (i = 0; i < g->n; i++)
		if (res[i])
			SSA_NAME_DEF_STMT(res[i]) = stmt;

	/*
	 * The earlier operations leave the memory SSA chain; the asm takes
	 * the last one's place in it.  Debug statements in between that
	 * bind a result lose the value, which is now defined after them.
	 */
	for (i = 0; i + 1 < g->n; i++) {
		gcall *call = g->op[i].call;

		if (gimple_vdef(call)) {
			unlink_stmt_vdef(call);
			release_ssa_name(gimple_vdef(call));
			gimple_set_vdef(call, NULL_TREE);
			gimple_set_vuse(call, NULL_TREE);
		}
	}
	for (it = gsi_for_stmt(g->op[0].call); gsi_stmt(it) != last;
	     gsi_next(&it)) {
		gimple *s = gsi_stmt(it);

		if (gimple_debug_bind_p(s) && uses_group_result(s, g)) {
			gimple_debug_bind_reset_value(s);
			update_stmt(s);
		}
	}
	take_memory_place(stmt, last);
	gsi_insert_before(gsi, stmt, GSI_SAME_STMT);

	for (i = 0; i < g->n; i++) {
		gcall *call = g->op[i].call;
		tree lhs = gimple_call_lhs(call);

		if (lhs) {
			gimple_seq seq = NULL;

			gimple_seq_add_stmt(&seq, gimple_build_assign(lhs,
				gimple_convert(&seq, loc, TREE_TYPE(lhs),
					       res[i])));
			gimple_seq_set_location(seq,
						gimple_location(call));
			gimple_call_set_lhs(call, NULL_TREE);
			gsi_insert_seq_before(gsi, seq, GSI_SAME_STMT);
		}
		remove_call_edge(call);
		if (call != last) {
			it = gsi_for_stmt(call);
			gsi_remove(&it, true);
		}
	}
	for (i = 0; i < g->nsunk; i++) {
		it = gsi_for_stmt(g->sunk[i]);
		gsi_move_before(&it, gsi);
	}
	gsi_remove(gsi, true);
}

static unsigned int lower_execute(function *fun)
{
	basic_block bb;
	bool lowered = false;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi = gsi_start_bb(bb);

		while (!gsi_end_p(gsi)) {
			if (pcpusect_is_op_call(gsi_stmt(gsi))) {
				struct fuse_group g;

				if (pcpusect_config.fuse)
					fuse_collect(gsi, &g);
				if (pcpusect_config.fuse && g.n > 1)
					lower_group(&gsi, &g);
				else
					lower_call(&gsi,
						   as_a<gcall *>(gsi_stmt(gsi)));
				lowered = true;
			} else {
				gsi_next(&gsi);
			}
		}
	}
	/* A read has no virtual definition of its own any more. */
	if (lowered)
		mark_virtual_operands_for_renaming(fun);
	return 0;
}

static const pass_data lower_pass_data = {
	.type = GIMPLE_PASS,
	.name = "pcpusect_lower",
	.optinfo_flags = OPTGROUP_NONE,
	.tv_id = TV_NONE,
	.properties_required = PROP_cfg | PROP_ssa,
	.properties_provided = 0,
	.properties_destroyed = 0,
	.todo_flags_start = 0,
	.todo_flags_finish = TODO_update_ssa,
};

class pcpusect_lower_pass : public gimple_opt_pass {
public:
	pcpusect_lower_pass(gcc::context *ctxt)
		: gimple_opt_pass(lower_pass_data, ctxt)
	{
	}

	unsigned int execute(function *fun) final override
	{
		return lower_execute(fun);
	}
};

opt_pass *make_pcpusect_lower_pass(gcc::context *ctxt)
{
	return new pcpusect_lower_pass(ctxt);
}
