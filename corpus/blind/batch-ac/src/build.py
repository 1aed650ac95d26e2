# -*- coding: utf-8 -*-
"""Render batch AC from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AC1/AC5; Ghostscript
booklet imposition for AC2; Chromium for AC3 and AC6; a photocopy-of-a-photocopy scan for AC4), extra formats (.odt/.doc/.rtf).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ac'
EXTRA_FORMATS = {
    'blind-ac-bazares-04-2015-03-18': ['odt'],
    'blind-ac-faros-06-2017-08-23': ['doc'],
    'blind-ac-pulquerias-03-2022-05-25': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_HEAD = {IE: 'INSTANCIAS EJECUTORAS', OT: 'OTRAS INSTANCIAS', SC: 'SOCIEDAD CIVIL', SE: 'SECRETARÍA EJECUTIVA'}
SECTOR_PROSE = {IE: 'En representación de las instancias ejecutoras', OT: 'En representación de otras instancias', SC: 'En representación de la sociedad civil', SE: 'En representación de la Secretaría Ejecutiva'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def groups(att, order=(IE, OT, SC, SE)):
    return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]


def se_ob(st):
    return [f for f in st['feedback'] if f[1] == 'retroalimentacion'], [f for f in st['feedback'] if f[1] == 'observacion']


def rep_str(g):
    return ' '.join(x for x in g['report'] if isinstance(x, str)) if g['report'] else g['status']


def hm(t):
    return t


FEM = ('Secretaría', 'Red', 'Delegación', 'Alcaldía', 'Comisión', 'Universidad', 'Unión', 'Asociación', 'Oficialía', 'Cooperativa')


def art(inst):
    w = inst.split()[0]
    if w in FEM: return 'la '
    if w in ('Madres', 'Productoras'): return 'las ' if w == 'Productoras' else ''
    return 'el '


def people(xs):
    """'Lic. A, cargo, y C. B, cargo'"""
    ps = [f'{x[1]} {x[0]}, {x[5]}' for x in xs]
    return ps[0] if len(ps) == 1 else ', '.join(ps[:-1]) + ', y ' + ps[-1]


def closing(a):
    return f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del mismo día.'


def goal_table(st, widths=(900, 2300, 1800, 1800, 2900), sz=18, shade='D9D9D9'):
    rows = [[C([P(R(h, b=True, sz=sz))], shade=shade) for h in ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe')]]
    for g in st['goals']:
        rows.append([C([P(R(g['id'], b=True, sz=sz))]), C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]),
                     C([P(R(g['executor'], sz=sz))]), C([P(R(rep_str(g), sz=sz))])])
    return T(rows, list(widths), header_rows=1)


def feedback_paras(a, st, se_lead='Meta {g}. ', ob_lead='{n} ({i}): ', head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones'):
    se, ob = se_ob(st)
    b = [P(R(head_se, b=True, u=True), keep=True)]
    b += [P(R(se_lead.format(g=f[2]), b=True), f[0], ind=(360, 0)) for f in se]
    if ob:
        b.append(P(R(head_ob, b=True, u=True), keep=True))
        b += [P(R(ob_lead.format(n=f[4], i=inst_of(a, f[4]), g=f[2]), b=True), f[0], ind=(360, 0)) for f in ob]
    return b


def agreements_typed(a):
    return [P(f'{k}. ' + g['text'], ind=(360, 360)) for k, g in enumerate((g['text'] for g in a['agreements']), 1)] if False else \
        [P(f'{k}.\t{g["text"]}', ind=(426, 426), tabs=[426]) for k, g in enumerate(a['agreements'], 1)]


def write(a, body, header='', font='Arial', size=20, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body, header, P(D.PAGE_FIELD, align='center'),
            numdefs=kw.pop('numdefs', [(1, [('decimal', '%1.', 360)])]), font=font, size=size, **kw)


# ------------------------------------------------------------------ AC1: attendance as prose (bazares)
def ac1(a):
    b = [P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=24), align='center'),
         P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center'),
         P(R(a['body'], b=True, sz=22), align='center', after=240)]
    b.append(P(f'En la Ciudad de México, el {long_date(a["date"])}, siendo las {a["start"]} horas, en la {a["place"]}, '
               f'se reunieron las personas integrantes del Espacio de Participación para celebrar su {ORD[a["number"]].lower()} sesión ordinaria, '
               f'bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}.', align='both'))
    b.append(P(R('ASISTENCIA', b=True), before=200))
    for s, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_PROSE[s] + ':', i=True), before=80))
        insts = []
        for x in xs:
            if x[2] not in insts: insts.append(x[2])
        for inst in insts:
            ps = [x for x in xs if x[2] == inst]
            verb = 'asistieron' if len(ps) > 1 else 'asistió'
            b.append(P(f'Por {art(inst)}{inst} {verb}: {people(ps)}.', align='both', ind=(360, 0)))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], ind=(360, 0)))
            b.append(P(R('Indicador: ', i=True), g['indicator'], ind=(720, 0)))
            b.append(P(R('Instancia ejecutora: ', i=True), g['executor'], ind=(720, 0)))
            b.append(P(R('Informe: ', i=True), rep_str(g), ind=(720, 0)))
        b += feedback_paras(a, st)
    b.append(P(R('ACUERDOS', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(), P(R('Programa de Derechos Humanos del Distrito Federal · Espacios de Participación', sz=14, color='808080'), align='right'))


# ------------------------------------------------------------------ AC2: signature-block grid at the end; booklet PDF (faros)
def sig_block(x):
    return C([P(R('_' * 26, sz=18), align='center', before=480), P(R(f'{x[1]} {x[0]}'.strip(), b=True, sz=17), align='center', after=0),
              P(R(x[5], sz=16), align='center', after=0), P(R(x[2], sz=16), align='center')])


def ac2(a):
    b = [P(R('MINUTA', b=True, sz=28), align='center'),
         P(R(f'{ORD[a["number"]].capitalize()} Sesión Ordinaria del Espacio de Participación', b=True, sz=22), align='center'),
         P(R(a['body'], sz=22), align='center', after=240)]
    rows = [[C([P(R('Fecha', b=True))], shade='EDEDED'), C([P(long_date(a['date']))])],
            [C([P(R('Horario', b=True))], shade='EDEDED'), C([P(f'{a["start"]} a {a["end"]} horas')])],
            [C([P(R('Sede', b=True))], shade='EDEDED'), C([P(a['place'])])],
            [C([P(R('Coordinación', b=True))], shade='EDEDED'), C([P(f'{a["coordinator"][0]}, {a["coordinator"][1]}')])]]
    b.append(T(rows, [2000, 7600]))
    b.append(P('La lista de las personas asistentes consta en las firmas que se recaban al final de la presente minuta.', align='both'))
    b.append(P(R('1. Orden del día', b=True), before=160))
    for k, t in enumerate(('Bienvenida y verificación de asistencia', 'Seguimiento de estrategias y metas', 'Acuerdos y asuntos generales'), 1):
        b.append(P(f'1.{k}. {t}', ind=(360, 0)))
    b.append(P(R('2. Seguimiento de estrategias y metas', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        b.append(goal_table(st))
        b += feedback_paras(a, st, se_lead='Meta {g}: ', ob_lead='{n}, meta {g}: ')
    b.append(P(R('3. Acuerdos', b=True), before=160))
    b += agreements_typed(a)
    b.append(P(closing(a), before=160))
    b.append(P(R('Firmas de las personas asistentes', b=True), align='center', before=240, keep=True))
    for s, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_HEAD[s], b=True, sz=18), align='center', before=200, keep=True))
        rows, cur = [], []
        for x in xs:
            cur.append(sig_block(x))
            if len(cur) == 3: rows.append(cur); cur = []
        if cur: rows.append(cur + [C([P('')]) for _ in range(3 - len(cur))])
        b.append(T(rows, [3200, 3200, 3200], borders=False))
    b.append(P(R('Coordinación del Espacio', b=True, sz=18), align='center', before=200, keep=True))
    b.append(T([[C([P('')]), sig_block((a['coordinator'][0], '', '', None, None, a['coordinator'][1])), C([P('')])]], [3200, 3200, 3200], borders=False))
    write(a, ''.join(b) + D.sect(),
          P(R('Secretaría de Cultura · Red de Fábricas de Artes y Oficios', sz=14, color='7F7F7F'), align='right'), font='Liberation Sans', size=20)


def ac2_pdf(a):
    """printed as a booklet ('Folleto') to a PDF printer: each landscape sheet carries two pages out of reading order,
    4|1 then 2|3 (for 8 pages: 8|1, 2|7, 6|3, 4|5); blank pages pad to a multiple of four. Ghostscript N-up."""
    tmp = tempfile.mkdtemp(prefix='blind-ac-bk-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    full = os.path.join(tmp, a['stem'] + '.pdf')
    src = os.path.join(tmp, 'half.pdf')   # each letter page fitted to half a landscape letter sheet (the driver's 'Folleto' scaling)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=396', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA', '-dPDFFitPage',
         '-dAutoRotatePages=/None', f'-sOutputFile={src}', full])
    n = int(subprocess.run(['pdfinfo', src], capture_output=True, text=True).stdout.split('Pages:')[1].split()[0])
    pages = []
    for k in range(1, n + 1):
        f = os.path.join(tmp, f'p{k}.pdf')
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', f'-dFirstPage={k}', f'-dLastPage={k}', f'-sOutputFile={f}', src])
        pages.append(f)
    blank = os.path.join(tmp, 'blank.pdf')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=396', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA', f'-sOutputFile={blank}', '-c', 'showpage'])
    while len(pages) % 4: pages.append(blank)
    N = len(pages)
    order = []
    for s in range(N // 4):
        order += [N - 2 * s, 1 + 2 * s, 2 + 2 * s, N - 1 - 2 * s]
    seq = [pages[i - 1] for i in order]
    imposed = os.path.join(tmp, 'imposed.pdf')   # the half pages in sheet order, one file
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=396', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA',
         '-dAutoRotatePages=/None', f'-sOutputFile={imposed}'] + seq)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-sNupControl=2x1', '-dDEVICEWIDTHPOINTS=792', '-dDEVICEHEIGHTPOINTS=612', '-dFIXEDMEDIA',
         '-dAutoRotatePages=/None', f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', imposed])
    a['_booklet_order'] = order


# ------------------------------------------------------------------ AC3: Google Docs export (estancias)
GD_NUM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ' + D.W + '>'
          '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/>'
          '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="○"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
          '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
          '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
          '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def SP(style, *runs, num=None):
    pr = f'<w:pStyle w:val="{style}"/>' if style else ''
    if num: pr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    body = ''.join(r if r.startswith('<') else R(r) for r in runs)
    return f'<w:p><w:pPr>{pr}<w:spacing w:line="276" w:lineRule="auto"/></w:pPr>{body}</w:p>'


def ac3_parts(a):
    """the same content as a list of (kind, payload), rendered to .docx and to the Chromium HTML"""
    L = [('title', f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria'),
         ('subtitle', f'Espacio de Participación {a["body"]}'),
         ('kv', [('Fecha', long_date(a['date'])), ('Hora de inicio', f'{a["start"]} horas'), ('Hora de término', f'{a["end"]} horas'),
                 ('Lugar', a['place']), ('Coordina', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]),
         ('h1', 'Asistencia'),
         ('table', [['Nombre', 'Cargo', 'Institución', 'Sector']] + [[x[0], x[5], x[2], SECTOR_WORD[x[4]]] for x in a['attendance']]),
         ('h1', 'Seguimiento de estrategias y metas')]
    for st in a['strategies']:
        L.append(('h2', f'Estrategia {st["number"]}. {st["title"]}'))
        for g in st['goals']:
            L.append(('h3', f'Meta {g["id"]}. {g["text"]}'))
            L.append(('bullets', [('Indicador: ', g['indicator']), ('Instancia ejecutora: ', g['executor']), ('Informe: ', rep_str(g))]))
        se, ob = se_ob(st)
        L.append(('p_b', 'Retroalimentación de la Secretaría Ejecutiva'))
        L.append(('bullets', [(f'Meta {f[2]}: ', f[0]) for f in se]))
        if ob:
            L.append(('p_b', 'Observaciones'))
            L.append(('bullets', [(f'{f[4]} (meta {f[2]}): ', f[0]) for f in ob]))
    L.append(('h1', 'Acuerdos'))
    L.append(('numbered', [g['text'] for g in a['agreements']]))
    L.append(('p', closing(a)))
    return L


def ac3(a):
    b = []
    for kind, x in ac3_parts(a):
        if kind == 'title': b.append(SP('Title', x))
        elif kind == 'subtitle': b.append(SP('Subtitle', x))
        elif kind == 'kv': b += [SP(None, R(k + ': ', b=True), v) for k, v in x]
        elif kind == 'h1': b.append(SP('Heading1', x))
        elif kind == 'h2': b.append(SP('Heading2', x))
        elif kind == 'h3': b.append(SP('Heading3', x))
        elif kind == 'p_b': b.append(SP(None, R(x, b=True)))
        elif kind == 'p': b.append(SP(None, x))
        elif kind == 'bullets': b += [SP(None, R(k, b=True), v, num=(1, 0)) for k, v in x]
        elif kind == 'numbered': b += [SP(None, t, num=(2, 0)) for t in x]
        elif kind == 'table':
            rows = [[C([SP(None, R(c, b=(r == 0)))], shade='F3F3F3' if r == 0 else None) for c in row] for r, row in enumerate(x)]
            b.append(T(rows, [2600, 2300, 3000, 1700]).replace(' w:color="000000"', ' w:color="999999"'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), numbering_xml=GD_NUM, font='Arial', size=22)


def ac3_html(a):
    e = H.escape
    o = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>', e(a['stem']), '</title><style>',
         '@page{size:Letter;margin:1in} body{font-family:Arial,"Liberation Sans",sans-serif;font-size:11pt;line-height:1.15;color:#000}',
         '.title{font-size:26pt;margin:0 0 3pt} .subtitle{font-size:15pt;color:#666;margin:0 0 16pt} h1{font-size:20pt;font-weight:400;margin:20pt 0 6pt}',
         'h2{font-size:16pt;font-weight:400;margin:18pt 0 6pt} h3{font-size:14pt;font-weight:400;color:#434343;margin:16pt 0 4pt} p{margin:0}',
         'ul,ol{margin:0;padding-left:36pt} table{border-collapse:collapse;width:100%} td{border:1px solid #999;padding:5pt;vertical-align:top}',
         'tr:first-child td{background:#f3f3f3;font-weight:700}</style></head><body>']
    for kind, x in ac3_parts(a):
        if kind == 'title': o.append(f'<p class="title">{e(x)}</p>')
        elif kind == 'subtitle': o.append(f'<p class="subtitle">{e(x)}</p>')
        elif kind == 'kv': o += [f'<p><b>{e(k)}:</b> {e(v)}</p>' for k, v in x]
        elif kind in ('h1', 'h2', 'h3'): o.append(f'<{kind}>{e(x)}</{kind}>')
        elif kind == 'p_b': o.append(f'<p style="margin-top:8pt"><b>{e(x)}</b></p>')
        elif kind == 'p': o.append(f'<p style="margin-top:12pt">{e(x)}</p>')
        elif kind == 'bullets': o.append('<ul>' + ''.join(f'<li><b>{e(k)}</b>{e(v)}</li>' for k, v in x) + '</ul>')
        elif kind == 'numbered': o.append('<ol>' + ''.join(f'<li>{e(t)}</li>' for t in x) + '</ol>')
        elif kind == 'table': o.append('<table>' + ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in x) + '</table>')
    o.append('</body></html>')
    return ''.join(o)


def chromium_pdf(a, html_text):
    tmp = tempfile.mkdtemp(prefix='blind-ac-cr-')
    hp = os.path.join(tmp, a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    shutil.copy(hp, os.path.join(SRC, 'html', a['stem'] + '.html')) if os.path.isdir(os.path.join(SRC, 'html')) else None
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmp}/prof',
         f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


def ac3_pdf(a):
    chromium_pdf(a, ac3_html(a))


# ------------------------------------------------------------------ AC4: photocopy of a photocopy (cooperativas)
def ac4(a):
    b = [P(R('GOBIERNO DEL DISTRITO FEDERAL', b=True, sz=20), align='center', after=0),
         P(R('SECRETARÍA DE TRABAJO Y FOMENTO AL EMPLEO', sz=18), align='center', after=200),
         P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=22), align='center', after=240),
         P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), f'{a["start"]} horas'),
         P(R('Hora de término: ', b=True), f'{a["end"]} horas'), P(R('Lugar: ', b=True), a['place']),
         P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'),
         P(R('I. LISTA DE ASISTENCIA', b=True), before=200)]
    for sct, xs in groups(a['attendance']):
        b.append(P(R({IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}[sct] + ':', u=True), before=80, keep=True))
        b += [P(f'{x[0]}, {x[2]}.', ind=(360, 0)) for x in xs]
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], ind=(360, 0)))
            b.append(P(R('Indicador: ', u=True), g['indicator'], ind=(720, 0)))
            b.append(P(R('Instancia ejecutora: ', u=True), g['executor'], ind=(720, 0)))
            b.append(P(R('Informe: ', u=True), rep_str(g), ind=(720, 0), align='both'))
        b += feedback_paras(a, st, se_lead='Meta {g}. ', ob_lead='{n} ({i}): ', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('III. ACUERDOS', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Serif', size=24)


def ac4_scan(a):
    """a photocopy of a photocopy, then scanned: each generation thresholds the page (letters thicken and fill in, 'e' and 'a'
    close up), adds toner speckle, a dark border where the lid did not close, a slight shift/rotation; the scanner then takes
    a grey JPEG at 200 dpi. img2pdf, no text layer. The reader's reading is Tesseract on the scan as it is (src/ocr/)."""
    stem = a['stem']
    rnd = random.Random(stem)
    tmp = tempfile.mkdtemp(prefix='blind-ac-pc-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '200', '-gray', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    jpgs, text = [], []
    ocr_dir = os.path.join(SRC, 'ocr'); os.makedirs(ocr_dir, exist_ok=True)
    for k, pg in enumerate(pages):
        src = os.path.join(tmp, pg)
        g1 = os.path.join(tmp, f'g1_{k}.png'); g2 = os.path.join(tmp, f'g2_{k}.png'); out = os.path.join(tmp, f's{k}.jpg')
        for gen, (i, o) in enumerate(((src, g1), (g1, g2))):
            ang = rnd.uniform(-0.5, 0.5)
            # each copier generation: toner threshold (thin strokes break, bowls fill), impulse speckle, slight rotation, dark lid border
            run(['convert', i, '-blur', '0x0.5' if gen == 0 else '0x0.7', '-threshold', '60%' if gen == 0 else '55%']
                + (['-morphology', 'Erode', 'Disk:0.6'] if gen else []) +
                ['-attenuate', '0.12', '+noise', 'Impulse', '-background', 'gray30', '-rotate', f'{ang:.2f}', '-gravity', 'center', '-extent', '1700x2200',
                 '-shave', '6x6', '-bordercolor', 'gray15', '-border', f'{rnd.randint(14, 30)}x{rnd.randint(10, 22)}', '-resize', '1700x2200!', o])
        run(['convert', g2, '-blur', '0x0.6', '+level', '8%,94%', '-quality', '50', out])
        jpgs.append(out)
        r = subprocess.run(['tesseract', out, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True)
        text.append(r.stdout)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    open(os.path.join(ocr_dir, stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(text))


# ------------------------------------------------------------------ AC5: figures in words (pulquerias)
def ac5(a):
    b = [P(R('Espacio de Participación', sz=20, color='7F7F7F'), align='left', after=0),
         P(R(a['body'], b=True, sz=28), after=60),
         P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=24, color='9C2A00'), after=240)]
    b.append(P(f'Siendo las {a["start"]} horas del {long_date(a["date"])}, en el {a["place"]}, dio inicio la sesión, '
               f'coordinada por {a["coordinator"][0]}, {a["coordinator"][1]}. La sesión concluyó a las {a["end"]} horas.', align='both'))
    b.append(P(R('Personas asistentes', b=True), before=200))
    rows = [[C([P(R(h, b=True, sz=18, color='FFFFFF'))], shade='5B3A29') for h in ('Nombre', 'Cargo', 'Institución u organización', 'Sector')]]
    rows += [[C([P(R(f'{x[1]} {x[0]}', sz=18))]), C([P(R(x[5], sz=18))]), C([P(R(x[2], sz=18))]), C([P(R(SECTOR_WORD[x[4]], sz=18))])] for x in a['attendance']]
    b.append(T(rows, [2500, 2300, 3300, 1500], header_rows=1))
    b.append(P(R('Seguimiento de estrategias y metas', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, color='5B3A29'), keep=True, before=160))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], ind=(0, 0)))
            b.append(P(R('Indicador: ', b=True), g['indicator'], R(' · Instancia ejecutora: ', b=True), g['executor'], ind=(360, 0)))
            b.append(P(R('Informe. ', b=True), rep_str(g), ind=(360, 0), align='both'))
        b += feedback_paras(a, st, se_lead='Meta {g}. ', ob_lead='{n}, meta {g}. ')
    b.append(P(R('Acuerdos', b=True), before=200))
    b += [P(g['text'], num=(1, 0)) for g in a['agreements']]
    b.append(P(closing(a), before=200))
    write(a, ''.join(b) + D.sect(), P(R('Acta de sesión · documento de trabajo', sz=14, color='808080'), align='right'), font='Carlito', size=22)


