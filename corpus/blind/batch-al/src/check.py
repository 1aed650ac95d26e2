# -*- coding: utf-8 -*-
"""Check batch AL (from AF): each gold has the schema's required keys and valid enums; every gold string occurs
(whitespace collapsed) in the .docx final-view text and in `pdftotext -raw` of the .pdf, except the
PDF misses listed in expected_pdf_misses.json. Exit 1 on any failure."""
import json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
SCHEMA = os.path.abspath(os.path.join(OUT, '..', '..', '..', 'shared', 'contract', 'acta.schema.json'))
if not os.path.exists(SCHEMA): SCHEMA = '/work/shared/contract/acta.schema.json'
WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
CASE_FREE = {'session.body', 'session.kind'}   # titles typed in lower case and shown with w:caps, or typed in capitals


def ws(s): return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    """final view: insertions kept, deletions dropped, hidden (w:vanish) dropped, field codes dropped (cached results kept),
    w:caps shown upper case; body + headers + footers + footnotes + comments."""
    out = []
    with zipfile.ZipFile(path) as z:
        # batch AL (from AF): comments are read too (R6 keeps its feedback only in comments)
        names = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer|footnotes|endnotes|comments)\d*\.xml', n))
        # batch AL (from AF): an altChunk (w:altChunk r:id -> an HTML part) is read as the HTML's text, where it stands
        chunks = {}
        if 'word/_rels/document.xml.rels' in z.namelist():
            for rel in ET.fromstring(z.read('word/_rels/document.xml.rels')):
                if rel.get('Type', '').endswith('/aFChunk'):
                    chunks[rel.get('Id')] = html_text(z.read('word/' + rel.get('Target')).decode('utf-8'))
        for n in names:
            root = ET.fromstring(z.read(n))
            walk(root, out, False, [False], chunks)
            out.append('\n')
        # batch AL: an embedded workbook (OLE object, word/embeddings/*.xlsx) is read too: the text of its cells, one per line
        for n in sorted(z.namelist()):
            if re.match(r'word/embeddings/.*\.xlsx$', n):
                import io
                with zipfile.ZipFile(io.BytesIO(z.read(n))) as x:
                    for m in sorted(x.namelist()):
                        if re.match(r'xl/(worksheets/sheet\d+|sharedStrings)\.xml$', m):
                            out.append('\n'.join(''.join(t.text or '' for t in c.iter('{http://schemas.openxmlformats.org/spreadsheetml/2006/main}t'))
                                                 for c in ET.fromstring(x.read(m)).iter() if c.tag.endswith('}c') or c.tag.endswith('}si')) + '\n')
    return ws(''.join(out))


def flat_odf_text(path):
    """text of a flat ODF file (.fodp/.fods): every text:p of the body, one per line"""
    TNS = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
    root = ET.parse(path).getroot()
    body = root.find('{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body')
    return ws('\n'.join(''.join(p.itertext()) for p in body.iter(TNS + 'p')))


def html_text(h):
    from html.parser import HTMLParser
    class X(HTMLParser):
        def __init__(s): super().__init__(); s.out = []; s.skip = 0
        def handle_starttag(s, t, a):
            if t in ('style', 'script', 'title'): s.skip += 1
            if t in ('p', 'br', 'td', 'th', 'li', 'tr', 'h1', 'h2', 'h3', 'div'): s.out.append('\n')
        def handle_endtag(s, t):
            if t in ('style', 'script', 'title'): s.skip -= 1
            if t in ('p', 'td', 'th', 'li', 'h1', 'h2', 'h3', 'div'): s.out.append('\n')
        def handle_data(s, d):
            if not s.skip: s.out.append(d)
    x = X(); x.feed(h)
    return ''.join(x.out)


def walk(el, out, deleted, in_code, chunks=None):
    tag = el.tag
    if tag == WNS + 'altChunk':
        out.append((chunks or {}).get(el.get('{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'), ''))
        return
    if tag == WNS + 'del' or tag == WNS + 'moveFrom' or tag == WNS + 'instrText' or tag == WNS + 'delText':
        return
    if tag == WNS + 'fldChar':
        t = el.get(WNS + 'fldCharType')
        in_code[0] = (t == 'begin')
        return
    if tag == WNS + 'r':
        rpr = el.find(WNS + 'rPr')
        caps = vanish = False
        if rpr is not None:
            v = rpr.find(WNS + 'vanish'); c = rpr.find(WNS + 'caps')
            vanish = v is not None and v.get(WNS + 'val') not in ('0', 'false')
            caps = c is not None and c.get(WNS + 'val') not in ('0', 'false')
        if vanish or in_code[0]:
            # field code runs between begin and separate carry instrText only; still check fldChar inside
            for ch in el:
                if ch.tag == WNS + 'fldChar': walk(ch, out, deleted, in_code)
            return
        for ch in el:
            if ch.tag == WNS + 't': out.append(ch.text.upper() if (caps and ch.text) else (ch.text or ''))
            elif ch.tag in (WNS + 'tab', WNS + 'br', WNS + 'cr'): out.append(' ')
            elif ch.tag == WNS + 'fldChar': walk(ch, out, deleted, in_code)
            elif ch.tag != WNS + 'rPr': walk(ch, out, deleted, in_code)   # text boxes / frames anchored in the run (LibreOffice export)
        return
    if tag == WNS + 'rPr' or tag == WNS + 'pPr' and False:
        return
    for ch in el:
        walk(ch, out, deleted, in_code, chunks)
    if tag in (WNS + 'p', WNS + 'tc'):
        out.append('\n')


