// SPDX-License-Identifier: GPL-2.0
/*
 * --check: every entry describes its guarded sequence,
 *
 *	start:	mviy	MARKER(%r0),REG
 *	ag:	ag	%rREG,OFFSET(%r0)
 *		ACCESS	...,0(%rREG)	as op, size and flags say
 *		mviy	MARKER(%r0),0
 *	end:
 *
 * and every guarded sequence in the code has exactly one entry.  What
 * the runtime relies on (pcpusect/table.h): it rebases %rREG anywhere
 * between the ag and the closing mviy, so every instruction there that
 * touches memory has %rREG as its base and no index, %rREG is no other
 * operand (not written, not a value), and every branch stays between
 * the ag and the closing mviy.  That rule is checked on every
 * instruction; beyond it, the first instruction after the ag must be
 * the access op, size and flags call for, and a compare-and-swap loop
 * (xchg; add, xchg and cmpxchg of 1 and 2 bytes) must have its shape:
 *
 *		l/lg	%rO,0(%rREG)
 *	loop:	...			the new value, from %rO
 *		cs/csg	%rO,%rN,0(%rREG)
 *		brc	4,loop
 *
 * What the loop computes is the plugin's business, and DejaGnu's.
 * A fused section (PCPUSECT_OP_FUSED) holds size accesses instead of
 * one, each a single-instruction access at a displacement 0..4095 off
 * %rREG.
 * A table-only section (PCPUSECT_F_TABLE) has neither mviy: it starts
 * at its ag and ends right after the access or the loop.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcpusect/alt.h>
#include <pcpusect/table.h>

#include "pcpusect-table.h"

struct ctx {
	struct image *img;
	long marker, offset;	/* LONG_MIN: not known */
};

static const char *where(const struct image *img, struct loc l)
{
	static char buf[4][96];
	static int k;

	k = (k + 1) % 4;
	return loc_text(img, l, buf[k], sizeof(buf[k]));
}

/* " in FUNC+0xOFF" or "" */
static const char *in_func(const struct image *img, struct loc l)
{
	static char buf[2][192];
	static int k;
	char f[160];

	k = (k + 1) % 2;
	if (!loc_symbol(img, l))
		return "";
	snprintf(buf[k], sizeof(buf[k]), " in %s",
		 loc_func_text(img, l, f, sizeof(f)));
	return buf[k];
}

