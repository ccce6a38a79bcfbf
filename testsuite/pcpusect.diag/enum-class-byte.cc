// A 1-byte enum class object is read, written and updated, with and
// without the plugin (enum-class-byte-fallback.cc), as any 1-byte object.
/* { dg-do compile } */
#include <pcpusect.h>

enum class flag : unsigned char { off, on };
flag f;
enum class wide : unsigned int { a, b };
wide w;

void set() { this_cpu_write(f, flag::on); }
void bump() { this_cpu_inc(f); }
flag swap() { return this_cpu_xchg(f, flag::off); }
wide get() { return this_cpu_read(w); }
