/* Bad plugin option: -fplugin-arg-pcpusect-marker=955 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-marker=955" } */
/* { dg-error "lies inside the 8-byte per-CPU offset" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
