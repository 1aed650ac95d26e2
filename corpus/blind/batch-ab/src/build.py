# -*- coding: utf-8 -*-
"""Render batch AB from content.py: .docx (raw WordprocessingML), .gold.json, then PDFs (LibreOffice; Chromium for a Planner
board and for slide handouts; a scan of thin paper showing through with handwritten margin notes; LibreOffice with the fonts'
Unicode maps removed), then extra formats.  usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, re, shutil, subprocess, sys, tempfile, html as H, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ab'
EXTRA_FORMATS = {
    'blind-ab-lecherias-04-2014-03-11': ['odt'],
    'blind-ab-lavaderos-03-2013-04-16': ['doc'],
    'blind-ab-senderos-08-2016-09-06': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'DÉCIMA PRIMERA', 12: 'DÉCIMA SEGUNDA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def C(x, **kw):
    if isinstance(x, str) and x.startswith('<w:r'): x = P(x)   # a bare run becomes a paragraph of its own
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def hm(t):  # '09:30' -> '9:30' as typed
    return t[1:] if t.startswith('0') else t


def docx_write(a, body, font='Arial', size=20, header='', footer='', landscape=False, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body + D.sect(header=bool(header), footer=bool(footer), landscape=landscape),
            header_xml=header, footer_xml=footer, font=font, size=size, **kw)


def speaker(a, f):
    return f[4]


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]
    raise KeyError(name)


def ddmmyyyy(iso):
    return f'{iso[8:]}/{iso[5:7]}/{iso[:4]}'


def write_ocr(stem, pngs):
    txt = []
    for p in pngs:
        txt.append(subprocess.run(['tesseract', p, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))


# ------------------------------------------------------------------ AB1: acta with the agreements as a Gantt-like table
def months_after(iso, n=4):
    m = int(iso[5:7]) - 1
    return [MESES[(m + k) % 12][:3].capitalize() for k in range(n)]


def ab1(a):
    b = P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True), align='center', after=0)
    b += P(R('Espacio de Participación ' + a['body'], b=True), align='center', after=0)
    b += P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True), align='center', after=200)
    rows = [[C(R('Fecha:', b=True), w=1800), C(long_date(a['date']).capitalize(), w=7800)],
            [C(R('Hora:', b=True), w=1800), C(f'{a["start"]} a {a["end"]} horas', w=7800)],
            [C(R('Lugar:', b=True), w=1800), C(a['place'], w=7800)],
            [C(R('Coordinación:', b=True), w=1800), C(f'{a["coordinator"][0]}, {a["coordinator"][1]}', w=7800)]]
    b += T(rows, [1800, 7800])
    b += P(R('1. Asistencia', b=True), before=120)
    rows = [[C(R(h, b=True), w=w, shade='D9E2F3') for h, w in (('No.', 600), ('Nombre', 3000), ('Institución u organización', 4200), ('Sector', 1800))]]
    for k, x in enumerate(a['attendance'], 1):
        rows.append([C(str(k), w=600), C(x[0], w=3000), C(x[2], w=4200), C(SECTOR_WORD[x[4]], w=1800)])
    b += T(rows, [600, 3000, 4200, 1800], header_rows=1)
    b += P(R('2. Seguimiento a estrategias y metas', b=True), before=120)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, i=True), before=120)
        for g in st['goals']:
            b += P(R(f'Meta {g["id"]}. ', b=True), g['text'], ind=(360, 0))
            b += P(f'Indicador: {g["indicator"]}', ind=(720, 0), after=0)
            b += P(f'Instancia ejecutora: {g["executor"]}', ind=(720, 0), after=0)
            b += P(R('Informe: ', b=True), ' '.join(g['report']) if g['report'] else g['status'], ind=(720, 0))
        b += P(R('Retroalimentación de la Secretaría Ejecutiva:', u=True), ind=(360, 0), after=0)
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b += P(f'Meta {f[2]}: {f[0]}', ind=(720, 0), after=40)
        b += P(R('Observaciones de las y los participantes:', u=True), ind=(360, 0), after=0)
        for f in st['feedback']:
            if f[1] == 'observacion':
                b += P(f'{f[4]} ({inst_of(a, f[4])}), meta {f[2]}: {f[0]}', ind=(720, 0), after=40)
    b += P(R('3. Acuerdos y cronograma de cumplimiento', b=True), before=120)
    ms = months_after(a['date'])
    W = [500, 4600, 1900] + [650] * 4
    rows = [[C(R('No.', b=True), w=500, shade='D9E2F3'), C(R('Acuerdo', b=True), w=4600, shade='D9E2F3'), C(R('Responsable', b=True), w=1900, shade='D9E2F3')]
            + [C(P(R(m, b=True), align='center'), w=650, shade='D9E2F3') for m in ms]]
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C(f'{k}.', w=500), C(g['text'], w=4600), C(g['resp_col'], w=1900)]
                    + [C(P(R(x, b=True), align='center'), w=650, shade=('A6A6A6' if x else None)) for x in g['gantt']])
    b += T(rows, W, header_rows=1)
    b += P('X = mes en que se programa el cumplimiento del acuerdo.', after=300)
    b += P('No habiendo más asuntos que tratar, se da por concluida la sesión.', after=600)
    b += P('______________________________', align='center', after=0)
    b += P(a['coordinator'][0], align='center', after=0)
    b += P(a['coordinator'][1], align='center')
    footer = P(R(f'Acta {a["number"]}a. sesión ordinaria — EP Lecherías', sz=16), align='right')
    docx_write(a, b, font='Arial', size=20, footer=footer)


# ------------------------------------------------------------------ AB2: a Planner board (kanban) exported and printed
def ab2_cards(a):
    """(bucket, card) — card: dict(title, labels, assignee, due, lines, comments, checklist)"""
    SEa = a['attendance'][-1]
    cards = []
    cards.append(('Datos de la sesión', dict(title=f'{a["number"]}a. sesión ordinaria', labels=['Sesión'], lines=[
        f'Espacio de Participación: {a["body"]}', f'Fecha: {long_date(a["date"])}', f'Horario: {a["start"]} a {a["end"]} h',
        f'Sede: {a["place"]}', f'Coordinación: {a["coordinator"][0]} ({a["coordinator"][1]})'], comments=[], checklist=None)))
    cards.append(('Datos de la sesión', dict(title='Pase de lista', labels=['Asistencia'], lines=[], comments=[],
                                             checklist=[f'{x[0]} · {x[2]} · {SECTOR_WORD[x[4]]}' for x in a['attendance']])))
    for st in a['strategies']:
        for g in st['goals']:
            bucket = 'Hecho' if g['report'] else 'Por hacer'
            lines = [f'Estrategia {st["number"]}: {st["title"]}', f'Meta: {g["text"]}', f'Indicador: {g["indicator"]}',
                     f'Responsable: {g["executor"]}']
            lines.append('Informe: ' + ' '.join(g['report']) if g['report'] else g['status'])
            coms = []
            for f in st['feedback']:
                if f[2] != g['id']: continue
                who = SEa[0] if f[1] == 'retroalimentacion' else f[4]
                tag = 'Retroalimentación SE' if f[1] == 'retroalimentacion' else 'Observación'
                coms.append((who, tag, f[0]))
            cards.append((bucket, dict(title=f'Meta {g["id"]}', labels=[f'Estrategia {st["number"]}', 'Informe recibido' if g['report'] else 'Sin informe'],
                                       lines=lines, comments=coms, checklist=None)))
    for k, ag in enumerate(a['agreements'], 1):
        due = ag['dates'][0] if ag['dates'] else None
        cards.append((ag['card'], dict(title=f'Acuerdo {a["number"]}.{k}', labels=['Acuerdo'], lines=[ag['text']], comments=[], checklist=None,
                                       due=due, assignee=ag['responsible'] or 'Coordinación')))
    return cards


def ab2(a):
    b = P(R(f'EP Organilleros — {a["number"]}a. sesión ordinaria', b=True, sz=30), after=0)
    b += P(R('Copia del tablero de Planner «Actas EP Organilleros» al ' + long_date(a['date'], weekday=False), i=True, color='666666'), after=200)
    for bucket in ('Datos de la sesión', 'Por hacer', 'En proceso', 'Hecho'):
        cs = [c for bk, c in ab2_cards(a) if bk == bucket]
        if not cs: continue
        b += P(R(bucket, b=True, sz=24, color='2F5597'), before=200)
        for c in cs:
            cell = [P(R(c['title'], b=True)), P(R(' · '.join(c['labels']), sz=16, color='7030A0'))]
            if c.get('assignee'): cell.append(P(R(f'Asignado a: {c["assignee"]}', sz=18)))
            if c.get('due'): cell.append(P(R(f'Fecha de vencimiento: {ddmmyyyy(c["due"])}', sz=18)))
            cell += [P(x) for x in c['lines']]
            if c['checklist']: cell += [P('☑ ' + x) for x in c['checklist']]
            if c['comments']:
                cell.append(P(R('Comentarios', b=True, sz=18)))
                cell += [P(R(f'{who} — {tag}: ', b=True, sz=18), R(t, sz=18)) for who, tag, t in c['comments']]
            b += T([[C(cell, w=9600)]], [9600])
    docx_write(a, b, font='Segoe UI', size=20)


AB2_CSS = '''@page{size:420mm 297mm;margin:8mm}body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:9.5pt;margin:0;color:#252423}
.top{display:flex;align-items:center;border-bottom:1px solid #ccc;padding:4px 8px;margin-bottom:8px}
.logo{background:#31752f;color:#fff;border-radius:4px;padding:3px 7px;font-weight:bold;margin-right:10px}
.top h1{font-size:15pt;margin:0 14px 0 0}.tabs span{margin-right:14px;color:#605e5c}.tabs .on{color:#31752f;border-bottom:2px solid #31752f}
.board{display:flex;align-items:flex-start;gap:10px}.bucket{width:24%;background:#f3f2f1;border-radius:4px;padding:6px}
.bucket h2{font-size:11pt;margin:2px 2px 6px}.count{color:#605e5c;font-weight:normal}
.card{background:#fff;border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.25);padding:6px 8px;margin-bottom:7px;break-inside:avoid}
.lab{display:inline-block;font-size:7.5pt;border-radius:8px;padding:0 6px;margin:0 3px 3px 0;color:#fff}
.l0{background:#8764b8}.l1{background:#e3008c}.l2{background:#0078d4}.l3{background:#498205}
.card h3{font-size:10pt;margin:2px 0 4px}.card p{margin:2px 0}.meta{color:#605e5c;font-size:8pt}
.com{border-top:1px solid #edebe9;margin-top:4px;padding-top:3px;font-size:8.5pt}.com b{color:#323130}
.chk{font-size:8.5pt;margin:1px 0}.add{color:#605e5c;font-size:8.5pt;padding:4px}'''


def ab2_pdf(a):
    cards = ab2_cards(a)
    cols = ''
    for bucket in ('Datos de la sesión', 'Por hacer', 'En proceso', 'Hecho'):
        cs = [c for bk, c in cards if bk == bucket]
        inner = ''
        for c in cs:
            labs = ''.join(f'<span class="lab l{k % 4}">{H.escape(l)}</span>' for k, l in enumerate(c['labels']))
            x = f'<div class="card">{labs}<h3>{H.escape(c["title"])}</h3>'
            if c.get('due') or c.get('assignee'):
                x += f'<p class="meta">{"📅 " + ddmmyyyy(c["due"]) if c.get("due") else ""} {"👤 " + H.escape(c["assignee"]) if c.get("assignee") else ""}</p>'
            x += ''.join(f'<p>{H.escape(l)}</p>' for l in c['lines'])
            if c['checklist']:
                x += f'<p class="meta">☑ {len(c["checklist"])}/{len(c["checklist"])}</p>' + ''.join(f'<p class="chk">☑ {H.escape(l)}</p>' for l in c['checklist'])
            for who, tag, t in c['comments']:
                x += f'<div class="com"><b>{H.escape(who)}</b> <span class="meta">{tag}</span><br>{H.escape(t)}</div>'
            inner += x + '</div>'
        cols += f'<div class="bucket"><h2>{H.escape(bucket)} <span class="count">{len(cs)}</span></h2>{inner}<div class="add">+ Agregar tarea</div></div>'
    top = (f'<div class="top"><span class="logo">P</span><h1>Actas EP Organilleros</h1><div class="tabs"><span class="on">Panel</span>'
           f'<span>Cuadrícula</span><span>Horario</span><span>Gráficos</span></div></div>')
    html = f'<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Planner</title><style>{AB2_CSS}</style></head><body>{top}<div class="board">{cols}</div></body></html>'
    hp = os.path.join(tempfile.mkdtemp(prefix='blind-ab-'), a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(html)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


# ------------------------------------------------------------------ AB3: slide handouts (three slides per page, note lines beside)
def ab3_slides(a):
    SEa = a['attendance'][-1]
    sl = [('title', [f'Espacio de Participación', a['body'], f'{ORD[a["number"]].capitalize()} Sesión Ordinaria',
                     long_date(a['date']).capitalize(), f'{a["start"]} a {a["end"]} horas', a['place']])]
    sl.append(('list', ['Orden del día', '1. Bienvenida y lista de asistencia', '2. Seguimiento de la Estrategia ' + str(a['strategies'][0]['number']),
                        '3. Seguimiento de la Estrategia ' + str(a['strategies'][1]['number']), '4. Acuerdos y cierre',
                        f'Coordina: {a["coordinator"][0]}, {a["coordinator"][1]}']))
    sl.append(('table', ['Asistencia'] + [(x[0], x[2], SECTOR_WORD[x[4]]) for x in a['attendance']]))
    for st in a['strategies']:
        for g in st['goals']:
            sl.append(('list', [f'Estrategia {st["number"]}. {st["title"]}', f'Meta {g["id"]}. {g["text"]}', f'Indicador: {g["indicator"]}',
                                f'Responsable: {g["executor"]}', 'Informe: ' + (' '.join(g['report']) if g['report'] else g['status'])]))
        items = [f'Retroalimentación y observaciones · Estrategia {st["number"]}']
        for f in st['feedback']:
            who = 'SE' if f[1] == 'retroalimentacion' else f[4]
            items.append(f'{who} (meta {f[2]}): {f[0]}')
        sl.append(('list', items))
    sl.append(('list', ['Acuerdos'] + [f'{k}. {g["text"]}' for k, g in enumerate(a['agreements'], 1)]))
    sl.append(('title', ['¡Gracias!', a['body'], 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX']))
    return sl


def ab3(a):
    """the presentation's outline sent to Word (Impress: Enviar a Word, notas junto a las diapositivas -> esquema)"""
    b = ''
    for k, (kind, items) in enumerate(ab3_slides(a), 1):
        b += P(R(f'Diapositiva {k}', b=True, color='7F7F7F', sz=16), after=0, before=160)
        if kind == 'table':
            b += P(R(items[0], b=True, sz=26))
            rows = [[C(R(h, b=True), w=w) for h, w in (('Nombre', 3000), ('Institución', 4600), ('Sector', 2000))]]
            rows += [[C(n, w=3000), C(i, w=4600), C(s, w=2000)] for n, i, s in items[1:]]
            b += T(rows, [3000, 4600, 2000])
        else:
            b += P(R(items[0], b=True, sz=26))
            for x in items[1:]: b += P(x, ind=(360, 0))
    docx_write(a, b, font='Calibri', size=22)


