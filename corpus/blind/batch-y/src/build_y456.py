# -*- coding: utf-8 -*-
"""Layouts Y4 (section per strategy, code only in the section's page header), Y5 (hand-made Quartz-like PDF with
kerned TJ glyph runs), Y6 (phone scanner-app scan)."""
import os, random, re, subprocess, tempfile, zlib, datetime
import docx as D
from docx import esc
from build_common import OUT, R, P, T, EMPTY
from content import IE, SC, SE, OT
from words import long_date, MESES, DIAS

SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
ORD = {7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA', 12: 'DUODÉCIMA', 13: 'DECIMOTERCERA'}
ROM = ['I', 'II', 'III', 'IV', 'V', 'VI']


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def report_text(g):
    return ' '.join(g['report']) if g['report'] else None


def dot(t):
    return t if t.endswith('.') else t + '.'


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# ------------------------------------------------------------------ Y4
def wing(ch):
    """a bullet typed as a Wingdings symbol (private-use code point) followed by a tab"""
    return f'<w:r><w:sym w:font="Wingdings" w:char="{ch}"/></w:r><w:r><w:tab/></w:r>'


def hdr_xml(text, sub=None):
    x = P(R(text, b=True, sz=18), align='right', ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    if sub: x += P(R(sub, i=True, sz=16), align='right')
    return x


def sect_xml(hid, last=False):
    s = (f'<w:sectPr><w:headerReference w:type="default" r:id="{hid}"/><w:footerReference w:type="default" r:id="rIdF1"/>'
         '<w:type w:val="nextPage"/><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    return s if last else f'<w:p><w:pPr>{s}</w:pPr></w:p>'


def y4(a):
    b = []
    J = 'both'
    b.append(P(R('ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA', b=True, sz=26), align='center'))
    b.append(P(R('ESPACIO DE PARTICIPACIÓN', b=True), align='center'))
    b.append(P(R('I.- DATOS DE LA SESIÓN', b=True), before=200))
    for lab, val in (('Fecha', long_date(a['date'])), ('Hora', f'{a["start"]} horas'), ('Lugar', a['place']),
                     ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')):
        b.append(P(f'{lab}:\t{val}', tabs=[1800], ind=(1800, 1800)))
    b.append(P(R('II.- ASISTENCIA', b=True), before=200))
    b.append(P(R('Nombre\tInstitución\tSector', b=True, u=True), tabs=[3300, 7300]))
    for x in a['attendance']:
        b.append(P(f'{x[0]}\t{x[2]}\t{SECTOR_WORD[x[4]]}', tabs=[3300, 7300], ind=(3300, 3300), rpr_mark='<w:sz w:val="19"/>'))
    b.append(P(R('III.- SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    b.append(P('Se revisaron los informes de las instancias ejecutoras, uno por estrategia, como se asienta en las hojas siguientes.', align=J))
    hdrs = []
    for k, st in enumerate(a['strategies']):
        hid = f'rIdH{k + 2}'
        b.append(sect_xml('rIdH1' if k == 0 else f'rIdH{k + 1}'))
        hdrs.append((hid, f'header{k + 2}.xml', hdr_xml(f'Estrategia {st["number"]}', st['title'])))
        for j, g in enumerate(st['goals']):
            b.append(P(R(f'{"abcd"[j]}.- Meta {g["id"]}. ', b=True), dot(g['text']), align=J, before=160 if j else 0))
            b.append(P(wing('F0A7'), R('Indicador: ', i=True), g['indicator'], ind=(720, 360)))
            b.append(P(wing('F0A7'), R('Instancia ejecutora: ', i=True), g['executor'], ind=(720, 360)))
            b.append(P(wing('F0A7'), R('Informe: ', i=True), report_text(g) if g['report'] else g['status'], ind=(720, 360), align=J))
            fr = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'retroalimentacion']
            fo = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'observacion']
            if fr:
                b.append(P(wing('F0A7'), R('Retroalimentación de la Secretaría Ejecutiva:', i=True), ind=(720, 360)))
                for f in fr: b.append(P(wing('F0D8'), f[0], ind=(1440, 360), align=J))
            if fo:
                b.append(P(wing('F0A7'), R('Observaciones:', i=True), ind=(720, 360)))
                for f in fo: b.append(P(wing('F0D8'), R(f'{f[4]} ({inst_of(a, f[4])}): '), f[0], ind=(1440, 360), align=J))
    b.append(sect_xml(f'rIdH{len(a["strategies"]) + 1}'))
    b.append(P(R('IV.- ACUERDOS', b=True)))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k})\t{g["text"]}', tabs=[567], ind=(567, 567), align=J))
    b.append(P(f'Siendo las {a["end"]} horas se dio por terminada la sesión.', before=200, align=J))
    se = a['attendance'][-1]
    b.append(P('Elaboró:\t' + f'{se[1]} {se[0]}, {se[5]}', tabs=[1200], before=300))
    body = ''.join(b) + sect_xml('rIdH1', last=True)
    rels = [f'<Relationship Id="{hid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="{fn}"/>' for hid, fn, _ in hdrs]
    parts = [(fn, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {D.W}>{x}</w:hdr>', 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml') for _, fn, x in hdrs]
    h1 = hdr_xml('PDHCDMX · Espacio de Participación de los ' + a['body'])
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body, h1, P(D.PAGE_FIELD, align='center'), font='Arial', size=21, extra_rels=rels, extra_parts=parts)


# ------------------------------------------------------------------ Y5: hand-made "Quartz" PDF
def afm(path):
    w = {}
    for line in open(path, encoding='latin-1'):
        if line.startswith('C '):
            m = re.search(r'C (-?\d+) ; WX (\d+) ; N (\S+)', line)
            if m: w[m.group(3)] = int(m.group(2))
    return w


AFM_DIR = '/usr/share/fonts/type1/urw-base35/'
_NAMES = None


def glyph_widths(font):
    import unicodedata
    W = afm(AFM_DIR + font + '.afm')
    # cp1252 byte -> glyph name, via the Adobe names of the characters we use
    names = {' ': 'space', '.': 'period', ',': 'comma', ';': 'semicolon', ':': 'colon', '-': 'hyphen', '(': 'parenleft', ')': 'parenright',
             '/': 'slash', '·': 'periodcentered', '—': 'emdash', '–': 'endash', '"': 'quotedbl', "'": 'quotesingle', '¿': 'questiondown', '?': 'question',
             'á': 'aacute', 'é': 'eacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde', 'Á': 'Aacute', 'É': 'Eacute', 'Í': 'Iacute',
             'Ó': 'Oacute', 'Ú': 'Uacute', 'Ñ': 'Ntilde', 'ü': 'udieresis', '&': 'ampersand', '%': 'percent', '|': 'bar', '°': 'degree', 'ª': 'ordfeminine', 'º': 'ordmasculine'}
    digits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    def wd(ch):
        if ch.isascii() and ch.isalpha(): return W[ch]
        if ch.isdigit(): return W[digits[int(ch)]]
        return W.get(names.get(ch, ''), 556)
    return wd


def pdfstr(s):
    b = s.encode('cp1252')
    out = ''
    for c in b:
        ch = chr(c)
        if ch in '()\\': out += '\\' + ch
        elif 32 <= c < 127: out += ch
        else: out += '\\%03o' % c
    return '(' + out + ')'


class QPdf:
    """pages of positioned glyph runs, as a design tool writes them"""
    def __init__(self, seed):
        self.pages, self.cur = [], None
        self.rnd = random.Random(seed)
        self.w = {'F1': glyph_widths('NimbusSans-Regular'), 'F2': glyph_widths('NimbusSans-Bold')}
        self.new_page()

    def new_page(self):
        self.cur = []; self.pages.append(self.cur); self.y = 740

    def width(self, s, font, size):
        return sum(self.w[font](c) for c in s) * size / 1000

    def wrap(self, text, font, size, maxw):
        words, lines, cur = text.split(' '), [], ''
        for wd in words:
            t = (cur + ' ' + wd) if cur else wd
            if self.width(t, font, size) > maxw and cur:
                lines.append(cur); cur = wd
            else: cur = t
        if cur: lines.append(cur)
        return lines

    def tj(self, s, font, size):
        """a TJ array: words split into fragments with small kerning adjustments; some word spaces drawn as a displacement instead of a space glyph"""
        parts, frag = [], ''
        sp = self.w[font](' ')
        for k, ch in enumerate(s):
            if ch == ' ' and self.rnd.random() < 0.35:
                parts.append(pdfstr(frag)); parts.append(str(-sp)); frag = ''   # the space as a gap, no glyph
                continue
            frag += ch
            if ch.isalpha() and self.rnd.random() < 0.22 and k + 1 < len(s) and s[k + 1].isalpha():
                parts.append(pdfstr(frag)); parts.append(str(self.rnd.choice([-18, -12, -7, 9, 15, 22]))); frag = ''
        if frag: parts.append(pdfstr(frag))
        return '[' + ' '.join(parts) + '] TJ'

    def line(self, text, x=72, font='F1', size=10, lead=13.5, runs=True):
        if self.y < 70: self.new_page()
        # a line is drawn as up to three positioned runs (each its own Tm), split at word boundaries
        words = text.split(' ')
        cuts = sorted(self.rnd.sample(range(1, len(words)), min(2, len(words) - 1))) if runs and len(words) > 4 else []
        segs, prev = [], 0
        for c in cuts + [len(words)]:
            segs.append(' '.join(words[prev:c])); prev = c
        xx = x
        for k, sg in enumerate(segs):
            t = sg + (' ' if k < len(segs) - 1 else '')
            self.cur.append(f'BT /{font} {size} Tf 1 0 0 1 {xx:.3f} {self.y:.3f} Tm {self.tj(t, font, size)} ET')
            xx += self.width(t, font, size)
        self.y -= lead

    def para(self, text, x=72, font='F1', size=10, maxw=468, lead=13.5, after=4, lead_label=None):
        first = True
        for ln in self.wrap(text, font, size, maxw - (x - 72)):
            self.line(ln, x, font, size, lead)
        self.y -= after

    def rule(self, y=None):
        y = self.y + 8 if y is None else y
        self.cur.append(f'0.6 w 72 {y:.1f} m 540 {y:.1f} l S')

    def save(self, path, title):
        objs = []
        def add(x): objs.append(x); return len(objs)
        f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
        f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
        pages_id = len(objs) + 1 + 2 * len(self.pages) + 1
        kids = []
        for pg in self.pages:
            data = zlib.compress(('\n'.join(['q 0.12 0.12 0.12 rg'] + pg + ['Q'])).encode('latin-1'))
            c = add(f'<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n'.encode('latin-1') + data + b'\nendstream')
            p = add(f'<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c} 0 R >>')
            kids.append(p)
        add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
        cat = len(objs)
        assert add(f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>') == pages_id
        info = add(f'<< /Producer (macOS Version 14.4.1 \\(Build 23E224\\) Quartz PDFContext) /Creator (Pages) /Title {pdfstr(title)} '
                   f'/CreationDate (D:20241104120000Z00\'00\') >>')
        out = b'%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n'
        offs = []
        for k, o in enumerate(objs, 1):
            offs.append(len(out))
            body = o if isinstance(o, bytes) else o.encode('latin-1')
            out += f'{k} 0 obj\n'.encode() + body + b'\nendobj\n'
        xref = len(out)
        out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode() + b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
        out += f'trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
        open(path, 'wb').write(out)


def y5_lines(a):
    """(kind, text) in reading order; kind: title / head / text / item / small"""
    L = []
    L.append(('title', f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria'))
    L.append(('sub', f'Espacio de Participación del {a["body"]}'))
    L.append(('text', f'Fecha: {long_date(a["date"])} · Hora: {a["start"]} a {a["end"]} h'))
    L.append(('text', f'Lugar: {a["place"]}'))
    L.append(('text', f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}'))
    L.append(('head', 'Asistencia'))
    for x in a['attendance']:
        L.append(('item', f'{x[0]} — {x[2]} ({SECTOR_WORD[x[4]]})'))
    L.append(('head', 'Seguimiento de estrategias y metas'))
    for st in a['strategies']:
        L.append(('bold', f'Estrategia {st["number"]}. {st["title"]}'))
        for g in st['goals']:
            L.append(('bold2', f'Meta {g["id"]}. {g["text"]}'))
            L.append(('ind', f'Indicador: {g["indicator"]}'))
            L.append(('ind', f'Responsable: {g["executor"]}'))
            L.append(('ind', f'Informe: {report_text(g) if g["report"] else g["status"]}'))
        L.append(('sub2', 'Retroalimentación y observaciones'))
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            L.append(('ind', f'{who}, meta {f[2]}: {f[0]}'))
    L.append(('head', 'Acuerdos'))
    for k, g in enumerate(a['agreements'], 1):
        L.append(('item', f'{k}. {g["text"]}'))
    se = a['attendance'][-1]
    L.append(('text', f'Relatoría: {se[1]} {se[0]}, {se[5]}.'))
    return L


def y5_pdf(a):
    q = QPdf(a['stem'])
    for kind, t in y5_lines(a):
        if kind == 'title': q.para(t, font='F2', size=16, lead=20, after=2)
        elif kind == 'sub': q.para(t, font='F1', size=11.5, lead=15, after=10)
        elif kind == 'head': q.y -= 8; q.para(t.upper(), font='F2', size=10.5, lead=14, after=4); q.rule()
        elif kind == 'bold': q.para(t, font='F2', size=10, after=3)
        elif kind == 'bold2': q.para(t, x=84, font='F2', size=9.5, after=2, lead=12.5)
        elif kind == 'sub2': q.para(t, x=84, font='F2', size=9.5, after=2, lead=12.5)
        elif kind == 'ind': q.para(t, x=96, size=9.5, lead=12.5, after=3)
        elif kind == 'item': q.para(t, x=84, size=9.5, lead=12.5, after=2)
        else: q.para(t)
    q.save(os.path.join(OUT, a['stem'] + '.pdf'), f'Acta {a["number"]} chinampas')


def y5_docx(a):
    b = []
    for kind, t in y5_lines(a):
        if kind == 'title': b.append(P(R(t, b=True, sz=32)))
        elif kind == 'sub': b.append(P(R(t, sz=23), after=200))
        elif kind == 'head': b.append(P(R(t, b=True, caps=True), before=160, ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))
        elif kind == 'bold': b.append(P(R(t, b=True)))
        elif kind in ('bold2', 'sub2'): b.append(P(R(t, b=True), ind=(240, 0)))
        elif kind == 'ind': b.append(P(t, ind=(480, 0)))
        elif kind == 'item': b.append(P(t, ind=(240, 0)))
        else: b.append(P(t))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Helvetica', size=20)


# ------------------------------------------------------------------ Y6: printed acta captured with a phone scanner app
def y6(a):
    b = []
    J = 'both'
    b.append(P(R('SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center'))
    b.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=24), align='center'))
    b.append(P(R(f'Espacio de Participación de los {a["body"]}', b=True), align='center', after=200))
    b.append(P(R('Fecha: ', b=True), long_date(a['date'])))
    b.append(P(R('Horario: ', b=True), f'{a["start"]} a {a["end"]} horas'))
    b.append(P(R('Lugar: ', b=True), a['place']))
    b.append(P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'))
    b.append(P(R('1. Asistencia', b=True), before=200))
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        b.append(P(R({IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}[s], u=True), ind=(360, 0)))
        for x in xs:
            b.append(P(f'{x[1]} {x[0]}, {x[5]}, {x[2]}.', ind=(720, 0)))
    b.append(P(R('2. Seguimiento de estrategias', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text']), ind=(360, 0), align=J))
            b.append(P(R('Indicador: ', i=True), g['indicator'], ind=(360, 0)))
            b.append(P(R('Instancia ejecutora: ', i=True), g['executor'], ind=(360, 0)))
            b.append(P(R('Informe: ', i=True), report_text(g) if g['report'] else g['status'], ind=(360, 0), align=J))
        fr = [f for f in st['feedback'] if f[1] == 'retroalimentacion']
        fo = [f for f in st['feedback'] if f[1] == 'observacion']
        if fr:
            b.append(P(R('Retroalimentación:', b=True, i=True), ind=(360, 0)))
            for f in fr: b.append(P(f'Meta {f[2]}. {f[0]}', ind=(720, 0), align=J))
        if fo:
            b.append(P(R('Observaciones:', b=True, i=True), ind=(360, 0)))
            for f in fo: b.append(P(f'{f[4]} ({inst_of(a, f[4])}), meta {f[2]}. {f[0]}', ind=(720, 0), align=J))
    b.append(P(R('3. Acuerdos', b=True), before=200))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}. {g["text"]}', ind=(360, 0), align=J))
    b.append(P(f'Se cerró la sesión a las {a["end"]} horas.', before=200))
    rows = [[_cell(x) for x in (a['coordinator'][0] + '\n' + a['coordinator'][1], a['attendance'][-1][0] + '\n' + a['attendance'][-1][5])]]
    b.append(T(rows, [4600, 4600], borders=False))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), font='Arial', size=22)


def _cell(t):
    from build_common import C
    n, role = t.split('\n')
    return C([P(''), P('________________________', align='center'), P(n, align='center'), P(role, align='center')], w=4600)


def y6_scan(a, lo_convert):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-y-phone-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '170', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.ppm'))
    rnd = random.Random(stem)
    jpgs = []
    for k, f in enumerate(pages):
        src = os.path.join(tmp, f)
        W, Hh = map(int, subprocess.run(['identify', '-format', '%w %h', src], capture_output=True, text=True).stdout.split())
        # the app's perspective correction leaves a slight keystone: corners moved a few pixels
        d = [rnd.randint(4, 16) for _ in range(8)]
        persp = f'0,0 {d[0]},{d[1]}  {W},0 {W - d[2]},{d[3]}  {W},{Hh} {W - d[4]},{Hh - d[5]}  0,{Hh} {d[6]},{Hh - d[7]}'
        grad = os.path.join(tmp, f'g{k}.png'); thumb = os.path.join(tmp, f't{k}.png'); out = os.path.join(tmp, f'{k}.jpg')
        # uneven white balance: warm, darker toward one corner
        run(['convert', '-size', f'{W}x{Hh}', 'radial-gradient:#fffaf0-#d8ccb4', '-distort', 'SRT', f'{rnd.uniform(0.8, 1.2):.2f} {rnd.randint(-30, 30)}', grad])
        # a thumb holding the page: a soft dark blob at the left or right edge
        side = rnd.choice(['left', 'right'])
        cx = 0 if side == 'left' else W
        cy = int(Hh * rnd.uniform(0.55, 0.8))
        run(['convert', '-size', f'{W}x{Hh}', 'xc:white', '-fill', '#6a5e52', '-draw', f'ellipse {cx},{cy} {int(W * 0.045)},{int(Hh * 0.06)} 0,360', '-blur', '0x25', thumb])
        run(['convert', src, '-distort', 'Perspective', persp, grad, '-compose', 'Multiply', '-composite', thumb, '-compose', 'Multiply', '-composite',
             '-attenuate', '0.4', '+noise', 'Gaussian', '-blur', '0x0.5', '-quality', '62', '-sampling-factor', '2x2', out])
        jpgs.append(out)
        print(stem, 'page', k + 1, 'thumb', side)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    # the reader's OCR: Tesseract spa on each page image, enlarged
    txt = []
    for k, j in enumerate(jpgs):
        up = os.path.join(tmp, f'{k}-up.png')
        run(['convert', j, '-colorspace', 'Gray', '-resize', '160%', '-normalize', up])
        txt.append(subprocess.run(['tesseract', up, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True, check=True).stdout)
    os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ocr'), exist_ok=True)
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