# ------------------------------------------------------------------ AC6: tracking sheet printed too wide (mariachis)
MAT_HEAD = ['No.', 'Estrategia', 'Meta', 'Descripción de la meta', 'Indicador', 'Instancia ejecutora', 'Periodo', 'Informe de la instancia', 'Situación']
MAT_W_DOCX = [500, 2300, 700, 2200, 1700, 1700, 1000, 3100, 1100]
MAT_W_PX = [34, 190, 56, 200, 150, 150, 90, 330, 90]     # Calc column widths at 100 %


def mat_rows(a):
    rows, n = [], 0
    for st in a['strategies']:
        for g in st['goals']:
            n += 1
            rows.append([str(n), f'{st["number"]}. {st["title"]}', g['id'], g['text'], g['indicator'], g['executor'], a['period'], rep_str(g),
                         'Con informe' if g['report'] else 'Sin informe'])
    return rows


def ac6_head(a):
    return [('h', f'MINUTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA'),
            ('h2', f'Espacio de Participación {a["body"]}'),
            ('kv', [('Fecha', long_date(a['date'])), ('Hora de inicio', f'{a["start"]} horas'), ('Hora de término', f'{a["end"]} horas'),
                    ('Lugar', a['place']), ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')])]


def ac6(a):
    a.setdefault('period', {'2024-02-21': 'oct-dic 2023', '2024-04-17': 'ene-mar 2024'}[a['date']])
    b = []
    for kind, x in ac6_head(a):
        if kind == 'h': b.append(P(R(x, b=True, sz=24), align='center', after=0))
        elif kind == 'h2': b.append(P(R(x, b=True, sz=22), align='center', after=240))
        else: b += [P(R(k + ': ', b=True), v) for k, v in x]
    b.append(P(R('I. Asistencia', b=True), before=200))
    rows = [[C([P(R(h, b=True, sz=18))], shade='D9E1F2') for h in ('Nombre', 'Institución', 'Sector')]]
    rows += [[C([P(R(x[0], sz=18))]), C([P(R(x[2], sz=18))]), C([P(R(SECTOR_WORD[x[4]], sz=18))])] for x in a['attendance']]
    b.append(T(rows, [3000, 4600, 2000], header_rows=1))
    b.append(P(R('II. Seguimiento de estrategias y metas', b=True), before=200))
    b.append(P('Los informes de las instancias ejecutoras se revisaron con la matriz de seguimiento del Espacio, que se anexa a esta minuta (Anexo 1). '
               'La retroalimentación y las observaciones por estrategia fueron las siguientes.', align='both'))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}', b=True), keep=True, before=120))
        se, ob = se_ob(st)
        b += [P(R(f'Secretaría Ejecutiva (meta {f[2]}): ', b=True), f[0], ind=(360, 0)) for f in se]
        b += [P(R(f'{f[4]} (meta {f[2]}): ', b=True), f[0], ind=(360, 0)) for f in ob]
    b.append(P(R('III. Acuerdos', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(D.sect_para())
    b.append(P(R('Anexo 1. Matriz de seguimiento', b=True), before=0))
    rows = [[C([P(R(h, b=True, sz=16))], shade='D9E1F2') for h in MAT_HEAD]]
    rows += [[C([P(R(c, sz=16))]) for c in r] for r in mat_rows(a)]
    b.append(T(rows, MAT_W_DOCX, header_rows=1))
    write(a, ''.join(b) + D.sect(landscape=True), P(R('Espacios de Participación del PDHCDMX', sz=14, color='808080'), align='right'), font='Arial', size=20)


def ac6_html(a):
    e = H.escape
    o = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>', e(a['stem']), '</title><style>',
         '@page{size:Letter;margin:0.75in} body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10pt} p{margin:0 0 5pt}',
         '.c{text-align:center;font-weight:700} table{border-collapse:collapse} td,th{border:1px solid #000;padding:3pt;vertical-align:top;text-align:left}',
         'th{background:#d9e1f2} .sheet{page-break-before:always} .sheet table{font-family:Calibri,Carlito,sans-serif;font-size:8pt;table-layout:fixed}',
         '.sheet td,.sheet th{border:0.5pt solid #000} .pf{position:fixed;bottom:0;width:100%;text-align:center;font-size:8pt}</style></head><body>']
    for kind, x in ac6_head(a):
        if kind == 'h': o.append(f'<p class="c" style="font-size:12pt;margin:0">{e(x)}</p>')
        elif kind == 'h2': o.append(f'<p class="c" style="font-size:11pt;margin-bottom:14pt">{e(x)}</p>')
        else: o += [f'<p><b>{e(k)}:</b> {e(v)}</p>' for k, v in x]
    o.append('<p style="margin-top:12pt"><b>I. Asistencia</b></p><table style="width:100%"><tr><th>Nombre</th><th>Institución</th><th>Sector</th></tr>')
    o += [f'<tr><td>{e(x[0])}</td><td>{e(x[2])}</td><td>{e(SECTOR_WORD[x[4]])}</td></tr>' for x in a['attendance']]
    o.append('</table><p style="margin-top:12pt"><b>II. Seguimiento de estrategias y metas</b></p>')
    o.append('<p>Los informes de las instancias ejecutoras se revisaron con la matriz de seguimiento del Espacio, que se anexa a esta minuta (Anexo 1). '
             'La retroalimentación y las observaciones por estrategia fueron las siguientes.</p>')
    for st in a['strategies']:
        o.append(f'<p style="margin-top:8pt"><b>Estrategia {st["number"]}</b></p>')
        se, ob = se_ob(st)
        o += [f'<p style="margin-left:18pt"><b>Secretaría Ejecutiva (meta {f[2]}):</b> {e(f[0])}</p>' for f in se]
        o += [f'<p style="margin-left:18pt"><b>{e(f[4])} (meta {f[2]}):</b> {e(f[0])}</p>' for f in ob]
    o.append('<p style="margin-top:12pt"><b>III. Acuerdos</b></p>')
    o += [f'<p style="margin-left:18pt;text-indent:-18pt">{k}.&nbsp;&nbsp;{e(g["text"])}</p>' for k, g in enumerate(a['agreements'], 1)]
    o.append(f'<p style="margin-top:12pt">{e(closing(a))}</p>')
    # Anexo 1: the Calc sheet printed on letter portrait at 100 %, "de izquierda a derecha y hacia abajo" off -> over, then down:
    # the columns that fit the page width go on one page, the remaining columns on the next page; no repeated columns
    avail = 7.0 * 96   # printable width in px
    chunks, cur, wsum = [], [], 0
    for k, w in enumerate(MAT_W_PX):
        if cur and wsum + w > avail: chunks.append(cur); cur, wsum = [], 0
        cur.append(k); wsum += w
    chunks.append(cur)
    rows = mat_rows(a)
    for p, cols in enumerate(chunks, 1):
        o.append('<div class="sheet">')
        if p == 1: o.append('<p style="font-family:Calibri,Carlito,sans-serif;font-size:9pt"><b>Anexo 1. Matriz de seguimiento</b></p>')
        else: o.append('<p style="font-family:Calibri,Carlito,sans-serif;font-size:9pt">&nbsp;</p>')
        o.append('<table><colgroup>' + ''.join(f'<col style="width:{MAT_W_PX[c]}px">' for c in cols) + '</colgroup>')
        o.append('<tr>' + ''.join(f'<th>{e(MAT_HEAD[c])}</th>' for c in cols) + '</tr>')
        o += ['<tr>' + ''.join(f'<td>{e(r[c])}</td>' for c in cols) + '</tr>' for r in rows]
        o.append(f'</table><p style="font-family:Calibri,Carlito,sans-serif;font-size:8pt;margin-top:14pt;text-align:center">Matriz_seguimiento_mariachis.xlsx · Hoja1 · Página {p}</p></div>')
    o.append('</body></html>')
    return ''.join(o)


def ac6_pdf(a):
    chromium_pdf(a, ac6_html(a))


DOCX = {'AC1': ac1, 'AC2': ac2, 'AC3': ac3, 'AC4': ac4, 'AC5': ac5, 'AC6': ac6}
PDF = {'AC2': ac2_pdf, 'AC3': ac3_pdf, 'AC4': ac4_scan, 'AC6': ac6_pdf}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in PDF: PDF[lay](a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
