"""Check batch G: python3 src/check.py [stem-prefix ...]  (run from corpus/blind/batch-g).

For every <stem>.gold.json: validate against shared/contract/acta.schema.json (jsonschema when
installed, else structural checks) plus the corpus invariants, then verify that every gold
string occurs in the .docx text (final view: tracked deletions dropped, insertions kept,
headers, footers, footnotes and text boxes included) and in `pdftotext -raw` of the PDF.
Whitespace is collapsed on both sides. PDF misses listed in src/expected_pdf_misses.json are
reported as expected; anything else fails."""
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
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
LABELS = {'avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar', 'cuestiona',
          'exhorta', 'instancia', 'proceso'}


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u00ad', '').replace('\u2011', '-')
    return ' '.join(s.split())


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():  # every XML part must parse
            if n.endswith('.xml') or n.endswith('.rels'):
                ET.fromstring(z.read(n))
        names = ['word/document.xml'] + sorted(n for n in z.namelist()
                                               if re.match(r'word/(header|footer)\d+\.xml|word/footnotes\.xml', n))
        for n in names:
            root = ET.fromstring(z.read(n))
            walk(root, out, False)
    return norm(''.join(out))


def walk(el, out, deleted):
    tag = el.tag
    if tag == W + 'del':
        deleted = True
    if tag == W + 't' and not deleted:
        out.append(el.text or '')
    elif tag in (W + 'tab', W + 'br', W + 'cr'):
        out.append(' ')
    for ch in el:
        walk(ch, out, deleted)
    if tag in (W + 'p', W + 'tc'):
        out.append(' ')