def pdf_text(path):
    # list labels are not text: a bullet glyph printed before an item is dropped (gold joins items with single spaces)
    t = subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True, check=True).stdout
    return ws(re.sub(r'(^|\s)[•▪◦](?=\s)', ' ', t))


def ocr_text(path):
    """Tesseract's reading of a scanned/photographed PDF: a bullet glyph at a line start (read as +, *, « or •) is not text"""
    t = open(path, encoding='utf-8').read()
    return ws(re.sub(r'(?m)^\s*[+*«•·]\s+', '', t))


def gold_strings(g):
    s = g['session']
    yield 'session.body', s['body']
    yield 'session.kind', s['kind']
    for k in ('place', 'topic', 'objective'):
        yield 'session.' + k, s[k]
    if g.get('coordinator'):
        yield 'coordinator.name', g['coordinator']['name']
        yield 'coordinator.role', g['coordinator']['role']
    for a in g['attendance']:
        yield 'attendance.name', a['name']
        yield 'attendance.institution', a['institution']
    for st in g['strategies']:
        yield 'strategy.title', st['title']
        for go in st['goals']:
            for k in ('text', 'indicator', 'executor', 'report'):
                yield 'goal.' + k, go[k]
        for f in st['figures']:
            yield 'figure.context', f['context']
        for f in st['feedback']:
            yield 'feedback.text', f['text']
    for a in g['agreements']:
        yield 'agreement.text', a['text']
        yield 'agreement.responsible', a['responsible']


def check_schema(g, schema, errs, stem):
    def req(obj, sch, where):
        for k in sch.get('required', []):
            if k not in obj: errs.append(f'{stem}: {where} lacks required {k}')
    req(g, schema, 'root')
    P = schema['properties']
    for k in ('source', 'session'): req(g[k], P[k], k)
    sec = P['attendance']['items']
    for a in g['attendance']:
        req(a, sec, 'attendance')
        if a['sector'] not in sec['properties']['sector']['enum']: errs.append(f'{stem}: bad sector {a}')
    S = P['strategies']['items']
    for st in g['strategies']:
        req(st, S, 'strategy')
        if st['report_status'] not in S['properties']['report_status']['enum']: errs.append(f'{stem}: bad report_status')
        for go in st['goals']:
            req(go, S['properties']['goals']['items'], 'goal')
            if (go['report'] is None) != (go['report_status'] == 'not_reported'): errs.append(f'{stem}: goal {go["id"]} status/report mismatch')
        for f in st['figures']: req(f, S['properties']['figures']['items'], 'figure')
        for f in st['feedback']:
            req(f, S['properties']['feedback']['items'], 'feedback')
            if f['section'] not in ('retroalimentacion', 'observacion'): errs.append(f'{stem}: bad section')
            if f['label'] not in LABELS: errs.append(f'{stem}: bad label {f["label"]}')
        reps = ' '.join(go['report'] or '' for go in st['goals'])
        for f in st['figures']:
            if f['context'] not in reps: errs.append(f'{stem}: figure context not in INFORME: {f["context"]}')
    for a in g['agreements']: req(a, P['agreements']['items'], 'agreement')
    for d in [g['session']['date']] + [x for a in g['agreements'] for x in a['dates']] + ([g['next_session']['date']] if g['next_session'] else []):
        if not re.fullmatch(r'\d{4}-\d\d-\d\d', d): errs.append(f'{stem}: bad date {d}')
    if 'corpus' not in g or g['corpus'].get('origin') != 'blind-al': errs.append(f'{stem}: corpus block')


