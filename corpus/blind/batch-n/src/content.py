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

# ================================================================ N2 peatones (Excel workbook printed sheet by sheet, Chromium)
PEA_BODY = 'Derechos de las Personas Peatonas y Ciclistas'
PEA_PLACE = 'Sala Ollin de la SEMOVI, Álvaro Obregón 269, colonia Roma Norte'
PEA_COORD = ('Verónica Lozano Pimentel', None)
PEA_ATT = [
    ('ALEJANDRA ROBLES CAMACHO', '', 'SEMOVI', 'SEMOVI', IE, 'DIRECTORA DE SEGURIDAD VIAL'),
    ('FERNANDO IBARRA SOLÍS', '', 'SEMOVI', 'SEMOVI', IE, 'JUD DE CULTURA DE LA MOVILIDAD'),
    ('JOSÉ LUIS PAREDES ÁVILA', '', 'SOBSE', 'SOBSE', IE, 'SUBDIRECTOR DE PROYECTOS'),
    ('MARIANA ESPINOSA TREJO', '', 'SEDEMA - ECOBICI', 'SEDEMA', IE, 'COORDINADORA DE OPERACIÓN'),
    ('RICARDO VEGA MONROY', '', 'AGENCIA DE GESTIÓN URBANA', None, IE, 'ENLACE'),
    ('LAURA CASTAÑEDA RIVAS', '', 'DELEGACIÓN BENITO JUÁREZ', 'ALC-BENITO-JUAREZ', OT, 'JUD DE MOVILIDAD'),
    ('DANIEL OSORIO MEJÍA', '', 'BICIRED CIUDADANA A.C.', None, SC, 'COORDINADOR'),
    ('PAULINA REYES ORDAZ', '', 'COLECTIVO PEATÓN DIGNO', None, SC, 'INTEGRANTE'),
    ('ANDRÉS TOLEDO RAMOS', '', 'SECRETARÍA EJECUTIVA PDHDF', 'SE-PDHCDMX', SE, 'RELATOR'),
]
PEA_318 = 'Garantizar la seguridad vial de las personas peatonas en las intersecciones de alta siniestralidad'
G318_1 = ('318.1', 'Intervenir las intersecciones con alto índice de atropellamientos con medidas de pacificación del tránsito',
          'Número de intersecciones intervenidas', 'SEMOVI', 'SEMOVI')
G318_2 = ('318.2', 'Aplicar operativos de control de velocidad en vías primarias',
          'Número de operativos realizados', 'SSP-DF', 'SSPCDMX')

ACTAS.append(dict(
    stem='blind-n-peatones-02-2015-09-24', layout='N2', esp='peatones',
    body=PEA_BODY, kind='sesión ordinaria', number=2, ordinal='2a.',
    date='2015-09-24', date_text='24/09/2015', start='10:00', end='12:30', place=PEA_PLACE,
    topic=None, objective=None, coordinator=PEA_COORD, relator='Lic. Andrés Toledo Ramos (SE)', corte='21/09/2015',
    next_row=('29/10/2015', '10:00', 'Misma sede', 'Estrategias 318 y 324'),
    attendance=PEA_ATT,
    strategies=[
        dict(number=318, title=PEA_318,
             goals=[G(*G318_1, ['Se intervinieron 17 intersecciones con cruces seguros y reducción de radios de giro; en ellas se registraron 19 atropellamientos entre enero y agosto, contra 46 atropellamientos en el mismo periodo de 2014.']),
                    G(*G318_2, None, 'S/I')],
             figures=[(17, 'intersecciones', '318.1', 'Se intervinieron 17 intersecciones con cruces seguros y reducción de radios de giro'),
                      (19, 'atropellamientos', '318.1', 'en ellas se registraron 19 atropellamientos entre enero y agosto'),
                      (46, 'atropellamientos', '318.1', 'contra 46 atropellamientos en el mismo periodo de 2014')],
             feedback=[
                 ('Se reportan resultados de impacto, lo cual es un avance; falta indicar la ubicación de las intersecciones intervenidas.', 'retroalimentacion', '318.1', 'solicita_datos', 'SE'),
                 ('Las organizaciones cuestionan que se prioricen cruces en zonas centrales y no en la periferia, donde ocurren más muertes de peatones.', 'observacion', '318.1', 'cuestiona', 'OSC'),
                 ('Es necesario que la SSP-DF presente el informe de los operativos de velocidad.', 'retroalimentacion', '318.2', 'exhorta', 'SE'),
             ]),
        dict(number=321, title='Ampliar y mantener la infraestructura ciclista segura',
             goals=[G('321.1', 'Construir ciclovías confinadas en vías primarias', 'Kilómetros de ciclovía construidos', 'SOBSE', 'SOBSE',
                      ['Se construyeron 8.4 kilómetros de ciclovía confinada en Avenida Revolución y Patriotismo (en obra), con una inversión de 62 millones de pesos.']),
                    G('321.2', 'Ampliar el sistema de bicicletas públicas a nuevas colonias', 'Número de cicloestaciones y bicicletas en operación', 'SEDEMA - ECOBICI', 'SEDEMA',
                      ['El sistema sumó 88 cicloestaciones y 1,200 bicicletas en la tercera fase de expansión; se registraron 9,430 usuarios nuevos en agosto.'])],
             figures=[(8.4, 'kilómetros', '321.1', 'Se construyeron 8.4 kilómetros de ciclovía confinada'),
                      (62, 'millones de pesos', '321.1', 'con una inversión de 62 millones de pesos'),
                      (88, 'cicloestaciones', '321.2', 'El sistema sumó 88 cicloestaciones'),
                      (1200, 'bicicletas', '321.2', '1,200 bicicletas en la tercera fase de expansión'),
                      (9430, 'usuarios', '321.2', 'se registraron 9,430 usuarios nuevos en agosto')],
             feedback=[
                 ('La ciclovía en obra no puede reportarse como construida; lo que se reporta no coincide con el indicador.', 'retroalimentacion', '321.1', 'desalineado', 'SE'),
                 ('La SOBSE refiere que la obra de Patriotismo depende de la liberación de recursos por parte de la Secretaría de Finanzas.', 'observacion', '321.1', 'instancia', 'SOBSE'),
                 ('Sería oportuno que ECOBICI envíe a las sesiones a su área de planeación, que decide dónde se instalan las cicloestaciones.', 'observacion', '321.2', 'proceso', 'OSC'),
             ]),
    ],
    agreements=[
        A('La SEMOVI enviará el listado de las intersecciones intervenidas con su ubicación.', ['2015-10-09'], [318], 'SEMOVI', due='09/10/2015', state='PENDIENTE'),
        A('La Secretaría Ejecutiva enviará oficio a la SSP-DF para solicitar su informe de la meta 318.2.', ['2015-10-02'], [318], 'SECRETARÍA EJECUTIVA', due='02/10/2015', state='PENDIENTE'),
        A('La SOBSE reportará por separado los kilómetros concluidos y los kilómetros en obra.', [], [321], 'SOBSE', due='PRÓXIMA SESIÓN', state='PENDIENTE'),
    ],
    next=dict(date='2015-10-29', start_time='10:00', end_time=None, strategies=[318, 324]),
    notes='Excel workbook printed with row and column headings (Chromium): sheets DATOS (label | value, next session as rows), ASISTENCIA (names in capitals as typed, TIPO, empty FIRMA column), SEGUIMIENTO (landscape, strategy cell merged down its goals, ¿REPORTÓ? SÍ/NO, "S/I" for no report, one remark per cell), ACUERDOS (due dates only in FECHA COMPROMISO); page header "file — sheet", footer "Página N de M"'))

