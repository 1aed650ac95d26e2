"""Layout BE5: minuta organised by the points of the orden del día with MULTI-LEVEL automatic
numbering (1. / 2.1.); template header table (logo | Espacio | 'Sesión 2/2023') in the PAGE HEADER;
attendance as one paragraph per sector with soft line breaks ('Name — Institution'); each goal is ONE
paragraph whose fields (Meta / Indicador / Instancia ejecutora / Informe) are separated by soft line
breaks; non-breaking spaces between some figures and their units; agreements with roman auto-numbering."""
import os
from common import *

BODY = 'Derecho a la Igualdad y No Discriminación'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'
COORD = {'name': 'Sergio Almazán Cruz', 'role': 'Coordinador del Espacio de Participación'}
PLACE = 'Auditorio del COPRED, General Prim 10, colonia Centro'
NB = '\u00a0'
S308 = 'Atender oportunamente las quejas y reclamaciones por presuntos actos de discriminación.'
G3081 = ('308.1', 'Se reduce el tiempo de atención de las quejas por discriminación.', 'Tiempo promedio de conclusión de los expedientes de queja.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED')
G3082 = ('308.2', 'Se da seguimiento a las medidas administrativas y de reparación dictadas.', 'Porcentaje de medidas cumplidas.', 'Secretaría de la Contraloría General', 'SCG')

R3051 = 'Se impartieron 23 talleres presenciales y 4 cursos en línea, con la participación de 1,980 personas servidoras públicas, de las cuales 1,104 mujeres.'
R3081 = 'Se radicaron 612 expedientes de queja y el tiempo promedio de conclusión fue de 75 días.'
R3082 = 'Se dio seguimiento a 41 medidas de reparación, de las cuales 28 se cumplieron en su totalidad.'
acta2 = {
    'session': {'body': BODY, 'number': 2, 'kind': 'sesión ordinaria', 'date': '2023-03-14', 'start_time': '10:30', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Lic. Alejandra Murguía Soto', 'COPRED', 'COPRED', IE),
        att('Iván Robles Carmona', 'Universidad de la Policía (SSC)', 'SSPCDMX', IE),
        att('Mtra. Elena Pacheco Gil', 'Secretaría de la Contraloría General', 'SCG', IE),
        att('Roberto Díaz Ceballos', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE),
        att('Karen Ayala Bermúdez', 'Almas Cautivas, A.C.', None, SC),
        att('Felipe Garduño Ruiz', 'Colectivo Afrodescendiente Mexicano', None, SC),
        att('Natalia Orozco Vela', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 305, 'title': 'Prevenir la discriminación en el acceso a servicios públicos mediante la formación de las personas servidoras públicas.', 'goals': [
            goal('305.1', 'Se capacita a personas servidoras públicas en igualdad y no discriminación.', 'Número de personas servidoras públicas capacitadas.', 'COPRED', 'COPRED', report=R3051),
            goal('305.2', 'Se incorporan contenidos antidiscriminatorios en la formación inicial de policías.', 'Plan de estudios con contenidos antidiscriminatorios.', 'Universidad de la Policía de la Ciudad de México (SSC)', 'SSPCDMX')],
         'figures': [fig(23, 'talleres', '305.1', R3051), fig(4, 'cursos', '305.1', R3051), fig(1980, 'personas', '305.1', R3051), fig(1104, 'mujeres', '305.1', R3051)],
         'feedback': [
             fb('Se reportan datos desagregados por sexo que permiten conocer el alcance de la capacitación.', 'retroalimentacion', '305.1', 'avance'),
             fb('Se requiere conocer cuántas de las personas capacitadas atienden directamente a población usuaria.', 'retroalimentacion', '305.1', 'solicita_datos'),
             fb('Es necesario que la Universidad de la Policía establezca los contenidos que mandata la meta 305.2 en su plan de estudios.', 'retroalimentacion', '305.2', 'exhorta'),
             fb('COPRED solicita que las recomendaciones de la Secretaría Ejecutiva se envíen con anticipación a la sesión.', 'observacion', '305.1', 'instancia')]},
        {'number': 308, 'title': S308, 'goals': [goal(*G3081, report=R3081), goal(*G3082, report=R3082)],
         'figures': [fig(612, 'expedientes', '308.1', R3081), fig(75, 'días', '308.1', R3081), fig(41, 'medidas', '308.2', R3082), fig(28, 'medidas', '308.2', R3082)],
         'feedback': [
             fb('El tiempo de conclusión de quejas es un avance; sin embargo, por sí solo no da cumplimiento a la meta 308.1 si no se compara con la línea base.', 'retroalimentacion', '308.1', 'insuficiente'),
             fb('Lo que se reporta en la meta 308.2 no corresponde a la Contraloría, sino a las medidas dictadas por COPRED, por lo que se recomienda omitirlo.', 'retroalimentacion', '308.2', 'desalineado'),
             fb('Una integrante de Almas Cautivas, A.C. cuestiona que la conciliación sea la vía principal para concluir quejas por discriminación (meta 308.1).', 'observacion', '308.1', 'cuestiona')]},
    ],
    'agreements': [
        {'text': 'La Tercera Sesión Ordinaria se celebrará el martes 9 de mayo del 2023 a las 10:30 horas, con la revisión de las estrategias 308 y 311.', 'dates': ['2023-05-09'], 'strategies': [308, 311], 'responsible': None},
        {'text': 'COPRED compartirá la línea base del tiempo de atención de quejas de la meta 308.1.', 'dates': [], 'strategies': [308], 'responsible': None},
    ],
    'next_session': {'date': '2023-05-09', 'start_time': '10:30', 'end_time': None, 'strategies': [308, 311]},
}

