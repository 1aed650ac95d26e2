# -*- coding: utf-8 -*-
"""R1 — a Word mail-merge output: a cover note for the file (session, attendance, agreements) and then one letter per
executing institution ("Estimado(a) …"), each with the goals of that institution, its report and the feedback."""
import docx as D
from build_common import R, P, C, T, EMPTY, field_complex
from build import long_date, de, fb, hours, SECTOR_WORD, IE, SC, SE, OT
from content import CUI_ADDR

J = 'both'


def sect_next(**kw):
    # a "next page" section break, as Word's merge writes between records
    sp = D.sect(**kw).replace('<w:pgSz', '<w:type w:val="nextPage"/><w:pgSz')
    return '<w:p><w:pPr>' + sp + '</w:pPr></w:p>'


def executors(a):
    order, goals = [], {}
    for st in a['strategies']:
        for g in st['goals']:
            k = g['executor_key']
            if k not in goals: order.append(k); goals[k] = []
            goals[k].append((st, g))
    return order, goals


def label_row(label, paras, shade='E7E6E6'):
    return [C([P(R(label, b=True, sz=19))], 2600, shade=shade, valign='top'), C(paras, 6900)]


def build(a, path, hp=None):
    body = []
    # ---------------------------------------------------------------- cover note (page 1)
    body.append(P(R('NOTA PARA EXPEDIENTE', b=True, sz=26), align='center', after=60))
    body.append(P(R('Combinación de correspondencia · oficios de retroalimentación', i=True, color='595959'), align='center', after=240))
    info = [('Espacio de Participación:', a['body']), ('Sesión:', f'{a["ordinal"]} Sesión Ordinaria'),
            ('Fecha:', long_date(a['date'])), ('Horario:', hours(a)), ('Lugar:', a['place']),
            ('Coordinación:', f'{a["coordinator"][0]}, {a["coordinator"][1]}')]
    for k, v in info:
        body.append(P(R(k, b=True), '\t' + v, tabs=[2600], ind=(2600, 2600), after=40))
    body.append(P(R('Personas asistentes', b=True), before=200))
    rows = [[C([P(R(h, b=True))], w, shade='D9E2F3') for h, w in (('No.', 500), ('Nombre', 3000), ('Institución', 4300), ('Sector', 1700))]]
    for k, (n, t, i, key, s, c) in enumerate(a['attendance'], 1):
        rows.append([C([P(str(k))], 500), C([P(f'{t} {n}')], 3000), C([P(i)], 4300), C([P(SECTOR_WORD[s])], 1700)])
    body.append(T(rows, [500, 3000, 4300, 1700], header_rows=1))
    body.append(P(R('Acuerdos', b=True), before=120))
    for k, g in enumerate(a['agreements'], 1):
        body.append(P(f'{k}.\t{g["text"]}', ind=(426, 426), align=J, after=60))
    order, goals = executors(a)
    body.append(P(R('Oficios generados', b=True), before=160))
    body.append(P(f'Con base en la relatoría de la sesión se generaron {len(order)} oficios de retroalimentación mediante combinación de correspondencia, '
                  'uno por cada instancia ejecutora responsable de las metas revisadas; se anexan a continuación.', align=J))
    body.append(sect_next())
    # ---------------------------------------------------------------- one letter per executor
    for n, key in enumerate(order):
        st0, g0 = goals[key][0]
        addr, cargo = CUI_ADDR[key]
        folio = a['folio'] + n
        body.append(P(f'Ciudad de México, a {long_date(a["letter_date"], weekday=False)}', align='right', after=0))
        body.append(P(R('Oficio: ', b=True), f'SE/EP-CUI/{folio:03d}/{a["date"][:4]}', align='right', after=0))
        body.append(P(R('Asunto: ', b=True), f'Retroalimentación de la {a["ordinal"]} Sesión Ordinaria', align='right', after=240))
        body.append(P(R(addr, b=True), after=0))
        body.append(P(cargo, after=0))
        body.append(P(g0['executor'], after=0))
        body.append(P(R('P r e s e n t e', b=True), after=200))
        body.append(P(f'Estimado(a) {addr}:', after=160))
        ids = ', '.join(g['id'] for _s, g in goals[key])
        body.append(P(f'Por este medio me permito hacer de su conocimiento la retroalimentación que el Espacio de Participación de los {a["body"]} '
                      f'formuló en su {a["ordinal"]} Sesión Ordinaria, celebrada el {long_date(a["date"])}, {hours(a)}, en la {a["place"][0].lower() + a["place"][1:]}, '
                      f'respecto de la(s) meta(s) {ids} a cargo de su institución:', align=J, after=160))
        for st, g in goals[key]:
            rows = [[C([P(R(f'ESTRATEGIA {st["number"]}', b=True, color='FFFFFF'))], 2600, shade='44546A'),
                     C([P(R(st['title'], b=True, color='FFFFFF'))], 6900, shade='44546A')]]
            rows.append(label_row('Meta', [P(R(g['id'] + ' ', b=True), g['text'])]))
            rows.append(label_row('Indicador', [P(g['indicator'])]))
            rows.append(label_row('Instancia responsable', [P(g['executor'])]))
            if g['report']:
                rows.append(label_row('Informe presentado', [P(x, align=J) for x in g['report']]))
            else:
                rows.append(label_row('Informe presentado', [P(R('Sin informe. ', b=True), R(g['status'], i=True))]))
            rs = fb(st, g['id'], 'retroalimentacion')
            rows.append(label_row('Retroalimentación de la Secretaría Ejecutiva', [P(f[0], align=J) for f in rs] or [P('Sin retroalimentación.')]))
            os_ = fb(st, g['id'], 'observacion')
            att = {x[0]: x for x in a['attendance']}
            if os_:
                ps = []
                for f in os_:
                    n_, t_, i_ = att[f[4]][0], att[f[4]][1], att[f[4]][2]
                    ps.append(P(R(f'{t_} {n_} ({i_}): ', b=True), f[0], align=J))
                rows.append(label_row('Comentarios de las personas integrantes del Espacio', ps))
            body.append(T(rows, [2600, 6900]))
        body.append(P('Le solicito que la información complementaria se remita a esta Secretaría Ejecutiva antes de la siguiente sesión, a fin de integrarla '
                      'al informe de seguimiento del Programa.', align=J, before=120))
        body.append(P('Sin otro particular, reciba un cordial saludo.', after=240))
        body.append(P(R('A t e n t a m e n t e', b=True), align='center', after=600))
        body.append(P(R(a['coordinator'][0], b=True), align='center', after=0))
        body.append(P(a['coordinator'][1], align='center', after=300))
        enl = [x for x in a['attendance'] if x[3] == key]
        if enl:
            body.append(P(R(f'c.c.p. {enl[0][1]} {enl[0][0]}, enlace ante el Espacio de Participación. Para su conocimiento.', sz=16), after=0))
        body.append(P(R('EVP/dpa', sz=16)))
        body.append(sect_next() if n < len(order) - 1 else D.sect())
    hdr = (P(R('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', b=True, sz=18, color='44546A'), align='center', after=0)
           + P(R('Espacio de Participación · ' + a['body'], sz=16, color='7F7F7F'), align='center'))
    ftr = P(R('General Prim 4, colonia Centro, C.P. 06010, Ciudad de México · ', sz=14, color='7F7F7F'), field_complex('PAGE', R('1', sz=14)), align='center')
    D.write(path, ''.join(body), header_xml=hdr, footer_xml=ftr, font='Arial', size=21)
