// SPDX-License-Identifier: GPL-2.0
/*
 * Host unit test of the pcpusect runtime core: table registration
 * (sorting, validation, several tables, unregister), search, and every
 * branch of the interrupt hooks, with and without injected faults.
 *
 * Tables are built by hand: "code" is a static byte array, and each entry
 * points into it with self-relative offsets, as the plugin's would.
 */
#define _DEFAULT_SOURCE	/* MAP_ANONYMOUS */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <pcpusect/runtime.h>
#include "pcpusect_arch.h"

#ifndef PCPUSECT_FAULT_INJECTION
#error "the unit test needs the core built with PCPUSECT_FAULT_INJECTION"
#endif

/* The environment of the hooks. */
u8 test_marker;
unsigned int test_cpu;
unsigned long test_offsets[4] = { 0x1000, 0x3000, 0x7000, 0x200 };

unsigned long test_nreports;
int test_last_why;
unsigned long test_last_addr;
u8 test_last_marker;
unsigned int test_last_cpu;

void pcpusect_arch_report(unsigned long addr, u8 marker, unsigned int cpu,
			  int why)
{
	test_nreports++;
	test_last_why = why;
	test_last_addr = addr;
	test_last_marker = marker;
	test_last_cpu = cpu;
}

static unsigned int passed, failed;

#define CHECK(cond) check(!!(cond), #cond, __LINE__)

static void check(int ok, const char *what, int line)
{
	if (ok) {
		passed++;
	} else {
		failed++;
		printf("FAIL line %d: %s\n", line, what);
	}
}

/* Two separate "text" areas, standing for the kernel image and a module. */
static char text[8192] __attribute__((aligned(16)));
static char text2[4096] __attribute__((aligned(16)));

#define T(off)	((unsigned long)&text[off])
#define T2(off)	((unsigned long)&text2[off])

static void set_entry(struct pcpusect_entry *e, unsigned long start,
		      unsigned long ag, unsigned long end, u8 reg, u8 op,
		      u8 size, u8 flags)
{
	e->start = (s32)(start - (unsigned long)&e->start);
	e->ag = (s32)(ag - (unsigned long)&e->ag);
	e->end = (s32)(end - (unsigned long)&e->end);
	e->reg = reg;
	e->op = op;
	e->size = size;
	e->flags = flags;
}

/* A well-formed section at addr: mviy, ag, a 6-byte op, mviy. */
#define SECT_LEN (PCPUSECT_MVIY_LEN + PCPUSECT_AG_LEN + 6 + PCPUSECT_MVIY_LEN)

static void set_sect(struct pcpusect_entry *e, unsigned long addr, u8 reg)
{
	set_entry(e, addr, addr + PCPUSECT_MVIY_LEN, addr + SECT_LEN, reg,
		  PCPUSECT_OP_ADD, 8, 0);
}

static void reset_tables(void)
{
	extern struct pcpusect_table *pcpusect_tables;
	extern int pcpusect_table_only;

	pcpusect_tables = NULL;
	pcpusect_table_only = 0;
}

static unsigned long rnd_state = 12345;

static unsigned long rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

/* ---- sorting ---------------------------------------------------------- */

#define MAXN 200

static void test_sort_one(unsigned long n, int mode)
{
	static struct pcpusect_entry ents[MAXN];
	static unsigned long perm[MAXN];
	struct pcpusect_table t;
	unsigned long i, j, tmp;
	int ok = 1, ret;

	/* Section k lives at 32 * k; perm says which slot describes it. */
	for (i = 0; i < n; i++)
		perm[i] = i;
	if (mode == 1) {
		for (i = 0; i < n / 2; i++) {
			tmp = perm[i];
			perm[i] = perm[n - 1 - i];
			perm[n - 1 - i] = tmp;
		}
	} else if (mode == 2) {
		for (i = n; i > 1; i--) {
			j = rnd() % i;
			tmp = perm[i - 1];
			perm[i - 1] = perm[j];
			perm[j] = tmp;
		}
	}
	for (i = 0; i < n; i++) {
		unsigned long k = perm[i];

		set_entry(&ents[i], T(32 * k), T(32 * k + 6),
			  T(32 * k + 24), 1 + k % 15, 1 + k % 5,
			  k & 1 ? 8 : 4, k % 5 == 2 ? PCPUSECT_F_IMM : 0);
	}

	reset_tables();
	ret = pcpusect_table_register(&t, ents, ents + n);
	if (ret) {
		printf("register n=%lu mode=%d: %d\n", n, mode, ret);
		ok = 0;
	}
	for (i = 0; ok && i < n; i++) {
		/* Sorted, and each entry still describes the same section. */
		ok = pcpusect_entry_start(&ents[i]) == T(32 * i) &&
		     pcpusect_entry_ag(&ents[i]) == T(32 * i + 6) &&
		     pcpusect_entry_end(&ents[i]) == T(32 * i + 24) &&
		     ents[i].reg == 1 + i % 15 && ents[i].op == 1 + i % 5 &&
		     ents[i].size == (i & 1 ? 8 : 4) &&
		     ents[i].flags == (i % 5 == 2 ? PCPUSECT_F_IMM : 0);
	}
	if (ok && n) {
		ok = t.first == ents && t.count == n && t.lo == T(0) &&
		     t.hi == T(32 * (n - 1) + 24);
	}
	if (!ok)
		printf("sort n=%lu mode=%d wrong\n", n, mode);
	CHECK(ok);
}

