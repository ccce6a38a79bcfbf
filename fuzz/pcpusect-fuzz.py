#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Differential fuzzer for the pcpusect plugin.

Each iteration writes a random, UB-free C program that uses every
this_cpu operation on per-CPU variables, struct fields, array elements
with computed indices and fields reached through per-CPU pointers, mixed
with loops, branches, switch, inline and noinline helpers and function
pointers.  The program is compiled with the plugin and with the header's
fallback at a random -O level and flag set, both run under qemu-s390x
against a fake lowcore whose per-CPU copy differs from the template, and
their output (a hash of every result and of the final per-CPU copy) must
agree.  The plugin's object also goes through the table checker.

One program in --sim-every also runs under the simulator (runtime/sim,
qemu-s390x -singlestep): interrupts land inside its sections and migrate
it between four simulated CPUs, and the simulator's invariants (saved
marker against the table, no write to another CPU's copy, template and
guard memory untouched) must hold.  Its work is repeated until enough
interrupts have migrated it between an ag and its access.
--sim-control runs only that, with the runtime's rebase switched off,
and every program must then be caught.

Any ICE, compiler or assembler error, checker complaint, crash or
mismatch is kept in OUT/fail-SEED-N/ with the source, the commands and
what they printed; with --reduce, cvise then shrinks the source to a
small reproducer that still shows the same failure.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

# Types a per-CPU object may have: C type, size, signed.
TYPES = [
    ("int", 4, True), ("unsigned int", 4, False),
    ("long", 8, True), ("unsigned long", 8, False),
    ("signed char", 1, True), ("unsigned char", 1, False),
    ("short", 2, True), ("unsigned short", 2, False),
]
OPS_NOVAL = ["inc", "dec", "inc_return", "dec_return", "read"]
OPS_VAL = ["add", "sub", "and", "or", "write", "add_return", "sub_return",
           "xchg"]
OPS_CAS = ["cmpxchg", "try_cmpxchg"]
# mode=table (table-only sections) and fuse=0 (one section per
# operation) apply to the plugin build; the fallback build ignores them.
FLAG_CHOICES = ["-fPIC", "-funroll-loops", "-fno-inline", "-g",
                "-fno-tree-vectorize", "-fomit-frame-pointer",
                "-fplugin-arg-pcpusect-mode=table",
                "-fplugin-arg-pcpusect-fuse=0"]
OPT_LEVELS = ["-O0", "-O1", "-O2", "-O3", "-Os"]
ARRAY_LEN = 5


