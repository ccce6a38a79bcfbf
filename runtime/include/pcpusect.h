/* SPDX-License-Identifier: GPL-2.0 */
/*
 * this_cpu operations, as in the Linux kernel: each takes an lvalue
 * "pcp" (a per-CPU variable, a field of a per-CPU struct, an element of
 * a per-CPU array, or p->field through a per-CPU pointer) and works on
 * the current CPU's copy, at &pcp plus the 8-byte per-CPU offset that
 * the lowcore holds.  Objects must be 1-, 2-, 4- or 8-byte integers or
 * pointers; besides read, write, add, sub, inc, dec, and, or and the
 * *_return forms there are xchg, cmpxchg and try_cmpxchg, with the
 * kernel's semantics, and cmpxchg128 and try_cmpxchg128 on 16-byte
 * integers; on pointers, add and sub count bytes (as GCC's __atomic
 * builtins and the kernel's s390 and x86 this_cpu_add do).
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

/*
 * What is valid is the same with and without the plugin: the object is
 * an lvalue of 1-, 2-, 4- or 8-byte integer, enum or pointer type; the
 * value of this_cpu_write converts to the object's type as in an
 * assignment (C's warnings and C++'s errors apply); the operand of add,
 * sub, and and or is an integer; and and or refuse pointers, add and
 * sub booleans, and the writing forms const objects.  this_cpu_read of
 * a const object is fine.
 *
 * Every name a macro declares starts with __pcs_, so no user variable
 * named in an argument can be captured.
 */
#ifdef __cplusplus
template <typename __pcs_T> struct __pcs_unqual { typedef __pcs_T type; };
template <typename __pcs_T> struct __pcs_unqual<const __pcs_T> { typedef __pcs_T type; };
template <typename __pcs_T> struct __pcs_unqual<volatile __pcs_T> { typedef __pcs_T type; };
template <typename __pcs_T> struct __pcs_unqual<const volatile __pcs_T> { typedef __pcs_T type; };
#define __pcs_unqual_typeof(x)	typename __pcs_unqual<__typeof__(x)>::type
#define __pcs_static_assert	static_assert
/* Constant in C++ only when applied to a constant of the type. */
#define __pcs_classify(x)	__builtin_classify_type((__typeof__(x))0)
#else
/* A comma expression is an rvalue, and the type of an rvalue has no
 * qualifiers: a const object's value can be held in a variable. */
#define __pcs_unqual_typeof(x)	__typeof__(((void)0, (x)))
#define __pcs_static_assert	_Static_assert
#define __pcs_classify(x)	__builtin_classify_type(x)
#endif

/* The kernel's cmpxchg128: an unsigned __int128 (u128), 16-byte aligned. */
#define __pcs_check_16(pcp)						\
	__pcs_static_assert(sizeof(pcp) == 16 && __pcs_classify(pcp) == 1, \
			    "this_cpu_cmpxchg128 takes 16-byte integer "	\
			    "objects")

#ifdef __PCPUSECT__

/*
 * The last argument of each builtin, a null pointer to the object's
 * type, tells the plugin the type of the lvalue as written: GIMPLE drops
 * pointer conversions, so &(pcp) alone would not.
 */
#define __pcs_type(pcp)		((__typeof__(pcp) *)0)

#define this_cpu_read(pcp) ({						\
	__pcs_unqual_typeof(pcp) __pcs_ret;				\
	__builtin_pcpusect_read(&(pcp), &__pcs_ret, __pcs_type(pcp));	\
	__pcs_ret;							\
})
#define this_cpu_write(pcp, val) ({					\
	__pcs_unqual_typeof(pcp) __pcs_val = (val);			\
	__builtin_pcpusect_write(&(pcp), __pcs_val, __pcs_type(pcp));	\
})
#define this_cpu_add(pcp, val)						\
	__builtin_pcpusect_add(&(pcp), (val), __pcs_type(pcp))
#define this_cpu_sub(pcp, val)						\
	__builtin_pcpusect_sub(&(pcp), (val), __pcs_type(pcp))
#define this_cpu_and(pcp, val)						\
	__builtin_pcpusect_and(&(pcp), (val), __pcs_type(pcp))
#define this_cpu_or(pcp, val)						\
	__builtin_pcpusect_or(&(pcp), (val), __pcs_type(pcp))
