#!/usr/bin/env bash
# Installs the Debian packages Actas uses at run and test time, when missing:
# LibreOffice (legacy .doc/.odt/.rtf), poppler-utils and pandoc (benchmark baselines),
# Chromium (report test), libgomp1 (LightGBM), Tesseract with Spanish, ImageMagick and img2pdf (OCR of
# scanned actas and images; the scanned-corpus script and its tests), Ghostscript (outlined-text test). Idempotent; needs root or sudo.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/lib/x86_64-linux-gnu/libgomp.so.1 ] || need+=(libgomp1)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -e /usr/share/tesseract-ocr/5/tessdata/spa.traineddata ] || [ -e /usr/share/tesseract-ocr/4.00/tessdata/spa.traineddata ] || need+=(tesseract-ocr-spa)
command -v identify >/dev/null 2>&1 || need+=(imagemagick)
command -v img2pdf >/dev/null 2>&1 || need+=(img2pdf)
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
