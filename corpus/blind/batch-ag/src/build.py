# -*- coding: utf-8 -*-
"""Render batch AG from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AG1; Chromium for AG2;
LibreOffice redistilled by Ghostscript for AG3; a colour scan with handwritten margin notes for AG4), extra formats (.odt/.doc/.rtf).
AG6: SmartArt agreements, LibreOffice PDF.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ag'
EXTRA_FORMATS = {
    'blind-ag-cartoneras-05-2015-03-18': ['odt'],
    'blind-ag-tamaleros-09-2022-02-02': ['rtf'],
    'blind-ag-afiladores-03-2017-08-23': ['doc'],
}
ORD = {1: 'PRIMERA', 2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def se_ob(st):
    return [f for f in st['feedback'] if f[1] == 'retroalimentacion'], [f for f in st['feedback'] if f[1] == 'observacion']


def rep_str(g):
    return ' '.join(x for x in g['report'] if isinstance(x, str)) if g['report'] else g['status']


def closing(a):
    return f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del día de su inicio.'


def feedback_paras(a, st, se_lead='Meta {g}: ', ob_lead='{n} ({i}): ', head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones', sz=None):
    se, ob = se_ob(st)
    b = [P(R(head_se, b=True, i=True, sz=sz), keep=True)]
    b += [P(R(se_lead.format(g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in se]
    if ob:
        b.append(P(R(head_ob, b=True, i=True, sz=sz), keep=True))
        b += [P(R(ob_lead.format(n=f[4], i=inst_of(a, f[4]), g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in ob]
    return b


def agreements_typed(a, sz=None):
    return [P(R(f'{k}.\t{g["text"]}', sz=sz), ind=(426, 426), tabs=[426], align='both') for k, g in enumerate(a['agreements'], 1)]


def write(a, body, header='', font='Arial', size=20, footer=None, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body, header, footer if footer is not None else P(D.PAGE_FIELD, align='center'),
            numdefs=kw.pop('numdefs', [(1, [('decimal', '%1.', 360)])]), font=font, size=size, **kw)


def data_lines(a):
    return [P(R('Fecha: ', b=True), long_date(a['date'])), P(R('Hora de inicio: ', b=True), f'{a["start"]} horas'),
            P(R('Hora de término: ', b=True), f'{a["end"]} horas'), P(R('Lugar: ', b=True), a['place']),
            P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')]


def goal_block(g, sz=None, report=True):
    b = [P(R(f'Meta {g["id"]}. ', b=True, sz=sz), R(g['text'], sz=sz), ind=(360, 0)),
         P(R('Indicador: ', i=True, sz=sz), R(g['indicator'], sz=sz), ind=(720, 0)),
         P(R('Instancia ejecutora: ', i=True, sz=sz), R(g['executor'], sz=sz), ind=(720, 0))]
    if report: b.append(P(R('Informe: ', i=True, sz=sz), R(rep_str(g), sz=sz), ind=(720, 0), align='both'))
    return b


def att_table(a, sz=18, sign=False):
    heads = ('No.', 'Nombre', 'Cargo', 'Institución', 'Sector', 'Firma') if sign else ('Nombre', 'Cargo', 'Institución', 'Sector')
    rows = [[C([P(R(h, b=True, sz=sz))], shade='D9D9D9') for h in heads]]
    for k, x in enumerate(a['attendance'], 1):
        r = [C([P(R(f'{x[1]} {x[0]}', sz=sz))]), C([P(R(x[5], sz=sz))]), C([P(R(x[2], sz=sz))]), C([P(R(SECTOR_WORD[x[4]], sz=sz))])]
        if sign: r = [C([P(R(str(k), sz=sz), align='center')])] + r + [C([P(R('', sz=sz), after=360)])]
        rows.append(r)
    return T(rows, [500, 2300, 1900, 2700, 1300, 1200] if sign else [2500, 2200, 3600, 1600], header_rows=1)


def signatures(a, names):
    cells = [C([P(R('_' * 28, sz=18), align='center', before=700, after=0), P(R(n, b=True, sz=18), align='center', after=0), P(R(r, sz=18), align='center')]) for n, r in names]
    return T([cells], [9900 // len(names)] * len(names), borders=False)


# ------------------------------------------------------------------ AG1: attendance only in an annex after the signatures (cartoneras)
def ag1(a):
    se = [x for x in a['attendance'] if x[4] == SE][0]
    b = [P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=22), align='center', after=120),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('I. Asistencia', b=True), before=200))
    b.append(P(f'Se contó con la asistencia de {len(a["attendance"])} personas integrantes del Espacio de Participación, representantes de instancias '
               'ejecutoras, de la Delegación, de organizaciones de la sociedad civil y de la Secretaría Ejecutiva, cuyos nombres y firmas constan en la '
               'lista de asistencia que se agrega a la presente acta como Anexo 1 (ver lista anexa). Se verificó el quórum y se dio inicio a la sesión.', align='both'))
    b.append(P(R('II. Seguimiento de estrategias y metas', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g)
        b += feedback_paras(a, st)
    b.append(P(R('III. Acuerdos', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a) + ' Firman al calce quienes en ella intervinieron.', before=200, align='both'))
    b.append(signatures(a, [a['coordinator'], (se[0], 'Secretaría Ejecutiva')]))
    b.append(P(R('Anexo 1. Lista de asistencia', b=True, sz=22), align='center', ppr_extra='<w:pageBreakBefore/>'))
    b.append(P(R(f'{ORD[a["number"]].capitalize()} Sesión Ordinaria · {long_date(a["date"], weekday=False)}', sz=18), align='center', after=160))
    b.append(att_table(a, sz=17, sign=True))
    write(a, ''.join(b) + D.sect(header=False))


# ------------------------------------------------------------------ AG2: abbreviated dates, two-digit years (danzon); Chromium PDF
def ag2_blocks(a):
    """the acta as a list of (kind, payload) used for both the .docx and the HTML"""
    out = [('head', f'Espacio de Participación · {a["body"]}'), ('h1', f'Minuta — {a["number"]}a. sesión ordinaria'),
           ('kv', [('Fecha', a['hdate']), ('Horario', f'{a["start"]} a {a["end"]} h'), ('Lugar', a['place']),
                   ('Coordina', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]),
           ('h2', 'Asistentes'),
           ('table', (['Nombre', 'Institución', 'Sector'], [[f'{x[1]} {x[0]}', x[2], SECTOR_WORD[x[4]]] for x in a['attendance']]))]
    out.append(('h2', 'Seguimiento de estrategias'))
    for st in a['strategies']:
        out.append(('h3', f'Estrategia {st["number"]}. {st["title"]}'))
        out.append(('table', (['Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe'],
                              [[g['id'], g['text'], g['indicator'], g['executor'], rep_str(g)] for g in st['goals']])))
        se, ob = se_ob(st)
        out.append(('lead', [(f'SE / Meta {f[2]}: ', f[0]) for f in se] + [(f'{f[4]} ({inst_of(a, f[4])}): ', f[0]) for f in ob]))
    out.append(('h2', 'Acuerdos'))
    out.append(('ol', [g['text'] for g in a['agreements']]))
    out.append(('p', f'Se cerró la sesión a las {a["end"]} h del {a["ldate"]}.'))
    return out


def ag2(a):
    b = []
    for k, x in ag2_blocks(a):
        if k == 'head': b.append(P(R(x, sz=18, color='7A1F3D'), after=0)); continue
        if k == 'h1': b.append(P(R(x, b=True, sz=28, color='7A1F3D'), after=120))
        elif k == 'kv': b += [P(R(kk + ': ', b=True), v, after=40) for kk, v in x]
        elif k == 'h2': b.append(P(R(x.upper(), b=True, sz=20, color='7A1F3D'), before=200, keep=True))
        elif k == 'h3': b.append(P(R(x, b=True), before=120, keep=True))
        elif k == 'table':
            heads, rows = x
            w = [2800, 4500, 2600] if len(heads) == 3 else [700, 2200, 1800, 1800, 3400]
            b.append(T([[C([P(R(h, b=True, sz=17, color='FFFFFF'))], shade='7A1F3D') for h in heads]] +
                       [[C([P(R(c, sz=17))]) for c in r] for r in rows], w, header_rows=1))
        elif k == 'lead': b += [P(R(l, b=True), t, ind=(360, 0), align='both') for l, t in x]
        elif k == 'ol': b += [P(t, num=(1, 0), align='both') for t in x]
        elif k == 'p': b.append(P(x, before=160))
    head = P(R(f'EP Danzón y Baile de Salón · Minuta {a["number"]}a. ord. · {a["hdate"]}', sz=16, color='7A1F3D'), align='right')
    write(a, ''.join(b) + D.sect(header=True), header=head, font='Calibri', size=20)


def ag2_html(a):
    e = H.escape
    h = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Minuta</title><style>'
         '@page{size:Letter;margin:18mm 16mm}body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#222}'
         '.head{font-size:8pt;color:#7a1f3d;text-align:right;border-bottom:1px solid #7a1f3d;padding-bottom:2px}'
         'h1{color:#7a1f3d;font-size:17pt;margin:10px 0 6px}h2{color:#7a1f3d;font-size:10.5pt;text-transform:uppercase;letter-spacing:.5px;margin:14px 0 4px}'
         'h3{font-size:10pt;margin:10px 0 4px}table{border-collapse:collapse;width:100%;margin:4px 0 8px}th{background:#7a1f3d;color:#fff;text-align:left;font-size:8.5pt;padding:3px}'
         'td{border:1px solid #bbb;font-size:8.5pt;padding:3px;vertical-align:top}dl{display:grid;grid-template-columns:90px 1fr;margin:0}dt{font-weight:bold}dd{margin:0}'
         'p.lead{margin:3px 0 3px 14px;text-align:justify}ol li{margin-bottom:3px}</style></head><body>']
    for k, x in ag2_blocks(a):
        if k == 'head': h.append(f'<div class="head">{e(x)} · {e(a["hdate"])}</div>')
        elif k == 'h1': h.append(f'<h1>{e(x)}</h1>')
        elif k == 'kv': h.append('<dl>' + ''.join(f'<dt>{e(kk)}:</dt><dd>{e(v)}</dd>' for kk, v in x) + '</dl>')
        elif k in ('h2', 'h3'): h.append(f'<{k}>{e(x)}</{k}>')
        elif k == 'table':
            heads, rows = x
            h.append('<table><tr>' + ''.join(f'<th>{e(c)}</th>' for c in heads) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
        elif k == 'lead': h += [f'<p class="lead"><b>{e(l)}</b>{e(t)}</p>' for l, t in x]
        elif k == 'ol': h.append('<ol>' + ''.join(f'<li>{e(t)}</li>' for t in x) + '</ol>')
        elif k == 'p': h.append(f'<p>{e(x)}</p>')
    return ''.join(h) + '</body></html>'


def chromium(html_text, stem, pdf=None):
    tmp = tempfile.mkdtemp(prefix='blind-ag-cr-')
    hp = os.path.join(tmp, stem + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    shutil.copy(hp, os.path.join(SRC, 'html', os.path.basename(hp)))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmp}/prof',
         f'--print-to-pdf={pdf}', 'file://' + hp])


def ag2_pdf(a):
    chromium(ag2_html(a), a['stem'], pdf=os.path.join(OUT, a['stem'] + '.pdf'))


# ------------------------------------------------------------------ AG3: report status only in the closing summary table (tamaleros)
def ag3(a):
    sz = 21
    b = [P(R('Espacio de Participación', sz=20, color='2E5E4E'), after=0),
         P(R(a['body'], b=True, sz=28, color='2E5E4E'), after=60),
         P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', i=True, sz=24), after=240)]
    b += data_lines(a)
    b.append(P(R('1. Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a))
    b.append(P(R('2. Estrategias y metas en seguimiento', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g, report=False)
    b.append(P(R('3. Informes de avance', b=True, sz=22), before=200))
    b.append(P('La coordinación cedió la palabra a las instancias ejecutoras para dar cuenta de los avances del periodo.', align='both'))
    for st in a['strategies']:
        for g in st['goals']:
            if g['report']:
                b.append(P(R(f'Respecto de la meta {g["id"]}. ', b=True), rep_str(g), align='both'))
    b.append(P(R('4. Retroalimentación y observaciones', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}', b=True, u=True), keep=True, before=120))
        se, ob = se_ob(st)
        b += [P(R(f'La Secretaría Ejecutiva (meta {f[2]}): ', b=True), f[0], ind=(360, 0), align='both') for f in se]
        b += [P(R(f'{f[4]}, {inst_of(a, f[4])} (meta {f[2]}): ', b=True), f[0], ind=(360, 0), align='both') for f in ob]
    b.append(P(R('5. Acuerdos', b=True, sz=22), before=200))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(R('Resumen de informes', b=True, sz=22), before=240, keep=True))
    rows = [[C([P(R(h, b=True, sz=18), align='center')], shade='D5E8D4') for h in ('Estrategia', 'Meta', 'Instancia ejecutora', '¿Presentó informe?')]]
    for st in a['strategies']:
        for g in st['goals']:
            rows.append([C([P(R(str(st['number']), sz=18), align='center')]), C([P(R(g['id'], sz=18), align='center')]),
                         C([P(R(g['executor'], sz=18))]), C([P(R('Sí' if g['report'] else 'No', sz=18, b=not g['report']), align='center')])])
    b.append(T(rows, [1300, 1100, 5200, 2300], header_rows=1))
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Sans', size=20)


def ag3_pdf(a):
    tmp = tempfile.mkdtemp(prefix='blind-ag-gs-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-dPDFSETTINGS=/printer',
         f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', os.path.join(tmp, a['stem'] + '.pdf')])


# ------------------------------------------------------------------ AG4: typed acta scanned with handwritten margin notes (afiladores)
def ag4(a):
    b = [P(R('ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center', after=0),
         P(R(a['body'].upper(), b=True, sz=24), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('I. LISTA DE ASISTENCIA', b=True), before=200))
    b.append(att_table(a, sz=20))
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g)
        b += feedback_paras(a, st, se_lead='Meta {g}. ', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('III. ACUERDOS', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=700, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    # the office's typed-acta margins: 3 cm left, 4 cm right (room for the reader's notes)
    sect = D.sect(header=False).replace('w:right="1134"', 'w:right="2268"').replace('w:left="1134"', 'w:left="1701"')
    write(a, ''.join(b) + sect, font='Liberation Serif', size=24)


# notes a reader of the paper copy wrote in the margins, per page: (text, x, y, angle) in 200-dpi pixels of a Letter page (1700 x 2200)
NOTES = {
    'blind-ag-afiladores-03-2017-08-23': [
        [('¿quórum?', 1440, 330, -8), ('vino tarde', 1430, 1150, -4), ('✓', 60, 1500, 0)],
        [('falta dato', 1440, 520, -6), ('¿y Coyoacán?', 1420, 1240, -10), ('ver oficio', 30, 1700, 4)],
        [('ok', 80, 700, 0), ('llamar a', 1440, 1200, -7), ('Felipe', 1460, 1240, -7)]],
    'blind-ag-afiladores-04-2017-10-25': [
        [('2 de SECGOB', 1425, 1000, -6), ('✓', 60, 1400, 0)],
        [('¿60 cuándo?', 1430, 650, -9), ('pendiente', 20, 1450, 6), ('IMSS', 1480, 1820, -3)],
        [('ok', 80, 600, 0), ('confirmar', 1440, 1400, -8), ('sede', 1460, 1440, -8)]],
}


def ag4_scan(a):
    stem = a['stem']
    rnd = random.Random(stem)
    tmp = tempfile.mkdtemp(prefix='blind-ag-hw-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '200', '-png', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.png'))
    jpgs, text = [], []
    ocr_dir = os.path.join(SRC, 'ocr'); os.makedirs(ocr_dir, exist_ok=True)
    notes = NOTES.get(stem, [])
    for k, pg in enumerate(pages):
        src = os.path.join(tmp, pg); out = os.path.join(tmp, f's{k}.jpg')
        cmd = ['convert', src, '-fill', '#1c3f9e', '-stroke', '#1c3f9e', '-strokewidth', '0.6', '-font', 'Z003-Medium-Italic', '-pointsize', '40']
        for t, x, y, ang in (notes[k] if k < len(notes) else []):
            if t == '✓':
                cmd += ['-strokewidth', '5', '-fill', 'none', '-draw', f'polyline {x},{y} {x+18},{y+26} {x+60},{y-30}', '-fill', '#1c3f9e', '-strokewidth', '0.6']
            else:
                cmd += ['-draw', f'translate {x},{y} rotate {ang} text 0,0 "{t}"']
        # a wavy underline / bracket beside the agreements on the last page
        if k == len(pages) - 1:
            cmd += ['-fill', 'none', '-strokewidth', '4', '-draw', 'bezier 200,300 170,420 200,540']
        ang = rnd.uniform(-0.7, 0.7)
        cmd += ['-background', '#f4f1ea', '-rotate', f'{ang:.2f}', '-gravity', 'center', '-extent', '1700x2200',
                '-attenuate', '0.12', '+noise', 'Gaussian', '-modulate', '100,90', '-quality', '70', out]
        run(cmd)
        jpgs.append(out)
        r = subprocess.run(['tesseract', out, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True)
        text.append(r.stdout)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    open(os.path.join(ocr_dir, stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(text))


# ------------------------------------------------------------------ AG5: one goal's report continued in a second table (hojalateros)
def ag5_row(g, rep, sz=18, cont=False):
    if cont:
        return [C([P(R(f'Meta {g["id"]} (cont.)', b=True, sz=sz))]), C([P(R('', sz=sz))]), C([P(R('', sz=sz))]), C([P(R('', sz=sz))]), C([P(R(rep, sz=sz), align='both')])]
    return [C([P(R(g['id'], b=True, sz=sz))]), C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]), C([P(R(g['executor'], sz=sz))]),
            C([P(R(rep, sz=sz), align='both')])]


GW = [800, 2300, 1900, 1900, 3000]


def ag5_table(rows):
    head = [C([P(R(h, b=True, sz=18, color='FFFFFF'))], shade='5B4A3A') for h in ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe')]
    return T([head] + rows, GW, header_rows=1)


def ag5(a):
    b = [P(R('Espacio de Participación', b=True, sz=22, color='5B4A3A'), after=0),
         P(R(a['body'], b=True, sz=22), after=60),
         P(R(f'Minuta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=22), after=240)]
    b += data_lines(a)
    b.append(P(R('Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a))
    b.append(P(R('Seguimiento de estrategias y metas', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        rows, split = [], None
        for g in st['goals']:
            if g['id'] == a['cont']:
                rows.append(ag5_row(g, g['report'][0])); split = len(rows)
                rest = [ag5_row(g, ' '.join(g['report'][1:]), cont=True)]
            elif split is not None: rest.append(ag5_row(g, rep_str(g)))
            else: rows.append(ag5_row(g, rep_str(g)))
        b.append(ag5_table(rows))
        if split is not None:
            b.append(P(R('(continúa en la siguiente página)', i=True, sz=16), align='right'))
            b.append(P(R(f'Estrategia {st["number"]} (continuación)', b=True), ppr_extra='<w:pageBreakBefore/>', keep=True))
            b.append(ag5_table(rest))
        se, ob = se_ob(st)
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
        b += [P(R(f'Meta {f[2]}: ', b=True), f[0], ind=(360, 0), align='both') for f in se]
        b.append(P(R('Observaciones', b=True, i=True), keep=True))
        b += [P(R(f'{f[4]} ({inst_of(a, f[4])}): ', b=True), f[0], ind=(360, 0), align='both') for f in ob]
    b.append(P(R('Acuerdos', b=True, sz=22), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(header=False), font='Carlito', size=21)
    p = os.path.join(SRC, 'split_reports.json')
    sp = json.load(open(p, encoding='utf-8')) if os.path.exists(p) else {}
    for st in a['strategies']:
        for g in st['goals']:
            if g['id'] == a['cont']: sp[a['stem']] = {' '.join(g['report']): [g['report'][0], ' '.join(g['report'][1:])]}
    json.dump(sp, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ AG6: agreements only as a SmartArt process graphic (pirotecnia)
NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
NS_DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram'
NS_DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram'
NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def smartart_parts(texts, cx=6000000, box=720000, gap=330000):
    from docx import esc
    uid = lambda k: '{%08X-1A2B-4C3D-8E9F-%012X}' % (0x5A17 + k, 0xA6 + k)
    pts = [f'<dgm:pt modelId="{uid(0)}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/process2" loCatId="process" '
           f'qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" '
           f'csCatId="accent1" phldr="1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-MX"/></a:p></dgm:t></dgm:pt>']
    cxn = []
    for k, t in enumerate(texts, 1):
        pts.append(f'<dgm:pt modelId="{uid(10 * k)}"><dgm:prSet phldrT="[Texto]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="es-MX"/><a:t>{esc(t)}</a:t></a:r></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{uid(10 * k + 1)}" type="parTrans" cxnId="{uid(10 * k + 3)}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-MX"/></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{uid(10 * k + 2)}" type="sibTrans" cxnId="{uid(10 * k + 3)}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-MX"/></a:p></dgm:t></dgm:pt>')
        cxn.append(f'<dgm:cxn modelId="{uid(10 * k + 3)}" srcId="{uid(0)}" destId="{uid(10 * k)}" srcOrd="{k - 1}" destOrd="0" parTransId="{uid(10 * k + 1)}" sibTransId="{uid(10 * k + 2)}"/>')
    data = (f'{XML}<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxn)}</dgm:cxnLst>'
            f'<dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="{NS_DSP}" '
            f'relId="rIdDr" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    shapes, y = [], 0
    bw = int(cx * 0.86); bx = (cx - bw) // 2
    for k, t in enumerate(texts, 1):
        shapes.append(f'<dsp:sp modelId="{uid(10 * k + 5)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{bx}" y="{y}"/>'
                      f'<a:ext cx="{bw}" cy="{box}"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 10000"/></a:avLst></a:prstGeom>'
                      f'<a:solidFill><a:srgbClr val="8B3A1A"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></dsp:spPr>'
                      f'<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="76200" tIns="38100" rIns="76200" bIns="38100" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0">'
                      f'<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="444500"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc></a:pPr>'
                      f'<a:r><a:rPr lang="es-MX" sz="1050" kern="1200"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:latin typeface="Calibri"/></a:rPr><a:t>{esc(t)}</a:t></a:r></a:p></dsp:txBody>'
                      f'<dsp:txXfrm><a:off x="{bx}" y="{y}"/><a:ext cx="{bw}" cy="{box}"/></dsp:txXfrm></dsp:sp>')
        y += box
        if k < len(texts):
            aw = int(gap * 1.1)
            shapes.append(f'<dsp:sp modelId="{uid(10 * k + 6)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm rot="5400000"><a:off x="{(cx - aw) // 2}" y="{y + 30000}"/>'
                          f'<a:ext cx="{gap - 60000}" cy="{aw}"/></a:xfrm><a:prstGeom prst="rightArrow"><a:avLst><a:gd name="adj1" fmla="val 60000"/><a:gd name="adj2" fmla="val 50000"/></a:avLst></a:prstGeom>'
                          f'<a:solidFill><a:srgbClr val="D9A38A"/></a:solidFill><a:ln><a:noFill/></a:ln></dsp:spPr><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-MX"/></a:p></dsp:txBody></dsp:sp>')
            y += gap
    drawing = (f'{XML}<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr>'
               f'<dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree></dsp:drawing>')
    layout = (f'{XML}<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/process2"><dgm:title val=""/><dgm:desc val=""/>'
              f'<dgm:catLst><dgm:cat type="process" pri="1000"/></dgm:catLst><dgm:layoutNode name="linearFlow"><dgm:alg type="lin"><dgm:param type="linDir" val="fromT"/></dgm:alg>'
              f'<dgm:shape xmlns:r="{NS_R}" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:forEach name="nodesForEach" axis="ch" ptType="node"><dgm:layoutNode name="node">'
              f'<dgm:alg type="tx"/><dgm:shape type="roundRect" xmlns:r="{NS_R}" r:blip=""><dgm:adjLst><dgm:adj idx="1" val="0.1"/></dgm:adjLst></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/></dgm:layoutNode>'
              f'</dgm:forEach></dgm:layoutNode></dgm:layoutDef>')
    qs = (f'{XML}<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
          f'<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>'
          f'<dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/>'
          f'<dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
          f'<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>')
    cs = (f'{XML}<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
          f'<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst>'
          f'<dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')
    cy = len(texts) * box + (len(texts) - 1) * gap
    inline = (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Diagrama 1"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
              f'<dgm:relIds xmlns:dgm="{NS_DGM}" r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    rels = [f'<Relationship Id="rIdDm" Type="{rel}diagramData" Target="diagrams/data1.xml"/>', f'<Relationship Id="rIdLo" Type="{rel}diagramLayout" Target="diagrams/layout1.xml"/>',
            f'<Relationship Id="rIdQs" Type="{rel}diagramQuickStyle" Target="diagrams/quickStyle1.xml"/>', f'<Relationship Id="rIdCs" Type="{rel}diagramColors" Target="diagrams/colors1.xml"/>',
            '<Relationship Id="rIdDr" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/>']
    ct = 'application/vnd.openxmlformats-officedocument.drawingml.'
    parts = [('diagrams/data1.xml', data, ct + 'diagramData+xml'), ('diagrams/layout1.xml', layout, ct + 'diagramLayout+xml'),
             ('diagrams/quickStyle1.xml', qs, ct + 'diagramStyle+xml'), ('diagrams/colors1.xml', cs, ct + 'diagramColors+xml'),
             ('diagrams/drawing1.xml', drawing, 'application/vnd.ms-office.drawingml.diagramDrawing+xml')]
    return inline, rels, parts


def ag6(a):
    b = [P(R('SECRETARÍA DE PROTECCIÓN CIVIL DEL DISTRITO FEDERAL', b=True, sz=18, color='8B3A1A'), align='center', after=0),
         P(R('Espacio de Participación', sz=20), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=60),
         P(R(f'Minuta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('1. Lista de asistencia', b=True, sz=22), before=200))
    b.append(att_table(a))
    b.append(P(R('2. Seguimiento de estrategias y metas', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g)
        b += feedback_paras(a, st)
    b.append(P(R('3. Acuerdos', b=True, sz=22), before=200, keep=True))
    b.append(P('Los acuerdos tomados por las personas integrantes se muestran en el siguiente diagrama:', keep=True))
    inline, rels, parts = smartart_parts([g['text'] for g in a['agreements']])
    b.append(P(inline, align='center', after=200))
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(header=False), font='Calibri', size=21, extra_rels=rels, extra_parts=parts)


DOCX = {'AG1': ag1, 'AG2': ag2, 'AG3': ag3, 'AG4': ag4, 'AG5': ag5, 'AG6': ag6}
PDF = {'AG2': ag2_pdf, 'AG3': ag3_pdf, 'AG4': ag4_scan}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
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
