/* Bad plugin option: -fplugin-arg-pcpusect-lowcore-alt=0x7fd00 moves the
 * marker at 960 past the largest 20-bit displacement. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-lowcore-alt=0x7fd00" } */
/* { dg-error "lowcore-alt=0x7fd00' moves the marker or the per-CPU offset beyond a 20-bit displacement" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
