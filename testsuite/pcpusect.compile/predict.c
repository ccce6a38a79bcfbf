/* GCC's branch predictor takes a block holding a call to an unknown
   function for a rarely run one.  A this_cpu operation is priced as the
   target builtin it is declared: the conditional one stays in line, and
   the code after it is not duplicated into a hot and a cold copy (as
   d_lru_add's was on defconfig, 13 bytes per site in table mode). */
/* { dg-do compile } */
/* { dg-options "-O2" } */
#include <pcpusect.h>

long nr_unused, nr_negative;
int list_lru_add(void *lru, void *item);
void warn(void);

struct dentry {
	unsigned int flags;
	void *lru_list;
	void *lru;
};

void d_lru_add(struct dentry *d)
{
	d->flags |= 0x80000;
	this_cpu_inc(nr_unused);
	if (!(d->flags & 0x700000))
		this_cpu_inc(nr_negative);
	if (!list_lru_add(d->lru_list, &d->lru))
		warn();
}

/* One call to list_lru_add, not a copy on each path. */
/* { dg-final { scan-assembler-times {\tbrasl\t%r14,list_lru_add} 1 } } */
/* { dg-final { check-table -entries 2 } } */