/* The access mnemonic op, size and flags call for; NULL and WHY if none. */
static const char *expected_access(const struct entry *e, char *why,
				   size_t n)
{
	bool imm = e->flags & PCPUSECT_F_IMM;
	bool result = e->flags & PCPUSECT_F_RESULT;
	bool sgn = e->flags & PCPUSECT_F_SIGNED;
	bool wide = e->size == 8;

	if (e->op == PCPUSECT_OP_FUSED) {
		if (e->size < 2 || e->size > PCPUSECT_FUSED_MAX) {
			snprintf(why, n, "a fused section of %u accesses, not 2 to %d",
				 e->size, PCPUSECT_FUSED_MAX);
			return NULL;
		}
		if (e->flags & ~PCPUSECT_F_TABLE) {
			snprintf(why, n, "flags 0x%x on a fused section, which takes only TABLE",
				 e->flags);
			return NULL;
		}
		return "fused";
	}
	if (e->flags & ~(PCPUSECT_F_IMM | PCPUSECT_F_RESULT |
			 PCPUSECT_F_SIGNED | PCPUSECT_F_TABLE)) {
		snprintf(why, n, "unknown flags 0x%x", e->flags);
		return NULL;
	}
	if (e->size != 1 && e->size != 2 && e->size != 4 && e->size != 8 &&
	    e->size != 16) {
		snprintf(why, n, "size %u is not one of 1, 2, 4, 8 and 16",
			 e->size);
		return NULL;
	}
	if (e->size == 16 && e->op != PCPUSECT_OP_CMPXCHG) {
		snprintf(why, n, "size 16 on an op other than cmpxchg");
		return NULL;
	}
	if (imm && (e->op != PCPUSECT_OP_ADD || e->size < 4)) {
		snprintf(why, n, "flag IMM on an op other than a 4- or 8-byte add");
		return NULL;
	}
	if (result && (e->op != PCPUSECT_OP_ADD || imm)) {
		snprintf(why, n, "flag RESULT on an op other than a non-immediate add");
		return NULL;
	}
	/* The word that holds a 1- or 2-byte object (pcpusect/table.h). */
	if (e->size < 4 && e->op == PCPUSECT_OP_AND)
		return "lan";
	if (e->size < 4 && e->op == PCPUSECT_OP_OR)
		return "lao";
	if (e->size < 4 && e->op != PCPUSECT_OP_READ &&
	    e->op != PCPUSECT_OP_WRITE && e->op <= PCPUSECT_OP_MAX)
		return "l";	/* then the loop */
	switch (e->op) {
	case PCPUSECT_OP_READ:
		switch (e->size) {
		case 1:
			return sgn ? "lgb" : "llgc";
		case 2:
			return sgn ? "lgh" : "llgh";
		}
		return wide ? "lg" : sgn ? "lgf" : "llgf";
	case PCPUSECT_OP_WRITE:
		switch (e->size) {
		case 1:
			return "stc";
		case 2:
			return "sth";
		}
		return wide ? "stg" : "st";
	case PCPUSECT_OP_ADD:
		if (imm)
			return wide ? "agsi" : "asi";
		return wide ? "laag" : "laa";
	case PCPUSECT_OP_AND:
		return wide ? "lang" : "lan";
	case PCPUSECT_OP_OR:
		return wide ? "laog" : "lao";
	case PCPUSECT_OP_XCHG:
		return wide ? "lg" : "l";	/* then the loop */
	case PCPUSECT_OP_CMPXCHG:
		return e->size == 16 ? "cdsg" : wide ? "csg" : "cs";
	}
	snprintf(why, n, "op %u is unknown", e->op);
	return NULL;
}

/* Whether register operand r (a pair's first with USE_PAIRS) is reg. */
static bool names(const struct insn *in, int r, int reg)
{
	return r == reg || ((in->use & USE_PAIRS) && r + 1 == reg);
}

/* "" or what is wrong with the operands of access IN. */
static const char *access_operands(const struct insn *in, int reg, char *why,
				   size_t n)
{
	char mem[48];

	why[0] = 0;
	if ((in->use & SET_R1) && names(in, in->r1, reg))
		snprintf(why, n, "it writes its result into %%r%d, the per-CPU address register, which the runtime may still rebase until the section ends", reg);
	else if (((in->use & USE_R1) && names(in, in->r1, reg)) ||
		 ((in->use & USE_R3) && names(in, in->r3, reg)))
		snprintf(why, n, "it uses %%r%d, the per-CPU address register, as a value, which a rebase would change", reg);
	else if (in->disp || in->x2 || in->b2 != reg)
		snprintf(why, n, "storage operand \"%s\" is not 0(%%r%d)",
			 insn_mem_text(in, mem, sizeof(mem)), reg);
	return why;
}

/* The accesses a fused section may be made of (pcpusect/table.h). */
static bool is_fusible_access(const char *mnem)
{
	static const char *const ok[] = {
		"lgb", "llgc", "lgh", "llgh", "lgf", "llgf", "lg",
		"stc", "sth", "st", "stg", "laa", "laag", "lan", "lang",
		"lao", "laog", "asi", "agsi",
	};
	size_t i;

	for (i = 0; mnem && i < ARRAY_SIZE(ok); i++)
		if (!strcmp(mnem, ok[i]))
			return true;
	return false;
}

