# -*- coding: utf-8 -*-
"""Render batch Z from content.py: .docx (raw WordprocessingML), .gold.json, then PDFs (LibreOffice; a scanned carbon copy;
a hand-made AcroForm; Chromium for a OneNote-like page; LibreOffice + reviewer annotations added as an incremental update),
then extra formats.  usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, re, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date
import pdfw


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-z'
EXTRA_FORMATS = {
    'blind-z-museos-11-2017-04-25': ['rtf'],
    'blind-z-apicultura-07-2019-03-05': ['odt'],
    'blind-z-trajineras-03-2015-07-14': ['doc'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'DÉCIMA PRIMERA', 12: 'DÉCIMA SEGUNDA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def att(a, name):
    for x in a['attendance']:
        if x[0] == name: return x
    raise KeyError(name)


def hm(t):  # '09:00' -> '9:00' as typed
    return t[1:] if t.startswith('0') else t


def goal_of(st, gid):
    return [g for g in st['goals'] if g['id'] == gid][0]


def docx_write(a, body, font='Arial', size=20, header='', footer='', **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body + D.sect(header=bool(header), footer=bool(footer)),
            header_xml=header, footer_xml=footer, font=font, size=size, **kw)


# ------------------------------------------------------------------ Z1: the intervention log (Hora | Participante | Intervención)
def z1(a):
    SEa = a['attendance'][-1]
    who = lambda x: f'{x[0]} ({x[2]})'
    body = [P(R('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True), align='center'),
            P(R('Espacio de Participación: ' + a['body'], b=True), align='center'),
            P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=24), align='center', after=200),
            T([[C(P(R('Fecha', b=True)), w=2200), C(long_date(a['date']), w=7400)],
               [C(P(R('Horario', b=True))), C(f'{a["start"]} a {a["end"]} horas')],
               [C(P(R('Lugar', b=True))), C(a['place'])],
               [C(P(R('Coordinación', b=True))), C(f'{a["coordinator"][0]}, {a["coordinator"][1]}')]], [2200, 7400]),
            P(R('I. PERSONAS ASISTENTES', b=True)),
            T([[C(P(R(h, b=True)), shade='D9D9D9') for h in ('Nombre', 'Institución u organización', 'Sector')]] +
              [[C(x[0]), C(x[2]), C(SECTOR_WORD[x[4]])] for x in a['attendance']], [2900, 4700, 2000], header_rows=1),
            P(R('II. REGISTRO DE INTERVENCIONES', b=True))]
    h, m = map(int, a['start'].split(':'))
    rows = []
    def row(who_, paras, step=5):
        nonlocal h, m
        rows.append([C(f'{h:02d}:{m:02d}', w=900), C(who_, w=2800), C([P(x) for x in paras], w=5900)])
        m += step; h += m // 60; m %= 60
    row(f'{a["coordinator"][0]} (Coordinación)', ['Da la bienvenida, verifica el quórum y somete a consideración el orden del día, que se aprueba por unanimidad.'])
    for st in a['strategies']:
        paras = [f'Presenta la Estrategia {st["number"]}: {st["title"]}.']
        for g in st['goals']:
            paras.append(f'Meta {g["id"]}. {g["text"]}. Indicador: {g["indicator"]}. Instancia responsable: {g["executor"]}.')
        row(who(SEa), paras)
        for g in st['goals']:
            resp = [x for x in a['attendance'] if x[3] == g['executor_key']]
            if g['report']:
                row(who(resp[0]), [f'Informa sobre la meta {g["id"]}: {g["report"][0]}'], 10)
            else:
                row(who(SEa), [f'Sobre la meta {g["id"]}: {g["status"]}'], 2)
        for t, sec, gid, _l, sp in st['feedback']:
            if sp == 'SE':
                row(who(SEa), [f'Retroalimentación a la meta {gid}: {t}'], 4)
            else:
                row(who(att(a, sp)), [f'Observación sobre la meta {gid}: {t}'], 4)
    row(f'{a["coordinator"][0]} (Coordinación)', ['Se toman los siguientes acuerdos:'] + [f'{k}. {ag["text"]}' for k, ag in enumerate(a['agreements'], 1)])
    row(f'{a["coordinator"][0]} (Coordinación)', ['No habiendo más asuntos que tratar, se da por concluida la sesión.'])
    body.append(T([[C(P(R(x, b=True)), shade='D9D9D9') for x in ('Hora', 'Participante', 'Intervención')]] + rows, [900, 2800, 5900], header_rows=1))
    body += [P(''), P(R(a['coordinator'][0], b=True), align='center'), P(a['coordinator'][1], align='center')]
    docx_write(a, ''.join(body), footer=P(R('Acta de sesión — Espacio de Participación', sz=16), align='right'))


# ------------------------------------------------------------------ Z2: order of the day; each point a section
def z2(a):
    N = a['number']
    pts = ['Lista de asistencia y verificación de quórum', 'Lectura y aprobación del acta de la sesión anterior'] + \
          [f'Revisión de la Estrategia {st["number"]}' for st in a['strategies']] + ['Acuerdos y asuntos generales']
    body = [P(R('Espacio de Participación', sz=28, color='1F4E79'), align='left'),
            P(R(a['body'], b=True, sz=26, color='1F4E79')),
            P(R(f'Acta de la {ORD[N].capitalize() if " " not in ORD[N] else ORD[N].title()} Sesión Ordinaria', sz=24)),
            P(R('Fecha: ', b=True), long_date(a['date'])),
            P(R('Hora de inicio: ', b=True), a['start'], R('\tHora de término: ', b=True), a['end'], tabs=[4500]),
            P(R('Lugar: ', b=True), a['place']),
            P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'),
            P(R('ORDEN DEL DÍA', b=True), before=200)]
    body += [P(f'{k}. {t}', ind=(720, 360)) for k, t in enumerate(pts, 1)]
    body.append(P(R(f'Punto 1. {pts[0]}', b=True, color='1F4E79'), before=240))
    body.append(P(f'Se registró la asistencia de las siguientes personas y se declaró el quórum:'))
    body.append(T([[C(P(R(h, b=True)), shade='DEEAF6') for h in ('Nombre', 'Cargo', 'Institución', 'Sector')]] +
                  [[C(x[0]), C(x[5]), C(x[2]), C(SECTOR_WORD[x[4]])] for x in a['attendance']], [2500, 2300, 3300, 1500], header_rows=1))
    body.append(P(R(f'Punto 2. {pts[1]}', b=True, color='1F4E79'), before=240))
    body.append(P(f'Se aprobó sin cambios el acta de la {ORD[N - 1].lower()} sesión ordinaria.'))
    for k, st in enumerate(a['strategies'], 3):
        body.append(P(R(f'Punto {k}. Revisión de la Estrategia {st["number"]}: {st["title"]}', b=True, color='1F4E79'), before=240))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]}. ', b=True), g['text']))
            body.append(P(R('Indicador: ', i=True), g['indicator'], ind=(360, 0)))
            body.append(P(R('Responsable: ', i=True), g['executor'], ind=(360, 0)))
            body.append(P(R('Informe presentado: ', i=True), g['report'][0] if g['report'] else g['status'], ind=(360, 0)))
        body.append(P(R('Comentarios:', u=True)))
        for t, sec, gid, _l, sp in st['feedback']:
            if sp == 'SE': lead = f'La Secretaría Ejecutiva señaló (meta {gid}): '
            else:
                x = att(a, sp); lead = f'{sp}, de {x[2]}, observó (meta {gid}): '
            body.append(P(lead + t, ind=(360, 0)))
    body.append(P(R(f'Punto {len(pts)}. {pts[-1]}', b=True, color='1F4E79'), before=240))
    body.append(P('Se tomaron los siguientes acuerdos:'))
    body += [P(R(f'Acuerdo {N}/{k}. ', b=True), ag['text']) for k, ag in enumerate(a['agreements'], 1)]
    body.append(P('En asuntos generales no se registraron intervenciones. Se levanta la sesión a la hora indicada.'))
    body += [P(''), P(a['coordinator'][0], align='center'), P(a['coordinator'][1], align='center')]
    docx_write(a, ''.join(body), font='Calibri', size=22)


# ------------------------------------------------------------------ Z3: typed (typewriter) acta; the PDF is the scanned carbon copy
def z3_paras(a):
    out = [('c', f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA'), ('c', 'ESPACIO DE PARTICIPACIÓN'), ('c', a['body']), ('', ''),
           ('', f'Fecha: {long_date(a["date"])}'), ('', f'Hora: {hm(a["start"])} a {hm(a["end"])} horas'),
           ('', f'Lugar: {a["place"]}'), ('', f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}'), ('', ''),
           ('b', 'ASISTENTES:')]
    out += [('', f'{k}. {x[0]} - {x[2]} - {SECTOR_WORD[x[4]]}') for k, x in enumerate(a['attendance'], 1)]
    out += [('', ''), ('b', 'SEGUIMIENTO DE ESTRATEGIAS Y METAS:')]
    for st in a['strategies']:
        out += [('', ''), ('b', f'ESTRATEGIA {st["number"]}. {st["title"]}')]
        for g in st['goals']:
            out += [('', f'Meta {g["id"]}. {g["text"]}'), ('i', f'Indicador: {g["indicator"]}'), ('i', f'Responsable: {g["executor"]}'),
                    ('i', f'Informe: {g["report"][0] if g["report"] else g["status"]}')]
        out.append(('', 'Retroalimentación y observaciones:'))
        for t, sec, gid, _l, sp in st['feedback']:
            out.append(('i', f'- {"SE" if sp == "SE" else sp} ({gid}): {t}'))
    out += [('', ''), ('b', 'ACUERDOS:')] + [('', f'{k}. {ag["text"]}') for k, ag in enumerate(a['agreements'], 1)]
    out += [('', ''), ('', 'Se cierra la presente acta en el lugar y fecha señalados.'), ('', ''), ('c', a['coordinator'][0]), ('c', a['coordinator'][1].upper()),
            ('', ''), ('', 'c.c.p. Archivo del Espacio de Participación')]
    return out


def z3(a):
    body = ''
    for kind, t in z3_paras(a):
        if not t: body += EMPTY; continue
        if kind == 'c': body += P(t, align='center', after=0)
        elif kind == 'i': body += P(t, ind=(567, 283), after=0)
        else: body += P(t, ind=(283, 283) if re.match(r'^\d\. ', t) else None, after=0)
    docx_write(a, body, font='Courier New', size=21)


def z3_scan(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-z-cc-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    dpi = 200
    run(['pdftoppm', '-r', str(dpi), '-gray', '-png', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.png'))
    rnd = random.Random(stem)
    jpgs, txt = [], []
    for pi, f in enumerate(pages):
        src = os.path.join(tmp, f); out = os.path.join(tmp, f'{pi}.jpg')
        # carbon copy: strokes spread (blur + threshold softening), violet-blue carbon, low contrast on thin yellowish copy paper,
        # carbon smudges from the hand that held the sheet, a faint fold line; scanned in colour
        sm = ' '.join(f'-fill "rgba(70,60,120,0.10)" -draw "ellipse {rnd.randint(80, 1600)},{rnd.randint(80, 2100)} {rnd.randint(40, 140)},{rnd.randint(20, 80)} 0,360"' for _ in range(5))
        cmd = (f'convert {src} -morphology Erode Disk:1 -blur 0x1.1 -level 0%,100%,0.9 '
               f'+level 18%,78% -colorspace sRGB -fill "rgb(72,62,150)" -tint 100 '
               f'\\( +clone -fill "rgb(236,232,214)" -colorize 100 \\) -compose Multiply -composite '
               f'-compose Multiply +level-colors "rgb(60,50,135)","rgb(238,234,218)" {sm} '
               f'-stroke "rgba(120,110,100,0.25)" -strokewidth 3 -draw "line 0,{1100 + rnd.randint(-30, 30)} 1700,{1100 + rnd.randint(-30, 30)}" '
               f'-rotate {rnd.uniform(-1.0, 1.0):.2f} +repage -attenuate 0.6 +noise Gaussian -quality 70 -density {dpi} -units PixelsPerInch {out}')
        subprocess.run(cmd, shell=True, check=True)
        jpgs.append(out)
    run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    for j in jpgs:
        up = j[:-4] + '-ocr.png'
        run(['convert', j, '-channel', 'R', '-separate', '-auto-level', '-colorspace', 'Gray', '-resize', '150%', up])  # the red channel: violet carbon is dark in it, the paper light
        txt.append(subprocess.run(['tesseract', up, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ Z4: a fillable PDF form (AcroForm) filled in by the secretary
def z4_items(a):
    """the form, as (section, [(label, value, kind)]) — shared by the PDF form and its Word version"""
    secs = [('I. DATOS DE LA SESIÓN', [('Espacio de Participación', a['body'], 'tx'), ('Número de sesión', str(a['number']), 'tx'),
                                        ('Tipo de sesión', 'Sesión ordinaria', 'ch'), ('Fecha (dd/mm/aaaa)', f'{a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]}', 'tx'),
                                        ('Hora de inicio', a['start'], 'tx'), ('Hora de término', a['end'], 'tx'),
                                        ('Sede o modalidad', a['place'], 'tx'), ('Coordinación', a['coordinator'][0], 'tx'),
                                        ('Cargo de quien coordina', a['coordinator'][1], 'tx')])]
    blocks = []
    for st in a['strategies']:
        for g in st['goals']:
            se = [t for t, s, gid, _l, sp in st['feedback'] if gid == g['id'] and sp == 'SE']
            ob = [f'{sp}: {t}' for t, s, gid, _l, sp in st['feedback'] if gid == g['id'] and sp != 'SE']
            blocks.append((f'Meta {g["id"]}', [('Estrategia', str(st['number']), 'tx'), ('Título de la estrategia', st['title'], 'tx'),
                                                ('Meta', g['id'], 'tx'), ('Descripción de la meta', g['text'], 'tx'),
                                                ('Indicador', g['indicator'], 'tx'), ('Instancia responsable', g['executor'], 'tx'),
                                                ('¿Presentó informe?', bool(g['report']), 'ck'),
                                                ('Informe', g['report'][0] if g['report'] else g['status'], 'tx'),
                                                ('Retroalimentación de la Secretaría Ejecutiva', '\n'.join(se), 'tx'),
                                                ('Observaciones de las personas participantes', '\n'.join(ob), 'tx')]))
    return secs, blocks


def z4(a):
    secs, blocks = z4_items(a)
    lab = lambda t: C(P(R(t, b=True, sz=16)), shade='E7E6E6')
    body = [P(R('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True), align='center', after=0),
            P(R('Formato SE-EP-03. Acta de sesión del Espacio de Participación', b=True), align='center'),
            P(R('Llene los campos en pantalla; no modifique las etiquetas.', i=True, sz=16), align='center')]
    body.append(P(R(secs[0][0], b=True)))
    body.append(T([[lab(l), C(v)] for l, v, k in secs[0][1]], [3000, 6600]))
    body.append(P(R('II. ASISTENCIA', b=True)))
    rows = [[lab('No.'), lab('Nombre'), lab('Institución u organización'), lab('Sector')]]
    for k in range(9):
        x = a['attendance'][k] if k < len(a['attendance']) else None
        rows.append([C(str(k + 1)), C(x[0] if x else ''), C(x[2] if x else ''), C(SECTOR_WORD[x[4]] if x else '')])
    body.append(T(rows, [600, 2800, 4400, 1800]))
    body.append(P(R('III. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True)))
    for title, items in blocks:
        rows = []
        for l, v, k in items:
            if k == 'ck': v = ('☒ Sí   ☐ No' if v else '☐ Sí   ☒ No')
            rows.append([lab(l), C([P(x) for x in v.split('\n')] if v else [P('')])])
        body.append(T(rows, [3000, 6600]))
    body.append(P(R('IV. ACUERDOS', b=True)))
    body.append(T([[lab(f'Acuerdo {k}'), C(ag['text'])] for k, ag in enumerate(a['agreements'], 1)], [3000, 6600]))
    body.append(P(R('V. ELABORÓ', b=True)))
    body.append(T([[lab('Nombre'), C(a['attendance'][-1][0] if a['attendance'][-1][4] == SE else '')]], [3000, 6600]))
    docx_write(a, ''.join(body), font='Arial', size=18)


def z4_pdf(a):
    secs, blocks = z4_items(a)
    d = pdfw.Doc()
    F1 = d.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    F2 = d.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    ZD = d.add('<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>')
    pages_n = d.reserve()
    W, Hh, M = 612, 792, 40
    pages = []  # (content ops, annots)
    state = {'ops': [], 'ann': [], 'y': Hh - M}
    fields = []
    def newpage():
        if state['ops'] or state['ann']: pages.append((state['ops'], state['ann']))
        state['ops'] = []; state['ann'] = []; state['y'] = Hh - M
        n = len(pages) + 1
        state['ops'].append(f'BT /F1 7 Tf 0.4 g {M} 24 Td {pdfw.lit(f"Formato SE-EP-03 (v. 2020) · Página {n}")} Tj ET 0 g')
    def text(x, y, s, size=9, bold=False):
        state['ops'].append(f'BT /{"F2" if bold else "F1"} {size} Tf {x:.1f} {y:.1f} Td {pdfw.lit(s)} Tj ET')
    def need(h):
        if state['y'] - h < M + 20: newpage()
    fid = [0]
    def field(x, y, w, h, value, kind='tx', size=8, name=None, opts=None):
        fid[0] += 1
        name = name or f'campo{fid[0]}'
        lines = pdfw.wrap(value, w - 4, size) if value else []
        ap = '/Tx BMC q 1 1 ' + f'{w - 2:.1f} {h - 2:.1f} re W n BT /Helv {size} Tf 0 g ' + \
             ''.join(f'2 {h - 2 - size * (k + 1) - k * 1.2:.2f} Td {pdfw.lit(l)} Tj ' if k == 0 else f'0 {-(size + 1.2):.2f} Td {pdfw.lit(l)} Tj ' for k, l in enumerate(lines)) + 'ET Q EMC'
        apn = d.stream(f'/Type /XObject /Subtype /Form /BBox [0 0 {w:.1f} {h:.1f}] /Resources << /Font << /Helv {F1} 0 R >> >>', ap)
        ff = 4096 if h > size * 2 + 4 else 0
        extra = ''
        if kind == 'ch':
            ff = 131072; extra = '/FT /Ch /Opt [' + ' '.join(pdfw.ustr(o) for o in opts) + '] '
        else:
            extra = '/FT /Tx '
        n = d.add(f'<< /Type /Annot /Subtype /Widget {extra}/T {pdfw.ustr(name)} /V {pdfw.ustr(value)} /Ff {ff} /F 4 '
                  f'/Rect [{x:.1f} {y:.1f} {x + w:.1f} {y + h:.1f}] /DA (/Helv {size} Tf 0 g) /MK << /BC [0.55 0.6 0.75] /BG [0.93 0.95 1] >> '
                  f'/AP << /N {apn} 0 R >> >>')
        state['ann'].append(n); fields.append(n)
        state['ops'].append(f'0.55 0.6 0.75 RG 0.5 w {x:.1f} {y:.1f} {w:.1f} {h:.1f} re S 0 G')
    def check(x, y, on, name):
        fid[0] += 1
        yes = d.stream('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /ZaDb %d 0 R >> >>' % ZD, 'q BT /ZaDb 9 Tf 0 g 1.2 1.6 Td (4) Tj ET Q')
        off = d.stream('/Type /XObject /Subtype /Form /BBox [0 0 10 10]', '')
        n = d.add(f'<< /Type /Annot /Subtype /Widget /FT /Btn /T {pdfw.ustr(name)} /V /{"Yes" if on else "Off"} /AS /{"Yes" if on else "Off"} /F 4 '
                  f'/Rect [{x:.1f} {y:.1f} {x + 10:.1f} {y + 10:.1f}] /MK << /CA (4) /BC [0 0 0] >> /DA (/ZaDb 0 Tf 0 g) /AP << /N << /Yes {yes} 0 R /Off {off} 0 R >> >> >>')
        state['ann'].append(n); fields.append(n)
        state['ops'].append(f'0.5 w {x:.1f} {y:.1f} 10 10 re S')
    def labelled(label, value, kind='tx', name=None, LW=150, size=8, opts=None):
        w = W - 2 * M - LW
        lines = max(1, len(pdfw.wrap(value, w - 4, size))) if value else 1
        h = max(14, lines * (size + 1.2) + 5)
        llines = pdfw.wrap(label, LW - 6, 8, True)
        h = max(h, len(llines) * 9.5 + 4)
        need(h + 3)
        y = state['y'] - h
        for k, l in enumerate(llines): text(M, state['y'] - 10 - k * 9.5, l, 8, True)
        field(M + LW, y, w, h, value, kind, size, name, opts)
        state['y'] = y - 3
    def heading(t):
        need(40)
        state['y'] -= 10
        state['ops'].append(f'0.85 0.87 0.93 rg {M} {state["y"] - 4:.1f} {W - 2 * M} 15 re f 0 g')
        text(M + 4, state['y'], t, 10, True); state['y'] -= 18
    newpage()
    text(M, state['y'] - 10, 'PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', 11, True)
    text(M, state['y'] - 24, 'Secretaría Ejecutiva · Formato SE-EP-03. Acta de sesión del Espacio de Participación', 9)
    text(M, state['y'] - 36, 'Llene los campos en pantalla; no modifique las etiquetas. Guarde el archivo con los datos y envíelo por correo.', 7)
    state['y'] -= 46
    heading(secs[0][0])
    for l, v, k in secs[0][1]:
        labelled(l, v, k, opts=['Sesión ordinaria', 'Sesión extraordinaria', 'Reunión de trabajo'] if k == 'ch' else None)
    heading('II. ASISTENCIA')
    cols = [(M, 22, 'No.'), (M + 22, 140, 'Nombre'), (M + 162, 250, 'Institución u organización'), (M + 412, W - M - (M + 412), 'Sector')]
    for x, w, t in cols: text(x + 2, state['y'] - 9, t, 8, True)
    state['y'] -= 13
    for k in range(9):
        x_ = a['attendance'][k] if k < len(a['attendance']) else None
        need(22); y = state['y'] - 20
        text(M + 6, y + 7, str(k + 1), 8)
        field(M + 22, y, 140, 20, x_[0] if x_ else '', 'tx', 7.5, f'asistente{k + 1}_nombre')
        field(M + 162, y, 250, 20, x_[2] if x_ else '', 'tx', 7, f'asistente{k + 1}_institucion')
        field(M + 412, y, W - M - (M + 412), 20, SECTOR_WORD[x_[4]] if x_ else '', 'ch', 7.5, f'asistente{k + 1}_sector', list(SECTOR_WORD.values()))
        state['y'] = y - 2
    heading('III. SEGUIMIENTO DE ESTRATEGIAS Y METAS')
    for bi, (title, items) in enumerate(blocks):
        need(120)
        text(M, state['y'] - 9, f'Bloque {bi + 1}', 8, True); state['y'] -= 13
        for l, v, k in items:
            if k == 'ck':
                need(16); y = state['y'] - 12
                text(M, y + 2, l, 8, True)
                check(M + 150, y, v, f'meta{bi + 1}_informe_si'); text(M + 163, y + 2, 'Sí', 8)
                check(M + 190, y, not v, f'meta{bi + 1}_informe_no'); text(M + 203, y + 2, 'No', 8)
                state['y'] = y - 4
            else:
                labelled(l, v, k, f'meta{bi + 1}_{re.sub(r"[^a-z]", "", l.lower())[:14]}')
        state['y'] -= 6
    heading('IV. ACUERDOS')
    for k, ag in enumerate(a['agreements'], 1): labelled(f'Acuerdo {k}', ag['text'], name=f'acuerdo{k}')
    heading('V. ELABORÓ')
    labelled('Nombre', a['attendance'][-1][0] if a['attendance'][-1][4] == SE else '', name='elaboro')
    pages.append((state['ops'], state['ann']))
    kids = []
    for ops, ann in pages:
        c = d.stream('', '\n'.join(ops))
        kids.append(d.add(f'<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 {W} {Hh}] /Resources << /Font << /F1 {F1} 0 R /F2 {F2} 0 R /ZaDb {ZD} 0 R >> >> '
                          f'/Contents {c} 0 R /Annots [{" ".join(f"{n} 0 R" for n in ann)}] >>'))
    d.add(f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>', pages_n)
    root = d.add(f'<< /Type /Catalog /Pages {pages_n} 0 R /AcroForm << /Fields [{" ".join(f"{n} 0 R" for n in fields)}] '
                 f'/DA (/Helv 8 Tf 0 g) /DR << /Font << /Helv {F1} 0 R /ZaDb {ZD} 0 R >> >> >> >>')
    info = d.add(f'<< /Title {pdfw.ustr("Formato SE-EP-03 Acta de sesión")} /Producer {pdfw.ustr("Adobe Acrobat Pro DC 21.1.20145")} '
                 f'/Creator {pdfw.ustr("Adobe Acrobat Pro DC 21.1.20145")} /ModDate (D:{a["date"].replace("-", "")}160512-06\'00\') >>')
    d.write(os.path.join(OUT, a['stem'] + '.pdf'), root, info)


# ------------------------------------------------------------------ Z5: a OneNote-like page (note containers on a wide page), printed by Chromium
Z5_SECTOR = {IE: 'IE', SC: 'OSC', OT: 'Academia', SE: 'SE'}


def z5_containers(a):
    """[(x, y, w, title, [(level, kind, text)])]; kind '' plain, 'b' bullet, 'ck' ticked box, 'todo' open to-do, 'flag' tag Pendiente"""
    N = a['number']
    data = (40, 120, 560, 'Datos de la sesión', [(0, '', f'Espacio de Participación: {a["body"]}'), (0, '', f'{ORD[N].capitalize()} sesión ordinaria'),
                                                  (0, '', f'Horario: {a["start"]} – {a["end"]}'), (0, '', f'Lugar: {a["place"]}'),
                                                  (0, '', f'Coordinación: {a["coordinator"][0]} ({a["coordinator"][1]})')])
    asis = (640, 120, 560, 'Asistencia (pase de lista)', [(0, 'ck', f'{x[0]} – {x[2]} ({Z5_SECTOR[x[4]]})') for x in a['attendance']] +
            [(0, '', 'IE: instancia ejecutora · OSC: organización de la sociedad civil · SE: Secretaría Ejecutiva')])
    conts = [data, asis]
    for k, st in enumerate(a['strategies']):
        items = []
        for g in st['goals']:
            items.append((0, 'b', f'Meta {g["id"]} – {g["text"]}'))
            items += [(1, 'b', f'Indicador: {g["indicator"]}'), (1, 'b', f'Responsable: {g["executor"]}')]
            items.append((1, 'b', f'Informe: {g["report"][0]}') if g['report'] else (1, 'flag', g['status']))
        items.append((0, 'b', 'Comentarios'))
        for t, sec, gid, _l, sp in st['feedback']:
            items.append((1, 'b', f'{"SE" if sp == "SE" else sp} ({gid}): {t}'))
        conts.append((40 + 600 * k, 420, 570, f'Estrategia {st["number"]} – {st["title"]}', items))
    conts.append((40, 900, 1160, 'Acuerdos', [(0, 'todo', ag['text']) for ag in a['agreements']]))
    return conts


def z5(a):
    body = [P(R(f'Acta {a["number"]}a sesión ordinaria – EP Canales', sz=40)), P(R(long_date(a['date']).replace(' ', ', ', 1) + '\t9:48', sz=18, color='767676'), tabs=[3000])]
    for x, y, w, title, items in z5_containers(a):
        body.append(P(R(title, b=True), before=200))
        for lvl, kind, t in items:
            pre = {'ck': '☑ ', 'todo': '☐ ', 'flag': '⚑ '}.get(kind, '')
            if kind == 'b': body.append(P(t, num=(1, lvl), after=40))
            else: body.append(P(pre + t, ind=(360 * (lvl + 1), 0) if pre else None, after=40))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(header=False, footer=False), font='Calibri', size=22,
            numdefs=[(1, [('bullet', '•', 720), ('bullet', '◦', 1080)])])


def z5_pdf(a):
    e = H.escape
    css = ('@page{size:1240px 1100px;margin:0}body{font-family:Calibri,Carlito,sans-serif;font-size:11pt;margin:0;position:relative;width:1240px;height:1100px}'
           '.t{position:absolute;left:40px;top:24px;font-size:20pt;border-bottom:1px solid #bbb;width:700px}'
           '.d{position:absolute;left:40px;top:72px;color:#767676;font-size:9pt}.d span{margin-left:40px}'
           '.c{position:absolute;border:1px solid transparent}.c:first-line{}.h{font-weight:bold;margin-bottom:4px}'
           '.i{margin:2px 0;padding-left:calc(var(--l)*22px + 18px);text-indent:-18px}.tag{display:inline-block;width:18px}'
           '.flag{background:#fff2a8;padding:0 3px}.coll{position:absolute;left:1000px;top:24px;color:#555;font-size:9pt}')
    out = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(a["stem"])}</title><style>{css}</style></head><body>',
           f'<div class="t">Acta {a["number"]}a sesión ordinaria – EP Canales</div>',
           f'<div class="d">{e(long_date(a["date"]).replace(" ", ", ", 1))}<span>9:48</span></div>',
           '<div class="coll">⊞ Orden del día (borrador)</div>']
    for x, y, w, title, items in z5_containers(a):
        out.append(f'<div class="c" style="left:{x}px;top:{y}px;width:{w}px"><div class="h">{e(title)}</div>')
        for lvl, kind, t in items:
            tag = {'ck': '☑', 'todo': '☐', 'flag': '⚑', 'b': '•' if lvl == 0 else '◦'}.get(kind, '')
            cls = ' flag' if kind == 'flag' else ''
            out.append(f'<div class="i" style="--l:{lvl}"><span class="tag">{tag}</span><span class="{cls.strip()}">{e(t)}</span></div>')
        out.append('</div>')
    out.append('</body></html>')
    tmp = tempfile.mkdtemp(prefix='blind-z-on-')
    hp = os.path.join(tmp, a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write('\n'.join(out))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ Z6: typed acta; in the PDF the feedback exists only as a reviewer's annotations
def z6(a, with_feedback=True, path=None):
    body = [P(R('ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0),
            P(R(a['body'], b=True), align='center', after=0),
            P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center', after=240),
            P(f'En la Ciudad de México, Distrito Federal, el {long_date(a["date"])}, de las {a["start"]} a las {a["end"]} horas, en la {a["place"]}, '
              f'se reunieron las personas integrantes del Espacio de Participación que se enumeran a continuación. Coordinó la sesión {a["coordinator"][0]}, {a["coordinator"][1]}.', align='both'),
            P(R('1. Asistencia', b=True), before=120),
            T([[C(P(R(h, b=True))) for h in ('Nombre', 'Institución u organización', 'Sector')]] +
              [[C(x[0]), C(x[2]), C(SECTOR_WORD[x[4]])] for x in a['attendance']], [2400, 3600, 1600]),
            P(R('2. Seguimiento de estrategias y metas', b=True), before=120)]
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, i=True), before=120))
        for g in st['goals']:
            body += [P(R(f'Meta {g["id"]}. ', b=True), g['text'] + '.', after=0), P(f'Indicador: {g["indicator"]}.', ind=(284, 0), after=0),
                     P(f'Responsable: {g["executor"]}.', ind=(284, 0), after=0),
                     P(f'Informe: {g["report"][0] if g["report"] else g["status"]}', ind=(284, 0), align='both')]
            if with_feedback:
                for t, sec, gid, _l, sp in st['feedback']:
                    if gid != g['id']: continue
                    lead = f'Retroalimentación de la Secretaría Ejecutiva (meta {gid}): ' if sp == 'SE' else f'Observación de {sp} (meta {gid}): '
                    body.append(P(R(lead, i=True), t, ind=(284, 0), align='both'))
    body.append(P(R('3. Acuerdos', b=True), before=120))
    body += [P(f'{k}. {ag["text"]}', ind=(284, 284), align='both') for k, ag in enumerate(a['agreements'], 1)]
    body += [P(''), P(a['coordinator'][0], align='center', after=0), P(a['coordinator'][1], align='center')]
    sect = D.sect(header=False, footer=True).replace('w:right="1134"', 'w:right="3400"')
    D.write(path or os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + sect, font='Times New Roman', size=22,
            footer_xml=P(R('Versión para revisión de la Secretaría Ejecutiva', sz=16, i=True), align='left'))


def bbox_lines(pdf):
    """[(page, text, x0, y0top, x1)] per line from pdftotext -bbox-layout"""
    x = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    out = []
    for pi, pg in enumerate(re.findall(r'<page .*?</page>', x, re.S)):
        for ln in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', pg, re.S):
            words = re.findall(r'>([^<]*)</word>', ln[4])
            out.append((pi, H.unescape(' '.join(words)), float(ln[0]), float(ln[1]), float(ln[2])))
    return out


def z6_pdf(a):
    tmp = tempfile.mkdtemp(prefix='blind-z-an-')
    dx = os.path.join(tmp, a['stem'] + '.docx')
    z6(a, with_feedback=False, path=dx)
    lo_convert(dx, 'pdf', tmp)
    pdf = os.path.join(OUT, a['stem'] + '.pdf')
    shutil.copy(os.path.join(tmp, a['stem'] + '.pdf'), pdf)
    lines = bbox_lines(pdf)
    PH = 792
    ann = {}; bottom = {}
    stamp = a['date'].replace('-', '')
    for st in a['strategies']:
        for t, sec, gid, _l, sp in st['feedback']:
            pi, _t, x0, ytop, x1 = [l for l in lines if l[1].startswith(f'Meta {gid}.')][0]
            y = max(ytop, bottom.get(pi, 0) + 6)
            if sp == 'SE':
                s = f'SE, meta {gid}: {t}'
                w = 150; size = 7.5
                wl = pdfw.wrap(s, w - 6, size)
                h = len(wl) * (size + 1.5) + 6
                if y + h > PH - 40: y = PH - 40 - h
                X0, X1, Ytop = 612 - 170, 612 - 20, PH - y
                ap = 'q 1 1 0.8 rg 0.8 0 0 RG 0.8 w 0.4 0.4 ' + f'{w - 0.8:.1f} {h - 0.8:.1f} re B BT /Helv {size} Tf 0.75 0 0 rg ' + \
                     ''.join((f'3 {h - 3 - size:.2f} Td ' if k == 0 else f'0 {-(size + 1.5):.2f} Td ') + pdfw.lit(l) + ' Tj ' for k, l in enumerate(wl)) + 'ET Q'
                import zlib
                z = zlib.compress(ap.encode('latin-1'))
                # the appearance stream goes in as an object of its own: written inline below as a separate annotation dict would not hold a stream,
                # so FreeText gets /AP from a stream object added first (see APS)
                ann.setdefault(pi, []).append(('FT', s, X0, Ytop - h, X1, Ytop, ap, sp))
                bottom[pi] = y + h
            else:
                Ytop = PH - y
                ann.setdefault(pi, []).append(('TX', t, 612 - 40, Ytop - 18, 612 - 22, Ytop, None, sp))
                bottom[pi] = y + 20
    # write: streams need objects of their own -> pdfw.incremental_annots takes dictionaries; an appearance stream is passed as 'STREAM:' entries
    page_annots = {}
    for pi, items in ann.items():
        for kind, s, x0, y0, x1, y1, ap, sp in items:
            if kind == 'FT':
                page_annots.setdefault(pi, []).append((f'<< /Type /Annot /Subtype /FreeText /Rect [{x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f}] /Contents {pdfw.ustr(s)} '
                    f'/T {pdfw.ustr("Secretaría Ejecutiva")} /M (D:{stamp}183000-06\'00\') /F 4 /DA (0.75 0 0 rg /Helv 7.5 Tf) /C [1 1 0.8] '
                    f'/IT /FreeText /P {{PAGE}} /AP << /N {{AP}} >> >>', ap, (x1 - x0, y1 - y0)))
            else:
                page_annots.setdefault(pi, []).append((f'<< /Type /Annot /Subtype /Text /Rect [{x0:.1f} {y0:.1f} {x1:.1f} {y1:.1f}] /Contents {pdfw.ustr(s)} '
                    f'/T {pdfw.ustr(sp)} /M (D:{stamp}190500-06\'00\') /F 28 /Name /Comment /C [1 0.82 0] /Open false /P {{PAGE}} /Popup {{POPUP}} >>', None, None))
    pdfw.incremental_annots(pdf, page_annots)
    shutil.rmtree(tmp)


DOCX = {'Z1': z1, 'Z2': z2, 'Z3': z3, 'Z4': z4, 'Z5': z5, 'Z6': z6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('Z1', 'Z2'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'Z3': z3_scan(a)
        elif lay == 'Z4': z4_pdf(a)
        elif lay == 'Z5': z5_pdf(a)
        elif lay == 'Z6': z6_pdf(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
