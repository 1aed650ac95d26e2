# -*- coding: utf-8 -*-
"""Render batch AJ from content.py (.docx raw WordprocessingML where the layout has one, flat .fodp/.fods for the slide and
spreadsheet layouts, .gold.json, then the PDFs).   usage: python3 build.py [LAYOUT ...]"""
import json, os, re, subprocess, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from build_common import gold, OUT, R, P, T, C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, MESES

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-aj'
EXTRA_FORMATS = {}
ORD = {1: 'Primera', 2: 'Segunda', 3: 'Tercera', 4: 'Cuarta', 5: 'Quinta', 6: 'Sexta', 7: 'Séptima', 8: 'Octava', 9: 'Novena'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def run(cmd): subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lo_convert(p, fmt, outdir=OUT): run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', fmt, '--outdir', outdir, p])
def groups(att, order=(IE, OT, SC, SE)): return [(s, [x for x in att if x[4] == s]) for s in order if any(x[4] == s for x in att)]
def rep(g): return ' '.join(g['report']) if g['report'] else g['status']
def inst_of(a, name): return next(x[2] for x in a['attendance'] if x[0] == name)


def who(a, f):
    if f[4] == 'SE': return 'Secretaría Ejecutiva'
    return f'{f[4]} ({inst_of(a, f[4])})'


def mail(name):
    n = name.split()
    return (n[0][0] + n[-2]).lower().translate(str.maketrans('áéíóúñü', 'aeiounu')) + '@'


# ------------------------------------------------------------------ AJ1: the acta sent as an e-mail
def aj1(a):
    cal = []
    def hdr(label, val): return P(R(label + ' ', b=True), R(val), after=0)
    dom = 'sepdh.cdmx.gob.mx'
    to = '; '.join(f'{x[0]} <{mail(x[0])}{"gmail.com" if x[4] == SC else dom}>' for x in a['attendance'] if x[4] != SE)
    se = [x for x in a['attendance'] if x[4] == SE][0]
    b = [hdr('De:', f'{a["coordinator"][0]} <{mail(a["coordinator"][0])}{dom}>'),
         hdr('Enviado el:', a['sent']),
         hdr('Para:', to),
         hdr('CC:', f'{se[0]} <{mail(se[0])}{dom}>; Dirección de Participación <participacion@{dom}>'),
         P(R('Asunto:', b=True), R(f' Acta de la {a["number"]}a. sesión ordinaria del Espacio {a["body"]}'), after=0,
           ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="B5C4DF"/></w:pBdr>'),
         P('', before=120),
         P('Buenos días, estimadas y estimados integrantes del Espacio:'),
         P(R(f'Por este medio les comparto el acta de la {ORD[a["number"]].lower()} sesión ordinaria del Espacio de Participación {a["body"]}, '
             f'celebrada el {long_date(a["date"])} de las {a["start"]} a las {a["end"]} horas en la {a["place"]}. '
             'Les agradeceré enviar sus comentarios por este medio en un plazo de cinco días hábiles; de no recibirlos, la daremos por validada.'), align='both'),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True), before=200),
         P(R('1. Asistencia', b=True), before=120)]
    rows = [[C([P(R(h, b=True), after=0)], shade='DEEAF6') for h in ('Nombre', 'Cargo', 'Institución u organización', 'Sector')]]
    for x in a['attendance']:
        rows.append([C([P(x[0], after=0)]), C([P(x[5], after=0)]), C([P(x[2], after=0)]), C([P(SECTOR_WORD[x[4]], after=0)])])
    b.append(T(rows, [2300, 2300, 3300, 1700], header_rows=1))
    b.append(P(R('2. Revisión de los informes de avance', b=True), before=120))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True, u=True), before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]} ', b=True), R(f'{g["text"]}. Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}.'), align='both'))
            b.append(P(R('Informe: ', i=True), R(rep(g)), align='both'))
            fr = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'retroalimentacion']
            fo = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == 'observacion']
            if fr:
                b.append(P(R('Retroalimentación de la Secretaría Ejecutiva:', i=True), after=20))
                for f in fr: b.append(P(f[0], num=(2, 0), after=20))
            if fo:
                b.append(P(R('Observaciones de las personas integrantes:', i=True), after=20))
                for f in fo: b.append(P(R(who(a, f) + ': '), R(f[0]), num=(2, 0), after=20))
    b.append(P(R('3. Acuerdos', b=True), before=120))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=20))
    b += [P('Sin otro particular, quedo atenta a sus comentarios.', before=200), P('Saludos cordiales,'),
          P(R(a['coordinator'][0], b=True), before=200, after=0), P(a['coordinator'][1], after=0),
          P('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', after=0),
          P('General Prim 4, colonia Centro, C.P. 06010, Ciudad de México', after=0),
          P('Tel. 55 5512 2586, ext. 114 | Cel. 55 3418 7720', after=0),
          P(R('AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos contienen información confidencial dirigida exclusivamente a las personas destinatarias. '
              'Si usted lo recibió por error, le pedimos notificarlo a quien lo envió y eliminarlo de inmediato. Antes de imprimir este mensaje, piense en el medio ambiente.',
              sz=16, color='7F7F7F'), before=300, align='both')]
    numdefs = [(2, [('bullet', '•', 720)]), (3, [('decimal', '%1.', 720)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), numdefs=numdefs, font='Calibri', size=22)


LAYOUTS = {'AJ1': (aj1, None)}
EXTRA_FORMATS['blind-aj-cicloton-04-2022-10-25'] = ['odt']


# ------------------------------------------------------------------ AJ6: typed on a computer set to English (United States)
def us(iso): return f'{iso[5:7]}/{iso[8:]}/{iso[:4]}'
def ustime(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h - 1) % 12 + 1}:{m:02d} {"PM" if h >= 12 else "AM"}'


