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


# ------------------------------------------------------------------ AI5: one institution over several goals (vMerge / rowspan), a "Cifra reportada"
# cell merged over the two rows of one goal (costureras); PDF printed by Chromium from an HTML twin with the same rowspans
def ai5_rows(st, split):
    """grid rows of the report table: each cell (text, rowspan) or None where a merged cell continues"""
    lines = []   # one per table row: (goal, report text, first row of the goal?, rows of the goal)
    for g in st['goals']:
        parts = g['report'] if (g['id'] == split and g['report']) else [rep_str(g)]
        for k, t in enumerate(parts):
            lines.append((g, t, k == 0, len(parts)))
    rows = []
    for i, (g, t, first, n) in enumerate(lines):
        # executor: merged over the consecutive rows with the same executor
        if i == 0 or lines[i - 1][0]['executor'] != g['executor']:
            span = 1
            while i + span < len(lines) and lines[i + span][0]['executor'] == g['executor']: span += 1
            ex = (g['executor'], span)
        else:
            ex = None
        rows.append([(g['id'], n) if first else None, (g['text'], n) if first else None, (g['indicator'], n) if first else None, ex,
                     (t, 1), (g['cifra'], n) if first else None])
    return rows


AI5_HEADS = ['Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe', 'Cifra reportada']
AI5_W = [700, 1800, 1500, 1500, 3200, 1200]


