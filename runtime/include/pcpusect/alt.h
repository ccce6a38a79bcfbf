/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Lowcore alternatives: how a guarded section follows a relocated lowcore.
 *
 * Linux may move the lowcore from 0 to LOWCORE_ALT_ADDRESS (0x70000;
 * "relocate_lowcore", facility 193).  Its own lowcore accesses then get
 * new displacements from alternatives of type ALT_LOWCORE, which the
 * decompressor applies to vmlinux, and module loading to each module,
 * before any of that code runs.  With -fplugin-arg-pcpusect-lowcore-alt=D
 * the plugin gives each of the three lowcore instructions of a section
 * (both mviy and the ag) such an alternative: the same instruction with
 * D added to its displacement, in .altinstr_replacement, and an entry in
 * .altinstructions in the kernel's layout (struct alt_instr, 6.12):
 *
 *	s32 instr_offset;	the instruction, relative to this field
 *	s32 repl_offset;	its replacement, relative to this field
 *	u32 feature;		ALT_LOWCORE: ctx EARLY << 28 | type 2 << 20
 *	u8  instrlen;		6
 *
 * 13 bytes, packed.  The table is not touched: it records where the
 * instructions are, not their displacements.
 */
#ifndef PCPUSECT_ALT_H
#define PCPUSECT_ALT_H

#define PCPUSECT_ALT_SECTION		".altinstructions"
#define PCPUSECT_ALT_REPL_SECTION	".altinstr_replacement"
#define PCPUSECT_ALT_ENTRY_SIZE		13
/* ALT_CTX_EARLY << ALT_CTX_SHIFT | ALT_TYPE_LOWCORE << ALT_TYPE_SHIFT */
#define PCPUSECT_ALT_LOWCORE		0x10200000u

#ifndef __ASSEMBLER__
#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdint.h>
#endif

struct pcpusect_alt {
	int32_t instr;
	int32_t repl;
	uint32_t feature;
	uint8_t len;
} __attribute__((packed));

#ifndef __cplusplus
_Static_assert(sizeof(struct pcpusect_alt) == PCPUSECT_ALT_ENTRY_SIZE,
	       "struct alt_instr layout");
#endif
#endif /* __ASSEMBLER__ */

#endif /* PCPUSECT_ALT_H */
