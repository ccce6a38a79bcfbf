// Reading a const per-CPU object in C++ (the result variable of the
// header's macro must not be const, or C++ wants it initialised).
/* { dg-do compile } */
#include <pcpusect.h>

extern const long cl;
extern const volatile int cvi;

long read_const() { return this_cpu_read(cl) + this_cpu_read(cvi); }

/* { dg-final { check-table -entries 2 } } */
