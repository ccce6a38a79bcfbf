#!/bin/sh
# Prints the lines of kernel/insns-count.sh as a table: kernel
# instructions per iteration, one column per variant, in the order the
# variants were counted, and the goal for pcpusect against
# handasm next to the figures.  A variant counted in several boots shows
# the median, and a second table the spread (max - min) over the boots,
# which insns-count.sh keeps at or near 0.
# Usage: kernel/insns-report.sh COUNTS-FILE...
set -e
[ $# -gt 0 ] && [ -r "$1" ] || { echo "usage: $0 COUNTS-FILE..." >&2; exit 2; }
awk '
$1 == "insns:" {
	v = $2; w = $3; sub("kernel=", "", $4); sub("user=", "", $5)
	if (!(v in seen_v)) { seen_v[v] = 1; vs[++nv] = v }
	if (!(w in seen_w)) { seen_w[w] = 1; ws[++nw] = w }
	n = ++cnt[v, w]
	val[v, w, n] = $4 + 0; u[w] = $5
	if (n == 1 || $4 + 0 < lo[v, w]) lo[v, w] = $4 + 0
	if (n == 1 || $4 + 0 > hi[v, w]) hi[v, w] = $4 + 0
	if (n > boots) boots = n
}
function median(v, w,   n, i, j, a, t) {
	n = cnt[v, w]
	for (i = 1; i <= n; i++) a[i] = val[v, w, i]
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function table(title, spread,   i, j) {
	print title
	printf "%-16s", "workload"
	for (i = 1; i <= nv; i++) printf " %15s", vs[i]
	if (!spread) printf " %10s", "user"
	printf "\n"
	for (j = 1; j <= nw; j++) {
		printf "%-16s", ws[j]
		for (i = 1; i <= nv; i++)
			if (!((vs[i], ws[j]) in cnt))
				printf " %15s", "-"
			else if (spread)
				printf " %15.1f", hi[vs[i], ws[j]] - lo[vs[i], ws[j]]
			else
				printf " %15.1f", median(vs[i], ws[j])
		if (!spread) printf " %10s", u[ws[j]]
		printf "\n"
	}
}
END {
	table("kernel instructions per iteration (qemu-system-s390x, 1 CPU, icount)" \
	      (boots > 1 ? ", median of up to " boots " boots" : ""), 0)
	if (boots > 1)
		table("spread: max - min over the boots", 1)
	if (!("pcpusect" in seen_v) || !("handasm" in seen_v))
		exit
	bad = ""; near = ""
	for (j = 1; j <= nw; j++) {
		if (median("pcpusect", ws[j]) <= median("handasm", ws[j]))
			continue
		if (lo["pcpusect", ws[j]] <= hi["handasm", ws[j]])
			near = near " " ws[j]
		else
			bad = bad " " ws[j]
	}
	if (bad == "" && near == "")
		verdict = "met"
	else if (bad == "")
		verdict = "met but for" near " (above in the median, within the spread of the boots)"
	else
		verdict = "NOT met on" bad (near == "" ? "" : "; within the spread on" near)
	printf "goal: pcpusect <= handasm on every workload: %s\n", verdict
}' "$@"
