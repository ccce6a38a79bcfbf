/*
 * The baseline the plugin replaces: the kernel's guards around each
 * this_cpu operation under CONFIG_PREEMPT on s390, written for the
 * header's fallback.  preempt_count lives in the lowcore at 936; the
 * decrement that reaches 0 means "enabled and a reschedule is due".
 */
#ifndef PCPUSECT_LOWCORE
#define PCPUSECT_LOWCORE 0
#endif
#define PREEMPT_COUNT ((int *)(PCPUSECT_LOWCORE + 936))

void preempt_schedule_notrace(void);

#define pcpusect_preempt_disable() do {					\
	__atomic_add_fetch(PREEMPT_COUNT, 1, __ATOMIC_RELAXED);		\
	__asm__ __volatile__("" : : : "memory");			\
} while (0)

#define pcpusect_preempt_enable() do {					\
	__asm__ __volatile__("" : : : "memory");			\
	if (__builtin_expect(__atomic_sub_fetch(PREEMPT_COUNT, 1,	\
						__ATOMIC_RELAXED) == 0, 0)) \
		preempt_schedule_notrace();				\
} while (0)
