#!/bin/sh
# Measures "baocao compile" as a clerk runs it: wall time, CPU time and
# peak memory (RSS, from /usr/bin/time -v) of the whole command on a
# generated sample, with the workbook written and the compiled draft stored.
#
#   templates/compile/rss.sh [N] [KIND] [OPTION…]     (from the repository's root)
#
# N reports (default 1000); KIND is json (one file a report, the default),
# bundle (one bundle of N drafts) or bieu (each report with a 20 × 10 biểu);
# OPTIONs go to "baocao compile" (--no-draft: without storing the draft).
# The sample is written by TestWriteSample into a temporary folder, which
# is removed at the end. Needs GNU time (Debian: apt install time).
set -eu
n=${1:-1000}
kind=${2:-json}
shift $(($# < 2 ? $# : 2))
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
BAOCAO_SAMPLE_DIR=$dir BAOCAO_SAMPLE_N=$n BAOCAO_SAMPLE_KIND=$kind \
	go test ./templates/compile -run '^TestWriteSample$' -count=1 -timeout 60m >/dev/null
go build -o "$dir/baocao" .
mkdir -p "$dir/data/baocao"
if [ -d "$dir/outlines" ]; then
	mv "$dir/outlines" "$dir/data/baocao/outlines"
fi
XDG_DATA_HOME=$dir/data /usr/bin/time -v "$dir/baocao" --db "$dir/drafts.db" compile "$dir/bao-cao" \
	-o "$dir/tong-hop.xlsx" --expected "$dir/expected.txt" "$@" >"$dir/out.txt" 2>"$dir/time.txt" || true
grep -E '^Tổng hợp' "$dir/out.txt" || { cat "$dir/out.txt" "$dir/time.txt"; exit 1; }
awk -v n="$n" -v kind="$kind" -v opts="${*:+ $*}" '
	/Elapsed \(wall clock\)/ { wall = $NF }
	/User time/ { user = $NF }
	/System time/ { sys = $NF }
	/Maximum resident set size/ { rss = $NF }
	END { printf "compile %s %s%s: %s wall, %.2f s CPU, %d MB peak RSS\n", n, kind, opts, wall, user + sys, rss / 1024 }
' "$dir/time.txt"
