#!/usr/bin/env python3
"""Render batch I from content.py: <stem>.docx, <stem>.html (Chromium layouts), <stem>.gold.json, and PDFs.

    python3 build.py            # docx + html + gold + pdf for every acta
    python3 build.py --no-pdf   # skip the PDF printing
"""
import html, json, os, re, subprocess, sys, shutil, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from content import ACTAS

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
CHROMIUM_LAYOUTS = {'I2', 'I5'}
SECTOR = {'ie': 'instancia_ejecutora', 'sc': 'sociedad_civil', 'se': 'secretaria_ejecutiva', 'ot': 'otro'}
TOKEN = re.compile(r'\[-(.*?)-\]|\{\+(.*?)\+\}|\^\[(.*?)\]|⟦(.*?)⟧', re.S)

# ------------------------------------------------------------------ text helpers
def final(s):
    """The final-view text of a content string (deletions dropped, notes and comments removed)."""
    if s is None: return None
    s = TOKEN.sub(lambda m: m.group(2) if m.group(2) is not None else '', s)
    return s

def col(s):
    return None if s is None else re.sub(r'\s+', ' ', final(s)).strip()

class Doc:
    """Collects footnotes, comments, numbering definitions and revision ids for one docx."""
    def __init__(self):
        self.footnotes, self.comments, self.numdefs, self.rev = [], [], [], 100
        self.has_revisions = False
    def newlist(self, fmt, text):
        nid = len(self.numdefs) + 1
        self.numdefs.append((nid, [(fmt, text, 720)]))
        return nid

    def runs(self, s, b=False, i=False, sz=None):
        out, pos = [], 0
        for m in TOKEN.finditer(s):
            if m.start() > pos: out.append(D.run(s[pos:m.start()], b, i, sz))
            self.rev += 1
            if m.group(1) is not None or m.group(2) is not None: self.has_revisions = True
            if m.group(1) is not None:
                rpr = '<w:rPr>' + ('<w:b/>' if b else '') + '</w:rPr>'
                out.append(f'<w:del w:id="{self.rev}" w:author="Secretaría Técnica" w:date="2020-01-01T00:00:00Z"><w:r>{rpr}<w:delText xml:space="preserve">{D.esc(m.group(1))}</w:delText></w:r></w:del>')
            elif m.group(2) is not None:
                out.append(f'<w:ins w:id="{self.rev}" w:author="Secretaría Técnica" w:date="2020-01-01T00:00:00Z">{D.run(m.group(2), b, i, sz)}</w:ins>')
            elif m.group(3) is not None:
                self.footnotes.append(m.group(3))
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{len(self.footnotes)}"/></w:r>')
            else:
                cid = len(self.comments); self.comments.append(m.group(4))
                out.append(f'<w:commentRangeStart w:id="{cid}"/><w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>')
            pos = m.end()
        if pos < len(s): out.append(D.run(s[pos:], b, i, sz))
        return out

    def p(self, s, b=False, i=False, align=None, num=None, style=None, sz=None):
        return D.para(self.runs(s, b, i, sz), style=style, align=align, num=num)

    def lp(self, label, s, tab=False):
        """'Label: text' paragraph, label bold."""
        return D.para([D.run(label + ('\t' if tab else ' '), b=True)] + self.runs(s))

    def cell(self, paras, w=None, span=1, shade=None, vmerge=None, b=False):
        if isinstance(paras, str): paras = [paras]
        return D.cell([self.p(x, b=b) if not x.startswith('<w:') else x for x in paras], w=w, span=span, shade=shade, vmerge=vmerge)

def sector_groups(att):
    order = ['ie', 'sc', 'ot', 'se']
    return [(s, [a for a in att if a[4] == s]) for s in order if any(a[4] == s for a in att)]

def fb_items(g, sec):
    return [f for f in g['fb'] if f[0] == sec]

def report_paras(g):
    return g['report'] if g['report'] else [g['status'] or '']

def signature(d, a):
    return (D.para('') + D.para('_______________________________', align='center') +
            d.p(a['coordinator'][0], b=True, align='center') + d.p(a['coordinator'][1], align='center'))

