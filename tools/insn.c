// SPDX-License-Identifier: GPL-2.0
/*
 * The few s390 instructions a guarded section is made of, decoded from
 * their bytes, with what each does to its operands, and printed as
 * objdump prints them.
 *
 * A table of a few dozen opcodes is all the check needs, and fields read
 * straight from the bytes cannot be misread the way a disassembler's
 * text can; walking the rest of the code only needs each instruction's
 * length, which the top two bits of its first byte give.  So there is no
 * dependency on libopcodes, whose interface is not stable across
 * binutils releases.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pcpusect-table.h"

struct opcode {
	unsigned char op1, op2;	/* first byte; last byte for 6-byte forms */
	enum insn_fmt fmt;
	unsigned int use;
	const char *mnem;
};

#define LOAD	(SET_R1 | USE_MEM)
#define STORE	(USE_R1 | USE_MEM)
#define CAS	(USE_R1 | SET_R1 | USE_R3 | USE_MEM)
#define LOADOP	(SET_R1 | USE_R3 | USE_MEM)	/* lan, lao, laa ... */
#define RROP	(USE_R1 | SET_R1 | USE_R2)	/* ar, nr, or, xr */

static const struct opcode opcodes[] = {
	{ 0x14, 0, FMT_RR, RROP, "nr" },
	{ 0x16, 0, FMT_RR, RROP, "or" },
	{ 0x17, 0, FMT_RR, RROP, "xr" },
	{ 0x18, 0, FMT_RR, SET_R1 | USE_R2, "lr" },
	{ 0x19, 0, FMT_RR, USE_R1 | USE_R2, "cr" },
	{ 0x1a, 0, FMT_RR, RROP, "ar" },
	{ 0x40, 0, FMT_RX, STORE, "sth" },
	{ 0x42, 0, FMT_RX, STORE, "stc" },
	{ 0x50, 0, FMT_RX, STORE, "st" },
	{ 0x58, 0, FMT_RX, LOAD, "l" },
	{ 0xa7, 0x04, FMT_RI, USE_BRANCH, "brc" },	/* op2: low nibble of byte 1 */
	{ 0xba, 0, FMT_RS, CAS, "cs" },
	{ 0xe3, 0x04, FMT_RXY, LOAD, "lg" },
	{ 0xe3, 0x08, FMT_RXY, USE_R1 | LOAD, "ag" },
	{ 0xe3, 0x14, FMT_RXY, LOAD, "lgf" },
	{ 0xe3, 0x15, FMT_RXY, LOAD, "lgh" },
	{ 0xe3, 0x16, FMT_RXY, LOAD, "llgf" },
	{ 0xe3, 0x77, FMT_RXY, LOAD, "lgb" },
	{ 0xe3, 0x90, FMT_RXY, LOAD, "llgc" },
	{ 0xe3, 0x91, FMT_RXY, LOAD, "llgh" },
	{ 0xe3, 0x24, FMT_RXY, STORE, "stg" },
	{ 0xeb, 0x30, FMT_RSY, CAS, "csg" },
	{ 0xeb, 0x3e, FMT_RSY, CAS | USE_PAIRS, "cdsg" },
	{ 0xeb, 0x52, FMT_SIY, USE_MEM, "mviy" },
	{ 0xeb, 0x6a, FMT_SIY, USE_MEM, "asi" },
	{ 0xeb, 0x7a, FMT_SIY, USE_MEM, "agsi" },
	{ 0xeb, 0xe4, FMT_RSY, LOADOP, "lang" },
	{ 0xeb, 0xe6, FMT_RSY, LOADOP, "laog" },
	{ 0xeb, 0xe8, FMT_RSY, LOADOP, "laag" },
	{ 0xeb, 0xf4, FMT_RSY, LOADOP, "lan" },
	{ 0xeb, 0xf6, FMT_RSY, LOADOP, "lao" },
	{ 0xeb, 0xf8, FMT_RSY, LOADOP, "laa" },
};

unsigned int insn_len(unsigned char first)
{
	static const unsigned char len[4] = { 2, 4, 4, 6 };

	return len[first >> 6];
}

/* The signed 20-bit displacement DH2:DL2 of the long-displacement formats */
static long disp20(const unsigned char *p)
{
	long dl = ((p[2] & 0x0f) << 8) | p[3];
	long dh = (signed char)p[4];

	return dh * 4096 + dl;
}

