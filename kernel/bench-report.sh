#!/bin/sh
# The kernel benchmark's table, from the variants kernel/bench.sh built in
# DIR (any of guards, handasm, pcpusect, pcpusect-table, noguards that
# have a vmlinux):
# text bytes, preempt_schedule_notrace() call sites, guarded sections and
# the share of the guards -> noguards saving each variant achieves; then
# bytes per this_cpu site in the functions of kernel/bench-functions.txt
# (functions every variant has: inlining shifts cannot hide the per-site
# cost there) and the functions that differ most between variants.
# Usage: kernel/bench-report.sh DIR
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: $0 DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
tool=$(dirname "$here")/tools/pcpusect-table
# Without a top-level build, the same tool as a plugin kernel builds it.
for v in pcpusect pcpusect-table; do
	[ -x "$tool" ] || tool=$dir/$v/scripts/pcpusect-table/pcpusect-table
done

variants=
for v in guards handasm pcpusect pcpusect-table noguards; do
	[ -f "$dir/$v/vmlinux" ] && variants="$variants $v"
done
for need in guards noguards; do
	case " $variants " in
	*" $need "*) ;;
	*) echo "$0: $dir/$need/vmlinux missing" >&2; exit 1 ;;
	esac
done

case "$variants" in
*pcpusect*) [ -x "$tool" ] ||
	{ echo "$0: no pcpusect-table tool: run make first" >&2; exit 1; } ;;
esac

# Bytes per function name (static functions of the same name added up);
# the .text section itself is padded to a page.
for v in $variants; do
	s390x-linux-gnu-nm -S --size-sort --radix=d "$dir/$v/vmlinux" |
		awk 'tolower($3) == "t" { n[$4] += $2 }
		     END { for (f in n) print f, n[f] }' | sort > "$dir/sizes.$v"
done
text() { awk '{ n += $2 } END { print n }' "$dir/sizes.$1"; }
# Branches to preempt_schedule_notrace: brasl calls and jg tail calls.
calls() {
	s390x-linux-gnu-objdump -d --no-show-raw-insn "$dir/$1/vmlinux" |
		grep -c '<preempt_schedule_notrace>$' || true
}
# Table entries; handasm has no table: its sections are its mviy pairs.
sections() {
	case $1 in
	pcpusect*) "$tool" "$dir/$1/vmlinux" | sed -n '1s/.*: \([0-9]*\) entries.*/\1/p' ;;
	handasm) s390x-linux-gnu-objdump -d --no-show-raw-insn "$dir/$1/vmlinux" |
		awk '$2 == "mviy" && $3 ~ /^960,([1-9]|1[0-5])$/ { n++ }
		     END { print n + 0 }' ;;
	*) echo - ;;
	esac
}

