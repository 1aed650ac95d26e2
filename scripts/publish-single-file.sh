#!/usr/bin/env bash
# A self-contained single-file actas for machines without the .NET SDK (linux-x64), and its start-up time.
# Writes out/actas-linux-x64/ (the `actas` executable, with models/, Data/ and shared/ beside it: the command
# finds them next to itself) and prints the median wall time of `actas --version` and of one `actas extract`
# over 5 runs each, beside the same for the framework-dependent build (`dotnet actas.dll`).
# Usage: scripts/publish-single-file.sh [RUNTIME]   (default linux-x64)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rid="${1:-linux-x64}"
out="$repo/out/actas-$rid"
dotnet publish "$repo/pipeline/Actas.Cli" -c Release -r "$rid" --self-contained \
  -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:EnableCompressionInSingleFile=true \
  -o "$out" >/dev/null
fdd="$(mktemp -d)"
trap 'rm -rf "$fdd"' EXIT
dotnet build "$repo/pipeline/Actas.Cli" -c Release -o "$fdd" >/dev/null
acta="$repo/corpus/acta-trata-23-2018-09-11.docx"

median() { # COMMAND... : median wall seconds of 5 runs (after one warm-up run)
  "$@" >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5; do
    /usr/bin/env time -f %e "$@" 2>&1 >/dev/null | tail -n 1
  done | sort -n | sed -n 3p
}

echo "single file: $out/actas ($(du -sh "$out/actas" | cut -f1); folder $(du -sh "$out" | cut -f1))"
printf '%-40s %8s %8s\n' "" "--version" "extract"
printf '%-40s %7ss %7ss\n' "self-contained single file" "$(median "$out/actas" --version)" "$(median "$out/actas" extract "$acta")"
printf '%-40s %7ss %7ss\n' "framework-dependent (dotnet actas.dll)" "$(median dotnet "$fdd/actas.dll" --version)" "$(median dotnet "$fdd/actas.dll" extract "$acta")"
