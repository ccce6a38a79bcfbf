/*
 * One function per this_cpu operation and type, for counting the
 * instructions each executes under qemu-s390x (bench/insns.sh): every
 * operation on 1-, 2-, 4- and 8-byte integers, signed and unsigned, and
 * cmpxchg128; and three functions of several operations on one struct,
 * which the plugin fuses into one section each.  The fake lowcore is at
 * 0x10000, as in the run tests.
 */
#include <pcpusect.h>
#include <sys/mman.h>

#define LOWCORE		0x10000UL
#define BENCH		__attribute__((noipa))

/* c_n is this CPU's copy: 8-aligned, so that offsets are multiples of 4. */
#define OPS(T, n)							\
T v_##n __attribute__((aligned(8))), c_##n __attribute__((aligned(8))); \
BENCH T read_##n(void) { return this_cpu_read(v_##n); }		\
BENCH void write_##n(T v) { this_cpu_write(v_##n, v); }		\
BENCH void add_##n(T v) { this_cpu_add(v_##n, v); }			\
BENCH void inc_##n(void) { this_cpu_inc(v_##n); }			\
BENCH T add_return_##n(T v) { return this_cpu_add_return(v_##n, v); } \
BENCH T inc_return_##n(void) { return this_cpu_inc_return(v_##n); }	\
BENCH void and_##n(T v) { this_cpu_and(v_##n, v); }			\
BENCH void or_##n(T v) { this_cpu_or(v_##n, v); }			\
BENCH T xchg_##n(T v) { return this_cpu_xchg(v_##n, v); }		\
BENCH T cmpxchg_##n(T o, T v) { return this_cpu_cmpxchg(v_##n, o, v); } \
BENCH _Bool try_cmpxchg_##n(T *o, T v)				\
{									\
	return this_cpu_try_cmpxchg(v_##n, o, v);			\
}									\
static void run_##n(void)						\
{									\
	T old = 0;							\
									\
	*(unsigned long *)(LOWCORE + 0x3b8) =				\
		(unsigned long)&c_##n - (unsigned long)&v_##n;		\
	read_##n();							\
	write_##n(3);							\
	add_##n(100);							\
	inc_##n();							\
	add_return_##n(7);						\
	inc_return_##n();						\
	and_##n(6);							\
	or_##n(9);							\
	xchg_##n(5);							\
	cmpxchg_##n(5, 4);	/* succeeds */				\
	try_cmpxchg_##n(&old, 2);	/* fails: 4, not 0 */		\
}

OPS(signed char, schar)
OPS(unsigned char, uchar)
OPS(short, short)
OPS(unsigned short, ushort)
OPS(int, int)
OPS(unsigned int, uint)
OPS(long, long)
OPS(unsigned long, ulong)

typedef unsigned __int128 u128;
u128 v_u128 __attribute__((aligned(16))), c_u128 __attribute__((aligned(16)));
BENCH u128 cmpxchg128_u128(u128 o, u128 v)
{
	return this_cpu_cmpxchg128(v_u128, o, v);
}

/* Several operations on one per-CPU struct: one fused section each. */
struct stats {
	long packets;
	long bytes;
	int errors;
	unsigned char state;
};
struct stats v_stats __attribute__((aligned(8))),
	     c_stats __attribute__((aligned(8)));
BENCH void fused_count(long len)
{
	this_cpu_inc(v_stats.packets);
	this_cpu_add(v_stats.bytes, len);
	this_cpu_write(v_stats.state, 1);
}
BENCH long fused_sum(void)
{
	return this_cpu_read(v_stats.packets) + this_cpu_read(v_stats.bytes) +
	       this_cpu_read(v_stats.errors);
}
BENCH void fused_clear(void)
{
	this_cpu_write(v_stats.packets, 0);
	this_cpu_write(v_stats.bytes, 0);
	this_cpu_write(v_stats.errors, 0);
	this_cpu_write(v_stats.state, 0);
}

int main(void)
{
	if (mmap((void *)LOWCORE, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
	    (void *)LOWCORE)
		return 2;
	run_schar();
	run_uchar();
	run_short();
	run_ushort();
	run_int();
	run_uint();
	run_long();
	run_ulong();
	*(unsigned long *)(LOWCORE + 0x3b8) =
		(unsigned long)&c_u128 - (unsigned long)&v_u128;
	cmpxchg128_u128(0, 1);
	*(unsigned long *)(LOWCORE + 0x3b8) =
		(unsigned long)&c_stats - (unsigned long)&v_stats;
	fused_count(1500);
	fused_sum();
	fused_clear();
	return 0;
}

/* The preempt baseline's rescheduling call; never reached here, since
 * the fake lowcore's preempt count never drops to 0. */
void preempt_schedule_notrace(void)
{
}
