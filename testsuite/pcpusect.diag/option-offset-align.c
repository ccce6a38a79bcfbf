/* Bad plugin option: -fplugin-arg-pcpusect-offset=0x103b9 */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-offset=0x103b9" } */
/* { dg-error "is not 8-byte aligned" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