def check_extra_formats(errs):
    """--extra: the .odt/.doc/.rtf copies, re-saved as .docx by LibreOffice (so that frames and text boxes are kept), hold every
    gold string (case-insensitive, final view)"""
    import tempfile
    tmp = tempfile.mkdtemp(prefix='blind-al-extra-')
    n = 0
    for f in sorted(os.listdir(OUT)):
        if not f.endswith(('.odt', '.doc', '.rtf')): continue
        stem, ext = f.rsplit('.', 1)
        sub = os.path.join(tmp, ext)
        os.makedirs(sub, exist_ok=True)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-blind-al', '--headless', '--convert-to', 'docx:MS Word 2007 XML',
                        '--outdir', sub, os.path.join(OUT, f)], check=True, capture_output=True)
        t = docx_text(os.path.join(sub, stem + '.docx')).casefold()
        g = json.load(open(os.path.join(OUT, stem + '.gold.json'), encoding='utf-8'))
        for where, x in gold_strings(g):
            if x is None: continue
            n += 1
            if ws(x).casefold() not in t: errs.append(f'{f}: lacks {where}: {x[:80]}')
    print(f'extra formats: {n} gold strings checked in .odt/.doc/.rtf copies')


LABELS = {'avance', 'desalineado', 'insuficiente', 'solicita_datos', 'diseno_meta', 'reasignar', 'cuestiona', 'exhorta', 'instancia', 'proceso'}


def main():
    schema = json.load(open(SCHEMA, encoding='utf-8'))
    misses = json.load(open(os.path.join(OUT, 'expected_pdf_misses.json'), encoding='utf-8')) if os.path.exists(os.path.join(OUT, 'expected_pdf_misses.json')) else {}
    errs, n, used = [], 0, set()
    stems = sorted(f[:-10] for f in os.listdir(OUT) if f.endswith('.gold.json'))
    for stem in stems:
        g = json.load(open(os.path.join(OUT, stem + '.gold.json'), encoding='utf-8'))
        check_schema(g, schema, errs, stem)
        # batch AL: the slide (AJ2) and spreadsheet (AJ3) layouts have no .docx; their flat ODF source in src/ stands for it
        dx = os.path.join(OUT, stem + '.docx')
        dt = docx_text(dx) if os.path.exists(dx) else flat_odf_text(next(os.path.join(HERE, stem + e) for e in ('.fodp', '.fods') if os.path.exists(os.path.join(HERE, stem + e))))
        ocr = os.path.join(HERE, 'ocr', stem + '.txt')
        # a scanned (image-only) PDF has no text layer: its Tesseract OCR (written by build.py) stands for pdftotext
        pt = ocr_text(ocr) if os.path.exists(ocr) else pdf_text(os.path.join(OUT, stem + '.pdf'))
        exp = misses.get(stem, {})
        for where, s in gold_strings(g):
            if s is None: continue
            s = ws(s); n += 1
            cf = where in CASE_FREE
            def has(t): return (s.casefold() in t.casefold()) if cf else (s in t)
            if not has(dt): errs.append(f'{stem}: DOCX lacks {where}: {s[:90]}')
            if not has(pt):
                if s in exp: used.add((stem, s))
                else: errs.append(f'{stem}: PDF lacks {where}: {s[:90]}')
            elif s in exp:
                errs.append(f'{stem}: listed as expected PDF miss but found: {s[:90]}')
        # batch N: one tracked change (indigenas-08, a Google Docs suggestion) and one comment; final view only
    for stem, ss in misses.items():
        for s in ss:
            if (stem, s) not in used and not any(e.startswith(stem) and 'listed as expected' in e for e in errs):
                errs.append(f'{stem}: expected miss not met: {s[:80]}')
    # pairs: the first acta's next session is the second acta's date; every ISO date is a real date
    import datetime
    by = {}
    for stem in stems:
        g = json.load(open(os.path.join(OUT, stem + '.gold.json'), encoding='utf-8'))
        by.setdefault(stem.split('-')[2], []).append(g)
        for d in [g['session']['date'], (g['next_session'] or {}).get('date')] + [x for a in g['agreements'] for x in a['dates']]:
            if d: datetime.date.fromisoformat(d)
    for esp, gs in by.items():
        gs.sort(key=lambda g: g['session']['number'])
        for g1, g2 in zip(gs, gs[1:]):
            if g1['next_session']['date'] != g2['session']['date']: errs.append(f'{esp}: next session of {g1["session"]["number"]} is not the date of {g2["session"]["number"]}')
    print(f'{len(by)} pairs: next-session dates agree' if not any('next session of' in e for e in errs) else 'pair dates disagree')
    if '--extra' in sys.argv: check_extra_formats(errs)
    for e in errs: print('FAIL', e)
    print(f'{len(stems)} actas, {n} gold strings checked, {len(used)} expected PDF misses, {len(errs)} failures')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
