# -*- coding: utf-8 -*-
"""Check every gold of the batch against its .docx text and its PDF text, and against the schema's structure."""
import glob, json, os, re, subprocess, sys, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LABELS = {"avance", "desalineado", "insuficiente", "solicita_datos", "diseno_meta", "reasignar", "cuestiona", "exhorta", "instancia", "proceso"}
SECTORS = {"instancia_ejecutora", "sociedad_civil", "secretaria_ejecutiva", "otro"}
NUMWORDS = {1: "un", 2: "dos", 3: "tres"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        # nested paragraphs (text boxes) are visited twice (DrawingML + VML) — harmless for a containment check
        paras.append("".join(buf))
    return norm(" ".join(paras))


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    return norm(out)


def toks(s):
    return re.findall(r"[^\W\d_]+|\d+", s.lower())


def in_order(gold, ptoks, index, slack=4):
    """gold tokens appear in the PDF token stream in order within a span of slack x their length
    (table cells printed side by side interleave their lines)."""
    gt = toks(gold)
    if not gt:
        return True
    best = None
    for start in index.get(gt[0], []):
        j, k = start, 0
        limit = start + slack * len(gt) + 20
        while j < len(ptoks) and j < limit and k < len(gt):
            if ptoks[j] == gt[k]:
                k += 1
            j += 1
        if k == len(gt):
            return True
    return False


def strings_of(g):
    s = []
    ses = g["session"]
    for k in ("body", "place", "objective"):
        if ses.get(k):
            s.append(("session." + k, ses[k]))
    s.append(("coordinator", g["coordinator"]["name"]))
    s.append(("coordinator.role", g["coordinator"]["role"]))
    for a in g["attendance"]:
        s.append(("attendee", a["name"]))
        if a["institution"]:
            s.append(("institution", a["institution"]))
    for st in g["strategies"]:
        s.append(("title", st["title"]))
        for go in st["goals"]:
            for k in ("text", "indicator", "executor", "report"):
                if go.get(k):
                    s.append((f"goal {go['id']} {k}", go[k]))
        for f in st["figures"]:
            s.append(("figure context", f["context"]))
        for f in st["feedback"]:
            s.append(("feedback", f["text"]))
    for a in g["agreements"]:
        s.append(("agreement", a["text"]))
    return s


def structure(g, stem):
    errs = []
    for k in ("source", "session", "attendance", "strategies", "agreements", "next_session", "warnings"):
        if k not in g:
            errs.append("missing " + k)
    if not re.fullmatch(r"[0-9a-f]{64}", g["source"]["sha256"]):
        errs.append("sha")
    ses = g["session"]
    for k in ("body", "number", "date"):
        if k not in ses:
            errs.append("session." + k)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", ses["date"]) or ses["date"] not in stem:
        errs.append("date")
    if ses["start_time"] and not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", ses["start_time"]):
        errs.append("start_time")
    if f"-{ses['number']}-" not in stem:
        errs.append("number vs stem")
    for a in g["attendance"]:
        if a["sector"] not in SECTORS:
            errs.append("sector " + a["name"])
        if set(a) < {"name", "institution", "sector"}:
            errs.append("attendee fields")
    for st in g["strategies"]:
        ids = [x["id"] for x in st["goals"]]
        for x in st["goals"]:
            if x["id"] and not x["id"].startswith(str(st["number"]) + "."):
                errs.append("goal id " + x["id"])
            if (x["report"] is None) != (x["report_status"] == "not_reported"):
                errs.append("goal status " + str(x["id"]))
        rep = [x["report_status"] == "reported" for x in st["goals"]]
        exp = "reported" if all(rep) else "not_reported" if not any(rep) else "partial"
        if st["report_status"] != exp:
            errs.append(f"strategy status {st['number']}")
        reports = {x["id"]: x["report"] or "" for x in st["goals"]}
        for f in st["figures"]:
            if f["goal"] not in ids:
                errs.append(f"figure goal {f['goal']}")
            if f["context"] not in reports.get(f["goal"], "") and f["goal"] is not None:
                errs.append(f"figure context not in report: {f['context'][:50]}")
            v = f["value"]
            forms = {str(v), f"{v:,}", NUMWORDS.get(v, "§")}
            if not any(re.search(r"(?<![\d,])" + re.escape(fm) + r"(?![\d])", f["context"]) for fm in forms):
                errs.append(f"figure value {v} not in context")
            if f["unit"] != f["unit"].lower():
                errs.append("unit case")
            if f["unit"] != "%" and f["unit"] not in f["context"].lower():
                errs.append(f"unit {f['unit']} not in context")
        for f in st["feedback"]:
            if f["label"] not in LABELS:
                errs.append("label " + str(f["label"]))
            if f["section"] not in ("retroalimentacion", "observacion"):
                errs.append("section")
            if f["goal"] is not None and f["goal"] not in ids:
                errs.append(f"feedback goal {f['goal']}")
    for a in g["agreements"]:
        for d in a["dates"]:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", d):
                errs.append("agreement date")
    ns = g["next_session"]
    if ns:
        if not any(ns["date"] in a["dates"] for a in g["agreements"]):
            errs.append("next_session date not in an agreement")
        if not any(sorted(ns["strategies"]) == sorted(a["strategies"]) for a in g["agreements"] if ns["date"] in a["dates"]):
            errs.append("next_session strategies")
    return errs


def main():
    bad = 0
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        stem = os.path.basename(gp)[:-len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        errs = structure(g, stem)
        dt = docx_text(os.path.join(HERE, stem + ".docx"))
        pt = pdf_text(os.path.join(HERE, stem + ".pdf"))
        ptoks = toks(pt)
        index = {}
        for i, tk in enumerate(ptoks):
            index.setdefault(tk, []).append(i)
        for what, s in strings_of(g):
            if norm(s) not in dt:
                errs.append(f"DOCX lacks {what}: {s[:70]}")
            if not in_order(s, ptoks, index):
                errs.append(f"PDF lacks (in order) {what}: {s[:70]}")
        print(f"{stem}: {len(errs)} issue(s)")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
