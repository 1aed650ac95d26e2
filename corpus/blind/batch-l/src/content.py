# -*- coding: utf-8 -*-
# Batch L content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)   speaker: (who, verb) for narrative layouts
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key,
                report=report, status=status)


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, state=state, next_session=next_session)


ACTAS = []

# ================================================================ L1 tortura (numbered sections, narrative)
TOR_BODY = 'Prevención de la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes'
TOR_PLACE = 'Sala de usos múltiples de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, calle General Prim 4, colonia Centro'
SSC = 'Secretaría de Seguridad Ciudadana'
PGJ = 'Procuraduría General de Justicia'
SSP = 'Subsecretaría de Sistema Penitenciario'
COL = 'Colectivo contra la Tortura y la Impunidad, A.C.'
VIT = 'Centro de Derechos Humanos Fray Francisco de Vitoria, O.P., A.C.'
TOR_ATT = [
    ('Arturo Medina Salazar', 'Lic.', SSC, 'SSPCDMX', IE, ''),
    ('Silvia Orozco Pineda', 'Mtra.', SSC, 'SSPCDMX', IE, ''),
    ('Gerardo Luna Castañeda', 'Lic.', PGJ, 'PGJCDMX', IE, ''),
    ('Norma Alicia Bravo Reyes', 'Lic.', SSP, 'SECGOB', IE, ''),
    ('Efraín Solís Cárdenas', 'Mtro.', 'Tribunal Superior de Justicia', 'TSJCDMX', IE, ''),
    ('Dalia Ortega Fuentes', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, ''),
    ('Valeria Quintana Robles', 'Mtra.', COL, None, SC, ''),
    ('Andrés Fierro Lozano', 'Psic.', COL, None, SC, ''),
    ('Rubén Cisneros Aguilar', 'Lic.', VIT, None, SC, ''),
    ('Karina Espinosa Vela', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', SE, ''),
]
TOR_151 = 'Capacitar a las personas servidoras públicas encargadas de la detención y custodia en la prohibición absoluta de la tortura'
G151_1 = ('151.1', 'Impartir cursos sobre el Protocolo Homologado para la Investigación del Delito de Tortura al personal policial',
          'Número de elementos policiales capacitados', SSC, 'SSPCDMX')
G151_2 = ('151.2', 'Incorporar en el plan de estudios de la Universidad de la Policía un módulo obligatorio sobre uso de la fuerza y prohibición de la tortura',
          'Módulo incorporado y número de generaciones que lo cursaron', SSC, 'SSPCDMX')
TOR_COORD = ('Beatriz Zamudio Lara', 'Coordinadora del Espacio de Participación')

ACTAS.append(dict(
    stem='blind-l-tortura-03-2019-03-12', layout='L1', esp='tortura',
    body=TOR_BODY, kind='sesión ordinaria', number=3, ordinal='3ª',
    date='2019-03-12', date_text='martes 12 de marzo de 2019', start='10:00', end='12:40', place=TOR_PLACE,
    topic=None, objective=None, coordinator=TOR_COORD,
    attendance=TOR_ATT,
    strategies=[
        dict(number=151, title=TOR_151,
             goals=[G(*G151_1, ['durante el periodo de octubre a diciembre de 2018 se impartieron 14 cursos a 1,126 elementos de la Policía Preventiva y de la Policía Auxiliar, con una duración de 20 horas cada uno.']),
                    G(*G151_2, None, 'no remitió información')],
             figures=[(14, 'cursos', '151.1', 'se impartieron 14 cursos a 1,126 elementos de la Policía Preventiva y de la Policía Auxiliar'),
                      (1126, 'elementos', '151.1', 'a 1,126 elementos de la Policía Preventiva y de la Policía Auxiliar'),
                      (20, 'horas', '151.1', 'con una duración de 20 horas cada uno')],
             feedback=[
                 ('el informe reporta el número de cursos y de elementos capacitados, lo que permite dimensionar el avance de la meta.', 'retroalimentacion', '151.1', 'avance', ('La Secretaría Ejecutiva', 'señaló')),
                 ('es necesario que la Secretaría de Seguridad Ciudadana empiece a diseñar el módulo, pues la meta no registra acciones desde su aprobación.', 'retroalimentacion', '151.2', 'exhorta', ('La Secretaría Ejecutiva', 'indicó')),
                 ('es necesario conocer cómo se evalúa el aprendizaje de los elementos capacitados y si existen quejas posteriores en su contra.', 'observacion', '151.1', 'solicita_datos', ('La Mtra. Valeria Quintana Robles, del Colectivo contra la Tortura y la Impunidad,', 'señaló')),
             ]),
        dict(number=153, title='Documentar las lesiones de las personas detenidas conforme al Protocolo de Estambul',
             goals=[G('153.1', 'Aplicar el dictamen médico-psicológico especializado a toda persona que denuncie tortura',
                      'Porcentaje de denuncias con dictamen especializado aplicado', PGJ, 'PGJCDMX',
                      ['de 87 denuncias por tortura recibidas en el periodo, en 61 casos se aplicó el dictamen médico-psicológico especializado, lo que equivale al 70 por ciento; el rezago obedece a que la Coordinación General de Servicios Periciales cuenta con sólo 9 peritos certificados.'])],
             figures=[(87, 'denuncias', '153.1', 'de 87 denuncias por tortura recibidas en el periodo'),
                      (61, 'casos', '153.1', 'en 61 casos se aplicó el dictamen médico-psicológico especializado'),
                      (70, 'por ciento', '153.1', 'lo que equivale al 70 por ciento'),
                      (9, 'peritos', '153.1', 'cuenta con sólo 9 peritos certificados')],
             feedback=[
                 ('una cobertura del 70 por ciento por sí sola no da cumplimiento a la meta, que exige aplicar el dictamen a toda persona que denuncie.', 'retroalimentacion', '153.1', 'insuficiente', ('La Secretaría Ejecutiva', 'señaló')),
                 ('la Secretaría Ejecutiva gestione ante la Escuela de Administración Pública la certificación de más peritos en el Protocolo de Estambul.', 'observacion', '153.1', 'instancia', ('El Lic. Gerardo Luna Castañeda, de la Procuraduría,', 'solicitó que')),
             ]),
        dict(number=154, title='Garantizar condiciones dignas de internamiento y la supervisión de los centros penitenciarios',
             goals=[G('154.1', 'Instalar cámaras de videovigilancia en las áreas de ingreso y aduanas de los centros de reclusión',
                      'Número de centros con cámaras instaladas en áreas de ingreso', SSP, 'SECGOB',
                      ['se instalaron 46 cámaras en las áreas de ingreso de 6 centros varoniles, y el Centro Femenil de Reinserción Social Santa Martha Acatitla contará con su sistema en el segundo trimestre.'])],
             figures=[(46, 'cámaras', '154.1', 'se instalaron 46 cámaras en las áreas de ingreso de 6 centros varoniles'),
                      (6, 'centros', '154.1', 'de 6 centros varoniles')],
             feedback=[
                 ('no basta con instalar cámaras en las áreas de ingreso, ya que las denuncias de malos tratos se concentran en los dormitorios de segregación; se cuestiona el enfoque de la meta.', 'observacion', '154.1', 'cuestiona', ('El Lic. Rubén Cisneros Aguilar, del Centro Fray Francisco de Vitoria,', 'expresó que')),
                 ('sería oportuno invitar a las siguientes sesiones a la Dirección Ejecutiva de Seguridad Penitenciaria, que es el área que opera el sistema.', 'observacion', '154.1', 'proceso', ('La Secretaría Ejecutiva', 'propuso que')),
             ]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Ciudadana remitirá a la Secretaría Ejecutiva, a más tardar el 29 de marzo de 2019, los criterios de evaluación de los cursos de la meta 151.1.', ['2019-03-29'], [151]),
        A('La Secretaría Ejecutiva solicitará por oficio a la Escuela de Administración Pública información sobre la certificación de peritos en el Protocolo de Estambul.', [], [153]),
        A('La 4ª Sesión Ordinaria se celebrará el martes 9 de abril de 2019 a las 10:00 horas, en la misma sede, para dar seguimiento a las estrategias 151 y 154.', ['2019-04-09'], [151, 154], next_session=True),
    ],
    next=dict(date='2019-04-09', start_time='10:00', end_time=None, strategies=[151, 154]),
    notes='numbered-section minuta typed in Normal with manual bold; attendance per institution with bullets under sector lines; reports told as narrative ("X, en relación con la meta N («…», indicador «…»), informó que …"); feedback as what people said, speaker + reporting verb excluded; agreements 5.1–5.3 typed; "3ª"'))

ACTAS.append(dict(
    stem='blind-l-tortura-04-2019-04-09', layout='L1', esp='tortura',
    body=TOR_BODY, kind='sesión ordinaria', number=4, ordinal='4ª',
    date='2019-04-09', date_text='martes 9 de abril de 2019', start='10:00', end='13:05', place=TOR_PLACE,
    topic=None, objective=None, coordinator=TOR_COORD,
    attendance=[TOR_ATT[0], TOR_ATT[3],
                ('Héctor Iván Paredes Mora', 'Lic.', 'Dirección Ejecutiva de Seguridad Penitenciaria de la Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, ''),
                TOR_ATT[4], TOR_ATT[5], TOR_ATT[6],
                ('Lorena Gaytán Ibarra', 'Lic.', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC, ''),
                TOR_ATT[8], TOR_ATT[9]],
    strategies=[
        dict(number=151, title=TOR_151,
             goals=[G(*G151_1, ['la evaluación de los cursos se realiza mediante un examen de conocimientos al inicio y al final de cada curso; en el último trimestre el promedio final fue de 8.7, y el área de Asuntos Internos registró 3 quejas contra elementos capacitados.']),
                    G(*G151_2, ['la Universidad de la Policía aprobó el 20 de marzo de 2019 un módulo de 40 horas sobre uso de la fuerza, que cursará por primera vez la generación que ingresa en mayo, integrada por 650 cadetes.'])],
             figures=[(3, 'quejas', '151.1', 'el área de Asuntos Internos registró 3 quejas contra elementos capacitados'),
                      (40, 'horas', '151.2', 'un módulo de 40 horas sobre uso de la fuerza'),
                      (650, 'cadetes', '151.2', 'integrada por 650 cadetes')],
             feedback=[
                 ('se atendió el acuerdo de la sesión anterior y la información permite conocer la forma de evaluación de los cursos.', 'retroalimentacion', '151.1', 'avance', ('La Secretaría Ejecutiva', 'señaló')),
                 ('es necesario que se informe el contenido temático del módulo y el número de horas dedicadas específicamente a la prohibición de la tortura.', 'retroalimentacion', '151.2', 'solicita_datos', ('La Secretaría Ejecutiva', 'indicó')),
                 ('un examen de conocimientos no mide el cambio en la actuación policial, por lo que se cuestiona que sea el único criterio de evaluación.', 'observacion', '151.1', 'cuestiona', ('La Mtra. Valeria Quintana Robles, del Colectivo contra la Tortura y la Impunidad,', 'manifestó que')),
             ]),
        dict(number=154, title='Garantizar condiciones dignas de internamiento y la supervisión de los centros penitenciarios',
             goals=[G('154.2', 'Realizar visitas de supervisión sin previo aviso a los centros de reclusión',
                      'Número de visitas realizadas y de recomendaciones atendidas', SSP, 'SECGOB',
                      ['la Dirección Ejecutiva de Seguridad Penitenciaria realizó dieciocho visitas de supervisión, de las que derivaron 35 recomendaciones, y a la fecha se han atendido 22 recomendaciones.']),
                    G('154.3', 'Publicar un informe anual sobre las condiciones de internamiento en los centros de reclusión',
                      'Informe anual publicado', SSP, 'SECGOB', None, 'no remitió información')],
             figures=[(18, 'visitas', '154.2', 'realizó dieciocho visitas de supervisión'),
                      (35, 'recomendaciones', '154.2', 'de las que derivaron 35 recomendaciones'),
                      (22, 'recomendaciones', '154.2', 'a la fecha se han atendido 22 recomendaciones')],
             feedback=[
                 ('las visitas de supervisión pueden enmarcarse también en la estrategia 156, relativa al mecanismo de quejas de las personas privadas de la libertad.', 'retroalimentacion', '154.2', 'reasignar', ('La Secretaría Ejecutiva', 'señaló')),
                 ('no le correspondería la publicación del informe anual, ya que ésta es atribución de la Comisión de Derechos Humanos.', 'observacion', '154.3', 'instancia', ('La Lic. Norma Alicia Bravo Reyes, de la Subsecretaría,', 'refirió que')),
                 ('la meta 154.3 no es medible tal como está redactada, pues no precisa el contenido mínimo del informe.', 'observacion', '154.3', 'diseno_meta', ('La Lic. Lorena Gaytán Ibarra, de Documenta,', 'observó que')),
             ]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Ciudadana enviará el contenido temático del módulo sobre uso de la fuerza antes del 30 de abril de 2019.', ['2019-04-30'], [151]),
        A('La Secretaría Ejecutiva elaborará una propuesta de redacción de la meta 154.3 para someterla al Espacio.', [], [154]),
        A('La 5ª Sesión Ordinaria se celebrará el martes 14 de mayo de 2019 a las 10:00 horas.', ['2019-05-14'], [], next_session=True),
    ],
    next=dict(date='2019-05-14', start_time='10:00', end_time=None, strategies=[]),
    notes='as tortura-03; a sub-unit of the Subsecretaría among the attendees; two goals of 154 not in the first acta'))
