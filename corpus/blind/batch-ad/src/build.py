# -*- coding: utf-8 -*-
"""Render batch AD from content.py: .docx (raw WordprocessingML), .gold.json, PDFs, extra formats.
AD1 web acta captured as one scrolling screenshot (img2pdf, no text layer); AD2 web tracking template with progress bars
(Chromium); AD3 checkbox glyphs for report status (LibreOffice); AD4 agreements follow-up with struck-through done agreements
(LibreOffice); AD5 document-management pages: stamp, folio, barcode on every page (LibreOffice, then Ghostscript);
AD6 one row per goal with the strategy cell merged down (LibreOffice).   usage: python3 build.py [LAYOUT ...]"""
import json, os, random, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ad'
EXTRA_FORMATS = {
    'blind-ad-hemerotecas-07-2015-09-22': ['odt'],
    'blind-ad-skate-01-2024-08-27': ['doc'],
    'blind-ad-papalotes-02-2021-03-09': ['rtf'],
}
ORD = {1: 'PRIMERA', 2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
ESP_SHORT = {'tortillerias': 'Tortillerías', 'bicitaxis': 'Bicitaxis', 'hemerotecas': 'Hemerotecas', 'papalotes': 'Papalotes',
             'imprentas': 'Imprentas', 'skate': 'Skate'}


def C(x, **kw):
    if isinstance(x, str) and x.startswith('<w:r'): x = P(x)
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def docx_write(a, body, font='Arial', size=20, header='', footer='', landscape=False, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body + D.sect(header=bool(header), footer=bool(footer), landscape=landscape),
            header_xml=header, footer_xml=footer, font=font, size=size, **kw)


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]
    raise KeyError(name)


def rep(g):
    return ' '.join(g['report']) if g['report'] else g['status']


def write_ocr(stem, pngs, dpi=300):
    txt = [subprocess.run(['tesseract', p, '-', '-l', 'spa', '--dpi', str(dpi)], capture_output=True, text=True).stdout for p in pngs]
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))


def chromium_pdf(html_path, pdf_path):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path])


def e(s): return H.escape(s)


