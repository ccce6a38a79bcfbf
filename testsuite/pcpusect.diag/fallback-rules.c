/* The header's fallback refuses what the plugin refuses (bad-object.c):
   objects other than 1-, 2-, 4- and 8-byte integers and pointers,
   operands that are not integers, and and or on pointers; it takes what
   the plugin takes. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include <pcpusect.h>

char c;
short s;
double d;
struct { int i; } st;
__int128 q;
long l;
int *ip;
_Bool bo;

void f1(void) { this_cpu_inc(st); }		/* { dg-error "this_cpu operations take 1-, 2-, 4- or 8-byte integer or pointer objects" } */
void f2(void) { this_cpu_add(d, 1); }		/* { dg-error "1-, 2-, 4- or 8-byte integer or pointer objects" } */
long ok(long v) { this_cpu_add(s, v); this_cpu_or(c, 1); return this_cpu_xchg(c, 2); }
void f4(void) { this_cpu_add(q, 1); }		/* { dg-error "1-, 2-, 4- or 8-byte integer or pointer objects" } */
void f5(void) { this_cpu_add(l, 1.5); }		/* { dg-error "the operand of a this_cpu operation must be an integer" } */
void f6(void) { this_cpu_or(ip, 1); }		/* { dg-error "and and or take no pointer object" } */
void f7(void) { this_cpu_add(l, ip); }		/* { dg-error "must be an integer" } */
void f8(void) { this_cpu_inc(bo); }		/* { dg-error "add and sub no boolean one" } */
double f3(void) { return this_cpu_read(d); }	/* { dg-error "1-, 2-, 4- or 8-byte integer or pointer objects" } */
/* The __atomic builtins then refuse them too. */
/* { dg-prune-output "is incompatible with argument 1 of '__atomic_" } */