/*
 * A table sorted at build time may live in read-only memory: register
 * must not write it.  (Heapsort writes even a sorted array.)
 */
static void test_sorted_readonly(void)
{
	/* Near text (self-relative fields), alone in its pages. */
	static struct pcpusect_entry ents[65536 / sizeof(struct pcpusect_entry)]
		__attribute__((aligned(65536)));
	struct pcpusect_table t;
	unsigned long i, n = 50;

	for (i = 0; i < n; i++)
		set_sect(&ents[i], T(32 * i), 1 + i % 15);
	CHECK(!mprotect(ents, sizeof(ents), PROT_READ));
	reset_tables();
	CHECK(pcpusect_table_register(&t, ents, ents + n) == 0);
	CHECK(t.count == n && pcpusect_search(T(32 * 7 + 8)) == &ents[7]);
	CHECK(!mprotect(ents, sizeof(ents), PROT_READ | PROT_WRITE));
}

static void test_sort(void)
{
	unsigned long n;
	int mode, rep;

	for (n = 0; n <= 40; n++)
		for (mode = 0; mode < 3; mode++)
			test_sort_one(n, mode);
	for (rep = 0; rep < 20; rep++)
		test_sort_one(MAXN - rep, 2);
}

/* ---- validation -------------------------------------------------------- */

static int reg1(unsigned long start, unsigned long ag, unsigned long end,
		u8 reg, u8 op, u8 size, u8 flags)
{
	static struct pcpusect_entry e;
	static struct pcpusect_table t;

	reset_tables();
	set_entry(&e, start, ag, end, reg, op, size, flags);
	return pcpusect_table_register(&t, &e, &e + 1);
}