def ai5_blocks(a):
    out = [('top', 'Programa de Derechos Humanos del Distrito Federal · Mecanismo de Seguimiento y Evaluación'),
           ('title', f'Espacio de Participación {a["body"]}'),
           ('sub', f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria'),
           ('kv', [('Fecha', long_date(a['date'])), ('Hora de inicio', f'{a["start"]} horas'), ('Hora de término', f'{a["end"]} horas'),
                   ('Lugar', a['place']), ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]),
           ('h2', '1. Asistencia'),
           ('att', [[f'{x[1]} {x[0]}', x[5], x[2], SECTOR_WORD[x[4]]] for x in a['attendance']]),
           ('h2', '2. Informes de las instancias ejecutoras')]
    for st in a['strategies']:
        out.append(('h3', f'Estrategia {st["number"]}. {st["title"]}'))
        out.append(('rep', ai5_rows(st, a['split'])))
        se, ob = se_ob(st)
        out.append(('h4', 'Retroalimentación de la Secretaría Ejecutiva'))
        out.append(('lead', [(f'Meta {f[2]}. ', f[0]) for f in se]))
        if ob:
            out.append(('h4', 'Observaciones de las personas integrantes'))
            out.append(('lead', [(f'{f[4]} ({inst_of(a, f[4])}): ', f[0]) for f in ob]))
    out.append(('h2', '3. Acuerdos'))
    out.append(('ol', [g['text'] for g in a['agreements']]))
    out.append(('p', closing(a)))
    out.append(('sign', a['coordinator']))
    return out


def ai5(a):
    sz = 17
    b = []
    for k, x in ai5_blocks(a):
        if k == 'top': b.append(P(R(x, sz=15, color='5E3C58'), align='center', after=0))
        elif k == 'title': b.append(P(R(x, b=True, sz=26, color='5E3C58'), align='center', after=60))
        elif k == 'sub': b.append(P(R(x, i=True, sz=22), align='center', after=200))
        elif k == 'kv': b += [P(R(kk + ': ', b=True), v, after=40) for kk, v in x]
        elif k == 'h2': b.append(P(R(x, b=True, sz=22, color='5E3C58'), before=200, keep=True))
        elif k == 'h3': b.append(P(R(x, b=True), before=120, keep=True))
        elif k == 'h4': b.append(P(R(x, b=True, i=True), keep=True))
        elif k == 'att':
            b.append(T([[C([P(R(h, b=True, sz=sz, color='FFFFFF'))], shade='5E3C58') for h in ('Nombre', 'Cargo', 'Institución', 'Sector')]] +
                       [[C([P(R(c, sz=sz))]) for c in r] for r in x], [2400, 2300, 3600, 1600], header_rows=1))
        elif k == 'rep':
            rows = [[C([P(R(h, b=True, sz=sz, color='FFFFFF'))], shade='5E3C58') for h in AI5_HEADS]]
            # a merged cell: the first row holds the text (vMerge restart), the rows below an empty continuing cell
            cont = [0] * len(AI5_HEADS)
            for r in x:
                cells = []
                for j, c in enumerate(r):
                    if c is None:
                        cells.append(C([P(R('', sz=sz))], vmerge='continue', valign='center'))
                    else:
                        t, n = c
                        vm = 'restart' if n > 1 else None
                        cells.append(C([P(R(t, sz=sz, b=(j == 0 or j == 5)), align='both' if j == 4 else ('center' if j == 5 else None))],
                                       vmerge=vm, valign='center' if j in (3, 5) else None))
                rows.append(cells)
            b.append(T(rows, AI5_W, header_rows=1))
        elif k == 'lead': b += [P(R(l, b=True), t, ind=(360, 0), align='both') for l, t in x]
        elif k == 'ol': b += [P(t, num=(1, 0), align='both') for t in x]
        elif k == 'p': b.append(P(x, before=160, align='both'))
        elif k == 'sign': b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Sans', size=20)
    p = os.path.join(SRC, 'split_reports.json')
    sp = json.load(open(p, encoding='utf-8')) if os.path.exists(p) else {}
    for st in a['strategies']:
        for g in st['goals']:
            if g['id'] == a['split'] and g['report']: sp[a['stem']] = {' '.join(g['report']): list(g['report'])}
    json.dump(sp, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


def ai5_html(a):
    e = H.escape
    h = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Acta</title><style>'
         '@page{size:Letter;margin:20mm 18mm}body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#222}'
         '.top{font-size:7.5pt;color:#5e3c58;text-align:center}.title{font-size:13pt;font-weight:bold;color:#5e3c58;text-align:center;margin:4px 0}'
         '.sub{font-style:italic;text-align:center;font-size:11pt;margin-bottom:12px}'
         'h2{color:#5e3c58;font-size:11pt;margin:14px 0 4px}h3{font-size:10pt;margin:10px 0 4px}h4{font-size:10pt;font-style:italic;margin:6px 0 2px}'
         'table{border-collapse:collapse;width:100%;margin:4px 0 8px}th{background:#5e3c58;color:#fff;text-align:left;font-size:8.5pt;padding:3px;border:1px solid #5e3c58}'
         'td{border:1px solid #999;font-size:8.5pt;padding:3px;vertical-align:top}td.m{vertical-align:middle}td.c{text-align:center;font-weight:bold;vertical-align:middle}'
         'td.r{text-align:justify}p.kv{margin:1px 0}p.lead{margin:3px 0 3px 14px;text-align:justify}ol li{margin-bottom:3px;text-align:justify}'
         '.sign{text-align:center;margin-top:40px}</style></head><body>']
    for k, x in ai5_blocks(a):
        if k in ('top', 'title', 'sub'): h.append(f'<div class="{k}">{e(x)}</div>')
        elif k == 'kv': h += [f'<p class="kv"><b>{e(kk)}:</b> {e(v)}</p>' for kk, v in x]
        elif k in ('h2', 'h3', 'h4'): h.append(f'<{k}>{e(x)}</{k}>')
        elif k == 'att':
            h.append('<table><tr>' + ''.join(f'<th>{c}</th>' for c in ('Nombre', 'Cargo', 'Institución', 'Sector')) + '</tr>' +
                     ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in x) + '</table>')
        elif k == 'rep':
            cols = ''.join(f'<col style="width:{w / sum(AI5_W) * 100:.1f}%">' for w in AI5_W)
            t = f'<table><colgroup>{cols}</colgroup><tr>' + ''.join(f'<th>{e(c)}</th>' for c in AI5_HEADS) + '</tr>'
            for r in x:
                t += '<tr>'
                for j, c in enumerate(r):
                    if c is None: continue
                    txt, n = c
                    cls = {0: ' class="m"', 3: ' class="m"', 4: ' class="r"', 5: ' class="c"'}.get(j, '')
                    t += f'<td{cls}' + (f' rowspan="{n}"' if n > 1 else '') + f'>{"<b>" + e(txt) + "</b>" if j == 0 else e(txt)}</td>'
                t += '</tr>'
            h.append(t + '</table>')
        elif k == 'lead': h += [f'<p class="lead"><b>{e(l)}</b>{e(t)}</p>' for l, t in x]
        elif k == 'ol': h.append('<ol>' + ''.join(f'<li>{e(t)}</li>' for t in x) + '</ol>')
        elif k == 'p': h.append(f'<p>{e(x)}</p>')
        elif k == 'sign': h.append(f'<div class="sign"><b>{e(x[0])}</b><br>{e(x[1])}</div>')
    return ''.join(h) + '</body></html>'


