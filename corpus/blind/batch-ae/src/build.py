# -*- coding: utf-8 -*-
"""Render batch AE from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AE1/AE3/AE6; Chromium for AE2;
a duplex-feeder scan out of order for AE4; LibreOffice redistilled by Ghostscript for AE5), extra formats (.odt/.doc/.rtf).
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
LO_PROFILE = 'file:///tmp/lo-blind-ae'
EXTRA_FORMATS = {
    'blind-ae-ajedrez-03-2014-04-09': ['odt'],
    'blind-ae-sonideros-07-2021-03-03': ['rtf'],
    'blind-ae-alebrijes-10-2023-03-15': ['doc'],
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


def groups(att, order=(IE, OT, SC, SE)):
    return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]


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


def goal_block(g, sz=None):
    return [P(R(f'Meta {g["id"]}. ', b=True, sz=sz), R(g['text'], sz=sz), ind=(360, 0)),
            P(R('Indicador: ', i=True, sz=sz), R(g['indicator'], sz=sz), ind=(720, 0)),
            P(R('Instancia ejecutora: ', i=True, sz=sz), R(g['executor'], sz=sz), ind=(720, 0)),
            P(R('Informe: ', i=True, sz=sz), R(rep_str(g), sz=sz), ind=(720, 0), align='both')]


def att_table(a, sz=18):
    rows = [[C([P(R(h, b=True, sz=sz))], shade='D9D9D9') for h in ('Nombre', 'Cargo', 'Institución', 'Sector')]]
    for x in a['attendance']:
        rows.append([C([P(R(f'{x[1]} {x[0]}', sz=sz))]), C([P(R(x[5], sz=sz))]), C([P(R(x[2], sz=sz))]), C([P(R(SECTOR_WORD[x[4]], sz=sz))])])
    return T(rows, [2500, 2200, 3600, 1600], header_rows=1)


# ------------------------------------------------------------------ AE1: attendance one column per sector (ajedrez)
def ae1(a):
    b = [P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=22), align='center', after=120),
         P(R(f'Minuta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('LISTA DE ASISTENCIA', b=True), before=200))
    heads = [(IE, 'Gobierno (instancias ejecutoras)'), (OT, 'Otras instancias'), (SC, 'Sociedad civil'), (SE, 'Secretaría Ejecutiva')]
    hrow = [C([P(R(h, b=True, sz=18), align='center')], shade='DDE6F0') for _s, h in heads]
    brow = []
    for s, _h in heads:
        ps = []
        for x in a['attendance']:
            if x[4] != s: continue
            ps += [P(R(f'{x[1]} {x[0]}', b=True, sz=17), after=0), P(R(x[2], i=True, sz=16), after=120)]
        brow.append(C(ps or [EMPTY], valign='top'))
    b.append(T([hrow, brow], [2800, 2300, 2300, 2400], header_rows=1))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g)
        b += feedback_paras(a, st)
    b.append(P(R('ACUERDOS', b=True), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=600, after=0))
    b.append(P(a['coordinator'][1], align='center'))
    write(a, ''.join(b) + D.sect(header=False))


# ------------------------------------------------------------------ AE2: oficio de remisión in front (grafiti)
def fmt_date(iso):
    return long_date(iso, weekday=False)


def ae2_parts(a):
    """a list of (kind, payload) rendered to .docx and to HTML alike"""
    num, odate, signer, post, to, to_post = a['oficio']
    o = [('lh', 'INSTITUTO DE LA JUVENTUD DE LA CIUDAD DE MÉXICO'), ('lh2', 'Dirección de Vinculación'),
         ('right', f'Oficio núm. {num}'), ('right', f'Ciudad de México, a {fmt_date(odate)}'),
         ('right', f'Asunto: Se remite acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria'),
         ('p', ''), ('pb', to), ('p', to_post), ('p', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'), ('p', 'P r e s e n t e'), ('p', ''),
         ('just', f'Por este medio, y en atención a los acuerdos del Espacio de Participación {a["body"]}, me permito remitir a usted el acta de la '
                  f'{ORD[a["number"]].lower()} sesión ordinaria, celebrada el {fmt_date(a["date"])} en las instalaciones de este Instituto, debidamente '
                  'firmada por las personas asistentes, para su integración al expediente del Espacio y su publicación.'),
         ('just', 'Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.'), ('p', ''),
         ('center', 'A t e n t a m e n t e'), ('p', ''), ('p', ''), ('centerb', f'Lic. {signer}'), ('center', post), ('p', ''),
         ('small', f'c.c.p. {a["coordinator"][0]}, {a["coordinator"][1]}. Para su conocimiento.'),
         ('small', 'c.c.p. Archivo. ISJ/lmg'),
         ('break', None)]
    o += [('title', 'ACTA DE LA ' + ORD[a['number']] + ' SESIÓN ORDINARIA'), ('center', 'Espacio de Participación'), ('centerb', a['body']), ('p', '')]
    o += [('kv', ('Fecha', long_date(a['date']))), ('kv', ('Hora de inicio', f'{a["start"]} horas')), ('kv', ('Hora de término', f'{a["end"]} horas')),
          ('kv', ('Lugar', a['place'])), ('kv', ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}'))]
    o.append(('h', '1. Asistencia'))
    o.append(('table', (['Nombre', 'Cargo', 'Institución', 'Sector'], [[f'{x[1]} {x[0]}', x[5], x[2], SECTOR_WORD[x[4]]] for x in a['attendance']])))
    o.append(('h', '2. Seguimiento de estrategias y metas'))
    for st in a['strategies']:
        o.append(('h2', f'Estrategia {st["number"]}. {st["title"]}'))
        o.append(('table', (['Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe'],
                            [[g['id'], g['text'], g['indicator'], g['executor'], rep_str(g)] for g in st['goals']])))
        se, ob = se_ob(st)
        o.append(('pi', 'Retroalimentación de la Secretaría Ejecutiva'))
        o += [('lead', (f'Meta {f[2]}: ', f[0])) for f in se]
        if ob:
            o.append(('pi', 'Observaciones de las personas integrantes'))
            o += [('lead', (f'{f[4]} ({inst_of(a, f[4])}): ', f[0])) for f in ob]
    o.append(('h', '3. Acuerdos'))
    o += [('just', f'{k}. {g["text"]}') for k, g in enumerate(a['agreements'], 1)]
    o.append(('just', closing(a)))
    o += [('p', ''), ('centerb', a['coordinator'][0]), ('center', a['coordinator'][1])]
    return o


def ae2(a):
    b = []
    for kind, x in ae2_parts(a):
        if kind == 'lh': b.append(P(R(x, b=True, sz=24, color='7B1E3A'), align='left', after=0))
        elif kind == 'lh2': b.append(P(R(x, sz=20, color='7B1E3A'), after=240))
        elif kind == 'right': b.append(P(x, align='right', after=0))
        elif kind == 'p': b.append(P(x, after=0))
        elif kind == 'pb': b.append(P(R(x, b=True), after=0))
        elif kind == 'just': b.append(P(x, align='both', after=120))
        elif kind == 'center': b.append(P(x, align='center', after=0))
        elif kind == 'centerb': b.append(P(R(x, b=True), align='center', after=0))
        elif kind == 'small': b.append(P(R(x, sz=16), after=0))
        elif kind == 'break': b.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif kind == 'title': b.append(P(R(x, b=True, sz=24), align='center', after=0))
        elif kind == 'kv': b.append(P(R(x[0] + ': ', b=True), x[1], after=40))
        elif kind == 'h': b.append(P(R(x, b=True, sz=22), before=200, keep=True))
        elif kind == 'h2': b.append(P(R(x, b=True), before=120, keep=True))
        elif kind == 'pi': b.append(P(R(x, b=True, i=True), keep=True))
        elif kind == 'lead': b.append(P(R(x[0], b=True), x[1], ind=(360, 0), align='both'))
        elif kind == 'table':
            head, rows = x
            w = [2500, 2200, 3600, 1600] if len(head) == 4 else [800, 2300, 1900, 1900, 3000]
            b.append(T([[C([P(R(h, b=True, sz=18))], shade='E7D3D9') for h in head]] + [[C([P(R(c, sz=18))]) for c in r] for r in rows], w, header_rows=1))
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=21)


def ae2_html(a):
    e = H.escape
    o = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>' + e(a['stem']) + '</title><style>'
         '@page{size:letter;margin:2cm 2cm 2cm 2.5cm} body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10.5pt;line-height:1.3}'
         '.lh{color:#7b1e3a;font-weight:bold;font-size:12pt}.lh2{color:#7b1e3a;margin-bottom:1.2em}.r{text-align:right;margin:0}.c{text-align:center;margin:0}'
         'p{margin:0 0 .4em}.j{text-align:justify}.s{font-size:8pt;margin:0}table{border-collapse:collapse;width:100%;font-size:9pt;margin-bottom:.8em}'
         'td,th{border:1px solid #000;padding:3px;vertical-align:top;text-align:left}th{background:#e7d3d9}h1{font-size:12pt;text-align:center;margin:0}'
         'h2{font-size:11pt;margin:1em 0 .4em}h3{font-size:10.5pt;margin:.8em 0 .3em}.pb{page-break-after:always}</style></head><body>']
    for kind, x in ae2_parts(a):
        if kind == 'lh': o.append(f'<div class="lh">{e(x)}</div>')
        elif kind == 'lh2': o.append(f'<div class="lh2">{e(x)}</div>')
        elif kind == 'right': o.append(f'<p class="r">{e(x)}</p>')
        elif kind == 'p': o.append(f'<p style="margin:0">{e(x) or "&nbsp;"}</p>')
        elif kind == 'pb': o.append(f'<p style="margin:0"><b>{e(x)}</b></p>')
        elif kind == 'just': o.append(f'<p class="j">{e(x)}</p>')
        elif kind == 'center': o.append(f'<p class="c">{e(x)}</p>')
        elif kind == 'centerb': o.append(f'<p class="c"><b>{e(x)}</b></p>')
        elif kind == 'small': o.append(f'<p class="s">{e(x)}</p>')
        elif kind == 'break': o.append('<div class="pb"></div>')
        elif kind == 'title': o.append(f'<h1>{e(x)}</h1>')
        elif kind == 'kv': o.append(f'<p><b>{e(x[0])}:</b> {e(x[1])}</p>')
        elif kind == 'h': o.append(f'<h2>{e(x)}</h2>')
        elif kind == 'h2': o.append(f'<h3>{e(x)}</h3>')
        elif kind == 'pi': o.append(f'<p><b><i>{e(x)}</i></b></p>')
        elif kind == 'lead': o.append(f'<p class="j" style="margin-left:1.5em"><b>{e(x[0])}</b>{e(x[1])}</p>')
        elif kind == 'table':
            head, rows = x
            o.append('<table><tr>' + ''.join(f'<th>{e(h)}</th>' for h in head) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
    o.append('</body></html>')
    return ''.join(o)


def chromium(html_text, stem, pdf=None, png=None, size=None):
    tmp = tempfile.mkdtemp(prefix='blind-ae-cr-')
    hp = os.path.join(tmp, stem + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    shutil.copy(hp, os.path.join(SRC, 'html', os.path.basename(hp)))
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmp}/prof', '--hide-scrollbars']
    if pdf: cmd.append(f'--print-to-pdf={pdf}')
    if png: cmd += [f'--screenshot={png}', f'--window-size={size[0]},{size[1]}', '--force-device-scale-factor=2']
    run(cmd + ['file://' + hp])


def ae2_pdf(a):
    chromium(ae2_html(a), a['stem'], pdf=os.path.join(OUT, a['stem'] + '.pdf'))


# ------------------------------------------------------------------ AE3: reports by institution (sonideros)
def ae3(a):
    sz = 20
    b = [P(R('Secretaría de Cultura de la Ciudad de México', sz=18, color='6B2C91'), align='right', after=0),
         P(R('Espacio de Participación ' + a['body'], sz=18, color='6B2C91'), align='right', after=240),
         P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=26), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('I. Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a))
    b.append(P(R('II. Estrategias y metas en seguimiento', b=True, sz=22), before=200))
    rows = [[C([P(R(h, b=True, sz=18))], shade='E4D7EE') for h in ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora')]]
    for st in a['strategies']:
        rows.append([C([P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, sz=18))], span=4, shade='F3EEF7')])
        for g in st['goals']:
            rows.append([C([P(R(g['id'], sz=18))]), C([P(R(g['text'], sz=18))]), C([P(R(g['indicator'], sz=18))]), C([P(R(g['executor'], sz=18))])])
    b.append(T(rows, [800, 3700, 2800, 2500], header_rows=1))
    b.append(P(R('III. Informes de las instancias', b=True, sz=22), before=200))
    b.append(P('Cada instancia presentó su informe del periodo; se transcriben en el orden en que fueron presentados.', align='both'))
    order = []
    for st in a['strategies']:
        for g in st['goals']:
            rep = g.get('reporter', g['executor'])
            if rep not in order: order.append(rep)
    for rep in order:
        b.append(P(R(f'Informe de la {rep}' if rep.split()[0] in ('Secretaría', 'Alcaldía') else f'Informe del {rep}', b=True, u=True), before=120, keep=True))
        for st in a['strategies']:
            for g in st['goals']:
                if g.get('reporter', g['executor']) != rep: continue
                b.append(P(R(f'Meta {g["id"]}. ', b=True), rep_str(g), ind=(360, 0), align='both'))
    b.append(P(R('IV. Retroalimentación y observaciones', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}', b=True), keep=True, before=120))
        se, ob = se_ob(st)
        b += [P(R(f'Secretaría Ejecutiva, meta {f[2]}: ', b=True), f[0], ind=(360, 0), align='both') for f in se]
        b += [P(R(f'{f[4]}, meta {f[2]}: ', b=True), f[0], ind=(360, 0), align='both') for f in ob]
    b.append(P(R('V. Acuerdos', b=True, sz=22), before=200))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200))
    write(a, ''.join(b) + D.sect(header=False), font='Carlito', size=sz)


# ------------------------------------------------------------------ AE4: duplex-feeder scan, pages out of order (lucha)
def ae4(a):
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
    foot = P('Página ', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
             ' de ', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', align='right')
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Serif', size=24, footer=foot)
    # a typed acta at 1.5 line spacing (the secretary's template)
    import zipfile
    path = os.path.join(OUT, a['stem'] + '.docx'); tmpz = path + '.tmp'
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmpz, 'w', zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == 'word/styles.xml':
                data = data.decode('utf-8').replace('<w:pPrDefault><w:pPr><w:spacing w:after="80"/>', '<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="360" w:lineRule="auto"/>').encode('utf-8')
            zo.writestr(it, data)
    os.replace(tmpz, path)


def duplex_order(n):
    """a duplex ADF whose back sides come out in reverse: fronts 1, 3, 5 … then backs … 6, 4, 2 (a blank back when n is odd)"""
    sheets = (n + 1) // 2
    fronts = [2 * k + 1 for k in range(sheets)]
    backs = [2 * k + 2 for k in range(sheets)][::-1]
    return fronts + backs   # page numbers; n+1 means the blank back of the last sheet


def ae4_scan(a):
    stem = a['stem']
    rnd = random.Random(stem)
    tmp = tempfile.mkdtemp(prefix='blind-ae-dx-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '200', '-gray', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    n = len(pages)
    jpgs, text = [], []
    ocr_dir = os.path.join(SRC, 'ocr'); os.makedirs(ocr_dir, exist_ok=True)
    order = duplex_order(n)
    for k, pn in enumerate(order):
        out = os.path.join(tmp, f's{k}.jpg')
        if pn > n:   # blank back: paper tone, a little show-through noise
            run(['convert', '-size', '1700x2200', 'xc:gray94', '-attenuate', '0.3', '+noise', 'Gaussian', '-blur', '0x1', '-quality', '60', out])
        else:
            src = os.path.join(tmp, pages[pn - 1])
            ang = rnd.uniform(-0.8, 0.8)
            run(['convert', src, '-background', 'gray96', '-rotate', f'{ang:.2f}', '-gravity', 'center', '-extent', '1700x2200',
                 '-attenuate', '0.15', '+noise', 'Gaussian', '-blur', '0x0.4', '+level', '4%,96%', '-quality', '62', out])
        jpgs.append(out)
        r = subprocess.run(['tesseract', out, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True)
        text.append(r.stdout)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    open(os.path.join(ocr_dir, stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(text))
    a['_scan_order'] = order


# ------------------------------------------------------------------ AE5: thousands with dots / spaces, ranges (alebrijes)
def ae5(a):
    b = [P(R('Espacio de Participación', sz=20, color='C0392B'), after=0),
         P(R(a['body'], b=True, sz=30, color='1F3A5F'), after=60),
         P(R(f'Minuta de la {ORD[a["number"]].lower()} sesión ordinaria', i=True, sz=24), after=240)]
    b += data_lines(a)
    b.append(P(R('Asistencia', b=True, sz=24, color='1F3A5F'), before=200))
    b.append(att_table(a))
    b.append(P(R('Seguimiento de estrategias y metas', b=True, sz=24, color='1F3A5F'), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        for g in st['goals']:
            b += goal_block(g)
        b += feedback_paras(a, st)
    b.append(P(R('Acuerdos', b=True, sz=24, color='1F3A5F'), before=200))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200))
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Sans', size=20)


def ae5_pdf(a):
    tmp = tempfile.mkdtemp(prefix='blind-ae-gs-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-dPDFSETTINGS=/ebook',
         f'-sOutputFile={os.path.join(OUT, a["stem"] + ".pdf")}', os.path.join(tmp, a['stem'] + '.pdf')])


# ------------------------------------------------------------------ AE6: report table pasted as a picture (trolebus)
IMG_CT = '<Default Extension="png" ContentType="image/png"/>'


def ae6_sheet_html(a):
    e = H.escape
    rows = []
    for st in a['strategies']:
        for g in st['goals']:
            rows.append((g['id'], rep_str(g), 'Con informe' if g['report'] else 'Sin informe'))
    o = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff;font-family:Calibri,Carlito,sans-serif;font-size:14px}'
         'table{border-collapse:collapse}td{border:1px solid #d4d4d4;padding:2px 5px;height:22px;white-space:nowrap}'
         '.hd{background:#e6e6e6;color:#444;text-align:center;font-size:12px}.rn{background:#e6e6e6;color:#444;text-align:center;width:28px;font-size:12px}'
         '.th{background:#1f4e78;color:#fff;font-weight:bold}</style></head><body><table>'
         '<tr><td class="hd"></td><td class="hd">A</td><td class="hd">B</td><td class="hd">C</td></tr>'
         '<tr><td class="rn">1</td><td class="th">Meta</td><td class="th">Informe del periodo</td><td class="th">Situación</td></tr>']
    for k, (gid, rep, sit) in enumerate(rows, 2):
        o.append(f'<tr><td class="rn">{k}</td><td>{e(gid)}</td><td>{e(rep)}</td><td>{e(sit)}</td></tr>')
    o.append('</table></body></html>')
    return ''.join(o), len(rows)


def ae6(a):
    stem = a['stem']
    html, nrows = ae6_sheet_html(a)
    png = os.path.join(SRC, 'img', stem + '.png')
    os.makedirs(os.path.dirname(png), exist_ok=True)
    W, Hh = 1280, 40 * (nrows + 2) + 200
    chromium(html, stem + '.sheet', png=png, size=(W, Hh))
    run(['convert', png, '-trim', '+repage', '-bordercolor', 'white', '-border', '2', png])
    ident = subprocess.run(['identify', '-format', '%w %h', png], capture_output=True, text=True).stdout.split()
    pw, ph = int(ident[0]), int(ident[1])
    # the reader's reading of the picture: Tesseract on the pasted PNG (src/ocr/<stem>.img.txt)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    r = subprocess.run(['tesseract', png, '-', '-l', 'spa', '--psm', '6'], capture_output=True, text=True)
    open(os.path.join(SRC, 'ocr', stem + '.img.txt'), 'w', encoding='utf-8').write(r.stdout)
    cx = 6400000; cy = int(cx * ph / pw)
    pic = (f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Imagen 1"/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
           '<pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
           f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
           '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    b = [P(R('SERVICIO DE TRANSPORTES ELÉCTRICOS DE LA CIUDAD DE MÉXICO', b=True, sz=18, color='006341'), align='center', after=0),
         P(R(f'Minuta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria del Espacio de Participación', b=True, sz=24), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('1. Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a))
    b.append(P(R('2. Estrategias y metas', b=True, sz=22), before=200))
    rows = [[C([P(R(h, b=True, sz=18))], shade='D5E8D4') for h in ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora')]]
    for st in a['strategies']:
        rows.append([C([P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, sz=18))], span=4)])
        for g in st['goals']:
            rows.append([C([P(R(g['id'], sz=18))]), C([P(R(g['text'], sz=18))]), C([P(R(g['indicator'], sz=18))]), C([P(R(g['executor'], sz=18))])])
    b.append(T(rows, [800, 3700, 2800, 2500], header_rows=1))
    b.append(P(R('3. Informes de avance', b=True, sz=22), before=200))
    b.append(P('La Secretaría Ejecutiva presentó la hoja de concentración de informes recibidos, que se inserta a continuación:', align='both'))
    b.append(pic)
    b.append(P(R('Fuente: Concentrado_informes_trolebus.xlsx, hoja "Periodo".', i=True, sz=16)))
    b.append(P(R('4. Retroalimentación y observaciones', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}', b=True), keep=True, before=120))
        b += feedback_paras(a, st)[0:0] or []
        se, ob = se_ob(st)
        b += [P(R(f'SE – Meta {f[2]}: ', b=True), f[0], ind=(360, 0), align='both') for f in se]
        b += [P(R(f'{f[4]} ({inst_of(a, f[4])}): ', b=True), f[0], ind=(360, 0), align='both') for f in ob]
    b.append(P(R('5. Acuerdos', b=True, sz=22), before=200))
    b += agreements_typed(a)
    b.append(P(closing(a), before=200))
    path = os.path.join(OUT, stem + '.docx')
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=20,
          extra_rels=['<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'])
    # add the picture and the png content type
    import zipfile
    tmpz = path + '.tmp'
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmpz, 'w', zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data = zi.read(it.filename)
            if it.filename == '[Content_Types].xml':
                data = data.decode('utf-8').replace('<Default Extension="xml"', IMG_CT + '<Default Extension="xml"').encode('utf-8')
            zo.writestr(it, data)
        zo.write(png, 'word/media/image1.png')
    os.replace(tmpz, path)


DOCX = {'AE1': ae1, 'AE2': ae2, 'AE3': ae3, 'AE4': ae4, 'AE5': ae5, 'AE6': ae6}
PDF = {'AE2': ae2_pdf, 'AE4': ae4_scan, 'AE5': ae5_pdf}


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
        print('built', a['stem'], a.get('_scan_order', ''), flush=True)


if __name__ == '__main__':
    main()