static void test_validate(void)
{
	static struct pcpusect_entry ents[4];
	static struct pcpusect_table t, t2;
	const u8 add = PCPUSECT_OP_ADD;

	/* The good one, and its limits. */
	CHECK(reg1(T(100), T(106), T(124), 1, add, 8, 0) == 0);
	CHECK(reg1(T(100), T(106), T(122), 15, PCPUSECT_OP_WRITE, 4, 0) == 0);
	CHECK(reg1(T(100), T(106), T(122), 2, PCPUSECT_OP_WRITE, 1, 0) == 0);
	CHECK(reg1(T(100), T(106), T(124), 2, PCPUSECT_OP_READ, 2,
		   PCPUSECT_F_SIGNED) == 0);
	CHECK(reg1(T(100), T(106), T(120), 3, PCPUSECT_OP_OR, 8,
		   PCPUSECT_F_SIGNED | PCPUSECT_F_RESULT) == 0);
	CHECK(reg1(T(100), T(106), T(124), 3, add, 4,
		   PCPUSECT_F_IMM | PCPUSECT_F_SIGNED) == 0);

	/* start < ag < end */
	CHECK(reg1(T(100), T(100), T(124), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);
	CHECK(reg1(T(106), T(100), T(124), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);
	CHECK(reg1(T(100), T(106), T(106), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);
	CHECK(reg1(T(100), T(106), T(90), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);
	CHECK(reg1(T(130), T(106), T(124), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);
	/* too short for ag, an instruction and the closing mviy */
	CHECK(reg1(T(100), T(106), T(119), 1, add, 8, 0) ==
	      -PCPUSECT_EORDER);

	/* ag right after the opening mviy */
	CHECK(reg1(T(100), T(104), T(124), 1, add, 8, 0) == -PCPUSECT_EAG);
	CHECK(reg1(T(100), T(108), T(124), 1, add, 8, 0) == -PCPUSECT_EAG);

	/* reg */
	CHECK(reg1(T(100), T(106), T(124), 0, add, 8, 0) == -PCPUSECT_EREG);
	CHECK(reg1(T(100), T(106), T(124), 16, add, 8, 0) == -PCPUSECT_EREG);
	CHECK(reg1(T(100), T(106), T(124), 255, add, 8, 0) == -PCPUSECT_EREG);

	/* op, size, flags */
	CHECK(reg1(T(100), T(106), T(124), 1, 0, 8, 0) == -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_MAX + 1, 8, 0) ==
	      -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 1, 0) == 0);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 2, 0) == 0);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 16, 0) == -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 0, 0) == -PCPUSECT_EOP);
	/* 1 and 2 bytes: every op, but no immediate (that is asi/agsi) */
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_AND, 2, 0) == 0);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 2, PCPUSECT_F_IMM) ==
	      -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_READ, 3, 0) ==
	      -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_READ, 16, 0) ==
	      -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 8, 0x10) ==
	      -PCPUSECT_EOP);
	/* table-only: start == ag, room for the ag and an instruction */
	CHECK(reg1(T(100), T(100), T(112), 1, add, 8, PCPUSECT_F_TABLE) == 0);
	CHECK(reg1(T(100), T(100), T(108), 1, add, 8, PCPUSECT_F_TABLE) == 0);
	CHECK(reg1(T(100), T(100), T(107), 1, add, 8, PCPUSECT_F_TABLE) ==
	      -PCPUSECT_EORDER);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 8, PCPUSECT_F_TABLE) ==
	      -PCPUSECT_EAG);
	CHECK(reg1(T(100), T(106), T(124), 1, add, 8, 0x80) ==
	      -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_READ, 8,
		   PCPUSECT_F_IMM) == -PCPUSECT_EOP);
	CHECK(reg1(T(100), T(106), T(124), 1, PCPUSECT_OP_AND, 4,
		   PCPUSECT_F_IMM) == -PCPUSECT_EOP);

	/* An error aborts registration: nothing is published. */
	CHECK(reg1(T(100), T(106), T(124), 0, add, 8, 0) == -PCPUSECT_EREG);
	CHECK(pcpusect_search(T(106)) == NULL);

	/* The first bad entry decides, in array order. */
	reset_tables();
	set_sect(&ents[0], T(200), 2);
	set_entry(&ents[1], T(100), T(106), T(124), 0, add, 8, 0);
	set_entry(&ents[2], T(300), T(304), T(324), 1, add, 8, 0);
	CHECK(pcpusect_table_register(&t, ents, ents + 3) == -PCPUSECT_EREG);

	/* Overlap: sharing bytes, nested, same start; touching is fine. */
	reset_tables();
	set_sect(&ents[0], T(200), 2);
	set_sect(&ents[1], T(200 + SECT_LEN - 1), 2);
	CHECK(pcpusect_table_register(&t, ents, ents + 2) ==
	      -PCPUSECT_EOVERLAP);
	reset_tables();
	set_sect(&ents[0], T(200 + SECT_LEN - 2), 2);
	set_sect(&ents[1], T(200), 2);
	CHECK(pcpusect_table_register(&t, ents, ents + 2) ==
	      -PCPUSECT_EOVERLAP);
	reset_tables();
	set_sect(&ents[0], T(200), 2);
	set_entry(&ents[1], T(200), T(206), T(240), 4, add, 8, 0);
	CHECK(pcpusect_table_register(&t, ents, ents + 2) ==
	      -PCPUSECT_EOVERLAP);
	reset_tables();
	set_entry(&ents[0], T(200), T(206), T(300), 4, add, 8, 0);
	set_sect(&ents[1], T(240), 2);
	CHECK(pcpusect_table_register(&t, ents, ents + 2) ==
	      -PCPUSECT_EOVERLAP);
	CHECK(pcpusect_search(T(206)) == NULL);
	reset_tables();
	set_sect(&ents[0], T(200 + SECT_LEN), 2);
	set_sect(&ents[1], T(200), 3);
	CHECK(pcpusect_table_register(&t, ents, ents + 2) == 0);

	/* EBUSY: the same table, or the same entries, twice. */
	CHECK(pcpusect_table_register(&t, ents, ents + 2) == -PCPUSECT_EBUSY);
	CHECK(pcpusect_table_register(&t2, ents, ents + 2) ==
	      -PCPUSECT_EBUSY);
	CHECK(pcpusect_table_register(&t2, ents + 1, ents + 2) ==
	      -PCPUSECT_EBUSY);
	/* A registered table descriptor cannot take other entries. */
	set_sect(&ents[2], T(500), 5);
	CHECK(pcpusect_table_register(&t, ents + 2, ents + 3) ==
	      -PCPUSECT_EBUSY);
	CHECK(pcpusect_search(T(500)) == NULL);
	/* The rejected attempts did not disturb the registered table. */
	CHECK(pcpusect_entry_start(&ents[0]) == T(200) &&
	      pcpusect_entry_start(&ents[1]) == T(200 + SECT_LEN));
	CHECK(t.next == NULL);

	/* Another table whose range interleaves with a registered one. */
	set_sect(&ents[2], T(190), 5);
	set_sect(&ents[3], T(400), 5);
	CHECK(pcpusect_table_register(&t2, ents + 2, ents + 4) ==
	      -PCPUSECT_EOVERLAP);
	CHECK(pcpusect_search(T(400)) == NULL);
	set_sect(&ents[2], T(200 + 2 * SECT_LEN), 5);
	CHECK(pcpusect_table_register(&t2, ents + 2, ents + 4) == 0);

	/* An empty table registers and never matches. */
	reset_tables();
	CHECK(pcpusect_table_register(&t, ents, ents) == 0);
	CHECK(t.count == 0 && pcpusect_search(0) == NULL);
}