/* False if fewer than the instruction's length of bytes are available. */
bool insn_decode(const unsigned char *p, size_t avail, struct insn *in)
{
	size_t i;

	memset(in, 0, sizeof(*in));
	if (!avail)
		return false;
	in->len = insn_len(p[0]);
	if (avail < in->len)
		return false;
	memcpy(in->bytes, p, in->len);
	for (i = 0; i < ARRAY_SIZE(opcodes); i++) {
		const struct opcode *o = &opcodes[i];

		if (p[0] != o->op1 || (in->len == 6 && p[5] != o->op2) ||
		    (o->fmt == FMT_RI && (p[1] & 15) != o->op2))
			continue;
		in->mnem = o->mnem;
		in->fmt = o->fmt;
		in->use = o->use;
		break;
	}
	switch (in->fmt) {
	case FMT_RR:
		in->r1 = p[1] >> 4;
		in->r2 = p[1] & 15;
		break;
	case FMT_RX:
		in->r1 = p[1] >> 4;
		in->x2 = p[1] & 15;
		in->b2 = p[2] >> 4;
		in->disp = ((p[2] & 15) << 8) | p[3];
		break;
	case FMT_RXY:
		in->r1 = p[1] >> 4;
		in->x2 = p[1] & 15;
		in->b2 = p[2] >> 4;
		in->disp = disp20(p);
		break;
	case FMT_RS:
		in->r1 = p[1] >> 4;
		in->r3 = p[1] & 15;
		in->b2 = p[2] >> 4;
		in->disp = ((p[2] & 15) << 8) | p[3];
		break;
	case FMT_RSY:
		in->r1 = p[1] >> 4;
		in->r3 = p[1] & 15;
		in->b2 = p[2] >> 4;
		in->disp = disp20(p);
		break;
	case FMT_RI:
		in->r1 = p[1] >> 4;
		in->imm = (int16_t)(p[2] << 8 | p[3]) * 2L;
		break;
	case FMT_SIY:
		/* mviy stores an unsigned byte, asi and agsi add a signed one */
		in->imm = p[5] == 0x52 ? p[1] : (signed char)p[1];
		in->b2 = p[2] >> 4;
		in->disp = disp20(p);
		break;
	case FMT_OTHER:
		break;
	}
	return true;
}

/* "D", "D(%rB)" or "D(%rX,%rB)", leaving out a zero index and base. */
const char *insn_mem_text(const struct insn *in, char *buf, size_t n)
{
	if (in->x2)
		snprintf(buf, n, "%ld(%%r%d,%%r%d)", in->disp, in->x2, in->b2);
	else if (in->b2)
		snprintf(buf, n, "%ld(%%r%d)", in->disp, in->b2);
	else
		snprintf(buf, n, "%ld", in->disp);
	return buf;
}

/* objdump's text; an instruction not decoded here as its bytes in hex. */
const char *insn_text(const struct insn *in, char *buf, size_t n)
{
	char mem[48];
	unsigned int i;
	size_t k;

	insn_mem_text(in, mem, sizeof(mem));
	switch (in->fmt) {
	case FMT_RR:
		snprintf(buf, n, "%s %%r%d,%%r%d", in->mnem, in->r1, in->r2);
		break;
	case FMT_RX:
	case FMT_RXY:
		snprintf(buf, n, "%s %%r%d,%s", in->mnem, in->r1, mem);
		break;
	case FMT_RS:
	case FMT_RSY:
		snprintf(buf, n, "%s %%r%d,%%r%d,%s", in->mnem, in->r1, in->r3,
			 mem);
		break;
	case FMT_RI:
		snprintf(buf, n, "%s %d,.%+ld", in->mnem, in->r1, in->imm);
		break;
	case FMT_SIY:
		snprintf(buf, n, "%s %s,%ld", in->mnem, mem, in->imm);
		break;
	case FMT_OTHER:
		k = snprintf(buf, n, "insn");
		for (i = 0; i < in->len && k < n; i++)
			k += snprintf(buf + k, n - k, " %02x", in->bytes[i]);
		break;
	}
	return buf;
}

bool insn_at(const struct image *img, struct loc l, struct insn *in)
{
	const unsigned char *p;
	size_t avail;

	p = loc_bytes(img, l, &avail);
	return p && insn_decode(p, avail, in);
}
