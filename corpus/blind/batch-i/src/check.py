#!/usr/bin/env python3
"""Check batch I: every gold validates against the contract schema (types, enums, required keys, patterns),
every gold string occurs (whitespace collapsed) in the docx final-view text and in `pdftotext -raw` of the PDF,
figure contexts lie in their goal's INFORME, and institution keys agree with a plain reading of institutions.tsv.

PDF misses listed in expected-pdf-misses.json are tolerated (and reported as stale when they stop missing).
Exit status 1 on any failure.   python3 check.py [--schema PATH] [--gazetteer PATH]
"""
import glob, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.abspath(os.path.join(HERE, '..'))
def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
SCHEMA = arg('--schema', '/work/shared/contract/acta.schema.json')
GAZ = arg('--gazetteer', '/work/main/pipeline/Actas.Pipeline/Data/institutions.tsv')
WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
CASE_FREE = {'session.body', 'session.kind'}   # written in capitals in some titles

def coll(s): return re.sub(r'\s+', ' ', s).strip()

# ------------------------------------------------------------------ schema validation (the subset the contract uses)
def validate(v, sch, path, errs):
    t = sch.get('type')
    if t:
        ts = t if isinstance(t, list) else [t]
        ok = any((tt == 'null' and v is None) or (tt == 'string' and isinstance(v, str)) or
                 (tt == 'integer' and isinstance(v, int) and not isinstance(v, bool)) or
                 (tt == 'number' and isinstance(v, (int, float)) and not isinstance(v, bool)) or
                 (tt == 'object' and isinstance(v, dict)) or (tt == 'array' and isinstance(v, list)) for tt in ts)
        if not ok: errs.append(f'{path}: type {type(v).__name__} not {t}'); return
    if 'enum' in sch and v not in sch['enum']: errs.append(f'{path}: {v!r} not in enum')
    if isinstance(v, str) and 'pattern' in sch and not re.search(sch['pattern'], v): errs.append(f'{path}: {v!r} !~ {sch["pattern"]}')
    if isinstance(v, str) and sch.get('format') == 'date' and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', v): errs.append(f'{path}: bad date {v}')
    if isinstance(v, dict):
        for k in sch.get('required', []):
            if k not in v: errs.append(f'{path}: missing {k}')
        for k, s in sch.get('properties', {}).items():
            if k in v: validate(v[k], s, f'{path}.{k}', errs)
    if isinstance(v, list) and 'items' in sch:
        for i, x in enumerate(v): validate(x, sch['items'], f'{path}[{i}]', errs)

# ------------------------------------------------------------------ texts
def docx_text(path):
    """Final-view text: body, headers, footers, text boxes; deletions, comments and footnotes left out."""
    out = []
    with zipfile.ZipFile(path) as z:
        parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml', n))
        for part in parts:
            root = ET.fromstring(z.read(part))
            for p in root.iter(WNS + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == WNS + 'txbxContent': break
                    if el.tag == WNS + 't': buf.append(el.text or '')
                    elif el.tag in (WNS + 'tab', WNS + 'br'): buf.append(' ')
                out.append(''.join(buf))
    return coll(' '.join(out))

def pdf_text(path):
    return coll(subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout)

def gold_strings(g):
    s = g['session']
    yield 'session.body', s['body']; yield 'session.kind', s['kind']
    for k in ('place', 'topic', 'objective'):
        if s.get(k): yield f'session.{k}', s[k]
    if g.get('coordinator'):
        yield 'coordinator.name', g['coordinator']['name']
        if g['coordinator'].get('role'): yield 'coordinator.role', g['coordinator']['role']
    for i, a in enumerate(g['attendance']):
        yield f'attendance[{i}].name', a['name']
        if a['institution']: yield f'attendance[{i}].institution', a['institution']
    for i, st in enumerate(g['strategies']):
        if st.get('title'): yield f'strategies[{i}].title', st['title']
        for j, go in enumerate(st['goals']):
            for k in ('text', 'indicator', 'executor', 'report'):
                if go.get(k): yield f'strategies[{i}].goals[{j}].{k}', go[k]
        for j, f in enumerate(st['figures']):
            if f.get('context'): yield f'strategies[{i}].figures[{j}].context', f['context']
        for j, f in enumerate(st['feedback']):
            yield f'strategies[{i}].feedback[{j}].text', f['text']
    for i, a in enumerate(g['agreements']):
        yield f'agreements[{i}].text', a['text']
        if a.get('responsible'): yield f'agreements[{i}].responsible', a['responsible']

def occurs(field, s, text):
    s = coll(s)
    if field in CASE_FREE: return s.casefold() in text.casefold()
    return s in text

# ------------------------------------------------------------------ gazetteer (plain reading of its header rules)
def norm(s):
    s = unicodedata.normalize('NFD', s.casefold())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r'[^\w\s]', ' ', s)
    s = re.sub(r'\s+(de la ciudad de mexico|del distrito federal|cdmx|df)\s*$', '', coll(s))
    return coll(s)