def chromium(html_text, stem, pdf=None):
    tmp = tempfile.mkdtemp(prefix='blind-ai-cr-')
    hp = os.path.join(tmp, stem + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    shutil.copy(hp, os.path.join(SRC, 'html', os.path.basename(hp)))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmp}/prof',
         f'--print-to-pdf={pdf}', 'file://' + hp])
    shutil.rmtree(tmp, ignore_errors=True)


def ai5_pdf(a):
    chromium(ai5_html(a), a['stem'], pdf=os.path.join(OUT, a['stem'] + '.pdf'))


# ------------------------------------------------------------------ AI6: a .docx as Google Docs exports it (colectivos); PDF by Chromium from an HTML twin
ORDF = {11: 'Undécima', 12: 'Duodécima'}
NB = '\u00a0'


def GR(text, b=False, i=False, sz=22, color='000000'):
    """a Google Docs run: every property explicit, no character style"""
    rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>' + ('<w:b w:val="1"/>' if b else '') +
           ('<w:i w:val="1"/>' if i else '') + f'<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:rtl w:val="0"/></w:rPr>')
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else f'<w:r>{rpr}</w:r>'


def GP(*runs, align='left', num=None, ind=None, after=0, before=0):
    ppr = ''
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += f'<w:spacing w:after="{after}" w:before="{before}" w:line="276" w:lineRule="auto"/>'
    if ind: ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    elif num: ppr += f'<w:ind w:left="{720 * (num[1] + 1)}" w:hanging="360"/>'
    else: ppr += '<w:ind w:left="0" w:firstLine="0"/>'
    ppr += f'<w:jc w:val="{align}"/>'
    return f'<w:p><w:pPr>{ppr}<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/></w:rPr></w:pPr>{"".join(runs)}</w:p>'


SPACER = GP(GR(''))


def g_numbering():
    lv = []
    for k in range(9):
        t = '●' if k % 3 == 0 else ('○' if k % 3 == 1 else '■')
        lv.append(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{t}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="{720 * (k + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
    a = ''.join(f'<w:abstractNum w:abstractNumId="{n}">{"".join(lv)}</w:abstractNum>' for n in (1, 2, 3))
    n = ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in (1, 2, 3))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {D.W}>{a}{n}</w:numbering>'


def g_table(rows, widths, head=True):
    bd = ''.join(f'<w:{x} w:color="cccccc" w:space="0" w:sz="8" w:val="single"/>' for x in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = ''
    for k, r in enumerate(rows):
        tcs = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>' + ('<w:shd w:fill="efefef" w:val="clear"/>' if head and k == 0 else '') +
                      f'<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar></w:tcPr>'
                      f'{GP(GR(c, b=(head and k == 0), sz=18), after=0)}</w:tc>' for c, w in zip(r, widths))
        trs += f'<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>{tcs}</w:tr>'
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}.0" w:type="dxa"/><w:jc w:val="left"/><w:tblBorders>{bd}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')