/* "" or what is wrong with access IN of a fused section. */
static const char *fused_operands(const struct insn *in, int reg, char *why,
				  size_t n)
{
	char mem[48];

	why[0] = 0;
	if (!is_fusible_access(in->mnem))
		snprintf(why, n, "not a single-instruction access a fused section may hold");
	else if ((in->use & SET_R1) && names(in, in->r1, reg))
		snprintf(why, n, "it writes its result into %%r%d, the per-CPU address register, which the runtime may still rebase until the section ends", reg);
	else if (((in->use & USE_R1) && names(in, in->r1, reg)) ||
		 ((in->use & USE_R3) && names(in, in->r3, reg)))
		snprintf(why, n, "it uses %%r%d, the per-CPU address register, as a value, which a rebase would change", reg);
	else if (in->x2 || in->b2 != reg || in->disp < 0 || in->disp > 4095)
		snprintf(why, n, "storage operand \"%s\" is not D(%%r%d) with D in 0..4095",
			 insn_mem_text(in, mem, sizeof(mem)), reg);
	return why;
}

static bool is_mviy0(const struct insn *in)
{
	return in->mnem && !strcmp(in->mnem, "mviy") && !in->b2;
}

/* A compare-and-swap loop follows the access (see the top). */
bool entry_is_loop(const struct entry *e)
{
	return e->op == PCPUSECT_OP_XCHG ||
	       (e->size < 4 && (e->op == PCPUSECT_OP_ADD ||
				e->op == PCPUSECT_OP_CMPXCHG));
}

unsigned int entry_close_len(const struct entry *e)
{
	return e->flags & PCPUSECT_F_TABLE ? 0 : PCPUSECT_MVIY_LEN;
}

/* The instructions between the ag and the closing mviy. */
struct body {
	struct insn in[32];
	struct loc at[32];
	size_t n;
	struct loc close;	/* where the closing mviy is (or should be) */
};

/*
 * From the access at l: one instruction for a single-instruction op;
 * for a loop, up to the first mviy MARKER(%r0),0, or in a table-only
 * section up to its end.  False if the bytes run out first.
 */
static bool read_body(struct ctx *c, const struct entry *e, struct loc l,
		      struct body *b)
{
	bool table_only = e->flags & PCPUSECT_F_TABLE;
	struct insn in;

	b->n = 0;
	while (b->n < ARRAY_SIZE(b->in)) {
		if (e->op == PCPUSECT_OP_FUSED) {
			if (b->n == e->size)
				break;
		} else if (b->n && table_only &&
		    (!entry_is_loop(e) || l.off >= e->end.off))
			break;
		if (!insn_at(c->img, l, &in))
			return false;
		if (e->op != PCPUSECT_OP_FUSED && b->n && !table_only &&
		    (!entry_is_loop(e) ||
		     (is_mviy0(&in) && !in.imm &&
		      (c->marker == LONG_MIN || in.disp == c->marker))))
			break;
		b->in[b->n] = in;
		b->at[b->n++] = l;
		l.off += in.len;
	}
	b->close = l;
	return true;
}

/* "" or how instruction IN breaks the rule for register REG. */
static const char *rule_broken(const struct insn *in, int reg, char *why,
			       size_t n)
{
	char mem[48];

	why[0] = 0;
	if (!in->mnem)
		snprintf(why, n, "not an instruction a section is made of");
	else if ((in->use & SET_R1) && names(in, in->r1, reg))
		snprintf(why, n, "it writes %%r%d, the per-CPU address register, which the runtime may still rebase until the section ends", reg);
	else if (((in->use & USE_R1) && names(in, in->r1, reg)) ||
		 ((in->use & USE_R2) && in->r2 == reg) ||
		 ((in->use & USE_R3) && names(in, in->r3, reg)))
		snprintf(why, n, "it uses %%r%d, the per-CPU address register, as a value, which a rebase would change", reg);
	else if ((in->use & USE_MEM) && (in->x2 || in->b2 != reg))
		snprintf(why, n, "storage operand \"%s\" is not based on %%r%d alone", insn_mem_text(in, mem, sizeof(mem)), reg);
	return why;
}

