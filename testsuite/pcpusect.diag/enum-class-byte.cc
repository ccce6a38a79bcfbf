// A 1-byte enum class object: read and written, but not updated, with
// and without the plugin (enum-class-byte-fallback.cc), as every 1-byte
// object for now.
/* { dg-do compile } */
#include <pcpusect.h>

enum class flag : unsigned char { off, on };
flag f;
enum class wide : unsigned int { a, b };
wide w;

void set() { this_cpu_write(f, flag::on); }
void bump() { this_cpu_inc(f); }	/* { dg-error "'this_cpu_inc': 1-byte per-CPU object of type 'flag' is not supported" } */
wide get() { return this_cpu_read(w); }
