#!/bin/sh
# Measures "baocao compile" as a clerk runs it: wall time, CPU time and
# peak memory (RSS, from /usr/bin/time -v) of the whole command on a
# generated sample, with the workbook written and the compiled draft stored,
# and the machine's load average when it ran (the wall time depends on it;
# the CPU time much less).
#
#   templates/compile/rss.sh [N] [KIND] [OPTION…]     (from the repository's root)
#   templates/compile/rss.sh all [OPTION…]
#
# N reports (default 1000); KIND is json (one file a report, the default),
# bundle (one bundle of N drafts) or bieu (each report with a 20 × 10 biểu);
# OPTIONs go to "baocao compile" (--no-draft: without storing the draft).
# "all" measures the figures of the note: 1,000 and 10,000 report files and
# a bundle of 50,000 drafts. Each sample is written by TestWriteSample into
# a temporary folder, which is removed at the end. Needs GNU time (Debian:
# apt install time).
set -eu
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
go build -o "$root/baocao" .

# measure N KIND OPTION…: one sample, one run.
measure() {
	n=$1
	kind=$2
	shift 2
	dir=$root/$n-$kind
	mkdir -p "$dir/data/baocao"
	BAOCAO_SAMPLE_DIR=$dir BAOCAO_SAMPLE_N=$n BAOCAO_SAMPLE_KIND=$kind \
		go test ./templates/compile -run '^TestWriteSample$' -count=1 -timeout 60m >/dev/null
	if [ -d "$dir/outlines" ]; then
		mv "$dir/outlines" "$dir/data/baocao/outlines"
	fi
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	XDG_DATA_HOME=$dir/data /usr/bin/time -v "$root/baocao" --db "$dir/drafts.db" compile "$dir/bao-cao" \
		-o "$dir/tong-hop.xlsx" --expected "$dir/expected.txt" "$@" >"$dir/out.txt" 2>"$dir/time.txt" || true
	grep -E "^Tổng hợp $n đơn vị" "$dir/out.txt" || { cat "$dir/out.txt" "$dir/time.txt"; exit 1; }
	awk -v n="$n" -v kind="$kind" -v opts="${*:+ $*}" -v load="$load" '
		/Elapsed \(wall clock\)/ { wall = $NF }
		/User time/ { user = $NF }
		/System time/ { sys = $NF }
		/Maximum resident set size/ { rss = $NF }
		END { printf "compile %s %s%s: %s wall, %.2f s CPU, %d MB peak RSS (load average %s)\n", n, kind, opts, wall, user + sys, rss / 1024, load }
	' "$dir/time.txt"
	rm -rf "$dir"
}

if [ "${1:-}" = all ]; then
	shift
	measure 1000 json "$@"
	measure 10000 json "$@"
	measure 50000 bundle "$@"
	exit
fi
n=${1:-1000}
kind=${2:-json}
shift $(($# < 2 ? $# : 2))
measure "$n" "$kind" "$@"
