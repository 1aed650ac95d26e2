# -*- coding: utf-8 -*-
"""Render batch AK from content.py: .docx (raw WordprocessingML), .gold.json, PDFs (LibreOffice for AK1-AK4 and AK6; Chromium from an
HTML twin for AK5), extra formats (.odt/.doc/.rtf). Run with /usr/bin/python3 (Pillow, for AK4's scanned sheet).
usage: python3 build.py [LAYOUT ...]   (default: all)"""
import json, os, re, shutil, subprocess, sys, tempfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx as D
from docx import esc
from build_common import gold, OUT, R, P, T, EMPTY
from build_common import C as _C
from content import ACTAS, IE, SC, SE, OT
from words import long_date, date_words, time_words, num

SRC = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = 'file:///tmp/lo-blind-ak'
EXTRA_FORMATS = {
    'blind-ak-canteros-05-2015-03-18': ['odt'],
    'blind-ak-relojeros-10-2017-10-25': ['rtf'],
    'blind-ak-aguadores-03-2013-04-10': ['doc'],
}
ORD = {1: 'PRIMERA', 2: 'SEGUNDA', 3: 'TERCERA', 4: 'CUARTA', 5: 'QUINTA', 6: 'SEXTA', 7: 'SÉPTIMA', 8: 'OCTAVA', 9: 'NOVENA', 10: 'DÉCIMA',
       11: 'UNDÉCIMA', 12: 'DUODÉCIMA'}
