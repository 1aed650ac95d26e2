# -*- coding: utf-8 -*-
"""Render batch Q from content.py: .docx / .html, .gold.json, then PDFs (LibreOffice, Chromium or a scan), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import glob, json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import R, P, C, T, EMPTY, gold, OUT, field_complex
from content import ACTAS, IE, SC, SE, OT

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-q'
CHROMIUM_LAYOUTS = {'Q4', 'Q6'}
SCANNED_LAYOUTS = {'Q1'}
EXTRA_FORMATS = {
    'blind-q-raras-05-2018-04-19': ['rtf'],
    'blind-q-repatriadas-03-2020-05-14': ['odt'],
    'blind-q-orfandad-03-2022-09-21': ['doc'],
    'blind-q-trabajosexual-07-2023-04-20': ['odt'],
}
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']


def lo_convert(src_path, fmt, outdir=OUT):
    subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_from_html(html_path, pdf_path):
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def long_date(iso, weekday=True):
    import datetime
    d = datetime.date.fromisoformat(iso)
    s = f'{d.day} de {MESES[d.month - 1]} de {d.year}'
    return (DIAS[d.weekday()] + ' ' + s) if weekday else s


def join_y(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' y ' + xs[-1]


def de(inst):
    """'de la Secretaría…', 'del Sistema…', 'de Otros Dreams…'"""
    w = inst.split()[0]
    if w in ('Sistema', 'Fideicomiso', 'Instituto', 'Consejo', 'Alto', 'Colectivo', 'Tribunal', 'Centro', 'Fondo', 'Programa'):
        return 'del ' + inst
    if w in ('Secretaría', 'Federación', 'Asociación', 'Facultad', 'Consejería', 'Organización', 'Red', 'Procuraduría', 'Comisión', 'Universidad', 'Fiscalía', 'Alcaldía', 'Delegación', 'Escuela', 'Casa', 'Brigada', 'Agencia'):
        return 'de la ' + inst
    return 'de ' + inst


def subj(inst):
    """'La Secretaría…', 'El Sistema…'"""
    d = de(inst)
    return 'El ' + inst if d.startswith('del ') else ('La ' + inst if d.startswith('de la ') else inst)


def fb(st, goal, section=None):
    return [f for f in st['feedback'] if f[2] == goal and (section is None or f[1] == section)]


def by_sector(att, order=(IE, OT, SC, SE)):
    return [(s, [a for a in att if a[4] == s]) for s in order if any(a[4] == s for a in att)]


# ================================================================== Q1 typed legal acta, scanned
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']
Q1_SECTOR_LEAD = {IE: 'por las instancias ejecutoras', OT: 'por otras instituciones', SC: 'por las organizaciones de la sociedad civil',
                  SE: 'y por la'}


def build_Q1(a, path):
    J = 'both'
    body = []
    body.append(P(R('ACTA DE LA ' + a['ordinal'].upper() + ' SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS ' + a['body'].upper(), b=True), align='center', after=240))
    people = []
    for s, rows in by_sector(a['attendance']):
        ps = '; '.join(f'{t} {n}, {c} {de(i)}' for n, t, i, k, _s, c in rows)
        lead = Q1_SECTOR_LEAD[s]
        if s == SE:
            ps = rows[0][2] + ', ' + '; '.join(f'{t} {n}, {c}' for n, t, i, k, _s, c in rows)
        people.append(f'{lead} {ps}' if s == SE else f'{lead}, {ps}')
    coord_t = 'la maestra'
    opening = (f'En la Ciudad de México, siendo {a["start_words"]} del día {a["date_words"]}, reunidos en la {a["place"]}, '
               f'para celebrar la {a["ordinal"]} Sesión Ordinaria del Espacio de Participación de los {a["body"]}, se encuentran presentes: '
               + '; '.join(people) + f'. Preside la sesión {coord_t} {a["coordinator"][0]}, {a["coordinator"][1]}, quien verificó la existencia del quórum '
               'y sometió a la consideración de las personas presentes el siguiente:')
    body.append(P(opening, align=J, after=200))
    body.append(P(R('ORDEN DEL DÍA', b=True), align='center', after=120))
    nums = join_y(str(s['number']) for s in a['strategies'])
    od = ['Lista de asistencia y verificación del quórum.', 'Seguimiento de los acuerdos de la sesión anterior.',
          f'Revisión de las estrategias {nums}.', 'Asuntos generales.', 'Lectura y aprobación de acuerdos.']
    for k, x in enumerate(od):
        body.append(P(f'{ROMAN[k]}.\t{x}', ind=(1080, 540), after=40))
    body.append(P('Aprobado el orden del día por unanimidad, se procede a su desahogo en los términos siguientes:', align=J, before=160, after=160))
    body.append(P(R('I.- LISTA DE ASISTENCIA.', b=True, u=True)))
    body.append(P(f'La Secretaría Ejecutiva informó que se encuentran presentes {len(a["attendance"])} personas integrantes del Espacio, por lo que existe quórum para sesionar.', align=J, after=160))
    body.append(P(R('II.- SEGUIMIENTO DE ACUERDOS DE LA SESIÓN ANTERIOR.', b=True, u=True)))
    body.append(P('La Secretaría Ejecutiva dio cuenta del estado de los acuerdos tomados en la sesión anterior:', align=J))
    rows = [[C([P(R('No.', b=True), align='center')], 600, shade='D9D9D9'), C([P(R('Acuerdo anterior', b=True), align='center')], 5800, shade='D9D9D9'),
             C([P(R('Estatus', b=True), align='center')], 3000, shade='D9D9D9')]]
    for k, (t, s) in enumerate(a['previous'], 1):
        rows.append([C([P(str(k), align='center')], 600), C([P(t)], 5800), C([P(s)], 3000)])
    body.append(T(rows, [600, 5800, 3000], header_rows=1))
    body.append(P(R('III.- REVISIÓN DE ESTRATEGIAS.', b=True, u=True), before=120))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        body.append(P(R(f'ESTRATEGIA {st["number"]}.- ', b=True), R(st['title'], b=True), align=J, before=160, keep=True))
        for g in st['goals']:
            body.append(P(R(f'Meta {g["id"]}.- ', b=True), R(g['text'] + '.'), align=J, before=80))
            body.append(P(R('Indicador: ', b=True), R(g['indicator'] + '.'), align=J))
            body.append(P(R('Instancia responsable: ', b=True), R(g['executor'] + '.'), align=J))
            if g['report']:
                body.append(P(R('Informe:', b=True), align=J))
                for x in g['report']:
                    body.append(P(x, align=J, ind=(567, 0)))
            else:
                body.append(P(R('Informe: ', b=True), R(g['status'], i=True), align=J))
            rs = fb(st, g['id'], 'retroalimentacion')
            if rs:
                body.append(P(R('Retroalimentación de la Secretaría Ejecutiva:', b=True), align=J))
                for f in rs:
                    body.append(P(f[0], align=J, ind=(567, 0)))
            for f in fb(st, g['id'], 'observacion'):
                n, t, i = att[f[4]][0], att[f[4]][1], att[f[4]][2]
                body.append(P(f'En uso de la palabra, {t} {n}, {de(i)}, manifestó: «{f[0]}»', align=J, ind=(567, 0)))
    body.append(P(R('IV.- ASUNTOS GENERALES.', b=True, u=True), before=160))
    body.append(P('No se registraron asuntos generales.', align=J))
    body.append(P(R('V.- ACUERDOS.', b=True, u=True), before=160))
    body.append(P('Las personas integrantes del Espacio aprobaron por unanimidad los siguientes:', align=J))
    for k, g in enumerate(a['agreements'], 1):
        body.append(P(R(f'ACUERDO EPER/{a["number"]:02d}/{k:02d}.- ', b=True), R(g['text']), align=J, ind=(567, 0)))
    body.append(P(f'No habiendo otro asunto que tratar, se da por concluida la sesión siendo {a["end_words"]} del mismo día de su inicio, '
                  'firmando al margen y al calce las personas que en ella intervinieron y quisieron hacerlo. - - - - - - - - - - - - - - - - - - -', align=J, before=200, after=600))
    c = a['coordinator']
    se = [x for x in a['attendance'] if x[4] == SE][0]
    sig = [[C([P('_____________________________', align='center'), P(R('Mtra. ' + c[0], b=True), align='center'), P(c[1], align='center')], 4700),
            C([P('_____________________________', align='center'), P(R('Lic. ' + se[0], b=True), align='center'), P('Secretaría Ejecutiva', align='center')], 4700)]]
    body.append(T(sig, [4700, 4700], borders=False))
    hdr = (P(R('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center', after=0)
           + P(R('Espacio de Participación de los ' + a['body'], sz=18), align='center', after=0)
           + P(R(f'EPER/{a["number"]:02d}/2018', sz=18), align='right'))
    ftr = P(R('Hoja '), field_complex('PAGE', R('1')), R(f' del acta de la {a["ordinal"]} Sesión Ordinaria'), align='center')
    body.append(D.sect())
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Liberation Serif', size=23)
    return False


def scan_pdf(docx_path, pdf_path, stem, seed):
    """render with LibreOffice, rasterise at 300 dpi, photocopy look (grey paper, slight skew, noise), image-only PDF; OCR kept in src/ocr/"""
    tmp = tempfile.mkdtemp(prefix='blind-q-scan-')
    lo_convert(docx_path, 'pdf', tmp)
    src = os.path.join(tmp, os.path.basename(docx_path)[:-5] + '.pdf')
    # ImageMagick's policy forbids reading PDF here: poppler rasterises, ImageMagick does the photocopy look
    subprocess.run(['pdftoppm', '-r', '300', '-gray', '-png', src, os.path.join(tmp, 'p')], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
    outs, ocr = [], []
    for k, pg in enumerate(pages):
        out = os.path.join(tmp, f's-{k:02d}.png')
        angle = [0.55, -0.4, 0.3, -0.6, 0.45][(k + seed) % 5]
        subprocess.run(['convert', pg, '-seed', str(seed * 10 + k), '-attenuate', '0.35', '+noise', 'Gaussian', '-blur', '0x0.5',
                        '-level', '0%,100%,0.9', '+level', '12%,93%', '-background', 'rgb(236,236,236)', '-rotate', str(angle),
                        '-gravity', 'center', '-crop', '2550x3300+0+0', '+repage', '-depth', '8', out], check=True)
        # an office scanner's file: 200 dpi grey JPEG (the 300 dpi PNGs made 31 MB PDFs; the lead re-encoded them so)
        jpg = out[:-4] + '.jpg'
        subprocess.run(['convert', out, '-colorspace', 'Gray', '-resize', '66.667%', '-quality', '60', jpg], check=True)
        out = jpg
        outs.append(out)
        t = subprocess.run(['tesseract', out, '-', '-l', 'spa'], capture_output=True, text=True, check=True).stdout
        ocr.append(t)
    subprocess.run(['img2pdf', '--pagesize', 'Letter', '-o', pdf_path] + outs, check=True)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    with open(os.path.join(SRC, 'ocr', stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\f'.join(ocr))
    shutil.rmtree(tmp)


# ================================================================== Q2 WhatsApp chat pasted into Word
def chat_Q2(a):
    """list of (time, sender, [lines]) in order"""
    d = a['chat_date']
    ct = a['coord_contact']
    att = {x[0]: x for x in a['attendance']}
    contact = {x[0]: x[5] for x in a['attendance']}
    se = [x for x in a['attendance'] if x[4] == SE][0]
    h, m = map(int, a['start'].split(':'))
    clock = [h * 60 + m - 3]

    def t(step=1):
        clock[0] += step
        return f'{clock[0] // 60}:{clock[0] % 60:02d}'
    M = []
    M.append((t(), ct, ['Buenos días a todas y todos 🌞']))
    M.append((t(3), ct, [f'Siendo las {a["start"]} iniciamos la {a["ordinal"]} sesión ordinaria del Espacio de Participación de los {a["body"]}. '
                         'Por la contingencia sanitaria la sesión será por escrito en este grupo. Les pido pasar lista con su nombre completo e institución, por favor.']))
    for n, ti, inst, _k, s, c in a['attendance']:
        full = (ti + ' ' if ti else '') + n
        if s == SE:
            txt = f'Presente, {full} por la {inst}. Yo tomo nota para la minuta 📝'
        elif c.startswith('+52'):
            txt = f'Buenos días, {full}, {inst}, presente'
        else:
            txt = f'Presente. {full}, {inst}'
        M.append((t(), c, [txt]))
    nums = ' y '.join(str(s['number']) for s in a['strategies'])
    M.append((t(2), ct, [f'Gracias, tenemos quórum ✅ Orden del día: 1) pase de lista, 2) revisión de las estrategias {nums}, 3) acuerdos y asuntos generales.']))
    for st in a['strategies']:
        M.append((t(2), ct, [f'Pasamos a la estrategia {st["number"]} «{st["title"]}».']))
        for g in st['goals']:
            resp = [x for x in a['attendance'] if x[3] == g['executor_key'] and x[4] == IE]
            ask = f' Adelante @{contact[resp[0][0]]} con su informe, por favor.' if resp else ''
            M.append((t(2), ct, [f'Meta {g["id"]}: «{g["text"]}». Indicador: «{g["indicator"]}». Responsable: {g["executor"]}.' + (ask if g['report'] else '')]))
            if g['report']:
                who = contact[resp[0][0]]
                M.append((t(3), who, [f'Informe meta {g["id"]}:'] + g['report']))
                M.append((t(), who, ['<Multimedia omitido>']))
            else:
                M.append((t(2), ct, [g['status']]))
            for f in fb(st, g['id']):
                if f[1] == 'retroalimentacion':
                    M.append((t(3), se[5], [f'Retroalimentación {g["id"]}: {f[0]}']))
                else:
                    M.append((t(3), contact[f[4]], [f[0]]))
                    if f[3] == 'cuestiona':
                        M.append((t(), ct, ['Gracias, queda registrado 👍']))
        M.append((t(), contact[a['attendance'][0][0]], ['Se eliminó este mensaje']))
    M.append((t(4), ct, ['Acuerdos de la sesión:'] + [f'{k}. {g["text"]}' for k, g in enumerate(a['agreements'], 1)] + ['¿Están de acuerdo? 🙋']))
    for x in a['attendance'][:4]:
        M.append((t(), x[5], ['De acuerdo 👍']))
    M.append((t(3), ct, ['Quedan aprobados ✅ ¿Algún asunto general?']))
    M.append((t(6), [x for x in a['attendance'] if x[0].startswith('Dulce')][0][5], ['Sólo recordar que seguimos recibiendo en la Red a compañeras que llegan por el Aeropuerto; cualquier canalización con gusto.']))
    M.append((t(2), ct, [f'Gracias. Dejamos abierto el chat hasta las {a["end"]} por si alguien quiere agregar algo a la minuta.']))
    M.append((t(41), se[5], ['<Multimedia omitido>']))
    M.append((t(1), se[5], ['Les comparto el borrador de la minuta, cualquier comentario por aquí.']))
    M.append(((lambda: f'{int(a["end"][:2])}:{a["end"][3:]}')(), ct, [f'Siendo las {a["end"]} damos por concluida la sesión. ¡Gracias por su participación y cuídense mucho! 🙏']))
    return [(d, tm, who, lines) for tm, who, lines in M]


def build_Q2(a, path):
    body = []
    title = f'MINUTA DE LA {a["ordinal"]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS {a["body"].upper()}'
    body.append(P(R(title, b=True), align='center'))
    body.append(EMPTY)
    body.append(P(R('Fecha: ', b=True), R(long_date(a['date']))))
    body.append(P(R('Horario: ', b=True), R(f'{a["start"]} a {a["end"]} h')))
    body.append(P(R('Lugar: ', b=True), R(a['place'])))
    body.append(P(R('Coordinación: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}')))
    body.append(EMPTY)
    body.append(P(R('Nota: ', b=True), R('Por la emergencia sanitaria por COVID-19, la sesión se realizó por escrito en el grupo de WhatsApp del Espacio. '
                                         'A continuación se transcribe la conversación exportada del grupo (archivo «Chat de WhatsApp con EP Repatriadas PDH.txt»), sin correcciones. '
                                         'La lista de asistencia es el pase de lista del propio chat.', i=True), align='both'))
    body.append(EMPTY)
    body.append(P(f'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.'))
    for d, tm, who, lines in chat_Q2(a):
        body.append(P(f'[{d} {tm}] {who}: {lines[0]}'))
        for ln in lines[1:]:
            body.append(P(ln))
    body.append(EMPTY)
    body.append(EMPTY)
    se = [x for x in a['attendance'] if x[4] == SE][0]
    body.append(P(R('Elaboró: ', b=True), R(f'{se[0]}, Secretaría Ejecutiva')))
    body.append(P(R('Revisó: ', b=True), R(f'{a["coordinator"][0]}')))
    body.append(D.sect(header=False, footer=True))
    ftr = P(field_complex('PAGE', R('1')), align='right')
    D.write(path, ''.join(body), footer_xml=ftr, font='Calibri', size=22)
    return False


# ================================================================== Q3 cédulas de seguimiento, one form per goal
Q3_SECTOR = {IE: 'Gobierno de la Ciudad de México', OT: 'Organismos internacionales', SC: 'Organizaciones de la sociedad civil', SE: 'Secretaría Ejecutiva'}


def build_Q3(a, path):
    body = []
    GREY, DARK = 'E7E6E6', '1F3864'
    body.append(P(R('CÉDULAS DE SEGUIMIENTO DE METAS', b=True, sz=28, color=DARK), align='center', after=40))
    body.append(P(R(f'{a["ordinal"]} Sesión Ordinaria del Espacio de Participación de los {a["body"]}', b=True, sz=22), align='center', after=200))
    hdr = [C([P(R(x, b=True, sz=18), align='center')], w, shade=GREY) for x, w in (('Fecha', 2000), ('Horario', 1600), ('Sede / modalidad', 3600), ('Coordinación', 2400))]
    import datetime
    d = datetime.date.fromisoformat(a['date'])
    val = [C([P(f'{d.day:02d}/{d.month:02d}/{d.year}', align='center')], 2000), C([P(f'{a["start"]} – {a["end"]} hrs.', align='center')], 1600),
           C([P(a['place'])], 3600), C([P(a['coordinator'][0]), P(R(a['coordinator'][1], i=True))], 2400)]
    body.append(T([hdr, val], [2000, 1600, 3600, 2400]))
    body.append(P(R('PERSONAS PARTICIPANTES', b=True, color=DARK), before=120))
    for s, rows in by_sector(a['attendance']):
        body.append(P(R(Q3_SECTOR[s], b=True, u=True), before=80))
        insts = []
        for r in rows:
            if r[2] not in insts: insts.append(r[2])
        for inst in insts:
            body.append(P(R(inst, b=True), after=20))
            for n, t, i, k, _s, c in rows:
                if i == inst:
                    body.append(P((t + ' ' if t else '') + n + ' — ' + c, num=(2, 0), after=20))
    cells = [(st, g) for st in a['strategies'] for g in st['goals']]
    for k, (st, g) in enumerate(cells, 1):
        body.append(f'<w:p><w:pPr><w:pageBreakBefore/><w:jc w:val="right"/></w:pPr>{R(f"Formato SE-EP-03 · Cédula {k} de {len(cells)}", sz=16, color="808080")}</w:p>')
        L = lambda t: C([P(R(t, b=True, sz=18))], 2700, shade=GREY)
        rows = [[C([P(R(f'CÉDULA DE SEGUIMIENTO · META {g["id"]}', b=True, color='FFFFFF'), align='center')], 9700, span=2, shade=DARK)],
                [L('Estrategia'), C([P(f'{st["number"]}. {st["title"]}')], 7000)],
                [L('Meta'), C([P(f'{g["id"]} {g["text"]}')], 7000)],
                [L('Indicador'), C([P(g['indicator'])], 7000)],
                [L('Instancia responsable'), C([P(g['executor'])], 7000)],
                [L('Entrega de informe'), C([P(('☒ Entregado        ☐ No entregado') if g['report'] else ('☐ Entregado        ☒ No entregado'))], 7000)]]
        if g['report']:
            rep = [P(x, num=(2, 0), after=40) for x in g['report']]
        else:
            rep = [P('—'), P(R(g['status'], i=True))]
        rows.append([L('Avance reportado'), C(rep, 7000)])
        rs = fb(st, g['id'], 'retroalimentacion')
        rows.append([L('Retroalimentación de la Secretaría Ejecutiva'), C([P(f[0]) for f in rs] or [P('—')], 7000)])
        att = {x[0]: x for x in a['attendance']}
        ob = fb(st, g['id'], 'observacion')
        rows.append([L('Observaciones de las personas integrantes'), C([P(R(att[f[4]][2] + ': ', b=True), R(f[0])) for f in ob] or [P('—')], 7000)])
        body.append(T(rows, [2700, 7000]))
        body.append(P(R('Fuente: cédula remitida por la instancia y registro de la sesión.', i=True, sz=16, color='808080')))
    body.append(f'<w:p><w:pPr><w:pageBreakBefore/></w:pPr>{R("ACUERDOS", b=True, color=DARK)}</w:p>')
    W5 = [700, 4200, 2100, 1400, 1300]
    rows = [[C([P(R(x, b=True, sz=18), align='center')], w, shade=GREY) for x, w in zip(('No.', 'Acuerdo', 'Responsable', 'Plazo', 'Estatus'), W5)]]
    for k, g in enumerate(a['agreements'], 1):
        rows.append([C([P(f'{a["number"]}.{k}', align='center')], W5[0]), C([P(g['text'])], W5[1]), C([P(g['responsible'] or '')], W5[2]),
                     C([P(g['due'] or '', align='center')], W5[3]), C([P(g['state'] or '', align='center')], W5[4])])
    body.append(T(rows, W5, header_rows=1))
    se = [x for x in a['attendance'] if x[4] == SE][0]
    sig = [[C([P('Elaboró', align='center'), EMPTY, EMPTY, P('________________________', align='center'), P(se[1] + ' ' + se[0], align='center'), P('Secretaría Ejecutiva', align='center')], 4850),
            C([P('Vo. Bo.', align='center'), EMPTY, EMPTY, P('________________________', align='center'), P('Mtra. ' + a['coordinator'][0], align='center'), P(a['coordinator'][1], align='center')], 4850)]]
    body.append(T(sig, [4850, 4850], borders=False))
    body.append(D.sect())
    hdr = P(R('SIPINNA CDMX · Espacio de Participación · Seguimiento de metas', sz=16, color='808080'), align='left')
    ftr = P(R('Página ', sz=16), field_complex('PAGE', R('1', sz=16)), align='center')
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Arial', size=19,
            numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 360)])])
    return False


# ================================================================== Q4 Google Sheets tracking sheet (Chromium) + docx paste
def X(text, cls='', span=1, rows=1):
    return dict(text=text, cls=cls, span=span, rows=rows)


def sheets_Q4(a):
    """[(tab name, ncols, frozen rows, [row = list of cells or None for a vertically merged continuation])]"""
    import datetime
    d = datetime.date.fromisoformat(a['date'])
    se = [x for x in a['attendance'] if x[4] == SE][0]
    head = [X(f'Seguimiento de metas · Espacio de Participación del {a["body"]}', 'title', 9)]
    r2 = [X('Sesión', 'lab'), X(f'Sesión ordinaria No. {a["number"]}', '', 1), X('Fecha', 'lab'), X(f'{d.day:02d}/{d.month:02d}/{d.year}'), X('Horario', 'lab'),
          X(f'{a["start"]} - {a["end"]}'), X('Sede', 'lab'), X(a['place'], '', 2)]
    r3 = [X('Coordinación', 'lab'), X(f'{a["coordinator"][0]} ({a["coordinator"][1]})', '', 3), X('Relatoría', 'lab'), X(f'{se[0]} (SE)', '', 2),
          X('Actualizado', 'lab'), X(f'{d.day:02d}/{d.month:02d}/{d.year} 14:52')]
    cols = ['Estrategia', 'Meta', 'Indicador', 'Responsable', 'Estatus', 'Avance reportado', 'Retroalimentación SE', 'Observaciones', 'Quién observa']
    r4 = [X(c, 'hdr') for c in cols]
    rows = [head, r2, r3, r4]
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        for k, g in enumerate(st['goals']):
            ob = fb(st, g['id'], 'observacion'); rs = fb(st, g['id'], 'retroalimentacion')
            strat = X(f'{st["number"]} · {st["title"]}', 'strat', rows=len(st['goals'])) if k == 0 else None
            who = ''
            if ob:
                p = att[ob[0][4]]
                who = f'{p[0]} ({p[2]})'
            rows.append([strat, X(f'{g["id"]} {g["text"]}'), X(g['indicator']), X(g['executor']),
                         X('Entregado', 'ok') if g['report'] else X(g['status'], 'bad'),
                         X(g['report'][0] if g['report'] else ''), X(rs[0][0] if rs else ''), X(ob[0][0] if ob else ''), X(who)])
    t1 = (f'Sesión {a["number"]}', 9, 4, rows)
    sec = {IE: 'Gobierno CDMX', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
    ar = [[X('Nombre', 'hdr'), X('Institución', 'hdr'), X('Sector', 'hdr'), X('Asistió', 'hdr')]]
    for n, t, i, k, s, c in a['attendance']:
        ar.append([X(n), X(i), X(sec.get(s) or ('Alcaldía' if i.startswith('Alcaldía') else 'Academia')), X('✔', 'ok')])
    t2 = ('Asistencia', 4, 1, ar)
    gr = [[X('#', 'hdr'), X('Acuerdo', 'hdr'), X('Responsable', 'hdr'), X('Fecha compromiso', 'hdr'), X('Estatus', 'hdr')]]
    for k, g in enumerate(a['agreements'], 1):
        gr.append([X(str(k)), X(g['text']), X(g['responsible'] or ''), X(g['due'] or ''), X(g['state'], 'ok' if g['state'] == 'Programada' else 'warn')])
    t3 = ('Acuerdos', 5, 1, gr)
    return [t1, t2, t3]


Q4_CSS = """
@page { size: 14in 8.5in; margin: 0.3in; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10px; margin: 0; color: #202124; }
.chrome { border-bottom: 1px solid #dadce0; padding: 4px 8px; }
.doc { font-size: 16px; } .doc .logo { display:inline-block; width:18px; height:24px; background:#0f9d58; border-radius:2px; vertical-align:middle; margin-right:8px; }
.menu span { margin-right: 12px; font-size: 12px; } .saved { color:#5f6368; font-size: 11px; margin-left: 16px; }
.fx { border-bottom: 1px solid #dadce0; padding: 3px 8px; font-size: 11px; color:#5f6368; } .fx b { margin-right: 10px; color:#202124; }
table.grid { border-collapse: collapse; table-layout: fixed; width: 100%; }
.grid td, .grid th { border: 1px solid #e2e3e3; padding: 2px 4px; vertical-align: top; font-size: 10px; overflow-wrap: anywhere; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
.grid th.rn { width: 26px; }
.grid tr.frozen td { background: #f3f3f3; }
.grid tr.lastfrozen td, .grid tr.lastfrozen th { border-bottom: 4px solid #c0c0c0; }
.title { font-weight: bold; font-size: 13px; background: #d9ead3 !important; }
.lab { font-weight: bold; color: #3c4043; }
.hdr { font-weight: bold; background: #cfe2f3 !important; text-align: center; }
.strat { background: #fff2cc; font-weight: bold; }
.ok { background: #b7e1cd; color: #0d652d; font-weight: bold; text-align: center; }
.bad { background: #f4c7c3; color: #a50e0e; font-weight: bold; text-align: center; }
.warn { background: #fce8b2; color: #7a5c00; font-weight: bold; text-align: center; }
.tabs { margin-top: 6px; border-top: 1px solid #dadce0; background: #f1f3f4; padding: 4px 8px; font-size: 12px; }
.tabs span { padding: 3px 12px; margin-right: 4px; color:#5f6368; } .tabs span.on { background: white; color: #188038; font-weight: bold; border-bottom: 3px solid #188038; }
.sheet { page-break-after: always; } .sheet:last-child { page-break-after: auto; }
"""


def html_Q4(a):
    sh = sheets_Q4(a)
    out = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Seguimiento EP Descanso {a["date"][:4]} - Hojas de cálculo de Google</title><style>{Q4_CSS}</style></head><body>']
    for name, ncols, frozen, rows in sh:
        out.append('<div class="sheet"><div class="chrome doc"><span class="logo"></span>Seguimiento EP Descanso 2019 <span class="saved">Se guardaron todos los cambios en Drive</span></div>')
        out.append('<div class="chrome menu"><span>Archivo</span><span>Editar</span><span>Ver</span><span>Insertar</span><span>Formato</span><span>Datos</span><span>Herramientas</span><span>Complementos</span><span>Ayuda</span></div>')
        first = rows[0][0]['text'] if rows[0][0] else ''
        out.append(f'<div class="fx"><b>fx</b>{H.escape(first)}</div>')
        widths = {9: [9, 13, 11, 8, 6, 17, 13, 14, 9], 4: [30, 40, 18, 12], 5: [4, 52, 18, 13, 13]}[ncols]
        out.append('<table class="grid"><colgroup><col style="width:26px">' + ''.join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>')
        out.append('<thead><tr><th class="rn"></th>' + ''.join(f'<th>{chr(65 + k)}</th>' for k in range(ncols)) + '</tr></thead><tbody>')
        for k, r in enumerate(rows, 1):
            cls = 'frozen' if k <= frozen else ''
            if k == frozen: cls += ' lastfrozen'
            tds = ''
            for c in r:
                if c is None: continue
                sp = f' colspan="{c["span"]}"' if c['span'] > 1 else ''
                rsp = f' rowspan="{c["rows"]}"' if c['rows'] > 1 else ''
                tds += f'<td class="{c["cls"]}"{sp}{rsp}>{H.escape(c["text"])}</td>'
            out.append(f'<tr class="{cls}"><th class="rn">{k}</th>{tds}</tr>')
        out.append('</tbody></table>')
        out.append('<div class="tabs">＋ ☰ ' + ''.join(f'<span class="{"on" if n == name else ""}">{H.escape(n)}</span>' for n, *_ in sh) + f'<span>Sesión {a["number"] - 1}</span></div></div>')
    out.append('</body></html>')
    return ''.join(out)


def grid_docx(rows, ncols, widths, frozen=0, sz=16):
    """rows of X cells (None = vertical merge continuation) → WordprocessingML table (pasted from the browser)"""
    shade = {'title': 'D9EAD3', 'hdr': 'CFE2F3', 'strat': 'FFF2CC', 'ok': 'B7E1CD', 'bad': 'F4C7C3', 'warn': 'FCE8B2', 'lab': 'F3F3F3'}
    out = []
    for r in rows:
        cells, col = [], 0
        for c in r:
            if c is None:
                cells.append(C([EMPTY], widths[col], vmerge='continue')); col += 1; continue
            w = sum(widths[col:col + c['span']])
            cells.append(C([P(R(c['text'], b=c['cls'] in ('title', 'hdr', 'lab', 'strat', 'ok', 'bad', 'warn'), sz=sz))], w, span=c['span'],
                           vmerge='restart' if c['rows'] > 1 else None, shade=shade.get(c['cls'])))
            col += c['span']
        out.append(cells)
    return T(out, widths, header_rows=frozen)


def build_Q4(a, path):
    body = []
    sh = sheets_Q4(a)
    W = {9: [1500, 1900, 1500, 1200, 950, 2300, 1700, 1900, 1350], 4: [3600, 5000, 2400, 1200], 5: [500, 6600, 2500, 1800, 1300]}
    for k, (name, ncols, frozen, rows) in enumerate(sh):
        body.append(P(R(name, b=True, color='188038'), before=0 if k == 0 else 200))
        body.append(grid_docx(rows, ncols, W[ncols], frozen if k == 0 else 1))
    body.append(D.sect(landscape=True, header=True, footer=False))
    hdr = P(R(f'Copiado de Hojas de cálculo de Google · Seguimiento EP Descanso 2019', sz=16, color='808080'))
    D.write(path, ''.join(body), header_xml=hdr, font='Arial', size=16)
    return False


# ================================================================== Q5 memoria written in Markdown, converted with pandoc
Q5_SECTOR = {IE: 'Instancias ejecutoras', OT: 'Academia', SC: 'Organizaciones de la sociedad civil', SE: 'Secretaría Ejecutiva'}


def md_Q5(a):
    L = []
    L += ['---', 'title: "Memoria de la reunión"',
          f'subtitle: "{a["ordinal"]} Sesión Ordinaria del Espacio de Participación de los {a["body"]}"',
          f'author: "Relatoría: {a["relator"][0]} {a["relator"][1]}, Secretaría Ejecutiva"',
          f'date: "{long_date(a["date"], weekday=False)}"', 'lang: es-MX', '---', '']
    L += ['# 1. Datos de la reunión', '', 'Fecha', f':   {long_date(a["date"])}', '', 'Horario', f':   de {a["start"]} a {a["end"]} horas', '',
          'Lugar', f':   {a["place"]}', '', 'Coordinación', f':   {a["coordinator"][0]}, {a["coordinator"][1]}', '']
    L += ['# 2. Participantes', '']
    for s, rows in by_sector(a['attendance']):
        L += [f'## {Q5_SECTOR[s]}', '']
        insts = []
        for r in rows:
            if r[2] not in insts: insts.append(r[2])
        for inst in insts:
            L.append(f'- **{inst}**')
            for n, t, i, k, _s, c in rows:
                if i == inst: L.append(f'    - {(t + " ") if t else ""}{n}, {c}')
        L.append('')
    L += ['# 3. Seguimiento de las estrategias', '',
          'La coordinadora dio la palabra a cada instancia en el orden de las metas. Se resume lo que se dijo; los informes se transcriben tal como se recibieron.', '']
    fn = []
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        L += [f'## Estrategia {st["number"]}. {st["title"]}', '']
        for g in st['goals']:
            L += [f'### Meta {g["id"]}', '', f'**Meta:** {g["text"]}', '', f'*Indicador:* {g["indicator"]}', '', f'*Instancia responsable:* {g["executor"]}', '']
            if g['report']:
                mark = ''
                if g.get('footnote'):
                    fn.append(g['footnote']); mark = f'[^{len(fn)}]'
                L += [f'{subj(g["executor"])} informó{mark}:', '']
                for x in g['report']:
                    L += ['> ' + x, '']
            else:
                L += [g['status'], '']
            items = fb(st, g['id'])
            if items:
                L += ['Lo que se dijo:', '']
                for f in items:
                    who = 'Retroalimentación de la Secretaría Ejecutiva' if f[1] == 'retroalimentacion' else att[f[4]][2]
                    L.append(f'- **{who}:** {f[0]}')
                L.append('')
    L += ['# 4. Acuerdos', '']
    for k, g in enumerate(a['agreements'], 1):
        L.append(f'{k}. {g["text"]}')
    L += ['', '# 5. Cierre', '', f'Sin más asuntos que tratar, la reunión concluyó a las {a["end"]} horas.', '']
    for k, t in enumerate(fn, 1):
        L.append(f'[^{k}]: {t}')
    return '\n'.join(L) + '\n'


def build_Q5(a, path):
    os.makedirs(os.path.join(SRC, 'md'), exist_ok=True)
    mp = os.path.join(SRC, 'md', a['stem'] + '.md')
    with open(mp, 'w', encoding='utf-8') as f: f.write(md_Q5(a))
    subprocess.run(['pandoc', '-f', 'markdown', '-t', 'docx', '-o', path, mp], check=True)
    return False


# ================================================================== Q6 report printed from the tracking system (Chromium) + its Word export
def bands_Q6(a):
    import datetime
    d = datetime.date.fromisoformat(a['date'])
    dd = lambda x: f'{x.day:02d}/{x.month:02d}/{x.year}'
    B = []
    B.append(('hdr', ['GOBIERNO DEL DISTRITO FEDERAL', 'Programa de Derechos Humanos del Distrito Federal', 'SISTEMA DE SEGUIMIENTO Y EVALUACIÓN (SISE-PDHDF)'],
              [f'Fecha de impresión: {a["printed"]}', f'Usuario: {a["user"]}', 'Reporte: RPT_SES_003']))
    B.append(('title', 'REPORTE DE SESIÓN DE ESPACIO DE PARTICIPACIÓN'))
    B.append(('fields', [('Espacio:', a['body']), ('Cve. sesión:', f'EP-POB-{d.year}-{a["number"]:02d}'),
                         ('No. sesión:', str(a['number'])), ('Tipo:', 'SESIÓN ORDINARIA'),
                         ('Fecha:', dd(d)), ('Hr. inicio:', a['start']),
                         ('Hr. término:', a['end']), ('Estatus acta:', 'VALIDADA'),
                         ('Sede:', a['place']), ('Coordinación:', f'{a["coordinator"][0]} – {a["coordinator"][1]}')]))
    B.append(('band', f'PARTICIPANTES ({len(a["attendance"])})'))
    B.append(('table', ['No.', 'Nombre', 'Dependencia / Organización', 'Tipo part.'],
              [[str(k), n, i, c] for k, (n, t, i, key, s, c) in enumerate(a['attendance'], 1)], [6, 30, 52, 12]))
    B.append(('note', 'Tipo part.: IE = Instancia ejecutora; DEL = Órgano político-administrativo; ACA = Academia; OSC = Organización de la sociedad civil; SE = Secretaría Ejecutiva.'))
    B.append(('band', 'SEGUIMIENTO DE ESTRATEGIAS'))
    att = {x[0]: x for x in a['attendance']}
    for st in a['strategies']:
        B.append(('group', f'ESTRATEGIA: {st["number"]}', st['title']))
        for g in st['goals']:
            B.append(('fields1', [('Meta:', f'{g["id"]}'), ('Desc. meta:', g['text']), ('Indicador:', g['indicator']), ('Instancia resp.:', g['executor']),
                                  ('Estatus informe:', 'CON INFORME' if g['report'] else g['status']),
                                  ('Informe:', ' '.join(g['report']) if g['report'] else '—')]))
            rows = []
            for f in fb(st, g['id']):
                if f[1] == 'retroalimentacion': rows.append(['RETRO', 'SE', f[0]])
                else: rows.append(['OBS', att[f[4]][2], f[0]])
            if rows:
                B.append(('table', ['Tipo', 'Emitido por', 'Comentario'], rows, [8, 24, 68]))
            else:
                B.append(('note', 'Sin comentarios registrados para esta meta.'))
    B.append(('band', f'ACUERDOS ({len(a["agreements"])})'))
    B.append(('table', ['No.', 'Descripción', 'Responsable', 'Fecha compromiso'],
              [[str(k), g['text'], g['responsible'] or '', g['due'] or ''] for k, g in enumerate(a['agreements'], 1)], [6, 56, 22, 16]))
    n = datetime.date.fromisoformat(a['next']['date'])
    B.append(('fields', [('Próxima sesión:', dd(n)), ('Hora:', a['next']['start_time']), ('Sede:', 'Por confirmar'), ('Registró:', att[[x for x in a['attendance'] if x[4] == SE][0][0]][0])]))
    B.append(('foot', 'SISE-PDHDF v2.3 · Reporte generado automáticamente; no requiere firma autógrafa.'))
    return B


Q6_CSS = """
@page { size: letter; margin: 0.45in 0.4in; }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 8.5pt; color: #000; }
.hdr { display: flex; justify-content: space-between; border-bottom: 2px solid #333; padding-bottom: 4px; }
.hdr .l div:first-child { font-weight: bold; } .hdr .r { text-align: right; font-size: 7.5pt; color: #333; }
.title { text-align: center; font-weight: bold; font-size: 11pt; margin: 8px 0; letter-spacing: 1px; }
table.f { width: 100%; border-collapse: collapse; margin-bottom: 4px; }
table.f td { padding: 2px 4px; vertical-align: top; } table.f td.k { font-weight: bold; white-space: nowrap; width: 1%; color: #222; }
.band { background: #404040; color: #fff; font-weight: bold; padding: 3px 6px; margin-top: 8px; }
.group { background: #bfbfbf; font-weight: bold; padding: 3px 6px; margin-top: 6px; border-top: 1px solid #000; }
.group span { font-weight: normal; margin-left: 8px; }
table.t { width: 100%; border-collapse: collapse; margin: 3px 0 6px 0; }
table.t th { background: #e0e0e0; border: 0.5px solid #777; font-size: 7.5pt; padding: 2px 3px; text-align: left; }
table.t td { border: 0.5px solid #999; padding: 2px 3px; vertical-align: top; }
table.f1 { width: 100%; border-collapse: collapse; border-bottom: 1px dotted #777; margin-top: 4px; }
table.f1 td { padding: 1px 4px; vertical-align: top; } table.f1 td.k { font-weight: bold; width: 16%; }
.note { font-size: 7.5pt; font-style: italic; color: #333; margin: 2px 0 4px 0; }
.foot { margin-top: 14px; border-top: 1px solid #333; font-size: 7pt; color: #555; padding-top: 3px; }
"""


def html_Q6(a):
    e = H.escape
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>RPT_SES_003</title><style>{Q6_CSS}</style></head><body>']
    for b in bands_Q6(a):
        k = b[0]
        if k == 'hdr':
            o.append('<div class="hdr"><div class="l">' + ''.join(f'<div>{e(x)}</div>' for x in b[1]) + '</div><div class="r">' + ''.join(f'<div>{e(x)}</div>' for x in b[2]) + '</div></div>')
        elif k == 'title': o.append(f'<div class="title">{e(b[1])}</div>')
        elif k == 'fields':
            pairs = b[1]; rows = [pairs[i:i + 2] for i in range(0, len(pairs), 2)]
            o.append('<table class="f">' + ''.join('<tr>' + ''.join(f'<td class="k">{e(l)}</td><td>{e(v)}</td>' for l, v in r) + '</tr>' for r in rows) + '</table>')
        elif k == 'fields1':
            o.append('<table class="f1">' + ''.join(f'<tr><td class="k">{e(l)}</td><td>{e(v)}</td></tr>' for l, v in b[1]) + '</table>')
        elif k == 'band': o.append(f'<div class="band">{e(b[1])}</div>')
        elif k == 'group': o.append(f'<div class="group">{e(b[1])}<span>{e(b[2])}</span></div>')
        elif k == 'table':
            o.append('<table class="t"><colgroup>' + ''.join(f'<col style="width:{w}%">' for w in b[3]) + '</colgroup><tr>' + ''.join(f'<th>{e(h)}</th>' for h in b[1]) + '</tr>'
                     + ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in b[2]) + '</table>')
        elif k == 'note': o.append(f'<div class="note">{e(b[1])}</div>')
        elif k == 'foot': o.append(f'<div class="foot">{e(b[1])}</div>')
    o.append('</body></html>')
    return ''.join(o)


def build_Q6(a, path):
    """the same report exported to Word by the system: every band a table, labels bold"""
    body = []
    TW = 10200
    for b in bands_Q6(a):
        k = b[0]
        if k == 'hdr':
            body.append(T([[C([P(R(x, b=(j == 0), sz=16)) for j, x in enumerate(b[1])], 6000), C([P(R(x, sz=14), align='right') for x in b[2]], 4200)]], [6000, 4200], borders=False, after=False))
        elif k == 'title': body.append(P(R(b[1], b=True, sz=22), align='center', before=120, after=120))
        elif k == 'fields':
            pairs = b[1]; rows = []
            for i in range(0, len(pairs), 2):
                r = []
                for l, v in pairs[i:i + 2]:
                    r += [C([P(R(l, b=True, sz=16))], 1500), C([P(R(v, sz=16))], 3600)]
                if len(r) < 4: r += [C([EMPTY], 1500), C([EMPTY], 3600)]
                rows.append(r)
            body.append(T(rows, [1500, 3600, 1500, 3600], borders=False, after=False))
        elif k == 'fields1':
            body.append(T([[C([P(R(l, b=True, sz=16))], 1800), C([P(R(v, sz=16))], 8400)] for l, v in b[1]], [1800, 8400], borders=False, after=False))
        elif k == 'band': body.append(T([[C([P(R(b[1], b=True, color='FFFFFF', sz=16))], TW, shade='404040')]], [TW], borders=False, after=False))
        elif k == 'group': body.append(T([[C([P(R(b[1] + '  ', b=True, sz=16), R(b[2], sz=16))], TW, shade='BFBFBF')]], [TW], borders=False, after=False))
        elif k == 'table':
            ws_ = [int(TW * w / 100) for w in b[3]]
            rows = [[C([P(R(h, b=True, sz=14))], w, shade='E0E0E0') for h, w in zip(b[1], ws_)]]
            rows += [[C([P(R(c, sz=16))], w) for c, w in zip(r, ws_)] for r in b[2]]
            body.append(T(rows, ws_, header_rows=1, after=False))
        elif k == 'note': body.append(P(R(b[1], i=True, sz=14)))
        elif k == 'foot': body.append(P(R(b[1], sz=14, color='555555'), before=200))
    body.append(D.sect(header=False, footer=True))
    ftr = P(R('RPT_SES_003 · Página ', sz=14), field_complex('PAGE', R('1', sz=14)), align='right')
    D.write(path, ''.join(body), footer_xml=ftr, font='DejaVu Sans', size=16)
    return False


BUILDERS = {'Q1': build_Q1, 'Q2': build_Q2, 'Q3': build_Q3, 'Q4': build_Q4, 'Q5': build_Q5, 'Q6': build_Q6}
HTML = {'Q4': html_Q4, 'Q6': html_Q6}


def main(layouts):
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    for n, a in enumerate(ACTAS):
        if layouts and a['layout'] not in layouts: continue
        if a['layout'] not in BUILDERS: continue
        stem = os.path.join(OUT, a['stem'])
        made_pdf = BUILDERS[a['layout']](a, stem + '.docx')
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        if a['layout'] in CHROMIUM_LAYOUTS:
            hp = os.path.join(SRC, 'html', a['stem'] + '.html')
            with open(hp, 'w', encoding='utf-8') as f: f.write(HTML[a['layout']](a))
            pdf_from_html(hp, stem + '.pdf')
        elif a['layout'] in SCANNED_LAYOUTS:
            scan_pdf(stem + '.docx', stem + '.pdf', a['stem'], n)
        elif not made_pdf:
            lo_convert(stem + '.docx', 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(stem + '.docx', fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main(set(sys.argv[1:]))
