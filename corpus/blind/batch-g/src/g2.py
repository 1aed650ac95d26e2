"""Layout BG2 - Población Afrodescendiente 2020 (Sesión Ordinaria XI and XII).

A narrative acta built on Word styles: title paragraph with a roman session number, an
opening sentence "Siendo las … del día …" that holds date, hour and place in words, attendance
as "Name (Institution)" runs in one paragraph per sector, DESARROLLO as Heading 1/2/3 with
automatic multi-level numbering (Estrategia = 2.1, Meta = 2.1.1), Informe as automatic bullets
or a sentence "X no remitió información respecto de la meta N", feedback as speaker-attributed
paragraphs, follow-up of previous agreements (bullets) before the new agreements (automatic
numbering), footnotes.
"""
from model import A, G, F, S, AG, by_sector, fb_for
from wml import p, sect_pr, write_docx

BODY = 'Derechos de la Población Afrodescendiente'
KIND = 'sesión ordinaria'
COORD = {'name': 'Lic. Beatriz Góngora Abad', 'role': 'Coordinadora del Espacio de Participación de los Derechos de la Población Afrodescendiente'}
PLACE = ('sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de '
         'Derechos Humanos de la Ciudad de México, ubicada en General Prim número 4, colonia Centro, alcaldía Cuauhtémoc')