AB3_CSS = '''@page{size:A4 portrait;margin:12mm 12mm 10mm}body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0}
.page{height:272mm;position:relative;break-after:page}.page:last-child{break-after:auto}
.hd{font-size:8pt;color:#555;display:flex;justify-content:space-between;border-bottom:.5px solid #999;margin-bottom:5mm}
.row{display:flex;height:82mm;margin-bottom:4mm}.slide{width:108mm;height:81mm;border:.6px solid #444;box-sizing:border-box;
padding:4mm 5mm;overflow:hidden;background:linear-gradient(#fff 0,#fff 85%,#e8eef7 100%);position:relative}
.slide .bar{position:absolute;left:0;top:0;width:100%;height:3mm;background:#6a1b4d}
.slide h2{font-size:10.5pt;color:#6a1b4d;margin:2mm 0 2mm}.slide p{font-size:7.2pt;margin:0 0 1.4mm;line-height:1.25}
.slide.title{display:flex;flex-direction:column;justify-content:center;text-align:center}.slide.title p{font-size:8pt}
.slide.title h2{font-size:12pt}
.slide table{border-collapse:collapse;width:100%;font-size:6.2pt}.slide td,.slide th{border:.4px solid #999;padding:.4mm 1mm;text-align:left}
.num{position:absolute;right:2mm;bottom:1.5mm;font-size:6pt;color:#777}
.lines{flex:1;margin-left:8mm;padding-top:4mm}.lines div{border-bottom:.5px solid #aaa;height:8.2mm}
.ft{position:absolute;bottom:0;width:100%;text-align:center;font-size:8pt;color:#555}'''


