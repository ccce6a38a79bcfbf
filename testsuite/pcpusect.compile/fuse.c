/* Fused sections: consecutive operations on one per-CPU base with nothing
   between them that touches memory share one section, one mviy pair and
   one ag, each access at its displacement off R; the entry is op fused
   (8) with the number of accesses as its size. */
/* { dg-do assemble } */
#include <pcpusect.h>

struct stats {
	long packets;		/* 0 */
	long bytes;		/* 8 */
	int errors;		/* 16 */
	short flags;		/* 20 */
	unsigned char state;	/* 22 */
	long hist[8];		/* 24 */
};

struct stats st;
long arr[64];

/* Fields of one per-CPU struct. */
void count(void)
{
	this_cpu_inc(st.packets);
	this_cpu_add(st.bytes, 3);
	this_cpu_write(st.state, 1);
}

/* Elements of one per-CPU array at constant distance; R is the lowest. */
long window(void)
{
	this_cpu_add(arr[4], -1);
	this_cpu_add(arr[3], 5);
	return this_cpu_read(arr[5]);
}

/* Fields through one per-CPU pointer. */
void through(struct stats *p, long v)
{
	this_cpu_write(p->packets, v);
	this_cpu_or(p->hist[7], 4);
}

/* Register arithmetic in between does not split a section. */
void computed(long a, long b)
{
	this_cpu_write(st.packets, a);
	b = b * 3 + a;
	this_cpu_write(st.bytes, b);
}

/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\tmviy\t960\(%r0\),(\d+)\n\.Lpcs\1a:\tag\t%r\2,952\(%r0\)\n\tagsi\t0\(%r\2\),1\n\tagsi\t8\(%r\2\),3\n\tstc\t%r\d+,22\(%r\2\)\n\tmviy\t960\(%r0\),0\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\tmviy\t960\(%r0\),(\d+)\n\.Lpcs\1a:\tag\t%r\2,952\(%r0\)\n\tagsi\t8\(%r\2\),-1\n\tagsi\t0\(%r\2\),5\n\tlg\t%r\d+,16\(%r\2\)\n\tmviy\t960\(%r0\),0\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\tmviy\t960\(%r0\),(\d+)\n\.Lpcs\1a:\tag\t%r\2,952\(%r0\)\n\tstg\t%r\d+,0\(%r\2\)\n\tlaog\t%r\d+,%r\d+,80\(%r\2\)\n\tmviy\t960\(%r0\),0\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\tmviy\t960\(%r0\),(\d+)\n\.Lpcs\1a:\tag\t%r\2,952\(%r0\)\n\tstg\t%r\d+,0\(%r\2\)\n\tstg\t%r\d+,8\(%r\2\)\n\tmviy\t960\(%r0\),0\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\tmviy\t960\(%r0\),0\n} 4 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,3,0\n} 2 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,2,0\n} 2 } } */
/* { dg-final { check-table -entries 4 } } */
