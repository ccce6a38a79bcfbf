// SPDX-License-Identifier: GPL-2.0
/*
 * Finding the table and reading its entries, their three address fields
 * resolved to code locations.
 *
 * An object file has one __pcpusect_table section per function, whose
 * fields carry R_390_PC32 relocations.  A linked image has them merged
 * into one section of that name, or, as vmlinux does, into some other
 * output section between __start___pcpusect_table and
 * __stop___pcpusect_table; there the fields hold their final
 * self-relative values.  The symbols are what the runtime uses, so they
 * win where both are present.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcpusect/table.h>

#include "pcpusect-table.h"

#define START_SYM "__start___pcpusect_table"
#define STOP_SYM "__stop___pcpusect_table"

static const char *const field_names[] = { "start", "ag", "end" };

static const char *reloc_name(unsigned int type, char *buf, size_t n)
{
	static const char *const names[] = {
		[R_390_NONE] = "R_390_NONE", [R_390_8] = "R_390_8",
		[R_390_12] = "R_390_12", [R_390_16] = "R_390_16",
		[R_390_32] = "R_390_32", [R_390_PC32] = "R_390_PC32",
		[R_390_PC16] = "R_390_PC16", [R_390_PC16DBL] = "R_390_PC16DBL",
		[R_390_PC32DBL] = "R_390_PC32DBL", [R_390_64] = "R_390_64",
		[R_390_PC64] = "R_390_PC64", [R_390_20] = "R_390_20",
	};

	if (type < ARRAY_SIZE(names) && names[type])
		return names[type];
	snprintf(buf, n, "relocation type %u", type);
	return buf;
}

static int rela_cmp(const void *a, const void *b)
{
	const GElf_Rela *x = a, *y = b;

	return x->r_offset < y->r_offset ? -1 : x->r_offset > y->r_offset;
}

int area_relocs(struct image *img, struct area *p)
{
	size_t i, j;

	for (i = 1; i < img->nsec; i++) {
		const struct section *s = &img->secs[i];
		Elf_Data *d;
		size_t n;
		GElf_Rela *nr;

		if (s->sh.sh_info != p->at.sec ||
		    (s->sh.sh_type != SHT_RELA && s->sh.sh_type != SHT_REL))
			continue;
		if (s->sh.sh_type == SHT_REL || s->sh.sh_link != img->symtab) {
			report(img, "%s: relocation section %s is not RELA against the symbol table", p->name, s->name);
			return -1;
		}
		d = elf_getdata(elf_getscn(img->elf, i), NULL);
		if (!d || !s->sh.sh_entsize) {
			report(img, "cannot read relocation section %s: %s",
			       s->name, elf_errmsg(-1));
			return -1;
		}
		n = d->d_size / s->sh.sh_entsize;
		nr = realloc(p->relas, (p->nrelas + n + 1) * sizeof(*nr));
		if (!nr) {
			report(img, "out of memory");
			return -1;
		}
		p->relas = nr;
		for (j = 0; j < n; j++)
			if (gelf_getrela(d, j, &p->relas[p->nrelas]))
				p->nrelas++;
	}
	qsort(p->relas, p->nrelas, sizeof(*p->relas), rela_cmp);
	return 0;
}

static const GElf_Rela *reloc_at(const struct area *p, uint64_t off)
{
	size_t lo = 0, hi = p->nrelas;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->relas[mid].r_offset == off)
			return &p->relas[mid];
		if (p->relas[mid].r_offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

/*
 * Resolves the self-relative 32-bit field at FOFF in area P, holding
 * WORD, to a code location; WHAT names it in messages.  Leaves the
 * location's sec at 0 if it cannot.
 */
void area_resolve(struct image *img, const struct area *p, uint64_t foff,
		  uint32_t word, const char *what, struct loc *l)
{
	const GElf_Rela *r;
	const struct sym *s;
	char buf[48];
	uint64_t addr;

	l->sec = 0;
	if (!img->rel) {
		addr = loc_addr(img, p->at) + foff + (int32_t)word;
		if (!image_find_addr(img, addr, l))
			report(img, "%s points to 0x%" PRIx64
			       ", in no section of the file", what, addr);
		return;
	}
	r = reloc_at(p, p->at.off + foff);
	if (!r) {
		report(img, "%s has no relocation", what);
		return;
	}
	if (GELF_R_TYPE(r->r_info) != R_390_PC32) {
		report(img, "%s has relocation %s, not R_390_PC32 (self-relative)", what,
		       reloc_name(GELF_R_TYPE(r->r_info), buf, sizeof(buf)));
		return;
	}
	if (word) {
		report(img, "%s holds 0x%x besides its relocation", what, word);
		return;
	}
	if (GELF_R_SYM(r->r_info) >= img->nsyms) {
		report(img, "%s refers to symbol %u, not in the symbol table", what,
		       (unsigned int)GELF_R_SYM(r->r_info));
		return;
	}
	s = &img->syms[GELF_R_SYM(r->r_info)];
	if (!s->sec) {
		report(img, "%s refers to \"%s\" (%s), not to code in this object", what, s->name,
		       s->shndx == SHN_UNDEF ? "*UND*" :
		       s->shndx == SHN_ABS ? "*ABS*" :
		       s->shndx == SHN_COMMON ? "*COM*" : "special section");
		return;
	}
	l->sec = s->sec;
	l->off = s->off + r->r_addend;
}