#define this_cpu_add_return(pcp, val) ({				\
	__pcs_unqual_typeof(pcp) __pcs_ret;				\
	__builtin_pcpusect_add_return(&(pcp), (val), &__pcs_ret,	\
				      __pcs_type(pcp));			\
	__pcs_ret;							\
})
#define this_cpu_sub_return(pcp, val) ({				\
	__pcs_unqual_typeof(pcp) __pcs_ret;				\
	__builtin_pcpusect_sub_return(&(pcp), (val), &__pcs_ret,	\
				      __pcs_type(pcp));			\
	__pcs_ret;							\
})
#define this_cpu_xchg(pcp, nval) ({					\
	__pcs_unqual_typeof(pcp) __pcs_ret, __pcs_new = (nval);	\
	__builtin_pcpusect_xchg(&(pcp), __pcs_new, &__pcs_ret,		\
				__pcs_type(pcp));			\
	__pcs_ret;							\
})
#define __pcs_cmpxchg(pcp, oval, nval) ({				\
	__pcs_unqual_typeof(pcp) __pcs_ret, __pcs_old = (oval),	\
		__pcs_new = (nval);					\
	__builtin_pcpusect_cmpxchg(&(pcp), __pcs_old, __pcs_new,	\
				   &__pcs_ret, __pcs_type(pcp));	\
	__pcs_ret;							\
})
#define this_cpu_cmpxchg(pcp, oval, nval) ({				\
	__pcs_static_assert(sizeof(pcp) != 16, "16-byte objects take "	\
			    "this_cpu_cmpxchg128");			\
	__pcs_cmpxchg(pcp, oval, nval);					\
})
/* cdsg; the plugin refuses an object not known to be 16-byte aligned. */
#define this_cpu_cmpxchg128(pcp, oval, nval) ({				\
	__pcs_check_16(pcp);						\
	__pcs_cmpxchg(pcp, oval, nval);					\
})

#else /* !__PCPUSECT__: the fallback */

#ifndef pcpusect_preempt_disable
#define pcpusect_preempt_disable()	do { } while (0)
#define pcpusect_preempt_enable()	do { } while (0)
#endif
#ifndef PCPUSECT_OFFSET_ADDR
#define PCPUSECT_OFFSET_ADDR 952
#endif

/* The plugin's rules (see above), as far as a header can check them. */
/* GCC's type classes: 1 to 4 are integer, char, enum and bool. */
#define __pcs_is_int(x)		(__pcs_classify(x) >= 1 && __pcs_classify(x) <= 4)
#define __pcs_is_ptr(x)		(__pcs_classify(x) == 5)
#define __pcs_check_object(pcp)						\
	__pcs_static_assert((sizeof(pcp) == 1 || sizeof(pcp) == 2 ||	\
			     sizeof(pcp) == 4 || sizeof(pcp) == 8) &&	\
			    (__pcs_is_int(pcp) || __pcs_is_ptr(pcp)),	\
			    "this_cpu operations take 1-, 2-, 4- or 8-byte " \
			    "integer or pointer objects (cmpxchg128 "	\
			    "16-byte integers)")
#ifdef __cplusplus
#define __pcs_is_bool(x)	(__pcs_classify(x) == 4)
#else
/* C promotes the argument of __builtin_classify_type: _Bool is int. */
#define __pcs_is_bool(x)						\
	__builtin_types_compatible_p(__pcs_unqual_typeof(x), _Bool)
#endif
#define __pcs_check_operand(pcp, val, bitwise)				\
	__pcs_static_assert(__pcs_is_int(val) &&			\
			    !((bitwise) && __pcs_is_ptr(pcp)) &&	\
			    ((bitwise) || !__pcs_is_bool(pcp)),		\
			    "the operand of a this_cpu operation must be " \
			    "an integer; and and or take no pointer "	\
			    "object, add and sub no boolean one")

#define __pcs_ptr(ptr)							\
	((__typeof__(ptr))((unsigned long)(ptr) +			\
		*(volatile unsigned long *)PCPUSECT_OFFSET_ADDR))

/*
 * Evaluates expr with __pcs_p pointing at this CPU's copy of pcp.  Each
 * access is one instruction (a load, a store or an interlocked update),
 * so an interrupt on this CPU sees it whole, as with the plugin.
 */
#define __pcs_op(pcp, expr) ({					\
	__pcs_unqual_typeof(pcp) __pcs_ret;				\
	__typeof__(pcp) *__pcs_p;					\
	__pcs_check_object(pcp);				\
	pcpusect_preempt_disable();					\
	__pcs_p = __pcs_ptr(&(pcp));					\
	__pcs_ret = (expr);						\
	pcpusect_preempt_enable();					\
	__pcs_ret;							\
})

#define __pcs_rmw(pcp, val, bitwise, expr) ({				\
	__pcs_check_operand(pcp, val, bitwise);				\
	__pcs_op(pcp, expr);						\
})

#define this_cpu_read(pcp)						\
	__pcs_op(pcp, __atomic_load_n(__pcs_p, __ATOMIC_RELAXED))
#define this_cpu_write(pcp, val) ({					\
	__pcs_unqual_typeof(pcp) __pcs_val = (val);			\
	(void)__pcs_op(pcp, (__atomic_store_n(__pcs_p, __pcs_val,	\
					      __ATOMIC_RELAXED),	\
			     __pcs_val));				\
})
/*
 * GCC 12.2 on s390x miscompiles __atomic_add_fetch, __atomic_or_fetch
 * and __atomic_fetch_add(p, v) + v on 8-byte unsigned objects when the
 * result meets the operand again (old + old instead of old + v);
 * __atomic_sub_fetch is compiled right, so add_return subtracts the
 * negated operand, in unsigned arithmetic of the object's width.
 */