def load_gaz(path):
    part, whole = [], {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        key, sector, name, aliases = (line.rstrip('\n').split('\t') + ['', '', ''])[:4]
        for al in [name.split(' (')[0]] + aliases.split('|'):
            if not al: continue
            if al.startswith('='): whole.setdefault(norm(al[1:]), set()).add(key)
            else: part.append((norm(al), key))
    return part, whole

def expected_key(text, gaz):
    part, whole = gaz
    n = norm(text)
    keys = set(whole.get(n, set()))
    exact = {k for a, k in part if a == n}
    if exact: return exact.pop() if len(exact) == 1 else None
    for a, k in part:
        if a and re.search(r'(^| )' + re.escape(a) + r'( |$)', n): keys.add(k)
    return keys.pop() if len(keys) == 1 else ('AMBIGUOUS:' + ','.join(sorted(keys)) if keys else None)

# ------------------------------------------------------------------ main
def main():
    schema = json.load(open(SCHEMA, encoding='utf-8'))
    misses_ok = json.load(open(os.path.join(BATCH, 'expected-pdf-misses.json'), encoding='utf-8')) \
        if os.path.exists(os.path.join(BATCH, 'expected-pdf-misses.json')) else {}
    gaz = load_gaz(GAZ) if os.path.exists(GAZ) else None
    fails, notes, n = [], [], 0
    for gp in sorted(glob.glob(os.path.join(BATCH, '*.gold.json'))):
        stem = os.path.basename(gp)[:-len('.gold.json')]
        g = json.load(open(gp, encoding='utf-8')); n += 1
        errs = []
        validate(g, schema, stem, errs)
        if not isinstance(g.get('corpus'), dict) or g['corpus'].get('origin') != 'blind-i': errs.append(f'{stem}: corpus.origin')
        fails += errs
        dt = docx_text(os.path.join(BATCH, stem + '.docx'))
        pdfp = os.path.join(BATCH, stem + '.pdf')
        pt = pdf_text(pdfp) if os.path.exists(pdfp) else None
        if pt is None: fails.append(f'{stem}: no PDF')
        allowed = {m['field']: m for m in misses_ok.get(stem, [])}
        for field, s in gold_strings(g):
            if not occurs(field, s, dt): fails.append(f'{stem}: docx lacks {field}: {s[:70]!r}')
            if pt is not None:
                hit = occurs(field, s, pt)
                if not hit and field not in allowed: fails.append(f'{stem}: PDF lacks {field}: {s[:70]!r}')
                if hit and field in allowed: notes.append(f'{stem}: listed PDF miss now found: {field}')
        for field in allowed:
            if not any(f == field for f, _ in gold_strings(g)): fails.append(f'{stem}: expected miss names unknown field {field}')
        for i, st in enumerate(g['strategies']):
            reps = {go['id']: go['report'] or '' for go in st['goals']}
            for f in st['figures']:
                if f['context'] not in reps.get(f['goal'], ''): fails.append(f'{stem}: figure {f["value"]} context not in INFORME of {f["goal"]}')
                if f['unit'] != f['unit'].lower() or f['unit'].lower() not in f['context'].lower(): fails.append(f'{stem}: figure unit {f["unit"]!r}')
            st_n = {go['report_status'] for go in st['goals']}
            want = 'reported' if st_n == {'reported'} else 'not_reported' if st_n == {'not_reported'} else 'partial'
            if st['report_status'] != want: fails.append(f'{stem}: strategy {st["number"]} report_status')
        if gaz:
            for a in g['attendance']:
                k = expected_key(a['institution'], gaz)
                if k != a['institution_key']: notes.append(f'{stem}: key for {a["institution"]!r}: gold {a["institution_key"]}, plain reading {k}')
            for st in g['strategies']:
                for go in st['goals']:
                    k = expected_key(go['executor'], gaz)
                    if k != go['executor_key']: notes.append(f'{stem}: key for executor {go["executor"]!r}: gold {go["executor_key"]}, plain reading {k}')
        ns = g['next_session']
        if ns and not any(ns['date'] in a['dates'] for a in g['agreements']): fails.append(f'{stem}: next_session date not in an agreement')
    for x in notes: print('note:', x)
    for x in fails: print('FAIL:', x)
    print(f'{n} gold files, {len(fails)} failures, {sum(len(v) for v in misses_ok.values())} expected PDF misses listed')
    sys.exit(1 if fails or n == 0 else 0)

if __name__ == '__main__':
    main()
