// SPDX-License-Identifier: GPL-2.0
/*
 * The simulator's relocate_lowcore: patch the program's ALT_LOWCORE
 * alternatives (pcpusect/alt.h) as Linux's decompressor does, move the
 * fake lowcore to its second address, and make the page it left
 * inaccessible, so that an instruction left unpatched faults at once;
 * the fault is reported with its address and ends the program with
 * PCPUSECT_SIM_EXIT_OLD_LOWCORE.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <pcpusect/alt.h>
#include <pcpusect/sim.h>
#include "simint.h"

#define PAGE	4096UL

/* From sim/alt.ld; absent (null) in programs linked without it. */
extern struct pcpusect_alt __alt_instructions[] __attribute__((weak));
extern struct pcpusect_alt __alt_instructions_end[] __attribute__((weak));

unsigned long pcpusect_sim_lowcore = PCPUSECT_SIM_LOWCORE;

static void old_lowcore_fault(int sig, siginfo_t *si, void *uc_)
{
	ucontext_t *uc = uc_;
	unsigned long addr = (unsigned long)si->si_addr;
	char msg[160];
	int n;

	if (addr - PCPUSECT_SIM_LOWCORE >= PAGE) {
		signal(sig, SIG_DFL);	/* not ours: fault again, die */
		return;
	}
	n = snprintf(msg, sizeof(msg), "pcpusect-sim: the instruction at "
		     "%#lx touched the old lowcore page at %#lx: no lowcore "
		     "alternative patched it\n",
		     (unsigned long)uc->uc_mcontext.psw.addr, addr);
	if (write(2, msg, n) < 0)
		_exit(2);
	_exit(PCPUSECT_SIM_EXIT_OLD_LOWCORE);
}

/* A closing "mviy D(%r0),0": opcode eb..52, immediate 0. */
static bool is_closing_mviy(const unsigned char *p)
{
	return p[0] == 0xeb && p[5] == 0x52 && p[1] == 0;
}

static unsigned long apply_alternatives(bool skip_closing)
{
	struct pcpusect_alt *a;
	unsigned long n = 0;

	for (a = __alt_instructions; a < __alt_instructions_end; a++) {
		/* Each field is relative to itself, at 0 and 4. */
		unsigned char *insn = (unsigned char *)a + a->instr;
		unsigned char *repl = (unsigned char *)a + 4 + a->repl;
		unsigned long page = (unsigned long)insn & ~(PAGE - 1);

		if (a->feature != PCPUSECT_ALT_LOWCORE)
			continue;
		if (skip_closing && is_closing_mviy(repl))
			continue;
		/* Two pages: the instruction may straddle the boundary. */
		if (mprotect((void *)page, 2 * PAGE,
			     PROT_READ | PROT_WRITE | PROT_EXEC) ||
		    (memcpy(insn, repl, a->len),
		     mprotect((void *)page, 2 * PAGE, PROT_READ | PROT_EXEC)))
			pcpusect_sim_die("mprotect text for alternatives");
		n++;
	}
	return n;
}

unsigned long pcpusect_sim_relocate_lowcore(bool skip_closing)
{
	struct sigaction sa;
	unsigned long n;
	void *p;

	if ((void *)__alt_instructions == (void *)__alt_instructions_end) {
		fprintf(stderr, "pcpusect-sim: relocate_lowcore: the program "
			"has no lowcore alternatives (build it with "
			"-fplugin-arg-pcpusect-lowcore-alt=%#lx and link it "
			"with -Wl,-T,alt.ld)\n", PCPUSECT_SIM_LOWCORE_ALT);
		exit(2);
	}
	p = mmap((void *)(PCPUSECT_SIM_LOWCORE + PCPUSECT_SIM_LOWCORE_ALT),
		 PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != (void *)(PCPUSECT_SIM_LOWCORE + PCPUSECT_SIM_LOWCORE_ALT))
		pcpusect_sim_die("mmap relocated lowcore");
	n = apply_alternatives(skip_closing);
	memcpy(p, (void *)PCPUSECT_SIM_LOWCORE, PAGE);
	pcpusect_sim_lowcore = (unsigned long)p;
	if (mprotect((void *)PCPUSECT_SIM_LOWCORE, PAGE, PROT_NONE))
		pcpusect_sim_die("mprotect old lowcore");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = old_lowcore_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	return n;
}
