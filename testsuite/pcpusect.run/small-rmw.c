/* 1- and 2-byte read-modify-writes on every position in a word, signed
   and unsigned, where the position is known at compile time and where it
   is not: the object in this CPU's copy changes as the operation says,
   the neighbouring bytes of its word do not, and each returns what the
   kernel's API returns. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

union word {
	unsigned int w;
	signed char sc[4];
	unsigned char uc[4];
	short s[2];
	unsigned short us[2];
};

/* 8-aligned, so the per-CPU offset is a multiple of 4, as in a kernel. */
union word var __attribute__((aligned(8)));
static union word copy __attribute__((aligned(8)));

static const unsigned int patterns[] = {
	0, 0xffffffff, 0x7f80ff01, 0x80017ffe, 0x12345678,
};

#define BARRIER()	__asm__ __volatile__("" ::: "memory")

static long __attribute__((noipa)) opaque(long v)
{
	return v;
}

/* Every operation on var.m[i] (type T), checked against the same
 * arithmetic on want. */
#define DEFINE_TEST(m, T)						\
static inline __attribute__((always_inline)) void test_##m(int i)	\
{									\
	union word want;						\
	unsigned int k;							\
	T r, o;								\
									\
	for (k = 0; k < sizeof(patterns) / sizeof(patterns[0]); k++) {	\
		copy.w = want.w = patterns[k];				\
		BARRIER();						\
		this_cpu_add(var.m[i], opaque(100));			\
		want.m[i] = (T)(want.m[i] + 100);			\
		this_cpu_inc(var.m[i]);					\
		want.m[i] = (T)(want.m[i] + 1);				\
		r = this_cpu_add_return(var.m[i], opaque(-7));		\
		want.m[i] = (T)(want.m[i] - 7);				\
		CHECK(r == want.m[i]);					\
		this_cpu_sub(var.m[i], 3);				\
		want.m[i] = (T)(want.m[i] - 3);				\
		this_cpu_dec(var.m[i]);					\
		want.m[i] = (T)(want.m[i] - 1);				\
		r = this_cpu_sub_return(var.m[i], opaque(0x1234));	\
		want.m[i] = (T)(want.m[i] - 0x1234);			\
		CHECK(r == want.m[i]);					\
		BARRIER();						\
		CHECK(copy.w == want.w);				\
		this_cpu_and(var.m[i], opaque(0xf0f5));			\
		want.m[i] &= (T)0xf0f5;					\
		this_cpu_or(var.m[i], opaque(0x0302));			\
		want.m[i] |= (T)0x0302;					\
		BARRIER();						\
		CHECK(copy.w == want.w);				\
		r = this_cpu_xchg(var.m[i], (T)opaque(0x8081));		\
		CHECK(r == want.m[i]);					\
		want.m[i] = (T)0x8081;					\
		r = this_cpu_cmpxchg(var.m[i], (T)0x8081, (T)opaque(-2)); \
		CHECK(r == (T)0x8081);					\
		want.m[i] = (T)-2;					\
		r = this_cpu_cmpxchg(var.m[i], (T)5, (T)6);		\
		CHECK(r == (T)-2);					\
		o = (T)opaque(4);					\
		CHECK(!this_cpu_try_cmpxchg(var.m[i], &o, (T)9));	\
		CHECK(o == (T)-2);					\
		CHECK(this_cpu_try_cmpxchg(var.m[i], &o, (T)9));	\
		want.m[i] = (T)9;					\
		BARRIER();						\
		CHECK(copy.w == want.w);				\
		CHECK(var.w == 0);					\
	}								\
}									\
static void __attribute__((noipa)) test_##m##_unknown(int i)		\
{									\
	test_##m(i);							\
}

DEFINE_TEST(sc, signed char)
DEFINE_TEST(uc, unsigned char)
DEFINE_TEST(s, short)
DEFINE_TEST(us, unsigned short)

int main(void)
{
	int i;

	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	test_sc(0);
	test_sc(1);
	test_sc(2);
	test_sc(3);
	test_uc(0);
	test_uc(1);
	test_uc(2);
	test_uc(3);
	test_s(0);
	test_s(1);
	test_us(0);
	test_us(1);
	for (i = 0; i < 4; i++) {
		test_sc_unknown(i);
		test_uc_unknown(i);
		if (i < 2) {
			test_s_unknown(i);
			test_us_unknown(i);
		}
	}
	CHECK(MARKER == 0);
	return failures != 0;
}