# ------------------------------------------------------------------ AD1: web acta, captured as one scrolling screenshot
def ad1_html(a):
    d = a['date']
    out = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>',
           'body{margin:0;font-family:"DejaVu Sans",Arial,sans-serif;font-size:17px;color:#222;background:#eef1f4}',
           '.top{background:#6b1d3a;color:#fff;padding:14px 40px;font-size:20px;font-weight:bold}',
           '.nav{background:#fff;border-bottom:1px solid #ccd;padding:10px 40px;font-size:15px;color:#6b1d3a}',
           '.wrap{max-width:940px;margin:24px auto;background:#fff;padding:30px 44px;border:1px solid #d5d9de}',
           'h1{font-size:26px;color:#6b1d3a;margin:0 0 6px}h2{font-size:21px;border-bottom:2px solid #6b1d3a;padding-bottom:4px;margin-top:30px}',
           'h3{font-size:18px;margin:22px 0 6px}.meta{color:#555;font-size:15px;margin-bottom:18px}',
           'table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f0e6ea}',
           '.goal{border-left:4px solid #b28a96;padding:4px 0 4px 14px;margin:12px 0}.lbl{font-weight:bold}',
           '.fb{margin:4px 0 4px 16px}.foot{color:#777;font-size:14px;margin:20px auto 30px;max-width:940px}',
           '.per{border-bottom:1px solid #e2e2e2;padding:7px 0}.sec{color:#6b1d3a;font-size:14px}',
           '.sticky{position:fixed;top:0;right:30px;background:#fff;border:1px solid #ccc;padding:4px 10px;font-size:13px;color:#444}',
           '</style></head><body>',
           '<div class="top">Mecanismo de Seguimiento y Evaluación del PDHCDMX · Actas de los Espacios de Participación</div>',
           f'<div class="nav">Inicio › Espacios de Participación › {e(ESP_SHORT[a["esp"]])} › Actas › {a["number"]}a. sesión ordinaria</div>',
           '<div class="wrap">',
           f'<h1>Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria</h1>',
           f'<div class="meta">Espacio de Participación {e(a["body"])}<br>Publicado: {int(d[8:])} de {MESES[int(d[5:7]) - 1]} de {d[:4]} · Secretaría Ejecutiva</div>',
           '<table>',
           f'<tr><th style="width:22%">Fecha</th><td>{e(long_date(d).capitalize())}</td></tr>',
           f'<tr><th>Horario</th><td>De {a["start"]} a {a["end"]} horas</td></tr>',
           f'<tr><th>Sede</th><td>{e(a["place"])}</td></tr>',
           f'<tr><th>Coordinación</th><td>{e(a["coordinator"][0])}, {e(a["coordinator"][1])}</td></tr></table>',
           '<h2>Asistencia</h2>']
    for x in a['attendance']:
        out.append(f'<div class="per"><b>{e(x[0])}</b><br>{e(x[2])}<br><span class="sec">{SECTOR_WORD[x[4]]}</span></div>')
    out.append('<h2>Seguimiento de estrategias y metas</h2>')
    for st in a['strategies']:
        out.append(f'<h3>Estrategia {st["number"]}. {e(st["title"])}</h3>')
        for g in st['goals']:
            out.append(f'<div class="goal"><div><span class="lbl">Meta {g["id"]}.</span> {e(g["text"])}</div>'
                       f'<div>Indicador: {e(g["indicator"])}</div><div>Responsable: {e(g["executor"])}</div>'
                       f'<div><span class="lbl">Informe:</span> {e(rep(g))}</div></div>')
        out.append('<div class="lbl">Retroalimentación de la Secretaría Ejecutiva</div>')
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': out.append(f'<div class="fb">Meta {f[2]}. {e(f[0])}</div>')
        out.append('<div class="lbl">Observaciones de las y los integrantes</div>')
        for f in st['feedback']:
            if f[1] == 'observacion': out.append(f'<div class="fb">{e(f[4])} (meta {f[2]}): {e(f[0])}</div>')
    out.append('<h2>Acuerdos</h2><ol>')
    for g in a['agreements']: out.append(f'<li>{e(g["text"])}</li>')
    out.append('</ol></div><div class="foot">© Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación · Aviso de privacidad · Transparencia</div>')
    out.append('<div class="sticky">Compartir ▾</div></body></html>')
    return '\n'.join(out)


def ad1(a):
    b = P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=28, color='6B1D3A'), after=60)
    b += P(R('Espacio de Participación ' + a['body'], color='555555'), after=200)
    rows = [[C(R(k, b=True), w=2000, shade='F0E6EA'), C(v, w=7600)] for k, v in (
        ('Fecha', long_date(a['date']).capitalize()), ('Horario', f'De {a["start"]} a {a["end"]} horas'), ('Sede', a['place']),
        ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}'))]
    b += T(rows, [2000, 7600])
    b += P(R('Asistencia', b=True, sz=24), before=120)
    rows = [[C(R(h, b=True), w=w, shade='F0E6EA') for h, w in (('Nombre', 2800), ('Institución u organización', 4800), ('Sector', 2000))]]
    rows += [[C(x[0], w=2800), C(x[2], w=4800), C(SECTOR_WORD[x[4]], w=2000)] for x in a['attendance']]
    b += T(rows, [2800, 4800, 2000], header_rows=1)
    b += P(R('Seguimiento de estrategias y metas', b=True, sz=24), before=120)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120)
        for g in st['goals']:
            b += P(R(f'Meta {g["id"]}. ', b=True), g['text'], ind=(300, 0), after=0)
            b += P(f'Indicador: {g["indicator"]}', ind=(300, 0), after=0)
            b += P(f'Responsable: {g["executor"]}', ind=(300, 0), after=0)
            b += P(R('Informe: ', b=True), rep(g), ind=(300, 0))
        b += P(R('Retroalimentación de la Secretaría Ejecutiva', b=True), after=0)
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b += P(f'Meta {f[2]}. {f[0]}', ind=(300, 0), after=40)
        b += P(R('Observaciones de las y los integrantes', b=True), after=0)
        for f in st['feedback']:
            if f[1] == 'observacion': b += P(f'{f[4]} (meta {f[2]}): {f[0]}', ind=(300, 0), after=40)
    b += P(R('Acuerdos', b=True, sz=24), before=120)
    for k, g in enumerate(a['agreements'], 1): b += P(f'{k}. {g["text"]}', ind=(300, 300))
    docx_write(a, b, font='Calibri', size=22)


