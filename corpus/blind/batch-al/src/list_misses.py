# -*- coding: utf-8 -*-
"""Write expected_pdf_misses.json: the gold strings that pdftotext -raw (or the OCR of a scan) does not hold.
Run after build.py; every entry was then read by hand (README, 'expected misses')."""
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location('chk', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'check.py'))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
miss = {}
for f in sorted(os.listdir(chk.OUT)):
    if not f.endswith('.gold.json'): continue
    stem = f[:-10]
    g = json.load(open(os.path.join(chk.OUT, f), encoding='utf-8'))
    ocr = os.path.join(chk.HERE, 'ocr', stem + '.txt')
    pt = chk.ocr_text(ocr) if os.path.exists(ocr) else chk.pdf_text(os.path.join(chk.OUT, stem + '.pdf'))
    for where, s in chk.gold_strings(g):
        if s is None: continue
        s = chk.ws(s)
        ok = (s.casefold() in pt.casefold()) if where in chk.CASE_FREE else (s in pt)
        if not ok and s not in miss.get(stem, []): miss.setdefault(stem, []).append(s)
json.dump(miss, open(os.path.join(chk.OUT, 'expected_pdf_misses.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print({k: len(v) for k, v in miss.items()}, sum(len(v) for v in miss.values()))