/* ---- search ------------------------------------------------------------ */

static struct pcpusect_entry main_ents[64], mod_ents[8], mod2_ents[8];
static struct pcpusect_table main_t, mod_t, mod2_t;

/* main: sections at 100 + 64 k (k < 60, every third one touching the
 * next), mod: in text2; mod2: high in text. */
static unsigned long main_start(unsigned long k)
{
	return T(100 + 64 * k - (k % 3 == 1 ? 64 - SECT_LEN : 0));
}

static void build_tables(void)
{
	unsigned long k;

	reset_tables();
	for (k = 0; k < 60; k++)
		set_sect(&main_ents[59 - k], main_start(k), 1 + k % 15);
	for (k = 0; k < 8; k++)
		set_sect(&mod_ents[k], T2(16 + 40 * (7 - k)), 9);
	for (k = 0; k < 8; k++)
		set_sect(&mod2_ents[k], T(6000 + 30 * k), 11);
}

static void test_search(void)
{
	const struct pcpusect_entry *e;
	unsigned long k, a;
	int ok;

	build_tables();
	CHECK(pcpusect_search(main_start(0)) == NULL);
	CHECK(pcpusect_table_register(&main_t, main_ents, main_ents + 60) ==
	      0);
	CHECK(pcpusect_table_register(&mod_t, mod_ents, mod_ents + 8) == 0);
	CHECK(pcpusect_table_register(&mod2_t, mod2_ents, mod2_ents + 8) ==
	      0);

	/* Every byte of text: in a section exactly when the entry says so. */
	ok = 1;
	for (a = T(0); a < T(sizeof(text)); a++) {
		const struct pcpusect_entry *want = NULL;

		for (k = 0; k < 60; k++)
			if (a >= pcpusect_entry_start(&main_ents[k]) &&
			    a < pcpusect_entry_end(&main_ents[k]))
				want = &main_ents[k];
		for (k = 0; k < 8; k++)
			if (a >= pcpusect_entry_start(&mod2_ents[k]) &&
			    a < pcpusect_entry_end(&mod2_ents[k]))
				want = &mod2_ents[k];
		if (pcpusect_search(a) != want ||
		    pcpusect_addr_in_section(a) != (want != NULL))
			ok = 0;
	}
	CHECK(ok);

	/* Boundaries, one by one. */
	e = pcpusect_search(main_start(5));
	CHECK(e && pcpusect_entry_start(e) == main_start(5) && e->reg == 6);
	CHECK(pcpusect_search(main_start(5) + SECT_LEN - 1) == e);
	CHECK(pcpusect_search(main_start(5) + 6) == e);
	CHECK(pcpusect_search(main_start(5) - 1) == NULL);
	CHECK(pcpusect_search(main_start(5) + SECT_LEN) == NULL);
	/* Touching sections: end of 0 is start of 1. */
	CHECK(main_start(0) + SECT_LEN == main_start(1));
	e = pcpusect_search(main_start(1));
	CHECK(e && e->reg == 2);
	e = pcpusect_search(main_start(1) - 1);
	CHECK(e && e->reg == 1);
	CHECK(pcpusect_search(main_start(0) - 1) == NULL);
	CHECK(pcpusect_search(main_start(59) + SECT_LEN) == NULL);
	CHECK(pcpusect_search(0) == NULL);
	CHECK(pcpusect_search(~0UL) == NULL);
	CHECK(main_t.lo == main_start(0) &&
	      main_t.hi == main_start(59) + SECT_LEN);

	/* The module. */
	e = pcpusect_search(T2(16));
	CHECK(e == &mod_ents[0] && e->reg == 9);
	e = pcpusect_search(T2(16 + 40 * 7 + SECT_LEN - 1));
	CHECK(e == &mod_ents[7]);
	CHECK(pcpusect_search(T2(15)) == NULL);
	CHECK(pcpusect_search(T2(16 + SECT_LEN)) == NULL);
	CHECK(pcpusect_addr_in_section(T2(16 + 40 * 3 + 6)));
	CHECK(!pcpusect_addr_in_section(T2(16 + 40 * 3 + 39)));

	/* Unregister the middle table of the list, then the others. */
	pcpusect_table_unregister(&mod_t);
	CHECK(pcpusect_search(T2(16)) == NULL);
	CHECK(pcpusect_search(main_start(7)) != NULL);
	CHECK(pcpusect_search(T(6000)) == &mod2_ents[0]);
	/* Unregistering what is not registered is harmless. */
	pcpusect_table_unregister(&mod_t);
	CHECK(pcpusect_search(T(6000)) == &mod2_ents[0]);
	/* Register again: found again. */
	CHECK(pcpusect_table_register(&mod_t, mod_ents, mod_ents + 8) == 0);
	CHECK(pcpusect_search(T2(56)) == &mod_ents[1]);
	pcpusect_table_unregister(&mod2_t);
	CHECK(pcpusect_search(T(6000)) == NULL);
	CHECK(pcpusect_search(T2(56)) == &mod_ents[1]);
	pcpusect_table_unregister(&main_t);
	CHECK(pcpusect_search(main_start(7)) == NULL);
	CHECK(pcpusect_search(T2(56)) == &mod_ents[1]);
	pcpusect_table_unregister(&mod_t);
	CHECK(pcpusect_search(T2(56)) == NULL);
	{
		extern struct pcpusect_table *pcpusect_tables;

		CHECK(pcpusect_tables == NULL);
	}
}

