// SPDX-License-Identifier: GPL-2.0
/*
 * Registration of __pcpusect_table sections: validation, sorting, and the
 * list of tables the exit hook searches.
 */
#include "internal.h"

struct pcpusect_table *pcpusect_tables;
int pcpusect_table_only;

static int check_entry(const struct pcpusect_entry *e)
{
	unsigned long start = pcpusect_entry_start(e);
	unsigned long ag = pcpusect_entry_ag(e);
	unsigned long end = pcpusect_entry_end(e);

	/* Widened once: GCC compares a byte on s390 by storing it for cli. */
	unsigned int reg = e->reg, op = e->op, size = e->size;
	unsigned int flags = e->flags;
	bool table_only = flags & PCPUSECT_F_TABLE;
	unsigned int mviy = table_only ? 0 : PCPUSECT_MVIY_LEN;

	if (start > ag || ag >= end || (!table_only && start == ag))
		return -PCPUSECT_EORDER;
	/* The exit hook trusts the table to say where the ag is. */
	if (ag != start + mviy)
		return -PCPUSECT_EAG;
	/* Room for the ag, one instruction (2 bytes at least), the mviy. */
	if (end - ag < PCPUSECT_AG_LEN + 2 + mviy)
		return -PCPUSECT_EORDER;
	/* r0 as a base means "no base": N = 0 is "no section". */
	if (reg < 1 || reg > 15)
		return -PCPUSECT_EREG;
	if (op < 1 || op > PCPUSECT_OP_MAX)
		return -PCPUSECT_EOP;
	if (op == PCPUSECT_OP_FUSED) {
		/* size counts the accesses */
		if (size < 2 || size > PCPUSECT_FUSED_MAX ||
		    (flags & ~PCPUSECT_F_TABLE))
			return -PCPUSECT_EOP;
		return 0;
	}
	if (size != 1 && size != 2 && size != 4 && size != 8 &&
	    !(size == 16 && op == PCPUSECT_OP_CMPXCHG))
		return -PCPUSECT_EOP;
	if (flags & ~(PCPUSECT_F_IMM | PCPUSECT_F_RESULT |
		      PCPUSECT_F_SIGNED | PCPUSECT_F_TABLE))
		return -PCPUSECT_EOP;
	/* Only asi/agsi take an immediate. */
	if ((flags & PCPUSECT_F_IMM) &&
	    (op != PCPUSECT_OP_ADD || size < 4))
		return -PCPUSECT_EOP;
	return 0;
}

/*
 * Swap two entries.  The fields are relative to their own address, so
 * each entry's fields follow it (pcpusect_entry_move) to keep pointing at
 * the same code.
 */
static void swap_entries(struct pcpusect_entry *a, struct pcpusect_entry *b)
{
	struct pcpusect_entry tmp = *a;
	/* The injected bug: fields moved as if they were absolute. */
	bool raw = FAULT(SWAP_RAW);

	pcpusect_entry_move(a, b, raw ? a : b);
	pcpusect_entry_move(b, &tmp, raw ? b : a);
}

#ifdef __KERNEL__
#include <linux/sort.h>

static int cmp_entries(const void *a, const void *b)
{
	unsigned long x = pcpusect_entry_start(a);
	unsigned long y = pcpusect_entry_start(b);

	return x < y ? -1 : x > y;
}

static void swap_entries_sized(void *a, void *b, int size)
{
	swap_entries(a, b);
}

/* The kernel has a heapsort already (lib/sort.c, as for __ex_table). */
static void sort_entries(struct pcpusect_entry *base, unsigned long n)
{
	sort(base, n, sizeof(*base), cmp_entries, swap_entries_sized);
}
#else
static void sift_down(struct pcpusect_entry *base, unsigned long root,
		      unsigned long n)
{
	unsigned long child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n &&
		    pcpusect_entry_start(&base[child + 1]) >
		    pcpusect_entry_start(&base[child]))
			child++;
		if (pcpusect_entry_start(&base[root]) >=
		    pcpusect_entry_start(&base[child]))
			return;
		swap_entries(&base[root], &base[child]);
		root = child;
	}
}

/* Heapsort: in place, no recursion, no allocation, O(n log n) at boot. */
static void sort_entries(struct pcpusect_entry *base, unsigned long n)
{
	unsigned long i;

	for (i = n / 2; i-- > 0; )
		sift_down(base, i, n);
	for (i = n; i-- > 1; ) {
		swap_entries(&base[0], &base[i]);
		sift_down(base, 0, i);
	}
}
#endif

/*
 * Validate and sort the entries [first, last) in place, without
 * publishing them: a module splits its sorted table into runs before
 * registering them.  The entries must not be registered.
 */
int pcpusect_table_sort(struct pcpusect_entry *first,
			struct pcpusect_entry *last)
{
	unsigned long n = last - first;
	unsigned long i;
	int err;

	bool sorted = true;

	for (i = 0; i < n; i++) {
		err = check_entry(&first[i]);
		if (err)
			return err;
		if (i && pcpusect_entry_start(&first[i]) <
			 pcpusect_entry_start(&first[i - 1]))
			sorted = false;
	}
	/* Sorted at build time (pcpusect-table --sort): maybe read-only. */
	if (!sorted)
		sort_entries(first, n);
	for (i = 1; i < n; i++)
		if (pcpusect_entry_start(&first[i]) <
		    pcpusect_entry_end(&first[i - 1]))
			return -PCPUSECT_EOVERLAP;
	return 0;
}

/*
 * Validate and sort the entries [first, last) (last is one past the end,
 * as __stop___pcpusect_table), then publish them.  Nothing is published
 * on error; the entries may have been sorted already.  The caller
 * serialises register and unregister.
 */
int pcpusect_table_register(struct pcpusect_table *t,
			    struct pcpusect_entry *first,
			    struct pcpusect_entry *last)
{
	unsigned long n = last - first;
	unsigned long lo = 0, hi = 0, i;
	struct pcpusect_table *o;
	int err;

	/* Sorting a table readers may be searching would break them. */
	for (o = pcpusect_tables; o; o = o->next) {
		if (o == t)
			return -PCPUSECT_EBUSY;
		if (first < o->first + o->count && o->first < last)
			return -PCPUSECT_EBUSY;
	}

	err = pcpusect_table_sort(first, last);
	if (err)
		return err;

	if (n) {
		lo = pcpusect_entry_start(&first[0]);
		hi = pcpusect_entry_end(&first[n - 1]);
		/* The search stops at the first table whose range matches. */
		for (o = pcpusect_tables; o; o = o->next)
			if (o->count && lo < o->hi && o->lo < hi)
				return -PCPUSECT_EOVERLAP;
	}

	for (i = 0; i < n; i++) {
		if (first[i].flags & PCPUSECT_F_TABLE) {
			pcpusect_store_release(&pcpusect_table_only, 1);
			break;
		}
	}
	t->first = first;
	t->count = n;
	t->lo = lo;
	t->hi = hi;
	t->next = pcpusect_tables;
	/* Readers that see t must see it filled in and sorted. */
	pcpusect_store_release(&pcpusect_tables, t);
	return 0;
}

/*
 * Unlink t.  A reader may still be walking it: t->next stays intact, and
 * the caller must wait for readers (synchronize_rcu() in the kernel)
 * before freeing or registering t again.
 */
void pcpusect_table_unregister(struct pcpusect_table *t)
{
	struct pcpusect_table **pp;

	for (pp = &pcpusect_tables; *pp; pp = &(*pp)->next) {
		if (*pp == t) {
			pcpusect_store_release(pp, t->next);
			return;
		}
	}
}