/* Every instruction after the access keeps the rule. */
static void check_rule(struct ctx *c, const struct entry *e,
		       const char *what, const struct body *b)
{
	struct image *img = c->img;
	char why[200], t[96];
	size_t i;

	for (i = 1; i < b->n; i++) {
		const struct insn *in = &b->in[i];
		int64_t to = (int64_t)(b->at[i].off + in->imm);

		if (rule_broken(in, e->reg, why, sizeof(why))[0])
			report(img, "%s: at %s: \"%s\": %s", what,
			       where(img, b->at[i]), insn_text(in, t, sizeof(t)),
			       why);
		else if ((in->use & USE_BRANCH) &&
			 (to < (int64_t)b->at[0].off ||
			  to > (int64_t)b->close.off))
			report(img, "%s: at %s: \"%s\" branches to .%+ld, outside the section's instructions after the ag", what,
			       where(img, b->at[i]), insn_text(in, t, sizeof(t)),
			       in->imm);
	}
}

/*
 * The loop after the load b->in[0]: the first compare-and-swap swaps the
 * loaded register, and "brc 4" right after it goes back to the loop's
 * head, the instruction after the load.
 */
static void check_loop(struct ctx *c, const struct entry *e,
		       const char *what, const struct body *b)
{
	struct image *img = c->img;
	const char *want = e->size == 8 ? "csg" : "cs";
	const struct insn *ld = &b->in[0];
	size_t i;
	char t[96];

	for (i = 1; i < b->n; i++)
		if (b->in[i].mnem && !strncmp(b->in[i].mnem, "cs", 2))
			break;
	if (i == b->n || strcmp(b->in[i].mnem, want)) {
		report(img, "%s: after the load of the loop at %s, %s, expected \"%s\"", what, where(img, b->at[0]),
		       i == b->n ? "no compare-and-swap" :
		       insn_text(&b->in[i], t, sizeof(t)), want);
		return;
	}
	if (b->in[i].r1 != ld->r1)
		report(img, "%s: \"%s\" compares %%r%d, not %%r%d, which the load filled", what,
		       insn_text(&b->in[i], t, sizeof(t)), b->in[i].r1, ld->r1);
	if (++i == b->n || !b->in[i].mnem || strcmp(b->in[i].mnem, "brc") ||
	    b->in[i].r1 != 4) {
		if (i < b->n)
			insn_text(&b->in[i], t, sizeof(t));
		else
			snprintf(t, sizeof(t), "mviy %ld,0", c->marker);
		report(img, "%s: at %s, after the compare-and-swap: \"%s\", expected \"brc 4\" back to the loop", what,
		       where(img, i < b->n ? b->at[i] : b->close), t);
		return;
	}
	if ((int64_t)(b->at[i].off + b->in[i].imm) != (int64_t)b->at[1].off)
		report(img, "%s: at %s: \"%s\" branches to .%+ld, not back to the loop at %s, after the load", what,
		       where(img, b->at[i]), insn_text(&b->in[i], t, sizeof(t)),
		       b->in[i].imm, where(img, b->at[1]));
	if (i + 1 != b->n)
		report(img, "%s: at %s: \"%s\" after the loop, expected the closing mviy", what,
		       where(img, b->at[i + 1]),
		       insn_text(&b->in[i + 1], t, sizeof(t)));
}

