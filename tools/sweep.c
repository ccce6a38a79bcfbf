// SPDX-License-Identifier: GPL-2.0
/*
 * Walking the code: where instructions start, and every opening mviy of
 * a guarded sequence, "mviy D(%r0),N" with N != 0.
 *
 * Like objdump -d, the walk goes through each executable section from
 * its start and starts afresh at every symbol, so that data between
 * functions cannot shift it for longer than up to the next function.
 */
#include <stdlib.h>
#include <string.h>

#include "pcpusect-table.h"

static void walk(struct section *s, size_t sec, uint64_t from, uint64_t to,
		 struct guard **g, size_t *n, size_t *cap, int *err)
{
	uint64_t pos = from;

	while (pos < to && pos < s->size && !*err) {
		struct insn in, next;

		if (!insn_decode(s->data + pos, s->size - pos, &in))
			break;
		s->starts[pos / 8] |= 1u << (pos % 8);
		if (in.mnem && !strcmp(in.mnem, "mviy") && !in.b2 &&
		    in.imm) {
			if (*n == *cap) {
				struct guard *ng;

				*cap = *cap ? 2 * *cap : 256;
				ng = realloc(*g, *cap * sizeof(**g));
				if (!ng) {
					*err = -1;
					break;
				}
				*g = ng;
			}
			(*g)[*n].at.sec = sec;
			(*g)[*n].at.off = pos;
			(*g)[*n].disp = in.disp;
			(*g)[*n].imm = in.imm;
			(*g)[*n].ag_follows =
				insn_decode(s->data + pos + in.len,
					    s->size - pos - in.len, &next) &&
				next.mnem && !strcmp(next.mnem, "ag") &&
				!next.x2 && !next.b2 &&
				next.r1 == in.imm;
			(*n)++;
		}
		pos += in.len;
	}
}

int sweep_code(struct image *img, struct guard **guards, size_t *n)
{
	size_t i, k, cap = 0;
	int err = 0;

	*guards = NULL;
	*n = 0;
	for (i = 1; i < img->nsec && !err; i++) {
		struct section *s = &img->secs[i];
		uint64_t from = 0;

		if (!s->code)
			continue;
		s->starts = calloc(s->size / 8 + 1, 1);
		if (!s->starts) {
			err = -1;
			break;
		}
		for (k = 0; k <= s->nsyms; k++) {
			uint64_t to = k < s->nsyms ? s->syms[k]->off : s->size;

			if (to <= from)
				continue;
			walk(s, i, from, to, guards, n, &cap, &err);
			from = to;
		}
	}
	if (err)
		report(img, "out of memory");
	return err;
}

bool is_insn_start(const struct image *img, struct loc l)
{
	const struct section *s;

	if (!l.sec || l.sec >= img->nsec)
		return false;
	s = &img->secs[l.sec];
	return s->starts && l.off < s->size &&
	       (s->starts[l.off / 8] & (1u << (l.off % 8)));
}