ACTAS = []
ACTAS.append({
    'stem': 'blind-g-afrodescendientes-11-2020-02-13', 'layout': 'BG2',
    'notes': 'roman "XI" title; date, hour and place only in words in the opening sentence; Name (Institution) runs; automatic heading numbering; not-reported sentence; speaker-attributed feedback; follow-up of previous agreements is not gold; footnotes',
    'roman': 'XI', 'ordinal': 'Décima Primera',
    'opening': 'Siendo las diez horas con treinta minutos del día jueves trece de febrero del año dos mil veinte, en la ',
    'closing': 'Siendo las trece horas con quince minutos del mismo día, se da por concluida la Décima Primera Sesión Ordinaria, firmando al calce quien coordina el Espacio.',
    'session': {'body': BODY, 'number': 11, 'kind': KIND, 'date': '2020-02-13', 'start_time': '10:30',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Norma Angélica Zárate Ruiz', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', 'instancia_ejecutora'),
        A('Mtro. Fernando Ibarra Lugo', 'COPRED', 'COPRED', 'instancia_ejecutora'),
        A('Lic. Itzel Mendoza Castro', 'Escuela de Administración Pública', 'EAP', 'instancia_ejecutora'),
        A('C. Gerardo Peña Alcántara', 'Alcaldía Iztapalapa, Dirección de Igualdad y Diversidad Social', 'ALC-IZTAPALAPA', 'instancia_ejecutora'),
        A('Lic. Adriana Solís Echeverría', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', 'instancia_ejecutora'),
        A('Mtra. Yolanda Cisneros Mina', 'Colectiva Afrodescendencias en México', None, 'sociedad_civil'),
        A('Lic. Baltazar Ruiz Sosa', 'México Negro A.C.', None, 'sociedad_civil'),
        A('C. Aurelia Carmona Salinas', 'Red de Mujeres Afromexicanas', None, 'sociedad_civil'),
        A('Dra. Paulina Rangel Vidal', 'Universidad Autónoma Metropolitana', 'UAM', 'otro'),
        A('Lic. Daniel Herrera Olmos', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        S(371, 'Visibilizar a la población afrodescendiente en los registros administrativos y estadísticos de la Ciudad de México.', [
            G('371.1', 'Se incorpora la variable de autoadscripción afrodescendiente en los registros administrativos de los programas sociales.',
              'Número de programas sociales que incorporan la variable de autoadscripción afrodescendiente.',
              'Secretaría de Inclusión y Bienestar Social', 'SIBISO',
              ['Se incorporó la pregunta de autoadscripción afrodescendiente en los formatos de 12 programas sociales.',
               'En el padrón de beneficiarios de 2019 se identificaron 3,418 personas que se autoadscriben afrodescendientes, de las cuales 1,902 son mujeres.'],
              [(12, 'programas', 'Se incorporó la pregunta de autoadscripción afrodescendiente en los formatos de 12 programas sociales.'),
               (3418, 'personas', 'En el padrón de beneficiarios de 2019 se identificaron 3,418 personas que se autoadscriben afrodescendientes, de las cuales 1,902 son mujeres.'),
               (1902, 'mujeres', 'En el padrón de beneficiarios de 2019 se identificaron 3,418 personas que se autoadscriben afrodescendientes, de las cuales 1,902 son mujeres.')]),
            G('371.2', 'Se publica un diagnóstico sobre la situación de los derechos de la población afrodescendiente en la ciudad.',
              'Diagnóstico publicado.', 'Consejo de Evaluación del Desarrollo Social', 'EVALUA', None),
        ], [
            F('371.1', 'avance', 'retroalimentacion', 'La Mtra. Yolanda Cisneros Mina (Colectiva Afrodescendencias en México) señaló que la incorporación de la variable es un avance importante, ya que por primera vez permite conocer cuántas personas afrodescendientes acceden a los programas sociales.'),
            F('371.1', 'solicita_datos', 'retroalimentacion', 'La Secretaría Ejecutiva indicó que es necesario que SIBISO informe cuáles son los 12 programas y el número de personas afrodescendientes por programa.'),
            F('371.2', 'exhorta', 'retroalimentacion', 'El Lic. Baltazar Ruiz Sosa (México Negro A.C.) exhortó al Consejo de Evaluación a iniciar la elaboración del diagnóstico, pues sin él no es posible diseñar políticas específicas para la población afrodescendiente.'),
            F('371.2', 'instancia', 'observacion', 'La representante de SIBISO manifestó que el diagnóstico no depende de su institución y solicitó que se convoque directamente al Consejo de Evaluación.'),
        ]),
        S(373, 'Prevenir y eliminar la discriminación racial contra las personas afrodescendientes.', [
            G('373.1', 'Se atienden las quejas por discriminación racial con enfoque diferencial.',
              'Número de quejas por discriminación racial atendidas respecto de las recibidas.', 'COPRED', 'COPRED',
              ['Durante 2019 el Consejo recibió 57 quejas y reclamaciones por motivos de origen étnico o color de piel, de las cuales 9 quejas correspondieron a personas afrodescendientes.',
               'Se brindaron 214 asesorías en la materia.'],
              [(57, 'quejas', 'Durante 2019 el Consejo recibió 57 quejas y reclamaciones por motivos de origen étnico o color de piel, de las cuales 9 quejas correspondieron a personas afrodescendientes.'),
               (9, 'quejas', 'Durante 2019 el Consejo recibió 57 quejas y reclamaciones por motivos de origen étnico o color de piel, de las cuales 9 quejas correspondieron a personas afrodescendientes.'),
               (214, 'asesorías', 'Se brindaron 214 asesorías en la materia.')]),
            G('373.2', 'Se imparten cursos de sensibilización sobre racismo y afrodescendencia a personas servidoras públicas.',
              'Número de personas servidoras públicas sensibilizadas.', 'Escuela de Administración Pública de la Ciudad de México', 'EAP',
              ['Se impartió el curso en línea “Racismo y discriminación: la población afromexicana” a 1,126 personas servidoras públicas.',
               'Se realizaron 4 conversatorios presenciales con la participación de 230 personas.'],
              [(1126, 'personas', 'Se impartió el curso en línea “Racismo y discriminación: la población afromexicana” a 1,126 personas servidoras públicas.'),
               (4, 'conversatorios', 'Se realizaron 4 conversatorios presenciales con la participación de 230 personas.'),
               (230, 'personas', 'Se realizaron 4 conversatorios presenciales con la participación de 230 personas.')]),
        ], [
            F('373.1', 'desalineado', 'retroalimentacion', 'La Secretaría Ejecutiva señaló que el número de asesorías reportado no corresponde a la meta, que se refiere a quejas atendidas, por lo que se recomienda omitirlo.'),
            F('373.1', 'cuestiona', 'retroalimentacion', 'La Mtra. Yolanda Cisneros Mina (Colectiva Afrodescendencias en México) cuestionó que el COPRED agrupe en una sola categoría el origen étnico y el color de piel, lo que invisibiliza el racismo contra las personas afrodescendientes.'),
            F('373.2', 'insuficiente', 'retroalimentacion', 'La Secretaría Ejecutiva reconoció que los cursos abonan a la meta, pero señaló que por sí solos no dan cumplimiento a ella mientras no se evalúe su impacto en el trato a la población.'),
            F('373.2', 'instancia', 'observacion', 'La EAP se comprometió a incluir en el siguiente informe el número de personas servidoras públicas que concluyeron el curso, desagregado por dependencia.'),
        ]),
    ],
    'followups': [
        'Acuerdo 1 de la X Sesión Ordinaria (envío de la matriz de retroalimentación a las instancias): cumplido.',
        'Acuerdo 2 de la X Sesión Ordinaria (la EAP compartirá el programa del curso en línea): cumplido.',
        'Acuerdo 3 de la X Sesión Ordinaria (mesa de trabajo con el Consejo de Evaluación): pendiente, se reprograma.',
    ],
    'agreements': [
        AG('Se acuerda celebrar la XII Sesión Ordinaria el miércoles 11 de marzo, a las diez horas, en la sede de la Secretaría Ejecutiva, para revisar las estrategias 374 y 376.',
           ['2020-03-11'], [374, 376]),
        AG('La Secretaría Ejecutiva enviará un oficio al Consejo de Evaluación del Desarrollo Social para solicitar información sobre la meta 371.2.',
           [], [371]),
        AG('SIBISO remitirá el listado de los programas sociales que incorporan la variable de autoadscripción afrodescendiente.',
           [], []),
    ],
    'next_session': {'date': '2020-03-11', 'start_time': '10:00', 'end_time': None, 'strategies': [374, 376]},
})

ACTAS.append({
    'stem': 'blind-g-afrodescendientes-12-2020-03-11', 'layout': 'BG2',
    'notes': 'roman "XII" title; date in words in the opening sentence; strategy 376 not reported (two not-reported sentences); next session fixed by the second new agreement',
    'roman': 'XII', 'ordinal': 'Décima Segunda',
    'opening': 'Siendo las diez horas del día miércoles once de marzo del año dos mil veinte, en la ',
    'closing': 'Siendo las doce horas con cuarenta minutos del mismo día, se da por concluida la Décima Segunda Sesión Ordinaria, firmando al calce quien coordina el Espacio.',
    'session': {'body': BODY, 'number': 12, 'kind': KIND, 'date': '2020-03-11', 'start_time': '10:00',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Adriana Solís Echeverría', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', 'instancia_ejecutora'),
        A('Mtra. Claudia Rebolledo Font', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', 'instancia_ejecutora'),
        A('Lic. Omar Tapia Villegas', 'IEMS', 'IEMS', 'instancia_ejecutora'),
        A('Lic. Norma Angélica Zárate Ruiz', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', 'instancia_ejecutora'),
        A('C. Gerardo Peña Alcántara', 'Alcaldía Iztapalapa, Dirección de Igualdad y Diversidad Social', 'ALC-IZTAPALAPA', 'instancia_ejecutora'),
        A('Mtra. Yolanda Cisneros Mina', 'Colectiva Afrodescendencias en México', None, 'sociedad_civil'),
        A('Lic. Baltazar Ruiz Sosa', 'México Negro A.C.', None, 'sociedad_civil'),
        A('Lic. Aurelia Carmona Salinas', 'Red de Mujeres Afromexicanas', None, 'sociedad_civil'),
        A('Lic. Daniel Herrera Olmos', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
        A('Lic. Rebeca Anaya Lozada', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        S(374, 'Promover el reconocimiento de la historia y las aportaciones culturales de la población afrodescendiente.', [
            G('374.1', 'Se realizan actividades culturales con motivo del Día Internacional de las Personas Afrodescendientes.',
              'Número de actividades realizadas y de personas asistentes.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX',
              ['En el marco del mes de la afrodescendencia se realizaron 23 actividades culturales en 8 recintos, con una asistencia de 4,650 personas.',
               'Se editaron 2,000 ejemplares del cuadernillo “Raíces afromexicanas”.'],
              [(23, 'actividades', 'En el marco del mes de la afrodescendencia se realizaron 23 actividades culturales en 8 recintos, con una asistencia de 4,650 personas.'),
               (8, 'recintos', 'En el marco del mes de la afrodescendencia se realizaron 23 actividades culturales en 8 recintos, con una asistencia de 4,650 personas.'),
               (4650, 'personas', 'En el marco del mes de la afrodescendencia se realizaron 23 actividades culturales en 8 recintos, con una asistencia de 4,650 personas.'),
               (2000, 'ejemplares', 'Se editaron 2,000 ejemplares del cuadernillo “Raíces afromexicanas”.')]),
            G('374.2', 'Se incorpora la historia de la población afrodescendiente en los contenidos del bachillerato de la ciudad.',
              'Número de planteles con contenidos incorporados.', 'IEMS', 'IEMS',
              ['El IEMS incorporó una unidad temática sobre la tercera raíz en la asignatura de Historia, que se imparte en los 22 planteles del Instituto.'],
              [(22, 'planteles', 'El IEMS incorporó una unidad temática sobre la tercera raíz en la asignatura de Historia, que se imparte en los 22 planteles del Instituto.')]),
        ], [
            F('374.1', 'avance', 'retroalimentacion', 'La Lic. Aurelia Carmona Salinas (Red de Mujeres Afromexicanas) reconoció que las actividades del mes de la afrodescendencia tuvieron una amplia asistencia y contribuyen a la visibilización de la población.'),
            F('374.1', 'solicita_datos', 'retroalimentacion', 'La Secretaría Ejecutiva solicitó informar en qué alcaldías se ubican los recintos y cuántas de las actividades fueron organizadas por personas afrodescendientes.'),
            F('374.1', 'reasignar', 'retroalimentacion', 'La Secretaría Ejecutiva indicó que la edición del cuadernillo puede enmarcarse en la estrategia 373, meta 373.2, por tratarse de material de sensibilización.'),
            F('374.2', 'diseno_meta', 'retroalimentacion', 'El Lic. Baltazar Ruiz Sosa (México Negro A.C.) señaló que el indicador no permite medir si los contenidos se imparten efectivamente, por lo que no hay correspondencia entre la meta y su indicador.'),
        ]),
        S(376, 'Garantizar el acceso a la justicia de las personas afrodescendientes.', [
            G('376.1', 'Se capacita a las personas agentes del Ministerio Público en la atención a personas afrodescendientes víctimas de discriminación.',
              'Número de agentes del Ministerio Público capacitados.', 'Fiscalía General de Justicia', 'PGJCDMX', None),
            G('376.2', 'Se cuenta con peritajes antropológicos para personas afrodescendientes en procesos judiciales.',
              'Número de peritajes antropológicos realizados.', 'Tribunal Superior de Justicia', 'TSJCDMX', None),
        ], [
            F('376.1', 'exhorta', 'retroalimentacion', 'La Mtra. Yolanda Cisneros Mina (Colectiva Afrodescendencias en México) exhortó a la Fiscalía a establecer un protocolo de atención a personas afrodescendientes víctimas de discriminación racial.'),
            F('376.2', 'proceso', 'retroalimentacion', 'La Secretaría Ejecutiva señaló que sería oportuno que la Fiscalía y el Tribunal designen enlaces permanentes ante el Espacio, ya que no han asistido a las últimas tres sesiones.'),
        ]),
    ],
    'followups': [
        'Acuerdo 2 de la XI Sesión Ordinaria (oficio al Consejo de Evaluación del Desarrollo Social): en proceso.',
        'Acuerdo 3 de la XI Sesión Ordinaria (listado de programas sociales de SIBISO): cumplido.',
    ],
    'agreements': [
        AG('Dar seguimiento por escrito con la Fiscalía General de Justicia y el Tribunal Superior de Justicia a las metas 376.1 y 376.2.',
           [], [376]),
        AG('La próxima sesión tendrá lugar el 22 de abril de 2020, de 11:00 a 14:00 horas, en modalidad virtual, y en ella se revisará la estrategia 372.',
           ['2020-04-22'], [372]),
        AG('La Secretaría de Cultura compartirá el cuadernillo “Raíces afromexicanas” con las personas integrantes del Espacio.',
           [], []),
    ],
    'next_session': {'date': '2020-04-22', 'start_time': '11:00', 'end_time': '14:00', 'strategies': [372]},
})

NOT_REPORTED = {
    '371.2': 'El Consejo de Evaluación del Desarrollo Social no remitió información respecto de la meta 371.2.',
    '376.1': 'La Fiscalía General de Justicia no remitió información respecto de la meta 376.1.',
    '376.2': 'Tampoco se recibió informe del Tribunal Superior de Justicia sobre la meta 376.2.',
}

NUMBERING = {
    1: [('decimal', '%1.', 360), ('decimal', '%1.%2.', 720), ('decimal', '%1.%2.%3.', 1080)],
    2: [('bullet', '•', 1080)],
    3: [('decimal', '%1.', 720)],
    4: [('bullet', '–', 720)],
}


def _people(lst):
    parts = ['%s (%s)' % (a['name'], a['institution']) for a in lst]
    if len(parts) == 1:
        return parts[0]
    return ', '.join(parts[:-1]) + ' y ' + parts[-1]


def render(acta, path):
    ss = acta['session']
    b = []
    b.append(p('ACTA DE LA SESIÓN ORDINARIA %s' % acta['roman'], style='Title'))
    b.append(p([('b', 'ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LA POBLACIÓN AFRODESCENDIENTE')], align='center', after=300))
    b.append(p([acta['opening'] + ss['place'] + ', se reunieron las personas integrantes del Espacio de Participación de los ' + BODY +
                ' del Programa de Derechos Humanos de la Ciudad de México', ('fn', 1),
                ' para celebrar su %s Sesión Ordinaria, conforme a lo siguiente:' % acta['ordinal']], align='both'))
    b.append(p('LISTA DE ASISTENCIA', style='Heading1', num=(1, 0)))
    for sector, lead in (('instancia_ejecutora', 'Por las instancias ejecutoras asistieron: '),
                         ('sociedad_civil', 'Por las organizaciones de la sociedad civil: '),
                         ('otro', 'En calidad de persona invitada: '),
                         ('secretaria_ejecutiva', 'Por la Secretaría Ejecutiva: ')):
        people = by_sector(acta['attendance'], sector)
        if people:
            b.append(p([('b', lead), _people(people) + '.'], align='both'))
    b.append(p('DESARROLLO DE LA SESIÓN', style='Heading1', num=(1, 0)))
    b.append(p('Verificado el quórum, la Coordinación del Espacio dio lectura al orden del día, que fue aprobado por unanimidad, y se procedió a la revisión de las estrategias programadas.', align='both'))
    fn_used = False
    for s in acta['strategies']:
        b.append(p('Estrategia %d. %s' % (s['number'], s['title']), style='Heading2', num=(1, 1)))
        for g in s['goals']:
            b.append(p('Meta %s %s' % (g['id'], g['text']), style='Heading3', num=(1, 2)))
            b.append(p([('b', 'Indicador: '), g['indicator']], ind=(720,)))
            b.append(p([('b', 'Instancia ejecutora: '), g['executor']], ind=(720,)))
            if g['report']:
                lab = [('b', 'Informe:')]
                if not fn_used:
                    lab.append(('fn', 2))
                    fn_used = True
                b.append(p(lab, ind=(720,), keep=True))
                for par in g['report']:
                    b.append(p(par, num=(2, 0), align='both'))
            else:
                b.append(p(NOT_REPORTED[g['id']], ind=(720,)))
            for sec, lead in (('retroalimentacion', 'Retroalimentación'), ('observacion', 'Observaciones')):
                items = fb_for(s, g['id'], sec)
                if items:
                    b.append(p([('b', lead)], ind=(720,), keep=True))
                    for f in items:
                        b.append(p(f['text'], ind=(720,), align='both'))
    b.append(p('SEGUIMIENTO DE ACUERDOS', style='Heading1', num=(1, 0)))
    b.append(p('La Secretaría Ejecutiva informó el estado de los acuerdos de la sesión anterior:'))
    for x in acta['followups']:
        b.append(p(x, num=(4, 0)))
    b.append(p('ACUERDOS', style='Heading1', num=(1, 0)))
    b.append(p('Las personas integrantes del Espacio adoptaron los siguientes acuerdos:'))
    for a in acta['agreements']:
        b.append(p(a['text'], num=(3, 0), align='both'))
    b.append(p(acta['closing'], align='both', before=240))
    b.append(p('', before=700))
    b.append(p(COORD['name'], align='center', after=0))
    b.append(p(COORD['role'], align='center'))
    footnotes = {1: 'En adelante, PDHCDMX. El Espacio sesiona conforme a los Lineamientos de los Espacios de Participación.',
                 2: 'Información remitida por la instancia a través del sistema de seguimiento, con corte al 31 de diciembre de 2019.'}
    write_docx(path, ''.join(b), sect_pr(margins=(1417, 1417, 1417, 1417)), footnotes=footnotes, numbering=NUMBERING,
               font='Times New Roman', size=24, small=20, title='Acta %s' % acta['stem'])
