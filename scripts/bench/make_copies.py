#!/usr/bin/env python3
"""Makes N distinct copies of the corpus actas of one format, for scripts/bench.sh.

  make_copies.py FORMAT N OUT_DIR CORPUS_DIR      FORMAT: docx or pdf

.docx: copy k of template t (corpus file names end in -YYYY-MM-DD) gets the session date rewritten in
word/document.xml to day 1 + k // templates, year 1950 + t, so every copy is its own session; an XML comment
with k makes the bytes distinct even when the date is written in a way the rewrite misses.
.pdf: the trailer /ID hex strings are overwritten with k's digits at the same length (xref offsets stay
valid), so each copy has its own hash; the session is the template's, so copies are stored as documents of
the same session (extraction costs the same; fewer rows are written).
"""
import os, re, sys, zipfile

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def templates(corpus, ext):
    found = []
    for root, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if d != "src" and not d.startswith(".")]
        found += [os.path.join(root, f) for f in files if f.endswith("." + ext) and re.search(r"-\d{4}-\d{2}-\d{2}\.", f)]
    return sorted(found)


def docx_copy(src, dst, t, k, n_templates):
    y, m, d = map(int, re.search(r"-(\d{4})-(\d{2})-(\d{2})\.", src).groups())
    day, year = 1 + (k // n_templates) % 28, 1950 + t
    date = re.compile(r"\b0?%d(\s+de\s+%s\s+del?\s+)%d" % (d, MONTHS[m - 1], y), re.IGNORECASE)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = date.sub(lambda g: f"{day}{g.group(1)}{year}", data.decode("utf-8"))
                text = re.sub(r"^(<\?xml[^>]*\?>)", lambda g: f"{g.group(1)}<!-- bench copy {k} -->", text, count=1)
                data = text.encode("utf-8")
            zout.writestr(item, data)


def pdf_copy(src, dst, k):
    data = open(src, "rb").read()
    def stamp(match):
        hexes = re.findall(rb"<([0-9A-Fa-f]+)>", match.group(0))
        out = match.group(0)
        for h in hexes:
            out = out.replace(h, (b"%x" % (k + 1)).rjust(len(h), b"0")[-len(h):], 1)
        return out
    stamped, count = re.subn(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", stamp, data)
    if count == 0:  # no /ID: a comment after %%EOF keeps the file readable
        stamped = data + b"\n%% bench copy " + str(k).encode() + b"\n"
    open(dst, "wb").write(stamped)


def main():
    fmt, n, out, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    os.makedirs(out, exist_ok=True)
    sources = templates(corpus, fmt)
    for k in range(n):
        t = k % len(sources)
        dst = os.path.join(out, f"bench-{k:05d}.{fmt}")
        if fmt == "docx":
            docx_copy(sources[t], dst, t, k, len(sources))
        else:
            pdf_copy(sources[t], dst, k)


if __name__ == "__main__":
    main()