FOOTER = D.para([D.PAGE_FIELD], align='right')

# ------------------------------------------------------------------ I1 seguridad: page-header title, goal tables
def render_I1(a, d):
    hdr = (D.para('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', align='center', sz=14) +
           D.para('ESPACIO DE PARTICIPACIÓN DE ' + a['body'].upper(), align='center', b=True) +
           D.para(f"ACTA DE LA {a['ordinal']} SESIÓN ORDINARIA", align='center', b=True))
    B = []
    W4 = [1500, 3400, 1400, 3600]
    B.append(D.table([
        [d.cell('Fecha:', b=True, shade='D9D9D9'), d.cell(a['date_text']), d.cell('Horario:', b=True, shade='D9D9D9'),
         d.cell(f"Inicio: {a['start']} horas\nTérmino: {a['end']} horas")],
        [d.cell('Lugar:', b=True, shade='D9D9D9'), d.cell(a['place'], span=3)],
        [d.cell('Tema:', b=True, shade='D9D9D9'), d.cell(a['topic'], span=3)],
        [d.cell('Objetivo:', b=True, shade='D9D9D9'), d.cell(a['objective'], span=3)],
    ], W4))
    B.append(D.para('I. LISTA DE ASISTENCIA', style='Heading1'))
    lab = {'ie': 'Instancias ejecutoras', 'sc': 'Sociedad civil', 'se': 'Secretaría Ejecutiva', 'ot': 'Otras instancias'}
    rows = [[d.cell(h, b=True, shade='BFBFBF') for h in ('Sector', 'Nombre', 'Cargo', 'Institución')]]
    for s, people in sector_groups(a['attendance']):
        for k, (n, cargo, inst, key, sec) in enumerate(people):
            rows.append([d.cell(lab[s] if k == 0 else '', vmerge='restart' if k == 0 else 'continue'),
                         d.cell(n), d.cell(cargo), d.cell(inst)])
    B.append(D.table(rows, [1900, 2700, 2600, 2700]))
    B.append(D.para('II. SEGUIMIENTO DE ESTRATEGIAS', style='Heading1'))
    for st in a['strategies']:
        B.append(d.p(f"Estrategia {st['n']}.- {st['title']}", style='Heading2'))
        for g in st['goals']:
            rows = [[d.cell(f"Meta {g['id']}", b=True, shade='D9D9D9'), d.cell(g['text'], b=True)],
                    [d.cell('Indicador', b=True, shade='D9D9D9'), d.cell(g['ind'])],
                    [d.cell('Instancia ejecutora', b=True, shade='D9D9D9'), d.cell(g['ex'])],
                    [d.cell('INFORME', b=True, shade='D9D9D9'), d.cell(report_paras(g))]]
            for sec, name in (('r', 'Retroalimentación'), ('o', 'Observaciones')):
                items = fb_items(g, sec)
                if items: rows.append([d.cell(name, b=True, shade='D9D9D9'), d.cell([f[1] for f in items])])
            B.append(D.table(rows, [2200, 7700]))
    B.append(D.para('III. ACUERDOS', style='Heading1'))
    rows = [[d.cell(h, b=True, shade='BFBFBF') for h in ('No.', 'Acuerdo', 'Responsable', 'Fecha')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([d.cell(str(k)), d.cell(ag['text']), d.cell(ag['resp']), d.cell(ag['fecha'])])
    B.append(D.table(rows, [600, 5600, 2200, 1500]))
    B.append(signature(d, a))
    B.append(D.sect())
    return ''.join(B), hdr

# ------------------------------------------------------------------ I2 politicos: narrative, two columns, lists
def i2_att_prose(a):
    lab = {'ie': 'Por las instancias ejecutoras asistieron: ', 'sc': 'Por la sociedad civil: ',
           'ot': 'Por otras instituciones: ', 'se': 'Por la Secretaría Ejecutiva: '}
    out = []
    for s, people in sector_groups(a['attendance']):
        items = [f'{n} ({inst})' for n, _, inst, _, _ in people]
        txt = items[0] if len(items) == 1 else ', '.join(items[:-1]) + ' y ' + items[-1]
        out.append(lab[s] + txt + '.')
    return out

def i2_opening(a):
    return (f"En la Ciudad de México, siendo las {a['start_words']} del día {a['date_words']}, en la {a['place']}, "
            f"se reunieron las personas integrantes del Espacio de Participación de {a['body']} del Programa de Derechos "
            f"Humanos de la Ciudad de México, con el objetivo de {a['objective']}.")

def i2_closing(a):
    return (f"No habiendo más asuntos que tratar, se da por concluida la sesión a las {a['end_words']} del mismo día, "
            f"firmando al calce quien coordina el Espacio.")

def render_I2(a, d):
    B = [D.para(f"ACTA DE LA {a['ordinal']} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE {a['body'].upper()}", style='Title'),
         d.p(i2_opening(a)), D.sect_para(continuous=True)]
    B.append(D.para('ASISTENCIA', style='Heading1'))
    B += [d.p(x) for x in i2_att_prose(a)]
    B.append(D.para('DESARROLLO DE LA SESIÓN', style='Heading1'))
    for st in a['strategies']:
        B.append(d.p(f"Estrategia {st['n']}. {st['title']}", b=True))
        for g in st['goals']:
            B.append(d.lp(f"Meta {g['id']}:", g['text']))
            B.append(d.lp('Indicador:', g['ind']))
            B.append(d.lp('Instancia ejecutora:', g['ex']))
            if g['report']:
                B.append(D.para('Informe:', b=True))
                B += [d.p(x) for x in g['report']]
            else:
                B.append(d.lp('Informe:', g['status'] + '.'))
            for sec, name in (('r', 'Retroalimentación:'), ('o', 'Observaciones:')):
                items = fb_items(g, sec)
                if not items: continue
                B.append(D.para(name, b=True, i=True))
                nid = d.newlist('decimal', '%1.')
                B += [d.p(f[1], num=(nid, 0)) for f in items]
    B.append(D.para('ACUERDOS', style='Heading1'))
    nid = d.newlist('lowerLetter', '%1)')
    B += [d.p(ag['text'], num=(nid, 0)) for ag in a['agreements']]
    B.append(d.p(i2_closing(a)))
    B.append(signature(d, a))
    B.append(D.sect(cols=2, continuous=True))
    return ''.join(B), ''

def html_I2(a):
    e = lambda s: html.escape(final(s)).replace('\n', '<br>').replace('\t', ' ')
    notes = []
    def n(s):
        t = e(s)
        for m in TOKEN.finditer(s):
            if m.group(3) is not None:
                notes.append(m.group(3)); t += f'<sup>{len(notes)}</sup>'
        return t
    H = [f"<h1>ACTA DE LA {a['ordinal']} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE {html.escape(a['body'].upper())}</h1>",
         f"<p class=open>{e(i2_opening(a))}</p>", '<div class=cols>', '<h2>ASISTENCIA</h2>']
    H += [f'<p>{e(x)}</p>' for x in i2_att_prose(a)]
    H.append('<h2>DESARROLLO DE LA SESIÓN</h2>')
    for st in a['strategies']:
        H.append(f"<p><b>Estrategia {st['n']}. {e(st['title'])}</b></p>")
        for g in st['goals']:
            H.append(f"<p><b>Meta {g['id']}:</b> {e(g['text'])}</p><p><b>Indicador:</b> {e(g['ind'])}</p><p><b>Instancia ejecutora:</b> {e(g['ex'])}</p>")
            if g['report']:
                H.append('<p><b>Informe:</b></p>' + ''.join(f'<p>{n(x)}</p>' for x in g['report']))
            else:
                H.append(f"<p><b>Informe:</b> {e(g['status'])}.</p>")
            for sec, name in (('r', 'Retroalimentación:'), ('o', 'Observaciones:')):
                items = fb_items(g, sec)
                if items:
                    H.append(f'<p><b><i>{name}</i></b></p><ol>' + ''.join(f'<li>{e(f[1])}</li>' for f in items) + '</ol>')
    H.append('<h2>ACUERDOS</h2><ol type=a>' + ''.join(f"<li>{e(ag['text'])}</li>" for ag in a['agreements']) + '</ol>')
    H.append(f"<p>{e(i2_closing(a))}</p><p class=sig>_______________________________<br><b>{e(a['coordinator'][0])}</b><br>{e(a['coordinator'][1])}</p>")
    if notes:
        H.append('<hr><div class=notes>' + ''.join(f'<p><sup>{k}</sup> {html.escape(t)}</p>' for k, t in enumerate(notes, 1)) + '</div>')
    H.append('</div>')
    css = ('@page{size:Letter;margin:2cm 2cm} body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10pt;text-align:justify}'
           'h1{font-size:13pt;text-align:center} h2{font-size:11pt;margin:8pt 0 4pt} .cols{column-count:2;column-gap:0.8cm}'
           'p{margin:0 0 5pt} ol{margin:0 0 5pt;padding-left:16pt} .sig{text-align:center;margin-top:24pt} .notes{font-size:8pt}')
    return f'<!DOCTYPE html><html lang=es><head><meta charset=utf-8><style>{css}</style></head><body>' + ''.join(H) + '</body></html>'

# ------------------------------------------------------------------ I3 cuidados: text box, signature sheet, goal columns
def render_I3(a, d):
    tb = (D.para('ESPACIO DE PARTICIPACIÓN DEL ' + a['body'].upper(), align='center', b=True, sz=24) +
          D.para(f"REUNIÓN DE TRABAJO {a['ordinal']}", align='center', b=True) +
          D.para(f"Fecha: {a['date_text']}", align='center'))
    box = ('<w:p><w:r><w:pict><v:shape id="titulo" type="#_x0000_t202" style="width:480pt;height:74pt" strokecolor="#1F4E79" strokeweight="1.5pt" fillcolor="#DEEAF6">'
           f'<v:textbox><w:txbxContent>{tb}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    B = [box,
         d.lp('Lugar:', a['place'], tab=True), d.lp('Hora:', f"{a['start']} a {a['end']} horas", tab=True),
         d.lp('Tema:', a['topic'], tab=True), d.lp('Objetivo:', a['objective'], tab=True)]
    B.append(D.para('LISTA DE ASISTENCIA', style='Heading1'))
    lab = {'ie': 'INSTANCIAS EJECUTORAS', 'sc': 'SOCIEDAD CIVIL', 'se': 'SECRETARÍA EJECUTIVA', 'ot': 'ORGANISMOS INTERNACIONALES Y ACADEMIA'}
    rows = [[d.cell(h, b=True, shade='DEEAF6') for h in ('No.', 'Nombre', 'Institución', 'Firma')]]
    k = 0
    for s, people in sector_groups(a['attendance']):
        rows.append([d.cell(lab[s], span=4, b=True, shade='F2F2F2')])
        for n, _, inst, _, _ in people:
            k += 1
            rows.append([d.cell(str(k)), d.cell(n), d.cell(inst), d.cell('')])
    B.append(D.table(rows, [600, 3300, 3800, 2200]))
    B.append(D.para('ORIENTACIÓN Y RETROALIMENTACIÓN', style='Heading1'))
    for st in a['strategies']:
        ng = len(st['goals']); gw = 7900 // ng; widths = [1900] + [gw] * ng
        rows = [[d.cell(f"Estrategia {st['n']}.- {st['title']}", span=ng + 1, b=True, shade='DEEAF6')],
                [d.cell('Meta', b=True)] + [d.cell([d.p(f"Meta {g['id']}", b=True), d.p(g['text'])]) for g in st['goals']],
                [d.cell('Indicador', b=True)] + [d.cell(g['ind']) for g in st['goals']],
                [d.cell('Instancia ejecutora', b=True)] + [d.cell(g['ex']) for g in st['goals']],
                [d.cell('INFORME', b=True)] + [d.cell(report_paras(g)) for g in st['goals']]]
        B.append(D.table(rows, widths))
        for sec, name in (('r', 'Retroalimentación'), ('o', 'Observaciones')):
            if not any(fb_items(g, sec) for g in st['goals']): continue
            B.append(D.para(name, b=True))
            for g in st['goals']:
                items = fb_items(g, sec)
                if items:
                    B.append(D.para(f"Meta {g['id']}", i=True))
                    B += [d.p(f[1]) for f in items]
    B.append(D.para('ACUERDOS', style='Heading1'))
    B += [d.p(ag['text']) for ag in a['agreements']]
    B.append(signature(d, a))
    B.append(D.sect())
    return ''.join(B), ''

# ------------------------------------------------------------------ I4 datos: two-column list, landscape goal rows
def render_I4(a, d):
    B = [D.para(f"Espacio de Participación de {a['body']}", style='Title'),
         D.para(f"Acta de la {a['ordinal']} Sesión Ordinaria", align='center', b=True),
         d.lp('Fecha:', a['date_text']), d.lp('Hora de inicio:', a['start'] + ' h'), d.lp('Hora de término:', a['end'] + ' h'),
         d.lp('Sede:', a['place']), d.lp('Tema:', a['topic'])]
    B.append(D.para('Asistencia', style='Heading1'))
    lab = {'ie': 'Instancias ejecutoras', 'sc': 'Sociedad civil', 'se': 'Secretaría Ejecutiva', 'ot': 'Otras instituciones'}
    for s, people in sector_groups(a['attendance']):
        B.append(D.para(lab[s], style='Heading2'))
        cells = [d.cell([d.p(n, b=True), d.p(inst)]) for n, _, inst, _, _ in people]
        if len(cells) % 2: cells.append(d.cell(''))
        B.append(D.table([cells[k:k + 2] for k in range(0, len(cells), 2)], [4950, 4950], borders=False))
    B.append(D.sect_para())
    B.append(D.para('Seguimiento de estrategias', style='Heading1'))
    for st in a['strategies']:
        W = [3300, 2900, 1700, 1600, 4050]
        rows = [[d.cell(f"Estrategia {st['n']}. {st['title']}", span=5, b=True, shade='C6E0B4')],
                [d.cell(h, b=True, shade='E2EFDA') for h in ('Meta', 'Indicador', 'Instancia ejecutora', 'Estatus del informe', 'INFORME')]]
        for g in st['goals']:
            chk = '☒ Presentó\n☐ No presentó' if g['report'] else '☐ Presentó\n☒ No presentó'
            rows.append([d.cell([d.p(f"Meta {g['id']}", b=True), d.p(g['text'])]), d.cell(g['ind']), d.cell(g['ex']),
                         d.cell(chk), d.cell(g['report'] or '')])
        B.append(D.table(rows, W))
        rows = [[d.cell(f"Retroalimentación y observaciones — Estrategia {st['n']}", span=4, b=True, shade='C6E0B4')],
                [d.cell(h, b=True, shade='E2EFDA') for h in ('Meta', 'Interviene', 'Tipo', 'Comentario')]]
        for g in st['goals']:
            for f in sorted(g['fb'], key=lambda f: f[0] != 'r'):
                rows.append([d.cell(g['id']), d.cell(f[3]), d.cell('Retroalimentación' if f[0] == 'r' else 'Observación'), d.cell(f[1])])
        B.append(D.table(rows, [1000, 2300, 2000, 8250]))
    B.append(D.sect_para(landscape=True))
    B.append(D.para('Acuerdos', style='Heading1'))
    nid = d.newlist('decimal', '%1.')
    B += [d.p(ag['text'], num=(nid, 0)) for ag in a['agreements']]
    B.append(signature(d, a))
    B.append(D.sect())
    return ''.join(B), D.para(f"INFO CDMX · Espacio de Participación · Sesión del {a['date_text']}", align='right', sz=14)

# ------------------------------------------------------------------ I5 ciencia: date in page header, borderless tables
I5_LAB = {'ie': 'Instancias ejecutoras', 'sc': 'Organizaciones de la sociedad civil', 'ot': 'Instituciones académicas', 'se': 'Secretaría Ejecutiva'}

def i5_goal_rows(g):
    rows = [(f"Meta {g['id']}", [g['text']]), ('Indicador', [g['ind']]), ('Instancia ejecutora', [g['ex']]),
            ('Informe', report_paras(g))]
    if fb_items(g, 'r'): rows.append(('Retroalimentación', [f[1] for f in fb_items(g, 'r')]))
    if fb_items(g, 'o'): rows.append(('Comentarios', [f[1] for f in fb_items(g, 'o')]))
    return rows

def render_I5(a, d):
    hdr = D.para(f"Ciudad de México, {a['date_text']}", align='right')
    B = [D.para(f"Espacio de Participación del {a['body']}", style='Title'),
         D.para(f"{a['ordinal']} Reunión de Trabajo", align='center', b=True)]
    B.append(D.table([[d.cell('Lugar', b=True), d.cell(a['place'])],
                      [d.cell('Horario', b=True), d.cell(f"De {a['start']} a {a['end']} horas")],
                      [d.cell('Tema', b=True), d.cell(a['topic'])],
                      [d.cell('Objetivo', b=True), d.cell(a['objective'])]], [1800, 8100], borders=False))
    B.append(D.para('Personas asistentes', style='Heading1'))
    rows = []
    for s, people in sector_groups(a['attendance']):
        rows.append([d.cell(I5_LAB[s], span=2, b=True)])
        rows += [[d.cell(n), d.cell(inst)] for n, _, inst, _, _ in people]
    B.append(D.table(rows, [3800, 6100], borders=False))
    B.append(D.para('Revisión de estrategias', style='Heading1'))
    for st in a['strategies']:
        B.append(d.p(f"Estrategia {st['n']}: {st['title']}", b=True))
        rows = []
        for k, g in enumerate(st['goals']):
            if k: rows.append([d.cell(''), d.cell('')])
            rows += [[d.cell(l, b=True), d.cell(v)] for l, v in i5_goal_rows(g)]
        B.append(D.table(rows, [2200, 7700], borders=False))
    B.append(D.para('Acuerdos', style='Heading1'))
    B.append(D.table([[d.cell(f'{k}.'), d.cell(ag['text'])] for k, ag in enumerate(a['agreements'], 1)], [600, 9300], borders=False))
    B.append(signature(d, a))
    B.append(D.sect())
    return ''.join(B), hdr

def html_I5(a):
    e = lambda s: html.escape(final(s)).replace('\n', '<br>').replace('\t', ' ')
    ps = lambda L: ''.join(f'<p>{e(x)}</p>' for x in L)
    H = [f"<div class=date>Ciudad de México, {e(a['date_text'])}</div>",
         f"<h1>Espacio de Participación del {e(a['body'])}</h1><p class=c><b>{e(a['ordinal'])} Reunión de Trabajo</b></p>",
         '<table class=kv>' + ''.join(f'<tr><td><b>{l}</b></td><td>{e(v)}</td></tr>' for l, v in
             (('Lugar', a['place']), ('Horario', f"De {a['start']} a {a['end']} horas"), ('Tema', a['topic']), ('Objetivo', a['objective']))) + '</table>',
         '<h2>Personas asistentes</h2><table class=att>']
    for s, people in sector_groups(a['attendance']):
        H.append(f'<tr><td colspan=2><b>{I5_LAB[s]}</b></td></tr>' + ''.join(f'<tr><td>{e(n)}</td><td>{e(inst)}</td></tr>' for n, _, inst, _, _ in people))
    H.append('</table><h2>Revisión de estrategias</h2>')
    for st in a['strategies']:
        H.append(f"<p><b>Estrategia {st['n']}: {e(st['title'])}</b></p><table class=kv>")
        for k, g in enumerate(st['goals']):
            if k: H.append('<tr><td colspan=2>&nbsp;</td></tr>')
            H += [f'<tr><td><b>{l}</b></td><td>{ps(v)}</td></tr>' for l, v in i5_goal_rows(g)]
        H.append('</table>')
    H.append('<h2>Acuerdos</h2><table class=ag>' + ''.join(f"<tr><td>{k}.</td><td>{e(ag['text'])}</td></tr>" for k, ag in enumerate(a['agreements'], 1)) + '</table>')
    H.append(f"<p class=sig>_______________________________<br><b>{e(a['coordinator'][0])}</b><br>{e(a['coordinator'][1])}</p>")
    css = ('@page{size:Letter;margin:2.2cm 2cm} body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10pt}'
           '.date{text-align:right;margin-bottom:10pt} h1{font-size:14pt;text-align:center;margin:4pt} .c{text-align:center} h2{font-size:11.5pt;margin:12pt 0 4pt}'
           'table{border-collapse:collapse;width:100%;margin-bottom:8pt} td{border:none;vertical-align:top;padding:2pt 6pt 2pt 0}'
           '.kv td:first-child{width:22%} .att td:first-child{width:38%} .ag td:first-child{width:5%} td p{margin:0 0 3pt} p{margin:0 0 4pt}'
           '.sig{text-align:center;margin-top:28pt}')
    return f'<!DOCTYPE html><html lang=es><head><meta charset=utf-8><style>{css}</style></head><body>' + ''.join(H) + '</body></html>'

# ------------------------------------------------------------------ I6 memoria: nested tables, status words
def nested(d, rows, widths):
    # a table inside a cell must be followed by a paragraph in that cell; D.table appends <w:p/>
    return D.table(rows, widths)

def render_I6(a, d):
    B = [D.para('ACTA DE SESIÓN', style='Title')]
    kv = [('ESPACIO DE PARTICIPACIÓN', a['body']), ('SESIÓN', f"{a['ordinal']} Sesión Ordinaria"), ('FECHA', a['date_text']),
          ('HORARIO', f"{a['start']} a {a['end']} horas"), ('MODALIDAD', a['place']), ('TEMA', a['topic'])]
    B.append(D.table([[d.cell(l, b=True, shade='E7E6E6'), d.cell(v)] for l, v in kv], [2600, 7300]))
    B.append(D.para('ASISTENCIA', style='Heading1'))
    lab = {'ie': 'Instancias ejecutoras', 'sc': 'Sociedad civil', 'se': 'Secretaría Ejecutiva', 'ot': 'Otras instancias'}
    rows = [[d.cell('Institución', b=True, shade='E7E6E6'), d.cell('Personas asistentes', b=True, shade='E7E6E6')]]
    for s, people in sector_groups(a['attendance']):
        rows.append([d.cell(lab[s], span=2, b=True, shade='F2F2F2')])
        insts = []
        for p in people:
            if p[2] not in insts: insts.append(p[2])
        for inst in insts:
            inner = nested(d, [[d.cell(n), d.cell(c)] for n, c, i, _, _ in people if i == inst], [3000, 3000])
            rows.append([d.cell(inst), D.cell([inner])])
    B.append(D.table(rows, [3600, 6300]))
    B.append(D.para('SEGUIMIENTO A ESTRATEGIAS', style='Heading1'))
    for st in a['strategies']:
        rows = [[d.cell(f"Estrategia {st['n']}. {st['title']}", span=2, b=True, shade='E7E6E6')]]
        for g in st['goals']:
            ir = [[d.cell('Meta', b=True), d.cell(g['text'])], [d.cell('Indicador', b=True), d.cell(g['ind'])],
                  [d.cell('Instancia ejecutora', b=True), d.cell(g['ex'])], [d.cell('Estado del informe', b=True), d.cell(g['state'])],
                  [d.cell('Informe', b=True), d.cell(report_paras(g))]]
            if fb_items(g, 'r'): ir.append([d.cell('Retroalimentación', b=True), d.cell([f[1] for f in fb_items(g, 'r')])])
            if fb_items(g, 'o'): ir.append([d.cell('Observaciones', b=True), d.cell([f[1] for f in fb_items(g, 'o')])])
            rows.append([d.cell(f"Meta {g['id']}", b=True), D.cell([nested(d, ir, [1900, 6000])])])
        B.append(D.table(rows, [1500, 8400]))
    B.append(D.para('ACUERDOS', style='Heading1'))
    rows = [[d.cell(h, b=True, shade='E7E6E6') for h in ('No.', 'Acuerdo', 'Responsable', 'Estatus')]]
    for k, ag in enumerate(a['agreements'], 1):
        chk = '☒ Atendido\n☐ Pendiente' if ag['estado'] == 'Atendido' else '☐ Atendido\n☒ Pendiente'
        rows.append([d.cell(str(k)), d.cell(ag['text']), d.cell(ag['resp']), d.cell(chk)])
    B.append(D.table(rows, [600, 5700, 2000, 1600]))
    B.append(signature(d, a))
    B.append(D.sect())
    return ''.join(B), ''

RENDER = {'I1': render_I1, 'I2': render_I2, 'I3': render_I3, 'I4': render_I4, 'I5': render_I5, 'I6': render_I6}
HTML = {'I2': html_I2, 'I5': html_I5}

# ------------------------------------------------------------------ gold
def feedback_order(a, st):
    """Feedback items of a strategy in document order, as (goal, item)."""
    if a['layout'] == 'I3':
        return [(g, f) for sec in 'ro' for g in st['goals'] for f in g['fb'] if f[0] == sec]
    return [(g, f) for g in st['goals'] for sec in 'ro' for f in g['fb'] if f[0] == sec]

def gold(a):
    strategies = []
    for st in a['strategies']:
        goals = [dict(id=g['id'], text=col(g['text']), indicator=col(g['ind']), executor=col(g['ex']), executor_key=g['key'],
                      report_status='reported' if g['report'] else 'not_reported',
                      report=' '.join(col(x) for x in g['report']) if g['report'] else None) for g in st['goals']]
        nrep = sum(1 for g in goals if g['report_status'] == 'reported')
        strategies.append(dict(
            number=st['n'], title=col(st['title']),
            report_status='reported' if nrep == len(goals) else 'not_reported' if nrep == 0 else 'partial',
            goals=goals,
            figures=[dict(value=v, unit=u, goal=g['id'], context=c) for g in st['goals'] for v, u, c in g['figs']],
            feedback=[dict(text=col(f[1]), section='retroalimentacion' if f[0] == 'r' else 'observacion', goal=g['id'], label=f[2], confidence=None)
                      for g, f in feedback_order(a, st)]))
    with_resp = a['layout'] in ('I1', 'I6')
    return {
        'source': {'file': a['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': {'body': a['body'], 'number': a['number'], 'kind': a['kind'], 'date': a['date'], 'start_time': a['start'],
                    'place': col(a['place']), 'topic': col(a['topic']), 'objective': col(a['objective'])},
        'coordinator': {'name': a['coordinator'][0], 'role': a['coordinator'][1]},
        'attendance': [{'name': n, 'institution': inst, 'institution_key': key, 'sector': SECTOR[s]} for n, _, inst, key, s in a['attendance']],
        'strategies': strategies,
        'agreements': [{'text': col(ag['text']), 'dates': ag['dates'], 'strategies': ag['strats'],
                        'responsible': ag['resp'] if with_resp else None} for ag in a['agreements']],
        'next_session': a['next'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-i', 'notes': a['notes']},
    }

# ------------------------------------------------------------------ main
def pdf_from_docx(path):
    prof = 'file:///tmp/lo-blind-i'
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def pdf_from_html(hpath, pdf):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={pdf}', 'file://' + hpath], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    do_pdf = '--no-pdf' not in sys.argv
    only = [x for x in sys.argv[1:] if not x.startswith('--')]
    for a in ACTAS:
        if only and not any(o in a['stem'] for o in only): continue
        d = Doc()
        body, hdr = RENDER[a['layout']](a, d)
        path = os.path.join(OUT, a['stem'] + '.docx')
        D.write(path, body, header_xml=hdr, footer_xml=FOOTER, numdefs=d.numdefs,
                footnotes=d.footnotes if d.footnotes else None, comments=d.comments or None,
                settings_extra='<w:revisionView w:markup="false" w:insDel="false"/>' if d.has_revisions else '')
        with open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1); f.write('\n')
        if a['layout'] in HTML:
            hp = os.path.join(OUT, 'src', 'html', a['stem'] + '.html')
            os.makedirs(os.path.dirname(hp), exist_ok=True)
            with open(hp, 'w', encoding='utf-8') as f: f.write(HTML[a['layout']](a))
        if do_pdf:
            pdf = os.path.join(OUT, a['stem'] + '.pdf')
            if a['layout'] in HTML: pdf_from_html(hp, pdf)
            else: pdf_from_docx(path)
        print('built', a['stem'])

if __name__ == '__main__':
    main()
