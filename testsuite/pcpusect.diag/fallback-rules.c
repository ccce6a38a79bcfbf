/* The header's fallback refuses what the plugin refuses (bad-object.c):
   objects other than 4- and 8-byte integers and pointers (1- and 2-byte
   ones are read and written only), operands that are not integers, and
   and or on pointers. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include <pcpusect.h>

char c;
short s;
double d;
__int128 q;
long l;
int *ip;

void f1(void) { this_cpu_inc(c); }		/* { dg-error "this_cpu operations take 4- or 8-byte integer or pointer objects" } */
void f2(void) { this_cpu_add(s, 1); }		/* { dg-error "4- or 8-byte integer or pointer objects" } */
long ok(long v) { this_cpu_write(s, v); return this_cpu_read(c); }
void f4(void) { this_cpu_add(q, 1); }		/* { dg-error "4- or 8-byte integer or pointer objects" } */
void f5(void) { this_cpu_add(l, 1.5); }		/* { dg-error "the operand of a this_cpu operation must be an integer" } */
void f6(void) { this_cpu_or(ip, 1); }		/* { dg-error "and and or take no pointer object" } */
void f7(void) { this_cpu_add(l, ip); }		/* { dg-error "must be an integer" } */
double f3(void) { return this_cpu_read(d); }	/* { dg-error "4- or 8-byte integer or pointer objects" } */
/* { dg-error "incompatible with argument 1 of '__atomic_load_n'" "" { target *-*-* } 23 } */
