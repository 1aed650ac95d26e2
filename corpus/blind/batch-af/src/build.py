# -*- coding: utf-8 -*-
"""Render batch AF from content.py: .docx (raw WordprocessingML), .gold.json, PDFs, extra formats.
AF1 ADF multifunction-printer scan (300 dpi bilevel CCITT G4, duplex with blank backs; side-by-side roster);
AF2 Word 2003 template with legacy form fields (FORMTEXT / FORMDROPDOWN / FORMCHECKBOX) filled in (LibreOffice);
AF3 feedback only as general observations at the end, by goal id (Chromium); AF4 OnlyOffice-flavoured docx with
roman-numeral agreements and sub-agreements (LibreOffice).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-af'
EXTRA_FORMATS = {
    'blind-af-boleros-05-2016-03-08': ['doc'],
    'blind-af-milperos-07-2022-06-14': ['odt'],
    'blind-af-cargadores-01-2018-02-13': ['rtf'],
}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava', 9: 'Novena', 10: 'Décima'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_HEAD = {IE: 'INSTANCIAS EJECUTORAS', OT: 'OTRAS INSTANCIAS', SC: 'SOCIEDAD CIVIL', SE: 'SECRETARÍA EJECUTIVA'}


def C(x, **kw):
    if isinstance(x, str) and x.startswith('<w:r'): x = P(x)
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def docx_write(a, body, font='Arial', size=20, header='', footer='', **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body + D.sect(header=bool(header), footer=bool(footer)),
            header_xml=header, footer_xml=footer, font=font, size=size, **kw)


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]
    raise KeyError(name)


def rep(g):
    return ' '.join(g['report']) if g['report'] else g['status']


def groups(att, order=(IE, OT, SC, SE)):
    return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]


def e(s): return H.escape(s)


def hhmm(t): return t


# ------------------------------------------------------------------ AF1: typed acta, ADF duplex CCITT scan, side-by-side roster
def af1(a):
    F = 'Times New Roman'
    b = [P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True), align='center', after=0),
         P(R('ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0),
         P(R(a['body'].upper(), b=True), align='center'),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True, u=True), align='center', after=200),
         P(R('Fecha: ', b=True), R(long_date(a['date']) + '\t'), R('Horario: ', b=True), R(f'{a["start"]} a {a["end"]} horas'), tabs=[5400]),
         P(R('Lugar: ', b=True), R(a['place'])),
         P(R('Coordinación: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), after=200),
         P(R('I. ASISTENCIA', b=True))]
    W = [2400, 2420, 2400, 2420]
    rows = [[C(P(R(h, b=True)), shade='D9D9D9') for h in ('Nombre', 'Institución', 'Nombre', 'Institución')]]
    for s, xs in groups(a['attendance']):
        rows.append([C(P(R(SECTOR_HEAD[s], b=True), align='center'), span=4)])
        for k in range(0, len(xs), 2):
            pair = xs[k:k + 2]
            r = []
            for x in pair: r += [C(P(R(x[0]))), C(P(R(x[2])))]
            if len(pair) == 1: r += [C(P('')), C(P(''))]
            rows.append(r)
    b.append(T(rows, W, header_rows=1))
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=120))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. ', b=True), R(st['title'], b=True), before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text']), ind=(360, 0)))
            b.append(P(R('Indicador: ', i=True), R(g['indicator']), ind=(360, 0), after=0))
            b.append(P(R('Responsable: ', i=True), R(g['executor']), ind=(360, 0), after=0))
            b.append(P(R('Informe: ', i=True), R(rep(g)), ind=(360, 0)))
        se = [f for f in st['feedback'] if f[1] == 'retroalimentacion']
        ob = [f for f in st['feedback'] if f[1] == 'observacion']
        if se:
            b.append(P(R('Retroalimentación de la Secretaría Ejecutiva:', b=True, i=True), ind=(360, 0)))
            for f in se: b.append(P(R(f'Meta {f[2]}: {f[0]}'), ind=(720, 360)))
        if ob:
            b.append(P(R('Observaciones de las y los integrantes:', b=True, i=True), ind=(360, 0)))
            for f in ob: b.append(P(R(f'{f[4]} (meta {f[2]}): {f[0]}'), ind=(720, 360)))
    b.append(P(R('III. ACUERDOS', b=True), before=120))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(P(R(f'{k}.\t{ag["text"]}'), ind=(360, 360), tabs=[360]))
    b.append(P(R(f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del día de su inicio.'), before=200))
    b.append(P(R('_______________________________'), align='center', before=600, after=0))
    b.append(P(R(a['coordinator'][0]), align='center', after=0))
    b.append(P(R(a['coordinator'][1]), align='center'))
    foot = P(R(f'Acta {a["number"]}a. sesión ordinaria — EP Voceadores    '), D.PAGE_FIELD, align='right')
    docx_write(a, ''.join(b), font=F, size=22, footer=foot)


def af1_pdf(a):
    tmp = tempfile.mkdtemp(prefix='af1-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    src = os.path.join(tmp, a['stem'] + '.pdf')
    run(['pdftoppm', '-r', '300', '-gray', src, os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.startswith('p') and f.endswith('.pgm'))
    tifs, pngs = [], []
    seed = sum(map(ord, a['stem']))
    for k, p in enumerate(pages):
        pp = os.path.join(tmp, p)
        front = os.path.join(tmp, f'f{k}.tif')
        rot = ((seed + k * 7) % 9 - 4) / 10.0   # slight ADF skew, -0.4 .. 0.4 degrees
        run(['convert', pp, '-background', 'white', '-rotate', str(rot), '-gravity', 'center', '-extent', '2550x3300', '+repage',
             '-attenuate', '0.05', '+noise', 'Impulse', '-threshold', '55%', '-type', 'bilevel', '-density', '300', '-units', 'PixelsPerInch',
             '-compress', 'Group4', front])
        png = os.path.join(tmp, f'f{k}.png'); run(['convert', front, png]); pngs.append(png)
        back = os.path.join(tmp, f'b{k}.tif')   # the blank back of the sheet, kept by the duplex scan: a few specks and a faint edge
        run(['convert', '-size', '2550x3300', 'xc:white', '-attenuate', '0.05', '+noise', 'Impulse', '-threshold', '40%',
             '-fill', 'black', '-draw', f'rectangle 0,0 6,3300', '-type', 'bilevel', '-density', '300', '-units', 'PixelsPerInch', '-compress', 'Group4', back])
        tifs += [front, back]
    run(['img2pdf', '--producer', 'HP Digital Sending', '-o', os.path.join(OUT, a['stem'] + '.pdf')] + tifs)
    txt = [subprocess.run(['tesseract', p, '-', '-l', 'spa', '--dpi', '300'], capture_output=True, text=True).stdout for p in pngs]
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ AF2: Word 2003 template with legacy form fields
_ff = [0]


def ff_text(value, b=False, name=None):
    _ff[0] += 1
    nm = name or f'Texto{_ff[0]}'
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{nm}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + R(value, b=b) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_drop(entries, sel):
    _ff[0] += 1
    ent = ''.join(f'<w:listEntry w:val="{D.esc(x)}"/>' for x in entries)
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Lista{_ff[0]}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:ddList><w:result w:val="{sel}"/>{ent}</w:ddList></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_check(on):
    _ff[0] += 1
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Casilla{_ff[0]}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if on else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


SECT_LIST = ['Instancia ejecutora', 'Sociedad civil', 'Otra instancia', 'Secretaría Ejecutiva']
REP_LIST = ['Seleccione', 'Reportó', 'No reportó']


def af2(a):
    lbl = lambda t: C(P(R(t, b=True, sz=18)), shade='DBE5F1', w=2600)
    b = [P(R('GOBIERNO DE LA CIUDAD DE MÉXICO', b=True, sz=18), align='center', after=0),
         P(R('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos', sz=18), align='center', after=0),
         P(R('FORMATO SE-EP-03  ACTA DE SESIÓN DE ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=160),
         P(R('Instrucciones: llene los campos sombreados. Use la tecla TAB para pasar de un campo a otro.', i=True, sz=16, color='808080')),
         T([[lbl('Espacio de Participación'), C(P(ff_text(a['body'])), w=7240)],
            [lbl('Sesión'), C(P(ff_text(f'{ORD[a["number"]]} Sesión Ordinaria')))],
            [lbl('Fecha'), C(P(ff_text(long_date(a['date']))))],
            [lbl('Hora de inicio / término'), C(P(ff_text(f'{a["start"]} horas'), R(' / '), ff_text(f'{a["end"]} horas')))],
            [lbl('Sede'), C(P(ff_text(a['place'])))],
            [lbl('Coordinación'), C(P(ff_text(a['coordinator'][0]), R(', '), ff_text(a['coordinator'][1])))],
            [lbl('Quórum'), C(P(ff_check(True), R(' Sí   '), ff_check(False), R(' No')))]], [2600, 7240]),
         P(R('1. Lista de asistencia', b=True, sz=22))]
    rows = [[C(P(R(h, b=True, sz=18)), shade='DBE5F1') for h in ('No.', 'Nombre', 'Institución', 'Sector')]]
    for k, x in enumerate(a['attendance'], 1):
        rows.append([C(P(R(str(k)))), C(P(ff_text(x[0]))), C(P(ff_text(x[2]))), C(P(ff_drop(SECT_LIST, SECT_LIST.index(SECTOR_WORD[x[4]]))))])
    b.append(T(rows, [600, 2900, 4140, 2200], header_rows=1))
    b.append(P(R('2. Seguimiento de estrategias y metas', b=True, sz=22)))
    for st in a['strategies']:
        b.append(P(R('Estrategia: ', b=True), ff_text(f'{st["number"]}'), R('  '), ff_text(st['title'], b=True)))
        for g in st['goals']:
            sel = 1 if g['report'] else 2
            rows = [[lbl('Meta'), C(P(ff_text(g['id']), R('  '), ff_text(g['text'])), w=7240)],
                    [lbl('Indicador'), C(P(ff_text(g['indicator'])))],
                    [lbl('Instancia responsable'), C(P(ff_text(g['executor'])))],
                    [lbl('Estado del informe'), C(P(ff_drop(REP_LIST, sel)))],
                    [lbl('Informe'), C(P(ff_text(rep(g))))]]
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            se = [f for f in fbs if f[1] == 'retroalimentacion']; ob = [f for f in fbs if f[1] == 'observacion']
            rows.append([lbl('Retroalimentación SE'), C([P(ff_text(f[0])) for f in se] or [P(ff_text('—'))])])
            rows.append([lbl('Observaciones de integrantes'), C([P(ff_text(f[4]), R(': '), ff_text(f[0])) for f in ob] or [P(ff_text('—'))])])
            b.append(T(rows, [2600, 7240]))
    b.append(P(R('3. Acuerdos', b=True, sz=22)))
    rows = [[C(P(R(h, b=True, sz=18)), shade='DBE5F1') for h in ('No.', 'Acuerdo', 'Responsable')]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C(P(R(str(k)))), C(P(ff_text(ag['text']))), C(P(ff_text(ag['responsible'] or 'Integrantes del Espacio')))])
    b.append(T(rows, [600, 6940, 2300], header_rows=1))
    b.append(P(R('Elaboró: ', b=True), ff_text(a['attendance'][-1][0]), R('\tVo. Bo.: ', b=True), ff_text(a['coordinator'][0]), tabs=[5000], before=300))
    foot = P(R('SE-EP-03 (rev. 2007)   ', sz=14, color='808080'), D.PAGE_FIELD, align='right')
    docx_write(a, ''.join(b), font='Arial', size=20, footer=foot, settings_extra='<w:documentProtection w:edit="forms" w:enforcement="1"/>')


# ------------------------------------------------------------------ AF3: observations at the end by goal id (Chromium)
def speaker_phrase(a, f):
    if f[1] == 'retroalimentacion': return 'la Secretaría Ejecutiva señala que'
    return f'{f[4]} ({inst_of(a, f[4])}) observa que'


def af3_items(a):
    return [(f[2], speaker_phrase(a, f), f[0]) for st in a['strategies'] for f in st['feedback']]


def af3_html(a):
    o = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>',
         '@page{size:Letter;margin:22mm 20mm}body{font-family:"Liberation Serif","Times New Roman",serif;font-size:12pt;line-height:1.35}',
         'h1{font-size:15pt;text-align:center;margin:0}h2{font-size:12.5pt;margin:16px 0 6px;text-transform:uppercase}.c{text-align:center}',
         'table{border-collapse:collapse;width:100%;font-size:11pt}td,th{border:1px solid #555;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eee}',
         '.goal{margin:4px 0 8px 18px}.obs p{text-align:justify;margin:6px 0}', '</style></head><body>']
    o.append('<p class="c">Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México</p>')
    o.append(f'<h1>Acta de la {ORD[a["number"]]} Sesión Ordinaria</h1><p class="c"><b>Espacio de Participación {e(a["body"])}</b></p>')
    o.append(f'<p>En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"], False)}, en la {e(a["place"])}, se reunieron las personas integrantes del Espacio, bajo la coordinación de {e(a["coordinator"][0])}, {e(a["coordinator"][1])}. La sesión concluyó a las {a["end"]} horas.</p>')
    o.append('<h2>Asistencia</h2><table><tr><th>Nombre</th><th>Institución u organización</th><th>Sector</th></tr>')
    for x in a['attendance']: o.append(f'<tr><td>{e(x[0])}</td><td>{e(x[2])}</td><td>{SECTOR_WORD[x[4]]}</td></tr>')
    o.append('</table><h2>Informes de avance</h2>')
    for st in a['strategies']:
        o.append(f'<p><b>Estrategia {st["number"]}. {e(st["title"])}</b></p>')
        for g in st['goals']:
            o.append(f'<div class="goal"><b>Meta {g["id"]}.</b> {e(g["text"])}<br><i>Indicador:</i> {e(g["indicator"])}<br><i>Responsable:</i> {e(g["executor"])}<br><i>Informe:</i> {e(rep(g))}</div>')
    o.append('<h2>Observaciones generales</h2><div class="obs">')
    for gid, sp, t in af3_items(a): o.append(f'<p>Sobre la meta {gid}, {e(sp)} {e(t)}</p>')
    o.append('</div><h2>Acuerdos</h2><ol>')
    for ag in a['agreements']: o.append(f'<li>{e(ag["text"])}</li>')
    o.append(f'</ol><p>Se levanta la presente acta para constancia.</p><p class="c" style="margin-top:40px">{e(a["coordinator"][0])}<br>{e(a["coordinator"][1])}</p></body></html>')
    return '\n'.join(o)


def af3(a):
    F = 'Times New Roman'
    b = [P(R('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'), align='center'),
         P(R(f'Acta de la {ORD[a["number"]]} Sesión Ordinaria', b=True, sz=30), align='center', after=0),
         P(R(f'Espacio de Participación {a["body"]}', b=True), align='center'),
         P(R(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"], False)}, en la {a["place"]}, se reunieron las personas integrantes del Espacio, bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}. La sesión concluyó a las {a["end"]} horas.'), align='both'),
         P(R('ASISTENCIA', b=True))]
    rows = [[C(P(R(h, b=True)), shade='EEEEEE') for h in ('Nombre', 'Institución u organización', 'Sector')]]
    for x in a['attendance']: rows.append([C(P(R(x[0]))), C(P(R(x[2]))), C(P(R(SECTOR_WORD[x[4]])))])
    b.append(T(rows, [2800, 5000, 2040], header_rows=1))
    b.append(P(R('INFORMES DE AVANCE', b=True)))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True)))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text']), R('\n'), R('Indicador: ', i=True), R(g['indicator']), R('\n'),
                       R('Responsable: ', i=True), R(g['executor']), R('\n'), R('Informe: ', i=True), R(rep(g)), ind=(360, 0)))
    b.append(P(R('OBSERVACIONES GENERALES', b=True)))
    for gid, sp, t in af3_items(a): b.append(P(R(f'Sobre la meta {gid}, {sp} {t}'), align='both'))
    b.append(P(R('ACUERDOS', b=True)))
    for ag in a['agreements']: b.append(P(R(ag['text']), num=(1, 0)))
    b.append(P(R('Se levanta la presente acta para constancia.')))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    docx_write(a, ''.join(b), font=F, size=24)


def af3_pdf(a):
    hp = os.path.join(SRC, a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(af3_html(a))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


# ------------------------------------------------------------------ AF4: OnlyOffice-flavoured docx, roman-numeral agreements
def OR(text, b=False, i=False, sz=21, color='000000'):
    """OnlyOffice: every run carries its font, size, colour and language"""
    rpr = ('<w:rFonts w:ascii="Carlito" w:hAnsi="Carlito" w:eastAsia="Carlito" w:cs="Carlito"/>' + ('<w:b/><w:bCs/>' if b else '') + ('<w:i/><w:iCs/>' if i else '')
           + f'<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="es-MX" w:eastAsia="en-US" w:bidi="ar-SA"/>')
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{D.esc(text)}</w:t></w:r>'


def OP(*runs, align='left', ind=None, before=0, after=120):
    ppr = f'<w:spacing w:before="{before}" w:after="{after}" w:line="264" w:lineRule="auto"/>' + (f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>' if ind else '') + f'<w:jc w:val="{align}"/>'
    return f'<w:p><w:pPr>{ppr}<w:rPr><w:rFonts w:ascii="Carlito" w:hAnsi="Carlito"/><w:sz w:val="21"/></w:rPr></w:pPr>{"".join(runs)}</w:p>'


def OC(paras, span, w, shade=None):
    sh = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ''
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:gridSpan w:val="{span}"/><w:tcBorders><w:top w:val="single" w:sz="4" w:color="000000"/>'
            f'<w:left w:val="single" w:sz="4" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/></w:tcBorders>{sh}'
            f'<w:tcMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tcMar></w:tcPr>{"".join(paras)}</w:tc>')


def OT_(rows):
    """12-column grid, every cell a gridSpan of it (OnlyOffice)"""
    grid = ''.join('<w:gridCol w:w="820"/>' for _ in range(12))
    trs = ''.join('<w:tr><w:trPr><w:trHeight w:val="280"/></w:trPr>' + ''.join(OC(p, s, s * 820, sh) for p, s, sh in r) + '</w:tr>' for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9840" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>' + OP(OR('')) 


def af4(a):
    b = [OP(OR('ESPACIO DE PARTICIPACIÓN', b=True, sz=26, color='2F5496'), align='center', after=0),
         OP(OR(a['body'], b=True, sz=24, color='2F5496'), align='center', after=0),
         OP(OR(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=24), align='center', after=240)]
    hd = lambda t: [OP(OR(t, b=True))]
    rows = [[(hd('Fecha'), 3, None), ([OP(OR(long_date(a['date'])))], 9, None)],
            [(hd('Hora'), 3, None), ([OP(OR(f'De las {a["start"]} a las {a["end"]} horas'))], 9, None)],
            [(hd('Lugar'), 3, None), ([OP(OR(a['place']))], 9, None)],
            [(hd('Coordinación'), 3, None), ([OP(OR(f'{a["coordinator"][0]}, {a["coordinator"][1]}'))], 9, None)]]
    b.append(OT_(rows))
    b.append(OP(OR('Personas asistentes', b=True, sz=23, color='2F5496'), before=120))
    rows = [[(hd('Nombre'), 4, 'D9E2F3'), (hd('Institución u organización'), 5, 'D9E2F3'), (hd('Sector'), 3, 'D9E2F3')]]
    for x in a['attendance']:
        rows.append([([OP(OR(x[0]))], 4, None), ([OP(OR(x[2]))], 5, None), ([OP(OR(SECTOR_WORD[x[4]]))], 3, None)])
    b.append(OT_(rows))
    b.append(OP(OR('Seguimiento a estrategias y metas', b=True, sz=23, color='2F5496'), before=120))
    for st in a['strategies']:
        b.append(OP(OR(f'Estrategia {st["number"]}: ', b=True), OR(st['title'], b=True), before=120))
        for g in st['goals']:
            b.append(OP(OR(f'Meta {g["id"]}: ', b=True), OR(g['text']), ind=(284, 0), after=40))
            b.append(OP(OR('Indicador: ', i=True), OR(g['indicator']), OR('. Responsable: ', i=True), OR(g['executor'] + '.'), ind=(284, 0), after=40))
            b.append(OP(OR('Informe: ', i=True), OR(rep(g)), ind=(284, 0)))
            for f in st['feedback']:
                if f[2] != g['id']: continue
                who = 'Secretaría Ejecutiva' if f[1] == 'retroalimentacion' else f[4]
                b.append(OP(OR('– ' + who + ': ', b=True, color='595959'), OR(f[0], color='595959'), ind=(568, 0), after=60))
    b.append(OP(OR('Acuerdos', b=True, sz=23, color='2F5496'), before=120))
    ags = a['agreements']
    b.append(OP(OR('I. Compromisos de las instancias', b=True), after=60))
    b.append(OP(OR('I.1 '), OR(ags[0]['text']), ind=(568, 284), after=60))
    b.append(OP(OR('I.2 '), OR(ags[1]['text']), ind=(568, 284)))
    b.append(OP(OR('II. Próxima sesión', b=True), after=60))
    b.append(OP(OR('II.1 '), OR(ags[2]['text']), ind=(568, 284)))
    b.append(OP(OR(f'Se cierra la sesión a las {a["end"]} horas.'), before=200))
    docx_write(a, ''.join(b), font='Carlito', size=21)



# ------------------------------------------------------------------ AF5: Apple Pages export; PDF via PostScript + Ghostscript
PAGES_STYLES = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/><w:color w:val="000000"/><w:sz w:val="20"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading"><w:name w:val="Heading"/><w:next w:val="Body"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/><w:b/><w:color w:val="005493"/><w:sz w:val="26"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TitleA"><w:name w:val="Title A"/><w:pPr><w:jc w:val="left"/><w:spacing w:after="60"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableStyle2"><w:name w:val="Table Style 2"/><w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/><w:sz w:val="18"/></w:rPr></w:style>')


def PS(style, *runs, tabs=None, ind=None):
    ppr = f'<w:pStyle w:val="{style}"/>'
    if tabs: ppr += '<w:tabs>' + ''.join(f'<w:tab w:val="{k}" w:pos="{p}"/>' for k, p in tabs) + '</w:tabs>'
    if ind: ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(r if r.startswith("<") else R(r) for r in runs)}</w:p>'


def af5(a):
    D.STYLES = D.STYLES.replace('</w:styles>', PAGES_STYLES + '</w:styles>') if 'TitleA' not in D.STYLES else D.STYLES
    TS = lambda *r: PS('TableStyle2', *r)
    b = [PS('Body', R('ESPACIO DE PARTICIPACIÓN · PDHCDMX', color='7F7F7F', sz=16)),
         PS('TitleA', R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria')),
         PS('Body', R(a['body'], sz=26, color='005493')),
         PS('Body', R('Fecha', b=True), R('\t' + long_date(a['date'])), tabs=[('left', 1700)]),
         PS('Body', R('Horario', b=True), R(f'\t{a["start"]} – {a["end"]} h'), tabs=[('left', 1700)]),
         PS('Body', R('Lugar', b=True), R('\t' + a['place']), tabs=[('left', 1700)], ind=(1700, 1700)),
         PS('Body', R('Coordinación', b=True), R(f'\t{a["coordinator"][0]} ({a["coordinator"][1]})'), tabs=[('left', 1700)], ind=(1700, 1700)),
         PS('Heading', R('Asistencia'))]
    rows = [[C(TS(R(h, b=True, color='FFFFFF')), shade='005493') for h in ('Nombre', 'Institución u organización', 'Sector')]]
    for k, x in enumerate(a['attendance']):
        sh = 'EAF1F8' if k % 2 else None
        rows.append([C(TS(R(x[0])), shade=sh), C(TS(R(x[2])), shade=sh), C(TS(R(SECTOR_WORD[x[4]])), shade=sh)])
    b.append(T(rows, [2700, 5100, 2040], header_rows=1))
    b.append(PS('Heading', R('Seguimiento de estrategias')))
    for st in a['strategies']:
        b.append(PS('Body', R(f'Estrategia {st["number"]} — {st["title"]}', b=True)))
        rows = [[C(TS(R(h, b=True, color='FFFFFF')), shade='7A9CC6') for h in ('Meta', 'Descripción', 'Responsable', 'Informe')]]
        for g in st['goals']:
            rows.append([C(TS(R(g['id'], b=True))), C([TS(R(g['text'])), TS(R('Indicador: ' + g['indicator'], i=True, color='595959'))]), C(TS(R(g['executor']))), C(TS(R(rep(g))))])
        b.append(T(rows, [800, 3400, 2200, 3440], header_rows=1))
        for f in st['feedback']:
            who = 'Secretaría Ejecutiva' if f[1] == 'retroalimentacion' else f[4]
            b.append(PS('Body', R('•\t'), R(f'{who} — ', b=True), R(f'(meta {f[2]}) ', color='7F7F7F'), R(f[0]), tabs=[('left', 360)], ind=(360, 360)))
    b.append(PS('Heading', R('Acuerdos')))
    for k, ag in enumerate(a['agreements'], 1):
        b.append(PS('Body', R(f'{k}.\t{ag["text"]}'), tabs=[('left', 360)], ind=(360, 360)))
    b.append(PS('Body', R(f'Relatoría: {a["attendance"][-1][0]}', color='7F7F7F', sz=16)))
    docx_write(a, ''.join(b), font='Helvetica Neue', size=20)


def af5_pdf(a):
    tmp = tempfile.mkdtemp(prefix='af5-')
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf', tmp)
    # the Mac's "Save as PDF" is not available here: the exported PDF is re-distilled by Ghostscript (as the archive's PDF/A step does)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-dPDFSETTINGS=/ebook',
         '-sOutputFile=' + os.path.join(OUT, a['stem'] + '.pdf'), os.path.join(tmp, a['stem'] + '.pdf')])
    shutil.rmtree(tmp)


# ------------------------------------------------------------------ AF6: web app export, reports as lead + bullet data (Chromium)
def HS(style, text):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{R(text)}</w:p>'


def af6_report(g, html=False):
    if not g['report']: return [g['status']]
    return g['report']


def af6(a):
    pct = lambda rows, ws: ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>' + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
                            + '</w:tblBorders></w:tblPr><w:tblGrid>' + ''.join(f'<w:gridCol w:w="{int(w * 98.4)}"/>' for w in ws) + '</w:tblGrid>'
                            + ''.join('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="{w * 50}" w:type="pct"/></w:tcPr>{c}</w:tc>' for c, w in zip(r, ws)) + '</w:tr>' for r in rows) + '</w:tbl>' + EMPTY)
    b = [P(R('Actas · Espacios de Participación', color='808080', sz=16)),
         HS('Heading1', ORD[a['number']] + ' Sesión Ordinaria'),
         P(R(a['body'], b=True))]
    b.append(pct([[P(R('Fecha', b=True)), P(R(long_date(a['date'])))], [P(R('Horario', b=True)), P(R(f'{a["start"]} - {a["end"]}'))],
                  [P(R('Sede', b=True)), P(R(a['place']))], [P(R('Coordinación', b=True)), P(R(f'{a["coordinator"][0]} · {a["coordinator"][1]}'))]], [25, 75]))
    b.append(HS('Heading2', 'Participantes'))
    b.append(pct([[P(R(h, b=True)) for h in ('Nombre', 'Institución', 'Sector')]] + [[P(R(x[0])), P(R(x[2])), P(R(SECTOR_WORD[x[4]]))] for x in a['attendance']], [30, 50, 20]))
    b.append(HS('Heading2', 'Estrategias y metas'))
    for st in a['strategies']:
        b.append(HS('Heading3', 'Estrategia %d. %s' % (st['number'], st['title'])))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text'])))
            b.append(P(R(f'Indicador: {g["indicator"]} | Responsable: {g["executor"]}', color='595959', sz=18)))
            r = af6_report(g)
            b.append(P(R('Informe: ', b=True), R(r[0])))
            for item in r[1:]: b.append(P(R(item), num=(2, 0)))
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            if fbs:
                b.append(P(R(f'Comentarios ({len(fbs)})', b=True, color='595959', sz=18)))
                for f in fbs:
                    who = 'Secretaría Ejecutiva (retroalimentación)' if f[1] == 'retroalimentacion' else f'{f[4]} (observación)'
                    b.append(P(R(who + ': ', i=True), R(f[0]), ind=(360, 0)))
    b.append(HS('Heading2', 'Acuerdos'))
    for ag in a['agreements']: b.append(P(R(ag['text']), num=(1, 0)))
    docx_write(a, ''.join(b), font='Calibri', size=21, numdefs=[(1, [('decimal', '%1.', 360)]), (2, [('bullet', '•', 1080)])])


def af6_html(a):
    o = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>',
         '@page{size:A4;margin:16mm}body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#222}',
         '.app{color:#888;font-size:9pt;border-bottom:2px solid #0b7a75;padding-bottom:4px}h1{font-size:17pt;margin:10px 0 2px;color:#0b7a75}',
         'h2{font-size:13pt;margin:16px 0 6px;color:#0b7a75}h3{font-size:11.5pt;margin:12px 0 4px}',
         'table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#e8f3f2}',
         '.card{border:1px solid #d5d5d5;border-radius:6px;padding:6px 10px;margin:6px 0}.muted{color:#666;font-size:9.5pt}.cm{margin:2px 0 2px 14px}ul{margin:2px 0 4px}',
         '</style></head><body>', '<div class="app">Actas · Espacios de Participación — vista de impresión</div>']
    o.append(f'<h1>{ORD[a["number"]]} Sesión Ordinaria</h1><p><b>{e(a["body"])}</b></p>')
    o.append(f'<table><tr><th>Fecha</th><td>{long_date(a["date"])}</td></tr><tr><th>Horario</th><td>{a["start"]} - {a["end"]}</td></tr>'
             f'<tr><th>Sede</th><td>{e(a["place"])}</td></tr><tr><th>Coordinación</th><td>{e(a["coordinator"][0])} · {e(a["coordinator"][1])}</td></tr></table>')
    o.append('<h2>Participantes</h2><table><tr><th>Nombre</th><th>Institución</th><th>Sector</th></tr>')
    for x in a['attendance']: o.append(f'<tr><td>{e(x[0])}</td><td>{e(x[2])}</td><td>{SECTOR_WORD[x[4]]}</td></tr>')
    o.append('</table><h2>Estrategias y metas</h2>')
    for st in a['strategies']:
        o.append(f'<h3>Estrategia {st["number"]}. {e(st["title"])}</h3>')
        for g in st['goals']:
            r = af6_report(g)
            o.append(f'<div class="card"><b>Meta {g["id"]}.</b> {e(g["text"])}<div class="muted">Indicador: {e(g["indicator"])} | Responsable: {e(g["executor"])}</div>'
                     f'<div><b>Informe:</b> {e(r[0])}</div>' + (('<ul>' + ''.join(f'<li>{e(x)}</li>' for x in r[1:]) + '</ul>') if r[1:] else ''))
            fbs = [f for f in st['feedback'] if f[2] == g['id']]
            if fbs:
                o.append(f'<div class="muted"><b>Comentarios ({len(fbs)})</b></div>')
                for f in fbs:
                    who = 'Secretaría Ejecutiva (retroalimentación)' if f[1] == 'retroalimentacion' else f'{e(f[4])} (observación)'
                    o.append(f'<div class="cm"><i>{who}:</i> {e(f[0])}</div>')
            o.append('</div>')
    o.append('<h2>Acuerdos</h2><ol>' + ''.join(f'<li>{e(ag["text"])}</li>' for ag in a['agreements']) + '</ol>')
    o.append(f'<p class="muted">Registrado por {e(a["attendance"][-1][0])} · exportado {a["date"]}</p></body></html>')
    return '\n'.join(o)


def af6_pdf(a):
    hp = os.path.join(SRC, a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write(af6_html(a))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


LAYOUTS = {'AF1': (af1, af1_pdf), 'AF2': (af2, None), 'AF3': (af3, af3_pdf), 'AF4': (af4, None), 'AF5': (af5, af5_pdf), 'AF6': (af6, af6_pdf)}


def hhmm_gold(g):
    """the contract's times are HH:MM: '9:30' as written in AF3 becomes '09:30' in the gold"""
    pad = lambda t: ('0' + t) if t and re.fullmatch(r'\d:\d\d', t) else t
    for k in ('start_time', 'end_time'): g['session'][k] = pad(g['session'][k])
    if g['next_session']: g['next_session']['start_time'] = pad(g['next_session']['start_time'])
    return g


def main():
    want = set(sys.argv[1:])
    for a in ACTAS:
        if want and a['layout'] not in want: continue
        mk, pdf = LAYOUTS[a['layout']]
        mk(a)
        json.dump(hhmm_gold(gold(a)), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        if pdf: pdf(a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), fmt)
        print('built', a['stem'])


if __name__ == '__main__':
    main()
