# -*- coding: utf-8 -*-
"""Render batch AL from content.py (.docx raw WordprocessingML, .gold.json, then the PDFs).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, subprocess, sys, glob, tempfile, math, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES, DIAS

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-al'
EXTRA_FORMATS = {}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava', 9: 'Novena'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
LAYOUTS = {}


def run(cmd): subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lo_convert(p, fmt, outdir=OUT): run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, p])
def groups(att, order=(IE, OT, SC, SE)): return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]
def rep(g): return ' '.join(g['report']) if g['report'] else g['status']
def inst_of(a, name): return next(x[2] for x in a['attendance'] if x[0] == name)
def fbs(st, gid, sec): return [f for f in st['feedback'] if f[2] == gid and f[1] == sec]
def docx_path(a): return os.path.join(OUT, a['stem'] + '.docx')


def title_block(a, se_line='SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS'):
    return [P(R(se_line, b=True, sz=20), align='center', after=0),
            P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True), align='center', after=0),
            P(R(a['body'], b=True), align='center', after=200)]


def goal_paras(a, st, fb_who=True):
    b = [P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=160, keep=True)]
    for g in st['goals']:
        b.append(P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0, before=80, keep=True))
        b.append(P(R('Indicador: ', b=True), R(g['indicator']), after=0))
        b.append(P(R('Instancia ejecutora: ', b=True), R(g['executor']), after=0))
        b.append(P(R('Informe: ', b=True), R(rep(g)), after=40, align='both'))
        for f in [f for f in st['feedback'] if f[2] == g['id']]:
            if f[1] == 'retroalimentacion': b.append(P(R('Retroalimentación: ', i=True), R(f[0]), ind=(360, 0), after=20, align='both'))
            else: b.append(P(R(f'Observación de {f[4]} ({inst_of(a, f[4])}): ' if fb_who else 'Observación: ', i=True), R(f[0]), ind=(360, 0), after=20, align='both'))
    return b


# ------------------------------------------------------------------ AL3: a column group per strategy
def al3(a):
    b = title_block(a)
    b += [P(R('Fecha: ', b=True), R(long_date(a['date'])), after=0), P(R('Horario: ', b=True), R(f'{a["start"]} a {a["end"]} horas'), after=0),
          P(R('Lugar: ', b=True), R(a['place']), after=200)]
    b.append(P(R('1. ASISTENCIA', b=True), before=120))
    rows = [[C([P(R(h, b=True), after=0)], shade='D9E2F3') for h in ('Nombre', 'Cargo', 'Institución u organización')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True, i=True), after=0)], span=3, shade='F2F2F2')])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)])])
    b.append(T(rows, [3000, 2800, 4080], header_rows=1))
    b.append(P(R('2. SEGUIMIENTO A LAS METAS DEL PROGRAMA', b=True), before=160))
    b.append(P('En este periodo se revisaron las estrategias siguientes:', after=40))
    for st in a['strategies']: b.append(P(f'Estrategia {st["number"]}. {st["title"]}', ind=(360, 0), after=20))
    b.append(P('Los informes, la retroalimentación de la Secretaría Ejecutiva y las observaciones se concentran en el cuadro siguiente:', before=80, after=80, align='both'))
    gs = [(st, g) for st in a['strategies'] for g in st['goals']]
    n = len(gs); lw = 1500; gw = (9880 - lw) // n
    widths = [lw] + [gw] * n
    hdr1 = [C([P(R('Estrategia', b=True), after=0)], shade='B4C6E7', vmerge='restart', valign='center')]
    for st in a['strategies']:
        hdr1.append(C([P(R(f'Estrategia {st["number"]}', b=True), align='center', after=0)], span=len(st['goals']), shade='B4C6E7'))
    hdr2 = [C([P('', after=0)], shade='B4C6E7', vmerge='cont')] + [C([P(R(g['id'], b=True), align='center', after=0)], shade='D9E2F3') for _, g in gs]
    def lab(t): return C([P(R(t, b=True, sz=17), after=0)], shade='F2F2F2')
    def cellp(ts): return C([P(R(t, sz=17), after=40) for t in ts] or [P('', after=0)])
    rows = [hdr1, hdr2,
            [lab('Meta')] + [cellp([g['text']]) for _, g in gs],
            [lab('Indicador')] + [cellp([g['indicator']]) for _, g in gs],
            [lab('Instancia ejecutora')] + [cellp([g['executor']]) for _, g in gs],
            [lab('Informe')] + [cellp([rep(g)]) for _, g in gs],
            [lab('Retroalimentación')] + [cellp([f[0] for f in fbs(st, g['id'], 'retroalimentacion')]) for st, g in gs],
            [lab('Observaciones')] + [cellp([f'{f[4]}: {f[0]}' for f in fbs(st, g['id'], 'observacion')]) for st, g in gs]]
    b.append(T(rows, widths, header_rows=2, cant_split=True))
    b.append(P(R('3. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'No habiendo más asuntos que tratar, se cerró la sesión a las {a["end"]} horas.', before=160))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    hdr = P(R(f'Espacio de Participación · {a["body"]}', sz=14, color='7F7F7F'), align='right')
    ftr = P(D.PAGE_FIELD, align='center')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=ftr, numdefs=[(3, [('decimal', '%1.', 720)])], font='Arial', size=20)


LAYOUTS['AL3'] = (al3, None)
EXTRA_FORMATS['blind-al-pulidores-02-2024-04-23'] = ['odt']


# ------------------------------------------------------------------ AL4: institutions only by acronym, glossary at the end
def al4(a):
    from content import CAN_GLOSS
    b = title_block(a, 'SE-PDHDF · MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHDF')
    b += [P(R('Fecha: ', b=True), R(long_date(a['date'])), after=0), P(R('Hora: ', b=True), R(f'{a["start"]} horas'), after=0),
          P(R('Lugar: ', b=True), R(a['place']), after=200)]
    b.append(P(R('I. LISTA DE ASISTENCIA', b=True), before=120))
    rows = [[C([P(R(h, b=True), after=0)], shade='E2EFD9') for h in ('Nombre', 'Cargo', 'Institución')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], u=True), after=0)], span=3)])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)])])
    b.append(T(rows, [3600, 4000, 2000], header_rows=1))
    b.append(P(R('II. REVISIÓN DE INFORMES', b=True), before=160))
    for st in a['strategies']: b += goal_paras(a, st)
    b.append(P(R('III. ACUERDOS', b=True), before=160))
    for i, ag in enumerate(a['agreements'], 1): b.append(P(f'{i}. {ag["text"]}', ind=(360, 360), after=40, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600, after=300))
    b.append(P(R('Siglas y acrónimos', b=True), before=200))
    for k, v in CAN_GLOSS: b.append(P(R(k, b=True), R('\t' + v), ind=(1600, 1600), after=20, tabs=[1600]))
    hdr = P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria · {a["date"][:4]}', sz=14, color='7F7F7F'), align='right')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'), font='Times New Roman', size=23)


LAYOUTS['AL4'] = (al4, None)


# ------------------------------------------------------------------ AL5: pase de lista in prose, quorum sentence
def de(inst):
    if inst.startswith(('Instituto', 'Sindicato', 'Colectivo', 'Centro')): return 'del ' + inst
    return 'de la ' + inst


def al5(a):
    b = title_block(a)
    b.append(P(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"])}, en la {a["place"]}, se reunieron las personas integrantes del '
               f'Espacio de Participación {a["body"]} para celebrar su {ORD[a["number"]].lower()} sesión ordinaria, conforme al orden del día enviado con la convocatoria.', align='both'))
    b.append(P(R('PASE DE LISTA', b=True), before=160))
    b.append(P('La Secretaría Ejecutiva procedió al pase de lista, en el que se registró la asistencia siguiente:', align='both'))
    lead = {IE: 'Por las instancias ejecutoras: ', OT: 'Como otras instancias invitadas: ', SC: 'Por la sociedad civil: ', SE: 'Por la Secretaría Ejecutiva: '}
    for s_, xs in groups(a['attendance']):
        items = [f'{x[1]} {x[0]}, {de(x[2])}' for x in xs]
        b.append(P(R(lead[s_], b=True), R('; '.join(items) + '.'), align='both', ind=(360, 0)))
    b.append(P(f'Con la asistencia señalada, {a["quorum"]} y se dio inicio a la sesión bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1].lower()}.', align='both'))
    b.append(P(R('DESAHOGO DE LOS INFORMES', b=True), before=160))
    for st in a['strategies']: b += goal_paras(a, st)
    b.append(P(R('ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'Sin otro asunto que tratar, se levantó la sesión a las {a["end"]} horas del mismo día.', before=160, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=P(R('Programa de Derechos Humanos de la Ciudad de México', sz=14, i=True), align='center'),
            footer_xml=P(D.PAGE_FIELD, align='center'), numdefs=[(3, [('decimal', '%1.', 720)])], font='Arial', size=22)


LAYOUTS['AL5'] = (al5, None)
EXTRA_FORMATS['blind-al-cesteros-05-2017-04-25'] = ['rtf']


# ------------------------------------------------------------------ AL6: dates without the year
def al6(a):
    yr = a['date'][:4]
    b = [P(R('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center', after=0),
         P(R(f'ACTA DE LA {a["ordinal"]} SESIÓN ORDINARIA {yr}', b=True, sz=24), align='center', after=0),
         P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=22), align='center', after=240)]
    b.append(P(f'En la Ciudad de México, siendo las {a["start"]} horas del{a["day_text"][2:]}, en el {a["place"]}, se reunieron las personas que se enlistan para '
               f'celebrar la {a["ordinal"]} sesión ordinaria del Espacio de Participación, coordinada por {a["coordinator"][0]}, {a["coordinator"][1].lower()}.', align='both'))
    b.append(P(R('1o. LISTA DE ASISTENCIA', b=True), before=160))
    rows = [[C([P(R(h, b=True), after=0)], shade='FCE4D6') for h in ('Nombre', 'Institución u organización', 'Firma')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True), after=0)], span=3, shade='F2F2F2')])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[2], after=0)]), C([P('', after=0)])])
    b.append(T(rows, [3200, 4600, 1800], header_rows=1))
    b.append(P(R('2o. ORIENTACIÓN Y RETROALIMENTACIÓN', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        gs = st['goals']; n = len(gs); w = 9600 // n
        def row(cells): return [C(c, w=w) for c in cells]
        def band(t): return [C([P(R(t, b=True), after=0)], span=n, shade='D9D9D9')]
        rows = [row([[P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0)] for g in gs]),
                row([[P(R('Indicador: ', b=True), R(g['indicator']), after=0)] for g in gs]),
                row([[P(R('Instancia Ejecutora: ', b=True), R(g['executor']), after=0)] for g in gs]),
                band('INFORME'), row([[P(rep(g), after=0)] for g in gs])]
        for sec, head in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            cells = [[P(R(f[0]) if f[4] == 'SE' else R(f'{f[4]}: {f[0]}'), after=60) for f in fbs(st, g['id'], sec)] for g in gs]
            if any(cells): rows += [band(head), row(cells)]
        b.append(T(rows, [w] * n, cant_split=True))
    b.append(P(R('3o. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(f'Siendo las {a["end"]} horas del mismo día, se dio por concluida la {a["ordinal"]} sesión ordinaria.', before=160))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=700))
    hdr = P(R(a['folio'], b=True, sz=16), R('\t', sz=16), R('Espacio de Participación · Lavanderas', sz=16, color='595959'),
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9900"/></w:tabs>')
    D.write(docx_path(a), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=P(D.PAGE_FIELD, align='right'), numdefs=[(3, [('upperLetter', '%1)', 720)])], font='Calibri', size=22)


LAYOUTS['AL6'] = (al6, None)
EXTRA_FORMATS['blind-al-lavanderas-04-2019-05-14'] = ['doc']


# ------------------------------------------------------------------ AL1: goals and reports in an embedded Excel worksheet (OLE) shown by its preview picture
XL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
XL_COLS = [('Estrategia', 36, 16), ('Meta', 44, 26), ('Indicador', 34, 19), ('Instancia ejecutora', 34, 19), ('Informe', 52, 36)]


def sheet_rows(a):
    rows, merges = [[c[0] for c in XL_COLS]], []
    for st in a['strategies']:
        r0 = len(rows) + 1
        for k, g in enumerate(st['goals']):
            rows.append([f'{st["number"]}. {st["title"]}' if k == 0 else '', f'{g["id"]} {g["text"]}', g['indicator'], g['executor'], rep(g)])
        if len(st['goals']) > 1: merges.append((r0, r0 + len(st['goals']) - 1))
    return rows, merges


def xlsx_bytes(a):
    import io
    rows, merges = sheet_rows(a)
    L = 'ABCDE'
    sd = ''
    for i, r in enumerate(rows, 1):
        cs = ''.join(f'<c r="{L[j]}{i}" t="inlineStr" s="{2 if i == 1 else 1}"><is><t xml:space="preserve">{esc(v)}</t></is></c>' if v else f'<c r="{L[j]}{i}" s="1"/>' for j, v in enumerate(r))
        sd += f'<row r="{i}">{cs}</row>'
    cols = ''.join(f'<col min="{j + 1}" max="{j + 1}" width="{c[2]}" customWidth="1"/>' for j, c in enumerate(XL_COLS))
    mc = (f'<mergeCells count="{len(merges)}">' + ''.join(f'<mergeCell ref="A{x}:A{y}"/>' for x, y in merges) + '</mergeCells>') if merges else ''
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{XL_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:E{len(rows)}"/><cols>{cols}</cols><sheetData>{sd}</sheetData>{mc}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{XL_MAIN}"><fonts count="2"><font><sz val="10"/><name val="Calibri"/></font><font><b/><sz val="10"/><name val="Calibri"/></font></fonts>'
              '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill></fills>'
              '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
              '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{XL_MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Seguimiento" sheetId="1" r:id="rId1"/></sheets></workbook>'
    RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RT}officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', wb)
        z.writestr('xl/_rels/workbook.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RT}worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{RT}styles" Target="styles.xml"/></Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', sheet)
        z.writestr('xl/styles.xml', styles)
    return bio.getvalue()


def sheet_png(a, path):
    """the object's preview: the sheet's cells rendered at 200 dpi (grid lines, header fill, wrapped 10-pt Calibri-like text)"""
    from PIL import Image, ImageDraw, ImageFont
    F = ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 26)
    FB = ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 26)
    rows, merges = sheet_rows(a)
    ws_ = [c[1] * 66 // 10 for c in XL_COLS]; pad = 8; lh = 32
    def wrap(t, w, f):
        out, cur = [], ''
        for word in t.split():
            nxt = (cur + ' ' + word).strip()
            if f.getlength(nxt) <= w - 2 * pad: cur = nxt
            else: out.append(cur); cur = word
        if cur: out.append(cur)
        return out
    wrapped = [[wrap(v, ws_[j], FB if i == 0 else F) for j, v in enumerate(r)] for i, r in enumerate(rows)]
    merged_first = {x: y for x, y in merges}
    hs = [max(len(c) for c in r) * lh + 2 * pad for r in wrapped]
    # a merged strategy cell's text is spread over its rows
    for x, y in merges:
        need = len(wrapped[x - 1][0]) * lh + 2 * pad
        have = sum(hs[x - 1:y])
        if need > have: hs[y - 1] += need - have
    W, H = sum(ws_) + 1, sum(hs) + 1
    im = Image.new('RGB', (W, H), 'white'); d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W - 1, hs[0]], fill=(226, 239, 218))
    y = 0
    inside = set(r for x, yy in merges for r in range(x + 1, yy + 1))
    for i, r in enumerate(wrapped):
        x = 0
        for j, lines in enumerate(r):
            for k, ln in enumerate(lines):
                f = FB if i == 0 else F
                tx = x + pad if i else x + (ws_[j] - f.getlength(ln)) / 2
                d.text((tx, y + pad + k * lh), ln, font=f, fill='black')
            x += ws_[j]
        y += hs[i]
    # grid: horizontal lines (not through merged strategy cells), vertical lines
    y = 0
    for i, h in enumerate(hs + [0]):
        d.line([(0 if (i + 1) not in inside else ws_[0], y), (W - 1, y)], fill=(0, 0, 0), width=2)
        y += h
    x = 0
    for w in ws_ + [0]:
        d.line([(x, 0), (x, H - 1)], fill=(0, 0, 0), width=2); x += w
    d.rectangle([0, 0, W - 1, H - 1], outline=(0, 0, 0), width=2)
    im.save(path, dpi=(200, 200))
    return W, H


def ole_run(w_px, h_px):
    wpt, hpt = w_px * 72 / 200, h_px * 72 / 200
    return (f'<w:r><w:object w:dxaOrig="{round(wpt * 20)}" w:dyaOrig="{round(hpt * 20)}">'
            '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
            f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{wpt:.1f}pt;height:{hpt:.1f}pt" o:ole=""><v:imagedata r:id="rIdImg1" o:title=""/></v:shape>'
            '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1675402311" r:id="rIdOle1"/></w:object></w:r>')


def pic_run(w_px, h_px):
    cx, cy = round(w_px * 914400 / 200), round(h_px * 914400 / 200)
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Hoja de cálculo"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def al1(a, path=None, as_picture=False):
    b = title_block(a)
    b += [P(R('Fecha: ', b=True), R(long_date(a['date'])), after=0), P(R('Hora: ', b=True), R(f'{a["start"]} a {a["end"]} horas'), after=0),
          P(R('Lugar: ', b=True), R(a['place']), after=0), P(R('Coordinación: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), after=200)]
    b.append(P(R('I. ASISTENCIA', b=True), before=120))
    rows = [[C([P(R(h, b=True), after=0)], shade='E2EFDA') for h in ('Nombre', 'Institución u organización', 'Cargo')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True), after=0)], span=3)])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[2], after=0)]), C([P(x[5], after=0)])])
    b.append(T(rows, [3000, 4200, 2400], header_rows=1))
    b.append(P(R('II. SEGUIMIENTO DE METAS', b=True), before=160))
    b.append(P('La Secretaría Ejecutiva presentó la matriz de seguimiento con los informes recibidos de las instancias ejecutoras, que se inserta a continuación:', align='both'))
    png = os.path.join(tempfile.mkdtemp(prefix='al1-'), 'image1.png')
    w, h = sheet_png(a, png)
    b.append(P(pic_run(w, h) if as_picture else ole_run(w, h), align='center', after=120))
    b.append(P(R('III. RETROALIMENTACIÓN Y OBSERVACIONES', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            fs = [f for f in st['feedback'] if f[2] == g['id']]
            if not fs: continue
            b.append(P(R(f'Meta {g["id"]}', b=True, i=True), after=20, keep=True))
            for f in fs:
                lead = 'Retroalimentación de la Secretaría Ejecutiva: ' if f[1] == 'retroalimentacion' else f'Observación de {f[4]} ({inst_of(a, f[4])}): '
                b.append(P(R(lead, u=True), R(f[0]), ind=(360, 0), after=40, align='both'))
    b.append(P(R('IV. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    rels = [f'<Relationship Id="rIdImg1" Type="{RT}image" Target="media/image1.png"/>',
            f'<Relationship Id="rIdOle1" Type="{RT}package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>']
    parts = [('media/image1.png', open(png, 'rb').read(), 'image/png'),
             ('embeddings/Microsoft_Excel_Worksheet.xlsx', xlsx_bytes(a), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]
    W0 = D.W
    D.W = W0 + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    D.write(path or docx_path(a), ''.join(b) + D.sect(), header_xml=P(R('Espacio de Participación · Tejedoras y Artesanas Textiles', sz=14, color='7F7F7F'), align='right'),
            footer_xml=P(D.PAGE_FIELD, align='center'), numdefs=[(3, [('decimal', '%1.', 720)])], extra_rels=rels, extra_parts=parts, font='Calibri', size=22)
    D.W = W0


def al1_pdf(a):
    # LibreOffice here has Writer only: it keeps the OLE object but not its preview picture (the PDF would show a blank).
    # The PDF is therefore printed from a copy whose object is replaced by the same preview picture inline: what Word prints.
    td = tempfile.mkdtemp(prefix='al1pdf-')
    al1(a, os.path.join(td, a['stem'] + '.docx'), as_picture=True)
    lo_convert(os.path.join(td, a['stem'] + '.docx'), 'pdf', OUT)


LAYOUTS['AL1'] = (al1, al1_pdf)


# ------------------------------------------------------------------ AL2: typed acta printed, signed, stamped and scanned (grey 300 dpi, no text layer)
def al2(a):
    b = [P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', b=True), align='center', after=0),
         P(R('DEL PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True), align='center', after=200),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True), align='center', after=0),
         P(R(f'Espacio de Participación {a["body"]}', b=True), align='center', after=200),
         P(R('Fecha: ', b=True), R(long_date(a['date'], False)), after=0),
         P(R('Horario: ', b=True), R(f'de {a["start"]} a {a["end"]} horas'), after=0),
         P(R('Lugar: ', b=True), R(a['place']), after=0),
         P(R('Coordinación: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), after=200),
         P(R('LISTA DE ASISTENCIA', b=True), after=60)]
    rows = [[C([P(R(h, b=True), after=0)]) for h in ('Nombre', 'Institución u organización', 'Firma')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], b=True, i=True), after=0)], span=3)])
        for x in xs: rows.append([C([P(x[0], after=0, before=60)]), C([P(x[2], after=60, before=60)]), C([P('', after=0)])])
    b.append(T(rows, [2900, 4600, 2100], cant_split=True))
    b.append(P('Verificada la asistencia, la Coordinación dio la bienvenida a las personas integrantes, se aprobó el orden del día y se procedió a la revisión '
               'de los informes de avance enviados por las instancias ejecutoras a la Secretaría Ejecutiva.', align='both'))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS', b=True), before=160, after=60))
    for st in a['strategies']: b += goal_paras(a, st)
    b.append(P(R('ACUERDOS', b=True), before=200, after=60))
    for i, ag in enumerate(a['agreements'], 1): b.append(P(f'{i}. {ag["text"]}', ind=(360, 360), after=40, align='both'))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=900))
    D.write(docx_path(a), ''.join(b) + D.sect(header=False, footer=True), footer_xml=P(D.PAGE_FIELD, align='right'), font='Arial', size=22)


def pdf_words(pdf):
    """words per page from pdftotext -bbox: (text, x0, y0, x1, y1) in points"""
    import html as H
    t = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
    pages = []
    for pg in re.findall(r'<page .*?</page>', t, re.S):
        pages.append([(H.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
                      for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pg)])
    return pages


def find_seq(words, toks):
    for i in range(len(words) - len(toks) + 1):
        if all(words[i + k][0] == toks[k] for k in range(len(toks))): return i
    return None


def signature(d, x0, x1, yc, rnd, ink=(25, 30, 90), wdt=5):
    """a cursive-looking scribble from x0 to x1 around yc: loops plus a final underline flourish"""
    pts = []
    n = 60
    amp = rnd.uniform(30, 48); loops = rnd.randint(3, 5)
    for k in range(n + 1):
        t = k / n
        x = x0 + (x1 - x0) * t + 34 * math.sin(t * loops * 2 * math.pi + 1.3)
        y = yc - amp * math.sin(t * loops * 2 * math.pi) * (0.6 + 0.4 * math.sin(t * 3.1)) + 10 * t
        pts.append((x, y))
    d.line(pts, fill=ink, width=wdt, joint='curve')
    d.line([(x0 + (x1 - x0) * 0.2, yc + amp * 0.9), (x1 + 15, yc + amp * 0.6 - 12)], fill=ink, width=wdt - 1)


def stamp(size, lines_center, ring_text, ink=(95, 25, 125)):
    """round rubber stamp on a transparent layer: double ring, text along the ring, centre lines"""
    from PIL import Image, ImageDraw, ImageFont
    F = ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 30)
    FC = ImageFont.truetype('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 44)
    im = Image.new('RGBA', (size, size), (0, 0, 0, 0)); d = ImageDraw.Draw(im)
    c = size / 2; r = size / 2 - 6
    d.ellipse([6, 6, size - 6, size - 6], outline=ink + (255,), width=7)
    d.ellipse([6 + 58, 6 + 58, size - 64, size - 64], outline=ink + (255,), width=4)
    n = len(ring_text); span = 300
    for k, ch in enumerate(ring_text):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        ci = Image.new('RGBA', (44, 44), (0, 0, 0, 0)); ImageDraw.Draw(ci).text((22, 22), ch, font=F, fill=ink + (255,), anchor='mm')
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        rr = r - 30
        im.alpha_composite(ci, (int(c + rr * math.cos(ang) - 22), int(c + rr * math.sin(ang) - 22)))
    y = c - 30 * len(lines_center)
    for ln in lines_center:
        d.text((c, y + 30), ln, font=FC, fill=ink + (255,), anchor='mm'); y += 62
    return im


def al2_pdf(a):
    from PIL import Image, ImageDraw, ImageFilter
    import random
    rnd = random.Random(a['stem'])
    td = tempfile.mkdtemp(prefix='al2-')
    lo_convert(docx_path(a), 'pdf', td)
    pdf = os.path.join(td, a['stem'] + '.pdf')
    words = pdf_words(pdf)
    run(['pdftoppm', '-r', '300', '-gray', pdf, os.path.join(td, 'pg')])
    pages = sorted(glob.glob(os.path.join(td, 'pg*.pgm')))
    k = 300 / 72
    outs = []
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert('RGB'); d = ImageDraw.Draw(im)
        ws = words[i]
        if i == 0:
            fi = find_seq(ws, ['Firma'])
            xf = ws[fi][1] * k if fi is not None else 1900
            for x in a['attendance']:
                j = find_seq(ws, x[0].split()[:2])
                if j is None: continue
                yc = (ws[j][2] + ws[j][4]) / 2 * k
                # the signature starts in the name (crossing it) for most people, else inside the Firma column
                # about half sign over their own printed name, the others in the Firma column
                x0 = ws[j][1] * k + rnd.uniform(80, 200) if rnd.random() < 0.55 else xf + rnd.uniform(10, 60)
                signature(d, x0, x0 + rnd.uniform(380, 520), yc + rnd.uniform(-6, 8), rnd)
            v = find_seq(ws, ['Verificada', 'la'])
            if v is not None:
                st_ = stamp(520, ['RECIBIDO', a['stamp'][9:], 'SE-PDHDF'], 'DIRECCIÓN GENERAL DE PARTICIPACIÓN · SE-PDHDF ·')
                st_ = st_.rotate(rnd.uniform(-18, 18), resample=Image.BICUBIC)
                # semi-transparent ink: multiply a faded copy of the stamp onto the page
                alpha = st_.split()[3].point(lambda p: int(p * 0.8))
                cx, cy = int(ws[v][1] * k + 900), int(ws[v][2] * k - 60)
                layer = Image.new('RGB', im.size, (255, 255, 255)); layer.paste(st_.convert('RGB'), (cx - 260, cy - 260), alpha)
                from PIL import ImageChops
                im = ImageChops.multiply(im, layer); d = ImageDraw.Draw(im)
        # the coordinator signs over the closing name
        j = find_seq(ws, a['coordinator'][0].split()[:2])
        if j is not None and i == len(pages) - 1:
            yc = (ws[j][2] + ws[j][4]) / 2 * k
            signature(d, ws[j][1] * k - 120, ws[j][1] * k + 520, yc - 50, rnd, wdt=5)
        g = im.convert('L').rotate([0.35, -0.25, 0.2, -0.4][i % 4], resample=Image.BICUBIC, fillcolor=250, expand=False)
        g = g.filter(ImageFilter.GaussianBlur(0.6))
        # paper tone and scanner noise
        noise = Image.effect_noise(g.size, 10).point(lambda p: p - 128)
        g = Image.eval(g, lambda p: min(245, p)).point(lambda p: p)
        from PIL import ImageChops
        g = ImageChops.add(g, noise, 1.0, -6) if False else g
        o = os.path.join(td, f'sc{i}.jpg')
        g.save(o, 'JPEG', quality=72, dpi=(300, 300))
        outs.append(o)
    run(['img2pdf', '--pagesize', 'Letter', '-o', os.path.join(OUT, a['stem'] + '.pdf')] + outs)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    txt = ''
    for o in outs:   # one page at a time
        txt += subprocess.run(['tesseract', o, '-', '-l', 'spa'], capture_output=True, text=True).stdout + '\n'
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write(txt)


LAYOUTS['AL2'] = (al2, al2_pdf)


def main():
    want = set(sys.argv[1:])
    for a in ACTAS:
        if want and a['layout'] not in want: continue
        mk, pdf = LAYOUTS[a['layout']]
        mk(a)
        json.dump(gold(a), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        if pdf: pdf(a)
        else: lo_convert(docx_path(a), 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []): lo_convert(docx_path(a), fmt)
        print('built', a['stem'], flush=True)


if __name__ == '__main__':
    main()
