# Checks each gold against its .docx (final view: w:del dropped, w:ins kept) and pdftotext -raw of its PDF,
# and validates the structure of each gold against the contract.
import json, os, re, subprocess, sys, zipfile, glob
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
LABELS = {"avance","desalineado","insuficiente","solicita_datos","diseno_meta","reasignar","cuestiona","exhorta","instancia","proceso"}
SECTORS = {"instancia_ejecutora","sociedad_civil","secretaria_ejecutiva","otro"}
def norm(s): return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ').replace('\u00ad', '')).strip()
def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for name in sorted(n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml', n)):
        x = z.read(name).decode()
        x = re.sub(r'<w:del\b.*?</w:del>', '', x, flags=re.S)
        x = re.sub(r'<w:(tab|br)/>', ' ', x)
        x = re.sub(r'</w:p>', ' \n', x)
        x = re.sub(r'<[^>]+>', '', x)
        out.append(x)
    import html; return norm(html.unescape(' '.join(out)))
def pdf_text(p):
    t = subprocess.run(['pdftotext', '-raw', p, '-'], capture_output=True, text=True).stdout
    t = re.sub(r'-\n(?=[a-záéíóúñ])', '', t)  # hyphenation
    return norm(t)
def sent(s):
    h, _, r = s.partition(': ')
    return ([h + ':'] if r else []) + [x if x.endswith('.') else x + '.' for x in (r or h).split('. ')]
def strings(g):
    yield 'session.place', g['session']['place']
    if g['coordinator']: yield 'coordinator', g['coordinator']['name']
    for p in g['attendance']:
        yield 'attendee', p['name']
        if p['institution']: yield 'institution', p['institution']
    for s in g['strategies']:
        if s['title']: yield f"{s['number']}.title", s['title']
        for go in s['goals']:
            for k in ('text', 'indicator', 'executor', 'report'):
                if go.get(k): yield f"{go['id']}.{k}", go[k]
        for f in s['figures']: yield f"{s['number']}.figure", f['context']
        for f in s['feedback']: yield f"{s['number']}.feedback", f['text']
    for x in g['agreements']: yield 'agreement', x['text']
def schema(g):
    errs = []
    for k in ["source", "session", "attendance", "strategies", "agreements", "next_session", "warnings"]:
        if k not in g: errs.append('missing ' + k)
    ss = g['session']
    if not re.match(r'^\d{4}-\d\d-\d\d$', ss['date'] or ''): errs.append('date')
    if ss['start_time'] and not re.match(r'^[0-2]\d:[0-5]\d$', ss['start_time']): errs.append('time')
    if not isinstance(ss['number'], int): errs.append('number')
    for p in g['attendance']:
        if p['sector'] not in SECTORS: errs.append('sector ' + p['name'])
    for s in g['strategies']:
        ids = [x['id'] for x in s['goals']]
        for x in s['goals']:
            if not x['id'].startswith(str(s['number']) + '.'): errs.append('goal id ' + x['id'])
            if (x['report_status'] == 'reported') != bool(x['report']): errs.append('status ' + x['id'])
        n = sum(x['report_status'] == 'reported' for x in s['goals'])
        exp = 'reported' if n == len(ids) else 'not_reported' if n == 0 else 'partial'
        if s['report_status'] != exp: errs.append(f"strategy status {s['number']}")
        for f in s['figures']:
            if f['goal'] not in ids or not isinstance(f['value'], (int, float)) or f['unit'] != f['unit'].lower(): errs.append(f"figure {f}")
            written = f"{f['value']:,}" if f['value'] >= 1000 else str(f['value'])
            if written not in f['context'] and not f.get('in_words'): errs.append(f"figure value not in context {f['value']}")
            if f['unit'] not in f['context']: errs.append(f"unit not in context {f['unit']}")
        for f in s['feedback']:
            if f['label'] not in LABELS or f['section'] not in ('retroalimentacion', 'observacion') or (f['goal'] and f['goal'] not in ids): errs.append(f"feedback {f['text'][:30]}")
    for x in g['agreements']:
        for d in x.get('dates', []):
            if not re.match(r'^\d{4}-\d\d-\d\d$', d): errs.append('agreement date')
    ns = g['next_session']
    if ns:
        if ns['date'] and not re.match(r'^\d{4}-\d\d-\d\d$', ns['date']): errs.append('next date')
        for t in (ns['start_time'], ns['end_time']):
            if t and not re.match(r'^[0-2]\d:[0-5]\d$', t): errs.append('next time')
    return errs
EXPECTED_PDF_MISS = json.load(open(os.path.join(HERE, 'expected_pdf_misses.json'))) if os.path.exists(os.path.join(HERE, 'expected_pdf_misses.json')) else {}
def main(pattern):
    bad = 0
    for gp in sorted(glob.glob(os.path.join(OUT, pattern + '.gold.json'))):
        stem = os.path.basename(gp)[:-10]; g = json.load(open(gp))
        errs = schema(g)
        dt = docx_text(os.path.join(OUT, stem + '.docx'))
        pp = os.path.join(OUT, stem + '.pdf')
        pt = pdf_text(pp) if os.path.exists(pp) else None
        for what, s in strings(g):
            s = norm(s)
            if what.endswith('.report') and all(x in dt and (pt is None or x in pt) for x in sent(s)): continue
            if s not in dt: errs.append(f'docx miss {what}: {s[:70]}')
            if pt is None: continue
            if s not in pt and s not in EXPECTED_PDF_MISS.get(stem, []): errs.append(f'pdf miss {what}: {s[:70]}')
        if pt is None: errs.append('no pdf')
        print(stem, 'OK' if not errs else 'FAIL'); bad += bool(errs)
        for e in errs: print('   ', e)
    return bad
if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '*'))
