"""Layout BE4: 'relatoría' as edited in Word: tracked changes everywhere (figures corrected, a date
corrected, an agreement deleted, another inserted: the final text is the truth), comments, a
LANDSCAPE middle section holding one table per strategy whose first column is the strategy cell
('Estrategia:' / number / title) vertically merged over its goal rows, feedback with
'Retroalimentación:' / 'Observaciones:' sub-labels and automatic numbering inside one cell per goal,
attendance as 'Name<TAB leader dots>Institution' lines under sector headings."""
import os, re
from common import *

BODY = 'Derecho a la Alimentación'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'
COORD = {'name': 'Claudia Rivas Peña', 'role': 'Coordinadora del Espacio de Participación'}
PLACE = 'Sala de juntas de la Secretaría Ejecutiva, calle General Prim 4, colonia Centro'
AUTH = 'w:author="Claudia Rivas" w:date="2019-12-05T09:00:00Z"'
_id = [100]


def fin(s):
    """final text of a string with {old|new} tracked-change marks"""
    return re.sub(r'\{([^|{}]*)\|([^|{}]*)\}', r'\2', s)


def TR(s, b=False, i=False, sz=None):
    """runs for a string with {old|new} marks: old deleted, new inserted"""
    out = ''
    for part in re.split(r'(\{[^|{}]*\|[^|{}]*\})', s):
        m = re.match(r'\{([^|{}]*)\|([^|{}]*)\}$', part)
        if not m:
            out += R(part, b=b, i=i, sz=sz) if part else ''
            continue
        old, new = m.groups()
        if old:
            _id[0] += 1
            out += f'<w:del w:id="{_id[0]}" {AUTH}><w:r><w:delText xml:space="preserve">{esc(old)}</w:delText></w:r></w:del>'
        if new:
            _id[0] += 1
            out += f'<w:ins w:id="{_id[0]}" {AUTH}>{R(new, b=b, i=i, sz=sz)}</w:ins>'
    return out


def para_del(text):
    _id[0] += 2
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:del w:id="{_id[0]-1}" {AUTH}/></w:rPr></w:pPr>'
            f'<w:del w:id="{_id[0]}" {AUTH}><w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del></w:p>')


def para_ins(text):
    _id[0] += 2
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:ins w:id="{_id[0]-1}" {AUTH}/></w:rPr></w:pPr>'
            f'<w:ins w:id="{_id[0]}" {AUTH}>{R(text)}</w:ins></w:p>')