def ad1_pdf(a):
    tmp = tempfile.mkdtemp(prefix='ad1-')
    hp = os.path.join(tmp, 'acta.html'); open(hp, 'w', encoding='utf-8').write(ad1_html(a))
    png = os.path.join(tmp, 'shot.png')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=2',
         '--window-size=820,4600', f'--screenshot={png}', 'file://' + hp])
    # crop the screenshot to the page's content (background colour below the footer)
    full = os.path.join(tmp, 'full.png')
    bb = subprocess.run(['convert', png, '-fuzz', '1%', '-trim', '-format', '%@', 'info:'], capture_output=True, text=True).stdout
    w, h, x, y = map(int, re.match(r'(\d+)x(\d+)\+(\d+)\+(\d+)', bb).groups())
    width = int(subprocess.run(['identify', '-format', '%w', png], capture_output=True, text=True).stdout)
    run(['convert', png, '-crop', f'{width}x{y + h + 60}+0+0', '+repage', '-units', 'PixelsPerInch', '-density', '192', '-colors', '96', 'PNG8:' + full])
    run(['img2pdf', '-o', os.path.join(OUT, a['stem'] + '.pdf'), full])
    write_ocr(a['stem'], [full], dpi=192)
    shutil.copy(full, os.path.join(tmp, 'keep.png'))


# ------------------------------------------------------------------ AD2: web tracking template with progress bars (Chromium)
def ad2_html(a):
    css = ('body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#1d2b36}@page{size:A4;margin:16mm 14mm}'
           '.hdr{border-bottom:3px solid #0b6e4f;padding-bottom:6px;margin-bottom:10px}.hdr b{color:#0b6e4f;font-size:13pt}'
           '.kv{display:grid;grid-template-columns:32mm 1fr;gap:2px 8px;margin:8px 0}.kv div:nth-child(odd){color:#555}'
           'h2{font-size:12pt;background:#0b6e4f;color:#fff;padding:3px 8px;margin:16px 0 6px}'
           'table{border-collapse:collapse;width:100%}td,th{border:1px solid #c8d2da;padding:3px 6px;vertical-align:top}th{background:#e7f1ed;text-align:left}'
           '.card{border:1px solid #c8d2da;border-radius:6px;padding:6px 10px;margin:8px 0;page-break-inside:avoid}'
           '.bar{height:9px;background:#e3e8ec;border-radius:5px;width:60mm;display:inline-block;margin-right:8px;vertical-align:middle}'
           '.bar i{display:block;height:9px;border-radius:5px;background:#0b6e4f}.pct{font-weight:bold}.st{font-size:12pt;font-weight:bold;margin-top:10px}'
           '.fb{margin:2px 0 2px 10px}.muted{color:#666;font-size:9pt}')
    o = [f'<!doctype html><html lang="es"><head><meta charset="utf-8"><style>{css}</style></head><body>',
         f'<div class="hdr"><b>Sistema de Seguimiento · Espacios de Participación</b><br>Espacio de Participación {e(a["body"])}<br>'
         f'Registro de sesión: {a["number"]}a. Sesión Ordinaria</div><div class="kv">',
         f'<div>Fecha</div><div>{a["date"]}</div><div>Horario</div><div>{a["start"]} a {a["end"]} hrs.</div>',
         f'<div>Sede</div><div>{e(a["place"])}</div><div>Coordinación</div><div>{e(a["coordinator"][0])} — {e(a["coordinator"][1])}</div></div>',
         '<h2>Asistencia</h2><table><tr><th>#</th><th>Nombre</th><th>Institución</th><th>Sector</th></tr>']
    for k, x in enumerate(a['attendance'], 1):
        o.append(f'<tr><td>{k}</td><td>{e(x[0])}</td><td>{e(x[2])}</td><td>{SECTOR_WORD[x[4]]}</td></tr>')
    o.append('</table><h2>Avance de estrategias y metas</h2>')
    for st in a['strategies']:
        o.append(f'<div class="st">Estrategia {st["number"]}. {e(st["title"])}</div>')
        for g in st['goals']:
            o.append(f'<div class="card"><div><b>Meta {g["id"]}.</b> {e(g["text"])}</div><div class="muted">Indicador: {e(g["indicator"])} · Responsable: {e(g["executor"])}</div>'
                     f'<div><span class="bar"><i style="width:{g["pct"]}%"></i></span><span class="pct">Avance: {g["pct"]} %</span></div>'
                     f'<div>Informe: {e(rep(g))}</div>')
            for f in st['feedback']:
                if f[2] == g['id']:
                    who = 'SE' if f[1] == 'retroalimentacion' else e(f[4])
                    o.append(f'<div class="fb">› <b>{who}:</b> {e(f[0])}</div>')
            o.append('</div>')
    o.append('<h2>Acuerdos</h2><table><tr><th>Clave</th><th>Acuerdo</th><th>Fecha compromiso</th></tr>')
    for k, g in enumerate(a['agreements'], 1):
        o.append(f'<tr><td>A-{a["number"]:02d}-{k}</td><td>{e(g["text"])}</td><td>{g["dates"][0] if g["dates"] else "—"}</td></tr>')
    o.append(f'</table><p class="muted">Generado el {a["date"]} 19:40 · Usuario: {e(a["attendance"][-1][0])}</p></body></html>')
    return ''.join(o)