def date_sdt(text, iso):
    pr = (f'<w:alias w:val="Fecha"/><w:tag w:val="FechaSesion"/><w:id w:val="{int(iso.replace("-", "")) % 99999999}"/>'
          f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="MMMM d, yyyy"/><w:lid w:val="en-US"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{R(text)}</w:sdtContent></w:sdt>'


def aj6(a):
    b = [P(R('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=20), align='center', after=0),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN', b=True, sz=24), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=200)]
    rows = [('Fecha:', us(a['date'])), ('Hora de inicio:', ustime(a['start'])), ('Hora de término:', ustime(a['end'])), ('Lugar:', a['place']),
            ('Coordinación:', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    b.append(T([[C([P(R(k, b=True), after=0)], shade='F2F2F2'), C([P(v, after=0)])] for k, v in rows], [2200, 7400]))
    b.append(P(R('I. ASISTENCIA', b=True), before=160))
    b.append(P(R(f'El {us(a["date"])}, a las {ustime(a["start"])}, se reunieron en el {a["place"]} las personas siguientes:'), align='both'))
    rows = [[C([P(R(h, b=True), after=0)], shade='D9D9D9') for h in ('Nombre', 'Institución u organización', 'Sector')]]
    for s_, xs in groups(a['attendance']):
        rows.append([C([P(R(SECTOR_HEAD[s_], i=True), after=0)], span=3, shade='F2F2F2')])
        for x in xs: rows.append([C([P(x[0], after=0)]), C([P(x[2], after=0)]), C([P(SECTOR_WORD[x[4]], after=0)])])
    b.append(T(rows, [2800, 5000, 1800], header_rows=1))
    b.append(P(R('II. ORIENTACIÓN Y RETROALIMENTACIÓN', b=True), before=160))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}.- {st["title"]}', b=True), before=120, keep=True))
        gs = st['goals']; n = len(gs); w = 9600 // n
        def row(cells): return [C(c, w=w) for c in cells]
        def band(t): return [C([P(R(t, b=True), after=0)], span=n, shade='D9D9D9')]
        rows = [row([[P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0)] for g in gs]),
                row([[P(R('Indicador: ', b=True), R(g['indicator']), after=0)] for g in gs]),
                row([[P(R('Instancia Ejecutora: ', b=True), R(g['executor']), after=0)] for g in gs]),
                band('INFORME'), row([[P(rep(g), after=0)] for g in gs])]
        for sec, head in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            cells = []
            for g in gs:
                fs = [f for f in st['feedback'] if f[2] == g['id'] and f[1] == sec]
                cells.append([P(R(f[0]) if f[4] == 'SE' else R(f'{f[4]}: {f[0]}'), after=60) for f in fs])
            if any(cells): rows += [band(head), row(cells)]
        b.append(T(rows, [w] * n))
    b.append(P(R('III. ACUERDOS', b=True), before=160))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40))
    b.append(P(R(f'Se da por terminada la sesión a las {ustime(a["end"])} del {us(a["date"])}.'), before=160))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=700))
    hdr = P(R('Espacio de Participación · Afinadores y Reparadores de Instrumentos Musicales', sz=16, color='595959'), R('\t', sz=16), date_sdt(a['us_date'], a['date']),
            tabs=None, ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9900"/></w:tabs>')
    import datetime
    saved = datetime.date.fromisoformat(a['date']) + datetime.timedelta(days=1)
    ftr = P(R(f'Last saved: {saved.month}/{saved.day}/{saved.year} 9:12 AM', sz=14, color='7F7F7F'), R('\t', sz=14), D.PAGE_FIELD,
            ppr_extra='<w:tabs><w:tab w:val="right" w:pos="9900"/></w:tabs>')
    numdefs = [(3, [('decimal', '%1.', 720)])]
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(), header_xml=hdr, footer_xml=ftr, numdefs=numdefs, font='Calibri', size=21)


LAYOUTS['AJ6'] = (aj6, None)
EXTRA_FORMATS['blind-aj-afinadores-02-2024-05-09'] = ['doc']


# ------------------------------------------------------------------ AJ5: attendance in a floating sidebar text box; agenda points
NS_EXTRA = (' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"')


def sidebar(paras, cx=1783080, cy=5577840):
    inner = ''.join(paras)
    wps = (f'<wp:anchor distT="0" distB="0" distL="114300" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
           f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/><wp:docPr id="1" name="Cuadro de texto 1"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
           f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
           f'<a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="8EA9C8"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor>')
    w_pt, h_pt = cx / 12700, cy / 12700
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Cuadro de texto 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;'
           f'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#eef3f8" strokecolor="#8ea9c8" strokeweight=".5pt">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>')
    return f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{wps}</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>'


