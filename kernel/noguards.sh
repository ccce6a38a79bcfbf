#!/bin/sh
# Measurement only, never for use: rewrites the tree's this_cpu operations
# (arch/s390 and asm-generic percpu.h) without any guard.  Each
# preempt_disable_notrace()/preempt_enable_notrace() and each
# raw_local_irq_save()/restore() around a per-CPU access becomes a plain
# compiler barrier, which is what PREEMPT_NONE compiles the preempt count
# to: the code is the limit a guard can approach, and is unsafe on a
# preemptible kernel.  kernel/bench.sh builds it with the plugin off.
# Usage: kernel/noguards.sh DIR
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
for h in arch/s390/include/asm/percpu.h include/asm-generic/percpu.h; do
	f=$dir/$h
	sed -i -e 's/preempt_disable_notrace()/barrier()/' \
	       -e 's/preempt_enable_notrace()/barrier()/' \
	       -e 's/raw_local_irq_save(\([_a-z]*\))/\1 = 0; barrier()/' \
	       -e 's/raw_local_irq_restore(\([_a-z]*\))/(void)\1; barrier()/' "$f"
	# A guard the expressions above did not match would stay silently.
	if grep -n 'preempt_\(en\|dis\)able\|local_irq_\(save\|restore\)' "$f"; then
		echo "noguards.sh: $h still has a guard (above)" >&2
		exit 1
	fi
done
echo "noguards.sh: this_cpu operations in $dir have no guard"
