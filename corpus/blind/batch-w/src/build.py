# -*- coding: utf-8 -*-
"""Render batch W from content.py: .docx (raw WordprocessingML), .gold.json, then PDFs (LibreOffice; a 1-bit 200 dpi skewed
fax scan; a hand-made PDF with /Rotate 90 landscape pages), then extra formats (.odt/.rtf/.doc).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, re, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-w'
EXTRA_FORMATS = {
    'blind-w-tabaco-03-2015-04-14': ['odt'],
    'blind-w-vacunacion-05-2021-05-18': ['rtf'],
    'blind-w-donacion-02-2019-03-26': ['doc'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
ORDN = ['PRIMERO', 'SEGUNDO', 'TERCERO', 'CUARTO', 'QUINTO', 'SEXTO']
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_ABBR = {IE: 'IE', OT: 'OI', SC: 'OSC', SE: 'SE'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def report_text(g):
    return ' '.join(g['report']) if g['report'] else None


def dot(t):
    return t if t.endswith('.') else t + '.'


# ------------------------------------------------------------------ W1: numbered resolution (ANTECEDENTES / CONSIDERANDOS / RESOLUTIVOS)
def w1(a):
    b = []
    J = 'both'
    b.append(P(R('ESPACIO DE PARTICIPACIÓN DEL ' + a['body'].upper(), b=True), align='center'))
    b.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center'))
    b.append(P(R(f'ACTA EP-TAB/{a["number"]:02d}/{a["date"][:4]}', sz=18), align='right'))
    d = long_date(a['date'], weekday=False)
    b.append(P(f'En la Ciudad de México, siendo las {a["start"]} horas del día {d}, reunidas en la {a["place"]}, las personas '
               f'integrantes del Espacio de Participación del {a["body"]}, bajo la coordinación de {a["coordinator"][0]}, '
               f'{a["coordinator"][1]}, se celebró la {ORD[a["number"]].lower()} sesión ordinaria, al tenor de los siguientes:', align=J, before=160))
    b.append(P(R('ANTECEDENTES', b=True), align='center', before=160))
    b.append(P(R('I.- ', b=True), 'Se hizo constar la asistencia de las personas siguientes:', align=J))
    for k, x in enumerate(a['attendance'], 1):
        b.append(P(f'{k}. {x[1]} {x[0]}, {x[5]}, {x[2]} ({SECTOR_WORD[x[4]].lower()}).', ind=(720, 360), align=J))
    b.append(P(R('II.- ', b=True), 'Verificado el quórum, la Coordinación declaró instalada la sesión y se dio lectura al orden del día, que fue aprobado por unanimidad.', align=J))
    b.append(P(R('CONSIDERANDOS', b=True), align='center', before=160))
    for k, st in enumerate(a['strategies']):
        b.append(P(R(f'{ORDN[k]}.- ', b=True), R(f'Que en seguimiento de la Estrategia {st["number"]}, ', b=True), R(dot(st['title']), b=True, i=True), align=J, keep=True))
        for j, g in enumerate(st['goals']):
            b.append(P(R(f'{"abcd"[j]}) Meta {g["id"]}. ', b=True), dot(g['text']), ind=(720, 360), align=J))
            b.append(P(f'Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}.', ind=(720, 0), align=J))
            if g['report']:
                b.append(P(R('Informe: ', i=True), report_text(g), ind=(720, 0), align=J))
            else:
                b.append(P(R('Informe: ', i=True), g['status'], ind=(720, 0), align=J))
            for f in st['feedback']:
                if f[2] != g['id']: continue
                lead = 'La Secretaría Ejecutiva retroalimentó: ' if f[1] == 'retroalimentacion' else f'{f[4]}, de {inst_of(a, f[4])}, observó: '
                b.append(P(R(lead, i=True), f[0], ind=(1080, 0), align=J))
    b.append(P('Por lo anteriormente expuesto y fundado, las personas integrantes del Espacio de Participación adoptan los siguientes:', align=J, before=120))
    b.append(P(R('RESOLUTIVOS', b=True), align='center', before=160))
    for k, g in enumerate(a['agreements']):
        b.append(P(R(f'{ORDN[k]}.- ', b=True), g['text'], align=J))
    b.append(P(f'No habiendo otro asunto que tratar, se da por concluida la sesión a las {a["end"]} horas del mismo día de su inicio, '
               'firmando al calce quienes en ella intervinieron para constancia.', align=J, before=160))
    rows = []
    att = a['attendance']
    for k in range(0, len(att), 2):
        row = []
        for x in att[k:k + 2]:
            row.append(C([P(''), P('_____________________________', align='center'), P(f'{x[1]} {x[0]}', align='center')], w=4800))
        if len(row) == 1: row.append(C('', w=4800))
        rows.append(row)
    b.append(T(rows, [4800, 4800], borders=False))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), font='Times New Roman', size=23)


# ------------------------------------------------------------------ W2: minutes as questions and answers
def short_exec(g):
    return g['executor'].replace(' de la Ciudad de México', '').replace(' del Distrito Federal', '')


def w2(a):
    b = []
    b.append(P(R('MINUTA DE SESIÓN', b=True, sz=28)))
    b.append(P(R(f'Espacio de Participación: {a["body"]}', b=True)))
    b.append(P(f'Sesión: {a["number"]} (ordinaria) · Fecha: {long_date(a["date"])} · Horario: {a["start"]} a {a["end"]} h'))
    b.append(P(f'Modalidad: {a["place"]}'))
    b.append(P(f'Coordina: {a["coordinator"][0]} ({a["coordinator"][1]})'))
    b.append(P(R('Participantes', b=True), before=160))
    for x in a['attendance']:
        b.append(P(f'{x[0]} — {x[2]} — {SECTOR_WORD[x[4]]}', num=(1, 0)))
    b.append(P(R('Desarrollo de la sesión', b=True), before=160))
    b.append(P(R('La minuta recoge el diálogo en formato de preguntas y respuestas. P: pregunta; R: respuesta; C: comentario.', i=True, sz=18)))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}: {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}: ', b=True), g['text'], keep=True))
            b.append(P(R(f'Indicador: {g["indicator"]} | Responsable: {g["executor"]}', sz=18), keep=True))
            b.append(P(R('P. Coordinación: ', b=True), f'¿Qué informa {short_exec(g)} sobre la meta {g["id"]}?', ind=(360, 0)))
            if g['report']:
                b.append(P(R(f'R. {short_exec(g)}: ', b=True), report_text(g), ind=(360, 0)))
            else:
                b.append(P(R('R. Secretaría Ejecutiva: ', b=True), f'Sin informe. {g["status"]}', ind=(360, 0)))
            for f in st['feedback']:
                if f[2] != g['id']: continue
                who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
                b.append(P(R(f'C. {who}: ', b=True), f[0], ind=(360, 0)))
    b.append(P(R('Acuerdos', b=True), before=160))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(R(f'A-{k}. ', b=True), g['text']))
    se = a['attendance'][-1]
    b.append(P(f'Minuta elaborada por: {se[0]}, {se[5]}.', before=200))
    nd = [(1, [('bullet', '•', 360)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='right'), numdefs=nd, font='Calibri', size=22)


# ------------------------------------------------------------------ W3: printed acta sent by fax (1-bit, 200 dpi, skewed)
def w3(a):
    b = []
    b.append(P(R('INSTITUTO DE ACCESO A LA INFORMACIÓN PÚBLICA DEL DISTRITO FEDERAL', b=True), align='center'))
    b.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL', b=True), align='center'))
    b.append(P(R(a['body'].upper(), b=True), align='center'))
    b.append(P(f'Fecha: {long_date(a["date"])}', before=160))
    b.append(P(f'Hora: de {a["start"]} a {a["end"]} horas'))
    b.append(P(f'Lugar: {a["place"]}'))
    b.append(P(f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}'))
    b.append(P(R('I. ASISTENTES', b=True), before=160))
    for x in a['attendance']:
        b.append(P(f'{x[1]} {x[0]}, {x[5]}, {x[2]}. Sector: {SECTOR_WORD[x[4]]}.', ind=(360, 0)))
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}.', b=True), keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text']), ind=(360, 0)))
            b.append(P(f'Indicador: {g["indicator"]}.', ind=(360, 0)))
            b.append(P(f'Responsable: {g["executor"]}.', ind=(360, 0)))
            b.append(P(f'Informe: {report_text(g)}' if g['report'] else f'Informe: {g["status"]}', ind=(360, 0)))
        b.append(P(R('Retroalimentación y observaciones:', u=True), ind=(360, 0)))
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            b.append(P(f'- Meta {f[2]}, {who}: {f[0]}', ind=(720, 0)))
    b.append(P(R('III. ACUERDOS', b=True), before=160))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}. {g["text"]}', ind=(360, 0)))
    b.append(P(f'Se levantó la sesión a las {a["end"]} horas.', before=160))
    se = a['attendance'][-1]
    b.append(P(f'Relatoría: {se[1]} {se[0]}, {se[5]}.'))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), font='Times New Roman', size=24)


def w3_scan(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-w-fax-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '200', '-gray', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    rnd = random.Random(stem)
    tifs = []
    d = a['date']
    for k, f in enumerate(pages):
        skew = rnd.choice([-1, 1]) * rnd.uniform(2.0, 3.0)
        t = os.path.join(tmp, f'{k}.tif')
        hdr = f'{d[8:]}/{d[5:7]}/{d[:4]}  14:{17 + k:02d}   FAX 55 5636 2120   INFODF DIR. CAPACITACION          P.{k + 1:03d}/{len(pages):03d}'
        run(['convert', os.path.join(tmp, f), '-gravity', 'North', '-background', 'white', '-splice', '0x40',
             '-font', 'Courier-Bold', '-pointsize', '22', '-fill', 'black', '-annotate', '+0+8', hdr,
             '-rotate', f'{skew:.2f}', '+repage', '-blur', '0x0.6', '-threshold', '58%', '-monochrome',
             '-compress', 'Group4', '-units', 'PixelsPerInch', '-density', '200', t])
        tifs.append(t)
        print(stem, 'page', k + 1, 'skew', round(skew, 2))
    run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + tifs)
    # the reader's OCR: page deskewed, enlarged, read with Tesseract spa
    txt = []
    for k, t in enumerate(tifs):
        up = os.path.join(tmp, f'{k}-up.png')
        run(['convert', t, '-deskew', '40%', '-resize', '150%', up])
        txt.append(subprocess.run(['tesseract', up, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ W4: newspaper columns, sidebar box with the session data
def frame_p(text, b=False, shade='E7EEF5'):
    fp = ('<w:framePr w:w="2600" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="9250" w:y="1"/>'
          f'<w:pBdr><w:left w:val="single" w:sz="12" w:space="4" w:color="1F4E79"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    return P(R(text, b=b, sz=17), ppr_extra=fp, after=40)


def w4(a):
    b = []
    b.append(P(R('BOLETÍN DEL ESPACIO DE PARTICIPACIÓN · PDHCDMX', b=True, color='1F4E79', sz=18)))
    b.append(P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=36)))
    b.append(P(R(f'Espacio de Participación del {a["body"]}', i=True, sz=24), after=120))
    # sidebar (a frame at the right margin): the session data
    for t, bb in [('DATOS DE LA SESIÓN', True), (f'Fecha: {long_date(a["date"])}', False), (f'Horario: {a["start"]} a {a["end"]} horas', False),
                  (f'Sede: {a["place"]}', False), (f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}', False)]:
        b.append(frame_p(t, bb))
    b.append(D.sect_para(header=False, footer=False).replace('w:right="1134"', 'w:right="3300"'))
    H = lambda t: P(R(t.upper(), b=True, color='1F4E79', sz=20), before=120, keep=True,
                    ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F4E79"/></w:pBdr>')
    b.append(H('Quiénes asistieron'))
    for x in a['attendance']:
        b.append(P(R(f'{x[1]} {x[0]}', b=True), f' — {x[5]}, {x[2]}. ', R(f'[{SECTOR_WORD[x[4]]}]', i=True), align='both'))
    b.append(H('Seguimiento'))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, align='both'))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text']), align='both'))
            b.append(P(R('Indicador: ', i=True), f'{g["indicator"]}. ', R('Responsable: ', i=True), f'{g["executor"]}.', align='both'))
            b.append(P(R('Lo informado: ', b=True), report_text(g) if g['report'] else f'Sin informe. {g["status"]}', align='both'))
            for f in st['feedback']:
                if f[2] != g['id']: continue
                who = 'La Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
                b.append(P(R(f'» {who}: ', i=True), f[0], align='both', ind=(240, 0)))
    b.append(H('Acuerdos'))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(R(f'{k}) ', b=True), g['text'], align='both'))
    se = a['attendance'][-1]
    b.append(P(R(f'Relatoría: {se[0]}, {se[5]}.', i=True), before=120))
    sec2 = D.sect(cols=2, header=False).replace('w:right="1134"', 'w:right="3300"').replace('<w:sectPr>', '<w:sectPr><w:type w:val="continuous"/>').replace('<w:cols w:num="2" w:space="567"/>', '<w:cols w:num="2" w:space="425" w:sep="1"/>')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + sec2, '', P(D.PAGE_FIELD, align='center'), font='Cambria', size=20)


# ------------------------------------------------------------------ W5: hand-made PDF, landscape pages stored portrait (/Rotate 90)
def w5_docx(a):
    """the system's Word export of the same report: a portrait first section, then a landscape section with the table"""
    b = []
    b += w5_front_lines(a, docx=True)
    b.append(D.sect_para(header=False))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True)))
    rows = [[C(P(R(h, b=True)), w=w, shade='D9D9D9') for h, w in zip(W5_HEAD, W5_W)]]
    for st in a['strategies']:
        rows.append([C(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True)), w=sum(W5_W), span=4, shade='F2F2F2')])
        for g in st['goals']:
            c = w5_cells(a, st, g)
            rows.append([C([P(x) for x in col], w=w) for col, w in zip(c, W5_W)])
    b.append(T(rows, W5_W, header_rows=1))
    b.append(P(R('ACUERDOS', b=True)))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}. {g["text"]}'))
    b.append(P(w5_sign(a)))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(landscape=True, header=False), '', P(D.PAGE_FIELD, align='right'), font='Arial', size=18)


