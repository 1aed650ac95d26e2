# -*- coding: utf-8 -*-
"""T6 — a Word minuta from a community education centre's liaison office: a **cover sheet** (portada) that carries the
only date of the document ("Ciudad de México, a 29 de agosto de 2018"), then "I. Datos de la sesión" (horario, sede,
coordinación — no date), "II. Orden del día" drawn as a **flow chart of Word shapes** (rounded boxes, a decision
diamond "¿Hay quórum?", down-arrow shapes, a "Sí" label), "III. Asistencia" **only as the caption of a group photo**
("Fotografía 1. … De izquierda a derecha: Mtro. Name (Institution); …"), "IV. Desarrollo" with one coloured heading
per strategy, per goal a bold "Meta 585.1 —" line, Indicador / Instancia, the INFORME in a **shaded one-cell box**
("INFORME DE LA INSTANCIA"), "Intervenciones" with the speaker in small capitals and an em-dash ("SECRETARÍA
EJECUTIVA.— …"), "V. Acuerdos" as a table Acuerdo | Responsable | Fecha compromiso, a closing line. Header from page
2 on (title page different), footer page numbers. Ordinal "11ª"/"Décima Primera". PDF by LibreOffice."""
import os, subprocess, tempfile
import docx as D
from build_common import R, P, C, T, EMPTY
from build import fb, lo_convert, IE, SC, SE, OT
from words import MESES

ORDW = {11: ('11ª', 'Décima Primera'), 12: ('12ª', 'Décima Segunda')}
NS_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
NS_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
NS_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
NS_PIC = 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
EMU = 914400
_id = [100]


