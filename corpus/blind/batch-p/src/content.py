# -*- coding: utf-8 -*-
# Batch P content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs | [(activity, quantity)]] or None, status_words)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, state=state, next_session=next_session)


ACTAS = []

# ================================================================ P1 ciclista (versión estenográfica)
CIC_BODY = 'Derecho a la Movilidad Ciclista'
CIC_COORD = ('Rocío Alvarado Pineda', 'Coordinadora del Espacio')
T312 = 'Ampliar y mantener una red de infraestructura ciclista segura y conectada en la Ciudad de México'
T318 = 'Reducir las muertes y lesiones de personas ciclistas en hechos de tránsito'
G312_1 = ('312.1', 'Planear la red de infraestructura ciclista con criterios de conectividad y seguridad vial',
          'Kilómetros de infraestructura ciclista incluidos en el plan anual de la red', 'Secretaría de Movilidad', 'SEMOVI')
G312_2 = ('312.2', 'Dar mantenimiento preventivo y correctivo a las ciclovías existentes, incluido su señalamiento',
          'Kilómetros de ciclovía con mantenimiento realizado respecto del total de kilómetros existentes', 'Secretaría de Obras y Servicios', 'SOBSE')
G318_1 = ('318.1', 'Aplicar el Reglamento de Tránsito para proteger a las personas ciclistas de la invasión de carriles exclusivos',
          'Número de infracciones por invasión de ciclovía y de cursos al personal de tránsito', 'Secretaría de Seguridad Pública', 'SSPCDMX')
G318_2 = ('318.2', 'Integrar un registro público de hechos de tránsito en los que participan personas ciclistas',
          'Registro integrado y actualizado trimestralmente', 'Secretaría de Movilidad', 'SEMOVI')

