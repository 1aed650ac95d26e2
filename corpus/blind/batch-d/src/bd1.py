"""BD1 — versión estenográfica: Derecho a la Información, sesiones ordinarias 7 y 8 (2018).

No tables at all. Attendance as 'Name (Institution)' runs in three sector paragraphs; the
strategy and goal data only in shaded 'projected slide' paragraphs; the INFORME is the turn of
the executor's speaker; feedback are the turns of the Secretaría Ejecutiva, civil society and
the executor after it; agreements read out as an automatically numbered list; footer with a
PAGE field."""
from wml import Docx, p, r, b, i, sect
from common import plain

SE = 'Secretaría Ejecutiva'

S7 = {
    'stem': 'blind-d-informacion-7-2018-10-04', 'layout': 'BD1',
    'notes': 'versión estenográfica: no tables; attendance as Name (Institution) inside three sector paragraphs '
             '(institutions with commas inside); time in words; date "jueves 4 de octubre del 2018"; goal data only in '
             'shaded slide paragraphs; INFORME = the executor\'s turn without the speaker tag; feedback = the turns '
             'after it (SE and civil society -> retroalimentacion, executor -> observacion); a not-reported goal '
             'announced by the coordinator; agreements as an auto-numbered list; PAGE field in the footer.',
    'title_ordinal': 'SÉPTIMA',
    'session': {'body': 'Derecho a la Información', 'number': 7, 'kind': 'sesión ordinaria', 'date': '2018-10-04',
                'start_time': '10:15',
                'place': 'Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, General Prim 4, colonia Centro, Delegación Cuauhtémoc',
                'topic': None, 'objective': None},
    'opening': ('En la Ciudad de México, siendo las diez horas con quince minutos del jueves 4 de octubre del 2018, en la '
                '{place}, se reunieron las personas integrantes del Espacio de Participación del Derecho a la Información '
                'para celebrar su séptima sesión ordinaria, con la asistencia siguiente:'),
    'coordinator': ('Verónica Gallardo Ramos', 'Coordinadora del Espacio de Participación'),
    'coord_label': 'LA C. COORDINADORA, MTRA. VERÓNICA GALLARDO RAMOS.-',
    'attendance': [
        ('Mtra. Laura Benítez Ortiz', 'INFOCDMX', 'INFOCDMX', 'instancia_ejecutora'),
        ('Lic. Héctor Salgado Rivas', 'Dirección de Estado Abierto del INFOCDMX', 'INFOCDMX', 'instancia_ejecutora'),
        ('Ing. Rodrigo Alcántara Mejía', 'Oficialía Mayor', 'SAF', 'instancia_ejecutora'),
        ('Lic. Araceli Domínguez Paz', 'SEDEREC', 'SEDEREC', 'instancia_ejecutora'),
        ('Lic. Patricia Nava Cruz', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', 'instancia_ejecutora'),
        ('Mtro. Samuel Ortega Lira', 'COPRED', 'COPRED', 'instancia_ejecutora'),
        ('Claudia Ruiz Espinoza', 'Artículo 19, Oficina para México y Centroamérica', None, 'sociedad_civil'),
        ('Gerardo Villa Téllez', 'Fundar, Centro de Análisis e Investigación', None, 'sociedad_civil'),
        ('Itzel Moreno Chávez', 'Colectivo Datos Abiertos CDMX', None, 'sociedad_civil'),
        ('Lic. Tomás Ibarra Cano', SE, 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'se_line': 'Por la Secretaría Ejecutiva: Lic. Tomás Ibarra Cano, enlace de seguimiento del Espacio.',
    'agenda': ['Lista de asistencia y verificación del quórum.', 'Retroalimentación de las estrategias 112 y 113.',
               'Lectura de acuerdos y asuntos generales.'],
    'speakers': {
        'laura': 'LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.-',
        'rodrigo': 'EL C. ING. RODRIGO ALCÁNTARA MEJÍA, OFICIALÍA MAYOR.-',
        'araceli': 'LA C. LIC. ARACELI DOMÍNGUEZ PAZ, SEDEREC.-',
        'tomas': 'EL C. LIC. TOMÁS IBARRA CANO, SECRETARÍA EJECUTIVA.-',
        'claudia': 'LA C. CLAUDIA RUIZ ESPINOZA, ARTÍCULO 19.-',
        'gerardo': 'EL C. GERARDO VILLA TÉLLEZ, FUNDAR.-',
        'itzel': 'LA C. ITZEL MORENO CHÁVEZ, COLECTIVO DATOS ABIERTOS CDMX.-',
    },
    'strategies': [
        {'number': 112,
         'title': 'Fortalecer la transparencia proactiva y la publicación de información de interés público en formatos abiertos',
         'intro': 'Muchas gracias. Pasamos al segundo punto del orden del día. Iniciamos con la estrategia 112; en pantalla tienen la ficha.',
         'goals': [
             {'id': '112.1',
              'text': 'Se publican en formatos abiertos los conjuntos de datos de interés público que generan los entes obligados.',
              'indicator': 'Número de conjuntos de datos publicados en formatos abiertos respecto de los comprometidos en el programa anual.',
              'executor': 'INFOCDMX', 'executor_key': 'INFOCDMX', 'speaker': 'laura',
              'cue': 'Tiene la palabra el INFOCDMX para la meta 112.1.',
              'report': ['Para esta meta informamos que durante el primer semestre de 2018 se publicaron [[214|conjuntos]] conjuntos de datos en el portal de datos abiertos, de los cuales [[87|conjuntos]] conjuntos corresponden a información presupuestal. Además, se brindó asesoría técnica a [[46|entes]] entes obligados para homologar sus formatos.'],
              'fb': [
                  {'who': 'tomas', 'section': 'retroalimentacion', 'label': 'avance',
                   'text': 'Se reconoce que se reportan datos duros y que el número de conjuntos publicados permite conocer el avance respecto de lo comprometido.'},
                  {'who': 'claudia', 'section': 'retroalimentacion', 'label': 'solicita_datos',
                   'text': 'Nos parece importante que se informe cuántas descargas o consultas tuvieron esos conjuntos de datos y qué dependencias aún no publican, porque sin eso no sabemos si la información llega a la población.'},
              ]},
             {'id': '112.2',
              'text': 'Las delegaciones publican su información presupuestal en lenguaje ciudadano.',
              'indicator': 'Porcentaje de delegaciones que publican su presupuesto ciudadano.',
              'executor': 'Delegación Cuauhtémoc', 'executor_key': 'ALC-CUAUHTEMOC', 'report': None,
              'not_reported': 'Para la meta 112.2 no se recibió informe de la Delegación Cuauhtémoc y no contamos con su representación el día de hoy.',
              'fb': [
                  {'who': 'gerardo', 'section': 'retroalimentacion', 'label': 'exhorta',
                   'text': 'Es necesario que la Delegación Cuauhtémoc empiece a publicar su presupuesto ciudadano; ya es la segunda sesión en la que no hay nada que revisar.'},
              ]},
         ]},
        {'number': 113,
         'title': 'Garantizar la accesibilidad de la información pública para personas con discapacidad y personas hablantes de lenguas indígenas',
         'intro': 'Gracias. Continuamos con la estrategia 113.',
         'goals': [
             {'id': '113.1', 'text': 'Los portales de transparencia cumplen criterios de accesibilidad web.',
              'indicator': 'Número de portales evaluados que cumplen los criterios de accesibilidad.',
              'executor': 'Oficialía Mayor', 'executor_key': 'SAF', 'speaker': 'rodrigo',
              'cue': 'Adelante, Oficialía Mayor.',
              'report': ['Se realizó el diagnóstico de accesibilidad de [[32|portales]] portales institucionales, de los cuales [[11|portales]] portales cumplen con el nivel AA de las pautas de accesibilidad. Se capacitó a [[58|personas]] personas responsables de los portales en el uso de lectores de pantalla y subtítulos.'],
              'fb': [
                  {'who': 'tomas', 'section': 'retroalimentacion', 'label': 'insuficiente',
                   'text': 'El diagnóstico es un primer paso, pero por sí solo no da cumplimiento a la meta, que se refiere a portales que efectivamente cumplen los criterios de accesibilidad.'},
                  {'who': 'rodrigo', 'section': 'observacion', 'label': 'instancia',
                   'text': 'Quisiera aclarar que la corrección de los portales depende de cada dependencia; la Oficialía Mayor solo puede emitir recomendaciones.'},
              ]},
             {'id': '113.2', 'text': 'Se traducen a lenguas indígenas los principales trámites de acceso a la información.',
              'indicator': 'Número de materiales traducidos a lenguas indígenas.',
              'executor': 'SEDEREC', 'executor_key': 'SEDEREC', 'speaker': 'araceli',
              'cue': 'Para la meta 113.2, SEDEREC, por favor.',
              'report': ['En coordinación con intérpretes de las comunidades se tradujeron al náhuatl, al mixteco y al otomí [[ocho=8|guías]] guías sobre cómo presentar una solicitud de información, y se imprimieron [[3,500|ejemplares]] ejemplares para su distribución en las casas de los pueblos.'],
              'fb': [
                  {'who': 'itzel', 'section': 'retroalimentacion', 'label': 'solicita_datos',
                   'text': 'Las guías traducidas son un buen paso, pero es necesario saber en qué lugares se distribuyeron y cuántas personas hablantes las recibieron.'},
                  {'who': 'tomas', 'section': 'retroalimentacion', 'label': 'reasignar',
                   'text': 'Estas acciones también pueden enmarcarse en la estrategia 117, meta 117.1, por tratarse de materiales de difusión del derecho.'},
              ]},
         ]},
    ],
    'agreements_intro': 'Doy lectura a los acuerdos de esta sesión:',
    'agreements': [
        {'text': 'La octava sesión ordinaria se celebrará el jueves 8 de noviembre de 2018 a las 10:00 horas y en ella se retroalimentarán las estrategias 115 y 117.',
         'dates': ['2018-11-08'], 'strategies': [115, 117]},
        {'text': 'La Secretaría Ejecutiva enviará un oficio a la Delegación Cuauhtémoc para solicitar su informe de la meta 112.2.',
         'dates': [], 'strategies': [112]},
        {'text': 'El INFOCDMX compartirá con las organizaciones el listado de conjuntos de datos publicados en el semestre.',
         'dates': [], 'strategies': []},
    ],
    'next_session': {'date': '2018-11-08', 'start_time': '10:00', 'end_time': None, 'strategies': [115, 117]},
    'closing': 'No habiendo más asuntos que tratar, se dio por concluida la sesión a las doce horas con cuarenta minutos del mismo día.',
}

S8 = {
    'stem': 'blind-d-informacion-8-2018-11-08', 'layout': 'BD1',
    'notes': 'versión estenográfica as in session 7; date only in words ("ocho de noviembre de dos mil dieciocho"); '
             'a strategy with no goal reported (117), one executor present who brings no report and says so '
             '(observacion, instancia); Secretaría Ejecutiva line without parentheses; next session date without year.',
    'title_ordinal': 'OCTAVA',
    'session': {'body': 'Derecho a la Información', 'number': 8, 'kind': 'sesión ordinaria', 'date': '2018-11-08',
                'start_time': '10:05',
                'place': 'Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, General Prim 4, colonia Centro, Delegación Cuauhtémoc',
                'topic': None, 'objective': None},
    'opening': ('En la Ciudad de México, siendo las diez horas con cinco minutos del día ocho de noviembre de dos mil '
                'dieciocho, en la {place}, se reunieron las personas integrantes del Espacio de Participación del Derecho '
                'a la Información para celebrar su octava sesión ordinaria, con la asistencia siguiente:'),
    'coordinator': ('Verónica Gallardo Ramos', 'Coordinadora del Espacio de Participación'),
    'coord_label': 'LA C. COORDINADORA, MTRA. VERÓNICA GALLARDO RAMOS.-',
    'attendance': [
        ('Mtra. Laura Benítez Ortiz', 'INFOCDMX', 'INFOCDMX', 'instancia_ejecutora'),
        ('Lic. Fernanda Quiroz Leal', 'Escuela de Administración Pública de la Ciudad de México', 'EAP', 'instancia_ejecutora'),
        ('Lic. Omar Cedeño Vázquez', 'LOCATEL', 'LOCATEL', 'instancia_ejecutora'),
        ('Lic. Patricia Nava Cruz', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', 'instancia_ejecutora'),
        ('Claudia Ruiz Espinoza', 'Artículo 19, Oficina para México y Centroamérica', None, 'sociedad_civil'),
        ('Itzel Moreno Chávez', 'Colectivo Datos Abiertos CDMX', None, 'sociedad_civil'),
        ('Mtro. Julián Esparza Robles', 'Observatorio Ciudadano de Transparencia', None, 'sociedad_civil'),
        ('Lic. Tomás Ibarra Cano', SE, 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'se_line': 'Por la Secretaría Ejecutiva: Lic. Tomás Ibarra Cano, enlace de seguimiento del Espacio.',
    'agenda': ['Lista de asistencia.', 'Retroalimentación de las estrategias 115 y 117.', 'Acuerdos.'],
    'speakers': {
        'laura': 'LA C. MTRA. LAURA BENÍTEZ ORTIZ, INFOCDMX.-',
        'fernanda': 'LA C. LIC. FERNANDA QUIROZ LEAL, ESCUELA DE ADMINISTRACIÓN PÚBLICA.-',
        'omar': 'EL C. LIC. OMAR CEDEÑO VÁZQUEZ, LOCATEL.-',
        'patricia': 'LA C. LIC. PATRICIA NAVA CRUZ, DELEGACIÓN IZTAPALAPA.-',
        'tomas': 'EL C. LIC. TOMÁS IBARRA CANO, SECRETARÍA EJECUTIVA.-',
        'itzel': 'LA C. ITZEL MORENO CHÁVEZ, COLECTIVO DATOS ABIERTOS CDMX.-',
        'julian': 'EL C. MTRO. JULIÁN ESPARZA ROBLES, OBSERVATORIO CIUDADANO DE TRANSPARENCIA.-',
    },
    'strategies': [
        {'number': 115,
         'title': 'Capacitar a las personas servidoras públicas en materia de acceso a la información y protección de datos personales',
         'intro': 'Buenos días de nuevo. Como acordamos en la sesión anterior, revisamos hoy la estrategia 115.',
         'goals': [
             {'id': '115.1',
              'text': 'Las personas servidoras públicas de las unidades de transparencia concluyen el curso en línea de acceso a la información.',
              'indicator': 'Número de personas servidoras públicas que acreditan el curso respecto de las inscritas.',
              'executor': 'Escuela de Administración Pública', 'executor_key': 'EAP', 'speaker': 'fernanda',
              'cue': 'Tiene la palabra la Escuela de Administración Pública.',
              'report': ['En el periodo que se informa se abrieron [[cuatro=4|grupos]] grupos del curso en línea «Acceso a la información pública», en los que se inscribieron [[1,254|personas]] personas servidoras públicas, de las cuales [[712|mujeres]] son mujeres y [[542|hombres]] son hombres. Acreditaron el curso [[968|personas]] personas.'],
              'fb': [
                  {'who': 'tomas', 'section': 'retroalimentacion', 'label': 'avance',
                   'text': 'Se reportan datos duros desagregados por sexo, lo que permite conocer el avance de la meta.'},
                  {'who': 'julian', 'section': 'retroalimentacion', 'label': 'cuestiona',
                   'text': 'Cuestionamos que un curso en línea de cuatro semanas sea suficiente para cambiar la forma en que las unidades de transparencia responden a las solicitudes.'},
              ]},
             {'id': '115.2',
              'text': 'Se imparten talleres sobre protección de datos personales a las áreas que atienden a víctimas.',
              'indicator': 'Número de talleres impartidos.',
              'executor': 'INFOCDMX – Dirección de Capacitación', 'executor_key': 'INFOCDMX', 'speaker': 'laura',
              'cue': 'Gracias. INFOCDMX, por favor, para la meta 115.2.',
              'report': ['Se impartieron [[12|talleres]] talleres presenciales de protección de datos personales dirigidos al personal de atención a víctimas, con una asistencia de [[286|personas]] personas.'],
              'fb': [
                  {'who': 'tomas', 'section': 'retroalimentacion', 'label': 'diseno_meta',
                   'text': 'No hay correspondencia entre la meta, que habla de las áreas que atienden a víctimas, y el indicador, que solo cuenta talleres sin importar a quién se dirigen.'},
                  {'who': 'laura', 'section': 'observacion', 'label': 'instancia',
                   'text': 'Solicitamos a la Secretaría Ejecutiva que nos haga llegar por escrito la propuesta de ajuste al indicador para presentarla a nuestro comité.'},
              ]},
         ]},
        {'number': 117, 'title': 'Difundir el derecho de acceso a la información entre la población',
         'intro': 'Pasamos a la estrategia 117.',
         'goals': [
             {'id': '117.1',
              'text': 'Se difunde el derecho de acceso a la información a través de los servicios de atención telefónica.',
              'indicator': 'Número de llamadas en las que se orienta sobre el derecho de acceso a la información.',
              'executor': 'LOCATEL', 'executor_key': 'LOCATEL', 'report': None,
              'not_reported': 'Para la meta 117.1, a cargo de LOCATEL, no tenemos informe en el sistema.',
              'fb': [
                  {'who': 'omar', 'section': 'observacion', 'label': 'instancia',
                   'text': 'Ofrezco una disculpa: el área responsable no envió a tiempo la información de esta meta; nos comprometemos a hacerla llegar a la Secretaría Ejecutiva.'},
              ]},
             {'id': '117.2',
              'text': 'Las delegaciones realizan jornadas de difusión del derecho de acceso a la información en espacios públicos.',
              'indicator': 'Número de jornadas realizadas y personas asistentes.',
              'executor': 'Delegación Iztapalapa', 'executor_key': 'ALC-IZTAPALAPA', 'report': None,
              'not_reported': 'Para la meta 117.2 tampoco se recibió informe.',
              'fb': [
                  {'who': 'itzel', 'section': 'retroalimentacion', 'label': 'proceso',
                   'text': 'Sería oportuno convocar a las áreas de participación ciudadana de las delegaciones, que son las que organizan las jornadas, para que acudan a este Espacio.'},
                  {'who': 'patricia', 'section': 'observacion', 'label': 'instancia',
                   'text': 'La Delegación Iztapalapa se compromete a enviar su informe antes de la próxima sesión.'},
              ]},
         ]},
    ],
    'agreements_intro': 'Leo los acuerdos:',
    'agreements': [
        {'text': 'Se acuerda que la novena sesión ordinaria se realice el 6 de diciembre a las 10:00 horas para dar seguimiento a las metas 117.1 y 117.2 y retroalimentar la estrategia 119.',
         'dates': ['2018-12-06'], 'strategies': [117, 119]},
        {'text': 'LOCATEL y la Delegación Iztapalapa enviarán sus informes de la estrategia 117 a más tardar el 23 de noviembre.',
         'dates': ['2018-11-23'], 'strategies': [117]},
        {'text': 'La Secretaría Ejecutiva enviará al INFOCDMX la propuesta de ajuste al indicador de la meta 115.2.',
         'dates': [], 'strategies': [115]},
    ],
    'next_session': {'date': '2018-12-06', 'start_time': '10:00', 'end_time': None, 'strategies': [117, 119]},
    'closing': 'No habiendo más asuntos que tratar, se dio por concluida la sesión a las trece horas.',
}

ACTAS = [S7, S8]

SECTOR_LEAD = {'instancia_ejecutora': 'Por las instancias ejecutoras: ',
               'sociedad_civil': 'Por las organizaciones de la sociedad civil: '}


def people_list(people):
    parts = [f'{n} ({inst})' for n, inst, _, _ in people]
    return ', '.join(parts[:-1]) + (' y ' if not parts[-1].split()[0].lower().startswith(('i', 'hi')) else ' e ') + parts[-1] + '.' \
        if len(parts) > 1 else parts[0] + '.'


def turn(label, text):
    return p(b(label), r(' ' + text), jc='both')


def slide(*runs):
    return p(*runs, shade='E7EEF7', ind=(567, 0), after=0, jc='left')


def render(a, path):
    d = Docx(font='Courier New', size=11)
    d.core_title = 'Versión estenográfica'
    d.footer_xml = p(r('Versión estenográfica – Espacio de Participación del Derecho a la Información – página '),
                     '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', style='Footer', jc='center')
    agenda = d.numbering([('decimal', '%1.', 720, 360)])
    acuerdos = d.numbering([('upperRoman', '%1.', 720, 480)])
    x = []
    x.append(p(b('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO'), jc='center'))
    x.append(p(b('VERSIÓN ESTENOGRÁFICA'), jc='center'))
    x.append(p(b(f'{a["title_ordinal"]} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA INFORMACIÓN'),
               jc='center', after=240))
    x.append(p(a['opening'].format(place=a['session']['place']), jc='both'))
    for sector in ('instancia_ejecutora', 'sociedad_civil'):
        people = [t for t in a['attendance'] if t[3] == sector]
        x.append(p(b(SECTOR_LEAD[sector]), r(people_list(people)), jc='both'))
    x.append(p(b('Por la Secretaría Ejecutiva: '), r(a['se_line'].split(': ', 1)[1]), jc='both'))
    x.append(p(f'Modera la sesión la Mtra. {a["coordinator"][0]}, {a["coordinator"][1]}.', jc='both'))
    x.append(p(b('ORDEN DEL DÍA'), before=200))
    for item in a['agenda']:
        x.append(p(item, num=agenda))
    x.append(p(b('DESARROLLO DE LA SESIÓN'), before=200))
    x.append(turn(a['coord_label'], 'Buenos días a todas y a todos. Verificamos la asistencia y existe quórum para '
                                    'sesionar, por lo que damos inicio.'))
    for s in a['strategies']:
        x.append(turn(a['coord_label'], s['intro']))
        x.append(slide(b(f'Estrategia {s["number"]}. {s["title"]}')))
        x.append(p(after=0))
        for g in s['goals']:
            x.append(slide(b(f'Meta {g["id"]}. '), r(g['text'])))
            x.append(slide(b('Indicador: '), r(g['indicator'])))
            x.append(slide(b('Instancia ejecutora: '), r(g['executor'])))
            x.append(p(after=0))
            if g.get('report'):
                x.append(turn(a['coord_label'], g['cue']))
                paras = g['report']
                x.append(turn(a['speakers'][g['speaker']], plain(paras[0])))
                for more in paras[1:]:
                    x.append(p(plain(more), jc='both'))
            else:
                x.append(turn(a['coord_label'], g['not_reported']))
            for f in g.get('fb', []):
                x.append(turn(a['speakers'][f['who']], f['text']))
    x.append(p(b('ACUERDOS'), before=200))
    x.append(turn(a['coord_label'], a['agreements_intro']))
    for ag in a['agreements']:
        x.append(p(ag['text'], num=acuerdos, jc='both'))
    x.append(p(a['closing'], jc='both', before=200))
    x.append(p(before=600))
    x.append(p(b(a['coordinator'][0]), jc='center', after=0, border_top=True))
    x.append(p(a['coordinator'][1], jc='center'))
    d.write(path, ''.join(x), sect(footer=True))
