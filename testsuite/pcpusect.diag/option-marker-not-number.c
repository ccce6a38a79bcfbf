/* Bad plugin option: -fplugin-arg-pcpusect-marker=zz */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-marker=zz" } */
/* { dg-error "is not a number" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