W5_HEAD = ['Meta', 'Indicador / responsable', 'Informe', 'Retroalimentación y observaciones']
W5_W = [3200, 2600, 3900, 4200]


def w5_front_lines(a, docx=False):
    L = [('SISTEMA INTEGRAL DE ACTAS · SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHCDMX', True),
         (f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', True),
         (f'Espacio de Participación: {a["body"]}', True),
         (f'Fecha: {long_date(a["date"])}', False), (f'Hora de inicio: {a["start"]}   Hora de término: {a["end"]}', False),
         (f'Lugar: {a["place"]}', False), (f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}', False),
         ('', False), ('ASISTENCIA', True)]
    for k, x in enumerate(a['attendance'], 1):
        L.append((f'{k}. {x[0]} | {x[5]} | {x[2]} | {SECTOR_WORD[x[4]]}', False))
    if docx:
        return [P(R(t, b=bb)) if t else EMPTY for t, bb in L]
    return L


def w5_cells(a, st, g):
    c0 = [f'{g["id"]} {g["text"]}']
    c1 = [f'Indicador: {g["indicator"]}', f'Responsable: {g["executor"]}']
    c2 = [report_text(g)] if g['report'] else [f'SIN INFORME. {g["status"]}']
    c3 = []
    for f in st['feedback']:
        if f[2] != g['id']: continue
        c3.append(('SE: ' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])}): ') + f[0])
    return [c0, c1, c2, c3 or ['—']]