static void check_entry(struct ctx *c, const struct entry *e)
{
	struct image *img = c->img;
	char what[256], why[160], t[96];
	const char *want;
	bool table_only = e->flags & PCPUSECT_F_TABLE;
	struct insn in, acc;
	struct body b;
	struct loc l;

	if (e->start.sec)
		snprintf(what, sizeof(what), "entry %u (%s, start %s%s)",
			 e->index, e->at, where(img, e->start),
			 in_func(img, e->start));
	else
		snprintf(what, sizeof(what), "entry %u (%s)", e->index, e->at);

	if (e->reg < 1 || e->reg > 15)
		report(img, "%s: reg %u is not in 1..15", what, e->reg);
	want = expected_access(e, why, sizeof(why));
	if (!want)
		report(img, "%s: %s", what, why);
	if (!e->start.sec || !e->ag.sec || !e->end.sec)
		return;
	if (e->start.sec != e->ag.sec || e->start.sec != e->end.sec) {
		report(img, "%s: start, ag and end lie in different sections (%s, %s, %s)", what, where(img, e->start),
		       where(img, e->ag), where(img, e->end));
		return;
	}
	if (!(e->start.off <= e->ag.off && e->ag.off < e->end.off)) {
		report(img, "%s: start %s <= ag %s < end %s does not hold", what,
		       where(img, e->start), where(img, e->ag),
		       where(img, e->end));
		return;
	}
	if (table_only) {
		if (e->ag.off != e->start.off)
			report(img, "%s: table-only, but start %s is not the ag %s", what,
			       where(img, e->start), where(img, e->ag));
	} else if (e->ag.off != e->start.off + PCPUSECT_MVIY_LEN) {
		report(img, "%s: ag %s is not right after the opening mviy (start + %d)", what, where(img, e->ag),
		       PCPUSECT_MVIY_LEN);
	}

	/* start: mviy MARKER(%r0),reg */
	if (table_only) {
		/* no marker */
	} else if (!is_insn_start(img, e->start) || !insn_at(img, e->start, &in)) {
		report(img, "%s: at start %s: no mviy starts there", what,
		       where(img, e->start));
	} else if (!is_mviy0(&in)) {
		report(img, "%s: at start: \"%s\", expected \"mviy MARKER(%%r0),%u\"", what, insn_text(&in, t, sizeof(t)),
		       e->reg);
	} else {
		if (c->marker != LONG_MIN && in.disp != c->marker)
			report(img, "%s: at start: \"%s\" stores to %ld, not to the marker at %ld", what,
			       insn_text(&in, t, sizeof(t)), in.disp, c->marker);
		if (in.imm != e->reg)
			report(img, "%s: at start: \"%s\" stores %ld, but the entry says reg %u", what,
			       insn_text(&in, t, sizeof(t)), in.imm, e->reg);
	}

	/* ag: ag %rREG,OFFSET(%r0) */
	if (!is_insn_start(img, e->ag) || !insn_at(img, e->ag, &in)) {
		report(img, "%s: at ag %s: no ag starts there", what,
		       where(img, e->ag));
		return;
	}
	if (!in.mnem || strcmp(in.mnem, "ag") || in.x2 || in.b2) {
		report(img, "%s: at ag %s: \"%s\", expected \"ag %%r%u,OFFSET(%%r0)\"", what, where(img, e->ag),
		       insn_text(&in, t, sizeof(t)), e->reg);
		return;
	}
	if (in.r1 != e->reg)
		report(img, "%s: at ag: \"%s\" adds to %%r%d, but the entry says reg %u", what, insn_text(&in, t, sizeof(t)), in.r1,
		       e->reg);
	if (c->offset != LONG_MIN && in.disp != c->offset)
		report(img, "%s: at ag: \"%s\" adds from %ld, not from the per-CPU offset at %ld", what,
		       insn_text(&in, t, sizeof(t)), in.disp, c->offset);

	/* the access, right after the ag */
	l = e->ag;
	l.off += in.len;
	if (!read_body(c, e, l, &b)) {
		report(img, "%s: no instruction right after the ag", what);
		return;
	}
	acc = b.in[0];
	if (e->op == PCPUSECT_OP_FUSED) {
		size_t i;

		for (i = 0; want && i < b.n; i++)
			if (fused_operands(&b.in[i], e->reg, why,
					   sizeof(why))[0])
				report(img, "%s: fused access %zu of %u at %s: \"%s\": %s", what, i + 1, e->size,
				       where(img, b.at[i]),
				       insn_text(&b.in[i], t, sizeof(t)), why);
	} else if (want && (!acc.mnem || strcmp(acc.mnem, want)))
		report(img, "%s: access at %s: \"%s\", but %s of %u bytes with flags 0x%x needs %s", what, where(img, l),
		       insn_text(&acc, t, sizeof(t)),
		       e->op <= PCPUSECT_OP_MAX ? op_names[e->op] : "op ?",
		       e->size, e->flags, want);
	else if (want && access_operands(&acc, e->reg, why, sizeof(why))[0])
		report(img, "%s: access at %s: \"%s\": %s", what, where(img, l),
		       insn_text(&acc, t, sizeof(t)), why);

	check_rule(c, e, what, &b);
	if (want && entry_is_loop(e))
		check_loop(c, e, what, &b);
	l = b.close;
	if (table_only) {
		if (l.off != e->end.off)
			report(img, "%s: table-only: the access ends at %s, but end is %s",
			       what, where(img, l), where(img, e->end));
		return;
	}

	/* the closing mviy MARKER(%r0),0, ending exactly at end */
	if (!insn_at(img, l, &in)) {
		report(img, "%s: no instruction right after the access", what);
		return;
	}
	if (!is_mviy0(&in) || in.disp != c->marker || in.imm) {
		if (c->marker == LONG_MIN)
			report(img, "%s: after the access, at %s: \"%s\", expected \"mviy MARKER(%%r0),0\"", what, where(img, l),
			       insn_text(&in, t, sizeof(t)));
		else
			report(img, "%s: after the access, at %s: \"%s\", expected \"mviy %ld(%%r0),0\"", what, where(img, l),
			       insn_text(&in, t, sizeof(t)), c->marker);
	} else if (l.off + in.len != e->end.off) {
		l.off += in.len;
		report(img, "%s: the closing mviy ends at %s, but end is %s",
		       what, where(img, l), where(img, e->end));
	}
}