def ad2(a):
    b = P(R('Sistema de Seguimiento · Espacios de Participación', b=True, color='0B6E4F', sz=26), after=0)
    b += P('Espacio de Participación ' + a['body'], after=0)
    b += P(f'Registro de sesión: {a["number"]}a. Sesión Ordinaria', after=120)
    b += T([[C(R(k, color='555555'), w=2000), C(v, w=7600)] for k, v in (('Fecha', a['date']), ('Horario', f'{a["start"]} a {a["end"]} hrs.'),
           ('Sede', a['place']), ('Coordinación', f'{a["coordinator"][0]} — {a["coordinator"][1]}'))], [2000, 7600], borders=False)
    b += P(R('Asistencia', b=True, color='0B6E4F', sz=24))
    rows = [[C(R(h, b=True), w=w, shade='E7F1ED') for h, w in (('#', 500), ('Nombre', 2700), ('Institución', 4600), ('Sector', 1800))]]
    rows += [[C(str(k), w=500), C(x[0], w=2700), C(x[2], w=4600), C(SECTOR_WORD[x[4]], w=1800)] for k, x in enumerate(a['attendance'], 1)]
    b += T(rows, [500, 2700, 4600, 1800], header_rows=1)
    b += P(R('Avance de estrategias y metas', b=True, color='0B6E4F', sz=24))
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120)
        for g in st['goals']:
            cell = [P(R(f'Meta {g["id"]}. ', b=True), g['text'], after=0),
                    P(R(f'Indicador: {g["indicator"]} · Responsable: {g["executor"]}', color='666666', sz=18), after=0),
                    P(R('█' * (g['pct'] // 10), color='0B6E4F'), R('░' * (10 - g['pct'] // 10), color='BBBBBB'), R(f'  Avance: {g["pct"]} %', b=True), after=0),
                    P(f'Informe: {rep(g)}', after=0)]
            for f in st['feedback']:
                if f[2] == g['id']:
                    cell.append(P(R(('SE' if f[1] == 'retroalimentacion' else f[4]) + ': ', b=True), f[0], ind=(200, 0), after=0))
            b += T([[C(cell, w=9600)]], [9600])
    b += P(R('Acuerdos', b=True, color='0B6E4F', sz=24))
    rows = [[C(R(h, b=True), w=w, shade='E7F1ED') for h, w in (('Clave', 1100), ('Acuerdo', 6500), ('Fecha compromiso', 2000))]]
    rows += [[C(f'A-{a["number"]:02d}-{k}', w=1100), C(g['text'], w=6500), C(g['dates'][0] if g['dates'] else '—', w=2000)] for k, g in enumerate(a['agreements'], 1)]
    b += T(rows, [1100, 6500, 2000])
    docx_write(a, b, font='Arial', size=20)


def ad2_pdf(a):
    tmp = tempfile.mkdtemp(prefix='ad2-')
    hp = os.path.join(tmp, a['stem'] + '.html'); open(hp, 'w', encoding='utf-8').write(ad2_html(a))
    chromium_pdf(hp, os.path.join(OUT, a['stem'] + '.pdf'))


# ------------------------------------------------------------------ AD3: checkbox glyphs for the report status
def ad3(a):
    b = P(R('COMISIÓN INTERINSTITUCIONAL DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=18), align='center', after=0)
    b += P(R('Espacio de Participación ' + a['body'], b=True), align='center', after=0)
    b += P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True), align='center', after=200)
    b += P(R('Fecha: ', b=True), long_date(a['date']).capitalize() + '\t', R('Hora: ', b=True), f'{a["start"]} a {a["end"]} horas', tabs=[6000], after=0)
    b += P(R('Lugar: ', b=True), a['place'], after=0)
    b += P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}')
    b += P(R('I. Lista de asistencia', b=True), before=120)
    rows = [[C(R(h, b=True), w=w, shade='DDDDDD') for h, w in (('Nombre', 2900), ('Institución / organización', 4700), ('Sector', 2000))]]
    rows += [[C(x[0], w=2900), C(x[2], w=4700), C(SECTOR_WORD[x[4]], w=2000)] for x in a['attendance']]
    b += T(rows, [2900, 4700, 2000], header_rows=1)
    b += P(R('II. Seguimiento de estrategias', b=True), before=120)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True), before=120)
        for g in st['goals']:
            box = P(R('☒' if g['report'] else '☐', sz=24), R(' Reportó     '), R('☐' if g['report'] else '☒', sz=24), R(' No reportó'), after=0)
            rows = [[C(R(f'Meta {g["id"]}', b=True), w=2200, shade='F2F2F2'), C(g['text'], w=7400)],
                    [C('Indicador', w=2200, shade='F2F2F2'), C(g['indicator'], w=7400)],
                    [C('Instancia responsable', w=2200, shade='F2F2F2'), C(g['executor'], w=7400)],
                    [C('Informe', w=2200, shade='F2F2F2'), C([box], w=7400)],
                    [C('Descripción del avance', w=2200, shade='F2F2F2'), C(rep(g), w=7400)]]
            b += T(rows, [2200, 7400])
        b += P(R('Retroalimentación de la Secretaría Ejecutiva', i=True, u=True), after=0)
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b += P(f'Meta {f[2]}. {f[0]}', ind=(360, 0), after=40)
        b += P(R('Observaciones de las personas integrantes', i=True, u=True), after=0)
        for f in st['feedback']:
            if f[1] == 'observacion': b += P(f'{f[4]}, meta {f[2]}: {f[0]}', ind=(360, 0), after=40)
    b += P(R('III. Acuerdos', b=True), before=120)
    for k, g in enumerate(a['agreements'], 1): b += P(f'{k}.\t{g["text"]}', ind=(360, 360))
    b += P('Se levanta la presente acta para los efectos a que haya lugar.', before=200, after=500)
    b += P('_____________________________', align='center', after=0) + P(a['coordinator'][0], align='center', after=0) + P(a['coordinator'][1], align='center')
    footer = P(R(f'EP Hemerotecas · Acta {a["number"]}a. sesión ordinaria', sz=16), align='right')
    docx_write(a, b, font='Arial', size=20, footer=footer)


