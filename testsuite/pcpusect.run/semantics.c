/* Every operation lands on this CPU's copy (address + offset), returns
   what the kernel's this_cpu API returns, and leaves the marker at 0. */
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
	long arr[4];
};

struct pcpu var;		/* never touched: the "per-CPU offset" view */
static struct pcpu copy;	/* this CPU's copy */

static long __attribute__((noipa)) opaque(long v)
{
	return v;
}

int main(void)
{
	long k = opaque(5);
	int idx = opaque(2);

	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;

	this_cpu_write(var.i, -7);
	CHECK(copy.i == -7);
	CHECK(this_cpu_read(var.i) == -7);
	CHECK((long)this_cpu_read(var.i) == -7L);
	this_cpu_write(var.u, 0xfffffff0u);
	CHECK((unsigned long)this_cpu_read(var.u) == 0xfffffff0UL);
	this_cpu_inc(var.u);
	this_cpu_add(var.u, 16);
	CHECK(copy.u == 1);

	this_cpu_add(var.i, k);
	this_cpu_sub(var.i, 2 * k);
	CHECK(copy.i == -12);
	CHECK(this_cpu_add_return(var.i, 100) == 88);
	CHECK(this_cpu_sub_return(var.i, k) == 83);
	CHECK(this_cpu_inc_return(var.i) == 84);
	CHECK(this_cpu_dec_return(var.i) == 83);
	this_cpu_add(var.i, 1000);
	this_cpu_sub(var.i, -128);
	CHECK(copy.i == 1211);

	this_cpu_write(var.l, 1L << 40);
	this_cpu_add(var.l, -(1L << 41));
	CHECK(this_cpu_read(var.l) == -(1L << 40));
	this_cpu_write(var.ul, 0xf0);
	this_cpu_or(var.ul, 0x0f00);
	this_cpu_and(var.ul, ~0xf0UL);
	CHECK(copy.ul == 0xf00);

	/* Pointer arithmetic counts bytes, as __atomic_fetch_add does. */
	this_cpu_write(var.p, &copy.arr[0]);
	this_cpu_add(var.p, 2 * sizeof(long));
	CHECK(copy.p == &copy.arr[2]);
	CHECK(this_cpu_sub_return(var.p, sizeof(long)) == &copy.arr[1]);
	this_cpu_dec(var.p);
	CHECK((char *)this_cpu_read(var.p) == (char *)&copy.arr[1] - 1);

	this_cpu_add(var.arr[idx], 9);
	this_cpu_inc(var.arr[idx + 1]);
	CHECK(copy.arr[2] == 9 && copy.arr[3] == 1);

	CHECK(var.i == 0 && var.u == 0 && var.l == 0 && var.ul == 0 &&
	      var.p == 0 && var.arr[2] == 0);
	CHECK(MARKER == 0);
	return failures != 0;
}
