"""Layout BE1: the whole acta is ONE big bordered table; every section is a shaded band row.
Header row = logo cell + title cell. Goals are rows Meta | Instancia | ¿Reportó? | Informe;
Retroalimentación / Observaciones rows span the strategy; agreements are numbered rows."""
import os
from common import *

BODY = 'Derechos de las Niñas, Niños y Adolescentes'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'
S402 = ('Fortalecer los mecanismos de prevención y atención de la violencia contra niñas, niños y adolescentes en entornos escolares y comunitarios.')
G4021 = ('402.1', 'Se opera un protocolo de detección y canalización de casos de violencia contra niñas, niños y adolescentes en escuelas de nivel básico.', 'Número de casos detectados y canalizados mediante el protocolo.', 'DIF-CDMX', 'DIF-CDMX')
G4022 = ('402.2', 'Se realizan campañas de difusión sobre el derecho a una vida libre de violencia dirigidas a niñas, niños y adolescentes.', 'Número de campañas realizadas y población alcanzada.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU')
G4023 = ('402.3', 'Se instalan comités comunitarios de protección en las alcaldías con mayor índice de violencia.', 'Número de comités comunitarios instalados y en funcionamiento.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA')

R4021 = 'Durante el primer semestre se detectaron 318 casos de violencia mediante el protocolo, de los cuales 204 fueron canalizados a la Procuraduría de Protección de Derechos de Niñas, Niños y Adolescentes.'
R4021b = 'Se capacitó a 1,254 personas docentes, de las cuales 712 mujeres.'
R4023 = 'Se instalaron 6 comités comunitarios de protección en la Unidad Territorial San Miguel Teotongo.'
R4051 = 'Se realizaron 9,430 registros de nacimiento gratuitos y se llevaron a cabo 37 jornadas itinerantes en hospitales públicos.'
R4052 = 'Se expidieron 45 constancias de identidad a adolescentes canalizados por los Centros de Asistencia e Integración Social.'