def commented(runs, cid):
    return (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


# reports carry {old|new} marks; the gold takes fin()
T1471 = 'Se abrieron {30|35} nuevos comedores comunitarios, con lo que la red llegó a {507|512} comedores en operación.'
T1472 = 'Se realizaron 96 visitas de verificación nutricional y se capacitó a 1,254 personas, de las cuales {700|712} mujeres, en el manejo higiénico de alimentos.'
T1492 = 'Se instalaron 4 mercados de productores{ locales|}, en los que participaron 180 familias productoras.'
S147 = 'Garantizar el acceso a una alimentación nutritiva y suficiente a través de comedores comunitarios y públicos.'
S149 = 'Fortalecer la producción agroalimentaria de pequeña escala en el suelo de conservación.'
G1491 = ('149.1', 'Se otorgan apoyos a productoras y productores de la zona rural de la Ciudad de México.', 'Número de apoyos otorgados a unidades de producción.', 'SEDEMA – Comisión de Recursos Naturales y Desarrollo Rural', 'SEDEMA')
G1492 = ('149.2', 'Se instalan mercados de productores locales en las alcaldías.', 'Número de mercados instalados.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO')
F1471, F1472, F1492 = fin(T1471), fin(T1472), fin(T1492)

acta5 = {
    'session': {'body': BODY, 'number': 5, 'kind': 'sesión ordinaria', 'date': '2019-12-04', 'start_time': '09:30', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Lic. Verónica Salinas Prado', 'SIBISO – Coordinación de Comedores Sociales', 'SIBISO', IE),
        att('Dr. Enrique Maldonado Cortés', 'SEDESA', 'SEDESA', IE),
        att('Rocío Valdés Lima', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', IE),
        att('Hugo Arellano Paz', 'DIF-CDMX', 'DIF-CDMX', IE),
        att('Marisol Ugalde Torres', 'Semillas de Vida, A.C.', None, SC),
        att('Andrés Bautista Lara', 'FIAN México', None, SC),
        att('Gerardo Núñez Ibarra', 'SE-PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 147, 'title': S147, 'goals': [
            goal('147.1', 'Se amplía la red de comedores comunitarios en las colonias de muy bajo índice de desarrollo social.', 'Número de comedores comunitarios en operación.', 'SIBISO', 'SIBISO', report=F1471),
            goal('147.2', 'Se garantiza la calidad nutricional de los menús de los comedores.', 'Porcentaje de comedores con menús verificados.', 'Secretaría de Salud de la Ciudad de México – Dirección de Promoción de la Salud', 'SEDESA', report=F1472)],
         'figures': [fig(35, 'comedores', '147.1', F1471), fig(512, 'comedores', '147.1', F1471),
                     fig(96, 'visitas', '147.2', F1472), fig(1254, 'personas', '147.2', F1472), fig(712, 'mujeres', '147.2', F1472)],
         'feedback': [
             fb('Se reportan datos duros sobre la apertura de comedores, lo que permite conocer el avance de la meta.', 'retroalimentacion', '147.1', 'avance'),
             fb('Es necesario se informe el número de raciones servidas y la población atendida por alcaldía.', 'retroalimentacion', '147.1', 'solicita_datos'),
             fb('La capacitación en manejo higiénico suma a la meta, pero por sí sola no da cumplimiento a la calidad nutricional de los menús.', 'retroalimentacion', '147.2', 'insuficiente'),
             fb('SEDESA refiere que la verificación de menús no le correspondería, pues los menús los define SIBISO.', 'observacion', '147.2', 'instancia')]},
        {'number': 149, 'title': S149, 'goals': [goal(*G1491), goal(*G1492, report=F1492)],
         'figures': [fig(4, 'mercados', '149.2', F1492), fig(180, 'familias', '149.2', F1492)],
         'feedback': [
             fb('Se exhorta a la SEDEMA a iniciar la entrega de apoyos que establece la meta, ya que no se reportan acciones desde 2018.', 'retroalimentacion', '149.1', 'exhorta'),
             fb('La meta no tiene un indicador que permita medir la venta directa, por lo que se sugiere revisar su redacción.', 'retroalimentacion', '149.2', 'diseno_meta'),
             fb('Semillas de Vida cuestiona que los mercados se instalen en zonas urbanas alejadas de las productoras rurales.', 'observacion', '149.2', 'cuestiona')]},
    ],
    'agreements': [],
    'next_session': {'date': '2020-01-29', 'start_time': '09:30', 'end_time': '12:00', 'strategies': [149, 152]},
}
AG5 = [('keep', 'La sexta sesión se llevará a cabo el {22|29} de enero de 2020, de 9:30 a 12:00 horas, para revisar las estrategias 149 y 152.', ['2020-01-29'], [149, 152]),
       ('keep', 'SIBISO enviará a la Secretaría Ejecutiva el padrón de comedores de la meta 147.1 antes del 15 de diciembre.', ['2019-12-15'], [147]),
       ('del', 'Se invitará a la Secretaría de Gobierno a la próxima sesión.', [], []),
       ('ins', 'La Secretaría Ejecutiva convocará a la Comisión de Recursos Naturales y Desarrollo Rural a la siguiente sesión.', [], [])]

T1491_6 = 'Se entregaron {200|210} apoyos a unidades de producción familiar de Milpa Alta y Tláhuac.'
T1521 = 'Se recuperaron 418 toneladas de alimentos, que se distribuyeron en 63 comedores comunitarios.'
T1522 = 'Se realizaron 2 campañas en redes sociales con un alcance de {45 mil|45,300} personas.'
F1491_6, F1521, F1522 = fin(T1491_6), fin(T1521), fin(T1522)
acta6 = {
    'session': {'body': BODY, 'number': 6, 'kind': 'sesión ordinaria', 'date': '2020-01-29', 'start_time': '09:30', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Verónica Salinas Prado', 'SIBISO – Coordinación de Comedores Sociales', 'SIBISO', IE),
        att('Hugo Arellano Paz', 'DIF-CDMX', 'DIF-CDMX', IE),
        att('Ing. Fabiola Cedeño Ruiz', 'SEDEMA – Comisión de Recursos Naturales y Desarrollo Rural', 'SEDEMA', IE),
        att('Óscar Benítez Lozano', 'Secretaría de Desarrollo Económico', 'SEDECO', IE),
        att('Marisol Ugalde Torres', 'Semillas de Vida, A.C.', None, SC),
        att('Andrés Bautista Lara', 'FIAN México', None, SC),
        att('Gerardo Núñez Ibarra', 'SE-PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 149, 'title': S149, 'goals': [goal(*G1491, report=F1491_6), goal(*G1492)],
         'figures': [fig(210, 'apoyos', '149.1', F1491_6)],
         'feedback': [
             fb('Se reconoce que la SEDEMA haya iniciado la entrega de apoyos, lo que atiende lo acordado en la sesión anterior.', 'retroalimentacion', '149.1', 'avance'),
             fb('La SEDEMA menciona que es difícil llegar a productoras sin documentos de propiedad de la tierra.', 'observacion', '149.1', 'instancia'),
             fb('Ante la carencia de probatorios, se solicita a la Alcaldía Xochimilco enviar las listas de participantes de los mercados.', 'retroalimentacion', '149.2', 'solicita_datos')]},
        {'number': 152, 'title': 'Reducir el desperdicio de alimentos en la cadena de abasto de la Ciudad de México.', 'goals': [
            goal('152.1', 'Se opera un programa de recuperación de alimentos en la Central de Abasto.', 'Toneladas de alimentos recuperados.', 'Secretaría de Desarrollo Económico', 'SEDECO', report=F1521),
            goal('152.2', 'Se realizan campañas de consumo responsable de alimentos.', 'Porcentaje de reducción del desperdicio de alimentos en hogares.', 'SEDEMA', 'SEDEMA', report=F1522)],
         'figures': [fig(418, 'toneladas', '152.1', F1521), fig(63, 'comedores', '152.1', F1521), fig(2, 'campañas', '152.2', F1522), fig(45300, 'personas', '152.2', F1522)],
         'feedback': [
             fb('La recuperación de alimentos podría enmarcarse también en la estrategia 147, meta 147.1, por su destino a comedores.', 'retroalimentacion', '152.1', 'reasignar'),
             fb('Lo que se reporta no coincide con el indicador, que mide la reducción del desperdicio y no el alcance de las campañas.', 'retroalimentacion', '152.2', 'desalineado'),
             fb('Sería oportuno que quien acuda por SEDEMA cuente con la información de la Dirección de Educación Ambiental.', 'observacion', '152.2', 'proceso')]},
    ],
    'agreements': [],
    'next_session': {'date': '2020-02-26', 'start_time': '09:30', 'end_time': None, 'strategies': [147]},
}
AG6 = [('keep', 'La séptima sesión será el miércoles 26 de febrero a las 9:30 horas y se revisará la estrategia 147.', ['2020-02-26'], [147]),
       ('keep', 'SEDECO presentará la metodología de cuantificación de alimentos recuperados de la meta 152.1.', [], [152])]
TRACKED_REPORTS = {F1471: T1471, F1472: T1472, F1492: T1492, F1491_6: T1491_6, F1521: T1521, F1522: T1522}
COMMENTS = {F1471: (1, 'Verónica Salinas', 'Confirmar la cifra de comedores con la Coordinación.'),
            F1522: (2, 'Gerardo Núñez', '¿El alcance es de personas únicas o de impresiones?')}
SECT = [(IE, 'Instancias ejecutoras'), (SC, 'Sociedad civil'), (SE, 'Secretaría Ejecutiva')]


def leader_line(name, inst):
    return (f'<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs><w:spacing w:after="40"/></w:pPr>'
            f'{R(name)}{R(chr(9) + inst)}</w:p>')


def render(stem, a, ag_spec, title, head_date, hour):
    a['agreements'] = [{'text': fin(t), 'dates': d, 'strategies': s, 'responsible': None} for k, t, d, s in ag_spec if k != 'del']
    b = [P(title, style='Title'),
         P([R('Fecha: ', b=True), R(head_date + '\t'), R('Horario: ', b=True), R(hour)], tabs=[('left', 4800)]),
         P([R('Lugar: ', b=True), R(PLACE)]),
         P('I. LISTA DE ASISTENCIA', style='Heading1')]
    for sec, head in SECT:
        b.append(P(head, style='Heading2'))
        for p in a['attendance']:
            if p['sector'] == sec: b.append(leader_line(p['name'], p['institution']))
    b.append(P('II. SEGUIMIENTO A LAS ESTRATEGIAS PRIORIZADAS', style='Heading1'))
    b.append(P('En la sesión se revisaron las estrategias que se presentan en las tablas siguientes.',
               sect=sect_pr(nextpage=True)))
    W = [2000, 2900, 1700, 3700, 4270]  # landscape 14570
    for st in a['strategies']:
        b.append(P(f'Tema: {THEMES[st["number"]]}', style='Heading2'))
        rows = [[C([P(h, b=True)], w=w, shade='FDE9D9') for h, w in zip(('Estrategia', 'Meta e indicador', 'Instancia ejecutora', 'Informe', 'Retroalimentación y observaciones'), W)]]
        for k, g in enumerate(st['goals']):
            first = C([P([R('Estrategia:', b=True)]), P([R(str(st['number']), b=True)]), P(st['title'])], w=W[0], vmerge='restart') if k == 0 else C([P('')], w=W[0], vmerge=True)
            rep = g['report']
            if rep:
                runs = TR(TRACKED_REPORTS[rep])
                if rep in COMMENTS: runs = commented(runs, COMMENTS[rep][0])
                rep_p = [P([runs])]
            else:
                rep_p = [P([R('No reportó', i=True)])]
            fbc = []
            for sec, lab in (('retroalimentacion', 'Retroalimentación:'), ('observacion', 'Observaciones:')):
                items = [f['text'] for f in st['feedback'] if f['section'] == sec and f['goal'] == g['id']]
                if items:
                    fbc.append(P([R(lab, b=True)], after=40))
                    fbc += [P(t, num=3 if sec == 'retroalimentacion' else 4) for t in items]
            rows.append([first, C([P([R(f'Meta {g["id"]} ', b=True), R(g['text'])]), P([R('Indicador: ', i=True), R(g['indicator'], i=True)])], w=W[1]),
                         C(g['executor'], w=W[2]), C(rep_p, w=W[3]), C(fbc, w=W[4])])
        b.append(T(rows, W, header_rows=1))
    b.append(P('', sect=sect_pr(landscape=True, nextpage=True, footer=True)))
    b.append(P('III. ACUERDOS', style='Heading1'))
    for k, t, d, s in ag_spec:
        if k == 'del': b.append(para_del(t))
        elif k == 'ins': b.append(para_ins(t))
        else: b.append(P([TR(t)], num=2))
    b += [P(''), P(''), P(a['coordinator']['name'], align='center', b=True), P(a['coordinator']['role'], align='center')]
    footer = P([R('Relatoría · Espacio de Participación del Derecho a la Alimentación · ', sz=14), R(head_date, sz=14)], align='right')
    com = {cid: (au, tx) for cid, au, tx in COMMENTS.values() if any(g['report'] in COMMENTS and COMMENTS[g['report']][0] == cid for st in a['strategies'] for g in st['goals'])}
    write_docx(os.path.join(OUT, stem + '.docx'), ''.join(b), sect_pr(footer=True, nextpage=True), footer=footer,
               numbering=numbering_xml({2: [('decimal', '%1.', 360)], 3: [('lowerLetter', '%1)', 360)], 4: [('bullet', '–', 360)]}),
               comments=com or None, settings_extra='<w:revisionView w:markup="false" w:insDel="false"/><w:trackRevisions/>', font='Arial', sz=19)


THEMES = {147: 'Comedores comunitarios y públicos', 149: 'Producción agroalimentaria local', 152: 'Desperdicio de alimentos'}

if __name__ == '__main__':
    s5 = 'blind-e-alimentacion-5-2019-12-04'
    render(s5, acta5, AG5, 'RELATORÍA DE LA 5a. SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA ALIMENTACIÓN', '4-dic-19', '9:30 – 12:00 hrs.')
    write_gold(s5, acta5, 'BE4', 'tracked changes: figures and the next-session date corrected, one agreement deleted (not gold), one inserted (gold); comments; landscape strategy section with vertically merged strategy cell; date "4-dic-19"; "5a."')
    s6 = 'blind-e-alimentacion-6-2020-01-29'
    render(s6, acta6, AG6, 'RELATORÍA DE LA 6a. SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA ALIMENTACIÓN', '29 de enero de 2020', '9:30 – 12:00 hrs.')
    write_gold(s6, acta6, 'BE4', 'tracked changes in reports ("45 mil" → "45,300"); next session without year; feedback items numbered a), b) inside a cell')
