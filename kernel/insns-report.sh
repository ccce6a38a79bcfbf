#!/bin/sh
# Prints the lines of kernel/insns-count.sh as a table: kernel
# instructions per iteration, one column per variant, in the order the
# variants were counted, and the goal for pcpusect against
# handasm next to the figures.
# Usage: kernel/insns-report.sh COUNTS-FILE
set -e
[ -r "$1" ] || { echo "usage: $0 COUNTS-FILE" >&2; exit 2; }
awk '
$1 == "insns:" {
	v = $2; w = $3; sub("kernel=", "", $4); sub("user=", "", $5)
	if (!(v in seen_v)) { seen_v[v] = 1; vs[++nv] = v }
	if (!(w in seen_w)) { seen_w[w] = 1; ws[++nw] = w }
	k[v, w] = $4; u[w] = $5
}
END {
	print "kernel instructions per iteration (qemu-system-s390x, 1 CPU, icount)"
	printf "%-16s", "workload"
	for (i = 1; i <= nv; i++) printf " %15s", vs[i]
	printf " %10s\n", "user"
	for (j = 1; j <= nw; j++) {
		printf "%-16s", ws[j]
		for (i = 1; i <= nv; i++)
			printf " %15s", ((vs[i], ws[j]) in k) ? k[vs[i], ws[j]] : "-"
		printf " %10s\n", u[ws[j]]
	}
	if (!("pcpusect" in seen_v) || !("handasm" in seen_v))
		exit
	bad = ""
	for (j = 1; j <= nw; j++)
		if (k["pcpusect", ws[j]] + 0 > k["handasm", ws[j]] + 0)
			bad = bad " " ws[j]
	printf "goal: pcpusect <= handasm on every workload: %s\n",
	       bad == "" ? "met" : "NOT met on" bad
}' "$1"
