#!/usr/bin/env bash
# The CPU cost of reading in worker processes over reading in-process (issue 11's target: at most +10 %):
#   scripts/bench/worker-cost.sh [N] [ROUNDS] [KIND]     default: 100 copies, 3 rounds, docx
# Builds actas (Release) once, makes N copies of the corpus actas of KIND once (make_copies.py), then in each
# round imports them into a fresh database twice — `--in-process`, then with workers (the default) — and takes the
# CPU time (user + sys, workers included: /usr/bin/time counts the children it waits for) and the wall time of each.
# Prints every round and the medians. On a shared machine wall time moves with the neighbours' load; CPU time much
# less, so the ratio of medians of CPU time is the number to compare. ACTAS_BIN=DIR uses a build already made there.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100}; rounds=${2:-3}; kind=${3:-docx}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bin=${ACTAS_BIN:-$work/actas}
[ -n "${ACTAS_BIN:-}" ] || dotnet build "$root/pipeline/Actas.Cli" -c Release -o "$bin" -v q -nologo >/dev/null
cd "$root"   # the classifier model is found upward from here
python3 "$root/scripts/bench/make_copies.py" "$kind" "$n" "$work/in" "$root/corpus"

run() { # MODE ROUND → "cpu wall"
  local db="$work/$1-$2.db"
  /usr/bin/time -f '%U %S %e' -o "$work/time.txt" dotnet "$bin/actas.dll" import "$work/in" --db "$db" $3 >"$work/out.txt" || true
  tail -1 "$work/out.txt" >&2
  awk '{printf "%.2f %.2f\n", $1 + $2, $3}' "$work/time.txt"
}

printf '%-6s %12s %12s %12s %12s %10s\n' round "in-proc cpu" "worker cpu" "in-proc wall" "worker wall" "cpu ratio"
for r in $(seq 1 "$rounds"); do
  read -r ic iw < <(run inproc "$r" --in-process)
  read -r wc ww < <(run worker "$r" "")
  echo "$ic $wc $iw $ww" >>"$work/rounds.txt"
  printf '%-6s %12s %12s %12s %12s %10s\n' "$r" "$ic" "$wc" "$iw" "$ww" "$(python3 -c "print(f'{$wc / $ic:.3f}')")"
done
python3 - "$work/rounds.txt" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
ic, wc, iw, ww = (statistics.median(c) for c in zip(*rows))
print(f"median  {ic:12.2f} {wc:12.2f} {iw:12.2f} {ww:12.2f} {wc / ic:10.3f}   (worker CPU {100 * (wc / ic - 1):+.1f} % over in-process)")
PY
