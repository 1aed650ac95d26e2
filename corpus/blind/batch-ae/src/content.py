# -*- coding: utf-8 -*-
# Batch AE content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context) -- context is a clause of the INFORME
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


ACTAS = []


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ AE1 ajedrez (attendance one column per sector, 2014)
AJ_BODY = 'Derechos Culturales: Ajedrez en el Espacio Público'
AJ_COORD = ('Raúl Esquivel Montaño', 'Coordinador del Espacio de Participación')
AJ_PLACE = 'Aula 3 del Centro Cultural José Martí, Dr. Mora 1, Centro'
T641 = 'Promover la práctica del ajedrez en plazas, parques y bibliotecas públicas como actividad cultural gratuita'
T645 = 'Formar personas instructoras de ajedrez en las colonias de alta marginación'
G641_1 = ('641.1', 'Instalar mesas permanentes de ajedrez en plazas públicas de las delegaciones', 'Número de mesas instaladas y plazas atendidas', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G641_2 = ('641.2', 'Organizar torneos abiertos de ajedrez en bibliotecas públicas', 'Número de torneos realizados y personas participantes', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE')
G645_1 = ('645.1', 'Capacitar a jóvenes como instructores comunitarios de ajedrez', 'Número de personas instructoras certificadas', 'Instituto de la Juventud del Distrito Federal', 'INJUVE')
AJ_SE = ('Mariana Olguín Bastida', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
AJ_ATT8 = [
    ('Tomás Villaseñor Guzmán', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Subdirector de Fomento'),
    ('Alicia Pedraza Loera', 'Lic.', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE', IE, 'Jefa de Departamento'),
    ('Joaquín Barrera Sotelo', 'Mtro.', 'Instituto de la Juventud del Distrito Federal', 'INJUVE', IE, 'Coordinador de Programas'),
    ('Lucía Ferrer Anguiano', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefa de Unidad de Cultura'),
    ('Efraín Solís Cárdenas', 'C.', 'Club de Ajedrez Plaza de Santo Domingo', None, SC, 'Presidente'),
    ('Reyna Castañón Ibarra', 'C.', 'Colectivo Peón Cuatro Rey', None, SC, 'Integrante'),
    ('Gilberto Anaya Rosales', 'Mtro.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesor investigador'),
    AJ_SE]
acta(stem='blind-ae-ajedrez-03-2014-04-09', layout='AE1', esp='ajedrez',
     body=AJ_BODY, number=3, date='2014-04-09', start='10:00', end='12:40', place=AJ_PLACE, coordinator=AJ_COORD,
     attendance=AJ_ATT8,
     strategies=[
         S(641, T641,
           [G(*G641_1, ['En el trimestre se instalaron 14 mesas permanentes de ajedrez en 6 plazas de las delegaciones Cuauhtémoc e Iztacalco; las mesas fueron utilizadas por un promedio de 320 personas cada fin de semana.']),
            G(*G641_2, None, 'No presentó informe.')],
           [(14, 'mesas permanentes de ajedrez', '641.1', 'se instalaron 14 mesas permanentes de ajedrez'),
            (6, 'plazas', '641.1', 'en 6 plazas de las delegaciones Cuauhtémoc e Iztacalco'),
            (320, 'personas', '641.1', 'un promedio de 320 personas cada fin de semana')],
           [('Se reconoce que el informe señala las plazas donde se instalaron las mesas y el uso que se les da.', 'retroalimentacion', '641.1', 'avance', 'SE'),
            ('Es necesario que el Instituto del Deporte informe cuántos torneos se realizaron y con cuántas personas participantes.', 'retroalimentacion', '641.2', 'solicita_datos', 'SE'),
            ('Las mesas de la plaza de Santo Domingo no tienen sombra y en temporada de calor nadie las usa después del mediodía.', 'observacion', '641.1', 'cuestiona', 'Efraín Solís Cárdenas')]),
         S(645, T645,
           [G(*G645_1, ['Se realizaron 2 cursos de formación con 38 jóvenes inscritos, de los cuales 29 concluyeron y fueron certificados como instructores comunitarios.'])],
           [(2, 'cursos de formación', '645.1', 'Se realizaron 2 cursos de formación'),
            (38, 'jóvenes inscritos', '645.1', 'con 38 jóvenes inscritos'),
            (29, 'jóvenes inscritos', '645.1', 'de los cuales 29 concluyeron y fueron certificados como instructores comunitarios')],
           [('El informe da cuenta de la capacitación, pero no indica en qué colonias de alta marginación trabajarán las personas instructoras, como lo pide la estrategia.', 'retroalimentacion', '645.1', 'insuficiente', 'SE'),
            ('Los instructores certificados no reciben ningún apoyo económico y varios dejaron de dar clases al mes.', 'observacion', '645.1', 'cuestiona', 'Reyna Castañón Ibarra'),
            ('La UACM ofreció sus planteles de San Lorenzo Tezonco y Centro Histórico para los siguientes cursos.', 'observacion', '645.1', 'instancia', 'Gilberto Anaya Rosales')])],
     agreements=[A('El Instituto del Deporte enviará a la Secretaría Ejecutiva el informe de torneos de la meta 641.2 a más tardar el 2 de mayo de 2014.', ['2014-05-02'], 'Instituto del Deporte'),
                 A('El INJUVE presentará en la próxima sesión la lista de colonias donde trabajarán las personas instructoras certificadas.', [], 'INJUVE'),
                 A('La cuarta sesión ordinaria se llevará a cabo el miércoles 11 de junio de 2014 a las 10:00 horas en la misma sede.', ['2014-06-11'], None, True)],
     next={'date': '2014-06-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance as one column per sector (Gobierno | Otras instancias | Sociedad civil | Secretaría Ejecutiva), names stacked; LibreOffice PDF')
AJ_ATT9 = [
    ('Tomás Villaseñor Guzmán', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Subdirector de Fomento'),
    ('Alicia Pedraza Loera', 'Lic.', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE', IE, 'Jefa de Departamento'),
    ('Samuel Ortega Lira', 'Lic.', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE', IE, 'Coordinador de Eventos'),
    ('Joaquín Barrera Sotelo', 'Mtro.', 'Instituto de la Juventud del Distrito Federal', 'INJUVE', IE, 'Coordinador de Programas'),
    ('Lucía Ferrer Anguiano', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefa de Unidad de Cultura'),
    ('Efraín Solís Cárdenas', 'C.', 'Club de Ajedrez Plaza de Santo Domingo', None, SC, 'Presidente'),
    ('Reyna Castañón Ibarra', 'C.', 'Colectivo Peón Cuatro Rey', None, SC, 'Integrante'),
    ('Gilberto Anaya Rosales', 'Mtro.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesor investigador'),
    AJ_SE]
acta(stem='blind-ae-ajedrez-04-2014-06-11', layout='AE1', esp='ajedrez',
     body=AJ_BODY, number=4, date='2014-06-11', start='10:00', end='12:20', place=AJ_PLACE, coordinator=AJ_COORD,
     attendance=AJ_ATT9,
     strategies=[
         S(641, T641,
           [G(*G641_1, None, 'No presentó informe.'),
            G(*G641_2, ['Se realizaron 5 torneos abiertos en bibliotecas de las delegaciones Cuauhtémoc, Iztacalco y Venustiano Carranza, con 412 personas participantes, 97 de ellas menores de 15 años.'])],
           [(5, 'torneos abiertos', '641.2', 'Se realizaron 5 torneos abiertos'),
            (412, 'personas participantes', '641.2', 'con 412 personas participantes'),
            (97, 'personas participantes', '641.2', '97 de ellas menores de 15 años')],
           [('Se reconoce que se atendió el acuerdo de la sesión anterior y que el informe desagrega a las personas menores de edad.', 'retroalimentacion', '641.2', 'avance', 'SE'),
            ('La Secretaría de Cultura no presentó informe de las mesas permanentes; es necesario que lo haga antes de la siguiente sesión.', 'retroalimentacion', '641.1', 'exhorta', 'SE'),
            ('La Delegación Cuauhtémoc indicó que el mantenimiento de las mesas corresponde a la Dirección de Servicios Urbanos y no a su unidad.', 'observacion', '641.1', 'instancia', 'Lucía Ferrer Anguiano')]),
         S(645, T645,
           [G(*G645_1, ['Las 29 personas instructoras certificadas fueron asignadas a 11 colonias de alta marginación de Iztapalapa y Gustavo A. Madero, donde atienden a 186 niñas y niños.'])],
           [(29, 'personas instructoras certificadas', '645.1', 'Las 29 personas instructoras certificadas'),
            (11, 'colonias de alta marginación', '645.1', 'fueron asignadas a 11 colonias de alta marginación'),
            (186, 'niñas y niños', '645.1', 'donde atienden a 186 niñas y niños')],
           [('Se reconoce que el INJUVE presentó la lista de colonias acordada.', 'retroalimentacion', '645.1', 'avance', 'SE'),
            ('El indicador sólo cuenta personas certificadas; convendría medir también cuántas siguen dando clases a los seis meses.', 'observacion', '645.1', 'diseno_meta', 'Gilberto Anaya Rosales')])],
     agreements=[A('La Secretaría de Cultura enviará el informe de la meta 641.1 a la Secretaría Ejecutiva antes del 27 de junio de 2014.', ['2014-06-27'], 'Secretaría de Cultura'),
                 A('La Secretaría Ejecutiva y el INJUVE revisarán la redacción del indicador de la meta 645.1.', [], 'Secretaría Ejecutiva'),
                 A('La quinta sesión ordinaria se llevará a cabo el miércoles 13 de agosto de 2014 a las 10:00 horas.', ['2014-08-13'], None, True)],
     next={'date': '2014-08-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance as one column per sector, names stacked; LibreOffice PDF')

# ================================================================ AE2 grafiti (transmittal letter in front, 2018)
GR_BODY = 'Derechos de las Personas Jóvenes: Grafiti y Arte Urbano'
GR_COORD = ('Daniela Rentería Ocampo', 'Coordinadora del Espacio de Participación')
GR_PLACE = 'Sala de usos múltiples del Instituto de la Juventud, Calzada México-Tacuba 235, Un Hogar para Nosotros'
T318 = 'Reconocer el grafiti como expresión cultural de las personas jóvenes y garantizar espacios legales para su práctica'
T322 = 'Prevenir detenciones arbitrarias de personas jóvenes por la práctica del grafiti'
G318_1 = ('318.1', 'Habilitar muros legales para la práctica del grafiti en las delegaciones', 'Número de muros habilitados y metros cuadrados intervenidos', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
G318_2 = ('318.2', 'Realizar festivales de arte urbano con participación de colectivos juveniles', 'Número de festivales y colectivos participantes', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G322_1 = ('322.1', 'Capacitar a elementos policiales sobre los derechos de las personas jóvenes que practican grafiti', 'Número de elementos capacitados', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX')
GR_SE = ('Pablo Garduño Espinoza', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
GR_ATT7 = [
    ('Ivonne Salcedo Jáuregui', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Directora de Vinculación'),
    ('Marco Antonio Rivas Peña', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Subdirector de Culturas Urbanas'),
    ('Héctor Jiménez Tapia', 'Insp.', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX', IE, 'Subdirector de Derechos Humanos'),
    ('Nadia Quiroz Beltrán', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    ('Kevin Morales Trujillo', 'C.', 'Colectivo Aerosol Oriente', None, SC, 'Vocero'),
    ('Fernanda Lozada Viveros', 'C.', 'Red de Muralistas Jóvenes', None, SC, 'Integrante'),
    GR_SE]
acta(stem='blind-ae-grafiti-05-2018-02-14', layout='AE2', esp='grafiti',
     body=GR_BODY, number=5, date='2018-02-14', start='11:00', end='13:30', place=GR_PLACE, coordinator=GR_COORD,
     attendance=GR_ATT7, oficio=('INJUVE/DV/0187/2018', '2018-02-21', 'Ivonne Salcedo Jáuregui', 'Directora de Vinculación', 'Lic. Leonardo Miramontes Gil', 'Director de Seguimiento de la Secretaría Ejecutiva'),
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Se habilitaron 9 muros legales en las delegaciones Iztapalapa, Azcapotzalco y Tlalpan, con una superficie intervenida de 1,260 metros cuadrados y la participación de 57 jóvenes.']),
            G(*G318_2, ['Se realizó el festival "Ciudad en Aerosol" en el Faro de Oriente, con 23 colectivos juveniles participantes y una asistencia estimada de 4,500 personas.'])],
           [(9, 'muros legales', '318.1', 'Se habilitaron 9 muros legales'),
            (1260, 'metros cuadrados', '318.1', 'una superficie intervenida de 1,260 metros cuadrados'),
            (57, 'jóvenes', '318.1', 'la participación de 57 jóvenes'),
            (23, 'colectivos juveniles participantes', '318.2', 'con 23 colectivos juveniles participantes'),
            (4500, 'personas', '318.2', 'una asistencia estimada de 4,500 personas')],
           [('Se reconoce el avance en la habilitación de muros y que se informa la superficie intervenida.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('El festival es una actividad puntual; la meta requiere acciones continuas de reconocimiento del grafiti como expresión cultural.', 'retroalimentacion', '318.2', 'insuficiente', 'SE'),
            ('Los muros legales se asignan sin consultar a los colectivos y algunos están en zonas donde la policía nos sigue deteniendo.', 'observacion', '318.1', 'cuestiona', 'Kevin Morales Trujillo')]),
         S(322, T322,
           [G(*G322_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la Secretaría de Seguridad Pública informe cuántos elementos fueron capacitados y en qué sectores.', 'retroalimentacion', '322.1', 'solicita_datos', 'SE'),
            ('La Comisión de Derechos Humanos recibió 7 quejas por detenciones de jóvenes grafiteros en el último semestre.', 'observacion', '322.1', 'cuestiona', 'Nadia Quiroz Beltrán')])],
     agreements=[A('La Secretaría de Seguridad Pública enviará el informe de la meta 322.1 a la Secretaría Ejecutiva a más tardar el 9 de marzo de 2018.', ['2018-03-09'], 'Secretaría de Seguridad Pública'),
                 A('El INJUVE convocará a los colectivos a una mesa de trabajo para definir la ubicación de los próximos muros legales.', [], 'INJUVE'),
                 A('La sexta sesión ordinaria se realizará el miércoles 11 de abril de 2018 a las 11:00 horas en la misma sede.', ['2018-04-11'], None, True)],
     next={'date': '2018-04-11', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='acta behind an oficio de remisión (its own number, date and signatory) in the same file; Chromium PDF')
GR_ATT8 = [
    ('Ivonne Salcedo Jáuregui', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Directora de Vinculación'),
    ('Marco Antonio Rivas Peña', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Subdirector de Culturas Urbanas'),
    ('Héctor Jiménez Tapia', 'Insp.', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX', IE, 'Subdirector de Derechos Humanos'),
    ('Olga Cervantes Núñez', 'Lic.', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX', IE, 'Jefa de Unidad de Capacitación'),
    ('Nadia Quiroz Beltrán', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    ('Kevin Morales Trujillo', 'C.', 'Colectivo Aerosol Oriente', None, SC, 'Vocero'),
    ('Fernanda Lozada Viveros', 'C.', 'Red de Muralistas Jóvenes', None, SC, 'Integrante'),
    GR_SE]
acta(stem='blind-ae-grafiti-06-2018-04-11', layout='AE2', esp='grafiti',
     body=GR_BODY, number=6, date='2018-04-11', start='11:00', end='13:15', place=GR_PLACE, coordinator=GR_COORD,
     attendance=GR_ATT8, oficio=('INJUVE/DV/0412/2018', '2018-04-18', 'Ivonne Salcedo Jáuregui', 'Directora de Vinculación', 'Lic. Leonardo Miramontes Gil', 'Director de Seguimiento de la Secretaría Ejecutiva'),
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Se sumaron 4 muros legales definidos en la mesa de trabajo con 12 colectivos, para un total de 13 muros en operación.']),
            G(*G318_2, None, 'Sin informe.')],
           [(4, 'muros legales', '318.1', 'Se sumaron 4 muros legales'),
            (12, 'colectivos', '318.1', 'en la mesa de trabajo con 12 colectivos'),
            (13, 'muros', '318.1', 'para un total de 13 muros en operación')],
           [('Se reconoce que la ubicación de los muros se definió con los colectivos, como se acordó.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('La Secretaría de Cultura no informó sobre los festivales; se le exhorta a presentar su informe.', 'retroalimentacion', '318.2', 'exhorta', 'SE')]),
         S(322, T322,
           [G(*G322_1, ['Se impartió el curso "Juventudes y derechos en el espacio público" a 640 elementos de los sectores Oriente y Centro, en 16 grupos.'])],
           [(640, 'elementos', '322.1', 'a 640 elementos de los sectores Oriente y Centro'),
            (16, 'grupos', '322.1', 'en 16 grupos')],
           [('El curso contribuye a la meta; sin embargo, por sí solo no da cumplimiento a la estrategia si no se informa si disminuyeron las detenciones de personas jóvenes por grafiti.', 'retroalimentacion', '322.1', 'insuficiente', 'SE'),
            ('La SSP señaló que el registro de detenciones lo lleva la Procuraduría y no la unidad de capacitación.', 'observacion', '322.1', 'instancia', 'Olga Cervantes Núñez'),
            ('Pedimos que a las sesiones del Espacio se invite también a la Procuraduría, que es quien lleva el registro de las detenciones.', 'observacion', '322.1', 'proceso', 'Fernanda Lozada Viveros')])],
     agreements=[A('La Secretaría de Cultura enviará el informe de la meta 318.2 antes del 4 de mayo de 2018.', ['2018-05-04'], 'Secretaría de Cultura'),
                 A('La Secretaría de Seguridad Pública invitará a dos integrantes de colectivos al siguiente grupo del curso.', [], 'Secretaría de Seguridad Pública'),
                 A('La séptima sesión ordinaria se realizará el miércoles 13 de junio de 2018 a las 11:00 horas.', ['2018-06-13'], None, True)],
     next={'date': '2018-06-13', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='acta behind an oficio de remisión in the same file; Chromium PDF')

# ================================================================ AE3 sonideros (reports by institution, 2021)
SO_BODY = 'Derechos Culturales: Cultura Sonidera y Bailes Populares'
SO_COORD = ('Araceli Montiel Hinojosa', 'Coordinadora del Espacio de Participación')
SO_PLACE = 'reunión virtual por la plataforma Zoom, convocada por la Secretaría de Cultura'
T611 = 'Reconocer y difundir la cultura sonidera como patrimonio cultural inmaterial de la Ciudad de México'
T614 = 'Garantizar condiciones seguras y permisos para la realización de bailes populares en la vía pública'
G611_1 = ('611.1', 'Integrar un acervo audiovisual de la historia de los sonideros de los barrios', 'Número de piezas documentales integradas al acervo', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G611_2 = ('611.2', 'Realizar encuentros sonideros en plazas públicas de la alcaldía', 'Número de encuentros realizados y asistentes', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA')
G614_1 = ('614.1', 'Elaborar lineamientos para bailes populares en espacio público con medidas sanitarias', 'Lineamientos publicados', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G614_2 = ('614.2', 'Simplificar el trámite de permisos para bailes en la vía pública', 'Tiempo promedio de respuesta a solicitudes de permiso', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
SO_SE = ('Iván Cordero Palafox', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
SO_ATT7 = [
    ('Leonor Baeza Quintana', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Patrimonio Cultural'),
    ('Rubén Olvera Castro', 'Lic.', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', IE, 'Director de Cultura'),
    ('Silvia Manjarrez Toledo', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Enlace'),
    ('Ramón "Sonido Fantasma" Ayala Cruz', 'C.', 'Asociación de Sonideros del Peñón', None, SC, 'Presidente'),
    ('Guadalupe Nieto Sarabia', 'C.', 'Colectivo Baile de Barrio', None, SC, 'Integrante'),
    ('Octavio Palma Gress', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador'),
    SO_SE]
acta(stem='blind-ae-sonideros-07-2021-03-03', layout='AE3', esp='sonideros',
     body=SO_BODY, number=7, date='2021-03-03', start='12:00', end='14:10', place=SO_PLACE, coordinator=SO_COORD,
     attendance=SO_ATT7,
     strategies=[
         S(611, T611,
           [G(*G611_1, ['Se integraron 215 piezas documentales al acervo, entre ellas 64 entrevistas a sonideros de Tepito, el Peñón de los Baños y la Morelos.']),
            G(*G611_2, ['Por la contingencia sanitaria se realizaron 3 encuentros sonideros transmitidos por redes sociales, con 18,700 reproducciones.'])],
           [(215, 'piezas documentales', '611.1', 'Se integraron 215 piezas documentales al acervo'),
            (64, 'entrevistas', '611.1', 'entre ellas 64 entrevistas a sonideros de Tepito'),
            (3, 'encuentros sonideros', '611.2', 'se realizaron 3 encuentros sonideros transmitidos por redes sociales'),
            (18700, 'reproducciones', '611.2', 'con 18,700 reproducciones')],
           [('Se reconoce el avance del acervo y que las entrevistas se hicieron en los barrios de origen de la cultura sonidera.', 'retroalimentacion', '611.1', 'avance', 'SE'),
            ('Las transmisiones en redes sociales no son encuentros en plazas públicas como lo establece la meta, por lo que lo reportado no corresponde a su indicador.', 'retroalimentacion', '611.2', 'desalineado', 'SE'),
            ('El acervo debe quedar abierto al público y no sólo en el archivo de la Secretaría.', 'observacion', '611.1', 'cuestiona', 'Guadalupe Nieto Sarabia')]),
         S(614, T614,
           [G(*G614_1, ['Se elaboró el proyecto de lineamientos para bailes populares con medidas sanitarias, revisado en 2 mesas con sonideros; su publicación depende del semáforo epidemiológico.']),
            G(*G614_2, None, 'La Secretaría de Gobierno no presentó informe.')],
           [(2, 'mesas', '614.1', 'revisado en 2 mesas con sonideros')],
           [('Es necesario que la Secretaría de Gobierno informe los tiempos de respuesta a las solicitudes de permiso.', 'retroalimentacion', '614.2', 'solicita_datos', 'SE'),
            ('Los permisos los niegan en ventanilla sin dar nada por escrito, y luego llega la patrulla a quitar el equipo.', 'observacion', '614.2', 'cuestiona', 'Ramón "Sonido Fantasma" Ayala Cruz'),
            ('La Secretaría de Gobierno aclaró que los permisos en vía pública los otorgan las alcaldías y no su dependencia.', 'observacion', '614.2', 'instancia', 'Silvia Manjarrez Toledo')])],
     agreements=[A('La Secretaría de Gobierno y la Alcaldía Venustiano Carranza presentarán en la próxima sesión el procedimiento vigente de permisos para bailes en vía pública.', [], 'Secretaría de Gobierno y la Alcaldía Venustiano Carranza'),
                 A('La Secretaría de Cultura compartirá el proyecto de lineamientos con las organizaciones a más tardar el 19 de marzo de 2021.', ['2021-03-19'], 'Secretaría de Cultura'),
                 A('La octava sesión ordinaria se realizará el miércoles 5 de mayo de 2021 a las 12:00 horas, de manera virtual.', ['2021-05-05'], None, True)],
     next={'date': '2021-05-05', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='reports grouped by reporting institution ("Informe de la Secretaría de Cultura": Meta 611.1 … Meta 614.1 …), not by goal; LibreOffice PDF')
SO_ATT8 = [
    ('Leonor Baeza Quintana', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Patrimonio Cultural'),
    ('Rubén Olvera Castro', 'Lic.', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', IE, 'Director de Cultura'),
    ('Cecilia Roldán Fuentes', 'Lic.', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', IE, 'Jefa de Unidad de Espacio Público'),
    ('Silvia Manjarrez Toledo', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Enlace'),
    ('Ramón "Sonido Fantasma" Ayala Cruz', 'C.', 'Asociación de Sonideros del Peñón', None, SC, 'Presidente'),
    ('Guadalupe Nieto Sarabia', 'C.', 'Colectivo Baile de Barrio', None, SC, 'Integrante'),
    ('Octavio Palma Gress', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador'),
    SO_SE]
acta(stem='blind-ae-sonideros-08-2021-05-05', layout='AE3', esp='sonideros',
     body=SO_BODY, number=8, date='2021-05-05', start='12:00', end='13:50', place=SO_PLACE, coordinator=SO_COORD,
     attendance=SO_ATT8,
     strategies=[
         S(611, T611,
           [G(*G611_1, None, 'Sin informe en el periodo.'),
            G(*G611_2, ['Se realizó 1 encuentro sonidero presencial en el Deportivo Oceanía con aforo limitado a 300 personas.'])],
           [(1, 'encuentro sonidero presencial', '611.2', 'Se realizó 1 encuentro sonidero presencial'),
            (300, 'personas', '611.2', 'con aforo limitado a 300 personas')],
           [('Se reconoce que se retomó un encuentro presencial con medidas sanitarias.', 'retroalimentacion', '611.2', 'avance', 'SE'),
            ('La Secretaría de Cultura no reportó el acervo en este periodo; se le exhorta a informar su avance en la siguiente sesión.', 'retroalimentacion', '611.1', 'exhorta', 'SE')]),
         S(614, T614,
           [G(*G614_1, ['Los lineamientos fueron compartidos con 9 organizaciones sonideras, que enviaron 27 observaciones.']),
            G(*G614_2, ['El trámite de permiso se resolvió en un promedio de 12 días hábiles en las 14 solicitudes recibidas en el bimestre.'], reporter='Alcaldía Venustiano Carranza')],
           [(9, 'organizaciones sonideras', '614.1', 'fueron compartidos con 9 organizaciones sonideras'),
            (27, 'observaciones', '614.1', 'que enviaron 27 observaciones'),
            (12, 'días hábiles', '614.2', 'en un promedio de 12 días hábiles'),
            (14, 'solicitudes', '614.2', 'en las 14 solicitudes recibidas en el bimestre')],
           [('El informe de la Alcaldía responde a la meta 614.2, pero la meta está asignada a la Secretaría de Gobierno; convendría revisar la instancia responsable.', 'retroalimentacion', '614.2', 'diseno_meta', 'SE'),
            ('Doce días hábiles es demasiado; los bailes se organizan con dos semanas de anticipación.', 'observacion', '614.2', 'cuestiona', 'Ramón "Sonido Fantasma" Ayala Cruz'),
            ('Se sugiere que el acervo incluya también a las mujeres sonideras, que casi no aparecen.', 'observacion', '611.1', 'cuestiona', 'Octavio Palma Gress')])],
     agreements=[A('La Secretaría Ejecutiva propondrá la reasignación de la meta 614.2 a las alcaldías en la revisión del programa.', [], 'Secretaría Ejecutiva'),
                 A('La Secretaría de Cultura informará el avance del acervo de la meta 611.1 antes del 28 de mayo de 2021.', ['2021-05-28'], 'Secretaría de Cultura'),
                 A('La novena sesión ordinaria se realizará el miércoles 7 de julio de 2021 a las 12:00 horas.', ['2021-07-07'], None, True)],
     next={'date': '2021-07-07', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='reports grouped by reporting institution; LibreOffice PDF')

# ================================================================ AE4 lucha (duplex-feeder scan out of order, 2016)
LU_BODY = 'Derechos Culturales: Lucha Libre como Patrimonio Cultural'
LU_COORD = ('Jorge Arriaga Velasco', 'Coordinador del Espacio de Participación')
LU_PLACE = 'Sala de juntas de la Dirección de Patrimonio, Av. de la Paz 26, Chimalistac'
T726 = 'Salvaguardar la lucha libre como patrimonio cultural inmaterial de la Ciudad de México'
T729 = 'Proteger los derechos laborales y de salud de las personas luchadoras'
G726_1 = ('726.1', 'Elaborar el expediente de declaratoria de la lucha libre como patrimonio cultural inmaterial', 'Expediente integrado', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G726_2 = ('726.2', 'Impartir talleres de historia y práctica de la lucha libre en deportivos públicos', 'Número de talleres y personas participantes', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE')
G729_1 = ('729.1', 'Brindar valoración médica gratuita a personas luchadoras registradas en la Comisión de Box y Lucha', 'Número de valoraciones médicas realizadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
LU_SE = ('Brenda Uribe Castellanos', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
LU_ATT7 = [
    ('Ernesto Galindo Paz', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Patrimonio'),
    ('Laura Mendieta Ríos', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, 'Subdirectora de Deporte Comunitario'),
    ('Francisco Ledesma Ortiz', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Medicina del Deporte'),
    ('Víctor Hugo Zamora Lima', 'C.', 'Sindicato de Luchadores Profesionales', None, SC, 'Secretario General'),
    ('Rosa María Téllez Vega', 'C.', 'Asociación de Luchadoras de la Arena Coliseo', None, SC, 'Representante'),
    ('Alfredo Cisneros Bravo', 'Lic.', 'Comisión de Box y Lucha Libre Profesional del Distrito Federal', None, OT, 'Secretario Técnico'),
    LU_SE]
acta(stem='blind-ae-lucha-02-2016-09-21', layout='AE4', esp='lucha',
     body=LU_BODY, number=2, date='2016-09-21', start='10:30', end='13:00', place=LU_PLACE, coordinator=LU_COORD,
     attendance=LU_ATT7,
     strategies=[
         S(726, T726,
           [G(*G726_1, ['Se integró el 60 por ciento del expediente de declaratoria, con 42 testimonios de luchadores retirados y el inventario de 8 arenas históricas.']),
            G(*G726_2, ['Se impartieron 6 talleres en los deportivos Hermanos Galeana y Guelatao, con 134 personas participantes.'])],
           [(60, 'por ciento', '726.1', 'Se integró el 60 por ciento del expediente de declaratoria'),
            (42, 'testimonios', '726.1', 'con 42 testimonios de luchadores retirados'),
            (8, 'arenas históricas', '726.1', 'el inventario de 8 arenas históricas'),
            (6, 'talleres', '726.2', 'Se impartieron 6 talleres'),
            (134, 'personas participantes', '726.2', 'con 134 personas participantes')],
           [('Se reconoce el avance del expediente y la inclusión de testimonios de personas luchadoras retiradas.', 'retroalimentacion', '726.1', 'avance', 'SE'),
            ('Se solicita desagregar por sexo y edad a las personas participantes en los talleres.', 'retroalimentacion', '726.2', 'solicita_datos', 'SE'),
            ('El expediente habla de los luchadores, pero no menciona a las luchadoras, que llevamos más de cincuenta años en el ring.', 'observacion', '726.1', 'cuestiona', 'Rosa María Téllez Vega')]),
         S(729, T729,
           [G(*G729_1, None, 'No se recibió informe.')],
           [],
           [('Es necesario que la Secretaría de Salud presente el informe de las valoraciones médicas comprometidas.', 'retroalimentacion', '729.1', 'exhorta', 'SE'),
            ('La Comisión de Box y Lucha señaló que el padrón de personas luchadoras con licencia está desactualizado desde 2012.', 'observacion', '729.1', 'instancia', 'Alfredo Cisneros Bravo'),
            ('Muchos compañeros luchan lesionados porque no tienen seguro y la valoración nunca llegó.', 'observacion', '729.1', 'cuestiona', 'Víctor Hugo Zamora Lima')])],
     agreements=[A('La Secretaría de Salud enviará a la Secretaría Ejecutiva el informe de la meta 729.1 a más tardar el 14 de octubre de 2016.', ['2016-10-14'], 'Secretaría de Salud'),
                 A('La Comisión de Box y Lucha compartirá con la Secretaría de Salud el padrón de personas luchadoras con licencia vigente.', [], 'Comisión de Box y Lucha'),
                 A('La tercera sesión ordinaria tendrá lugar el miércoles 23 de noviembre de 2016 a las 10:30 horas en la misma sede.', ['2016-11-23'], None, True)],
     next={'date': '2016-11-23', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='duplex-feeder scan with pages out of order (fronts in order, backs reversed); 200 dpi grey JPEG, no text layer')
LU_ATT8 = [
    ('Ernesto Galindo Paz', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Patrimonio'),
    ('Laura Mendieta Ríos', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, 'Subdirectora de Deporte Comunitario'),
    ('Francisco Ledesma Ortiz', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Medicina del Deporte'),
    ('Patricia Orozco Lugo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Médica adscrita'),
    ('Víctor Hugo Zamora Lima', 'C.', 'Sindicato de Luchadores Profesionales', None, SC, 'Secretario General'),
    ('Rosa María Téllez Vega', 'C.', 'Asociación de Luchadoras de la Arena Coliseo', None, SC, 'Representante'),
    ('Alfredo Cisneros Bravo', 'Lic.', 'Comisión de Box y Lucha Libre Profesional del Distrito Federal', None, OT, 'Secretario Técnico'),
    LU_SE]
acta(stem='blind-ae-lucha-03-2016-11-23', layout='AE4', esp='lucha',
     body=LU_BODY, number=3, date='2016-11-23', start='10:30', end='12:45', place=LU_PLACE, coordinator=LU_COORD,
     attendance=LU_ATT8,
     strategies=[
         S(726, T726,
           [G(*G726_1, ['El expediente de declaratoria se concluyó con 312 páginas y 95 fotografías de archivo, e incluye un capítulo sobre 17 luchadoras de las décadas de 1960 a 1990.']),
            G(*G726_2, None, 'No se recibió informe.')],
           [(312, 'páginas', '726.1', 'El expediente de declaratoria se concluyó con 312 páginas'),
            (95, 'fotografías de archivo', '726.1', 'y 95 fotografías de archivo'),
            (17, 'luchadoras', '726.1', 'incluye un capítulo sobre 17 luchadoras')],
           [('Se reconoce que se atendió la observación sobre la participación de las mujeres en la lucha libre.', 'retroalimentacion', '726.1', 'avance', 'SE'),
            ('El Instituto del Deporte no presentó informe de los talleres; se le exhorta a enviarlo.', 'retroalimentacion', '726.2', 'exhorta', 'SE')]),
         S(729, T729,
           [G(*G729_1, ['Se realizaron 88 valoraciones médicas a personas luchadoras en el Centro de Salud T-III Dr. Gabriel Garzón Cossa; en 23 casos se detectaron lesiones que requieren rehabilitación.'])],
           [(88, 'valoraciones médicas', '729.1', 'Se realizaron 88 valoraciones médicas'),
            (23, 'casos', '729.1', 'en 23 casos se detectaron lesiones que requieren rehabilitación')],
           [('El informe responde a la meta; sin embargo, no señala si las 23 personas lesionadas recibieron la rehabilitación.', 'retroalimentacion', '729.1', 'insuficiente', 'SE'),
            ('La Secretaría de Salud informó que la rehabilitación depende de los hospitales de la red y no del centro de salud.', 'observacion', '729.1', 'instancia', 'Patricia Orozco Lugo'),
            ('Pedimos que las valoraciones se hagan también en las arenas, los días de función.', 'observacion', '729.1', 'cuestiona', 'Víctor Hugo Zamora Lima')])],
     agreements=[A('El Instituto del Deporte enviará el informe de la meta 726.2 antes del 9 de diciembre de 2016.', ['2016-12-09'], 'Instituto del Deporte'),
                 A('La Secretaría de Salud informará en la siguiente sesión la canalización a rehabilitación de las personas luchadoras lesionadas.', [], 'Secretaría de Salud'),
                 A('La cuarta sesión ordinaria tendrá lugar el miércoles 25 de enero de 2017 a las 10:30 horas.', ['2017-01-25'], None, True)],
     next={'date': '2017-01-25', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='duplex-feeder scan with pages out of order; 200 dpi grey JPEG, no text layer')

# ================================================================ AE5 alebrijes (thousands with spaces/dots and ranges, 2023)
AL_BODY = 'Derechos Culturales: Artesanía de Alebrijes y Cartonería'
AL_COORD = ('Itzel Guadarrama Solís', 'Coordinadora del Espacio de Participación')
AL_PLACE = 'Museo de Arte Popular, Revillagigedo 11, Centro, Sala Pedro Linares'
T853 = 'Fortalecer la producción y comercialización de la artesanía de alebrijes y cartonería'
T857 = 'Transmitir el oficio de la cartonería a nuevas generaciones'
G853_1 = ('853.1', 'Realizar el Desfile y Concurso de Alebrijes Monumentales con participación de talleres artesanales', 'Número de piezas participantes y talleres apoyados', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G853_2 = ('853.2', 'Otorgar microcréditos a talleres familiares de cartonería', 'Número de créditos y monto otorgado', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G857_1 = ('857.1', 'Impartir talleres de cartonería en escuelas y centros comunitarios', 'Número de talleres y personas participantes', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G857_2 = ('857.2', 'Registrar a maestras y maestros cartoneros en el padrón de artesanos', 'Número de personas artesanas registradas', 'Secretaría de Desarrollo Económico', 'SEDECO')
AL_SE = ('Andrea Villegas Portillo', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
AL_ATT7 = [
    ('Guillermo Anzures Rebollo', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Fomento a las Artes Populares'),
    ('Karla Sámano Pineda', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Gerente de Crédito'),
    ('Diego Montoya Lara', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Artesanías'),
    ('Felipe Linares Cortés', 'C.', 'Taller Familiar de Cartonería La Merced', None, SC, 'Maestro artesano'),
    ('Maricela Ocampo Durán', 'C.', 'Colectivo Cartoneras de Santa Anita', None, SC, 'Integrante'),
    ('Beatriz Toral Menchaca', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefa de Unidad de Fomento Económico'),
    AL_SE]
acta(stem='blind-ae-alebrijes-10-2023-03-15', layout='AE5', esp='alebrijes',
     body=AL_BODY, number=10, date='2023-03-15', start='10:00', end='12:35', place=AL_PLACE, coordinator=AL_COORD,
     attendance=AL_ATT7,
     strategies=[
         S(853, T853,
           [G(*G853_1, ['En el XV Desfile de Alebrijes Monumentales participaron 212 piezas de 147 talleres; el recorrido fue presenciado por cerca de 1.350.000 personas y se entregaron apoyos por 2 040 000 pesos.']),
            G(*G853_2, ['Se otorgaron 58 microcréditos a talleres familiares por montos de entre 15.000 y 40.000 pesos, con un total ejercido de 1.476.500 pesos.'])],
           [(212, 'piezas', '853.1', 'participaron 212 piezas de 147 talleres'),
            (147, 'talleres', '853.1', 'participaron 212 piezas de 147 talleres'),
            (1350000, 'personas', '853.1', 'el recorrido fue presenciado por cerca de 1.350.000 personas'),
            (2040000, 'pesos', '853.1', 'se entregaron apoyos por 2 040 000 pesos'),
            (58, 'microcréditos', '853.2', 'Se otorgaron 58 microcréditos a talleres familiares'),
            (1476500, 'pesos', '853.2', 'con un total ejercido de 1.476.500 pesos')],
           [('Se reconoce que el informe detalla el número de piezas, talleres y el monto de los apoyos del desfile.', 'retroalimentacion', '853.1', 'avance', 'SE'),
            ('Es necesario que el FONDESO desagregue los microcréditos por alcaldía y por sexo de la persona titular.', 'retroalimentacion', '853.2', 'solicita_datos', 'SE'),
            ('Los apoyos del desfile llegan después del evento y los talleres tenemos que endeudarnos para comprar el material.', 'observacion', '853.1', 'cuestiona', 'Felipe Linares Cortés')]),
         S(857, T857,
           [G(*G857_1, ['Se impartieron entre 30 y 40 talleres mensuales en escuelas primarias y Puntos de Innovación, Libertad, Arte, Educación y Saberes, con 2 315 niñas, niños y adolescentes participantes.']),
            G(*G857_2, None, 'No presentó informe.')],
           [(30, 'talleres mensuales', '857.1', 'Se impartieron entre 30 y 40 talleres mensuales'),
            (40, 'talleres mensuales', '857.1', 'Se impartieron entre 30 y 40 talleres mensuales'),
            (2315, 'niñas, niños y adolescentes participantes', '857.1', 'con 2 315 niñas, niños y adolescentes participantes')],
           [('Un rango de talleres no permite dar seguimiento a la meta; se solicita informar el número exacto por mes.', 'retroalimentacion', '857.1', 'solicita_datos', 'SE'),
            ('La SEDECO indicó que el padrón de artesanos lo administra el Instituto de Artesanías federal y sólo colabora en el registro.', 'observacion', '857.2', 'instancia', 'Diego Montoya Lara'),
            ('Que los talleres los den maestras cartoneras del barrio y no personal contratado de fuera.', 'observacion', '857.1', 'cuestiona', 'Maricela Ocampo Durán')])],
     agreements=[A('La SEDECO enviará a la Secretaría Ejecutiva el informe de la meta 857.2 a más tardar el 31 de marzo de 2023.', ['2023-03-31'], 'SEDECO'),
                 A('El FONDESO presentará en la próxima sesión los microcréditos desagregados por alcaldía y sexo.', [], 'FONDESO'),
                 A('La undécima sesión ordinaria se celebrará el miércoles 17 de mayo de 2023 a las 10:00 horas en la misma sede.', ['2023-05-17'], None, True)],
     next={'date': '2023-05-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='figures with thousands separated by dots or spaces and ranges ("entre 30 y 40"); LibreOffice PDF redistilled by Ghostscript')
AL_ATT8 = [
    ('Guillermo Anzures Rebollo', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Fomento a las Artes Populares'),
    ('Karla Sámano Pineda', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Gerente de Crédito'),
    ('Diego Montoya Lara', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Artesanías'),
    ('Nora Castillo Ugalde', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Departamento de Padrones'),
    ('Felipe Linares Cortés', 'C.', 'Taller Familiar de Cartonería La Merced', None, SC, 'Maestro artesano'),
    ('Maricela Ocampo Durán', 'C.', 'Colectivo Cartoneras de Santa Anita', None, SC, 'Integrante'),
    ('Beatriz Toral Menchaca', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefa de Unidad de Fomento Económico'),
    AL_SE]
acta(stem='blind-ae-alebrijes-11-2023-05-17', layout='AE5', esp='alebrijes',
     body=AL_BODY, number=11, date='2023-05-17', start='10:00', end='12:10', place=AL_PLACE, coordinator=AL_COORD,
     attendance=AL_ATT8,
     strategies=[
         S(853, T853,
           [G(*G853_1, None, 'No presentó informe.'),
            G(*G853_2, ['De los 58 microcréditos, 41 corresponden a mujeres titulares; 33 se otorgaron en la alcaldía Cuauhtémoc y el resto, entre 4 y 6 por alcaldía, en Iztacalco, Venustiano Carranza y Xochimilco.'])],
           [(41, 'microcréditos', '853.2', '41 corresponden a mujeres titulares'),
            (33, 'microcréditos', '853.2', '33 se otorgaron en la alcaldía Cuauhtémoc'),
            (4, 'microcréditos', '853.2', 'entre 4 y 6 por alcaldía'),
            (6, 'microcréditos', '853.2', 'entre 4 y 6 por alcaldía')],
           [('Se reconoce que el FONDESO atendió el acuerdo y desagregó los microcréditos por alcaldía y sexo.', 'retroalimentacion', '853.2', 'avance', 'SE'),
            ('El informe del FONDESO debe precisar cuántos microcréditos hubo en cada alcaldía en lugar de un rango.', 'retroalimentacion', '853.2', 'solicita_datos', 'SE')]),
         S(857, T857,
           [G(*G857_1, ['En abril se impartieron 36 talleres con 1 184 participantes.']),
            G(*G857_2, ['Se registraron 126 maestras y maestros cartoneros en el padrón; otros 90 a 110 están en proceso de validación.'])],
           [(36, 'talleres', '857.1', 'En abril se impartieron 36 talleres'),
            (1184, 'participantes', '857.1', 'con 1 184 participantes'),
            (126, 'maestras y maestros cartoneros', '857.2', 'Se registraron 126 maestras y maestros cartoneros en el padrón'),
            (90, 'maestras y maestros cartoneros', '857.2', 'otros 90 a 110 están en proceso de validación'),
            (110, 'maestras y maestros cartoneros', '857.2', 'otros 90 a 110 están en proceso de validación')],
           [('Se reconoce que ya se informa el número exacto de talleres del mes.', 'retroalimentacion', '857.1', 'avance', 'SE'),
            ('El registro pide comprobante de domicilio y muchas maestras rentan cuartos sin contrato.', 'observacion', '857.2', 'cuestiona', 'Maricela Ocampo Durán'),
            ('La Secretaría de Cultura informó que los apoyos del desfile se entregarán antes del evento a partir de este año.', 'observacion', '853.1', 'instancia', 'Guillermo Anzures Rebollo')])],
     agreements=[A('La Secretaría de Cultura enviará el informe de la meta 853.1 a más tardar el 2 de junio de 2023.', ['2023-06-02'], 'Secretaría de Cultura'),
                 A('La SEDECO revisará con la Alcaldía Cuauhtémoc alternativas al comprobante de domicilio para el registro de la meta 857.2.', [], 'SEDECO'),
                 A('La duodécima sesión ordinaria se celebrará el miércoles 19 de julio de 2023 a las 10:00 horas.', ['2023-07-19'], None, True)],
     next={'date': '2023-07-19', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='figures with thousands separated by dots or spaces and ranges; Ghostscript PDF')

# ================================================================ AE6 trolebus (report table pasted as a picture, 2020)
TR_BODY = 'Derecho a la Movilidad: Trolebús y Transporte Eléctrico'
TR_COORD = ('Hugo Salazar Benítez', 'Coordinador del Espacio de Participación')
TR_PLACE = 'Sala de Consejo del Servicio de Transportes Eléctricos, Av. Municipio Libre 402, San Andrés Tetepilco'
T508 = 'Ampliar y mantener la red de trolebuses como transporte público accesible y no contaminante'
T511 = 'Garantizar la accesibilidad universal en unidades y paradas del transporte eléctrico'
G508_1 = ('508.1', 'Incorporar unidades nuevas de trolebús a la flota en operación', 'Número de unidades incorporadas', 'Servicio de Transportes Eléctricos de la Ciudad de México', 'STE')
G508_2 = ('508.2', 'Construir carriles confinados para nuevas líneas de trolebús', 'Kilómetros de carril confinado construidos', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE')
G511_1 = ('511.1', 'Adecuar paradas de trolebús con rampas, señalización táctil y audible', 'Número de paradas adecuadas', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI')
TR_SE = ('Carla Ibáñez Moctezuma', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
TR_ATT7 = [
    ('Rodolfo Cázares Elizondo', 'Ing.', 'Servicio de Transportes Eléctricos de la Ciudad de México', 'STE', IE, 'Gerente de Operación'),
    ('Minerva Acosta Duarte', 'Ing.', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE', IE, 'Subdirectora de Proyectos'),
    ('Luis Fernando Peralta Gil', 'Lic.', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI', IE, 'Director de Accesibilidad'),
    ('Adriana Vences Robles', 'C.', 'Usuarias y Usuarios del Trolebús Eje Central A.C.', None, SC, 'Presidenta'),
    ('Jesús Ramírez Trejo', 'C.', 'Colectivo Movilidad sin Barreras', None, SC, 'Integrante'),
    ('Elena Castro Mijangos', 'Lic.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Jefa de Unidad de Movilidad'),
    TR_SE]
acta(stem='blind-ae-trolebus-01-2020-01-22', layout='AE6', esp='trolebus',
     body=TR_BODY, number=1, date='2020-01-22', start='10:00', end='12:20', place=TR_PLACE, coordinator=TR_COORD,
     attendance=TR_ATT7,
     strategies=[
         S(508, T508,
           [G(*G508_1, ['Se incorporaron 63 trolebuses nuevos a la flota; 50 operan en la Línea 2 y 13 en el Eje Central.']),
            G(*G508_2, ['Se construyeron 4.2 kilómetros de carril confinado para la línea Trolebús Aéreo en Iztapalapa, con 6 estaciones en obra.'])],
           [(63, 'trolebuses nuevos', '508.1', 'Se incorporaron 63 trolebuses nuevos a la flota'),
            (50, 'trolebuses nuevos', '508.1', '50 operan en la Línea 2'),
            (13, 'trolebuses nuevos', '508.1', '13 en el Eje Central'),
            (4.2, 'kilómetros de carril confinado', '508.2', 'Se construyeron 4.2 kilómetros de carril confinado'),
            (6, 'estaciones', '508.2', 'con 6 estaciones en obra')],
           [('Se reconoce el avance en la renovación de la flota y que se informa la línea donde operan las unidades.', 'retroalimentacion', '508.1', 'avance', 'SE'),
            ('El informe de la SOBSE se refiere a una línea elevada, que no corresponde al carril confinado que establece la meta.', 'retroalimentacion', '508.2', 'desalineado', 'SE'),
            ('Las unidades nuevas pasan cada 20 minutos en la noche; de nada sirve que haya más si no salen del encierro.', 'observacion', '508.1', 'cuestiona', 'Adriana Vences Robles')]),
         S(511, T511,
           [G(*G511_1, None, 'Sin informe')],
           [],
           [('Es necesario que la SEMOVI informe cuántas paradas fueron adecuadas y en qué líneas.', 'retroalimentacion', '511.1', 'solicita_datos', 'SE'),
            ('La SEMOVI indicó que las paradas en el Eje Central las mantiene el STE y no la Secretaría.', 'observacion', '511.1', 'instancia', 'Luis Fernando Peralta Gil'),
            ('Las rampas de varias paradas terminan en un poste; pedimos que las revisen con personas usuarias de silla de ruedas.', 'observacion', '511.1', 'cuestiona', 'Jesús Ramírez Trejo')])],
     agreements=[A('La SEMOVI y el STE enviarán a la Secretaría Ejecutiva el informe conjunto de la meta 511.1 a más tardar el 14 de febrero de 2020.', ['2020-02-14'], 'SEMOVI y el STE'),
                 A('El STE presentará en la próxima sesión las frecuencias nocturnas de las líneas con unidades nuevas.', [], 'STE'),
                 A('La segunda sesión ordinaria se llevará a cabo el miércoles 18 de marzo de 2020 a las 10:00 horas en la misma sede.', ['2020-03-18'], None, True)],
     next={'date': '2020-03-18', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reports only in a picture (screenshot of an Excel range pasted into Word); LibreOffice PDF')
TR_ATT8 = [
    ('Rodolfo Cázares Elizondo', 'Ing.', 'Servicio de Transportes Eléctricos de la Ciudad de México', 'STE', IE, 'Gerente de Operación'),
    ('Sofía Barragán Nieves', 'Lic.', 'Servicio de Transportes Eléctricos de la Ciudad de México', 'STE', IE, 'Jefa de Atención a Usuarios'),
    ('Minerva Acosta Duarte', 'Ing.', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE', IE, 'Subdirectora de Proyectos'),
    ('Luis Fernando Peralta Gil', 'Lic.', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI', IE, 'Director de Accesibilidad'),
    ('Adriana Vences Robles', 'C.', 'Usuarias y Usuarios del Trolebús Eje Central A.C.', None, SC, 'Presidenta'),
    ('Jesús Ramírez Trejo', 'C.', 'Colectivo Movilidad sin Barreras', None, SC, 'Integrante'),
    ('Elena Castro Mijangos', 'Lic.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Jefa de Unidad de Movilidad'),
    TR_SE]
acta(stem='blind-ae-trolebus-02-2020-03-18', layout='AE6', esp='trolebus',
     body=TR_BODY, number=2, date='2020-03-18', start='10:00', end='11:50', place=TR_PLACE, coordinator=TR_COORD,
     attendance=TR_ATT8,
     strategies=[
         S(508, T508,
           [G(*G508_1, ['Las frecuencias nocturnas bajaron de 20 a 12 minutos en la Línea 2 con 8 unidades adicionales en el horario de 22 a 24 horas.']),
            G(*G508_2, None, 'Sin informe')],
           [(8, 'unidades adicionales', '508.1', 'con 8 unidades adicionales en el horario de 22 a 24 horas'),
            (20, 'minutos', '508.1', 'Las frecuencias nocturnas bajaron de 20 a 12 minutos'),
            (12, 'minutos', '508.1', 'Las frecuencias nocturnas bajaron de 20 a 12 minutos')],
           [('Se reconoce que el STE atendió el acuerdo y redujo las frecuencias nocturnas.', 'retroalimentacion', '508.1', 'avance', 'SE'),
            ('La SOBSE no presentó informe; se le exhorta a aclarar el avance de la meta 508.2.', 'retroalimentacion', '508.2', 'exhorta', 'SE')]),
         S(511, T511,
           [G(*G511_1, ['Se adecuaron 27 paradas con rampa y guía táctil en las Líneas 2 y 9; 11 cuentan además con aviso sonoro.'])],
           [(27, 'paradas', '511.1', 'Se adecuaron 27 paradas con rampa y guía táctil'),
            (11, 'paradas', '511.1', '11 cuentan además con aviso sonoro')],
           [('El informe conjunto responde a la meta, pero no indica cuántas paradas faltan por adecuar.', 'retroalimentacion', '511.1', 'insuficiente', 'SE'),
            ('Revisamos 10 paradas y en 4 la guía táctil lleva a la jardinera.', 'observacion', '511.1', 'cuestiona', 'Jesús Ramírez Trejo'),
            ('La Alcaldía Iztapalapa ofreció coordinar la revisión de las paradas de su demarcación.', 'observacion', '511.1', 'instancia', 'Elena Castro Mijangos')])],
     agreements=[A('La SOBSE enviará el informe de la meta 508.2 antes del 3 de abril de 2020.', ['2020-04-03'], 'SOBSE'),
                 A('La SEMOVI hará un recorrido de revisión de paradas con el Colectivo Movilidad sin Barreras.', [], 'SEMOVI'),
                 A('La tercera sesión ordinaria se llevará a cabo el miércoles 20 de mayo de 2020 a las 10:00 horas.', ['2020-05-20'], None, True)],
     next={'date': '2020-05-20', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reports only in a picture (Excel range screenshot pasted into Word); LibreOffice PDF')
