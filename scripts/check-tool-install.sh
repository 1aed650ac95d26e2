#!/usr/bin/env bash
# Installs the actas tool from a freshly packed .nupkg into a temporary tool path and uses it from a folder outside
# the repository, as a new user would: --version, extract of a corpus file, import + query unreported, with every
# feedback item labelled by the shipped model. Prints "tool install: ok" or the step that failed; exit 0/1.
# Usage: scripts/check-tool-install.sh [--no-pack]   (--no-pack: use the .nupkg already in artifacts/nupkg)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "tool install: FAILED: $*"; exit 1; }

version_args=()
if [ "${1:-}" != "--no-pack" ]; then
  # A version of its own, so NuGet's package cache cannot hand back an older build of the same version.
  suffix="check.$(date +%s)"
  dotnet pack "$repo/pipeline/Actas.Cli" -c Release -o "$work/nupkg" -p:VersionSuffix="$suffix" >"$work/pack.log" 2>&1 \
    || { tail -20 "$work/pack.log"; fail "dotnet pack"; }
  source_dir="$work/nupkg"
  version_args=(--version "$(ls "$work/nupkg" | sed -n 's/^actas\.\(.*\)\.nupkg$/\1/p')")
else
  source_dir="$repo/artifacts/nupkg"
fi

dotnet tool install actas --tool-path "$work/tools" --add-source "$source_dir" "${version_args[@]}" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "dotnet tool install"; }
actas="$work/tools/actas"
mkdir -p "$work/elsewhere" && cd "$work/elsewhere"

version="$("$actas" --version)" || fail "actas --version"
echo "actas --version: $version"
"$actas" extract "$repo/corpus/acta-trata-23-2018-09-11.docx" >"$work/acta.json" || fail "actas extract"
grep -q '"label": "solicita_datos"' "$work/acta.json" || fail "extract from outside the repository left feedback unlabelled"
"$actas" import "$repo/corpus/acta-trata-23-2018-09-11.docx" "$repo/corpus/acta-trata-23-2018-09-11.pdf" --db actas.db >"$work/import.log" 2>&1 \
  || { cat "$work/import.log"; fail "actas import"; }
rows="$("$actas" query unreported --db actas.db | tail -n +2 | wc -l)"
[ "$rows" -gt 0 ] || fail "query unreported printed no rows"
unlabelled="$("$actas" labels relabel --db actas.db)"
case "$unlabelled" in *"(0 had no label"*) ;; *) fail "import left feedback unlabelled: $unlabelled" ;; esac
"$actas" schema | grep -q '"\$schema"' || fail "actas schema"
echo "tool install: ok ($rows unreported goals; every feedback item labelled)"
