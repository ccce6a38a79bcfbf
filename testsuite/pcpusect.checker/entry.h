/*
 * Hand-written guarded sections and table entries for the tests of
 * check-table itself.  The marker is at 960 and the per-CPU offset at 952,
 * the plugin's defaults, which check-table expects unless told otherwise.
 */
#include <pcpusect/alt.h>
#include <pcpusect/table.h>

/*
 * A well-formed guarded section numbered n, with labels .Lsn, .Lan and
 * .Len for start, ag and end, using register %rREG; the access
 * instruction is the rest of the arguments.
 */
#define SECTION(n, reg, ...)					\
.Ls##n:	mviy	960(%r0),reg ;					\
.La##n:	ag	%r##reg,952(%r0) ;				\
	__VA_ARGS__ ;						\
	mviy	960(%r0),0 ;					\
.Le##n:

/*
 * A table-only section numbered n (mode=table): the ag and the access,
 * no mviy; its entry starts at the ag and carries TABLE.
 */
#define TSECTION(n, reg, ...)					\
.Ls##n:								\
.La##n:	ag	%r##reg,952(%r0) ;				\
	__VA_ARGS__ ;						\
.Le##n:

/* One __pcpusect_table entry. */
#define ENTRY(start, ag, end, reg, op, size, flags)		\
	.pushsection PCPUSECT_TABLE_SECTION,"a" ;		\
	.balign 4 ;						\
	.long start - ., ag - ., end - . ;			\
	.byte reg, op, size, flags ;				\
	.popsection

#define READ	PCPUSECT_OP_READ
#define WRITE	PCPUSECT_OP_WRITE
#define ADD	PCPUSECT_OP_ADD
#define AND	PCPUSECT_OP_AND
#define OR	PCPUSECT_OP_OR
#define XCHG	PCPUSECT_OP_XCHG
#define CMPXCHG	PCPUSECT_OP_CMPXCHG
#define FUSED	PCPUSECT_OP_FUSED
#define IMM	PCPUSECT_F_IMM
#define RESULT	PCPUSECT_F_RESULT
#define SIGNED	PCPUSECT_F_SIGNED
#define TABLE	PCPUSECT_F_TABLE

/*
 * A lowcore alternative numbered n for the LEN-byte instruction at
 * label at: the replacement is the rest of the arguments.
 */
#define ALT(n, at, len, ...)					\
	.pushsection PCPUSECT_ALT_REPL_SECTION,"ax" ;		\
.Lr##n:	__VA_ARGS__ ;						\
	.popsection ;						\
	.pushsection PCPUSECT_ALT_SECTION,"a" ;			\
	.long at - ., .Lr##n - ., PCPUSECT_ALT_LOWCORE ;	\
	.byte len ;						\
	.popsection
