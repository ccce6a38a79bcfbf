/* SPDX-License-Identifier: GPL-2.0 */
/*
 * this_cpu operations, as in the Linux kernel: each takes an lvalue
 * "pcp" (a per-CPU variable, a field of a per-CPU struct, an element of
 * a per-CPU array, or p->field through a per-CPU pointer) and works on
 * the current CPU's copy, at &pcp plus the 8-byte per-CPU offset that
 * the lowcore holds.  Objects must be 4- or 8-byte integers or pointers;
 * on pointers, add and sub count bytes (as GCC's __atomic builtins and
 * the kernel's s390 and x86 this_cpu_add do).
 *
 * With the pcpusect plugin loaded (it defines __PCPUSECT__) every
 * operation is one guarded per-CPU section: safe against preemption
 * and migration without a preempt count.
 *
 * Without the plugin each operation is one load, store or interlocked
 * update (GCC's __atomic builtins, relaxed), bracketed by
 * pcpusect_preempt_disable() and pcpusect_preempt_enable(), which the
 * includer may define beforehand (the kernel's preempt_disable_notrace()
 * and preempt_enable_notrace(), say); by default they do nothing, which is
 * only correct where nothing can migrate the caller.  PCPUSECT_OFFSET_ADDR
 * (default 952, the lowcore's percpu_offset) says where the offset is.
 */
#ifndef PCPUSECT_H
#define PCPUSECT_H

/* Diagnostics about a this_cpu operation then point at its caller. */
#pragma GCC system_header

#ifdef __PCPUSECT__

#define this_cpu_read(pcp) ({						\
	__typeof__(pcp) __pcs_ret;					\
	__builtin_pcpusect_read(&(pcp), &__pcs_ret);			\
	__pcs_ret;							\
})
#define this_cpu_write(pcp, val)	__builtin_pcpusect_write(&(pcp), (val))
#define this_cpu_add(pcp, val)		__builtin_pcpusect_add(&(pcp), (val))
#define this_cpu_sub(pcp, val)		__builtin_pcpusect_sub(&(pcp), (val))
#define this_cpu_and(pcp, val)		__builtin_pcpusect_and(&(pcp), (val))
#define this_cpu_or(pcp, val)		__builtin_pcpusect_or(&(pcp), (val))
#define this_cpu_add_return(pcp, val) ({				\
	__typeof__(pcp) __pcs_ret;					\
	__builtin_pcpusect_add_return(&(pcp), (val), &__pcs_ret);	\
	__pcs_ret;							\
})
#define this_cpu_sub_return(pcp, val) ({				\
	__typeof__(pcp) __pcs_ret;					\
	__builtin_pcpusect_sub_return(&(pcp), (val), &__pcs_ret);	\
	__pcs_ret;							\
})

#else /* !__PCPUSECT__: the fallback */

#ifndef pcpusect_preempt_disable
#define pcpusect_preempt_disable()	do { } while (0)
#define pcpusect_preempt_enable()	do { } while (0)
#endif
#ifndef PCPUSECT_OFFSET_ADDR
#define PCPUSECT_OFFSET_ADDR 952
#endif

#define __pcpusect_ptr(ptr)						\
	((__typeof__(ptr))((unsigned long)(ptr) +			\
		*(volatile unsigned long *)PCPUSECT_OFFSET_ADDR))

/*
 * Evaluates expr with p pointing at this CPU's copy of pcp.  Each access
 * is one instruction (a load, a store or an interlocked update), so an
 * interrupt on this CPU sees it whole, as with the plugin.
 */
#define __pcpusect_op(pcp, expr) ({					\
	__typeof__(pcp) __pcs_ret, *p;					\
	pcpusect_preempt_disable();					\
	p = __pcpusect_ptr(&(pcp));					\
	__pcs_ret = (expr);						\
	pcpusect_preempt_enable();					\
	__pcs_ret;							\
})

#define __pcpusect_rmw(pcp, op, val)					\
	__pcpusect_op(pcp, __atomic_##op##_fetch(p, (val), __ATOMIC_RELAXED))

#define this_cpu_read(pcp)						\
	__pcpusect_op(pcp, __atomic_load_n(p, __ATOMIC_RELAXED))
#define this_cpu_write(pcp, val) ((void)__pcpusect_op(pcp,		\
	(__atomic_store_n(p, (val), __ATOMIC_RELAXED), (__typeof__(pcp))0)))
#define this_cpu_add(pcp, val)		((void)__pcpusect_rmw(pcp, add, val))
#define this_cpu_sub(pcp, val)		((void)__pcpusect_rmw(pcp, sub, val))
#define this_cpu_and(pcp, val)		((void)__pcpusect_rmw(pcp, and, val))
#define this_cpu_or(pcp, val)		((void)__pcpusect_rmw(pcp, or, val))
#define this_cpu_add_return(pcp, val)	__pcpusect_rmw(pcp, add, val)
#define this_cpu_sub_return(pcp, val)	__pcpusect_rmw(pcp, sub, val)

#endif /* __PCPUSECT__ */

#define this_cpu_inc(pcp)		this_cpu_add(pcp, 1)
#define this_cpu_dec(pcp)		this_cpu_sub(pcp, 1)
#define this_cpu_inc_return(pcp)	this_cpu_add_return(pcp, 1)
#define this_cpu_dec_return(pcp)	this_cpu_sub_return(pcp, 1)

#endif /* PCPUSECT_H */
