// enum-class-byte.cc with the header's fallback.
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable" } */
#include <pcpusect.h>

enum class flag : unsigned char { off, on };
flag f;
enum class wide : unsigned int { a, b };
wide w;

void set() { this_cpu_write(f, flag::on); }
void bump() { this_cpu_inc(f); }	/* { dg-error "4- or 8-byte integer or pointer objects" } */
wide get() { return this_cpu_read(w); }
