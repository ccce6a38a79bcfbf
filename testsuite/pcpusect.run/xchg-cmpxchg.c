/* xchg, cmpxchg and try_cmpxchg land on this CPU's copy and return what
   the kernel's API returns, for every size, signedness and pointers. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct pcpu {
	int i;
	unsigned int u;
	long l;
	unsigned long ul;
	long *p;
};

struct pcpu var;		/* never touched: the "per-CPU offset" view */
static struct pcpu copy;	/* this CPU's copy */
static long target[2];

/*
 * The copy is another object than the one the operations name, so a
 * this_cpu operation does not order direct accesses to it (README,
 * "Ordering"): the test orders them itself.
 */
#define BARRIER()	__asm__ __volatile__("" ::: "memory")
#define SET(field, v)	do { copy.field = (v); BARRIER(); } while (0)
#define COPY(field)	({ BARRIER(); copy.field; })

static long __attribute__((noipa)) opaque(long v)
{
	return v;
}

int main(void)
{
	int oi;
	unsigned int ou;
	long ol;
	long *op;

	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;

	SET(i, -5);
	CHECK(this_cpu_xchg(var.i, (int)opaque(-9)) == -5);
	CHECK(COPY(i) == -9 && var.i == 0);
	CHECK(this_cpu_cmpxchg(var.i, -9, 17) == -9);
	CHECK(COPY(i) == 17);
	CHECK(this_cpu_cmpxchg(var.i, -9, 3) == 17);	/* fails */
	CHECK(COPY(i) == 17);
	oi = 16;
	CHECK(!this_cpu_try_cmpxchg(var.i, &oi, 1));
	CHECK(oi == 17 && COPY(i) == 17);
	CHECK(this_cpu_try_cmpxchg(var.i, &oi, -1));
	CHECK(oi == 17 && COPY(i) == -1);
	/* A 4-byte object compares 4 bytes: -1 is 0xffffffff. */
	CHECK(this_cpu_cmpxchg(var.i, (int)opaque(-1), 2) == -1);
	CHECK(COPY(i) == 2);

	SET(u, 0xfffffff0u);
	CHECK(this_cpu_xchg(var.u, 7) == 0xfffffff0u);
	ou = 7;
	CHECK(this_cpu_try_cmpxchg(var.u, &ou, 0x80000000u) && COPY(u) == 0x80000000u);
	CHECK((unsigned long)this_cpu_cmpxchg(var.u, 0x80000000u, 1) == 0x80000000UL);

	SET(l, 1L << 40);
	CHECK(this_cpu_xchg(var.l, opaque(-(1L << 41))) == 1L << 40);
	CHECK(this_cpu_cmpxchg(var.l, -(1L << 41), 5) == -(1L << 41));
	ol = 4;
	CHECK(!this_cpu_try_cmpxchg(var.l, &ol, 6) && ol == 5);
	CHECK(this_cpu_try_cmpxchg(var.l, &ol, 6) && COPY(l) == 6);

	SET(ul, ~0UL);
	CHECK(this_cpu_xchg(var.ul, 0) == ~0UL && COPY(ul) == 0);
	CHECK(this_cpu_cmpxchg(var.ul, 0, ~0UL) == 0 && COPY(ul) == ~0UL);

	SET(p, &target[0]);
	CHECK(this_cpu_xchg(var.p, &target[1]) == &target[0]);
	op = &target[0];
	CHECK(!this_cpu_try_cmpxchg(var.p, &op, NULL) && op == &target[1]);
	CHECK(this_cpu_try_cmpxchg(var.p, &op, NULL) && COPY(p) == NULL);
	CHECK(this_cpu_cmpxchg(var.p, NULL, &target[0]) == NULL);
	CHECK(COPY(p) == &target[0]);

	/* Nothing touched the template. */
	CHECK(!var.i && !var.u && !var.l && !var.ul && !var.p);
	CHECK(MARKER == 0);
	printf("%d failures\n", failures);
	return failures != 0;
}
