/* Objects the guarded sections cannot handle: each a diagnostic at the
   user's line naming the operation, never an ICE or silent code. */
/* { dg-do compile } */
#include <pcpusect.h>

struct Q { char x; short s; } __attribute__((packed)) pq;
const short cs = 1;
float f;
double d;
const int ci = 1;
struct S { int a : 3; int b; } st;
__int128 q;
int arr[4];
_Bool bo;
int *ip;
long double ld;

void b1(void) { this_cpu_inc(pq.s); }		/* { dg-error "'this_cpu_inc': per-CPU object of type 'short int' is not known to be 2-byte aligned" } */
void b2(void) { this_cpu_add(cs, 2); }		/* { dg-error "'this_cpu_add' modifies a per-CPU object of 'const'-qualified type" } */
void b3(void) { this_cpu_add(f, 1); }		/* { dg-error "'this_cpu_add': floating-point per-CPU object of type 'float'" } */
double b4(void) { return this_cpu_read(d); }	/* { dg-error "'this_cpu_read': floating-point per-CPU object of type 'double'" } */
void b5(void) { this_cpu_write(ci, 3); }	/* { dg-error "'this_cpu_write' modifies a per-CPU object of 'const'-qualified type" } */
void b6(void) { this_cpu_inc(st); }		/* { dg-error "'this_cpu_inc': per-CPU object of type 'struct S' is not an integer or a pointer" } */
struct S b7(void) { return this_cpu_read(st); }	/* { dg-error "'this_cpu_read': per-CPU object of type 'struct S'" } */
void b8(void) { this_cpu_add(q, 1); }		/* { dg-error "16-byte per-CPU object of type '__int128'" } */
void b9(void) { this_cpu_or(ip, 1); }		/* { dg-error "'this_cpu_or': bitwise operation on per-CPU pointer" } */
void b10(void) { this_cpu_add(arr, 1); }	/* { dg-error "per-CPU object of type 'int\\\[4\\\]' is not an integer" } */
/* The value converts as in an assignment, with and without the plugin. */
void b11(void) { this_cpu_write(ip, 5); }	/* { dg-warning "makes pointer from integer without a cast" } */
void b12(void) { this_cpu_or(bo, 1.0); }	/* { dg-error "'this_cpu_or': operand of type 'double' does not fit per-CPU object of type '_Bool'" } */
void b13(void) { this_cpu_add(arr[0], 1.5); }	/* { dg-error "'this_cpu_add': operand of type 'double' does not fit" } */
void b14(int x) { this_cpu_add(x + 1, 1); }	/* { dg-error "lvalue required" } */
void b15(void) { this_cpu_inc(st.a); }		/* { dg-error "cannot take address of bit-field" } */
						/* { dg-error "'typeof' applied to a bit-field" "" { target *-*-* } 33 } */
void b16(void) { this_cpu_add(ld, 1); }		/* { dg-error "floating-point per-CPU object of type 'long double'" } */
void b17(void) { this_cpu_and(pq.s, 1); }	/* { dg-error "'this_cpu_and': per-CPU object of type 'short int' is not known to be 2-byte aligned" } */
void b18(void) { this_cpu_sub_return(cs, 1); }	/* { dg-error "'this_cpu_sub_return' modifies a per-CPU object of 'const'-qualified" } */
void b19(void) { this_cpu_inc(bo); }		/* { dg-error "'this_cpu_inc': arithmetic on per-CPU object of boolean type '_Bool'" } */
