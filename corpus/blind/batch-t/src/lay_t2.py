# -*- coding: utf-8 -*-
"""T2 — an acta typed in a typewriter font (Courier New 12, everything Normal, capitals for labels, tab-aligned
data lines), attendance No. | NOMBRE | INSTITUCIÓN | SECTOR with abbreviations and a SIMBOLOGÍA legend, goals as
META / INDICADOR / RESPONSABLE / INFORME blocks, comments as dashes "- SE:" / "- Name (Institution):", agreements
"1.-", signature lines. The PDF is what the archive holds: the acta printed **2-up** (two pages reduced onto one
landscape letter sheet), received with a **rubber stamp** of the Oficialía de Partes and **handwritten initials**
on every page, scanned at 200 dpi grey, JPEG q60, img2pdf (no text layer). Tesseract's reading goes to src/ocr/."""
import os, random, shutil, subprocess, tempfile
import docx as D
from build_common import R, P, C, T, EMPTY
from build import fb, lo_convert, SRC, OUT, IE, SC, SE, OT
from words import long_date, MESES

ABBR = {IE: 'IE', OT: 'OI', SC: 'OSC', SE: 'SE'}
ORD = {2: 'SEGUNDA', 3: 'TERCERA'}
SCRIPT = '/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf'
STAMPF = '/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf'


