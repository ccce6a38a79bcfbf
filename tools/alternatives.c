// SPDX-License-Identifier: GPL-2.0
/*
 * --check, lowcore alternatives: when the lowcore is relocated, every
 * instruction of a section that addresses it (the opening mviy, the ag,
 * the closing mviy) must be patched, or it would store the marker into,
 * and add the offset from, the page the lowcore left.  So either no
 * section instruction has an ALT_LOWCORE alternative, or every one has
 * exactly one, six bytes long, whose replacement is the same instruction
 * with the same displacement delta D (pcpusect/alt.h).  --lowcore-alt=D
 * requires them; without it, D is learnt from the first one found.
 */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcpusect/alt.h>
#include <pcpusect/table.h>

#include "pcpusect-table.h"

struct alt {
	struct loc instr, repl;
	uint32_t feature;
	unsigned int len;
	unsigned int index;
};

static int alt_cmp(const void *a, const void *b)
{
	const struct alt *x = a, *y = b;

	if (x->instr.sec != y->instr.sec)
		return x->instr.sec < y->instr.sec ? -1 : 1;
	if (x->instr.off != y->instr.off)
		return x->instr.off < y->instr.off ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The ALT_LOWCORE entries of every .altinstructions section. */
static int alts_read(struct image *img, struct alt **out, size_t *nout)
{
	struct alt *alts = NULL;
	size_t n = 0, i, j;
	int ret = 0;

	for (i = 1; i < img->nsec && !ret; i++) {
		const struct section *s = &img->secs[i];
		struct area a = { .at = { i, 0 }, .size = s->sh.sh_size };
		const unsigned char *b;
		size_t avail = 0, k;
		struct alt *na;

		if (strcmp(s->name, PCPUSECT_ALT_SECTION) || !a.size)
			continue;
		snprintf(a.name, sizeof(a.name), "%s", s->name);
		b = loc_bytes(img, a.at, &avail);
		if (!b || avail < a.size) {
			report(img, "%s: cannot read its %" PRIu64 " bytes",
			       s->name, a.size);
			ret = -1;
			break;
		}
		if (a.size % PCPUSECT_ALT_ENTRY_SIZE)
			report(img, "%s is 0x%" PRIx64 " bytes, not a multiple of %d", s->name, a.size, PCPUSECT_ALT_ENTRY_SIZE);
		if (img->rel && area_relocs(img, &a)) {
			ret = -1;
			break;
		}
		k = a.size / PCPUSECT_ALT_ENTRY_SIZE;
		na = realloc(alts, (n + k + 1) * sizeof(*na));
		if (!na) {
			report(img, "out of memory");
			free(a.relas);
			ret = -1;
			break;
		}
		alts = na;
		for (j = 0; j < k; j++) {
			const unsigned char *q = b + j * PCPUSECT_ALT_ENTRY_SIZE;
			uint64_t foff = j * PCPUSECT_ALT_ENTRY_SIZE;
			struct alt *x = &alts[n];
			char what[96];

			x->feature = be32(q + 8);
			if (x->feature != PCPUSECT_ALT_LOWCORE)
				continue;
			x->len = q[12];
			x->index = n;
			snprintf(what, sizeof(what), "%s+0x%" PRIx64 ": field instr",
				 s->name, foff);
			area_resolve(img, &a, foff, be32(q), what, &x->instr);
			snprintf(what, sizeof(what), "%s+0x%" PRIx64 ": field repl",
				 s->name, foff);
			area_resolve(img, &a, foff + 4, be32(q + 4), what,
				     &x->repl);
			if (x->instr.sec && x->repl.sec)
				n++;
		}
		free(a.relas);
	}
	if (ret) {
		free(alts);
		return ret;
	}
	qsort(alts, n, sizeof(*alts), alt_cmp);
	*out = alts;
	*nout = n;
	return 0;
}

/* The alternatives for the instruction at L: the first and how many. */
static const struct alt *alts_at(const struct alt *a, size_t n, struct loc l,
				 size_t *count)
{
	size_t lo = 0, hi = n, k;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (a[mid].instr.sec < l.sec ||
		    (a[mid].instr.sec == l.sec && a[mid].instr.off < l.off))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < n && a[k].instr.sec == l.sec &&
	     a[k].instr.off == l.off; k++)
		;
	*count = k - lo;
	return *count ? &a[lo] : NULL;
}

