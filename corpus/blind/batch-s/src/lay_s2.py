# -*- coding: utf-8 -*-
"""S2 — a printed minuta photographed with a phone. The .docx is the original the relatora kept: Arial, a two-cell
letterhead table, "MINUTA · 5a. Sesión Ordinaria", session data as a borderless table, attendance No. | Nombre |
Institución | Cargo, then per strategy a shaded line and per goal "Meta 412.1 —", Indicador / Responsable on one line
(tab), "Logros reportados:" as a bullet list (the INFORME), "Comentarios:" as dashes with a short speaker lead, then
an agreements table Acuerdo | Responsable | Plazo | Estatus. The PDF is what reached the SE by WhatsApp: each page
photographed (keystone, light falling off to one side, the shadow of the phone at one edge, the desk around the sheet),
grey JPEG, rebuilt with img2pdf: no text layer. Tesseract's reading is kept in src/ocr/."""
import glob, os, shutil, subprocess, tempfile
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import fb, lo_convert, SRC, OUT, IE, SC, SE, OT
from words import long_date

SHORT = {'Sonrisas sin Fronteras, A.C.': 'Sonrisas sin Fronteras', 'Colectivo Dientes Sanos Iztapalapa': 'Dientes Sanos',
         'Universidad Nacional Autónoma de México': 'FO-UNAM', 'Secretaría de Salud del Distrito Federal': 'SEDESA',
         'Sistema para el Desarrollo Integral de la Familia del Distrito Federal': 'DIF-DF', 'Instituto de Asistencia e Integración Social': 'IASIS'}


def build(a, path):
    body = []
    body.append(T([[C([P(R('GOBIERNO DEL DISTRITO FEDERAL', b=True, sz=18), after=0), P(R('Programa de Derechos Humanos del Distrito Federal', sz=16), after=0)], w=5600),
                    C([P(R('Espacio de Participación', sz=16), align='right', after=0), P(R(a['body'], b=True, sz=16), align='right', after=0)], w=4300)]],
                  [5600, 4300], borders=False))
    body.append(P(R('MINUTA', b=True, sz=28), align='center', after=0))
    body.append(P(R(f'{a["ordinal"]} Sesión Ordinaria del Espacio de Participación del {a["body"]}', b=True), align='center', after=200))
    rows = [('Fecha:', long_date(a['date'])), ('Hora:', f'{a["start"]} a {a["end"]} hrs.'), ('Lugar:', a['place']),
            ('Coordinación:', f'Mtro. {a["coordinator"][0]}, {a["coordinator"][1]}')]
    body.append(T([[C([P(R(k, b=True), after=0)], w=1800), C([P(v, after=0)], w=8100)] for k, v in rows], [1800, 8100], borders=False))
    body.append(P(R('1. Asistentes', b=True, sz=22), before=120))
    hdr = [C([P(R(h, b=True), after=0)], w=w, shade='D9D9D9') for h, w in (('No.', 500), ('Nombre', 3000), ('Institución', 3700), ('Cargo', 2700))]
    rows = [hdr] + [[C([P(str(k), after=0)], w=500), C([P(f'{t} {n}', after=0)], w=3000), C([P(i, after=0)], w=3700), C([P(c, after=0)], w=2700)]
                    for k, (n, t, i, _k, _s, c) in enumerate(a['attendance'], 1)]
    body.append(T(rows, [500, 3000, 3700, 2700], header_rows=1))
    body.append(P(R('2. Seguimiento de metas', b=True, sz=22), before=120))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160, ppr_extra='<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]} — ', b=True), g['text'], before=100, keep=True))
            body.append(P(R('Indicador: ', i=True), g['indicator'], after=0, keep=True))
            body.append(P(R('Responsable: ', i=True), g['executor'], keep=True))
            if g['report']:
                body.append(P(R('Logros reportados:', u=True), after=0, keep=True))
                for x in g['report']:
                    body.append(P(x, num=(2, 0), after=0))
            else:
                body.append(P(R('Logros reportados: ', u=True), R('Sin informe. ', b=True), g['status']))
            fs = fb(st, g['id'])
            if fs:
                body.append(P(R('Comentarios:', u=True), after=0, before=60, keep=True))
                for f in fs:
                    who = 'SE' if f[4] == 'SE' else SHORT.get(att[f[4]][2], att[f[4]][2])
                    body.append(P(f'–\t{who}: {f[0]}', tabs=[360], ind=(360, 360), after=0))
    body.append(P(R('3. Acuerdos', b=True, sz=22), before=200))
    hdr = [C([P(R(h, b=True), after=0)], w=w, shade='D9D9D9') for h, w in (('No.', 500), ('Acuerdo', 4900), ('Responsable', 2300), ('Plazo', 1200), ('Estatus', 1000))]
    rows = [hdr] + [[C([P(str(k), after=0)], w=500), C([P(g['text'], after=0)], w=4900), C([P(g['responsible'] or 'Todas las personas integrantes', after=0)], w=2300),
                     C([P(g['due'], after=0)], w=1200), C([P(g['state'], after=0)], w=1000)] for k, g in enumerate(a['agreements'], 1)]
    body.append(T(rows, [500, 4900, 2300, 1200, 1000], header_rows=1))
    body.append(P(R(f'Se cerró la reunión a las {a["end"]} hrs. Elaboró la minuta: {a["attendance"][-1][1]} {a["attendance"][-1][0]}, relatora.', i=True), before=120))
    body.append(D.sect())
    ftr = P(R(f'Minuta {a["ordinal"]} Sesión · EP Salud Bucal · ', sz=14), field_complex('PAGE', R('1', sz=14)), align='right')
    D.write(path, ''.join(body), footer_xml=ftr, numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 720)])])


