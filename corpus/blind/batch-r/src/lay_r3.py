# -*- coding: utf-8 -*-
"""R3 — a typed acta (Courier, typewriter habits, numbers only in words) that reached the SE by fax: the PDF is the
received fax (a typed cover sheet, then the acta; 1-bit, 200x100 dpi 'standard' look, a fax header line on every page),
image only. The .docx is the original the sending office kept."""
import glob, os, shutil, subprocess, tempfile
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import long_date, fb, lo_convert, SRC, IE, SC, SE, OT

J = 'both'
LEAD = {IE: 'Por el Gobierno del Distrito Federal:', OT: 'Por las delegaciones:', SC: 'Por las organizaciones de la sociedad civil:', SE: 'Por la Secretaría Ejecutiva:'}
WORDS_H = {10: 'diez', 11: 'once', 12: 'doce', 13: 'trece'}
WORDS_M = {0: '', 10: ' con diez minutos', 35: ' con treinta y cinco minutos'}
DAY_WORDS = {8: 'ocho', 13: 'trece'}


def build(a, path, hp=None):
    body = []
    body.append(P(R(f'ACTA DE LA {a["ordinal"].upper()} REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DE LOS {a["body"].upper()}', b=True), align='center', after=240))
    for k, v in (('FECHA:', long_date(a['date'])), ('HORA:', f'{a["start"]} horas'), ('LUGAR:', a['place']),
                 ('COORDINA:', f'C. {a["coordinator"][0]}, {a["coordinator"][1]}')):
        body.append(P(R(k, b=True), '\t' + v, tabs=[1700], ind=(1700, 1700), after=0))
    body.append(EMPTY)
    hh, mm = map(int, a['end'].split(':'))
    d = int(a['date'][8:])
    body.append(P(f'Siendo las diez horas del día {DAY_WORDS[d]} de {long_date(a["date"], weekday=False).split(" de ")[1]} de dos mil dieciséis, se reunieron en la '
                  f'{a["place"][0].lower() + a["place"][1:]} las personas integrantes del Espacio de Participación que a continuación se enlistan, '
                  'para llevar a cabo la reunión de trabajo de seguimiento a las estrategias del Programa de Derechos Humanos del Distrito Federal.', align=J))
    body.append(EMPTY)
    body.append(P(R('ASISTENTES:', b=True, u=True)))
    for s in (IE, OT, SC, SE):
        rows = [x for x in a['attendance'] if x[4] == s]
        if not rows: continue
        body.append(P(R(LEAD[s], u=True), before=80))
        for n, t, i, k, _s, _c in rows:
            body.append(P(f'-\t{t} {n}, {i}.', tabs=[567], ind=(567, 567), after=0))
    body.append(EMPTY)
    body.append(P(R('DESARROLLO DE LA REUNIÓN:', b=True, u=True)))
    body.append(P('La coordinadora dio la bienvenida y se procedió a la revisión de las estrategias conforme a los informes recibidos por la Secretaría Ejecutiva.', align=J))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        body.append(EMPTY)
        body.append(P(R(f'ESTRATEGIA {st["number"]}.- ', b=True), R(st['title'] + '.', b=True), align=J, keep=True))
        for g in st['goals']:
            body.append(EMPTY)
            body.append(P(R(f'META {g["id"]}.- ', b=True), g['text'] + '.', align=J))
            body.append(P(R('INDICADOR: ', b=True), g['indicator'] + '.', align=J))
            body.append(P(R('RESPONSABLE: ', b=True), g['executor'] + '.', align=J))
            if g['report']:
                body.append(P(R('INFORME: ', b=True), ' '.join(g['report']), align=J))
            else:
                body.append(P(R('INFORME: ', b=True), g['status'], align=J))
            rs = fb(st, g['id'], 'retroalimentacion')
            for k, f in enumerate(rs):
                body.append(P(R('RETROALIMENTACIÓN: ', b=True) if k == 0 else '', f[0], align=J, ind=(0, 0)))
            os_ = fb(st, g['id'], 'observacion')
            if os_:
                body.append(P(R('OBSERVACIONES:', b=True)))
                for f in os_:
                    body.append(P(f'-\t{att[f[4]][2]}: {f[0]}', tabs=[567], ind=(567, 567), align=J))
    body.append(EMPTY)
    body.append(P(R('ACUERDOS:', b=True, u=True)))
    for k, g in enumerate(a['agreements'], 1):
        body.append(P(f'{k}.-\t{g["text"]}', tabs=[567], ind=(567, 567), align=J))
    body.append(EMPTY)
    body.append(P(f'No habiendo más asuntos que tratar, se cierra la presente acta siendo las {WORDS_H[hh]} horas{WORDS_M[mm]} del día de su fecha, '
                  'firmando de conformidad la coordinadora del Espacio.', align=J, after=700))
    body.append(P('______________________________', align='center', after=0))
    body.append(P(f'C. {a["coordinator"][0]}', align='center', after=0))
    body.append(P(a['coordinator'][1], align='center'))
    body.append(D.sect())
    hdr = P(R('ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS ARTESANAS · PDHDF', sz=18), align='center')
    ftr = P(R('Hoja ', sz=18), field_complex('PAGE', R('1', sz=18)), align='right')
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Courier New', size=22)


