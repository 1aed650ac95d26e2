# -*- coding: utf-8 -*-
"""Render the blind batch "a": content.py -> <stem>.docx + <stem>.gold.json (then soffice -> .pdf)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import Doc, plain
from content import ACTAS

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
NB = '\u00a0'
SIG = '_' * 34


def fbs(s, goal=None, section=None):
    return [f for f in s['feedback'] if (goal is None or f['goal'] == goal) and (section is None or f['section'] == section)]


def espacio_phrase(body):
    return ('del ' if body.startswith('Derecho ') else 'de los ') + body


def signature(d, a, extra=None):
    name, role = a['coordinator']
    if extra is None:
        d.add(d.p(''), d.p(''), d.p(SIG, align='center', spacing_after=0), d.p(name, align='center', b=True, spacing_after=0),
              d.p(role, align='center'))
    else:
        cells = []
        for n, r in [(name, role), extra]:
            cells.append(d.cell([d.p(SIG, align='center', spacing_after=0), d.p(n, align='center', b=True, spacing_after=0),
                                 d.p(r, align='center')], w=4400))
        d.add(d.p(''), d.p(''), d.tbl([cells], [4400, 4400], borders=False))


# =====================================================================================
# BA1: title only in the page header; landscape matrix, one row per goal, labels across row 1
# =====================================================================================
def ba1(a):
    d = Doc(font='Calibri', size=21)
    d.rev_date = a['date'] + 'T18:00:00Z'
    title = f"{a['title_words']} DEL ESPACIO DE PARTICIPACIÓN {espacio_phrase(a['body']).upper()}"
    h = d.header([d.p('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', align='center', sz=16, spacing_after=0),
                  d.p(title, align='center', b=True, sz=18, border=True)])
    f = d.footer([d.raw_p(d.t('Minuta · página ') + d.fld_simple('PAGE', '1') + d.t(' de ') + d.fld_complex('NUMPAGES', '2'), style='Piedepgina', align='right')])
    d.add(d.p('MINUTA', style='Ttulo'))
    tabs = [1800]
    d.add(d.p(f"Fecha:[[tab]]{a['date_text']}", tabs=tabs, spacing_after=0),
          d.p(f"Horario:[[tab]]{a['time_text']}", tabs=tabs, spacing_after=0),
          d.p(f"Sede:[[tab]]{a['place']}", tabs=tabs, spacing_after=0, ind=(1800, 1800)))
    if a.get('topic'):
        d.add(d.p(f"Tema:[[tab]]{a['topic']}", tabs=tabs, spacing_after=0, ind=(1800, 1800)))
    if a.get('objective'):
        d.add(d.p(f"Objetivo:[[tab]]{a['objective']}", tabs=tabs, ind=(1800, 1800)))
    d.add(d.p('Personas asistentes', style='Ttulo2'))
    W = [1500, 2100, 2000, 3300]
    rows = [[d.cell([d.p('Sector', b=True, style='Tabla')], w=W[0], shade='D9D9D9'),
             d.cell([d.p('Nombre', b=True, style='Tabla')], w=W[1], shade='D9D9D9'),
             d.cell([d.p('Cargo', b=True, style='Tabla')], w=W[2], shade='D9D9D9'),
             d.cell([d.p('Dependencia u organización', b=True, style='Tabla')], w=W[3], shade='D9D9D9')]]
    labels = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Sociedad civil',
              'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Invitados'}
    prev = None
    for p in a['attendance']:
        first = p['sector'] != prev
        prev = p['sector']
        rows.append([d.cell([d.p(labels[p['sector']] if first else '', style='Tabla', b=True)], w=W[0], vmerge='restart' if first else 'continue'),
                     d.cell([d.p(p['name'], style='Tabla')], w=W[1]),
                     d.cell([d.p(p['cargo'] or '', style='Tabla')], w=W[2]),
                     d.cell([d.p(p['institution'], style='Tabla')], w=W[3])])
    d.add(d.tbl(rows, W, borders=False, header_rows=1))
    d.add(d.p(f"Se verificó la asistencia y se dio inicio a la sesión a las {a['start']}{NB}horas.", sect=d.sectpr(hdr=h, ftr=f)))
    # landscape section
    d.add(d.p('Matriz de seguimiento de estrategias', style='Ttulo2'))
    W = [2300, 2200, 2200, 1500, 3900, 2900]
    hdr = ['Estrategia', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Retroalimentación']
    rows = [[d.cell([d.p(x, b=True, style='Tabla', align='center')], w=w, shade='BDD7EE') for x, w in zip(hdr, W)]]
    missing = 'Sin reporte' if a['number'] % 2 else 'Pendiente'
    for s in a['strategies']:
        for k, g in enumerate(s['goals']):
            rep = [d.p(x, style='Tabla', autosplit=True) for x in g['report']] if g['report'] else [d.p(missing, style='Tabla', i=True)]
            retro = [d.p(fb['text'], style='Tabla') for fb in fbs(s, g['id'], 'retroalimentacion')] or [d.p('', style='Tabla')]
            rows.append([d.cell([d.p(f"{s['number']}. {s['title']}", style='Tabla', b=True)] if k == 0 else [d.p('', style='Tabla')],
                                w=W[0], vmerge='restart' if k == 0 else 'continue'),
                         d.cell([d.p(f"{g['id']} {g['text']}", style='Tabla')], w=W[1]),
                         d.cell([d.p(g['indicator'], style='Tabla')], w=W[2]),
                         d.cell([d.p(g['executor'], style='Tabla')], w=W[3]),
                         d.cell(rep, w=W[4]), d.cell(retro, w=W[5])])
    d.add(d.tbl(rows, W, borders=True, header_rows=1))
    d.add(d.p('', sect=d.sectpr(landscape=True, typ='nextPage', hdr=h, ftr=f)))
    d.add(d.p('Observaciones de sociedad civil y de las instancias ejecutoras', style='Ttulo2'))
    for s in a['strategies']:
        obs = fbs(s, section='observacion')
        if obs:
            d.add(d.p(f"Estrategia {s['number']}", b=True, keep=True, spacing_after=60))
            for fb in obs:
                d.add(d.p(fb['text']))
    d.add(d.p('Acuerdos', style='Ttulo2'))
    n = d.num('decimal')
    for ag in a['agreements']:
        d.add(d.p(ag['text'], num=(n, 0), style='Prrafodelista'))
    signature(d, a)
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(typ='nextPage', hdr=h, ftr=f), title='Minuta')
    return dict(features=['title only in header1.xml', 'footer with fldSimple PAGE + complex NUMPAGES', 'tabs in header block',
                          'borderless attendance table with vMerge sector column and narrow wrapping columns',
                          'landscape section (sectPr in paragraph)', 'strategy cell vMerge over its goal rows',
                          'runs split mid-word (INFORME)', 'automatic decimal numbering (Acuerdos)', 'signature line'])


# =====================================================================================
# BA2: session number and date only in a text box; nested data table; two-column attendance;
#      per strategy a table with a label column and one column per goal
# =====================================================================================
def ba2(a):
    d = Doc(font='Arial', size=20)
    d.rev_date = a['date'] + 'T19:30:00Z'
    h = d.header([d.p('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', style='Encabezado', sz=16, i=True)])
    f = d.footer([d.raw_p(d.fld_simple('PAGE', '1'), style='Piedepgina', align='center')])
    box = d.textbox([d.p(a['box_title'], b=True, align='center', spacing_after=0),
                     d.p(a['date_text'], align='center', spacing_after=0),
                     d.p(a['time_text'], align='center', spacing_after=0)], w_cm=5.2, h_cm=1.9, pos_h_cm=10.8, pos_v_cm=0)
    d.add(d.raw_p(box))
    d.add(d.p(f"Minuta del Espacio de Participación {espacio_phrase(a['body'])}", style='Ttulo1'))
    inner = []
    for lab, key in [('Lugar', 'place'), ('Tema', 'topic'), ('Objetivo', 'objective')]:
        if a.get(key):
            inner.append([d.cell([d.p(lab, b=True, style='Tabla')], w=1300), d.cell([d.p(a[key], style='Tabla')], w=5300)])
    nested = d.tbl(inner, [1300, 5300], borders='horiz')
    d.add(d.tbl([[d.cell([d.p('Datos de la reunión', b=True)], w=2000, shade='E2EFD9', valign='center'),
                  d.cell([nested], w=6800)]], [2000, 6800], borders=True))
    d.add(d.p('Asistencia', style='Ttulo2', sect=d.sectpr(hdr=h, ftr=f)))
    labels = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Organizaciones de la sociedad civil',
              'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Personas invitadas'}
    prev = None
    for p in a['attendance']:
        if p['sector'] != prev:
            d.add(d.p(labels[p['sector']], b=True, keep=True, spacing_after=40))
            prev = p['sector']
        d.add(d.p(f"{p['name']}, {p['cargo']}, {p['institution']}", spacing_after=60, ind=(284, 284)))
    d.add(d.p('', sect=d.sectpr(cols=2, typ='continuous', hdr=h, ftr=f)))
    d.add(d.p('Retroalimentación de estrategias', style='Ttulo2'))
    missing = '—' if a['espacio'] == 'medioambiente' else 'No reportó'
    for t, s in enumerate(a['strategies'], 1):
        goals = s['goals']
        n = len(goals)
        lw = 1900
        gw = (9000 - lw) // n
        W = [lw] + [gw] * n
        rows = [[d.cell([d.p(f"Estrategia {s['number']}. {s['title']}", b=True, style='Tabla')], w=sum(W), span=n + 1, shade='C5E0B3')]]
        def lab(x):
            return d.cell([d.p(x, b=True, style='Tabla')], w=lw, shade='F2F2F2')
        rows.append([lab('Meta')] + [d.cell([d.p(f"{g['id']} {g['text']}", style='Tabla')], w=gw) for g in goals])
        rows.append([lab('Indicador')] + [d.cell([d.p(g['indicator'], style='Tabla')], w=gw) for g in goals])
        rows.append([lab('Dependencia')] + [d.cell([d.p(g['executor'], style='Tabla')], w=gw) for g in goals])
        rows.append([lab('Avance reportado')] + [d.cell([d.p(x, style='Tabla') for x in g['report']] if g['report'] else [d.p(missing, style='Tabla', align='center')], w=gw) for g in goals])
        rows.append([lab('Comentarios del Espacio')] + [d.cell([d.p(fb['text'], style='Tabla') for fb in fbs(s, g['id'], 'retroalimentacion')], w=gw) for g in goals])
        if fbs(s, section='observacion'):
            rows.append([lab('Observaciones de las instancias')] + [d.cell([d.p(fb['text'], style='Tabla') for fb in fbs(s, g['id'], 'observacion')], w=gw) for g in goals])
        d.add(d.tbl(rows, W, borders=True))
        d.add(d.raw_p(d.t('Tabla ', d.rpr(i=True, sz=16)) + d.fld_simple('SEQ Tabla \\* ARABIC', str(t), d.rpr(i=True, sz=16)) +
                      d.t(f". Estrategia {s['number']}", d.rpr(i=True, sz=16)), align='right'))
    d.add(d.p('Acuerdos y compromisos', style='Ttulo2'))
    n = d.num('decimalparen')
    for ag in a['agreements']:
        d.add(d.p(ag['text'], num=(n, 0)))
    signature(d, a)
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(typ='continuous', hdr=h, ftr=f), title='Minuta')
    return dict(features=['session number, date and time only in an anchored text box (wps:txbx + VML v:textbox fallback)',
                          'nested table (data of the meeting inside a cell)', 'two-column section for attendance (w:cols num=2)',
                          '"Nombre, cargo, institución" attendance lines', 'strategy header row with gridSpan',
                          'label column + one column per goal', 'fldSimple SEQ caption and PAGE footer', 'header part',
                          'automatic "1)" numbering (Acuerdos y compromisos)', 'signature line'])


# =====================================================================================
# BA3: fichas — one 2-cell table per goal (several "label: value" paragraphs in one cell),
#      lettered comments after each ficha, agreements as a No./Acuerdo/Responsable/Fecha table
# =====================================================================================
def ba3(a):
    d = Doc(font='Century Gothic', size=19)
    d.rev_date = a['date'] + 'T21:00:00Z'
    h = d.header([d.p('Programa de Derechos Humanos de la Ciudad de México · Espacios de Participación', style='Encabezado', sz=15, align='right')])
    f = d.footer([d.raw_p(d.t('Secretaría Técnica del Espacio[[tab]]'.replace('[[tab]]', '')) + '<w:r><w:tab/></w:r>' + d.fld_complex('PAGE', '1'), style='Piedepgina')])
    d.add(d.p(f"Minuta de la {a['title_text']} del Espacio de Participación {espacio_phrase(a['body'])}", style='Ttulo', sz=24))
    box = [d.p(f"Fecha: {a['date_text']}", spacing_after=0), d.p(f"Hora: {a['time_text']}", spacing_after=0),
           d.p(f"Sede: {a['place']}", spacing_after=0)]
    if a.get('topic'):
        box.append(d.p(f"Tema: {a['topic']}", spacing_after=0))
    if a.get('objective'):
        box.append(d.p(f"Objetivo: {a['objective']}", spacing_after=0))
    d.add(d.tbl([[d.cell(box, w=9000, shade='FFF2CC')]], [9000], borders=True))
    d.add(d.p('Las estrategias y metas referidas pueden consultarse en el '
              '[[link:http://www.derechoshumanoscdmx.gob.mx/|Programa de Derechos Humanos de la Ciudad de México]].', i=True, sz=17))
    d.add(d.p('Asistentes', style='Ttulo2'))
    labels = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Sociedad civil organizada',
              'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Invitados'}
    n = d.num('decimal')
    prev = None
    for p in a['attendance']:
        if p['sector'] != prev:
            d.add(d.p(labels[p['sector']], i=True, keep=True, spacing_after=40))
            prev = p['sector']
        d.add(d.p(f"{p['name']}, {p['cargo']}, {p['institution']}" + ('' if p['institution'].endswith('.') else '.'), num=(n, 0), spacing_after=40))
    d.add(d.p('Desarrollo', style='Ttulo2'))
    missing = 'Pendiente' if a['espacio'] == 'discapacidad' else 'Sin reporte'
    for s in a['strategies']:
        for g in s['goals']:
            left = [d.p(f"[[b:Estrategia {s['number']}:]] {s['title']}", style='Tabla'),
                    d.p(f"[[b:Meta {g['id']}:]] {g['text']}", style='Tabla'),
                    d.p(f"[[b:Indicador:]] {g['indicator']}", style='Tabla'),
                    d.p(f"[[b:Responsable:]] {g['executor']}", style='Tabla')]
            right = [d.p('Avance reportado:', b=True, style='Tabla')]
            right += [d.p(x, style='Tabla') for x in g['report']] if g['report'] else [d.p(missing, style='Tabla')]
            d.add(d.tbl([[d.cell(left, w=4000, shade='F2F2F2'), d.cell(right, w=5000)]], [4000, 5000], borders=True, cant_split=True))
            retro = fbs(s, g['id'], 'retroalimentacion')
            if retro:
                d.add(d.p('Comentarios del Espacio:', b=True, keep=True, spacing_after=40))
                m = d.num('lowerLetter')
                for fb in retro:
                    d.add(d.p(fb['text'], num=(m, 0), spacing_after=40))
            obs = fbs(s, g['id'], 'observacion')
            if obs:
                d.add(d.p('Observaciones:', b=True, keep=True, spacing_after=40))
                m = d.num('lowerLetter')
                for fb in obs:
                    d.add(d.p(fb['text'], num=(m, 0), spacing_after=40))
            d.add(d.p(''))
    d.add(d.p('Acuerdos y compromisos', style='Ttulo2'))
    W = [600, 5000, 1900, 1500]
    rows = [[d.cell([d.p(x, b=True, style='Tabla', align='center')], w=w, shade='D9D9D9') for x, w in zip(['No.', 'Acuerdo', 'Responsable', 'Fecha'], W)]]
    for k, (ag, fecha) in enumerate(zip(a['agreements'], a['agreement_dates_col']), 1):
        rows.append([d.cell([d.p(str(k), style='Tabla', align='center')], w=W[0]), d.cell([d.p(ag['text'], style='Tabla')], w=W[1]),
                     d.cell([d.p(ag['responsible'] or '', style='Tabla')], w=W[2]), d.cell([d.p(fecha, style='Tabla', align='center')], w=W[3])])
    d.add(d.tbl(rows, W, borders=True, header_rows=1))
    signature(d, a)
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(hdr=h, ftr=f), title='Minuta')
    return dict(features=['fichas: one 2-cell table per goal, several bold "Label:" paragraphs in one cell',
                          'session data as "label: value" paragraphs in one shaded cell', 'hyperlink', 'header part; footer with complex PAGE field and tab',
                          'attendance as automatically numbered "Nombre, cargo, institución." paragraphs under sector sub-headings',
                          'lettered a) comments with automatic numbering', 'agreements table No. | Acuerdo | Responsable | Fecha', 'signature line'])


# =====================================================================================
# BA4: acta circunstanciada — roman numeral title, date and time in words, tracked changes,
#      comments, footnotes, side-by-side borderless attendance, numbered feedback, roman agreements
# =====================================================================================
def ba4(a):
    d = Doc(font='Times New Roman', size=24, margins=(1701, 1418, 1418, 1701))
    d.rev_date = a['date'] + 'T20:15:00Z'
    h = d.header([d.p(f"Espacio de Participación {espacio_phrase(a['body'])}", style='Encabezado', i=True, sz=18, align='center')])
    f = d.footer([d.raw_p(d.t('Hoja ') + d.fld_complex('PAGE', '1') + d.t(' de ') + d.fld_simple('NUMPAGES', '3'), style='Piedepgina', align='center')])
    d.add(d.p(f"ACTA DE LA SESIÓN ORDINARIA {a['title_roman']} DEL ESPACIO DE PARTICIPACIÓN {espacio_phrase(a['body']).upper()}", style='Ttulo', sz=24))
    opening = a['opening'].replace('{place}', a['place'])
    opening = opening.replace('se reunieron', '[[cm:Verificar el nombre oficial de la sede|se reunieron]]', 1) if 'se reunieron' in opening else opening
    d.add(d.p(opening, align='both'))
    cells = []
    left = [d.p('Por las instancias ejecutoras:', b=True, style='Tabla')]
    for p in a['attendance']:
        if p['sector'] == 'instancia_ejecutora':
            left.append(d.p(f"{p['name'].replace('. ', '.' + NB, 1)}[[br]]{p['institution']}", style='Tabla', spacing_after=100))
    right = []
    for sec, lab in [('sociedad_civil', 'Por la sociedad civil:'), ('otro', 'Invitados:'), ('secretaria_ejecutiva', 'Por la Secretaría Ejecutiva:')]:
        ps = [p for p in a['attendance'] if p['sector'] == sec]
        if ps:
            right.append(d.p(lab, b=True, style='Tabla'))
            for p in ps:
                right.append(d.p(f"{p['name'].replace('. ', '.' + NB, 1)}[[br]]{p['institution']}", style='Tabla', spacing_after=100))
    d.add(d.tbl([[d.cell(left, w=4400), d.cell(right, w=4400)]], [4400, 4400], borders=False))
    d.add(d.p('Una vez verificado el quórum, la Coordinación del Espacio sometió a consideración el siguiente orden del día, que fue aprobado por unanimidad:', align='both'))
    n = d.num('decimal')
    for x in ['Lista de asistencia.', 'Retroalimentación de las estrategias ' + ' y '.join(str(s['number']) for s in a['strategies']) + '.', 'Acuerdos.', 'Clausura.']:
        d.add(d.p(x, num=(n, 0), spacing_after=0))
    d.add(d.p(''))
    d.add(d.p('DESAHOGO DEL ORDEN DEL DÍA', b=True, align='center'))
    tabs = [2268]
    for s in a['strategies']:
        d.add(d.p(f"Estrategia {s['number']}. {s['title']}", style='Ttulo2'))
        for g in s['goals']:
            d.add(d.p(f"Meta {g['id']}[[tab]]{g['text']}", tabs=tabs, ind=(2268, 2268), spacing_after=40, b=False))
            d.add(d.p(f"Indicador:[[tab]]{g['indicator']}", tabs=tabs, ind=(2268, 2268), spacing_after=40))
            d.add(d.p(f"Responsable:[[tab]]{g['executor']}", tabs=tabs, ind=(2268, 2268), spacing_after=40))
            d.add(d.p('Reporte:', i=True, spacing_after=40, keep=True))
            if g['report']:
                for x in g['report']:
                    d.add(d.p(x, align='both', autosplit=True, ind=(567,)))
            else:
                d.add(d.p('No se presentó información.', ind=(567,)))
        retro = fbs(s, section='retroalimentacion')
        if retro:
            d.add(d.p('Retroalimentación de la Secretaría Ejecutiva:', b=True, keep=True))
            m = d.num('decimal')
            for fb in retro:
                d.add(d.p(fb['text'], num=(m, 0), align='both'))
        obs = fbs(s, section='observacion')
        if obs:
            d.add(d.p('Observaciones de sociedad civil y de las instancias:', b=True, keep=True))
            m = d.num('decimal')
            for fb in obs:
                d.add(d.p(fb['text'], num=(m, 0), align='both'))
    d.add(d.p('ACUERDOS', style='Ttulo2'))
    m = d.num('upperRoman')
    for k, ag in enumerate(a['agreements']):
        t = ag['text']
        if k == 0:
            t = f"[[cm:¿Fecha confirmada con la instancia?|{t}]]"
        d.add(d.p(t, num=(m, 0), align='both'))
    d.add(d.p('No habiendo más asuntos que tratar, se dio por concluida la sesión, firmando al calce quienes en ella intervinieron.', align='both'))
    se = [p for p in a['attendance'] if p['sector'] == 'secretaria_ejecutiva'][0]
    signature(d, a, extra=(se['name'], 'Por la Secretaría Ejecutiva'))
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(hdr=h, ftr=f), title='Acta')
    return dict(features=['roman-numeral title', 'date and start time only in words in the opening paragraph',
                          'tracked changes (w:ins / w:del) in the opening', 'comments (commentRangeStart/commentReference, comments.xml)',
                          'footnote in an INFORME', 'borderless side-by-side attendance table with soft line breaks and non-breaking spaces',
                          'tab-aligned "Meta / Indicador / Responsable" lines', 'automatic decimal numbering (orden del día, feedback)',
                          'automatic roman numbering (Acuerdos)', 'runs split mid-word', 'header/footer (complex PAGE, fldSimple NUMPAGES)',
                          'two signatures in a borderless table'])


# =====================================================================================
# BA5: Secretaría Ejecutiva form template — content controls, merged-cell header, nested times table,
#      attendance grouped by institution, one table per strategy with labels across the first row
# =====================================================================================
def ba5(a):
    d = Doc(font='Arial', size=19, margins=(1134, 1134, 1134, 1134))
    d.rev_date = a['date'] + 'T17:40:00Z'
    W = [2200, 5400, 2000]
    hrows = [[d.cell([d.p('PDHCDMX', b=True, align='center', sz=28)], w=W[0], vmerge='restart', valign='center'),
              d.cell([d.p('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', b=True, align='center', sz=16, spacing_after=0)], w=W[1]),
              d.cell([d.p('Clave: SE-EP-02', sz=14, spacing_after=0)], w=W[2])],
             [d.cell([d.p('', spacing_after=0)], w=W[0], vmerge='continue'),
              d.cell([d.p('Formato de minuta de Espacios de Participación', align='center', sz=16, spacing_after=0)], w=W[1]),
              d.cell([d.p('Versión 2.1', sz=14, spacing_after=0)], w=W[2])]]
    h = d.header([d.tbl(hrows, W, borders=True), d.p('', spacing_after=0)])
    f = d.footer([d.raw_p(d.t('Página ') + d.fld_simple('PAGE', '1') + d.t(' de ') + d.fld_simple('NUMPAGES', '2'), style='Piedepgina', align='right')])
    d.add(d.p('MINUTA DE REUNIÓN', style='Ttulo'))
    L, V = 2300, 7300
    def row(label, inner):
        return [d.cell([d.p(label, b=True, style='Tabla')], w=L, shade='DEEAF6'), d.cell(inner, w=V)]
    start_end = re.search(r'(\d{1,2}:\d{2}) a (\d{1,2}:\d{2})', a['agreements'][0]['text'])
    times = d.tbl([[d.cell([d.raw_p(d.t('Inicio: ') + d.sdt_run(a['time_text'], 'Hora de inicio'), style='Tabla')], w=3600),
                    d.cell([d.raw_p(d.t('Término: ') + d.sdt_run('14:00' if a['espacio'] == 'medioambiente' else '14:30', 'Hora de término'), style='Tabla')], w=3600)]],
                  [3600, 3600], borders=False)
    rows = [row('Espacio de Participación', [d.raw_p(d.sdt_run(a['body'], 'Espacio de Participación', kind='combo'), style='Tabla')]),
            row('Sesión', [d.raw_p(d.sdt_run(a['session_word'], 'Número de sesión') + d.t(' Reunión de Trabajo'), style='Tabla')]),
            row('Fecha', [d.raw_p(d.sdt_run(a['date_text'], 'Fecha', kind='date', date_iso=a['date']), style='Tabla')]),
            row('Horario', [times]),
            row('Lugar', [d.raw_p(d.sdt_run(a['place'], 'Lugar'), style='Tabla')]),
            row('Tema', [d.raw_p(d.sdt_run('Haga clic o pulse aquí para escribir texto.', 'Tema', placeholder=True), style='Tabla')]),
            row('Objetivo', [d.raw_p(d.sdt_run(a['objective'], 'Objetivo'), style='Tabla')])]
    d.add(d.tbl(rows, [L, V], borders=True))
    d.add(d.p('Orden del día', style='Ttulo2'))
    n = d.num('decimal')
    for x in ['Registro de asistencia', 'Seguimiento de acuerdos de la reunión anterior',
              'Retroalimentación de las estrategias ' + ' y '.join(str(s['number']) for s in a['strategies']), 'Acuerdos']:
        d.add(d.p(x, num=(n, 0), spacing_after=0))
    d.add(d.p('Registro de asistencia', style='Ttulo2'))
    W = [1900, 4000, 3700]
    rows = [[d.cell([d.p(x, b=True, style='Tabla')], w=w, shade='DEEAF6') for x, w in zip(['Sector', 'Institución / organización', 'Persona(s) asistente(s)'], W)]]
    labels = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Sociedad civil',
              'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Invitadas'}
    groups = []
    for p in a['attendance']:
        if groups and groups[-1][0] == p['sector'] and groups[-1][1] == p['institution']:
            groups[-1][2].append(p['name'])
        else:
            groups.append((p['sector'], p['institution'], [p['name']]))
    prev = None
    for sec, inst, names in groups:
        first = sec != prev
        prev = sec
        rows.append([d.cell([d.p(labels[sec] if first else '', style='Tabla')], w=W[0], vmerge='restart' if first else 'continue'),
                     d.cell([d.p(inst, style='Tabla')], w=W[1]),
                     d.cell([d.p(x, style='Tabla', spacing_after=0) for x in names], w=W[2])])
    d.add(d.tbl(rows, W, borders=True, header_rows=1))
    d.add(d.p('Los reportes de las instancias ejecutoras pueden consultarse en la '
              '[[link:https://drive.google.com/drive/folders/0B7pdhcdmx-ep|carpeta compartida del Espacio]].', sz=17, i=True))
    d.add(d.p('Retroalimentación de estrategias', style='Ttulo2'))
    W = [1750, 1650, 1300, 2700, 2200]
    missing = 'No se presentó información'
    for s in a['strategies']:
        rows = [[d.cell([d.p(f"Estrategia {s['number']} – {s['title']}", b=True, style='Tabla')], w=sum(W), span=5, shade='BDD7EE')],
                [d.cell([d.p(x, b=True, style='Tabla')], w=w, shade='DEEAF6') for x, w in zip(['Meta', 'Indicador', 'Instancia ejecutora', 'Informe', 'Retroalimentación'], W)]]
        for k, g in enumerate(s['goals']):
            rep = [d.p(x, style='Tabla') for x in g['report']] if g['report'] else [d.p(missing, style='Tabla', i=True)]
            if k == 0 and g['report'] and s is a['strategies'][0]:
                rep[0] = d.p(f"[[cm:Falta el anexo con la evidencia|{g['report'][0]}]]", style='Tabla')
            rows.append([d.cell([d.p(f"{g['id']} {g['text']}", style='Tabla')], w=W[0]),
                         d.cell([d.p(g['indicator'], style='Tabla')], w=W[1]),
                         d.cell([d.p(g['executor'], style='Tabla')], w=W[2]),
                         d.cell(rep, w=W[3]),
                         d.cell([d.p(fb['text'], style='Tabla') for fb in fbs(s, g['id'], 'retroalimentacion')], w=W[4])])
        obs = fbs(s, section='observacion')
        if obs:
            rows.append([d.cell([d.p('Observaciones:', b=True, style='Tabla')] + [d.p(fb['text'], style='Tabla') for fb in obs], w=sum(W), span=5)])
        d.add(d.tbl(rows, W, borders=True, header_rows=2), d.p(''))
    d.add(d.p('Acuerdos', style='Ttulo2'))
    n = d.num('decimal')
    for ag in a['agreements']:
        d.add(d.p(ag['text'], num=(n, 0)))
    signature(d, a)
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(hdr=h, ftr=f), title='Formato de minuta')
    return dict(features=['header part holding a table with vMerge', 'content controls (w:sdt text, combo box, date picker, and an unfilled placeholder for Tema)',
                          'nested table (start/end times inside the Horario cell)', 'soft line break in the Lugar control',
                          'attendance grouped by institution with several names in one cell, vMerge sector column',
                          'hyperlink', 'comment on an INFORME', 'strategy tables: gridSpan title row, labels across the second row, one goal per row, merged Observaciones row',
                          'automatic decimal numbering (orden del día, Acuerdos)', 'footer fldSimple PAGE/NUMPAGES', 'signature line'])


# =====================================================================================
# BA6: hanging-label memo — date/time only in a text box, borderless two-column body table
# =====================================================================================
def ba6(a):
    d = Doc(font='Verdana', size=18)
    d.rev_date = a['date'] + 'T20:00:00Z'
    h = d.header([d.p(f"Espacio de Participación {espacio_phrase(a['body'])}", style='Encabezado', sz=14, align='left', b=True)])
    f = d.footer([d.raw_p(d.t('Minuta – ') + d.fld_complex('PAGE', '1'), style='Piedepgina', align='right')])
    box = d.textbox([d.p(a['date_text'], b=True, spacing_after=0, sz=16), d.p(a['time_text'], spacing_after=0, sz=16)],
                    w_cm=6.0, h_cm=1.4, pos_h_cm=10.0, pos_v_cm=0, border=False)
    d.add(d.raw_p(box))
    d.add(d.p(f"{a['title_words']} del Espacio de Participación {espacio_phrase(a['body'])}", style='Ttulo1', align='center'))
    d.add(d.p(f"Sede:[[tab]]{a['place']}", tabs=[1400], ind=(1400, 1400), spacing_after=40))
    if a.get('topic'):
        d.add(d.p(f"Tema:[[tab]]{a['topic']}", tabs=[1400], ind=(1400, 1400), spacing_after=40))
    if a.get('objective'):
        d.add(d.p(f"Objetivo:[[tab]]{a['objective']}", tabs=[1400], ind=(1400, 1400), spacing_after=40))
    d.add(d.p('Orden del día', style='Ttulo3'))
    n = d.num('upperRoman')
    for x in ['Bienvenida y registro de asistencia.', 'Seguimiento de acuerdos.', 'Retroalimentación de las estrategias ' +
              ' y '.join(str(s['number']) for s in a['strategies']) + '.', 'Acuerdos y cierre.']:
        d.add(d.p(x, num=(n, 0), spacing_after=0))
    d.add(d.p('Asistencia', style='Ttulo3'))
    labels = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Organizaciones de la sociedad civil',
              'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Organismos públicos autónomos'}
    W = [1700, 1700, 1900]
    secs = []
    for p in a['attendance']:
        if not secs or secs[-1][0] != p['sector']:
            secs.append((p['sector'], []))
        secs[-1][1].append(p)
    for sec, ps in secs:
        d.add(d.p(labels[sec], b=True, keep=True, spacing_after=20, sz=16))
        d.add(d.tbl([[d.cell([d.p(p['name'], style='Tabla')], w=W[0]), d.cell([d.p(p['cargo'], style='Tabla')], w=W[1]),
                      d.cell([d.p(p['institution'], style='Tabla')], w=W[2])] for p in ps], W, borders=False, ind=284))
    d.add(d.p('Desarrollo de la sesión', style='Ttulo3'))
    LW, VW = 2150, 6850
    rows = []
    def r(label, paras, shade=None):
        rows.append([d.cell([d.p(label, b=True, style='Tabla')], w=LW, shade=shade), d.cell(paras, w=VW, shade=shade)])
    for s in a['strategies']:
        r(f"Estrategia {s['number']}", [d.p(s['title'], b=True, style='Tabla')], shade='EDEDED')
        for g in s['goals']:
            r(f"Meta {g['id']}", [d.p(g['text'], style='Tabla')])
            r('Indicador', [d.p(g['indicator'], style='Tabla')])
            r('Responsable', [d.p(g['executor'], style='Tabla')])
            r('Reporte', [d.p(x, style='Tabla') for x in g['report']] if g['report'] else [d.p('Sin reporte.', style='Tabla', i=True)])
            retro = fbs(s, g['id'], 'retroalimentacion')
            if retro:
                r('Retroalimentación', [d.p(fb['text'], style='Tabla') for fb in retro])
        obs = fbs(s, section='observacion')
        if obs:
            r('Observaciones', [d.p(fb['text'], style='Tabla') for fb in obs])
    d.add(d.tbl(rows, [LW, VW], borders=False))
    d.add(d.p('Acuerdos', style='Ttulo3'))
    n = d.num('decimalparen')
    for ag in a['agreements']:
        d.add(d.p(ag['text'], num=(n, 0)))
    signature(d, a)
    d.save(os.path.join(OUT, a['stem'] + '.docx'), d.sectpr(hdr=h, ftr=f), title='Minuta')
    return dict(features=['date and time only in an anchored borderless text box (wps + VML fallback)', 'header part (espacio)', 'footer complex PAGE',
                          'tabbed hanging "Sede/Tema/Objetivo" lines', 'automatic roman numbering (orden del día)',
                          'attendance as borderless narrow Nombre | Cargo | Institución tables under sector sub-headings',
                          'whole session body in one borderless label | content table', 'automatic "1)" numbering (Acuerdos)', 'signature line'])


RENDER = dict(BA1=ba1, BA2=ba2, BA3=ba3, BA4=ba4, BA5=ba5, BA6=ba6)


# =====================================================================================
# gold
# =====================================================================================
def sentences(text):
    return re.split(r'(?<=[.;])\s+(?=[A-ZÁÉÍÓÚÑ0-9“"])', text)


def gold(a, features):
    strategies = []
    for s in a['strategies']:
        goals, figures = [], []
        for g in s['goals']:
            rep = ' '.join(plain(x) for x in g['report']) if g['report'] else None
            goals.append(dict(id=g['id'], text=plain(g['text']), indicator=plain(g['indicator']), executor=g['executor'],
                              executor_key=g['key'], report_status='reported' if rep else 'not_reported', report=rep))
            for value, unit, token in g['figs']:
                assert rep and token in rep, (a['stem'], token)
                ctx = next(x for x in sentences(rep) if token in x)
                figures.append(dict(value=value, unit=unit, goal=g['id'], context=ctx))
        st = [x['report_status'] for x in goals]
        status = 'reported' if all(x == 'reported' for x in st) else 'not_reported' if all(x == 'not_reported' for x in st) else 'partial'
        fb = []
        for x in s['feedback']:
            goal = x['goal']
            if a['layout'] == 'BA5' and x['section'] == 'observacion':
                goal = s['goals'][0]['id']   # one Observaciones cell merged over all goals -> first goal
            fb.append(dict(text=plain(x['text']), section=x['section'], goal=goal, label=x['label'], confidence=None))
        strategies.append(dict(number=s['number'], title=plain(s['title']), report_status=status, goals=goals, figures=figures, feedback=fb))
    place = a['place']
    return {
        'source': {'file': a['stem'], 'sha256': '0' * 64, 'format': 'docx', 'pages': None},
        'session': dict(body=a['body'], number=a['number'], kind=a['kind'], date=a['date'], start_time=a['start'],
                        place=plain(place), topic=a.get('topic'), objective=a.get('objective')),
        'coordinator': dict(name=a['coordinator'][0], role=a['coordinator'][1]),
        'attendance': [dict(name=plain(p['name']), institution=plain(p['institution']), institution_key=p['key'], sector=p['sector'])
                       for p in a['attendance']],
        'strategies': strategies,
        'agreements': [dict(text=plain(x['text']), dates=x['dates'], strategies=x['strategies'],
                            responsible=x['responsible'] if a['layout'] == 'BA3' else None) for x in a['agreements']],
        'next_session': a['next_session'],
        'warnings': [],
        'corpus': {'layout': a['layout'], 'origin': 'blind-a', 'notes': '; '.join(features)},
    }


if __name__ == '__main__':
    only = sys.argv[1:]
    for a in ACTAS:
        if only and a['stem'] not in only:
            continue
        feats = RENDER[a['layout']](a)
        raw = json.dumps(a, ensure_ascii=False)
        import re as _re
        if _re.search(r'\d\[\[fn:', raw): feats['features'].append('footnote mark right after a number in an INFORME (PDF shows it glued to the digits)')
        elif '[[fn:' in raw: feats['features'].append('footnote mark after a word in an INFORME')
        if '[[del:' in raw and a['layout'] != 'BA4': feats['features'].append('tracked change (w:del/w:ins) inside an INFORME')
        if '[[split]]' in raw: feats['features'].append('runs split mid-word inside an INFORME')
        if a['layout'] == 'BA5': feats['features'].append('Tema control left showing its placeholder text: topic null')
        if a['layout'] == 'BA4': feats['features'].append('non-breaking space after courtesy titles; agreement under a comment')
        g = gold(a, feats['features'])
        with open(os.path.join(OUT, a['stem'] + '.gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
        print('wrote', a['stem'], a['layout'])
