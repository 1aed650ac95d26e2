# -*- coding: utf-8 -*-
"""Render batch AI from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AI1-AI4; Chromium from an HTML
twin for AI5 and AI6), extra formats (.odt/.doc/.rtf).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY, field_complex
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, date_words, time_words, num

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ai'
EXTRA_FORMATS = {
    'blind-ai-zocalo-03-2021-06-09': ['odt'],
    'blind-ai-rotulistas-02-2012-09-05': ['doc'],
    'blind-ai-titiriteros-05-2018-02-21': ['rtf'],
}
ORD = {1: 'PRIMERA', 2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def C(x, **kw):
    return _C([x] if isinstance(x, str) and x.startswith('<') else x, **kw)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def lo_convert(src_path, fmt, outdir=OUT):
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, src_path])


def inst_of(a, name):
    for x in a['attendance']:
        if x[0] == name: return x[2]


def se_ob(st):
    return [f for f in st['feedback'] if f[1] == 'retroalimentacion'], [f for f in st['feedback'] if f[1] == 'observacion']


def rep_str(g):
    return ' '.join(x for x in g['report'] if isinstance(x, str)) if g['report'] else (g['status'] or '')


def closing(a):
    return f'No habiendo más asuntos que tratar, se dio por concluida la sesión a las {a["end"]} horas del día de su inicio.'


def write(a, body, header='', font='Arial', size=20, footer=None, **kw):
    D.write(os.path.join(OUT, a['stem'] + '.docx'), body, header, footer if footer is not None else P(D.PAGE_FIELD, align='center'),
            numdefs=kw.pop('numdefs', [(1, [('decimal', '%1.', 360)])]), font=font, size=size, **kw)


def data_lines(a, sz=None):
    return [P(R('Fecha: ', b=True, sz=sz), R(long_date(a['date']), sz=sz), after=40), P(R('Hora de inicio: ', b=True, sz=sz), R(f'{a["start"]} horas', sz=sz), after=40),
            P(R('Hora de término: ', b=True, sz=sz), R(f'{a["end"]} horas', sz=sz), after=40), P(R('Lugar: ', b=True, sz=sz), R(a['place'], sz=sz), after=40),
            P(R('Coordinación: ', b=True, sz=sz), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}', sz=sz))]


def att_table(a, sz=18, cargo=True, shade='D9D9D9', widths=None):
    heads = ('Nombre', 'Cargo', 'Institución', 'Sector') if cargo else ('Nombre', 'Institución', 'Sector')
    rows = [[C([P(R(h, b=True, sz=sz))], shade=shade) for h in heads]]
    for x in a['attendance']:
        r = [C([P(R(f'{x[1]} {x[0]}', sz=sz))])] + ([C([P(R(x[5], sz=sz))])] if cargo else []) + [C([P(R(x[2], sz=sz))]), C([P(R(SECTOR_WORD[x[4]], sz=sz))])]
        rows.append(r)
    return T(rows, widths or ([2500, 2200, 3600, 1600] if cargo else [3000, 5000, 1900]), header_rows=1)


def fb_paras(a, st, se_lead='Meta {g}: ', ob_lead='{n} ({i}): ', head_se='Retroalimentación', head_ob='Observaciones', sz=None):
    se, ob = se_ob(st)
    b = [P(R(head_se, b=True, i=True, sz=sz), keep=True)]
    b += [P(R(se_lead.format(g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in se]
    if ob:
        b.append(P(R(head_ob, b=True, i=True, sz=sz), keep=True))
        b += [P(R(ob_lead.format(n=f[4], i=inst_of(a, f[4]), g=f[2]), b=True, sz=sz), R(f[0], sz=sz), ind=(360, 0), align='both') for f in ob]
    return b


def signature(a):
    return [P(R(a['coordinator'][0], b=True), align='center', before=600, after=0), P(a['coordinator'][1], align='center')]


# ------------------------------------------------------------------ AI1: goal status only by the colour of a "Semáforo" cell (zocalo)
LIGHT = {'verde': '00B050', 'ambar': 'FFC000', 'rojo': 'FF0000'}


def ai1(a):
    sz = 18
    b = [P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHCDMX', b=True, sz=16, color='6B2C3E'), align='center', after=0),
         P(R('Espacio de Participación', sz=20), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=60),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('1. Personas asistentes', b=True, sz=22), before=200))
    b.append(att_table(a, cargo=False, shade='E7D3D9'))
    b.append(P(R('2. Seguimiento de estrategias', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=160))
        heads = ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Semáforo', 'Informe')
        rows = [[C([P(R(h, b=True, sz=sz), align='center' if h == 'Semáforo' else None)], shade='E7D3D9') for h in heads]]
        for g in st['goals']:
            dot = [P(R('●', sz=22), align='center')] if a['dots'] else [P(R('', sz=sz))]
            rows.append([C([P(R(g['id'], b=True, sz=sz))]), C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]),
                         C([P(R(g['executor'], sz=sz))]), C(dot, shade=LIGHT[g['light']], valign='center'),
                         C([P(R(rep_str(g) if g['report'] else '', sz=sz), align='both')])])
        b.append(T(rows, [700, 1900, 1600, 1500, 1000, 3200], header_rows=1, after=False))
        b.append(P(R('Semáforo — ', b=True, sz=15), R('Verde: presentó informe; Ámbar: informe parcial; Rojo: sin informe.', i=True, sz=15), before=40, after=160))
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('3. Acuerdos', b=True, sz=22), before=200, keep=True))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=20)


# ------------------------------------------------------------------ AI2: cover page and a Word TOC field with its cached result (carpas)
def goal_block(g, sz=None):
    return [P(R(f'Meta {g["id"]}. ', b=True, sz=sz), R(g['text'], sz=sz), ind=(360, 0)),
            P(R('Indicador: ', i=True, sz=sz), R(g['indicator'], sz=sz), ind=(720, 0)),
            P(R('Instancia ejecutora: ', i=True, sz=sz), R(g['executor'], sz=sz), ind=(720, 0)),
            P(R('Informe: ', i=True, sz=sz), R(rep_str(g), sz=sz), ind=(720, 0), align='both')]


def H1(t): return f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{R(t)}</w:p>'
def H2(t): return f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{R(t)}</w:p>'


def ai2_toc_entries(a):
    e = [(1, '1. Datos de la sesión'), (1, '2. Asistencia'), (1, '3. Seguimiento de estrategias')]
    e += [(2, f'Estrategia {st["number"]}. {st["title"]}') for st in a['strategies']]
    e += [(1, '4. Acuerdos'), (1, '5. Cierre de la sesión')]
    return e


def ai2(a, pages=None):
    pages = pages or {}
    cover_box = T([[C([P(R('PDHCDMX', b=True, sz=40, color='FFFFFF'), align='center', after=0),
                       P(R('Mecanismo de Seguimiento y Evaluación', sz=16, color='FFFFFF'), align='center', after=0)], shade='8C2A1E', valign='center')]],
                  [3000], borders=True, after=False).replace('<w:tblW ', '<w:jc w:val="center"/><w:tblW ')
    b = [P('', before=1400), cover_box,
         P(R('Espacio de Participación', sz=28), align='center', before=1200, after=120),
         P(R(a['body'], b=True, sz=36, color='8C2A1E'), align='center', after=600),
         P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', sz=28), align='center', after=120),
         P(R(long_date(a['date'], weekday=False), sz=24), align='center', after=0),
         P(R('Secretaría Ejecutiva · Ciudad de México', sz=18, color='7F7F7F'), align='center', before=2400)]
    # page 2: the table of contents (a TOC field with its cached result, as Word leaves it after "Actualizar tabla")
    b.append(P(R('Contenido', b=True, sz=28, color='8C2A1E'), ppr_extra='<w:pageBreakBefore/>', after=240))
    ents = ai2_toc_entries(a)
    for k, (lvl, t) in enumerate(ents):
        ppr = f'<w:pStyle w:val="TOC{lvl}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9628"/></w:tabs>'
        pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if k == 0 else ''
        post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(ents) - 1 else ''
        b.append(f'<w:p><w:pPr>{ppr}</w:pPr>{pre}{R(t)}<w:r><w:tab/></w:r>{R(str(pages.get(t, 3)))}{post}</w:p>')
    # the acta
    b.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr>{R("1. Datos de la sesión")}</w:p>')
    b += data_lines(a)
    b.append(H1('2. Asistencia'))
    b.append(att_table(a, shade='F2DCDB'))
    b.append(H1('3. Seguimiento de estrategias'))
    for st in a['strategies']:
        b.append(H2(f'Estrategia {st["number"]}. {st["title"]}'))
        for g in st['goals']:
            b += goal_block(g)
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva')
    b.append(H1('4. Acuerdos'))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(H1('5. Cierre de la sesión'))
    b.append(P(closing(a), align='both'))
    b += signature(a)
    foot = P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria · ', sz=16, color='7F7F7F'), D.PAGE_FIELD, align='right')
    write(a, ''.join(b) + D.sect(header=False, title_pg=True), font='Cambria', size=21, footer=foot)


def ai2_pdf(a):
    """render once, read on which page each heading falls, write the TOC's cached page numbers, render again"""
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
    pdf = os.path.join(OUT, a['stem'] + '.pdf')
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    pages = {}
    for p in range(3, n + 1):
        t = ' '.join(subprocess.run(['pdftotext', '-raw', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True, text=True).stdout.split())
        for _l, e in ai2_toc_entries(a):
            if e not in pages and e in t: pages[e] = p
    ai2(a, pages)
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
    print('  TOC pages', pages)


# ------------------------------------------------------------------ AI3: legal-office acta, every line numbered in the margin (rotulistas)
ORDW = {1: 'PRIMERO', 2: 'SEGUNDO', 3: 'TERCERO', 4: 'CUARTO', 5: 'QUINTO'}
SECTOR_BY = {IE: 'Por las instancias ejecutoras:', OT: 'Por otras instancias:', SC: 'Por la sociedad civil:', SE: 'Por la Secretaría Ejecutiva:'}


def ai3(a):
    J = dict(align='both')
    y, m, d = a['date'].split('-')
    b = [P(R(f'ACTA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN ', b=True), R(a['body'], b=True, caps=True), align='center', after=240),
         P(f'En la Ciudad de México, Distrito Federal, siendo las {time_words(a["start"])} del día {date_words(a["date"])}, en la {a["place"]}, '
           f'se reunieron las personas integrantes del Espacio de Participación {a["body"]}, bajo la coordinación de {a["coordinator"][0]}, '
           f'{a["coordinator"][1]}, a efecto de celebrar la {ORD[a["number"]].lower()} sesión ordinaria, conforme a lo siguiente:', **J),
         P(R('I. LISTA DE ASISTENCIA', b=True), before=160)]
    for sec in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == sec]
        if not xs: continue
        b.append(P(R(SECTOR_BY[sec], u=True)))
        b += [P(f'{x[1]} {x[0]}, {x[5]}, {x[2]}.', ind=(567, 0), after=0) for x in xs]
    b.append(P(R('II. SEGUIMIENTO DE ESTRATEGIAS', b=True), before=160))
    b.append(P('Acto seguido, la coordinación dio lectura a las estrategias y metas en seguimiento y cedió la palabra a las instancias ejecutoras '
               'para informar de los avances del periodo, en los términos siguientes:', **J))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}.', b=True), keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), g['text'] + '.', **J))
            b.append(P('Indicador: ' + g['indicator'] + '.', **J))
            b.append(P('Instancia ejecutora: ' + g['executor'] + '.', **J))
            b.append(P(('Informe: ' + rep_str(g)) if g['report'] else rep_str(g), **J))
        se, ob = se_ob(st)
        for f in se:
            b.append(P(f'Respecto de la meta {f[2]}, la Secretaría Ejecutiva formuló la siguiente retroalimentación: ', f[0], **J))
        for f in ob:
            x = [z for z in a['attendance'] if z[0] == f[4]][0]
            b.append(P(f'En uso de la palabra, {x[1]} {x[0]}, en representación de {x[2]}, manifestó: ', f[0], **J))
    b.append(P(R('III. ACUERDOS', b=True), before=160))
    b.append(P('Las personas integrantes del Espacio adoptaron por unanimidad los siguientes acuerdos:', **J))
    b += [P(R(f'{ORDW[k]}.- ', b=True), g['text'], **J) for k, g in enumerate(a['agreements'], 1)]
    b.append(P(f'No habiendo otro asunto que tratar, se dio por concluida la presente sesión siendo las {time_words(a["end"])} del mismo día de su inicio, '
               'firmando al margen y al calce quienes en ella intervinieron y quisieron hacerlo.', before=160, **J))
    b += signature(a)
    head = P(R(f'Espacio de Participación · Acta {a["number"]}/{y}', sz=16, i=True), align='right')
    s = D.sect(header=True).replace('<w:cols', f'<w:lnNumType w:countBy="{a["countby"]}" w:distance="340" w:restart="newPage"/><w:cols')
    s = s.replace('w:right="1134" w:bottom="1134" w:left="1134"', 'w:right="1418" w:bottom="1418" w:left="1701"')
    def sp(m):
        ppr = m.group(1)
        if '<w:spacing ' in ppr: return '<w:pPr>' + ppr.replace('<w:spacing ', '<w:spacing w:line="360" w:lineRule="auto" ') + '</w:pPr>'
        k = min([i for i in (ppr.find('<w:ind '), ppr.find('<w:jc ')) if i >= 0] or [len(ppr)])
        return '<w:pPr>' + ppr[:k] + '<w:spacing w:before="0" w:after="0" w:line="360" w:lineRule="auto"/>' + ppr[k:] + '</w:pPr>'
    body = re.sub(r'<w:pPr>(.*?)</w:pPr>', sp, ''.join(b))
    write(a, body + s, header=head, font='Liberation Serif', size=24)


