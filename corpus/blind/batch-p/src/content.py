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
                      ['Al cierre de 2016 el sistema ECOBICI contaba con 452 cicloestaciones y 6,000 bicicletas en 55 colonias de tres delegaciones; en el año se registraron 9,812,000 viajes.'], reader='Héctor Zamudio Ordaz')],
             figures=[(452, 'cicloestaciones', '315.1', 'contaba con 452 cicloestaciones'),
                      (6000, 'bicicletas', '315.1', '6,000 bicicletas'),
                      (55, 'colonias', '315.1', 'en 55 colonias de tres delegaciones'),
                      (9812000, 'viajes', '315.1', 'se registraron 9,812,000 viajes')],
             feedback=[
                 ('Lo reportado da cuenta de la operación del sistema, pero la meta pide ampliar la cobertura; el número de viajes no corresponde a lo que mide el indicador.', 'retroalimentacion', '315.1', 'desalineado', 'SE'),
                 ('La ampliación de ECOBICI se ha concentrado en colonias de ingresos altos; sugerimos que la siguiente etapa llegue al oriente de la ciudad.', 'observacion', '315.1', 'cuestiona', 'Tania Luján Beltrán'),
                 ('La ampliación hacia Coyoacán y Benito Juárez depende de la autorización presupuestal de este año; en cuanto la tengamos la informaremos al Espacio.', 'observacion', '315.1', 'instancia', 'Héctor Zamudio Ordaz'),
             ]),
        dict(number=318, title=T318,
             goals=[G(*G318_1, ['Durante 2016 se levantaron 3,415 infracciones a vehículos motorizados por invadir la ciclovía y se impartieron 62 cursos de sensibilización a 1,870 elementos de tránsito.'], reader='Mónica Ferrer Alcocer'),
                    G(*G318_2, ['Se integró la base de datos de hechos de tránsito de 2016, con 412 hechos en los que participaron personas ciclistas, 21 de ellos con personas fallecidas.'], reader='Paola Cervantes Lugo')],
             figures=[(3415, 'infracciones', '318.1', 'se levantaron 3,415 infracciones a vehículos motorizados'),
                      (62, 'cursos', '318.1', 'se impartieron 62 cursos de sensibilización'),
                      (1870, 'elementos', '318.1', 'a 1,870 elementos de tránsito'),
                      (412, 'hechos', '318.2', 'con 412 hechos en los que participaron personas ciclistas'),
                      (21, 'personas fallecidas', '318.2', '21 de ellos con personas fallecidas')],
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
             figures=[(11.5, 'kilómetros', '312.1', '11.5 kilómetros se construyeron en Cuauhtémoc y Benito Juárez'),
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