acta7 = {
    'session': {'body': BODY, 'number': 7, 'kind': 'sesión ordinaria', 'date': '2019-11-14', 'start_time': '10:00',
                'place': 'Sala de juntas de la Secretaría Ejecutiva, General Prim 4, colonia Centro, Cuauhtémoc',
                'topic': None, 'objective': 'Dar seguimiento a las estrategias 402 y 405 del capítulo de niñas, niños y adolescentes'},
    'coordinator': {'name': 'Lorena Gutiérrez Salas', 'role': 'Coordinadora del Espacio de Participación'},
    'attendance': [
        att('Lic. Mariana Zúñiga Beltrán', 'DIF-CDMX', 'DIF-CDMX', IE),
        att('Tomás Oropeza Villa', 'SECTEI', 'SEDU', IE),
        att('Gabriela Nieto Arreola', 'Alcaldía Iztapalapa – Dirección de Desarrollo Social', 'ALC-IZTAPALAPA', IE),
        att('Raúl Esquivel Tapia', 'Dirección General del Registro Civil (CEJUR)', 'CEJUR', IE),
        att('Patricia Lomelí Cruz', 'IASIS', 'IASIS', IE),
        att('Mtra. Ileana Sotomayor Ríos', 'SIPINNA CDMX', 'SIPINNA', IE),
        att('Ernesto Villaseñor Paz', 'Red por los Derechos de la Infancia en México (REDIM)', None, SC),
        att('Alma Delia Ruiz Ortega', 'Ednica I.A.P.', None, SC),
        att('Sofía Cárdenas Leal', 'Fundación Pro Niños de la Calle', None, SC),
        att('Diego Alcántara Mora', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 402, 'title': S402, 'goals': [
            goal(*G4021, report=R4021 + ' ' + R4021b),
            goal(*G4022),
            goal(*G4023, report=R4023)],
         'figures': [fig(318, 'casos', '402.1', R4021), fig(204, 'casos', '402.1', R4021),
                     fig(1254, 'personas', '402.1', R4021b), fig(712, 'mujeres', '402.1', R4021b),
                     fig(6, 'comités', '402.3', R4023)],
         'feedback': [
             fb('En la meta 402.1 se reportan datos duros que permiten conocer el alcance del protocolo en las escuelas.', 'retroalimentacion', '402.1', 'avance'),
             fb('Es necesario que la SECTEI empiece a realizar las campañas que establece la meta 402.2.', 'retroalimentacion', '402.2', 'exhorta'),
             fb('Para la meta 402.3 se necesita informar cuántas niñas, niños y adolescentes participan en los comités y con qué periodicidad sesionan.', 'retroalimentacion', '402.3', 'solicita_datos'),
             fb('DIF-CDMX menciona que la canalización de la meta 402.1 depende de que las escuelas remitan los formatos completos, lo que no siempre ocurre.', 'observacion', '402.1', 'instancia')]},
        {'number': 405, 'title': 'Garantizar el derecho a la identidad de niñas, niños y adolescentes mediante el registro de nacimiento oportuno y gratuito.', 'goals': [
            goal('405.1', 'Se incrementa el registro oportuno de nacimientos en los juzgados del Registro Civil.', 'Porcentaje de nacimientos registrados antes del primer año de vida.', 'Consejería Jurídica y de Servicios Legales – Dirección General del Registro Civil', 'CEJUR', report=R4051),
            goal('405.2', 'Se expide la constancia de identidad a niñas, niños y adolescentes en situación de calle o sin cuidados parentales.', 'Número de constancias expedidas.', 'Instituto de Asistencia e Integración Social', 'IASIS', report=R4052)],
         'figures': [fig(9430, 'registros', '405.1', R4051), fig(37, 'jornadas', '405.1', R4051), fig(45, 'constancias', '405.2', R4052)],
         'feedback': [
             fb('Las jornadas itinerantes abonan a la meta 405.1, pero por sí solas no dan cumplimiento a la meta de incremento del registro oportuno.', 'retroalimentacion', '405.1', 'insuficiente'),
             fb('La meta 405.2 no tiene un indicador que permita medir su avance, por lo que se sugiere revisar su redacción.', 'retroalimentacion', '405.2', 'diseno_meta'),
             fb('La REDIM cuestiona que en la meta 405.2 se exija a las y los adolescentes la presentación de una persona tutora para expedir la constancia.', 'observacion', '405.2', 'cuestiona')]},
    ],
    'agreements': [
        {'text': 'La octava sesión ordinaria se llevará a cabo el jueves 12 de diciembre de 2019, de 10:00 a 13:00 horas, para dar seguimiento a las estrategias 402 y 409.', 'dates': ['2019-12-12'], 'strategies': [402, 409], 'responsible': None},
        {'text': 'La Secretaría Ejecutiva enviará a las instancias ejecutoras la matriz de retroalimentación de la estrategia 405 a más tardar el 29 de noviembre.', 'dates': ['2019-11-29'], 'strategies': [405], 'responsible': None},
        {'text': 'DIF-CDMX compartirá con el Espacio el protocolo de detección y canalización de la meta 402.1.', 'dates': [], 'strategies': [402], 'responsible': None},
    ],
    'next_session': {'date': '2019-12-12', 'start_time': '10:00', 'end_time': '13:00', 'strategies': [402, 409]},
}

