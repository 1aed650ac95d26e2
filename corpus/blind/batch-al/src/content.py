# -*- coding: utf-8 -*-
# Batch AL content, written ONCE (same shapes as batch AJ's content.py).
# attendance row: (name, title, institution, institution_key, sector, cargo)
# figure: (value, unit, goal, context)  -- context is a clause of the report
# feedback: (text, section, goal, label, speaker)   speaker: 'SE' or an attendee's name
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'
ACTAS = []


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)


def A(text, dates=(), responsible=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, next_session=next_session); d.update(kw); return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


def NX(date, time):
    return {'date': date, 'start_time': time, 'end_time': None, 'strategies': []}


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ AL1 tejedoras (goals in an embedded Excel object)
TEJ_BODY = 'Derecho al Trabajo: Tejedoras y Artesanas Textiles de la Ciudad de México'
TEJ_COORD = ('Fabiola Mendieta Arroyo', 'Coordinadora del Espacio de Participación')
TEJ_PLACE = 'Sala de usos múltiples de la Secretaría de Trabajo y Fomento al Empleo, calle San Antonio Abad 32, colonia Tránsito'
T433 = 'Fortalecer la comercialización de los productos textiles artesanales'
T437 = 'Proteger la salud ocupacional de las tejedoras'
G433_1 = ('433.1', 'Organizar ferias y corredores de venta de textiles artesanales', 'Número de ferias realizadas', 'Secretaría de Desarrollo Económico', 'SEDECO')
G433_2 = ('433.2', 'Otorgar créditos para la compra de telares e insumos', 'Número de créditos otorgados', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G437_1 = ('437.1', 'Realizar valoraciones de salud visual y postural a tejedoras', 'Número de tejedoras valoradas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
TEJ_ATT = [
    ('Araceli Domínguez Peña', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Directora de Fomento Artesanal'),
    ('Tomás Guerrero Lima', 'Mtro.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Subdirector de Financiamiento'),
    ('Verónica Salas Ochoa', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefa de Unidad de Salud Laboral'),
    ('Rosa María Xolalpa Ruiz', 'C.', 'Cooperativa Tejedoras de Milpa Alta', None, SC, 'Presidenta'),
    ('Juana Hernández Cruz', 'C.', 'Colectivo Hilos de Resistencia', None, SC, 'Integrante'),
    ('Lorena Castañeda Ibarra', 'Lic.', 'Alcaldía Milpa Alta', 'ALC-MILPA-ALTA', OT, 'Jefa de Unidad de Fomento Económico'),
    ('Esteban Rivas Moreno', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-al-tejedoras-05-2021-03-16', layout='AL1', esp='tejedoras', body=TEJ_BODY, number=5, date='2021-03-16', start='11:00', end='13:20',
     place=TEJ_PLACE, coordinator=TEJ_COORD, attendance=TEJ_ATT,
     strategies=[
         S(433, T433,
           [G(*G433_1, ['La SEDECO organizó 4 ferias textiles y 2 corredores de venta en las alcaldías Coyoacán y Xochimilco, en los que participaron 126 artesanas.']),
            G(*G433_2, ['El FONDESO otorgó 58 créditos por un monto total de 870,000 pesos para la compra de telares de cintura y de pedal.'])],
           [(4, 'ferias textiles', '433.1', 'La SEDECO organizó 4 ferias textiles'),
            (2, 'corredores de venta', '433.1', '2 corredores de venta'),
            (126, 'artesanas', '433.1', 'en los que participaron 126 artesanas'),
            (58, 'créditos', '433.2', 'El FONDESO otorgó 58 créditos'),
            (870000, 'pesos', '433.2', 'por un monto total de 870,000 pesos')],
           [('Se reconoce que el informe presenta datos desagregados del número de ferias y de artesanas participantes.', 'retroalimentacion', '433.1', 'avance', 'SE'),
            ('Las ferias se instalan en horarios y sedes donde casi no hay compradores, por lo que se cuestiona que sirvan para comercializar los textiles.', 'observacion', '433.1', 'cuestiona', 'Rosa María Xolalpa Ruiz'),
            ('Se solicita informar cuántas de las personas acreditadas son mujeres indígenas y en qué alcaldías viven.', 'retroalimentacion', '433.2', 'solicita_datos', 'SE')]),
         S(437, T437,
           [G(*G437_1, None, 'No reportó')],
           [],
           [('Es necesario que la SEDESA inicie las valoraciones de salud visual y postural comprometidas en la meta.', 'retroalimentacion', '437.1', 'exhorta', 'SE'),
            ('Señala que las valoraciones dependen de la disponibilidad de las unidades médicas móviles y solicita a la Secretaría Ejecutiva apoyo para convocar a las tejedoras.', 'observacion', '437.1', 'instancia', 'Verónica Salas Ochoa')])],
     agreements=[
         A('La SEDECO compartirá el calendario de ferias del segundo trimestre antes del 9 de abril de 2021.', ['2021-04-09'], 'SEDECO'),
         A('La Secretaría Ejecutiva apoyará a la SEDESA en la convocatoria de tejedoras para las valoraciones de la meta 437.1.', [], 'Secretaría Ejecutiva'),
         A('La sexta sesión ordinaria se celebrará el martes 18 de mayo de 2021 a las 11:00 horas, en la misma sede.', ['2021-05-18'], None, next_session=True)],
     next=NX('2021-05-18', '11:00'),
     notes='Goals, indicators, executors and reports only in an embedded Excel worksheet (OLE object, ProgID Excel.Sheet.12) shown by its preview picture; feedback, attendance and agreements are text. Goal 437.1 not reported: its Informe cell says "No reportó".')

acta(stem='blind-al-tejedoras-06-2021-05-18', layout='AL1', esp='tejedoras', body=TEJ_BODY, number=6, date='2021-05-18', start='11:00', end='13:05',
     place=TEJ_PLACE, coordinator=TEJ_COORD, attendance=TEJ_ATT[:1] + TEJ_ATT[2:],
     strategies=[
         S(433, T433,
           [G(*G433_1, ['La SEDECO realizó 3 ferias más y abrió un corredor de venta en la explanada de la alcaldía, con 211 visitantes registrados por día.']),
            G(*G433_2, None, 'Sin informe')],
           [(3, 'ferias', '433.1', 'La SEDECO realizó 3 ferias más'),
            (211, 'visitantes', '433.1', 'con 211 visitantes registrados por día')],
           [('Se atendió la observación sobre las sedes y se reporta el número de visitantes, lo que permite valorar el avance.', 'retroalimentacion', '433.1', 'avance', 'SE'),
            ('El número de visitantes no corresponde al indicador de la meta, que mide las ferias realizadas; se recomienda reportarlo aparte.', 'observacion', '433.1', 'desalineado', 'Juana Hernández Cruz'),
            ('Es necesario que el FONDESO envíe su informe con anticipación a la Secretaría Ejecutiva para integrarlo a la matriz de seguimiento.', 'retroalimentacion', '433.2', 'proceso', 'SE')]),
         S(437, T437,
           [G(*G437_1, ['La SEDESA valoró a 74 tejedoras en 5 jornadas con unidades médicas móviles y entregó 39 pares de lentes.'])],
           [(74, 'tejedoras', '437.1', 'La SEDESA valoró a 74 tejedoras'),
            (5, 'jornadas', '437.1', 'en 5 jornadas con unidades médicas móviles'),
            (39, 'pares de lentes', '437.1', 'entregó 39 pares de lentes')],
           [('Las valoraciones contribuyen a la meta, pero por sí solas no le dan cumplimiento si no se da seguimiento a los casos detectados.', 'retroalimentacion', '437.1', 'insuficiente', 'SE'),
            ('La entrega de lentes puede reportarse también en la estrategia 433, meta 433.1, porque permite a las tejedoras seguir produciendo.', 'observacion', '437.1', 'reasignar', 'Rosa María Xolalpa Ruiz')])],
     agreements=[
         A('El FONDESO remitirá el informe de la meta 433.2 antes del 4 de junio de 2021.', ['2021-06-04'], 'FONDESO'),
         A('La SEDESA presentará en la siguiente sesión el seguimiento de los casos detectados en las valoraciones.', [], 'SEDESA'),
         A('La séptima sesión ordinaria se llevará a cabo el martes 20 de julio de 2021 a las 11:00 horas.', ['2021-07-20'], None, next_session=True)],
     next=NX('2021-07-20', '11:00'),
     notes='Goals and reports only in the embedded Excel worksheet (preview picture in the page). Goal 433.2 not reported: its Informe cell says "Sin informe".')

# ================================================================ AL2 carboneros (stamped and signed scan)
CAR_BODY = 'Derecho a un Medio Ambiente Sano: Carboneros y Leñadores del Suelo de Conservación'
CAR_COORD = ('Efraín Solís Becerra', 'Coordinador del Espacio de Participación')
CAR_PLACE = 'Sala de juntas de la Secretaría del Medio Ambiente, Plaza de la Constitución 1, tercer piso, Centro Histórico'
T118 = 'Promover alternativas productivas sustentables para las personas carboneras'
T121 = 'Prevenir daños a la salud por exposición al humo de los hornos'
G118_1 = ('118.1', 'Capacitar a productores de carbón en el uso de hornos de bajo impacto', 'Número de productores capacitados', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
G118_2 = ('118.2', 'Apoyar proyectos productivos de reconversión forestal', 'Número de proyectos apoyados', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G121_1 = ('121.1', 'Realizar tamizajes de enfermedades respiratorias en comunidades carboneras', 'Número de personas tamizadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
CAR_ATT = [
    ('Gerardo Campos Villaseñor', 'Ing.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Director de Conservación'),
    ('Leticia Ávalos Quiroz', 'Lic.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirectora de Proyectos'),
    ('Mauricio Téllez Ordaz', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefe de Epidemiología'),
    ('Pedro Nava Reséndiz', 'C.', 'Unión de Carboneros de San Miguel Topilejo', None, SC, 'Representante'),
    ('Silvia Olmos Galicia', 'C.', 'Red de Mujeres del Ajusco, A. C.', None, SC, 'Coordinadora'),
    ('Alberto Cisneros Luna', 'Lic.', 'Delegación Tlalpan', 'ALC-TLALPAN', OT, 'Director de Desarrollo Rural'),
    ('Carmen Lozano Pineda', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-al-carboneros-02-2012-06-12', layout='AL2', esp='carboneros', body=CAR_BODY, number=2, date='2012-06-12', start='10:00', end='12:15',
     place=CAR_PLACE, coordinator=CAR_COORD, attendance=CAR_ATT, stamp='RECIBIDO 15 JUN 2012',
     strategies=[
         S(118, T118,
           [G(*G118_1, ['La SMA capacitó a 85 productores de San Miguel Topilejo y Santo Tomás Ajusco en 6 talleres y construyó 12 hornos demostrativos.']),
            G(*G118_2, ['La SEDEREC apoyó 17 proyectos de reconversión forestal por un monto de 1,250,000 pesos.'])],
           [(85, 'productores', '118.1', 'La SMA capacitó a 85 productores'),
            (6, 'talleres', '118.1', 'en 6 talleres'),
            (12, 'hornos demostrativos', '118.1', 'construyó 12 hornos demostrativos'),
            (17, 'proyectos', '118.2', 'La SEDEREC apoyó 17 proyectos de reconversión forestal'),
            (1250000, 'pesos', '118.2', 'por un monto de 1,250,000 pesos')],
           [('El informe reporta datos duros de productores capacitados y de hornos construidos, lo que permite conocer el avance de la meta.', 'retroalimentacion', '118.1', 'avance', 'SE'),
            ('Los hornos de bajo impacto cuestan más de lo que gana una familia carbonera en un año; se cuestiona que la capacitación sirva si no hay apoyo para construirlos.', 'observacion', '118.1', 'cuestiona', 'Pedro Nava Reséndiz'),
            ('Se necesita informar cuántos de los proyectos apoyados son encabezados por mujeres y en qué poblados se ubican.', 'retroalimentacion', '118.2', 'solicita_datos', 'SE')]),
         S(121, T121,
           [G(*G121_1, None, 'No reportó.')],
           [],
           [('Es necesario que la Secretaría de Salud empiece a realizar los tamizajes comprometidos en las comunidades carboneras.', 'retroalimentacion', '121.1', 'exhorta', 'SE'),
            ('Sería oportuno convocar al área de epidemiología de la Secretaría de Salud, que es la que tiene la información de los tamizajes.', 'observacion', '121.1', 'proceso', 'Silvia Olmos Galicia')])],
     agreements=[
         A('La Secretaría del Medio Ambiente enviará la lista de comunidades capacitadas a más tardar el 29 de junio de 2012.', ['2012-06-29'], 'Secretaría del Medio Ambiente'),
         A('La Secretaría Ejecutiva solicitará por oficio a la Secretaría de Salud el informe de la meta 121.1.', [], 'Secretaría Ejecutiva'),
         A('La tercera sesión ordinaria se realizará el martes 14 de agosto de 2012 a las 10:00 horas, en la misma sala.', ['2012-08-14'], None, next_session=True)],
     next=NX('2012-08-14', '10:00'),
     notes='Typed acta printed, signed, stamped "RECIBIDO" in purple and scanned grey at 300 dpi; no text layer. Goal 121.1 not reported: "Informe: No reportó."')

acta(stem='blind-al-carboneros-03-2012-08-14', layout='AL2', esp='carboneros', body=CAR_BODY, number=3, date='2012-08-14', start='10:00', end='12:00',
     place=CAR_PLACE, coordinator=CAR_COORD, attendance=CAR_ATT[:4] + CAR_ATT[5:], stamp='RECIBIDO 20 AGO 2012',
     strategies=[
         S(118, T118,
           [G(*G118_1, ['La SMA capacitó a 42 productores más y entregó 9 hornos a grupos de trabajo de Santo Tomás Ajusco.']),
            G(*G118_2, None, 'Sin informe.')],
           [(42, 'productores', '118.1', 'La SMA capacitó a 42 productores más'),
            (9, 'hornos', '118.1', 'entregó 9 hornos a grupos de trabajo')],
           [('Se atendió el acuerdo de la sesión anterior y se envió la lista de comunidades capacitadas.', 'retroalimentacion', '118.1', 'avance', 'SE'),
            ('La entrega de hornos por sí sola no da cumplimiento a la meta, que se refiere a la capacitación de productores.', 'retroalimentacion', '118.1', 'insuficiente', 'SE')]),
         S(121, T121,
           [G(*G121_1, ['La Secretaría de Salud tamizó a 312 personas, de las cuales 47 presentaron síntomas respiratorios crónicos y 19 fueron canalizadas al Instituto Nacional de Enfermedades Respiratorias.'])],
           [(312, 'personas', '121.1', 'La Secretaría de Salud tamizó a 312 personas'),
            (47, 'personas', '121.1', 'de las cuales 47 presentaron síntomas respiratorios crónicos'),
            (19, 'personas', '121.1', '19 fueron canalizadas al Instituto Nacional de Enfermedades Respiratorias')],
           [('Se reconoce que el informe presenta datos duros del tamizaje y de las canalizaciones.', 'retroalimentacion', '121.1', 'avance', 'SE'),
            ('El indicador mide personas tamizadas y no permite conocer si mejoró la salud de las familias; no hay correspondencia entre la meta y el indicador.', 'retroalimentacion', '121.1', 'diseno_meta', 'SE'),
            ('Menciona que no cuenta con personal suficiente para volver a las comunidades y solicita que la Delegación Tlalpan apoye con transporte.', 'observacion', '121.1', 'instancia', 'Mauricio Téllez Ordaz')])],
     agreements=[
         A('La SEDEREC entregará el informe de la meta 118.2 antes del 7 de septiembre de 2012.', ['2012-09-07'], 'SEDEREC'),
         A('La Delegación Tlalpan revisará con la Secretaría de Salud el apoyo de transporte para los tamizajes.', [], 'Delegación Tlalpan'),
         A('La cuarta sesión ordinaria tendrá lugar el martes 9 de octubre de 2012 a las 10:00 horas.', ['2012-10-09'], None, next_session=True)],
     next=NX('2012-10-09', '10:00'),
     notes='Stamped and signed scan, grey 300 dpi, no text layer. Goal 118.2 not reported: "Informe: Sin informe."')

# ================================================================ AL3 pulidores (a column group per strategy)
PUL_BODY = 'Derecho a la Salud: Pulidores de Pisos y Personas Trabajadoras Expuestas a Solventes'
PUL_COORD = ('Ximena Corona Aldama', 'Coordinadora del Espacio de Participación')
PUL_PLACE = 'Auditorio de la Secretaría de Trabajo y Fomento al Empleo, calle San Antonio Abad 32, colonia Tránsito'
T552 = 'Prevenir riesgos de trabajo por exposición a polvos y solventes'
T559 = 'Ampliar la protección social de las personas pulidoras independientes'
G552_1 = ('552.1', 'Inspeccionar talleres de pulido y acabado de pisos', 'Número de inspecciones realizadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G552_2 = ('552.2', 'Entregar equipo de protección respiratoria a personas pulidoras', 'Número de equipos entregados', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G559_1 = ('559.1', 'Vincular a personas pulidoras independientes con el Seguro de Desempleo y programas sociales', 'Número de personas vinculadas', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
PUL_ATT = [
    ('Óscar Medrano Felix', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Inspección'),
    ('Daniela Paz Urrutia', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Salud Ambiental'),
    ('Jorge Iván Lemus Ortiz', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Enlace'),
    ('Raúl Contreras Meza', 'C.', 'Sindicato Independiente de Pulidores y Lavadores de Alfombras', None, SC, 'Secretario General'),
    ('Beatriz Suárez Ponce', 'C.', 'Centro de Reflexión y Acción Laboral', None, SC, 'Investigadora'),
    ('Hilda Ramos Echeverría', 'Mtra.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinadora de Salud en el Trabajo'),
    ('Andrés Villalobos Sáenz', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-al-pulidores-01-2024-02-20', layout='AL3', esp='pulidores', body=PUL_BODY, number=1, date='2024-02-20', start='09:30', end='11:45',
     place=PUL_PLACE, coordinator=PUL_COORD, attendance=PUL_ATT,
     strategies=[
         S(552, T552,
           [G(*G552_1, ['La STyFE realizó 23 inspecciones en talleres de pulido de Iztapalapa y Gustavo A. Madero y emitió 8 emplazamientos por falta de ventilación.']),
            G(*G552_2, ['La SEDESA entregó 640 mascarillas con filtro para vapores orgánicos a 160 personas pulidoras en 4 jornadas de salud laboral.'])],
           [(23, 'inspecciones', '552.1', 'La STyFE realizó 23 inspecciones'),
            (8, 'emplazamientos', '552.1', 'emitió 8 emplazamientos por falta de ventilación'),
            (640, 'mascarillas', '552.2', 'La SEDESA entregó 640 mascarillas'),
            (160, 'personas pulidoras', '552.2', 'a 160 personas pulidoras'),
            (4, 'jornadas', '552.2', 'en 4 jornadas de salud laboral')],
           [('Se reportan datos duros de inspecciones y emplazamientos, lo que permite conocer el avance de la meta.', 'retroalimentacion', '552.1', 'avance', 'SE'),
            ('Se solicita informar cuántos de los talleres emplazados corrigieron la falta de ventilación y en qué plazo.', 'retroalimentacion', '552.1', 'solicita_datos', 'SE'),
            ('Las mascarillas se entregaron sin capacitación para su uso y sin filtros de repuesto; se cuestiona que así protejan a quienes pulen a diario.', 'observacion', '552.2', 'cuestiona', 'Raúl Contreras Meza')]),
         S(559, T559,
           [G(*G559_1, None, 'No reportó')],
           [],
           [('Es necesario que la SIBISO establezca el mecanismo de vinculación con el Seguro de Desempleo que mandata la estrategia.', 'retroalimentacion', '559.1', 'exhorta', 'SE'),
            ('Refiere que el Seguro de Desempleo lo opera la STyFE y que no le correspondería reportar esta meta.', 'observacion', '559.1', 'instancia', 'Jorge Iván Lemus Ortiz')])],
     agreements=[
         A('La STyFE enviará el padrón de talleres emplazados antes del 8 de marzo de 2024.', ['2024-03-08'], 'STyFE'),
         A('La Secretaría Ejecutiva convocará a la STyFE y a la SIBISO a una reunión para definir quién reporta la meta 559.1.', [], 'Secretaría Ejecutiva'),
         A('La segunda sesión ordinaria se celebrará el martes 23 de abril de 2024 a las 09:30 horas.', ['2024-04-23'], None, next_session=True)],
     next=NX('2024-04-23', '09:30'),
     notes='Goals table with one column group per strategy ("Estrategia 552" spanning its goals, then a row of goal ids) and label rows down the first column. Goal 559.1 not reported: its Informe cell says "No reportó".')

acta(stem='blind-al-pulidores-02-2024-04-23', layout='AL3', esp='pulidores', body=PUL_BODY, number=2, date='2024-04-23', start='09:30', end='11:30',
     place=PUL_PLACE, coordinator=PUL_COORD, attendance=PUL_ATT[:4] + PUL_ATT[5:],
     strategies=[
         S(552, T552,
           [G(*G552_1, None, 'No se presentó informe'),
            G(*G552_2, ['La SEDESA entregó 410 mascarillas más y realizó 95 espirometrías, con 12 casos referidos a neumología.'])],
           [(410, 'mascarillas', '552.2', 'La SEDESA entregó 410 mascarillas más'),
            (95, 'espirometrías', '552.2', 'realizó 95 espirometrías'),
            (12, 'casos', '552.2', 'con 12 casos referidos a neumología')],
           [('Es necesario que la STyFE envíe su informe a la Secretaría Ejecutiva con diez días de anticipación, como se acordó en la sesión de instalación.', 'retroalimentacion', '552.1', 'proceso', 'SE'),
            ('Se reconoce que la SEDESA incorporó espirometrías y referencias, lo que permite conocer el efecto de la exposición.', 'retroalimentacion', '552.2', 'avance', 'SE')]),
         S(559, T559,
           [G(*G559_1, ['La SIBISO vinculó a 57 personas pulidoras con el Seguro de Desempleo, con un apoyo mensual de 3,300 pesos.'])],
           [(57, 'personas pulidoras', '559.1', 'La SIBISO vinculó a 57 personas pulidoras'),
            (3300, 'pesos', '559.1', 'con un apoyo mensual de 3,300 pesos')],
           [('El apoyo del Seguro de Desempleo contribuye, pero por sí solo no da cumplimiento a la meta de protección social.', 'retroalimentacion', '559.1', 'insuficiente', 'SE'),
            ('La afiliación de personas pulidoras al régimen voluntario puede enmarcarse en la estrategia 552, meta 552.2, junto con la atención médica.', 'observacion', '559.1', 'reasignar', 'Beatriz Suárez Ponce'),
            ('Se necesita informar en qué alcaldías viven las personas vinculadas y cuántas son mujeres.', 'retroalimentacion', '559.1', 'solicita_datos', 'SE')])],
     agreements=[
         A('La STyFE presentará el informe de la meta 552.1 antes del 10 de mayo de 2024.', ['2024-05-10'], 'STyFE'),
         A('La SEDESA compartirá el protocolo de referencia a neumología con las organizaciones integrantes.', [], 'SEDESA'),
         A('La tercera sesión ordinaria se llevará a cabo el martes 25 de junio de 2024 a las 09:30 horas.', ['2024-06-25'], None, next_session=True)],
     next=NX('2024-06-25', '09:30'),
     notes='Column group per strategy. Goal 552.1 not reported: its Informe cell says "No se presentó informe".')

# ================================================================ AL4 cantineros (institutions only by acronym; glossary at the end)
CAN_BODY = 'Derecho a la Salud: Trabajadoras y Trabajadores de Cantinas, Bares y Pulquerías'
CAN_COORD = ('Rigoberto Lara Quintana', 'Coordinador del Espacio de Participación')
CAN_PLACE = 'Sala de juntas del IAPA, avenida Río Mixcoac 234, colonia Acacias'
T276 = 'Prevenir el consumo nocivo de alcohol entre las personas trabajadoras de cantinas y bares'
T281 = 'Atender la violencia y las extorsiones contra personas trabajadoras de establecimientos nocturnos'
G276_1 = ('276.1', 'Impartir talleres de prevención de adicciones al personal de establecimientos mercantiles', 'Número de personas capacitadas', 'IAPA', 'IAPA')
G276_2 = ('276.2', 'Incorporar a personas trabajadoras de bares y cantinas a programas sociales', 'Número de personas incorporadas', 'SEDESO', 'SEDESO')
G281_1 = ('281.1', 'Recibir y dar trámite a denuncias por extorsión y cobro de piso', 'Número de averiguaciones previas iniciadas', 'PGJDF', 'PGJCDMX')
CAN_ATT = [
    ('Gloria Estrada Pineda', 'Lic.', 'IAPA', 'IAPA', IE, 'Directora de Prevención'),
    ('Samuel Orozco Rangel', 'Lic.', 'SEDESO', 'SEDESO', IE, 'Subdirector de Programas Sociales'),
    ('Marisol Ventura Cano', 'Lic.', 'PGJDF', 'PGJCDMX', IE, 'Agente del Ministerio Público'),
    ('Fernando Ibarra Soto', 'Lic.', 'INDEPEDI', 'INDEPEDI', IE, 'Enlace de Derechos Humanos'),
    ('Isabel Mora Castillo', 'C.', 'ATBC', None, SC, 'Presidenta'),
    ('Humberto Lagunas Paz', 'C.', 'CIJ', None, SC, 'Promotor'),
    ('Diana Ferrusca Olvera', 'Lic.', 'SE-PDHDF', 'SE-PDHCDMX', SE, 'Enlace del Espacio')]
CAN_GLOSS = [('ATBC', 'Asociación de Trabajadores de Bares y Cantinas, A. C.'), ('CIJ', 'Centros de Integración Juvenil, A. C.'),
             ('IAPA', 'Instituto para la Atención y Prevención de las Adicciones en la Ciudad de México'),
             ('INDEPEDI', 'Instituto para la Integración al Desarrollo de las Personas con Discapacidad del Distrito Federal'),
             ('PGJDF', 'Procuraduría General de Justicia del Distrito Federal'),
             ('SE-PDHDF', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'),
             ('SEDESO', 'Secretaría de Desarrollo Social del Distrito Federal'), ('SSPDF', 'Secretaría de Seguridad Pública del Distrito Federal')]

acta(stem='blind-al-cantineros-07-2015-03-10', layout='AL4', esp='cantineros', body=CAN_BODY, number=7, date='2015-03-10', start='17:00', end='19:10',
     place=CAN_PLACE, coordinator=CAN_COORD, attendance=CAN_ATT,
     strategies=[
         S(276, T276,
           [G(*G276_1, ['El IAPA impartió 18 talleres en 9 establecimientos de las delegaciones Cuauhtémoc y Benito Juárez, con 342 personas trabajadoras capacitadas.']),
            G(*G276_2, ['La SEDESO incorporó a 65 personas trabajadoras al programa de comedores comunitarios y entregó 120 tarjetas de apoyo alimentario.'])],
           [(18, 'talleres', '276.1', 'El IAPA impartió 18 talleres'),
            (9, 'establecimientos', '276.1', 'en 9 establecimientos de las delegaciones Cuauhtémoc y Benito Juárez'),
            (342, 'personas trabajadoras', '276.1', 'con 342 personas trabajadoras capacitadas'),
            (65, 'personas trabajadoras', '276.2', 'La SEDESO incorporó a 65 personas trabajadoras'),
            (120, 'tarjetas de apoyo alimentario', '276.2', 'entregó 120 tarjetas de apoyo alimentario')],
           [('A través de los talleres se sensibiliza al personal sobre los riesgos del consumo, lo que constituye un avance de la meta.', 'retroalimentacion', '276.1', 'avance', 'SE'),
            ('Los talleres se programan en horario de trabajo y los dueños no dan permiso de asistir; se cuestiona que lleguen a quienes más lo necesitan.', 'observacion', '276.1', 'cuestiona', 'Isabel Mora Castillo'),
            ('Lo que se reporta de comedores comunitarios no coincide con la meta, que se refiere a programas para personas trabajadoras de bares.', 'retroalimentacion', '276.2', 'desalineado', 'SE')]),
         S(281, T281,
           [G(*G281_1, None, 'No reportó.')],
           [],
           [('Es necesario que la PGJDF empiece a reportar las denuncias por extorsión de la meta.', 'retroalimentacion', '281.1', 'exhorta', 'SE'),
            ('Menciona que las denuncias no se registran por giro del establecimiento y solicita que las recomendaciones precisen qué dato se espera.', 'observacion', '281.1', 'instancia', 'Marisol Ventura Cano')])],
     agreements=[
         A('El IAPA enviará el calendario de talleres en horario nocturno antes del 27 de marzo de 2015.', ['2015-03-27'], 'IAPA'),
         A('La PGJDF consultará con su área de estadística la forma de identificar las denuncias de la meta 281.1.', [], 'PGJDF'),
         A('La octava sesión ordinaria se realizará el martes 12 de mayo de 2015 a las 17:00 horas en la sala de juntas del IAPA.', ['2015-05-12'], None, next_session=True)],
     next=NX('2015-05-12', '17:00'),
     notes='Institutions named only by acronym in attendance, goals and agreements; "Siglas y acrónimos" list at the end. Goal 281.1 not reported: "Informe: No reportó."')

acta(stem='blind-al-cantineros-08-2015-05-12', layout='AL4', esp='cantineros', body=CAN_BODY, number=8, date='2015-05-12', start='17:00', end='18:50',
     place=CAN_PLACE, coordinator=CAN_COORD, attendance=CAN_ATT[:5] + CAN_ATT[6:],
     strategies=[
         S(276, T276,
           [G(*G276_1, ['El IAPA impartió 11 talleres más en horario nocturno, con 205 personas trabajadoras capacitadas, y distribuyó 1,500 folletos.']),
            G(*G276_2, None, 'Sin informe.')],
           [(11, 'talleres', '276.1', 'El IAPA impartió 11 talleres más en horario nocturno'),
            (205, 'personas trabajadoras', '276.1', 'con 205 personas trabajadoras capacitadas'),
            (1500, 'folletos', '276.1', 'distribuyó 1,500 folletos')],
           [('Se atendió la observación de la sesión anterior al programar talleres en horario nocturno.', 'retroalimentacion', '276.1', 'avance', 'SE'),
            ('La distribución de folletos por sí sola no da cumplimiento a la meta, que se mide en personas capacitadas.', 'retroalimentacion', '276.1', 'insuficiente', 'SE'),
            ('Es necesario que quien acuda por la SEDESO a las sesiones cuente con la información del programa para presentar el informe.', 'retroalimentacion', '276.2', 'proceso', 'SE')]),
         S(281, T281,
           [G(*G281_1, ['La PGJDF inició 14 averiguaciones previas por extorsión y cobro de piso y consignó 3 de ellas.'])],
           [(14, 'averiguaciones previas', '281.1', 'La PGJDF inició 14 averiguaciones previas'),
            (3, 'averiguaciones previas', '281.1', 'consignó 3 de ellas')],
           [('Se necesita informar en qué delegaciones se iniciaron las averiguaciones y cuántas víctimas son mujeres.', 'retroalimentacion', '281.1', 'solicita_datos', 'SE'),
            ('Los operativos de la SSPDF en los corredores de bares pueden reportarse en la estrategia 276, meta 276.1, como prevención.', 'observacion', '281.1', 'reasignar', 'Isabel Mora Castillo')])],
     agreements=[
         A('La SEDESO enviará el informe de la meta 276.2 antes del 29 de mayo de 2015.', ['2015-05-29'], 'SEDESO'),
         A('La PGJDF presentará en la siguiente sesión las averiguaciones desagregadas por delegación.', [], 'PGJDF'),
         A('La novena sesión ordinaria se llevará a cabo el martes 14 de julio de 2015 a las 17:00 horas.', ['2015-07-14'], None, next_session=True)],
     next=NX('2015-07-14', '17:00'),
     notes='Acronyms only, glossary at the end. Goal 276.2 not reported: "Informe: Sin informe."')

# ================================================================ AL5 cesteros (attendance in prose, quorum sentence)
CES_BODY = 'Derechos Culturales: Cesteras y Cesteros de Fibras Vegetales de Xochimilco y Tláhuac'
CES_COORD = ('Nicolás Arenas Tapia', 'Coordinador del Espacio de Participación')
CES_PLACE = 'Casa de Cultura de San Luis Tlaxialtemalco, avenida Año de Juárez s/n, Xochimilco'
T364 = 'Salvaguardar la cestería como patrimonio cultural inmaterial'
T368 = 'Garantizar el acceso sustentable a las fibras vegetales'
G364_1 = ('364.1', 'Documentar las técnicas de cestería de tule y carrizo', 'Número de registros documentales elaborados', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G364_2 = ('364.2', 'Realizar talleres de transmisión de saberes entre cesteras mayores y jóvenes', 'Número de talleres realizados', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G368_1 = ('368.1', 'Otorgar permisos de aprovechamiento de tule en canales y humedales', 'Número de permisos otorgados', 'Secretaría del Medio Ambiente', 'SEDEMA')
CES_ATT = [
    ('Ana Lilia Pacheco Durán', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, ''),
    ('Roberto Quintero Alcántara', 'Mtro.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, ''),
    ('Elena Valdivia Roa', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, ''),
    ('Margarita Cortés Jiménez', 'C.', 'Unión de Cesteras de Tlaxialtemalco', None, SC, ''),
    ('Felipe Ayala Salazar', 'C.', 'Colectivo Tule Vivo', None, SC, ''),
    ('Josefina Mendoza Rosales', 'Antrop.', 'Instituto Nacional de Antropología e Historia', None, OT, ''),
    ('Martín Herrera Ugalde', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, '')]

acta(stem='blind-al-cesteros-04-2017-02-21', layout='AL5', esp='cesteros', body=CES_BODY, number=4, date='2017-02-21', start='10:00', end='12:40',
     place=CES_PLACE, coordinator=CES_COORD, attendance=CES_ATT, quorum='se declaró quórum legal con 7 de 9 integrantes',
     strategies=[
         S(364, T364,
           [G(*G364_1, ['La Secretaría de Cultura elaboró 12 registros audiovisuales y 3 fichas de inventario del patrimonio cestero.']),
            G(*G364_2, ['La SEDEREC realizó 8 talleres con 96 participantes, 61 de ellos jóvenes de San Luis Tlaxialtemalco.'])],
           [(12, 'registros audiovisuales', '364.1', 'La Secretaría de Cultura elaboró 12 registros audiovisuales'),
            (3, 'fichas de inventario', '364.1', '3 fichas de inventario del patrimonio cestero'),
            (8, 'talleres', '364.2', 'La SEDEREC realizó 8 talleres'),
            (96, 'participantes', '364.2', 'con 96 participantes'),
            (61, 'jóvenes', '364.2', '61 de ellos jóvenes de San Luis Tlaxialtemalco')],
           [('Los registros audiovisuales permiten conocer las técnicas documentadas y constituyen un avance real de la meta.', 'retroalimentacion', '364.1', 'avance', 'SE'),
            ('Se cuestiona que los registros se hagan sin el consentimiento de las familias cesteras y sin devolverles copia del material.', 'observacion', '364.1', 'cuestiona', 'Margarita Cortés Jiménez'),
            ('Se solicita informar en qué pueblos se impartieron los talleres y cuántas personas los concluyeron.', 'retroalimentacion', '364.2', 'solicita_datos', 'SE')]),
         S(368, T368,
           [G(*G368_1, None, 'No reportó.')],
           [],
           [('Es necesario que la SEDEMA empiece a otorgar los permisos de aprovechamiento que mandata la estrategia.', 'retroalimentacion', '368.1', 'exhorta', 'SE'),
            ('Señala que el aprovechamiento de tule en la zona chinampera requiere un dictamen previo y se compromete a presentarlo en la próxima sesión.', 'observacion', '368.1', 'instancia', 'Elena Valdivia Roa')])],
     agreements=[
         A('La Secretaría de Cultura entregará copia de los registros audiovisuales a la Unión de Cesteras antes del 17 de marzo de 2017.', ['2017-03-17'], 'Secretaría de Cultura'),
         A('La SEDEMA presentará el dictamen de aprovechamiento de tule de la meta 368.1.', [], 'SEDEMA'),
         A('La quinta sesión ordinaria se llevará a cabo el martes 25 de abril de 2017 a las 10:00 horas, en la misma Casa de Cultura.', ['2017-04-25'], None, next_session=True)],
     next=NX('2017-04-25', '10:00'),
     notes='Attendance only in prose, one paragraph per sector ("Por las instancias ejecutoras: …"), with a quorum sentence. Goal 368.1 not reported: "Informe: No reportó."')

acta(stem='blind-al-cesteros-05-2017-04-25', layout='AL5', esp='cesteros', body=CES_BODY, number=5, date='2017-04-25', start='10:00', end='12:20',
     place=CES_PLACE, coordinator=CES_COORD, attendance=CES_ATT[:4] + CES_ATT[5:], quorum='se declaró quórum legal con 6 de 9 integrantes',
     strategies=[
         S(364, T364,
           [G(*G364_1, None, 'No se recibió informe.'),
            G(*G364_2, ['La SEDEREC realizó 5 talleres más con 58 participantes.'])],
           [(5, 'talleres', '364.2', 'La SEDEREC realizó 5 talleres más'),
            (58, 'participantes', '364.2', 'con 58 participantes')],
           [('Es necesario que la Secretaría de Cultura envíe su informe a la Secretaría Ejecutiva antes de la sesión para poder retroalimentarlo.', 'retroalimentacion', '364.1', 'proceso', 'SE'),
            ('Los talleres contribuyen a la transmisión de saberes, pero por sí solos no dan cumplimiento a la meta si no participan las cesteras mayores.', 'retroalimentacion', '364.2', 'insuficiente', 'SE')]),
         S(368, T368,
           [G(*G368_1, ['La SEDEMA otorgó 27 permisos de aprovechamiento de tule y limpió 4.5 kilómetros de canales, de los que se retiraron 36 toneladas de lirio.'])],
           [(27, 'permisos', '368.1', 'La SEDEMA otorgó 27 permisos de aprovechamiento de tule'),
            (4.5, 'kilómetros', '368.1', 'limpió 4.5 kilómetros de canales'),
            (36, 'toneladas', '368.1', 'se retiraron 36 toneladas de lirio')],
           [('Se reconoce que la SEDEMA presentó el dictamen comprometido y reporta datos duros de permisos otorgados.', 'retroalimentacion', '368.1', 'avance', 'SE'),
            ('La limpieza de canales no corresponde a la meta de permisos y puede reportarse en la estrategia 364 como apoyo al oficio.', 'observacion', '368.1', 'desalineado', 'Margarita Cortés Jiménez'),
            ('No hay correspondencia entre la meta y el indicador: contar permisos no permite saber si las cesteras tienen acceso al tule.', 'retroalimentacion', '368.1', 'diseno_meta', 'SE')])],
     agreements=[
         A('La Secretaría de Cultura remitirá el informe de la meta 364.1 antes del 12 de mayo de 2017.', ['2017-05-12'], 'Secretaría de Cultura'),
         A('La SEDEREC invitará a las cesteras mayores de Tláhuac a los talleres del segundo semestre.', [], 'SEDEREC'),
         A('La sexta sesión ordinaria se realizará el martes 27 de junio de 2017 a las 10:00 horas.', ['2017-06-27'], None, next_session=True)],
     next=NX('2017-06-27', '10:00'),
     notes='Attendance in prose with a quorum sentence. Goal 364.1 not reported: "Informe: No se recibió informe."')

# ================================================================ AL6 lavanderas (dates without the year)
LAV_BODY = 'Derecho al Trabajo: Lavanderas y Trabajadoras de Lavanderías Públicas'
LAV_COORD = ('Graciela Bustos Medina', 'Coordinadora del Espacio de Participación')
LAV_PLACE = 'Salón de usos múltiples del Mercado de Jamaica, avenida Morelos s/n, Venustiano Carranza'
T615 = 'Mejorar las condiciones de trabajo en lavaderos públicos y lavanderías'
T619 = 'Garantizar el abasto de agua en lavaderos comunitarios'
G615_1 = ('615.1', 'Rehabilitar lavaderos públicos en mercados y unidades habitacionales', 'Número de lavaderos rehabilitados', 'Secretaría de Obras y Servicios', 'SOBSE')
G615_2 = ('615.2', 'Asesorar a trabajadoras de lavanderías sobre sus derechos laborales', 'Número de asesorías brindadas', 'Secretaría del Trabajo y Fomento al Empleo', 'STYFE')
G619_1 = ('619.1', 'Instalar tomas de agua potable y tanques de almacenamiento en lavaderos comunitarios', 'Número de tomas instaladas', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
LAV_ATT = [
    ('Ricardo Palomares Vega', 'Ing.', 'Secretaría de Obras y Servicios', 'SOBSE', IE, 'Subdirector de Mantenimiento'),
    ('Adriana Soto Barragán', 'Lic.', 'Secretaría del Trabajo y Fomento al Empleo', 'STYFE', IE, 'Procuradora Auxiliar de la Defensa del Trabajo'),
    ('Luis Felipe Ortega Cruz', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Jefe de Unidad de Agua Potable'),
    ('Catalina Ruiz Esparza', 'C.', 'Colectiva Lavanderas de Tlatelolco', None, SC, 'Integrante'),
    ('Guadalupe Méndez Osorio', 'C.', 'Sindicato de Trabajadoras del Hogar y Lavanderías', None, SC, 'Secretaria de Organización'),
    ('Irma Bautista León', 'Lic.', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', OT, 'Directora de Mercados'),
    ('Sergio Arriaga Fuentes', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-al-lavanderas-03-2019-04-09', layout='AL6', esp='lavanderas', body=LAV_BODY, number=3, date='2019-04-09', start='10:00', end='12:30',
     place=LAV_PLACE, coordinator=LAV_COORD, attendance=LAV_ATT, ordinal='3a.', day_text='el martes 9 de abril del presente año', folio='Acta 2019/03',
     strategies=[
         S(615, T615,
           [G(*G615_1, ['La SOBSE rehabilitó 16 lavaderos en el mercado de Jamaica y en la unidad habitacional Tlatelolco, con una inversión de 410,000 pesos.']),
            G(*G615_2, ['La STyFE brindó 134 asesorías, acompañó 21 conciliaciones ante la Junta Local y realizó 3 brigadas informativas.'])],
           [(16, 'lavaderos', '615.1', 'La SOBSE rehabilitó 16 lavaderos'),
            (410000, 'pesos', '615.1', 'con una inversión de 410,000 pesos'),
            (134, 'asesorías', '615.2', 'La STyFE brindó 134 asesorías'),
            (21, 'conciliaciones', '615.2', 'acompañó 21 conciliaciones ante la Junta Local'),
            (3, 'brigadas informativas', '615.2', 'realizó 3 brigadas informativas')],
           [('El informe presenta datos duros de lavaderos rehabilitados y de la inversión, lo que permite conocer el avance.', 'retroalimentacion', '615.1', 'avance', 'SE'),
            ('Se cuestiona que se rehabiliten lavaderos sin consultar a las lavanderas que los usan; los nuevos son más bajos y lastiman la espalda.', 'observacion', '615.1', 'cuestiona', 'Catalina Ruiz Esparza'),
            ('Se solicita informar cuántas de las conciliaciones concluyeron con pago a la trabajadora y por qué monto.', 'retroalimentacion', '615.2', 'solicita_datos', 'SE')]),
         S(619, T619,
           [G(*G619_1, None, 'No reportó.')],
           [],
           [('Es necesario que el SACMEX inicie la instalación de tomas de agua que establece la meta.', 'retroalimentacion', '619.1', 'exhorta', 'SE'),
            ('Refiere que las tomas en mercados corresponden a la alcaldía y solicita a la Secretaría Ejecutiva aclarar la responsabilidad.', 'observacion', '619.1', 'instancia', 'Luis Felipe Ortega Cruz')])],
     agreements=[
         A('La SOBSE entregará el padrón de lavaderos rehabilitados a más tardar el día 30 del mes en curso.', ['2019-04-30'], 'SOBSE'),
         A('La STyFE enviará el directorio de asesorías a la Secretaría Ejecutiva antes del 26 de abril.', ['2019-04-26'], 'STyFE'),
         A('La 4ta. sesión ordinaria se celebrará el martes 14 de mayo próximo, a las 10:00 horas, en la misma sede.', ['2019-05-14'], None, next_session=True)],
     next=NX('2019-05-14', '10:00'),
     notes='The year is written only in the running header ("Acta 2019/03") and the title block; body dates without the year ("del presente año", "del mes en curso", "próximo"). Goal 619.1 not reported: "No reportó."')

acta(stem='blind-al-lavanderas-04-2019-05-14', layout='AL6', esp='lavanderas', body=LAV_BODY, number=4, date='2019-05-14', start='10:00', end='12:10',
     place=LAV_PLACE, coordinator=LAV_COORD, attendance=LAV_ATT[:3] + LAV_ATT[4:], ordinal='4ta.', day_text='el martes 14 de mayo del año en curso', folio='Acta 2019/04',
     strategies=[
         S(615, T615,
           [G(*G615_1, None, 'No presentó informe.'),
            G(*G615_2, ['La STyFE brindó 98 asesorías más y 7 trabajadoras obtuvieron su alta en el régimen obligatorio del IMSS.'])],
           [(98, 'asesorías', '615.2', 'La STyFE brindó 98 asesorías más'),
            (7, 'trabajadoras', '615.2', '7 trabajadoras obtuvieron su alta en el régimen obligatorio del IMSS')],
           [('Es necesario que la SOBSE designe un enlace que acuda a las sesiones con la información de la meta.', 'retroalimentacion', '615.1', 'proceso', 'SE'),
            ('Se reconoce el avance en asesorías y altas, reportado contra el indicador de la meta.', 'retroalimentacion', '615.2', 'avance', 'SE')]),
         S(619, T619,
           [G(*G619_1, ['El SACMEX instaló 11 tomas de agua potable y 6 tanques de almacenamiento de 2,500 litros.'])],
           [(11, 'tomas de agua potable', '619.1', 'El SACMEX instaló 11 tomas de agua potable'),
            (6, 'tanques de almacenamiento', '619.1', '6 tanques de almacenamiento'),
            (2500, 'litros', '619.1', 'de 2,500 litros')],
           [('La instalación de tomas contribuye, pero por sí sola no da cumplimiento a la meta si el agua llega solo dos días por semana.', 'retroalimentacion', '619.1', 'insuficiente', 'SE'),
            ('Los tanques instalados en la unidad Tlatelolco pueden enmarcarse en la estrategia 615, meta 615.1, porque forman parte de la rehabilitación.', 'observacion', '619.1', 'reasignar', 'Irma Bautista León'),
            ('Se necesita informar en qué lavaderos se instalaron las tomas y cuántas usuarias atienden.', 'retroalimentacion', '619.1', 'solicita_datos', 'SE')])],
     agreements=[
         A('La SOBSE enviará el informe de la meta 615.1 a más tardar el día 31 del mes en curso.', ['2019-05-31'], 'SOBSE'),
         A('El SACMEX presentará el calendario de suministro de agua de los lavaderos comunitarios el 28 de mayo.', ['2019-05-28'], 'SACMEX'),
         A('La 5a. sesión ordinaria se llevará a cabo el martes 11 de junio próximo a las 10:00 horas.', ['2019-06-11'], None, next_session=True)],
     next=NX('2019-06-11', '10:00'),
     notes='Year only in the running header ("Acta 2019/04") and title block. Goal 615.1 not reported: "No presentó informe."')