class Program:
    """One random test program."""

    def __init__(self, rng):
        self.rng = rng
        self.nvars = rng.randint(2, 5)
        # Scalar per-CPU variables v0..; fields of struct s; arrays a0..
        self.scalars = [rng.choice(TYPES) for _ in range(self.nvars)]
        self.fields = [rng.choice(TYPES) for _ in range(rng.randint(2, 4))]
        self.arrays = [rng.choice(TYPES) for _ in range(rng.randint(1, 2))]
        self.nfuncs = rng.randint(2, 5)
        self.in_helper = False

    def lvalue(self):
        """A random per-CPU lvalue: (C text, type)."""
        kind = self.rng.randrange(4)
        if kind == 0:
            i = self.rng.randrange(len(self.scalars))
            return "area.v%d" % i, self.scalars[i]
        if kind == 1:
            i = self.rng.randrange(len(self.fields))
            return "area.s.f%d" % i, self.fields[i]
        if kind == 2:
            i = self.rng.randrange(len(self.arrays))
            idx = self.rng.choice(["x", "i", "x + i", "x * 3", "(x ^ i)"])
            return ("area.a%d[(%s) %% %d]" % (i, idx, ARRAY_LEN),
                    self.arrays[i])
        # Through a per-CPU pointer to the struct.
        i = self.rng.randrange(len(self.fields))
        return "sp->f%d" % i, self.fields[i]

    def operand(self, ctype):
        """An integer operand expression."""
        r = self.rng.randrange(5)
        if r == 0:
            return str(self.rng.randint(-128, 127))
        if r == 1:
            return str(self.rng.choice([1000, 65536, 0x7fffffff, -5000,
                                        0x12345]))
        if r == 2:
            return "(%s)x" % ctype
        if r == 3:
            return "(%s)(x * %d + i)" % (ctype, self.rng.randint(1, 9))
        return "(%s)h" % ctype

    def statement(self, depth):
        rng = self.rng
        r = rng.randrange(10)
        ind = "\t" * (depth + 1)
        if depth < 2 and r == 0:
            n = rng.randint(1, 4)
            body = self.block(depth + 1, rng.randint(1, 3))
            return ("%sfor (unsigned long i = 0; i < %d; i++) {\n%s%s}\n"
                    % (ind, n, body, ind))
        if depth < 2 and r == 1:
            return ("%sif ((x + h) & %d) {\n%s%s} else {\n%s%s}\n"
                    % (ind, rng.choice([1, 2, 4]),
                       self.block(depth + 1, rng.randint(1, 2)), ind,
                       self.block(depth + 1, rng.randint(1, 2)), ind))
        if depth < 2 and r == 2:
            cases = "".join("%scase %d:\n%s%s\tbreak;\n" %
                            (ind, c, self.block(depth + 1, 1), ind)
                            for c in range(3))
            return ("%sswitch ((x + h) %% 4) {\n%s%sdefault:\n%s%s\tbreak;\n%s}\n"
                    % (ind, cases, ind, self.block(depth + 1, 1), ind, ind))
        # Helpers call nothing, so nothing recurses.
        if r == 3 and not self.in_helper:
            return "%sh = mix(h, helper%d(x + i, h));\n" % (
                ind, rng.randrange(2))
        if r == 4 and not self.in_helper:
            return "%sh = mix(h, fp[(x + i) %% 2](x, h));\n" % ind
        return self.op_statement(ind)

    def cmpxchg128_statement(self, ind):
        """cmpxchg128 or try_cmpxchg128 on the 16-byte area.w."""
        u = "unsigned __int128"
        old = self.rng.choice(["this_cpu_cmpxchg128(area.w, 0, 0)",
                               "(%s)h" % u,
                               "(%s)x << 64 | h" % u])
        new = "(%s)%s << 64 | (unsigned long)%s" % (
            u, self.operand("unsigned long"), self.operand("unsigned long"))
        if self.rng.randrange(2):
            return ("%s{\n%s\t%s o = %s;\n%s\th = mix(h, this_cpu_try_cmpxchg128(area.w, &o, %s));\n"
                    "%s\th = mix(mix(h, (unsigned long)o), (unsigned long)(o >> 64));\n%s}\n"
                    % (ind, ind, u, old, ind, new, ind, ind))
        return ("%s{\n%s\t%s r = this_cpu_cmpxchg128(area.w, %s, %s);\n"
                "%s\th = mix(mix(h, (unsigned long)r), (unsigned long)(r >> 64));\n%s}\n"
                % (ind, ind, u, old, new, ind, ind))

    def op_statement(self, ind):
        if self.rng.randrange(12) == 0:
            return self.cmpxchg128_statement(ind)
        lv, (ctype, size, signed) = self.lvalue()
        op = self.rng.choice(OPS_NOVAL + OPS_VAL + OPS_CAS)
        if op == "cmpxchg":
            # The expected value: the object's own now and then.
            old = self.rng.choice(["this_cpu_read(%s)" % lv,
                                   self.operand(ctype)])
            return "%sh = mix(h, (unsigned long)this_cpu_cmpxchg(%s, %s, %s));\n" % (
                ind, lv, old, self.operand(ctype))
        if op == "try_cmpxchg":
            old = self.rng.choice(["this_cpu_read(%s)" % lv,
                                   self.operand(ctype)])
            return ("%s{\n%s\t%s o = %s;\n%s\th = mix(h, this_cpu_try_cmpxchg(%s, &o, %s));\n"
                    "%s\th = mix(h, (unsigned long)o);\n%s}\n" % (
                        ind, ind, ctype, old, ind, lv, self.operand(ctype),
                        ind, ind))
        if op in OPS_NOVAL:
            expr = "this_cpu_%s(%s)" % (op, lv)
        else:
            expr = "this_cpu_%s(%s, %s)" % (op, lv, self.operand(ctype))
        if op in ("read", "xchg") or op.endswith("_return"):
            return "%sh = mix(h, (unsigned long)%s);\n" % (ind, expr)
        return "%s%s;\n" % (ind, expr)

    def block(self, depth, n):
        return "".join(self.statement(depth) for _ in range(n))

    def source(self):
        out = ["/* generated by pcpusect-fuzz.py */",
               "#include <pcpusect.h>",
               "#include <stdio.h>",
               "#include <string.h>",
               "#include <sys/mman.h>",
               "#ifdef FUZZ_SIM",
               "#include <pcpusect/sim.h>",
               "#define PERCPU __attribute__((section(PCPUSECT_SIM_SECTION)))",
               "#else",
               "#define PERCPU",
               "#endif",
               "",
               "#define LOWCORE 0x10000UL",
               "#define MARKER (*(volatile unsigned char *)(LOWCORE + 0x3c0))",
               "#define OFFSET (*(volatile unsigned long *)(LOWCORE + 0x3b8))",
               "",
               "struct s {"]
        out += ["\t%s f%d;" % (t[0], i) for i, t in enumerate(self.fields)]
        out += ["};", "", "struct area {"]
        out += ["\t%s v%d;" % (t[0], i) for i, t in enumerate(self.scalars)]
        out += ["\tstruct s s;",
                "\tunsigned __int128 w __attribute__((aligned(16)));"]
        out += ["\t%s a%d[%d];" % (t[0], i, ARRAY_LEN)
                for i, t in enumerate(self.arrays)]
        out += ["};", "",
                "/* 16-aligned: the per-CPU offset is a multiple of 16, as in",
                " * a kernel, which 1- and 2-byte read-modify-writes and area.w need. */",
                "struct area area PERCPU __attribute__((aligned(16)));",
                "static struct area copy __attribute__((aligned(16)));",
                "static struct s *volatile sp_template = &area.s;",
                "#define sp sp_template",
                "",
                "static inline unsigned long mix(unsigned long h, unsigned long v)",
                "{",
                "\treturn (h ^ v) * 0x100000001b3UL + (h >> 29);",
                "}",
                ""]
        # Helpers the functions call: one inline, one noinline.
        self.in_helper = True
        for k, attr in enumerate(["static inline",
                                  "static __attribute__((noinline))"]):
            out += ["%s unsigned long helper%d(unsigned long x, unsigned long h)"
                    % (attr, k), "{", "\tunsigned long i = 1;", ""]
            out.append(self.block(0, self.rng.randint(1, 3)).rstrip("\n"))
            out += ["\treturn h;", "}", ""]
        self.in_helper = False
        out += ["static unsigned long (*const fp[2])(unsigned long, unsigned long) = {",
                "\thelper0, helper1,", "};", ""]
        for f in range(self.nfuncs):
            attr = self.rng.choice(["static __attribute__((noinline))",
                                    "static inline", "static"])
            out += ["%s unsigned long f%d(unsigned long x, unsigned long h)"
                    % (attr, f), "{", "\tunsigned long i = 2;", ""]
            out.append(self.block(0, self.rng.randint(3, 8)).rstrip("\n"))
            out += ["\treturn h;", "}", ""]
        calls = []
        for r in range(self.rng.randint(2, 4)):
            for f in range(self.nfuncs):
                calls.append("\th = mix(h, f%d(%d, h));"
                             % (f, self.rng.randint(0, 1000)))
        out += ["int main(void)", "{",
                "\tunsigned long h = 1;",
                "#ifdef FUZZ_SIM",
                "\tstruct pcpusect_sim_config cfg = {",
                "\t\t.ncpus = 4, .seed = FUZZ_SIM_SEED, .period_us = 20,",
                "\t\t.burst_pct = 15, .nest_period_us = 67, .nest_pct = 30,",
                "\t\t.migrate_pct = 50, .snapshot = true,",
                "\t\t.faults = FUZZ_SIM_FAULTS,",
                "\t};",
                "\tstruct pcpusect_sim_stats st;",
                "\tunsigned long rounds = 0, viol, in = 0, moved = 0;",
                "",
                "\tpcpusect_sim_init(&cfg);",
                "\tpcpusect_sim_start();",
                "\tdo {"]
        out += ["\t" + c for c in calls]
        out += ["\t\tpcpusect_sim_get_stats(&st);",
                "\t} while (++rounds < 1000 &&",
                "\t\t st.task[PCPUSECT_SIM_PRE_OP][1] < 20);",
                "\tviol = pcpusect_sim_finish();",
                "\tpcpusect_sim_get_stats(&st);",
                "\tfor (int k = PCPUSECT_SIM_OPEN; k < PCPUSECT_SIM_NCLASS; k++) {",
                "\t\tin += st.task[k][0] + st.task[k][1];",
                "\t\tmoved += st.task[k][1];",
                "\t}",
                '\tprintf("sim: rounds=%lu irqs=%lu in_section=%lu "',
                '\t       "migrated_in_section=%lu ag_op_migrated=%lu "',
                '\t       "fixups=%lu violations=%lu\\n", rounds, st.irqs, in,',
                "\t       moved, st.task[PCPUSECT_SIM_PRE_OP][1], st.fixups, viol);",
                "\treturn viol ? 1 : 0;",
                "#else",
                "\tunsigned char *c = (unsigned char *)&copy;",
                "",
                "\tif (mmap((void *)LOWCORE, 4096, PROT_READ | PROT_WRITE,",
                "\t\t MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=",
                "\t    (void *)LOWCORE)",
                "\t\treturn 2;",
                "\tOFFSET = (unsigned long)&copy - (unsigned long)&area;",
                "\tfor (unsigned int k = 0; k < sizeof(copy); k++)",
                "\t\tc[k] = (unsigned char)(k * 37 + %d);"
                % self.rng.randrange(256)]
        out += calls
        out += ["\tfor (unsigned int k = 0; k < sizeof(copy); k++)",
                "\t\th = mix(h, c[k]);",
                "\tfor (unsigned int k = 0; k < sizeof(area); k++)",
                "\t\th = mix(h, ((unsigned char *)&area)[k]);",
                '\tprintf("%016lx marker=%u\\n", h, MARKER);',
                "\treturn 0;",
                "#endif",
                "}", ""]
        return "\n".join(out)


