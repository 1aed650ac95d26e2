#!/usr/bin/env bash
# Renders hand-written or generated HTML actas into Word and its derivatives with LibreOffice:
#   scripts/render-html.sh OUTDIR FORMATS FILE.html...
# FORMATS is a comma list of docx,pdf,doc,odt,rtf. HTML → docx first (StarWriter's HTML
# filter keeps colspan/rowspan, headings, lists and page breaks), then every other format
# is made FROM THE DOCX, as an archive's PDFs were made from its Word files.
# One soffice call per format: each launch costs ~4 s (stack-notes).
set -euo pipefail
out=$1; formats=$2; shift 2
[ $# -gt 0 ] || { echo "usage: $0 OUTDIR docx,pdf,doc,odt FILE.html..." >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice not found: sudo apt-get install libreoffice-writer-nogui" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"
soffice --headless "$profile" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$@" >/dev/null 2>&1
docs=("$work"/docx/*.docx)
IFS=',' read -ra want <<<"$formats"
for f in "${want[@]}"; do
  case $f in
    docx) cp "${docs[@]}" "$out/" ;;
    pdf) soffice --headless "$profile" --convert-to pdf --outdir "$out" "${docs[@]}" >/dev/null 2>&1 ;;
    doc) soffice --headless "$profile" --convert-to 'doc:MS Word 97' --outdir "$out" "${docs[@]}" >/dev/null 2>&1 ;;
    odt) soffice --headless "$profile" --convert-to odt --outdir "$out" "${docs[@]}" >/dev/null 2>&1 ;;
    rtf) soffice --headless "$profile" --convert-to rtf --outdir "$out" "${docs[@]}" >/dev/null 2>&1 ;;
    *) echo "unknown format $f" >&2; exit 2 ;;
  esac
done