def aj5(a):
    sb = [P(R('ASISTENTES', b=True, sz=18, color='1F3864'), after=60)]
    for s_, xs in groups(a['attendance'], (IE, SC, OT, SE)):
        sb.append(P(R(SECTOR_HEAD[s_], i=True, sz=16, color='1F3864'), before=80, after=20))
        for x in xs:
            sb.append(P(R(x[0], b=True, sz=16), after=0))
            sb.append(P(R(x[2], sz=15), after=40))
    pts = ['Lista de asistencia y declaración de quórum.', 'Lectura y, en su caso, aprobación del acta de la sesión anterior.'] + \
          [f'Estrategia {st["number"]}: {st["title"]}.' for st in a['strategies']] + ['Acuerdos y asuntos generales.']
    b = [P(sidebar(sb), R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True, sz=26), after=60),
         P(R(f'Espacio de Participación {a["body"]}', b=True), after=200),
         P(R(f'En la Ciudad de México, siendo las {a["start"]} horas del {long_date(a["date"], False)}, en la {a["place"]}, se reunieron las personas integrantes '
             f'del Espacio que se enlistan al margen, bajo la coordinación de {a["coordinator"][0]}, {a["coordinator"][1]}, conforme al siguiente:'), align='both'),
         P(R('ORDEN DEL DÍA', b=True), before=120)]
    for p_ in pts: b.append(P(p_, num=(4, 0), after=20))
    b.append(P(R('DESARROLLO DE LA SESIÓN', b=True), before=160))
    b.append(P('En desahogo del punto 1 del orden del día, la Coordinación pasó lista de asistencia y declaró la existencia de quórum.', align='both'))
    b.append(P(f'En desahogo del punto 2 del orden del día, se dio lectura al acta de la sesión anterior, que fue aprobada sin cambios.', align='both'))
    for k, st in enumerate(a['strategies'], 3):
        b.append(P(f'En desahogo del punto {k} del orden del día, las instancias ejecutoras presentaron su informe de avance:', align='both'))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(f'{g["text"]}. Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}.'), align='both', ind=(360, 0)))
            if g['report']: b.append(P(R('Informe: ', i=True), R(rep(g)), align='both', ind=(360, 0)))
            else: b.append(P(R(f'Respecto de la meta {g["id"]}, {g["status"]}' if g['status'].startswith('la ') else f'En cuanto a la meta {g["id"]}, {g["status"]}'), align='both', ind=(360, 0)))
        fr = [f for f in st['feedback'] if f[1] == 'retroalimentacion']
        fo = [f for f in st['feedback'] if f[1] == 'observacion']
        if fr:
            b.append(P('La Secretaría Ejecutiva retroalimentó lo siguiente:', align='both'))
            for f in fr: b.append(P(f[0], num=(2, 0), after=20, align='both'))
        if fo:
            b.append(P('Observaciones de las personas integrantes:', align='both'))
            for f in fo: b.append(P(R(f'{f[4]}: '), R(f[0]), num=(2, 0), after=20, align='both'))
    b.append(P(f'En desahogo del punto {len(pts)} del orden del día, se tomaron los siguientes acuerdos:', before=120, align='both'))
    for ag in a['agreements']: b.append(P(ag['text'], num=(3, 0), after=40))
    b.append(P(f'No habiendo otro asunto que tratar, se cerró la sesión a las {a["end"]} horas del mismo día.', before=120))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=700))
    numdefs = [(2, [('bullet', '–', 720)]), (3, [('decimal', '%1.', 720)]), (4, [('decimal', '%1.', 720)])]
    old = D.W
    D.W = old + NS_EXTRA
    try:
        D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False), footer_xml=P(D.PAGE_FIELD, align='right'),
                numdefs=numdefs, font='Arial', size=21)
    finally:
        D.W = old


LAYOUTS['AJ5'] = (aj5, None)
EXTRA_FORMATS['blind-aj-lecheros-03-2023-04-18'] = ['rtf']