class Failure(Exception):
    def __init__(self, kind, detail):
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


def run(cmd, timeout, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return 124, "timeout after %d s" % timeout
    return p.returncode, p.stdout + p.stderr


def plugin_command(args, flags):
    """The compiler with the plugin, pointed at the fake lowcore at
    0x10000 (see Program.source) that both the plain runs and the
    simulator use."""
    # GCC takes a plugin's arguments only after the plugin itself.
    plugin_args = [f for f in flags if f.startswith("-fplugin-arg-")]
    others = [f for f in flags if f not in plugin_args]
    return [args.cc] + others + ["-I" + args.include,
                                 "-fplugin=" + args.plugin,
                                 "-fplugin-arg-pcpusect-marker=0x103c0",
                                 "-fplugin-arg-pcpusect-offset=0x103b8"] + \
        plugin_args


def check_one(args, src_path, flags, work):
    """Compiles, checks and runs one program; raises Failure.

    With --control, the plugin build is told the per-CPU offset is 8
    bytes lower than where the program keeps it: every section then
    works on the template instead of this CPU's copy, a miscompile the
    comparison must catch in every program."""
    base = plugin_command(args, flags) + ["-DPCPUSECT_OFFSET_ADDR=0x103b8"]
    builds = {
        "plugin": base + (["-fplugin-arg-pcpusect-offset=0x103b0"]
                          if args.control else []),
        "fallback": base + ["-fplugin-arg-pcpusect-disable"],
    }
    outputs = {}
    for name, cmd in builds.items():
        obj = os.path.join(work, name + ".o")
        exe = os.path.join(work, name + ".exe")
        st, out = run(cmd + ["-c", src_path, "-o", obj], 120, work)
        if st != 0:
            kind = "ice" if "internal compiler error" in out else "compile"
            raise Failure("%s-%s" % (name, kind),
                          " ".join(cmd + ["-c", src_path]) + "\n" + out)
        if name == "plugin" and args.checker and not args.control:
            st, out = run(args.checker.split() + ["--marker=0x103c0",
                                                  "--offset=0x103b8", obj],
                          120, work)
            if st != 0:
                raise Failure("checker", out)
        st, out = run(cmd + [obj, "-o", exe], 120, work)
        if st != 0:
            raise Failure("%s-link" % name, out)
        st, out = run([args.qemu, "-L", args.ld_prefix, exe], 60, work)
        if st != 0:
            raise Failure("%s-run" % name, "exit %d\n%s" % (st, out))
        outputs[name] = out
    if outputs["plugin"] != outputs["fallback"]:
        raise Failure("mismatch", "plugin:   %sfallback: %s"
                      % (outputs["plugin"], outputs["fallback"]))
    if not outputs["plugin"].rstrip().endswith("marker=0"):
        raise Failure("marker", outputs["plugin"])


SIM_FIELDS = ["irqs", "in_section", "migrated_in_section", "ag_op_migrated",
              "fixups", "violations"]


def check_sim(args, src_path, flags, work, seed, faults):
    """Builds the program for the simulator and runs it; returns the
    figures of its "sim:" line.  Raises Failure if it cannot be built
    or run, and, with no fault injected, if an invariant broke."""
    import glob
    objs = sorted(glob.glob(os.path.join(args.sim_objs, "*.o")))
    exe = os.path.join(work, "sim.exe")
    cmd = plugin_command(args, flags) + [
        "-DFUZZ_SIM", "-DFUZZ_SIM_SEED=%d" % seed,
        "-DFUZZ_SIM_FAULTS=%d" % faults, src_path] + objs + ["-o", exe]
    st, out = run(cmd, 120, work)
    if st != 0:
        kind = "ice" if "internal compiler error" in out else "compile"
        raise Failure("sim-" + kind, " ".join(cmd) + "\n" + out)
    st, out = run([args.qemu, "-L", args.ld_prefix, "-singlestep", exe],
                  300, work)
    figures = {}
    for line in out.splitlines():
        if line.startswith("sim: "):
            for kv in line[5:].split():
                k, v = kv.split("=")
                figures[k] = int(v)
    if "violations" not in figures:
        raise Failure("sim-run", "exit %d\n%s" % (st, out))
    if not faults and (st != 0 or figures["violations"]):
        raise Failure("sim", "exit %d\n%s" % (st, out))
    return figures


def random_flags(rng):
    flags = [rng.choice(OPT_LEVELS)]
    flags += [f for f in FLAG_CHOICES if rng.random() < 0.2]
    if rng.random() < 0.05 and flags[0] != "-O0":
        flags.append("-flto")
    return flags


def save_failure(args, seed, n, src, flags, fail):
    d = os.path.join(args.out, "fail-%d-%d" % (seed, n))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "test.c"), "w") as f:
        f.write(src)
    with open(os.path.join(d, "flags"), "w") as f:
        f.write(" ".join(flags) + "\n")
    with open(os.path.join(d, "report.txt"), "w") as f:
        f.write("kind: %s\nflags: %s\n\n%s\n" % (fail.kind, " ".join(flags),
                                                   fail.detail))
    return d