/* ---- hooks -------------------------------------------------------------- */

static struct pcpusect_entry hook_ents[2];
static struct pcpusect_table hook_t;

#define HS	T(1000)			/* the section under test, reg 5 */
#define HAG	(HS + 6)
#define HOP	(HS + 12)
#define HEND_M	(HS + 18)		/* the closing mviy */

static unsigned long gprs[16];
static struct pcpusect_stats st0;

static void reset_gprs(void)
{
	int i;

	for (i = 0; i < 16; i++)
		gprs[i] = 0x100000UL * (i + 1);
}

static int gprs_untouched(void)
{
	int i;

	for (i = 0; i < 16; i++)
		if (gprs[i] != 0x100000UL * (i + 1))
			return 0;
	return 1;
}

static int stats_delta(long fixups, long skips, long reports)
{
	return pcpusect_stats.fixups - st0.fixups == (unsigned long)fixups &&
	       pcpusect_stats.ag_skips - st0.ag_skips ==
	       (unsigned long)skips &&
	       pcpusect_stats.reports - st0.reports == (unsigned long)reports;
}

/*
 * One interrupt: marker m at entry on CPU from, the handler leaves us
 * on CPU to, interrupted at addr.
 */
static int irq(struct pcpusect_frame *f, unsigned long addr, u8 m,
		unsigned int from, unsigned int to)
{
	reset_gprs();
	memset(f, 0, sizeof(*f));
	f->gprs = gprs;
	f->addr = addr;
	test_marker = m;
	test_cpu = from;
	st0 = pcpusect_stats;
	test_nreports = 0;
	test_last_addr = 0;
	test_last_why = 0;
	pcpusect_irq_entry(f);
	CHECK(test_marker == 0);
	CHECK(f->marker == m && f->cpu == from);
	/* The handler runs sections of its own: the marker comes back 0. */
	test_marker = 7;
	test_marker = 0;
	test_cpu = to;
	return pcpusect_irq_exit(f);
}