def cover(a, path, pages):
    se = [x for x in a['attendance'] if x[4] == SE][0]
    body = [P(R('SECRETARÍA DE DESARROLLO RURAL Y EQUIDAD PARA LAS COMUNIDADES', b=True), align='center', after=0),
            P('Dirección de Equidad para las Comunidades', align='center', after=400),
            P(R('CARÁTULA DE ENVÍO DE FAX', b=True, sz=32), align='center', after=400)]
    for k, v in (('FECHA:', a['fax']['date_sent']), ('PARA:', f'{se[1]} {se[0]}'), ('', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHDF'),
                 ('FAX:', '55 5512 8847'), ('DE:', f'C. {a["coordinator"][0]}, {a["coordinator"][1]}'), ('TEL.:', '55 5709 3210 ext. 118'),
                 ('NÚM. DE HOJAS:', f'{pages} (incluida esta carátula)'), ('ASUNTO:', f'Acta de la {a["ordinal"].lower()} reunión de trabajo del Espacio, para su integración al expediente')):
        body.append(P(R(k, b=True), '\t' + v, tabs=[2600], ind=(2600, 2600), after=120))
    body.append(EMPTY)
    body.append(P('Le envío el acta de la reunión para su revisión; el original firmado se entregará en la próxima reunión. '
                  'Si no recibe todas las hojas, favor de comunicarse al teléfono arriba indicado.', align=J))
    body.append(EMPTY)
    body.append(P(R('CONFIDENCIAL: la información contenida en este fax es para uso exclusivo del destinatario.', i=True, sz=18)))
    body.append(D.sect(header=False, footer=False))
    D.write(path, ''.join(body), font='Courier New', size=22)


def fax_pdf(a, docx_path, pdf_path, seed):
    """LibreOffice PDF -> 200 dpi grey -> fax: slight skew, threshold to 1 bit, 'standard' 200x100 dpi vertical resolution,
    fax header line on top of each page -> image-only PDF (img2pdf). Tesseract OCR kept in src/ocr/."""
    tmp = tempfile.mkdtemp(prefix='blind-r-fax-')
    lo_convert(docx_path, 'pdf', tmp)
    src = os.path.join(tmp, os.path.basename(docx_path)[:-5] + '.pdf')
    subprocess.run(['pdftoppm', '-r', '200', '-gray', '-png', src, os.path.join(tmp, 'a')], check=True)
    acta = sorted(glob.glob(os.path.join(tmp, 'a-*.png')))
    cpath = os.path.join(tmp, 'cover.docx')
    cover(a, cpath, len(acta) + 1)
    lo_convert(cpath, 'pdf', tmp)
    subprocess.run(['pdftoppm', '-r', '200', '-gray', '-png', os.path.join(tmp, 'cover.pdf'), os.path.join(tmp, 'c')], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'c-*.png')))[:1] + acta
    n = len(pages)
    outs, ocr = [], []
    for k, pg in enumerate(pages):
        out = os.path.join(tmp, f'f-{k:02d}.png')
        angle = [0.35, -0.25, 0.2, -0.4, 0.3][(k + seed) % 5]
        head = f'{a["fax"]["sent"]}  FROM:SEDEREC DEC         5557093210          TO:5555128847          P.{k + 1:03d}/{n:03d}'
        subprocess.run(['convert', pg, '-background', 'white', '-rotate', str(angle), '-gravity', 'center', '-crop', '1700x2200+0+0', '+repage',
                        '-threshold', '55%',
                        '-sample', '100%x50%', '-sample', '100%x200%',      # fax 'standard' mode: 100 lines per inch
                        '-gravity', 'north', '-fill', 'black', '-font', 'Courier-Bold', '-pointsize', '22', '-annotate', '+0+18', head,
                        '-type', 'bilevel', '-depth', '1', '-units', 'PixelsPerInch', '-density', '200', out], check=True)
        outs.append(out)
        ocr.append(subprocess.run(['tesseract', out, '-', '-l', 'spa'], capture_output=True, text=True, check=True).stdout)
    subprocess.run(['img2pdf', '--pagesize', 'Letter', '-o', pdf_path] + outs, check=True)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    with open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\f'.join(ocr))
    shutil.copy(outs[1], f'/tmp/{a["stem"]}-p2.png')
    shutil.rmtree(tmp)