# ------------------------------------------------------------------ AJ4: typed acta received by fax (1-bit, 204x98 dpi, no text layer)
def aj4(a):
    b = [P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN', b=True), align='center', after=0),
         P(R('DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True), align='center', after=240),
         P(R(f'ACTA DE LA {ORD[a["number"]].upper()} SESIÓN ORDINARIA', b=True), align='center', after=0),
         P(R(f'Espacio de Participación {a["body"]}', b=True), align='center', after=240),
         P(R('Fecha: ', b=True), R(long_date(a['date'], False)), after=0),
         P(R('Horario: ', b=True), R(f'de {a["start"]} a {a["end"]} horas'), after=0),
         P(R('Lugar: ', b=True), R(a['place']), after=0),
         P(R('Coordinación: ', b=True), R(f'{a["coordinator"][0]}, {a["coordinator"][1]}'), after=200),
         P(R('ASISTENTES', b=True), after=60)]
    for s_, xs in groups(a['attendance']):
        b.append(P(R(SECTOR_HEAD[s_] + ':', u=True), after=20))
        for x in xs: b.append(P(f'{x[0]}, {x[2]}', ind=(360, 0), after=20))
    b.append(P(R('SEGUIMIENTO DE ESTRATEGIAS', b=True), before=200, after=60))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), before=120, keep=True))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]} ', b=True), R(g['text']), after=0, before=80))
            b.append(P(R('Indicador: ', b=True), R(g['indicator']), after=0))
            b.append(P(R('Instancia ejecutora: ', b=True), R(g['executor']), after=0))
            b.append(P(R('Informe: ', b=True), R(rep(g)), after=40))
            for f in [f for f in st['feedback'] if f[2] == g['id']]:
                if f[1] == 'retroalimentacion': b.append(P(R('Retroalimentación: ', i=True), R(f[0]), ind=(360, 0), after=20))
                else: b.append(P(R(f'Observación de {f[4]}: ', i=True), R(f[0]), ind=(360, 0), after=20))
    b.append(P(R('ACUERDOS', b=True), before=200, after=60))
    for i, ag in enumerate(a['agreements'], 1): b.append(P(f'{i}. {ag["text"]}', ind=(360, 360), after=40))
    b.append(P(R(a['coordinator'][0] + '\n' + a['coordinator'][1]), align='center', before=600))
    D.write(os.path.join(OUT, a['stem'] + '.docx'), ''.join(b) + D.sect(header=False, footer=False), font='Arial', size=24)


def aj4_pdf(a):
    import tempfile, glob
    td = tempfile.mkdtemp(prefix='aj4-')
    run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless', '--convert-to', 'pdf', '--outdir', td, os.path.join(OUT, a['stem'] + '.docx')])
    run(['pdftoppm', '-rx', '204', '-ry', '98', '-gray', os.path.join(td, a['stem'] + '.pdf'), os.path.join(td, 'pg')])
    pages = sorted(glob.glob(os.path.join(td, 'pg*.pgm')))
    outs = []
    for i, pg in enumerate(pages):
        hd = os.path.join(td, f'hd{i}.png')
        line = f'{a["fax"]}   FAX 55 5512 3456    DIR. GRAL. DE PARTICIPACIÓN SE-PDH          PÁG. {i + 1:02d}/{len(pages):02d}'
        # the header is printed by the receiving machine at the fax's own resolution: drawn square, then halved vertically
        run(['convert', '-size', '1734x60', 'xc:white', '-font', 'Liberation-Mono', '-pointsize', '26', '-fill', 'black', '-annotate', '+40+40', line,
             '-resize', '100%x50%!', hd])
        o = os.path.join(td, f'fx{i}.tif')
        ang = [0.6, -0.45, 0.8, -0.3][i % 4]
        run(['convert', pg, '-threshold', '58%', hd, '-geometry', '+0+4', '-compose', 'darken', '-composite',
             '-attenuate', '0.03', '+noise', 'Impulse', '-threshold', '50%',
             '-background', 'white', '-rotate', str(ang), '+repage', '-sample', '100%x200%!', '-threshold', '50%',
             '-type', 'bilevel', '-units', 'PixelsPerInch', '-density', '204x196', '-compress', 'Group4', o])
        outs.append(o)
    run(['img2pdf', '-o', os.path.join(OUT, a['stem'] + '.pdf')] + outs)
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    txt = ''
    for o in outs:   # one page at a time
        txt += subprocess.run(['tesseract', o, '-', '-l', 'spa'], capture_output=True, text=True).stdout + '\n'
    open(os.path.join(SRC, 'ocr', a['stem'] + '.txt'), 'w', encoding='utf-8').write(txt)


LAYOUTS['AJ4'] = (aj4, aj4_pdf)


# ------------------------------------------------------------------ flat ODF helpers (AJ2 slides, AJ3 spreadsheet)
from xml.sax.saxutils import escape as xesc
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def tp(style, *parts):
    """text:p from strings and (text, span style) pairs"""
    x = ''.join(xesc(p) if isinstance(p, str) else f'<text:span text:style-name="{p[1]}">{xesc(p[0])}</text:span>' for p in parts)
    return f'<text:p text:style-name="{style}">{x}</text:p>'


# ------------------------------------------------------------------ AJ2: slide deck (flat .fodp -> Impress PDF, 16:9)
def frame(x, y, w, h, inner, style='grT'):
    return (f'<draw:frame draw:style-name="{style}" draw:layer="layout" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{h}cm">'
            f'<draw:text-box>{inner}</draw:text-box></draw:frame>')


def ul(items):
    """items: list of (paragraph xml, [sub paragraph xml])"""
    out = '<text:list text:style-name="L1">'
    for p_, subs in items:
        out += '<text:list-item>' + p_
        if subs: out += '<text:list>' + ''.join(f'<text:list-item>{s_}</text:list-item>' for s_ in subs) + '</text:list>'
        out += '</text:list-item>'
    return out + '</text:list>'


