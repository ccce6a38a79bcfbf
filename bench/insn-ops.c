/*
 * One function per this_cpu operation and type, for counting the
 * instructions each executes under qemu-s390x (bench/insns.sh).  The
 * fake lowcore is at 0x10000, as in the run tests.
 */
#include <pcpusect.h>
#include <sys/mman.h>

#define LOWCORE		0x10000UL
#define BENCH		__attribute__((noipa))

#define OPS(T, n)							\
T v_##n, c_##n;								\
BENCH T read_##n(void) { return this_cpu_read(v_##n); }		\
BENCH void write_##n(T v) { this_cpu_write(v_##n, v); }		\
BENCH void add_##n(T v) { this_cpu_add(v_##n, v); }			\
BENCH void inc_##n(void) { this_cpu_inc(v_##n); }			\
BENCH T add_return_##n(T v) { return this_cpu_add_return(v_##n, v); } \
BENCH T inc_return_##n(void) { return this_cpu_inc_return(v_##n); }	\
BENCH void and_##n(T v) { this_cpu_and(v_##n, v); }			\
BENCH void or_##n(T v) { this_cpu_or(v_##n, v); }			\
static void run_##n(void)						\
{									\
	*(unsigned long *)(LOWCORE + 0x3b8) =				\
		(unsigned long)&c_##n - (unsigned long)&v_##n;		\
	read_##n();							\
	write_##n(3);							\
	add_##n(1000);							\
	inc_##n();							\
	add_return_##n(7);						\
	inc_return_##n();						\
	and_##n(6);							\
	or_##n(9);							\
}

OPS(int, int)
OPS(unsigned int, uint)
OPS(long, long)
OPS(unsigned long, ulong)

int main(void)
{
	if (mmap((void *)LOWCORE, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
	    (void *)LOWCORE)
		return 2;
	run_int();
	run_uint();
	run_long();
	run_ulong();
	return 0;
}

/* The preempt baseline's rescheduling call; never reached here, since
 * the fake lowcore's preempt count never drops to 0. */
void preempt_schedule_notrace(void)
{
}
