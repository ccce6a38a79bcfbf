/* Forty operations of every kind and size in one function. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=0" } */
#include <pcpusect.h>

int a; unsigned int b; long c; unsigned long d; char *e;

long many(long v)
{
	long s = 0;

	this_cpu_inc(a);
	this_cpu_add(a, v);
	this_cpu_sub(a, 3);
	s += this_cpu_add_return(a, v);
	s += this_cpu_dec_return(a);
	this_cpu_or(a, 16);
	this_cpu_and(a, v);
	s += this_cpu_read(a);
	this_cpu_write(a, s);
	this_cpu_inc(b);
	this_cpu_add(b, v);
	this_cpu_sub(b, 3);
	s += this_cpu_add_return(b, v);
	s += this_cpu_dec_return(b);
	this_cpu_or(b, 16);
	this_cpu_and(b, v);
	s += this_cpu_read(b);
	this_cpu_write(b, s);
	this_cpu_inc(c);
	this_cpu_add(c, v);
	this_cpu_sub(c, 3);
	s += this_cpu_add_return(c, v);
	s += this_cpu_dec_return(c);
	this_cpu_or(c, 16);
	this_cpu_and(c, v);
	s += this_cpu_read(c);
	this_cpu_write(c, s);
	this_cpu_inc(d);
	this_cpu_add(d, v);
	this_cpu_sub(d, 3);
	s += this_cpu_add_return(d, v);
	s += this_cpu_dec_return(d);
	this_cpu_or(d, 16);
	this_cpu_and(d, v);
	s += this_cpu_read(d);
	this_cpu_write(d, s);
	this_cpu_add(e, v);
	this_cpu_inc(e);
	s += (long)this_cpu_read(e);
	this_cpu_write(e, 0);
	return s;
}

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),([1-9]|1[0-5])\n} 40 } } */
/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\t[a-z]+\t[^\n]*0\(%r\1\)[^\n]*\n\tmviy\t960\(%r0\),0\n} 40 } } */
/* { dg-final { check-table } } */