#define this_cpu_add(pcp, val)						\
	((void)this_cpu_add_return(pcp, val))
#define this_cpu_sub(pcp, val)						\
	((void)this_cpu_sub_return(pcp, val))
#define this_cpu_and(pcp, val) ((void)__pcs_rmw(pcp, val, 1,		\
	__atomic_fetch_and(__pcs_p, (val), __ATOMIC_RELAXED)))
#define this_cpu_or(pcp, val) ((void)__pcs_rmw(pcp, val, 1,		\
	__atomic_fetch_or(__pcs_p, (val), __ATOMIC_RELAXED)))
#define this_cpu_add_return(pcp, val) __pcs_rmw(pcp, val, 0,		\
	__atomic_sub_fetch(__pcs_p, 0UL - (unsigned long)(val),	\
			   __ATOMIC_RELAXED))
#define this_cpu_sub_return(pcp, val) __pcs_rmw(pcp, val, 0,		\
	__atomic_sub_fetch(__pcs_p, (val), __ATOMIC_RELAXED))
#define this_cpu_xchg(pcp, nval) ({					\
	__pcs_unqual_typeof(pcp) __pcs_new = (nval);			\
	__pcs_op(pcp, __atomic_exchange_n(__pcs_p, __pcs_new,	\
					     __ATOMIC_RELAXED));	\
})
/* On failure the builtin puts the value found into __pcs_old. */
#define this_cpu_cmpxchg(pcp, oval, nval) ({				\
	__pcs_unqual_typeof(pcp) __pcs_old = (oval), __pcs_new = (nval); \
	__pcs_op(pcp, (__atomic_compare_exchange_n(__pcs_p,		\
			&__pcs_old, __pcs_new, 0, __ATOMIC_RELAXED,	\
			__ATOMIC_RELAXED), __pcs_old));			\
})

/*
 * GCC calls libatomic for a 16-byte __atomic on an object it does not
 * know to be 16-byte aligned: one cdsg instead, which needs the
 * alignment (a specification exception otherwise).
 */
#define this_cpu_cmpxchg128(pcp, oval, nval) ({				\
	__pcs_unqual_typeof(pcp) __pcs_old = (oval), __pcs_new = (nval); \
	__typeof__(pcp) *__pcs_p;					\
	__pcs_check_16(pcp);						\
	pcpusect_preempt_disable();					\
	__pcs_p = __pcs_ptr(&(pcp));					\
	__asm__ __volatile__("cdsg %0,%2,%1"				\
			     : "+d" (__pcs_old), "+QS" (*__pcs_p)	\
			     : "d" (__pcs_new) : "cc");			\
	pcpusect_preempt_enable();					\
	__pcs_old;							\
})

#endif /* __PCPUSECT__ */

/*
 * As the kernel's: true if *ovalp was found and nval stored; otherwise
 * false, with the value found in *ovalp.  ovalp must point to the
 * object's type.
 */
#ifdef __cplusplus
#define __pcs_check_old_ptr(pcp, ovalp)	((void)0)
#else
#define __pcs_check_old_ptr(pcp, ovalp)					\
	__pcs_static_assert(__builtin_types_compatible_p(		\
		__typeof__(*(ovalp)), __pcs_unqual_typeof(pcp)),	\
		"this_cpu_try_cmpxchg: the pointer to the old value "	\
		"must point to the type of the per-CPU object")
#endif
#define __pcs_try_cmpxchg(pcp, ovalp, nval, cmpxchg) ({		\
	__pcs_unqual_typeof(pcp) *__pcs_op = (ovalp);			\
	__pcs_unqual_typeof(pcp) __pcs_o = *__pcs_op;			\
	__pcs_unqual_typeof(pcp) __pcs_r = cmpxchg(pcp, __pcs_o, (nval)); \
	__pcs_check_old_ptr(pcp, ovalp);				\
	if (__pcs_r != __pcs_o)						\
		*__pcs_op = __pcs_r;					\
	__pcs_r == __pcs_o;						\
})
#define this_cpu_try_cmpxchg(pcp, ovalp, nval)				\
	__pcs_try_cmpxchg(pcp, ovalp, nval, this_cpu_cmpxchg)
#define this_cpu_try_cmpxchg128(pcp, ovalp, nval)			\
	__pcs_try_cmpxchg(pcp, ovalp, nval, this_cpu_cmpxchg128)

#define this_cpu_inc(pcp)		this_cpu_add(pcp, 1)
#define this_cpu_dec(pcp)		this_cpu_sub(pcp, 1)
#define this_cpu_inc_return(pcp)	this_cpu_add_return(pcp, 1)
#define this_cpu_dec_return(pcp)	this_cpu_sub_return(pcp, 1)

#endif /* PCPUSECT_H */
