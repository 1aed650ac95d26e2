#!/usr/bin/env python3
"""Cross-checks every gold file against its rendered Word file: each attendee name, goal report
sentence, figure context, feedback item and agreement of the gold must occur in the text of the
.docx paragraphs (cells are paragraphs too, so table columns do not interleave as they do in
`pdftotext` output; whitespace collapsed). Catches generator bugs and typos in hand-written gold.
  python3 scripts/corpus/check_gold.py [corpus-dir]"""
import glob, html, json, os, re, sys, zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        paras.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return norm(" ".join(paras))


def split_by_page_break(s, text):
    """A cell continued after a page break: the sentence occurs as two pieces, cut between words."""
    return any(s[:i].strip() in text and s[i:].strip() in text and s[i:i + 1].islower()
               for i in range(1, len(s)) if s[i - 1] == " ")


def sentences(text):
    return [s for s in re.split(r"(?<=[.;])\s+", text) if s]


def check(gold_path):
    docx = gold_path[:-len(".gold.json")] + ".docx"
    if not os.path.exists(docx):
        return [f"no .docx beside {gold_path}"]
    text = docx_text(docx)
    g = json.load(open(gold_path, encoding="utf-8"))
    want = [("attendee", a["name"]) for a in g["attendance"]]
    for s in g["strategies"]:
        for goal in s["goals"]:
            for sent in sentences(goal["report"] or ""):
                want.append((f"report {goal['id'] or s['number']}", sent))
        want += [(f"figure context {s['number']}", f["context"]) for f in s["figures"] if f.get("context")]
        want += [(f"feedback {s['number']}", f["text"]) for f in s["feedback"]]
    want += [("agreement", a["text"]) for a in g["agreements"]]
    if g.get("coordinator"):
        want.append(("coordinator", g["coordinator"]["name"]))
    missing = []
    for what, s in want:
        s = norm(s)
        if s not in text and not split_by_page_break(s, text):
            missing.append(f"{what}: {s[:90]}")
    return missing


def main(argv):
    corpus = argv[0] if argv else os.path.join(ROOT, "corpus")
    bad = 0
    golds = [p for p in sorted(glob.glob(os.path.join(corpus, "**", "*.gold.json"), recursive=True)) if "/src/" not in p]
    for p in golds:
        missing = check(p)
        if missing:
            bad += 1
            print(os.path.relpath(p, corpus))
            for m in missing:
                print("   ", m)
    print(f"{len(golds)} gold files checked against their .docx, {bad} with text not found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
