/*
 * Every this_cpu operation on one per-CPU object of type T, one function
 * each (included by the ops-*.c tests).  Expected per type: 17 sections;
 * laa-family 7 (add, add of a large constant, sub, four *_return),
 * asi-family 4 (small constants, inc, dec), lan 2, lao 2, one load and
 * one store.
 */
#include <pcpusect.h>

T pcp;

T op_read(void) { return this_cpu_read(pcp); }
void op_write(T v) { this_cpu_write(pcp, v); }
void op_add(T v) { this_cpu_add(pcp, v); }
void op_add_imm(void) { this_cpu_add(pcp, 100); }
void op_add_big(void) { this_cpu_add(pcp, 1000); }
void op_sub(T v) { this_cpu_sub(pcp, v); }
void op_sub_imm(void) { this_cpu_sub(pcp, 128); }
void op_inc(void) { this_cpu_inc(pcp); }
void op_dec(void) { this_cpu_dec(pcp); }
T op_add_return(T v) { return this_cpu_add_return(pcp, v); }
T op_sub_return(T v) { return this_cpu_sub_return(pcp, v); }
T op_inc_return(void) { return this_cpu_inc_return(pcp); }
T op_dec_return(void) { return this_cpu_dec_return(pcp); }
void op_and(T v) { this_cpu_and(pcp, v); }
void op_or(T v) { this_cpu_or(pcp, v); }
void op_and_imm(void) { this_cpu_and(pcp, 0xff); }
void op_or_imm(void) { this_cpu_or(pcp, 0x100); }
