/* cmpxchg128 misused: each a diagnostic at the user's line. */
/* { dg-do compile } */
#include <pcpusect.h>

typedef unsigned __int128 u128;
u128 plain;				/* 8-byte aligned, as its type */
u128 aligned __attribute__((aligned(16)));
struct { long a, b; } __attribute__((aligned(16))) pair;
struct { char c; u128 v; } __attribute__((packed)) pk;
long l;

u128 c1(void) { return this_cpu_cmpxchg128(plain, 0, 1); }	/* { dg-error "'this_cpu_cmpxchg128': per-CPU object of type 'u128' .aka '__int128 unsigned'. is not known to be 16-byte aligned" } */
u128 c2(void) { return this_cpu_cmpxchg128(pk.v, 0, 1); }	/* { dg-error "is not known to be 16-byte aligned" } */
long c3(void) { return this_cpu_cmpxchg128(l, 0, 1); }		/* { dg-error "this_cpu_cmpxchg128 takes 16-byte integer objects" } */
void c4(void) { this_cpu_cmpxchg128(pair, pair, pair); }	/* { dg-error "this_cpu_cmpxchg128 takes 16-byte integer objects" } */
u128 c5(void) { return this_cpu_cmpxchg(aligned, 0, 1); }	/* { dg-error "16-byte objects take this_cpu_cmpxchg128" } */
void c6(void) { this_cpu_add(aligned, 1); }			/* { dg-error "'this_cpu_add': 16-byte per-CPU object of type 'u128' .aka '__int128 unsigned'. is not supported; 16-byte objects take 'this_cpu_cmpxchg' and 'this_cpu_try_cmpxchg' only" } */
_Bool c7(long *o) { return this_cpu_try_cmpxchg128(aligned, o, 1); }	/* { dg-error "the pointer to the old value must point to the type of the per-CPU object" } */
u128 ok(u128 o) { return this_cpu_cmpxchg128(aligned, o, o + 1); }
/* The plugin's word on the struct, after the header's. */
/* { dg-prune-output "is not an integer or a pointer" } */
/* { dg-prune-output "incompatible pointer type|invalid operands|incompatible types|used struct type value where scalar" } */