SECTOR_WORD = {IE: 'Instancia ejecutora', OT: 'Otra instancia', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}
SECTOR_HEAD = {IE: 'Instancias ejecutoras', OT: 'Otras instancias', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


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


def data_lines(a, sz=None, weekday=True):
    return [P(R('Fecha: ', b=True, sz=sz), R(long_date(a['date'], weekday), sz=sz), after=40), P(R('Hora de inicio: ', b=True, sz=sz), R(f'{a["start"]} horas', sz=sz), after=40),
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


def goal_by_id(a, gid):
    for st in a['strategies']:
        for g in st['goals']:
            if g['id'] == gid: return g


# ------------------------------------------------------------------ AK2: reports grouped by institution (canteros)
def ak2(a):
    b = [P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=16, color='1F4E79'), align='center', after=0),
         P(R('Mecanismo de Seguimiento y Evaluación · Secretaría Ejecutiva', sz=16, color='1F4E79'), align='center', after=120),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria del Espacio de Participación', b=True, sz=24), align='center', after=0),
         P(R(a['body'], b=True, sz=24), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('I. Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a, shade='DEEAF6'))
    b.append(P(R('II. Estrategias y metas en seguimiento', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        for g in st['goals']:
            b.append(P(R(f'Meta {g["id"]}. ', b=True), R(g['text']), ind=(360, 0), after=0))
            b.append(P(R('Indicador: ', i=True), R(g['indicator']), ind=(720, 0), after=0))
            b.append(P(R('Instancia ejecutora: ', i=True), R(g['executor']), ind=(720, 0)))
    b.append(P(R('III. Informes por instancia', b=True, sz=22), before=200, keep=True))
    b.append(P('Las instancias ejecutoras presentaron sus informes del periodo en el orden siguiente:', align='both'))
    for inst, parts in a['groups']:
        b.append(P(R(inst, b=True, u=True), keep=True, before=120))
        segs = []
        for ids, lead in parts:
            g = goal_by_id(a, ids[0])
            segs.append(lead + (rep_str(g) if g['report'] else g['status']))
        b.append(P('; '.join(segs) + '.', align='both'))
    b.append(P(R('IV. Retroalimentación y observaciones', b=True, sz=22), before=200, keep=True))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}', b=True), keep=True, before=80))
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('V. Acuerdos', b=True, sz=22), before=200, keep=True))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Liberation Sans', size=20)


# ------------------------------------------------------------------ AK6: follow-up of the previous session's agreements (relojeros)
def ak6(a):
    sz = 18
    b = [P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', sz=16, color='595959'), align='center', after=0),
         P(R('ESPACIO DE PARTICIPACIÓN', b=True, sz=20, color='7B2C2C'), align='center', after=0),
         P(R(a['body'], b=True, sz=24, color='7B2C2C'), align='center', after=60),
         P(R(f'Acta de la {ORD[a["number"]].lower()} sesión ordinaria', i=True, sz=22), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('1. Asistencia', b=True, sz=22), before=200))
    b.append(att_table(a, shade='EAD1D1'))
    b.append(P(R('2. Revisión de estrategias', b=True, sz=22), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        heads = ('Meta', 'Descripción', 'Indicador', 'Instancia ejecutora', 'Informe')
        rows = [[C([P(R(h, b=True, sz=sz))], shade='EAD1D1') for h in heads]]
        for g in st['goals']:
            rows.append([C([P(R(g['id'], b=True, sz=sz))]), C([P(R(g['text'], sz=sz))]), C([P(R(g['indicator'], sz=sz))]),
                         C([P(R(g['executor'], sz=sz))]), C([P(R(rep_str(g), sz=sz), align='both')])])
        b.append(T(rows, [700, 2000, 1800, 1700, 3700], header_rows=1))
        b += fb_paras(a, st)
    b.append(P(R('3. Seguimiento de acuerdos de la sesión anterior', b=True, sz=22), before=200, keep=True))
    rows = [[C([P(R(h, b=True, sz=sz))], shade='EAD1D1') for h in ('No.', 'Acuerdo', 'Responsable', 'Estatus')]]
    for k, (t, resp, stt) in enumerate(a['prev'], 1):
        rows.append([C([P(R(str(k), sz=sz), align='center')]), C([P(R(t, sz=sz), align='both')]), C([P(R(resp, sz=sz))]),
                     C([P(R(stt, b=True, sz=sz), align='center')], shade={'Cumplido': 'E2EFDA', 'En proceso': 'FFF2CC', 'Pendiente': 'FCE4D6'}[stt])])
    b.append(T(rows, [600, 5200, 2400, 1700], header_rows=1))
    b.append(P(R('4. Acuerdos de la presente sesión', b=True, sz=22), before=120, keep=True))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=20)


# ------------------------------------------------------------------ AK1: versión estenográfica (aguadores)
def ak1(a):
    J = dict(align='both')
    spk = a['speakers']
    COORD = 'LA C. COORDINADORA'
    def turn(who, *texts):
        out = [P(R(who + '.- ', b=True), texts[0], **J)]
        out += [P(t, **J) for t in texts[1:]]
        return out
    b = [P(R('PROGRAMA DE DERECHOS HUMANOS DEL DISTRITO FEDERAL', b=True, sz=18), align='center', after=0),
         P(R('ESPACIO DE PARTICIPACIÓN ', b=True, sz=20), R(a['body'], b=True, sz=20, caps=True), align='center', after=120),
         P(R(f'VERSIÓN ESTENOGRÁFICA DE LA {ORD[a["number"]]} SESIÓN ORDINARIA', b=True, sz=22), align='center', after=120),
         P(f'México, D.F., a {long_date(a["date"], weekday=False)}', align='right'),
         P(R('Lugar: ', b=True), a['place'], after=0),
         P(R('Coordinación: ', b=True), f'{a["coordinator"][0]}, {a["coordinator"][1]}'),
         P(R('LISTA DE ASISTENCIA', b=True), before=200, align='center')]
    for sec in (IE, OT, SC, SE):
        xs = [x for x in a['attendance'] if x[4] == sec]
        if not xs: continue
        b.append(P(R(SECTOR_HEAD[sec], b=True, i=True), before=80, after=40))
        b.append(T([[C([P(f'{x[1]} {x[0]}', after=0)]), C([P(x[2], after=0)])] for x in xs], [3400, 6200], borders=False, after=False))
    b.append(P(R(f'(Se inicia la sesión a las {a["start"]} horas)', i=True), align='center', before=240))
    names = ', '.join(f'{s["number"]}' for s in a['strategies'])
    b += turn(COORD, f'Buenos días a todas y a todos. Damos inicio a la {ORD[a["number"]].lower()} sesión ordinaria de este Espacio de Participación. '
              f'Les agradezco su asistencia. En esta ocasión revisaremos los informes de las estrategias {names.replace(", ", " y ")}; como es costumbre, '
              'voy a dar lectura a cada meta y después le pediré a la instancia responsable que nos comparta su informe.')
    for st in a['strategies']:
        b += turn(COORD, f'Pasamos a la Estrategia {st["number"]}. {st["title"]}.')
        se, ob = se_ob(st)
        for g in st['goals']:
            ex = (g.get('speaker') or [x for x in a['attendance'] if x[2] == g['executor'] and x[4] == IE][0][0],)
            b += turn(COORD, f'Meta {g["id"]}. {g["text"]}. Indicador: {g["indicator"]}. Instancia ejecutora: {g["executor"]}. Adelante, por favor.')
            if g['report']:
                b += turn(spk[ex[0]], 'Gracias, coordinadora. ' + g['report'][0], *g['report'][1:])
            else:
                b += turn(spk[ex[0]], g['status'])
            mine = [f for f in se if f[2] == g['id']]
            if mine:
                b += turn(COORD, 'Gracias. ¿Algún comentario de la Secretaría Técnica?')
                for f in mine:
                    b += turn(spk[[x for x in a['attendance'] if x[4] == SE][0][0]], f[0])
            for f in ob:
                if f[2] == g['id']:
                    b += turn(COORD, 'Adelante, tiene la palabra.')
                    b += turn(spk[f[4]], f[0])
    b += turn(COORD, 'Muy bien. Si no hay más comentarios, doy lectura a los acuerdos de esta sesión.',
              *[f'{w}. {g["text"]}' for w, g in zip(('Primero', 'Segundo', 'Tercero'), a['agreements'])])
    b += turn(COORD, '¿Estamos de acuerdo? Muchas gracias a todas y a todos por su participación.')
    b.append(P(R(f'(Se concluye la sesión a las {a["end"]} horas)', i=True), align='center', before=200))
    b.append(P(R('---oo0oo---'), align='center'))
    s = D.sect(header=True).replace('w:right="1134" w:bottom="1134" w:left="1134"', 'w:right="1418" w:bottom="1418" w:left="1701"')
    head = P(R(f'Versión estenográfica · {ORD[a["number"]].capitalize()} sesión ordinaria · {long_date(a["date"], weekday=False)}', sz=16, i=True), align='right')
    def sp(m):
        ppr = m.group(1)
        if '<w:spacing ' in ppr: return '<w:pPr>' + ppr.replace('<w:spacing ', '<w:spacing w:line="360" w:lineRule="auto" ') + '</w:pPr>'
        k = min([i for i in (ppr.find('<w:ind '), ppr.find('<w:jc ')) if i >= 0] or [len(ppr)])
        return '<w:pPr>' + ppr[:k] + '<w:spacing w:before="0" w:after="120" w:line="360" w:lineRule="auto"/>' + ppr[k:] + '</w:pPr>'
    body = re.sub(r'<w:pPr>(.*?)</w:pPr>', sp, ''.join(b))
    write(a, body + s, header=head, font='Courier New', size=22)


# ------------------------------------------------------------------ AK3: a Word template with content controls (bordadoras)
PH_TEXT = 'Haga clic o pulse aquí para escribir texto.'
PH_LIST = 'Elija un elemento.'
PH_DATE = 'Haga clic aquí para escribir una fecha.'
_SDT_ID = [40000]


def _sid():
    _SDT_ID[0] += 7
    return _SDT_ID[0]


def sdt(alias, value, kind='text', items=(), date_iso=None, sz=None, b=False, block=False):
    """a run-level content control (block=True: a paragraph-level one holding the paragraphs in value); value None -> placeholder shown"""
    tag = re.sub(r'\W+', '_', alias.lower())
    pr = f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{_sid()}"/>'
    if value is None:
        ph = {'text': PH_TEXT, 'rich': PH_TEXT, 'list': PH_LIST, 'date': PH_DATE}[kind]
        pr += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
        szx = f'<w:sz w:val="{sz}"/>' if sz else ''
        content = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>{szx}</w:rPr><w:t>{ph}</w:t></w:r>'
    else:
        content = R(value, sz=sz, b=b)
    if kind == 'text': pr += '<w:text/>'
    elif kind == 'list':
        last = f' w:lastValue="{esc(value)}"' if value else ''
        pr += f'<w:dropDownList{last}><w:listItem w:displayText="{PH_LIST}" w:value=""/>' + ''.join(f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items) + '</w:dropDownList>'
    elif kind == 'date':
        pr += (f'<w:date' + (f' w:fullDate="{date_iso}T00:00:00Z"' if date_iso else '') + '><w:dateFormat w:val="d\' de \'MMMM\' de \'yyyy"/><w:lid w:val="es-MX"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    if block:
        inner = value if value is not None else P(content)
        return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


SECTOR_ITEMS = ('Instancia ejecutora', 'Sociedad civil', 'Secretaría Ejecutiva', 'Otra instancia')
ORDC = {2: 'Segunda', 3: 'Tercera', 4: 'Cuarta'}


def ak3(a):
    sz = 18
    LBL = lambda t: R(t, b=True, sz=sz)
    def row2(label, ctrl):
        return [C([P(LBL(label), after=0)], shade='EDE7F6'), C([P(ctrl, after=0)])]
    b = [P(R('SECRETARÍA EJECUTIVA DEL MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', b=True, sz=15, color='4A2C6F'), align='center', after=0),
         P(R('FORMATO DE ACTA DE SESIÓN · ESPACIOS DE PARTICIPACIÓN', b=True, sz=24, color='4A2C6F'), align='center', after=0),
         P(R('Versión 2.1 (plantilla institucional). Llene cada campo; los campos no aplicables pueden dejarse sin llenar.', i=True, sz=14, color='7F7F7F'), align='center', after=200),
         P(R('I. Datos de la sesión', b=True, sz=22, color='4A2C6F'))]
    rows = [row2('Espacio de Participación', sdt('Espacio de Participación', a['body'], sz=sz)),
            row2('Número de sesión', sdt('Número de sesión', ORDC[a['number']], sz=sz)),
            row2('Tipo de sesión', sdt('Tipo de sesión', 'Sesión ordinaria', 'list', ('Sesión ordinaria', 'Sesión extraordinaria', 'Reunión de trabajo'), sz=sz)),
            row2('Fecha', sdt('Fecha de la sesión', long_date(a['date'], weekday=False), 'date', date_iso=a['date'], sz=sz)),
            row2('Hora de inicio', sdt('Hora de inicio', f'{a["start"]} horas', sz=sz)),
            row2('Hora de término', sdt('Hora de término', f'{a["end"]} horas' if a['end'] else None, sz=sz)),
            row2('Modalidad', sdt('Modalidad', a['modalidad'], 'list', ('Presencial', 'Virtual', 'Híbrida'), sz=sz)),
            row2('Lugar', sdt('Lugar', a['place'], sz=sz)),
            row2('Tema', sdt('Tema', a['topic'], sz=sz)),
            row2('Objetivo', sdt('Objetivo', a['objective'], sz=sz)),
            row2('Coordinación', sdt('Nombre de quien coordina', a['coordinator'][0], sz=sz))]
    b.append(T(rows, [2600, 7000]))
    # attendance: a repeating-section content control around the data rows
    b.append(P(R('II. Asistencia', b=True, sz=22, color='4A2C6F'), before=120))
    head = '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + ''.join(C([P(LBL(h), after=0)], shade='D1C4E9') for h in ('Nombre', 'Institución', 'Sector')) + '</w:tr>'
    items = ''
    people = [(f'{x[1]} {x[0]}', x[2], SECTOR_WORD[x[4]]) for x in a['attendance']] + [(None, None, None)] * a['blank_rows']
    for n, i, s in people:
        tr = ('<w:tr>' + C([P(sdt('Nombre', n, sz=sz), after=0)]) + C([P(sdt('Institución', i, sz=sz), after=0)]) +
              C([P(sdt('Sector', s, 'list', SECTOR_ITEMS, sz=sz), after=0)]) + '</w:tr>')
        items += f'<w:sdt><w:sdtPr><w:id w:val="{_sid()}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>{tr}</w:sdtContent></w:sdt>'
    rep = (f'<w:sdt><w:sdtPr><w:alias w:val="Asistencia"/><w:tag w:val="asistencia"/><w:id w:val="{_sid()}"/><w15:repeatingSection/></w:sdtPr>'
           f'<w:sdtContent>{items}</w:sdtContent></w:sdt>')
    bd = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    b.append(f'<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
             f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="4600"/><w:gridCol w:w="2000"/></w:tblGrid>{head}{rep}</w:tbl>' + EMPTY)
    b.append(P(R('III. Seguimiento de estrategias', b=True, sz=22, color='4A2C6F'), before=120))
    for st in a['strategies']:
        b.append(P(LBL('Estrategia: '), sdt('Número de estrategia', str(st['number']), sz=sz), R('. ', sz=sz), sdt('Título de la estrategia', st['title'], sz=sz, b=True), keep=True, before=120))
        for g in st['goals']:
            rows = [row2('Meta', sdt('Número de meta', g['id'], sz=sz)),
                    row2('Descripción', sdt('Descripción de la meta', g['text'], sz=sz)),
                    row2('Indicador', sdt('Indicador', g['indicator'], sz=sz)),
                    row2('Instancia ejecutora', sdt('Instancia ejecutora', g['executor'], sz=sz)),
                    row2('Estatus del informe', sdt('Estatus', 'Reportó' if g['report'] else 'No reportó', 'list', ('Reportó', 'No reportó'), sz=sz)),
                    [C([P(LBL('Informe'), after=0)], shade='EDE7F6'),
                     C([sdt('Informe', ''.join(P(R(t, sz=sz), align='both', after=0) for t in g['report']) if g['report'] else None, 'rich', sz=sz, block=True)])]]
            b.append(T(rows, [2600, 7000]))
        se, ob = se_ob(st)
        b.append(P(R('Retroalimentación de la Secretaría Ejecutiva', b=True, i=True), keep=True))
        b += [P(R(f'Meta {f[2]}: ', b=True), sdt('Retroalimentación', f[0]), ind=(360, 0), align='both') for f in se]
        b.append(P(R('Observaciones de las personas integrantes', b=True, i=True), keep=True))
        b += [P(R(f'{f[4]} ({inst_of(a, f[4])}): ', b=True), sdt('Observación', f[0]), ind=(360, 0), align='both') for f in ob]
        if st['number'] == a['strategies'][-1]['number'] and a['number'] == 2:
            b.append(P(sdt('Observación', None), ind=(360, 0)))
    b.append(P(R('IV. Acuerdos', b=True, sz=22, color='4A2C6F'), before=160, keep=True))
    b += [P(sdt('Acuerdo', g['text']), num=(1, 0), align='both') for g in a['agreements']]
    if a['number'] == 2:
        b.append(P(sdt('Acuerdo', None), num=(1, 0)))
    b.append(P(R('V. Cierre y firma', b=True, sz=22, color='4A2C6F'), before=160, keep=True))
    b.append(P(R('Fecha de aprobación del acta: ', b=True), sdt('Fecha de aprobación', None, 'date'), before=80))
    b.append(P(sdt('Nombre de quien coordina', a['coordinator'][0], b=True), align='center', before=700, after=0))
    b.append(P(sdt('Cargo', a['coordinator'][1]), align='center'))
    w15 = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15"')
    oldW, oldS = D.W, D.STYLES
    D.W = w15
    D.STYLES = D.STYLES.replace('</w:styles>', '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>').replace(D.W if False else oldW, w15)
    try:
        foot = P(R('Formato FO-EP-03 · ', sz=14, color='7F7F7F'), D.PAGE_FIELD, align='right')
        write(a, ''.join(b) + D.sect(header=False), font='Calibri', size=21, footer=foot,
              settings_extra='<w:documentProtection w:edit="forms" w:enforcement="0"/>')
    finally:
        D.W, D.STYLES = oldW, oldS


# ------------------------------------------------------------------ AK4: text pages plus the signed attendance sheet as a scanned page (yerberas)
FONT = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
FONTB = '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'


def ak4_sheet(a, path):
    """the printed attendance sheet, signed in ink and scanned: grey, 200 dpi, slightly skewed"""
    import random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(a['stem'])
    W_, H_ = 2200, 1700
    im = Image.new('RGB', (W_, H_), 'white')
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 27); fb = ImageFont.truetype(FONTB, 28); ft = ImageFont.truetype(FONTB, 36); fs = ImageFont.truetype(FONT, 25)
    y = 110
    for t, ff in (('SECRETARÍA EJECUTIVA DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', fs), ('LISTA DE ASISTENCIA', ft),
                  (f'Espacio de Participación {a["body"]}', fb), (f'{ORD[a["number"]].capitalize()} Sesión Ordinaria · {long_date(a["date"], weekday=False)}', f)):
        w = d.textlength(t, font=ff)
        if w > W_ - 200:
            words, l1 = t.split(), ''
            while d.textlength(l1 + ' ' + words[0], font=ff) < W_ - 300: l1 = (l1 + ' ' + words.pop(0)).strip()
            for tt in (l1, ' '.join(words)):
                d.text(((W_ - d.textlength(tt, font=ff)) / 2, y), tt, font=ff, fill='black'); y += 44
        else:
            d.text(((W_ - w) / 2, y), t, font=ff, fill='black'); y += 54
    y += 30
    cols = [('No.', 80), ('Nombre', 560), ('Institución u organización', 840), ('Sector', 290), ('Firma', 230)]
    x0 = 100
    xs = [x0]
    for _t, w in cols: xs.append(xs[-1] + w)
    def wrap(t, w, ff):
        out, cur = [], ''
        for word in t.split():
            if d.textlength((cur + ' ' + word).strip(), font=ff) > w - 24: out.append(cur); cur = word
            else: cur = (cur + ' ' + word).strip()
        return out + [cur]
    rh = 40
    d.rectangle([xs[0], y, xs[-1], y + 56], fill=(225, 225, 225))
    for k, (t, w) in enumerate(cols): d.text((xs[k] + 12, y + 14), t, font=fb, fill='black')
    top = y; y += 56
    d.line([xs[0], y, xs[-1], y], fill='black', width=2)
    rows = [(str(k), f'{x[1]} {x[0]}', x[2], SECTOR_WORD[x[4]], x[0]) for k, x in enumerate(a['attendance'], 1)] + [(str(len(a['attendance']) + k), '', '', '', None) for k in (1, 2)]
    sigs = []
    for no, n, inst, sec, who in rows:
        cells = [[no], wrap(n, cols[1][1], f) if n else [''], wrap(inst, cols[2][1], f) if inst else [''], wrap(sec, cols[3][1], f) if sec else ['']]
        h = max(len(c) for c in cells) * rh + 30
        h = max(h, 76)
        for k, c in enumerate(cells):
            for j, line in enumerate(c): d.text((xs[k] + 12, y + 16 + j * rh), line, font=f, fill='black')
        if who: sigs.append((who, y, h))
        y += h
        d.line([xs[0], y, xs[-1], y], fill='black', width=2)
    for x in xs: d.line([x, top, x, y], fill='black', width=2)
    d.text((xs[0], y + 40), 'Nota: la presente lista forma parte integral del acta de la sesión.', font=fs, fill='black')
    # ink signatures: scribbles in the Firma column; for some people the stroke runs over their printed name
    ink = (24, 34, 110)
    for who, yy, h in sigs:
        over = who in a.get('signed_over', set())
        xa, xb = (xs[1] + 170, xs[1] + 470) if over else (xs[4] + 15, xs[5] - 15)
        pts = []
        n = rnd.randint(7, 11)
        for i in range(n + 1):
            px = xa + (xb - xa) * i / n + rnd.uniform(-15, 15)
            py = yy + h * 0.55 + rnd.uniform(-h * 0.35, h * 0.3)
            pts.append((px, py))
        d.line(pts, fill=ink, width=4, joint='curve')
        cx, cy = xa + rnd.uniform(20, 60), yy + h * 0.5
        d.arc([cx - 30, cy - 28, cx + 40, cy + 30], rnd.randint(0, 90), rnd.randint(250, 350), fill=ink, width=4)
    # scan: grey, a little skew and blur, speckle, paper tone
    g = im.convert('L').rotate(0.5 if a['number'] % 2 == 0 else -0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(0.7))
    px = g.load()
    for _ in range(9000):
        x, yv = rnd.randrange(W_), rnd.randrange(H_)
        px[x, yv] = max(0, px[x, yv] - rnd.randint(40, 120))
    g = g.point(lambda v: int(v * 0.9 + 8))
    g.save(path, dpi=(200, 200))


def ak4(a):
    sz = 21
    b = [P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', sz=16, color='385623'), align='center', after=0),
         P(R('Espacio de Participación', sz=22), align='center', after=0),
         P(R(a['body'], b=True, sz=26, color='385623'), align='center', after=60),
         P(R(f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria', b=True, sz=24), align='center', after=240)]
    b += data_lines(a)
    b.append(P(R('Orden del día', b=True, sz=24, color='385623'), before=200))
    od = ['Registro de asistencia y verificación del quórum.', 'Lectura y aprobación del orden del día.', 'Seguimiento de los acuerdos de la sesión anterior.',
          'Revisión de los informes de las estrategias ' + ' y '.join(str(st['number']) for st in a['strategies']) + '.', 'Acuerdos y fecha de la próxima sesión.', 'Asuntos generales.']
    b += [P(f'{chr(0x61 + k)}) {t}', ind=(720, 360), after=0) for k, t in enumerate(od)]
    b.append(P(R('1. Asistencia', b=True, sz=24, color='385623'), before=200))
    b.append(P(f'Se contó con la asistencia de las personas que firmaron la lista de asistencia, que se integra como anexo de la presente acta.', align='both'))
    b.append(P(R('2. Seguimiento de estrategias', b=True, sz=24, color='385623'), before=200))
    for st in a['strategies']:
        b.append(P(R(f'Estrategia {st["number"]}. {st["title"]}', b=True), keep=True, before=120))
        n = len(st['goals']); w = 9600 // n
        rows = [[C([P(R(f'Meta {g["id"]}. ', b=True, sz=sz), R(g['text'], sz=sz))], shade='E2EFD9') for g in st['goals']],
                [C([P(R('Indicador: ', i=True, sz=sz), R(g['indicator'], sz=sz))]) for g in st['goals']],
                [C([P(R('Instancia ejecutora: ', i=True, sz=sz), R(g['executor'], sz=sz))]) for g in st['goals']],
                [C([P(R('INFORME', b=True, sz=sz), align='center')], span=1, shade='E2EFD9') for g in st['goals']],
                [C([P(R(rep_str(g), sz=sz), align='both')]) for g in st['goals']]]
        b.append(T(rows, [w] * n).replace('<w:tr>', '<w:tr><w:trPr><w:cantSplit/></w:trPr>'))
        b += fb_paras(a, st, head_se='Retroalimentación de la Secretaría Ejecutiva', head_ob='Observaciones de las personas integrantes')
    b.append(P(R('3. Acuerdos', b=True, sz=24, color='385623'), before=200, keep=True))
    b += [P(g['text'], num=(1, 0), align='both') for g in a['agreements']]
    b.append(P(closing(a), before=200, align='both'))
    b += signature(a)
    # annex: the signed sheet, scanned, as an inline picture on its own page
    img = os.path.join(SRC, 'scan', a['stem'] + '-asistencia.png')
    os.makedirs(os.path.dirname(img), exist_ok=True)
    ak4_sheet(a, img)
    cx = int(9.3 * 914400); cy = int(cx * 1700 / 2200)
    pic = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="Imagen 1" descr="Lista de asistencia"/>'
           '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
           '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="Escaneo_asistencia.png"/><pic:cNvPicPr/></pic:nvPicPr>'
           '<pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
           f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
           '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    b.append(D.sect_para(header=False))   # the typed acta ends; the annex is a landscape section without footer
    b.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>{pic}</w:p>')
    rel = '<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    # the annex section gets its own empty footer (a section without a footer reference would inherit the page number)
    s = D.sect(header=False, landscape=True).replace('r:id="rIdF1"', 'r:id="rIdF2"').replace('w:top="1418"', 'w:top="850"').replace('w:bottom="1134"', 'w:bottom="850"')
    rel2 = '<Relationship Id="rIdF2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>'
    f2 = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {D.W}><w:p/></w:ftr>'
    body = re.sub(r'<w:pPr>(.*?)</w:pPr>', lambda m: '<w:pPr>' + (m.group(1).replace('<w:spacing ', '<w:spacing w:line="300" w:lineRule="auto" ') if '<w:spacing ' in m.group(1) else '<w:spacing w:after="100" w:line="300" w:lineRule="auto"/>' + m.group(1)) + '</w:pPr>', ''.join(b))
    write(a, body + s, font='Arial', size=24, extra_rels=[rel, rel2],
          extra_parts=[('media/image1.png', open(img, 'rb').read(), 'image/png'), ('footer2.xml', f2, 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml')])


def ak4_pdf(a):
    """LibreOffice PDF; then Tesseract reads the scanned page (the last page) as a reader of the PDF would: src/ocr/<stem>.img.txt"""
    lo_convert(os.path.join(OUT, a['stem'] + '.docx'), 'pdf')
    pdf = os.path.join(OUT, a['stem'] + '.pdf')
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    tmp = tempfile.mkdtemp(prefix='blind-ak-ocr-')
    run(['pdftoppm', '-r', '200', '-gray', '-png', '-f', str(n), '-l', str(n), pdf, os.path.join(tmp, 'p')])
    png = [os.path.join(tmp, x) for x in os.listdir(tmp)][0]
    os.makedirs(os.path.join(SRC, 'ocr'), exist_ok=True)
    txt = subprocess.run(['tesseract', png, '-', '-l', 'spa', '--psm', '4'], capture_output=True, text=True).stdout
    open(os.path.join(SRC, 'ocr', a['stem'] + '.img.txt'), 'w', encoding='utf-8').write(txt)
    shutil.rmtree(tmp, ignore_errors=True)
    print('  pages', n, 'text on last page:', len(subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), pdf, '-'], capture_output=True, text=True).stdout.strip()))


# ------------------------------------------------------------------ Chromium
def chromium(html_text, stem, pdf=None):
    tmp = tempfile.mkdtemp(prefix='blind-ak-cr-')
    hp = os.path.join(tmp, stem + '.html')
    open(hp, 'w', encoding='utf-8').write(html_text)
    os.makedirs(os.path.join(SRC, 'html'), exist_ok=True)
    shutil.copy(hp, os.path.join(SRC, 'html', os.path.basename(hp)))
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmp}/prof',
         f'--print-to-pdf={pdf}', 'file://' + hp])
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ AK5: goal heading rows spanning the table (paleteros); PDF by Chromium from an HTML twin
AK5_W = [2300, 7300]


def ak5_blocks(a):
    out = [('top', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'),
           ('title', f'Espacio de Participación {a["body"]}'),
           ('sub', f'Acta de la {ORD[a["number"]].capitalize()} Sesión Ordinaria'),
           ('kv', [('Fecha', long_date(a['date'])), ('Hora de inicio', f'{a["start"]} horas'), ('Hora de término', f'{a["end"]} horas'),
                   ('Lugar', a['place']), ('Coordinación', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]),
           ('h2', '1. Asistencia'),
           ('att', [[f'{x[1]} {x[0]}', x[5], x[2], SECTOR_WORD[x[4]]] for x in a['attendance']]),
           ('h2', '2. Seguimiento de estrategias')]
    for st in a['strategies']:
        out.append(('h3', f'Estrategia {st["number"]}. {st["title"]}'))
        rows = []
        for g in st['goals']:
            rows.append(('span', f'Meta {g["id"]} — {g["text"]}'))
            rows += [('kv', 'Indicador', g['indicator']), ('kv', 'Instancia ejecutora', g['executor']), ('kv', 'Avance', rep_str(g))]
        out.append(('goals', rows))
        se, ob = se_ob(st)
        out.append(('h4', 'Retroalimentación de la Secretaría Ejecutiva'))
        out.append(('lead', [(f'Meta {f[2]}: ', f[0]) for f in se]))
        if ob:
            out.append(('h4', 'Observaciones de las personas integrantes'))
            out.append(('lead', [(f'{f[4]} ({inst_of(a, f[4])}): ', f[0]) for f in ob]))
    out.append(('h2', '3. Acuerdos'))
    out.append(('ol', [g['text'] for g in a['agreements']]))
    out.append(('p', closing(a)))
    out.append(('sign', a['coordinator']))
    return out


def ak5(a):
    sz = 18
    b = []
    for k, x in ak5_blocks(a):
        if k == 'top': b.append(P(R(x, sz=15, color='0B5D4B'), align='center', after=0))
        elif k == 'title': b.append(P(R(x, b=True, sz=26, color='0B5D4B'), align='center', after=60))
        elif k == 'sub': b.append(P(R(x, sz=22), align='center', after=200))
        elif k == 'kv': b += [P(R(kk + ': ', b=True), v, after=40) for kk, v in x]
        elif k == 'h2': b.append(P(R(x, b=True, sz=22, color='0B5D4B'), before=200, keep=True))
        elif k == 'h3': b.append(P(R(x, b=True), before=120, keep=True))
        elif k == 'h4': b.append(P(R(x, b=True, i=True), keep=True))
        elif k == 'att':
            b.append(T([[C([P(R(h, b=True, sz=sz, color='FFFFFF'))], shade='0B5D4B') for h in ('Nombre', 'Cargo', 'Institución', 'Sector')]] +
                       [[C([P(R(c, sz=sz))]) for c in r] for r in x], [2400, 2300, 3300, 1600], header_rows=1))
        elif k == 'goals':
            rows = []
            for r in x:
                if r[0] == 'span':
                    rows.append([C([P(R(r[1], b=True, sz=sz), keep=True)], span=2, shade='D5E8E2')])
                else:
                    rows.append([C([P(R(r[1], b=True, sz=sz))], shade='F2F2F2'), C([P(R(r[2], sz=sz), align='both')])])
            b.append(T(rows, AK5_W))
        elif k == 'lead': b += [P(R(l, b=True), t, ind=(360, 0), align='both') for l, t in x]
        elif k == 'ol': b += [P(t, num=(1, 0), align='both') for t in x]
        elif k == 'p': b.append(P(x, before=160, align='both'))
        elif k == 'sign': b += signature(a)
    write(a, ''.join(b) + D.sect(header=False), font='Arial', size=20)


def ak5_html(a):
    e = H.escape
    h = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Acta</title><style>'
         '@page{size:Letter;margin:20mm 18mm}body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10pt;color:#222}'
         '.top{font-size:7.5pt;color:#0b5d4b;text-align:center}.title{font-size:13pt;font-weight:bold;color:#0b5d4b;text-align:center;margin:4px 0}'
         '.sub{text-align:center;font-size:11pt;margin-bottom:12px}'
         'h2{color:#0b5d4b;font-size:11pt;margin:14px 0 4px}h3{font-size:10pt;margin:10px 0 4px}h4{font-size:10pt;font-style:italic;margin:6px 0 2px}'
         'table{border-collapse:collapse;width:100%;margin:4px 0 8px}th{background:#0b5d4b;color:#fff;text-align:left;font-size:9pt;padding:3px;border:1px solid #0b5d4b}'
         'td{border:1px solid #888;font-size:9pt;padding:3px 5px;vertical-align:top}td.span{background:#d5e8e2;font-weight:bold}td.lab{background:#f2f2f2;font-weight:bold;width:24%}'
         'td.val{text-align:justify}p.kv{margin:1px 0}p.lead{margin:3px 0 3px 14px;text-align:justify}ol li{margin-bottom:3px;text-align:justify}'
         '.sign{text-align:center;margin-top:40px}</style></head><body>']
    for k, x in ak5_blocks(a):
        if k in ('top', 'title', 'sub'): h.append(f'<div class="{k}">{e(x)}</div>')
        elif k == 'kv': h += [f'<p class="kv"><b>{e(kk)}:</b> {e(v)}</p>' for kk, v in x]
        elif k in ('h2', 'h3', 'h4'): h.append(f'<{k}>{e(x)}</{k}>')
        elif k == 'att':
            h.append('<table><tr>' + ''.join(f'<th>{c}</th>' for c in ('Nombre', 'Cargo', 'Institución', 'Sector')) + '</tr>' +
                     ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in x) + '</table>')
        elif k == 'goals':
            t = '<table>'
            for r in x:
                if r[0] == 'span': t += f'<tr><td class="span" colspan="2">{e(r[1])}</td></tr>'
                else: t += f'<tr><td class="lab">{e(r[1])}</td><td class="val">{e(r[2])}</td></tr>'
            h.append(t + '</table>')
        elif k == 'lead': h += [f'<p class="lead"><b>{e(l)}</b>{e(t)}</p>' for l, t in x]
        elif k == 'ol': h.append('<ol>' + ''.join(f'<li>{e(t)}</li>' for t in x) + '</ol>')
        elif k == 'p': h.append(f'<p>{e(x)}</p>')
        elif k == 'sign': h.append(f'<div class="sign"><b>{e(x[0])}</b><br>{e(x[1])}</div>')
    return ''.join(h) + '</body></html>'


def ak5_pdf(a):
    chromium(ak5_html(a), a['stem'], pdf=os.path.join(OUT, a['stem'] + '.pdf'))


DOCX = {'AK1': ak1, 'AK3': ak3, 'AK4': ak4, 'AK2': ak2, 'AK5': ak5, 'AK6': ak6}
PDF = {'AK4': ak4_pdf, 'AK5': ak5_pdf}


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
