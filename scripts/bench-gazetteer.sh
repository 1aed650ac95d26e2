#!/usr/bin/env bash
# Institution lookup cost: building the gazetteer, the first lookup of a written form (all
# matchers, no cache) and a repeated one (cached), on the corpus gold's written forms plus
# sub-unit and misspelt variants of each. Not part of the test run.
# Usage: scripts/bench-gazetteer.sh [CORPUS_DIR]   (BENCH_LIST=1: also print every form → key, to review)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$root/scripts/BenchGazetteer" -c Release -v q -nologo >/dev/null
dotnet "$root/scripts/BenchGazetteer/bin/Release/net10.0/BenchGazetteer.dll" "${1:-$root/corpus}"