# ------------------------------------------------------------------ AI4: "BORRADOR" watermark (VML WordArt in the header), vertical header cells,
# the goals table in a landscape section (titiriteros)
WATERMARK = ('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
             '<v:shapetype xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" id="_x0000_t136" coordsize="21600,21600" '
             'o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
             '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
             '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
             '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
             '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
             '<v:shape xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s{n}" type="#_x0000_t136" '
             'style="position:absolute;margin-left:0;margin-top:0;width:{w}pt;height:{h}pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;'
             'mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d8d8d8" stroked="f">'
             '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="BORRADOR"/></v:shape></w:pict></w:r></w:p>')


def vcell(t, w, sz=17):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="DDE4EE"/><w:textDirection w:val="btLr"/>'
            f'<w:vAlign w:val="center"/></w:tcPr>{P(R(t, b=True, sz=sz), align="center", after=0)}</w:tc>')


def ai4(a):
    sz = 18
    b = [P(R('GOBIERNO DE LA CIUDAD DE MÉXICO · SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', sz=15, color='44546A'), align='center', after=0),
         P(R('Espacio de Participación ', sz=22), R(a['body'], b=True, sz=22), align='center', after=60),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=24, color='1F3864'), align='center', after=60),
         P(R('Versión para revisión de las personas integrantes — no citar', i=True, sz=16, color='7F7F7F'), align='center', after=200)]
    b += data_lines(a)
    b.append(P(R('I. Asistencia', b=True, sz=22, color='1F3864'), before=200))
    b.append(att_table(a, shade='DDE4EE'))
    b.append(P(R('II. Seguimiento de estrategias y metas', b=True, sz=22, color='1F3864'), before=200))
    b.append(P('Las estrategias en seguimiento se presentan en las tablas siguientes (ver hoja horizontal).', align='both'))
    b.append(D.sect_para(header=True))        # end of the first (portrait) section
    heads = [('Meta', 760), ('Periodo', 620), ('Descripción de la meta', 2500), ('Indicador', 2100), ('Instancia ejecutora', 1700), ('Informe de la instancia', 5280)]
    for k, st in enumerate(a['strategies']):
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=0 if k == 0 else 200))
        rows = ['<w:trPr><w:trHeight w:val="1500" w:hRule="exact"/><w:tblHeader/></w:trPr>' + ''.join(vcell(t, w) for t, w in heads)]
        for g in st['goals']:
            rows.append(''.join([C([P(R(g['id'], b=True, sz=sz), align='center')], valign='center'), C([P(R('1S-' + a['date'][:4], sz=15), align='center')], valign='center'),
                                 C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]), C([P(R(g['executor'], sz=sz))]),
                                 C([P(R(rep_str(g), sz=sz), align='both')])]))
        grid = ''.join(f'<w:gridCol w:w="{w}"/>' for _t, w in heads)
        bd = ''.join(f'<w:{x} w:val="single" w:sz="4" w:space="0" w:color="8EA9C1"/>' for x in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        trs = ''.join((f'<w:tr>{r}</w:tr>' if not r.startswith('<w:trPr>') else f'<w:tr>{r}</w:tr>') for r in rows)
        b.append(f'<w:tbl><w:tblPr><w:tblW w:w="{sum(w for _t, w in heads)}" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/>'
                 f'<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones')
    b.append(D.sect_para(header=True, landscape=True))   # end of the landscape section
    b.append(P(R('III. Acuerdos', b=True, sz=22, color='1F3864'), before=0))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    hdr = P(R(f'EP Titiriteros y Teatro de Calle · Acta {a["number"]}/{a["date"][:4]}', sz=15, color='7F7F7F'), align='right') + WATERMARK.format(n=2049, w=470, h=117)
    write(a, ''.join(b) + D.sect(header=True), header=hdr, font='Calibri', size=21)


DOCX = {'AI1': ai1, 'AI2': ai2, 'AI3': ai3, 'AI4': ai4}
PDF = {'AI2': ai2_pdf}


def main():
    want = set(sys.argv[1:]) or set(DOCX)
    for a in ACTAS:
        if a['layout'] not in want: continue
        DOCX[a['layout']](a)
        g = gold(a)
        json.dump(g, open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        lay = a['layout']
        if lay in PDF: PDF[lay](a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for ext in EXTRA_FORMATS.get(a['stem'], []):
            lo_convert(os.path.join(OUT, a['stem'] + '.docx'), {'odt': 'odt', 'doc': 'doc:MS Word 97', 'rtf': 'rtf'}[ext])
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