# ------------------------------------------------------------------ AD4: agreements follow-up, fulfilled ones struck through
def strike_run(text, b=False):
    return f'<w:r><w:rPr>{"<w:b/>" if b else ""}<w:strike/><w:color w:val="7F7F7F"/></w:rPr><w:t xml:space="preserve">{D.esc(text)}</w:t></w:r>'


def ad4(a):
    b = P(R('Espacio de Participación', b=True, sz=24), align='center', after=0)
    b += P(R(a['body'], b=True, sz=24), align='center', after=0)
    b += P(R(f'Minuta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=22), align='center', after=200)
    b += P(R('Fecha y hora: ', b=True), f'{long_date(a["date"])}, de {a["start"]} a {a["end"]} horas.', after=0)
    b += P(R('Lugar: ', b=True), a['place'] + '.', after=0)
    b += P(R('Coordinación: ', b=True), f'{a["coordinator"][0]} ({a["coordinator"][1]}).')
    b += P(R('Asistentes', b=True, u=True), before=120)
    for x in a['attendance']:
        b += P(f'{x[0]}\t{x[2]}\t{SECTOR_WORD[x[4]]}', tabs=[3300, 8400], ind=(0, 0), after=20) if len(x[2]) < 58 else \
             P(f'{x[0]}\t{x[2]}\t', R(SECTOR_WORD[x[4]]), tabs=[3300], after=20)
    b += P(R('Seguimiento de las estrategias', b=True, u=True), before=160)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}: {st["title"]}', b=True), before=120)
        for g in st['goals']:
            b += P(R(f'Meta {g["id"]}: ', b=True), g['text'], after=0)
            b += P(f'Indicador: {g["indicator"]} / Responsable: {g["executor"]}', ind=(360, 0), after=0)
            b += P(R('Informe: ', i=True), rep(g), ind=(360, 0))
            for f in st['feedback']:
                if f[2] == g['id']:
                    lead = 'Secretaría Ejecutiva' if f[1] == 'retroalimentacion' else f[4]
                    b += P(R(f'{lead}: ', i=True), f[0], ind=(720, 0), after=40)
    b += P(R('Seguimiento de acuerdos', b=True, u=True), before=160)
    rows = [[C(R(h, b=True), w=w, shade='FCE4D6') for h, w in (('No.', 800), ('Acuerdo', 6800), ('Estado', 2000))]]
    for num, text, state in a['old_agreements']:
        if state == 'Cumplido':
            rows.append([C(strike_run(num), w=800), C(strike_run(text), w=6800), C(R('Cumplido', color='7F7F7F'), w=2000)])
        else:
            rows.append([C(num, w=800), C(text, w=6800), C(state, w=2000)])
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C(R(f'{a["number"]}.{k}', b=True), w=800), C(g['text'], w=6800), C(R('Nuevo', b=True), w=2000)])
    b += T(rows, [800, 6800, 2000], header_rows=1)
    b += P(R('Los acuerdos tachados se dan por cumplidos; los marcados como «Nuevo» se adoptaron en esta sesión.', i=True, sz=18))
    header = P(R(f'EP Papalotes — minuta {a["number"]}', sz=16, color='7F7F7F'), align='right')
    docx_write(a, b, font='Cambria', size=21, header=header)