def aj2(a):
    short = a['body'].split(': ', 1)[1]
    foot = f'Espacio de Participación {short}  |  {ORD[a["number"]]} sesión ordinaria  |  {long_date(a["date"], False)}'
    slides = []
    # 1 title
    slides.append(frame(2, 2.2, 24, 10.5,
                        tp('Pc', 'Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México') +
                        tp('Pbig', 'Espacio de Participación ' + a['body']) +
                        tp('Psub', f'{ORD[a["number"]]} sesión ordinaria') +
                        tp('Pc', f'{long_date(a["date"])}, de {a["start"]} a {a["end"]} horas') + tp('Pc', a['place']) +
                        tp('Pc', f'Coordinación: {a["coordinator"][0]}, {a["coordinator"][1]}'), 'grC'))
    # 2 attendance in two columns
    def col(secs):
        x = ''
        for s_, xs in groups(a['attendance']):
            if s_ not in secs: continue
            x += tp('Ph2', SECTOR_HEAD[s_]) + ul([(tp('Pl', (x_[0], 'Tb'), f' — {x_[2]}'), []) for x_ in xs])
        return x
    slides.append(('Asistencia', frame(1.2, 2.6, 12.6, 11.4, col({IE, OT})) + frame(14.2, 2.6, 12.6, 11.4, col({SC, SE}))))
    # one slide per strategy
    for st in a['strategies']:
        items = []
        for g in st['goals']:
            items.append((tp('Pl', (f'Meta {g["id"]} — Informe: ', 'Tb'), rep(g)),
                          [tp('Pl2', ('Meta: ', 'Ti'), g['text']), tp('Pl2', ('Indicador: ', 'Ti'), g['indicator']),
                           tp('Pl2', ('Instancia ejecutora: ', 'Ti'), g['executor'])]))
        slides.append((f'Estrategia {st["number"]}. {st["title"]}', frame(1.2, 2.9, 25.6, 11.2, ul(items))))
    # feedback
    x = ''
    for st in a['strategies']:
        x += tp('Ph2', f'Estrategia {st["number"]}')
        items = []
        for f in st['feedback']:
            lead = f'Meta {f[2]} · Retroalimentación: ' if f[1] == 'retroalimentacion' else f'Meta {f[2]} · Observación ({f[4]}): '
            items.append((tp('Pf', (lead, 'Tb'), f[0]), []))
        x += ul(items)
    slides.append(('Retroalimentación y observaciones', frame(1.2, 2.6, 25.6, 11.6, x)))
    slides.append(('Acuerdos', frame(1.2, 2.8, 25.6, 11, ul([(tp('Pl', ag['text']), []) for ag in a['agreements']]))))
    n = len(slides)
    pages = ''
    for k, sl in enumerate(slides, 1):
        body = sl if isinstance(sl, str) else frame(1.2, 0.6, 25.6, 1.9, tp('Ptitle', sl[0]), 'grTitle') + sl[1]
        body += '<draw:rect draw:style-name="grBar" draw:layer="layout" svg:x="0cm" svg:y="14.55cm" svg:width="28cm" svg:height="0.08cm"/>'
        body += frame(1.2, 14.75, 22, 0.8, tp('Pfoot', foot))
        body += frame(23.8, 14.75, 3, 0.8, f'<text:p text:style-name="Pnum"><text:page-number>{k}</text:page-number> / {n}</text:p>')
        pages += f'<draw:page draw:name="Diapositiva {k}" draw:style-name="dp1" draw:master-page-name="Default">{body}</draw:page>'
    def ps(name, size, bold=False, color='#222222', align='start', before=0, after=0.1, italic=False):
        return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}" fo:margin-top="{before}cm" fo:margin-bottom="{after}cm"/>'
                f'<style:text-properties fo:font-family="Liberation Sans" fo:font-size="{size}pt" fo:color="{color}"' + (' fo:font-weight="bold"' if bold else '') +
                (' fo:font-style="italic"' if italic else '') + '/></style:style>')
    auto = ('<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
            'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="#FFFFFF"/></style:style>'
            '<style:style style:name="grT" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:padding="0.1cm"/></style:style>'
            '<style:style style:name="grC" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="middle" fo:padding="0.1cm"/></style:style>'
            '<style:style style:name="grTitle" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#1F4E79" draw:auto-grow-height="false" draw:textarea-vertical-align="middle" fo:padding="0.3cm"/></style:style>'
            '<style:style style:name="grBar" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#C55A11"/></style:style>'
            + ps('Ptitle', 22, True, '#FFFFFF') + ps('Pbig', 26, True, '#1F4E79', 'center', 0.3, 0.3) + ps('Psub', 20, False, '#C55A11', 'center', 0, 0.4)
            + ps('Pc', 14, False, '#333333', 'center', 0, 0.15) + ps('Ph2', 14, True, '#1F4E79', 'start', 0.15, 0.1) + ps('Pl', 14, False, '#222222', 'start', 0.05, 0.08)
            + ps('Pl2', 12, False, '#444444', 'start', 0, 0.02) + ps('Pf', 13, False, '#222222', 'start', 0.03, 0.1) + ps('Pfoot', 9, False, '#7F7F7F')
            + ps('Pnum', 9, False, '#7F7F7F', 'end') +
            '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
            '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.2cm" text:min-label-width="0.6cm"/>'
            '<style:text-properties fo:font-family="Liberation Sans" fo:color="#C55A11"/></text:list-level-style-bullet>'
            '<text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:space-before="1.2cm" text:min-label-width="0.5cm"/>'
            '<style:text-properties fo:font-family="Liberation Sans"/></text:list-level-style-bullet></text:list-style>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODF_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
           '<office:styles><style:style style:name="standard" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/>'
           '<style:text-properties fo:font-family="Liberation Sans" fo:font-size="14pt"/></style:style></office:styles>'
           f'<office:automatic-styles>{auto}</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>'
           f'<office:body><office:presentation>{pages}</office:presentation></office:body></office:document>')
    open(os.path.join(SRC, a['stem'] + '.fodp'), 'w', encoding='utf-8').write(doc)