ACTAS.append(dict(
    stem='blind-n-peatones-03-2015-10-29', layout='N2', esp='peatones',
    body=PEA_BODY, kind='sesión ordinaria', number=3, ordinal='3a.',
    date='2015-10-29', date_text='29/10/2015', start='10:00', end='12:45', place=PEA_PLACE,
    topic=None, objective=None, coordinator=PEA_COORD, relator='Lic. Andrés Toledo Ramos (SE)', corte='26/10/2015',
    next_row=('26/11/2015', '10:00', 'Misma sede', 'Estrategias 321 y 324'),
    attendance=[PEA_ATT[0], PEA_ATT[1],
                ('GUILLERMO SALAS PINEDA', '', 'SSP-DF', 'SSPCDMX', IE, 'SUBDIRECTOR DE CONTROL DE TRÁNSITO'),
                ('ERIKA MONTIEL CRUZ', '', 'METROBÚS', 'METROBUS', IE, 'CAPACITACIÓN'),
                PEA_ATT[4], PEA_ATT[5], PEA_ATT[6], PEA_ATT[7],
                ('SOFÍA GALINDO HUERTA', '', 'CAMINA, HACIA UNA CIUDAD PEATONAL A.C.', None, SC, 'DIRECTORA'),
                PEA_ATT[8]],
    strategies=[
        dict(number=318, title=PEA_318,
             goals=[G(*G318_1, ['Listado enviado el 8 de octubre: las 17 intersecciones se ubican en 5 delegaciones; en septiembre se intervinieron 3 intersecciones más en Iztapalapa.']),
                    G(*G318_2, ['Se realizaron 112 operativos de control de velocidad con radar en 14 vías primarias y se levantaron 6,874 infracciones.'])],
             figures=[(17, 'intersecciones', '318.1', 'las 17 intersecciones se ubican en 5 delegaciones'),
                      (5, 'delegaciones', '318.1', 'se ubican en 5 delegaciones'),
                      (3, 'intersecciones', '318.1', 'en septiembre se intervinieron 3 intersecciones más en Iztapalapa'),
                      (112, 'operativos', '318.2', 'Se realizaron 112 operativos de control de velocidad con radar'),
                      (14, 'vías primarias', '318.2', 'en 14 vías primarias'),
                      (6874, 'infracciones', '318.2', 'se levantaron 6,874 infracciones')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior con el listado de intersecciones.', 'retroalimentacion', '318.1', 'avance', 'SE'),
                 ('Se solicita desagregar las infracciones por tipo de vehículo y por vía.', 'retroalimentacion', '318.2', 'solicita_datos', 'SE'),
                 ('Los operativos con radar suman, pero por sí solos no reducen la velocidad si no se acompañan del rediseño de las vías.', 'observacion', '318.2', 'insuficiente', 'OSC'),
             ]),
        dict(number=324, title='Promover una cultura de respeto a las personas peatonas y ciclistas',
             goals=[G('324.1', 'Impartir cursos de educación vial a personas conductoras del transporte público',
                      'Número de cursos impartidos y de personas operadoras capacitadas', 'SEMOVI', 'SEMOVI',
                      ['Se impartieron 36 cursos a 1,420 operadores de transporte público concesionado y a 210 operadores de Metrobús.']),
                    G('324.2', 'Realizar paseos y biciescuelas dominicales en la delegación', 'Número de biciescuelas realizadas',
                      'DELEGACIÓN BENITO JUÁREZ', 'ALC-BENITO-JUAREZ', None, 'S/I')],
             figures=[(36, 'cursos', '324.1', 'Se impartieron 36 cursos'),
                      (1420, 'operadores', '324.1', 'a 1,420 operadores de transporte público concesionado'),
                      (210, 'operadores', '324.1', 'a 210 operadores de Metrobús')],
             feedback=[
                 ('Metrobús menciona que sus operadores ya reciben un curso propio y pide que no se dupliquen las capacitaciones.', 'observacion', '324.1', 'instancia', 'Metrobús'),
                 ('Es necesario que la Delegación Benito Juárez informe sobre las biciescuelas que anunció en la sesión anterior.', 'retroalimentacion', '324.2', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('La SSP-DF enviará la desagregación de las infracciones por tipo de vehículo y por vía.', ['2015-11-13'], [318], 'SSP-DF', due='13/11/2015', state='PENDIENTE'),
        A('La Secretaría Ejecutiva y la SEMOVI revisarán con Metrobús el contenido de los cursos para evitar duplicidades.', ['2015-11-20'], [324], 'SECRETARÍA EJECUTIVA / SEMOVI', due='20/11/2015', state='PENDIENTE'),
    ],
    next=dict(date='2015-11-26', start_time='10:00', end_time=None, strategies=[321, 324]),
    notes='Excel workbook (see -02)'))

# ================================================================ N3 lactancia (newsletter / boletín, two columns, Chromium)
LAC_BODY = 'Derecho a la Lactancia Materna y al Desarrollo en la Primera Infancia'
LAC_PLACE = 'auditorio de la Jurisdicción Sanitaria Miguel Hidalgo y por Zoom'
LAC_COORD = ('Itzel Cárdenas Robles', 'coordinadora del Espacio de Participación')
LAC_ATT = [
    ('Norma Ibarra Solís', 'Dra.', 'SEDESA – Dirección de Salud Materna y Perinatal', 'SEDESA', IE, ''),
    ('Rocío Palma Urbina', 'Enf.', 'SEDESA – Banco de Leche Humana, Hospital Materno Infantil Inguarán', 'SEDESA', IE, ''),
    ('Karen Díaz Montoya', 'Lic.', 'DIF Ciudad de México', 'DIF-CDMX', IE, ''),
    ('Gisela Herrera Lobato', 'Mtra.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, ''),
    ('Martín Cruz Olivares', 'Lic.', 'STyFE', 'STYFE', IE, ''),
    ('Ana Sofía Rangel Mier', 'Dra.', 'IMSS – Coordinación de Salud Reproductiva', 'IMSS', OT, ''),
    ('Julieta Aranda Pozos', '', 'Red Lactancia Digna, A.C.', None, SC, ''),
    ('Beatriz Olmos Téllez', '', 'Mamás Trabajadoras en Red', None, SC, ''),
    ('Daniel Ponce Arriaga', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, ''),
]
LAC_527 = 'Fortalecer los bancos de leche humana y los lactarios en las unidades de salud'
LAC_529 = 'Promover la lactancia materna en los centros de trabajo'
G529_1 = ('529.1', 'Certificar centros de trabajo que cuenten con sala de lactancia', 'Número de centros de trabajo con sala de lactancia certificada', 'STyFE', 'STYFE')
G529_2 = ('529.2', 'Difundir los derechos laborales de las mujeres en periodo de lactancia', 'Número de acciones de difusión y de mujeres alcanzadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')

ACTAS.append(dict(
    stem='blind-n-lactancia-09-2022-08-11', layout='N3', esp='lactancia',
    body=LAC_BODY, kind='sesión ordinaria', number=9, ordinal='9ª',
    date='2022-08-11', date_text='jueves 11 de agosto de 2022', start='11:00', end='13:15', place=LAC_PLACE,
    topic=None, objective=None, coordinator=LAC_COORD, issue=('Año 3', 'Núm. 9', 'agosto de 2022'),
    editorial=('Esta sesión coincidió con la Semana Mundial de la Lactancia Materna, que se celebró del 1 al 7 de agosto con el lema '
               '“Impulsemos la lactancia materna: apoyando y educando”. Por eso abrimos con un minuto de reconocimiento a las 842 mujeres donadoras del semestre.'),
    sabias='La Organización Mundial de la Salud recomienda la lactancia materna exclusiva durante los primeros 6 meses de vida y, junto con otros alimentos, hasta los 2 años o más.',
    attendance=LAC_ATT,
    strategies=[
        dict(number=527, title=LAC_527, headline='Más leche humana para bebés prematuros',
             goals=[G('527.1', 'Ampliar la captación de leche humana en los bancos de leche de los hospitales de la Secretaría de Salud',
                      'Litros de leche humana captados y número de donadoras', 'SEDESA', 'SEDESA',
                      ['En el primer semestre de 2022 se captaron 1,236 litros de leche humana de 842 donadoras, que beneficiaron a 1,095 recién nacidos prematuros.']),
                    G('527.2', 'Instalar lactarios en los centros de salud', 'Número de lactarios instalados', 'SEDESA', 'SEDESA',
                      ['Se instalaron 7 lactarios en centros de salud T-III; ya suman 31 lactarios en operación.'])],
             figures=[(1236, 'litros', '527.1', 'se captaron 1,236 litros de leche humana'),
                      (842, 'donadoras', '527.1', 'de 842 donadoras'),
                      (1095, 'recién nacidos', '527.1', 'que beneficiaron a 1,095 recién nacidos prematuros'),
                      (7, 'lactarios', '527.2', 'Se instalaron 7 lactarios en centros de salud T-III'),
                      (31, 'lactarios', '527.2', 'ya suman 31 lactarios en operación')],
             feedback=[
                 ('Los datos de captación y de recién nacidos beneficiados son claros y muestran un avance real.', 'retroalimentacion', '527.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Muchos lactarios de los centros de salud se usan como bodega; cuestionamos que se cuenten como instalados sin verificar su uso.', 'observacion', '527.2', 'cuestiona', 'Red Lactancia Digna'),
             ]),
        dict(number=529, title=LAC_529, headline='Lactar y trabajar: el reto de los centros de trabajo',
             goals=[G(*G529_1, ['Se entregaron 23 distintivos de sala de lactancia a centros de trabajo privados y se capacitó a 310 personas de áreas de recursos humanos.']),
                    G(*G529_2, None, 'Esta vez no hubo reporte.')],
             figures=[(23, 'distintivos', '529.1', 'Se entregaron 23 distintivos de sala de lactancia a centros de trabajo privados'),
                      (310, 'personas', '529.1', 'se capacitó a 310 personas de áreas de recursos humanos')],
             feedback=[
                 ('Es necesario informar cuántos de los centros certificados son medianos o grandes, para saber a cuántas trabajadoras alcanza la medida.', 'retroalimentacion', '529.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('Es necesario que la Secretaría de las Mujeres empiece a reportar la difusión de los derechos laborales en lactancia.', 'retroalimentacion', '529.2', 'exhorta', 'Secretaría Ejecutiva'),
             ]),
        dict(number=531, title='Garantizar el desarrollo integral de niñas y niños en la primera infancia', headline='Cuidar desde el primer día',
             goals=[G('531.1', 'Operar centros de atención infantil con personal capacitado en consejería en lactancia',
                      'Número de centros con personal capacitado', 'DIF Ciudad de México', 'DIF-CDMX',
                      ['Los 54 Centros de Asistencia Infantil Comunitarios atienden a 2,980 infantes; 118 educadoras recibieron el curso de consejería en lactancia.'])],
             figures=[(54, 'centros', '531.1', 'Los 54 Centros de Asistencia Infantil Comunitarios atienden a 2,980 infantes'),
                      (2980, 'infantes', '531.1', 'atienden a 2,980 infantes'),
                      (118, 'educadoras', '531.1', '118 educadoras recibieron el curso de consejería en lactancia')],
             feedback=[
                 ('La capacitación a educadoras suma, pero por sí sola no asegura la lactancia de las niñas y los niños que asisten a los centros.', 'retroalimentacion', '531.1', 'insuficiente', 'Secretaría Ejecutiva'),
                 ('El IMSS ofrece compartir su curso de consejería en lactancia para ampliar la capacitación a más educadoras.', 'observacion', '531.1', 'instancia', 'IMSS'),
             ]),
    ],
    agreements=[
        A('La SEDESA enviará la lista de los 31 lactarios con su ubicación y horario antes del 26 de agosto de 2022.', ['2022-08-26'], [527], 'SEDESA'),
        A('El IMSS y el DIF Ciudad de México acordarán las fechas del curso de consejería en lactancia para educadoras.', [], [531], 'IMSS y DIF Ciudad de México'),
        A('La Secretaría Ejecutiva enviará un recordatorio a la Secretaría de las Mujeres sobre el informe de la meta 529.2.', [], [529], 'Secretaría Ejecutiva'),
    ],
    next_text=('jueves 8 de septiembre de 2022', '11:00 h', 'en el mismo auditorio y por Zoom'),
    next=dict(date='2022-09-08', start_time='11:00', end_time=None, strategies=[]),
    notes='boletín (newsletter) printed by Chromium: masthead with issue number and month, two text columns, session data in the lead paragraph, attendance in a sidebar box (name line over an institution line, grouped by sector), one article per strategy with a headline, goals as fichas with "Lo que nos contaron:" or "Esta vez no hubo reporte.", feedback as pull quotes "“…” — speaker, meta", agreements in a "Lo que acordamos" box with ✔, next session in an "Agenda" box (not an agreement), editorial and "¿Sabías que…?" boxes with numbers and dates that are not figures'))

ACTAS.append(dict(
    stem='blind-n-lactancia-10-2022-09-08', layout='N3', esp='lactancia',
    body=LAC_BODY, kind='sesión ordinaria', number=10, ordinal='10ª',
    date='2022-09-08', date_text='jueves 8 de septiembre de 2022', start='11:00', end='13:00', place=LAC_PLACE,
    topic=None, objective=None, coordinator=LAC_COORD, issue=('Año 3', 'Núm. 10', 'septiembre de 2022'),
    editorial=('Septiembre es el mes en que muchas mamás regresan al trabajo tras la incapacidad de 84 días. Dedicamos esta sesión a la lactancia en los centros de trabajo.'),
    sabias='Una sala de lactancia necesita apenas un espacio de 2 por 2 metros, un refrigerador, una silla cómoda y un lavabo cercano.',
    attendance=[LAC_ATT[0],
                ('Omar Villegas Duarte', 'Dr.', 'SEDESA – Centro de Salud T-III Tacubaya', 'SEDESA', IE, ''),
                LAC_ATT[3], LAC_ATT[4],
                ('Paola Estrada Ruiz', 'Lic.', 'STyFE', 'STYFE', IE, ''),
                LAC_ATT[5], LAC_ATT[6], LAC_ATT[7], LAC_ATT[8]],
    strategies=[
        dict(number=529, title=LAC_529, headline='Salas de lactancia: sí, pero ¿para cuántas?',
             goals=[G(*G529_1, ['Se entregaron 9 distintivos más; de los 32 centros certificados, 21 centros son medianos o grandes y suman 14,600 personas trabajadoras.']),
                    G(*G529_2, ['Se difundieron 12 infografías en redes sociales con 48,300 reproducciones y se realizaron 5 conversatorios con 260 mujeres trabajadoras.'])],
             figures=[(9, 'distintivos', '529.1', 'Se entregaron 9 distintivos más'),
                      (32, 'centros', '529.1', 'de los 32 centros certificados'),
                      (21, 'centros', '529.1', '21 centros son medianos o grandes'),
                      (14600, 'personas trabajadoras', '529.1', 'suman 14,600 personas trabajadoras'),
                      (12, 'infografías', '529.2', 'Se difundieron 12 infografías en redes sociales'),
                      (48300, 'reproducciones', '529.2', 'con 48,300 reproducciones'),
                      (5, 'conversatorios', '529.2', 'se realizaron 5 conversatorios con 260 mujeres trabajadoras'),
                      (260, 'mujeres trabajadoras', '529.2', 'con 260 mujeres trabajadoras')],
             feedback=[
                 ('Se atendió lo pedido en la sesión anterior; el dato de personas trabajadoras permite ver el alcance de la medida.', 'retroalimentacion', '529.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Las infografías no son la meta: lo que se reporta como difusión no coincide con el indicador de mujeres alcanzadas.', 'retroalimentacion', '529.2', 'desalineado', 'Secretaría Ejecutiva'),
                 ('Cuestionamos que los distintivos no se revisen después de entregados; varias salas certificadas ya no existen.', 'observacion', '529.1', 'cuestiona', 'Mamás Trabajadoras en Red'),
             ]),
        dict(number=533, title='Brindar consejería en lactancia en el primer nivel de atención', headline='Consejeras en cada centro de salud',
             goals=[G('533.1', 'Formar consejeras en lactancia en los centros de salud', 'Número de consejeras formadas y de consejerías brindadas', 'SEDESA', 'SEDESA',
                      ['Se formaron 64 consejeras en lactancia que brindaron 3,410 consejerías en 28 centros de salud.']),
                    G('533.2', 'Referir a las mujeres lactantes con dificultades a las clínicas de lactancia', 'Número de mujeres referidas', 'SEDESA', 'SEDESA', None, 'Esta vez no hubo reporte.')],
             figures=[(64, 'consejeras', '533.1', 'Se formaron 64 consejeras en lactancia'),
                      (3410, 'consejerías', '533.1', 'que brindaron 3,410 consejerías en 28 centros de salud'),
                      (28, 'centros de salud', '533.1', 'en 28 centros de salud')],
             feedback=[
                 ('Es necesario que la SEDESA informe la referencia de mujeres a las clínicas de lactancia en la próxima sesión.', 'retroalimentacion', '533.2', 'exhorta', 'Secretaría Ejecutiva'),
                 ('Sería oportuno que a estas sesiones asista también el área de primer nivel de atención, que coordina a las consejeras.', 'observacion', '533.1', 'proceso', 'Red Lactancia Digna'),
             ]),
    ],
    agreements=[
        A('La STyFE revisará con la Secretaría Ejecutiva un mecanismo para verificar cada año las salas de lactancia certificadas.', [], [529], 'STyFE'),
        A('La SEDESA presentará la información de la meta 533.2 en la próxima sesión.', [], [533], 'SEDESA'),
    ],
    next_text=('jueves 13 de octubre de 2022', '11:00 h', 'en el mismo auditorio y por Zoom'),
    next=dict(date='2022-10-13', start_time='11:00', end_time=None, strategies=[]),
    notes='boletín (see -09)'))

# ================================================================ N5 mercados (minuta as one table No. | Tema | Desarrollo | Acuerdos)
MER_BODY = 'Derechos de las Personas Comerciantes en Vía Pública y Locatarias de Mercados Públicos'
MER_COORD = ('Rodrigo Zepeda Albarrán', 'Coordinador del Espacio de Participación')
SUBS = 'Secretaría de Gobierno – Subsecretaría de Programas Delegacionales y Reordenamiento de la Vía Pública'
MER_ATT = [
    ('Leticia Montaño Garza', 'Lic.', 'SEDECO – Dirección General de Abasto, Comercio y Distribución', 'SEDECO', IE, ''),
    ('Armando Prieto Solís', 'Ing.', 'Secretaría de Protección Civil', 'SGIRPC', IE, ''),
    ('Gabriel Esquivel Mora', 'Lic.', 'STyFE', 'STYFE', IE, ''),
    ('Concepción Ruelas Peña', 'Lic.', 'Delegación Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', OT, ''),
    ('Felipe Arvizu Domínguez', 'C.', 'Unión de Locatarios del Mercado de Jamaica', None, SC, ''),
    ('María Guadalupe Rosas Vega', 'C.', 'Frente de Comerciantes Independientes del Centro, A.C.', None, SC, ''),
    ('Ofelia Sandoval Cruz', 'C.', 'Red de Mujeres Comerciantes en Vía Pública', None, SC, ''),
    ('Carolina Ugalde Serna', 'Lic.', 'Secretaría Ejecutiva del MSyE del PDHDF', 'SE-PDHCDMX', SE, ''),
]
MER_652 = 'Mejorar las condiciones de infraestructura y seguridad de los mercados públicos'
G652_2 = ('652.2', 'Realizar revisiones de protección civil en los mercados públicos', 'Número de mercados revisados', 'Secretaría de Protección Civil', 'SGIRPC')

ACTAS.append(dict(
    stem='blind-n-mercados-03-2016-02-25', layout='N5', esp='mercados',
    body=MER_BODY, kind='sesión ordinaria', number=3, ordinal='III',
    date='2016-02-25', date_text='25-II-2016', start='16:00', end='18:20',
    place='Salón de la Mesa Directiva del Mercado de Jamaica, delegación Venustiano Carranza',
    topic=None, objective=None, coordinator=MER_COORD, code='MIN-EP-CVP-03/2016',
    prev=('II', '28-I-2016'),
    general='La Unión de Locatarios del Mercado de Jamaica informó del conato de incendio ocurrido el 3 de febrero en la zona de comida y pidió que el tema se incluya en la revisión de protección civil.',
    attendance=MER_ATT,
    strategies=[
        dict(number=652, title=MER_652,
             goals=[G('652.1', 'Rehabilitar mercados públicos con recursos del Fondo de Mercados', 'Número de mercados rehabilitados',
                      'SEDECO', 'SEDECO',
                      ['En 2015 se rehabilitaron {del:12|ins:14} mercados públicos con una inversión de 96.5 millones de pesos, en beneficio de 3,870 locatarios.']),
                    G(*G652_2, ['Se revisaron 58 mercados; 21 mercados presentan riesgo alto en sus instalaciones eléctricas y de gas.'])],
             figures=[(14, 'mercados públicos', '652.1', 'se rehabilitaron 14 mercados públicos'),
                      (96.5, 'millones de pesos', '652.1', 'con una inversión de 96.5 millones de pesos'),
                      (3870, 'locatarios', '652.1', 'en beneficio de 3,870 locatarios'),
                      (58, 'mercados', '652.2', 'Se revisaron 58 mercados'),
                      (21, 'mercados', '652.2', '21 mercados presentan riesgo alto en sus instalaciones eléctricas y de gas')],
             feedback=[
                 ('El informe es claro y presenta datos duros de inversión y de personas beneficiarias.', 'retroalimentacion', '652.1', 'avance', 'SE'),
                 ('La Unión de Locatarios cuestiona que las obras se decidan sin consultar a las mesas directivas de los mercados.', 'observacion', '652.1', 'cuestiona', 'participantes'),
                 ('Se necesita informar qué medidas se tomarán en los mercados con riesgo alto y en qué plazo.', 'retroalimentacion', '652.2', 'solicita_datos', 'SE'),
             ],
             acuerdos=[0]),
        dict(number=655, title='Ordenar el comercio en vía pública con respeto a los derechos de las personas comerciantes',
             goals=[G('655.1', 'Actualizar el padrón de personas comerciantes en vía pública', 'Número de personas registradas en el padrón',
                      SUBS, 'SECGOB', None, 'No se presentó informe.'),
                    G('655.2', 'Otorgar credenciales a trabajadoras y trabajadores no asalariados', 'Número de credenciales otorgadas', 'STyFE', 'STYFE',
                      ['Se otorgaron 1,254 credenciales a trabajadores no asalariados, de las cuales 688 credenciales corresponden a mujeres; se realizaron 9 jornadas de credencialización en 5 delegaciones.'])],
             figures=[(1254, 'credenciales', '655.2', 'Se otorgaron 1,254 credenciales a trabajadores no asalariados'),
                      (688, 'credenciales', '655.2', '688 credenciales corresponden a mujeres'),
                      (9, 'jornadas', '655.2', 'se realizaron 9 jornadas de credencialización en 5 delegaciones'),
                      (5, 'delegaciones', '655.2', 'en 5 delegaciones')],
             feedback=[
                 ('Es necesario que la Subsecretaría presente el avance del padrón; sin él no puede darse seguimiento a la meta.', 'retroalimentacion', '655.1', 'exhorta', 'SE'),
                 ('Las comerciantes señalan que la meta debería medir también los retiros de puestos y no sólo el registro en el padrón.', 'observacion', '655.1', 'diseno_meta', 'participantes'),
                 ('La STyFE refiere que muchas personas no acuden a credencializarse por temor a ser retiradas de la vía pública.', 'observacion', '655.2', 'instancia', 'participantes'),
             ],
             acuerdos=[1]),
    ],
    agreements=[
        A('Protección Civil enviará a la Secretaría Ejecutiva el listado de los mercados con riesgo alto y su programa de atención a más tardar el 18 de marzo de 2016.', ['2016-03-18'], [652], 'Protección Civil'),
        A('La Secretaría Ejecutiva solicitará por oficio a la Subsecretaría de Programas Delegacionales y Reordenamiento de la Vía Pública su informe de la meta 655.1.', [], [655], 'Secretaría Ejecutiva'),
        A('La IV Sesión Ordinaria se celebrará el jueves 31 de marzo de 2016 a las 16:00 hrs. en el Mercado de Sonora.', ['2016-03-31'], [], None, next_session=True),
    ],
    next=dict(date='2016-03-31', start_time='16:00', end_time=None, strategies=[]),
    notes='minuta whose body is ONE table No. | Tema | Desarrollo | Acuerdos (one row per agenda item, the goals inside the Desarrollo cell as labelled paragraphs, each agreement in the Acuerdos cell of its row with a code "A.3.1" and "(Resp.: …)"); date "25-II-2016" (roman month), "16:00 hrs."; attendance as a three-column table whose columns are the sectors, each person "Title Name (Institution)"; the next session is an agreement of "Asuntos generales"; a tracked change in an INFORME (12 → 14); header code, "Hoja N de M"; signature table Elaboró / Vo. Bo.'))

ACTAS.append(dict(
    stem='blind-n-mercados-04-2016-03-31', layout='N5', esp='mercados',
    body=MER_BODY, kind='sesión ordinaria', number=4, ordinal='IV',
    date='2016-03-31', date_text='31-III-2016', start='16:00', end='18:05',
    place='Salón de la Mesa Directiva del Mercado de Sonora, delegación Venustiano Carranza',
    topic=None, objective=None, coordinator=MER_COORD, code='MIN-EP-CVP-04/2016',
    prev=('III', '25-II-2016'),
    general='La Red de Mujeres Comerciantes en Vía Pública invitó al foro “Mujeres que sostienen la calle”, que se realizará el 22 de abril en el Museo de la Ciudad de México.',
    attendance=[MER_ATT[0], MER_ATT[1],
                ('Alfredo Quezada Ríos', 'Arq.', 'Secretaría de Protección Civil', 'SGIRPC', IE, ''),
                ('Yolanda Beltrán Islas', 'Dra.', 'SEDESA', 'SEDESA', IE, ''),
                ('Nancy Olguín Ferrer', 'Lic.', 'DIF-DF', 'DIF-CDMX', IE, ''),
                MER_ATT[3], MER_ATT[4],
                ('Tomasa Nieves Ortega', 'C.', 'Asociación de Locatarios del Mercado de Sonora', None, SC, ''),
                MER_ATT[6], MER_ATT[7]],
    strategies=[
        dict(number=652, title=MER_652,
             goals=[G(*G652_2, ['Se entregó el listado de los 21 mercados con riesgo alto; en 8 mercados ya se corrigieron las instalaciones de gas y en 13 mercados hay trabajos en curso.'])],
             figures=[(21, 'mercados', '652.2', 'el listado de los 21 mercados con riesgo alto'),
                      (8, 'mercados', '652.2', 'en 8 mercados ya se corrigieron las instalaciones de gas'),
                      (13, 'mercados', '652.2', 'en 13 mercados hay trabajos en curso')],
             feedback=[
                 ('Se cumplió el acuerdo de la sesión anterior; el listado permite dar seguimiento mercado por mercado.', 'retroalimentacion', '652.2', 'avance', 'SE'),
                 ('Los locatarios del Mercado de Sonora cuestionan que el costo de las obras de gas se cobre a cada local.', 'observacion', '652.2', 'cuestiona', 'participantes'),
             ],
             acuerdos=[0]),
        dict(number=658, title='Garantizar el acceso a la seguridad social y al cuidado infantil de las personas comerciantes y locatarias',
             goals=[G('658.1', 'Afiliar a personas comerciantes y a sus familias a los servicios de salud', 'Número de personas afiliadas', 'SEDESA', 'SEDESA',
                      ['Se realizaron 14 jornadas de afiliación en mercados públicos y se afiliaron 2,306 personas comerciantes y sus familias.']),
                    G('658.2', 'Operar estancias infantiles en mercados públicos', 'Número de estancias en operación y de menores inscritos', 'DIF-DF', 'DIF-CDMX',
                      ['Operan 6 estancias infantiles en mercados públicos, con 212 menores inscritos.'])],
             figures=[(14, 'jornadas', '658.1', 'Se realizaron 14 jornadas de afiliación en mercados públicos'),
                      (2306, 'personas comerciantes', '658.1', 'se afiliaron 2,306 personas comerciantes y sus familias'),
                      (6, 'estancias', '658.2', 'Operan 6 estancias infantiles en mercados públicos'),
                      (212, 'menores', '658.2', 'con 212 menores inscritos')],
             feedback=[
                 ('La afiliación es una acción que suma, pero por sí sola no garantiza el acceso a la seguridad social de las personas comerciantes.', 'retroalimentacion', '658.1', 'insuficiente', 'SE'),
                 ('Es necesario informar en qué mercados operan las estancias y cuál es su capacidad.', 'retroalimentacion', '658.2', 'solicita_datos', 'SE'),
                 ('Sería oportuno que el DIF-DF presente este tema en una sesión a la que asistan las mesas directivas de los mercados con estancia.', 'observacion', '658.2', 'proceso', 'participantes'),
             ],
             acuerdos=[1]),
    ],
    agreements=[
        A('Protección Civil presentará en la V Sesión Ordinaria el avance de los 13 mercados con trabajos en curso.', [], [652], 'Protección Civil'),
        A('El DIF-DF enviará la ubicación y la capacidad de las estancias infantiles a más tardar el 15 de abril de 2016.', ['2016-04-15'], [658], 'DIF-DF'),
        A('La V Sesión Ordinaria se celebrará el jueves 28 de abril de 2016 a las 16:00 hrs. en el Mercado de la Merced.', ['2016-04-28'], [], None, next_session=True),
    ],
    next=dict(date='2016-04-28', start_time='16:00', end_time=None, strategies=[]),
    notes='minuta in one table (see -03); a strategy with a single goal'))

# ================================================================ N6 energia (printed form filled in: typed values on underscores, ☒/☐)
ENE_BODY = 'Derecho a la Energía y Atención a la Pobreza Energética'
ENE_PLACE = 'Sala de juntas de la SEDECO, Av. Cuauhtémoc 898, colonia Narvarte, y Microsoft Teams'
ENE_COORD = ('Alma Delia Fuentes Ortega', None)
COL = 'Colectivo Energía Justa, A.C.'
ENE_ATT = [
    ('Salvador Treviño Luna', 'Ing.', 'SEDECO – Dirección de Eficiencia Energética', 'SEDECO', IE, ''),
    ('Miriam Paredes Olmedo', 'Lic.', 'SIBISO', 'SIBISO', IE, ''),
    ('Julio César Cantú Rangel', 'Ing.', 'SOBSE – Dirección de Alumbrado Público', 'SOBSE', IE, ''),
    ('Lourdes Gaytán Mejía', 'Lic.', 'PROSOC', 'PROSOC', IE, ''),
    ('Emilio Ferrer Sosa', 'Ing.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, ''),
    ('Renata Salcedo Ibarra', 'Dra.', 'UNAM – Red de Pobreza Energética', 'UNAM', OT, ''),
    ('Gerardo Lugo Camarillo', 'C.', COL, None, SC, ''),
    ('Ximena Duarte Bravo', 'C.', COL, None, SC, ''),
    ('Héctor Medrano Villa', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, ''),
]
ENE_611 = 'Reducir la pobreza energética de los hogares de bajos ingresos'
G611_1 = ('611.1', 'Instalar calentadores solares y sistemas fotovoltaicos en viviendas de bajos ingresos',
          'Número de viviendas con sistema instalado', 'SEDECO', 'SEDECO')
G611_2 = ('611.2', 'Otorgar apoyos para el pago de energía eléctrica a hogares en situación de pobreza',
          'Número de hogares apoyados', 'SIBISO', 'SIBISO')

ACTAS.append(dict(
    stem='blind-n-energia-02-2023-09-12', layout='N6', esp='energia',
    body=ENE_BODY, kind='sesión ordinaria', number=2, ordinal='2',
    date='2023-09-12', date_text='12/09/2023', start='10:00', end='12:15', place=ENE_PLACE,
    topic=None, objective=None, coordinator=ENE_COORD, elaboro='Lic. Héctor Medrano Villa',
    next_row=('10/10/2023', '10:00'),
    attendance=ENE_ATT,
    strategies=[
        dict(number=611, title=ENE_611,
             goals=[G(*G611_1, ['En el primer semestre de 2023 se instalaron 1,850 calentadores solares y 420 sistemas fotovoltaicos en viviendas de Iztapalapa, Tláhuac y Xochimilco, con un ahorro estimado de 35 por ciento en el gasto de gas de cada hogar.']),
                    G(*G611_2, None, '☐ Sí ☒ No')],
             figures=[(1850, 'calentadores solares', '611.1', 'se instalaron 1,850 calentadores solares'),
                      (420, 'sistemas fotovoltaicos', '611.1', '420 sistemas fotovoltaicos en viviendas de Iztapalapa, Tláhuac y Xochimilco'),
                      (35, 'por ciento', '611.1', 'con un ahorro estimado de 35 por ciento en el gasto de gas de cada hogar')],
             feedback=[
                 ('Se reportan datos duros y el ahorro estimado, lo que permite conocer el efecto de la acción en los hogares.', 'retroalimentacion', '611.1', 'avance', 'SE'),
                 ('Se cuestiona que los sistemas se instalen sin capacitar a las familias en su mantenimiento.', 'observacion', '611.1', 'cuestiona', 'OSC'),
                 ('Es necesario que la SIBISO presente su informe; el apoyo para el pago de la luz es central para la meta.', 'retroalimentacion', '611.2', 'exhorta', 'SE'),
             ]),
        dict(number=614, title='Garantizar un alumbrado público suficiente y eficiente en las colonias de alta marginación',
             goals=[G('614.1', 'Sustituir luminarias por tecnología LED en colonias de alta marginación', 'Número de luminarias sustituidas',
                      'SOBSE', 'SOBSE',
                      ['Se sustituyeron 12,400 luminarias por tecnología LED en 87 colonias de alta marginación; el consumo de energía del alumbrado bajó 41 por ciento en esas colonias.'])],
             figures=[(12400, 'luminarias', '614.1', 'Se sustituyeron 12,400 luminarias por tecnología LED'),
                      (87, 'colonias', '614.1', 'en 87 colonias de alta marginación'),
                      (41, 'por ciento', '614.1', 'el consumo de energía del alumbrado bajó 41 por ciento en esas colonias')],
             feedback=[
                 ('El alumbrado no atiende directamente la pobreza energética de los hogares; la acción podría corresponder a la estrategia de espacio público.', 'retroalimentacion', '614.1', 'reasignar', 'SE'),
                 ('La SOBSE menciona que las colonias las define cada alcaldía y no la Secretaría.', 'observacion', '614.1', 'instancia', 'SOBSE'),
             ]),
        dict(number=617, title='Proteger a las personas usuarias frente a cobros excesivos y cortes del servicio eléctrico',
             goals=[G('617.1', 'Brindar asesoría a personas usuarias en conflictos por cobros y cortes de energía eléctrica', 'Número de asesorías brindadas',
                      'PROSOC', 'PROSOC',
                      ['Se brindaron 636 asesorías y se acompañaron 74 quejas ante la CFE; en 29 casos se logró la reconexión del servicio.'])],
             figures=[(636, 'asesorías', '617.1', 'Se brindaron 636 asesorías'),
                      (74, 'quejas', '617.1', 'se acompañaron 74 quejas ante la CFE'),
                      (29, 'casos', '617.1', 'en 29 casos se logró la reconexión del servicio')],
             feedback=[
                 ('Se necesita desagregar las asesorías por sexo y por alcaldía.', 'retroalimentacion', '617.1', 'solicita_datos', 'SE'),
                 ('Sería oportuno invitar a la CFE a las sesiones del Espacio, ya que es quien decide los cortes.', 'observacion', '617.1', 'proceso', 'UNAM'),
             ]),
    ],
    agreements=[
        A('La SIBISO enviará su informe de la meta 611.2 a la Secretaría Ejecutiva.', ['2023-09-29'], [611], 'SIBISO', due='29/09/2023'),
        A('La Secretaría Ejecutiva enviará invitación a la CFE para la próxima sesión.', ['2023-10-03'], [], 'Secretaría Ejecutiva', due='03/10/2023'),
        A('La PROSOC enviará la desagregación de las asesorías por sexo y por alcaldía.', ['2023-10-06'], [617], 'PROSOC', due='06/10/2023'),
    ],
    next=dict(date='2023-10-10', start_time='10:00', end_time=None, strategies=[]),
    notes='printed form (FORMATO EP-02) filled in on the computer: short values typed over underscores ("__12/09/2023__"), long values as underlined runs, ☒/☐ check boxes for session type, modality, each attendee\'s sector and each goal\'s "¿Presentó informe?"; an unreported goal has an empty underscore line; agreements with Responsable and Fecha compromiso fields; "V. PRÓXIMA SESIÓN" section (not an agreement); Elaboró / Vo. Bo. Coordinación'))

ACTAS.append(dict(
    stem='blind-n-energia-03-2023-10-10', layout='N6', esp='energia',
    body=ENE_BODY, kind='sesión ordinaria', number=3, ordinal='3',
    date='2023-10-10', date_text='10/10/2023', start='10:00', end='12:30', place=ENE_PLACE,
    topic=None, objective=None, coordinator=ENE_COORD, elaboro='Lic. Héctor Medrano Villa',
    next_row=('14/11/2023', '10:00'),
    attendance=[ENE_ATT[0], ENE_ATT[1], ENE_ATT[3],
                ('Sandra Peralta Núñez', 'Arq.', 'INVI', 'INVI', IE, ''),
                ('Arturo Leyva Campos', 'Ing.', 'CFE Suministrador de Servicios Básicos', None, OT, ''),
                ENE_ATT[5], ENE_ATT[6], ENE_ATT[8]],
    strategies=[
        dict(number=611, title=ENE_611,
             goals=[G(*G611_1, ['Al 30 de septiembre suman 2,310 calentadores solares y 515 sistemas fotovoltaicos instalados; se impartieron 46 talleres de mantenimiento a las familias beneficiarias.']),
                    G(*G611_2, ['Se otorgaron 3,960 apoyos de 600 pesos bimestrales para el pago de energía eléctrica a hogares con personas que requieren equipo médico eléctrico.'])],
             figures=[(2310, 'calentadores solares', '611.1', 'suman 2,310 calentadores solares'),
                      (515, 'sistemas fotovoltaicos', '611.1', '515 sistemas fotovoltaicos instalados'),
                      (46, 'talleres', '611.1', 'se impartieron 46 talleres de mantenimiento a las familias beneficiarias'),
                      (3960, 'apoyos', '611.2', 'Se otorgaron 3,960 apoyos'),
                      (600, 'pesos', '611.2', 'de 600 pesos bimestrales')],
             feedback=[
                 ('Se atendió la observación de la sesión anterior con los talleres de mantenimiento.', 'retroalimentacion', '611.1', 'avance', 'SE'),
                 ('Se solicita informar cuántos hogares están en lista de espera del apoyo.', 'retroalimentacion', '611.2', 'solicita_datos', 'SE'),
                 ('El apoyo bimestral por sí solo no cubre el costo de la energía que consume un equipo médico en casa.', 'observacion', '611.2', 'insuficiente', 'OSC'),
             ]),
        dict(number=619, title='Promover el uso eficiente de la energía en las unidades habitacionales',
             goals=[G('619.1', 'Realizar diagnósticos energéticos en unidades habitacionales', 'Número de diagnósticos realizados', 'PROSOC', 'PROSOC',
                      ['Se realizaron 18 diagnósticos energéticos en unidades habitacionales de Iztapalapa y Gustavo A. Madero, que beneficiaron a 5,240 viviendas.']),
                    G('619.2', 'Incluir ecotecnias en los proyectos de vivienda nueva', 'Número de proyectos de vivienda con ecotecnias', 'INVI', 'INVI', None, '☐ Sí ☒ No')],
             figures=[(18, 'diagnósticos', '619.1', 'Se realizaron 18 diagnósticos energéticos en unidades habitacionales'),
                      (5240, 'viviendas', '619.1', 'que beneficiaron a 5,240 viviendas')],
             feedback=[
                 ('El indicador cuenta diagnósticos pero no mide sus resultados; no hay correspondencia entre la meta y el indicador.', 'retroalimentacion', '619.1', 'diseno_meta', 'SE'),
                 ('La CFE ofrece compartir datos de consumo por colonia para orientar los diagnósticos.', 'observacion', '619.1', 'instancia', 'CFE'),
                 ('Es necesario que el INVI presente su informe sobre ecotecnias en vivienda nueva.', 'retroalimentacion', '619.2', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('La CFE y la PROSOC acordarán el intercambio de datos de consumo por colonia.', ['2023-10-27'], [619], 'CFE y PROSOC', due='27/10/2023'),
        A('La Secretaría Ejecutiva enviará oficio al INVI para solicitar su informe de la meta 619.2.', ['2023-10-20'], [619], 'Secretaría Ejecutiva', due='20/10/2023'),
    ],
    next=dict(date='2023-11-14', start_time='10:00', end_time=None, strategies=[]),
    notes='printed form (see -02)'))
