/* this_cpu_cmpxchg128 and this_cpu_try_cmpxchg128 on a 16-byte-aligned
   unsigned __int128 (the kernel's u128 in a union, as SLUB's
   freelist_aba_t): this CPU's copy, all 128 bits compared and stored. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

typedef unsigned __int128 u128;

struct pcpu {
	long before;
	union {
		struct {
			void *freelist;
			unsigned long tid;
		};
		u128 full;
	} __attribute__((aligned(16)));
	long after;
};

struct pcpu var;
static struct pcpu copy;

#define BARRIER()	__asm__ __volatile__("" ::: "memory")

static long __attribute__((noipa)) opaque(long v)
{
	return v;
}

int main(void)
{
	u128 big = ((u128)0x0123456789abcdefUL << 64) | 0xfedcba9876543210UL;
	u128 o;

	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	copy.full = big;
	copy.before = copy.after = 0x5a;
	BARRIER();
	CHECK(this_cpu_cmpxchg128(var.full, big, big + opaque(1)) == big);
	BARRIER();
	CHECK(copy.full == big + 1 && var.full == 0);
	/* Only the high half differs: no store. */
	CHECK(this_cpu_cmpxchg128(var.full, big + 1 + ((u128)1 << 64), 7) ==
	      big + 1);
	BARRIER();
	CHECK(copy.full == big + 1);
	o = opaque(3);
	CHECK(!this_cpu_try_cmpxchg128(var.full, &o, 9) && o == big + 1);
	CHECK(this_cpu_try_cmpxchg128(var.full, &o, ~(u128)0));
	BARRIER();
	CHECK(copy.full == ~(u128)0 && copy.before == 0x5a &&
	      copy.after == 0x5a);
	CHECK(var.full == 0 && MARKER == 0);
	return failures != 0;
}
