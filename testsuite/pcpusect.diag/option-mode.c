/* Bad plugin option: -fplugin-arg-pcpusect-mode=fast */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-mode=fast" } */
/* { dg-error "'-fplugin-arg-pcpusect-mode=fast': the mode is 'marker' \\(the default\\) or 'table'" "" { target *-*-* } 0 } */
/* { dg-prune-output "failed to initialize plugin" } */
int x;