def ab3_pdf(a):
    sl = ab3_slides(a)
    pages = [sl[k:k + 3] for k in range(0, len(sl), 3)]
    body = ''
    n = 0
    for pi, pg in enumerate(pages, 1):
        rows = ''
        for kind, items in pg:
            n += 1
            if kind == 'title':
                s = f'<div class="slide title"><div class="bar"></div><p>{H.escape(items[0])}</p><h2>{H.escape(items[1])}</h2>' + ''.join(f'<p>{H.escape(x)}</p>' for x in items[2:])
            elif kind == 'table':
                s = (f'<div class="slide"><div class="bar"></div><h2>{H.escape(items[0])}</h2><table><tr><th>Nombre</th><th>Institución</th><th>Sector</th></tr>'
                     + ''.join(f'<tr><td>{H.escape(x)}</td><td>{H.escape(y)}</td><td>{H.escape(z)}</td></tr>' for x, y, z in items[1:]) + '</table>')
            else:
                s = f'<div class="slide"><div class="bar"></div><h2>{H.escape(items[0])}</h2>' + ''.join(f'<p>{H.escape(x)}</p>' for x in items[1:])
            s += f'<span class="num">{n}</span></div>'
            rows += f'<div class="row">{s}<div class="lines">{"<div></div>" * 9}</div></div>'
        body += (f'<div class="page"><div class="hd"><span>EP Títeres · {a["number"]}a. sesión</span><span>{ddmmyyyy(a["date"])}</span></div>{rows}'
                 f'<div class="ft">{pi}</div></div>')
    html = f'<!doctype html><html lang="es"><head><meta charset="utf-8"><title>{a["stem"]}</title><style>{AB3_CSS}</style></head><body>{body}</body></html>'
    hp = os.path.join(tempfile.mkdtemp(prefix='blind-ab-'), a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(html)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


# ------------------------------------------------------------------ AB4: typed acta; the archive's copy is a scan of thin paper
def ab4(a):
    b = P(R('GOBIERNO DEL DISTRITO FEDERAL', b=True), align='center', after=0)
    b += P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True), align='center', after=0)
    b += P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0)
    b += P(R(a['body'].upper(), b=True), align='center', after=240)
    b += P(R('Fecha: ', b=True), long_date(a['date']).capitalize(), after=0)
    b += P(R('Hora: ', b=True), f'de las {hm(a["start"])} a las {hm(a["end"])} horas', after=0)
    b += P(R('Lugar: ', b=True), a['place'], after=0)
    b += P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}', after=200)
    b += P(R('I. ASISTENTES', b=True), before=120)
    rows = [[C(R(h, b=True), w=w) for h, w in (('Nombre', 3000), ('Institución', 4600), ('Sector', 2000))]]
    rows += [[C(x[0], w=3000), C(x[2], w=4600), C(SECTOR_WORD[x[4]], w=2000)] for x in a['attendance']]
    b += T(rows, [3000, 4600, 2000])
    b += P(R('II. SEGUIMIENTO DE ESTRATEGIAS', b=True), before=120)
    for st in a['strategies']:
        b += P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120)
        for g in st['goals']:
            b += P(R(f'Meta {g["id"]}. ', b=True), g['text'], after=0)
            b += P(f'Indicador: {g["indicator"]}', ind=(567, 0), after=0)
            b += P(f'Instancia ejecutora: {g["executor"]}', ind=(567, 0), after=0)
            b += P('Informe: ' + (' '.join(g['report']) if g['report'] else g['status']), ind=(567, 0))
        b += P(R('Retroalimentación:', i=True), after=0)
        for f in st['feedback']:
            if f[1] == 'retroalimentacion': b += P(f'SE, meta {f[2]}: {f[0]}', ind=(567, 0), after=40)
        b += P(R('Observaciones:', i=True), after=0)
        for f in st['feedback']:
            if f[1] == 'observacion': b += P(f'{f[4]}, meta {f[2]}: {f[0]}', ind=(567, 0), after=40)
    b += P(R('III. ACUERDOS', b=True), before=120)
    for k, g in enumerate(a['agreements'], 1):
        b += P(f'{k}. {g["text"]}', ind=(360, 360))
    b += P('Se levanta la presente acta para constancia.', before=200, after=600)
    b += P('______________________________', align='center', after=0)
    b += P(a['coordinator'][0], align='center', after=0)
    b += P(a['coordinator'][1], align='center')
    docx_write(a, b, font='Times New Roman', size=22)


