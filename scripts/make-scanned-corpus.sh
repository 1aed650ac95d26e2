#!/usr/bin/env bash
# Scanned renderings of corpus actas, for `actas eval` (format pdf-scan) and the OCR bench:
#   scripts/make-scanned-corpus.sh OUT [DPI] [clean|damaged] [N]
# Takes the first N (default 16) corpus PDFs in name order, spread over the four Espacios, prints
# each page to a grey image at DPI (default 300) with pdftoppm and, for "damaged", spoils it with
# ImageMagick the way a office scanner does: skew within ±3°, noise, a rubber stamp over text,
# JPEG artefacts (quality 35), and the second page turned 90°. img2pdf puts the pages back into
# an image-only PDF OUT/<stem>.pdf; the gold is the original's (copied as OUT/<stem>.gold.json).
# Also writes OUT/mixed/<stem>.pdf: the text pages of one acta with its last page scanned.
# Randomness is seeded by the stem, so a rerun gives the same files. Needs poppler-utils,
# imagemagick and img2pdf (scripts/install-deps.sh). Nothing here is committed: OUT is a cache.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make-scanned-corpus.sh OUT [DPI] [clean|damaged] [N]}
dpi=${2:-300}
damage=${3:-clean}
count=${4:-16}
mkdir -p "$out/mixed"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# Round-robin over the Espacios so every layout is present.
mapfile -t pdfs < <(for d in trata salud jovenes indigenas; do ls "$root/corpus/$d"/*.pdf; done |
  awk -F/ '{n[$(NF-1)]++; print n[$(NF-1)] "\t" $0}' | sort -n -s -k1,1 | cut -f2 | head -n "$count")

spoil() { # page.pgm index stem → page.jpg (or .png when clean)
  local page=$1 index=$2 stem=$3
  if [ "$damage" != damaged ]; then
    convert "$page" "${page%.pgm}.png"; return
  fi
  RANDOM=$(( $(cksum <<<"$stem-$index" | cut -d' ' -f1) % 32768 ))
  local angle; angle=$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", (r % 601 - 300) / 100 }')
  local sx=$(( 200 + RANDOM % 800 )) sy=$(( 300 + RANDOM % 1200 ))
  local scale; scale=$(awk -v d="$dpi" 'BEGIN { printf "%.3f", d / 300 }')
  local turn=""
  [ "$index" -eq 2 ] && turn="-rotate 90"
  # Stamp: a blue-grey ring with a word, drawn half-transparent over the text.
  convert "$page" -colorspace sRGB \
    \( -size "$(awk -v s="$scale" 'BEGIN { printf "%dx%d", 420*s, 420*s }')" xc:none \
       -stroke 'rgba(40,60,150,0.55)' -strokewidth "$(awk -v s="$scale" 'BEGIN { printf "%d", 10*s }')" -fill none \
       -draw "circle $(awk -v s="$scale" 'BEGIN { printf "%d,%d %d,%d", 210*s, 210*s, 210*s, 25*s }')" \
       -fill 'rgba(40,60,150,0.55)' -stroke none -pointsize "$(awk -v s="$scale" 'BEGIN { printf "%d", 48*s }')" \
       -gravity center -annotate 0 'RECIBIDO' \) \
    -gravity northwest -geometry "+$(awk -v s="$scale" -v x=$sx 'BEGIN { printf "%d", x*s }')+$(awk -v s="$scale" -v y=$sy 'BEGIN { printf "%d", y*s }')" -composite \
    -background white -rotate "$angle" \
    -seed "$RANDOM" -attenuate 0.25 +noise Gaussian -colorspace Gray $turn \
    -quality 35 "${page%.pgm}.jpg"
}

for pdf in "${pdfs[@]}"; do
  stem=$(basename "$pdf" .pdf)
  rm -f "$work"/*
  pdftoppm -r "$dpi" -gray "$pdf" "$work/p"
  i=0
  for page in "$work"/p-*.pgm; do
    i=$((i + 1))
    spoil "$page" "$i" "$stem"
  done
  img2pdf --imgsize "${dpi}dpi" -o "$out/$stem.pdf" $(ls "$work"/p-*.jpg "$work"/p-*.png 2>/dev/null | sort -V)
  cp "${pdf%.pdf}.gold.json" "$out/$stem.gold.json"
done

# Mixed: text pages + the last page scanned (a signed attendance sheet appended as an image).
first=${pdfs[0]}; stem=$(basename "$first" .pdf)
pages=$(pdfinfo "$first" | awk '/^Pages:/ {print $2}')
rm -f "$work"/*
pdfseparate -l $((pages - 1)) "$first" "$work/text-%d.pdf"
pdftoppm -r "$dpi" -gray -f "$pages" -l "$pages" "$first" "$work/last"
convert "$work"/last-*.pgm "$work/last.png"
img2pdf --imgsize "${dpi}dpi" -o "$work/scan.pdf" "$work/last.png"
pdfunite $(ls "$work"/text-*.pdf | sort -V) "$work/scan.pdf" "$out/mixed/$stem.pdf"
cp "${first%.pdf}.gold.json" "$out/mixed/$stem.gold.json"
echo "$(ls "$out"/*.pdf | wc -l) scanned actas ($dpi dpi, $damage) and 1 mixed in $out"
