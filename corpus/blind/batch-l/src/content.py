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
             goals=[G(*G151_1, ['la evaluación de los cursos se realiza mediante un examen de conocimientos al inicio y al final de cada curso; en el último trimestre todas las personas participantes aprobaron, y el área de Asuntos Internos registró 3 quejas contra elementos capacitados.']),
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

# ================================================================ L2 protesta (intranet form, Chromium)
PRO_BODY = 'Derecho a la Protesta Social y la Libertad de Reunión Pacífica'
PRO_PLACE = 'Sala 2 de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, General Prim 4, colonia Centro, alcaldía Cuauhtémoc'
SSC_F = 'Secretaría de Seguridad Ciudadana'
FGJ = 'Fiscalía General de Justicia de la Ciudad de México'
SECGOB = 'Secretaría de Gobierno – Dirección General de Concertación Política y Atención Social'
CDH = 'Comisión de Derechos Humanos de la Ciudad de México'
A19 = 'Artículo 19, Oficina para México y Centroamérica'
FRE = 'Frente por la Libertad de Expresión y la Protesta Social'
SEJ = 'Secretaría Ejecutiva del MSyE'
PRO_ATT = [
    ('Óscar Villaseñor Trujillo', '', SSC_F, 'SSPCDMX', IE, ''),
    ('Daniela Becerra Montes', '', SSC_F, 'SSPCDMX', IE, ''),
    ('Fernando Ugalde Rosas', '', SECGOB, 'SECGOB', IE, ''),
    ('Mariela Sotomayor Gil', '', FGJ, 'PGJCDMX', IE, ''),
    ('Iván Carrillo Peña', '', CDH, 'CDHDF', OT, ''),
    ('Paulina Reza Domínguez', '', CDH, 'CDHDF', OT, ''),
    ('Tania Esquivel Bautista', '', A19, None, SC, ''),
    ('Jorge Alberto Mancilla Ruiz', '', FRE, None, SC, ''),
    ('Itzel Naranjo Campos', '', FRE, None, SC, ''),
    ('Gabriel Monroy Téllez', '', SEJ, 'SE-PDHCDMX', SE, ''),
]
PRO_320 = 'Garantizar que la actuación policial en manifestaciones públicas respete los derechos humanos'
G320_1 = ('320.1', 'Acompañar las manifestaciones públicas con personal de derechos humanos y enlaces de diálogo',
          'Número de manifestaciones acompañadas con personal de derechos humanos', SSC_F, 'SSPCDMX')
G320_2 = ('320.2', 'Publicar el protocolo de actuación policial en manifestaciones con participación de la sociedad civil',
          'Protocolo publicado en la Gaceta Oficial', SSC_F, 'SSPCDMX')
PRO_COORD = ('Lucía Fernanda Olvera Ríos', 'Coordinadora del Espacio de Participación')

ACTAS.append(dict(
    stem='blind-l-protesta-03-2022-03-15', layout='L2', esp='protesta',
    body=PRO_BODY, kind='Sesión Ordinaria', number=3, ordinal='III', folio='MIN-PROT-2022-03', generated='16/03/2022 09:14',
    date='2022-03-15', date_text='2022-03-15', start='10:00', end='12:30', place=PRO_PLACE, mode='Presencial',
    topic='Seguimiento a la actuación policial y de procuración de justicia en el contexto de manifestaciones públicas',
    objective='Revisar los informes del primer bimestre de 2022 de las estrategias 320 y 322',
    coordinator=PRO_COORD, captured=('Gabriel Monroy Téllez', 'Secretaría Ejecutiva'),
    attendance=PRO_ATT,
    strategies=[
        dict(number=320, title=PRO_320,
             goals=[G(*G320_1, ['En el periodo enero-febrero de 2022 se registraron las siguientes acciones:',
                                [('Manifestaciones acompañadas', '187'), ('Enlaces de diálogo desplegados', '1,240'), ('Elementos con chaleco de identificación', '2,315')]]),
                    G(*G320_2, None, 'No recibido')],
             figures=[(187, 'manifestaciones', '320.1', 'Manifestaciones acompañadas 187'),
                      (1240, 'enlaces', '320.1', 'Enlaces de diálogo desplegados 1,240'),
                      (2315, 'elementos', '320.1', 'Elementos con chaleco de identificación 2,315')],
             feedback=[
                 ('El informe presenta datos desagregados que permiten conocer el alcance del acompañamiento a las manifestaciones.', 'retroalimentacion', '320.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Es necesario que la Secretaría de Seguridad Ciudadana establezca el grupo de trabajo con organizaciones civiles para revisar el protocolo antes de su publicación.', 'retroalimentacion', '320.2', 'exhorta', 'Secretaría Ejecutiva'),
                 ('Se necesita informar en cuántas manifestaciones hubo uso de la fuerza y cuántas personas resultaron lesionadas.', 'observacion', '320.1', 'solicita_datos', 'Tania Esquivel Bautista (Artículo 19)'),
             ]),
        dict(number=322, title='Prevenir la criminalización de las personas que ejercen el derecho a la protesta',
             goals=[G('322.1', 'Registrar y dar seguimiento a las carpetas de investigación iniciadas contra personas manifestantes',
                      'Número de carpetas de investigación registradas y su estado procesal', FGJ, 'PGJCDMX',
                      ['Se informa el estado de las carpetas iniciadas con motivo de manifestaciones públicas:',
                       [('Carpetas de investigación iniciadas', '42'), ('Carpetas con no ejercicio de la acción penal', '17'), ('Carpetas judicializadas', '5')]])],
             figures=[(42, 'carpetas', '322.1', 'Carpetas de investigación iniciadas 42'),
                      (17, 'carpetas', '322.1', 'Carpetas con no ejercicio de la acción penal 17'),
                      (5, 'carpetas', '322.1', 'Carpetas judicializadas 5')],
             feedback=[
                 ('Lo reportado no coincide con el indicador, que pide el estado procesal de cada carpeta y no sólo totales.', 'retroalimentacion', '322.1', 'desalineado', 'Secretaría Ejecutiva'),
                 ('Sociedad civil cuestiona que se inicien carpetas por el delito de ataques a la paz pública contra manifestantes que no ejercieron violencia.', 'observacion', '322.1', 'cuestiona', 'Jorge Alberto Mancilla Ruiz (Frente por la Libertad de Expresión y la Protesta Social)'),
                 ('La Fiscalía refiere que la información por tipo de delito requiere una solicitud formal a la Coordinación General de Investigación Estratégica.', 'observacion', '322.1', 'instancia', 'Mariela Sotomayor Gil (FGJ)'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Ciudadana informará el número de manifestaciones en las que hubo uso de la fuerza en el periodo reportado.', ['2022-04-08'], [320], 'SSC', '2022-04-08', 'Pendiente'),
        A('La Secretaría Ejecutiva enviará a la Fiscalía la solicitud formal de información por tipo de delito.', ['2022-03-25'], [322], 'Secretaría Ejecutiva', '2022-03-25', 'En proceso'),
        A('Celebrar la IV Sesión Ordinaria el 19 de abril de 2022, de 10:00 a 12:30 horas, en la sede de la Secretaría Ejecutiva.', ['2022-04-19'], [], 'Secretaría Ejecutiva', '2022-04-19', 'Programado', next_session=True),
    ],
    next=dict(date='2022-04-19', start_time='10:00', end_time='12:30', strategies=[]),
    notes='intranet form printed by Chromium: position:fixed bar repeated on every page, ISO dates, roman session number, attendance Institución | Asistente(s) | Sector (abbreviations with legend), INFORME as Actividad | Cantidad table, comments as a thread, agreements with Responsable/Plazo/Estatus'))

ACTAS.append(dict(
    stem='blind-l-protesta-04-2022-04-19', layout='L2', esp='protesta',
    body=PRO_BODY, kind='Sesión Ordinaria', number=4, ordinal='IV', folio='MIN-PROT-2022-04', generated='20/04/2022 13:02',
    date='2022-04-19', date_text='2022-04-19', start='10:00', end='12:45', place=PRO_PLACE, mode='Presencial',
    topic='Uso de la fuerza en manifestaciones y capacitación en mediación',
    objective='Dar seguimiento a los acuerdos de la III Sesión Ordinaria y revisar la estrategia 325',
    coordinator=PRO_COORD, captured=('Gabriel Monroy Téllez', 'Secretaría Ejecutiva'),
    attendance=[PRO_ATT[0], PRO_ATT[2], ('Rocío Aguilar Zepeda', '', SECGOB, 'SECGOB', IE, ''), PRO_ATT[3], PRO_ATT[4],
                PRO_ATT[6], ('Marco Antonio Lira Sandoval', '', A19, None, SC, ''), PRO_ATT[7], PRO_ATT[9]],
    strategies=[
        dict(number=320, title=PRO_320,
             goals=[G(*G320_1, ['En atención al acuerdo 1 de la sesión anterior, se informa sobre el uso de la fuerza en manifestaciones del periodo enero-febrero:',
                                [('Manifestaciones con uso de la fuerza', '9'), ('Personas manifestantes lesionadas', '14'), ('Elementos policiales lesionados', '23')]]),
                    G(*G320_2, ['El proyecto de protocolo se encuentra en revisión de la Consejería Jurídica; se realizaron 2 mesas de trabajo con organizaciones civiles.'])],
             figures=[(9, 'manifestaciones', '320.1', 'Manifestaciones con uso de la fuerza 9'),
                      (14, 'personas', '320.1', 'Personas manifestantes lesionadas 14'),
                      (23, 'elementos', '320.1', 'Elementos policiales lesionados 23'),
                      (2, 'mesas de trabajo', '320.2', 'se realizaron 2 mesas de trabajo con organizaciones civiles')],
             feedback=[
                 ('La información atiende el acuerdo de la sesión anterior y permite dimensionar el uso de la fuerza en el periodo.', 'retroalimentacion', '320.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Se solicita que el informe precise en qué manifestaciones se usó la fuerza, con fecha, lugar y número de elementos desplegados.', 'observacion', '320.1', 'solicita_datos', 'Marco Antonio Lira Sandoval (Artículo 19)'),
                 ('Es oportuno que a las mesas del protocolo acuda personal de la Subsecretaría de Operación Policial, que es quien lo aplica.', 'observacion', '320.2', 'proceso', 'Tania Esquivel Bautista (Artículo 19)'),
             ]),
        dict(number=325, title='Fortalecer el diálogo y la mediación como primera respuesta ante la protesta social',
             goals=[G('325.1', 'Capacitar al personal de la Secretaría de Gobierno en mediación y diálogo en manifestaciones',
                      'Número de personas servidoras públicas capacitadas en mediación', 'Secretaría de Gobierno', 'SECGOB',
                      ['Durante el primer trimestre de 2022:', [('Cursos impartidos', '6'), ('Personas servidoras públicas capacitadas', '138'), ('Horas de capacitación', '48')]]),
                    G('325.2', 'Instalar mesas de diálogo dentro de las 24 horas siguientes a la solicitud de un grupo manifestante',
                      'Porcentaje de solicitudes atendidas en menos de 24 horas', 'Secretaría de Gobierno', 'SECGOB', None, 'No recibido')],
             figures=[(6, 'cursos', '325.1', 'Cursos impartidos 6'),
                      (138, 'personas', '325.1', 'Personas servidoras públicas capacitadas 138'),
                      (48, 'horas', '325.1', 'Horas de capacitación 48')],
             feedback=[
                 ('La capacitación contribuye a la meta, pero por sí sola no da cumplimiento a la estrategia si no se mide su efecto en la atención de las manifestaciones.', 'retroalimentacion', '325.1', 'insuficiente', 'Secretaría Ejecutiva'),
                 ('La Secretaría de Gobierno menciona que el registro de solicitudes de diálogo se lleva en papel y se compromete a sistematizarlo para la siguiente sesión.', 'observacion', '325.2', 'instancia', 'Rocío Aguilar Zepeda (SECGOB)'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Ciudadana enviará el desglose de las nueve manifestaciones con uso de la fuerza.', ['2022-05-13'], [320], 'SSC', '2022-05-13', 'Pendiente'),
        A('La Secretaría de Gobierno presentará el registro sistematizado de solicitudes de diálogo de la meta 325.2.', ['2022-06-14'], [325], 'SECGOB', '2022-06-14', 'Pendiente'),
        A('Celebrar la V Sesión Ordinaria el 14 de junio de 2022 a las 10:00 horas.', ['2022-06-14'], [], 'Secretaría Ejecutiva', '2022-06-14', 'Programado', next_session=True),
    ],
    next=dict(date='2022-06-14', start_time='10:00', end_time=None, strategies=[]),
    notes='as protesta-03; one reported goal whose INFORME is a sentence, not a table'))

# ================================================================ L3 espaciopublico (memoria de la reunión)
EP_BODY = 'Derecho al Espacio Público'
EP_PLACE = 'Reunión virtual a través de la plataforma Zoom'
SOBSE = 'Secretaría de Obras y Servicios'
AGU = 'Agencia de Gestión Urbana'
CUA = 'Alcaldía Cuauhtémoc'
LAB = 'Laboratorio de Ciudad y Espacio Público, A.C.'
BAN = 'Colectivo Banqueta Libre'
EP_ATT = [
    ('Luis Romero Paz', 'Arq.', SOBSE, 'SOBSE', IE, ''),
    ('Marta Cid Olmedo', 'Ing.', SOBSE, 'SOBSE', IE, ''),
    ('Samuel Ortiz Galindo', 'Lic.', AGU, None, IE, ''),
    ('Elvira Zamora Quiñones', 'Mtra.', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', IE, ''),
    ('Jaime Rosales Ocampo', 'Lic.', CUA, 'ALC-CUAUHTEMOC', OT, ''),
    ('Renata Hidalgo Ferrer', 'Arq.', LAB, None, SC, ''),
    ('Diego Montaño Ávila', 'Mtro.', LAB, None, SC, ''),
    ('Consuelo Mireles Tapia', 'C.', BAN, None, SC, ''),
    ('Mónica Treviño Salas', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, ''),
]
EP_510 = 'Recuperar y mantener espacios públicos accesibles, seguros y de calidad'
G510_1 = ('510.1', 'Rehabilitar parques y plazas en colonias con alto índice de marginación', 'Número de espacios públicos rehabilitados', SOBSE, 'SOBSE')
G510_2 = ('510.2', 'Garantizar la accesibilidad universal en los espacios públicos rehabilitados',
          'Porcentaje de espacios rehabilitados que cumplen criterios de accesibilidad universal', AGU, None)
EP_COORD = ('Rodrigo Alcántara Vives', 'Coordinador del Espacio de Participación')

ACTAS.append(dict(
    stem='blind-l-espaciopublico-02-2020-09-10', layout='L3', esp='espaciopublico',
    body=EP_BODY, kind='reunión de trabajo', number=2, ordinal='segunda',
    date='2020-09-10', date_text='jueves 10 de septiembre de 2020', start='11:00', end='13:15', place=EP_PLACE,
    topic=None, objective='Conocer los avances de las estrategias 510 y 512 y acordar la ruta de trabajo del segundo semestre',
    coordinator=EP_COORD, elaboro='Mónica Treviño Salas',
    attendance=EP_ATT,
    strategies=[
        dict(number=510, title=EP_510,
             goals=[G(*G510_1, ['Se concluyó la rehabilitación de 12 parques de bolsillo en las alcaldías Iztapalapa y Gustavo A. Madero.',
                                'Se instalaron 340 luminarias de tecnología LED en plazas públicas.',
                                'Se invirtieron 28.5 millones de pesos en obra civil y mobiliario urbano.']),
                    G(*G510_2, None, 'La instancia no remitió su informe.')],
             figures=[(12, 'parques', '510.1', 'Se concluyó la rehabilitación de 12 parques de bolsillo'),
                      (340, 'luminarias', '510.1', 'Se instalaron 340 luminarias de tecnología LED en plazas públicas.'),
                      (28.5, 'millones de pesos', '510.1', 'Se invirtieron 28.5 millones de pesos en obra civil y mobiliario urbano.')],
             feedback=[
                 ('Los logros se reportan con datos duros y por alcaldía, lo que permite conocer el avance de la meta.', 'retroalimentacion', '510.1', 'avance', None),
                 ('Es necesario que la Agencia de Gestión Urbana empiece a reportar, ya que la meta no registra información desde el inicio del Programa.', 'retroalimentacion', '510.2', 'exhorta', None),
                 ('Se pide informar si en el diseño de los parques participaron las personas vecinas y con qué mecanismo.', 'observacion', '510.1', 'solicita_datos', None),
             ]),
        dict(number=512, title='Garantizar el uso democrático del espacio público y la convivencia',
             goals=[G('512.1', 'Establecer lineamientos para el uso del espacio público por el comercio en vía pública con enfoque de derechos',
                      'Lineamientos publicados', CUA, 'ALC-CUAUHTEMOC',
                      ['Se realizaron 4 mesas de diálogo con organizaciones de comerciantes.',
                       'Se levantó un censo de 1,870 puestos semifijos en el Centro Histórico.'])],
             figures=[(4, 'mesas de diálogo', '512.1', 'Se realizaron 4 mesas de diálogo con organizaciones de comerciantes.'),
                      (1870, 'puestos', '512.1', 'Se levantó un censo de 1,870 puestos semifijos en el Centro Histórico.')],
             feedback=[
                 ('El censo de puestos no corresponde a la meta, que es la emisión de lineamientos; se recomienda reportarlo como insumo y no como avance.', 'retroalimentacion', '512.1', 'desalineado', None),
                 ('Se cuestiona que los lineamientos se construyan sólo con organizaciones de comerciantes y no con las personas peatonas y con discapacidad.', 'observacion', '512.1', 'cuestiona', None),
                 ('La alcaldía refiere que la publicación de los lineamientos depende de la Secretaría de Gobierno y no de la demarcación.', 'observacion', '512.1', 'instancia', None),
             ]),
    ],
    agreements=[
        A('la Secretaría de Obras y Servicios enviará el listado de los 12 parques con su ubicación antes del 25 de septiembre', ['2020-09-25'], [510]),
        A('la Secretaría Ejecutiva invitará a la Secretaría de Gobierno a la siguiente reunión para tratar la meta 512.1', [], [512]),
        A('la próxima reunión se celebrará el jueves 8 de octubre de 2020 a las 11:00 horas, por la misma vía', ['2020-10-08'], [], next_session=True),
    ],
    next=dict(date='2020-10-08', start_time='11:00', end_time=None, strategies=[]),
    notes='memoria de la reunión: TOC field with cached entries (strategy titles twice), floating table with the meeting data, heading styles, attendance "Institución — names", INFORME as bulleted achievements, status sentence, agreements inside the closing paragraph'))

ACTAS.append(dict(
    stem='blind-l-espaciopublico-03-2020-10-08', layout='L3', esp='espaciopublico',
    body=EP_BODY, kind='reunión de trabajo', number=3, ordinal='tercera',
    date='2020-10-08', date_text='jueves 8 de octubre de 2020', start='11:00', end='13:00', place=EP_PLACE,
    topic=None, objective='Dar seguimiento a los acuerdos de la segunda reunión y revisar la estrategia 514',
    coordinator=EP_COORD, elaboro='Mónica Treviño Salas',
    attendance=[EP_ATT[0], EP_ATT[2], ('Verónica Lagunas Prieto', 'Lic.', 'Instituto de Verificación Administrativa', 'INVEA', IE, ''),
                ('Pablo Estrada Nieves', 'Lic.', 'Secretaría de Gobierno', 'SECGOB', IE, ''), EP_ATT[4], EP_ATT[5], EP_ATT[7], EP_ATT[8]],
    strategies=[
        dict(number=510, title=EP_510,
             goals=[G(*G510_1, None, 'La instancia no remitió su informe; envió el listado de parques como anexo.'),
                    G(*G510_2, ['De los 12 parques rehabilitados, 7 cumplen con los criterios del Manual de Normas Técnicas de Accesibilidad.',
                                'Se colocaron 1,150 metros lineales de guía táctil.'])],
             figures=[(7, 'parques', '510.2', '7 cumplen con los criterios del Manual de Normas Técnicas de Accesibilidad'),
                      (1150, 'metros lineales', '510.2', 'Se colocaron 1,150 metros lineales de guía táctil.')],
             feedback=[
                 ('El porcentaje de cumplimiento, por sí solo, no da cumplimiento a la meta, que pide accesibilidad universal en todos los espacios rehabilitados.', 'retroalimentacion', '510.2', 'insuficiente', None),
                 ('Sería oportuno que a estas reuniones acuda el área de proyectos de la Agencia, que tiene la información técnica.', 'observacion', '510.2', 'proceso', None),
             ]),
        dict(number=514, title='Prevenir la apropiación privada del espacio público',
             goals=[G('514.1', 'Verificar el retiro de enseres e instalaciones que obstruyen la vía pública', 'Número de visitas de verificación realizadas',
                      'Instituto de Verificación Administrativa', 'INVEA',
                      ['Se realizaron 96 visitas de verificación a establecimientos mercantiles con enseres en vía pública.',
                       'Se impusieron 31 suspensiones de actividades.',
                       'Se recuperaron 5,400 metros cuadrados de banqueta.']),
                    G('514.2', 'Retirar postes y parquímetros en desuso que invaden las banquetas', 'Número de elementos retirados',
                      'Secretaría de Movilidad', 'SEMOVI', None, 'La instancia no remitió su informe.')],
             figures=[(96, 'visitas', '514.1', 'Se realizaron 96 visitas de verificación'),
                      (31, 'suspensiones', '514.1', 'Se impusieron 31 suspensiones de actividades.'),
                      (5400, 'metros cuadrados', '514.1', 'Se recuperaron 5,400 metros cuadrados de banqueta.')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el resultado de las verificaciones.', 'retroalimentacion', '514.1', 'avance', None),
                 ('Es necesario que se informe en qué colonias se realizaron las visitas y cuántos enseres fueron retirados de manera definitiva.', 'observacion', '514.1', 'solicita_datos', None),
                 ('Estas acciones pueden estar enmarcadas también en la estrategia 512, meta 512.1, por su relación con el comercio en vía pública.', 'retroalimentacion', '514.1', 'reasignar', None),
             ]),
    ],
    agreements=[
        A('el Instituto de Verificación Administrativa enviará el desglose por colonia de las visitas realizadas', [], [514]),
        A('la Secretaría Ejecutiva solicitará por escrito a la Secretaría de Movilidad su informe de la meta 514.2', [], [514]),
        A('la próxima reunión se celebrará el jueves 12 de noviembre de 2020 a las 11:00 horas', ['2020-11-12'], [], next_session=True),
    ],
    next=dict(date='2020-11-12', start_time='11:00', end_time=None, strategies=[]),
    notes='as espaciopublico-02; a reported-elsewhere status sentence for 510.1 (not reported)'))

# ================================================================ L4 consumidores (legal acta, signature grid, hyphen fill, line numbers)
CON_BODY = 'Derechos de las Personas Consumidoras'
CON_PLACE = 'sala de juntas de la Secretaría de Desarrollo Económico, sita en avenida Cuauhtémoc número 898, colonia Narvarte Poniente, alcaldía Benito Juárez'
SEDECO = 'Secretaría de Desarrollo Económico'
AGEPSA = 'Agencia de Protección Sanitaria'
PROFECO = 'Procuraduría Federal del Consumidor'
PODER = 'El Poder del Consumidor, A.C.'
AMCR = 'Asociación Mexicana de Consumidores Responsables, A.C.'
CON_ATT = [
    ('Julián Castro Benítez', 'Lic.', SEDECO, 'SEDECO', IE, 'Director de Abasto y Comercio'),
    ('Maricela Domínguez Vera', 'Q.F.B.', AGEPSA, 'AGEPSA', IE, 'Subdirectora de Fomento Sanitario'),
    ('Raúl Ignacio Sepúlveda Luna', 'Lic.', 'Instituto de Verificación Administrativa', 'INVEA', IE, 'Coordinador de Verificación al Comercio'),
    ('Patricia Noriega Salcedo', 'Mtra.', PROFECO, None, OT, 'Delegada Metropolitana Centro'),
    ('Eduardo Villegas Ruiz', 'Lic.', PODER, None, SC, 'Coordinador de Campañas'),
    ('Ana Sofía Guerrero Lemus', 'Lic.', AMCR, None, SC, 'Presidenta'),
    ('Tomás Aurelio Bracamontes Gil', 'C.', AMCR, None, SC, 'Asociado'),
    ('Laura Estela Pinedo Ruelas', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', SE, 'Enlace del Espacio'),
]
CON_612 = 'Garantizar información veraz y suficiente a las personas consumidoras sobre los bienes y servicios que se ofrecen en la Ciudad'
CON_COORD = ('Alma Delia Fuentes Carrasco', 'Coordinadora del Espacio de Participación')

ACTAS.append(dict(
    stem='blind-l-consumidores-03-2019-05-16', layout='L4', esp='consumidores',
    body=CON_BODY, kind='sesión ordinaria', number=3, number_word='TRES', code='EP-DPC',
    date='2019-05-16', date_words='dieciséis de mayo de dos mil diecinueve', start='10:15', start_words='diez horas con quince minutos',
    end='12:20', end_words='doce horas con veinte minutos', place=CON_PLACE,
    topic=None, objective=None, coordinator=CON_COORD,
    attendance=CON_ATT,
    strategies=[
        dict(number=612, title=CON_612,
             goals=[G('612.1', 'Verificar que los establecimientos mercantiles exhiban los precios de los productos y servicios que ofrecen',
                      'Número de visitas de verificación en materia de exhibición de precios', 'Instituto de Verificación Administrativa', 'INVEA',
                      ['Durante el primer trimestre de dos mil diecinueve se practicaron 214 visitas de verificación a establecimientos mercantiles en materia de exhibición de precios, de las cuales en 63 visitas se detectaron irregularidades que dieron lugar a igual número de procedimientos de calificación.']),
                    G('612.2', 'Difundir en mercados públicos los derechos de las personas consumidoras', 'Número de mercados públicos con acciones de difusión',
                      SEDECO, 'SEDECO', ['Se colocaron carteles y se distribuyeron 18,500 trípticos sobre derechos de las personas consumidoras en 41 mercados públicos de seis alcaldías.'])],
             figures=[(214, 'visitas', '612.1', 'se practicaron 214 visitas de verificación a establecimientos mercantiles en materia de exhibición de precios'),
                      (63, 'visitas', '612.1', 'de las cuales en 63 visitas se detectaron irregularidades'),
                      (18500, 'trípticos', '612.2', 'se distribuyeron 18,500 trípticos sobre derechos de las personas consumidoras'),
                      (41, 'mercados', '612.2', 'en 41 mercados públicos de seis alcaldías')],
             feedback=[
                 ('La Secretaría Ejecutiva reconoce que el informe del Instituto presenta datos duros que permiten conocer el resultado de las verificaciones.', 'retroalimentacion', '612.1', 'avance', None),
                 ('Es necesario que la Secretaría de Desarrollo Económico informe qué alcaldías y mercados fueron cubiertos y con qué periodicidad se realiza la difusión.', 'retroalimentacion', '612.2', 'solicita_datos', None),
                 ('La organización El Poder del Consumidor cuestiona que la difusión se limite a carteles y trípticos, pues no existe evidencia de que modifiquen las prácticas comerciales.', 'observacion', '612.2', 'cuestiona', None),
             ]),
        dict(number=614, title='Proteger la salud de las personas consumidoras frente a productos y alimentos de riesgo',
             goals=[G('614.1', 'Realizar muestreos sanitarios de alimentos preparados en la vía pública', 'Número de muestras analizadas y porcentaje de muestras fuera de norma',
                      AGEPSA, 'AGEPSA', None, 'No se presentó.')],
             figures=[],
             feedback=[
                 ('Es necesario que la Agencia de Protección Sanitaria presente su informe e inicie el muestreo comprometido para el presente ejercicio.', 'retroalimentacion', '614.1', 'exhorta', None),
                 ('La Agencia de Protección Sanitaria manifiesta que el laboratorio de referencia suspendió la recepción de muestras por falta de reactivos, lo que impidió reportar.', 'observacion', '614.1', 'instancia', None),
             ]),
    ],
    agreements=[
        A('La Secretaría de Desarrollo Económico remitirá a la Secretaría Ejecutiva, a más tardar el treinta y uno de mayo de dos mil diecinueve, la relación de mercados públicos en que se realizó la difusión.', ['2019-05-31'], [612]),
        A('La Agencia de Protección Sanitaria presentará en la siguiente sesión el calendario de muestreo de la meta 614.1.', [], [614]),
        A('Se convoca a la sesión ordinaria número cuatro, que se celebrará el jueves trece de junio de dos mil diecinueve a las diez horas, en el mismo lugar.', ['2019-06-13'], [], next_session=True),
    ],
    next=dict(date='2019-06-13', start_time='10:00', end_time=None, strategies=[]),
    notes='legal acta: session number in cardinal words ("número tres"), date/time/place only in the opening sentence in words, labels "META 612.1.-", every paragraph closed with a hyphen leader tab, line numbers in the margin, coded agreements "ACUERDO EP-DPC/03/01.-", attendance only as a signature grid at the end (three blocks per row)'))

ACTAS.append(dict(
    stem='blind-l-consumidores-04-2019-06-13', layout='L4', esp='consumidores',
    body=CON_BODY, kind='sesión ordinaria', number=4, number_word='CUATRO', code='EP-DPC',
    date='2019-06-13', date_words='trece de junio de dos mil diecinueve', start='10:00', start_words='diez horas',
    end='11:50', end_words='once horas con cincuenta minutos', place=CON_PLACE,
    topic=None, objective=None, coordinator=CON_COORD,
    attendance=[CON_ATT[0], CON_ATT[1], ('Héctor Manuel Aldana Frías', 'Dr.', AGEPSA, 'AGEPSA', IE, 'Director de Control Sanitario'), CON_ATT[3],
                CON_ATT[4], ('Gisela Montiel Arroyo', 'Lic.', PODER, None, SC, 'Investigadora'), CON_ATT[5], CON_ATT[7]],
    strategies=[
        dict(number=614, title='Proteger la salud de las personas consumidoras frente a productos y alimentos de riesgo',
             goals=[G('614.1', 'Realizar muestreos sanitarios de alimentos preparados en la vía pública', 'Número de muestras analizadas y porcentaje de muestras fuera de norma',
                      AGEPSA, 'AGEPSA', ['Entre los meses de abril y mayo se tomaron 326 muestras de alimentos preparados en la vía pública, de las cuales 48 muestras resultaron fuera de norma por contaminación microbiológica, esto es, el 14.7 por ciento.']),
                    G('614.2', 'Emitir alertas sanitarias sobre productos de riesgo a través de medios digitales', 'Número de alertas sanitarias emitidas',
                      AGEPSA, 'AGEPSA', ['Se emitieron 5 alertas sanitarias en redes sociales institucionales, con un alcance aproximado de 92,000 personas.'])],
             figures=[(326, 'muestras', '614.1', 'se tomaron 326 muestras de alimentos preparados en la vía pública'),
                      (48, 'muestras', '614.1', 'de las cuales 48 muestras resultaron fuera de norma por contaminación microbiológica'),
                      (14.7, 'por ciento', '614.1', 'esto es, el 14.7 por ciento'),
                      (5, 'alertas', '614.2', 'Se emitieron 5 alertas sanitarias en redes sociales institucionales'),
                      (92000, 'personas', '614.2', 'con un alcance aproximado de 92,000 personas')],
             feedback=[
                 ('Se reconoce que la Agencia atendió el acuerdo de la sesión anterior y presentó datos duros del muestreo.', 'retroalimentacion', '614.1', 'avance', None),
                 ('El indicador de la meta 614.2 cuenta alertas emitidas, pero no permite medir si la población recibió la información; no hay correspondencia entre la meta y el indicador.', 'retroalimentacion', '614.2', 'diseno_meta', None),
                 ('Se solicita que la Agencia informe qué acciones se tomaron respecto de los puestos cuyas muestras resultaron fuera de norma.', 'observacion', '614.1', 'solicita_datos', None),
             ]),
        dict(number=617, title='Fortalecer los mecanismos de queja y conciliación en materia de consumo',
             goals=[G('617.1', 'Canalizar las quejas de las personas consumidoras recibidas en las ventanillas de la Ciudad a la instancia competente', 'Número de quejas canalizadas',
                      SEDECO, 'SEDECO', None, 'No se presentó.')],
             figures=[],
             feedback=[
                 ('La Procuraduría Federal del Consumidor señala que sería oportuno que las quejas se canalicen a través del sistema Concilianet, para que su seguimiento pueda informarse al Espacio.', 'observacion', '617.1', 'proceso', None),
             ]),
    ],
    agreements=[
        A('La Agencia de Protección Sanitaria informará, en la sesión ordinaria número cinco, las medidas adoptadas respecto de los puestos con muestras fuera de norma.', [], [614]),
        A('La Secretaría Ejecutiva elaborará una propuesta de nuevo indicador para la meta 614.2.', [], [614]),
        A('Se convoca a la sesión ordinaria número cinco, que se celebrará el jueves quince de agosto de dos mil diecinueve a las diez horas.', ['2019-08-15'], [], next_session=True),
    ],
    next=dict(date='2019-08-15', start_time='10:00', end_time=None, strategies=[]),
    notes='as consumidores-03'))

# ================================================================ L5 digitales (Markdown rendering, Chromium; docx as a pandoc conversion)
DIG_BODY = 'Derechos Digitales y Acceso a Internet'
DIG_PLACE = 'Sesión virtual (Jitsi Meet)'
ADIP = 'ADIP'
SSC5 = 'SSC – Policía Cibernética'
R3D = 'R3D: Red en Defensa de los Derechos Digitales'
STIC = 'SocialTIC, A.C.'
DIG_ATT = [
    ('Néstor Iglesias Paredes', '', ADIP, 'ADIP', IE, ''),
    ('Fabiola Cano Urrutia', '', ADIP, 'ADIP', IE, ''),
    ('Ricardo Salinas Oropeza', '', SSC5, 'SSPCDMX', IE, ''),
    ('Elisa Maldonado Ferrer', '', 'SECTEI', 'SEDU', IE, ''),
    ('Omar Rendón Vázquez', '', 'INFO CDMX', 'INFOCDMX', IE, ''),
    ('Gabriela Sáenz Moreno', '', R3D, None, SC, ''),
    ('Luis Fernando Arriaga Pons', '', STIC, None, SC, ''),
    ('Mariana Téllez Ocampo', '', 'Mujeres en Red, Colectiva Feminista', None, SC, ''),
    ('Adrián Vela Cárdenas', '', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, ''),
]
DIG_705 = 'Ampliar la conectividad gratuita y de calidad en el espacio público'
G705_1 = ('705.1', 'Instalar puntos de acceso gratuito a internet en espacios públicos de colonias con bajo índice de desarrollo social',
          'Número de puntos de acceso instalados y en operación', 'Agencia Digital de Innovación Pública', 'ADIP')
G705_2 = ('705.2', 'Garantizar una velocidad mínima de conexión en los puntos de acceso gratuito',
          'Porcentaje de puntos con velocidad igual o superior a 10 Mbps', 'Agencia Digital de Innovación Pública', 'ADIP')
DIG_COORD = ('Néstor Quiroga Bautista', 'coordinador del Espacio')

ACTAS.append(dict(
    stem='blind-l-digitales-07-2023-08-17', layout='L5', esp='digitales',
    body=DIG_BODY, kind='sesión ordinaria', number=7, ordinal='7.ª',
    date='2023-08-17', date_text='jueves 17/08/2023', start='17:00', end='19:00', place=DIG_PLACE,
    topic=None, objective=None, coordinator=DIG_COORD, next_text='La 8.ª sesión ordinaria se realizará el jueves 14 de septiembre de 2023 a las 17:00 h, en la misma modalidad.',
    attendance=DIG_ATT,
    strategies=[
        dict(number=705, title=DIG_705,
             goals=[G(*G705_1, ['Al 30 de junio de 2023 operan 21,480 puntos de acceso gratuito; en el trimestre se instalaron 1,312 nuevos puntos en postes del C5 y en 87 escuelas públicas, y se registró un promedio mensual de 3.2 millones de personas usuarias.']),
                    G(*G705_2, None, 'sin informe')],
             figures=[(21480, 'puntos', '705.1', 'operan 21,480 puntos de acceso gratuito'),
                      (1312, 'puntos', '705.1', 'se instalaron 1,312 nuevos puntos en postes del C5'),
                      (87, 'escuelas', '705.1', 'en 87 escuelas públicas'),
                      (3.2, 'millones de personas', '705.1', 'se registró un promedio mensual de 3.2 millones de personas usuarias')],
             feedback=[
                 ('El informe presenta cifras de cobertura y de uso que permiten conocer el avance de la meta.', 'retroalimentacion', '705.1', 'avance', None),
                 ('Es necesario que la Agencia empiece a reportar la meta 705.2, que no tiene informes desde su incorporación al Programa.', 'retroalimentacion', '705.2', 'exhorta', None),
                 ('La ADIP solicita que la metodología para medir la velocidad se acuerde previamente con la Secretaría Ejecutiva.', 'observacion', '705.2', 'instancia', None),
             ]),
        dict(number=708, title='Prevenir y atender la violencia digital',
             goals=[G('708.1', 'Atender los reportes de violencia digital recibidos por la Policía Cibernética', 'Número de reportes atendidos',
                      'Secretaría de Seguridad Ciudadana', 'SSPCDMX',
                      ['Se recibieron 2,746 reportes, de los cuales 1,905 reportes fueron atendidos y 418 reportes canalizados a la Fiscalía. El 61 por ciento de los reportes corresponde a mujeres.'])],
             figures=[(2746, 'reportes', '708.1', 'Se recibieron 2,746 reportes'),
                      (1905, 'reportes', '708.1', 'de los cuales 1,905 reportes fueron atendidos'),
                      (418, 'reportes', '708.1', '418 reportes canalizados a la Fiscalía'),
                      (61, 'por ciento', '708.1', 'El 61 por ciento de los reportes corresponde a mujeres.')],
             feedback=[
                 ('Se necesita informar el desglose de los reportes por tipo de violencia digital y por alcaldía.', 'observacion', '708.1', 'solicita_datos', None),
                 ('Sociedad civil cuestiona que la Policía Cibernética realice monitoreo de perfiles en redes sociales sin orden judicial como parte de la atención.', 'observacion', '708.1', 'cuestiona', None),
             ]),
    ],
    agreements=[
        A('Enviar la metodología de medición de velocidad de los puntos de acceso a más tardar el 1 de septiembre de 2023.', ['2023-09-01'], [705], 'ADIP'),
        A('Presentar el desglose de reportes de violencia digital por tipo y por alcaldía.', [], [708], 'SSC'),
        A('Circular la minuta para comentarios en un plazo de cinco días hábiles.', [], [], 'Secretaría Ejecutiva'),
    ],
    next=dict(date='2023-09-14', start_time='17:00', end_time=None, strategies=[]),
    notes='Markdown minuta rendered to HTML (GitHub-like CSS) and printed by Chromium; "7.ª"; front matter as a bullet list; attendance as nested bullets "**Institución**: names" with acronyms; goals as h4 + bullets, INFORME as a blockquote; agreements as a task list "**Responsable** — text"; next session in its own section, not an agreement; docx as a pandoc conversion'))

ACTAS.append(dict(
    stem='blind-l-digitales-08-2023-09-14', layout='L5', esp='digitales',
    body=DIG_BODY, kind='sesión ordinaria', number=8, ordinal='8.ª',
    date='2023-09-14', date_text='jueves 14/09/2023', start='17:00', end='18:40', place=DIG_PLACE,
    topic=None, objective=None, coordinator=DIG_COORD, next_text='La 9.ª sesión ordinaria se realizará el jueves 19 de octubre de 2023 a las 17:00 h.',
    attendance=[DIG_ATT[0], DIG_ATT[3], ('Rosa María Quezada Lima', '', 'SECTEI', 'SEDU', IE, ''), DIG_ATT[4], DIG_ATT[5], DIG_ATT[6],
                ('Paola Iturbide Sosa', '', STIC, None, SC, ''), DIG_ATT[8]],
    strategies=[
        dict(number=705, title=DIG_705,
             goals=[G(*G705_1, None, 'sin informe'),
                    G(*G705_2, ['Con la metodología acordada, el 68 por ciento de los puntos de acceso registró una velocidad igual o superior a la establecida; se sustituyeron 540 equipos de conexión en las alcaldías Iztapalapa y Tlalpan.'])],
             figures=[(68, 'por ciento', '705.2', 'el 68 por ciento de los puntos de acceso registró una velocidad igual o superior a la establecida'),
                      (540, 'equipos', '705.2', 'se sustituyeron 540 equipos de conexión en las alcaldías Iztapalapa y Tlalpan')],
             feedback=[
                 ('La medición atiende el acuerdo de la sesión anterior, pero el 68 por ciento por sí solo no da cumplimiento a la meta, que exige la velocidad mínima en todos los puntos.', 'retroalimentacion', '705.2', 'insuficiente', None),
                 ('Es importante que a la sesión acuda personal del área de infraestructura de la Agencia, que tiene los datos técnicos.', 'observacion', '705.2', 'proceso', None),
             ]),
        dict(number=710, title='Reducir la brecha digital de las personas mayores',
             goals=[G('710.1', 'Impartir talleres de alfabetización digital para personas mayores', 'Número de personas mayores que concluyeron los talleres',
                      'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU',
                      ['En los PILARES se impartieron 64 talleres de alfabetización digital, que concluyeron 1,038 personas mayores; el 72 por ciento fueron mujeres.', 'Además, se impartieron 12 talleres de uso de redes sociales.'])],
             figures=[(64, 'talleres', '710.1', 'se impartieron 64 talleres de alfabetización digital'),
                      (1038, 'personas', '710.1', 'que concluyeron 1,038 personas mayores'),
                      (72, 'por ciento', '710.1', 'el 72 por ciento fueron mujeres'),
                      (12, 'talleres', '710.1', 'se impartieron 12 talleres de uso de redes sociales')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el avance de la meta.', 'retroalimentacion', '710.1', 'avance', None),
                 ('Los talleres de uso de redes sociales que se incluyen en el informe no corresponden a la meta de alfabetización digital; se recomienda omitirlos.', 'retroalimentacion', '710.1', 'desalineado', None),
                 ('Se pide informar en qué PILARES se impartieron los talleres y cuántas horas duró cada uno.', 'observacion', '710.1', 'solicita_datos', None),
             ]),
    ],
    agreements=[
        A('Informar la meta 705.1 con corte al 30 de septiembre de 2023.', ['2023-09-30'], [705], 'ADIP'),
        A('Enviar la relación de PILARES y la duración de los talleres de la meta 710.1.', [], [710], 'SECTEI'),
    ],
    next=dict(date='2023-10-19', start_time='17:00', end_time=None, strategies=[]),
    notes='as digitales-07'))

# ================================================================ L6 buenaadmin (institutional Word template: first/even headers, rotated strategy column, SEQ agreements)
BA_BODY = 'Derecho a la Buena Administración Pública'
BA_PLACE = 'Microsoft Teams'
ADIPF = 'Agencia Digital de Innovación Pública'
EAPF = 'Escuela de Administración Pública'
OCG = 'Observatorio Ciudadano de la Gestión Pública, A.C.'
CQV = 'Ciudadanía que Vigila, A.C.'
BA_ATT = [
    ('Ernesto Lozada Villarreal', 'Mtro.', 'Director de Trámites y Servicios', ADIPF, 'ADIP', IE),
    ('Irma Catalina Reséndiz Oca', 'Lic.', 'Subdirectora de Formación', EAPF, 'EAP', IE),
    ('Gustavo Padrón Lechuga', 'Lic.', 'Enlace de Derechos Humanos', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE),
    ('Teresa de Jesús Amaro Villa', 'C.P.', 'Directora de Atención Ciudadana', 'Secretaría de la Contraloría General', 'SCG', IE),
    ('Octavio Benavides Rangel', 'Lic.', 'Comisionado Ciudadano', 'INFO CDMX', 'INFOCDMX', IE),
    ('Araceli Durán Palomares', 'Mtra.', 'Directora', OCG, None, SC),
    ('Joel Enrique Santillán Rey', 'Lic.', 'Investigador', CQV, None, SC),
    ('Brenda Yazmín Castillo Orta', 'Lic.', 'Analista', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE),
]
# attendance rows are (name, title, institution, key, sector, cargo) like every other layout
BA_ATT = [(n, t, i, k, s, c) for n, t, c, i, k, s in BA_ATT]
BA_405 = 'Simplificar y digitalizar los trámites y servicios de la administración pública de la Ciudad'
G405_1 = ('405.1', 'Digitalizar los trámites de mayor demanda ciudadana', 'Número de trámites digitalizados', ADIPF, 'ADIP')
G405_2 = ('405.2', 'Publicar el Catálogo Único de Trámites y Servicios con requisitos homologados', 'Catálogo publicado en la Gaceta Oficial',
          'Consejería Jurídica y de Servicios Legales', 'CEJUR')
BA_COORD = ('Sergio Armando Peralta Nava', 'Coordinador del Espacio de Participación')

ACTAS.append(dict(
    stem='blind-l-buenaadmin-03-2021-02-24', layout='L6', esp='buenaadmin',
    body=BA_BODY, kind='Reunión de Trabajo', number=3, ordinal='3a.', code='EP-BAP/RT/03/2021',
    date='2021-02-24', date_text='24.02.2021', start='10:00', end='12:05', place=BA_PLACE,
    topic=None, objective='Revisar los avances reportados en 2020 de las estrategias 405 y 407',
    coordinator=BA_COORD, next_text='el miércoles 24 de marzo de 2021 a las 10:00 horas, por Microsoft Teams',
    attendance=BA_ATT,
    strategies=[
        dict(number=405, title=BA_405,
             goals=[G(*G405_1, ['En 2020 se digitalizaron 127 trámites, que concentran el 63 por ciento de las solicitudes ciudadanas.', 'La plataforma Llave CDMX suma 2.1 millones de cuentas activas.'], 'En proceso'),
                    G(*G405_2, None, 'Sin informe')],
             figures=[(127, 'trámites', '405.1', 'En 2020 se digitalizaron 127 trámites'),
                      (63, 'por ciento', '405.1', 'que concentran el 63 por ciento de las solicitudes ciudadanas'),
                      (2.1, 'millones de cuentas', '405.1', 'La plataforma Llave CDMX suma 2.1 millones de cuentas activas.')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el avance en la digitalización.', 'retroalimentacion', '405.1', 'avance', None),
                 ('Se necesita informar cuáles trámites se digitalizaron y cuántas solicitudes recibió cada uno.', 'retroalimentacion', '405.1', 'solicita_datos', None),
                 ('Se cuestiona que la digitalización excluya a quienes no tienen acceso a internet si no se mantiene la atención presencial.', 'observacion', '405.1', 'cuestiona', None),
                 ('Es necesario que la Consejería Jurídica informe sobre el catálogo, ya que es la base para homologar los requisitos.', 'retroalimentacion', '405.2', 'exhorta', None),
             ]),
        dict(number=407, title='Profesionalizar a las personas servidoras públicas en la atención ciudadana con enfoque de derechos',
             goals=[G('407.1', 'Capacitar a las personas servidoras públicas de atención ciudadana en derechos humanos y trato digno', 'Número de personas servidoras públicas capacitadas',
                      EAPF, 'EAP', ['Se impartió el curso en línea «Trato digno en la atención ciudadana» a 3,412 personas servidoras públicas de 38 dependencias, con una tasa de acreditación del 87 por ciento.'], 'Cumplido')],
             figures=[(3412, 'personas', '407.1', 'a 3,412 personas servidoras públicas de 38 dependencias'),
                      (38, 'dependencias', '407.1', 'de 38 dependencias'),
                      (87, 'por ciento', '407.1', 'con una tasa de acreditación del 87 por ciento')],
             feedback=[
                 ('El curso contribuye a la meta; sin embargo, por sí solo no da cumplimiento a la profesionalización que plantea la estrategia.', 'retroalimentacion', '407.1', 'insuficiente', None),
                 ('La Escuela de Administración Pública solicita que la Secretaría Ejecutiva le haga llegar las recomendaciones por escrito para incorporarlas al curso.', 'observacion', '407.1', 'instancia', None),
             ]),
    ],
    agreements=[
        A('La Agencia Digital de Innovación Pública presentará el listado de los 127 trámites digitalizados, con el número de solicitudes de cada uno.', ['2021-03-10'], [405], 'ADIP', '10.03.2021'),
        A('La Secretaría Ejecutiva solicitará a la Consejería Jurídica el estado del Catálogo Único de Trámites y Servicios.', ['2021-03-03'], [405], 'Secretaría Ejecutiva', '03.03.2021'),
    ],
    next=dict(date='2021-03-24', start_time='10:00', end_time=None, strategies=[]),
    notes='institutional template: different first-page header and even/odd headers, a four-cell data strip (label + soft break + value), dotted dates "24.02.2021", attendance with a Sector abbreviation column explained in a footnote, one table per strategy with a rotated vertically merged "ESTRATEGIA 405" column and an Estatus column, feedback table Meta | Retroalimentación | Observaciones, agreements "Acuerdo {SEQ}" with Responsable/Plazo lines, next session only in the closing paragraph'))

ACTAS.append(dict(
    stem='blind-l-buenaadmin-04-2021-03-24', layout='L6', esp='buenaadmin',
    body=BA_BODY, kind='Reunión de Trabajo', number=4, ordinal='4a.', code='EP-BAP/RT/04/2021',
    date='2021-03-24', date_text='24.03.2021', start='10:00', end='11:55', place=BA_PLACE,
    topic=None, objective='Dar seguimiento a los acuerdos de la 3a. Reunión de Trabajo y revisar la estrategia 409',
    coordinator=BA_COORD, next_text='el miércoles 21 de abril de 2021 a las 10:00 horas, por la misma plataforma',
    attendance=[BA_ATT[0], BA_ATT[2], BA_ATT[3], ('Mauricio Elías Tovar Grajales', 'Ing.', 'LOCATEL', 'LOCATEL', IE, 'Subdirector de Operación'),
                BA_ATT[5], ('Claudia Ivonne Serrano Paz', 'Lic.', OCG, None, SC, 'Coordinadora de Proyectos'), BA_ATT[6], BA_ATT[7]],
    strategies=[
        dict(number=405, title=BA_405,
             goals=[G(*G405_1, None, 'Sin informe'),
                    G(*G405_2, ['El Catálogo Único de Trámites y Servicios se publicó en la Gaceta Oficial el 15 de marzo de 2021, con 1,146 trámites y servicios homologados.'], 'Cumplido')],
             figures=[(1146, 'trámites', '405.2', 'con 1,146 trámites y servicios homologados')],
             feedback=[
                 ('Es necesario que la Agencia Digital entregue el listado comprometido en la reunión anterior.', 'retroalimentacion', '405.1', 'exhorta', None),
                 ('La publicación del catálogo permite conocer el cumplimiento de la meta.', 'retroalimentacion', '405.2', 'avance', None),
                 ('La homologación de requisitos podría enmarcarse también en la estrategia 409, meta 409.1, por su relación con las quejas por cobros indebidos.', 'observacion', '405.2', 'reasignar', None),
             ]),
        dict(number=409, title='Fortalecer los mecanismos de quejas y denuncias ciudadanas',
             goals=[G('409.1', 'Atender en tiempo las quejas y denuncias ciudadanas presentadas ante los órganos internos de control', 'Porcentaje de quejas y denuncias atendidas dentro del plazo legal',
                      'Secretaría de la Contraloría General', 'SCG',
                      ['Se recibieron 4,870 quejas y denuncias, de las cuales 3,925 quejas se atendieron dentro del plazo legal; se iniciaron 212 investigaciones administrativas.'], 'En proceso'),
                    G('409.2', 'Habilitar un canal telefónico de denuncia ciudadana con seguimiento en línea', 'Canal habilitado y número de denuncias recibidas',
                      'LOCATEL', 'LOCATEL', None, 'Sin informe')],
             figures=[(4870, 'quejas', '409.1', 'Se recibieron 4,870 quejas y denuncias'),
                      (3925, 'quejas', '409.1', 'de las cuales 3,925 quejas se atendieron dentro del plazo legal'),
                      (212, 'investigaciones', '409.1', 'se iniciaron 212 investigaciones administrativas')],
             feedback=[
                 ('El indicador mide el porcentaje atendido en plazo, pero el informe da totales sin el porcentaje; no hay correspondencia entre lo reportado y el indicador.', 'retroalimentacion', '409.1', 'desalineado', None),
                 ('Es importante que la Contraloría invite a la siguiente reunión a las personas titulares de los órganos internos de control con mayor número de quejas.', 'observacion', '409.1', 'proceso', None),
                 ('LOCATEL menciona que el canal opera desde enero, pero la información debe solicitarse al C5, del que depende.', 'observacion', '409.2', 'instancia', None),
             ]),
    ],
    agreements=[
        A('La Secretaría de la Contraloría General informará el porcentaje de quejas y denuncias atendidas dentro del plazo legal, por dependencia.', ['2021-04-14'], [409], 'SCG', '14.04.2021'),
        A('La Secretaría Ejecutiva solicitará al C5 la información de la meta 409.2.', ['2021-03-31'], [409], 'Secretaría Ejecutiva', '31.03.2021'),
        A('La Agencia Digital de Innovación Pública entregará el listado de trámites digitalizados pendiente desde la 3a. Reunión de Trabajo.', ['2021-04-07'], [405], 'ADIP', '07.04.2021'),
    ],
    next=dict(date='2021-04-21', start_time='10:00', end_time=None, strategies=[]),
    notes='as buenaadmin-03'))
