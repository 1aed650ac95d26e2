# -*- coding: utf-8 -*-
"""Render batch X from content.py: .docx (raw WordprocessingML), .gold.json, then PDFs (Chromium; LibreOffice; a highlighted
and hand-annotated colour scan; a Ghostscript merge of typed pages and a scanned signed sheet; ...), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, re, zipfile, textwrap
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
LO_PROFILE = 'file:///tmp/lo-blind-x'
EXTRA_FORMATS = {
    'blind-x-turismo-14-2022-08-23': ['odt'],
    'blind-x-panteones-06-2014-03-11': ['rtf'],
    'blind-x-bomberos-09-2016-02-16': ['doc'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA', 14: 'DECIMOCUARTA', 15: 'DECIMOQUINTA', 20: 'VIGÉSIMA', 21: 'VIGÉSIMA PRIMERA'}
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


def ddmmyyyy(iso):
    return f'{iso[8:]}/{iso[5:7]}/{iso[:4]}'


# ------------------------------------------------------------------ X1: the acta as a plain-text e-mail (fixed width), printed by Chromium
def wrap(t, width=76, first='', rest=None):
    rest = first if rest is None else rest
    return textwrap.wrap(t, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)


def x1_text(a):
    se = a['attendance'][-1]
    d = a['date']
    L = []
    L += [f'De:      {se[0]} <{se[0].split()[0][0].lower()}{se[0].split()[1].lower()}@pdh.df.gob.mx>',
          'Para:    ep-panteones@googlegroups.com',
          f'Enviado: {ddmmyyyy(d)} 18:{20 + a["number"]:02d}',
          f'Asunto:  Acta {a["number"]}a sesion EP Panteones (version para comentarios)', '']
    L += wrap('Estimadas y estimados integrantes del Espacio: les comparto el acta de la sesión del día de hoy. '
              'Si tienen comentarios, favor de enviarlos por este medio en un plazo de cinco días hábiles. Saludos.')
    L += ['', '=' * 78,
          f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA',
          'ESPACIO DE PARTICIPACION', a['body'], '=' * 78, '',
          f'Fecha ........: {long_date(d)}',
          f'Horario ......: {a["start"]} a {a["end"]} hrs.']
    L += wrap(a['place'], 78, 'Lugar ........: ', ' ' * 16)
    L += [f'Coordinacion .: {a["coordinator"][0]} ({a["coordinator"][1]})', '',
          '1. ASISTENCIA', '-' * 14, '',
          f'{"NOMBRE":<27}{"INSTITUCION":<58}SECTOR',
          f'{"-" * 25:<27}{"-" * 56:<58}------']
    for x in a['attendance']:
        L.append(f'{x[0]:<27}{x[2]:<58}{SECTOR_ABBR[x[4]]}')
    L += ['', '(IE: instancia ejecutora; OSC: organizacion de la sociedad civil; OI: otra instancia; SE: Secretaria Ejecutiva)', '',
          '2. SEGUIMIENTO DE ESTRATEGIAS Y METAS', '-' * 38]
    for st in a['strategies']:
        L += [''] + wrap(f'ESTRATEGIA {st["number"]}. {st["title"]}', 78, '', '    ')
        for g in st['goals']:
            L += [''] + wrap(dot(g['text']), 78, f'  Meta {g["id"]}  ', ' ' * 14)
            L += wrap(g['indicator'], 78, '      Indicador ...: ', ' ' * 21)
            L += wrap(g['executor'], 78, '      Responsable .: ', ' ' * 21)
            L += wrap(report_text(g) if g['report'] else f'[SIN INFORME] {g["status"]}', 78, '      Informe .....: ', ' ' * 21)
        L += ['', '  Retroalimentacion y comentarios:']
        for f in st['feedback']:
            who = 'SE' if f[4] == 'SE' else f'{f[4]}, {inst_of(a, f[4])}'
            L += wrap(f[0], 78, f'   -  ({who}; meta {f[2]}) ', ' ' * 6)
    L += ['', '3. ACUERDOS', '-' * 11, '']
    for k, g in enumerate(a['agreements'], 1):
        L += wrap(g['text'], 78, f'  {k}) ', ' ' * 5)
    L += ['', f'Se cierra la sesion a las {a["end"]} hrs.', '', '--', se[0], se[5], 'Secretaria Ejecutiva del Mecanismo de Seguimiento y Evaluacion del PDHDF',
          'Tel. 5512 6789 ext. 114', '',
          'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de', 'sus destinatarios.']
    return L


def x1(a):
    L = x1_text(a)
    open(os.path.join(SRC, a['stem'] + '.txt'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
    # the text pasted into Word: one paragraph per line, Courier New, no spacing
    b = ''.join(P(R(l.replace('\t', ' ')) if l else '', after=0) for l in L)
    D.write(os.path.join(OUT, a['stem'] + '.docx'), b + D.sect(header=False, footer=False), font='Courier New', size=17)


def x1_pdf(a):
    import html
    L = open(os.path.join(SRC, a['stem'] + '.txt'), encoding='utf-8').read()
    h = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>' + html.escape(L.splitlines()[3][9:]) + '</title>'
         '<style>@page{size:letter;margin:18mm 16mm}body{font-family:"Liberation Mono",monospace;font-size:8.4pt}'
         'pre{white-space:pre-wrap;margin:0;font-family:inherit}.hd{border-bottom:1px solid #888;margin-bottom:8px;font:bold 10pt sans-serif}</style></head>'
         '<body><div class="hd">Gmail - ' + html.escape(L.splitlines()[3][9:]) + '</div><pre>' + html.escape(L) + '</pre></body></html>')
    tmp = tempfile.mkdtemp(prefix='blind-x-x1-')
    hp = os.path.join(tmp, 'm.html'); open(hp, 'w', encoding='utf-8').write(h)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ X2: bilingual observer template (Goal / Meta)
SECTOR_BI = {IE: 'Implementing body / Instancia ejecutora', OT: 'Other / Otra instancia', SC: 'Civil society / Sociedad civil', SE: 'Executive Secretariat / Secretaría Ejecutiva'}


def x2(a):
    b = []
    HD = 'D9E2F3'
    b.append(P(R('MEETING MINUTES / ACTA DE SESIÓN', b=True, sz=28, color='1F3864')))
    b.append(P(R('Participation Space / Espacio de Participación: ', b=True), a['body']))
    rows = [[C(P(R('Session / Sesión', b=True)), w=2600, shade=HD), C(P(f'No. {a["number"]} — Ordinary session / Sesión ordinaria'), w=6760)],
            [C(P(R('Date / Fecha', b=True)), w=2600, shade=HD), C(P(f'{a["date"]} ({long_date(a["date"])})'), w=6760)],
            [C(P(R('Time / Horario', b=True)), w=2600, shade=HD), C(P(f'{a["start"]} – {a["end"]}'), w=6760)],
            [C(P(R('Venue / Sede', b=True)), w=2600, shade=HD), C(P(a['place']), w=6760)],
            [C(P(R('Chair / Coordinación', b=True)), w=2600, shade=HD), C(P(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), w=6760)]]
    b.append(T(rows, [2600, 6760]))
    b.append(P(R('1. Attendees / Asistentes', b=True, sz=24, color='1F3864'), before=120))
    rows = [[C(P(R(h, b=True)), w=w, shade=HD) for h, w in (('Name / Nombre', 2500), ('Position / Cargo', 2300), ('Institution / Institución', 2900), ('Sector', 1660))]]
    for x in a['attendance']:
        rows.append([C(P(x[0]), w=2500), C(P(x[5]), w=2300), C(P(x[2]), w=2900), C(P(R(SECTOR_BI[x[4]], sz=16)), w=1660)])
    b.append(T(rows, [2500, 2300, 2900, 1660], header_rows=1))
    b.append(P(R('2. Follow-up of strategies and goals / Seguimiento de estrategias y metas', b=True, sz=24, color='1F3864')))
    for st in a['strategies']:
        b.append(P(R(f'Strategy / Estrategia {st["number"]}: ', b=True), R(st['title'], b=True), before=120, keep=True))
        for g in st['goals']:
            rows = [[C(P(R(f'Goal / Meta {g["id"]}', b=True)), w=2600, shade=HD), C(P(g['text']), w=6760)],
                    [C(P(R('Indicator / Indicador', b=True)), w=2600, shade=HD), C(P(g['indicator']), w=6760)],
                    [C(P(R('Responsible / Responsable', b=True)), w=2600, shade=HD), C(P(g['executor']), w=6760)],
                    [C(P(R('Report / Informe', b=True)), w=2600, shade=HD),
                     C(P(report_text(g)) if g['report'] else P(R('No report / Sin informe. ', b=True), g['status']), w=6760)]]
            b.append(T(rows, [2600, 6760]))
        se = [f for f in st['feedback'] if f[4] == 'SE']
        ob = [f for f in st['feedback'] if f[4] != 'SE']
        if se:
            b.append(P(R('Feedback from the Executive Secretariat / Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
            for f in se:
                b.append(P(R(f'({f[2]}) ', b=True), f[0], num=(2, 0)))
        if ob:
            b.append(P(R('Participants\u2019 comments / Observaciones de las personas participantes', b=True, i=True), keep=True))
            for f in ob:
                b.append(P(R(f'{f[4]} ({f[2]}): ', b=True), f[0], num=(2, 0)))
    b.append(P(R('3. Agreements / Acuerdos', b=True, sz=24, color='1F3864'), before=120))
    for g in a['agreements']:
        b.append(P(g['text'], num=(1, 0)))
    se = a['attendance'][-1]
    b.append(P(R('Minutes taken by / Elaboró: ', b=True), f'{se[0]}, {se[5]}', before=240))
    b.append(P(R('Template: International Observers Programme — Minutes form v2.1 (EN/ES)', sz=14, color='7F7F7F')))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 360)])]
    hdr = P(R('PDHCDMX · Participation Spaces / Espacios de Participación', sz=16, color='7F7F7F'), align='right')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), hdr, P(D.PAGE_FIELD, align='right'), numdefs=nd, font='Calibri', size=21)


# ------------------------------------------------------------------ X3: typed acta, printed, highlighted with a marker and annotated in pen, scanned in colour
def x3(a):
    b = []
    b.append(P(R('SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center'))
    b.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=26), align='center'))
    b.append(P(R('Espacio de Participación del ' + a['body'], b=True), align='center', after=200))
    b.append(P(R('Fecha: ', b=True), long_date(a['date']), R('\tHorario: ', b=True), f'{a["start"]} a {a["end"]} horas', tabs=[5200]))
    b.append(P(R('Lugar: ', b=True), a['place']))
    b.append(P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}', after=200))
    b.append(P(R('ASISTENCIA', b=True)))
    rows = [[C(P(R(h, b=True)), w=w, shade='E6E6E6') for h, w in (('Nombre', 2700), ('Institución', 4300), ('Sector', 2300))]]
    for x in a['attendance']:
        rows.append([C(P(f'{x[1]} {x[0]}'), w=2700), C(P(x[2]), w=4300), C(P(SECTOR_WORD[x[4]]), w=2300)])
    b.append(T(rows, [2700, 4300, 2300]))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS', b=True)))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text']), ind=(284, 0)))
            b.append(P(R('Indicador: ', i=True), dot(g['indicator']), R(' Responsable: ', i=True), dot(g['executor']), ind=(284, 0)))
            b.append(P(R('Informe: ', b=True), report_text(g) if g['report'] else g['status'], ind=(284, 0), after=120))
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva y observaciones', u=True), ind=(284, 0)))
        for f in st['feedback']:
            who = 'SE' if f[4] == 'SE' else f'{f[4]}'
            b.append(P(f'Meta {f[2]} — {who}: {f[0]}', ind=(568, 284)))
    b.append(P(R('ACUERDOS', b=True), before=160))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}.\t{g["text"]}', ind=(568, 284), tabs=[568]))
    se = a['attendance'][-1]
    b.append(P(f'Elaboró: {se[1]} {se[0]}, {se[5]}.', before=240))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), font='Arial', size=20)


def bbox_words(pdf):
    """pdftotext -bbox: [(page, word, xmin, ymin, xmax, ymax)] in points"""
    import html
    x = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
    out, page = [], -1
    for line in x.splitlines():
        if '<page ' in line: page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m: out.append((page, html.unescape(m.group(5)), *map(float, m.groups()[:4])))
    return out


def x3_scan(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-x-hl-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    pdf = os.path.join(tmp, stem + '.pdf')
    dpi = 200; k = dpi / 72
    run(['pdftoppm', '-r', str(dpi), '-png', pdf, os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.png'))
    words = bbox_words(pdf)
    rnd = random.Random(stem)
    figs = {c.split()[-1] for st in a['strategies'] for f in st['figures'] for c in [str(f[3])]}  # not used
    nums = set()
    for st in a['strategies']:
        for f in st['figures']:
            nums.update(w for w in f[3].split() if re.match(r'^[\d,.]+$', w))
    jpgs, txt = [], []
    for pi, f in enumerate(pages):
        draw = []
        # marker over the figures of the reports (yellow, multiply) and over the agreements' dates
        for (p, w, x0, y0, x1, y1) in words:
            if p != pi: continue
            ww = w.strip('.,;:')
            if ww in nums or re.match(r'^20\d\d\.?$', w) and False:
                draw.append(f'-fill "rgba(255,235,0,0.45)" -draw "rectangle {x0 * k - 4:.0f},{y0 * k - 3:.0f} {x1 * k + 4:.0f},{y1 * k + 4:.0f}"')
        # pen: a tick in the left margin beside each agreement line, a circle round the page number, a note in the top margin
        for (p, w, x0, y0, x1, y1) in words:
            if p == pi and w in ('1.', '2.', '3.') and x0 < 110:
                cx, cy = 30 * k, (y0 + y1) / 2 * k
                draw.append(f'-stroke "rgb(30,40,160)" -strokewidth 4 -fill none -draw "polyline {cx - 18:.0f},{cy:.0f} {cx - 6:.0f},{cy + 14:.0f} {cx + 20:.0f},{cy - 22:.0f}"')
        if pi == 0:
            draw.append('-stroke "rgb(30,40,160)" -strokewidth 3 -fill none -draw "ellipse 1450,95 150,42 0,360"')
            draw.append('-stroke none -fill "rgb(30,40,160)" -font DejaVu-Sans-Oblique -pointsize 34 -annotate -4x-4+1330+110 "rev. K.V."')
        cmd = f'convert {os.path.join(tmp, f)} ' + ' '.join(draw) + f' -rotate {rnd.uniform(-0.8, 0.8):.2f} +repage -attenuate 0.4 +noise Gaussian -quality 72 -density {dpi} -units PixelsPerInch {os.path.join(tmp, f"{pi}.jpg")}'
        subprocess.run(cmd, shell=True, check=True)
        jpgs.append(os.path.join(tmp, f'{pi}.jpg'))
    run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    for j in jpgs:
        up = j[:-4] + '-ocr.png'
        run(['convert', j, '-colorspace', 'Gray', '-resize', '150%', up])
        txt.append(subprocess.run(['tesseract', up, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)



# ------------------------------------------------------------------ X4: typed body + the printed attendance sheet, signed by hand and scanned; merged by Ghostscript
def x4(a):
    b = []
    b.append(P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=20), align='center'))
    b.append(P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=20), align='center'))
    b.append(P(R(a['body'], b=True, sz=24), align='center'))
    b.append(P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=24), align='center', after=240))
    b.append(P(f'En la Ciudad de México, el {long_date(a["date"])}, de las {a["start"]} a las {a["end"]} horas, en el {a["place"]}, '
               f'se reunieron las personas integrantes del Espacio, cuya asistencia consta en la lista firmada que se anexa a la presente (Anexo 1). '
               f'Coordinó la sesión {a["coordinator"][0]}, {a["coordinator"][1]}.', align='both'))
    b.append(P(R('1. Seguimiento de estrategias y metas', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True), before=120, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True, i=True), R(dot(g['text']), i=True), keep=True))
            b.append(P(f'Indicador: {dot(g["indicator"])} Instancia responsable: {dot(g["executor"])}', ind=(360, 0), keep=True))
            b.append(P(R('Informe. ', u=True), report_text(g) if g['report'] else g['status'], ind=(360, 0), align='both'))
        for f in st['feedback']:
            who = 'La Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            b.append(P(R(f'{who}, sobre la meta {f[2]}: ', i=True), f[0], ind=(360, 0), align='both'))
    b.append(P(R('2. Acuerdos', b=True), before=200))
    for k, g in enumerate(a['agreements'], 1):
        b.append(P(f'{k}. {g["text"]}', ind=(360, 0)))
    b.append(P('No habiendo más asuntos que tratar, se dio por concluida la sesión.', before=200))
    se = a['attendance'][-1]
    b.append(P(f'Elaboró el acta: {se[1]} {se[0]}, {se[5]}.'))
    # Anexo 1 on a landscape page: the sheet that went round the table
    b.append(D.sect_para())
    b.append(P(R('ANEXO 1. LISTA DE ASISTENCIA', b=True), align='center'))
    b.append(P(f'{a["body"]} · {ORD[a["number"]].capitalize()} Sesión Ordinaria · {long_date(a["date"])}', align='center', after=160))
    W = [450, 2750, 2250, 4600, 1450, 1950]
    rows = [[C(P(R(h, b=True), align='center'), w=w, shade='D9D9D9') for h, w in zip(('No.', 'Nombre', 'Cargo', 'Institución / Organización', 'Sector', 'Firma'), W)]]
    for k, x in enumerate(a['attendance'], 1):
        rows.append([C(P(str(k), align='center'), w=W[0]), C(P(x[0]), w=W[1]), C(P(x[5]), w=W[2]), C(P(x[2]), w=W[3]), C(P(SECTOR_WORD[x[4]]), w=W[4]), C(P(''), w=W[5])])
    for k in range(len(a['attendance']) + 1, len(a['attendance']) + 3):
        rows.append([C(P(str(k), align='center'), w=W[0])] + [C(P(''), w=w) for w in W[1:]])
    b.append(T(rows, W))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(landscape=True, header=False), '', P(D.PAGE_FIELD, align='right'), font='Times New Roman', size=22)


def scribble(rnd, x, y, w):
    pts = [(x, y)]
    for _ in range(rnd.randint(5, 8)):
        pts.append((pts[-1][0] + rnd.uniform(w * 0.05, w * 0.2), y + rnd.uniform(-28, 22)))
    d = f'M {pts[0][0]:.0f},{pts[0][1]:.0f} ' + ' '.join(f'Q {(p[0] + q[0]) / 2:.0f},{q[1] - rnd.uniform(-30, 30):.0f} {q[0]:.0f},{q[1]:.0f}' for p, q in zip(pts, pts[1:]))
    return f'-stroke "rgb(20,20,90)" -strokewidth {rnd.choice([2, 3])} -fill none -draw "path \'{d}\'"'


def x4_pdf(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-x-gs-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    pdf = os.path.join(tmp, stem + '.pdf')
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    dpi = 200; k = dpi / 72
    run(['pdftoppm', '-r', str(dpi), '-gray', '-f', str(n), '-l', str(n), pdf, os.path.join(tmp, 's')])
    pgm = [f for f in os.listdir(tmp) if f.startswith('s') and f.endswith('.pgm')][0]
    words = [w for w in bbox_words(pdf) if w[0] == n - 1]
    rnd = random.Random(stem)
    fx = [w for w in words if w[1] == 'Firma'][0][2]
    draw = []
    for x in a['attendance']:
        first = x[0].split()[0]
        ys = [w for w in words if w[1] == first and w[2] < fx]
        if not ys: continue
        y = (ys[0][3] + ys[0][5]) / 2 * k
        draw.append(scribble(rnd, fx * k + 10, y + 6, 80 * k))
    draw.append('-stroke "rgb(110,60,140)" -strokewidth 4 -fill none -draw "circle 300,1450 300,1590"')
    draw.append('-stroke none -fill "rgb(110,60,140)" -font DejaVu-Sans-Bold -pointsize 26 -annotate -12x-12+190+1440 "RECIBIDO" -pointsize 18 -annotate -12x-12+200+1490 "SECRETARÍA EJECUTIVA"')
    scan = os.path.join(tmp, 'sheet.png')
    subprocess.run(f'convert {os.path.join(tmp, pgm)} ' + ' '.join(draw) + f' -rotate {rnd.uniform(-1.2, 1.2):.2f} +repage -colorspace Gray -level 8%,92% -attenuate 0.5 +noise Gaussian -depth 8 -density {dpi} -units PixelsPerInch {scan}', shell=True, check=True)
    jpg = os.path.join(tmp, 'sheet.jpg')
    run(['convert', scan, '-units', 'PixelsPerInch', '-density', str(dpi), '-quality', '70', jpg])
    run(['img2pdf', '-o', os.path.join(tmp, 'sheet.pdf'), jpg])
    run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', f'-dLastPage={n - 1}', f'-sOutputFile={os.path.join(tmp, "body.pdf")}', pdf])
    run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', f'-sOutputFile={os.path.join(OUT, stem + ".pdf")}', os.path.join(tmp, 'body.pdf'), os.path.join(tmp, 'sheet.pdf')])
    # the reading: the text layer of the typed pages, then Tesseract on the scanned sheet
    body = subprocess.run(['pdftotext', '-raw', '-l', str(n - 1), os.path.join(OUT, stem + '.pdf'), '-'], capture_output=True, text=True).stdout
    up = os.path.join(tmp, 'sheet-ocr.png')
    run(['convert', scan, '-resize', '150%', up])
    o = subprocess.run(['tesseract', up, '-', '-l', 'spa', '--dpi', '300', '--psm', '6'], capture_output=True, text=True).stdout
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write(body + '\n' + o)
    shutil.copy(scan, os.path.join(tmp, '..', 'blind-x-last-sheet.png'))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ X5: a LaTeX-made PDF (article class, Times): the .docx is its conversion to Word
ORDF = {20: 'Vigésima', 21: 'Vigésima Primera'}
SECTOR_SC = {IE: 'instancia ejecutora', OT: 'otra instancia', SC: 'sociedad civil', SE: 'Secretaría Ejecutiva'}


def x5_blocks(a):
    """the acta as LaTeX would set it: (kind, payload) blocks shared by the PDF and the .docx"""
    B = []
    B.append(('title', f'Acta de la {ORDF[a["number"]]} Sesión Ordinaria'))
    B.append(('author', f'Espacio de Participación: {a["body"]}'))
    B.append(('date', long_date(a['date'], weekday=False)))
    B.append(('section', '1', 'Datos de la sesión'))
    B.append(('desc', 'Fecha', f'{long_date(a["date"])}.'))
    B.append(('desc', 'Horario', f'de {a["start"]} a {a["end"]} horas.'))
    B.append(('desc', 'Modalidad', f'{a["place"]}.'))
    B.append(('desc', 'Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}.'))
    B.append(('section', '2', 'Asistencia'))
    for x in a['attendance']:
        B.append(('person', x[0], f'{x[5]}, {x[2]}', SECTOR_SC[x[4]]))
    B.append(('section', '3', 'Seguimiento de estrategias y metas'))
    for n, st in enumerate(a['strategies'], 1):
        B.append(('subsection', f'3.{n}', f'Estrategia {st["number"]}: {st["title"]}'))
        for g in st['goals']:
            B.append(('desc', f'Meta {g["id"]}', dot(g['text'])))
            B.append(('desc2', 'Indicador', dot(g['indicator'])))
            B.append(('desc2', 'Responsable', dot(g['executor'])))
            if g['report']: B.append(('desc2', 'Informe', report_text(g)))
            else: B.append(('desc2fn', 'Informe', 'sin informe', g['status']))
        B.append(('para', 'Retroalimentación y observaciones'))
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            B.append(('item', f'{who}, meta {f[2]}:', f[0]))
    B.append(('section', '4', 'Acuerdos'))
    for k, g in enumerate(a['agreements'], 1):
        B.append(('enum', f'{k}.', g['text']))
    se = a['attendance'][-1]
    B.append(('sign', f'{se[0]}', f'{se[5]}'))
    return B


def x5(a):
    b = []
    fn = []
    for blk in x5_blocks(a):
        k = blk[0]
        if k == 'title': b.append(P(R(blk[1], sz=34), align='center'))
        elif k == 'author': b.append(P(R(blk[1], sz=24), align='center'))
        elif k == 'date': b.append(P(R(blk[1], sz=24), align='center', after=240))
        elif k == 'section': b.append(P(R(f'{blk[1]}\u2003{blk[2]}', b=True, sz=28), before=240, keep=True))
        elif k == 'subsection': b.append(P(R(f'{blk[1]}\u2003{blk[2]}', b=True, sz=24), before=160, keep=True))
        elif k == 'desc': b.append(P(R(blk[1], b=True), ' ' + blk[2], ind=(360, 360), align='both'))
        elif k == 'desc2': b.append(P(R(blk[1], b=True), ' ' + blk[2], ind=(720, 360), align='both'))
        elif k == 'desc2fn':
            fn.append(blk[3])
            b.append(P(R(blk[1], b=True), ' ' + blk[2], f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{len(fn)}"/></w:r>', ind=(720, 360)))
        elif k == 'person': b.append(P(R(blk[1], b=True), f' — {blk[2]} (', R(blk[3], caps=False, sz=18) if False else R(blk[3], sz=18), ').', ind=(360, 360)))
        elif k == 'para': b.append(P(R(blk[1], b=True), before=120, keep=True))
        elif k == 'item': b.append(P(R(blk[1], i=True), ' ' + blk[2], num=(2, 0), align='both'))
        elif k == 'enum': b.append(P(blk[2], num=(1, 0), align='both'))
        elif k == 'sign': b.append(P(R(blk[1]), '\n', R(blk[2], i=True), before=480, align='center'))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 360)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD.replace('Página ', ''), align='center'),
            numdefs=nd, font='Times New Roman', size=20, footnotes=fn)


def x5_pdf(a):
    import latexpdf as LP
    d = LP.Doc()
    fnn = 0
    for blk in x5_blocks(a):
        k = blk[0]
        if k == 'title': d.skip(30); d.par([(blk[1], 'R')], size=17, lead=22, justify=False, center=True)
        elif k == 'author': d.skip(8); d.par([(blk[1], 'R')], size=12, lead=15, justify=False, center=True)
        elif k == 'date': d.skip(4); d.par([(blk[1], 'R')], size=12, lead=15, justify=False, center=True); d.skip(14)
        elif k == 'section': d.skip(12); d.need(40); d.par([(blk[1], 'B')], size=12, lead=14, justify=False, label=None); d.y += 14; d.par([(blk[2], 'B')], indent=22, size=12, lead=14, justify=False); d.skip(4)
        elif k == 'subsection': d.skip(8); d.need(36); d.par([(blk[1] + '\u2002' if False else blk[1], 'B')], size=11, lead=13, justify=False); d.y += 13; d.par([(blk[2], 'B')], indent=26, size=11, lead=13, justify=False); d.skip(2)
        elif k == 'desc': d.par([(blk[1], 'B'), (' ' + blk[2], 'R')], indent=20, first=-20 + 0, justify=True) if False else d.par([(blk[1], 'B'), (' ' + blk[2], 'R')], indent=20, first=-20)
        elif k == 'desc2': d.par([(blk[1], 'B'), (' ' + blk[2], 'R')], indent=40, first=-20)
        elif k == 'desc2fn':
            fnn += 1
            d.par([(blk[1], 'B'), (' ' + blk[2], 'I')], indent=40, first=-20, justify=False)
            d.ops.append(f'BT /FR 1 Tf ET')
            d.word(d.L + 20 + LP.width(blk[1], 'B', 10) + LP.width(' ' + blk[2], 'I', 10) + 1, d.y + 4, str(fnn), 'R', 7)
            d.footnote(str(fnn), blk[3])
        elif k == 'person': d.par([(blk[1], 'B'), (' — ' + blk[2] + ' (', 'R'), (blk[3], 'S'), (').', 'R')], indent=20, first=-20)
        elif k == 'para': d.skip(6); d.par([(blk[1], 'I')], justify=False)
        elif k == 'item': d.par([(blk[1], 'I'), (' ' + blk[2], 'R')], indent=20, label=('•', 'R'), hang=10)
        elif k == 'enum': d.par([(blk[2], 'R')], indent=20, label=(blk[1], 'R'), hang=14)
        elif k == 'sign': d.skip(30); d.par([(blk[1], 'R')], justify=False, center=True); d.par([(blk[2], 'I')], justify=False, center=True)
    d.ops = [o for o in d.ops if o != 'BT /FR 1 Tf ET']
    info = {'Producer': 'pdfTeX-1.40.21', 'Creator': 'LaTeX with hyperref', 'CreationDate': "D:%s170512-06'00'" % a['date'].replace('-', ''),
            'PTEX.Fullbanner': 'This is pdfTeX, Version 3.14159265-2.6-1.40.21 (TeX Live 2020) kpathsea version 6.3.2'}
    d.save(os.path.join(OUT, a['stem'] + '.pdf'), info)


# ------------------------------------------------------------------ X6: order of the day and agreements drawn as grouped shapes (SmartArt-like process / list)
NS_EXTRA = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wps wpg"')
EMU = 12700  # per point


def shape_box(sid, x, y, w, h, paras, fill='DEEBF7', line='2E75B6', geom='roundRect'):
    return (f'<wps:wsp><wps:cNvPr id="{sid}" name="Cuadro de texto {sid}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{int(x * EMU)}" y="{int(y * EMU)}"/><a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')


def shape_arrow(sid, x, y, w, h):
    return (f'<wps:wsp><wps:cNvPr id="{sid}" name="Flecha {sid}"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="{int(x * EMU)}" y="{int(y * EMU)}"/><a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></a:xfrm>'
            '<a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="9DC3E6"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>')


def group(gid, w, h, shapes, name):
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{int(w * EMU)}" cy="{int(h * EMU)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{gid}" name="{name}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>'
            f'<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/><a:chOff x="0" y="0"/><a:chExt cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></a:xfrm></wpg:grpSpPr>'
            + ''.join(shapes) + '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def x6(a):
    b = []
    b.append(P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', sz=18, color='2E75B6')))
    b.append(P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=32, color='1F4E79')))
    b.append(P(R(f'Espacio de Participación del {a["body"]}', b=True, sz=24)))
    b.append(P(R('Fecha: ', b=True), long_date(a['date']), R('   Hora: ', b=True), f'{a["start"]} – {a["end"]}'))
    b.append(P(R('Lugar: ', b=True), a['place']))
    b.append(P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}', after=160))
    # order of the day: a horizontal process of four rounded boxes and three arrows
    steps = ['Registro de asistencia y quórum', 'Seguimiento de estrategias y metas', 'Retroalimentación y observaciones', 'Acuerdos y próxima sesión']
    shapes, bw, gap = [], 96, 26
    for k, t in enumerate(steps):
        shapes.append(shape_box(100 + k, k * (bw + gap), 0, bw, 52, [P(R(f'{k + 1}. {t}', sz=17, color='1F4E79'), align='center', after=0)]))
        if k < 3: shapes.append(shape_arrow(120 + k, k * (bw + gap) + bw + 4, 18, gap - 8, 16))
    b.append(P(R('Orden del día', b=True, color='1F4E79')))
    b.append(P(group(1, 4 * bw + 3 * gap, 52, shapes, 'Diagrama 1'), after=160))
    b.append(P(R('Asistencia', b=True, color='1F4E79')))
    rows = [[C(P(R(h, b=True, color='FFFFFF')), w=w, shade='2E75B6') for h, w in (('Nombre', 2600), ('Cargo', 2500), ('Institución', 3000), ('Sector', 1500))]]
    for x in a['attendance']:
        rows.append([C(P(x[0]), w=2600), C(P(x[5]), w=2500), C(P(x[2]), w=3000), C(P(SECTOR_WORD[x[4]]), w=1500)])
    b.append(T(rows, [2600, 2500, 3000, 1500], header_rows=1))
    b.append(P(R('Seguimiento de estrategias y metas', b=True, color='1F4E79')))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), dot(g['text'])))
            b.append(P(R('Indicador: ', i=True), dot(g['indicator']), R(' Responsable: ', i=True), dot(g['executor']), ind=(284, 0)))
            b.append(P(R('Informe: ', b=True), report_text(g) if g['report'] else R('Sin informe. ' + g['status'], i=True), ind=(284, 0)))
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'
            b.append(P(R(f'{who} [meta {f[2]}]: ', b=True, sz=19), R(f[0], sz=19), num=(2, 0)))
    # agreements: a vertical list diagram (title box + three numbered boxes)
    b.append(P(R('Acuerdos', b=True, color='1F4E79'), before=160, keep=True))
    shapes = [shape_box(200, 0, 0, 84, 3 * 50 + 2 * 8, [P(R('ACUERDOS', b=True, sz=18, color='FFFFFF'), align='center', after=0)], fill='1F4E79', line='1F4E79', geom='rect')]
    for k, g in enumerate(a['agreements']):
        shapes.append(shape_box(201 + k, 92, k * 58, 380, 50, [P(R(f'{k + 1}', b=True, sz=18, color='2E75B6'), R('  ' + g['text'], sz=18), after=0)]))
    b.append(P(group(2, 470, 3 * 50 + 2 * 8, shapes, 'Diagrama 2'), after=160))
    se = a['attendance'][-1]
    b.append(P(R('Elaboró: ', b=True), f'{se[0]}, {se[5]}.'))
    nd = [(1, [('decimal', '%1.', 360)]), (2, [('bullet', '▪', 360)])]
    path = os.path.join(OUT, a['stem'] + '.docx')
    D.write(path, ''.join(b) + D.sect(header=False), '', P(D.PAGE_FIELD, align='right'), numdefs=nd, font='Calibri', size=20)
    with zipfile.ZipFile(path) as z: items = {n: z.read(n) for n in z.namelist()}
    items['word/document.xml'] = items['word/document.xml'].replace(b'<w:document xmlns:w=', b'<w:document ' + NS_EXTRA.encode() + b' xmlns:w=', 1)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, v in items.items(): z.writestr(n, v)


DOCX = {'X1': x1, 'X2': x2, 'X3': x3, 'X4': x4, 'X5': x5, 'X6': x6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('X2', 'X6'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'X1': x1_pdf(a)
        elif lay == 'X3': x3_scan(a)
        elif lay == 'X4': x4_pdf(a)
        elif lay == 'X5': x5_pdf(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'])


if __name__ == '__main__':
    main()