def shape(text, prst='roundRect', w=3.6, h=0.5, fill='DDEBF7', line='2E75B6', bold=False):
    _id[0] += 1
    cx, cy = int(w * EMU), int(h * EMU)
    tx = ''
    if text:
        tx = (f'<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>{R(text, b=bold, sz=19)}</w:p></w:txbxContent></wps:txbx>')
    return (f'<w:r><w:drawing><wp:inline {NS_WP} distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{_id[0]}" name="Forma {_id[0]}"/><a:graphic {NS_A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp {NS_WPS}><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>{tx}'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="18288" rIns="45720" bIns="18288" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def picture(rid, w, h):
    _id[0] += 1
    cx, cy = int(w * EMU), int(h * EMU)
    return (f'<w:r><w:drawing><wp:inline {NS_WP} distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{_id[0]}" name="Fotografía 1"/>'
            f'<a:graphic {NS_A}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic {NS_PIC}><pic:nvPicPr><pic:cNvPr id="0" name="foto_sesion.jpg"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def photo(n, seed):
    """a group photo of n people standing in front of a wall (drawn, grey-green, soft)"""
    import random
    rnd = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix='blind-t-foto-')
    out = os.path.join(tmp, 'f.jpg')
    cmd = ['convert', '-size', '1200x620', 'gradient:#d9d2c0-#a89f88', '-fill', '#7a6a55', '-draw', 'rectangle 0,470 1200,620',
           '-fill', '#efe9d8', '-draw', 'rectangle 80,60 380,240', '-fill', '#3c5a78', '-draw', 'rectangle 90,70 370,230']
    step = 1100 // n
    for k in range(n):
        x = 60 + k * step + step // 2 + rnd.randint(-10, 10)
        top = 200 + rnd.randint(-25, 25)
        skin = rnd.choice(['#c99a6e', '#a8774e', '#8a5a3a', '#d6ad84'])
        cloth = rnd.choice(['#2f3e5c', '#7b2e2e', '#3f5f3a', '#d8d8d8', '#5a4a6a', '#1f1f1f', '#9a6b2f'])
        cmd += ['-fill', cloth, '-draw', f'roundrectangle {x - 58},{top + 95} {x + 58},{top + 400} 30,30',
                '-fill', skin, '-draw', f'circle {x},{top + 50} {x + 38},{top + 50}',
                '-fill', '#2a211b', '-draw', f'ellipse {x},{top + 25} 40,24 180,360']
    cmd += ['-blur', '0x1.2', '-attenuate', '0.4', '+noise', 'Gaussian', '-quality', '70', out]
    subprocess.run(cmd, check=True)
    data = open(out, 'rb').read()
    os.remove(out); os.rmdir(tmp)
    return data


def build(a, path, n):
    ordn, ordw = ORDW[a['number']]
    d = a['date']
    b = []
    # ---- portada
    b.append(P(R('GOBIERNO DE LA CIUDAD DE MÉXICO', b=True, sz=20, color='7F7F7F'), align='center', before=600, after=0))
    b.append(P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', sz=20, color='7F7F7F'), align='center', after=2400))
    b.append(P(R('MINUTA', b=True, sz=56, color='843C0C'), align='center', after=120))
    b.append(P(R(f'{ordw} Sesión Ordinaria', sz=36), align='center', after=600))
    b.append(P(R('Espacio de Participación del', sz=26), align='center', after=0))
    b.append(P(R(a['body'], b=True, sz=30), align='center', after=3600))
    b.append(P(R(f'Ciudad de México, a {int(d[8:])} de {MESES[int(d[5:7]) - 1]} de {d[:4]}', sz=24), align='center',
               ppr_extra='<w:pageBreakBefore w:val="0"/>'))
    b.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    # ---- I
    H = lambda t: P(R(t, b=True, sz=24, color='843C0C'), before=240, after=120, keep=True)
    b.append(H('I. Datos de la sesión'))
    for k, v in (('Sesión:', f'{ordn} Sesión Ordinaria'), ('Horario:', f'de las {a["start"]} a las {a["end"]} horas'), ('Sede:', a['place']),
                 ('Coordinación:', f'{a["coordinator"][0]}, {a["coordinator"][1]}'), ('Relatoría:', f'{a["attendance"][-1][0]}, Secretaría Ejecutiva')):
        b.append(P(R(k, b=True), '\t' + v, tabs=[1900], ind=(1900, 1900), after=40))
    # ---- II flow chart
    b.append(H('II. Orden del día'))
    arrow = lambda: P(shape('', 'downArrow', 0.28, 0.3, 'A6A6A6', '7F7F7F'), align='center', after=0)
    sts = ' y '.join(str(s['number']) for s in a['strategies'])
    b.append(P(shape('Inicio: registro de asistencia y fotografía', 'flowChartTerminator', 3.6, 0.42, 'FBE5D6', 'C55A11'), align='center', after=0))
    b.append(arrow())
    b.append(P(shape('¿Hay quórum?', 'diamond', 2.0, 0.62, 'FFF2CC', 'BF9000', True), align='center', after=0))
    b.append(P(R('Sí', b=True, sz=18), align='center', before=60, after=0))
    b.append(arrow())
    for t in ('Lectura y aprobación del orden del día', f'Seguimiento de las estrategias {sts}', 'Asuntos generales', 'Acuerdos y fecha de la próxima sesión'):
        b.append(P(shape(t), align='center', after=0))
        b.append(arrow())
    b.append(P(shape('Cierre de la sesión', 'flowChartTerminator', 3.6, 0.42, 'FBE5D6', 'C55A11'), align='center', after=120))
    # ---- III photo caption
    b.append(H('III. Asistencia'))
    b.append(P(picture('rIdImg', 5.6, 5.6 * 620 / 1200), align='center', after=60))
    cap = '; '.join(f'{t} {nm} ({i})' for nm, t, i, k, s, c in a['attendance'])
    b.append(P(R('Fotografía 1. ', b=True, i=True, sz=18), R(f'Personas integrantes del Espacio al inicio de la sesión. De izquierda a derecha: {cap}.', i=True, sz=18), align='both'))
    # ---- IV
    b.append(H('IV. Desarrollo de la sesión'))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]} · {st["title"]}', b=True, color='2E75B6'), before=160, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]} — ', b=True), R(g['text'], b=True), before=100, after=40, keep=True))
            b.append(P(R('Indicador: ', i=True), g['indicator'], after=20))
            b.append(P(R('Instancia: ', i=True), g['executor'], after=60))
            inner = [P(R('INFORME DE LA INSTANCIA', b=True, sz=16, color='595959'), after=20)]
            inner.append(P(' '.join(g['report']), align='both', after=0) if g['report'] else P(R('No se recibió informe. ', b=True), g['status'], after=0))
            b.append(T([[C(inner, w=9000, shade='F2F2F2')]], [9000], after=False, indent=200))
            cs = fb(st, g['id'])
            if cs:
                b.append(P(R('Intervenciones', u=True), before=80, after=20))
                for t, sec, gl, lab, sp in cs:
                    if sp == 'SE': who = 'Secretaría Ejecutiva'
                    else:
                        p = next(x for x in a['attendance'] if x[0] == sp)
                        who = f'{p[0]} ({p[2]})'
                    b.append(P(f'<w:r><w:rPr><w:smallCaps/><w:b/></w:rPr><w:t xml:space="preserve">{D.esc(who)}.— </w:t></w:r>', R(t), align='both', after=40))
    # ---- V
    b.append(H('V. Acuerdos'))
    rows = [[C([P(R(h, b=True, color='FFFFFF'), after=0)], w=w, shade='843C0C') for h, w in (('Acuerdo', 5200), ('Responsable', 2200), ('Fecha compromiso', 1960))]]
    for ag in a['agreements']:
        fc = '/'.join(reversed(ag['dates'][0].split('-'))) if ag['dates'] else 'Próxima sesión'
        rows.append([C([P(ag['text'], after=0)], w=5200), C([P(ag['responsible'] or 'Integrantes del Espacio', after=0)], w=2200), C([P(fc, after=0)], w=1960)])
    b.append(T(rows, [5200, 2200, 1960]))
    b.append(P(f'Agotado el orden del día, se concluyó la sesión a las {a["end"]} horas.', align='both'))
    b.append('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="12240" w:h="15840"/>'
             '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>')
    hdr = P(R(f'Minuta · {ordn} Sesión Ordinaria · EP Educación de Personas Jóvenes y Adultas', sz=16, color='843C0C'), align='right')
    ftr = P(D.PAGE_FIELD, align='right')
    img = photo(len(a['attendance']), 600 + n)
    D.write(path, ''.join(b), hdr, ftr, font='Calibri', size=22,
            extra_parts=[('media/foto_sesion.jpg', img, 'image/jpeg')],
            extra_rels=['<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/foto_sesion.jpg"/>'])


def render(a, stem, n):
    build(a, stem + '.docx', n)
    lo_convert(stem + '.docx', 'pdf')