def pdf_text(path):
    r = subprocess.run(['pdftotext', '-raw', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True)
    # list-bullet glyphs printed between the paragraphs of a bulleted INFORME are not document words
    return norm(re.sub(r'(?:(?<=\s)|^)[•▪◦●■](?=\s)', ' ', r.stdout))


def gold_strings(g):
    """(field, string, case_insensitive)"""
    ss = g['session']
    yield 'session.body', ss['body'], True
    for k in ('place', 'topic', 'objective'):
        if ss.get(k):
            yield 'session.' + k, ss[k], False
    if g.get('coordinator'):
        yield 'coordinator.name', g['coordinator']['name'], False
        if g['coordinator'].get('role'):
            yield 'coordinator.role', g['coordinator']['role'], False
    for a in g['attendance']:
        yield 'attendance.name', a['name'], False
        if a['institution']:
            yield 'attendance.institution', a['institution'], False
    for s in g['strategies']:
        n = s['number']
        if s.get('title'):
            yield '%d.title' % n, s['title'], False
        for go in s['goals']:
            for k in ('text', 'indicator', 'executor', 'report'):
                if go.get(k):
                    yield '%s.%s' % (go['id'], k), go[k], False
        for f in s['figures']:
            yield '%d.figure.context' % n, f['context'], False
        for f in s['feedback']:
            yield '%d.feedback' % n, f['text'], False
    for a in g['agreements']:
        yield 'agreement', a['text'], False


def invariants(g):
    errs = []
    iso = re.compile(r'^\d{4}-\d{2}-\d{2}$')
    hhmm = re.compile(r'^[0-2][0-9]:[0-5][0-9]$')
    ss = g['session']
    if ss.get('date') and not iso.match(ss['date']):
        errs.append('session.date not ISO')
    if ss.get('start_time') and not hhmm.match(ss['start_time']):
        errs.append('start_time not HH:MM')
    for s in g['strategies']:
        ids = {go['id'] for go in s['goals']}
        for go in s['goals']:
            if go['id'] and not go['id'].startswith(str(s['number']) + '.'):
                errs.append('goal %s not of %d' % (go['id'], s['number']))
            if (go['report'] is None) != (go['report_status'] == 'not_reported'):
                errs.append('goal %s status/report mismatch' % go['id'])
        st = [go['report_status'] == 'reported' for go in s['goals']]
        want = 'reported' if all(st) else ('not_reported' if not any(st) else 'partial')
        if s['report_status'] != want:
            errs.append('strategy %d status %s, goals say %s' % (s['number'], s['report_status'], want))
        for f in s['figures']:
            if f['goal'] not in ids:
                errs.append('figure goal %s not in %d' % (f['goal'], s['number']))
            rep = next(go['report'] for go in s['goals'] if go['id'] == f['goal'])
            if not rep or f['context'] not in rep:
                errs.append('figure context not in report of %s: %s' % (f['goal'], f['context'][:50]))
            v = f['value']
            forms = {str(v), '{:,}'.format(v)} if isinstance(v, int) else {str(v)}
            if not any(re.search(r'(?<![\d,.])' + re.escape(x) + r'(?![\d,])', f['context']) for x in forms):
                errs.append('figure value %s not in its context' % v)
            if f['unit'] != f['unit'].lower() or f['unit'] not in f['context'].lower():
                errs.append('figure unit %s not lower case / not in context' % f['unit'])
        for f in s['feedback']:
            if f['goal'] is not None and f['goal'] not in ids:
                errs.append('feedback goal %s not in %d' % (f['goal'], s['number']))
            if f['label'] not in LABELS:
                errs.append('bad label %s' % f['label'])
    for a in g['agreements']:
        for d in a.get('dates', []):
            if not iso.match(d):
                errs.append('agreement date not ISO')
    ns = g.get('next_session')
    if ns:
        if ns.get('date') and not iso.match(ns['date']):
            errs.append('next_session date')
        for k in ('start_time', 'end_time'):
            if ns.get(k) and not hhmm.match(ns[k]):
                errs.append('next_session ' + k)
        if ns.get('date') and not any(ns['date'] in a.get('dates', []) for a in g['agreements']):
            errs.append('next_session date not in any agreement')
    for a in g['attendance']:
        if a['sector'] not in ('instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'):
            errs.append('bad sector')
    return errs


def schema_errors(g):
    schema = json.load(open(SCHEMA, encoding='utf-8'))
    try:
        import jsonschema
    except ImportError:
        missing = [k for k in schema['required'] if k not in g]
        return ['missing ' + k for k in missing]
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return [e.message for e in v.iter_errors(g)]


def main(prefixes):
    record = '--record' in prefixes
    prefixes = [x for x in prefixes if x != '--record']
    expected = {}
    ep = os.path.join(HERE, 'expected_pdf_misses.json')
    if os.path.exists(ep):
        expected = json.load(open(ep, encoding='utf-8'))
    bad = 0
    golds = sorted(glob.glob(os.path.join(OUT, 'blind-g-*.gold.json')))
    if prefixes:
        golds = [x for x in golds if any(os.path.basename(x).startswith(pf) for pf in prefixes)]
    n_strings = 0
    for gp in golds:
        stem = os.path.basename(gp)[:-len('.gold.json')]
        g = json.load(open(gp, encoding='utf-8'))
        errs = schema_errors(g) + invariants(g)
        dt = docx_text(os.path.join(OUT, stem + '.docx'))
        pt = pdf_text(os.path.join(OUT, stem + '.pdf'))
        pdf_miss = []
        for field, s, ci in gold_strings(g):
            n_strings += 1
            s = norm(s)
            hay_d, hay_p, needle = (dt.lower(), pt.lower(), s.lower()) if ci else (dt, pt, s)
            if needle not in hay_d:
                errs.append('DOCX miss %s: %s' % (field, s[:90]))
            if needle not in hay_p:
                pdf_miss.append('%s: %s' % (field, s[:90]))
        if record:
            expected[stem] = pdf_miss
        exp = expected.get(stem, [])
        unexpected = [m for m in pdf_miss if m not in exp]
        stale = [m for m in exp if m not in pdf_miss]
        for m in unexpected:
            errs.append('PDF miss (unexpected) ' + m)
        for m in stale:
            errs.append('expected PDF miss no longer missing: ' + m)
        status = 'OK ' if not errs else 'BAD'
        print('%s %s  (%d expected PDF misses)' % (status, stem, len(pdf_miss) - len(unexpected)))
        for e in errs:
            print('    ' + e)
        bad += bool(errs)
    if record:
        with open(ep, 'w', encoding='utf-8') as fh:
            json.dump(expected, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    print('%d gold files, %d strings checked, %d with problems' % (len(golds), n_strings, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
