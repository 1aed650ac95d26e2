#!/bin/sh
# Rebuild batch E: docx + gold from the generators, PDFs (LibreOffice for BE1,2,4,5,6; Chromium for BE3), check.
set -e
cd "$(dirname "$0")"
for g in e1_onetable e2_twocol e4_tracked e5_ordendia e6_feedbacktable; do python3 $g.py; done
python3 e3_checkbox.py            # writes its .docx, src/html/*.html and prints its PDFs with Chromium
cd ..
soffice -env:UserInstallation=file:///tmp/lo-blind-e --headless --convert-to pdf --outdir . \
  $(ls *.docx | grep -v '^blind-e-justicia-') >/dev/null
python3 src/check.py