static int read_piece(struct image *img, struct area *p, struct table *t)
{
	const unsigned char *b;
	size_t avail = 0, n, j;
	struct entry *ne;

	if (!t->pieces++ && !img->rel) {
		t->addr = loc_addr(img, p->at);
		t->file_offset = img->secs[p->at.sec].sh.sh_offset + p->at.off;
	}

	if (p->size % PCPUSECT_ENTRY_SIZE)
		report(img, "%s is 0x%" PRIx64 " bytes, not a multiple of %d",
		       p->name, p->size, PCPUSECT_ENTRY_SIZE);
	b = loc_bytes(img, p->at, &avail);
	if (!b || avail < p->size) {
		report(img, "%s: cannot read its %" PRIu64 " bytes (got %zu): truncated or without contents", p->name, p->size,
		       b ? avail : 0);
		return 0;
	}
	if (img->rel && area_relocs(img, p))
		return -1;
	n = p->size / PCPUSECT_ENTRY_SIZE;
	ne = realloc(t->entries, (t->n + n + 1) * sizeof(*ne));
	if (!ne) {
		report(img, "out of memory");
		return -1;
	}
	t->entries = ne;
	for (j = 0; j < n; j++) {
		const unsigned char *q = b + j * PCPUSECT_ENTRY_SIZE;
		struct entry *e = &t->entries[t->n];
		struct loc *locs[3] = { &e->start, &e->ag, &e->end };
		int w;

		memset(e, 0, sizeof(*e));
		e->index = t->n++;
		snprintf(e->at, sizeof(e->at), "%s+0x%zx", p->name,
			 j * PCPUSECT_ENTRY_SIZE);
		e->reg = q[12];
		e->op = q[13];
		e->size = q[14];
		e->flags = q[15];
		for (w = 0; w < 3; w++) {
			char what[128];

			snprintf(what, sizeof(what), "entry %u (%s): field %s",
				 e->index, e->at, field_names[w]);
			area_resolve(img, p, j * PCPUSECT_ENTRY_SIZE + 4 * w,
				     be32(q + 4 * w), what, locs[w]);
		}
	}
	return 0;
}

static uint64_t sym_addr(const struct image *img, const struct sym *s)
{
	return s->sec ? img->secs[s->sec].sh.sh_addr + s->off : s->off;
}

/* vmlinux and other linked images: the range the runtime sees. */
static int merged_piece(struct image *img, struct area *p)
{
	const struct sym *a = image_lookup(img, START_SYM);
	const struct sym *z = image_lookup(img, STOP_SYM);
	uint64_t from, to;

	if (img->rel || !a || !z || a->shndx == SHN_UNDEF ||
	    z->shndx == SHN_UNDEF)
		return 0;
	from = sym_addr(img, a);
	to = sym_addr(img, z);
	snprintf(p->name, sizeof(p->name), "%s", START_SYM);
	if (to < from) {
		report(img, STOP_SYM " 0x%" PRIx64 " is below " START_SYM
		       " 0x%" PRIx64, to, from);
		return -1;
	}
	p->size = to - from;
	if (!p->size)
		return 1;
	if (!image_find_addr(img, from, &p->at)) {
		report(img, START_SYM " 0x%" PRIx64 " is in no section with contents", from);
		return -1;
	}
	if (p->size > img->secs[p->at.sec].size - p->at.off) {
		report(img, "the table " START_SYM "..." STOP_SYM " (0x%" PRIx64
		       " bytes) runs past the end of section %s", p->size,
		       img->secs[p->at.sec].name);
		return -1;
	}
	return 1;
}

int table_read(struct image *img, struct table *t)
{
	struct area *pieces = NULL, merged = { 0 };
	size_t i, np = 0, named = 0;
	int ret = 0, m;

	memset(t, 0, sizeof(*t));
	for (i = 1; i < img->nsec; i++)
		if (!strcmp(img->secs[i].name, PCPUSECT_TABLE_SECTION))
			named++;
	m = merged_piece(img, &merged);
	if (m < 0)
		return -1;
	if (m > 0) {
		t->found = true;
		t->how = START_SYM;
		ret = merged.size ? read_piece(img, &merged, t) : 0;
		return ret;
	}
	t->how = PCPUSECT_TABLE_SECTION;
	t->found = named > 0;
	pieces = calloc(named + 1, sizeof(*pieces));
	if (!pieces) {
		report(img, "out of memory");
		return -1;
	}
	for (i = 1; i < img->nsec; i++) {
		const struct section *s = &img->secs[i];
		struct area *p = &pieces[np];

		if (strcmp(s->name, PCPUSECT_TABLE_SECTION) || !s->sh.sh_size)
			continue;
		if (s->sh.sh_type == SHT_NOBITS) {
			report(img, "%s has no contents (NOBITS)", s->name);
			ret = -1;
			continue;
		}
		p->at.sec = i;
		p->size = s->sh.sh_size;
		np++;
	}
	for (i = 0; i < np && !ret; i++) {
		if (np > 1)
			snprintf(pieces[i].name, sizeof(pieces[i].name),
				 "%s#%zu", PCPUSECT_TABLE_SECTION, i);
		else
			snprintf(pieces[i].name, sizeof(pieces[i].name), "%s",
				 PCPUSECT_TABLE_SECTION);
		ret = read_piece(img, &pieces[i], t);
	}
	for (i = 0; i < np; i++)
		free(pieces[i].relas);
	free(pieces);
	return ret;
}

void table_free(struct table *t)
{
	free(t->entries);
	t->entries = NULL;
	t->n = 0;
}
