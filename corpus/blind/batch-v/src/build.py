# -*- coding: utf-8 -*-
"""Render batch V from content.py: .docx (raw WordprocessingML, or an altChunk HTML for V5), .gold.json, then PDFs
(LibreOffice, a hand-made glyph-by-glyph PDF, a 150 dpi grey scan with rotated pages, Chromium), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import zlib, json, os, random, shutil, subprocess, sys, tempfile, re, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
D.W = D.W + ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
from docx import esc
import build_common as BC
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)
from content import ACTAS, IE, SC, SE, OT, TIA_ABSENT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-v'
EXTRA_FORMATS = {
    'blind-v-participacion-06-2016-08-23': ['odt'],
    'blind-v-suelo-03-2014-05-13': ['doc'],
    'blind-v-tianguis-11-2018-10-16': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'DÉCIMA PRIMERA', 12: 'DÉCIMA SEGUNDA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def dmy(iso): return f'{iso[8:]}/{iso[5:7]}/{iso[:4]}'


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def speaker(a, f):
    return None if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])})'


def report_text(g):
    return ' '.join(g['report']) if g['report'] else None


# ------------------------------------------------------------------ V1: institutional template, hidden instructions left in
def HID(text):
    """a hidden (w:vanish) instruction paragraph of the template, grey italic; its paragraph mark hidden too"""
    return (f'<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>{R(text, i=True, vanish=True, color="808080", sz=18)}</w:p>')


def hid_run(text):
    return R(text, i=True, vanish=True, color='808080', sz=18)


def v1(a):
    body = []
    body.append(P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=18), align='center'))
    body.append(P(R('FORMATO SE-EP-02 · ACTA DE SESIÓN DE ESPACIO DE PARTICIPACIÓN', sz=16, color='595959'), align='center'))
    body.append(HID('INSTRUCCIONES: Este formato se llena por la persona enlace de la Secretaría Ejecutiva dentro de los cinco días hábiles siguientes a la sesión. El texto en gris es de ayuda y no se imprime. No modifique el orden de los apartados.'))
    body.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=24), align='center', before=200))
    body.append(P(R('Espacio de Participación del ', b=True), R(a['body'], b=True), hid_run(' [Escriba el nombre del Espacio tal como aparece en el Programa, sin abreviaturas.]'), align='center'))
    body.append(P(R('I. DATOS DE LA SESIÓN', b=True), before=200))
    body.append(HID('Anote la fecha con día de la semana, p. ej. «jueves 1 de enero de 2015», y las horas en formato de 24 horas.'))
    rows = [[C(P(R('Fecha:', b=True)), w=2400), C(P(long_date(a['date'])), w=7200)],
            [C(P(R('Hora de inicio:', b=True)), w=2400), C(P(a['start'] + ' horas'), w=7200)],
            [C(P(R('Hora de término:', b=True)), w=2400), C(P(a['end'] + ' horas'), w=7200)],
            [C(P(R('Sede:', b=True)), w=2400), C(P(R(a['place']), hid_run(' [Incluya dirección completa.]')), w=7200)],
            [C(P(R('Coordinación:', b=True)), w=2400), C(P(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), w=7200)]]
    body.append(T(rows, [2400, 7200]))
    body.append(P(R('II. LISTA DE ASISTENCIA', b=True)))
    body.append(HID('Registre a todas las personas que firmaron la lista. Sector: Instancia ejecutora / Otra instancia / Sociedad civil / Secretaría Ejecutiva. Ejemplo: Lic. Juan Pérez López, Director de Área, Secretaría de Ejemplo, Instancia ejecutora.'))
    rows = [[C(P(R(h, b=True)), w=w, shade='D9D9D9') for h, w in (('No.', 500), ('Nombre', 2600), ('Cargo', 2200), ('Institución u organización', 2900), ('Sector', 1400))]]
    for k, x in enumerate(a['attendance'], 1):
        rows.append([C(P(str(k)), w=500), C(P(f'{x[1]} {x[0]}'), w=2600), C(P(x[5]), w=2200), C(P(x[2]), w=2900), C(P(SECTOR_WORD[x[4]]), w=1400)])
    body.append(T(rows, [500, 2600, 2200, 2900, 1400], header_rows=1))
    body.append(P(R('III. SEGUIMIENTO A ESTRATEGIAS Y METAS', b=True)))
    body.append(HID('Por cada estrategia copie el número y título del Programa; por cada meta, el texto, el indicador y la instancia responsable. En «Informe» transcriba la síntesis entregada por la instancia; si no hubo informe, escríbalo así. Registre las cifras con número, p. ej. «Se atendieron 25 personas en 3 jornadas».'))
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=160, keep=True))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text']), ind=(360, 0), keep=True))
            body.append(P(R('Indicador: ', i=True), R(g['indicator']), ind=(360, 0)))
            body.append(P(R('Instancia responsable: ', i=True), R(g['executor']), ind=(360, 0)))
            if g['report']:
                body.append(P(R('Informe: ', i=True), R(report_text(g)), ind=(360, 0)))
            else:
                body.append(P(R('Informe: ', i=True), R('Sin informe. ' + g['status']), ind=(360, 0)))
                body.append(HID('Si la instancia no entregó informe, indique el motivo expresado en la sesión.'))
        body.append(P(R('Retroalimentación de la Secretaría Ejecutiva:', b=True, i=True), ind=(360, 0)))
        for f in st['feedback']:
            if f[1] == 'retroalimentacion':
                body.append(P(R(f'(Meta {f[2]}) ', color='595959'), R(f[0]), ind=(720, 0)))
        obs = [f for f in st['feedback'] if f[1] == 'observacion']
        body.append(P(R('Observaciones de las personas integrantes:', b=True, i=True), ind=(360, 0)))
        body.append(HID('Escriba: Nombre (Institución): comentario. Omita los comentarios que no se refieran a la meta.'))
        for f in obs:
            body.append(P(R(speaker(a, f) + ': '), R(f[0]), ind=(720, 0)))
    body.append(P(R('IV. ACUERDOS', b=True), before=200))
    body.append(HID('Redacte cada acuerdo con sujeto, acción y fecha. El último acuerdo fija la fecha de la próxima sesión.'))
    rows = [[C(P(R(h, b=True)), w=w, shade='D9D9D9') for h, w in (('No.', 600), ('Acuerdo', 6400), ('Responsable', 2600))]]
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C(P(f'{k}.'), w=600), C(P(g['text']), w=6400), C(P(g['responsible'] or 'Integrantes del Espacio'), w=2600)])
    body.append(T(rows, [600, 6400, 2600], header_rows=1))
    body.append(P(f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del día de su inicio.'))
    se = a['attendance'][-1]
    body.append(P(R('Elaboró: '), R(f'{se[1]} {se[0]}, {se[5]}'), before=300))
    body.append(HID('Antes de enviar: revise ortografía, borre las instrucciones en gris y guarde el archivo como PDF.'))
    body.append(D.sect_para().replace('<w:p><w:pPr>', '<w:p><w:pPr>', 1) if False else '')
    hdr = P(R('PDHDF · Espacios de Participación', sz=14, color='808080'), hid_run('  [No modifique el encabezado]'), align='right')
    ftr = P(D.PAGE_FIELD, align='center')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(), hdr, ftr, font='Calibri', size=21)


# ------------------------------------------------------------------ V2: one long table across pages, repeated header
def v2(a):
    body = []
    body.append(P(R('Espacio de Participación', sz=22), align='center'))
    body.append(P(R(a['body'], b=True, sz=24), align='center'))
    body.append(P(R(f'Minuta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True), align='center'))
    body.append(P(R('Fecha: ', b=True), R(long_date(a['date'])), R('\tHorario: ', b=True), R(f'de {a["start"]} a {a["end"]} horas'), tabs=[5200]))
    body.append(P(R('Lugar: ', b=True), R(a['place'])))
    body.append(P(R('Coordinó: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}')))
    body.append(P(R('Asistentes', b=True), before=160))
    rows = [[C(P(R(h, b=True, sz=18)), w=w, shade='C6E0B4') for h, w in (('Nombre', 2700), ('Institución / organización', 3900), ('Sector', 1800), ('Firma', 1300))]]
    for x in a['attendance']:
        rows.append([C(P(f'{x[1]} {x[0]}'), w=2700), C(P(x[2]), w=3900), C(P(SECTOR_WORD[x[4]]), w=1800), C(EMPTY, w=1300)])
    body.append(T(rows, [2700, 3900, 1800, 1300], header_rows=1))
    body.append(P(R('Seguimiento de estrategias y metas', b=True), before=160))
    W = [1900, 2500, 2700, 2600]
    rows = [[C(P(R(h, b=True, sz=18)), w=w, shade='C6E0B4') for h, w in zip(('Estrategia / meta', 'Indicador / responsable', 'Informe presentado', 'Retroalimentación y observaciones'), W)]]
    for st in a['strategies']:
        rows.append([C(P(R(f'ESTRATEGIA {st["number"]}: ', b=True), R(st['title'], b=True)), w=sum(W), span=4, shade='EDEDED')])
        for g in st['goals']:
            fbs = []
            for f in st['feedback']:
                if f[2] != g['id']: continue
                if f[1] == 'retroalimentacion': fbs.append(P(R('SE: ', b=True), R(f[0])))
                else: fbs.append(P(R(speaker(a, f) + ': ', b=True), R(f[0])))
            rows.append([C(P(R(f'Meta {g["id"]}', b=True)) + P(g['text']), w=W[0]),
                         C(P(R('Indicador: ', i=True), R(g['indicator'])) + P(R('Responsable: ', i=True), R(g['executor'])), w=W[1]),
                         C(P(report_text(g)) if g['report'] else P(R('No se presentó informe. ', b=True), R(g['status'])), w=W[2]),
                         C(''.join(fbs) or P('—'), w=W[3])])
    # rows may break across pages; only the header row repeats and cannot split
    body.append(T(rows, W, header_rows=1))
    body.append(P(R('Acuerdos', b=True)))
    rows = [[C(P(R(h, b=True, sz=18)), w=w, shade='C6E0B4') for h, w in (('#', 500), ('Acuerdo', 6200), ('Responsable', 3000))]]
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C(P(str(k)), w=500), C(P(g['text']), w=6200), C(P(g['responsible'] or 'Todas y todos'), w=3000)])
    body.append(T(rows, [500, 6200, 3000], header_rows=1))
    se = a['attendance'][-1]
    body.append(P(f'Relatoría: {se[1]} {se[0]}, {se[2]}.'))
    hdr = P(R(f'EP {a["body"][:60]}… · Minuta {a["number"]}/{a["date"][:4]}', sz=14, color='808080'), align='right')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(), hdr, P(D.PAGE_FIELD, align='right'), font='Arial', size=22)


# ------------------------------------------------------------------ V3 text lines (used for the hand-made PDF and its .docx)
def v3_blocks(a):
    """list of blocks; each block a list of (text, bold) paragraphs; the report generator's fixed-width layout"""
    B = []
    B.append([('SECRETARIA DE MOVILIDAD - SISTEMA DE REGISTRO DE SESIONES (SIRSE) v2.3', True),
              (f'Reporte R-07 Minuta de sesión   Generado: {dmy(a["date"])} 19:42', False)])
    B.append([('MINUTA DE SESIÓN', True), (f'Espacio de Participación: {a["body"]}', False),
              (f'Número de sesión: {a["number"]}', False), ('Tipo de sesión: Sesión ordinaria', False),
              (f'Fecha: {long_date(a["date"])}', False), (f'Hora de inicio: {a["start"]}', False), (f'Hora de término: {a["end"]}', False),
              (f'Lugar: {a["place"]}', False), (f'Coordinación: {a["coordinator"][0]} - {a["coordinator"][1]}', False)])
    att = [('PARTICIPANTES', True)]
    for k, x in enumerate(a['attendance'], 1):
        att.append((f'{k:02d}. {x[0]} | {x[2]} | {SECTOR_WORD[x[4]]}', False))
    B.append(att)
    for st in a['strategies']:
        B.append([(f'ESTRATEGIA {st["number"]}', True), (st['title'], False)])
        for g in st['goals']:
            blk = [(f'META {g["id"]}', True), (g['text'], False), (f'Indicador: {g["indicator"]}', False), (f'Responsable: {g["executor"]}', False)]
            if g['report']: blk += [('Estatus: CON INFORME', False), (f'Informe: {report_text(g)}', False)]
            else: blk += [('Estatus: SIN INFORME', False), (f'Nota: {g["status"]}', False)]
            for f in st['feedback']:
                if f[2] != g['id']: continue
                blk.append((f'Retroalimentación SE: {f[0]}' if f[1] == 'retroalimentacion' else f'Observación de {speaker(a, f)}: {f[0]}', False))
            B.append(blk)
    ag = [('ACUERDOS', True)]
    for k, g in enumerate(a['agreements'], 1):
        ag.append((f'A{k}. {g["text"]}', False))
        ag.append((f'    Responsable: {g["responsible"] or "Pleno del Espacio"}', False))
    B.append(ag)
    se = a['attendance'][-1]
    B.append([(f'Capturó: {se[0]} ({se[5]})', False), ('*** FIN DEL REPORTE ***', False)])
    return B


