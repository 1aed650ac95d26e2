#!/usr/bin/env bash
# Builds a large synthetic database through the real schema (Actas.Storage migrations, FTS triggers included):
# 30 bodies × 400 sessions by default, about 0.5 M feedback items and 0.3 M figures. For benchmarks only.
# Usage: scripts/make-synthetic-db.sh OUT.db [BODIES] [SESSIONS_PER_BODY] [SEED]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: scripts/make-synthetic-db.sh OUT.db [BODIES] [SESSIONS_PER_BODY] [SEED]}"
shift
dotnet build "$root/scripts/SyntheticDb" -c Release -v q -nologo >/dev/null
dotnet "$root/scripts/SyntheticDb/bin/Release/net10.0/SyntheticDb.dll" "$out" "$@"