def aj2_pdf(a):
    lo_convert(os.path.join(SRC, a['stem'] + '.fodp'), 'pdf')


LAYOUTS['AJ2'] = (aj2, aj2_pdf)


# ------------------------------------------------------------------ AJ3: spreadsheet acta (flat .fods -> Calc PDF, fit to width)
AJ3_W = [3.4, 5.0, 3.8, 3.8, 7.6, 2.2]     # column widths, cm


def aj3(a):
    import math
    rows = []          # each row: (cells, height_cm); a cell: (text, style, colspan, rowspan) or 'cov'
    def lines(t, w, pt=8): return max(1, math.ceil(len(t) * pt * 0.021 / max(w - 0.2, 0.5)))
    def row(cells, minh=0.5):
        h = minh
        col = 0
        for c in cells:
            if c == 'cov': col += 1; continue
            t, st, cs, rs = (c + (1, 1))[:4] if len(c) == 2 else (c + (1,))[:4] if len(c) == 3 else c
            w = sum(AJ3_W[col:col + cs]); col += cs
            if rs == 1: h = max(h, lines(t, w, 11 if st.startswith('ceT') else 8) * (0.55 if st.startswith('ceT') else 0.36) + 0.15)
        rows.append((cells, round(h, 2)))
    blank = lambda: rows.append(([('', 'ceN', 6)], 0.3))
    row([('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal', 'ceT', 6)])
    row([(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria del Espacio de Participación {a["body"]}', 'ceT', 6)], 0.9)
    blank()
    row([('Fecha:', 'ceK'), (long_date(a['date'], False), 'ceV', 2), ('Horario:', 'ceK'), (f'{a["start"]} a {a["end"]} horas', 'ceV', 2)])
    row([('Lugar:', 'ceK'), (a['place'], 'ceV', 5)])
    row([('Coordinación:', 'ceK'), (f'{a["coordinator"][0]}, {a["coordinator"][1]}', 'ceV', 5)])
    blank()
    row([(h, 'ceH') for h in ('Estrategia', 'Meta', 'Indicador', 'Instancia', 'Informe', 'Estatus')])
    for st in a['strategies']:
        for k, g in enumerate(st['goals']):
            first = [(f'{st["number"]}. {st["title"]}', 'ceG', 1, len(st['goals']))] if k == 0 else ['cov']
            row(first + [(f'{g["id"]} {g["text"]}', 'ceG'), (g['indicator'], 'ceG'), (g['executor'], 'ceG'),
                         (rep(g) if g['report'] else '', 'ceG'), ('Reportado' if g['report'] else g['status'], 'ceC')])
    blank()
    row([('Retroalimentación y observaciones', 'ceH', 6)])
    row([('Meta', 'ceH'), ('Tipo', 'ceH'), ('Texto', 'ceH', 4)])
    for st in a['strategies']:
        for f in st['feedback']:
            tipo = 'Retroalimentación (Secretaría Ejecutiva)' if f[1] == 'retroalimentacion' else f'Observación ({f[4]})'
            row([(f[2], 'ceC'), (tipo, 'ceG'), (f[0], 'ceG', 4)])
    blank()
    row([('Asistencia', 'ceH', 6)])
    row([('Nombre', 'ceH', 2), ('Institución u organización', 'ceH', 3), ('Sector', 'ceH')])
    for x in a['attendance']:
        row([(x[0], 'ceG', 2), (x[2], 'ceG', 3), (SECTOR_WORD[x[4]], 'ceG')])
    blank()
    row([('Acuerdos', 'ceH', 6)])
    for i, ag in enumerate(a['agreements'], 1):
        row([(str(i), 'ceC'), (ag['text'], 'ceG', 5)])
    blank(); blank()
    row([(a['coordinator'][0], 'ceS', 6)]); row([(a['coordinator'][1], 'ceS', 6)])
    # xml
    rs_styles, body = {}, ''
    for cells, h in rows:
        rn = rs_styles.setdefault(h, f'ro{len(rs_styles) + 1}')
        x = ''
        for c in cells:
            if c == 'cov': x += '<table:covered-table-cell/>'; continue
            t, st_, cs, rsp = (c + (1, 1))[:4] if len(c) == 2 else (c + (1,))[:4] if len(c) == 3 else c
            span = (f' table:number-columns-spanned="{cs}"' if cs > 1 else '') + (f' table:number-rows-spanned="{rsp}"' if rsp > 1 else '') if (cs > 1 or rsp > 1) else ''
            if cs > 1 or rsp > 1: span = f' table:number-columns-spanned="{cs}" table:number-rows-spanned="{rsp}"'
            x += f'<table:table-cell table:style-name="{st_}"{span}' + (f' office:value-type="string"><text:p>{xesc(t)}</text:p></table:table-cell>' if t else '/>')
            x += '<table:covered-table-cell/>' * (cs - 1)
        body += f'<table:table-row table:style-name="{rn}">{x}</table:table-row>'
    cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(AJ3_W)))
    bd = 'fo:border="0.5pt solid #000000"'
    def ce(name, bold=False, size=8, align='start', fill=None, border=True, valign='top'):
        return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="{valign}" '
                + (bd + ' ' if border else '') + (f'fo:background-color="{fill}" ' if fill else '') + 'fo:padding="0.05cm"/>'
                f'<style:paragraph-properties fo:text-align="{align}"/><style:text-properties fo:font-name="Liberation Sans" style:font-name="Liberation Sans" fo:font-size="{size}pt"'
                + (' fo:font-weight="bold"' if bold else '') + '/></style:style>')
    auto = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(AJ3_W))
    auto += ''.join(f'<style:style style:name="{n}" style:family="table-row"><style:table-row-properties style:row-height="{h}cm" style:use-optimal-row-height="false"/></style:style>' for h, n in rs_styles.items())
    auto += ('<style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_Acta"><style:table-properties table:display="true"/></style:style>'
             + ce('ceT', True, 11, 'center', border=False, valign='middle') + ce('ceN', border=False) + ce('ceK', True, fill='#F2F2F2') + ce('ceV')
             + ce('ceH', True, 8, 'center', '#D9E1F2') + ce('ceG') + ce('ceC', align='center') + ce('ceS', False, 9, 'center', border=False)
             + '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="27.94cm" fo:page-height="21.59cm" style:print-orientation="landscape" '
               'fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1cm" fo:margin-right="1cm" style:print="headers grid charts drawings objects zero-values" '
               'style:scale-to-X="1" style:scale-to-Y="0" loext:scale-to-X="1" loext:scale-to-Y="0" style:print-page-order="ttb"/>'
               '<style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>')
    master = ('<style:master-page style:name="PageStyle_Acta" style:page-layout-name="pm1"><style:header style:display="false"/>'
              '<style:footer><text:p>Hoja <text:page-number>1</text:page-number> de <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODF_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           f'<office:automatic-styles>{auto}</office:automatic-styles><office:master-styles>{master}</office:master-styles>'
           f'<office:body><office:spreadsheet><table:table table:name="Acta sesión {a["number"]}" table:style-name="ta1">{cols}{body}</table:table></office:spreadsheet></office:body></office:document>')
    open(os.path.join(SRC, a['stem'] + '.fods'), 'w', encoding='utf-8').write(doc)
    a['_rows'] = rows