def w5_sign(a):
    se = a['attendance'][-1]
    return f'Elaboró: {se[0]}, {se[5]}. Documento generado por el Sistema Integral de Actas.'


def pdf_str(c):
    b = c.encode('cp1252')
    return ''.join('\\%03o' % x if x > 126 or chr(x) in '()\\' else chr(x) for x in b)


HELV = None


def text_w(s, size, bold=False):
    # rough Helvetica metrics: narrow/wide classes
    w = 0
    for ch in s:
        if ch in 'il.,;:|!\'I': w += 0.25
        elif ch in 'ftrj() -': w += 0.33
        elif ch in 'mwMW': w += 0.85
        elif ch.isupper() or ch in '0123456789': w += 0.66
        else: w += 0.55
    return w * size * (1.07 if bold else 1.0)


def wrapw(t, width, size, bold=False):
    out, line = [], ''
    for w in t.split(' '):
        cand = (line + ' ' + w) if line else w
        if line and text_w(cand, size, bold) > width:
            out.append(line); line = w
        else:
            line = cand
    out.append(line)
    return out


def w5_pdf(a):
    objs = {3: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            4: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'}
    pages = []   # (rotate, ops)
    # page 1: portrait, ordinary text
    ops, y = [], 750
    for t, bb in w5_front_lines(a):
        for ln in wrapw(t, 512, 9.5, bb) if t else ['']:
            if ln: ops.append(f'BT /{"F2" if bb else "F1"} 9.5 Tf 50 {y:.1f} Td ({pdf_str(ln)}) Tj ET')
            y -= 13
    pages.append((0, ops))
    # landscape pages: display coords X (0..792), Y (0..612); stored portrait with /Rotate 90: page x = 612 - Y, page y = X
    def put(ops, X, Y, s, font, size):
        ops.append(f'BT /{font} {size} Tf 0 1 -1 0 {612 - Y:.1f} {X:.1f} Tm ({pdf_str(s)}) Tj ET')
    def hline(ops, X0, X1, Y):
        ops.append(f'{612 - Y:.1f} {X0:.1f} m {612 - Y:.1f} {X1:.1f} l S')
    colx = [40, 210, 350, 555, 752]
    FS, LH = 7.5, 9.2
    def new_page():
        o = ['0.5 w']
        put(o, 40, 580, f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA · SEGUIMIENTO DE ESTRATEGIAS Y METAS', 'F2', 9)
        for k, h in enumerate(W5_HEAD): put(o, colx[k] + 2, 560, h, 'F2', 8)
        hline(o, 40, 752, 555)
        return o, 545
    ops, Y = new_page()
    for st in a['strategies']:
        lines = wrapw(f'Estrategia {st["number"]}. {st["title"]}', 700, 8.5, True)
        if Y - LH * (len(lines) + 4) < 50: pages.append((90, ops)); ops, Y = new_page()
        for ln in lines: put(ops, 42, Y, ln, 'F2', 8.5); Y -= LH + 1
        for g in st['goals']:
            cells = w5_cells(a, st, g)
            wr = []
            for k, col in enumerate(cells):
                ls = []
                for para in col: ls += wrapw(para, colx[k + 1] - colx[k] - 8, FS)
                wr.append(ls)
            h = max(len(x) for x in wr)
            if Y - LH * h < 50: pages.append((90, ops)); ops, Y = new_page()
            for k, ls in enumerate(wr):     # cell by cell
                yy = Y
                for ln in ls: put(ops, colx[k] + 2, yy, ln, 'F1', FS); yy -= LH
            Y -= LH * h + 3
            hline(ops, 40, 752, Y + LH - 2)
            Y -= 4
    tail = ['ACUERDOS'] + [f'{k}. {g["text"]}' for k, g in enumerate(a['agreements'], 1)] + ['', w5_sign(a)]
    need = sum(len(wrapw(t, 700, 8.5)) for t in tail) * (LH + 1)
    if Y - need < 40: pages.append((90, ops)); ops, Y = new_page()
    Y -= 6
    for t in tail:
        for ln in wrapw(t, 700, 8.5, t == 'ACUERDOS') if t else []:
            put(ops, 42, Y, ln, 'F2' if t == 'ACUERDOS' else 'F1', 8.5); Y -= LH + 1
        if not t: Y -= LH
    pages.append((90, ops))
    kids, n = [], 5
    for pno, (rot, o) in enumerate(pages, 1):
        foot = f'Página {pno} de {len(pages)}'
        if rot: o = o + [f'BT /F1 7 Tf 0 1 -1 0 {612 - 25:.1f} 700 Tm ({pdf_str(foot)}) Tj ET']
        else: o = o + [f'BT /F1 7 Tf 500 30 Td ({pdf_str(foot)}) Tj ET']
        stream = '\n'.join(o).encode('latin-1')
        objs[n] = (b'<< /Length %d >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        objs[n + 1] = (f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' + (f'/Rotate {rot} ' if rot else '') +
                       f'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {n} 0 R >>')
        kids.append(n + 1); n += 2
    objs[2] = f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>'
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[n] = '<< /Producer (SIA Sistema Integral de Actas 1.4 - ReportPDF) /Creator (SIA) /Title (Acta de sesion) >>'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        v = objs[k]
        out += f'{k} 0 obj\n'.encode() + (v if isinstance(v, bytes) else v.encode('latin-1')) + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {n + 1}\n0000000000 65535 f \n'.encode()
    for k in range(1, n + 1): out += f'{offs[k]:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {n + 1} /Root 1 0 R /Info {n} 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    open(os.path.join(OUT, a['stem'] + '.pdf'), 'wb').write(bytes(out))


# ------------------------------------------------------------------ W6: an acta built from fields (DOCPROPERTY, SEQ, REF)
def fld(instr, result, **kw):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + R(result, **kw) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def bm(name, runs, bid):
    return f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{runs}<w:bookmarkEnd w:id="{bid}"/>'


def w6(a):
    props = {'Espacio': a['body'], 'NumeroSesion': str(a['number']), 'FechaSesion': long_date(a['date']), 'Sede': a['place'],
             'Coordinacion': a['coordinator'][0], 'CargoCoordinacion': a['coordinator'][1]}
    DP = lambda k, **kw: fld(f'DOCPROPERTY  {k}  \\* MERGEFORMAT', props[k], **kw)
    b = []
    b.append(P(R('ACTA DE SESIÓN ORDINARIA', b=True, sz=28), align='center'))
    b.append(P(R('Espacio de Participación del ', b=True), DP('Espacio', b=True), align='center'))
    b.append(P(R('Sesión número ', b=True), DP('NumeroSesion', b=True), align='center', after=200))
    rows = [[C(P(R('Fecha', b=True)), w=2400, shade='EDEDED'), C(P(bm('FechaSesion', DP('FechaSesion'), 1)), w=7200)],
            [C(P(R('Horario', b=True)), w=2400, shade='EDEDED'), C(P(f'{a["start"]} a {a["end"]} horas'), w=7200)],
            [C(P(R('Sede', b=True)), w=2400, shade='EDEDED'), C(P(DP('Sede')), w=7200)],
            [C(P(R('Coordinación', b=True)), w=2400, shade='EDEDED'), C(P(DP('Coordinacion'), R(', '), DP('CargoCoordinacion')), w=7200)]]
    b.append(T(rows, [2400, 7200]))
    b.append(P(R('1. Asistencia', b=True, sz=24)))
    rows = [[C(P(R(h, b=True)), w=w, shade='EDEDED') for h, w in zip(['#', 'Nombre', 'Cargo', 'Institución', 'Sector'], [500, 2500, 2300, 2900, 1400])]]
    for k, x in enumerate(a['attendance'], 1):
        rows.append([C(P(fld('SEQ Asistente \\* ARABIC', str(k))), w=500), C(P(f'{x[1]} {x[0]}'), w=2500), C(P(x[5]), w=2300), C(P(x[2]), w=2900), C(P(SECTOR_WORD[x[4]]), w=1400)])
    tbl = T(rows, [500, 2500, 2300, 2900, 1400])
    # the roster is a Quick Part (building block) inserted from the Espacio's template
    b.append(f'<w:sdt><w:sdtPr><w:id w:val="7110{a["number"]}"/><w:docPartObj><w:docPartGallery w:val="Quick Parts"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{tbl}</w:sdtContent></w:sdt>')
    b.append(P(R('2. Seguimiento de estrategias y metas', b=True, sz=24)))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text']), ind=(360, 0)))
            b.append(P(R('Indicador: ', i=True), g['indicator'], ind=(360, 0)))
            b.append(P(R('Instancia responsable: ', i=True), g['executor'], ind=(360, 0)))
            b.append(P(R('Informe: ', i=True), report_text(g) if g['report'] else f'No reportó. {g["status"]}', ind=(360, 0)))
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', u=True), ind=(360, 0)))
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b.append(P(f'Meta {f[2]}: {f[0]}', ind=(720, 0)))
        if any(f[1] == 'observacion' for f in st['feedback']):
            b.append(P(R('Observaciones de las personas integrantes', u=True), ind=(360, 0)))
            for f in st['feedback']:
                if f[1] == 'observacion': b.append(P(R(f'{f[4]} ({inst_of(a, f[4])}), meta {f[2]}: ', b=True), f[0], ind=(720, 0)))
    b.append(P(R('3. Acuerdos', b=True, sz=24)))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(R('Acuerdo ', b=True), fld('SEQ Acuerdo \\* ARABIC', str(k), b=True), R(f'/{a["number"]}-{a["date"][:4]}. ', b=True), g['text'], ind=(360, 0)))
    b.append(P('Se cerró la sesión del ', fld('REF FechaSesion \\h', props['FechaSesion']), f' a las {a["end"]} horas.', before=160))
    se = a['attendance'][-1]
    b.append(P(f'Elaboró: {se[1]} {se[0]}, {se[5]}.'))
    hdr = P(R('PDHCDMX · Espacio de Participación · Sesión ', sz=16), fld('DOCPROPERTY  NumeroSesion', props['NumeroSesion'], sz=16), align='right')
    path = os.path.join(OUT, a['stem'] + '.docx')
    D.write(path, ''.join(b) + D.sect(), hdr, P(D.PAGE_FIELD, align='center'), font='Calibri', size=21)
    add_custom_props(path, props)


def add_custom_props(path, props):
    z = zipfile.ZipFile(path); items = {n: z.read(n) for n in z.namelist()}; z.close()
    cp = ''.join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{k}" name="{esc(n)}"><vt:lpwstr>{esc(v)}</vt:lpwstr></property>'
                 for k, (n, v) in enumerate(props.items(), 2))
    items['docProps/custom.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                                    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + cp + '</Properties>').encode('utf-8')
    items['[Content_Types].xml'] = items['[Content_Types].xml'].replace(b'</Types>', b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    items['_rels/.rels'] = items['_rels/.rels'].replace(b'</Relationships>', b'<Relationship Id="rIdCP" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, v in items.items(): z.writestr(n, v)


DOCX = {'W1': w1, 'W2': w2, 'W3': w3, 'W4': w4, 'W5': w5_docx, 'W6': w6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('W1', 'W2', 'W4', 'W6'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'W3': w3_scan(a)
        elif lay == 'W5': w5_pdf(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'])


if __name__ == '__main__':
    main()
