#!/usr/bin/env bash
# Times training of the shipped model's trainer and features (default: those in models/metrics.json)
# on models/data, into a temporary folder, and prints the seconds.
#   scripts/bench-train.sh [trainer]      trainer: sdca | lbfgs | lightgbm | ova | auto
# The build is done first and not timed. Prints the wall-clock seconds of `actas train`
# (process start, data load, featurize + fit, evaluation, save) and, from its metrics.json,
# the fit-only seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

trainer="${1:-$(sed -n 's/^  "trainer": "\([a-z]*\)".*/\1/p' models/metrics.json)}"
trainer="${trainer:-lbfgs}"
features="$(sed -n 's/^  "features": "\([a-z]*\)".*/\1/p' models/metrics.json)"
features="${features:-grams}"   # metrics.json written before features were recorded: grams
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dll="${ACTAS:-}"   # ACTAS=/path/to/actas.dll: an already built CLI, no build
if [ -z "$dll" ]; then
  dotnet build pipeline/Actas.Cli -c Release -v q -nologo >/dev/null
  dll=pipeline/Actas.Cli/bin/Release/net10.0/actas.dll
fi
start=$(date +%s.%N)
dotnet "$dll" train --trainer "$trainer" --features "$features" --data models/data --out "$out" >/dev/null
end=$(date +%s.%N)

fit=$(sed -n 's/^  "trainingSeconds": \([0-9.]*\).*/\1/p' "$out/metrics.json")
total=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
echo "trainer=$trainer features=$features wall_seconds=$total fit_seconds=$fit"
echo "$total"
