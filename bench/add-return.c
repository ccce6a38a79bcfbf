/* The function of the s390 series' example, for listings. */
#include <pcpusect.h>

long foo;

long bar(long a)
{
	return this_cpu_add_return(foo, a);
}
