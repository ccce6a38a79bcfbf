/* Bad plugin option: -fplugin-arg-pcpusect-marker=0x80000 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x80000" } */
/* { dg-error "20-bit displacement" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
