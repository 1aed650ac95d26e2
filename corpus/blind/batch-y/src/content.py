# -*- coding: utf-8 -*-
# Batch Y content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), responsible=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, next_session=next_session)
    d.update(kw)
    return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


ACTAS = []
SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ Y1 panteones (telegraphic secretary's notes, 2019)
PAN_BODY = 'Derechos de las Personas Usuarias de Panteones y Servicios Funerarios'
PAN_COORD = ('Leticia Barragán Oropeza', 'Coord. del Espacio')
PAN_PLACE = 'Sala 2, Consejería Jurídica, Dr. Río de la Loza 156'
T287 = 'Transparentar el uso de fosas y nichos en panteones civiles'
T289 = 'Garantizar la inhumación digna de personas no identificadas'
G287_1 = ('287.1', 'Publicar padrón de fosas disponibles por panteón', 'Núm. de panteones c/padrón publicado',
          'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G287_2 = ('287.2', 'Atender quejas por cobros indebidos en panteones delegacionales', 'Núm. de quejas atendidas',
          'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
G289_1 = ('289.1', 'Registrar c/u de las inhumaciones de personas no identificadas en base de datos única',
          'Núm. de registros en la base', 'Procuraduría General de Justicia de la Ciudad de México', 'PGJCDMX')
PAN_SE = ('Ramiro Quezada Lins', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace SE')
PAN_ATT = [
    ('Elvira Cornejo Ruelas', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Subdir. de Panteones'),
    ('Arturo Benítez Caro', 'Ing.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'JUD Panteones'),
    ('Fabiola Urquiza Néri', 'Mtra.', 'Procuraduría General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Inst. de Ciencias Forenses'),
    ('Samuel Oviedo Tapia', 'C.', 'Comité Ciudadano de Deudos de San Lorenzo Tezonco', None, SC, 'Vocero'),
    ('Irma Galeana Zúñiga', 'Lic.', 'Fundación Justicia y Memoria, A.C.', None, SC, 'Abogada'),
    ('Noé Villafranca Ruiz', 'C.', 'Unión de Trabajadores de Panteones Civiles', None, SC, 'Srio. General'),
    PAN_SE]

acta(stem='blind-y-panteones-03-2019-03-07', layout='Y1', esp='panteones',
     body=PAN_BODY, number=3, date='2019-03-07', start='17:00', end='19:15', place=PAN_PLACE, coordinator=PAN_COORD,
     attendance=PAN_ATT,
     strategies=[
         S(287, T287,
           [G(*G287_1, ['CJSL inf. que 4 de 12 panteones civiles tienen padrón en línea; se revisaron aprox. 1.850 fosas en el Panteón Civil de Dolores.']),
            G(*G287_2, None, 'Sin inf. Deleg. no envió cifras.')],
           [(4, 'panteones civiles', '287.1', 'CJSL inf. que 4 de 12 panteones civiles tienen padrón en línea'),
            (12, 'panteones civiles', '287.1', '4 de 12 panteones civiles tienen padrón en línea'),
            (1850, 'fosas', '287.1', 'se revisaron aprox. 1.850 fosas en el Panteón Civil de Dolores')],
           [('Inf. útil; permite ver avance del padrón.', 'retroalimentacion', '287.1', 'avance', 'SE'),
            ('Falta desglose p/ panteón y fecha de publicación de c/padrón.', 'retroalimentacion', '287.1', 'solicita_datos', 'SE'),
            ('Deudos siguen pagando cuotas no oficiales en Tezonco; el padrón no resuelve eso.', 'observacion', '287.2', 'cuestiona', 'Samuel Oviedo Tapia')]),
         S(289, T289,
           [G(*G289_1, ['Se capturaron 312 registros; 47 c/ perfil genético cotejado.'])],
           [(312, 'registros', '289.1', 'Se capturaron 312 registros'),
            (47, 'registros', '289.1', '47 c/ perfil genético cotejado')],
           [('PGJ refiere que la base depende de que deleg. envíen actas de inhumación a tiempo.', 'observacion', '289.1', 'instancia', 'Fabiola Urquiza Néri'),
            ('Es nec. que a la ses. acuda personal de Servicios Periciales c/ información de la base.', 'retroalimentacion', '289.1', 'proceso', 'SE')]),
     ],
     agreements=[
         A('Deleg. Iztapalapa enviará inf. de quejas por cobros a más tardar el 22/03/19.', ['2019-03-22'], 'Deleg. Iztapalapa'),
         A('CJSL entregará desglose del padrón p/ panteón (estrategia 287).', [], 'CJSL'),
         A('Próx. ses. ord. 09/05/19, 17 hrs., misma sede.', ['2019-05-09'], None, next_session=True)],
     next={'date': '2019-05-09', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes="telegraphic secretary's notes: abbreviations, dd/mm/yy dates, '17 hrs.', thousands with a dot")

acta(stem='blind-y-panteones-04-2019-05-09', layout='Y1', esp='panteones',
     body=PAN_BODY, number=4, date='2019-05-09', start='17:00', end='18:40', place=PAN_PLACE, coordinator=PAN_COORD,
     attendance=PAN_ATT[:4] + [('Rosalba Téllez Anaya', 'Lic.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitadora adjunta')] + PAN_ATT[5:],
     strategies=[
         S(287, T287,
           [G(*G287_1, ['Padrón publicado en 7 panteones; 2 más en revisión; 1.120 fosas disponibles registradas.']),
            G(*G287_2, ['Deleg. recibió 63 quejas en ene.-abr.; 41 concluidas c/ devolución del cobro.'])],
           [(7, 'panteones', '287.1', 'Padrón publicado en 7 panteones'),
            (2, 'panteones', '287.1', '2 más en revisión'),
            (1120, 'fosas disponibles', '287.1', '1.120 fosas disponibles registradas'),
            (63, 'quejas', '287.2', 'Deleg. recibió 63 quejas en ene.-abr.'),
            (41, 'quejas', '287.2', '41 concluidas c/ devolución del cobro')],
           [('Se reconoce avance: de 4 a 7 panteones c/padrón.', 'retroalimentacion', '287.1', 'avance', 'SE'),
            ('Devolver cobros por sí solo no cumple la meta si no se sanciona a quien cobra.', 'retroalimentacion', '287.2', 'insuficiente', 'SE'),
            ('Unión pide que se le convoque a las mesas de revisión del padrón.', 'observacion', '287.1', 'proceso', 'Noé Villafranca Ruiz')]),
         S(289, T289,
           [G(*G289_1, None, 'No reportó; PGJ en cambio de titular del área.')],
           [],
           [('Es urgente que PGJ designe enlace y retome la base única.', 'retroalimentacion', '289.1', 'exhorta', 'SE'),
            ('Las inhumaciones en fosa común deberían verse en el Espacio de personas desaparecidas, meta 301.2.', 'observacion', '289.1', 'reasignar', 'Irma Galeana Zúñiga')]),
     ],
     agreements=[
         A('PGJ designará enlace p/ meta 289.1 antes del 31/05/19.', ['2019-05-31'], 'PGJ'),
         A('SE circulará minuta y formato de inf. c/u de las instancias.', [], 'SE'),
         A('Próx. ses. ord. 11/07/19, 17 hrs.', ['2019-07-11'], None, next_session=True)],
     next={'date': '2019-07-11', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes="telegraphic secretary's notes: abbreviations, dd/mm/yy dates, '17 hrs.', thousands with a dot")

# ================================================================ Y2 bomberos (Word layout table: labels left, content right, 2016)
BOM_BODY = 'Derechos Laborales y a la Salud de las Personas Bomberas'
BOM_COORD = ('Gerardo Aldama Pineda', 'Coordinador del Espacio de Participación')
BOM_PLACE = 'Aula de capacitación de la Estación Central de Bomberos, Av. Fray Servando Teresa de Mier 10'
T366 = 'Mejorar las condiciones de seguridad en el trabajo del personal bombero'
T368 = 'Fortalecer la atención médica y psicológica del personal que atiende emergencias'
G366_1 = ('366.1', 'Dotar de equipo de protección personal certificado a todo el personal operativo',
          'Porcentaje de personal con equipo completo', 'Heroico Cuerpo de Bomberos del Distrito Federal', None)
G366_2 = ('366.2', 'Capacitar al personal en manejo de materiales peligrosos',
          'Número de elementos capacitados', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC')
G368_1 = ('368.1', 'Realizar evaluaciones médicas anuales al personal operativo',
          'Número de evaluaciones médicas realizadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G368_2 = ('368.2', 'Brindar contención psicológica después de siniestros con víctimas',
          'Número de sesiones de contención brindadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
BOM_SE = ('Paulina Ezquerra Lima', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
BOM_ATT = [
    ('Joel Arreguín Solano', 'Primer Oficial', 'Heroico Cuerpo de Bomberos del Distrito Federal', None, IE, 'Jefe de Capacitación'),
    ('Marisela Domínguez Ortiz', 'Lic.', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC', IE, 'Directora de Capacitación'),
    ('Ángel Covarrubias Mena', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Subdirector de Salud Ocupacional'),
    ('Diana Ferrer Escamilla', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Inspectora del Trabajo'),
    ('Rubén Tinajero Olmos', 'C.', 'Sindicato Libre de Bomberos del Distrito Federal', None, SC, 'Secretario de Seguridad'),
    ('Cecilia Montaño Real', 'Mtra.', 'Colectivo Voces del Fuego, A.C.', None, SC, 'Presidenta'),
    BOM_SE]

acta(stem='blind-y-bomberos-06-2016-08-23', layout='Y2', esp='bomberos',
     body=BOM_BODY, number=6, date='2016-08-23', start='11:00', end='13:45', place=BOM_PLACE, coordinator=BOM_COORD,
     attendance=BOM_ATT,
     strategies=[
         S(366, T366,
           [G(*G366_1, ['Se adquirieron 420 equipos de protección personal certificados; con ellos el 68 por ciento del personal operativo cuenta con equipo completo.']),
            G(*G366_2, ['Se impartieron 6 cursos de materiales peligrosos a 148 elementos de 11 estaciones.'])],
           [(420, 'equipos de protección personal', '366.1', 'Se adquirieron 420 equipos de protección personal certificados'),
            (68, 'por ciento', '366.1', 'el 68 por ciento del personal operativo cuenta con equipo completo'),
            (6, 'cursos', '366.2', 'Se impartieron 6 cursos de materiales peligrosos'),
            (148, 'elementos', '366.2', 'a 148 elementos de 11 estaciones'),
            (11, 'estaciones', '366.2', 'a 148 elementos de 11 estaciones')],
           [('El informe da cifras claras sobre la dotación de equipo.', 'retroalimentacion', '366.1', 'avance', 'SE'),
            ('Se requiere conocer cuántas personas bomberas siguen sin equipo y en qué estaciones.', 'retroalimentacion', '366.1', 'solicita_datos', 'SE'),
            ('En las estaciones del oriente se siguen usando chaquetones vencidos; la compra no ha llegado a todos.', 'observacion', '366.1', 'cuestiona', 'Rubén Tinajero Olmos')]),
         S(368, T368,
           [G(*G368_1, ['Se realizaron 515 evaluaciones médicas anuales.']),
            G(*G368_2, None, 'No se presentó informe.')],
           [(515, 'evaluaciones médicas anuales', '368.1', 'Se realizaron 515 evaluaciones médicas anuales')],
           [('La Secretaría de Salud señaló que no cuenta con psicólogos asignados a las estaciones y pidió apoyo del Heroico Cuerpo de Bomberos.', 'observacion', '368.2', 'instancia', 'Ángel Covarrubias Mena'),
            ('Es necesario que la Secretaría de Salud establezca el protocolo de contención psicológica que mandata la meta.', 'retroalimentacion', '368.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('El Heroico Cuerpo de Bomberos enviará la relación de personal sin equipo completo por estación antes del 16 de septiembre de 2016.', ['2016-09-16'], 'Heroico Cuerpo de Bomberos'),
         A('La Secretaría de Salud presentará una propuesta de protocolo para la meta 368.2.', [], 'Secretaría de Salud'),
         A('La séptima sesión ordinaria se celebrará el martes 25 de octubre de 2016 a las 11:00 horas en la misma sede.', ['2016-10-25'], None, next_session=True)],
     next={'date': '2016-10-25', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='whole acta laid out as one borderless two-column Word table (labels left, content right, nested lists in the right cells)')

acta(stem='blind-y-bomberos-07-2016-10-25', layout='Y2', esp='bomberos',
     body=BOM_BODY, number=7, date='2016-10-25', start='11:00', end='13:20', place=BOM_PLACE, coordinator=BOM_COORD,
     attendance=BOM_ATT[:3] + [('Hilda Paredes Nolasco', 'Enf.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinadora de Salud en el Trabajo')] + BOM_ATT[4:],
     strategies=[
         S(366, T366,
           [G(*G366_1, ['Se entregaron 185 equipos más; el personal con equipo completo pasó al 81 por ciento y quedan 97 elementos sin él.']),
            G(*G366_2, None, 'La Secretaría de Protección Civil no presentó informe.')],
           [(185, 'equipos', '366.1', 'Se entregaron 185 equipos más'),
            (81, 'por ciento', '366.1', 'pasó al 81 por ciento'),
            (97, 'elementos', '366.1', 'quedan 97 elementos sin él')],
           [('Se reconoce que se entregó la relación de personal sin equipo por estación.', 'retroalimentacion', '366.1', 'avance', 'SE'),
            ('El indicador no distingue entre equipo completo y equipo vigente, por lo que no permite medir la seguridad real.', 'retroalimentacion', '366.1', 'diseno_meta', 'SE'),
            ('Es oportuno que se convoque al área de adquisiciones del Heroico Cuerpo de Bomberos a la siguiente sesión.', 'observacion', '366.1', 'proceso', 'Cecilia Montaño Real')]),
         S(368, T368,
           [G(*G368_1, ['Se realizaron 230 evaluaciones más; 36 detectaron hipoacusia.']),
            G(*G368_2, ['Se brindaron 42 sesiones de contención a 19 elementos.'])],
           [(230, 'evaluaciones', '368.1', 'Se realizaron 230 evaluaciones más'),
            (36, 'evaluaciones', '368.1', '36 detectaron hipoacusia'),
            (42, 'sesiones de contención', '368.2', 'Se brindaron 42 sesiones de contención'),
            (19, 'elementos', '368.2', 'a 19 elementos')],
           [('Las evaluaciones auditivas corresponden más bien a la estrategia 371 de salud ocupacional.', 'retroalimentacion', '368.1', 'reasignar', 'SE'),
            ('El sindicato cuestiona que la contención se dé en oficinas centrales y no en las estaciones.', 'observacion', '368.2', 'cuestiona', 'Rubén Tinajero Olmos')]),
     ],
     agreements=[
         A('La Secretaría de Protección Civil enviará el informe de la meta 366.2 a más tardar el 11 de noviembre de 2016.', ['2016-11-11'], 'Secretaría de Protección Civil'),
         A('La Secretaría Ejecutiva invitará al área de adquisiciones del Heroico Cuerpo de Bomberos.', [], 'Secretaría Ejecutiva'),
         A('La octava sesión ordinaria se celebrará el martes 13 de diciembre de 2016 a las 11:00 horas.', ['2016-12-13'], None, next_session=True)],
     next={'date': '2016-12-13', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='whole acta laid out as one borderless two-column Word table (labels left, content right, nested lists in the right cells)')

# ================================================================ Y3 turismo (reply-chain e-mail printed from the webmail, 2022)
TUR_BODY = 'Derecho al Turismo Accesible e Incluyente'
TUR_COORD = ('Montserrat Ibarra Cisneros', 'Coordinadora del Espacio')
TUR_PLACE = 'videollamada de la Secretaría de Turismo'
T581 = 'Hacer accesibles los destinos y recorridos turísticos de la Ciudad para personas con discapacidad'
T584 = 'Promover el turismo comunitario en pueblos originarios'
G581_1 = ('581.1', 'Adaptar módulos de información turística con señalización braille y rampas',
          'Número de módulos adaptados', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX')
G581_2 = ('581.2', 'Capacitar a guías de turistas en atención a personas con discapacidad',
          'Número de guías capacitados', 'Instituto para la Integración al Desarrollo de las Personas con Discapacidad', 'INDEPEDI')
G584_1 = ('584.1', 'Apoyar proyectos de turismo comunitario en pueblos originarios',
          'Número de proyectos apoyados', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
TUR_SE = ('Óscar Leyva Bautista', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TUR_ATT = [
    ('Abril Santoyo Medina', 'Lic.', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX', IE, 'Directora de Turismo Social'),
    ('Efraín Cuevas Rangel', 'Mtro.', 'Instituto para la Integración al Desarrollo de las Personas con Discapacidad', 'INDEPEDI', IE, 'Subdirector de Accesibilidad'),
    ('Xóchitl Amaro Tlacotempa', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Jefa de Unidad de Fomento'),
    ('Benjamín Osuna Prado', 'C.', 'Red de Guías Incluyentes, A.C.', None, SC, 'Coordinador'),
    ('Lorena Vaca Ibáñez', 'Lic.', 'Libre Acceso, A.C.', None, SC, 'Asesora jurídica'),
    ('Ignacio Tepale Méndez', 'C.', 'Cooperativa de Turismo Comunitario de San Andrés Mixquic', None, SC, 'Socio fundador'),
    TUR_SE]

acta(stem='blind-y-turismo-02-2022-02-15', layout='Y3', esp='turismo',
     body=TUR_BODY, number=2, date='2022-02-15', start='10:00', end='12:00', place=TUR_PLACE, coordinator=TUR_COORD,
     attendance=TUR_ATT,
     strategies=[
         S(581, T581,
           [G(*G581_1, ['Se adaptaron 9 módulos de información turística con braille y rampa; faltan 14 módulos.']),
            G(*G581_2, ['El Instituto impartió 3 talleres a 57 guías de turistas certificados, con un total de 24 horas.'])],
           [(9, 'módulos de información turística', '581.1', 'Se adaptaron 9 módulos de información turística'),
            (14, 'módulos', '581.1', 'faltan 14 módulos'),
            (3, 'talleres', '581.2', 'El Instituto impartió 3 talleres'),
            (57, 'guías de turistas certificados', '581.2', 'a 57 guías de turistas certificados'),
            (24, 'horas', '581.2', 'con un total de 24 horas')],
           [('El informe permite conocer el avance en la adaptación de módulos.', 'retroalimentacion', '581.1', 'avance', 'SE'),
            ('Es necesario informar en qué alcaldías están los módulos adaptados y si fueron verificados por personas usuarias.', 'retroalimentacion', '581.1', 'solicita_datos', 'SE'),
            ('Tres talleres por sí solos no dan cumplimiento a la meta: la mayoría de los guías no está certificada.', 'observacion', '581.2', 'insuficiente', 'Benjamín Osuna Prado')]),
         S(584, T584,
           [G(*G584_1, None, 'Sin informe: la SEPI indicó que la convocatoria 2022 aún no se publica.')],
           [],
           [('Es necesario que la SEPI publique la convocatoria en el primer trimestre para no perder la temporada.', 'retroalimentacion', '584.1', 'exhorta', 'SE'),
            ('La cooperativa cuestiona que los apoyos exijan facturación electrónica, que las comunidades no tienen.', 'observacion', '584.1', 'cuestiona', 'Ignacio Tepale Méndez')]),
     ],
     agreements=[
         A('SECTUR enviará la lista de módulos adaptados por alcaldía a más tardar el 4 de marzo de 2022.', ['2022-03-04'], 'SECTUR'),
         A('La SEPI informará la fecha de publicación de la convocatoria de la meta 584.1.', [], 'SEPI'),
         A('La tercera sesión ordinaria será el martes 19 de abril de 2022 a las 10:00 horas, por videollamada.', ['2022-04-19'], None, next_session=True)],
     next={'date': '2022-04-19', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reply-chain e-mail printed from the webmail (Chromium): the acta in the latest message, earlier messages quoted with ">"')

acta(stem='blind-y-turismo-03-2022-04-19', layout='Y3', esp='turismo',
     body=TUR_BODY, number=3, date='2022-04-19', start='10:00', end='11:50', place=TUR_PLACE, coordinator=TUR_COORD,
     attendance=TUR_ATT[:5] + [('Adela Rocha Pimentel', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora en turismo'), TUR_ATT[5], TUR_SE],
     strategies=[
         S(581, T581,
           [G(*G581_1, ['Se adaptaron 5 módulos más, 3 en Cuauhtémoc y 2 en Coyoacán; ya son 14 de 23.']),
            G(*G581_2, None, 'Sin informe: el INDEPEDI no envió reporte.')],
           [(5, 'módulos', '581.1', 'Se adaptaron 5 módulos más'),
            (3, 'módulos', '581.1', '3 en Cuauhtémoc'),
            (2, 'módulos', '581.1', '2 en Coyoacán'),
            (14, 'módulos', '581.1', 'ya son 14 de 23'),
            (23, 'módulos', '581.1', 'ya son 14 de 23')],
           [('Se reconoce que se entregó la lista por alcaldía acordada en la sesión anterior.', 'retroalimentacion', '581.1', 'avance', 'SE'),
            ('Es necesario que SECTUR e INDEPEDI definan quién informa la meta 581.2 y que se reporte la capacitación de guías.', 'retroalimentacion', '581.2', 'exhorta', 'SE'),
            ('El INDEPEDI refiere que la capacitación de guías corresponde a SECTUR y no a su instituto.', 'observacion', '581.2', 'instancia', 'Efraín Cuevas Rangel')]),
         S(584, T584,
           [G(*G584_1, ['Se publicó la convocatoria; se recibieron 26 proyectos y se apoyaron 11, con 1 850 000 pesos en total.'])],
           [(26, 'proyectos', '584.1', 'se recibieron 26 proyectos'),
            (11, 'proyectos', '584.1', 'se apoyaron 11'),
            (1850000, 'pesos', '584.1', 'con 1 850 000 pesos en total')],
           [('Lo reportado incluye proyectos de ecoturismo privado que no corresponden a turismo comunitario; se recomienda omitirlos.', 'retroalimentacion', '584.1', 'desalineado', 'SE'),
            ('Sería oportuno que las cooperativas apoyadas presenten su experiencia en el Espacio.', 'observacion', '584.1', 'proceso', 'Adela Rocha Pimentel')]),
     ],
     agreements=[
         A('SECTUR e INDEPEDI acordarán quién reporta la meta 581.2 antes de la siguiente sesión.', [], 'SECTUR e INDEPEDI'),
         A('La SEPI enviará la lista de los 11 proyectos apoyados con su pueblo y monto a más tardar el 6 de mayo de 2022.', ['2022-05-06'], 'SEPI'),
         A('La cuarta sesión ordinaria será el martes 21 de junio de 2022 a las 10:00 horas.', ['2022-06-21'], None, next_session=True)],
     next={'date': '2022-06-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reply-chain e-mail printed from the webmail (Chromium): the acta in the latest message, earlier messages quoted with ">"')

# ================================================================ Y4 jornaleras (a section per strategy, its code only in the page header, 2014)
JOR_BODY = 'Derechos Humanos de las Personas Jornaleras Agrícolas'
JOR_COORD = ('Teresa Olvera Juárez', 'Coordinadora del Espacio de Participación')
JOR_PLACE = 'Salón de usos múltiples de la Delegación Milpa Alta, Av. Constitución s/n, Villa Milpa Alta'
T196 = 'Garantizar condiciones de trabajo dignas a las personas jornaleras agrícolas en el suelo de conservación'
T199 = 'Asegurar el acceso a servicios de salud y educación de las familias jornaleras'
G196_1 = ('196.1', 'Realizar inspecciones laborales en unidades de producción agrícola que contratan jornaleros',
          'Número de inspecciones realizadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G196_2 = ('196.2', 'Incorporar a las personas jornaleras a programas de seguro de desempleo y capacitación',
          'Número de personas jornaleras incorporadas', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G199_1 = ('199.1', 'Afiliar a las familias jornaleras al programa de servicios médicos y medicamentos gratuitos',
          'Número de familias afiliadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G199_2 = ('199.2', 'Otorgar becas escolares a hijas e hijos de personas jornaleras',
          'Número de becas otorgadas', 'Fideicomiso Educación Garantizada', 'FIDEGAR')
JOR_SE = ('Alfredo Camarena Paz', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
JOR_ATT = [
    ('Gabriela Nájera Salcedo', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Inspección'),
    ('Fernando Ocotitla Rosas', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Jefe de Unidad de Desarrollo Rural'),
    ('Martha Elena Zárate Gil', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Directora de Promoción de la Salud'),
    ('Humberto Lira Castañeda', 'Lic.', 'Fideicomiso Educación Garantizada', 'FIDEGAR', IE, 'Coordinador de Becas'),
    ('Cirilo Meza Tlatelpa', 'C.', 'Delegación Milpa Alta', 'ALC-MILPA-ALTA', OT, 'Director de Desarrollo Rural'),
    ('Guadalupe Ramírez Acatitla', 'C.', 'Organización de Jornaleras y Jornaleros de Milpa Alta', None, SC, 'Representante'),
    ('Rosa María Tlacaelel Soto', 'Lic.', 'Centro de Derechos Humanos Tepeyac del Sur, A.C.', None, SC, 'Defensora'),
    JOR_SE]

acta(stem='blind-y-jornaleras-09-2014-06-12', layout='Y4', esp='jornaleras',
     body=JOR_BODY, number=9, date='2014-06-12', start='10:30', end='13:30', place=JOR_PLACE, coordinator=JOR_COORD,
     attendance=JOR_ATT,
     strategies=[
         S(196, T196,
           [G(*G196_1, ['La Secretaría realizó 38 inspecciones en unidades de producción de Milpa Alta, Xochimilco y Tláhuac, en las que se verificó la situación de 412 personas trabajadoras; se detectaron 29 personas menores de 15 años trabajando.']),
            G(*G196_2, None, 'No reportó.')],
           [(38, 'inspecciones', '196.1', 'La Secretaría realizó 38 inspecciones en unidades de producción de Milpa Alta, Xochimilco y Tláhuac'),
            (412, 'personas trabajadoras', '196.1', 'se verificó la situación de 412 personas trabajadoras'),
            (29, 'personas menores de 15 años', '196.1', 'se detectaron 29 personas menores de 15 años trabajando')],
           [('Se reconoce que el informe presenta datos de las inspecciones por zona.', 'retroalimentacion', '196.1', 'avance', 'SE'),
            ('Es necesario informar qué medidas se tomaron en los casos de trabajo infantil detectados.', 'retroalimentacion', '196.1', 'solicita_datos', 'SE'),
            ('Las inspecciones se avisan con anticipación y los patrones esconden a las y los niños ese día.', 'observacion', '196.1', 'cuestiona', 'Guadalupe Ramírez Acatitla')]),
         S(199, T199,
           [G(*G199_1, ['Se afiliaron 860 familias jornaleras al programa de servicios médicos gratuitos.']),
            G(*G199_2, ['Se otorgaron 214 becas a hijas e hijos de personas jornaleras inscritos en escuelas públicas.'])],
           [(860, 'familias jornaleras', '199.1', 'Se afiliaron 860 familias jornaleras'),
            (214, 'becas', '199.2', 'Se otorgaron 214 becas')],
           [('Las familias jornaleras que migran por temporadas pierden la beca por no estar inscritas todo el ciclo escolar; la regla de operación no las contempla.', 'observacion', '199.2', 'diseno_meta', 'Rosa María Tlacaelel Soto'),
            ('El Fideicomiso señala que requiere que la Delegación le envíe el padrón de familias jornaleras para ampliar las becas.', 'observacion', '199.2', 'instancia', 'Humberto Lira Castañeda')]),
     ],
     agreements=[
         A('La Secretaría de Trabajo y Fomento al Empleo informará las medidas tomadas en los casos de trabajo infantil a más tardar el 30 de junio de 2014.', ['2014-06-30'], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La Delegación Milpa Alta entregará al Fideicomiso el padrón de familias jornaleras para la meta 199.2.', [], 'Delegación Milpa Alta'),
         A('La décima sesión ordinaria se realizará el jueves 14 de agosto de 2014 a las 10:30 horas en la misma sede.', ['2014-08-14'], None, next_session=True)],
     next={'date': '2014-08-14', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='one Word section per strategy; the strategy code and title only in that section\'s page header; Wingdings bullets, hand-typed "a.-" / "I.-" numbering, tab-aligned attendance')

acta(stem='blind-y-jornaleras-10-2014-08-14', layout='Y4', esp='jornaleras',
     body=JOR_BODY, number=10, date='2014-08-14', start='10:30', end='13:10', place=JOR_PLACE, coordinator=JOR_COORD,
     attendance=JOR_ATT[:4] + JOR_ATT[5:7] + [('Esteban Prieto Vela', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador del Departamento de Sociología'), JOR_SE],
     strategies=[
         S(196, T196,
           [G(*G196_1, ['Se realizaron 21 inspecciones sin aviso previo; en 6 unidades de producción se encontró trabajo infantil y se impusieron 6 multas.']),
            G(*G196_2, ['Se incorporaron 175 personas jornaleras al seguro de desempleo y 90 a cursos de capacitación para el autoempleo.'])],
           [(21, 'inspecciones', '196.1', 'Se realizaron 21 inspecciones sin aviso previo'),
            (6, 'unidades de producción', '196.1', 'en 6 unidades de producción se encontró trabajo infantil'),
            (6, 'multas', '196.1', 'se impusieron 6 multas'),
            (175, 'personas jornaleras', '196.2', 'Se incorporaron 175 personas jornaleras al seguro de desempleo'),
            (90, 'personas jornaleras', '196.2', '90 a cursos de capacitación para el autoempleo')],
           [('Se reconoce que la Secretaría atendió la observación y realizó inspecciones sin aviso previo.', 'retroalimentacion', '196.1', 'avance', 'SE'),
            ('Los cursos de capacitación para el autoempleo no corresponden a la meta, que habla de condiciones de trabajo; se recomienda reportarlos en la estrategia 201.', 'retroalimentacion', '196.2', 'reasignar', 'SE'),
            ('Imponer multas por sí solo no da cumplimiento a la meta si no se da seguimiento a la situación de las niñas y niños.', 'retroalimentacion', '196.1', 'insuficiente', 'SE')]),
         S(199, T199,
           [G(*G199_1, None, 'No reportó.'),
            G(*G199_2, None, 'No reportó.')],
           [],
           [('Es necesario que la Secretaría de Salud y el Fideicomiso presenten su informe en la próxima sesión.', 'retroalimentacion', '199.1', 'exhorta', 'SE'),
            ('Sería oportuno que a la sesión acuda la persona de la Secretaría de Salud que lleva el padrón de afiliación.', 'observacion', '199.1', 'proceso', 'Esteban Prieto Vela')]),
     ],
     agreements=[
         A('La Secretaría de Salud y el Fideicomiso Educación Garantizada enviarán el informe de la estrategia 199 a más tardar el 5 de septiembre de 2014.', ['2014-09-05'], 'Secretaría de Salud y el Fideicomiso Educación Garantizada'),
         A('La Secretaría Ejecutiva solicitará a la Secretaría de Trabajo y Fomento al Empleo el seguimiento de las 6 unidades de producción sancionadas.', [], 'Secretaría Ejecutiva'),
         A('La undécima sesión ordinaria se realizará el jueves 9 de octubre de 2014 a las 10:30 horas.', ['2014-10-09'], None, next_session=True)],
     next={'date': '2014-10-09', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='one Word section per strategy; the strategy code and title only in that section\'s page header; Wingdings bullets, hand-typed "a.-" / "I.-" numbering, tab-aligned attendance')

# ================================================================ Y5 chinampas (hand-made "Quartz" PDF, words split in kerned TJ runs, 2024)
CHI_BODY = 'Derecho a un Medio Ambiente Sano: Zona Chinampera de Xochimilco, Tláhuac y Milpa Alta'
CHI_COORD = ('Dulce María Caltenco Ríos', 'Coordinadora del Espacio')
CHI_PLACE = 'Embarcadero Cuemanco, sala del Parque Ecológico de Xochimilco'
T648 = 'Conservar el sistema chinampero y su función ambiental'
T651 = 'Apoyar la producción agrícola tradicional en chinampas'
G648_1 = ('648.1', 'Rehabilitar canales y apantles azolvados de la zona chinampera',
          'Kilómetros de canal rehabilitados', 'Secretaría del Medio Ambiente', 'SEDEMA')
G648_2 = ('648.2', 'Sancionar rellenos y construcciones irregulares sobre chinampas',
          'Número de procedimientos iniciados', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT')
G651_1 = ('651.1', 'Otorgar apoyos económicos a productoras y productores chinamperos',
          'Número de apoyos otorgados', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
CHI_SE = ('Iván Cordero Olea', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
CHI_ATT = [
    ('Natalia Ruelas Vidal', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Conservación'),
    ('Marco Antonio Yáñez Roa', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocurador de Ordenamiento'),
    ('Jazmín Tecalco Ruiz', 'Ing.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Jefa de Proyectos Productivos'),
    ('Rigoberto Flores Xolalpa', 'C.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', OT, 'Director de Preservación del Patrimonio'),
    ('Emilia Quintanar Páez', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Instituto de Biología'),
    ('Felipe Nava Chavarría', 'C.', 'Red de Productores Chinamperos de San Gregorio Atlapulco', None, SC, 'Presidente'),
    ('Yolanda Mendoza Lara', 'C.', 'Colectivo Ahuejote Vivo', None, SC, 'Integrante'),
    CHI_SE]

acta(stem='blind-y-chinampas-07-2024-09-03', layout='Y5', esp='chinampas',
     body=CHI_BODY, number=7, date='2024-09-03', start='09:30', end='12:00', place=CHI_PLACE, coordinator=CHI_COORD,
     attendance=CHI_ATT,
     strategies=[
         S(648, T648,
           [G(*G648_1, ['Se desazolvaron 12.5 kilómetros de canales y 3 apantles en San Gregorio Atlapulco, con la participación de 64 personas chinamperas en jornadas de empleo temporal.']),
            G(*G648_2, ['La Procuraduría inició 17 procedimientos por rellenos y clausuró 5 construcciones.'])],
           [(12.5, 'kilómetros de canales', '648.1', 'Se desazolvaron 12.5 kilómetros de canales'),
            (3, 'apantles', '648.1', '3 apantles en San Gregorio Atlapulco'),
            (64, 'personas chinamperas', '648.1', 'con la participación de 64 personas chinamperas'),
            (17, 'procedimientos', '648.2', 'La Procuraduría inició 17 procedimientos por rellenos'),
            (5, 'construcciones', '648.2', 'clausuró 5 construcciones')],
           [('El informe presenta avances medibles en la rehabilitación de canales.', 'retroalimentacion', '648.1', 'avance', 'SE'),
            ('Se requiere saber cuántos de los procedimientos concluyeron con la demolición del relleno y en qué parajes.', 'retroalimentacion', '648.2', 'solicita_datos', 'SE'),
            ('La red cuestiona que el lodo del desazolve se deposite sobre chinampas productivas sin consultar a sus dueños.', 'observacion', '648.1', 'cuestiona', 'Felipe Nava Chavarría')]),
         S(651, T651,
           [G(*G651_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la SEPI dé a conocer el calendario de entrega de los apoyos del ejercicio 2024.', 'retroalimentacion', '651.1', 'exhorta', 'SE'),
            ('La SEPI comenta que las reglas de operación fueron aprobadas hasta agosto y que la entrega inicia en octubre.', 'observacion', '651.1', 'instancia', 'Jazmín Tecalco Ruiz'),
            ('Es oportuno que el padrón de beneficiarios se comparta con el Espacio antes de cada sesión.', 'observacion', '651.1', 'proceso', 'Yolanda Mendoza Lara')]),
     ],
     agreements=[
         A('La SEDEMA acordará con la Red de Productores los sitios de depósito del lodo antes del 20 de septiembre de 2024.', ['2024-09-20'], 'SEDEMA'),
         A('La SEPI enviará el calendario de entrega de apoyos de la meta 651.1.', [], 'SEPI'),
         A('La octava sesión ordinaria se llevará a cabo el martes 5 de noviembre de 2024 a las 9:30 horas en el Embarcadero Cuemanco.', ['2024-11-05'], None, next_session=True)],
     next={'date': '2024-11-05', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='hand-made PDF as a design tool / macOS Quartz writes it: text drawn in positioned glyph runs, kerning TJ arrays splitting words')

acta(stem='blind-y-chinampas-08-2024-11-05', layout='Y5', esp='chinampas',
     body=CHI_BODY, number=8, date='2024-11-05', start='09:30', end='11:45', place=CHI_PLACE, coordinator=CHI_COORD,
     attendance=CHI_ATT[:4] + CHI_ATT[5:],
     strategies=[
         S(648, T648,
           [G(*G648_1, ['Se rehabilitaron 4.8 kilómetros más de canal; el lodo se depositó en 9 predios acordados con la Red.']),
            G(*G648_2, None, 'Sin informe.')],
           [(4.8, 'kilómetros', '648.1', 'Se rehabilitaron 4.8 kilómetros más de canal'),
            (9, 'predios', '648.1', 'el lodo se depositó en 9 predios acordados con la Red')],
           [('Se reconoce que el depósito del lodo se acordó con las personas productoras.', 'retroalimentacion', '648.1', 'avance', 'SE'),
            ('La falta de informe de la Procuraduría impide conocer si se atendieron los rellenos denunciados.', 'retroalimentacion', '648.2', 'solicita_datos', 'SE'),
            ('La Alcaldía refiere que las denuncias de rellenos le corresponden a la Procuraduría y no a la Alcaldía.', 'observacion', '648.2', 'instancia', 'Rigoberto Flores Xolalpa')]),
         S(651, T651,
           [G(*G651_1, ['Se entregaron 132 apoyos de 15,000 pesos cada uno; 58 fueron para mujeres productoras.'])],
           [(132, 'apoyos', '651.1', 'Se entregaron 132 apoyos'),
            (15000, 'pesos', '651.1', 'de 15,000 pesos cada uno'),
            (58, 'apoyos', '651.1', '58 fueron para mujeres productoras')],
           [('Entregar apoyos económicos por sí solo no da cumplimiento a la meta si no se acompaña de asistencia técnica.', 'retroalimentacion', '651.1', 'insuficiente', 'SE'),
            ('El colectivo cuestiona que parte de los apoyos se entregó a personas que ya no cultivan su chinampa.', 'observacion', '651.1', 'cuestiona', 'Yolanda Mendoza Lara')]),
     ],
     agreements=[
         A('La Procuraduría Ambiental y del Ordenamiento Territorial presentará el informe de la meta 648.2 en la siguiente sesión.', [], 'Procuraduría Ambiental y del Ordenamiento Territorial'),
         A('La SEPI compartirá el padrón de los 132 apoyos a más tardar el 29 de noviembre de 2024.', ['2024-11-29'], 'SEPI'),
         A('La novena sesión ordinaria se llevará a cabo el martes 14 de enero de 2025 a las 9:30 horas.', ['2025-01-14'], None, next_session=True)],
     next={'date': '2025-01-14', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='hand-made PDF as a design tool / macOS Quartz writes it: text drawn in positioned glyph runs, kerning TJ arrays splitting words')

# ================================================================ Y6 guarderias (phone scanner-app scan of a printed acta, 2018)
GUA_BODY = 'Derechos de la Infancia: Estancias Infantiles y Guarderías'
GUA_COORD = ('Verónica Alcocer Trejo', 'Coordinadora del Espacio')
GUA_PLACE = 'Sala de juntas del DIF-CDMX, Prolongación Xochicalco 1000, colonia Santa Cruz Atoyac'
T127 = 'Garantizar la seguridad de niñas y niños en estancias infantiles y guarderías'
T131 = 'Ampliar la cobertura de cuidado infantil para madres y padres trabajadores'
G127_1 = ('127.1', 'Verificar las medidas de protección civil en estancias infantiles',
          'Número de estancias verificadas', 'Secretaría de Protección Civil de la Ciudad de México', 'SGIRPC')
G127_2 = ('127.2', 'Capacitar al personal de estancias en primeros auxilios',
          'Número de personas capacitadas', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G131_1 = ('131.1', 'Abrir Centros de Atención y Cuidado Infantil en zonas de alta marginación',
          'Número de centros abiertos', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
GUA_SE = ('Claudia Peralta Gómez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
GUA_ATT = [
    ('Sergio Montes de Oca Luna', 'Arq.', 'Secretaría de Protección Civil de la Ciudad de México', 'SGIRPC', IE, 'Director de Dictámenes'),
    ('Beatriz Landa Orozco', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Directora de Centros de Atención Infantil'),
    ('Pedro Salinas Ugarte', 'Lic.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinador de Guarderías'),
    ('Ana Lilia Robles Cano', 'C.', 'Red de Madres Trabajadoras de Iztapalapa', None, SC, 'Vocera'),
    ('Mauricio Gil Esparza', 'Lic.', 'Infancia Segura, A.C.', None, SC, 'Director'),
    ('Daniela Fuentes Ochoa', 'Mtra.', 'Sistema de Protección Integral de Niñas, Niños y Adolescentes de la Ciudad de México', 'SIPINNA', IE, 'Secretaria Ejecutiva Adjunta'),
    GUA_SE]

acta(stem='blind-y-guarderias-12-2018-01-23', layout='Y6', esp='guarderias',
     body=GUA_BODY, number=12, date='2018-01-23', start='12:00', end='14:00', place=GUA_PLACE, coordinator=GUA_COORD,
     attendance=GUA_ATT,
     strategies=[
         S(127, T127,
           [G(*G127_1, ['Se verificaron 146 estancias infantiles; 23 obtuvieron dictamen desfavorable y 8 fueron suspendidas.']),
            G(*G127_2, ['Se capacitó en primeros auxilios a 390 personas de 75 estancias.'])],
           [(146, 'estancias infantiles', '127.1', 'Se verificaron 146 estancias infantiles'),
            (23, 'estancias infantiles', '127.1', '23 obtuvieron dictamen desfavorable'),
            (8, 'estancias infantiles', '127.1', '8 fueron suspendidas'),
            (390, 'personas', '127.2', 'a 390 personas de 75 estancias'),
            (75, 'estancias', '127.2', 'a 390 personas de 75 estancias')],
           [('El informe permite conocer el resultado de las verificaciones.', 'retroalimentacion', '127.1', 'avance', 'SE'),
            ('Es necesario informar qué pasó con las niñas y niños de las estancias suspendidas.', 'retroalimentacion', '127.1', 'solicita_datos', 'SE'),
            ('La red cuestiona que las estancias suspendidas reabran sin una nueva verificación.', 'observacion', '127.1', 'cuestiona', 'Ana Lilia Robles Cano')]),
         S(131, T131,
           [G(*G131_1, None, 'No reportó.')],
           [],
           [('Es necesario que el DIF inicie la apertura de centros en las zonas de alta marginación.', 'retroalimentacion', '131.1', 'exhorta', 'SE'),
            ('El DIF menciona que no cuenta con presupuesto para nuevos centros en 2018.', 'observacion', '131.1', 'instancia', 'Beatriz Landa Orozco')]),
     ],
     agreements=[
         A('La Secretaría de Protección Civil enviará la lista de estancias suspendidas a más tardar el 9 de febrero de 2018.', ['2018-02-09'], 'Secretaría de Protección Civil'),
         A('El DIF presentará la programación de la meta 131.1.', [], 'DIF'),
         A('La decimotercera sesión ordinaria se celebrará el martes 20 de marzo de 2018 a las 12:00 horas.', ['2018-03-20'], None, next_session=True)],
     next={'date': '2018-03-20', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='printed acta captured with a phone scanner app: perspective-corrected, uneven white balance, a thumb shadow at the edge; JPEG pages, no text layer')

acta(stem='blind-y-guarderias-13-2018-03-20', layout='Y6', esp='guarderias',
     body=GUA_BODY, number=13, date='2018-03-20', start='12:00', end='13:50', place=GUA_PLACE, coordinator=GUA_COORD,
     attendance=GUA_ATT[:5] + [('Joaquín Herrera Vidal', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector de Equidad Laboral'), GUA_SE],
     strategies=[
         S(127, T127,
           [G(*G127_1, ['De las 8 estancias suspendidas, 5 reabrieron tras una nueva verificación y 3 siguen cerradas; sus 96 niñas y niños fueron reubicados.']),
            G(*G127_2, None, 'No reportó.')],
           [(8, 'estancias suspendidas', '127.1', 'De las 8 estancias suspendidas'),
            (5, 'estancias', '127.1', '5 reabrieron tras una nueva verificación'),
            (3, 'estancias', '127.1', '3 siguen cerradas'),
            (96, 'niñas y niños', '127.1', 'sus 96 niñas y niños fueron reubicados')],
           [('Se reconoce que se atendió la inquietud sobre la reapertura de estancias.', 'retroalimentacion', '127.1', 'avance', 'SE'),
            ('Lo que se reporta sobre reubicación no corresponde al indicador de estancias verificadas; se recomienda reportarlo aparte.', 'retroalimentacion', '127.1', 'desalineado', 'SE')]),
         S(131, T131,
           [G(*G131_1, ['Se abrieron 2 centros en Iztapalapa con capacidad para 120 niñas y niños.'])],
           [(2, 'centros', '131.1', 'Se abrieron 2 centros en Iztapalapa'),
            (120, 'niñas y niños', '131.1', 'con capacidad para 120 niñas y niños')],
           [('Abrir dos centros por sí solo no da cumplimiento a la meta frente a la demanda de la zona oriente.', 'retroalimentacion', '131.1', 'insuficiente', 'SE'),
            ('No hay correspondencia entre la meta, que habla de zonas de alta marginación, y el indicador, que sólo cuenta centros.', 'observacion', '131.1', 'diseno_meta', 'Mauricio Gil Esparza'),
            ('Sería oportuno invitar a las alcaldías de la zona oriente a las sesiones.', 'observacion', '131.1', 'proceso', 'Ana Lilia Robles Cano')]),
     ],
     agreements=[
         A('El DIF informará el calendario de apertura de centros de 2018 a más tardar el 13 de abril de 2018.', ['2018-04-13'], 'DIF'),
         A('La Secretaría Ejecutiva invitará a las alcaldías de la zona oriente a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La decimocuarta sesión ordinaria se celebrará el martes 22 de mayo de 2018 a las 12:00 horas.', ['2018-05-22'], None, next_session=True)],
     next={'date': '2018-05-22', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='printed acta captured with a phone scanner app: perspective-corrected, uneven white balance, a thumb shadow at the edge; JPEG pages, no text layer')