def v3_docx(a):
    body = []
    for blk in v3_blocks(a):
        for t, b in blk:
            body.append(P(R(t, b=b)))
        body.append(EMPTY)
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(), '', '', font='Courier New', size=18)


def wrap(t, n):
    out, line = [], ''
    for w in t.split(' '):
        if line and len(line) + 1 + len(w) > n:
            out.append(line); line = w
        else:
            line = (line + ' ' + w) if line else w
    out.append(line)
    return out


def pdf_str(c):
    b = c.encode('cp1252')
    return ''.join('\\%03o' % x if x > 126 or chr(x) in '()\\' else chr(x) for x in b)


def v3_pdf(a):
    """hand-made PDF: Courier 9 pt, every glyph its own Tm + Tj (spaces not drawn), each page's blocks written in a
    shuffled order (content stream order != reading order), landscape pages stored as portrait with /Rotate 90? no: portrait."""
    FS, LH, X0, Y0, COLS = 9, 11.5, 50, 740, 95
    # lay out lines into pages
    pages, cur, y = [], [], Y0
    for blk in v3_blocks(a):
        lines = []
        for t, b in blk:
            for ln in wrap(t, COLS): lines.append((ln, b))
        if y - LH * len(lines) < 60 and cur:
            pages.append(cur); cur, y = [], Y0
        placed = []
        for ln, b in lines:
            placed.append((ln, b, y)); y -= LH
        y -= LH * 0.8
        cur.append(placed)
    pages.append(cur)
    rnd = random.Random(a['stem'])
    objs = {}
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'
    objs[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>'
    kids = []
    n = 5
    for pno, blocks in enumerate(pages, 1):
        order = list(range(len(blocks)))
        rnd.shuffle(order)
        ops = []
        foot = f'Página {pno} de {len(pages)}'
        ops.append('BT /F1 8 Tf ' + ''.join(f'1 0 0 1 {270 + 4.8 * k:.2f} 30 Tm ({pdf_str(c)}) Tj ' for k, c in enumerate(foot) if c != ' ') + 'ET')
        for bi in order:
            for ln, b, yy in blocks[bi]:
                font = '/F2' if b else '/F1'
                ops.append(f'BT {font} {FS} Tf ' + ''.join(f'1 0 0 1 {X0 + 0.6 * FS * k:.2f} {yy:.2f} Tm ({pdf_str(c)}) Tj ' for k, c in enumerate(ln) if c != ' ') + 'ET')
        stream = '\n'.join(ops).encode('latin-1')
        objs[n] = (b'<< /Length %d >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        objs[n + 1] = f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {n} 0 R >>'
        kids.append(n + 1)
        n += 2
    objs[2] = f'<< /Type /Pages /Kids [{" ".join(f"{k} 0 R" for k in kids)}] /Count {len(kids)} >>'
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[n] = '<< /Producer (SIRSE Reportes 2.3 / PDFWriter) /Creator (SIRSE) /Title (Minuta de sesion) >>'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        v = objs[k]
        out += f'{k} 0 obj\n'.encode() + (v if isinstance(v, bytes) else v.encode('latin-1')) + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {n + 1}\n0000000000 65535 f \n'.encode()
    for k in range(1, n + 1): out += f'{offs[k]:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {n + 1} /Root 1 0 R /Info {n} 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    open(os.path.join(OUT, a['stem'] + '.pdf'), 'wb').write(bytes(out))


# ------------------------------------------------------------------ V4: printed acta (Times), scanned
def v4(a):
    body = []
    body.append(P(R('GOBIERNO DE LA CIUDAD DE MÉXICO', b=True), align='center'))
    body.append(P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', sz=20), align='center'))
    body.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True), align='center', before=200))
    body.append(P(R('Espacio de Participación del ', b=True), R(a['body'], b=True), align='center'))
    body.append(P(f'Fecha: {long_date(a["date"])}.'))
    body.append(P(f'Horario: {a["start"]} a {a["end"]} horas.'))
    body.append(P(f'Lugar: {a["place"]}.'))
    body.append(P(f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}.'))
    body.append(P(R('1. Asistencia', b=True), before=160))
    for x in a['attendance']:
        body.append(P(f'{x[1]} {x[0]}, {x[5]}. {x[2]}{"" if x[2].endswith(".") else "."} Sector: {SECTOR_WORD[x[4]]}.', ind=(360, 0)))
    body.append(P(R('2. Seguimiento de estrategias y metas', b=True), before=160))
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. {st["title"]}.', b=True), keep=True))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text'] + '.'), ind=(360, 0)))
            body.append(P(f'Indicador: {g["indicator"]}.', ind=(360, 0)))
            body.append(P(f'Responsable: {g["executor"]}.', ind=(360, 0)))
            body.append(P(f'Informe: {report_text(g)}' if g['report'] else f'Informe: Sin informe. {g["status"]}', ind=(360, 0)))
        for f in st['feedback']:
            lead = 'La Secretaría Ejecutiva señaló:' if f[1] == 'retroalimentacion' else f'{f[4]}, de {inst_of(a, f[4])}, comentó:'
            body.append(P(R(f'(Meta {f[2]}) {lead} ', i=True), R(f[0]), ind=(720, 0)))
    body.append(P(R('3. Acuerdos', b=True), before=160))
    for k, g in enumerate(a['agreements'], 1):
        body.append(P(f'{k}. {g["text"]}', ind=(360, 0)))
    body.append(P(f'Se cerró la sesión a las {a["end"]} horas.'))
    se = a['attendance'][-1]
    body.append(P(f'Relatoría: {se[1]} {se[0]}.', before=300))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(header=False), '', P(D.PAGE_FIELD, align='center'), font='Times New Roman', size=24)


