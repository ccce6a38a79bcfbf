/* Bad plugin option: -fplugin-arg-pcpusect-marker */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-marker" } */
/* { dg-error "needs an address" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
