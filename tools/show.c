// SPDX-License-Identifier: GPL-2.0
/*
 * The listing (the default) and --stats.  Neither judges the table;
 * fields that cannot be shown are shown as "?".
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcpusect/table.h>

#include "pcpusect-table.h"

const char *const op_names[PCPUSECT_OP_MAX + 1] = {
	[PCPUSECT_OP_READ] = "read", [PCPUSECT_OP_WRITE] = "write",
	[PCPUSECT_OP_ADD] = "add", [PCPUSECT_OP_AND] = "and",
	[PCPUSECT_OP_OR] = "or", [PCPUSECT_OP_XCHG] = "xchg",
	[PCPUSECT_OP_CMPXCHG] = "cmpxchg", [PCPUSECT_OP_FUSED] = "fused",
};

static const char *op_text(unsigned int op, char *buf, size_t n)
{
	if (op <= PCPUSECT_OP_MAX && op_names[op])
		return op_names[op];
	snprintf(buf, n, "op%u", op);
	return buf;
}

const char *flags_text(unsigned int flags, char *buf, size_t n)
{
	static const char *const names[] = {
		"imm", "result", "signed", "table"
	};
	size_t k = 0;
	unsigned int i;

	buf[0] = 0;
	for (i = 0; i < 4; i++)
		if (flags & (1u << i))
			k += snprintf(buf + k, n - k, "%s%s", k ? "," : "",
				      names[i]);
	if (flags & ~0xfu)
		k += snprintf(buf + k, n - k, "%s0x%x", k ? "," : "",
			      flags & ~0xfu);
	if (!k)
		snprintf(buf, n, "-");
	return buf;
}

/*
 * The per-CPU operations fused into the section: the accesses through
 * the section's register between the ag and the closing mviy, a load
 * and its compare-and-swap loop counting as one: the size of a fused
 * section (PCPUSECT_OP_FUSED), 1 in any other.  -1 if the section does
 * not have that shape.
 */
static int fused(const struct image *img, const struct entry *e)
{
	struct loc l = e->ag;
	struct insn in;
	int n = 0;

	if (!e->ag.sec || e->ag.sec != e->end.sec ||
	    e->end.off < entry_close_len(e))
		return -1;
	l.off += PCPUSECT_AG_LEN;
	while (l.off < e->end.off - entry_close_len(e) && n < 1000) {
		if (!insn_at(img, l, &in))
			return -1;
		l.off += in.len;
		if ((in.use & USE_MEM) && in.b2 == e->reg)
			n++;
	}
	if (entry_is_loop(e) && n > 1)
		n--;
	return l.off == e->end.off - entry_close_len(e) ? n : -1;
}

static const char *table_name(const struct table *t)
{
	return t->how ? t->how : PCPUSECT_TABLE_SECTION;
}

int show_list(struct image *img)
{
	struct table t;
	size_t i;

	if (table_read(img, &t))
		goto out;
	if (!t.found) {
		printf("%s: no " PCPUSECT_TABLE_SECTION "\n", img->path);
		goto out;
	}
	printf("%s: %zu entries (%s)\n", img->path, t.n, table_name(&t));
	if (t.n)
		printf("%-20s %-32s %-4s %-7s %4s %-18s %5s\n", "address",
		       "function+offset", "reg", "op", "size", "flags", "fused");
	for (i = 0; i < t.n; i++) {
		const struct entry *e = &t.entries[i];
		char a[96], f[160], o[16], fl[48], on[16], r[8];
		int k = fused(img, e);

		snprintf(r, sizeof(r), "%%r%u", e->reg);
		snprintf(o, sizeof(o), "%d", k);
		printf("%-20s %-32s %-4s %-7s %4u %-18s %5s\n",
		       e->start.sec ? loc_text(img, e->start, a, sizeof(a)) : "?",
		       e->start.sec ? loc_func_text(img, e->start, f, sizeof(f))
				    : "?",
		       r, op_text(e->op, on, sizeof(on)), e->size,
		       flags_text(e->flags, fl, sizeof(fl)), k < 0 ? "?" : o);
	}
out:
	table_free(&t);
	return img->errors ? 1 : 0;
}

struct fcount {
	const struct sym *sym;
	size_t n;
};

