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
