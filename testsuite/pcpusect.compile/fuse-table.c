/* mode=table with fused sections: the ag and the accesses, no mviy. */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-pcpusect-mode=table" } */
#include "fuse.c"

/* { dg-final { scan-assembler-not {mviy} } } */
/* { dg-final { scan-assembler-times {\.Lpcs(\d+)s:\n\.Lpcs\1a:\tag\t%r(\d+),952\(%r0\)\n\tagsi\t0\(%r\2\),1\n\tagsi\t8\(%r\2\),3\n\tstc\t%r\d+,22\(%r\2\)\n\.Lpcs\1e:\n} 1 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,3,0x8\n} 2 } } */
/* { dg-final { scan-assembler-times {\t\.byte\t\d+,8,2,0x8\n} 2 } } */
/* { dg-final { check-table -entries 4 } } */
