/* The sections run correctly, and the table of the linked executable
   (resolved values, not relocations; libc's code around it) checks out. */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -fplugin-arg-pcpusect-fuse=0" } */
/* { dg-final { check-table -entries 5 } } */
#include <pcpusect.h>
#include "fake-lowcore.h"

long hits;
static long hits_copy;
int level = 3;
static int level_copy = 3;

int main(void)
{
	lowcore_map();
	OFFSET = (unsigned long)&hits_copy - (unsigned long)&hits;
	this_cpu_inc(hits);
	this_cpu_add(hits, 41);
	CHECK(this_cpu_read(hits) == 42 && hits_copy == 42 && hits == 0);

	OFFSET = (unsigned long)&level_copy - (unsigned long)&level;
	CHECK(this_cpu_sub_return(level, 1) == 2);
	this_cpu_write(level, 9);
	CHECK(level_copy == 9 && level == 3);
	CHECK(MARKER == 0);
	if (!failures)
		puts("linked-table: ok");
	return failures != 0;
}
/* { dg-output "linked-table: ok" } */