# ------------------------------------------------------------------ AD5: document-management pages (stamp, folio, barcode)
NUMPAGES = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'


def ad5(a):
    b = P(R('GOBIERNO DEL DISTRITO FEDERAL', b=True), align='center', after=0)
    b += P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', sz=18), align='center', after=160)
    b += P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0)
    b += P(R(a['body'].upper(), b=True), align='center', after=200)
    b += P(f'En la Ciudad de México, el {long_date(a["date"], weekday=False)}, en el {a["place"]}, se reunieron las personas integrantes del Espacio '
           f'de Participación, de las {a["start"]} a las {a["end"]} horas, bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}.', align='both')
    b += P(R('1. REGISTRO DE ASISTENCIA', b=True), before=120)
    rows = [[C(R(h, b=True), w=w, shade='D9D9D9') for h, w in (('No.', 600), ('Nombre', 2600), ('Cargo', 2500), ('Institución u organización', 2900), ('Sector', 1400))]]
    rows += [[C(str(k), w=600), C(x[0], w=2600), C(x[5], w=2500), C(x[2], w=2900), C(SECTOR_WORD[x[4]], w=1400)] for k, x in enumerate(a['attendance'], 1)]
    b += T(rows, [600, 2600, 2500, 2900, 1400], header_rows=1)
    b += P(R('2. SEGUIMIENTO A LAS ESTRATEGIAS', b=True), before=120)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120)
        for g in st['goals']:
            b += P(R(f'Meta {g["id"]}. ', b=True), g['text'], align='both', after=0)
            b += P(f'Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}.', ind=(360, 0), after=0)
            b += P(R('Informe: ', b=True), rep(g), ind=(360, 0))
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b += P(R('Retroalimentación SE (meta ' + f[2] + '): ', i=True), f[0], ind=(360, 0), after=40)
        for f in st['feedback']:
            if f[1] == 'observacion': b += P(R(f'Observación de {f[4]} (meta {f[2]}): ', i=True), f[0], ind=(360, 0), after=40)
    b += P(R('3. ACUERDOS', b=True), before=120)
    for k, g in enumerate(a['agreements'], 1): b += P(f'{k}. {g["text"]}', ind=(360, 360), align='both')
    b += P('No habiendo otro asunto que tratar, se da por concluida la sesión y firman al calce quienes en ella intervinieron.', align='both', before=120, after=500)
    b += P('_____________________________', align='center', after=0) + P(a['coordinator'][0], align='center', after=0) + P(a['coordinator'][1], align='center')
    header = P(R(f'Folio: {a["folio"]}', sz=16), align='right')
    footer = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + D.PAGE_FIELD.replace('<w:t>1</w:t>', '<w:t>1</w:t>') +
              '<w:r><w:t xml:space="preserve"> de </w:t></w:r>' + NUMPAGES + '</w:p>')
    docx_write(a, b, font='Times New Roman', size=22, header=header, footer=footer)