# The runtime (arch/s390/kernel/pcpusect: table checks, sort, search,
# hooks) is a fixed cost, the same for ten sections or ten thousand.
runtime() {
	set -- "$dir/$1"/arch/s390/kernel/pcpusect/*.o
	if [ -e "$1" ]; then
		s390x-linux-gnu-nm -S --radix=d "$@" |
			awk 'NF == 4 && tolower($3) == "t" { n += $2 }
			     END { print n + 0 }'
	else
		echo 0
	fi
}

tg=$(text guards) tn=$(text noguards)
cn=$(calls noguards)
printf '%-15s %12s %10s %12s %10s %9s %8s %9s\n' variant "text bytes" \
	"vs guards" "preempt_sch" "sections" "of limit" runtime "w/o rt"
for v in $variants; do
	t=$(text "$v") c=$(calls "$v") r=$(runtime "$v")
	echo "$t" > "$dir/text.$v"
	echo "$c" > "$dir/calls.$v"
	echo "$r" > "$dir/runtime.$v"
	printf '%-15s %12d %+10d %12d %10s %8d%% %8d %8d%%\n' "$v" "$t" \
		$((t - tg)) "$c" "$(sections "$v")" \
		$(( (tg - t) * 100 / (tg - tn) )) "$r" \
		$(( (tg - t + r) * 100 / (tg - tn) ))
done
echo "(preempt_sch: preempt_schedule_notrace call sites; of limit: share of"
echo " the guards -> noguards text saving; noguards is the PREEMPT_NONE code,"
echo " unsafe, the limit; runtime: text of arch/s390/kernel/pcpusect, a fixed"
echo " cost; w/o rt: share of the saving with the runtime left out; handasm"
echo " has the same runtime, built to decode the ag instead of a table)"
# Fused sections: each saves the mviy pair and the ag of every access
# after its first (18 bytes in marker mode, 6 table-only).
for v in $variants; do
	case $v in pcpusect*) ;; *) continue ;; esac
	"$tool" --stats "$dir/$v/vmlinux" |
		sed -n 's/^  fused: \([0-9]*\) sections holding \([0-9]*\) accesses$/\1 \2/p' |
		while read -r fs fa; do
			per=18
			[ "$v" = pcpusect-table ] && per=6
			echo "$v: $fs fused sections hold $fa operations; $((fa - fs)) sections fewer, $(( (fa - fs) * per )) bytes of mviy and ag not emitted (computed, $per per operation folded in)"
		done
done
echo
echo "goals, measured:"
for v in $variants; do
	case $v in pcpusect*) ;; *) continue ;; esac
	c=$(cat "$dir/calls.$v") t=$(cat "$dir/text.$v")
	if [ "$c" = "$cn" ]; then
		echo "  $v: $c preempt_schedule_notrace sites = noguards: no this_cpu operation pays a preempt count"
	else
		echo "  $v: $c preempt_schedule_notrace sites, noguards $cn: $((c - cn)) more"
	fi
	if [ -f "$dir/text.handasm" ]; then
		h=$(cat "$dir/text.handasm") r=$(cat "$dir/runtime.$v")
		echo "  $v text <= handasm text: $t vs $h, $((t - h)) bytes: $([ "$t" -le "$h" ] && echo met || echo NOT met)"
		echo "  $v text without its runtime <= handasm text: $((t - r)) vs $h, $((t - r - h)) bytes: $([ $((t - r)) -le "$h" ] && echo met || echo NOT met)"
	fi
done
if [ -f "$dir/text.pcpusect-table" ]; then
	t=$(cat "$dir/text.pcpusect-table") r=$(cat "$dir/runtime.pcpusect-table")
	for what in "" "without its runtime"; do
		pct=$(( (tg - t) * 1000 / (tg - tn) ))
		sign=
		[ "$pct" -ge 0 ] || { sign=-; pct=$((-pct)); }
		echo "  pcpusect-table${what:+ $what} >= 95% of the guards -> noguards saving: $sign$((pct / 10)).$((pct % 10))%: $([ "$sign" != - ] && [ "$pct" -ge 950 ] && echo met || echo NOT met)"
		t=$((t - r))
	done
fi
echo "published for the hand-written series (later kernel): about -106 KB text, 7089 -> 1577 call sites"

# Per site: (bytes - noguards bytes) / this_cpu sites, the sites counted
# in pcpusect's table for that function.
if [ -f "$dir/pcpusect/vmlinux" ]; then
	"$tool" "$dir/pcpusect/vmlinux" |
		awk 'NR > 2 { sub(/\+.*/, "", $2); n[$2]++ }
		     END { for (f in n) print f, n[f] }' | sort > "$dir/sites.pcpusect"
	echo
	echo "bytes per this_cpu site over noguards, functions of bench-functions.txt:"
	printf '  %-32s %5s' function sites
	for v in $variants; do printf ' %14s' "$v"; done
	echo
	grep -v '^#' "$here/bench-functions.txt" | while read -r f; do
		s=$(awk -v f="$f" '$1 == f { print $2 }' "$dir/sites.pcpusect")
		n=$(awk -v f="$f" '$1 == f { print $2 }' "$dir/sizes.noguards")
		[ -n "$s" ] && [ -n "$n" ] || { echo "  $f: not in pcpusect or noguards"; continue; }
		printf '  %-32s %5d' "$f" "$s"
		for v in $variants; do
			b=$(awk -v f="$f" '$1 == f { print $2 }' "$dir/sizes.$v")
			if [ -n "$b" ]; then
				awk -v b="$b" -v n="$n" -v s="$s" \
					'BEGIN { printf " %+14.1f", (b - n) / s }'
			else
				printf ' %14s' -
			fi
		done
		echo
	done
	echo "  goal: pcpusect at most +12 (the two mviy) over noguards, pcpusect-table 0"
fi

# The functions that differ most between pcpusect and each other variant.
for v in $variants; do
	[ "$v" != pcpusect ] && [ -f "$dir/sizes.pcpusect" ] || continue
	echo
	echo "ten functions that differ most, pcpusect vs $v (bytes):"
	join -a1 -a2 -e 0 -o 0,1.2,2.2 "$dir/sizes.$v" "$dir/sizes.pcpusect" |
		awk '{ d = $3 - $2; a = d < 0 ? -d : d; print a, $1, $2, $3, d }' |
		sort -rn | head -10 |
		awk -v v="$v" '{ printf "  %-40s %s %8d pcpusect %8d %+8d\n",
			$2, v, $3, $4, $5 }'
done
