/* p->field through a pointer to per-CPU data, as with alloc_percpu(). */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>

struct queue {
	unsigned long enq;
	unsigned long deq;
	int depth;
};

void enqueue(struct queue *q, int n)
{
	this_cpu_inc(q->enq);
	this_cpu_add(q->depth, n);
}

int dequeue(struct queue *q)
{
	this_cpu_inc(q->deq);
	return this_cpu_dec_return(q->depth);
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 4 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\t[a-z]+\t[^\n]*0\(%r\1\)[^\n]*\n\tmviy\t960\(%r0\),0\n} 4 } } */
/* { dg-final { check-table } } */
