#!/usr/bin/env bash
# Records the per-field F1 floors of the blind batches under corpus/blind/ (corpus/blind/floors.json),
# read by CorpusScoreTests: each floor is the batch's F1 now minus a margin (default 0.03), rounded down.
# Run after a blind batch joins corpus/blind/ or after a fix that raises its score; review the diff.
# Usage: scripts/blind-floors.sh [margin]
set -euo pipefail
cd "$(dirname "$0")/.."
margin=${1:-0.03}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dotnet build pipeline/Actas.Cli -c Release -o "$tmp/bin" >/dev/null
for batch in corpus/blind/*/; do
  name=$(basename "$batch")
  "$tmp/bin/actas" eval "$batch" --out "$tmp/$name.json" >/dev/null 2>&1 || true
done
python3 - "$tmp" "$margin" <<'PY'
import json, math, os, sys
tmp, margin = sys.argv[1], float(sys.argv[2])
floors = {}
for f in sorted(os.listdir(tmp)):
    if f.endswith('.json'):
        report = json.load(open(os.path.join(tmp, f)))
        floors[f[:-5]] = {k: max(0.0, math.floor((v['f1'] - margin) * 100) / 100) for k, v in report['overall']['fields'].items()}
json.dump(floors, open('corpus/blind/floors.json', 'w'), indent=2, sort_keys=True)
print(json.dumps(floors, indent=2, sort_keys=True))
PY
