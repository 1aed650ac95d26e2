#!/usr/bin/env bash
# OCR speed beside Tesseract alone (not part of the test run):
#   scripts/bench-ocr.sh [DIR] [JOBS]
# DIR holds scanned actas (default: 16 made by scripts/make-scanned-corpus.sh at 300 dpi into a temp
# folder); JOBS is the parallelism of both sides (default: the number of processors).
# Ours: a Release `actas import DIR --jobs JOBS --no-classify` into a fresh database — pdftoppm at
# 300 dpi, Tesseract TSV, rules, lines, tables, extraction and storage, for every page.
# Theirs: `tesseract PAGE stdout -l spa --psm 4 tsv` on the same pages pre-rendered at 300 dpi (the
# rendering not counted), JOBS at a time, one thread each (OMP_THREAD_LIMIT=1, as ours runs it).
# Prints pages, seconds and pages/s of each and ours/theirs, and the same ratio in CPU seconds (what a
# machine shared with other work can still compare), each the best of ROUNDS alternating rounds (default 2).
# Target: ours ≤ 1.2× theirs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${2:-$(nproc)}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ -n "${1:-}" ]; then
  dir=$1
else
  dir="$work/scans"
  "$root/scripts/make-scanned-corpus.sh" "$dir" 300 clean 16 >/dev/null
fi
dotnet build "$root/pipeline/Actas.Cli" -c Release -o "$work/actas" -v q -nologo >/dev/null
cd "$root"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
per() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

mkdir -p "$work/pages"
for pdf in "$dir"/*.pdf; do
  pdftoppm -r 300 -gray "$pdf" "$work/pages/$(basename "$pdf" .pdf)"
done
pages=$(ls "$work/pages" | wc -l)

# The machine may be shared: each side runs ROUNDS times (default 2), alternating, and its best round counts.
rounds=${ROUNDS:-2}
best() { sort -g | head -1; }
for round in $(seq "$rounds"); do
  start=$(date +%s.%N)
  ls "$work/pages"/*.pgm | /usr/bin/time -f "%U %S" -o "$work/cpu-theirs" env OMP_THREAD_LIMIT=1 xargs -P "$jobs" -I{} tesseract {} stdout -l spa --dpi 300 --psm 4 tsv >/dev/null 2>&1
  end=$(date +%s.%N)
  seconds "$start" "$end" >>"$work/wall-theirs"
  awk '{ printf "%.2f\n", $1 + $2 }' "$work/cpu-theirs" >>"$work/cpus-theirs"

  rm -f "$work/bench.db"
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu-ours" dotnet "$work/actas/actas.dll" import "$dir"/*.pdf --db "$work/bench.db" --jobs "$jobs" --no-classify >"$work/import.txt" || true
  end=$(date +%s.%N)
  seconds "$start" "$end" >>"$work/wall-ours"
  awk '{ printf "%.2f\n", $1 + $2 }' "$work/cpu-ours" >>"$work/cpus-ours"
done
theirs=$(best <"$work/wall-theirs")
ours=$(best <"$work/wall-ours")

printf '%-10s %6s %9s %8s\n' side pages seconds pages/s
printf '%-10s %6s %9s %8s\n' tesseract "$pages" "$theirs" "$(per "$pages" "$theirs")"
printf '%-10s %6s %9s %8s\n' actas "$pages" "$ours" "$(per "$pages" "$ours")"
echo "ours/theirs: $(ratio "$ours" "$theirs") (jobs $jobs, best of $rounds rounds; $(tail -1 "$work/import.txt"))"
# CPU seconds (user + system, child processes included) hold up on a shared machine where wall time does not.
echo "cpu seconds: tesseract $(best <"$work/cpus-theirs") ($(paste -sd' ' "$work/cpus-theirs")), actas $(best <"$work/cpus-ours") ($(paste -sd' ' "$work/cpus-ours")); ours/theirs $(ratio "$(best <"$work/cpus-ours")" "$(best <"$work/cpus-theirs")")"
