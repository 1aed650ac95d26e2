#!/usr/bin/env bash
# Scores a model on a blind set WITHOUT showing its texts: converts the writer file
# (id,espacio,writer,text,label) to id,text,label,source in a temp file, runs `actas score`,
# which prints only accuracy, macro-F1, per-label F1 and the confusion matrix.
#   scripts/score-blind.sh BLIND.csv [model.zip] [metrics.json]
# ACTAS=/path/to/actas.dll uses an already built CLI (e.g. a Release build in your own folder) instead of building.
# Labels: adjudicated ones from /work/sentences/adjudicated/*.csv (or $ADJUDICATED) override the writer's.
set -euo pipefail
cd "$(dirname "$0")/.."
blind="$1"; model="${2:-models/feedback-classifier.zip}"; json="${3:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 - "$blind" "$tmp/blind.csv" ${ADJUDICATED:-/work/sentences/adjudicated/*.csv} <<'PY'
import csv, sys, glob, os
src, dst, *labels = sys.argv[1:]
adj = {}
for p in labels:
    if os.path.exists(p):
        with open(p, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                adj[r["id"]] = r["label"].strip()
with open(src, encoding="utf-8-sig", newline="") as f, open(dst, "w", encoding="utf-8", newline="") as g:
    w = csv.writer(g, lineterminator="\n"); w.writerow(["id", "text", "label", "source"])
    for r in csv.DictReader(f):
        w.writerow([r["id"], r["text"].strip(), adj.get(r["id"], r["label"].strip()), "blind"])
PY
actas="${ACTAS:-}"
if [ -z "$actas" ]; then
  dotnet build pipeline/Actas.Cli -c Release -v q -nologo >/dev/null
  actas=pipeline/Actas.Cli/bin/Release/net10.0/actas.dll
fi
dotnet "$actas" score "$tmp/blind.csv" --model "$model" ${json:+--json "$json"}