def reduce(args, d, kind):
    """Shrinks d/test.c into d/reduced.c with cvise, keeping the same kind
    of failure.  cvise runs the test in a scratch directory holding only
    reduced.c, so the script names that file and carries the flags."""
    cvise = shutil.which("cvise")
    if not cvise:
        print("  (cvise not installed: no reduction)")
        return
    script = os.path.join(d, "interesting.sh")
    me = os.path.abspath(__file__)
    flags = open(os.path.join(d, "flags")).read().strip()
    with open(script, "w") as f:
        f.write("#!/bin/sh\nexec %s %s --replay reduced.c --expect %s "
                "--flags='%s' %s\n" % (
                    sys.executable, me, kind, flags,
                    " ".join("'%s'" % a for a in args.passthrough)))
    os.chmod(script, 0o755)
    shutil.copy(os.path.join(d, "test.c"), os.path.join(d, "reduced.c"))
    subprocess.run([cvise, "--n", "1", script, "reduced.c"], cwd=d)


def common_args(p):
    p.add_argument("--cc", default="s390x-linux-gnu-gcc-12")
    p.add_argument("--plugin", required=True)
    p.add_argument("--include", required=True)
    p.add_argument("--checker", default="",
                   help="command that checks an object's table")
    p.add_argument("--qemu", default="qemu-s390x")
    p.add_argument("--ld-prefix", default="/usr/s390x-linux-gnu")
    p.add_argument("--sim-objs", default="",
                   help="directory of the simulator's objects built with "
                   "fault injection (runtime/s390x/fi)")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    common_args(p)
    p.add_argument("-n", type=int, default=50, help="programs to try")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default="fuzz-out")
    p.add_argument("--reduce", action="store_true")
    p.add_argument("--control", action="store_true",
                   help="negative control: a wrong offset for the plugin; "
                   "every program must fail")
    p.add_argument("--sim-every", type=int, default=5,
                   help="run one program in N under the simulator too")
    p.add_argument("--sim-control", action="store_true",
                   help="negative control: only the simulator runs, with "
                   "the runtime's rebase off; every program must be caught")
    p.add_argument("--replay", help="check this source once (for cvise)")
    p.add_argument("--expect", help="with --replay: the failure kind")
    p.add_argument("--flags", default="", help="with --replay")
    args = p.parse_args()
    # Compilations run in a scratch directory.
    args.plugin = os.path.abspath(args.plugin)
    args.include = os.path.abspath(args.include)
    if args.sim_objs:
        args.sim_objs = os.path.abspath(args.sim_objs)
    elif args.sim_control:
        p.error("--sim-control needs --sim-objs")
    args.passthrough = (["--control"] if args.control else []) + ["--cc", args.cc, "--plugin", args.plugin,
                        "--include", args.include, "--checker", args.checker,
                        "--qemu", args.qemu, "--ld-prefix", args.ld_prefix,
                        "--sim-objs", args.sim_objs]

    if args.replay:
        flags_file = os.path.join(os.path.dirname(
            os.path.abspath(args.replay)), "flags")
        flags = open(flags_file).read().split() if os.path.exists(
            flags_file) else args.flags.split()
        with tempfile.TemporaryDirectory() as work:
            try:
                check_one(args, os.path.abspath(args.replay), flags, work)
                if args.sim_objs:
                    check_sim(args, os.path.abspath(args.replay), flags,
                              work, 1, 0)
            except Failure as e:
                return 0 if e.kind == args.expect else 1
        return 1

    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    counts = {}
    failures = 0
    sim_runs = 0
    sim_totals = dict.fromkeys(SIM_FIELDS, 0)
    for n in range(args.n):
        prog = Program(rng)
        flags = random_flags(rng)
        src = prog.source()
        level = flags[0]
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, "test.c")
            with open(path, "w") as f:
                f.write(src)
            failure = None
            try:
                if args.sim_control:
                    fig = check_sim(args, path, flags, work, n, 1)
                    sim_runs += 1
                    for k in SIM_FIELDS:
                        sim_totals[k] += fig.get(k, 0)
                    if not fig["violations"]:
                        raise Failure("sim-not-caught", str(fig))
                    raise Failure("sim-caught", str(fig))
                check_one(args, path, flags, work)
                if args.sim_objs and args.sim_every and \
                        n % args.sim_every == 0:
                    fig = check_sim(args, path, flags, work, n, 0)
                    sim_runs += 1
                    for k in SIM_FIELDS:
                        sim_totals[k] += fig.get(k, 0)
                counts.setdefault(level, [0, 0])[0] += 1
            except Failure as e:
                if e.kind == "sim-caught":
                    counts.setdefault(level, [0, 0])[0] += 1
                else:
                    failure = e
            if failure:
                counts.setdefault(level, [0, 0])[1] += 1
                failures += 1
                d = save_failure(args, args.seed, n, src, flags, failure)
                print("%s %d: %s (%s) -> %s" % (
                    "caught" if args.control else "FAIL", n, failure.kind,
                    " ".join(flags), d))
                if args.reduce:
                    reduce(args, d, failure.kind)
        if (n + 1) % 10 == 0 or n + 1 == args.n:
            print("fuzz: %d/%d programs, %d %s" % (
                n + 1, args.n,
                n + 1 - failures if args.sim_control else failures,
                "caught" if args.control or args.sim_control else "failed"),
                flush=True)
    for level in OPT_LEVELS:
        if level in counts and not args.control and not args.sim_control:
            print("fuzz: %s: %d passed, %d failed" % (
                level, counts[level][0], counts[level][1]))
    if sim_runs:
        print("fuzz sim: %d programs under the simulator: %d interrupts, "
              "%d inside sections (%d migrated, %d of them between the ag "
              "and the access), %d fixups, %d violations" % (
                  sim_runs, sim_totals["irqs"], sim_totals["in_section"],
                  sim_totals["migrated_in_section"],
                  sim_totals["ag_op_migrated"], sim_totals["fixups"],
                  sim_totals["violations"]))
    if args.sim_control:
        caught = failures == 0 and sim_runs == args.n
        print("fuzz sim control: %d of %d programs caught" % (
            args.n - failures, args.n))
        print("%d passed, %d failed" % (1 if caught else 0,
                                         0 if caught else 1))
        return 0 if caught else 1
    if args.control:
        # Every program must have been caught, and as a mismatch.
        print("fuzz control: %d of %d programs caught" % (failures, args.n))
        caught = failures == args.n
        print("%d passed, %d failed" % (1 if caught else 0,
                                         0 if caught else 1))
        return 0 if caught else 1
    print("%d passed, %d failed" % (args.n - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