def v4_scan(a):
    stem = a['stem']
    tmp = tempfile.mkdtemp(prefix='blind-v-scan-')
    lo_convert(os.path.join(OUT, stem + '.docx'), 'pdf', tmp)
    run(['pdftoppm', '-r', '150', '-gray', os.path.join(tmp, stem + '.pdf'), os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    rnd = random.Random(stem)
    jpgs = []
    for k, f in enumerate(pages):
        # page 2 went through the feeder upside down (session 2) or was laid sideways on the glass (session 3)
        rot = 0 if k != 1 else (180 if a['number'] % 2 == 0 else 270)
        rot += rnd.uniform(-0.8, 0.8)
        j = os.path.join(tmp, f'{k}.jpg')
        run(['convert', os.path.join(tmp, f), '-background', 'white', '-rotate', f'{rot:.2f}', '-level', '8%,92%', '-attenuate', '0.4',
             '+noise', 'Gaussian', '-quality', '50', '-units', 'PixelsPerInch', '-density', '150', j])
        jpgs.append(j)
    run(['img2pdf', '-o', os.path.join(OUT, stem + '.pdf')] + jpgs)
    # the reader's OCR: orientation detected by Tesseract (osd), page turned upright, then read at 300 dpi
    txt = []
    for k, j in enumerate(jpgs):
        osd = subprocess.run(['tesseract', j, '-', '--psm', '0', '--dpi', '150'], capture_output=True, text=True).stdout
        m = re.search(r'Rotate: (\d+)', osd)
        r = int(m.group(1)) if m else 0
        up = os.path.join(tmp, f'{k}-up.png')
        run(['convert', j, '-rotate', str(r), '-resize', '200%', '-deskew', '40%', up])
        txt.append(subprocess.run(['tesseract', up, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout)
        print(stem, 'page', k + 1, 'osd rotate', r)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ V5: web minutes system -> altChunk .docx + Chromium print
def v5_html(a):
    e = H.escape
    h = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Minuta</title><style>',
         'body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;margin:18mm;color:#222}h1{font-size:15pt;color:#6a1b4d;margin:0}',
         'h2{font-size:11.5pt;background:#6a1b4d;color:#fff;padding:3px 6px;margin:14px 0 6px}h3{font-size:10.5pt;margin:10px 0 4px;color:#6a1b4d}',
         'table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#f2e6ee}',
         '.lbl{color:#777;font-size:8.5pt}.quote{margin:3px 0 3px 14px}.small{font-size:8pt;color:#777}</style></head><body>']
    h.append('<div class="small">Sistema de Minutas de Espacios de Participación · Secretaría Ejecutiva · Folio EP-' + f'{a["number"]:02d}-{a["date"][:4]}' + '</div>')
    h.append(f'<h1>Minuta de la sesión {a["number"]}</h1><p><b>Espacio de Participación del {e(a["body"])}</b></p>')
    h.append('<table>')
    for k, v in (('Tipo de sesión', 'Ordinaria'), ('Fecha', long_date(a['date'])), ('Hora de inicio', a['start']), ('Hora de cierre', a['end']),
                 ('Sede / modalidad', a['place']), ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')):
        h.append(f'<tr><th style="width:28%">{e(k)}</th><td>{e(v)}</td></tr>')
    h.append('</table><h2>Personas participantes</h2><table><tr><th>Nombre</th><th>Cargo</th><th>Institución u organización</th><th>Sector</th></tr>')
    for x in a['attendance']:
        h.append(f'<tr><td>{e(x[1] + " " + x[0])}</td><td>{e(x[5])}</td><td>{e(x[2])}</td><td>{e(SECTOR_WORD[x[4]])}</td></tr>')
    h.append('</table><h2>Seguimiento</h2>')
    for st in a['strategies']:
        h.append(f'<h3>Estrategia {st["number"]}. {e(st["title"])}</h3>')
        for g in st['goals']:
            h.append(f'<p><b>Meta {g["id"]}.</b> {e(g["text"])}<br><span class="lbl">Indicador:</span> {e(g["indicator"])}<br><span class="lbl">Instancia responsable:</span> {e(g["executor"])}</p>')
            if g['report']: h.append(f'<p class="quote"><span class="lbl">Informe:</span> {e(report_text(g))}</p>')
            else: h.append(f'<p class="quote"><span class="lbl">Informe:</span> <i>Sin informe.</i> {e(g["status"])}</p>')
        h.append('<p class="lbl">Retroalimentación y comentarios</p><ul>')
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[1] == 'retroalimentacion' else speaker(a, f)
            h.append(f'<li><b>{e(who)}</b> (meta {f[2]}): {e(f[0])}</li>')
        h.append('</ul>')
    h.append('<h2>Acuerdos</h2><table><tr><th>#</th><th>Acuerdo</th><th>Responsable</th></tr>')
    for k, g in enumerate(a['agreements'], 1):
        h.append(f'<tr><td>{k}</td><td>{e(g["text"])}</td><td>{e(g["responsible"] or "—")}</td></tr>')
    se = a['attendance'][-1]
    h.append(f'</table><p class="small">Minuta capturada por {e(se[0])} · generada por el sistema el {dmy(a["date"])}</p></body></html>')
    return ''.join(h)


def v5(a):
    html = v5_html(a)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(html)
    # the system's .docx: one empty paragraph and the body as an altChunk (Word imports the HTML when it opens the file)
    body = '<w:altChunk r:id="rIdAlt1"/>' + EMPTY + D.sect(header=False, footer=False)
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body,
            extra_rels=['<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="minuta.html"/>'],
            extra_parts=[('minuta.html', html, 'text/html')])
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


# ------------------------------------------------------------------ V6: checkbox content controls
def box(checked, tag):
    ch = '☒' if checked else '☐'
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:alias w:val="{tag}"/><w:id w:val="{zlib.crc32(tag.encode()) % 99999999}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def v6(a):
    body = []
    body.append(P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=18), align='center'))
    body.append(P(R('MINUTA DE SESIÓN DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=26), align='center'))
    body.append(P(R(a['body'], b=True), align='center'))
    rows = [[C(P(R('Sesión', b=True)), w=2000, shade='DEEAF6'), C(P(R(f'{a["number"]}  '), box(True, 'ord'), R(' Ordinaria  '), box(False, 'ext'), R(' Extraordinaria')), w=7600)],
            [C(P(R('Fecha', b=True)), w=2000, shade='DEEAF6'), C(P(long_date(a['date'])), w=7600)],
            [C(P(R('Horario', b=True)), w=2000, shade='DEEAF6'), C(P(f'{a["start"]} – {a["end"]} h'), w=7600)],
            [C(P(R('Sede', b=True)), w=2000, shade='DEEAF6'), C(P(a['place']), w=7600)],
            [C(P(R('Coordinación', b=True)), w=2000, shade='DEEAF6'), C(P(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), w=7600)],
            [C(P(R('Quórum', b=True)), w=2000, shade='DEEAF6'), C(P(box(True, 'q1'), R(' Sí  '), box(False, 'q2'), R(' No')), w=7600)]]
    body.append(T(rows, [2000, 7600]))
    body.append(P(R('I. Registro de asistencia de integrantes', b=True)))
    body.append(P(R('Marque la casilla de asistencia y el sector de cada integrante del padrón.', i=True, sz=16, color='595959')))
    W = [2300, 2700, 1100, 700, 700, 700, 700]
    rows = [[C(P(R(h, b=True, sz=16)), w=w, shade='DEEAF6') for h, w in zip(('Integrante', 'Institución u organización', 'Asistió', 'IE', 'OSC', 'Otra', 'SE'), W)]]
    roster = [(x[0], x[1], x[2], x[4], True) for x in a['attendance'][:-1]]
    roster += [(n, t, i, IE, False) for n, t, i, _c in TIA_ABSENT]
    roster.append((a['attendance'][-1][0], a['attendance'][-1][1], a['attendance'][-1][2], SE, True))
    for k, (n, t, inst, sec, came) in enumerate(roster):
        rows.append([C(P(f'{t} {n}'), w=W[0]), C(P(inst), w=W[1]),
                     C(P(box(came, f'a{k}'), R(' Sí '), box(not came, f'b{k}'), R(' No')), w=W[2])] +
                    [C(P(box(sec == s, f's{k}{s}'), align='center'), w=w) for s, w in zip((IE, SC, OT, SE), W[3:])])
    body.append(T(rows, W, header_rows=1))
    body.append(P(R('IE: instancia ejecutora; OSC: organización de la sociedad civil; Otra: otra instancia; SE: Secretaría Ejecutiva.', sz=16, color='595959')))
    body.append(P(R('II. Seguimiento', b=True)))
    for st in a['strategies']:
        body.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            rows = [[C(P(R('Meta', b=True)), w=2200, shade='F2F2F2'), C(P(f'{g["id"]} {g["text"]}'), w=7400)],
                    [C(P(R('Indicador', b=True)), w=2200, shade='F2F2F2'), C(P(g['indicator']), w=7400)],
                    [C(P(R('Instancia responsable', b=True)), w=2200, shade='F2F2F2'), C(P(g['executor']), w=7400)],
                    [C(P(R('¿Presentó informe?', b=True)), w=2200, shade='F2F2F2'), C(P(box(bool(g['report']), 'r' + g['id']), R(' Sí   '), box(not g['report'], 'n' + g['id']), R(' No')), w=7400)],
                    [C(P(R('Informe', b=True)), w=2200, shade='F2F2F2'), C(P(report_text(g) if g['report'] else g['status']), w=7400)]]
            fbs = []
            for f in st['feedback']:
                if f[2] != g['id']: continue
                fbs.append(P(R('Secretaría Ejecutiva: ' if f[1] == 'retroalimentacion' else speaker(a, f) + ': ', b=True), R(f[0])))
            rows.append([C(P(R('Comentarios', b=True)), w=2200, shade='F2F2F2'), C(''.join(fbs) or P('Sin comentarios.'), w=7400)])
            body.append(T(rows, [2200, 7400]))
    body.append(P(R('III. Acuerdos', b=True)))
    rows = [[C(P(R(h, b=True)), w=w, shade='DEEAF6') for h, w in (('Núm.', 700), ('Acuerdo', 5900), ('Responsable', 3000))]]
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C(P(f'{k}'), w=700), C(P(g['text']), w=5900), C(P(g['responsible'] or ''), w=3000)])
    body.append(T(rows, [700, 5900, 3000], header_rows=1))
    se = a['attendance'][-1]
    body.append(P(R('Elaboró: '), R(f'{se[1]} {se[0]}, {se[5]}'), before=240))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(body) + D.sect(), P(R('EP-Minuta · formato 2018', sz=14, color='808080'), align='right'),
            P(D.PAGE_FIELD, align='center'), font='Calibri', size=21)


DOCX = {'V1': v1, 'V2': v2, 'V3': v3_docx, 'V4': v4, 'V5': v5, 'V6': v6}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in ('V1', 'V2', 'V6'): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        elif lay == 'V3': v3_pdf(a)
        elif lay == 'V4': v4_scan(a)
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'])


if __name__ == '__main__':
    main()