def ad5_pdf(a):
    tmp = tempfile.mkdtemp(prefix='ad5-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    src = os.path.join(tmp, a['stem'] + '.pdf')
    pages = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', src], capture_output=True, text=True).stdout).group(1))
    rnd = random.Random(a['stem'])
    bars = ' '.join(f'{x} 0 {w} 26 rectfill' for x, w in ((k * 3 + rnd.choice((0, 1)), rnd.choice((1, 1, 2, 3))) for k in range(42)))
    stamp_id = a['folio'].split('/')[2]
    ps = f'''<< /EndPage {{
      exch pop 0 eq {{
        gsave
        0.15 0.25 0.55 setrgbcolor
        /Helvetica findfont 6.5 scalefont setfont
        14 781 moveto (SGD-SE  Sistema de Gestion Documental  |  Expediente EP/IMP/{a["date"][:4]}) show
        14 773 moveto (Folio {a["folio"]}   Registro {stamp_id}-{a["number"]:02d}) show
        gsave 14 740 translate 0 0 0 setrgbcolor {bars} grestore
        /Courier findfont 6 scalefont setfont 16 732 moveto (*{stamp_id}{a["number"]:02d}{a["date"][5:7]}*) show
        1 setlinewidth 0.7 0.1 0.1 setrgbcolor
        330 740 moveto 330 784 lineto 440 784 lineto 440 740 lineto closepath stroke
        /Helvetica-Bold findfont 8 scalefont setfont 337 774 moveto (RECIBIDO - ARCHIVO) show
        /Helvetica findfont 7 scalefont setfont 337 763 moveto (SE-MSyE  {a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}) show
        337 751 moveto (Hoja ) show
        grestore true }} {{ false }} ifelse }} bind >> setpagedevice'''
    # the page number of the stamp is drawn page by page (a counter in userdict)
    ps = ps.replace('337 751 moveto (Hoja ) show',
                    f'337 751 moveto (Hoja ) show userdict /hoja known {{ userdict /hoja hoja 1 add put }} {{ userdict /hoja 1 put }} ifelse hoja 4 string cvs show ( de {pages}) show')
    psf = os.path.join(tmp, 'stamp.ps'); open(psf, 'w').write(ps)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dNOSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4',
         f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', psf, src])


# ------------------------------------------------------------------ AD6: one row per goal, the strategy cell merged down
def ad6(a):
    b = P(R('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', sz=18, color='404040'), align='center', after=0)
    b += P(R('Espacio de Participación ' + a['body'], b=True, sz=24), align='center', after=0)
    b += P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True), align='center', after=160)
    rows = [[C(R('Fecha', b=True), w=1600, shade='E2EFD9'), C(long_date(a['date']).capitalize(), w=3300), C(R('Horario', b=True), w=1400, shade='E2EFD9'),
             C(f'{a["start"]} a {a["end"]} horas', w=3300)],
            [C(R('Sede', b=True), w=1600, shade='E2EFD9'), C(a['place'], w=8000, span=3)],
            [C(R('Coordinación', b=True), w=1600, shade='E2EFD9'), C(f'{a["coordinator"][0]}, {a["coordinator"][1]}', w=8000, span=3)]]
    b += T(rows, [1600, 3300, 1400, 3300])
    b += P(R('Asistencia', b=True), before=80)
    rows = [[C(R(h, b=True), w=w, shade='E2EFD9') for h, w in (('Nombre', 2800), ('Institución u organización', 4800), ('Sector', 2000))]]
    rows += [[C(x[0], w=2800), C(x[2], w=4800), C(SECTOR_WORD[x[4]], w=2000)] for x in a['attendance']]
    b += T(rows, [2800, 4800, 2000], header_rows=1)
    b += P(R('Seguimiento de estrategias y metas', b=True), before=80)
    W = [2000, 900, 2900, 2000, 1800]
    rows = [[C(R(h, b=True), w=w, shade='E2EFD9') for h, w in zip(('Estrategia', 'Meta', 'Descripción de la meta', 'Indicador', 'Responsable'), W)]]
    for st in a['strategies']:
        for k, g in enumerate(st['goals']):
            first = C([P(R(f'Estrategia {st["number"]}', b=True), after=0), P(st['title'])], w=W[0], vmerge='restart') if k == 0 else C('', w=W[0], vmerge='cont')
            rows.append([first, C(R(g['id'], b=True), w=W[1]), C(g['text'], w=W[2]), C(g['indicator'], w=W[3]), C(g['executor'], w=W[4])])
            rows.append([C('', w=W[0], vmerge='cont'), C([P(R('Informe: ', b=True), rep(g))], w=sum(W[1:]), span=4)])
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            if fbs:
                paras = []
                for f in fbs:
                    lead = 'Retroalimentación SE: ' if f[1] == 'retroalimentacion' else f'{f[4]}: '
                    paras.append(P(R(lead, i=True), f[0], after=20))
                rows.append([C('', w=W[0], vmerge='cont'), C(paras, w=sum(W[1:]), span=4, shade='F7F7F7')])
    b += T(rows, W, header_rows=1)
    b += P(R('Acuerdos', b=True), before=80)
    for k, g in enumerate(a['agreements'], 1): b += P(f'{k}. {g["text"]}', ind=(360, 360))
    footer = P(R(f'Acta {a["number"]}a. sesión ordinaria · EP Skate', sz=16), align='center')
    docx_write(a, b, font='Calibri', size=21, footer=footer)


DOCX = {'AD1': ad1, 'AD2': ad2, 'AD3': ad3, 'AD4': ad4, 'AD5': ad5, 'AD6': ad6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('AD3', 'AD4', 'AD6'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'AD1': ad1_pdf(a)
        elif lay == 'AD2': ad2_pdf(a)
        elif lay == 'AD5': ad5_pdf(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
