/* Bad plugin option: -fplugin-arg-pcpusect-fuse=yes */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-fuse=yes" } */
/* { dg-error "'-fplugin-arg-pcpusect-fuse=yes': the value is '1' \\(fuse consecutive operations, the default\\) or '0'" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