def build(a, path):
    b = []
    for t in ['SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', 'DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL']:
        b.append(P(R(t, b=True), after=0))
    b.append(P(''))
    b.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL {a["body"].upper()}', b=True), align='center'))
    b.append(P(''))
    d = a['date']
    lines = [('FECHA:', f'{int(d[8:])} de {MESES[int(d[5:7]) - 1]} de {d[:4]}'), ('HORA:', f'{a["start"]} hrs.'), ('LUGAR:', a['place']),
             ('COORDINA:', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    for k, v in lines:
        b.append(P(R(k, b=True), '\t' + v, tabs=[2160], ind=(2160, 2160), after=0))
    b.append(P(''))
    b.append(P(R('I. LISTA DE ASISTENCIA', b=True)))
    rows = [[C([P(R(h, b=True), after=0)], w=w) for h, w in (('No.', 600), ('NOMBRE', 3100), ('INSTITUCIÓN', 4300), ('SECTOR', 1000))]]
    for k, (n, t, i, key, s, cargo) in enumerate(a['attendance'], 1):
        rows.append([C([P(str(k), after=0)], w=600), C([P(f'{t} {n}', after=0)], w=3100), C([P(i, after=0)], w=4300), C([P(ABBR[s], after=0)], w=1000)])
    b.append(T(rows, [600, 3100, 4300, 1000], after=False))
    b.append(P(R('SIMBOLOGÍA: ', b=True, sz=20), R('IE = Instancia ejecutora; OI = Otra instancia; OSC = Organización de la sociedad civil; SE = Secretaría Ejecutiva.', sz=20), before=60))
    b.append(P(''))
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True)))
    for st in a['strategies']:
        b.append(P(R(f'ESTRATEGIA {st["number"]}:', b=True), ' ' + st['title'], before=120))
        for g in st['goals']:
            b.append(P(R(f'META {g["id"]}:', b=True), ' ' + g['text'], before=120, after=0))
            b.append(P(R('INDICADOR:', b=True), ' ' + g['indicator'], after=0))
            b.append(P(R('RESPONSABLE:', b=True), ' ' + g['executor'], after=0))
            if g['report']:
                b.append(P(R('INFORME:', b=True), ' ' + ' '.join(g['report']), align='both', after=0))
            else:
                b.append(P(R('INFORME:', b=True), ' NO SE PRESENTÓ. ' + g['status'], align='both', after=0))
            cs = fb(st, g['id'])
            if cs:
                b.append(P(R('COMENTARIOS:', b=True), after=0))
                for t, sec, gl, lab, sp in cs:
                    if sp == 'SE': who = 'SE'
                    else:
                        p = next(x for x in a['attendance'] if x[0] == sp)
                        who = f'{p[0]} ({p[2]})'
                    b.append(P(f'- {who}: {t}', ind=(360, 360), align='both', after=0))
    b.append(P(''))
    b.append(P(R('III. ACUERDOS', b=True)))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(P(f'{k}.-\t{ag["text"]}', tabs=[567], ind=(567, 567), align='both'))
    b.append(P(''))
    b.append(P(f'No habiendo otro asunto que tratar, se da por terminada la sesión a las {a["end"]} horas del día de su fecha, firmando al calce quienes en ella intervinieron.', align='both'))
    b.append(P(''))
    b.append(P(''))
    sig = [[C([P('_______________________', align='center', after=0), P(a['coordinator'][0], align='center', after=0), P('COORDINADOR', align='center')], w=4500),
            C([P('_______________________', align='center', after=0), P(a['attendance'][-1][0], align='center', after=0), P('RELATOR', align='center')], w=4500)]]
    b.append(T(sig, [4500, 4500], borders=False, after=False))
    b.append('<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="12240" w:h="15840"/>'
             '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    ftr = P(R('- ', sz=18), D.PAGE_FIELD.replace('Página ', ''), R(' -', sz=18), align='center')
    D.write(path, ''.join(b), '', ftr, font='Courier New', size=22)


def sh(*args):
    subprocess.run([str(x) for x in args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scan_2up(a, docx_path, pdf_path, seed):
    rnd = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix='blind-t-2up-')
    lo_convert(docx_path, 'pdf', tmp)
    src = os.path.join(tmp, os.path.basename(docx_path)[:-5] + '.pdf')
    sh('pdftoppm', '-r', '200', '-gray', '-png', src, os.path.join(tmp, 'p'))
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p-') and f.endswith('.png'))
    if len(pages) % 2: 
        sh('convert', '-size', '1700x2200', 'xc:white', os.path.join(tmp, 'p-99.png')); pages.append('p-99.png')
    stamp = os.path.join(tmp, 'stamp.png')
    d = a['date']; rec = f'{int(d[8:]) + 2:02d} {MESES[int(d[5:7]) - 1][:3].upper()} {d[:4]}'
    sh('convert', '-size', '620x300', 'xc:none', '-fill', 'none', '-stroke', 'gray(25%)', '-strokewidth', '6', '-draw', 'roundrectangle 8,8 612,292 30,30',
       '-strokewidth', '3', '-draw', 'roundrectangle 24,24 596,276 22,22', '-stroke', 'none', '-fill', 'gray(25%)', '-font', STAMPF,
       '-pointsize', '30', '-annotate', '+60+80', 'SECRETARÍA EJECUTIVA', '-pointsize', '26', '-annotate', '+112+120', 'PDHDF · OFICIALÍA',
       '-pointsize', '54', '-annotate', '+150+192', 'RECIBIDO', '-pointsize', '34', '-annotate', '+150+250', rec,
       '-rotate', str(rnd.uniform(-14, -8)), stamp)
    initials = os.path.join(tmp, 'ini.png')
    sh('convert', '-size', '300x170', 'xc:none', '-fill', 'gray(30%)', '-font', SCRIPT, '-pointsize', '92', '-annotate', '+20+115',
       ''.join(w[0] for w in a['attendance'][-1][0].split()[:3]), '-stroke', 'gray(30%)', '-strokewidth', '4', '-fill', 'none',
       '-draw', 'bezier 10,140 90,165 190,120 290,150', initials)
    marked = []
    last_real = max(k for k, pg in enumerate(pages) if pg != 'p-99.png')
    for k, pg in enumerate(pages):
        out = os.path.join(tmp, f'm-{k}.png')
        cmd = ['convert', os.path.join(tmp, pg)]
        if k == 0:
            cmd += [stamp, '-geometry', f'+{rnd.randint(1020, 1080)}+{rnd.randint(10, 40)}', '-compose', 'multiply', '-composite']
        if pg != 'p-99.png':
            cmd += [initials, '-geometry', f'+{rnd.randint(1420, 1460)}+{rnd.randint(2000, 2040)}', '-compose', 'multiply', '-composite']
        if k == last_real:   # handwritten note in the bottom-left margin of the last page
            cmd += ['-fill', 'gray(30%)', '-font', SCRIPT, '-pointsize', '56', '-annotate', f'-5x-5+{rnd.randint(150, 200)}+{rnd.randint(2090, 2120)}', 'Vo. Bo. — archivar']
        sh(*cmd, out)
        marked.append(out)
    sheets, ocr = [], []
    for s in range(0, len(marked), 2):
        two = os.path.join(tmp, f'two-{s}.png')
        sh('convert', marked[s], marked[s + 1], '-bordercolor', 'white', '-border', '40x40', '+append', '-resize', '2120x1640', two)
        sheet = os.path.join(tmp, f'sheet-{s}.jpg')
        sh('convert', '-size', '2200x1700', 'xc:white', two, '-gravity', 'center', '-compose', 'multiply', '-composite',
           '-background', 'white', '-rotate', f'{rnd.uniform(-0.6, 0.6):.2f}', '-gravity', 'center', '-extent', '2200x1700',
           '-attenuate', '0.25', '+noise', 'Gaussian', '-level', '8%,96%', '-colorspace', 'Gray', '-density', '200', '-units', 'PixelsPerInch', '-quality', '60', sheet)
        sheets.append(sheet)
        for half, geo in (('L', '1100x1700+0+0'), ('R', '1100x1700+1100+0')):
            hp = os.path.join(tmp, f'h-{s}{half}.png')
            sh('convert', sheet, '-crop', geo, '+repage', '-resize', '200%', hp)
            ocr.append(subprocess.run(['tesseract', hp, '-', '-l', 'spa'], capture_output=True, text=True, check=True).stdout)
    subprocess.run(['img2pdf', '-o', pdf_path] + sheets, check=True)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write('\n'.join(ocr))
    shutil.rmtree(tmp)


def render(a, stem, n):
    build(a, stem + '.docx')
    scan_2up(a, stem + '.docx', stem + '.pdf', 7000 + n)