static void test_hooks(void)
{
	struct pcpusect_frame f;
	unsigned long a;

	reset_tables();
	set_sect(&hook_ents[0], HS, 5);
	set_sect(&hook_ents[1], HS + 100, 12);
	CHECK(pcpusect_table_register(&hook_t, hook_ents, hook_ents + 2) ==
	      0);
	pcpusect_faults = 0;

	/* entry from user mode: nothing at all. */
	memset(&f, 0xa5, sizeof(f));
	f.user = true;
	test_marker = 5;
	test_cpu = 1;
	pcpusect_irq_entry(&f);
	CHECK(test_marker == 5 && f.marker == 0xa5 &&
	      f.cpu == 0xa5a5a5a5u);

	/* exit to user mode: nothing, even with a marker and migration. */
	reset_gprs();
	f.gprs = gprs;
	f.addr = HOP;
	f.user = true;
	f.marker = 5;
	f.cpu = 0;
	test_marker = 0;
	test_cpu = 1;
	st0 = pcpusect_stats;
	test_nreports = 0;
	pcpusect_irq_exit(&f);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 0, 0) &&
	      test_nreports == 0);

	/* kernel, no section: saved 0, nothing on exit even if migrated. */
	irq(&f, T(50), 0, 0, 1);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 0, 0));
	/* saved 0 at the opening mviy of a section: likewise. */
	irq(&f, HS, 0, 0, 1);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 0, 0));

	/* In the section, same CPU: marker restored, no fixup. */
	for (a = HAG; a <= HEND_M; a += 6) {
		irq(&f, a, 5, 2, 2);
		CHECK(test_marker == 5 && gprs_untouched() &&
		      stats_delta(0, 0, 0) && test_nreports == 0);
	}

	/* Migrated at the ag: marker restored, skip, no fixup. */
	irq(&f, HAG, 5, 0, 1);
	CHECK(test_marker == 5 && gprs_untouched() && stats_delta(0, 1, 0));

	/* Migrated after the ag: R += new offset - old offset. */
	irq(&f, HOP, 5, 0, 1);
	CHECK(test_marker == 5 && stats_delta(1, 0, 0));
	CHECK(gprs[5] == 0x600000UL + 0x3000 - 0x1000);
	gprs[5] = 0x600000UL;
	CHECK(gprs_untouched());
	irq(&f, HEND_M, 5, 1, 2);
	CHECK(test_marker == 5 && stats_delta(1, 0, 0) &&
	      gprs[5] == 0x600000UL + 0x7000 - 0x3000);
	/* To a CPU with a lower offset: the delta is negative. */
	irq(&f, HOP, 5, 2, 3);
	CHECK(gprs[5] == 0x600000UL - (0x7000 - 0x200) &&
	      stats_delta(1, 0, 0));
	/* Any byte of the section after the ag, second section too. */
	irq(&f, HS + 100 + 13, 12, 3, 0);
	CHECK(gprs[12] == 0xd00000UL + 0x1000 - 0x200 &&
	      stats_delta(1, 0, 0) && test_marker == 12);
	gprs[12] = 0xd00000UL;
	CHECK(gprs_untouched());

	/* Marker set, address in no section: report, no fixup. */
	irq(&f, T(50), 5, 0, 1);
	CHECK(test_marker == 5 && gprs_untouched() && stats_delta(0, 0, 1));
	CHECK(test_nreports == 1 && test_last_why == PCPUSECT_WHY_NO_ENTRY &&
	      test_last_addr == T(50) && test_last_marker == 5 &&
	      test_last_cpu == 0);
	irq(&f, HS + SECT_LEN, 5, 0, 1);
	CHECK(gprs_untouched() && stats_delta(0, 0, 1) &&
	      test_last_why == PCPUSECT_WHY_NO_ENTRY);
	/* Same, without migration: nothing to do, no lookup, no report. */
	irq(&f, T(50), 5, 1, 1);
	CHECK(test_marker == 5 && stats_delta(0, 0, 0) && test_nreports == 0);

	/* Marker differs from the entry's reg: report, no fixup. */
	CHECK(irq(&f, HOP, 6, 0, 1) == PCPUSECT_EXIT_REPORT);
	CHECK(test_marker == 6 && gprs_untouched() && stats_delta(0, 0, 1));
	CHECK(test_nreports == 1 && test_last_why == PCPUSECT_WHY_REG &&
	      test_last_addr == HOP && test_last_marker == 6);
	irq(&f, HAG, 12, 0, 1);
	CHECK(gprs_untouched() && stats_delta(0, 0, 1) &&
	      test_last_why == PCPUSECT_WHY_REG);

	/* Nested: the inner interrupt saves the outer handler's marker. */
	{
		struct pcpusect_frame outer, inner;

		reset_gprs();
		memset(&outer, 0, sizeof(outer));
		memset(&inner, 0, sizeof(inner));
		outer.gprs = gprs;
		outer.addr = HOP;
		inner.gprs = gprs;
		inner.addr = HS + 100 + 6;
		test_marker = 5;
		test_cpu = 0;
		st0 = pcpusect_stats;
		pcpusect_irq_entry(&outer);
		test_marker = 12;	/* the handler enters a section */
		pcpusect_irq_entry(&inner);
		CHECK(inner.marker == 12 && test_marker == 0);
		pcpusect_irq_exit(&inner);
		CHECK(test_marker == 12);
		test_marker = 0;	/* the handler's section ends */
		test_cpu = 2;
		pcpusect_irq_exit(&outer);
		CHECK(test_marker == 5 && stats_delta(1, 0, 0) &&
		      gprs[5] == 0x600000UL + 0x7000 - 0x1000);
	}

	/* What the exit hook did, for the per-path counts. */
	CHECK(irq(&f, T(50), 0, 0, 1) == PCPUSECT_EXIT_NONE);
	CHECK(irq(&f, HOP, 5, 1, 1) == PCPUSECT_EXIT_SAME_CPU);
	CHECK(irq(&f, HAG, 5, 0, 1) == PCPUSECT_EXIT_AG);
	CHECK(irq(&f, HOP, 5, 0, 1) == PCPUSECT_EXIT_FIXUP);

	/*
	 * The exit hook run twice on one frame (do_io_irq() once did):
	 * one rebase, the marker restored, and the frame marked handled.
	 */
	CHECK(irq(&f, HOP, 5, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(f.marker == 0);
	test_marker = 0;
	CHECK(pcpusect_irq_exit(&f) == PCPUSECT_EXIT_NONE);
	CHECK(gprs[5] == 0x600000UL + 0x3000 - 0x1000 &&
	      stats_delta(1, 0, 0) && test_marker == 0);

	/* Faults: exit leaves the frame unhandled; run twice, it rebases twice. */
	pcpusect_faults = PCPUSECT_FAULT_EXIT_TWICE;
	CHECK(irq(&f, HOP, 5, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(pcpusect_irq_exit(&f) == PCPUSECT_EXIT_FIXUP);
	CHECK(gprs[5] == 0x600000UL + 2 * (0x3000 - 0x1000) &&
	      stats_delta(2, 0, 0));

	/* Faults: no fixup. */
	pcpusect_faults = PCPUSECT_FAULT_NO_FIXUP;
	CHECK(irq(&f, HOP, 5, 0, 1) == PCPUSECT_EXIT_MISSED);
	CHECK(test_marker == 5 && gprs_untouched() && stats_delta(0, 0, 0));
	irq(&f, HAG, 5, 0, 1);
	CHECK(gprs_untouched() && stats_delta(0, 1, 0));
	irq(&f, T(50), 5, 0, 1);
	CHECK(stats_delta(0, 0, 1));

	/* Faults: marker not restored. */
	pcpusect_faults = PCPUSECT_FAULT_NO_RESTORE;
	irq(&f, HOP, 5, 0, 0);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 0, 0));
	irq(&f, HOP, 5, 0, 1);
	CHECK(test_marker == 0 && stats_delta(1, 0, 0) &&
	      gprs[5] == 0x600000UL + 0x2000);

	/* Faults: the ag check inverted. */
	pcpusect_faults = PCPUSECT_FAULT_INVERT_AG;
	irq(&f, HAG, 5, 0, 1);
	CHECK(test_marker == 5 && stats_delta(1, 0, 0) &&
	      gprs[5] == 0x600000UL + 0x2000);
	irq(&f, HOP, 5, 0, 1);
	CHECK(gprs_untouched() && stats_delta(0, 1, 0));
	irq(&f, HEND_M, 5, 0, 1);
	CHECK(gprs_untouched() && stats_delta(0, 1, 0));

	/* All three. */
	pcpusect_faults = PCPUSECT_FAULT_NO_FIXUP | PCPUSECT_FAULT_NO_RESTORE |
			  PCPUSECT_FAULT_INVERT_AG;
	irq(&f, HAG, 5, 0, 1);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 0, 0));
	irq(&f, HOP, 5, 0, 1);
	CHECK(test_marker == 0 && gprs_untouched() && stats_delta(0, 1, 0));

	pcpusect_faults = 0;
	/* No table-only section registered: no search ever. */
	CHECK(pcpusect_stats.searches == 0);
	pcpusect_table_unregister(&hook_t);
}

