"""Checks batch D by hand-made rules (standard library only):
1. every gold file has the contract's shape (a small validator of the subset of JSON Schema the
   contract uses: type, required, enum, pattern, items, properties) plus the corpus invariants
   (ISO dates, goal ids under their strategy, figure/feedback goals of the strategy, strategy
   status consistent with its goals, labels from shared/labels.md, next_session = an agreement);
2. every gold string (session place/body, names, institutions, coordinator, goal texts,
   indicators, executors, reports, figure contexts, feedback, agreements) occurs in the .docx
   text (final view: w:del skipped, w:ins kept) and in `pdftotext -raw` of the .pdf,
   whitespace collapsed.
Prints every miss; EXPECTED lists the PDF misses explained in the README.
Run: python3 corpus/blind/batch-d/src/check.py  [--schema path]"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCHEMA = '/work/shared/contract/acta.schema.json'
LABELS = {'avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar', 'cuestiona',
          'exhorta', 'instancia', 'proceso'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

# (stem, kind, gold string prefix) of misses that are explained in the README
EXPECTED = json.load(open(os.path.join(HERE, 'expected_misses.json'), encoding='utf-8')) \
    if os.path.exists(os.path.join(HERE, 'expected_misses.json')) else []


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u00ad', '').replace('\u2011', '-')
    return re.sub(r'\s+', ' ', s).strip()


# ---------- schema ----------
def check_schema(value, schema, path, errors):
    t = schema.get('type')
    if t is not None:
        types = t if isinstance(t, list) else [t]
        ok = False
        for ty in types:
            if ty == 'null' and value is None or ty == 'string' and isinstance(value, str) \
                    or ty == 'integer' and isinstance(value, int) and not isinstance(value, bool) \
                    or ty == 'number' and isinstance(value, (int, float)) and not isinstance(value, bool) \
                    or ty == 'object' and isinstance(value, dict) or ty == 'array' and isinstance(value, list) \
                    or ty == 'boolean' and isinstance(value, bool):
                ok = True
        if not ok:
            errors.append(f'{path}: type {type(value).__name__} not {t}')
            return
    if 'enum' in schema and value not in schema['enum']:
        errors.append(f'{path}: {value!r} not in {schema["enum"]}')
    if 'pattern' in schema and isinstance(value, str) and not re.search(schema['pattern'], value):
        errors.append(f'{path}: {value!r} does not match {schema["pattern"]}')
    if schema.get('format') == 'date' and isinstance(value, str):
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            errors.append(f'{path}: {value!r} is not an ISO date')
    if isinstance(value, dict):
        for k in schema.get('required', []):
            if k not in value:
                errors.append(f'{path}: missing {k}')
        for k, sub in schema.get('properties', {}).items():
            if k in value:
                check_schema(value[k], sub, f'{path}.{k}', errors)
    if isinstance(value, list) and 'items' in schema:
        for n, item in enumerate(value):
            check_schema(item, schema['items'], f'{path}[{n}]', errors)


def invariants(g, errors):
    for s in g['strategies']:
        n = s['number']
        if not 100 <= n <= 999:
            errors.append(f'strategy {n} not 3 digits')
        ids = [x['id'] for x in s['goals']]
        for gid in ids:
            if gid is not None and not gid.startswith(f'{n}.'):
                errors.append(f'goal {gid} not under {n}')
        st = {x['report_status'] for x in s['goals']}
        want = st.pop() if len(st) == 1 else 'partial'
        if s['report_status'] != want:
            errors.append(f'strategy {n} status {s["report_status"]} but goals say {want}')
        for x in s['goals']:
            if (x['report'] is None) != (x['report_status'] == 'not_reported'):
                errors.append(f'goal {x["id"]}: report/status disagree')
        for f in s['figures']:
            if f['goal'] not in ids:
                errors.append(f'figure goal {f["goal"]} not in {n}')
            if f['goal'] is not None and next(x for x in s['goals'] if x['id'] == f['goal'])['report'] is None:
                errors.append(f'figure of unreported goal {f["goal"]}')
            if norm(f['context']) not in norm(next(x for x in s['goals'] if x['id'] == f['goal'])['report']):
                errors.append(f'figure context not in its report: {f["context"][:50]}')
            if f['unit'] != f['unit'].lower():
                errors.append(f'unit not lower case: {f["unit"]}')
        for f in s['feedback']:
            if f['goal'] not in ids and f['goal'] is not None:
                errors.append(f'feedback goal {f["goal"]} not in {n}')
            if f['label'] not in LABELS:
                errors.append(f'label {f["label"]}')
    ns = g['next_session']
    if ns and not any(ns['date'] in a['dates'] for a in g['agreements']):
        errors.append('next_session date in no agreement')
    if ns and not any(set(ns['strategies']) == set(a['strategies']) for a in g['agreements'] if ns['date'] in a['dates']):
        errors.append('next_session strategies differ from its agreement')
    if g['session']['date'] and g['source']['file'][-10:] != g['session']['date']:
        errors.append('stem date differs from session date')
    if g.get('coordinator') and any(a['name'].endswith(g['coordinator']['name']) for a in g['attendance']):
        errors.append('coordinator listed as attendee')


# ---------- document text ----------
def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    names = ['word/document.xml'] + [n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml|word/footnotes\.xml', n)]
    for name in names:
        root = ET.fromstring(z.read(name))
        for para in root.iter(W + 'p'):
            buf = []
            for el in para.iter():
                if el.tag == W + 't':
                    buf.append(el.text or '')
                elif el.tag in (W + 'tab', W + 'br', W + 'cr'):
                    buf.append(' ')
                elif el.tag == W + 'sym':
                    buf.append('?')
            # deleted text is in w:delText, which is not w:t: skipped by construction
            parts.append(''.join(buf))
    # checkbox content controls / legacy fields print glyphs: not needed for gold strings
    return norm(' '.join(parts))


def pdf_text(path):
    out = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
    return norm(out)


def gold_strings(g):
    out = []
    s = g['session']
    for k in ('body', 'place', 'topic', 'objective'):
        if s.get(k):
            out.append((f'session.{k}', s[k]))
    if g.get('coordinator'):
        out.append(('coordinator', g['coordinator']['name']))
    for a in g['attendance']:
        out.append(('name', a['name']))
        if a['institution']:
            out.append(('institution', a['institution']))
    for st in g['strategies']:
        if st['title']:
            out.append(('title', st['title']))
        for x in st['goals']:
            for k in ('text', 'indicator', 'executor', 'report'):
                if x.get(k):
                    out.append((f'goal.{k}', x[k]))
        for f in st['figures']:
            out.append(('figure', f['context']))
        for f in st['feedback']:
            out.append(('feedback', f['text']))
    for a in g['agreements']:
        out.append(('agreement', a['text']))
        if a.get('responsible'):
            out.append(('responsible', a['responsible']))
    return out


def main():
    schema = json.load(open(SCHEMA, encoding='utf-8'))
    total_err = 0
    unexpected = 0
    golds = sorted(glob.glob(os.path.join(OUT, '*.gold.json')))
    for gp in golds:
        stem = os.path.basename(gp)[:-len('.gold.json')]
        g = json.load(open(gp, encoding='utf-8'))
        errors = []
        check_schema(g, schema, '$', errors)
        invariants(g, errors)
        for e in errors:
            print(f'{stem}: SCHEMA/INVARIANT {e}')
        total_err += len(errors)
        texts = {}
        for ext, fn in (('docx', docx_text), ('pdf', pdf_text)):
            path = os.path.join(OUT, f'{stem}.{ext}')
            if not os.path.exists(path):
                print(f'{stem}: missing {ext}')
                total_err += 1
                continue
            texts[ext] = fn(path)
        n = 0
        for kind, sgold in gold_strings(g):
            n += 1
            for ext, text in texts.items():
                # the body is often printed in capitals; the eval compares it case-insensitively
                found = norm(sgold).casefold() in text.casefold() if kind == 'session.body' else norm(sgold) in text
                if not found:
                    exp = any(e[0] == stem and e[1] == ext and norm(sgold).startswith(norm(e[2])) for e in EXPECTED)
                    tag = 'expected' if exp else 'MISS'
                    if not exp:
                        unexpected += 1
                    print(f'{stem}.{ext}: {tag} {kind}: {sgold[:90]}')
        print(f'{stem}: {n} strings checked in docx and pdf; {len(errors)} schema/invariant errors')
    print(f'{len(golds)} gold files; {total_err} schema/invariant errors; {unexpected} unexpected misses')
    return 1 if total_err or unexpected else 0


if __name__ == '__main__':
    sys.exit(main())
