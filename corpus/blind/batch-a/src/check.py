# -*- coding: utf-8 -*-
"""Check every gold against its documents: structure (schema enums/required), and that every gold
string occurs in the .docx text (final text: deletions dropped, VML fallback dropped) and that all its
words occur in the pdftotext -layout text of the PDF."""
import json, glob, os, re, subprocess, zipfile, sys, collections, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
schema = json.load(open('/work/shared/contract/acta.schema.json'))
LABELS = set(re.findall(r'^\| `([a-z_]+)` \|', open('/work/shared/labels.md').read(), re.M))
TSV = {l.split('\t')[0] for l in open('/work/main/pipeline/Actas.Pipeline/Data/institutions.tsv') if l.strip() and not l.startswith('#')}

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return ' '.join(re.sub(r'[^a-z0-9%]+', ' ', s).split())

def docx_plain(path):
    z = zipfile.ZipFile(path)
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d+\.xml', n))
    txt = ''
    for p in parts:
        x = z.read(p).decode('utf8')
        x = re.sub(r'<mc:Fallback>.*?</mc:Fallback>', '', x, flags=re.S)
        x = re.sub(r'<w:del [^>]*>.*?</w:del>', '', x, flags=re.S)
        x = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', '', x, flags=re.S)
        x = re.sub(r'</w:p>|<w:br/>|<w:tab/>', '\u0001', x)
        x = re.sub(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', lambda m: '\u0002' + m.group(1) + '\u0003', x)
        x = re.sub(r'<[^>]+>', '', x)
        x = re.sub(r'\u0003[^\u0001\u0002]*?\u0002', '', x)  # join runs of one paragraph
        x = x.replace('\u0001', ' ').replace('\u0002', '').replace('\u0003', '')
        txt += ' ' + x
    import html
    return ' '.join(html.unescape(txt).split())

def strings(g):
    s = g['session']
    yield 'body', s['body']
    for k in ('place', 'topic', 'objective'):
        if s.get(k): yield k, s[k]
    yield 'coordinator', g['coordinator']['name']; yield 'coordinator.role', g['coordinator']['role']
    for a in g['attendance']:
        yield 'name', a['name']; yield 'institution', a['institution']
    for st in g['strategies']:
        yield 'title', st['title']
        for go in st['goals']:
            yield 'goal', go['text']; yield 'indicator', go['indicator']; yield 'executor', go['executor']
            if go['report']: yield 'report', go['report']
        for f in st['figures']: yield 'figure.context', f['context']
        for f in st['feedback']: yield 'feedback', f['text']
    for a in g['agreements']: yield 'agreement', a['text']

def check_struct(g, errs):
    for k in schema['required']:
        if k not in g: errs.append('missing ' + k)
    for k in schema['properties']['session']['required']:
        if k not in g['session']: errs.append('session missing ' + k)
    sec = set(schema['properties']['attendance']['items']['properties']['sector']['enum'])
    for a in g['attendance']:
        if a['sector'] not in sec: errs.append('sector ' + a['sector'])
    for st in g['strategies']:
        ids = {x['id'] for x in st['goals']}
        sts = [x['report_status'] for x in st['goals']]
        exp = 'reported' if all(x == 'reported' for x in sts) else 'not_reported' if all(x == 'not_reported' for x in sts) else 'partial'
        if st['report_status'] != exp: errs.append(f"status {st['number']}")
        for go in st['goals']:
            if not go['id'].startswith(str(st['number']) + '.'): errs.append('goal id ' + go['id'])
            if (go['report'] is None) != (go['report_status'] == 'not_reported'): errs.append('report/status ' + go['id'])
        for f in st['figures']:
            if f['goal'] not in ids: errs.append('figure goal')
            if f['unit'] != f['unit'].lower(): errs.append('unit case')
        for f in st['feedback']:
            if f['label'] not in LABELS: errs.append('label ' + str(f['label']))
            if f['section'] not in ('retroalimentacion', 'observacion'): errs.append('section')
            if f['goal'] not in ids: errs.append('fb goal')
    for d in [g['session']['date'], g['next_session']['date']] + [x for a in g['agreements'] for x in a['dates']]:
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', d): errs.append('date ' + d)
    for t in [g['session']['start_time'], g['next_session']['start_time'], g['next_session']['end_time']]:
        if t is not None and not re.fullmatch(r'[0-2]\d:[0-5]\d', t): errs.append('time ' + t)
    if g['source']['sha256'] != '0' * 64: errs.append('sha')
    if g['warnings'] != []: errs.append('warnings')

extra_keys = collections.defaultdict(set)
total = 0
for gp in sorted(glob.glob(os.path.join(OUT, '*.gold.json'))):
    stem = os.path.basename(gp)[:-10]
    g = json.load(open(gp))
    errs = []
    check_struct(g, errs)
    dt = norm(docx_plain(os.path.join(OUT, stem + '.docx')))
    pdf = subprocess.run(['pdftotext', '-layout', os.path.join(OUT, stem + '.pdf'), '-'], capture_output=True, text=True).stdout
    pw = collections.Counter(norm(pdf).split())
    for kind, s in strings(g):
        total += 1
        n = norm(s)
        if n not in dt:
            errs.append(f'docx lacks {kind}: {s[:70]}')
        missing = [w for w in set(n.split()) if w not in pw]
        if missing:
            errs.append(f'pdf lacks words of {kind}: {missing[:5]} in {s[:50]}')
    for a in g['attendance']:
        if a['institution_key'] and a['institution_key'] not in TSV: extra_keys[a['institution_key']].add(a['institution'])
    for st in g['strategies']:
        for go in st['goals']:
            if go['executor_key'] and go['executor_key'] not in TSV: extra_keys[go['executor_key']].add(go['executor'])
    print(('OK  ' if not errs else 'ERR ') + stem, len(errs))
    for e in errs: print('   ', e)
print('strings checked:', total)
print('keys not in institutions.tsv:')
for k, v in sorted(extra_keys.items()): print('  ', k, '|', ' · '.join(sorted(v)))
