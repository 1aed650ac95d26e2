"""Check every gold of batch E: schema + conventions, and every gold string present in the
.docx text (final view: deleted text dropped, comments ignored) and in `pdftotext -raw` of the PDF.
Usage: python3 check.py [stem-prefix]"""
import json, os, re, subprocess, sys, zipfile, glob
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))
SCHEMA = json.load(open('/work/shared/contract/acta.schema.json'))
LABELS = {'avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar', 'cuestiona', 'exhorta', 'instancia', 'proceso'}


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u00ad', '').replace('\u2011', '-')
    return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in sorted(z.namelist()):
        if not re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', name):
            continue
        x = z.read(name).decode('utf-8')
        x = re.sub(r'<w:del\b.*?</w:del>', '', x, flags=re.S)
        x = re.sub(r'<w:delText[^>]*>.*?</w:delText>', '', x, flags=re.S)
        x = re.sub(r'<w:footnoteReference[^>]*/>', '', x)
        x = re.sub(r'<w:tab/>', ' ', x)
        x = re.sub(r'<w:br/>', ' ', x)
        x = re.sub(r'</w:p>', '\n', x)
        # text boxes are in mc:AlternateContent twice (choice + fallback): keep the choice only
        x = re.sub(r'<mc:Fallback>.*?</mc:Fallback>', '', x, flags=re.S)
        x = re.sub(r'<[^>]+>', '', x)
        import html
        out.append(html.unescape(x))
    return norm(' '.join(out))


def pdf_text(path):
    return norm(subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True).stdout)


def strings(g):
    yield 'session.body', g['session']['body']
    yield 'place', g['session'].get('place')
    if g.get('coordinator'):
        yield 'coordinator', g['coordinator']['name']
    for a in g['attendance']:
        yield 'name', a['name']
        yield 'institution', a['institution']
    for s in g['strategies']:
        yield f'strategy {s["number"]} title', s.get('title')
        for x in s['goals']:
            yield f'goal {x["id"]} text', x.get('text')
            yield f'goal {x["id"]} indicator', x.get('indicator')
            yield f'goal {x["id"]} executor', x.get('executor')
            for k, part in enumerate(re.split(r'(?<=[.:]) (?=[A-ZÁÉÍÓÚ«])', x.get('report') or '')):
                if part: yield f'goal {x["id"]} report[{k}]', part
        for f in s['figures']:
            yield f'figure {f["value"]} {f["unit"]}', f['context']
        for f in s['feedback']:
            yield f'feedback {f["goal"]}', f['text']
    for a in g['agreements']:
        yield 'agreement', a['text']


def conventions(g):
    errs = []
    jsonschema.validate(g, SCHEMA)
    for k in ('date',):
        if g['session'][k] and not re.match(r'^\d{4}-\d{2}-\d{2}$', g['session'][k]): errs.append('session date')
    for s in g['strategies']:
        ids = [x['id'] for x in s['goals']]
        for i in ids:
            if i and not i.startswith(str(s['number']) + '.'): errs.append(f'goal {i} not of {s["number"]}')
        st = [x['report_status'] for x in s['goals']]
        want = 'reported' if all(x == 'reported' for x in st) else 'not_reported' if all(x == 'not_reported' for x in st) else 'partial'
        if s['report_status'] != want: errs.append(f'strategy {s["number"]} status')
        for x in s['goals']:
            if (x['report_status'] == 'reported') != bool(x['report']): errs.append(f'goal {x["id"]} report/status')
        for f in s['figures']:
            if f['goal'] not in ids: errs.append(f'figure goal {f["goal"]}')
            rep = next(x['report'] for x in s['goals'] if x['id'] == f['goal'])
            if f['context'] is None: pass
            elif not rep or norm(f['context']) not in norm(rep): errs.append(f'figure context not in report {f}')
            if f['unit'] != f['unit'].lower(): errs.append('unit case')
        for f in s['feedback']:
            if f['goal'] not in ids: errs.append(f'feedback goal {f["goal"]}')
            if f['label'] not in LABELS: errs.append(f'label {f["label"]}')
    for a in g['agreements']:
        for d in a.get('dates', []):
            if not re.match(r'^\d{4}-\d{2}-\d{2}$', d): errs.append('agreement date')
    ns = g['next_session']
    if ns and ns['date'] and not any(ns['date'] in a.get('dates', []) for a in g['agreements']):
        errs.append('next_session date in no agreement')
    return errs


def main():
    prefix = sys.argv[1] if len(sys.argv) > 1 else ''
    total = bad = 0
    for gp in sorted(glob.glob(os.path.join(OUT, f'{prefix}*.gold.json'))):
        stem = os.path.basename(gp)[:-10]
        g = json.load(open(gp, encoding='utf-8'))
        errs = conventions(g)
        texts = {'docx': docx_text(os.path.join(OUT, stem + '.docx'))}
        if os.path.exists(os.path.join(OUT, stem + '.pdf')):
            texts['pdf'] = pdf_text(os.path.join(OUT, stem + '.pdf'))
        else:
            errs.append('no pdf')
        for what, s in strings(g):
            if not s: continue
            for fmt, t in texts.items():
                total += 1
                if norm(s) not in t and not (what == 'session.body' and norm(s).casefold() in t.casefold()):
                    bad += 1
                    errs.append(f'{fmt} MISSING {what}: {s[:90]}')
        print(f'{stem}: {"OK" if not errs else str(len(errs)) + " problem(s)"}')
        for e in errs: print('   ', e)
    print(f'{total} string checks, {bad} missing')


if __name__ == '__main__':
    main()
