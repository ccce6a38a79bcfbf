// SPDX-License-Identifier: GPL-2.0
/*
 * Address lookup in the registered tables.  Lock-free: called from the
 * interrupt exit hook, which may run in NMI context.
 */
#include "internal.h"

/* The entry of t with start <= addr < end, if any. */
static PCPUSECT_NOINSTR const struct pcpusect_entry *
search_table(const struct pcpusect_table *t, unsigned long addr)
{
	unsigned long lo = 0, hi = t->count, mid;
	const struct pcpusect_entry *e;

	/* lo ends as the number of entries that start at or before addr. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (pcpusect_entry_start(&t->first[mid]) <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	e = &t->first[lo - 1];
	return addr < pcpusect_entry_end(e) ? e : NULL;
}

PCPUSECT_NOINSTR const struct pcpusect_entry *
pcpusect_search(unsigned long addr)
{
	const struct pcpusect_table *t;

	/* Table ranges never overlap: the first match is the only one. */
	for (t = pcpusect_load_acquire(&pcpusect_tables); t;
	     t = pcpusect_load_acquire(&t->next))
		if (addr >= t->lo && addr < t->hi)
			return search_table(t, addr);
	return NULL;
}

/*
 * For kprobes: a probe anywhere in [start, end) would break the section
 * (a breakpoint on the ag is the classic case), so such probes are
 * refused.
 */
bool pcpusect_addr_in_section(unsigned long addr)
{
	return pcpusect_search(addr) != NULL;
}