static int fcount_cmp(const void *a, const void *b)
{
	const struct fcount *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->sym ? x->sym->name : "?", y->sym ? y->sym->name : "?");
}

#define NSIZES	6

/* The --stats column of a size: 1, 2, 4, 8, 16 bytes, other. */
static unsigned int size_column(unsigned int size)
{
	unsigned int j;

	for (j = 0; j < NSIZES - 1; j++)
		if (size == 1U << j)
			return j;
	return NSIZES - 1;
}

static int ptr_cmp(const void *a, const void *b)
{
	const struct fcount *x = a, *y = b;

	return x->sym < y->sym ? -1 : x->sym > y->sym;
}

int show_stats(struct image *img, unsigned int top)
{
	/* by op and size: 1, 2, 4, 8, 16 bytes, other */
	static const char *const size_head[NSIZES] = {
		"1", "2", "4", "8", "16", "other",
	};
	size_t count[PCPUSECT_OP_MAX + 2][NSIZES] = { { 0 } };
	size_t i, j, nf = 0, bytes = 0, measured = 0;
	size_t fused_sections = 0, fused_accesses = 0;
	struct fcount *fc = NULL;
	struct table t;
	char buf[16];

	if (table_read(img, &t))
		goto out;
	printf("%s: %zu sections (%s)\n", img->path, t.n,
	       t.found ? table_name(&t) : "no table");
	fc = calloc(t.n + 1, sizeof(*fc));
	if (!fc) {
		report(img, "out of memory");
		goto out;
	}
	for (i = 0; i < t.n; i++) {
		const struct entry *e = &t.entries[i];
		unsigned int op = e->op <= PCPUSECT_OP_MAX && op_names[e->op] ?
				  e->op : PCPUSECT_OP_MAX + 1;
		unsigned int sz = size_column(e->size);

		if (e->op == PCPUSECT_OP_FUSED) {
			/* its size counts accesses, not bytes */
			fused_sections++;
			fused_accesses += e->size;
		} else {
			count[op][sz]++;
		}
		if (e->start.sec && e->start.sec == e->end.sec &&
		    e->end.off > e->start.off) {
			bytes += e->end.off - e->start.off;
			measured++;
		}
		fc[i].sym = e->start.sec ? loc_symbol(img, e->start) : NULL;
	}

	printf("  %-10s", "op \\ bytes");
	for (j = 0; j < NSIZES; j++)
		printf(" %6s", size_head[j]);
	printf(" %6s\n", "total");
	for (i = 1; i <= PCPUSECT_OP_MAX + 1; i++) {
		size_t sum = 0;

		for (j = 0; j < NSIZES; j++)
			sum += count[i][j];
		if (!sum && (i > PCPUSECT_OP_MAX || i == PCPUSECT_OP_FUSED))
			continue;
		printf("  %-10s", i <= PCPUSECT_OP_MAX ?
		       op_text(i, buf, sizeof(buf)) : "unknown");
		for (j = 0; j < NSIZES; j++) {
			printf(" %6zu", count[i][j]);
			count[0][j] += count[i][j];
		}
		printf(" %6zu\n", sum);
	}
	printf("  %-10s", "total");
	for (j = 0; j < NSIZES; j++)
		printf(" %6zu", count[0][j]);
	printf(" %6zu\n", t.n - fused_sections);
	if (fused_sections)
		printf("  fused: %zu sections holding %zu accesses\n",
		       fused_sections, fused_accesses);
	printf("  bytes in sections: %zu", bytes);
	if (measured)
		printf(" (%.1f per section)", (double)bytes / measured);
	printf("\n");

	/* sections per function: group by symbol, then by count */
	qsort(fc, t.n, sizeof(*fc), ptr_cmp);
	for (i = 0; i < t.n; i = j) {
		for (j = i; j < t.n && fc[j].sym == fc[i].sym; j++)
			;
		fc[nf].sym = fc[i].sym;
		fc[nf++].n = j - i;
	}
	qsort(fc, nf, sizeof(*fc), fcount_cmp);
	if (nf)
		printf("  functions with the most sections (%zu functions):\n",
		       nf);
	for (i = 0; i < nf && i < top; i++)
		printf("  %8zu  %s\n", fc[i].n, fc[i].sym ? fc[i].sym->name :
		       "?");
out:
	free(fc);
	table_free(&t);
	return img->errors ? 1 : 0;
}
