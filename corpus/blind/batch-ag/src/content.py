# -*- coding: utf-8 -*-
# Batch AG content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
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


# ================================================================ AG1 cartoneras (attendance only in an annex after the signatures, 2015)
CA_BODY = 'Derecho al Trabajo: Cooperativas de Mujeres Cartoneras'
CA_COORD = ('Leticia Arvizu Manjarrez', 'Coordinadora del Espacio de Participación')
CA_PLACE = 'Sala de juntas de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58, Tránsito'
T433 = 'Fortalecer las cooperativas de mujeres que recolectan y comercializan cartón en la vía pública'
T437 = 'Garantizar condiciones de salud y seguridad en los centros de acopio de cartón'
G433_1 = ('433.1', 'Otorgar apoyos económicos para la constitución de cooperativas de mujeres cartoneras', 'Número de cooperativas apoyadas y monto otorgado', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G433_2 = ('433.2', 'Capacitar a las socias de las cooperativas en administración y comercialización', 'Número de socias capacitadas', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G437_1 = ('437.1', 'Realizar jornadas de salud en los centros de acopio de cartón', 'Número de jornadas y personas atendidas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
CA_SE = ('Verónica Lozada Pichardo', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
CA_ATT = [
    ('Hugo Carbajal Medrano', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Economía Social'),
    ('Rocío Iturbe Saldaña', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Subdirectora de Capacitación'),
    ('Ernesto Villegas Olmos', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefe de Unidad Departamental'),
    ('Guadalupe Tinoco Arellano', 'C.', 'Cooperativa Mujeres del Cartón de la Merced', None, SC, 'Presidenta'),
    ('Josefina Ledesma Cruz', 'C.', 'Red de Recuperadoras Urbanas', None, SC, 'Integrante'),
    ('Alberto Núñez Zamudio', 'Lic.', 'Delegación Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', OT, 'Jefe de Unidad de Fomento Económico'),
    CA_SE]
acta(stem='blind-ag-cartoneras-05-2015-03-18', layout='AG1', esp='cartoneras',
     body=CA_BODY, number=5, date='2015-03-18', start='10:00', end='12:30', place=CA_PLACE, coordinator=CA_COORD,
     attendance=CA_ATT,
     strategies=[
         S(433, T433,
           [G(*G433_1, ['En el periodo se apoyó la constitución de 9 cooperativas de mujeres cartoneras con un monto total de 450,000 pesos; las cooperativas agrupan a 126 socias.']),
            G(*G433_2, None, 'No presentó informe.')],
           [(9, 'cooperativas de mujeres cartoneras', '433.1', 'se apoyó la constitución de 9 cooperativas de mujeres cartoneras'),
            (450000, 'pesos', '433.1', 'con un monto total de 450,000 pesos'),
            (126, 'socias', '433.1', 'las cooperativas agrupan a 126 socias')],
           [('Se reconoce el avance en la constitución de cooperativas y que el informe precisa el monto otorgado.', 'retroalimentacion', '433.1', 'avance', 'SE'),
            ('Se solicita al FONDESO que informe cuántas socias fueron capacitadas y en qué temas.', 'retroalimentacion', '433.2', 'solicita_datos', 'SE'),
            ('Los apoyos llegaron sólo a cooperativas de la Merced; las compañeras de Iztapalapa no fueron convocadas.', 'observacion', '433.1', 'cuestiona', 'Guadalupe Tinoco Arellano')]),
         S(437, T437,
           [G(*G437_1, ['Se realizaron 4 jornadas de salud en centros de acopio de las delegaciones Venustiano Carranza y Cuauhtémoc, en las que se atendió a 213 personas y se aplicaron 180 vacunas contra el tétanos.'])],
           [(4, 'jornadas de salud', '437.1', 'Se realizaron 4 jornadas de salud'),
            (213, 'personas', '437.1', 'se atendió a 213 personas'),
            (180, 'vacunas contra el tétanos', '437.1', 'se aplicaron 180 vacunas contra el tétanos')],
           [('El informe no distingue cuántas de las personas atendidas son mujeres cartoneras, que es la población de la estrategia.', 'retroalimentacion', '437.1', 'insuficiente', 'SE'),
            ('Las jornadas se hacen en horario de trabajo y muchas compañeras no pueden dejar su ruta para asistir.', 'observacion', '437.1', 'cuestiona', 'Josefina Ledesma Cruz')])],
     agreements=[A('El FONDESO enviará a la Secretaría Ejecutiva el informe de la meta 433.2 a más tardar el 10 de abril de 2015.', ['2015-04-10'], 'FONDESO'),
                 A('La Secretaría de Salud programará una jornada de salud en sábado en el centro de acopio de Iztapalapa.', [], 'Secretaría de Salud'),
                 A('La sexta sesión ordinaria se celebrará el miércoles 20 de mayo de 2015 a las 10:00 horas en la misma sede.', ['2015-05-20'], None, True)],
     next={'date': '2015-05-20', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance only as Anexo 1 after the signatures; body says "ver lista anexa"; LibreOffice PDF')
CA_ATT2 = CA_ATT[:3] + [
    ('Marisol Bautista Reyes', 'Lic.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Enlace de Promoción de la Salud')] + CA_ATT[3:5] + [
    ('Irma Sandoval Quezada', 'C.', 'Cooperativa Cartoneras Unidas de Iztapalapa', None, SC, 'Tesorera'),
    CA_ATT[5], CA_SE]
acta(stem='blind-ag-cartoneras-06-2015-05-20', layout='AG1', esp='cartoneras',
     body=CA_BODY, number=6, date='2015-05-20', start='10:00', end='12:15', place=CA_PLACE, coordinator=CA_COORD,
     attendance=CA_ATT2,
     strategies=[
         S(433, T433,
           [G(*G433_1, None, 'No presentó informe en el periodo.'),
            G(*G433_2, ['Se impartieron 3 cursos de administración y comercialización a 74 socias de 7 cooperativas; 61 socias concluyeron los cursos.'])],
           [(3, 'cursos de administración y comercialización', '433.2', 'Se impartieron 3 cursos de administración y comercialización'),
            (74, 'socias', '433.2', 'a 74 socias de 7 cooperativas'),
            (7, 'cooperativas', '433.2', 'a 74 socias de 7 cooperativas'),
            (61, 'socias', '433.2', '61 socias concluyeron los cursos')],
           [('Se reconoce que el FONDESO atendió el acuerdo de la sesión anterior.', 'retroalimentacion', '433.2', 'avance', 'SE'),
            ('La Secretaría de Trabajo debe presentar el informe de la meta 433.1 en la próxima sesión.', 'retroalimentacion', '433.1', 'exhorta', 'SE'),
            ('Los cursos deberían darse en los centros de acopio y no en las oficinas del Fondo.', 'observacion', '433.2', 'cuestiona', 'Irma Sandoval Quezada')]),
         S(437, T437,
           [G(*G437_1, ['Se realizó 1 jornada sabatina en el centro de acopio de Iztapalapa con 95 personas atendidas, de las cuales 68 son mujeres cartoneras.'])],
           [(1, 'jornada sabatina', '437.1', 'Se realizó 1 jornada sabatina en el centro de acopio de Iztapalapa'),
            (95, 'personas atendidas', '437.1', 'con 95 personas atendidas'),
            (68, 'personas atendidas', '437.1', 'de las cuales 68 son mujeres cartoneras')],
           [('Se reconoce que el informe ya distingue a las mujeres cartoneras entre las personas atendidas.', 'retroalimentacion', '437.1', 'avance', 'SE'),
            ('La delegación ofreció el apoyo de su unidad médica móvil para las siguientes jornadas.', 'observacion', '437.1', 'instancia', 'Alberto Núñez Zamudio')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo presentará el informe de la meta 433.1 en la séptima sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Secretaría de Salud y la Delegación Venustiano Carranza acordarán un calendario de jornadas sabatinas.', [], 'Secretaría de Salud y la Delegación Venustiano Carranza'),
                 A('La séptima sesión ordinaria se celebrará el miércoles 15 de julio de 2015 a las 10:00 horas.', ['2015-07-15'], None, True)],
     next={'date': '2015-07-15', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance only as Anexo 1 after the signatures; LibreOffice PDF')

# ================================================================ AG2 danzon (abbreviated dates and two-digit years, Chromium, 2019)
DA_BODY = 'Derechos Culturales: Danzón y Baile de Salón en Plazas Públicas'
DA_COORD = ('Armando Quiroz Bellido', 'Coordinador del Espacio de Participación')
DA_PLACE = 'Salón de ensayos de la Secretaría de Cultura, Avenida de la Paz 26, Chimalistac'
T624 = 'Preservar el danzón y el baile de salón como patrimonio cultural inmaterial de la Ciudad'
T628 = 'Asegurar el uso gratuito y ordenado de las plazas públicas para el baile social'
G624_1 = ('624.1', 'Impartir talleres gratuitos de danzón para personas mayores y jóvenes', 'Número de talleres impartidos y personas inscritas', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G624_2 = ('624.2', 'Documentar en video la memoria de los salones de baile de la Ciudad', 'Número de testimonios grabados', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G628_1 = ('628.1', 'Emitir lineamientos para el uso de plazas públicas en bailes sociales gratuitos', 'Lineamientos publicados', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
DA_SE = ('Nadia Ceballos Uribe', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
DA_ATT = [
    ('Francisco Javier Llamas Ortiz', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Vinculación Cultural Comunitaria'),
    ('Elena Mijangos Robledo', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Concertación'),
    ('Rubén Carmona Tejeda', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefe de Unidad de Cultura'),
    ('Consuelo Arriaga Vidal', 'C.', 'Asociación de Danzoneros de la Ciudadela', None, SC, 'Presidenta'),
    ('Heriberto Salas Montiel', 'C.', 'Colectivo Salón Los Ángeles Vive', None, SC, 'Integrante'),
    ('Gloria Paniagua Esquivel', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora investigadora'),
    DA_SE]
acta(stem='blind-ag-danzon-02-2019-03-13', layout='AG2', esp='danzon',
     body=DA_BODY, number=2, date='2019-03-13', start='17:00', end='19:10', place=DA_PLACE, coordinator=DA_COORD,
     attendance=DA_ATT, hdate='mié 13-mar-19', ldate='13/III/19',
     strategies=[
         S(624, T624,
           [G(*G624_1, ['Se impartieron 12 talleres gratuitos de danzón en 5 plazas y centros culturales, con 347 personas inscritas, de las cuales 205 son personas mayores.']),
            G(*G624_2, ['Se grabaron 18 testimonios de bailadores, orquestas y dueños de salones; el material se editará en 3 cápsulas para redes sociales.'])],
           [(12, 'talleres gratuitos de danzón', '624.1', 'Se impartieron 12 talleres gratuitos de danzón'),
            (5, 'plazas y centros culturales', '624.1', 'en 5 plazas y centros culturales'),
            (347, 'personas inscritas', '624.1', 'con 347 personas inscritas'),
            (205, 'personas inscritas', '624.1', 'de las cuales 205 son personas mayores'),
            (18, 'testimonios', '624.2', 'Se grabaron 18 testimonios de bailadores, orquestas y dueños de salones'),
            (3, 'cápsulas', '624.2', 'el material se editará en 3 cápsulas para redes sociales')],
           [('Se reconoce el avance de ambas metas y que el informe desagrega a las personas mayores.', 'retroalimentacion', '624.1', 'avance', 'SE'),
            ('Los talleres de la Ciudadela se cancelaron dos sábados sin aviso y la gente se quedó esperando al maestro.', 'observacion', '624.1', 'cuestiona', 'Consuelo Arriaga Vidal'),
            ('La UACM puede resguardar los testimonios grabados en su archivo de historia oral.', 'observacion', '624.2', 'instancia', 'Gloria Paniagua Esquivel')]),
         S(628, T628,
           [G(*G628_1, None, 'Sin informe.')],
           [],
           [('Se exhorta a la Secretaría de Gobierno a presentar el avance de los lineamientos antes de la siguiente sesión.', 'retroalimentacion', '628.1', 'exhorta', 'SE'),
            ('En la plaza de la Ciudadela siguen cobrando cuota por bailar, y eso contradice el uso gratuito.', 'observacion', '628.1', 'cuestiona', 'Heriberto Salas Montiel')])],
     agreements=[A('La Secretaría de Gobierno enviará el borrador de lineamientos de la meta 628.1 a la Secretaría Ejecutiva a más tardar el 05-abr-19.', ['2019-04-05'], 'Secretaría de Gobierno'),
                 A('La Secretaría de Cultura informará por escrito las fechas de reposición de los talleres cancelados.', [], 'Secretaría de Cultura'),
                 A('Próxima sesión: jue 16-may-19, 17:00 h, misma sede.', ['2019-05-16'], None, True)],
     next={'date': '2019-05-16', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='dates only abbreviated with two-digit years (header "mié 13-mar-19", data line "13/III/19", agreements "05-abr-19", "jue 16-may-19"); Chromium PDF')
DA_ATT2 = DA_ATT[:2] + [
    ('Osvaldo Pimentel Garza', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Jefe de Unidad Departamental de Vía Pública')] + DA_ATT[2:5] + [
    ('Amparo Celis Navarrete', 'C.', 'Club Danzonero Azcapotzalco', None, SC, 'Secretaria'), DA_ATT[5], DA_SE]
acta(stem='blind-ag-danzon-03-2019-05-16', layout='AG2', esp='danzon',
     body=DA_BODY, number=3, date='2019-05-16', start='17:00', end='19:25', place=DA_PLACE, coordinator=DA_COORD,
     attendance=DA_ATT2, hdate='jue 16-may-19', ldate='16/V/19',
     strategies=[
         S(624, T624,
           [G(*G624_1, ['Se repusieron los 2 talleres cancelados y se abrieron 4 talleres nuevos en Azcapotzalco e Iztacalco, con 118 personas inscritas.']),
            G(*G624_2, None, 'Sin informe en el periodo.')],
           [(2, 'talleres cancelados', '624.1', 'Se repusieron los 2 talleres cancelados'),
            (4, 'talleres nuevos', '624.1', 'se abrieron 4 talleres nuevos en Azcapotzalco e Iztacalco'),
            (118, 'personas inscritas', '624.1', 'con 118 personas inscritas')],
           [('Se reconoce que se atendió el acuerdo sobre la reposición de talleres.', 'retroalimentacion', '624.1', 'avance', 'SE'),
            ('Se solicita a la Secretaría de Cultura informar cuántas cápsulas se han editado y dónde se publicaron.', 'retroalimentacion', '624.2', 'solicita_datos', 'SE')]),
         S(628, T628,
           [G(*G628_1, ['Se elaboró el borrador de lineamientos para el uso de plazas públicas en bailes sociales y se sometió a consulta de 6 agrupaciones danzoneras; se recibieron 23 observaciones.'])],
           [(6, 'agrupaciones danzoneras', '628.1', 'se sometió a consulta de 6 agrupaciones danzoneras'),
            (23, 'observaciones', '628.1', 'se recibieron 23 observaciones')],
           [('El borrador no dice quién vigilará que no se cobre cuota en las plazas; debe precisarlo.', 'retroalimentacion', '628.1', 'insuficiente', 'SE'),
            ('Nuestro club no fue consultado y bailamos en la explanada de Azcapotzalco desde hace veinte años.', 'observacion', '628.1', 'cuestiona', 'Amparo Celis Navarrete'),
            ('La Alcaldía señaló que los permisos de las plazas los otorga ella y no la Secretaría de Gobierno.', 'observacion', '628.1', 'instancia', 'Rubén Carmona Tejeda')])],
     agreements=[A('La Secretaría de Gobierno publicará los lineamientos de la meta 628.1 a más tardar el 28-jun-19.', ['2019-06-28'], 'Secretaría de Gobierno'),
                 A('La Secretaría de Cultura y la UACM firmarán un convenio para resguardar los testimonios de la meta 624.2.', [], 'Secretaría de Cultura y la UACM'),
                 A('Próxima sesión: mié 17-jul-19, 17:00 h.', ['2019-07-17'], None, True)],
     next={'date': '2019-07-17', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='dates only abbreviated with two-digit years; Chromium PDF')

# ================================================================ AG3 tamaleros (report status only in a summary table at the end, 2022)
TA_BODY = 'Derecho al Trabajo: Comercio de Tamales y Atole en la Vía Pública'
TA_COORD = ('Patricia Zenteno Aldama', 'Coordinadora del Espacio de Participación')
TA_PLACE = 'reunión virtual por la plataforma Zoom'
T371 = 'Regularizar el comercio de alimentos preparados en la vía pública con enfoque de derechos'
T375 = 'Promover prácticas de higiene y manejo de alimentos entre las personas comerciantes'
G371_1 = ('371.1', 'Emitir gafetes de identificación a personas comerciantes de tamales y atole', 'Número de gafetes emitidos', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
G371_2 = ('371.2', 'Otorgar microcréditos para la compra de triciclos y equipo', 'Número de microcréditos otorgados', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G375_1 = ('375.1', 'Impartir cursos de manejo higiénico de alimentos', 'Número de personas capacitadas', 'Agencia de Protección Sanitaria de la Ciudad de México', None)
G375_2 = ('375.2', 'Entregar distintivos de buenas prácticas a puestos capacitados', 'Número de distintivos entregados', 'Secretaría de Desarrollo Económico', 'SEDECO')
TA_SE = ('Iván Solórzano Méndez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
TA_ATT = [
    ('Beatriz Canales Ochoa', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Programas Delegacionales'),
    ('Manuel Osorio Preciado', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Jefe de Unidad de Microcréditos'),
    ('Claudia Ferreira Solís', 'Q.F.B.', 'Agencia de Protección Sanitaria de la Ciudad de México', None, IE, 'Verificadora sanitaria'),
    ('Raúl Espinoza Guerrero', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Abasto'),
    ('Martha Hernández Olvera', 'C.', 'Unión de Tamaleros de Tacubaya', None, SC, 'Representante'),
    ('Saúl Gutiérrez Pineda', 'C.', 'Frente de Comerciantes Ambulantes Independientes', None, SC, 'Integrante'),
    ('Yolanda Rosas Becerril', 'Lic.', 'Alcaldía Miguel Hidalgo', 'ALC-MIGUEL-HIDALGO', OT, 'Coordinadora de Vía Pública'),
    TA_SE]
acta(stem='blind-ag-tamaleros-09-2022-02-02', layout='AG3', esp='tamaleros',
     body=TA_BODY, number=9, date='2022-02-02', start='11:00', end='13:20', place=TA_PLACE, coordinator=TA_COORD,
     attendance=TA_ATT,
     strategies=[
         S(371, T371,
           [G(*G371_1, ['La Secretaría de Gobierno informó que en el periodo emitió 312 gafetes a personas comerciantes de tamales y atole en 4 alcaldías.']),
            G(*G371_2, ['El FONDESO informó que otorgó 57 microcréditos para triciclos y equipo, por un total de 855,000 pesos.'])],
           [(312, 'gafetes', '371.1', 'emitió 312 gafetes a personas comerciantes de tamales y atole'),
            (4, 'alcaldías', '371.1', 'en 4 alcaldías'),
            (57, 'microcréditos', '371.2', 'otorgó 57 microcréditos para triciclos y equipo'),
            (855000, 'pesos', '371.2', 'por un total de 855,000 pesos')],
           [('Se reconoce el avance en la emisión de gafetes y el otorgamiento de microcréditos.', 'retroalimentacion', '371.1', 'avance', 'SE'),
            ('Se solicita al FONDESO desagregar los microcréditos por sexo y por alcaldía.', 'retroalimentacion', '371.2', 'solicita_datos', 'SE'),
            ('Con gafete o sin gafete nos siguen retirando los triciclos en los operativos de la alcaldía.', 'observacion', '371.1', 'cuestiona', 'Martha Hernández Olvera')]),
         S(375, T375,
           [G(*G375_1, ['La Agencia de Protección Sanitaria informó que capacitó a 240 personas comerciantes en 8 cursos de manejo higiénico de alimentos.']),
            G(*G375_2, None, 'La Secretaría de Desarrollo Económico no presentó informe.')],
           [(240, 'personas comerciantes', '375.1', 'capacitó a 240 personas comerciantes'),
            (8, 'cursos de manejo higiénico de alimentos', '375.1', 'en 8 cursos de manejo higiénico de alimentos')],
           [('La Secretaría de Desarrollo Económico debe informar sobre los distintivos en la próxima sesión.', 'retroalimentacion', '375.2', 'exhorta', 'SE'),
            ('Los cursos son en línea y muchas compañeras no tienen teléfono con datos para conectarse.', 'observacion', '375.1', 'cuestiona', 'Saúl Gutiérrez Pineda')])],
     agreements=[A('La Secretaría de Desarrollo Económico enviará el informe de la meta 375.2 a la Secretaría Ejecutiva a más tardar el 25 de febrero de 2022.', ['2022-02-25'], 'Secretaría de Desarrollo Económico'),
                 A('La Secretaría de Gobierno y la Alcaldía Miguel Hidalgo revisarán los casos de retiro de triciclos a personas con gafete.', [], 'Secretaría de Gobierno y la Alcaldía Miguel Hidalgo'),
                 A('La décima sesión ordinaria se realizará el miércoles 6 de abril de 2022 a las 11:00 horas por la plataforma Zoom.', ['2022-04-06'], None, True)],
     next={'date': '2022-04-06', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='reports told in prose; report status only in the closing "Resumen" table (Meta | ¿Presentó informe?); LibreOffice PDF redistilled by Ghostscript')
TA_ATT2 = TA_ATT[:4] + [('Daniel Quintero Ruelas', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Fomento')] + TA_ATT[4:7] + [TA_SE]
acta(stem='blind-ag-tamaleros-10-2022-04-06', layout='AG3', esp='tamaleros',
     body=TA_BODY, number=10, date='2022-04-06', start='11:00', end='13:05', place=TA_PLACE, coordinator=TA_COORD,
     attendance=TA_ATT2,
     strategies=[
         S(371, T371,
           [G(*G371_1, None, 'La Secretaría de Gobierno no presentó informe.'),
            G(*G371_2, ['El FONDESO informó que de los 57 microcréditos, 41 se otorgaron a mujeres; 22 corresponden a Miguel Hidalgo y 35 a Cuauhtémoc.'])],
           [(57, 'microcréditos', '371.2', 'de los 57 microcréditos'),
            (41, 'microcréditos', '371.2', '41 se otorgaron a mujeres'),
            (22, 'microcréditos', '371.2', '22 corresponden a Miguel Hidalgo'),
            (35, 'microcréditos', '371.2', '35 a Cuauhtémoc')],
           [('Se reconoce que el FONDESO desagregó los microcréditos como se acordó.', 'retroalimentacion', '371.2', 'avance', 'SE'),
            ('La Secretaría de Gobierno no informó el resultado de la revisión de retiros de triciclos acordada en la sesión anterior.', 'retroalimentacion', '371.1', 'exhorta', 'SE')]),
         S(375, T375,
           [G(*G375_1, ['La Agencia de Protección Sanitaria informó que impartió 3 cursos presenciales en mercados de Tacubaya con 96 personas capacitadas.']),
            G(*G375_2, ['La Secretaría de Desarrollo Económico informó que entregó 64 distintivos de buenas prácticas a puestos cuyos titulares concluyeron el curso.'])],
           [(3, 'cursos presenciales', '375.1', 'impartió 3 cursos presenciales en mercados de Tacubaya'),
            (96, 'personas capacitadas', '375.1', 'con 96 personas capacitadas'),
            (64, 'distintivos de buenas prácticas', '375.2', 'entregó 64 distintivos de buenas prácticas')],
           [('La meta no dice qué beneficio da el distintivo a quien lo recibe; conviene precisarlo en su redacción.', 'retroalimentacion', '375.2', 'diseno_meta', 'SE'),
            ('Agradecemos los cursos presenciales, así sí pudimos ir.', 'observacion', '375.1', 'avance', 'Martha Hernández Olvera'),
            ('La Alcaldía pidió que se le informe antes de entregar distintivos en su demarcación.', 'observacion', '375.2', 'instancia', 'Yolanda Rosas Becerril')])],
     agreements=[A('La Secretaría de Gobierno presentará el informe de la meta 371.1 y de la revisión de retiros en la undécima sesión.', [], 'Secretaría de Gobierno'),
                 A('La Secretaría de Desarrollo Económico compartirá con la Alcaldía Miguel Hidalgo el padrón de puestos con distintivo.', [], 'Secretaría de Desarrollo Económico'),
                 A('La undécima sesión ordinaria se realizará el miércoles 1 de junio de 2022 a las 11:00 horas por la plataforma Zoom.', ['2022-06-01'], None, True)],
     next={'date': '2022-06-01', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='reports in prose; status only in the closing Resumen table; LibreOffice PDF redistilled by Ghostscript')

# ================================================================ AG4 afiladores (typed acta, scanned with handwritten margin notes, 2017)
AF_BODY = 'Derecho al Trabajo: Oficios Tradicionales Ambulantes (Afiladores)'
AF_COORD = ('Gerardo Montes de Oca Ruiz', 'Coordinador del Espacio de Participación')
AF_PLACE = 'Auditorio de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58, Tránsito'
T452 = 'Reconocer y proteger los oficios tradicionales que se ejercen de forma ambulante'
T456 = 'Facilitar el acceso a la seguridad social de las personas que ejercen oficios ambulantes'
G452_1 = ('452.1', 'Integrar un padrón de personas afiladoras y otros oficios ambulantes', 'Número de personas registradas en el padrón', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G452_2 = ('452.2', 'Entregar credenciales que acrediten el oficio ante autoridades de las delegaciones', 'Número de credenciales entregadas', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
G456_1 = ('456.1', 'Afiliar a las personas registradas al seguro de desempleo o a esquemas voluntarios de seguridad social', 'Número de personas afiliadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
AF_SE = ('Karla Ibáñez Santoyo', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
AF_ATT = [
    ('Jesús Alvarado Cervantes', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo No Asalariado'),
    ('Norma Echeverría Luna', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Enlace Delegacional'),
    ('Felipe Camarillo Ortega', 'C.', 'Unión de Afiladores y Oficios Ambulantes de la Ciudad de México', None, SC, 'Secretario General'),
    ('Crispín Vargas Nolasco', 'C.', 'Asociación de Afiladores en Bicicleta de Tlalpan', None, SC, 'Integrante'),
    ('Teresa Guadarrama Pliego', 'Lic.', 'Delegación Tlalpan', 'ALC-TLALPAN', OT, 'Jefa de Unidad de Vía Pública'),
    ('Octavio Ramírez Lugo', 'Mtro.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesor investigador'),
    AF_SE]
acta(stem='blind-ag-afiladores-03-2017-08-23', layout='AG4', esp='afiladores',
     body=AF_BODY, number=3, date='2017-08-23', start='10:30', end='12:45', place=AF_PLACE, coordinator=AF_COORD,
     attendance=AF_ATT,
     strategies=[
         S(452, T452,
           [G(*G452_1, ['Se registraron 438 personas en el padrón, de las cuales 176 son afiladores y 262 ejercen otros oficios como hojalatería, reparación de paraguas y venta de camotes.']),
            G(*G452_2, None, 'No presentó informe.')],
           [(438, 'personas', '452.1', 'Se registraron 438 personas en el padrón'),
            (176, 'personas', '452.1', 'de las cuales 176 son afiladores'),
            (262, 'personas', '452.1', '262 ejercen otros oficios')],
           [('Se reconoce que el padrón distingue a los afiladores de los demás oficios.', 'retroalimentacion', '452.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Gobierno informe cuántas credenciales se han entregado y en qué delegaciones.', 'retroalimentacion', '452.2', 'solicita_datos', 'SE'),
            ('Sin credencial los inspectores nos quitan la bicicleta con todo y piedra de afilar.', 'observacion', '452.2', 'cuestiona', 'Crispín Vargas Nolasco')]),
         S(456, T456,
           [G(*G456_1, ['Se afilió a 85 personas del padrón al seguro de desempleo y se dieron 3 pláticas informativas sobre la incorporación voluntaria al régimen obligatorio del IMSS.'])],
           [(85, 'personas', '456.1', 'Se afilió a 85 personas del padrón al seguro de desempleo'),
            (3, 'pláticas informativas', '456.1', 'se dieron 3 pláticas informativas')],
           [('El seguro de desempleo es temporal y por sí solo no da acceso a la seguridad social que pide la meta.', 'retroalimentacion', '456.1', 'insuficiente', 'SE'),
            ('La UACM ofreció un estudio sobre los ingresos de las personas afiladoras para calcular las cuotas voluntarias.', 'observacion', '456.1', 'instancia', 'Octavio Ramírez Lugo')])],
     agreements=[A('La Secretaría de Gobierno entregará a la Secretaría Ejecutiva el informe de credenciales de la meta 452.2 a más tardar el 15 de septiembre de 2017.', ['2017-09-15'], 'Secretaría de Gobierno'),
                 A('La Secretaría de Trabajo y Fomento al Empleo y la UACM definirán el alcance del estudio de ingresos.', [], 'Secretaría de Trabajo y Fomento al Empleo y la UACM'),
                 A('La cuarta sesión ordinaria se llevará a cabo el miércoles 25 de octubre de 2017 a las 10:30 horas en la misma sede.', ['2017-10-25'], None, True)],
     next={'date': '2017-10-25', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='typed acta scanned with handwritten margin notes in blue ink (not gold); 200 dpi colour JPEG scan, no text layer')
AF_ATT2 = AF_ATT[:2] + [('Rosalba Quiñones Tapia', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Jefa de Unidad Departamental')] + AF_ATT[2:4] + [
    ('Leonor Baltazar Chávez', 'C.', 'Unión de Afiladores y Oficios Ambulantes de la Ciudad de México', None, SC, 'Tesorera')] + AF_ATT[4:]
acta(stem='blind-ag-afiladores-04-2017-10-25', layout='AG4', esp='afiladores',
     body=AF_BODY, number=4, date='2017-10-25', start='10:30', end='12:20', place=AF_PLACE, coordinator=AF_COORD,
     attendance=AF_ATT2,
     strategies=[
         S(452, T452,
           [G(*G452_1, None, 'No presentó informe en el periodo.'),
            G(*G452_2, ['Se entregaron 124 credenciales en las delegaciones Tlalpan, Coyoacán y Xochimilco; otras 60 están en proceso de impresión.'])],
           [(124, 'credenciales', '452.2', 'Se entregaron 124 credenciales en las delegaciones Tlalpan, Coyoacán y Xochimilco'),
            (60, 'credenciales', '452.2', 'otras 60 están en proceso de impresión')],
           [('Se reconoce que la Secretaría de Gobierno atendió el acuerdo de la sesión anterior.', 'retroalimentacion', '452.2', 'avance', 'SE'),
            ('La Secretaría de Trabajo debe actualizar el padrón con las personas registradas después de junio.', 'retroalimentacion', '452.1', 'exhorta', 'SE'),
            ('La Delegación Tlalpan manifestó que no reconoce las credenciales porque no se le consultó su diseño.', 'observacion', '452.2', 'instancia', 'Teresa Guadarrama Pliego')]),
         S(456, T456,
           [G(*G456_1, ['Se concluyó el estudio de ingresos con una muestra de 150 personas afiladoras; el ingreso promedio es de 2,900 pesos mensuales y 47 personas se inscribieron a la incorporación voluntaria del IMSS.'])],
           [(150, 'personas afiladoras', '456.1', 'con una muestra de 150 personas afiladoras'),
            (2900, 'pesos mensuales', '456.1', 'el ingreso promedio es de 2,900 pesos mensuales'),
            (47, 'personas', '456.1', '47 personas se inscribieron a la incorporación voluntaria del IMSS')],
           [('Se solicita informar cuántas de las 47 personas inscritas son mujeres y cuánto pagan de cuota.', 'retroalimentacion', '456.1', 'solicita_datos', 'SE'),
            ('Con 2,900 pesos al mes no alcanza para pagar la cuota del IMSS; pedimos un subsidio.', 'observacion', '456.1', 'cuestiona', 'Leonor Baltazar Chávez')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo presentará el padrón actualizado de la meta 452.1 en la quinta sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Secretaría de Gobierno y la Delegación Tlalpan revisarán el diseño de las credenciales.', [], 'Secretaría de Gobierno y la Delegación Tlalpan'),
                 A('La quinta sesión ordinaria se llevará a cabo el miércoles 13 de diciembre de 2017 a las 10:30 horas.', ['2017-12-13'], None, True)],
     next={'date': '2017-12-13', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='typed acta scanned with handwritten margin notes in blue ink (not gold); 200 dpi colour JPEG scan')

# ================================================================ AG5 hojalateros (one goal's report continued in a second table after a page break, 2024)
HO_BODY = 'Derecho al Trabajo: Talleres de Hojalatería y Pintura en Barrios Tradicionales'
HO_COORD = ('Susana Valdivia Echeverría', 'Coordinadora del Espacio de Participación')
HO_PLACE = 'Sala 2 de la Secretaría de Desarrollo Económico, Avenida Cuauhtémoc 898, Narvarte'
T512 = 'Regularizar y mejorar las condiciones de los talleres familiares de hojalatería y pintura'
T516 = 'Reducir la exposición de las personas trabajadoras de hojalatería a solventes y pinturas'
G512_1 = ('512.1', 'Acompañar la regularización de uso de suelo de los talleres familiares de hojalatería', 'Número de talleres regularizados', 'Secretaría de Desarrollo Económico', 'SEDECO')
G512_2 = ('512.2', 'Otorgar créditos para la compra de cabinas de pintura', 'Número de créditos otorgados', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G516_1 = ('516.1', 'Realizar revisiones médicas a personas trabajadoras expuestas a solventes', 'Número de personas revisadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
HO_SE = ('Lorena Aguayo Fuentes', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
HO_ATT = [
    ('Andrés Villalpando Rico', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Micro y Pequeña Empresa'),
    ('Mónica Estrada Galindo', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Subdirectora de Crédito'),
    ('Sergio Lomelí Cortés', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirector de Salud Ocupacional'),
    ('Ricardo Maldonado Islas', 'Arq.', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', OT, 'Jefe de Unidad de Uso de Suelo'),
    ('José Luis Ventura Parra', 'C.', 'Asociación de Hojalateros de la Colonia Obrera', None, SC, 'Presidente'),
    ('Adriana Becerra Ponce', 'C.', 'Red de Talleres Familiares de Tepito', None, SC, 'Integrante'),
    HO_SE]
acta(stem='blind-ag-hojalateros-07-2024-02-21', layout='AG5', esp='hojalateros',
     body=HO_BODY, number=7, date='2024-02-21', start='10:00', end='12:35', place=HO_PLACE, coordinator=HO_COORD,
     attendance=HO_ATT,
     strategies=[
         S(512, T512,
           [G(*G512_1, ['La Secretaría de Desarrollo Económico instaló 2 módulos de asesoría en las colonias Obrera y Morelos, donde se atendió a 93 personas propietarias de talleres familiares.',
                        'De los talleres atendidos, 31 iniciaron el trámite de uso de suelo ante la SEDUVI y 12 obtuvieron ya su certificado; los demás están a la espera de la revisión de protección civil.']),
            G(*G512_2, None, 'Sin informe.')],
           [(2, 'módulos de asesoría', '512.1', 'instaló 2 módulos de asesoría en las colonias Obrera y Morelos'),
            (93, 'personas propietarias de talleres familiares', '512.1', 'donde se atendió a 93 personas propietarias de talleres familiares'),
            (31, 'talleres', '512.1', '31 iniciaron el trámite de uso de suelo ante la SEDUVI'),
            (12, 'talleres', '512.1', '12 obtuvieron ya su certificado')],
           [('Se reconoce el acompañamiento y que el informe da cifras del trámite completo.', 'retroalimentacion', '512.1', 'avance', 'SE'),
            ('Se solicita al FONDESO informar cuántos créditos para cabinas se han otorgado y su monto.', 'retroalimentacion', '512.2', 'solicita_datos', 'SE'),
            ('La SEDUVI aclaró que la revisión de protección civil no le corresponde y que la realiza la alcaldía.', 'observacion', '512.1', 'instancia', 'Ricardo Maldonado Islas')]),
         S(516, T516,
           [G(*G516_1, ['Se realizaron 146 revisiones médicas a personas trabajadoras de talleres de hojalatería; en 19 casos se detectaron afecciones respiratorias y se canalizó a las personas a la Clínica de Salud Ocupacional.'])],
           [(146, 'revisiones médicas', '516.1', 'Se realizaron 146 revisiones médicas'),
            (19, 'casos', '516.1', 'en 19 casos se detectaron afecciones respiratorias')],
           [('El informe no dice si se entregó equipo de protección, que es lo que reduce la exposición que busca la estrategia.', 'retroalimentacion', '516.1', 'insuficiente', 'SE'),
            ('Los aprendices menores de edad no fueron revisados porque no tienen contrato, y son los que más respiran la pintura.', 'observacion', '516.1', 'cuestiona', 'Adriana Becerra Ponce')])],
     agreements=[A('El FONDESO presentará en la octava sesión el informe de créditos de la meta 512.2.', [], 'FONDESO'),
                 A('La Secretaría de Salud incluirá a aprendices de los talleres en las revisiones de la meta 516.1.', [], 'Secretaría de Salud'),
                 A('La octava sesión ordinaria se celebrará el miércoles 24 de abril de 2024 a las 10:00 horas en la misma sala.', ['2024-04-24'], None, True)],
     next={'date': '2024-04-24', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='one goal report continued in a second table after a page break ("Meta 512.1 (cont.)"); LibreOffice PDF', cont='512.1')
HO_ATT2 = HO_ATT[:3] + [('Fabiola Cienfuegos Mora', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Jefa de Unidad de Cartera')] + HO_ATT[3:6] + [
    ('Esteban Arredondo Luna', 'C.', 'Asociación de Hojalateros de la Colonia Obrera', None, SC, 'Secretario'), HO_SE]
acta(stem='blind-ag-hojalateros-08-2024-04-24', layout='AG5', esp='hojalateros',
     body=HO_BODY, number=8, date='2024-04-24', start='10:00', end='12:10', place=HO_PLACE, coordinator=HO_COORD,
     attendance=HO_ATT2,
     strategies=[
         S(512, T512,
           [G(*G512_1, None, 'Sin informe en el periodo.'),
            G(*G512_2, ['El FONDESO otorgó 18 créditos para la compra de cabinas de pintura, por un monto total de 1,260,000 pesos, a talleres de las colonias Obrera, Morelos y Doctores.',
                        'Otros 9 expedientes fueron rechazados porque los talleres no cuentan con certificado de uso de suelo, requisito de las reglas de operación del programa.'])],
           [(18, 'créditos', '512.2', 'El FONDESO otorgó 18 créditos para la compra de cabinas de pintura'),
            (1260000, 'pesos', '512.2', 'por un monto total de 1,260,000 pesos'),
            (9, 'expedientes', '512.2', 'Otros 9 expedientes fueron rechazados')],
           [('Se reconoce que el FONDESO atendió el acuerdo de la sesión anterior.', 'retroalimentacion', '512.2', 'avance', 'SE'),
            ('Pedir el certificado de uso de suelo para dar el crédito deja fuera justo a los talleres que la meta 512.1 todavía no regulariza.', 'observacion', '512.2', 'cuestiona', 'José Luis Ventura Parra'),
            ('Se exhorta a la Secretaría de Desarrollo Económico a presentar el avance de la meta 512.1 en la siguiente sesión.', 'retroalimentacion', '512.1', 'exhorta', 'SE')]),
         S(516, T516,
           [G(*G516_1, ['Se revisó a 38 aprendices de los talleres, de los cuales 11 son menores de edad, y se entregaron 200 mascarillas con filtro para vapores orgánicos.'])],
           [(38, 'aprendices', '516.1', 'Se revisó a 38 aprendices de los talleres'),
            (11, 'aprendices', '516.1', 'de los cuales 11 son menores de edad'),
            (200, 'mascarillas con filtro para vapores orgánicos', '516.1', 'se entregaron 200 mascarillas con filtro para vapores orgánicos')],
           [('Se reconoce que se atendió el acuerdo sobre los aprendices y la entrega de equipo de protección.', 'retroalimentacion', '516.1', 'avance', 'SE'),
            ('Las mascarillas duran un mes y nadie nos dijo dónde conseguir filtros de repuesto.', 'observacion', '516.1', 'cuestiona', 'Esteban Arredondo Luna')])],
     agreements=[A('La Secretaría de Desarrollo Económico y el FONDESO revisarán el requisito de uso de suelo en las reglas de operación de la meta 512.2.', [], 'Secretaría de Desarrollo Económico y el FONDESO'),
                 A('La Secretaría de Salud informará dónde pueden obtenerse filtros de repuesto para las mascarillas.', [], 'Secretaría de Salud'),
                 A('La novena sesión ordinaria se celebrará el miércoles 26 de junio de 2024 a las 10:00 horas.', ['2024-06-26'], None, True)],
     next={'date': '2024-06-26', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='one goal report continued in a second table after a page break ("Meta 512.2 (cont.)"); LibreOffice PDF', cont='512.2')

# ================================================================ AG6 pirotecnia (agreements only as a SmartArt process graphic, 2013)
PI_BODY = 'Derecho al Trabajo: Artesanos Pirotécnicos y Cohetería Tradicional'
PI_COORD = ('Rigoberto Almanza Téllez', 'Coordinador del Espacio de Participación')
PI_PLACE = 'Sala de juntas de la Secretaría de Protección Civil, Abraham González 67, Juárez'
T281 = 'Garantizar condiciones seguras de trabajo para las personas artesanas de la pirotecnia'
T285 = 'Preservar la cohetería tradicional en las fiestas patronales de los pueblos originarios'
G281_1 = ('281.1', 'Capacitar a las personas artesanas en manejo seguro de pólvora y primeros auxilios', 'Número de personas capacitadas', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC')
G281_2 = ('281.2', 'Verificar las condiciones de los talleres pirotécnicos familiares', 'Número de talleres verificados', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC')
G285_1 = ('285.1', 'Registrar a los grupos de cohetería de las fiestas patronales', 'Número de grupos registrados', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
PI_SE = ('Ximena Garcilazo Paredes', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
PI_ATT = [
    ('Fernando Ocampo Rivas', 'Ing.', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC', IE, 'Director de Capacitación'),
    ('Maricela Duarte Espino', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Subdirectora de Patrimonio'),
    ('Cirilo Mendoza Tapia', 'C.', 'Unión de Artesanos Pirotécnicos de Tláhuac', None, SC, 'Presidente'),
    ('Eustolia Robles Jiménez', 'C.', 'Mayordomía del Pueblo de San Pedro Tláhuac', None, SC, 'Integrante'),
    ('Joel Castañeda Prado', 'Lic.', 'Delegación Tláhuac', 'ALC-TLAHUAC', OT, 'Jefe de Unidad de Protección Civil'),
    ('Anabel Hinojosa Durán', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora investigadora'),
    PI_SE]
acta(stem='blind-ag-pirotecnia-04-2013-06-12', layout='AG6', esp='pirotecnia',
     body=PI_BODY, number=4, date='2013-06-12', start='11:00', end='13:15', place=PI_PLACE, coordinator=PI_COORD,
     attendance=PI_ATT,
     strategies=[
         S(281, T281,
           [G(*G281_1, ['Se impartieron 6 cursos de manejo seguro de pólvora y primeros auxilios en Tláhuac y Milpa Alta, con 142 personas artesanas capacitadas.']),
            G(*G281_2, None, 'No presentó informe.')],
           [(6, 'cursos de manejo seguro de pólvora y primeros auxilios', '281.1', 'Se impartieron 6 cursos de manejo seguro de pólvora y primeros auxilios'),
            (142, 'personas artesanas capacitadas', '281.1', 'con 142 personas artesanas capacitadas')],
           [('Se reconoce que el informe señala los lugares y el número de personas capacitadas.', 'retroalimentacion', '281.1', 'avance', 'SE'),
            ('Es necesario que se informe cuántos talleres familiares se verificaron y con qué resultados.', 'retroalimentacion', '281.2', 'solicita_datos', 'SE'),
            ('Los cursos se dieron en temporada alta de fabricación y muchos compañeros no pudieron ir.', 'observacion', '281.1', 'cuestiona', 'Cirilo Mendoza Tapia')]),
         S(285, T285,
           [G(*G285_1, ['Se registraron 27 grupos de cohetería de 9 pueblos originarios y se elaboró un calendario de 64 fiestas patronales con quema de castillos.'])],
           [(27, 'grupos de cohetería', '285.1', 'Se registraron 27 grupos de cohetería'),
            (9, 'pueblos originarios', '285.1', 'de 9 pueblos originarios'),
            (64, 'fiestas patronales', '285.1', 'un calendario de 64 fiestas patronales con quema de castillos')],
           [('El registro por sí solo no preserva la cohetería tradicional; falta una acción de transmisión del oficio.', 'retroalimentacion', '285.1', 'insuficiente', 'SE'),
            ('La Delegación Tláhuac señaló que los permisos de quema los otorga la Secretaría de la Defensa Nacional y no la delegación.', 'observacion', '285.1', 'instancia', 'Joel Castañeda Prado')])],
     agreements=[A('La Secretaría de Protección Civil presentará el informe de verificación de talleres de la meta 281.2 a más tardar el 28 de junio de 2013.', ['2013-06-28'], 'Secretaría de Protección Civil'),
                 A('La Secretaría de Cultura y la UACM propondrán una acción de transmisión del oficio para la meta 285.1.', [], 'Secretaría de Cultura y la UACM'),
                 A('La quinta sesión ordinaria se llevará a cabo el miércoles 14 de agosto de 2013 a las 11:00 horas.', ['2013-08-14'], None, True)],
     next={'date': '2013-08-14', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='agreements only inside a SmartArt vertical process graphic (text in word/diagrams/, drawing fallback); LibreOffice PDF')
PI_ATT2 = PI_ATT[:2] + [('Raymundo Sáenz Villa', 'Ing.', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC', IE, 'Jefe de Unidad de Verificación')] + PI_ATT[2:4] + [
    ('Abundio Carrasco Flores', 'C.', 'Artesanos Coheteros de Santa Ana Tlacotenco', None, SC, 'Secretario')] + PI_ATT[4:]
acta(stem='blind-ag-pirotecnia-05-2013-08-14', layout='AG6', esp='pirotecnia',
     body=PI_BODY, number=5, date='2013-08-14', start='11:00', end='13:00', place=PI_PLACE, coordinator=PI_COORD,
     attendance=PI_ATT2,
     strategies=[
         S(281, T281,
           [G(*G281_1, None, 'No presentó informe en el periodo.'),
            G(*G281_2, ['Se verificaron 38 talleres pirotécnicos familiares; 21 cumplen las condiciones de seguridad y a 17 se les entregaron recomendaciones de adecuación.'])],
           [(38, 'talleres pirotécnicos familiares', '281.2', 'Se verificaron 38 talleres pirotécnicos familiares'),
            (21, 'talleres pirotécnicos familiares', '281.2', '21 cumplen las condiciones de seguridad'),
            (17, 'talleres pirotécnicos familiares', '281.2', 'a 17 se les entregaron recomendaciones de adecuación')],
           [('Se reconoce que se atendió el acuerdo de la sesión anterior sobre la verificación de talleres.', 'retroalimentacion', '281.2', 'avance', 'SE'),
            ('La Secretaría de Protección Civil debe continuar los cursos de la meta 281.1 fuera de la temporada alta.', 'retroalimentacion', '281.1', 'exhorta', 'SE'),
            ('Las recomendaciones piden obras que un taller familiar no puede pagar; pedimos apoyo para hacerlas.', 'observacion', '281.2', 'cuestiona', 'Abundio Carrasco Flores')]),
         S(285, T285,
           [G(*G285_1, ['Se acordó con la UACM un taller de transmisión del oficio con 12 maestros coheteros y 35 aprendices de los pueblos de Tláhuac y Milpa Alta.'])],
           [(12, 'maestros coheteros', '285.1', 'con 12 maestros coheteros'),
            (35, 'aprendices', '285.1', '35 aprendices de los pueblos de Tláhuac y Milpa Alta')],
           [('Se reconoce que se propuso una acción de transmisión del oficio, como se acordó.', 'retroalimentacion', '285.1', 'avance', 'SE'),
            ('Las mayordomías no fueron consultadas para elegir a los maestros coheteros.', 'observacion', '285.1', 'cuestiona', 'Eustolia Robles Jiménez')])],
     agreements=[A('La Secretaría de Protección Civil informará en la sexta sesión sobre apoyos para las adecuaciones de la meta 281.2.', [], 'Secretaría de Protección Civil'),
                 A('La Secretaría de Cultura convocará a las mayordomías a la selección de maestros coheteros.', [], 'Secretaría de Cultura'),
                 A('La sexta sesión ordinaria se llevará a cabo el miércoles 9 de octubre de 2013 a las 11:00 horas.', ['2013-10-09'], None, True)],
     next={'date': '2013-10-09', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='agreements only inside a SmartArt vertical process graphic; LibreOffice PDF')
