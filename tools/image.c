// SPDX-License-Identifier: GPL-2.0
/*
 * Opening an s390x ELF file with libelf: its sections with their bytes,
 * its symbols, and code locations as "section + offset".
 *
 * libelf checks that what the headers describe lies inside the file; a
 * section it refuses to read is reported and then has no contents, so
 * nothing later reads past a truncated file.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pcpusect-table.h"

static bool name_useful(const char *name)
{
	return name && name[0] && strncmp(name, ".L", 2) != 0;
}

/* By offset; at one offset functions first, then globals. */
static int sym_cmp(const void *a, const void *b)
{
	const struct sym *x = *(const struct sym *const *)a;
	const struct sym *y = *(const struct sym *const *)b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	if (x->func != y->func)
		return x->func ? -1 : 1;
	if (x->global != y->global)
		return x->global ? -1 : 1;
	return strcmp(x->name, y->name);
}

static int read_sections(struct image *img)
{
	size_t shstrndx, i;
	Elf_Scn *scn;

	if (elf_getshdrnum(img->elf, &img->nsec) ||
	    elf_getshdrstrndx(img->elf, &shstrndx)) {
		report(img, "cannot read the section headers: %s",
		       elf_errmsg(-1));
		return -1;
	}
	img->secs = calloc(img->nsec ? img->nsec : 1, sizeof(*img->secs));
	if (!img->secs) {
		report(img, "out of memory");
		return -1;
	}
	for (i = 1; i < img->nsec; i++) {
		struct section *s = &img->secs[i];
		Elf_Data *d;

		scn = elf_getscn(img->elf, i);
		if (!scn || !gelf_getshdr(scn, &s->sh)) {
			report(img, "cannot read section header %zu: %s", i,
			       elf_errmsg(-1));
			return -1;
		}
		s->name = elf_strptr(img->elf, shstrndx, s->sh.sh_name);
		if (!s->name)
			s->name = "<bad name>";
		if (s->sh.sh_type == SHT_NOBITS || s->sh.sh_size == 0)
			continue;
		d = elf_rawdata(scn, NULL);
		if (!d || (d->d_size && !d->d_buf)) {
			if (s->sh.sh_flags & SHF_ALLOC)
				report(img, "section %s: cannot read its %" PRIu64
				       " bytes: %s", s->name,
				       (uint64_t)s->sh.sh_size, elf_errmsg(-1));
			continue;
		}
		s->data = d->d_buf;
		s->size = d->d_size;
		s->code = (s->sh.sh_flags & SHF_EXECINSTR) && s->size;
	}
	return 0;
}

static size_t find_symtab(const struct image *img)
{
	size_t i, dyn = 0;

	for (i = 1; i < img->nsec; i++) {
		if (img->secs[i].sh.sh_type == SHT_SYMTAB)
			return i;
		if (img->secs[i].sh.sh_type == SHT_DYNSYM)
			dyn = i;
	}
	return dyn;
}

