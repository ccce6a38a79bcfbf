/* Shared by comdat-units.cc and units/comdat-other.cc. */
#include <pcpusect.h>
#include "../fake-lowcore.h"

struct pcpu {
	long l;
	int i;
};

extern struct pcpu var, copy;

inline long bump_inline(void)
{
	return this_cpu_add_return(var.l, 5);
}

template <typename T> T read_template(T *p)
{
	return this_cpu_read(*p);
}