def ai6_blocks(a):
    out = [('small', 'ESPACIO DE PARTICIPACIÓN'), ('title', a['body']), ('sub', f'Minuta — {ORDF[a["number"]]} Sesión Ordinaria'), ('sp', None),
           ('kv', [('Fecha', long_date(a['date'], weekday=False)), ('Horario', f'{a["start"]} a {a["end"]} horas'), ('Modalidad y lugar', a['place']),
                   ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]), ('sp', None),
           ('h', 'Asistentes'), ('table', [['Nombre', 'Institución', 'Sector']] + [[f'{x[1]} {x[0]}', x[2], SECTOR_WORD[x[4]]] for x in a['attendance']]), ('sp', None),
           ('h', 'Seguimiento de estrategias')]
    for st in a['strategies']:
        out.append(('h2', f'Estrategia {st["number"]}. {st["title"]}'))
        items = []
        for g in st['goals']:
            items.append((0, [(f'Meta{NB}{g["id"]}: ', True), (g['text'], False)]))
            items.append((1, [('Indicador: ', True), (g['indicator'], False)]))
            items.append((1, [('Instancia ejecutora: ', True), (g['executor'], False)]))
            items.append((1, [('Informe: ', True), (rep_str(g), False)]))
        out.append(('ul', items))
        se, ob = se_ob(st)
        out.append(('h3', 'Retroalimentación'))
        out += [('lead', (f'Meta{NB}{f[2]}: ', f[0])) for f in se]
        if ob:
            out.append(('h3', 'Observaciones'))
            out += [('lead', (f'{f[4]} ({inst_of(a, f[4])}): ', f[0])) for f in ob]
        out.append(('sp', None))
    out.append(('h', 'Acuerdos'))
    out.append(('ul', [(0, [(g['text'], False)]) for g in a['agreements']]))
    out += [('sp', None), ('p', closing(a)), ('sp', None), ('sp', None), ('sign', a['coordinator'])]
    return out