static int read_symbols(struct image *img)
{
	const struct section *st;
	Elf_Data *d;
	size_t i, *count;

	img->symtab = find_symtab(img);
	if (!img->symtab)
		return 0;
	st = &img->secs[img->symtab];
	d = elf_getdata(elf_getscn(img->elf, img->symtab), NULL);
	if (!d || !st->sh.sh_entsize) {
		report(img, "cannot read the symbol table %s: %s", st->name,
		       elf_errmsg(-1));
		return -1;
	}
	img->nsyms = d->d_size / st->sh.sh_entsize;
	img->syms = calloc(img->nsyms ? img->nsyms : 1, sizeof(*img->syms));
	count = calloc(img->nsec, sizeof(*count));
	if (!img->syms || !count) {
		free(count);
		report(img, "out of memory");
		return -1;
	}
	for (i = 0; i < img->nsyms; i++) {
		struct sym *s = &img->syms[i];
		GElf_Sym gs;
		int type;

		s->name = "";
		if (!gelf_getsym(d, i, &gs))
			continue;
		type = GELF_ST_TYPE(gs.st_info);
		s->shndx = gs.st_shndx;
		s->name = elf_strptr(img->elf, st->sh.sh_link, gs.st_name);
		if (!s->name)
			s->name = "";
		if (gs.st_shndx == SHN_UNDEF || gs.st_shndx >= SHN_LORESERVE ||
		    gs.st_shndx >= img->nsec) {
			/* sec 0: not defined in a section of this file */
			s->off = gs.st_value;
			s->sec = 0;
			continue;
		}
		s->sec = gs.st_shndx;
		s->off = gs.st_value;
		if (!img->rel)
			s->off -= img->secs[s->sec].sh.sh_addr;
		if (type == STT_SECTION) {
			s->name = img->secs[s->sec].name;
			continue;
		}
		s->func = type == STT_FUNC || type == STT_GNU_IFUNC;
		s->global = GELF_ST_BIND(gs.st_info) != STB_LOCAL;
		if ((type == STT_FUNC || type == STT_NOTYPE ||
		     type == STT_OBJECT || type == STT_GNU_IFUNC) &&
		    name_useful(s->name))
			count[s->sec]++;
	}
	for (i = 1; i < img->nsec; i++) {
		img->secs[i].syms = calloc(count[i] ? count[i] : 1,
					   sizeof(struct sym *));
		if (!img->secs[i].syms) {
			free(count);
			report(img, "out of memory");
			return -1;
		}
	}
	for (i = 0; i < img->nsyms; i++) {
		struct sym *s = &img->syms[i];
		struct section *sec = &img->secs[s->sec];

		if (s->sec && sec->nsyms < count[s->sec] &&
		    s->name != sec->name && name_useful(s->name))
			sec->syms[sec->nsyms++] = s;
	}
	for (i = 1; i < img->nsec; i++)
		qsort(img->secs[i].syms, img->secs[i].nsyms,
		      sizeof(struct sym *), sym_cmp);
	free(count);
	return 0;
}

/*
 * libelf reads a file whose section headers were cut off as one without
 * sections: refuse what the headers place past the end of the file.
 */
static int check_extent(struct image *img, const GElf_Ehdr *eh, off_t size)
{
	uint64_t fsize = size, end;
	size_t i, n, str;

	end = eh->e_shoff + (uint64_t)eh->e_shnum * eh->e_shentsize;
	if (eh->e_shoff > fsize || end > fsize) {
		report(img, "truncated: the section headers (0x%" PRIx64
		       "..0x%" PRIx64 ") lie past the end of the file (0x%"
		       PRIx64 " bytes)", (uint64_t)eh->e_shoff, end, fsize);
		return -1;
	}
	if (!eh->e_shoff) {
		report(img, "no section headers");
		return -1;
	}
	if (elf_getshdrnum(img->elf, &n) || elf_getshdrstrndx(img->elf, &str))
		return 0;	/* read_sections reports it */
	for (i = 1; i < n; i++) {
		Elf_Scn *scn = elf_getscn(img->elf, i);
		GElf_Shdr sh;

		if (!scn || !gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS)
			continue;
		if (sh.sh_offset > fsize || sh.sh_size > fsize - sh.sh_offset) {
			const char *name = elf_strptr(img->elf, str, sh.sh_name);

			report(img, "truncated: section %s (0x%" PRIx64 " bytes at 0x%" PRIx64 ") runs past the end of the file (0x%" PRIx64 " bytes): cannot read it",
			       name ? name : "?", (uint64_t)sh.sh_size,
			       (uint64_t)sh.sh_offset, fsize);
			return -1;
		}
	}
	return 0;
}

