/* cmpxchg128 and try_cmpxchg128: one cdsg between the mviy, its old and
   new values in even/odd register pairs, no call; the table. */
/* { dg-do assemble } */
#include <pcpusect.h>

typedef unsigned __int128 u128;
union aba {
	struct {
		void *freelist;
		unsigned long tid;
	};
	u128 full;
} __attribute__((aligned(16)));

union aba fl;

u128 op_cmpxchg128(u128 o, u128 n) { return this_cpu_cmpxchg128(fl.full, o, n); }
_Bool op_try_cmpxchg128(u128 *o, u128 n) { return this_cpu_try_cmpxchg128(fl.full, o, n); }

/* { dg-final { scan-assembler-times {mviy\t960\(%r0\),(\d+)\n\.Lpcs\d+a:\tag\t%r\1,952\(%r0\)\n\tcdsg\t%r(0|2|4|6|8|10|12|14),%r(0|2|4|6|8|10|12|14),0\(%r\1\)\n\tmviy\t960\(%r0\),0\n} 2 } } */
/* { dg-final { scan-assembler-not {preempt|brasl|\tbras\t} } } */
/* { dg-final { check-table -entries 2 } } */
