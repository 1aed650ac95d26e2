#!/usr/bin/env bash
# Rebuilds the seed acta's corpus files from the shared seed and the hand-written HTML:
#   corpus/acta-trata-23-2018-09-11.txt   copy of /work/shared/seeds/ (the text dump)
#   corpus/acta-trata-23-2018-09-11.docx  HTML → docx with LibreOffice
#   corpus/acta-trata-23-2018-09-11.pdf   made from the docx, as an archive's PDFs are
# Usage: scripts/make-seed-corpus.sh [SEED_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=${1:-/work/shared/seeds}
name=acta-trata-23-2018-09-11
mkdir -p "$root/corpus"
install -m 644 "$seeds/$name.txt" "$root/corpus/$name.txt"
"$root/scripts/render-html.sh" "$root/corpus" docx,pdf "$root/corpus/src/$name.html"
ls -l "$root/corpus/$name".*