int image_open(struct image *img, const char *path)
{
	GElf_Ehdr eh;
	struct stat st;

	memset(img, 0, sizeof(*img));
	img->path = path;
	img->fd = open(path, O_RDONLY);
	if (img->fd < 0) {
		report(img, "%s", strerror(errno));
		return -1;
	}
	if (fstat(img->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		report(img, "is a directory");
		return -1;
	}
	if (fstat(img->fd, &st) == 0 && st.st_size == 0) {
		report(img, "file is empty");
		return -1;
	}
	img->elf = elf_begin(img->fd, ELF_C_READ_MMAP, NULL);
	if (!img->elf) {
		report(img, "cannot read it: %s", elf_errmsg(-1));
		return -1;
	}
	if (elf_kind(img->elf) == ELF_K_AR) {
		report(img, "is an archive: check its members or a linked image");
		return -1;
	}
	if (elf_kind(img->elf) != ELF_K_ELF || !gelf_getehdr(img->elf, &eh)) {
		report(img, "file format not recognized (not an ELF file)");
		return -1;
	}
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_machine != EM_S390 ||
	    eh.e_ident[EI_DATA] != ELFDATA2MSB) {
		report(img, "not a 64-bit s390x ELF file (class %u, machine %u)",
		       eh.e_ident[EI_CLASS], eh.e_machine);
		return -1;
	}
	img->rel = eh.e_type == ET_REL;
	if (check_extent(img, &eh, st.st_size) || read_sections(img) ||
	    read_symbols(img))
		return -1;
	return 0;
}

void image_close(struct image *img)
{
	size_t i;

	for (i = 0; img->secs && i < img->nsec; i++) {
		free(img->secs[i].syms);
		free(img->secs[i].starts);
	}
	free(img->secs);
	free(img->syms);
	if (img->elf)
		elf_end(img->elf);
	if (img->fd >= 0)
		close(img->fd);
}

uint64_t loc_addr(const struct image *img, struct loc l)
{
	if (img->rel || !l.sec)
		return l.off;
	return img->secs[l.sec].sh.sh_addr + l.off;
}

const char *loc_text(const struct image *img, struct loc l, char *buf,
		     size_t n)
{
	if (img->rel && l.sec)
		snprintf(buf, n, "%s+0x%" PRIx64, img->secs[l.sec].name, l.off);
	else
		snprintf(buf, n, "0x%" PRIx64, loc_addr(img, l));
	return buf;
}

/* The nearest symbol at or before L in its section, or NULL. */
const struct sym *loc_symbol(const struct image *img, struct loc l)
{
	const struct section *s;
	size_t lo = 0, hi;

	if (!l.sec || l.sec >= img->nsec)
		return NULL;
	s = &img->secs[l.sec];
	hi = s->nsyms;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->syms[mid]->off <= l.off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	/* the preferred one of the symbols at that offset */
	while (lo > 1 && s->syms[lo - 2]->off == s->syms[lo - 1]->off)
		lo--;
	return s->syms[lo - 1];
}

const char *loc_func_text(const struct image *img, struct loc l, char *buf,
			  size_t n)
{
	const struct sym *s = loc_symbol(img, l);

	if (!s)
		snprintf(buf, n, "?");
	else
		snprintf(buf, n, "%s+0x%" PRIx64, s->name, l.off - s->off);
	return buf;
}

/* The allocated section with contents that holds ADDR; code first. */
bool image_find_addr(const struct image *img, uint64_t addr, struct loc *l)
{
	size_t i, other = 0;

	for (i = 1; i < img->nsec; i++) {
		const struct section *s = &img->secs[i];

		if (!(s->sh.sh_flags & SHF_ALLOC) || !s->data ||
		    addr < s->sh.sh_addr || addr - s->sh.sh_addr >= s->size)
			continue;
		if (s->code) {
			other = i;
			break;
		}
		if (!other)
			other = i;
	}
	if (!other)
		return false;
	l->sec = other;
	l->off = addr - img->secs[other].sh.sh_addr;
	return true;
}

/* A symbol by name, defined or not; NULL if absent. */
const struct sym *image_lookup(const struct image *img, const char *name)
{
	size_t i;

	for (i = 1; i < img->nsyms; i++)
		if (!strcmp(img->syms[i].name, name))
			return &img->syms[i];
	return NULL;
}

const unsigned char *loc_bytes(const struct image *img, struct loc l,
			       size_t *avail)
{
	const struct section *s;

	if (!l.sec || l.sec >= img->nsec)
		return NULL;
	s = &img->secs[l.sec];
	if (!s->data || l.off >= s->size)
		return NULL;
	*avail = s->size - l.off;
	return s->data + l.off;
}