R3081_3 = 'Se radicaron 389 expedientes de queja en el bimestre; el tiempo promedio de conclusión bajó a 61 días.'
R3111 = 'Se incorporó la variable en 9 registros administrativos de 5 dependencias.'
acta3 = {
    'session': {'body': BODY, 'number': 3, 'kind': 'sesión ordinaria', 'date': '2023-05-09', 'start_time': '10:30', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Alejandra Murguía Soto', 'COPRED', 'COPRED', IE),
        att('Mtra. Elena Pacheco Gil', 'Secretaría de la Contraloría General', 'SCG', IE),
        att('Daniel Ibáñez Quiroga', 'ADIP', 'ADIP', IE),
        att('Paola Serrano Luna', 'Secretaría de Cultura – Dirección de Vinculación Cultural Comunitaria', 'SECULT-CDMX', IE),
        att('Karen Ayala Bermúdez', 'Almas Cautivas, A.C.', None, SC),
        att('Felipe Garduño Ruiz', 'Colectivo Afrodescendiente Mexicano', None, SC),
        att('Natalia Orozco Vela', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 308, 'title': S308, 'goals': [goal(*G3081, report=R3081_3), goal(*G3082)],
         'figures': [fig(389, 'expedientes', '308.1', R3081_3), fig(61, 'días', '308.1', R3081_3)],
         'feedback': [
             fb('Se reconoce la reducción del tiempo de conclusión, que se reporta con datos comparables con la sesión anterior.', 'retroalimentacion', '308.1', 'avance'),
             fb('Se exhorta a la Contraloría a reportar el seguimiento de las medidas de la meta 308.2 en el SIIMPLE.', 'retroalimentacion', '308.2', 'exhorta')]},
        {'number': 311, 'title': 'Visibilizar a la población afrodescendiente en los registros administrativos de la Ciudad de México.', 'goals': [
            goal('311.1', 'Se incorpora la variable de autoadscripción afrodescendiente en los registros administrativos.', 'Porcentaje de población encuestada que se autoadscribe afrodescendiente.', 'Agencia Digital de Innovación Pública', 'ADIP', report=R3111),
            goal('311.2', 'Se realizan acciones de difusión sobre los derechos de la población afrodescendiente.', 'Número de acciones de difusión realizadas.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')],
         'figures': [fig(9, 'registros', '311.1', R3111), fig(5, 'dependencias', '311.1', R3111)],
         'feedback': [
             fb('La meta 311.1 y su indicador no guardan correspondencia: la meta habla de registros y el indicador de población encuestada.', 'retroalimentacion', '311.1', 'diseno_meta'),
             fb('Las acciones de difusión de la meta 311.2 podrían enmarcarse en la estrategia 305, meta 305.1, si se dirigen a personas servidoras públicas.', 'retroalimentacion', '311.2', 'reasignar'),
             fb('La ADIP comenta que sería oportuno invitar a las áreas de estadística de cada dependencia a las sesiones del Espacio.', 'observacion', '311.1', 'proceso')]},
    ],
    'agreements': [
        {'text': 'La ADIP presentará la lista de registros con la variable de autoadscripción de la meta 311.1.', 'dates': [], 'strategies': [311], 'responsible': None},
        {'text': 'Se acuerda sesionar nuevamente el 13/06/2023 a las 10:30 horas para revisar las estrategias 305 y 311.', 'dates': ['2023-06-13'], 'strategies': [305, 311], 'responsible': None},
    ],
    'next_session': {'date': '2023-06-13', 'start_time': '10:30', 'end_time': None, 'strategies': [305, 311]},
}
SECT = [(IE, 'Instancias ejecutoras:'), (SC, 'Organizaciones de la sociedad civil:'), (SE, 'Secretaría Ejecutiva:')]
NBSP_IN = {'23 talleres': '23' + NB + 'talleres', '612 expedientes': '612' + NB + 'expedientes', '9 registros': '9' + NB + 'registros'}


