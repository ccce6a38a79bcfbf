/* The plugin tells the code what it was configured with, so that a kernel
 * can check the addresses against its own lowcore layout. */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-pcpusect-marker=0x103c0 -fplugin-arg-pcpusect-offset=0x103b8 -fplugin-arg-pcpusect-lowcore-alt=0x60000" } */
#if !defined(__PCPUSECT__) || __PCPUSECT_MARKER__ != 0x103c0 || \
    __PCPUSECT_OFFSET__ != 0x103b8 || __PCPUSECT_LOWCORE_ALT__ != 0x60000
#error "wrong or missing predefined macros"
#endif
int x;
