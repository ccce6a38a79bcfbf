/* The second unit of comdat-units.cc. */
#include "comdat.h"

struct pcpu var, copy;

long other_unit(void)
{
	return bump_inline() + read_template(&var.i);
}
