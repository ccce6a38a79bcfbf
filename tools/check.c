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
 * the runtime relies on: it rebases %rREG between the ag and the closing
 * mviy, so every access must go through exactly 0(%rREG), %rREG may be
 * no other operand (not written, not a value), and a branch must stay
 * inside the section.  xchg's ACCESS is a loop:
 *
 *		l/lg	%rO,0(%rREG)
 *	loop:	cs/csg	%rO,%rN,0(%rREG)
 *		brc	4,loop
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

	if (e->flags & ~(PCPUSECT_F_IMM | PCPUSECT_F_RESULT |
			 PCPUSECT_F_SIGNED)) {
		snprintf(why, n, "unknown flags 0x%x", e->flags);
		return NULL;
	}
	if (e->size != 4 && e->size != 8 &&
	    !((e->size == 1 || e->size == 2) &&
	      (e->op == PCPUSECT_OP_READ || e->op == PCPUSECT_OP_WRITE))) {
		snprintf(why, n, "size %u is not one of 4 and 8 (and 1 and 2 for read and write)",
			 e->size);
		return NULL;
	}
	if (imm && e->op != PCPUSECT_OP_ADD) {
		snprintf(why, n, "flag IMM on an op other than add");
		return NULL;
	}
	if (result && (e->op != PCPUSECT_OP_ADD || imm)) {
		snprintf(why, n, "flag RESULT on an op other than a non-immediate add");
		return NULL;
	}
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
		return wide ? "csg" : "cs";
	}
	snprintf(why, n, "op %u is unknown", e->op);
	return NULL;
}

/* "" or what is wrong with the operands of access IN. */
static const char *access_operands(const struct insn *in, int reg, char *why,
				   size_t n)
{
	char mem[48];

	why[0] = 0;
	if (in->fmt != FMT_SIY && strncmp(in->mnem, "st", 2) && in->r1 == reg)
		snprintf(why, n, "it writes its result into %%r%d, the per-CPU address register, which the runtime may still rebase before the closing mviy", reg);
	else if ((in->fmt != FMT_SIY && in->r1 == reg) ||
		 ((in->fmt == FMT_RS || in->fmt == FMT_RSY) && in->r3 == reg))
		snprintf(why, n, "it uses %%r%d, the per-CPU address register, as a value, which a rebase would change", reg);
	else if (in->disp || in->x2 || in->b2 != reg)
		snprintf(why, n, "storage operand \"%s\" is not 0(%%r%d)",
			 insn_mem_text(in, mem, sizeof(mem)), reg);
	return why;
}

static bool is_mviy0(const struct insn *in)
{
	return in->mnem && !strcmp(in->mnem, "mviy") && !in->b2;
}

/*
 * After xchg's load LD, at *l: "cs/csg %rO,%rN,0(%rREG)" with O the
 * loaded register, then "brc 4" back to it; moves *l past them.
 */
static bool check_xchg_loop(struct ctx *c, const struct entry *e,
			    const char *what, const struct insn *ld,
			    struct loc *l)
{
	struct image *img = c->img;
	const char *want = e->size == 8 ? "csg" : "cs";
	struct insn cs, br;
	struct loc at = *l;
	char why[160], t[96];

	if (!insn_at(img, at, &cs) || !cs.mnem || strcmp(cs.mnem, want)) {
		report(img, "%s: at %s, after the load of xchg: \"%s\", expected \"%s\"", what, where(img, at),
		       insn_text(&cs, t, sizeof(t)), want);
		return false;
	}
	if (cs.r1 != ld->r1)
		report(img, "%s: \"%s\" compares %%r%d, not %%r%d, which the load filled", what, insn_text(&cs, t, sizeof(t)),
		       cs.r1, ld->r1);
	else if (access_operands(&cs, e->reg, why, sizeof(why))[0])
		report(img, "%s: at %s: \"%s\": %s", what, where(img, at),
		       insn_text(&cs, t, sizeof(t)), why);
	l->off += cs.len;
	if (!insn_at(img, *l, &br) || !br.mnem || strcmp(br.mnem, "brc") ||
	    br.r1 != 4) {
		report(img, "%s: at %s, after the compare-and-swap: \"%s\", expected \"brc 4\" back to it", what, where(img, *l),
		       insn_text(&br, t, sizeof(t)));
		return false;
	}
	if ((int64_t)(l->off + br.imm) != (int64_t)at.off)
		report(img, "%s: at %s: \"%s\" branches to .%+ld, not back to the compare-and-swap at %s", what, where(img, *l),
		       insn_text(&br, t, sizeof(t)), br.imm, where(img, at));
	l->off += br.len;
	return true;
}

static void check_entry(struct ctx *c, const struct entry *e)
{
	struct image *img = c->img;
	char what[256], why[160], t[96];
	const char *want;
	struct insn in, acc;
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
	if (!(e->start.off < e->ag.off && e->ag.off < e->end.off)) {
		report(img, "%s: start %s < ag %s < end %s does not hold", what,
		       where(img, e->start), where(img, e->ag),
		       where(img, e->end));
		return;
	}
	if (e->ag.off != e->start.off + PCPUSECT_MVIY_LEN)
		report(img, "%s: ag %s is not right after the opening mviy (start + %d)", what, where(img, e->ag),
		       PCPUSECT_MVIY_LEN);

	/* start: mviy MARKER(%r0),reg */
	if (!is_insn_start(img, e->start) || !insn_at(img, e->start, &in)) {
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
	if (!insn_at(img, l, &acc)) {
		report(img, "%s: no instruction right after the ag", what);
		return;
	}
	if (want && (!acc.mnem || strcmp(acc.mnem, want)))
		report(img, "%s: access at %s: \"%s\", but %s of %u bytes with flags 0x%x needs %s", what, where(img, l),
		       insn_text(&acc, t, sizeof(t)),
		       e->op <= PCPUSECT_OP_MAX ? op_names[e->op] : "op ?",
		       e->size, e->flags, want);
	else if (want && access_operands(&acc, e->reg, why, sizeof(why))[0])
		report(img, "%s: access at %s: \"%s\": %s", what, where(img, l),
		       insn_text(&acc, t, sizeof(t)), why);

	l.off += acc.len;
	if (want && e->op == PCPUSECT_OP_XCHG && !check_xchg_loop(c, e, what,
								   &acc, &l))
		return;

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
	size_t ng = 0, guards, i;
	long alt = 0;

	if (table_read(img, &t) || sweep_code(img, &g, &ng))
		goto out;
	learn(&c, &t);
	if (c.marker == LONG_MIN && t.n)
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
		printf("%s: OK: %zu entries, %zu guarded sequences (marker %ld",
		       img->path, t.n, guards, c.marker);
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
