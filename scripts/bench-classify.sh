#!/usr/bin/env bash
# Classification speed: `actas classify` over N lines (the validation texts of models/data/test.csv,
# repeated), one process; prints items/s over the whole run (process start and model load included)
# and over the lines alone (a run with 1 line is subtracted).   scripts/bench-classify.sh [N=20000] [model]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"; model="${2:-models/feedback-classifier.zip}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 - "$n" "$tmp/lines.txt" <<'PY'
import csv, sys, itertools
n, out = int(sys.argv[1]), sys.argv[2]
texts = [r["text"].replace("\n", " ") for r in csv.DictReader(open("models/data/test.csv", encoding="utf-8"))]
with open(out, "w", encoding="utf-8") as f:
    for t in itertools.islice(itertools.cycle(texts), n):
        f.write(t + "\n")
PY
head -1 "$tmp/lines.txt" > "$tmp/one.txt"
dll="${ACTAS:-}"   # ACTAS=/path/to/actas.dll: an already built CLI, no build
if [ -z "$dll" ]; then
  dotnet build pipeline/Actas.Cli -c Release -v q -nologo >/dev/null
  dll=pipeline/Actas.Cli/bin/Release/net10.0/actas.dll
fi
s=$(date +%s.%N); dotnet "$dll" classify "$tmp/one.txt" --model "$model" >/dev/null; m=$(date +%s.%N)
dotnet "$dll" classify "$tmp/lines.txt" --model "$model" >/dev/null; e=$(date +%s.%N)
awk -v n="$n" -v s="$s" -v m="$m" -v e="$e" 'BEGIN { printf "items=%d wall_seconds=%.1f items_per_s=%.0f items_per_s_excluding_startup=%.0f\n", n, e-m, n/(e-m), n/((e-m)-(m-s)) }'
