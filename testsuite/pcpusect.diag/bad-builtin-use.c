/* The builtins called directly, wrongly. */
/* { dg-do compile } */
#include <pcpusect.h>

int arr[4];

void c1(void) { __builtin_pcpusect_add(&arr[0]); }		/* { dg-error "'__builtin_pcpusect_add' takes 3 arguments, not 1" } */
void c2(void) { void *p = (void *)__builtin_pcpusect_add; (void)p; }	/* { dg-error "can only be called directly" } */
void c3(void) { __builtin_pcpusect_add(arr[0], 1, (int *)0); }	/* { dg-error "expects the address of a per-CPU object" } */
void c4(void) { long r; __builtin_pcpusect_read(&arr[0], &r, (int *)0); }	/* { dg-error "expects the address of the result, of type 'int'" } */
void c5(void) { __builtin_pcpusect_add(&arr[0], 1, &arr[1]); }	/* { dg-error "expects a null pointer to the type of the object as its last argument" } */
void c6(void) { __builtin_pcpusect_add(&arr[0], 1, 0); }	/* { dg-error "expects a null pointer to the type of the object" } */