R4021_8 = 'Se dio seguimiento a 97 casos canalizados en el semestre anterior; en 61 casos se dictaron medidas de protección.'
R4022_8 = 'Se realizó la campaña «Escuela sin violencia» en 240 planteles, con una población alcanzada de 86,500 estudiantes.'
R4091 = 'Se conformaron 11 consejos consultivos infantiles con la participación de 176 integrantes, de los cuales 98 son niñas.'
R4092 = 'En la Consulta Infantil y Juvenil 2019 se instalaron 1,120 casillas y se recibieron 152,300 opiniones.'
acta8 = {
    'session': {'body': BODY, 'number': 8, 'kind': 'sesión ordinaria', 'date': '2019-12-12', 'start_time': '10:00',
                'place': 'Sala de juntas de la Secretaría Ejecutiva, General Prim 4, colonia Centro, Cuauhtémoc',
                'topic': None, 'objective': 'Dar seguimiento a las estrategias 402 y 409 del capítulo de niñas, niños y adolescentes'},
    'coordinator': {'name': 'Lorena Gutiérrez Salas', 'role': 'Coordinadora del Espacio de Participación'},
    'attendance': [
        att('Mariana Zúñiga Beltrán', 'DIF-CDMX', 'DIF-CDMX', IE),
        att('Tomás Oropeza Villa', 'SECTEI', 'SEDU', IE),
        att('Mtra. Ileana Sotomayor Ríos', 'SIPINNA CDMX', 'SIPINNA', IE),
        att('Lic. Jorge Medina Ocampo', 'Instituto Electoral de la Ciudad de México', 'IECM', IE),
        att('Ernesto Villaseñor Paz', 'Red por los Derechos de la Infancia en México (REDIM)', None, SC),
        att('Sofía Cárdenas Leal', 'Fundación Pro Niños de la Calle', None, SC),
        att('Diego Alcántara Mora', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 402, 'title': S402, 'goals': [
            goal(*G4021, report=R4021_8), goal(*G4022, report=R4022_8), goal(*G4023)],
         'figures': [fig(97, 'casos', '402.1', R4021_8), fig(61, 'casos', '402.1', R4021_8),
                     fig(240, 'planteles', '402.2', R4022_8), fig(86500, 'estudiantes', '402.2', R4022_8)],
         'feedback': [
             fb('Se reconoce que la SECTEI haya iniciado la campaña de la meta 402.2, con datos de cobertura por plantel.', 'retroalimentacion', '402.2', 'avance'),
             fb('Lo que se reporta en la meta 402.1 no corresponde al indicador, que mide casos detectados y no medidas de protección.', 'retroalimentacion', '402.1', 'desalineado'),
             fb('Se exhorta a la Alcaldía Iztapalapa a reportar los avances de los comités de la meta 402.3 en el SIIMPLE.', 'retroalimentacion', '402.3', 'exhorta'),
             fb('La Secretaría Ejecutiva sugiere convocar a las áreas de educación de las alcaldías para que informen sobre la meta 402.3 en las sesiones del Espacio.', 'observacion', '402.3', 'proceso')]},
        {'number': 409, 'title': 'Promover la participación de niñas, niños y adolescentes en los asuntos públicos que les afectan.', 'goals': [
            goal('409.1', 'Se crean consejos consultivos infantiles en las alcaldías de la Ciudad de México.', 'Número de consejos consultivos instalados.', 'SIPINNA', 'SIPINNA', report=R4091),
            goal('409.2', 'Se realiza una consulta infantil y juvenil anual sobre los temas de la agenda pública.', 'Número de opiniones recibidas en la consulta.', 'Instituto Electoral de la Ciudad de México', 'IECM', report=R4092)],
         'figures': [fig(11, 'consejos', '409.1', R4091), fig(176, 'integrantes', '409.1', R4091), fig(98, 'niñas', '409.1', R4091),
                     fig(1120, 'casillas', '409.2', R4092), fig(152300, 'opiniones', '409.2', R4092)],
         'feedback': [
             fb('En la meta 409.1 se necesita informar en qué alcaldías se conformaron los consejos y cuántas veces han sesionado.', 'retroalimentacion', '409.1', 'solicita_datos'),
             fb('La consulta de la meta 409.2 podría enmarcarse también en la estrategia 402, meta 402.2, por sus contenidos sobre violencia escolar.', 'retroalimentacion', '409.2', 'reasignar'),
             fb('El IECM refiere que la consulta de la meta 409.2 no le correspondería en exclusiva, pues la organiza junto con SIPINNA.', 'observacion', '409.2', 'instancia')]},
    ],
    'agreements': [
        {'text': 'Se solicita a SIPINNA remitir la relación de consejos consultivos de la meta 409.1.', 'dates': [], 'strategies': [409], 'responsible': None},
        {'text': 'La próxima sesión se realizará el 23/01/2020 a las 10:00 horas y se revisarán las estrategias 405 y 409.', 'dates': ['2020-01-23'], 'strategies': [405, 409], 'responsible': None},
    ],
    'next_session': {'date': '2020-01-23', 'start_time': '10:00', 'end_time': None, 'strategies': [405, 409]},
}

WID = [2300, 2100, 1300, 3938]  # 9638
FULL = sum(WID)
GREY, BLUE = 'D9D9D9', 'DCE6F2'


def band(text, shade=GREY):
    return [C([P(text, b=True)], w=FULL, span=4, shade=shade)]


def lv(label, value):
    return [C([P(label, b=True)], w=WID[0], shade='F2F2F2'), C([P(value)], w=FULL - WID[0], span=3)]


