# -*- coding: utf-8 -*-
"""S6 — a Word minuta from a housing office (2024): one-column head with dotted-leader tabs ("Fecha ……… 22/feb/2024",
"Horario ……… 10:00 a 12:50 hrs."), "9ª Sesión Ordinaria"; the attendance is the **scanned signature sheet pasted as a
picture** (handwritten names, signatures), followed by a typed "Relación de asistentes (transcripción de la hoja de
firmas)" in Word auto-numbering under group lead-ins; the follow-up sits in a **continuous two-column section** (bold
run-in strategy headings, per goal Meta / Indicador / Instancia / Informe lines, "Comentarios:" with the speaker in
bold); back to one column, the **agreements live inside the closing paragraph** as "a) … b) … c) …". Footer "Hoja X de
Y". PDF by LibreOffice."""
import os, random, subprocess, tempfile
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import fb, lo_convert, SRC, IE, SC, SE, OT
from words import MESES

J = 'both'
MES3 = [m[:3] for m in MESES]
GROUPS = [(IE, 'Servidoras y servidores públicos'), (OT, 'Alcaldía'), (SC, 'Organizaciones vecinales y condominales'), (SE, 'Secretaría Ejecutiva')]
IMG_CT = 'image/jpeg'


def dshort(iso):
    return f'{iso[8:]}/{MES3[int(iso[5:7]) - 1]}/{iso[:4]}'


def sect_xml(cols=1, continuous=False, body_level=False):
    s = D.sect(cols=cols)
    if continuous: s = s.replace('<w:pgSz', '<w:type w:val="continuous"/><w:pgSz', 1)
    return s if body_level else f'<w:p><w:pPr>{s}</w:pPr></w:p>'


def signature_sheet(a, path, seed):
    """a photocopied sign-in sheet: grid, printed header, handwritten names and institutions (Z003), squiggle signatures"""
    rnd = random.Random(seed)
    W, rowh, top = 1700, 78, 190
    n = len(a['attendance']) + 3
    Hh = top + rowh * (n + 1) + 60
    cols = [60, 130, 720, 1260, 1640]
    draw = []
    for k in range(n + 2):
        y = top + k * rowh
        draw.append(f'line {cols[0]},{y} {cols[-1]},{y}')
    for x in cols:
        draw.append(f'line {x},{top} {x},{top + (n + 1) * rowh}')
    args = ['convert', '-size', f'{W}x{Hh}', 'xc:white', '-stroke', 'black', '-strokewidth', '2', '-fill', 'none', '-draw', ' '.join(draw), '-stroke', 'none', '-fill', 'black',
            '-font', 'Helvetica-Bold', '-pointsize', '30', '-annotate', '+60+70', 'HOJA DE REGISTRO DE ASISTENCIA',
            '-font', 'Helvetica', '-pointsize', '22', '-annotate', '+60+110', f'Espacio de Participación del {a["body"]}',
            '-annotate', '+60+145', f'{a["ordinal"]} Sesión Ordinaria          Fecha: {dshort(a["date"])}',
            '-font', 'Helvetica-Bold', '-pointsize', '22']
    for x, h in zip(cols, ('No.', 'Nombre', 'Institución / organización', 'Firma')):
        args += ['-annotate', f'+{x + 10}+{top + 50}', h]
    for k, (nm, t, inst, _k, _s, _c) in enumerate(a['attendance'], 1):
        y = top + k * rowh
        args += ['-font', 'Helvetica', '-pointsize', '22', '-annotate', f'+{cols[0] + 20}+{y + 50}', str(k)]
        args += ['-font', 'Z003-MediumItalic', '-pointsize', str(rnd.choice([27, 28, 30])), '-annotate', f'{rnd.choice(["-2x-2", "0x0", "2x2"])}+{cols[1] + 12}+{y + 52}', nm]
        short = inst if len(inst) < 40 else inst[:38].rsplit(' ', 1)[0] + '…'
        args += ['-font', 'Z003-MediumItalic', '-pointsize', '24', '-annotate', f'+{cols[2] + 12}+{y + 52}', short]
        x0 = cols[3] + 30 + rnd.randint(0, 60)
        pts = ' '.join(f'{x0 + j * 28 + rnd.randint(-8, 8)},{y + 40 + rnd.randint(-22, 22)}' for j in range(10))
        args += ['-fill', 'none', '-stroke', 'black', '-strokewidth', '2', '-draw', f'bezier {pts}', '-stroke', 'none', '-fill', 'black']
    for k in range(len(a['attendance']) + 1, n + 1):
        args += ['-font', 'Helvetica', '-pointsize', '22', '-annotate', f'+{cols[0] + 20}+{top + k * rowh + 50}', str(k)]
    args += ['-rotate', str(rnd.choice([-0.6, 0.5, 0.8])), '-background', 'white', '-gravity', 'center', '-extent', f'{W}x{Hh}',
             '-attenuate', '0.5', '+noise', 'Gaussian', '-colorspace', 'Gray', '-level', '8%,92%', '-quality', '60',
             '-units', 'PixelsPerInch', '-density', '200', path]
    subprocess.run(args, check=True)
    return W, Hh