def aj3_pdf(a):
    chromium_pdf(a, aj3_html(a, a['_rows']))


LAYOUTS['AJ3'] = (aj3, aj3_pdf)


# Impress and Calc are not installed on this machine (LibreOffice here has Writer only): the .fodp/.fods stay the sources, and the
# PDF is printed by Chromium from an HTML rendering of the same slides / sheet (src/<stem>.html).
def chromium_pdf(a, html):
    hp = os.path.join(SRC, a['stem'] + '.html'); open(hp, 'w', encoding='utf-8').write(html)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, a["stem"] + ".pdf")}', 'file://' + hp])


def aj2_html(a):
    e = H.escape
    short = a['body'].split(': ', 1)[1]
    foot = f'Espacio de Participación {short}  |  {ORD[a["number"]]} sesión ordinaria  |  {long_date(a["date"], False)}'
    slides = []
    slides.append((None, '<div class="tit"><p class="c">Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México</p>'
                   f'<p class="big">Espacio de Participación {e(a["body"])}</p><p class="sub">{ORD[a["number"]]} sesión ordinaria</p>'
                   f'<p class="c">{long_date(a["date"])}, de {a["start"]} a {a["end"]} horas</p><p class="c">{e(a["place"])}</p>'
                   f'<p class="c">Coordinación: {e(a["coordinator"][0])}, {e(a["coordinator"][1])}</p></div>'))
    def col(secs):
        x = ''
        for s_, xs in groups(a['attendance']):
            if s_ not in secs: continue
            x += f'<p class="h2">{SECTOR_HEAD[s_]}</p><ul>' + ''.join(f'<li><b>{e(x_[0])}</b> — {e(x_[2])}</li>' for x_ in xs) + '</ul>'
        return x
    slides.append(('Asistencia', f'<div class="cols"><div>{col({IE, OT})}</div><div>{col({SC, SE})}</div></div>'))
    for st in a['strategies']:
        x = '<ul>'
        for g in st['goals']:
            x += (f'<li><b>Meta {g["id"]} — Informe: </b>{e(rep(g))}<ul class="l2"><li><i>Meta: </i>{e(g["text"])}</li>'
                  f'<li><i>Indicador: </i>{e(g["indicator"])}</li><li><i>Instancia ejecutora: </i>{e(g["executor"])}</li></ul></li>')
        slides.append((f'Estrategia {st["number"]}. {st["title"]}', x + '</ul>'))
    x = ''
    for st in a['strategies']:
        x += f'<p class="h2">Estrategia {st["number"]}</p><ul class="fb">'
        for f in st['feedback']:
            lead = f'Meta {f[2]} · Retroalimentación: ' if f[1] == 'retroalimentacion' else f'Meta {f[2]} · Observación ({f[4]}): '
            x += f'<li><b>{e(lead)}</b>{e(f[0])}</li>'
        x += '</ul>'
    slides.append(('Retroalimentación y observaciones', x))
    slides.append(('Acuerdos', '<ul>' + ''.join(f'<li>{e(ag["text"])}</li>' for ag in a['agreements']) + '</ul>'))
    n = len(slides)
    o = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>@page{size:28cm 15.75cm;margin:0}*{box-sizing:border-box}',
         'body{margin:0;font-family:"Liberation Sans",Arial,sans-serif;color:#222}',
         '.s{width:28cm;height:15.75cm;position:relative;overflow:hidden;page-break-after:always}',
         '.t{position:absolute;left:1.2cm;top:.6cm;width:25.6cm;height:1.9cm;background:#1F4E79;color:#fff;font:bold 22pt "Liberation Sans";padding:0 .4cm;display:flex;align-items:center}',
         '.b{position:absolute;left:1.2cm;top:2.8cm;width:25.6cm;height:11.4cm;font-size:14pt}',
         '.bar{position:absolute;left:0;top:14.55cm;width:28cm;height:.08cm;background:#C55A11}',
         '.f{position:absolute;left:1.2cm;top:14.8cm;font-size:9pt;color:#7f7f7f}.n{position:absolute;right:1.2cm;top:14.8cm;font-size:9pt;color:#7f7f7f}',
         '.tit{position:absolute;left:2cm;top:2.2cm;width:24cm;height:10.5cm;display:flex;flex-direction:column;justify-content:center}',
         '.c{text-align:center;font-size:14pt;margin:0 0 .15cm}.big{text-align:center;font:bold 26pt "Liberation Sans";color:#1F4E79;margin:.3cm 0}',
         '.sub{text-align:center;font-size:20pt;color:#C55A11;margin:0 0 .4cm}.h2{font-weight:bold;color:#1F4E79;margin:.15cm 0 .1cm}',
         '.cols{display:flex;gap:1cm}.cols>div{flex:1}ul{margin:0;padding-left:.9cm}li{margin:.05cm 0 .1cm}li::marker{color:#C55A11}',
         'ul.l2{list-style:none;padding-left:1cm;font-size:12pt;color:#444}ul.l2 li::before{content:"– "}ul.fb{font-size:13pt}</style></head><body>']
    for k, (t, body) in enumerate(slides, 1):
        o.append('<div class="s">' + (f'<div class="t">{e(t)}</div><div class="b">{body}</div>' if t else body)
                 + f'<div class="bar"></div><div class="f">{e(foot)}</div><div class="n">{k} / {n}</div></div>')
    o.append('</body></html>')
    return '\n'.join(o)


