/* An lvalue written through a pointer cast has the type of the cast: the
   operation works on that many bytes, not on the size of the pointer's
   original target, and reads are accepted whatever the cast came from. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

struct pcpu {
	long l;
	int i[2];
	long larr[2];
};

struct pcpu var;		/* the per-CPU variable */
static struct pcpu copy;	/* this CPU's copy */

long *lp = &var.l;
int *ip = var.i;
void *vp = &var.l;
char *cp = (char *)&var.l;
long off = __builtin_offsetof(struct pcpu, larr);

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;

	/* s390x is big-endian: *(int *)lp is the high word. */
	copy.l = 0x1111111122222222L;
	this_cpu_inc(*(int *)lp);
	CHECK(copy.l == 0x1111111222222222L);
	this_cpu_add(((int *)lp)[1], 0x10);
	CHECK(copy.l == 0x1111111222222232L);
	CHECK(this_cpu_read(*(int *)lp) == 0x11111112);
	CHECK(this_cpu_read(*(int *)vp) == 0x11111112);
	CHECK(this_cpu_read(*(int *)cp) == 0x11111112);
	CHECK(this_cpu_read(((int *)lp)[1]) == 0x22222232);

	/* Through an int pointer, as a long: the carry reaches the high
	   word only if all 8 bytes are updated. */
	copy.i[0] = 1;
	copy.i[1] = -1;
	this_cpu_add(*(long *)ip, 1000);
	CHECK(copy.i[0] == 2 && copy.i[1] == 999);
	CHECK(this_cpu_add_return(*(long *)ip, 1) == 0x2000003e8L);
	CHECK(this_cpu_read(*(long *)ip) == 0x2000003e8L);

	copy.larr[0] = 0x300000004L;
	CHECK(this_cpu_read(*(int *)var.larr) == 3);
	this_cpu_write(*(long *)((char *)&var + off), 44);
	CHECK(copy.larr[0] == 44);

	CHECK(MARKER == 0);
	return failures != 0;
}
