#!/usr/bin/env bash
# Import throughput at scale (not part of the test run):
#   scripts/bench.sh [N...]        default: 100 1000
# For each N and each kind (.docx, .pdf): makes N copies of the corpus actas, each its own session
# (scripts/bench/make_copies.py; `sessions` should equal `docs`), imports them into a fresh
# database with a Release build of
# `actas import` (classifier on, default --jobs), and prints documents/s, pages/s and peak memory
# (max RSS from /usr/bin/time -v). On the same files it times `pdftotext -layout` (PDFs) and
# `pandoc -t plain` (.docx), one process per file as a batch would run them, and prints our time
# over theirs. Targets: PDF ≤ 1.0× pdftotext; .docx ≥ 200 actas/s; peak RSS at 1,000 ≤ 1.2× at 100.
# IMPORT_ARGS adds flags to the import, e.g. IMPORT_ARGS=--in-process to time reading without worker processes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build "$root/pipeline/Actas.Cli" -c Release -o "$work/actas" -v q -nologo >/dev/null
cd "$root"   # the classifier model is found upward from here

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
per() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }

printf '%-5s %6s %8s %9s %8s %9s %10s %9s %14s %s\n' kind docs sessions seconds docs/s pages/s "peak MB" "them s" "ours/them" "outcome"
for n in "${sizes[@]}"; do
  for kind in docx pdf; do
    dir="$work/$kind-$n"; db="$work/$kind-$n.db"
    python3 "$root/scripts/bench/make_copies.py" "$kind" "$n" "$dir" "$root/corpus"
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/time.txt" dotnet "$work/actas/actas.dll" import "$dir" --db "$db" ${IMPORT_ARGS:-} >"$work/import.txt" || true
    end=$(date +%s.%N)
    ours=$(seconds "$start" "$end")
    rss=$(awk -F: '/Maximum resident set size/ {print int($2 / 1024)}' "$work/time.txt")
    pages=$(sqlite3 "$db" "SELECT coalesce(sum(pages), 0) FROM documents")
    sessions=$(sqlite3 "$db" "SELECT COUNT(*) FROM sessions")
    outcome=$(tail -1 "$work/import.txt")
    start=$(date +%s.%N)
    if [ "$kind" = pdf ]; then
      for f in "$dir"/*.pdf; do pdftotext -layout "$f" - >/dev/null; done
    else
      for f in "$dir"/*.docx; do pandoc -t plain "$f" -o /dev/null; done
    fi
    end=$(date +%s.%N)
    them=$(seconds "$start" "$end")
    pps=$([ "$pages" -gt 0 ] && per "$pages" "$ours" || echo "-")
    printf '%-5s %6d %8d %9s %8s %9s %10s %9s %14s %s\n' "$kind" "$n" "$sessions" "$ours" "$(per "$n" "$ours")" "$pps" "$rss" "$them" "$(ratio "$ours" "$them")" "$outcome"
  done
done
echo "them = pdftotext -layout for pdf, pandoc -t plain for docx; ours includes process start, migration and classifier load"