def photo_pdf(a, docx_path, pdf_path, seed):
    """LibreOffice PDF -> 200 dpi grey pages -> phone photo: sheet on a desk, keystone (-distort Perspective), light falling
    off across the page and a soft shadow at one edge, slight blur, grey JPEG q60 -> img2pdf. OCR -> src/ocr/."""
    tmp = tempfile.mkdtemp(prefix='blind-s-photo-')
    lo_convert(docx_path, 'pdf', tmp)
    src = os.path.join(tmp, os.path.basename(docx_path)[:-5] + '.pdf')
    subprocess.run(['pdftoppm', '-r', '200', '-gray', '-png', src, os.path.join(tmp, 'p')], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
    outs, ocr = [], []
    for k, pg in enumerate(pages):
        v = (k + seed) % 3
        # the sheet (1700x2200) on a desk of 1860x2400; corners moved for a hand-held keystone
        c = [(80, 100), (1780, 100), (80, 2300), (1780, 2300)]
        d = [[(120, 150), (1740, 95), (70, 2330), (1800, 2290)], [(95, 90), (1790, 140), (130, 2285), (1760, 2345)], [(140, 120), (1750, 118), (85, 2310), (1795, 2330)]][v]
        persp = ' '.join(f'{x0},{y0} {x1},{y1}' for (x0, y0), (x1, y1) in zip(c, d))
        out = os.path.join(tmp, f'f-{k:02d}.jpg')
        light = ['-size', '1860x2400', 'gradient:gray(100%)-gray(72%)', '-rotate', ['0', '90', '180'][v]]
        subprocess.run(['convert', pg, '-bordercolor', 'gray(45%)', '-border', '80x100',
                        '-virtual-pixel', 'background', '-background', 'gray(40%)', '-distort', 'Perspective', persp,
                        '(', *light, ')', '-compose', 'multiply', '-composite',
                        '(', '-size', '1860x2400', 'xc:white', '-fill', 'gray(55%)', '-draw', ['rectangle 0,0 150,2400', 'rectangle 1710,0 1860,2400', 'rectangle 0,2250 1860,2400'][v],
                        '-blur', '0x60', ')', '-compose', 'multiply', '-composite',
                        '-blur', '0x0.6', '-attenuate', '0.4', '+noise', 'Gaussian', '-colorspace', 'Gray', '-quality', '60',
                        '-units', 'PixelsPerInch', '-density', '200', out], check=True)
        outs.append(out)
        ocr.append(subprocess.run(['tesseract', out, '-', '-l', 'spa'], capture_output=True, text=True, check=True).stdout)
    subprocess.run(['img2pdf', '-o', pdf_path] + outs, check=True)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    with open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\f'.join(ocr))
    shutil.copy(outs[0], f'/tmp/{a["stem"]}-p1.jpg')
    shutil.rmtree(tmp)


def render(a, stem, n):
    build(a, stem + '.docx')
    photo_pdf(a, stem + '.docx', stem + '.pdf', n)