/* MARKER and OFFSET from the first entry that shows them. */
static void learn(struct ctx *c, const struct table *t)
{
	struct insn in;
	size_t i;

	for (i = 0; i < t->n && c->marker == LONG_MIN; i++)
		if (is_insn_start(c->img, t->entries[i].start) &&
		    insn_at(c->img, t->entries[i].start, &in) && is_mviy0(&in))
			c->marker = in.disp;
	for (i = 0; i < t->n && c->offset == LONG_MIN; i++)
		if (is_insn_start(c->img, t->entries[i].ag) &&
		    insn_at(c->img, t->entries[i].ag, &in) && in.mnem &&
		    !strcmp(in.mnem, "ag") && !in.x2 && !in.b2)
			c->offset = in.disp;
}

struct span {
	struct loc start;
	uint64_t end;
	unsigned int index;
	bool has_end;
};

static int span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->start.sec != y->start.sec)
		return x->start.sec < y->start.sec ? -1 : 1;
	if (x->start.off != y->start.off)
		return x->start.off < y->start.off ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static bool has_entry(const struct span *s, size_t n, struct loc l)
{
	struct span key = { .start = l, .index = 0 };
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = span_cmp(&s[mid], &key);

		if (s[mid].start.sec == l.sec && s[mid].start.off == l.off)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* One entry per sequence, no overlaps, no sequence without an entry. */
static size_t check_coverage(struct ctx *c, const struct table *t,
			     const struct guard *g, size_t ng)
{
	struct image *img = c->img;
	struct span *s = calloc(t->n + 1, sizeof(*s));
	size_t i, j, n = 0, guards = 0, missing = 0;
	struct loc first = { 0 };

	if (!s) {
		report(img, "out of memory");
		return 0;
	}
	for (i = 0; i < t->n; i++) {
		const struct entry *e = &t->entries[i];

		if (!e->start.sec)
			continue;
		s[n].start = e->start;
		s[n].index = e->index;
		s[n].has_end = e->end.sec == e->start.sec;
		s[n].end = e->end.off;
		n++;
	}
	qsort(s, n, sizeof(*s), span_cmp);

	for (i = 0; i < ng; i++) {
		if (g[i].disp != c->marker && !g[i].ag_follows)
			continue;
		/* Relocated copies: checked with their alternatives. */
		if (!strcmp(img->secs[g[i].at.sec].name,
			    PCPUSECT_ALT_REPL_SECTION))
			continue;
		guards++;
		if (has_entry(s, n, g[i].at))
			continue;
		if (!missing++)
			first = g[i].at;
		if (t->found)
			report(img, "guarded sequence at %s%s (mviy %ld(%%r0),%ld) has no " PCPUSECT_TABLE_SECTION " entry",
			       where(img, g[i].at), in_func(img, g[i].at),
			       g[i].disp, g[i].imm);
	}
	if (missing && !t->found)
		report(img, "%zu guarded sequences (the first at %s%s) but no table: no section " PCPUSECT_TABLE_SECTION ", no symbols __start___pcpusect_table and __stop___pcpusect_table",
		       missing, where(img, first), in_func(img, first));

	for (i = 0; i < n; i = j) {
		char list[256];
		size_t k = 0;

		for (j = i; j < n && s[j].start.sec == s[i].start.sec &&
		     s[j].start.off == s[i].start.off; j++)
			k += snprintf(list + k, k < sizeof(list) ?
				      sizeof(list) - k : 0, "%s%u",
				      j > i ? ", " : "", s[j].index);
		if (j - i > 1)
			report(img, "entries %s all describe the sequence at %s%s",
			       list, where(img, s[i].start),
			       in_func(img, s[i].start));
	}
	for (i = 1; i < n; i++) {
		const struct span *p = &s[i - 1];

		if (p->has_end && p->start.sec == s[i].start.sec &&
		    s[i].start.off < p->end && s[i].start.off != p->start.off)
			report(img, "entries %u and %u overlap at %s", p->index,
			       s[i].index, where(img, s[i].start));
	}
	free(s);
	return guards;
}

int check_image(struct image *img, const struct check_opts *o)
{
	struct ctx c = { img, o->marker, o->offset };
	struct guard *g = NULL;
	struct table t;
	size_t ng = 0, guards, i, table_only = 0;
	long alt = 0;

	if (table_read(img, &t) || sweep_code(img, &g, &ng))
		goto out;
	learn(&c, &t);
	for (i = 0; i < t.n; i++)
		if (t.entries[i].flags & PCPUSECT_F_TABLE)
			table_only++;
	if (c.marker == LONG_MIN && t.n > table_only)
		report(img, "cannot determine the marker address: no entry starts with \"mviy MARKER(%%r0),N\" (give --marker=)");
	else if (c.marker == LONG_MIN)
		c.marker = DEFAULT_MARKER;	/* where to look for sequences */
	for (i = 0; i < t.n; i++)
		check_entry(&c, &t.entries[i]);
	guards = check_coverage(&c, &t, g, ng);
	check_lowcore_alts(img, &t, o->lowcore_alt, &alt);
	if (o->entries >= 0 && t.n != (size_t)o->entries)
		report(img, "%zu table entries, expected %ld", t.n, o->entries);
	if (!img->errors && !o->quiet) {
		printf("%s: OK: %zu entries, %zu guarded sequences", img->path,
		       t.n, guards);
		if (table_only)
			printf(", %zu table-only", table_only);
		printf(" (marker %ld", c.marker);
		if (c.offset != LONG_MIN)
			printf(", offset %ld", c.offset);
		if (alt)
			printf(", lowcore alternatives +%#lx", alt);
		printf(")\n");
	}
out:
	free(g);
	table_free(&t);
	return img->errors ? 1 : 0;
}
