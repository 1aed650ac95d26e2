#!/usr/bin/env bash
# A self-contained single-file actas for machines without the .NET SDK (linux-x64), and its start-up time.
# Writes out/actas-linux-x64/ (the `actas` executable, with models/, Data/ and shared/ beside it: the command
# finds them next to itself) and prints the median wall time and CPU time (user + system; the figure to trust on a
# shared machine) of `actas --version` and of one `actas extract` over 5 runs each, beside the same for the
# framework-dependent build (`dotnet actas.dll`).
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

median() { # COMMAND... : "wall/cpu" median seconds of 5 runs (after one warm-up run)
  "$@" >/dev/null 2>&1 || true
  local runs
  runs="$(for _ in 1 2 3 4 5; do /usr/bin/time -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -n 1; done)"
  echo "$(awk '{print $1}' <<<"$runs" | sort -n | sed -n 3p)/$(awk '{printf "%.2f\n", $2 + $3}' <<<"$runs" | sort -n | sed -n 3p)"
}

echo "single file: $out/actas ($(du -sh "$out/actas" | cut -f1); folder $(du -sh "$out" | cut -f1))"
echo "median of 5 runs, seconds wall/cpu (load average: $(cut -d' ' -f1 /proc/loadavg))"
printf '%-40s %12s %12s\n' "" "--version" "extract"
printf '%-40s %12s %12s\n' "self-contained single file" "$(median "$out/actas" --version)" "$(median "$out/actas" extract "$acta")"
printf '%-40s %12s %12s\n' "framework-dependent (dotnet actas.dll)" "$(median dotnet "$fdd/actas.dll" --version)" "$(median dotnet "$fdd/actas.dll" extract "$acta")"
