# -*- coding: utf-8 -*-
"""K4 (azoteas): the acta typed into a bound minutes book (half-letter pages, running head with the foja number), then
photographed open, two pages per image: curved lines towards the gutter, a shadow down the middle, grey JPEG, no text layer."""
import glob, os, random, shutil, subprocess, tempfile
import docx as D
from build_common import OUT, R, P
from content import IE, SC, SE, OT
from words import long_date

SRC = os.path.dirname(os.path.abspath(__file__))
ORD = {11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'instancia ejecutora', OT: 'otra instancia', SC: 'sociedad civil', SE: 'Secretaría Ejecutiva'}
NTH = ['PRIMERO', 'SEGUNDO', 'TERCERO']


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def k4(a):
    b = [P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center'),
         P(R(f'Espacio de Participación del {a["body"]}', b=True), align='center', after=200)]
    b.append(P(f'En la Ciudad de México, el {long_date(a["date"])}, siendo las {a["start"]} horas, en la {a["place"]}, se reunieron las personas '
               f'integrantes del Espacio de Participación, bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}, conforme a lo siguiente:', align='both'))
    b.append(P(R('ASISTENCIA', b=True), before=160))
    for x in a['attendance']:
        b.append(P(f'{x[1]} {x[0]}, {x[5]}, {x[2]} ({SECTOR_WORD[x[4]]}).', ind=(360, 360)))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text']))
            b.append(P(f'Indicador: {g["indicator"]}', ind=(360, 0)))
            b.append(P(f'Instancia ejecutora: {g["executor"]}', ind=(360, 0)))
            b.append(P(f'Informe: {" ".join(g["report"]) if g["report"] else g["status"]}', ind=(360, 0), align='both'))
            for f in st['feedback']:
                if f[2] != g['id']: continue
                if f[4] == 'SE':
                    b.append(P(R('Retroalimentación de la Secretaría Ejecutiva: ', i=True), f[0], ind=(360, 0), align='both'))
                else:
                    b.append(P(R(f'Observación de {f[4]}: ', i=True), f[0], ind=(360, 0), align='both'))
    b.append(P(R('ACUERDOS', b=True), before=160))
    for k, g in enumerate(a['agreements']):
        b.append(P(R(f'{NTH[k]}.- ', b=True), g['text'], align='both'))
    b.append(P(f'No habiendo otro asunto que tratar, se dio por terminada la sesión a las {a["end"]} horas del mismo día, firmando al margen y al calce '
               f'quienes en ella intervinieron.', before=160, align='both'))
    b.append(P(R(a['coordinator'][0], b=True), align='center', before=500))
    b.append(P(a['coordinator'][1], align='center'))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
            f'<w:pgSz w:w="7920" w:h="12240"/><w:pgMar w:top="1000" w:right="800" w:bottom="900" w:left="900" w:header="450" w:footer="400" w:gutter="0"/><w:pgNumType w:start="{a["folio"]}"/></w:sectPr>')
    hdr = P(R('LIBRO DE ACTAS · ESPACIO DE PARTICIPACIÓN · AZOTEAS VERDES', sz=14), align='center')
    ftr = P('<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">Foja </w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>{a["folio"]}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', align='center')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + sect, hdr, ftr, font='Liberation Serif', size=21)


def im(*args):
    run(['convert'] + [str(x) for x in args])


def k4_scan(a, lo_convert):
    stem = a['stem']
    rnd = random.Random(stem)
    tmp = tempfile.mkdtemp(prefix='blind-k-book-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '220', '-gray', '-png', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
    if len(pages) % 2: 
        im(pages[0], '-fill', 'white', '-colorize', '100', os.path.join(tmp, 'p-zz-blank.png'))
        pages.append(os.path.join(tmp, 'p-zz-blank.png'))
    spreads = []
    for k in range(0, len(pages), 2):
        halves = []
        for j, side in ((0, 'L'), (1, 'R')):
            src = pages[k + j]
            out = os.path.join(tmp, f's{k}{side}.png')
            amp = rnd.randint(14, 22)
            # curvature: lines drop towards the gutter (a quarter sine across the page), the gutter side compressed a little
            flop = ['-flop'] if side == 'R' else []
            pw, ph = map(int, subprocess.run(['identify', '-format', '%w %h', src], capture_output=True, text=True).stdout.split())
            im(src, *flop, '-background', 'white', '-virtual-pixel', 'white', '-wave', f'{amp}x{4 * pw}', '-gravity', 'north', '-crop', f'{pw}x{ph}+0+{amp}', '+repage',
               '-distort', 'Perspective', f'0,0 0,0  {pw},0 {pw - 30},8  {pw},{ph} {pw - 30},{ph - 8}  0,{ph} 0,{ph}', *flop, out)
            # gutter shadow: a horizontal gradient multiplied on the gutter side
            w, h = subprocess.run(['identify', '-format', '%w %h', out], capture_output=True, text=True).stdout.split()
            grad = os.path.join(tmp, f'g{k}{side}.png')
            gw = int(int(w) * 0.16)
            im('-size', f'{h}x{gw}', 'gradient:white-gray45', '-rotate', '-90' if side == 'L' else '90', '-evaluate', 'pow', '2.2', grad)
            im(out, grad, '-gravity', 'east' if side == 'L' else 'west', '-compose', 'multiply', '-composite', out)
            halves.append(out)
        sp = os.path.join(tmp, f'spread{k // 2}.png')
        im(halves[0], halves[1], '+append', '-bordercolor', 'gray20', '-border', '40x30', '-rotate', f'{rnd.uniform(-0.8, 0.8):.2f}',
           '-background', 'gray20', '-attenuate', '0.4', '+noise', 'Gaussian', '-resize', '82%', sp)
        jpg = os.path.join(tmp, f'spread{k // 2}.jpg')
        im(sp, '-units', 'PixelsPerInch', '-density', '180', '-quality', '68', jpg)
        spreads.append(jpg)
    run(['img2pdf', '--pagesize', '17inx11inx', '-o', os.path.join(OUT, stem + '.pdf')] + spreads) if False else \
        run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + spreads)
    # the reader's reading: each spread cut at the middle, each page read in turn (Tesseract spa)
    ocr_dir = os.path.join(SRC, 'ocr'); os.makedirs(ocr_dir, exist_ok=True)
    text = []
    for n, jpg in enumerate(spreads):
        w, h = map(int, subprocess.run(['identify', '-format', '%w %h', jpg], capture_output=True, text=True).stdout.split())
        for side, x0 in (('L', 0), ('R', w // 2)):
            crop = os.path.join(tmp, f'o{n}{side}.png')
            im(jpg, '-crop', f'{w // 2}x{h}+{x0}+0', '+repage', '-resize', '150%', '-normalize', crop)
            r = subprocess.run(['tesseract', crop, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True)
            text.append(r.stdout)
    open(os.path.join(ocr_dir, stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(text))
    shutil.rmtree(tmp, ignore_errors=True)