def ai6(a):
    b, lists = [], 0
    for k, x in ai6_blocks(a):
        if k == 'small': b.append(GP(GR(x, b=True, sz=18, color='666666'), align='center'))
        elif k == 'title': b.append(GP(GR(x, b=True, sz=28, color='1155cc'), align='center'))
        elif k == 'sub': b.append(GP(GR(x, sz=24), align='center'))
        elif k == 'sp': b.append(SPACER)
        elif k == 'kv': b += [GP(GR(kk + ': ', b=True), GR(v)) for kk, v in x]
        elif k == 'h': b.append(GP(GR(x, b=True, sz=24, color='1155cc'), before=120, after=60))
        elif k == 'h2': b.append(GP(GR(x, b=True), before=120, after=60))
        elif k == 'h3': b.append(GP(GR(x, b=True, i=True), before=60))
        elif k == 'table': b.append(g_table(x, [3000, 4700, 1660]))
        elif k == 'ul':
            lists = lists % 3 + 1
            b += [GP(*[GR(t, b=bb) for t, bb in runs], num=(lists, lvl), align='both') for lvl, runs in x]
        elif k == 'lead': b.append(GP(GR(x[0], b=True), GR(x[1]), align='both', ind=(0, 0), after=60))
        elif k == 'p': b.append(GP(GR(x), align='both'))
        elif k == 'sign': b += [GP(GR(x[0], b=True), align='center'), GP(GR(x[1]), align='center')]
    sect = ('<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" '
            'w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + sect, '', '', numbering_xml=g_numbering(), font='Arial', size=22)


def ai6_html(a):
    e = H.escape
    css = ('@page{size:Letter;margin:25.4mm}body{background:#fff;max-width:468pt;padding:0;margin:0}'
           'ul.c0{list-style-type:none;padding:0;margin:0}'
           '.lst-kix_a-0>li:before{content:"\\0025cf   "}.lst-kix_a-1>li:before{content:"\\0025cb   "}'
           'li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}'
                      '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
           '.c2{font-weight:700}.c7{font-style:italic}.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c4{text-align:center}.c5{text-align:justify}.c6{height:11pt}.c8{color:#1155cc;font-size:14pt}.c9{font-size:12pt}.c10{color:#666666;font-size:9pt}'
           '.c11{margin-left:36pt;padding-left:0pt}.c12{margin-left:72pt;padding-left:0pt}'
           'table.c20{border-spacing:0;border-collapse:collapse;margin-right:auto}td.c21{border:1pt solid #cccccc;vertical-align:top;padding:5pt}td.c22{background-color:#efefef}'
           '.c23{font-size:9pt}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}')
    h = [f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">{css}</style></head><body class="c30 doc-content">']
    def par(spans, cls='c3'):
        return f'<p class="{cls}">' + ''.join(f'<span class="c1{" " + sc if sc else ""}">{e(t)}</span>' for t, sc in spans) + '</p>'
    for k, x in ai6_blocks(a):
        if k == 'small': h.append(par([(x, 'c2 c10')], 'c3 c4'))
        elif k == 'title': h.append(par([(x, 'c2 c8')], 'c3 c4'))
        elif k == 'sub': h.append(par([(x, 'c9')], 'c3 c4'))
        elif k == 'sp': h.append('<p class="c3 c6"><span class="c1"></span></p>')
        elif k == 'kv': h += [par([(kk + ': ', 'c2'), (v, '')]) for kk, v in x]
        elif k == 'h': h.append(par([(x, 'c2 c8 c9')], 'c3" style="padding-top:6pt;padding-bottom:3pt'))
        elif k == 'h2': h.append(par([(x, 'c2')], 'c3" style="padding-top:6pt;padding-bottom:3pt'))
        elif k == 'h3': h.append(par([(x, 'c2 c7')], 'c3" style="padding-top:3pt'))
        elif k == 'table':
            w = [3000, 4700, 1660]
            t = '<table class="c20">'
            for i, r in enumerate(x):
                t += '<tr class="c24">' + ''.join(f'<td class="c21{" c22" if i == 0 else ""}" colspan="1" rowspan="1" style="width:{ww / 20:.1f}pt">'
                                                  + par([(c, 'c23' + (' c2' if i == 0 else ''))]) + '</td>' for c, ww in zip(r, w)) + '</tr>'
            h.append(t + '</table>')
        elif k == 'ul':
            cur = None
            for lvl, runs in x:
                if lvl != cur:
                    if cur is not None: h.append('</ul>')
                    h.append(f'<ul class="c0 lst-kix_a-{lvl} lvl{lvl}">'); cur = lvl
                h.append(f'<li class="c3 c5 {"c11" if lvl == 0 else "c12"} li-bullet-0">' + ''.join(f'<span class="c1{" c2" if bb else ""}">{e(t)}</span>' for t, bb in runs) + '</li>')
            h.append('</ul>')
        elif k == 'lead': h.append(par([(x[0], 'c2'), (x[1], '')], 'c3 c5" style="padding-bottom:3pt'))
        elif k == 'p': h.append(par([(x, '')], 'c3 c5'))
        elif k == 'sign': h += [par([(x[0], 'c2')], 'c3 c4'), par([(x[1], '')], 'c3 c4')]
    return ''.join(h) + '</body></html>'


def ai6_pdf(a):
    chromium(ai6_html(a), a['stem'], pdf=os.path.join(OUT, a['stem'] + '.pdf'))


DOCX = {'AI1': ai1, 'AI2': ai2, 'AI3': ai3, 'AI4': ai4, 'AI5': ai5, 'AI6': ai6}
PDF = {'AI2': ai2_pdf, 'AI5': ai5_pdf, 'AI6': ai6_pdf}


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