ACTAS.append(dict(
    stem='blind-p-ciclista-07-2017-03-09', layout='P1', esp='ciclista',
    body=CIC_BODY, kind='sesión ordinaria', number=7, ordinal='Séptima',
    date='2017-03-09', date_text='9 de marzo de 2017', weekday='jueves', start='10:07', end='12:41',
    place='Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269, colonia Roma',
    topic=None, objective=None, coordinator=CIC_COORD,
    attendance=[
        ('Jorge Treviño Salas', 'el licenciado', 'Secretaría de Movilidad', 'SEMOVI', IE, None),
        ('Paola Cervantes Lugo', 'la arquitecta', 'Secretaría de Movilidad', 'SEMOVI', IE, None),
        ('Héctor Zamudio Ordaz', 'el ingeniero', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, None),
        ('Mónica Ferrer Alcocer', 'la licenciada', 'Secretaría de Seguridad Pública', 'SSPCDMX', IE, None),
        ('Rubén Olvera Castañón', 'el ingeniero', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, None),
        ('Tania Luján Beltrán', 'la maestra', 'Instituto de Ingeniería de la UNAM', 'UNAM', OT, None),
        ('Areli Montaño Ruiz', None, 'Bicitekas, A.C.', None, SC, None),
        ('Fernando Quiñones Dávila', None, 'Ciclistas Urbanos de Iztapalapa', None, SC, None),
        ('Daniela Pastrana Ochoa', 'la licenciada', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=312, title=T312,
             goals=[G(*G312_1, ['En 2016 se proyectaron 28 kilómetros de nuevas ciclovías y se realizaron 14 auditorías de seguridad vial en intersecciones con alta siniestralidad.',
                                'Además se instalaron 3 biciestacionamientos masivos en los CETRAM de Pantitlán, La Raza y Tasqueña, con capacidad total para 1,200 bicicletas.'], reader='Jorge Treviño Salas'),
                    G(*G312_2, None, 'La Secretaría de Obras y Servicios no envió su informe y no se encuentra presente nadie de esa dependencia.')],
             figures=[(28, 'kilómetros', '312.1', 'se proyectaron 28 kilómetros de nuevas ciclovías'),
                      (14, 'auditorías', '312.1', 'se realizaron 14 auditorías de seguridad vial'),
                      (3, 'biciestacionamientos', '312.1', 'se instalaron 3 biciestacionamientos masivos'),
                      (1200, 'bicicletas', '312.1', 'con capacidad total para 1,200 bicicletas')],
             feedback=[
                 ('Se reconoce que el informe presenta datos duros sobre los kilómetros proyectados; sin embargo, es necesario informar cuántos de esos kilómetros ya se construyeron y en qué delegaciones.', 'retroalimentacion', '312.1', 'solicita_datos', 'SE'),
                 ('Las auditorías de seguridad vial deberían hacerse con las organizaciones ciclistas y no sólo con personal de la Secretaría, porque nosotros conocemos las intersecciones donde caen los compañeros.', 'observacion', '312.1', 'cuestiona', 'Areli Montaño Ruiz'),
                 ('Es necesario que la Secretaría de Obras y Servicios inicie el programa de mantenimiento que mandata la meta, pues hay tramos de ciclovía sin señalamiento desde 2014.', 'retroalimentacion', '312.2', 'exhorta', 'SE'),
             ]),
        dict(number=315, title='Fortalecer el sistema de bicicletas públicas como parte del transporte integrado',
             goals=[G('315.1', 'Ampliar la cobertura del sistema ECOBICI a nuevas colonias de la ciudad',
                      'Número de cicloestaciones en operación y de colonias atendidas', 'Secretaría del Medio Ambiente', 'SEDEMA',
                      ['Al cierre de 2016 el sistema ECOBICI contaba con 452 cicloestaciones y 6,000 bicicletas en 55 colonias de Cuauhtémoc, Miguel Hidalgo y Benito Juárez; en el año se registraron 9,812,000 viajes.'], reader='Héctor Zamudio Ordaz')],
             figures=[(452, 'cicloestaciones', '315.1', 'contaba con 452 cicloestaciones'),
                      (6000, 'bicicletas', '315.1', '6,000 bicicletas'),
                      (55, 'colonias', '315.1', 'en 55 colonias de Cuauhtémoc, Miguel Hidalgo y Benito Juárez'),
                      (9812000, 'viajes', '315.1', 'se registraron 9,812,000 viajes')],
             feedback=[
                 ('Lo reportado da cuenta de la operación del sistema, pero la meta pide ampliar la cobertura; el número de viajes no corresponde a lo que mide el indicador.', 'retroalimentacion', '315.1', 'desalineado', 'SE'),
                 ('La ampliación de ECOBICI se ha concentrado en colonias de ingresos altos; sugerimos que la siguiente etapa llegue al oriente de la ciudad.', 'observacion', '315.1', 'cuestiona', 'Tania Luján Beltrán'),
                 ('La ampliación hacia Coyoacán y Benito Juárez depende de la autorización presupuestal de este año; en cuanto la tengamos la informaremos al Espacio.', 'observacion', '315.1', 'instancia', 'Héctor Zamudio Ordaz'),
             ]),
        dict(number=318, title=T318,
             goals=[G(*G318_1, ['Durante 2016 se levantaron 3,415 infracciones a vehículos motorizados por invadir la ciclovía y se impartieron 62 cursos de sensibilización a 1,870 elementos de tránsito.'], reader='Mónica Ferrer Alcocer'),
                    G(*G318_2, ['Se integró la base de datos de hechos de tránsito de 2016, con 412 hechos en los que participaron personas ciclistas y 21 personas ciclistas fallecidas.'], reader='Paola Cervantes Lugo')],
             figures=[(3415, 'infracciones', '318.1', 'se levantaron 3,415 infracciones a vehículos motorizados'),
                      (62, 'cursos', '318.1', 'se impartieron 62 cursos de sensibilización'),
                      (1870, 'elementos', '318.1', 'a 1,870 elementos de tránsito'),
                      (412, 'hechos', '318.2', 'con 412 hechos en los que participaron personas ciclistas'),
                      (21, 'personas ciclistas', '318.2', '21 personas ciclistas fallecidas')],
             feedback=[
                 ('Las infracciones y los cursos contribuyen a la meta, pero por sí solos no muestran una reducción de las muertes y lesiones de personas ciclistas.', 'retroalimentacion', '318.1', 'insuficiente', 'SE'),
                 ('Se reportan datos duros que permiten construir la línea base del indicador.', 'retroalimentacion', '318.2', 'avance', 'SE'),
                 ('El registro de la meta 318.2 podría enmarcarse también en la estrategia 312, porque sirve para decidir dónde construir las nuevas ciclovías.', 'observacion', '318.2', 'reasignar', 'Fernando Quiñones Dávila'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Movilidad enviará a la Secretaría Ejecutiva, a más tardar el 24 de marzo, el desglose por delegación de los kilómetros proyectados de la meta 312.1.', ['2017-03-24'], responsible='Secretaría de Movilidad'),
        A('La Secretaría Ejecutiva enviará un oficio a la Secretaría de Obras y Servicios para solicitar que designe un enlace ante el Espacio.', responsible='Secretaría Ejecutiva'),
        A('La Octava Sesión Ordinaria se celebrará el jueves 6 de abril a las 10:00 horas en esta misma sala, y en ella se revisarán las estrategias 312 y 318.', ['2017-04-06'], next_session=True),
    ],
    next={'date': '2017-04-06', 'start_time': '10:00', 'end_time': None, 'strategies': [312, 318]},
    notes='versión estenográfica: speaker turns "LA C. COORDINADORA.-", roll call read aloud, reports read aloud, agreements read and voted; next session is the third agreement (year omitted)',
))

ACTAS.append(dict(
    stem='blind-p-ciclista-08-2017-04-06', layout='P1', esp='ciclista',
    body=CIC_BODY, kind='sesión ordinaria', number=8, ordinal='Octava',
    date='2017-04-06', date_text='6 de abril de 2017', weekday='jueves', start='10:12', end='12:20',
    place='Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269, colonia Roma',
    topic=None, objective=None, coordinator=CIC_COORD,
    attendance=[
        ('Jorge Treviño Salas', 'el licenciado', 'Secretaría de Movilidad', 'SEMOVI', IE, None),
        ('Paola Cervantes Lugo', 'la arquitecta', 'Secretaría de Movilidad', 'SEMOVI', IE, None),
        ('Gerardo Ponce Villaseñor', 'el ingeniero', 'Secretaría de Obras y Servicios', 'SOBSE', IE, None),
        ('Mónica Ferrer Alcocer', 'la licenciada', 'Secretaría de Seguridad Pública', 'SSPCDMX', IE, None),
        ('Silvia Reséndiz Cano', 'la maestra', 'Secretaría de Educación', 'SEDU', IE, None),
        ('Tania Luján Beltrán', 'la maestra', 'Instituto de Ingeniería de la UNAM', 'UNAM', OT, None),
        ('Areli Montaño Ruiz', None, 'Bicitekas, A.C.', None, SC, None),
        ('Daniela Pastrana Ochoa', 'la licenciada', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=312, title=T312,
             goals=[G(*G312_1, ['De los 28 kilómetros proyectados, 11.5 kilómetros se construyeron en Cuauhtémoc y Benito Juárez y 9 kilómetros están en licitación; los 7.5 kilómetros restantes se reprogramaron para 2018.'], reader='Jorge Treviño Salas'),
                    G(*G312_2, ['En el primer trimestre de 2017 se dio mantenimiento a 36 kilómetros de ciclovía, se repintaron 4,800 metros lineales de confinamiento y se repusieron 230 señales verticales.'], reader='Gerardo Ponce Villaseñor')],
             figures=[(28, 'kilómetros', '312.1', 'De los 28 kilómetros proyectados'),
                      (11.5, 'kilómetros', '312.1', '11.5 kilómetros se construyeron en Cuauhtémoc y Benito Juárez'),
                      (9, 'kilómetros', '312.1', '9 kilómetros están en licitación'),
                      (7.5, 'kilómetros', '312.1', 'los 7.5 kilómetros restantes se reprogramaron para 2018'),
                      (36, 'kilómetros', '312.2', 'se dio mantenimiento a 36 kilómetros de ciclovía'),
                      (4800, 'metros lineales', '312.2', 'se repintaron 4,800 metros lineales de confinamiento'),
                      (230, 'señales verticales', '312.2', 'se repusieron 230 señales verticales')],
             feedback=[
                 ('Se atendió lo solicitado en la sesión anterior y el avance ya puede compararse con el plan anual de la red.', 'retroalimentacion', '312.1', 'avance', 'SE'),
                 ('Es necesario informar qué porcentaje representan los 36 kilómetros respecto del total de la red, como lo pide el indicador.', 'retroalimentacion', '312.2', 'solicita_datos', 'SE'),
                 ('La Secretaría de Obras pide que el mantenimiento de las ciclovías delegacionales se asigne a las delegaciones, porque no están en su inventario.', 'observacion', '312.2', 'instancia', 'Gerardo Ponce Villaseñor'),
             ]),
        dict(number=318, title=T318,
             goals=[G(*G318_1, None, 'La Secretaría de Seguridad Pública informó que su reporte trimestral todavía está en validación y no lo presentó.'),
                    G(*G318_2, ['El registro se publicó en el portal de datos abiertos con 97 hechos del primer trimestre de 2017; 4 personas ciclistas perdieron la vida.'], reader='Paola Cervantes Lugo')],
             figures=[(97, 'hechos', '318.2', 'con 97 hechos del primer trimestre de 2017'),
                      (4, 'personas ciclistas', '318.2', '4 personas ciclistas perdieron la vida')],
             feedback=[
                 ('Quien asiste al Espacio debe traer la información validada de su dependencia para que la sesión pueda retroalimentarla.', 'retroalimentacion', '318.1', 'proceso', 'SE'),
                 ('Un registro trimestral no basta; pedimos que se georreferencien los hechos y que se publique también el tipo de vehículo involucrado.', 'observacion', '318.2', 'solicita_datos', 'Areli Montaño Ruiz'),
             ]),
        dict(number=320, title='Promover una cultura de convivencia vial y de uso seguro de la bicicleta',
             goals=[G('320.1', 'Impartir cursos de ciclismo urbano seguro en escuelas primarias y secundarias públicas',
                      'Número de estudiantes que concluyen el curso de ciclismo urbano', 'Secretaría de Educación', 'SEDU',
                      ['Se impartió el curso «Aprende a andar en bici» a 2,340 niñas y niños de 18 escuelas primarias de Iztapalapa y Gustavo A. Madero, con 45 bicicletas donadas por la Secretaría de Movilidad.'], reader='Silvia Reséndiz Cano')],
             figures=[(2340, 'niñas y niños', '320.1', 'a 2,340 niñas y niños'),
                      (18, 'escuelas primarias', '320.1', 'de 18 escuelas primarias de Iztapalapa y Gustavo A. Madero'),
                      (45, 'bicicletas', '320.1', 'con 45 bicicletas donadas por la Secretaría de Movilidad')],
             feedback=[
                 ('El curso contribuye a la meta; sería oportuno que la Secretaría de Educación informe cuántos estudiantes lo concluyeron, que es lo que mide el indicador.', 'retroalimentacion', '320.1', 'solicita_datos', 'SE'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Pública presentará en la siguiente sesión su reporte validado de la meta 318.1.', strategies=[318], responsible='Secretaría de Seguridad Pública'),
        A('La Secretaría Ejecutiva convocará a las delegaciones Cuauhtémoc y Benito Juárez para revisar la responsabilidad del mantenimiento de la meta 312.2.', responsible='Secretaría Ejecutiva'),
        A('La Novena Sesión Ordinaria se celebrará el jueves 4 de mayo a las 10:00 horas en esta misma sala.', ['2017-05-04'], next_session=True),
    ],
    next={'date': '2017-05-04', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='versión estenográfica; SOBSE now reports 312.2; 318.1 announced but not presented; next session is the third agreement (year omitted)',
))

# ================================================================ P2 energetica (oficio remitting the session summary)
ENE_BODY = 'Derechos de las Personas en Situación de Pobreza Energética'
ENE_COORD = ('Regina Salvatierra Montes', 'Directora de Transición Energética y Coordinadora del Espacio de Participación')
T541 = 'Reducir el gasto energético de los hogares en situación de pobreza mediante tecnologías eficientes'
T545 = 'Generar información pública sobre la pobreza energética en la Ciudad de México'
G541_1 = ('541.1', 'Instalar calentadores solares de agua en viviendas de hogares de bajos ingresos',
          'Número de calentadores solares instalados en viviendas de hogares de bajos ingresos', 'SEDEMA', 'SEDEMA')
G541_2 = ('541.2', 'Incorporar criterios de eficiencia energética en la vivienda social de nueva construcción',
          'Porcentaje de viviendas nuevas del INVI que incorporan ecotecnias', 'INVI', 'INVI')
G545_1 = ('545.1', 'Elaborar y publicar un diagnóstico de pobreza energética por alcaldía',
          'Diagnóstico publicado', 'Consejo de Evaluación del Desarrollo Social', 'EVALUA')

ACTAS.append(dict(
    stem='blind-p-energetica-03-2023-03-14', layout='P2', esp='energetica',
    body=ENE_BODY, kind='sesión ordinaria', number=3, ordinal='Tercera',
    date='2023-03-14', date_text='martes 14 de marzo de 2023', start='10:00', end='12:30',
    place='Sala de Usos Múltiples de la SEDEMA, Plaza de la Constitución 1, tercer piso, Centro Histórico',
    topic=None, objective=None, coordinator=ENE_COORD,
    oficio='SEDEMA/DGCCA/DTE/0187/2023', oficio_date='21 de marzo de 2023',
    attendance=[
        ('Tomás Arreola Nieves', 'Ing.', 'SEDEMA', 'SEDEMA', IE, 'Subdirector de Energías Renovables'),
        ('Brenda Salcido Paz', 'Lic.', 'SEDEMA', 'SEDEMA', IE, 'Jefa de Unidad de Proyectos Solares'),
        ('Jazmín Ocaña Treviño', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Directora de Programas Sociales'),
        ('Omar Bautista Lemus', 'Lic.', 'Procuraduría Social', 'PROSOC', IE, 'Coordinador de Conciliación'),
        ('Mariana Olguín Serrano', 'Dra.', 'Consejo de Evaluación del Desarrollo Social', 'EVALUA', IE, 'Directora de Evaluación'),
        ('Luis Enrique Pardo Villa', 'Arq.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Director de Desarrollo Sustentable'),
        ('Raúl Mendiola Cortés', 'Ing.', 'Comisión Federal de Electricidad', None, OT, 'Jefe de Atención a Clientes, Zona Oriente'),
        ('Ernesto Quiroga Lira', 'Dr.', 'UAM Azcapotzalco', 'UAM', OT, 'Profesor-investigador'),
        ('Ximena Álvarez Cota', 'Lic.', 'Colectivo Energía Justa', None, SC, 'Integrante'),
        ('Gustavo Rebollo Ángeles', 'Mtro.', 'Observatorio Ciudadano de la Energía', None, SC, 'Coordinador'),
        ('Alba Nidia Corona Beltrán', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace del Espacio'),
    ],
    strategies=[
        dict(number=541, title=T541,
             goals=[G(*G541_1, ['Programa Ciudad Solar, enero y febrero de 2023:', [('Calentadores solares instalados', '1,326'), ('Viviendas beneficiadas en Iztapalapa y Tláhuac', '1,104'), ('Talleres de uso y mantenimiento', '38')]]),
                    G(*G541_2, None, 'No se recibió información por parte de la instancia.')],
             figures=[(1326, 'calentadores solares', '541.1', 'Calentadores solares instalados 1,326'),
                      (1104, 'viviendas', '541.1', 'Viviendas beneficiadas en Iztapalapa y Tláhuac 1,104'),
                      (38, 'talleres', '541.1', 'Talleres de uso y mantenimiento 38')],
             feedback=[
                 ('El avance se presenta con datos desagregados por alcaldía, lo que permite dar seguimiento al indicador.', 'retroalimentacion', '541.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Los calentadores no resuelven el gasto en electricidad, que es el mayor para los hogares de la periferia; se cuestiona que la estrategia se limite al agua caliente.', 'observacion', '541.1', 'cuestiona', 'Colectivo Energía Justa'),
                 ('Es necesario que el INVI informe qué porcentaje de sus viviendas nuevas incorpora ecotecnias, como lo pide el indicador.', 'retroalimentacion', '541.2', 'solicita_datos', 'Secretaría Ejecutiva'),
             ]),
        dict(number=543, title='Garantizar el acceso continuo a la energía eléctrica de los hogares en situación de vulnerabilidad',
             goals=[G('543.1', 'Otorgar apoyos para el pago del servicio eléctrico a hogares con personas que dependen de equipo médico eléctrico',
                      'Número de hogares que reciben el apoyo', 'SIBISO', 'SIBISO',
                      [[('Hogares con apoyo bimestral para el pago de energía eléctrica', '2,870'), ('Hogares con personas usuarias de equipo médico eléctrico', '412'), ('Monto ejercido en el bimestre (pesos)', '4,305,000')]]),
                    G('543.2', 'Mediar ante la Comisión Federal de Electricidad en los casos de corte del servicio a hogares vulnerables',
                      'Número de casos mediados y resueltos', 'PROSOC', 'PROSOC',
                      [[('Asesorías por cobros excesivos o cortes', '596'), ('Casos canalizados a la CFE', '147'), ('Casos resueltos', '89')]])],
             figures=[(2870, 'hogares', '543.1', 'Hogares con apoyo bimestral para el pago de energía eléctrica 2,870'),
                      (412, 'hogares', '543.1', 'Hogares con personas usuarias de equipo médico eléctrico 412'),
                      (4305000, 'pesos', '543.1', 'Monto ejercido en el bimestre (pesos) 4,305,000'),
                      (596, 'asesorías', '543.2', 'Asesorías por cobros excesivos o cortes 596'),
                      (147, 'casos', '543.2', 'Casos canalizados a la CFE 147'),
                      (89, 'casos', '543.2', 'Casos resueltos 89')],
             feedback=[
                 ('No se indica cuántos de los hogares apoyados están en situación de pobreza energética; se sugiere cruzar el padrón con el diagnóstico de EVALUA.', 'retroalimentacion', '543.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('La mediación con la CFE contribuye a la meta, pero por sí sola no garantiza el acceso continuo al servicio.', 'retroalimentacion', '543.2', 'insuficiente', 'Secretaría Ejecutiva'),
                 ('La PROSOC señala que no tiene atribuciones para suspender cortes y solicita que la meta se reformule con la CFE como corresponsable.', 'observacion', '543.2', 'instancia', 'PROSOC'),
             ]),
        dict(number=545, title=T545,
             goals=[G(*G545_1, ['Se concluyó el levantamiento en campo; el informe final se publicará en mayo.', [('Hogares encuestados', '3,600'), ('Alcaldías cubiertas', '16')]])],
             figures=[(3600, 'hogares', '545.1', 'Hogares encuestados 3,600'),
                      (16, 'alcaldías', '545.1', 'Alcaldías cubiertas 16')],
             feedback=[
                 ('La meta no define un indicador medible más allá de la publicación; se sugiere precisar la periodicidad con la que se actualizará el diagnóstico.', 'retroalimentacion', '545.1', 'diseno_meta', 'Secretaría Ejecutiva'),
             ]),
    ],
    agreements=[
        A('EVALUA presentará los resultados preliminares del diagnóstico de pobreza energética en la Cuarta Sesión Ordinaria.', responsible='EVALUA'),
        A('La Secretaría Ejecutiva enviará un oficio al INVI para solicitar su informe de la meta 541.2 antes del 31 de marzo de 2023.', ['2023-03-31'], strategies=[541], responsible='Secretaría Ejecutiva'),
        A('SEDEMA y SIBISO cruzarán sus padrones de personas beneficiarias para identificar los hogares que reciben ambos apoyos.', responsible='SEDEMA y SIBISO'),
    ],
    next_text='Las personas integrantes del Espacio acordaron celebrar la Cuarta Sesión Ordinaria el martes 18 de abril de 2023, a las 10:00 horas, en la misma sede.',
    next={'date': '2023-04-18', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    cc=['Dr. Marcelo Ibarra Solórzano, Director General de Calidad del Aire. Para su conocimiento.', 'Expediente.'],
    notes='oficio remitting the session summary (oficio date 21/03/2023 is not the session date); attendance in Anexo 1 (institution vMerged, Tipo column); reports as Actividad | Cantidad tables; next session in its own numbered point, not an agreement',
))

ACTAS.append(dict(
    stem='blind-p-energetica-04-2023-04-18', layout='P2', esp='energetica',
    body=ENE_BODY, kind='sesión ordinaria', number=4, ordinal='Cuarta',
    date='2023-04-18', date_text='martes 18 de abril de 2023', start='10:00', end='12:15',
    place='Sala de Usos Múltiples de la SEDEMA, Plaza de la Constitución 1, tercer piso, Centro Histórico',
    topic=None, objective=None, coordinator=ENE_COORD,
    oficio='SEDEMA/DGCCA/DTE/0251/2023', oficio_date='25 de abril de 2023',
    attendance=[
        ('Tomás Arreola Nieves', 'Ing.', 'SEDEMA', 'SEDEMA', IE, 'Subdirector de Energías Renovables'),
        ('Claudia Herrera Lozano', 'Arq.', 'INVI', 'INVI', IE, 'Subdirectora de Proyectos de Vivienda'),
        ('Mariana Olguín Serrano', 'Dra.', 'Consejo de Evaluación del Desarrollo Social', 'EVALUA', IE, 'Directora de Evaluación'),
        ('Mauricio Esparza Leal', 'Lic.', 'Instituto de Capacitación para el Trabajo', 'ICAT', IE, 'Jefe de Vinculación'),
        ('Jazmín Ocaña Treviño', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Directora de Programas Sociales'),
        ('Ernesto Quiroga Lira', 'Dr.', 'UAM Azcapotzalco', 'UAM', OT, 'Profesor-investigador'),
        ('Ximena Álvarez Cota', 'Lic.', 'Colectivo Energía Justa', None, SC, 'Integrante'),
        ('Gustavo Rebollo Ángeles', 'Mtro.', 'Observatorio Ciudadano de la Energía', None, SC, 'Coordinador'),
        ('Alba Nidia Corona Beltrán', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace del Espacio'),
    ],
    strategies=[
        dict(number=541, title=T541,
             goals=[G(*G541_1, ['Programa Ciudad Solar, marzo de 2023:', [('Calentadores solares instalados', '742'), ('Viviendas beneficiadas en Xochimilco y Milpa Alta', '690')]]),
                    G(*G541_2, ['Proyectos de vivienda 2023:', [('Viviendas nuevas en construcción', '1,850'), ('Viviendas con calentador solar y luminarias ahorradoras', '1,295'), ('Viviendas con ecotecnias (por ciento)', '70')]])],
             figures=[(742, 'calentadores solares', '541.1', 'Calentadores solares instalados 742'),
                      (690, 'viviendas', '541.1', 'Viviendas beneficiadas en Xochimilco y Milpa Alta 690'),
                      (1850, 'viviendas', '541.2', 'Viviendas nuevas en construcción 1,850'),
                      (1295, 'viviendas', '541.2', 'Viviendas con calentador solar y luminarias ahorradoras 1,295'),
                      (70, 'por ciento', '541.2', 'Viviendas con ecotecnias (por ciento) 70')],
             feedback=[
                 ('Se observa avance respecto de la sesión anterior y la instalación llega ya a alcaldías del sur.', 'retroalimentacion', '541.1', 'avance', 'Secretaría Ejecutiva'),
                 ('El INVI atendió el oficio y su informe corresponde al indicador de la meta.', 'retroalimentacion', '541.2', 'avance', 'Secretaría Ejecutiva'),
                 ('Las luminarias ahorradoras no son una ecotecnia de la vivienda; se recomienda omitirlas del cálculo del porcentaje.', 'observacion', '541.2', 'desalineado', 'Observatorio Ciudadano de la Energía'),
             ]),
        dict(number=545, title=T545,
             goals=[G(*G545_1, ['Resultados preliminares del diagnóstico:', [('Hogares en pobreza energética (por ciento)', '31'), ('Alcaldías con incidencia mayor al promedio', '6')]])],
             figures=[(31, 'por ciento', '545.1', 'Hogares en pobreza energética (por ciento) 31'),
                      (6, 'alcaldías', '545.1', 'Alcaldías con incidencia mayor al promedio 6')],
             feedback=[
                 ('Es necesario desagregar los resultados por sexo de la persona jefa de hogar y por presencia de personas con discapacidad.', 'retroalimentacion', '545.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('Sería oportuno que el diagnóstico se presente también ante las alcaldías, que no asisten al Espacio.', 'observacion', '545.1', 'proceso', 'UAM Azcapotzalco'),
             ]),
        dict(number=547, title='Fortalecer las capacidades de los hogares para el uso eficiente y seguro de la energía',
             goals=[G('547.1', 'Impartir cursos de instalaciones eléctricas seguras y ahorro de energía a personas de hogares vulnerables',
                      'Número de personas que concluyen los cursos', 'Instituto de Capacitación para el Trabajo', 'ICAT',
                      None, 'El ICAT informó que enviará su avance por escrito, pues el área responsable no pudo asistir.')],
             figures=[],
             feedback=[
                 ('Es necesario que el ICAT empiece a reportar los cursos de la meta, que no ha informado desde su incorporación al Espacio.', 'retroalimentacion', '547.1', 'exhorta', 'Secretaría Ejecutiva'),
             ]),
    ],
    agreements=[
        A('EVALUA enviará el diagnóstico desagregado por sexo de la persona jefa de hogar a más tardar el 12 de mayo de 2023.', ['2023-05-12'], responsible='EVALUA'),
        A('El ICAT remitirá por escrito su avance de la meta 547.1 a la Secretaría Ejecutiva.', strategies=[547], responsible='ICAT'),
        A('La coordinación del Espacio invitará a las alcaldías Iztapalapa, Tláhuac, Xochimilco y Milpa Alta a la presentación del diagnóstico.', responsible='Coordinación del Espacio'),
    ],
    next_text='Las personas integrantes del Espacio acordaron celebrar la Quinta Sesión Ordinaria el martes 16 de mayo de 2023, a las 10:00 horas, en la misma sede.',
    next={'date': '2023-05-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    cc=['Dr. Marcelo Ibarra Solórzano, Director General de Calidad del Aire. Para su conocimiento.', 'Expediente.'],
    notes='oficio remitting the session summary (oficio date 25/04/2023); 547.1 not reported; next session in its own numbered point',
))

# ================================================================ P3 escolar (minuta whose strategies live only in Anexo 1, two rows per goal)
ESC_BODY = 'Derecho a la Alimentación Escolar'
ESC_COORD = ('Beatriz Anaya Solís', 'Coordinadora del Espacio de Participación')
ESC_PLACE = 'Sala de Consejo del DIF de la Ciudad de México, Prolongación Xochicalco 929, colonia Santa Cruz Atoyac'
T210 = 'Garantizar que los desayunos escolares cumplan con criterios de calidad nutricional y pertinencia cultural'
T213 = 'Promover entornos escolares saludables, libres de publicidad y venta de alimentos de bajo valor nutricional'
T216 = 'Garantizar el acceso a agua potable en las escuelas públicas'
G210_1 = ('210.1', 'Distribuir desayunos escolares que cumplan con los criterios de calidad nutricional del Sistema Nacional DIF',
          'Número de desayunos escolares distribuidos que cumplen los criterios de calidad nutricional', 'DIF-CDMX', 'DIF-CDMX')
G213_1 = ('213.1', 'Vigilar el cumplimiento de los lineamientos de expendio de alimentos en los planteles de educación básica',
          'Número de planteles verificados', 'Autoridad Educativa Federal en la Ciudad de México', 'SEP')
G213_2 = ('213.2', 'Realizar jornadas de orientación alimentaria para madres, padres y personal docente',
          'Número de jornadas realizadas y de personas participantes', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G216_1 = ('216.1', 'Instalar y dar mantenimiento a bebederos en escuelas públicas de educación básica',
          'Número de escuelas con bebederos en funcionamiento', 'Instituto Local de la Infraestructura Física Educativa', None)
ESC_ATT = {
    'vega': ('Lorena Vega Albarrán', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, None),
    'castillo': ('Adrián Castillo Meza', 'Mtro.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, None),
    'rangel': ('Sofía Rangel Durán', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, None),
    'palafox': ('Ignacio Palafox Reyes', 'Ing.', 'Instituto Local de la Infraestructura Física Educativa', None, IE, None),
    'fajardo': ('Norberto Fajardo Islas', 'Arq.', 'Instituto Local de la Infraestructura Física Educativa', None, IE, None),
    'brito': ('Yolanda Brito Carmona', 'Profra.', 'Autoridad Educativa Federal en la Ciudad de México', 'SEP', OT, None),
    'cuevas': ('Marisol Cuevas Ponce', 'Lic.', 'Alcaldía Milpa Alta', 'ALC-MILPA-ALTA', OT, None),
    'ortega': ('Javier Ortega Nava', 'Mtro.', 'Instituto Nacional de Salud Pública', None, OT, None),
    'mancera': ('Elisa Mancera Rojo', 'C.', 'Red de Madres y Padres por la Comida Escolar', None, SC, None),
    'salas': ('Rodrigo Salas Cordero', 'Lic.', 'Alianza por la Salud Alimentaria', None, SC, None),
    'ibanez': ('Karla Ibáñez Montiel', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, None),
}

ACTAS.append(dict(
    stem='blind-p-escolar-05-2019-05-22', layout='P3', esp='escolar',
    body=ESC_BODY, kind='sesión ordinaria', number=5, roman='V', date='2019-05-22', date_text='miércoles 22 de mayo de 2019',
    start='10:15', end='12:50', place=ESC_PLACE, topic=None, objective=None, coordinator=ESC_COORD,
    attendance=[ESC_ATT[k] for k in ('vega', 'castillo', 'rangel', 'palafox', 'brito', 'ortega', 'mancera', 'salas', 'ibanez')],
    strategies=[
        dict(number=210, title=T210,
             goals=[G(*G210_1, ['Durante el primer cuatrimestre de 2019 se distribuyeron 48,600,000 raciones de desayuno frío y caliente en 2,714 planteles de educación básica, y se validaron 12 menús cíclicos con el apoyo de nutriólogas del DIF.']),
                    G('210.2', 'Incorporar alimentos frescos adquiridos a productores locales en los desayunos escolares',
                      'Porcentaje de insumos frescos adquiridos a productores locales', 'DIF-CDMX', 'DIF-CDMX',
                      ['Se firmaron 3 convenios con cooperativas de Milpa Alta y Xochimilco para el abasto de nopal, amaranto y hortalizas, que representan el 14 por ciento de los insumos.'])],
             figures=[(48600000, 'raciones', '210.1', 'se distribuyeron 48,600,000 raciones de desayuno frío y caliente'),
                      (2714, 'planteles', '210.1', 'en 2,714 planteles de educación básica'),
                      (12, 'menús cíclicos', '210.1', 'se validaron 12 menús cíclicos'),
                      (3, 'convenios', '210.2', 'Se firmaron 3 convenios con cooperativas de Milpa Alta y Xochimilco'),
                      (14, 'por ciento', '210.2', 'que representan el 14 por ciento de los insumos')],
             feedback=[
                 ('Se reportan datos duros sobre la cobertura; es necesario informar cuántas raciones corresponden a desayuno caliente, que es el que mejor cumple los criterios de calidad.', 'retroalimentacion', '210.1', 'solicita_datos', None),
                 ('En varias escuelas de Iztapalapa el desayuno frío sigue incluyendo pastelillos industrializados; se cuestiona que eso cumpla con la calidad nutricional.', 'observacion', '210.1', 'cuestiona', 'Red de Madres y Padres por la Comida Escolar'),
                 ('Los convenios con productores locales representan un avance real hacia la meta.', 'retroalimentacion', '210.2', 'avance', None),
             ]),
        dict(number=213, title=T213,
             goals=[G(*G213_1, None, 'No presentó informe.'),
                    G(*G213_2, ['Se realizaron 186 jornadas de orientación alimentaria en 93 escuelas, con la participación de 7,420 madres, padres y docentes.'])],
             figures=[(186, 'jornadas', '213.2', 'Se realizaron 186 jornadas de orientación alimentaria'),
                      (93, 'escuelas', '213.2', 'en 93 escuelas'),
                      (7420, 'madres, padres y docentes', '213.2', 'con la participación de 7,420 madres, padres y docentes')],
             feedback=[
                 ('Es necesario que la AEFCM empiece a verificar los planteles conforme a los lineamientos, pues es la instancia facultada para hacerlo.', 'retroalimentacion', '213.1', 'exhorta', None),
                 ('La AEFCM refiere que la verificación corresponde a la Secretaría de Salud federal y no a la Autoridad Educativa.', 'observacion', '213.1', 'instancia', 'AEFCM'),
                 ('Las jornadas contribuyen a la meta, pero por sí solas no modifican la oferta de alimentos dentro de las escuelas.', 'retroalimentacion', '213.2', 'insuficiente', None),
             ]),
        dict(number=216, title=T216,
             goals=[G(*G216_1, ['Se instalaron bebederos en 58 escuelas y se dio mantenimiento a 211 sistemas de filtrado; 17 escuelas quedan pendientes por falta de toma de agua.'])],
             figures=[(58, 'escuelas', '216.1', 'Se instalaron bebederos en 58 escuelas'),
                      (211, 'sistemas de filtrado', '216.1', 'se dio mantenimiento a 211 sistemas de filtrado'),
                      (17, 'escuelas', '216.1', '17 escuelas quedan pendientes por falta de toma de agua')],
             feedback=[
                 ('Sería oportuno que a la siguiente sesión asista el área de obras del Instituto, que tiene la información de las escuelas pendientes.', 'retroalimentacion', '216.1', 'proceso', None),
                 ('Las acciones de bebederos pueden estar enmarcadas también en la estrategia 402 del Programa, relativa al derecho al agua.', 'observacion', '216.1', 'reasignar', 'INSP'),
             ]),
    ],
    agreements=[
        A('El DIF de la Ciudad de México presentará el desglose de raciones de desayuno frío y caliente por alcaldía.', ['2019-06-14'], responsible='DIF-CDMX', due='14/06/2019', state='Nuevo'),
        A('La Secretaría Ejecutiva solicitará por oficio a la AEFCM el informe de la meta 213.1.', ['2019-05-31'], responsible='Secretaría Ejecutiva', due='31/05/2019', state='Nuevo'),
        A('La Red de Madres y Padres por la Comida Escolar compartirá el registro fotográfico de los desayunos observados en Iztapalapa.', responsible='Red de Madres y Padres por la Comida Escolar', due='Próxima sesión', state='Nuevo'),
    ],
    closing='No habiendo más asuntos que tratar, se dio por concluida la sesión a las 12:50 horas del mismo día, acordándose que la VI Sesión Ordinaria se llevará a cabo el miércoles 19 de junio de 2019 a las 10:00 horas en la misma sede.',
    next={'date': '2019-06-19', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='minuta whose strategies are only in Anexo 1 (landscape table, two rows per goal, strategy cell merged down, remarks row merged across); attendance Institución | Asistente(s) | Sector with soft breaks and a legend; agreements table Responsable | Plazo | Estatus; next session in the closing paragraph',
))

ACTAS.append(dict(
    stem='blind-p-escolar-06-2019-06-19', layout='P3', esp='escolar',
    body=ESC_BODY, kind='sesión ordinaria', number=6, roman='VI', date='2019-06-19', date_text='miércoles 19 de junio de 2019',
    start='10:00', end='12:30', place=ESC_PLACE, topic=None, objective=None, coordinator=ESC_COORD,
    attendance=[ESC_ATT[k] for k in ('vega', 'castillo', 'rangel', 'fajardo', 'brito', 'cuevas', 'mancera', 'salas', 'ibanez')],
    strategies=[
        dict(number=210, title=T210,
             goals=[G(*G210_1, ['Se distribuyeron 31,200,000 raciones de desayuno caliente preparado en 412 comedores escolares; Iztapalapa concentra 9,850,000 raciones.'])],
             figures=[(31200000, 'raciones', '210.1', 'Se distribuyeron 31,200,000 raciones de desayuno caliente'),
                      (412, 'comedores escolares', '210.1', 'preparado en 412 comedores escolares'),
                      (9850000, 'raciones', '210.1', 'Iztapalapa concentra 9,850,000 raciones')],
             feedback=[
                 ('Se atendió lo solicitado en la sesión anterior y ahora es posible conocer la proporción de desayuno caliente.', 'retroalimentacion', '210.1', 'avance', None),
                 ('Es necesario que el DIF informe también cuántos comedores escolares cuentan con nutrióloga de planta.', 'observacion', '210.1', 'solicita_datos', 'Alianza por la Salud Alimentaria'),
             ]),
        dict(number=213, title=T213,
             goals=[G(*G213_1, ['Entre abril y mayo se verificaron 640 planteles; en 188 planteles se detectó la venta de productos fuera de los lineamientos y se emitieron 175 exhortos a las cooperativas escolares.']),
                    G(*G213_2, None, 'La Secretaría de Salud no presentó avance de esta meta en la sesión.')],
             figures=[(640, 'planteles', '213.1', 'se verificaron 640 planteles'),
                      (188, 'planteles', '213.1', 'en 188 planteles se detectó la venta de productos fuera de los lineamientos'),
                      (175, 'exhortos', '213.1', 'se emitieron 175 exhortos a las cooperativas escolares')],
             feedback=[
                 ('El número de exhortos no corresponde a lo que mide el indicador; se recomienda informar cuántos planteles corrigieron la venta.', 'retroalimentacion', '213.1', 'desalineado', None),
                 ('No hay correspondencia entre la meta, que habla de jornadas, y el indicador, que suma jornadas y personas; se propone revisar su redacción.', 'retroalimentacion', '213.2', 'diseno_meta', None),
             ]),
        dict(number=216, title=T216,
             goals=[G(*G216_1, ['Las 17 escuelas pendientes cuentan ya con proyecto ejecutivo y se instalaron bebederos en 9 escuelas.'])],
             figures=[(17, 'escuelas', '216.1', 'Las 17 escuelas pendientes cuentan ya con proyecto ejecutivo'),
                      (9, 'escuelas', '216.1', 'se instalaron bebederos en 9 escuelas')],
             feedback=[
                 ('La Alcaldía Milpa Alta se compromete a gestionar las tomas de agua de las escuelas que faltan en su demarcación.', 'observacion', '216.1', 'instancia', 'Alcaldía Milpa Alta'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud presentará el avance de la meta 213.2 en la VII Sesión Ordinaria.', responsible='Secretaría de Salud', due='VII Sesión', state='Nuevo'),
        A('La Secretaría Ejecutiva enviará a las instancias una propuesta de redacción del indicador de la meta 213.2.', ['2019-07-05'], responsible='Secretaría Ejecutiva', due='05/07/2019', state='Nuevo'),
        A('El DIF de la Ciudad de México informará cuántos comedores escolares cuentan con nutrióloga.', responsible='DIF-CDMX', due='Próxima sesión', state='Nuevo'),
    ],
    closing='No habiendo más asuntos que tratar, se dio por concluida la sesión a las 12:30 horas del mismo día, acordándose que la VII Sesión Ordinaria se llevará a cabo el miércoles 17 de julio de 2019 a las 10:00 horas en la misma sede.',
    next={'date': '2019-07-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='as escolar-05; 213.2 not reported; one remark row holds only an observation',
))

# ================================================================ P4 plataformas (Microsoft Teams meeting notes + tasks + attendance, Chromium)
PLA_BODY = 'Derechos de las Personas Trabajadoras de Plataformas Digitales'
PLA_COORD = ('Lucía Ferreira Tapia', 'Coordinadora del Espacio')
PLA_PLACE = 'Sala Tláloc de la STyFE, con conexión por Microsoft Teams'
T631 = 'Garantizar el acceso a la seguridad social de las personas trabajadoras de plataformas digitales'
T634 = 'Prevenir y atender los accidentes de trabajo de las personas repartidoras'
G631_1 = ('631.1', 'Afiliar a las personas repartidoras y conductoras al régimen obligatorio mediante la prueba piloto',
          'Número de personas trabajadoras de plataformas afiliadas', 'IMSS', 'IMSS')
G634_1 = ('634.1', 'Registrar y publicar los hechos de tránsito en los que participan personas repartidoras',
          'Registro trimestral publicado', 'SEMOVI', 'SEMOVI')
G634_2 = ('634.2', 'Brindar orientación jurídica a las personas repartidoras que sufren accidentes de trabajo',
          'Número de asesorías brindadas', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
PLA_ATT = {
    'leyva': ('Mario Leyva Duarte', 'Lic.', 'STyFE', 'STYFE', IE, 'Presencial'),
    'orozco': ('Daniela Orozco Pimentel', 'Mtra.', 'STyFE', 'STYFE', IE, 'Presencial'),
    'villanueva': ('Óscar Villanueva Rico', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Teams'),
    'gil': ('Fernanda Gil Ocampo', 'Lic.', 'COPRED', 'COPRED', IE, 'Teams'),
    'rivas': ('Gabriela Rivas Olmedo', 'Ing.', 'SEMOVI', 'SEMOVI', IE, 'Teams'),
    'beltran': ('Arturo Beltrán Quezada', 'Dr.', 'IMSS', 'IMSS', OT, 'Teams'),
    'estrada': ('Pablo Estrada Ferrer', 'Dr.', 'Instituto de Investigaciones Jurídicas de la UNAM', 'UNAM', OT, 'Teams'),
    'cardenas': ('Saúl Cárdenas Mejía', None, 'Unión Nacional de Trabajadores por Aplicación', None, SC, 'Presencial'),
    'robles': ('Yesenia Robles Tinoco', None, 'Ni Un Repartidor Menos', None, SC, 'Teams'),
    'cisneros': ('Alan Cisneros Mejía', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Presencial'),
}

ACTAS.append(dict(
    stem='blind-p-plataformas-04-2024-02-15', layout='P4', esp='plataformas',
    body=PLA_BODY, kind='sesión ordinaria', number=4, date='2024-02-15', short_date='jue 15/02/2024', date_text='jueves, 15 de febrero de 2024',
    start='10:00', end='12:10', joined=('9:52:07', '12:14:31'), place=PLA_PLACE, topic=None, objective=None, coordinator=PLA_COORD,
    attendance=[PLA_ATT[k] for k in ('leyva', 'orozco', 'villanueva', 'gil', 'beltran', 'estrada', 'cardenas', 'robles', 'cisneros')],
    strategies=[
        dict(number=631, title=T631,
             goals=[G(*G631_1, ['Al 31 de enero se registraron 8,430 personas trabajadoras de plataformas en la prueba piloto en la Ciudad de México.', 'De ellas, 5,912 personas cotizaron al menos una semana completa.']),
                    G('631.2', 'Difundir entre las personas trabajadoras de plataformas sus derechos laborales y de seguridad social',
                      'Número de acciones de difusión y de personas alcanzadas', 'STyFE', 'STYFE',
                      ['Se realizaron 24 brigadas informativas en puntos de reunión de repartidores y se entregaron 6,500 cartillas de derechos.'])],
             figures=[(8430, 'personas trabajadoras', '631.1', 'se registraron 8,430 personas trabajadoras de plataformas en la prueba piloto'),
                      (5912, 'personas', '631.1', '5,912 personas cotizaron al menos una semana completa'),
                      (24, 'brigadas informativas', '631.2', 'Se realizaron 24 brigadas informativas'),
                      (6500, 'cartillas', '631.2', 'se entregaron 6,500 cartillas de derechos')],
             feedback=[
                 ('Se reportan datos duros del registro; es necesario conocer cuántas personas mantienen la afiliación después de tres meses.', 'retroalimentacion', '631.1', 'solicita_datos', 'SE'),
                 ('La afiliación depende de que las empresas reporten los ingresos; cuestionamos que el indicador cuente registros y no personas con cobertura efectiva.', 'observacion', '631.1', 'cuestiona', 'Saúl Cárdenas Mejía'),
                 ('Las brigadas y las cartillas dan cuenta de la difusión y del alcance logrado.', 'retroalimentacion', '631.2', 'avance', 'SE'),
             ]),
        dict(number=634, title=T634,
             goals=[G(*G634_1, None, 'Sin informe: nadie de la SEMOVI se conectó.'),
                    G(*G634_2, ['Se brindaron 137 asesorías jurídicas a personas repartidoras accidentadas y se presentaron 41 reclamaciones ante las empresas.'])],
             figures=[(137, 'asesorías jurídicas', '634.2', 'Se brindaron 137 asesorías jurídicas a personas repartidoras accidentadas'),
                      (41, 'reclamaciones', '634.2', 'se presentaron 41 reclamaciones ante las empresas')],
             feedback=[
                 ('Es necesario que la SEMOVI designe a una persona enlace que asista a las sesiones con la información del registro.', 'retroalimentacion', '634.1', 'proceso', 'SE'),
                 ('Las asesorías contribuyen a la meta, pero por sí solas no garantizan la atención integral de los accidentes de trabajo.', 'retroalimentacion', '634.2', 'insuficiente', 'SE'),
                 ('La orientación jurídica podría enmarcarse en la estrategia 631, porque la mayoría de los casos son reclamaciones de seguridad social.', 'observacion', '634.2', 'reasignar', 'Yesenia Robles Tinoco'),
             ]),
    ],
    agreements=[
        A('Compartir con el Espacio el reporte de permanencia de la afiliación a tres meses.', ['2024-03-08'], responsible='Arturo Beltrán Quezada (IMSS)', due='08/03/2024'),
        A('Enviar oficio a la SEMOVI para solicitar la designación de una persona enlace ante el Espacio.', ['2024-02-23'], responsible='Alan Cisneros Mejía (SE)', due='23/02/2024'),
        A('Presentar la propuesta de campaña sobre desactivación injustificada de cuentas.', responsible='Fernanda Gil Ocampo (COPRED)', due=None),
    ],
    next_card=('jueves, 14 de marzo de 2024', '10:00 – 12:00'),
    next={'date': '2024-03-14', 'start_time': '10:00', 'end_time': '12:00', 'strategies': []},
    notes='Microsoft Teams meeting page (Notas de la reunión, Tareas de seguimiento, attendance report) printed by Chromium; joined times are no start time; tasks = agreements (responsible = assignee); next session = scheduled follow-up meeting card, not a task',
))

ACTAS.append(dict(
    stem='blind-p-plataformas-05-2024-03-14', layout='P4', esp='plataformas',
    body=PLA_BODY, kind='sesión ordinaria', number=5, date='2024-03-14', short_date='jue 14/03/2024', date_text='jueves, 14 de marzo de 2024',
    start='10:00', end='11:55', joined=('9:55:40', '12:01:12'), place=PLA_PLACE, topic=None, objective=None, coordinator=PLA_COORD,
    attendance=[PLA_ATT[k] for k in ('leyva', 'villanueva', 'gil', 'rivas', 'beltran', 'cardenas', 'robles', 'cisneros')],
    strategies=[
        dict(number=631, title=T631,
             goals=[G(*G631_1, ['Al 29 de febrero permanecían afiliadas 6,104 personas trabajadoras, el 72 por ciento de las registradas en enero.'])],
             figures=[(6104, 'personas trabajadoras', '631.1', 'permanecían afiliadas 6,104 personas trabajadoras'),
                      (72, 'por ciento', '631.1', 'el 72 por ciento de las registradas en enero')],
             feedback=[
                 ('El informe atiende lo acordado en la sesión anterior y permite calcular la permanencia.', 'retroalimentacion', '631.1', 'avance', 'SE'),
             ]),
        dict(number=634, title=T634,
             goals=[G(*G634_1, ['Se publicó el primer registro trimestral, con 318 hechos de tránsito con personas repartidoras y 11 personas repartidoras fallecidas.']),
                    G(*G634_2, ['En febrero se brindaron 96 asesorías jurídicas adicionales.'])],
             figures=[(318, 'hechos de tránsito', '634.1', 'con 318 hechos de tránsito con personas repartidoras'),
                      (11, 'personas repartidoras', '634.1', '11 personas repartidoras fallecidas'),
                      (96, 'asesorías jurídicas', '634.2', 'se brindaron 96 asesorías jurídicas adicionales')],
             feedback=[
                 ('Pedimos que el registro distinga entre motocicleta y bicicleta y que indique la alcaldía del hecho.', 'observacion', '634.1', 'solicita_datos', 'Yesenia Robles Tinoco'),
                 ('La SEMOVI señala que los datos de hechos de tránsito provienen de la SSC y que sólo puede publicarlos con su validación.', 'observacion', '634.1', 'instancia', 'Gabriela Rivas Olmedo'),
             ]),
        dict(number=636, title='Prevenir la discriminación en la gestión algorítmica del trabajo en plataformas',
             goals=[G('636.1', 'Atender las quejas por desactivación injustificada de cuentas de personas trabajadoras',
                      'Número de quejas atendidas y concluidas', 'COPRED', 'COPRED', None, 'Sin informe: el COPRED pidió presentarlo en la siguiente sesión.')],
             figures=[],
             feedback=[
                 ('Es necesario que el COPRED establezca el procedimiento de atención de quejas por desactivación que mandata la meta.', 'retroalimentacion', '636.1', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('Incluir en el registro trimestral el tipo de vehículo y la alcaldía del hecho.', ['2024-04-30'], responsible='Gabriela Rivas Olmedo (SEMOVI)', due='30/04/2024'),
        A('Presentar el informe de la meta 636.1.', responsible='Fernanda Gil Ocampo (COPRED)', due=None),
    ],
    next_card=('jueves, 11 de abril de 2024', '10:00 – 12:00'),
    next={'date': '2024-04-11', 'start_time': '10:00', 'end_time': '12:00', 'strategies': []},
    notes='as plataformas-04; 636.1 not reported',
))

# ================================================================ P5 sordas (Notion workspace page with a board of goals, Chromium)
SOR_BODY = 'Derechos de las Personas Sordas y de la Lengua de Señas Mexicana'
SOR_COORD = ('Itzel Cabrera Nájera', 'Coordinadora del Espacio')
SOR_PLACE = 'Sesión virtual por Zoom con interpretación en Lengua de Señas Mexicana'
T661 = 'Garantizar servicios de interpretación en Lengua de Señas Mexicana en la atención al público'
T663 = 'Promover la enseñanza y el uso de la Lengua de Señas Mexicana'
G661_1 = ('661.1', 'Contar con personas intérpretes de LSM en los módulos de atención ciudadana',
          'Número de módulos de atención con intérprete de LSM', 'INDEPEDI', 'INDEPEDI')
G663_2 = ('663.2', 'Incluir la enseñanza de la LSM en las escuelas con alumnado sordo',
          'Número de escuelas con enseñanza de LSM', 'SECTEI', 'SEDU')
SOR_ATT = {
    'ugarte': ('Raquel Ugarte Benítez', 'Lic.', 'INDEPEDI', 'INDEPEDI', IE, None),
    'aguirre': ('Tomás Aguirre Lamas', 'Lic.', 'INDEPEDI', 'INDEPEDI', IE, None),
    'moran': ('Leticia Morán Esquivel', 'Mtra.', 'Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX', IE, None),
    'salgado': ('Hugo Salgado Prieto', 'Lic.', 'Escuela de Administración Pública', 'EAP', IE, None),
    'fierro': ('Natalia Fierro Cabañas', 'Profra.', 'SECTEI', 'SEDU', IE, None),
    'villasenor': ('Ernesto Villaseñor Gama', 'Ing.', 'C5', 'LOCATEL', IE, None),
    'campos': ('Rosa Elvira Campos Lugo', 'Profra.', 'Autoridad Educativa Federal en la Ciudad de México', 'SEP', OT, None),
    'ortega': ('Julián Ortega Sámano', 'Lic.', 'CDHCM', 'CDHDF', OT, None),
    'lira': ('Marco Antonio Lira Pacheco', None, 'Asociación de Sordos de la Ciudad de México', None, SC, None),
    'delrio': ('Verónica Del Río Amador', None, 'Colectivo Manos que Hablan', None, SC, None),
    'ceja': ('Paulina Ceja Robledo', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    'cazares': ('Diana Cázares Moll', None, 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
}

ACTAS.append(dict(
    stem='blind-p-sordas-09-2021-09-23', layout='P5', esp='sordas',
    body=SOR_BODY, kind='sesión ordinaria', number=9, date='2021-09-23', date_text='23 de septiembre de 2021',
    start='10:00', end='12:30', place=SOR_PLACE, topic=None, objective=None, coordinator=SOR_COORD,
    edited='Editado por última vez el 27 de septiembre de 2021 18:02',
    attendance=[SOR_ATT[k] for k in ('ugarte', 'aguirre', 'moran', 'salgado', 'fierro', 'ortega', 'lira', 'delrio', 'ceja', 'cazares')],
    strategies=[
        dict(number=661, title=T661,
             goals=[G(*G661_1, ['Se contrataron 14 personas intérpretes de LSM que cubren 22 módulos de atención; se brindaron 1,836 servicios de interpretación de enero a agosto.']),
                    G('661.2', 'Incorporar intérpretes de LSM en las audiencias judiciales con personas sordas',
                      'Número de audiencias con interpretación en LSM', 'Tribunal Superior de Justicia', 'TSJCDMX',
                      ['Se atendieron 64 audiencias con interpretación en LSM mediante el padrón de 9 peritas y peritos intérpretes.'])],
             figures=[(14, 'personas intérpretes', '661.1', 'Se contrataron 14 personas intérpretes de LSM'),
                      (22, 'módulos', '661.1', 'que cubren 22 módulos de atención'),
                      (1836, 'servicios', '661.1', 'se brindaron 1,836 servicios de interpretación de enero a agosto'),
                      (64, 'audiencias', '661.2', 'Se atendieron 64 audiencias con interpretación en LSM'),
                      (9, 'peritas y peritos intérpretes', '661.2', 'el padrón de 9 peritas y peritos intérpretes')],
             feedback=[
                 ('El informe presenta datos duros de cobertura; se sugiere indicar qué módulos cuentan con intérprete presencial y cuáles con videointerpretación.', 'retroalimentacion', '661.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('La videointerpretación no funciona cuando la conexión es mala; cuestionamos que se cuente como módulo cubierto.', 'observacion', '661.1', 'cuestiona', 'Marco Antonio Lira Pacheco'),
                 ('Se reconoce el avance del Tribunal al contar con un padrón propio de peritas y peritos intérpretes.', 'retroalimentacion', '661.2', 'avance', 'Secretaría Ejecutiva'),
             ]),
        dict(number=663, title=T663,
             goals=[G('663.1', 'Impartir cursos de LSM a personas servidoras públicas', 'Número de personas servidoras públicas que concluyen los cursos',
                      'Escuela de Administración Pública', 'EAP',
                      ['Se impartieron 6 cursos en línea de LSM básico, con 412 personas servidoras públicas inscritas y 287 personas que los concluyeron.']),
                    G(*G663_2, None, 'No informó.')],
             figures=[(6, 'cursos', '663.1', 'Se impartieron 6 cursos en línea de LSM básico'),
                      (412, 'personas servidoras públicas', '663.1', 'con 412 personas servidoras públicas inscritas'),
                      (287, 'personas', '663.1', '287 personas que los concluyeron')],
             feedback=[
                 ('Los cursos contribuyen a la meta, pero por sí solos no garantizan que las personas servidoras públicas atiendan en LSM; se requiere un nivel intermedio.', 'retroalimentacion', '663.1', 'insuficiente', 'Secretaría Ejecutiva'),
                 ('Es necesario que la SECTEI comience a incluir la LSM en las escuelas con alumnado sordo, como lo mandata la meta.', 'retroalimentacion', '663.2', 'exhorta', 'Secretaría Ejecutiva'),
                 ('La SECTEI menciona que la educación básica es competencia de la Autoridad Educativa Federal y que sólo puede apoyar con materiales.', 'observacion', '663.2', 'instancia', 'Natalia Fierro Cabañas'),
             ]),
    ],
    agreements=[
        A('INDEPEDI enviará la lista de módulos con intérprete presencial y con videointerpretación.', ['2021-10-08'], responsible='INDEPEDI', due='8 de octubre de 2021'),
        A('La Secretaría Ejecutiva invitará a la Autoridad Educativa Federal a la próxima sesión para revisar la meta 663.2.', responsible='Secretaría Ejecutiva', due=None),
    ],
    next_text='Próxima sesión: jueves 21 de octubre de 2021, 10:00 h, por Zoom con interpretación en LSM.',
    next={'date': '2021-10-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Notion page printed by Chromium: property block, attendance database table, kanban board of goals by report status, toggles per goal with quote-block report and comment threads, to-do agreements, next-session callout',
))

ACTAS.append(dict(
    stem='blind-p-sordas-10-2021-10-21', layout='P5', esp='sordas',
    body=SOR_BODY, kind='sesión ordinaria', number=10, date='2021-10-21', date_text='21 de octubre de 2021',
    start='10:00', end='12:20', place=SOR_PLACE, topic=None, objective=None, coordinator=SOR_COORD,
    edited='Editado por última vez el 25 de octubre de 2021 13:47',
    attendance=[SOR_ATT[k] for k in ('ugarte', 'moran', 'salgado', 'fierro', 'villasenor', 'campos', 'lira', 'delrio', 'ceja', 'cazares')],
    strategies=[
        dict(number=661, title=T661,
             goals=[G(*G661_1, ['Los 22 módulos cuentan con intérprete: 15 módulos de forma presencial y 7 módulos por videointerpretación; en septiembre se brindaron 412 servicios.'])],
             figures=[(22, 'módulos', '661.1', 'Los 22 módulos cuentan con intérprete'),
                      (15, 'módulos', '661.1', '15 módulos de forma presencial'),
                      (7, 'módulos', '661.1', '7 módulos por videointerpretación'),
                      (412, 'servicios', '661.1', 'en septiembre se brindaron 412 servicios')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior y el informe ya distingue la modalidad de interpretación.', 'retroalimentacion', '661.1', 'avance', 'Secretaría Ejecutiva'),
             ]),
        dict(number=663, title=T663,
             goals=[G(*G663_2, ['La SECTEI distribuyó 3,000 cuadernillos de LSM en 38 escuelas con alumnado sordo y capacitó a 76 docentes.'])],
             figures=[(3000, 'cuadernillos', '663.2', 'La SECTEI distribuyó 3,000 cuadernillos de LSM'),
                      (38, 'escuelas', '663.2', 'en 38 escuelas con alumnado sordo'),
                      (76, 'docentes', '663.2', 'capacitó a 76 docentes')],
             feedback=[
                 ('Los cuadernillos ayudan, pero sin docentes sordos o intérpretes en el aula no se garantiza la educación en LSM.', 'observacion', '663.2', 'cuestiona', 'Verónica Del Río Amador'),
                 ('La Autoridad Educativa Federal se compromete a compartir el número de escuelas con alumnado sordo inscrito.', 'observacion', '663.2', 'instancia', 'Rosa Elvira Campos Lugo'),
             ]),
        dict(number=665, title='Garantizar información accesible en situaciones de emergencia para las personas sordas',
             goals=[G('665.1', 'Incluir interpretación en LSM y subtitulado en los servicios y mensajes de emergencia',
                      'Número de servicios y mensajes de emergencia accesibles', 'C5', 'LOCATEL',
                      ['Se habilitó la videollamada al 911 en LSM, que atendió 118 llamadas; los 40 mensajes de alerta sísmica del periodo se difundieron con subtitulado.']),
                    G('665.2', 'Capacitar al personal de atención telefónica en la atención a personas sordas',
                      'Número de personas operadoras capacitadas', 'C5', 'LOCATEL', None, 'Pendiente: el C5 enviará el dato por correo.')],
             figures=[(118, 'llamadas', '665.1', 'que atendió 118 llamadas'),
                      (40, 'mensajes', '665.1', 'los 40 mensajes de alerta sísmica del periodo se difundieron con subtitulado')],
             feedback=[
                 ('Es necesario informar cuántas de las videollamadas fueron emergencias atendidas y en qué tiempo de respuesta.', 'retroalimentacion', '665.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('Sería oportuno que asista al Espacio el área de capacitación del C5.', 'retroalimentacion', '665.2', 'proceso', 'Secretaría Ejecutiva'),
             ]),
    ],
    agreements=[
        A('La Autoridad Educativa Federal compartirá el número de escuelas con alumnado sordo inscrito.', responsible='Autoridad Educativa Federal', due=None),
        A('El C5 enviará por correo el avance de la meta 665.2.', ['2021-11-05'], responsible='C5', due='5 de noviembre de 2021'),
    ],
    next_text='Próxima sesión: jueves 18 de noviembre de 2021, 10:00 h, por Zoom con interpretación en LSM.',
    next={'date': '2021-11-18', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='as sordas-09; 665.2 pending (not reported)',
))

# ================================================================ P6 desplazamiento (relatoría with TOC, heading styles, reports quoted as e-mails)
DES_BODY = 'Derechos de las Personas en Situación de Desplazamiento Forzado Interno'
DES_COORD = ('Ernesto Valdivia Luna', 'Coordinador del Espacio')
DES_PLACE = 'Sala de juntas de la Secretaría Ejecutiva, General Prim 4, colonia Centro'
T152 = 'Identificar y registrar a las personas en situación de desplazamiento forzado interno que llegan a la Ciudad de México'
T157 = 'Brindar atención jurídica y psicosocial a las personas en situación de desplazamiento forzado interno'
G152_1 = ('152.1', 'Integrar un registro de las personas desplazadas atendidas por las dependencias',
          'Registro integrado y número de personas registradas', 'Secretaría de Desarrollo Social', 'SEDESO')
G152_2 = ('152.2', 'Capacitar al personal de atención ciudadana para identificar casos de desplazamiento forzado',
          'Número de personas servidoras públicas capacitadas', 'Secretaría de Gobierno', 'SECGOB')
G157_1 = ('157.1', 'Brindar asesoría jurídica para la restitución de documentos y derechos',
          'Número de asesorías brindadas y de documentos restituidos', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G157_2 = ('157.2', 'Brindar atención psicosocial a las personas desplazadas',
          'Número de personas con plan de atención psicosocial', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
DES_ATT = {
    'montoya': ('Graciela Montoya Saldaña', 'Lic.', 'Secretaría de Desarrollo Social', 'SEDESO', IE, 'gmontoya@sedeso.df.gob.mx'),
    'rosales': ('Efraín Rosales Nieto', 'Lic.', 'Secretaría de Desarrollo Social', 'SEDESO', IE, None),
    'ledesma': ('Bertha Ledesma Cruz', 'Arq.', 'Instituto de Vivienda del Distrito Federal', 'INVI', IE, 'bledesma@invi.df.gob.mx'),
    'ramirez': ('Saúl Ramírez Tello', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'sramirezt@cejur.df.gob.mx'),
    'castanon': ('Irene Castañón Villegas', 'Mtra.', 'Secretaría de Gobierno', 'SECGOB', IE, 'icastanon@secgob.df.gob.mx'),
    'avila': ('Leonel Ávila Torres', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'lavila@salud.df.gob.mx'),
    'nunez': ('Alfredo Núñez Carranza', 'Lic.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, None),
    'ibarra': ('Sandra Ibarra Quiñones', 'Mtra.', 'ACNUR', 'ACNUR', OT, None),
    'medina': ('Joaquín Medina Arce', 'C.', 'Colectivo de Familias Desplazadas de Guerrero', None, SC, None),
    'serrano': ('Olga Serrano Díaz', 'Mtra.', 'Red Nacional de Apoyo a Personas Desplazadas', None, SC, None),
    'toledo': ('Marisela Toledo Franco', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
}

ACTAS.append(dict(
    stem='blind-p-desplazamiento-02-2016-08-24', layout='P6', esp='desplazamiento',
    body=DES_BODY, kind='sesión ordinaria', number=2, nth='2a.', date='2016-08-24', dmy='24/08/2016', weekday='miércoles',
    start='10:00', end='12:45', place=DES_PLACE, topic=None, objective=None, coordinator=DES_COORD,
    attendance=[DES_ATT[k] for k in ('montoya', 'rosales', 'ledesma', 'ramirez', 'castanon', 'nunez', 'ibarra', 'medina', 'serrano', 'toledo')],
    strategies=[
        dict(number=152, title=T152,
             goals=[G(*G152_1, ['En el primer semestre de 2016 se registraron 214 familias desplazadas, que suman 763 personas, atendidas en los centros de asistencia e integración social.'],
                      sender='montoya', sent='lunes, 22 de agosto de 2016 06:41 p.m.'),
                    G(*G152_2, None, 'No se recibió correo con informe de esta meta.')],
             figures=[(214, 'familias', '152.1', 'se registraron 214 familias desplazadas'),
                      (763, 'personas', '152.1', 'que suman 763 personas')],
             feedback=[
                 ('El registro reporta datos duros; es necesario desagregarlos por entidad de origen, sexo y edad.', 'retroalimentacion', '152.1', 'solicita_datos', None),
                 ('El Colectivo de Familias Desplazadas de Guerrero cuestiona que el registro se limite a quienes llegan a los centros de asistencia, pues la mayoría de las familias se queda con parientes.', 'observacion', '152.1', 'cuestiona', None),
                 ('Es necesario que la Secretaría de Gobierno empiece a capacitar al personal de atención ciudadana, ya que sin identificación no hay registro.', 'retroalimentacion', '152.2', 'exhorta', None),
                 ('La Secretaría de Gobierno refiere que la capacitación le correspondería a la Escuela de Administración Pública y no a la Subsecretaría.', 'observacion', '152.2', 'instancia', None),
             ]),
        dict(number=155, title='Garantizar el acceso a una vivienda temporal y permanente a las familias desplazadas',
             goals=[G('155.1', 'Otorgar ayudas de renta y opciones de vivienda a las familias desplazadas',
                      'Número de familias con ayuda de renta o crédito de vivienda', 'Instituto de Vivienda del Distrito Federal', 'INVI',
                      ['Se otorgaron 58 ayudas de renta de 2,000 pesos mensuales y se incorporó a 12 familias al programa de vivienda en conjunto.'],
                      sender='ledesma', sent='martes, 23 de agosto de 2016 11:15 a.m.')],
             figures=[(58, 'ayudas de renta', '155.1', 'Se otorgaron 58 ayudas de renta'),
                      (2000, 'pesos', '155.1', 'de 2,000 pesos mensuales'),
                      (12, 'familias', '155.1', 'se incorporó a 12 familias al programa de vivienda en conjunto')],
             feedback=[
                 ('Las ayudas de renta contribuyen a la meta, pero por sí solas no garantizan una vivienda permanente.', 'retroalimentacion', '155.1', 'insuficiente', None),
             ]),
        dict(number=157, title=T157,
             goals=[G(*G157_1, ['Se brindaron 96 asesorías jurídicas y se tramitaron 41 actas de nacimiento de personas desplazadas ante el Registro Civil.'],
                      sender='ramirez', sent='martes, 23 de agosto de 2016 09:02 p.m.')],
             figures=[(96, 'asesorías jurídicas', '157.1', 'Se brindaron 96 asesorías jurídicas'),
                      (41, 'actas de nacimiento', '157.1', 'se tramitaron 41 actas de nacimiento de personas desplazadas')],
             feedback=[
                 ('Se reconoce el avance en la restitución de documentos de identidad.', 'retroalimentacion', '157.1', 'avance', None),
                 ('ACNUR sugiere que las asesorías jurídicas se registren también en la estrategia 152, porque permiten identificar casos de desplazamiento.', 'observacion', '157.1', 'reasignar', None),
             ]),
    ],
    agreements=[
        A('La Secretaría de Desarrollo Social enviará el registro desagregado por entidad de origen, sexo y edad antes del 16 de septiembre.', ['2016-09-16'], responsible='Secretaría de Desarrollo Social'),
        A('La Secretaría Ejecutiva consultará a la Escuela de Administración Pública sobre la capacitación de la meta 152.2.', responsible='Secretaría Ejecutiva'),
        A('Celebrar la Tercera Sesión Ordinaria el miércoles 28 de septiembre a las 10:00 horas en la misma sala.', ['2016-09-28'], next_session=True),
    ],
    next={'date': '2016-09-28', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='relatoría on heading styles with a table of contents field and a footnote; each report is the institution e-mail pasted as a quoted block (De/Enviado el/Para/Asunto; the e-mail date is no session date); attendance as run-on paragraphs per sector with institution in parentheses; next session = last agreement (year omitted)',
))

ACTAS.append(dict(
    stem='blind-p-desplazamiento-03-2016-09-28', layout='P6', esp='desplazamiento',
    body=DES_BODY, kind='sesión ordinaria', number=3, nth='3a.', date='2016-09-28', dmy='28/09/2016', weekday='miércoles',
    start='10:05', end='12:30', place=DES_PLACE, topic=None, objective=None, coordinator=DES_COORD,
    attendance=[DES_ATT[k] for k in ('montoya', 'castanon', 'ramirez', 'avila', 'ibarra', 'medina', 'serrano', 'toledo')],
    strategies=[
        dict(number=152, title=T152,
             goals=[G(*G152_1, ['El registro desagregado suma 781 personas: 402 mujeres y 379 hombres; 318 son niñas, niños y adolescentes, y el 64 por ciento proviene de Guerrero.'],
                      sender='montoya', sent='jueves, 15 de septiembre de 2016 05:20 p.m.'),
                    G(*G152_2, ['Se impartieron 4 talleres de identificación de casos de desplazamiento a 96 personas servidoras públicas de atención ciudadana.'],
                      sender='castanon', sent='lunes, 26 de septiembre de 2016 10:48 a.m.')],
             figures=[(781, 'personas', '152.1', 'El registro desagregado suma 781 personas'),
                      (402, 'mujeres', '152.1', '402 mujeres'),
                      (379, 'hombres', '152.1', '379 hombres'),
                      (318, 'niñas, niños y adolescentes', '152.1', '318 son niñas, niños y adolescentes'),
                      (64, 'por ciento', '152.1', 'el 64 por ciento proviene de Guerrero'),
                      (4, 'talleres', '152.2', 'Se impartieron 4 talleres de identificación de casos de desplazamiento'),
                      (96, 'personas servidoras públicas', '152.2', 'a 96 personas servidoras públicas de atención ciudadana')],
             feedback=[
                 ('El registro desagregado atiende el acuerdo de la sesión anterior y permite orientar la atención.', 'retroalimentacion', '152.1', 'avance', None),
                 ('Se sugiere informar en qué dependencias trabaja el personal capacitado.', 'retroalimentacion', '152.2', 'solicita_datos', None),
                 ('La Red Nacional de Apoyo a Personas Desplazadas cuestiona que los talleres se impartan sin la participación de personas desplazadas.', 'observacion', '152.2', 'cuestiona', None),
             ]),
        dict(number=157, title=T157,
             goals=[G(*G157_1, None, 'La Consejería informó en la sesión que su reporte está en revisión y no lo envió por correo.'),
                    G(*G157_2, ['Se otorgaron 312 consultas de atención psicológica a 88 personas desplazadas en el Centro Comunitario de Salud Mental de Iztapalapa.'],
                      sender='avila', sent='martes, 27 de septiembre de 2016 08:30 a.m.')],
             figures=[(312, 'consultas', '157.2', 'Se otorgaron 312 consultas de atención psicológica'),
                      (88, 'personas desplazadas', '157.2', 'a 88 personas desplazadas')],
             feedback=[
                 ('Es necesario que quien asista por la Consejería traiga la información validada para poder retroalimentarla.', 'retroalimentacion', '157.1', 'proceso', None),
                 ('El informe no corresponde del todo al indicador, que mide personas con plan de atención psicosocial y no el número de consultas.', 'retroalimentacion', '157.2', 'desalineado', None),
                 ('ACNUR señala que la meta no define qué se entiende por atención psicosocial, lo que dificulta medir el indicador.', 'observacion', '157.2', 'diseno_meta', None),
             ]),
    ],
    agreements=[
        A('La Consejería Jurídica enviará su informe de la meta 157.1 por correo a más tardar el 7 de octubre.', ['2016-10-07'], responsible='Consejería Jurídica'),
        A('La Secretaría de Salud compartirá el número de personas con plan de atención psicosocial.', responsible='Secretaría de Salud'),
        A('Celebrar la Cuarta Sesión Ordinaria el miércoles 26 de octubre a las 10:00 horas en la misma sala.', ['2016-10-26'], next_session=True),
    ],
    next={'date': '2016-10-26', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='as desplazamiento-02; 157.1 not reported although its institution attended',
))
