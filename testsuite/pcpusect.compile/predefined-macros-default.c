/* Without options: the Linux lowcore, no lowcore alternatives. */
/* { dg-do compile } */
#if __PCPUSECT_MARKER__ != 960 || __PCPUSECT_OFFSET__ != 952 || \
    __PCPUSECT_LOWCORE_ALT__ != 0
#error "wrong or missing predefined macros"
#endif
int x;