def nb(s):
    for k, v in NBSP_IN.items(): s = s.replace(k, v)
    return s


def render(stem, a, sesion, date_text, notrep):
    hdr = T([[C([P('PDHCDMX', b=True, align='center', sz=24)], w=1800, valign='center'),
              C([P('Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', sz=14, align='center'),
                 P('Espacio de Participación del ' + BODY, b=True, align='center')], w=6038, valign='center'),
              C([P(sesion, b=True, align='center')], w=1800, valign='center')]], [1800, 6038, 1800]) + P('')
    b = [P('MINUTA', style='Title'),
         P([R('Fecha: ', b=True), R(date_text), R('   |   '), R('Hora: ', b=True), R(a['session']['start_time'] + ' h'), R('   |   '), R('Lugar: ', b=True), R(PLACE)]),
         P('Lista de asistencia y verificación del quórum', style='Heading1', num=5, ilvl=0)]
    for sec, head in SECT:
        ppl = [p for p in a['attendance'] if p['sector'] == sec]
        b.append(P([R(head, b=True)] + [R('\n' + p['name'] + ' — ' + p['institution']) for p in ppl]))
    b.append(P('Revisión de las estrategias priorizadas', style='Heading1', num=5, ilvl=0))
    for st in a['strategies']:
        b.append(P(f'Estrategia {st["number"]}. {st["title"]}', style='Heading2', num=5, ilvl=1))
        for g in st['goals']:
            b.append(P([R(f'Meta {g["id"]}: ', b=True), R(g['text']), R('\nIndicador: ', b=True), R(g['indicator']),
                        R('\nInstancia ejecutora: ', b=True), R(g['executor']), R('\nInforme: ', b=True), R(nb(g['report']) if g['report'] else notrep)],
                       ind=(567, 0), align='both'))
        b.append(P([R('Comentarios de la Secretaría Ejecutiva (retroalimentación):', i=True, b=True)], ind=(567, 0), keep=True))
        b += [P(f['text'], ind=(567, 0), align='both') for f in st['feedback'] if f['section'] == 'retroalimentacion']
        b.append(P([R('Comentarios de las instancias y de la sociedad civil (observaciones):', i=True, b=True)], ind=(567, 0), keep=True))
        b += [P(f['text'], ind=(567, 0), align='both') for f in st['feedback'] if f['section'] == 'observacion']
    b.append(P('Acuerdos', style='Heading1', num=5, ilvl=0))
    b += [P(ag['text'], num=6, align='both') for ag in a['agreements']]
    b.append(P('Cierre de la sesión', style='Heading1', num=5, ilvl=0))
    b.append(P(f'Sin más asuntos que tratar, se cierra la {sesion.lower()} del Espacio.'))
    b += [P(''), P('Atentamente', align='center'), P(''), P(a['coordinator']['name'], align='center', b=True), P(a['coordinator']['role'], align='center')]
    write_docx(os.path.join(OUT, stem + '.docx'), ''.join(b), sect_pr(header=True), header=hdr,
               numbering=numbering_xml({5: [('decimal', '%1.', 360), ('decimal', '%1.%2.', 720)], 6: [('upperRoman', '%1.', 567)]}), font='Arial', sz=20)


if __name__ == '__main__':
    s2 = 'blind-e-igualdad-2-2023-03-14'
    render(s2, acta2, 'Sesión Ordinaria 2/2023', 'martes 14 de marzo del 2023', 'No se recibió reporte.')
    write_gold(s2, acta2, 'BE5', 'session number only as "Sesión Ordinaria 2/2023" in the page-header table; multi-level auto numbering; goal fields on soft line breaks; NBSP between some figures and units (gold has plain spaces)')
    s3 = 'blind-e-igualdad-3-2023-05-09'
    render(s3, acta3, 'Sesión Ordinaria 3/2023', '9 de mayo de 2023', 'Sin reporte en el periodo.')
    write_gold(s3, acta3, 'BE5', '"Sin reporte en el periodo." as not-reported marker; next session date numeric "13/06/2023" in the second agreement')