/* "" or what is wrong with ALT as the relocated form of IN. */
static const char *alt_problem(const struct image *img, const struct alt *x,
			       const struct insn *in, long *delta, char *why,
			       size_t n)
{
	struct insn r;
	char t[96], u[96];

	why[0] = 0;
	if (x->len != in->len) {
		snprintf(why, n, "its length is %u, not %u", x->len, in->len);
		return why;
	}
	if (!insn_at(img, x->repl, &r)) {
		snprintf(why, n, "its replacement cannot be read");
		return why;
	}
	if (!r.mnem || strcmp(r.mnem, in->mnem) || r.len != in->len ||
	    r.r1 != in->r1 || r.x2 != in->x2 || r.b2 != in->b2 ||
	    r.imm != in->imm) {
		snprintf(why, n, "it replaces \"%s\" with \"%s\"",
			 insn_text(in, t, sizeof(t)), insn_text(&r, u, sizeof(u)));
		return why;
	}
	if (*delta == LONG_MIN)
		*delta = r.disp - in->disp;
	if (r.disp - in->disp != *delta || !*delta)
		snprintf(why, n, "it replaces \"%s\" with \"%s\", which moves the displacement by %#lx, not by %#lx",
			 insn_text(in, t, sizeof(t)), insn_text(&r, u, sizeof(u)),
			 r.disp - in->disp, *delta);
	return why;
}

/* "ADDR in FUNC+0xOFF", or "ADDR" without a symbol. */
static const char *place(const struct image *img, struct loc l, char *buf,
			 size_t n)
{
	char a[96], f[160];

	loc_text(img, l, a, sizeof(a));
	if (loc_symbol(img, l))
		snprintf(buf, n, "%s in %s", a,
			 loc_func_text(img, l, f, sizeof(f)));
	else
		snprintf(buf, n, "%s", a);
	return buf;
}

int check_lowcore_alts(struct image *img, const struct table *t,
		       long want, long *found)
{
	static const char *const names[] = {
		"opening mviy", "ag", "closing mviy"
	};
	struct alt *alts = NULL;
	size_t nalts = 0, i, covered = 0, bare = 0;
	long delta = want;
	int w;

	*found = 0;
	if (alts_read(img, &alts, &nalts))
		return -1;
	for (i = 0; i < t->n; i++) {
		const struct entry *e = &t->entries[i];
		struct loc at[3] = { e->start, e->ag, e->end };

		if (!e->start.sec || !e->ag.sec || !e->end.sec ||
		    e->end.off < PCPUSECT_MVIY_LEN)
			continue;
		at[2].off -= PCPUSECT_MVIY_LEN;
		for (w = 0; w < 3; w++) {
			/* A table-only section has only its ag. */
			if ((e->flags & PCPUSECT_F_TABLE) && w != 1)
				continue;
			const struct alt *x;
			struct insn in;
			size_t count;
			char why[256], f[272];

			if (!insn_at(img, at[w], &in) || !in.mnem)
				continue;	/* the entry check says why */
			x = alts_at(alts, nalts, at[w], &count);
			place(img, at[w], f, sizeof(f));
			if (!x) {
				bare++;
				if (want != LONG_MIN && want)
					report(img, "entry %u: the %s at %s has no lowcore alternative (expected one moving it by %#lx)", e->index, names[w], f, want);
				continue;
			}
			covered++;
			if (want == 0)
				report(img, "entry %u: the %s at %s has a lowcore alternative, but --lowcore-alt=0 says none", e->index, names[w], f);
			if (count > 1)
				report(img, "entry %u: the %s at %s has %zu lowcore alternatives", e->index, names[w], f, count);
			if (alt_problem(img, x, &in, &delta, why, sizeof(why))[0])
				report(img, "entry %u: the lowcore alternative of the %s at %s: %s", e->index, names[w], f, why);
		}
	}
	if (want == LONG_MIN && covered && bare)
		report(img, "%zu section instructions have lowcore alternatives, %zu do not: a relocated lowcore would leave the latter on the old page",
		       covered, bare);
	free(alts);
	if (covered && delta != LONG_MIN)
		*found = delta;
	return 0;
}
