"""Content -> gold JSON, and checks against docx/pdf text. Stdlib only."""
import json, re, os, zipfile, subprocess, unicodedata
from wml import plain

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZERO = '0' * 64

def sentences(text):
    return re.split(r'(?<=[.;])\s+(?=[A-ZÁÉÍÓÚÑ«"“(0-9])', text)

def gold(a):
    s = a['session']
    g = {
        'source': {'file': a['stem'], 'sha256': ZERO, 'format': 'docx', 'pages': None},
        'session': {k: (plain(s[k]) if isinstance(s.get(k), str) and k not in ('date', 'start_time') else s.get(k))
                    for k in ('body', 'number', 'kind', 'date', 'start_time', 'place', 'topic', 'objective')},
        'coordinator': {'name': plain(a['coordinator'][0]), 'role': plain(a['coordinator'][1])} if a.get('coordinator') else None,
        'attendance': [{'name': plain(p['name']), 'institution': plain(p['inst']) if p.get('inst') else None,
                        'institution_key': p.get('key'), 'sector': p['sector']} for p in a['attendance']],
        'strategies': [], 'agreements': [], 'next_session': a.get('next_session'), 'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-c', 'notes': a['notes']},
    }
    for st in a['strategies']:
        goals = []
        for go in st['goals']:
            rep = go.get('report')
            rep_t = ' '.join(plain(x) for x in rep) if rep else None
            goals.append({'id': go['id'], 'text': plain(go['text']) if go.get('text') else None,
                          'indicator': plain(go['indicator']) if go.get('indicator') else None,
                          'executor': plain(go['executor']) if go.get('executor') else None,
                          'executor_key': go.get('key'),
                          'report_status': 'reported' if rep_t else 'not_reported', 'report': rep_t})
        n_rep = sum(1 for x in goals if x['report'])
        status = 'reported' if n_rep == len(goals) else ('not_reported' if n_rep == 0 else 'partial')
        figs = []
        for (val, unit, gid, probe) in st.get('figures', []):
            go = next(x for x in goals if x['id'] == gid) if gid is not None or len(goals) == 1 else None
            if go is None: go = goals[0]
            rep = go['report']
            assert probe in rep, (a['stem'], st['number'], probe)
            ctx = next(sn for sn in sentences(rep) if probe in sn)
            figs.append({'value': val, 'unit': unit.split()[0], 'goal': gid, 'context': ctx})
        fb = [{'text': plain(t), 'section': sec, 'goal': gid, 'label': lab, 'confidence': None}
              for (t, sec, gid, lab) in st.get('feedback', [])]
        g['strategies'].append({'number': st['number'], 'title': plain(st['title']) if st.get('title') else None,
                                'report_status': status, 'goals': goals, 'figures': figs, 'feedback': fb})
    for ag in a['agreements']:
        g['agreements'].append({'text': plain(ag['text']), 'dates': ag.get('dates', []),
                                'strategies': ag.get('strategies', []), 'responsible': ag.get('responsible')})
    return g

def write_gold(a):
    g = gold(a)
    validate(g)
    p = os.path.join(OUT, a['stem'] + '.gold.json')
    with open(p, 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return g

LABELS = {'avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar', 'cuestiona', 'exhorta', 'instancia', 'proceso'}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$'); HM = re.compile(r'^[0-2]\d:[0-5]\d$')

def validate(g):
    for k in ('source', 'session', 'attendance', 'strategies', 'agreements', 'next_session', 'warnings'):
        assert k in g, k
    s = g['session']
    assert isinstance(s['number'], int) and ISO.match(s['date'])
    assert s['start_time'] is None or HM.match(s['start_time'])
    for p in g['attendance']:
        assert p['sector'] in ('instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'), p
        assert p['name'] and (p['institution_key'] is None or p['institution_key'] == p['institution_key'].upper())
    for st in g['strategies']:
        assert st['report_status'] in ('reported', 'partial', 'not_reported')
        ids = {x['id'] for x in st['goals']}
        for go in st['goals']:
            assert go['report_status'] in ('reported', 'not_reported')
            assert go['id'] is None or go['id'].startswith(str(st['number']) + '.'), go['id']
            assert (go['report'] is None) == (go['report_status'] == 'not_reported')
        for f in st['figures']:
            assert isinstance(f['value'], (int, float)) and f['unit'] == f['unit'].lower() and f['goal'] in ids
        for f in st['feedback']:
            assert f['section'] in ('retroalimentacion', 'observacion') and f['label'] in LABELS and (f['goal'] is None or f['goal'] in ids), f
    for ag in g['agreements']:
        assert all(ISO.match(d) for d in ag['dates'])
    ns = g['next_session']
    if ns:
        assert ns['date'] is None or ISO.match(ns['date'])
        for t in ('start_time', 'end_time'):
            assert ns.get(t) is None or HM.match(ns[t])

# ---------- checks against the documents ----------
def norm(t):
    t = unicodedata.normalize('NFKC', t).replace('\u00ad', '')
    return ' '.join(t.split())

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d|footer\d)\.xml', n)]
        out = []
        for n in parts:
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:delText[^>]*>.*?</w:delText>', '', x, flags=re.S)
            x = re.sub(r'<mc:Fallback>.*?</mc:Fallback>', '', x, flags=re.S)
            x = re.sub(r'<w:(p|tab|br)[ />]', ' <w:\\1 ', x)
            x = re.sub(r'</w:p>', ' ', x)
            x = re.sub(r'<[^>]+>', '', x)
            out.append(x)
    import html
    return norm(html.unescape(' '.join(out)))

def pdf_text(path, layout=False, raw=False):
    args = ['pdftotext'] + (['-layout'] if layout else []) + (['-raw'] if raw else []) + [path, '-']
    return subprocess.run(args, capture_output=True, text=True).stdout

def strings_of(g):
    s = g['session']
    out = [('body', s['body']), ('place', s['place'])]
    if g['coordinator']: out.append(('coordinator', g['coordinator']['name']))
    for p in g['attendance']:
        out.append(('attendee', p['name']))
        if p['institution']: out.append(('institution', p['institution']))
    for st in g['strategies']:
        if st['title']: out.append(('title', st['title']))
        for go in st['goals']:
            for k in ('text', 'indicator', 'executor', 'report'):
                if go[k]: out.append((k, go[k]))
        for f in st['figures']: out.append(('figure', f['context']))
        for f in st['feedback']: out.append(('feedback', f['text']))
    for ag in g['agreements']: out.append(('agreement', ag['text']))
    return [(k, v) for k, v in out if v]

def words(t):
    t = unicodedata.normalize('NFKD', t.lower())
    t = ''.join(c for c in t if not unicodedata.combining(c))
    return re.findall(r'[a-z0-9%]+', t)

def check(stem, upper_ok=()):
    g = json.load(open(os.path.join(OUT, stem + '.gold.json'), encoding='utf-8'))
    dx = docx_text(os.path.join(OUT, stem + '.docx'))
    dxw = ' '.join(words(dx))
    pdfp = os.path.join(OUT, stem + '.pdf')
    pw = ' '.join(words(pdf_text(pdfp, raw=True))) if os.path.exists(pdfp) else ''
    problems = []
    for k, v in strings_of(g):
        w = ' '.join(words(v))
        if w not in dxw: problems.append(('DOCX', k, v[:90]))
        if pw and w not in pw:
            # tolerate cell/column interleaving: all words present in order-insensitive sense?
            ws = words(v); have = sum(1 for x in ws if x in pw.split())
            problems.append(('PDF', k, f'{have}/{len(ws)} words', v[:70]))
    return problems
