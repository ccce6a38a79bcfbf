/* Where sections must not fuse: a call, a store to other memory or a
   volatile access between the operations; different bases; a value
   computed from an earlier operation's result; objects 4 KB apart; and
   operations that are not one instruction (xchg, 1- and 2-byte
   read-modify-writes, cmpxchg). */
/* { dg-do assemble } */
#include <pcpusect.h>

struct stats {
	long packets;
	long bytes;
	short flags;
};

struct stats st, st2;
long other;
volatile long vol;
struct big {
	long a;
	char pad[4096];
	long b;
} big;

void g(void);

void with_call(void)
{
	this_cpu_inc(st.packets);
	g();
	this_cpu_inc(st.bytes);
}

void with_store(void)
{
	this_cpu_inc(st.packets);
	other = 1;
	this_cpu_inc(st.bytes);
}

void with_volatile(void)
{
	this_cpu_inc(st.packets);
	(void)vol;
	this_cpu_inc(st.bytes);
}

void different_bases(void)
{
	this_cpu_inc(st.packets);
	this_cpu_inc(st2.packets);
}

void dependent(void)
{
	long v = this_cpu_read(st.packets);

	this_cpu_write(st.bytes, v + 1);
}

void too_far(void)
{
	this_cpu_inc(big.a);
	this_cpu_inc(big.b);
}

long with_xchg(long v)
{
	this_cpu_inc(st.packets);
	return this_cpu_xchg(st.bytes, v);
}

void with_narrow_rmw(void)
{
	this_cpu_inc(st.packets);
	this_cpu_inc(st.flags);
}

long with_cmpxchg(long o, long n)
{
	this_cpu_inc(st.packets);
	return this_cpu_cmpxchg(st.bytes, o, n);
}

/* { dg-final { scan-assembler-not {\t\.byte\t\d+,8,} } } */
/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),0\n} 18 } } */
/* { dg-final { check-table -entries 18 } } */
