# -*- coding: utf-8 -*-
# Batch N content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key,
                report=report, status=status)


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, state=state, next_session=next_session)


ACTAS = []

# ================================================================ N1 reconstruccion (tarjeta informativa to the Secretario Ejecutivo)
REC_BODY = 'Derechos de las Personas Damnificadas por el Sismo y la Reconstrucción'
REC_PLACE = 'sala de juntas de la Comisión para la Reconstrucción de la Ciudad de México, Plaza de la Constitución 1, tercer piso, colonia Centro'
REC_COORD = ('Lorena Medina Ochoa', 'Coordinadora del Espacio de Participación')
CREC = 'Comisión para la Reconstrucción de la Ciudad de México'
REC_ATT = [
    ('Ernesto Villaseñor Paz', 'Arq.', CREC, None, IE, 'Director de Proyectos'),
    ('Beatriz Alcántara Ruiz', 'Lic.', CREC, None, IE, 'Enlace'),
    ('Pablo Ríos Cano', 'Ing.', 'ISC', 'ISC', IE, 'Subdirector de Dictaminación'),
    ('Marcela Oropeza Díaz', 'Arq.', 'SEDUVI', 'SEDUVI', IE, 'JUD de Licencias'),
    ('Raúl Cisneros Mata', 'Lic.', 'INVI', 'INVI', IE, 'Subdirector de Atención a Damnificados'),
    ('Adriana Solís Gutiérrez', 'Mtra.', 'SGIRPC', 'SGIRPC', IE, 'Directora de Capacitación'),
    ('Óscar Nava Pineda', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Enlace de Reconstrucción'),
    ('Irma Gallardo Vega', 'Lic.', 'CDHCM', 'CDHDF', OT, 'Visitadora adjunta'),
    ('Rosa Elvira Tapia Mena', 'C.', 'Damnificados Unidos de la Ciudad de México, A.C.', None, SC, 'Vocera'),
    ('Hugo Benítez Salas', 'C.', 'Colectivo Multifamiliar Tlalpan 550', None, SC, 'Representante'),
    ('Fabiola Correa Núñez', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Apoyo técnico'),
]
REC_441 = 'Garantizar la rehabilitación y reconstrucción de las viviendas multifamiliares dañadas por el sismo del 19 de septiembre de 2017'
G441_1 = ('441.1', 'Concluir la reconstrucción de los edificios multifamiliares con dictamen de alto riesgo de colapso',
          'Número de edificios concluidos respecto del total dictaminado', 'Comisión para la Reconstrucción', None)
G441_2 = ('441.2', 'Otorgar apoyos de renta a las familias damnificadas mientras dura la reconstrucción de su vivienda',
          'Número de familias que reciben apoyo de renta mensual', 'INVI', 'INVI')

ACTAS.append(dict(
    stem='blind-n-reconstruccion-04-2019-06-18', layout='N1', esp='reconstruccion',
    body=REC_BODY, kind='sesión ordinaria', number=4, ordinal='Cuarta',
    date='2019-06-18', date_text='martes 18 de junio de 2019', start='10:00', end='12:40', place=REC_PLACE,
    topic=None, objective=None, coordinator=REC_COORD,
    tarjeta_date='19 de junio de 2019', folio='SE/DS/EP-DSR/047/2019', initials='LMO/fcn',
    attendance=REC_ATT,
    strategies=[
        dict(number=441, title=REC_441,
             goals=[G(*G441_1, ['Al 31 de mayo de 2019 se concluyeron 14 edificios y se encuentran en obra otros 37 edificios; con ello 1,126 familias han regresado a su vivienda.']),
                    G(*G441_2, ['En mayo se entregaron 3,480 apoyos de renta por un monto de 4,000 pesos mensuales cada uno; 212 familias fueron incorporadas al padrón en el mes.'])],
             figures=[(14, 'edificios', '441.1', 'se concluyeron 14 edificios'),
                      (37, 'edificios', '441.1', 'se encuentran en obra otros 37 edificios'),
                      (1126, 'familias', '441.1', '1,126 familias han regresado a su vivienda'),
                      (3480, 'apoyos', '441.2', 'se entregaron 3,480 apoyos de renta'),
                      (4000, 'pesos', '441.2', 'por un monto de 4,000 pesos mensuales cada uno'),
                      (212, 'familias', '441.2', '212 familias fueron incorporadas al padrón en el mes')],
             feedback=[
                 ('Los datos permiten dimensionar el avance; es necesario precisar cuántos edificios con dictamen de alto riesgo aún no inician obra.', 'retroalimentacion', '441.1', 'solicita_datos', 'SE'),
                 ('Las personas damnificadas cuestionan que el apoyo de renta no alcanza para rentar una vivienda en las mismas colonias donde vivían.', 'observacion', '441.2', 'cuestiona', 'OSC'),
             ]),
        dict(number=443, title='Asegurar la revisión estructural y la emisión de dictámenes de seguridad de las edificaciones afectadas',
             goals=[G('443.1', 'Emitir los dictámenes estructurales de las viviendas unifamiliares registradas en la Plataforma CDMX',
                      'Porcentaje de solicitudes dictaminadas', 'ISC', 'ISC', None, 'Pendiente; la instancia no remitió su reporte.'),
                    G('443.2', 'Otorgar licencias de construcción especial para reconstrucción en un plazo máximo de 30 días hábiles',
                      'Número de licencias otorgadas y plazo promedio de respuesta', 'SEDUVI', 'SEDUVI',
                      ['Entre marzo y mayo se otorgaron 96 licencias de construcción especial, con un plazo promedio de respuesta de 18 días hábiles.'])],
             figures=[(96, 'licencias', '443.2', 'se otorgaron 96 licencias de construcción especial'),
                      (18, 'días hábiles', '443.2', 'con un plazo promedio de respuesta de 18 días hábiles')],
             feedback=[
                 ('Es necesario que el ISC presente su reporte; es la segunda sesión sin información de esta meta.', 'retroalimentacion', '443.1', 'exhorta', 'SE'),
                 ('La SEDUVI refiere que los plazos dependen de que las personas solicitantes entreguen completa la documentación del predio.', 'observacion', '443.2', 'instancia', 'SEDUVI'),
             ]),
        dict(number=446, title='Garantizar el derecho a la información y a la participación de las personas damnificadas en el proceso de reconstrucción',
             goals=[G('446.1', 'Instalar mesas de atención territorial en las alcaldías con mayor afectación',
                      'Número de mesas instaladas y de personas atendidas', 'Comisión para la Reconstrucción', None,
                      ['Operan 9 mesas de atención territorial en 6 alcaldías, que atendieron a 2,754 personas; además se realizaron 41 asambleas vecinales informativas.'])],
             figures=[(9, 'mesas', '446.1', 'Operan 9 mesas de atención territorial en 6 alcaldías'),
                      (6, 'alcaldías', '446.1', 'en 6 alcaldías'),
                      (2754, 'personas', '446.1', 'que atendieron a 2,754 personas'),
                      (41, 'asambleas', '446.1', 'se realizaron 41 asambleas vecinales informativas')],
             feedback=[
                 ('Las asambleas informativas suman a la meta, pero por sí solas no garantizan la participación de las personas damnificadas en las decisiones de obra.', 'retroalimentacion', '446.1', 'insuficiente', 'SE'),
                 ('Sería oportuno que a las sesiones del Espacio asista también personal de las mesas territoriales, que conoce los casos.', 'observacion', '446.1', 'proceso', 'OSC'),
             ]),
    ],
    agreements=[
        A('El ISC remitirá a la Secretaría Ejecutiva el reporte de la meta 443.1 a más tardar el 28 de junio de 2019.', ['2019-06-28'], [443], 'ISC'),
        A('La Comisión para la Reconstrucción presentará en la próxima sesión el número de edificios con dictamen de alto riesgo que aún no inician obra.', [], [441], 'Comisión para la Reconstrucción'),
        A('La Secretaría Ejecutiva invitará al personal de las mesas de atención territorial a la Quinta Sesión Ordinaria.', [], [446], 'Secretaría Ejecutiva'),
    ],
    next_text='La Quinta Sesión Ordinaria quedó programada para el martes 16 de julio de 2019 a las 10:00 horas, en la misma sede.',
    next=dict(date='2019-07-16', start_time='10:00', end_time=None, strategies=[]),
    comment=('Se sugiere que el Secretario Ejecutivo reitere por oficio al ISC la solicitud de información, ya que 2 de las 3 sesiones del año '
             'se han celebrado sin su reporte, y que se valore una reunión bilateral con la Comisión para la Reconstrucción antes del 30 de junio.'),
    notes='tarjeta informativa to the Secretario Ejecutivo: PARA/DE/FECHA/ASUNTO block (a second date: the tarjeta\'s), session data in the first paragraph, attendance as one paragraph per sector with people grouped before "(Institution)", goals as bullets with Meta/Indicador/Responsable/Reporte lines, feedback tagged "(meta 441.1)" at the END, agreements with "— Responsable:" trailers, the next session in a closing paragraph (not an agreement), a "Comentario" to the superior with numbers, initials and c.c.p.'))

ACTAS.append(dict(
    stem='blind-n-reconstruccion-05-2019-07-16', layout='N1', esp='reconstruccion',
    body=REC_BODY, kind='sesión ordinaria', number=5, ordinal='Quinta',
    date='2019-07-16', date_text='martes 16 de julio de 2019', start='10:00', end='12:55', place=REC_PLACE,
    topic=None, objective=None, coordinator=REC_COORD,
    tarjeta_date='17 de julio de 2019', folio='SE/DS/EP-DSR/058/2019', initials='LMO/fcn',
    attendance=[REC_ATT[0], REC_ATT[2], REC_ATT[4],
                ('Elena Morales Quiroz', 'Dra.', 'SEDESA', 'SEDESA', IE, 'Coordinadora de Salud Mental'),
                REC_ATT[5],
                ('Jaime Ortiz Barrera', 'Lic.', CREC, None, IE, 'Responsable de la mesa territorial Benito Juárez'),
                REC_ATT[6], REC_ATT[8], REC_ATT[9],
                ('Lucía Zamora Herrera', 'Psic.', 'Brigada Psicosocial Tlalli, A.C.', None, SC, 'Coordinadora'),
                REC_ATT[10]],
    strategies=[
        dict(number=441, title=REC_441,
             goals=[G(*G441_1, ['Al 30 de junio de 2019 se concluyeron 19 edificios y hay 41 edificios en obra; 23 edificios con dictamen de alto riesgo aún no inician obra por falta de acuerdo entre condóminos.']),
                    G(*G441_2, ['En junio se entregaron 3,552 apoyos de renta y se dieron de baja 64 familias que regresaron a su vivienda.'])],
             figures=[(19, 'edificios', '441.1', 'se concluyeron 19 edificios'),
                      (41, 'edificios', '441.1', 'hay 41 edificios en obra'),
                      (23, 'edificios', '441.1', '23 edificios con dictamen de alto riesgo aún no inician obra'),
                      (3552, 'apoyos', '441.2', 'se entregaron 3,552 apoyos de renta'),
                      (64, 'familias', '441.2', 'se dieron de baja 64 familias que regresaron a su vivienda')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior; el dato de los edificios que no inician obra permite orientar el acompañamiento.', 'retroalimentacion', '441.1', 'avance', 'SE'),
                 ('Se pide informar qué apoyo se da a los condóminos para llegar a un acuerdo y en qué plazo.', 'retroalimentacion', '441.1', 'solicita_datos', 'SE'),
                 ('Damnificados Unidos cuestiona que se dé de baja el apoyo de renta antes de que las familias reciban la constancia de habitabilidad.', 'observacion', '441.2', 'cuestiona', 'OSC'),
             ]),
        dict(number=448, title='Atender la salud mental y emocional de las personas damnificadas',
             goals=[G('448.1', 'Brindar atención psicológica a personas damnificadas en campamentos y albergues',
                      'Número de personas atendidas y de atenciones brindadas', 'SEDESA', 'SEDESA',
                      ['Se brindaron 1,318 atenciones psicológicas a 407 personas damnificadas en 12 campamentos; se canalizaron 38 personas a servicios especializados de salud mental.']),
                    G('448.2', 'Capacitar en protección civil a los comités de reconstrucción de los edificios',
                      'Número de comités capacitados', 'SGIRPC', 'SGIRPC', None, 'Pendiente; no se recibió el reporte.')],
             figures=[(1318, 'atenciones', '448.1', 'Se brindaron 1,318 atenciones psicológicas'),
                      (407, 'personas damnificadas', '448.1', 'a 407 personas damnificadas en 12 campamentos'),
                      (12, 'campamentos', '448.1', 'en 12 campamentos'),
                      (38, 'personas', '448.1', 'se canalizaron 38 personas a servicios especializados de salud mental')],
             feedback=[
                 ('La atención reportada corresponde a la meta; conviene desagregarla por sexo y edad.', 'retroalimentacion', '448.1', 'solicita_datos', 'SE'),
                 ('La SGIRPC menciona que la capacitación a comités la realiza la Comisión para la Reconstrucción, por lo que no le correspondería reportar esta meta.', 'observacion', '448.2', 'instancia', 'SGIRPC'),
                 ('La Brigada Psicosocial Tlalli pide que la atención llegue también a las familias que rentan fuera de los campamentos.', 'observacion', '448.1', 'exhorta', 'OSC'),
             ]),
    ],
    agreements=[
        A('La Comisión para la Reconstrucción informará por escrito el procedimiento de mediación entre condóminos a más tardar el 2 de agosto de 2019.', ['2019-08-02'], [441], 'Comisión para la Reconstrucción'),
        A('La Secretaría Ejecutiva convocará a una reunión con la SGIRPC y la Comisión para la Reconstrucción para definir a quién corresponde la meta 448.2.', [], [448], 'Secretaría Ejecutiva'),
        A('La SEDESA enviará la desagregación por sexo y edad de las personas atendidas antes de la Sexta Sesión Ordinaria.', [], [448], 'SEDESA'),
    ],
    next_text='La Sexta Sesión Ordinaria quedó programada para el martes 20 de agosto de 2019 a las 10:00 horas, en la misma sede.',
    next=dict(date='2019-08-20', start_time='10:00', end_time=None, strategies=[]),
    comment=('Se sugiere presentar en la próxima reunión de coordinadores el caso de la meta 448.2, en la que 2 instancias se atribuyen mutuamente la responsabilidad.'),
    notes='tarjeta informativa (see -04); a SGIRPC dispute of responsibility, three feedback items under 441'))

# ================================================================ N4 ruido (bitácora: Hora | Punto | Interviene | Desarrollo)
RUI_BODY = 'Derecho a un Entorno Libre de Ruido y Contaminación Acústica'
RUI_PLACE = 'Aula 2 de la PAOT, Medellín 202, colonia Roma Sur'
RUI_COORD = ('Gerardo Ibáñez Solano', 'Coordinador del Espacio')
VEC = 'Vecinos por el Silencio Roma-Condesa, A.C.'
RED = 'Red Ciudadana contra el Ruido Urbano'
RUI_ATT = [
    ('Claudia Rentería Bravo', 'Ing.', 'SEDEMA', 'SEDEMA', IE, ''),
    ('Marco Antonio Lugo Pérez', 'Biól.', 'SEDEMA', 'SEDEMA', IE, ''),
    ('Daniela Fuentes Arriaga', 'Lic.', 'PAOT', 'PAOT', IE, ''),
    ('Raúl Mendoza Cárdenas', 'Suboficial', 'SSP-CDMX', 'SSPCDMX', IE, ''),
    ('Jorge Bermúdez Lira', 'Ing.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, ''),
    ('Silvia Anaya Reyes', 'Dra.', VEC, None, SC, ''),
    ('Alberto Ruiz Trejo', 'C.', VEC, None, SC, ''),
    ('Mónica Pardo Zúñiga', 'C.', RED, None, SC, ''),
    ('Iván Carrillo Maza', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, ''),
]
RUI_248 = 'Reducir la exposición de la población a niveles de ruido superiores a los límites de la norma ambiental'
G248_1 = ('248.1', 'Ampliar la red de monitoreo de ruido ambiental en zonas habitacionales',
          'Número de estaciones de monitoreo de ruido en operación', 'SEDEMA', 'SEDEMA')
G248_2 = ('248.2', 'Atender las denuncias ciudadanas por emisiones sonoras de establecimientos mercantiles',
          'Número de denuncias atendidas y concluidas', 'PAOT', 'PAOT')

ACTAS.append(dict(
    stem='blind-n-ruido-06-2018-04-19', layout='N4', esp='ruido',
    body=RUI_BODY, kind='sesión ordinaria', number=6, ordinal='6ª',
    date='2018-04-19', date_text='19.04.2018', start='10:00', end='12:35', place=RUI_PLACE,
    topic=None, objective=None, coordinator=RUI_COORD,
    prev=('5ª', '15.03.2018'),
    attendance=RUI_ATT,
    strategies=[
        dict(number=248, title=RUI_248, t0='10:20',
             goals=[G(*G248_1, ['Se instalaron 6 estaciones nuevas de monitoreo de ruido, con lo que operan 22 estaciones en 9 delegaciones. El promedio nocturno registrado en la colonia Roma fue de 68 decibeles.']),
                    G(*G248_2, ['En el primer trimestre de 2018 se recibieron 1,047 denuncias por ruido y se concluyeron 612 denuncias; en 87 casos se emitieron recomendaciones a establecimientos mercantiles.'])],
             figures=[(6, 'estaciones', '248.1', 'Se instalaron 6 estaciones nuevas de monitoreo de ruido'),
                      (22, 'estaciones', '248.1', 'operan 22 estaciones en 9 delegaciones'),
                      (9, 'delegaciones', '248.1', 'en 9 delegaciones'),
                      (68, 'decibeles', '248.1', 'El promedio nocturno registrado en la colonia Roma fue de 68 decibeles'),
                      (1047, 'denuncias', '248.2', 'se recibieron 1,047 denuncias por ruido'),
                      (612, 'denuncias', '248.2', 'se concluyeron 612 denuncias'),
                      (87, 'casos', '248.2', 'en 87 casos se emitieron recomendaciones a establecimientos mercantiles')],
             feedback=[
                 ('El informe presenta datos duros y permite ubicar las zonas críticas; se reconoce el avance de la red.', 'retroalimentacion', '248.1', 'avance', 'SE'),
                 ('Se cuestiona que las estaciones nuevas estén en parques y no junto a los corredores de bares, donde se concentra el ruido nocturno.', 'observacion', '248.1', 'cuestiona', 'Vecinos por el Silencio'),
                 ('Es necesario informar cuántas de las denuncias concluidas terminaron en una sanción efectiva.', 'retroalimentacion', '248.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=251, title='Fortalecer la verificación y sanción de las fuentes fijas y móviles de ruido', t0='11:20',
             goals=[G('251.1', 'Realizar visitas de verificación a establecimientos mercantiles con denuncias por ruido',
                      'Número de visitas de verificación realizadas', 'INVEA', 'INVEA', None, 'El INVEA no asistió ni envió información.'),
                    G('251.2', 'Atender los reportes ciudadanos por ruido en vía pública',
                      'Número de reportes atendidos', 'SSP-CDMX', 'SSPCDMX',
                      ['La policía atendió 3,215 reportes por ruido en vía pública; en 146 casos se presentó a las personas infractoras ante el juzgado cívico.'])],
             figures=[(3215, 'reportes', '251.2', 'La policía atendió 3,215 reportes por ruido en vía pública'),
                      (146, 'casos', '251.2', 'en 146 casos se presentó a las personas infractoras ante el juzgado cívico')],
             feedback=[
                 ('Es necesario que el INVEA presente su avance y designe un enlace permanente ante el Espacio.', 'retroalimentacion', '251.1', 'exhorta', 'SE'),
                 ('La Ley de Cultura Cívica no fija un límite en decibeles para la vía pública, lo que dificulta sancionar en el lugar.', 'observacion', '251.2', 'instancia', 'SSP-CDMX'),
                 ('Los reportes atendidos por la policía podrían registrarse en la estrategia 248, meta 248.2, porque atienden la misma denuncia ciudadana.', 'observacion', '251.2', 'reasignar', 'Red Ciudadana'),
             ]),
    ],
    agreements=[
        A('La SEDEMA compartirá con el Espacio el mapa de las estaciones de monitoreo y los promedios por estación a más tardar el 4 de mayo de 2018.', ['2018-05-04'], [248], 'SEDEMA'),
        A('La Secretaría Ejecutiva solicitará por oficio al INVEA la designación de un enlace y su informe de la meta 251.1.', [], [251], 'Secretaría Ejecutiva'),
        A('La PAOT presentará en la próxima sesión el desglose de las denuncias concluidas por tipo de resolución.', [], [248], 'PAOT'),
    ],
    next_text='Se fija la 7ª Sesión Ordinaria para el jueves 17 de mayo de 2018, a las 10:00 horas, en el Aula 2 de la PAOT.',
    next=dict(date='2018-05-17', start_time='10:00', end_time=None, strategies=[]),
    notes='bitácora (session told as a timeline): one-line data band "6ª Sesión Ordinaria | 19.04.2018 | 10:00–12:35 h", attendance Institución | Asistente(s) (one paragraph per person) | Tipo (Ente/OSC/Deleg./SE + legend), then one table Hora | Punto | Interviene | Desarrollo; the report rows carry Meta/Indicador/Responsable/Informe lines; feedback rows: the speaker only in "Interviene" (SE → retroalimentación, others → observación); agreements rows "Acuerdo 1"; "Próxima sesión" row (not an agreement)'))

ACTAS.append(dict(
    stem='blind-n-ruido-07-2018-05-17', layout='N4', esp='ruido',
    body=RUI_BODY, kind='sesión ordinaria', number=7, ordinal='7ª',
    date='2018-05-17', date_text='17.05.2018', start='10:00', end='12:50', place=RUI_PLACE,
    topic=None, objective=None, coordinator=RUI_COORD,
    prev=('6ª', '19.04.2018'),
    attendance=[RUI_ATT[0], RUI_ATT[2],
                ('Esteban Quintero Lara', 'Lic.', 'PAOT', 'PAOT', IE, ''),
                ('Norma Villalobos Aguirre', 'Dra.', 'SEDESA', 'SEDESA', IE, ''),
                ('Patricia Gómez Arellano', 'Profra.', 'Secretaría de Educación', 'SEDU', IE, ''),
                RUI_ATT[4], RUI_ATT[5], RUI_ATT[7],
                ('Héctor Salgado Núñez', 'Dr.', 'UAM Azcapotzalco – Laboratorio de Acústica', 'UAM', OT, ''),
                RUI_ATT[8]],
    strategies=[
        dict(number=248, title=RUI_248, t0='10:25',
             goals=[G(*G248_1, ['Se publicó el mapa de las 22 estaciones de monitoreo en el portal de la SEDEMA. En abril se registraron 14 noches con niveles superiores a 65 decibeles en la colonia Condesa.']),
                    G(*G248_2, ['De las 612 denuncias concluidas, 233 denuncias terminaron con acuerdo de mitigación, 171 denuncias fueron remitidas al INVEA o a la delegación y 208 denuncias se archivaron por falta de elementos.'])],
             figures=[(22, 'estaciones', '248.1', 'el mapa de las 22 estaciones de monitoreo'),
                      (14, 'noches', '248.1', 'se registraron 14 noches con niveles superiores a 65 decibeles'),
                      (65, 'decibeles', '248.1', 'niveles superiores a 65 decibeles'),
                      (612, 'denuncias', '248.2', 'De las 612 denuncias concluidas'),
                      (233, 'denuncias', '248.2', '233 denuncias terminaron con acuerdo de mitigación'),
                      (171, 'denuncias', '248.2', '171 denuncias fueron remitidas al INVEA o a la delegación'),
                      (208, 'denuncias', '248.2', '208 denuncias se archivaron por falta de elementos')],
             feedback=[
                 ('Se atendieron los acuerdos de la sesión anterior; el desglose por tipo de resolución es claro.', 'retroalimentacion', '248.2', 'avance', 'SE'),
                 ('Preocupa que una tercera parte de las denuncias se archive; se cuestiona que se exija a las personas vecinas aportar mediciones propias.', 'observacion', '248.2', 'cuestiona', 'Vecinos por el Silencio'),
                 ('El indicador cuenta estaciones pero no mide la exposición de la población; no hay correspondencia entre la meta y el indicador.', 'observacion', '248.1', 'diseno_meta', 'UAM'),
             ]),
        dict(number=253, title='Sensibilizar a la población sobre los efectos del ruido en la salud', t0='11:35',
             goals=[G('253.1', 'Realizar campañas de información sobre el daño auditivo por exposición prolongada al ruido',
                      'Número de acciones de difusión y de personas alcanzadas', 'SEDESA', 'SEDESA',
                      ['Se difundieron 4 cápsulas radiofónicas y se impartieron 28 pláticas en centros de salud con 1,140 asistentes.']),
                    G('253.2', 'Incorporar contenidos sobre ruido y salud en los talleres de educación ambiental de las escuelas',
                      'Número de escuelas con talleres', 'Secretaría de Educación', 'SEDU', None, 'Sin avance que informar.')],
             figures=[(4, 'cápsulas', '253.1', 'Se difundieron 4 cápsulas radiofónicas'),
                      (28, 'pláticas', '253.1', 'se impartieron 28 pláticas en centros de salud'),
                      (1140, 'asistentes', '253.1', 'con 1,140 asistentes')],
             feedback=[
                 ('Las pláticas contribuyen a la meta, pero por sí solas no dan cumplimiento a una campaña de información.', 'retroalimentacion', '253.1', 'insuficiente', 'SE'),
                 ('La Secretaría de Educación solicita a la Secretaría Ejecutiva que la meta se revise con la SEDEMA, que imparte los talleres de educación ambiental.', 'observacion', '253.2', 'instancia', 'Secretaría de Educación'),
             ]),
    ],
    agreements=[
        A('La PAOT y el Laboratorio de Acústica de la UAM revisarán el criterio de archivo de denuncias por falta de mediciones y presentarán una propuesta el 14 de junio de 2018.', ['2018-06-14'], [248], 'PAOT'),
        A('La Secretaría Ejecutiva convocará a la SEDEMA y a la Secretaría de Educación para revisar la meta 253.2.', [], [253], 'Secretaría Ejecutiva'),
    ],
    next_text='Se fija la 8ª Sesión Ordinaria para el jueves 21 de junio de 2018, a las 10:00 horas, en el Aula 2 de la PAOT.',
    next=dict(date='2018-06-21', start_time='10:00', end_time=None, strategies=[]),
    notes='bitácora (see -06); a reading of the previous session\'s agreements, an academic (UAM) remark on the indicator'))