def picture(rid, w_px, h_px, width_in=6.6):
    cx = int(width_in * 914400); cy = int(cx * h_px / w_px)
    return ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Hoja de firmas"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="firmas.jpg"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def lead(k, v):
    return P(R(k, b=True), '\t' + v, after=40, ppr_extra='<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="2600"/></w:tabs>')


def build(a, path, seed):
    tmp = tempfile.mkdtemp(prefix='blind-s-s6-')
    img = os.path.join(tmp, 'firmas.jpg')
    wpx, hpx = signature_sheet(a, img, seed)
    body = []
    body.append(P(R('MINUTA DE TRABAJO', b=True, sz=30, color='1F4E79'), align='center', after=0))
    body.append(P(R(f'{a["ordinal"]} Sesión Ordinaria', b=True, sz=24), align='center', after=0))
    body.append(P(R(f'Espacio de Participación del {a["body"]}', sz=22), align='center', after=240))
    for k, v in (('Fecha', dshort(a['date'])), ('Horario', f'{a["start"]} a {a["end"]} hrs.'), ('Lugar', a['place']),
                 ('Coordinó', f'{a["coordinator"][0]} ({a["coordinator"][1]})')):
        body.append(lead(k, v))
    body.append(P(R('I. Registro de asistencia', b=True, sz=22), before=200, keep=True))
    body.append(P(picture('rIdImg', wpx, hpx), align='center', after=60))
    body.append(P(R('Relación de asistentes (transcripción de la hoja de firmas):', i=True), after=60))
    for s, g in GROUPS:
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        body.append(P(R(g, u=True), after=0, keep=True))
        for n, t, i, _k, _s, c in xs:
            body.append(P(f'{t} {n}, {c}, {i}.', num=(3, 0), after=0))
    body.append(sect_xml(cols=1))
    body.append(P(R('II. Seguimiento de estrategias y metas', b=True, sz=22), before=200))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True, i=True), align=J, before=120, keep=True))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'], align=J, after=0, before=80))
            body.append(P(R('Indicador: ', i=True), g['indicator'], align=J, after=0))
            body.append(P(R('Instancia: ', i=True), g['executor'], align=J, after=0))
            if g['report']:
                body.append(P(R('Informe: ', i=True), ' '.join(g['report']), align=J, after=40))
            else:
                body.append(P(R('Informe: ', i=True), R(g['status'], i=True), align=J, after=40))
            fs = fb(st, g['id'])
            if fs:
                body.append(P(R('Comentarios:', u=True), after=0))
                for f in fs:
                    who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{att[f[4]][0]} ({att[f[4]][2]})'
                    body.append(P(R(who + ': ', b=True), f[0], align=J, after=40, ind=(200, 0)))
    body.append(sect_xml(cols=2, continuous=True))
    letters = 'abcdefg'
    ag = ' '.join(f'{letters[k]}) {g["text"]}' for k, g in enumerate(a['agreements']))
    body.append(P(R('III. Acuerdos y cierre', b=True, sz=22), before=200))
    body.append(P(f'Sin más asuntos que tratar, las personas integrantes del Espacio acordaron lo siguiente: {ag} '
                  f'Siendo las {a["end"]} hrs. del {dshort(a["date"])} se dio por concluida la sesión, firmando la presente minuta quienes en ella intervinieron.', align=J))
    body.append(P('', after=600))
    body.append(T([[C([P('______________________________', align='center', after=0), P(a['coordinator'][0], align='center', after=0), P('Coordinación', align='center', after=0)], w=4900),
                    C([P('______________________________', align='center', after=0), P([x[0] for x in a['attendance'] if x[4] == SE][0], align='center', after=0), P('Relatoría', align='center', after=0)], w=4900)]],
                  [4900, 4900], borders=False, after=False))
    body.append(sect_xml(cols=1, continuous=True, body_level=True))
    ftr = P(R('Hoja ', sz=16), field_complex('PAGE', R('1', sz=16)), R(' de ', sz=16), field_complex('NUMPAGES', R('2', sz=16)), align='right')
    hdr = P(R(f'EP Vivienda en Unidades Habitacionales · {a["ordinal"]} Sesión Ordinaria', sz=16, color='1F4E79'), align='left')
    with open(img, 'rb') as f: jpg = f.read()
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Calibri', size=21,
            numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)]), (3, [('decimal', '%1.', 500)])],
            extra_rels=['<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/firmas.jpg"/>'],
            extra_parts=[('media/firmas.jpg', jpg, IMG_CT)])
    os.remove(img); os.rmdir(tmp)


def render(a, stem, n):
    build(a, stem + '.docx', n)
    lo_convert(stem + '.docx', 'pdf')