def render(stem, a, title_lines, date_text, hour_text):
    s = a['session']
    rows = []
    rows.append([C([P('PDHCDMX', align='center', b=True, sz=28), P('Mecanismo de Seguimiento y Evaluación', align='center', sz=14)], w=WID[0], valign='center'),
                 C([P(t, align='center', b=True) for t in title_lines], w=FULL - WID[0], span=3, valign='center')])
    rows.append(band('I. DATOS DE LA SESIÓN'))
    rows.append(lv('Espacio de Participación', BODY))
    rows.append(lv('Fecha', date_text))
    rows.append(lv('Horario', hour_text))
    rows.append(lv('Sede', s['place']))
    rows.append(lv('Objetivo', s['objective']))
    rows.append(band('II. ASISTENCIA'))
    for sec, head in (('instancia_ejecutora', 'Instancias ejecutoras'), ('sociedad_civil', 'Organizaciones de la sociedad civil'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')):
        rows.append(band(head, BLUE))
        for p in a['attendance']:
            if p['sector'] == sec:
                rows.append([C([P(p['name'])], w=WID[0] + WID[1], span=2), C([P(p['institution'])], w=WID[2] + WID[3], span=2)])
    rows.append(band('III. SEGUIMIENTO A ESTRATEGIAS'))
    for st in a['strategies']:
        rows.append(band(f'Estrategia {st["number"]}. {st["title"]}', BLUE))
        rows.append([C([P(h, b=True, align='center')], w=w, shade='F2F2F2') for h, w in zip(('Meta', 'Instancia ejecutora', '¿Reportó?', 'Informe'), WID)])
        for g in st['goals']:
            rep = g['report']
            if rep:
                paras = [P(x) for x in split_report(st, g)]
            else:
                paras = [P('')]
            rows.append([C([P([R(g['id'] + ' ', b=True), R(g['text'])]), P([R('Indicador: ', i=True), R(g['indicator'], i=True)])], w=WID[0]),
                         C([P(g['executor'])], w=WID[1]),
                         C([P('Sí' if rep else 'No', align='center')], w=WID[2]),
                         C(paras, w=WID[3])])
        for sec, lab in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
            items = [f['text'] for f in st['feedback'] if f['section'] == sec]
            rows.append([C([P(lab, b=True)], w=WID[0], shade='F2F2F2'), C([P(t) for t in items], w=FULL - WID[0], span=3)])
    rows.append(band('IV. ACUERDOS'))
    for k, ag in enumerate(a['agreements'], 1):
        rows.append([C([P(f'{k}', align='center')], w=WID[0]), C([P(ag['text'])], w=FULL - WID[0], span=3)])
    rows.append(band('V. CIERRE'))
    rows.append([C([P('No habiendo más asuntos que tratar, se da por concluida la sesión.'), P(''), P(''),
                    P('_______________________________', align='center'),
                    P(a['coordinator']['name'], align='center', b=True), P(a['coordinator']['role'], align='center')], w=FULL, span=4)])
    body = T(rows, WID) + P('')
    footer = P([R('Espacio de Participación ' + BODY + ' · ' + title_lines[-1], sz=14)], align='center')
    write_docx(os.path.join(OUT, stem + '.docx'), body, sect_pr(footer=True, margins=1134), footer=footer)


def split_report(st, g):
    return SPLIT.get(g['id'] + str(id(st)), [g['report']])


SPLIT = {}

if __name__ == '__main__':
    st = acta7['strategies'][0]
    SPLIT['402.1' + str(id(st))] = [R4021, R4021b]   # two paragraphs in the INFORME cell
    s7 = 'blind-e-nna-7-2019-11-14'
    render(s7, acta7, ['ACTA DE LA SÉPTIMA SESIÓN ORDINARIA', 'ESPACIO DE PARTICIPACIÓN DE NIÑAS, NIÑOS Y ADOLESCENTES'],
           'Jueves 14 de noviembre del 2019', '10:00 a 13:30 horas')
    write_gold(s7, acta7, 'BE1', 'whole acta in one table with band rows; logo+title header row; ¿Reportó? Sí/No column; INFORME of two paragraphs; date "del 2019"')
    s8 = 'blind-e-nna-8-2019-12-12'
    render(s8, acta8, ['ACTA DE SESIÓN', 'Sesión ordinaria 8/2019'], '12/12/2019', '10:00 a 13:00 hrs.')
    write_gold(s8, acta8, 'BE1', 'whole acta in one table; session number only as "Sesión ordinaria 8/2019"; numeric date; not-reported goal has empty informe and "No"')
