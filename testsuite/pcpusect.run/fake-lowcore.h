/*
 * A fake lowcore for run tests: one page at 0x10000 whose marker byte and
 * per-CPU offset the tests' plugin options point at.  One "CPU" whose
 * per-CPU copy of an object lives at the object's address plus OFFSET.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define LOWCORE		0x10000UL
#define MARKER		(*(volatile unsigned char *)(LOWCORE + 0x3c0))
#define OFFSET		(*(volatile unsigned long *)(LOWCORE + 0x3b8))

static int failures;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);	\
		failures++;						\
	}								\
} while (0)

static void lowcore_map(void)
{
	void *p = mmap((void *)LOWCORE, 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);

	if (p != (void *)LOWCORE) {
		perror("mmap lowcore");
		exit(2);
	}
}
