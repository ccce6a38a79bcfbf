/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pcpusect-table: inspects and checks the __pcpusect_table of an s390x
 * object, shared object, executable, vmlinux or kernel module.
 *
 * A code location is a section index and an offset into that section,
 * in relocatable objects and linked images alike; only printing differs
 * ("SECTION+0xOFF" in a relocatable object, the address in an image).
 */
#ifndef PCPUSECT_TABLE_TOOL_H
#define PCPUSECT_TABLE_TOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gelf.h>

#define PROGNAME	"pcpusect-table"
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Where the plugin puts the marker byte and the per-CPU offset unless
 * told otherwise (plugin/options.c: the Linux lowcore).
 */
#define DEFAULT_MARKER	960
#define DEFAULT_OFFSET	952

struct loc {
	size_t sec;		/* section index; 0: none */
	uint64_t off;		/* offset into that section */
};

struct sym {
	const char *name;
	size_t sec;
	uint64_t off;		/* value, relative to the section */
	unsigned int shndx;	/* as in the file: SHN_UNDEF, SHN_ABS... */
	bool func;
	bool global;
};

struct section {
	GElf_Shdr sh;
	const char *name;
	const unsigned char *data;	/* NULL: no contents (NOBITS, unreadable) */
	size_t size;			/* bytes in data */
	bool code;			/* SHF_EXECINSTR with contents */
	struct sym **syms;		/* defined symbols here, by offset */
	size_t nsyms;
	unsigned char *starts;		/* code: bit i set: an insn starts at 2i */
};

struct image {
	const char *path;
	int fd;
	Elf *elf;
	bool rel;			/* ET_REL: fields carry relocations */
	size_t nsec;
	struct section *secs;
	size_t symtab;			/* index of the symbol table used; 0: none */
	struct sym *syms;		/* indexed like the symbol table */
	size_t nsyms;
	unsigned int errors;		/* messages reported so far */
};

/* One table entry as read, its address fields resolved. */
struct entry {
	unsigned int index;
	char at[80];			/* where the entry is: "TABLE+0xOFF" */
	struct loc start, ag, end;	/* .sec == 0: could not be resolved */
	uint8_t reg, op, size, flags;
};

struct table {
	bool found;			/* a section or __start/__stop symbols */
	const char *how;		/* how it was found, for messages */
	struct entry *entries;
	size_t n;
	size_t pieces;			/* table sections read */
	uint64_t addr, file_offset;	/* linked image: where the first is */
};

/* main.c */
void report(struct image *img, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* image.c */
int image_open(struct image *img, const char *path);
void image_close(struct image *img);
uint64_t loc_addr(const struct image *img, struct loc l);
const char *loc_text(const struct image *img, struct loc l, char *buf,
		     size_t n);
const struct sym *loc_symbol(const struct image *img, struct loc l);
const char *loc_func_text(const struct image *img, struct loc l, char *buf,
			  size_t n);
bool image_find_addr(const struct image *img, uint64_t addr, struct loc *l);
const struct sym *image_lookup(const struct image *img, const char *name);
const unsigned char *loc_bytes(const struct image *img, struct loc l,
			       size_t *avail);

/* insn.c */
enum insn_fmt {
	FMT_OTHER, FMT_RR, FMT_RX, FMT_RXY, FMT_RS, FMT_RSY, FMT_SIY, FMT_RI
};

/* What an instruction does with its operands (struct insn's use). */
#define USE_R1		0x01	/* reads r1 */
#define SET_R1		0x02	/* writes r1 */
#define USE_R2		0x04	/* reads r2 (RR) */
#define USE_R3		0x08	/* reads r3 (RS, RSY) */
#define USE_MEM		0x10	/* has a storage operand */
#define USE_BRANCH	0x20	/* relative branch (RI: brc) */
#define USE_PAIRS	0x40	/* r1 and r3 name even/odd pairs (cdsg) */

struct insn {
	unsigned int len;	/* 2, 4 or 6 */
	const char *mnem;	/* NULL: not one this tool decodes */
	enum insn_fmt fmt;
	unsigned int use;	/* USE_* and SET_R1 */
	int r1, r2, r3, x2, b2;	/* b2 is B1 in SIY */
	long disp;
	long imm;		/* SIY: the immediate; RI (brc): the branch
				 * offset in bytes, r1 the mask */
	unsigned char bytes[6];
};

unsigned int insn_len(unsigned char first);
bool insn_decode(const unsigned char *p, size_t avail, struct insn *in);
const char *insn_text(const struct insn *in, char *buf, size_t n);
const char *insn_mem_text(const struct insn *in, char *buf, size_t n);
bool insn_at(const struct image *img, struct loc l, struct insn *in);

/* sweep.c */
struct guard {
	struct loc at;
	long disp;		/* the mviy's displacement: the marker */
	long imm;		/* the register number it stores */
	bool ag_follows;	/* "ag %rIMM,D(%r0)" right after */
};

int sweep_code(struct image *img, struct guard **guards, size_t *n);
bool is_insn_start(const struct image *img, struct loc l);

/* entries.c */
/* A run of bytes holding self-relative 32-bit fields (a table piece). */
struct area {
	char name[48];
	struct loc at;
	uint64_t size;
	GElf_Rela *relas;	/* relocatable objects: sorted by offset */
	size_t nrelas;
};

int table_read(struct image *img, struct table *t);
void table_free(struct table *t);
int area_relocs(struct image *img, struct area *a);
void area_resolve(struct image *img, const struct area *a, uint64_t foff,
		  uint32_t word, const char *what, struct loc *l);
uint32_t be32(const unsigned char *p);

/* check.c */
struct check_opts {
	long marker, offset;		/* expected; LONG_MIN: learn them */
	long entries;			/* expected count; -1: any */
	long lowcore_alt;		/* LONG_MIN: learn; 0: none allowed */
	bool quiet;
};

int check_image(struct image *img, const struct check_opts *o);
bool entry_is_loop(const struct entry *e);
/* Bytes of the closing mviy: none in a table-only section. */
unsigned int entry_close_len(const struct entry *e);

/* alternatives.c */
int check_lowcore_alts(struct image *img, const struct table *t, long want,
		       long *found);

/* sort.c */
int sort_image(struct image *img, const struct check_opts *o);

/* show.c */
extern const char *const op_names[];
const char *flags_text(unsigned int flags, char *buf, size_t n);
int show_list(struct image *img);
int show_stats(struct image *img, unsigned int top);

#endif /* PCPUSECT_TABLE_TOOL_H */
