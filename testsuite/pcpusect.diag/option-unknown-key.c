/* Bad plugin option: -fplugin-arg-pcpusect-foo */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-foo" } */
/* { dg-error "unknown option '-fplugin-arg-pcpusect-foo'" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