def ab4_scan(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-ab-st-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    dpi = 200
    run(['pdftoppm', '-r', str(dpi), '-gray', '-png', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.png'))
    rnd = random.Random(stem)
    jpgs, ocr = [], []
    notes = list(a.get('handwritten', []))
    for pi, f in enumerate(pages):
        src = os.path.join(tmp, f); out = os.path.join(tmp, f'{pi}.jpg')
        # duplex on thin paper: the other side of the sheet (page 2 behind page 1 and vice versa) shows through, mirrored
        back = os.path.join(tmp, pages[pi ^ 1] if (pi ^ 1) < len(pages) else f)
        hand = ''
        if pi < len(notes):
            # in the right margin (the text column ends at about x=1490 at 200 dpi), pen-written at a slant, with a bracket
            x, y = 1500 + rnd.randint(0, 15), 1150 + 350 * pi + rnd.randint(-60, 60)
            hand = (f'-font DejaVu-Serif-Italic -pointsize 28 -fill "rgb(30,50,140)" -stroke "rgb(30,50,140)" -strokewidth 1 '
                    f'-annotate {rnd.randint(-14, -6)}x{rnd.randint(-14, -6)}+{x}+{y} "{notes[pi]}" '
                    f'-draw "line {x - 12},{y - 90} {x - 4},{y + 40}" ')
        cmd = (f'convert {src} \\( {back} -flop -level 0%,100%,1 +level 86%,100% \\) -compose Multiply -composite '
               f'-fill "rgb(244,241,232)" -colorize 0 +level 6%,97% {hand}'
               f'-rotate {rnd.uniform(-0.6, 0.6):.2f} +repage -attenuate 0.12 +noise Gaussian -colorspace Gray -quality 60 '
               f'-density {dpi} -units PixelsPerInch {out}')
        subprocess.run(cmd, shell=True, check=True)
        jpgs.append(out)
        up = os.path.join(tmp, f'{pi}-ocr.png')
        run(['convert', out, '-resize', '150%', up])
        ocr.append(up)
    run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    write_ocr(stem, ocr)
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ AB5: the older programme's vocabulary (Capítulo / Línea de acción)
OLD_SECTOR = {IE: 'Entes públicos', SC: 'Organizaciones de la sociedad civil', OT: 'Organismos públicos autónomos', SE: 'Secretaría Ejecutiva'}


def ab5(a):
    b = P(R('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=20), align='center', after=0)
    b += P(R(f'Espacio de Participación «{a["body"]}»', b=True), align='center', after=0)
    b += P(R(f'Minuta de la {ORD[a["number"]].lower()} sesión ordinaria', b=True), align='center', after=200)
    b += P(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"], weekday=False)}, en el {a["place"]}, '
           f'se reunieron las personas integrantes del Espacio de Participación, bajo la coordinación de {a["coordinator"][0]}, '
           f'{a["coordinator"][1]}. La sesión concluyó a las {a["end"]} horas.', align='both')
    b += P(R('LISTA DE ASISTENCIA', b=True), before=120)
    for s in (IE, SC, OT, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        b += P(R(OLD_SECTOR[s], u=True), after=0)
        for x in xs: b += P(f'{x[1]} {x[0]}\t{x[2]}', ind=(360, 0), after=0, tabs=[3600])
        b += EMPTY
    ch, ob = a['chapter']
    b += P(R('SEGUIMIENTO DE LÍNEAS DE ACCIÓN', b=True), before=120)
    b += P(R(ch, b=True), after=0)
    b += P(R(ob, i=True))
    for st in a['strategies']:
        gs = st['goals']
        n = len(gs)
        W0, Wg = 2000, 7600 // n
        rows = [[C(R('Línea de acción', b=True), w=W0, shade='E7E6E6'), C(P(R(f'{st["number"]}. {st["title"]}', b=True)), w=Wg * n, span=n, shade='E7E6E6')]]
        rows.append([C(R('Meta', b=True), w=W0)] + [C([P(*(([R(f'Meta {g["id"]}: ', b=True)] if g['id'] else []) + [g['text']]))], w=Wg) for g in gs])
        rows.append([C(R('Indicador', b=True), w=W0)] + [C(g['indicator'], w=Wg) for g in gs])
        rows.append([C(R('Ente responsable', b=True), w=W0)] + [C(g['executor'], w=Wg) for g in gs])
        rows.append([C(R('Avance reportado', b=True), w=W0)] + [C(' '.join(g['report']) if g['report'] else g['status'], w=Wg) for g in gs])
        for sec, lab in (('retroalimentacion', 'Comentarios de la Secretaría Ejecutiva'), ('observacion', 'Comentarios de las y los integrantes')):
            cells = []
            for g in gs:
                fs = [f for f in st['feedback'] if f[1] == sec and f[2] == g['id']]
                ps = [P((f'{f[4]}: ' if sec == 'observacion' else '') + f[0]) for f in fs]
                cells.append(C(ps or [P('—')], w=Wg))
            rows.append([C(R(lab, b=True), w=W0)] + cells)
        b += T(rows, [W0] + [Wg] * n)
    b += P(R('ACUERDOS', b=True), before=120)
    for k, g in enumerate(a['agreements'], 1):
        b += P(f'{("PRIMERO", "SEGUNDO", "TERCERO")[k - 1]}.- {g["text"]}')
    b += P('Firman al calce las personas que en ella intervinieron.', before=200)
    docx_write(a, b, font='Times New Roman', size=22)


# ------------------------------------------------------------------ AB6: PDF whose fonts have no Unicode map
def ab6(a):
    b = P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center', after=0)
    b += P(R(a['body'], b=True, sz=24), align='center', after=0)
    b += P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center', after=200)
    rows = [[C(R('FECHA', b=True), w=2000), C(ddmmyyyy(a['date']), w=2800), C(R('HORARIO', b=True), w=2000), C(f'{a["start"]} - {a["end"]} hrs.', w=2800)],
            [C(R('SEDE', b=True), w=2000), C(a['place'], w=7600, span=3)],
            [C(R('COORDINA', b=True), w=2000), C(f'{a["coordinator"][0]}, {a["coordinator"][1]}', w=7600, span=3)]]
    b += T(rows, [2000, 2800, 2000, 2800])
    b += P(R('ASISTENCIA', b=True))
    rows = [[C(R(h, b=True), w=w, shade='D0D0D0') for h, w in (('NOMBRE', 3000), ('INSTITUCIÓN / ORGANIZACIÓN', 4600), ('SECTOR', 2000))]]
    rows += [[C(x[0], w=3000), C(x[2], w=4600), C(SECTOR_WORD[x[4]], w=2000)] for x in a['attendance']]
    b += T(rows, [3000, 4600, 2000])
    b += P(R('SEGUIMIENTO', b=True))
    for st in a['strategies']:
        b += P(R(f'ESTRATEGIA {st["number"]}: ', b=True), R(st['title'], b=True), before=80)
        for g in st['goals']:
            rows = [[C(R(f'Meta {g["id"]}', b=True), w=2000), C(g['text'], w=7600)],
                    [C('Indicador', w=2000), C(g['indicator'], w=7600)],
                    [C('Responsable', w=2000), C(g['executor'], w=7600)],
                    [C('Informe', w=2000), C(' '.join(g['report']) if g['report'] else g['status'], w=7600)]]
            for f in st['feedback']:
                if f[2] != g['id']: continue
                if f[1] == 'retroalimentacion': rows.append([C('Retroalimentación SE', w=2000), C(f[0], w=7600)])
                else: rows.append([C('Observación', w=2000), C([P(R(f[4] + ': ', i=True), f[0])], w=7600)])
            b += T(rows, [2000, 7600])
    b += P(R('ACUERDOS', b=True))
    for k, g in enumerate(a['agreements'], 1):
        b += P(f'{k}. {g["text"]}', ind=(360, 360))
    b += P('_____________________________', align='center', before=600, after=0)
    b += P(a['coordinator'][0], align='center', after=0)
    docx_write(a, b, font='Liberation Sans Narrow', size=20)


def ab6_pdf(a):
    """LibreOffice's PDF, then every /ToUnicode map removed and the fonts' names replaced as an old printer driver wrote them
    (the glyph codes of a subset font are arbitrary: without the map, a text extractor has no way back to letters)"""
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-ab-nu-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    data = open(os.path.join(tmp, stem + '.pdf'), 'rb').read()
    # blank the reference, keeping byte offsets (the xref table stays valid)
    data = re.sub(rb'/ToUnicode \d+ 0 R', lambda m: b' ' * len(m.group(0)), data)
    data = re.sub(rb'/Producer\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)', lambda m: (b'/Producer (PScript5.dll Version 5.2.2)' + b' ' * 200)[:len(m.group(0))] if len(m.group(0)) >= 38 else m.group(0), data)
    open(os.path.join(OUT, stem + '.pdf'), 'wb').write(data)
    run(['pdftoppm', '-r', '300', '-gray', '-png', os.path.join(OUT, stem + '.pdf'), os.path.join(tmp, 'p')])
    write_ocr(stem, [os.path.join(tmp, f) for f in sorted(os.listdir(tmp)) if f.startswith('p') and f.endswith('.png')])
    shutil.rmtree(tmp)


DOCX = {'AB1': ab1, 'AB2': ab2, 'AB3': ab3, 'AB4': ab4, 'AB5': ab5, 'AB6': ab6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('AB1', 'AB5'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'AB2': ab2_pdf(a)
        elif lay == 'AB3': ab3_pdf(a)
        elif lay == 'AB4': ab4_scan(a)
        elif lay == 'AB6': ab6_pdf(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