/*
 * Table-only sections: no marker; after a migration the exit hook finds
 * the section by searching the table.  TS: ag at TS, laag, end TS + 12.
 */
#define TS	T(400)
static struct pcpusect_entry table_ents[2];
static struct pcpusect_table table_t;

static bool searched(unsigned long n)
{
	return pcpusect_stats.searches - st0.searches == n;
}

static void test_table_only_hooks(void)
{
	struct pcpusect_frame f;

	reset_tables();
	set_entry(&table_ents[0], TS, TS, TS + 12, 5, PCPUSECT_OP_ADD, 8,
		  PCPUSECT_F_TABLE);
	set_sect(&table_ents[1], TS + 100, 12);
	CHECK(pcpusect_table_register(&table_t, table_ents,
				      table_ents + 2) == 0);
	pcpusect_faults = 0;

	/* Same CPU: nothing, not even a search. */
	CHECK(irq(&f, TS + 6, 0, 1, 1) == PCPUSECT_EXIT_NONE);
	CHECK(gprs_untouched() && stats_delta(0, 0, 0) && searched(0));
	/* Migrated at the ag: found, no rebase. */
	CHECK(irq(&f, TS, 0, 0, 1) == PCPUSECT_EXIT_AG);
	CHECK(gprs_untouched() && stats_delta(0, 1, 0) && searched(1));
	/* Migrated after the ag: rebased, once even if exit runs twice. */
	CHECK(irq(&f, TS + 6, 0, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(gprs[5] == 0x600000UL + 0x3000 - 0x1000 &&
	      stats_delta(1, 0, 0) && searched(1) && test_marker == 0);
	CHECK(pcpusect_irq_exit(&f) == PCPUSECT_EXIT_NONE);
	CHECK(gprs[5] == 0x600000UL + 0x3000 - 0x1000 &&
	      stats_delta(1, 0, 0) && searched(1));
	/* The last byte of the access still counts; end does not. */
	CHECK(irq(&f, TS + 11, 0, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(irq(&f, TS + 12, 0, 0, 1) == PCPUSECT_EXIT_NONE);
	CHECK(gprs_untouched() && searched(1));
	/* Outside any section, or at a marked section's opening mviy. */
	CHECK(irq(&f, T(50), 0, 0, 1) == PCPUSECT_EXIT_NONE);
	CHECK(irq(&f, TS + 100, 0, 0, 1) == PCPUSECT_EXIT_NONE);
	CHECK(gprs_untouched() && stats_delta(0, 0, 0) && searched(1));
	/* The marked section beside it works as before. */
	CHECK(irq(&f, TS + 100 + 6 + 6, 12, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(test_marker == 12 && searched(0));

	/* Faults: each control breaks the table-only path too. */
	pcpusect_faults = PCPUSECT_FAULT_EXIT_TWICE;
	CHECK(irq(&f, TS + 6, 0, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(pcpusect_irq_exit(&f) == PCPUSECT_EXIT_FIXUP);
	CHECK(gprs[5] == 0x600000UL + 2 * (0x3000 - 0x1000));
	pcpusect_faults = PCPUSECT_FAULT_NO_FIXUP;
	CHECK(irq(&f, TS + 6, 0, 0, 1) == PCPUSECT_EXIT_MISSED);
	CHECK(gprs_untouched());
	pcpusect_faults = PCPUSECT_FAULT_INVERT_AG;
	CHECK(irq(&f, TS, 0, 0, 1) == PCPUSECT_EXIT_FIXUP);
	CHECK(irq(&f, TS + 6, 0, 0, 1) == PCPUSECT_EXIT_AG);

	pcpusect_faults = 0;
	pcpusect_table_unregister(&table_t);
}

int main(void)
{
	test_sort();
	test_sorted_readonly();
	test_validate();
	test_search();
	test_hooks();
	test_table_only_hooks();
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
