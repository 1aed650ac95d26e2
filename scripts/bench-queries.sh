#!/usr/bin/env bash
# Runs every `actas query` 7× against a database (see make-synthetic-db.sh) and prints the median ms per query.
# Opening the database applies any pending migration (new indexes) first. Not part of the test run.
# Usage: scripts/bench-queries.sh DB [--runs 7] [--strategy 100] [--plan]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
db="${1:?usage: scripts/bench-queries.sh DB [--runs 7] [--strategy 100] [--plan]}"
shift
dotnet build "$root/scripts/BenchQueries" -c Release -v q -nologo >/dev/null
dotnet "$root/scripts/BenchQueries/bin/Release/net10.0/BenchQueries.dll" "$db" "$@"
