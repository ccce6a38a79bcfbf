/* Bad plugin option: -fplugin-arg-pcpusect-disable=1 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-disable=1" } */
/* { dg-error "takes no value" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
