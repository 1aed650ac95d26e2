# -*- coding: utf-8 -*-
"""Render batch U from content.py: .docx / .html, .gold.json, then PDFs (LibreOffice, Chromium + Ghostscript outlines,
or a skewed scan with an OCR layer), then extra formats.
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, random, shutil, subprocess, sys, tempfile, datetime, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, C, T, EMPTY
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-u' + os.environ.get('LOPROF', '')
EXTRA_FORMATS = {
    'blind-u-penitenciario-04-2015-03-18': ['odt'],
    'blind-u-patrimonio-10-2017-05-16': ['doc'],
    'blind-u-policial-03-2020-02-12': ['rtf'],
}
ORD = {2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 10: 'DÉCIMA', 11: 'DÉCIMA PRIMERA'}


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def pdf_from_html(html_path, pdf_path):
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}', 'file://' + html_path])


def html_to_docx(hp, path):
    tmp = tempfile.mkdtemp(prefix='blind-u-h2d-')
    src = os.path.join(tmp, os.path.basename(path)[:-5] + '.html')
    shutil.copy(hp, src)
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, src])
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def dmy(iso): return f'{iso[8:]}/{iso[5:7]}/{iso[:4]}'


def fb(st, goal, section=None):
    return [f for f in st['feedback'] if f[2] == goal and (section is None or f[1] == section)]


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]
    return None


def full(x): return f'{x[1]} {x[0]}'


def sectpr(landscape=False, lnnum=False, margins=(1418, 1134, 1134, 1134)):
    w, h = (15840, 12240) if landscape else (12240, 15840)
    s = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
    s += f'<w:pgSz w:w="{w}" w:h="{h}"' + (' w:orient="landscape"' if landscape else '') + '/>'
    s += f'<w:pgMar w:top="{margins[0]}" w:right="{margins[1]}" w:bottom="{margins[2]}" w:left="{margins[3]}" w:header="567" w:footer="567" w:gutter="0"/>'
    if lnnum: s += '<w:lnNumType w:countBy="1" w:distance="283" w:restart="newPage"/>'
    return s + '<w:cols w:space="708"/></w:sectPr>'


PAGE_FOOTER = P(R('Página '), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', align='center')

WATERMARK = ('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
             '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
             '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
             '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
             '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom"/>'
             '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
             '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:117pt;'
             'rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
             'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d8d8d8" stroked="f"><v:fill opacity=".5"/>'
             '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="BORRADOR"/></v:shape></w:pict></w:r></w:p>')


# ================================================================== U1 line numbers + BORRADOR watermark
def render_u1(a, stem, n):
    B = []
    nxt = a['agreements'][-1]
    B.append(P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=18), align='center'))
    B.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS {a["body"].upper()}', b=True, sz=22), align='center', after=240))
    B.append(P(R(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"])}, en la {a["place"]}, se reunieron las personas integrantes '
                 f'del Espacio de Participación que se enlistan a continuación, con la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}, para celebrar la '
                 f'{ORD[a["number"]].lower()} sesión ordinaria conforme al siguiente orden del día: 1. Lista de asistencia. 2. Seguimiento de estrategias y metas. '
                 '3. Acuerdos. 4. Cierre.'), align='both'))
    B.append(P(R('1. LISTA DE ASISTENCIA', b=True), before=160))
    heads = {IE: 'Por las instancias ejecutoras:', OT: 'Por otras instancias:', SC: 'Por la sociedad civil:', SE: 'Por la Secretaría Ejecutiva:'}
    for s in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == s]
        if not xs: continue
        B.append(P(R(heads[s], u=True)))
        for x in xs:
            B.append(P(R(f'{full(x)}, {x[5]}, {x[2]}' + ('' if x[2].endswith('.') else '.')), ind=(567, 0)))
    B.append(P(R('Una vez verificado el quórum, se dio inicio a la sesión.'), align='both'))
    B.append(P(R('2. SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True), before=160))
    for st in a['strategies']:
        B.append(P(R(f'Estrategia {st["number"]}. {st["title"]}.', b=True), before=120))
        for g in st['goals']:
            B.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text'] + '.'), align='both'))
            B.append(P(R('Indicador: ', i=True), R(g['indicator'] + '.'), ind=(567, 0)))
            B.append(P(R('Responsable: ', i=True), R(g['executor'] + '.'), ind=(567, 0)))
            if g['report']:
                B.append(P(R('Informe: ', i=True), R(' '.join(g['report'])), ind=(567, 0), align='both'))
            else:
                B.append(P(R('Informe: ', i=True), R('No se presentó. ' + g['status']), ind=(567, 0), align='both'))
            for f in fb(st, g['id']):
                if f[4] == 'SE':
                    B.append(P(R('La Secretaría Ejecutiva retroalimentó: ', i=True), R(f[0]), ind=(567, 0), align='both'))
                else:
                    B.append(P(R(f'{f[4]} ({inst_of(a, f[4])}) comentó: ', i=True), R(f[0]), ind=(567, 0), align='both'))
    B.append(P(R('3. ACUERDOS', b=True), before=160))
    for k, ag in zip(('PRIMERO', 'SEGUNDO', 'TERCERO'), a['agreements']):
        B.append(P(R(f'{k}.- ', b=True), R(ag['text']), align='both'))
    B.append(P(R('4. CIERRE', b=True), before=160))
    B.append(P(R(f'No habiendo otro asunto que tratar, se dio por concluida la sesión a las {a["end"]} horas del mismo día, firmando al margen y al calce quienes en ella intervinieron.'), align='both'))
    B.append(P(R('Documento en revisión. Favor de enviar sus comentarios a la relatoría antes de su firma.', i=True, sz=16), before=240))
    body = ''.join(B) + sectpr(lnnum=True)
    hdr = WATERMARK + P(R(f'EP Personas Privadas de la Libertad · Acta {a["number"]}/{a["date"][:4]} · versión para revisión', sz=16, color='7F7F7F'), align='right')
    D.write(stem + '.docx', body, header_xml=hdr, footer_xml=PAGE_FOOTER, font='Times New Roman', size=23)
    lo_convert(stem + '.docx', 'pdf')


# ================================================================== U2 scan with OCR layer
def render_u2(a, stem, n):
    B = []
    B.append(P(R('GOBIERNO DEL DISTRITO FEDERAL', b=True), align='center'))
    B.append(P(R('Programa de Derechos Humanos del Distrito Federal · Mecanismo de Seguimiento y Evaluación'), align='center'))
    B.append(P(R(f'Espacio de Participación del {a["body"]}', b=True), align='center'))
    B.append(P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=26), align='center', before=200, after=200))
    rows = [[C([P(R('Fecha:', b=True))], 2200), C([P(R(long_date(a['date'])))], 7600)],
            [C([P(R('Hora:', b=True))], 2200), C([P(R(f'{a["start"]} a {a["end"]} horas'))], 7600)],
            [C([P(R('Lugar:', b=True))], 2200), C([P(R(a['place']))], 7600)],
            [C([P(R('Coordinación:', b=True))], 2200), C([P(R(f'{a["coordinator"][0]}, {a["coordinator"][1]}'))], 7600)]]
    B.append(T(rows, [2200, 7600], borders=False))
    B.append(P(R('LISTA DE ASISTENCIA', b=True)))
    sw = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
    rows = [[C([P(R(h, b=True))], w, shade='D9D9D9') for h, w in (('Nombre', 2900), ('Institución u organización', 3900), ('Sector', 1700), ('Firma', 1300))]]
    for x in a['attendance']:
        rows.append([C([P(R(full(x)))], 2900), C([P(R(x[2]))], 3900), C([P(R(sw[x[4]]))], 1700), C([P('')], 1300)])
    B.append(T(rows, [2900, 3900, 1700, 1300]))
    B.append(P(R('SEGUIMIENTO DE ESTRATEGIAS Y METAS', b=True)))
    for st in a['strategies']:
        B.append(P(R(f'ESTRATEGIA {st["number"]}: ', b=True), R(st['title']), before=120))
        for g in st['goals']:
            B.append(P(R(f'Meta {g["id"]}: ', b=True), R(g['text'])))
            B.append(P(R('Indicador: ', b=True), R(g['indicator'])))
            B.append(P(R('Instancia responsable: ', b=True), R(g['executor'])))
            B.append(P(R('Informe: ', b=True), R(' '.join(g['report']) if g['report'] else 'Sin informe. ' + g['status']), align='both'))
            for f in fb(st, g['id']):
                lead = 'Retroalimentación SE: ' if f[4] == 'SE' else f'Observación de {f[4]} ({inst_of(a, f[4])}): '
                B.append(P(R(lead, i=True), R(f[0]), align='both', ind=(426, 0)))
    B.append(P(R('ACUERDOS', b=True), before=160))
    for k, ag in enumerate(a['agreements'], 1):
        B.append(P(R(f'{k}. '), R(ag['text']), ind=(426, 284), align='both'))
    B.append(P(R(f'Se cierra la sesión a las {a["end"]} horas. Firman de conformidad las personas asistentes.'), before=160))
    D.write(stem + '.docx', ''.join(B) + sectpr(), footer_xml=PAGE_FOOTER, font='Times New Roman', size=24)
    lo_convert(stem + '.docx', 'pdf')
    # the archive's copy: print, scan at 200 dpi grey slightly skewed, OCR layer by ocrmypdf
    tmp = tempfile.mkdtemp(prefix='blind-u-scan-')
    run(['pdftoppm', '-r', '200', '-gray', stem + '.pdf', os.path.join(tmp, 'p')])
    pages = sorted(f for f in os.listdir(tmp) if f.endswith('.pgm'))
    jpgs = []
    rnd = random.Random(n)
    for k, f in enumerate(pages):
        ang = rnd.choice([-1.1, -0.7, 0.6, 0.9, 1.3])
        out = os.path.join(tmp, f'{k:02d}.jpg')
        run(['convert', os.path.join(tmp, f), '-background', 'white', '-rotate', str(ang), '-attenuate', '0.25', '+noise', 'Gaussian',
             '-level', '8%,92%', '-gravity', 'center', '-extent', '1700x2200', '-quality', '55', out])
        jpgs.append(out)
    img = os.path.join(tmp, 'img.pdf')
    run(['img2pdf', '--pagesize', 'Letter', '-o', img] + jpgs)
    run(['ocrmypdf', '-l', 'spa', '--output-type', 'pdf', '--optimize', '0', img, stem + '.pdf'])
    shutil.rmtree(tmp)


# ================================================================== U3 designer's PDF with outlined text
CSS3 = '''@page{size:letter;margin:14mm 14mm 16mm}body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;color:#2b2440}
.band{background:#5b2a86;color:#fff;padding:14px 18px;border-radius:0 0 18px 0}.band h1{margin:0;font-size:19pt;letter-spacing:1px}.band p{margin:3px 0 0;font-size:10pt}
.meta{display:flex;gap:8px;margin:10px 0}.meta div{flex:1;background:#f1e9f8;border-left:4px solid #5b2a86;padding:6px 8px;border-radius:4px}.meta b{display:block;font-size:7.5pt;color:#5b2a86;text-transform:uppercase}
h2{color:#5b2a86;font-size:12pt;border-bottom:2px solid #e0a526;padding-bottom:2px;margin:14px 0 6px}
.people{display:grid;grid-template-columns:1fr 1fr;gap:5px}.person{border:1px solid #d8c9e8;border-radius:6px;padding:4px 7px}.person small{display:block;color:#6d6185}
.tag{display:inline-block;font-size:7pt;background:#e0a526;color:#fff;border-radius:8px;padding:0 6px;margin-top:2px}
.strat{background:#5b2a86;color:#fff;padding:6px 10px;border-radius:6px;margin-top:10px;font-weight:bold}
.goal{border:1px solid #d8c9e8;border-radius:8px;padding:7px 10px;margin:7px 0;page-break-inside:avoid}.goal .id{font-weight:bold;color:#5b2a86}
.kv{font-size:8.5pt;color:#4b4163}.rep{background:#f7f3e8;border-radius:6px;padding:5px 8px;margin:5px 0}.none{background:#eee;color:#555;border-radius:6px;padding:5px 8px;margin:5px 0;font-style:italic}
.q{border-left:3px solid #e0a526;padding:2px 8px;margin:4px 0}.q small{display:block;color:#6d6185;font-size:7.5pt}
ol.ag li{margin:4px 0}.resp{font-size:8pt;color:#6d6185}.foot{margin-top:14px;font-size:7.5pt;color:#6d6185;border-top:1px solid #d8c9e8;padding-top:4px}'''


def render_u3(a, stem, n):
    e = H.escape
    sw = {IE: 'Gobierno de la Ciudad', OT: 'Organismo autónomo / academia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
    h = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Minuta {a["number"]}</title><style>{CSS3}</style></head><body>']
    h.append(f'<div class="band"><h1>Minuta · Sesión {a["number"]}</h1><p>Espacio de Participación del {e(a["body"])}</p></div>')
    h.append('<div class="meta">' + ''.join(f'<div><b>{k}</b>{e(v)}</div>' for k, v in (
        ('Fecha', long_date(a['date'])), ('Horario', f'{a["start"]} a {a["end"]} h'), ('Modalidad', a['place']),
        ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}'))) + '</div>')
    h.append(f'<p>Sesión ordinaria número {a["number"]} del Espacio. Relatoría a cargo de la Secretaría Ejecutiva.</p>')
    h.append('<h2>Quiénes participaron</h2><div class="people">')
    for x in a['attendance']:
        h.append(f'<div class="person">{e(full(x))}<small>{e(x[5])} · {e(x[2])}</small><span class="tag">{sw[x[4]]}</span></div>')
    h.append('</div><h2>Seguimiento de estrategias y metas</h2>')
    for st in a['strategies']:
        h.append(f'<div class="strat">Estrategia {st["number"]} — {e(st["title"])}</div>')
        for g in st['goals']:
            h.append(f'<div class="goal"><span class="id">Meta {g["id"]}</span> {e(g["text"])}<div class="kv">Indicador: {e(g["indicator"])}<br>Responsable: {e(g["executor"])}</div>')
            if g['report']: h.append(f'<div class="rep"><b>Informe:</b> {e(" ".join(g["report"]))}</div>')
            else: h.append(f'<div class="none">{e(g["status"])}</div>')
            for f in fb(st, g['id']):
                who = 'Secretaría Ejecutiva' if f[4] == 'SE' else f'{f[4]} · {inst_of(a, f[4])}'
                h.append(f'<div class="q">{e(f[0])}<small>{e(who)}</small></div>')
            h.append('</div>')
    h.append('<h2>Acuerdos</h2><ol class="ag">')
    for ag in a['agreements']:
        h.append(f'<li>{e(ag["text"])}' + (f'<div class="resp">Responsable: {e(ag["responsible"])}</div>' if ag['responsible'] else '') + '</li>')
    h.append(f'</ol><div class="foot">Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México · Diseño: Comunicación Social · {dmy(a["date"])}</div></body></html>')
    hp = os.path.join(SRC, 'html', a['stem'] + '.html')
    open(hp, 'w', encoding='utf-8').write('\n'.join(h))
    html_to_docx(hp, stem + '.docx')
    raw = stem + '.chromium.pdf'
    pdf_from_html(hp, raw)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dNoOutputFonts', f'-sOutputFile={stem}.pdf', raw])
    os.remove(raw)
    # Tesseract's reading of the outlined PDF (no text layer): pages at 300 dpi
    tmp = tempfile.mkdtemp(prefix='blind-u-ocr-')
    run(['pdftoppm', '-r', '300', '-gray', stem + '.pdf', os.path.join(tmp, 'p')])
    txt = []
    for f in sorted(os.listdir(tmp)):
        txt.append(subprocess.run(['tesseract', os.path.join(tmp, f), '-', '-l', 'spa'], capture_output=True, text=True).stdout)
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write('\n'.join(txt))
    shutil.rmtree(tmp)


# ================================================================== U4 oficio
ORDW = {10: 'Décima', 11: 'Décima Primera'}


def de(inst):
    w = inst.split()[0]
    if w in ('Instituto', 'Centro', 'Consejo', 'Sistema'): return 'del ' + inst
    if w in ('Secretaría', 'Delegación', 'Defensa', 'Universidad', 'Procuraduría', 'Comisión', 'Junta'): return 'de la ' + inst
    return 'de ' + inst


def art(inst):
    d = de(inst)
    return ('el ' + inst) if d.startswith('del ') else ('la ' + inst if d.startswith('de la ') else inst)


def render_u4(a, stem, n):
    B = []
    d_of = (datetime.date.fromisoformat(a['date']) + datetime.timedelta(days=3)).isoformat()
    num = f'SE/DEP/{410 + n * 37:04d}/{a["date"][:4]}'
    B.append(P(R(f'Oficio No. {num}', b=True), align='right'))
    B.append(P(R(f'Ciudad de México, a {long_date(d_of, weekday=False)}'), align='right'))
    B.append(P(R('Asunto: ', b=True), R(f'Minuta de la {ORDW[a["number"]]} Sesión Ordinaria'), align='right', after=240))
    B.append(P(R('INTEGRANTES DEL ESPACIO DE PARTICIPACIÓN', b=True)))
    B.append(P(R(f'DEL {a["body"].upper()}', b=True)))
    B.append(P(R('P R E S E N T E S', b=True), after=240))
    att = a['attendance']
    lst = '; '.join(f'{full(x)}, {x[5]}, {de(x[2])}' for x in att[:-1]) + f', y la suscrita, {full(att[-1])}, {att[-1][5]}, {de(att[-1][2])}'
    B.append(P(R(f'Por este conducto, y con fundamento en los Lineamientos de Operación de los Espacios de Participación, me permito hacer de su conocimiento '
                 f'la minuta de la {ORDW[a["number"]]} Sesión Ordinaria del Espacio, celebrada el {long_date(a["date"])}, de las {a["start"]} a las {a["end"]} horas, en el '
                 f'{a["place"]}, bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}. Asistieron a la sesión: {lst}.'), align='both'))
    B.append(P(R('En la sesión se dio seguimiento a las estrategias y metas del Programa, en los términos siguientes:'), align='both'))
    k = 0
    for st in a['strategies']:
        for g in st['goals']:
            k += 1
            head = f'{k}. Por lo que hace a la estrategia {st["number"]}, «{st["title"]}», meta {g["id"]}, «{g["text"]}», cuyo indicador es «{g["indicator"]}» y cuya instancia responsable es {art(g["executor"])}'
            if g['report']:
                txt = head + ', se informó lo siguiente: ' + ' '.join(g['report'])
            else:
                txt = head + ', ' + g['status'][0].lower() + g['status'][1:]
            B.append(P(R(txt), align='both', ppr_extra=''))
            for f in fb(st, g['id']):
                if f[4] == 'SE':
                    B.append(P(R('Al respecto, la Secretaría Ejecutiva retroalimentó: ' + f[0]), align='both', ind=(567, 0)))
                else:
                    B.append(P(R(f'{f[4]}, {de(inst_of(a, f[4]))}, observó: ' + f[0]), align='both', ind=(567, 0)))
    ags = ' '.join(f'{r}) {ag["text"]}' for r, ag in zip('abc', a['agreements']))
    B.append(P(R('Por lo anterior, se acordó: ' + ags), align='both', before=120))
    B.append(P(R(f'La sesión concluyó a las {a["end"]} horas. Se adjunta la lista de asistencia firmada.'), align='both'))
    B.append(P(R('Sin otro particular, reciba un cordial saludo.'), before=240))
    B.append(P(R('A T E N T A M E N T E', b=True), align='center', before=240, after=480))
    B.append(P(R(full(att[-1]) + '\n' + att[-1][5], b=True), align='center'))
    B.append(P(R('c.c.p. Titular de la Secretaría Ejecutiva. Para su conocimiento.\nExpediente.', sz=16), before=360))
    hdr = P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN\nDEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=16, color='7B1F3A'))
    ftr = P(R('Av. Universidad 1449, colonia Axotla, Ciudad de México · Tel. 5658 4800', sz=14, color='7F7F7F'), align='center')
    D.write(stem + '.docx', ''.join(B) + sectpr(margins=(1701, 1418, 1418, 1701)), header_xml=hdr, footer_xml=ftr,
            settings_extra='<w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/><w:hyphenationZone w:val="284"/>', font='Arial', size=22)
    lo_convert(stem + '.docx', 'pdf')


# ================================================================== U5 cumulative tracking matrix
EARLIER = {
    '724.1': ['Se integró el padrón de 9,800 elementos operativos por certificar.', 'Se certificaron 1,204 elementos en el protocolo.'],
    '724.2': ['Se adquirieron 2,000 cámaras corporales.', 'Se asignaron 500 cámaras al sector Centro.'],
    '727.1': ['Asuntos Internos tenía 143 investigaciones abiertas.', 'Se resolvieron 31 investigaciones.'],
    '727.2': ['Se diseñó el formato de registro de uso de la fuerza.', 'Sin informe.'],
}
SESS_DATES = ['2019-10-16', '2019-12-04', '2020-02-12', '2020-03-11']


def vcell(text, w):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/><w:textDirection w:val="btLr"/><w:vAlign w:val="center"/></w:tcPr>'
            + P(R(text, b=True, sz=16, color='FFFFFF'), align='center') + '</w:tc>')


def render_u5(a, stem, n):
    B = []
    B.append(P(R('MATRIZ DE SEGUIMIENTO ACUMULADO DE ESTRATEGIAS Y METAS', b=True, sz=26), align='center'))
    B.append(P(R(f'Espacio de Participación: {a["body"]}', b=True), align='center'))
    B.append(P(R(f'Sesión: {a["number"]}a. Sesión Ordinaria  ·  Fecha: {long_date(a["date"])}  ·  Horario: {a["start"]} a {a["end"]} h  ·  Sede: {a["place"]}'), align='center'))
    B.append(P(R(f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}'), align='center', after=160))
    sw = {IE: 'IE', OT: 'OI', SC: 'OSC', SE: 'SE'}
    rows = [[C([P(R(h, b=True, sz=16))], w, shade='D9E2F3') for h, w in (('Nombre', 3600), ('Cargo', 3600), ('Institución / organización', 5000), ('Sector', 1300))]]
    for x in a['attendance']:
        rows.append([C([P(R(full(x), sz=16))], 3600), C([P(R(x[5], sz=16))], 3600), C([P(R(x[2], sz=16))], 5000), C([P(R(sw[x[4]], sz=16))], 1300)])
    B.append(P(R('Asistencia', b=True)))
    B.append(T(rows, [3600, 3600, 5000, 1300], header_rows=1))
    B.append(P(R('Sector: IE instancia ejecutora; OI otra instancia; OSC organización de la sociedad civil; SE Secretaría Ejecutiva.', i=True, sz=14)))
    cur = a['number']
    sess = list(range(1, cur + 1))
    widths = [2600, 1700] + [1250] * (cur - 1) + [3300, 3250]
    widths[-1] = 13600 - sum(widths[:-1])
    head = [vcell('Meta / indicador', widths[0]), vcell('Instancia responsable', widths[1])]
    for s in sess:
        head.append(vcell(f'{s}a. sesión ({dmy(SESS_DATES[s - 1])})' + (' — esta sesión' if s == cur else ''), widths[1 + s]))
    head.append(vcell('Retroalimentación y observaciones (esta sesión)', widths[-1]))
    rows = ['<w:tr><w:trPr><w:trHeight w:val="1900" w:hRule="exact"/><w:tblHeader/><w:cantSplit/></w:trPr>' + ''.join(head) + '</w:tr>']
    prev = {x['stem']: x for x in ACTAS}
    for st in a['strategies']:
        rows.append('<w:tr>' + C([P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, sz=16))], span=len(widths), shade='F2F2F2') + '</w:tr>')
        for g in st['goals']:
            cells = [C([P(R(f'Meta {g["id"]}. ', b=True, sz=16), R(g['text'], sz=16)), P(R('Indicador: ', i=True, sz=14), R(g['indicator'], sz=14))], widths[0]),
                     C([P(R(g['executor'], sz=16))], widths[1])]
            for s in sess:
                if s == cur:
                    t = ' '.join(g['report']) if g['report'] else 'Sin informe. ' + g['status']
                elif s == 3 and cur == 4:
                    g3 = [gg for x in ACTAS if x['stem'] == 'blind-u-policial-03-2020-02-12' for ss in x['strategies'] for gg in ss['goals'] if gg['id'] == g['id']][0]
                    t = ' '.join(g3['report']) if g3['report'] else 'Sin informe.'
                else:
                    t = EARLIER[g['id']][s - 1]
                cells.append(C([P(R(t, sz=15))], widths[1 + s], shade='FFF2CC' if s == cur else None))
            fps = []
            for f in fb(st, g['id']):
                lead = 'SE: ' if f[4] == 'SE' else f'{f[4]} ({inst_of(a, f[4])}): '
                fps.append(P(R(lead, b=True, sz=15), R(f[0], sz=15)))
            cells.append(C(fps or [P(R('—', sz=15))], widths[-1]))
            rows.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>' + ''.join(cells) + '</w:tr>')
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    B.append(P(R('Seguimiento', b=True), before=160))
    B.append(f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>' + EMPTY)
    B.append(P(R('Acuerdos de la sesión', b=True), before=160))
    rows = [[C([P(R(h, b=True, sz=16))], w, shade='D9E2F3') for h, w in (('No.', 700), ('Acuerdo', 8500), ('Responsable', 2900), ('Fecha', 1500))]]
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C([P(R(str(k), sz=16))], 700), C([P(R(ag['text'], sz=16))], 8500), C([P(R(ag['responsible'] or 'Integrantes del Espacio', sz=16))], 2900),
                     C([P(R(dmy(ag['dates'][0]) if ag['dates'] else 'Próxima sesión', sz=16))], 1500)])
    B.append(T(rows, [700, 8500, 2900, 1500], header_rows=1))
    B.append(P(R(f'La sesión concluyó a las {a["end"]} horas.', sz=16)))
    hdr = P(R(f'PDHCDMX · EP Función Policial · Matriz acumulada al {dmy(a["date"])}', sz=14, color='595959'), align='right')
    D.write(stem + '.docx', ''.join(B) + sectpr(landscape=True, margins=(1134, 1134, 1134, 1134)), header_xml=hdr, footer_xml=PAGE_FOOTER, font='Calibri', size=20)
    lo_convert(stem + '.docx', 'pdf')


# ================================================================== U6 content controls + QR registration export
PH = 'Haga clic aquí para escribir texto.'
_sid = [1000]


def sdt(tag, value=None, runs=None, block=False, date_iso=None, dropdown=None, sz=None):
    _sid[0] += 1
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_sid[0]}"/>'
    if value is None and runs is None:
        pr += '<w:showingPlcHdr/>'
    if date_iso:
        pr += f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="es-MX"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    elif dropdown:
        pr += '<w:dropDownList>' + ''.join(f'<w:listItem w:displayText="{esc(o)}" w:value="{esc(o)}"/>' for o in dropdown) + '</w:dropDownList>'
    elif not block:
        pr += '<w:text/>'
    if runs is not None:
        content = runs
    elif value is None:
        content = R(PH, color='808080', sz=sz)
        if block: content = P(content)
    else:
        content = R(value, sz=sz)
        if block: content = P(content)
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def render_u6(a, stem, n):
    B = []
    B.append(P(R('FORMATO EP-03 · MINUTA DE SESIÓN', b=True, sz=24), align='center'))
    B.append(P(R('Espacios de Participación del Programa de Derechos Humanos de la Ciudad de México', sz=18), align='center', after=160))
    L = lambda t: C([P(R(t, b=True, sz=18))], 2700, shade='E7E6E6')
    rows = [
        [L('Espacio de Participación'), C([P(sdt('espacio', a['body']))], 7100)],
        [L('Tipo y número de sesión'), C([P(sdt('tipo', 'Ordinaria', dropdown=['Ordinaria', 'Extraordinaria']), R(' · número '), sdt('numero', str(a['number'])))], 7100)],
        [L('Fecha'), C([P(sdt('fecha', dmy(a['date']), date_iso=a['date']))], 7100)],
        [L('Horario'), C([P(R('Inicio: '), sdt('inicio', a['start']), R('   Término: '), sdt('termino', a['end']))], 7100)],
        [L('Sede'), C([P(sdt('sede', a['place']))], 7100)],
        [L('Coordinación'), C([P(sdt('coordina', f'{a["coordinator"][0]}, {a["coordinator"][1]}'))], 7100)],
        [L('Tema de la sesión'), C([P(sdt('tema'))], 7100)],
        [L('Objetivo de la sesión'), C([P(sdt('objetivo'))], 7100)],
    ]
    B.append(T(rows, [2700, 7100]))
    B.append(P(R('1. Registro de asistencia', b=True, sz=22)))
    B.append(P(R('Exportación de las respuestas del formulario de registro (código QR a la entrada de la sala).', i=True, sz=16)))
    sw = {IE: 'Gobierno de la Ciudad de México', OT: 'Academia / organismo autónomo / instancia federal', SC: 'Sociedad civil organizada', SE: 'Secretaría Ejecutiva'}
    rnd = random.Random(n)
    hh, mm = int(a['start'][:2]) - 1, 38
    heads = [('Marca temporal', 1500), ('Dirección de correo electrónico', 2300), ('Nombre completo', 1900), ('Institución u organización', 2300), ('Cargo', 1000), ('Sector', 1300)]
    rows = [[C([P(R(h, b=True, sz=14))], w, shade='D9EAD3') for h, w in heads]]
    for x in a['attendance']:
        mm += rnd.randint(1, 4)
        if mm >= 60: hh, mm = hh + 1, mm - 60
        ts = f'{dmy(a["date"])} {hh:02d}:{mm:02d}:{rnd.randint(0, 59):02d}'
        parts = x[0].lower().replace('á', 'a').replace('é', 'e').replace('í', 'i').replace('ó', 'o').replace('ú', 'u').replace('ñ', 'n').split()
        mail = f'{parts[0]}.{parts[-2]}@' + ('gmail.com' if x[4] == SC else ('cdmx.gob.mx' if x[4] in (IE, SE) else 'correo.mx'))
        vals = [ts, mail, x[0], x[2], x[5], sw[x[4]]]
        rows.append([C([P(R(v, sz=14))], w) for v, (_h, w) in zip(vals, heads)])
    B.append(T(rows, [w for _h, w in heads]))
    B.append(P(R('2. Seguimiento de estrategias y metas', b=True, sz=22)))
    for st in a['strategies']:
        for g in st['goals']:
            L2 = lambda t: C([P(R(t, b=True, sz=18))], 2700, shade='E7E6E6')
            se = [f for f in fb(st, g['id']) if f[4] == 'SE']
            ob = [f for f in fb(st, g['id']) if f[4] != 'SE']
            rows = [
                [L2('Estrategia'), C([P(sdt('estrategia', f'{st["number"]}. {st["title"]}'))], 7100)],
                [L2('Meta'), C([P(sdt('meta', f'{g["id"]} {g["text"]}'))], 7100)],
                [L2('Indicador'), C([P(sdt('indicador', g['indicator']))], 7100)],
                [L2('Instancia responsable'), C([P(sdt('instancia', g['executor']))], 7100)],
                [L2('¿Presentó informe?'), C([P(sdt('informe_si_no', 'Sí' if g['report'] else 'No', dropdown=['Sí', 'No']))], 7100)],
                [L2('Síntesis del informe'), C([sdt('informe', ' '.join(g['report']), block=True) if g['report'] else sdt('informe', block=True)], 7100)],
            ]
            if not g['report']:
                rows.append([L2('Motivo'), C([P(sdt('motivo', g['status']))], 7100)])
            rows.append([L2('Retroalimentación de la Secretaría Ejecutiva'), C([sdt('retro', runs=''.join(P(R(f[0])) for f in se), block=True) if se else sdt('retro', block=True)], 7100)])
            rows.append([L2('Comentarios de integrantes'), C([sdt('comentarios', runs=''.join(P(R(f'{f[4]} ({inst_of(a, f[4])}): ', b=True), R(f[0])) for f in ob), block=True) if ob else sdt('comentarios', block=True)], 7100)])
            B.append(T(rows, [2700, 7100]))
    B.append(P(R('3. Acuerdos', b=True, sz=22)))
    rows = [[C([P(R(h, b=True, sz=18))], w, shade='E7E6E6') for h, w in (('Acuerdo', 5600), ('Responsable', 2500), ('Fecha compromiso', 1700))]]
    for ag in a['agreements']:
        rows.append([C([P(sdt('acuerdo', ag['text']))], 5600), C([P(sdt('responsable', ag['responsible'])) if ag['responsible'] else P(sdt('responsable'))], 2500),
                     C([P(sdt('fecha_compromiso', dmy(ag['dates'][0]), date_iso=ag['dates'][0])) if ag['dates'] else P(sdt('fecha_compromiso'))], 1700)])
    B.append(T(rows, [5600, 2500, 1700]))
    B.append(P(R('4. Asuntos generales', b=True, sz=22)))
    B.append(sdt('asuntos', block=True))
    B.append(P(R('Elaboró: ', b=True), sdt('elaboro', full(a['attendance'][-1])), R('     Vo. Bo.: ', b=True), sdt('vobo'), before=240))
    hdr = P(R('PDHCDMX · Formato EP-03 · versión 2024', sz=14, color='808080'), align='right')
    D.write(stem + '.docx', ''.join(B) + sectpr(), header_xml=hdr, footer_xml=PAGE_FOOTER, font='Calibri', size=21)
    lo_convert(stem + '.docx', 'pdf')


RENDER = {'U1': render_u1, 'U2': render_u2, 'U3': render_u3, 'U4': render_u4, 'U5': render_u5, 'U6': render_u6}


def main(layouts):
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    for n, a in enumerate(ACTAS):
        if layouts and a['layout'] not in layouts: continue
        stem = os.path.join(OUT, a['stem'])
        RENDER[a['layout']](a, stem, n)
        with open(stem + '.gold.json', 'w', encoding='utf-8') as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=1)
        for fmt in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(stem + '.docx', fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main(set(sys.argv[1:]))