def aj2_pdf(a):
    chromium_pdf(a, aj2_html(a))


LAYOUTS['AJ2'] = (aj2, aj2_pdf)


def aj3_html(a, rows):
    e = H.escape
    o = ['<!doctype html><html lang="es"><head><meta charset="utf-8"><style>@page{size:11in 8.5in;margin:1.2cm 1cm}',
         'body{margin:0;font-family:"Liberation Sans",Arial,sans-serif;font-size:7.5pt}table{border-collapse:collapse;width:100%;table-layout:fixed}',
         'td,th{border:.5pt solid #9a9a9a;padding:1.5pt 3pt;vertical-align:top;overflow-wrap:break-word}th{background:#eee;font-weight:normal;color:#555;text-align:center}',
         'td.rn{background:#eee;color:#555;text-align:center;vertical-align:middle}.ceT{font-weight:bold;font-size:10pt;text-align:center;vertical-align:middle}',
         '.ceK{font-weight:bold;background:#F2F2F2}.ceH{font-weight:bold;background:#D9E1F2;text-align:center}.ceC{text-align:center}.ceS{text-align:center;font-size:8.5pt}',
         'tr{page-break-inside:avoid}</style></head><body><table><colgroup><col style="width:.8cm">'
         + ''.join(f'<col style="width:{w}cm">' for w in AJ3_W) + '</colgroup>',
         '<tr><th></th>' + ''.join(f'<th>{c}</th>' for c in 'ABCDEF') + '</tr>']
    for r, (cells, h) in enumerate(rows, 1):
        x = f'<tr style="height:{h}cm"><td class="rn">{r}</td>'
        for c in cells:
            if c == 'cov': continue
            t, st_, cs, rsp = (c + (1, 1))[:4] if len(c) == 2 else (c + (1,))[:4] if len(c) == 3 else c
            x += f'<td class="{st_}"' + (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rsp}"' if rsp > 1 else '') + f'>{e(t)}</td>'
        o.append(x + '</tr>')
    o.append('</table></body></html>')
    return '\n'.join(o)


def main():
    want = set(sys.argv[1:])
    for a in ACTAS:
        if want and a['layout'] not in want: continue
        mk, pdf = LAYOUTS[a['layout']]
        mk(a)
        json.dump(gold(a), open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        if pdf: pdf(a)
        else: lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
        for fmt in EXTRA_FORMATS.get(a['stem'], []): lo_convert(os.path.join(OUT, a['stem'] + '.docx'), fmt)
        print('built', a['stem'])


if __name__ == '__main__':
    main()
