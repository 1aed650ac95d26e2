#!/usr/bin/env python3
"""Renders the hand-written actas corpus/src/hand/<stem>.html into corpus/<espacio>/<stem>.docx and
.pdf (and .doc/.odt for a few) with scripts/render-html.sh. Their gold files were written by hand
beside the documents and are not touched here."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from generate import ROOT, render_all

EXTRA = {"acta-trata-35-2019-03-28": ["doc"], "acta-jovenes-21-2019-01-17": ["doc"],
         "acta-salud-14-2019-02-13": ["odt"], "acta-indigenas-16-2019-12-10": ["odt"]}


def main(argv):
    jobs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "src", "hand", "*.html"))):
        stem = os.path.basename(path)[:-5]
        if argv and stem not in argv:
            continue
        espacio = stem.split("-")[1]
        folder = os.path.join(ROOT, "corpus", espacio)
        if not os.path.exists(os.path.join(folder, stem + ".gold.json")):
            raise SystemExit(f"{stem}: no hand-written gold in {folder}")
        jobs.append((stem, folder, path, ["docx", "pdf"] + EXTRA.get(stem, [])))
    render_all(jobs)


if __name__ == "__main__":
    main(sys.argv[1:])
