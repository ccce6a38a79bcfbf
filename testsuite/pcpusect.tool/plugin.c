/* What the plugin emits: one __pcpusect_table section per function. */
#include <pcpusect.h>

long counter;
int level;

long get(void) { return this_cpu_read(counter); }
void bump(long v) { this_cpu_add(counter, v); this_cpu_inc(level); }
int swap_level(int v) { this_cpu_write(level, v); return this_cpu_add_return(level, 1); }
