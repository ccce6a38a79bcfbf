/* The header's macros declare only __pcs_* names: user variables named
   like the macro-local variables without that prefix (p, ret, val, ptr,
   pcp, tmp) are never captured. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8" } */
#include <pcpusect.h>
#include "fake-lowcore.h"

long var, copy;

static long __attribute__((noipa)) with_p(long p) { return this_cpu_add_return(var, p); }
static long __attribute__((noipa)) with_ret(long ret) { return this_cpu_add_return(var, ret); }
static long __attribute__((noipa)) with_val(long val) { return this_cpu_sub_return(var, val); }
static void __attribute__((noipa)) write_ptr(long ptr) { this_cpu_write(var, ptr); }
static void __attribute__((noipa)) add_pcp(long pcp) { this_cpu_add(var, pcp); }
static void __attribute__((noipa)) or_tmp(long tmp) { this_cpu_or(var, tmp); }

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&copy - (unsigned long)&var;
	CHECK(with_p(3) == 3);
	CHECK(with_ret(4) == 7);
	CHECK(with_val(2) == 5);
	write_ptr(100);
	CHECK(copy == 100);
	add_pcp(11);
	CHECK(copy == 111);
	or_tmp(0x1000);
	CHECK(copy == 0x1000 + 111);
	return failures != 0;
}
