// SPDX-License-Identifier: GPL-2.0
/*
 * --sort: sorts the table of a linked image (vmlinux) by section start,
 * in the file, as scripts/sorttable does for exception tables, so that
 * the runtime finds it sorted and the table can live in read-only data.
 *
 * The address fields are self-relative: an entry that moves to another
 * slot gets its three fields recomputed for their new addresses.  A
 * table that fails --check is not touched.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pcpusect/table.h>

#include "pcpusect-table.h"

struct slot {
	uint64_t start, ag, end;	/* absolute addresses */
	uint8_t tail[4];		/* reg, op, size, flags */
};

static int slot_cmp(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

/* The self-relative value of TARGET seen from a field at FIELD. */
static bool rel32(uint64_t target, uint64_t field, uint32_t *out)
{
	int64_t d = (int64_t)(target - field);

	if (d < INT32_MIN || d > INT32_MAX)
		return false;
	*out = (uint32_t)d;
	return true;
}

int sort_image(struct image *img, const struct check_opts *o)
{
	struct check_opts quiet = *o;
	struct slot *s = NULL;
	unsigned char *buf = NULL;
	struct table t;
	size_t i, bytes;
	bool sorted = true;
	int fd = -1;

	if (img->rel) {
		report(img, "--sort: a relocatable object; only linked images are sorted (the linker concatenates object tables)");
		return 1;
	}
	quiet.quiet = true;
	if (check_image(img, &quiet)) {
		report(img, "--sort: not sorted: the table is wrong");
		return 1;
	}
	if (table_read(img, &t))
		return 1;
	if (!t.n)
		goto out;
	if (t.pieces != 1) {
		report(img, "--sort: %zu table sections; a linked image has one",
		       t.pieces);
		goto out;
	}
	bytes = t.n * PCPUSECT_ENTRY_SIZE;
	s = calloc(t.n, sizeof(*s));
	buf = malloc(bytes);
	if (!s || !buf) {
		report(img, "out of memory");
		goto out;
	}
	for (i = 0; i < t.n; i++) {
		const struct entry *e = &t.entries[i];

		s[i].start = loc_addr(img, e->start);
		s[i].ag = loc_addr(img, e->ag);
		s[i].end = loc_addr(img, e->end);
		s[i].tail[0] = e->reg;
		s[i].tail[1] = e->op;
		s[i].tail[2] = e->size;
		s[i].tail[3] = e->flags;
		if (i && s[i].start < s[i - 1].start)
			sorted = false;
	}
	if (sorted)
		goto out;
	qsort(s, t.n, sizeof(*s), slot_cmp);
	for (i = 0; i < t.n; i++) {
		uint64_t at = t.addr + i * PCPUSECT_ENTRY_SIZE;
		unsigned char *q = buf + i * PCPUSECT_ENTRY_SIZE;
		uint32_t v[3];

		if (!rel32(s[i].start, at, &v[0]) ||
		    !rel32(s[i].ag, at + 4, &v[1]) ||
		    !rel32(s[i].end, at + 8, &v[2])) {
			report(img, "--sort: entry for 0x%" PRIx64 " is out of 32-bit reach of slot 0x%" PRIx64, s[i].start, at);
			goto out;
		}
		put_be32(q, v[0]);
		put_be32(q + 4, v[1]);
		put_be32(q + 8, v[2]);
		memcpy(q + 12, s[i].tail, 4);
	}
	fd = open(img->path, O_WRONLY);
	if (fd < 0 || pwrite(fd, buf, bytes, t.file_offset) != (ssize_t)bytes)
		report(img, "--sort: cannot write the table: %s",
		       strerror(fd < 0 ? errno : errno ? errno : EIO));
	if (fd >= 0 && close(fd))
		report(img, "--sort: %s", strerror(errno));
out:
	if (!img->errors && !o->quiet)
		printf("%s: %zu entries %s\n", img->path, t.n,
		       sorted ? "already sorted" : "sorted");
	free(s);
	free(buf);
	table_free(&t);
	return img->errors ? 1 : 0;
}
