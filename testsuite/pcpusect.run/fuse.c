/* Fused sections compute what separate operations do: every access on
   this CPU's copy at its own displacement, reads after writes of the
   same object in one section, results in their registers, sums of
   reads moved after the section, and the marker back at 0. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct pcpu {
	long a;
	int b;
	short c;
	unsigned char d;
	signed char e;
	unsigned int u;
	long arr[6];
};

struct pcpu var;		/* never touched: the "per-CPU offset" view */
static struct pcpu copy;	/* this CPU's copy */

static long __attribute__((noipa)) opaque(long v)
{
	return v;
}

static void __attribute__((noipa)) writes(long k)
{
	this_cpu_write(var.a, k);
	this_cpu_write(var.b, -3);
	this_cpu_write(var.c, 7);
	this_cpu_write(var.d, 200);
	this_cpu_write(var.e, -100);
	this_cpu_write(var.u, 0xfffffff0u);
}

static long __attribute__((noipa)) rmw(long k, long *r1, long *r2)
{
	long s;

	this_cpu_add(var.a, k);
	*r1 = this_cpu_read(var.a);
	this_cpu_inc(var.arr[3]);
	s = this_cpu_add_return(var.arr[3], k);
	this_cpu_or(var.arr[5], 0x30);
	this_cpu_and(var.arr[5], ~0x10L);
	*r2 = s;
	return this_cpu_read(var.arr[5]);
}

static long __attribute__((noipa)) reads(void)
{
	return this_cpu_read(var.b) + this_cpu_read(var.c) +
	       this_cpu_read(var.d) + this_cpu_read(var.e) +
	       (long)this_cpu_read(var.u);
}

static void __attribute__((noipa)) through(struct pcpu *p, long k)
{
	this_cpu_add(p->arr[0], k);
	this_cpu_add(p->arr[1], 2 * k);
	this_cpu_sub(p->arr[2], k);
}

int main(void)
{
	long k = opaque(5), r1 = 0, r2 = 0, v;

	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;

	writes(k);
	CHECK(copy.a == 5 && copy.b == -3 && copy.c == 7);
	CHECK(copy.d == 200 && copy.e == -100 && copy.u == 0xfffffff0u);
	CHECK(MARKER == 0);

	v = rmw(k, &r1, &r2);
	CHECK(r1 == 10);
	CHECK(r2 == 6 && copy.arr[3] == 6);
	CHECK(v == 0x20 && copy.arr[5] == 0x20);

	CHECK(reads() == -3 + 7 + 200 - 100 + 0xfffffff0L);

	through(&var, k);
	CHECK(copy.arr[0] == 5 && copy.arr[1] == 10 && copy.arr[2] == -5);

	CHECK(MARKER == 0);
	/* The template view is never written. */
	CHECK(var.a == 0 && var.b == 0 && var.arr[3] == 0 && var.arr[5] == 0);
	return failures != 0;
}

/* { dg-final { check-table } } */
