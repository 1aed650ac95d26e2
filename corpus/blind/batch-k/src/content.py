# -*- coding: utf-8 -*-
# Batch K content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs or cuadro dicts] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause (or a cuadro row) of the INFORME
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

# ================================================================ K1 cineclubes (statistical cross-tab "cuadros", 2015)
CIN_BODY = 'Derechos Culturales: Cineclubes Comunitarios y Exhibición Independiente'
CIN_COORD = ('Tomás Echeverría Luna', 'Coordinador del Espacio de Participación')
CIN_PLACE = 'Sala Fósforo de la Secretaría de Cultura, República de Argentina 12, Centro Histórico'
T455 = 'Ampliar la oferta de exhibición cinematográfica comunitaria en colonias con baja infraestructura cultural'
T457 = 'Fortalecer la formación de públicos y de promotores de cineclubes'
G455_1 = ('455.1', 'Apoyar la operación de cineclubes comunitarios con equipo y programación', 'Número de funciones realizadas por cineclubes apoyados',
          'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G455_2 = ('455.2', 'Habilitar espacios públicos delegacionales para exhibición gratuita', 'Número de espacios habilitados',
          'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
G457_1 = ('457.1', 'Impartir talleres de formación de promotores de cineclub dirigidos a personas jóvenes', 'Número de personas jóvenes formadas',
          'Instituto de la Juventud del Distrito Federal', 'INJUVE')
CIN_SE = ('Lorena Bastida Cuéllar', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
CIN_ATT = [
    ('Héctor Manjarrez Villa', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Director de Vinculación Cultural Comunitaria'),
    ('Alma Rosa Quintanar Leal', 'Arq.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Jefa de Unidad de Espacios Culturales'),
    ('Iván Céspedes Ordóñez', 'Lic.', 'Instituto de la Juventud del Distrito Federal', 'INJUVE', IE, 'Subdirector de Programas'),
    ('Marta Iturbide Sosa', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Filmoteca, Departamento de Difusión'),
    ('Gilberto Ramos Ayala', 'C.', 'Red de Cineclubes Comunitarios del Valle de México, A.C.', None, SC, 'Presidente'),
    ('Natalia Fierro Galván', 'C.', 'Colectivo Cine a la Calle', None, SC, 'Programadora'),
    CIN_SE]

acta(stem='blind-k-cineclubes-04-2015-03-18', layout='K1', esp='cineclubes',
     body=CIN_BODY, number=4, date='2015-03-18', start='16:00', end='18:30', place=CIN_PLACE, coordinator=CIN_COORD,
     attendance=CIN_ATT,
     strategies=[
         S(455, T455,
           [G(*G455_1, ['La Secretaría de Cultura informó las funciones y la asistencia de los cineclubes apoyados en el bimestre enero-febrero (ver cuadro 1).',
                        dict(caption='Cuadro 1. Funciones y asistencia por delegación, enero-febrero de 2015', head=['Delegación', 'Funciones', 'Asistentes'],
                             rows=[['Cuauhtémoc', 14, 620], ['Iztapalapa', 9, 415], ['Total', 23, 1035]])]),
            G(*G455_2, None, 'No se presentó informe.')],
           [(14, 'funciones', '455.1', 'Cuauhtémoc 14 620'), (620, 'asistentes', '455.1', 'Cuauhtémoc 14 620'),
            (9, 'funciones', '455.1', 'Iztapalapa 9 415'), (415, 'asistentes', '455.1', 'Iztapalapa 9 415'),
            (23, 'funciones', '455.1', 'Total 23 1035'), (1035, 'asistentes', '455.1', 'Total 23 1035')],
           [('El cuadro permite conocer el avance por delegación; se reconoce que se presenten datos desagregados.', 'retroalimentacion', '455.1', 'avance', 'SE'),
            ('Es necesario que la Delegación Iztapalapa informe qué espacios públicos ha habilitado y en qué colonias.', 'retroalimentacion', '455.2', 'solicita_datos', 'SE'),
            ('Los cineclubes de Iztapalapa no han recibido el proyector comprometido; las funciones se hacen con equipo prestado.', 'observacion', '455.1', 'cuestiona', 'Gilberto Ramos Ayala')]),
         S(457, T457,
           [G(*G457_1, ['Se impartieron 3 talleres de promotores de cineclub con 58 personas jóvenes inscritas en el Faro de Oriente y la Casa del Lago.'])],
           [(3, 'talleres', '457.1', 'Se impartieron 3 talleres de promotores de cineclub'),
            (58, 'personas jóvenes', '457.1', 'con 58 personas jóvenes inscritas')],
           [('El INJUVE señaló que no cuenta con presupuesto para dar constancias con valor curricular y solicitó apoyo de la Secretaría de Cultura.', 'observacion', '457.1', 'instancia', 'Iván Céspedes Ordóñez'),
            ('Se sugiere convocar a la Filmoteca de la UNAM para que sus talleres se cuenten en esta meta.', 'observacion', '457.1', 'proceso', 'Marta Iturbide Sosa')]),
     ],
     agreements=[
         A('La Delegación Iztapalapa enviará la relación de espacios habilitados a más tardar el 10 de abril de 2015.', ['2015-04-10'], 'Delegación Iztapalapa'),
         A('La Secretaría de Cultura informará la fecha de entrega de proyectores a los cineclubes de la estrategia 455.', [], 'Secretaría de Cultura', strategies=[455]),
         A('La quinta sesión ordinaria se realizará el miércoles 20 de mayo de 2015 a las 16:00 horas en la Sala Fósforo.', ['2015-05-20'], None, next_session=True)],
     next={'date': '2015-05-20', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='figures only in statistical cross-tab cuadros (indicator x delegación with a Total row); report text points at them ("ver cuadro 1")')

acta(stem='blind-k-cineclubes-05-2015-05-20', layout='K1', esp='cineclubes',
     body=CIN_BODY, number=5, date='2015-05-20', start='16:00', end='18:10', place=CIN_PLACE, coordinator=CIN_COORD,
     attendance=CIN_ATT[:5] + [('Susana Olvera Pichardo', 'C.', 'Cineclub El Ojo Colectivo de Tepito', None, SC, 'Integrante')] + [CIN_SE],
     strategies=[
         S(455, T455,
           [G(*G455_1, ['La Secretaría de Cultura actualizó las cifras del periodo marzo-abril (ver cuadro 1).',
                        dict(caption='Cuadro 1. Funciones y asistencia por delegación, marzo-abril de 2015', head=['Delegación', 'Funciones', 'Asistentes'],
                             rows=[['Cuauhtémoc', 17, 702], ['Iztapalapa', 12, 538], ['Total', 29, 1240]])]),
            G(*G455_2, ['La Delegación habilitó 4 explanadas para funciones gratuitas de fin de semana.'])],
           [(17, 'funciones', '455.1', 'Cuauhtémoc 17 702'), (702, 'asistentes', '455.1', 'Cuauhtémoc 17 702'),
            (12, 'funciones', '455.1', 'Iztapalapa 12 538'), (538, 'asistentes', '455.1', 'Iztapalapa 12 538'),
            (29, 'funciones', '455.1', 'Total 29 1240'), (1240, 'asistentes', '455.1', 'Total 29 1240'),
            (4, 'explanadas', '455.2', 'La Delegación habilitó 4 explanadas')],
           [('Se observa un incremento de funciones respecto del bimestre anterior.', 'retroalimentacion', '455.1', 'avance', 'SE'),
            ('La habilitación de explanadas contribuye, pero por sí sola no da cumplimiento a la meta si no se garantiza equipo y personal.', 'retroalimentacion', '455.2', 'insuficiente', 'SE'),
            ('Las funciones en explanadas se cancelan cuando hay eventos delegacionales; no hay calendario fijo.', 'observacion', '455.2', 'cuestiona', 'Susana Olvera Pichardo')]),
         S(457, T457,
           [G(*G457_1, None, 'No se presentó informe.')],
           [],
           [('Es necesario que el INJUVE abra la convocatoria de talleres que establece la meta.', 'retroalimentacion', '457.1', 'exhorta', 'SE'),
            ('Las actividades de la Red con jóvenes deberían registrarse en la estrategia 455, meta 455.1.', 'observacion', '457.1', 'reasignar', 'Gilberto Ramos Ayala')]),
     ],
     agreements=[
         A('El INJUVE presentará su informe de la meta 457.1 antes del 19 de junio de 2015.', ['2015-06-19'], 'INJUVE'),
         A('La Delegación Iztapalapa publicará un calendario fijo de funciones en explanadas.', [], 'Delegación Iztapalapa'),
         A('La sexta sesión ordinaria se realizará el miércoles 22 de julio de 2015 a las 16:00 horas.', ['2015-07-22'], None, next_session=True)],
     next={'date': '2015-07-22', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='figures only in statistical cross-tab cuadros (indicator x delegación with a Total row); report text points at them ("ver cuadro 1")')

# ================================================================ K2 albergues (agreements follow-up table, 2021)
ALB_BODY = 'Derechos de las Personas en Albergues y Centros de Asistencia Social'
ALB_COORD = ('Verónica Landa Ibarra', 'Coordinadora del Espacio de Participación')
ALB_PLACE = 'Videoconferencia en la plataforma institucional de la Secretaría Ejecutiva'
T233 = 'Garantizar condiciones dignas de estancia en los albergues públicos y privados'
T236 = 'Supervisar los centros de asistencia social que reciben a niñas, niños y adolescentes'
G233_1 = ('233.1', 'Verificar las condiciones sanitarias de los albergues públicos', 'Número de albergues verificados',
          'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G233_2 = ('233.2', 'Ampliar la capacidad de pernocta en temporada invernal', 'Número de camas adicionales habilitadas',
          'Instituto de Atención a Poblaciones Prioritarias', 'IASIS')
G236_1 = ('236.1', 'Realizar visitas de supervisión a los centros de asistencia social registrados', 'Porcentaje de centros supervisados',
          'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G236_2 = ('236.2', 'Integrar el registro único de centros de asistencia social', 'Registro integrado y publicado',
          'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
ALB_SE = ('Óscar Villaseñor Pliego', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
ALB_ATT = [
    ('Rebeca Nájera Solís', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Directora de Vigilancia Sanitaria'),
    ('Mauricio Trejo Alcántara', 'Lic.', 'Instituto de Atención a Poblaciones Prioritarias', 'IASIS', IE, 'Coordinador de Albergues'),
    ('Claudia Pimentel Rueda', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirectora de Centros de Asistencia'),
    ('Ernesto Valdivia Ponce', 'Mtro.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Director de Registro'),
    ('Sofía Arredondo Kuri', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    ('Pedro Montiel Zamudio', 'C.', 'Red por los Derechos de las Personas Albergadas, A.C.', None, SC, 'Coordinador'),
    ('Lucía Gamboa Herrera', 'Mtra.', 'Hogar Comunitario San Judas, I.A.P.', None, SC, 'Directora'),
    ALB_SE]

acta(stem='blind-k-albergues-09-2021-02-11', layout='K2', esp='albergues',
     body=ALB_BODY, number=9, date='2021-02-11', start='10:00', end='12:20', place=ALB_PLACE, coordinator=ALB_COORD,
     attendance=ALB_ATT,
     prev=[('7/2', 'La SIBISO compartirá el formato del registro único de centros de asistencia social.', 'SIBISO', '30/10/2020', 'Cumplido'),
           ('8/1', 'La Secretaría de Salud entregará el calendario de verificaciones sanitarias de invierno.', 'Secretaría de Salud', '04/12/2020', 'Cumplido'),
           ('8/2', 'El DIF enviará el número de centros supervisados en 2020.', 'DIF', '15/01/2021', 'En proceso')],
     strategies=[
         S(233, T233,
           [G(*G233_1, ['Se verificaron 18 albergues públicos; en 5 se dictaron medidas correctivas por ventilación y sanitarios.']),
            G(*G233_2, ['Se habilitaron 240 camas adicionales en 6 albergues de temporada invernal.'])],
           [(18, 'albergues públicos', '233.1', 'Se verificaron 18 albergues públicos'),
            (5, 'albergues', '233.1', 'en 5 se dictaron medidas correctivas'),
            (240, 'camas adicionales', '233.2', 'Se habilitaron 240 camas adicionales en 6 albergues'),
            (6, 'albergues', '233.2', 'en 6 albergues de temporada invernal')],
           [('Se reportan datos duros que permiten conocer el alcance de la verificación sanitaria.', 'retroalimentacion', '233.1', 'avance', 'SE'),
            ('Se solicita informar en cuáles albergues se dictaron medidas y si ya se corrigieron.', 'retroalimentacion', '233.1', 'solicita_datos', 'SE'),
            ('Las camas de invierno se retiran en marzo y las personas vuelven a la calle; la meta no atiende la permanencia.', 'observacion', '233.2', 'cuestiona', 'Pedro Montiel Zamudio')]),
         S(236, T236,
           [G(*G236_1, ['El DIF supervisó 37 de 52 centros registrados, el 71 por ciento.']),
            G(*G236_2, None, 'Sin informe.')],
           [(37, 'centros', '236.1', 'El DIF supervisó 37 de 52 centros registrados'),
            (52, 'centros registrados', '236.1', '37 de 52 centros registrados'),
            (71, 'por ciento', '236.1', 'el 71 por ciento')],
           [('El DIF señaló que la supervisión de centros privados requiere un convenio con la Junta de Asistencia Privada.', 'observacion', '236.1', 'instancia', 'Claudia Pimentel Rueda'),
            ('Es necesario que la SIBISO ponga en marcha el registro único que mandata la meta.', 'retroalimentacion', '236.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud informará qué albergues corrigieron las medidas dictadas.', ['2021-03-12'], 'Secretaría de Salud', fecha='12/03/2021'),
         A('La SIBISO presentará el avance del registro único de la meta 236.2.', ['2021-03-26'], 'SIBISO', fecha='26/03/2021'),
         A('Celebrar la décima sesión ordinaria el jueves 15 de abril de 2021 a las 10:00 horas, por videoconferencia.', ['2021-04-15'], None, next_session=True, fecha='15/04/2021')],
     next={'date': '2021-04-15', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='agreements follow-up table (No. | Acuerdo | Responsable | Fecha compromiso | Estatus) mixing earlier sessions\' agreements with this session\'s')

acta(stem='blind-k-albergues-10-2021-04-15', layout='K2', esp='albergues',
     body=ALB_BODY, number=10, date='2021-04-15', start='10:00', end='12:05', place=ALB_PLACE, coordinator=ALB_COORD,
     attendance=ALB_ATT[:5] + ALB_ATT[6:],
     prev=[('8/2', 'El DIF enviará el número de centros supervisados en 2020.', 'DIF', '15/01/2021', 'Cumplido'),
           ('9/1', 'La Secretaría de Salud informará qué albergues corrigieron las medidas dictadas.', 'Secretaría de Salud', '12/03/2021', 'Cumplido'),
           ('9/2', 'La SIBISO presentará el avance del registro único de la meta 236.2.', 'SIBISO', '26/03/2021', 'En proceso')],
     strategies=[
         S(233, T233,
           [G(*G233_1, ['De los 5 albergues con medidas correctivas, 4 ya las atendieron; se verificaron 9 albergues más.']),
            G(*G233_2, None, 'Sin informe.')],
           [(5, 'albergues', '233.1', 'De los 5 albergues con medidas correctivas'),
            (4, 'albergues', '233.1', '4 ya las atendieron'),
            (9, 'albergues', '233.1', 'se verificaron 9 albergues más')],
           [('El seguimiento a las medidas correctivas muestra avance real en la meta.', 'retroalimentacion', '233.1', 'avance', 'SE'),
            ('Lo reportado sobre traslados a hospitales no coincide con la meta de pernocta; se recomienda omitirlo.', 'retroalimentacion', '233.2', 'desalineado', 'SE')]),
         S(236, T236,
           [G(*G236_1, ['El DIF concluyó la supervisión de 52 centros y firmó 1 convenio con la Junta de Asistencia Privada.']),
            G(*G236_2, ['La SIBISO integró 46 fichas de centros en el registro; falta publicar.'])],
           [(52, 'centros', '236.1', 'El DIF concluyó la supervisión de 52 centros'),
            (1, 'convenio', '236.1', 'firmó 1 convenio con la Junta de Asistencia Privada'),
            (46, 'fichas de centros', '236.2', 'La SIBISO integró 46 fichas de centros en el registro')],
           [('El indicador "Registro integrado y publicado" no es medible por etapas; conviene reformularlo.', 'retroalimentacion', '236.2', 'diseno_meta', 'SE'),
            ('Se pide que a la siguiente sesión acuda el área de la SIBISO que opera el registro.', 'observacion', '236.2', 'proceso', 'Sofía Arredondo Kuri'),
            ('La supervisión no incluye entrevistas con las niñas y niños; sin ellas no se sabe cómo viven en los centros.', 'observacion', '236.1', 'cuestiona', 'Lucía Gamboa Herrera')]),
     ],
     agreements=[
         A('El Instituto de Atención a Poblaciones Prioritarias enviará el cierre de la temporada invernal.', ['2021-05-14'], 'Instituto de Atención a Poblaciones Prioritarias', fecha='14/05/2021'),
         A('La Secretaría Ejecutiva propondrá una nueva redacción del indicador de la meta 236.2.', ['2021-05-28'], 'Secretaría Ejecutiva', fecha='28/05/2021'),
         A('Celebrar la undécima sesión ordinaria el jueves 17 de junio de 2021 a las 10:00 horas, por videoconferencia.', ['2021-06-17'], None, next_session=True, fecha='17/06/2021')],
     next={'date': '2021-06-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='agreements follow-up table (No. | Acuerdo | Responsable | Fecha compromiso | Estatus) mixing earlier sessions\' agreements with this session\'s')

# ================================================================ K3 danza (dictated to a phone and transcribed, no headings, 2023)
DAN_BODY = 'Derechos Culturales de las Personas Bailarinas y las Comunidades de Danza'
DAN_COORD = ('Paola Irigoyen Sáenz', 'coordinadora del Espacio')
DAN_PLACE = 'salón de ensayos del Centro Cultural Ollin Yoliztli'
T472 = 'Mejorar las condiciones laborales y de seguridad social de las personas bailarinas'
T474 = 'Ampliar los espacios públicos para la práctica y la enseñanza de la danza'
G472_1 = ('472.1', 'incorporar a las personas bailarinas de las compañías de la ciudad a un esquema de seguridad social', 'número de personas bailarinas incorporadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G472_2 = ('472.2', 'brindar atención a lesiones propias de la práctica dancística', 'número de atenciones brindadas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G474_1 = ('474.1', 'abrir salones de danza en los Puntos de Innovación, Libertad, Arte, Educación y Saberes', 'número de salones abiertos',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
DAN_SE = ('Joaquín Estrada Beltrán', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'enlace')
DAN_ATT = [
    ('Mariana Cervantes Olea', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'directora de Fomento a la Danza'),
    ('Ricardo Lozada Peña', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'subdirector de Previsión Social'),
    ('Adriana Vilchis Romo', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Dirección de Danza'),
    ('Fernando Salgado Nieto', 'C.', 'Colectivo de Bailarines Independientes', None, SC, 'vocero'),
    ('Berenice Ocampo Lira', 'C.', 'Asociación de Maestras de Danza Folklórica de Iztacalco, A.C.', None, SC, 'presidenta'),
    ('Hugo Medellín Corral', 'C.', 'Compañía Cuerpo Urbano', None, SC, 'director'),
    DAN_SE]

acta(stem='blind-k-danza-02-2023-06-06', layout='K3', esp='danza',
     body=DAN_BODY, number=2, date='2023-06-06', start='10:00', end='12:30', place=DAN_PLACE, coordinator=DAN_COORD,
     attendance=DAN_ATT,
     strategies=[
         S(472, T472,
           [G(*G472_1, None, 'no trajo informe porque la convocatoria sigue en revisión jurídica'),
            G(*G472_2, ['se dieron 86 atenciones de fisioterapia en 2 consultorios, la mayoría por lesiones de rodilla'])],
           [(86, 'atenciones de fisioterapia', '472.2', 'se dieron 86 atenciones de fisioterapia en 2 consultorios'),
            (2, 'consultorios', '472.2', 'en 2 consultorios')],
           [('hace falta que la Secretaría de Trabajo arranque ya el esquema de seguridad social que pide la meta', 'retroalimentacion', '472.1', 'exhorta', 'SE'),
            ('de las atenciones se necesita saber cuántas personas distintas fueron y de qué compañías', 'retroalimentacion', '472.2', 'solicita_datos', 'SE'),
            ('la fisioterapia ayuda pero por sí sola no resuelve que no tengamos seguro médico', 'observacion', '472.2', 'insuficiente', 'Fernando Salgado Nieto')]),
         S(474, T474,
           [G(*G474_1, ['se abrieron 5 salones de danza en PILARES con 310 personas inscritas y 24 horas de clase a la semana'])],
           [(5, 'salones de danza', '474.1', 'se abrieron 5 salones de danza en PILARES'),
            (310, 'personas inscritas', '474.1', 'con 310 personas inscritas'),
            (24, 'horas de clase a la semana', '474.1', '24 horas de clase a la semana')],
           [('se reconoce que ya hay salones funcionando y que se dan cifras de inscripción', 'retroalimentacion', '474.1', 'avance', 'SE'),
            ('los salones tienen piso de concreto y eso lastima a las alumnas, no es un espacio adecuado para danza', 'observacion', '474.1', 'cuestiona', 'Berenice Ocampo Lira')]),
     ],
     agreements=[
         A('la Secretaría de Trabajo enviará el calendario de la convocatoria de seguridad social antes del 30 de junio', ['2023-06-30'], 'Secretaría de Trabajo'),
         A('la Secretaría de Cultura revisará el piso de los salones de la estrategia 474 con las maestras de danza', [], 'Secretaría de Cultura'),
         A('la próxima sesión será el martes 1 de agosto a las 10 de la mañana aquí mismo en el Ollin Yoliztli', ['2023-08-01'], None, next_session=True)],
     next={'date': '2023-08-01', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='minutes dictated to a phone and transcribed: no headings, every section introduced in a sentence, lower-case run-on clauses')

acta(stem='blind-k-danza-03-2023-08-01', layout='K3', esp='danza',
     body=DAN_BODY, number=3, date='2023-08-01', start='10:00', end='11:50', place=DAN_PLACE, coordinator=DAN_COORD,
     attendance=DAN_ATT[:2] + DAN_ATT[3:] + [('Laura Espinosa Tamez', 'C.', 'Sindicato de Trabajadores de la Danza', None, SC, 'secretaria general')] + [DAN_SE],
     strategies=[
         S(472, T472,
           [G(*G472_1, ['se publicó la convocatoria y se registraron 142 personas bailarinas, de las cuales 65 ya quedaron incorporadas']),
            G(*G472_2, None, 'no mandó informe esta vez')],
           [(142, 'personas bailarinas', '472.1', 'se registraron 142 personas bailarinas'),
            (65, 'personas bailarinas', '472.1', 'de las cuales 65 ya quedaron incorporadas')],
           [('es un avance real que ya haya personas incorporadas al esquema', 'retroalimentacion', '472.1', 'avance', 'SE'),
            ('la Secretaría de Trabajo dijo que el esquema solo cubre a quien tiene contrato y pidió a la Secretaría Ejecutiva ayuda para incluir a independientes', 'observacion', '472.1', 'instancia', 'Ricardo Lozada Peña'),
            ('sería bueno que a la sesión venga también el área de servicios médicos de Cultura, que es la que tiene los datos', 'retroalimentacion', '472.2', 'proceso', 'SE')]),
         S(474, T474,
           [G(*G474_1, ['ya son 8 salones, se cambió el piso en 3 y hay 455 personas inscritas'])],
           [(8, 'salones', '474.1', 'ya son 8 salones'),
            (3, 'salones', '474.1', 'se cambió el piso en 3'),
            (455, 'personas inscritas', '474.1', 'hay 455 personas inscritas')],
           [('las clases de baile de salón para personas mayores caben mejor en la estrategia de personas mayores, meta 512.3', 'retroalimentacion', '474.1', 'reasignar', 'SE'),
            ('falta decir en qué PILARES están los salones nuevos', 'observacion', '474.1', 'solicita_datos', 'Hugo Medellín Corral')]),
     ],
     agreements=[
         A('la Secretaría Ejecutiva buscará a la Secretaría de Trabajo para ver cómo incluir a las personas bailarinas independientes', [], 'Secretaría Ejecutiva'),
         A('la Secretaría de Cultura mandará la lista de PILARES con salón de danza a más tardar el 25 de agosto', ['2023-08-25'], 'Secretaría de Cultura'),
         A('la siguiente sesión queda para el martes 3 de octubre a las 10 de la mañana', ['2023-10-03'], None, next_session=True)],
     next={'date': '2023-10-03', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='minutes dictated to a phone and transcribed: no headings, every section introduced in a sentence, lower-case run-on clauses')

# ================================================================ K4 azoteas (bound minutes book, two pages per image, 2017)
AZO_BODY = 'Derecho a un Medio Ambiente Sano: Azoteas Verdes y Agricultura Urbana'
AZO_COORD = ('Rodolfo Santibáñez Mora', 'Coordinador del Espacio de Participación')
AZO_PLACE = 'Sala de juntas de la Secretaría del Medio Ambiente, Plaza de la Constitución 1, tercer piso'
T612 = 'Impulsar la naturación de azoteas en edificios públicos y vivienda social'
T615 = 'Promover la agricultura urbana en azoteas como fuente de alimentos saludables'
G612_1 = ('612.1', 'Naturar azoteas de edificios públicos del Gobierno del Distrito Federal', 'Metros cuadrados de azotea naturada',
          'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
G612_2 = ('612.2', 'Otorgar incentivos fiscales a quienes naturen azoteas de vivienda', 'Número de constancias de reducción emitidas',
          'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
G615_1 = ('615.1', 'Financiar proyectos de huertos en azoteas de unidades habitacionales', 'Número de proyectos financiados',
          'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
AZO_SE = ('Itzel Carrasco Yáñez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
AZO_ATT = [
    ('Leonel Barrientos Coss', 'Biól.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Director de Reforestación Urbana'),
    ('Graciela Portillo Meza', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirectora de Agricultura Urbana'),
    ('Jorge Alanís Treviño', 'Arq.', 'Secretaría de Obras y Servicios', 'SOBSE', IE, 'Jefe de Unidad de Proyectos'),
    ('Eugenia Robledo Haro', 'Lic.', 'Delegación Coyoacán', 'ALC-COYOACAN', OT, 'Directora de Ecología'),
    ('Armando Cisneros Paz', 'C.', 'Techos Vivos Ciudad, A.C.', None, SC, 'Director'),
    ('Dolores Quiroga Bernal', 'C.', 'Cooperativa Huerto Alto de la Unidad Habitacional Villa Panamericana', None, SC, 'Socia'),
    AZO_SE]

acta(stem='blind-k-azoteas-11-2017-05-25', layout='K4', esp='azoteas',
     body=AZO_BODY, number=11, date='2017-05-25', start='11:00', end='13:30', place=AZO_PLACE, coordinator=AZO_COORD,
     attendance=AZO_ATT, folio=47,
     strategies=[
         S(612, T612,
           [G(*G612_1, ['Se naturaron 2,350 metros cuadrados en 4 edificios públicos, entre ellos 2 hospitales.']),
            G(*G612_2, ['Se emitieron 38 constancias de reducción del impuesto predial, con una reducción promedio del 10 por ciento.'])],
           [(2350, 'metros cuadrados', '612.1', 'Se naturaron 2,350 metros cuadrados en 4 edificios públicos'),
            (4, 'edificios públicos', '612.1', 'en 4 edificios públicos'),
            (2, 'hospitales', '612.1', 'entre ellos 2 hospitales'),
            (38, 'constancias de reducción', '612.2', 'Se emitieron 38 constancias de reducción del impuesto predial'),
            (10, 'por ciento', '612.2', 'con una reducción promedio del 10 por ciento')],
           [('El informe presenta datos claros de superficie naturada.', 'retroalimentacion', '612.1', 'avance', 'SE'),
            ('Se requiere saber en qué delegaciones se ubican las viviendas que obtuvieron constancia.', 'retroalimentacion', '612.2', 'solicita_datos', 'SE'),
            ('El incentivo sólo beneficia a propietarios con recursos; la vivienda social no puede pagar la obra.', 'observacion', '612.2', 'cuestiona', 'Armando Cisneros Paz')]),
         S(615, T615,
           [G(*G615_1, None, 'No reportó.')],
           [],
           [('Es necesario que la SEDEREC publique la convocatoria de proyectos de huertos en azoteas.', 'retroalimentacion', '615.1', 'exhorta', 'SE'),
            ('La SEDEREC manifestó que las reglas de operación no le permiten apoyar a unidades habitacionales sin régimen de condominio.', 'observacion', '615.1', 'instancia', 'Graciela Portillo Meza')]),
     ],
     agreements=[
         A('La Secretaría del Medio Ambiente enviará el desglose de constancias por delegación antes del 23 de junio de 2017.', ['2017-06-23'], 'Secretaría del Medio Ambiente'),
         A('La SEDEREC presentará una propuesta de ajuste a sus reglas de operación para la meta 615.1.', [], 'SEDEREC'),
         A('La duodécima sesión ordinaria se celebrará el jueves 27 de julio de 2017, a las 11:00 horas, en esta misma sala.', ['2017-07-27'], None, next_session=True)],
     next={'date': '2017-07-27', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='bound minutes book photographed two pages per image: curved gutter, shadow in the middle, grey JPEG, no text layer')

acta(stem='blind-k-azoteas-12-2017-07-27', layout='K4', esp='azoteas',
     body=AZO_BODY, number=12, date='2017-07-27', start='11:00', end='13:15', place=AZO_PLACE, coordinator=AZO_COORD,
     attendance=AZO_ATT[:3] + AZO_ATT[4:6] + [('Enrique Baltazar Ugarte', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Instituto de Biología')] + [AZO_SE], folio=51,
     strategies=[
         S(612, T612,
           [G(*G612_1, ['Se sumaron 1,180 metros cuadrados en 3 edificios; el acumulado del año es de 3,530 metros cuadrados.']),
            G(*G612_2, None, 'No reportó.')],
           [(1180, 'metros cuadrados', '612.1', 'Se sumaron 1,180 metros cuadrados en 3 edificios'),
            (3, 'edificios', '612.1', 'en 3 edificios'),
            (3530, 'metros cuadrados', '612.1', 'el acumulado del año es de 3,530 metros cuadrados')],
           [('Se reconoce el avance acumulado en edificios públicos.', 'retroalimentacion', '612.1', 'avance', 'SE'),
            ('El indicador de metros cuadrados no permite saber si las azoteas se mantienen vivas después del primer año.', 'observacion', '612.1', 'diseno_meta', 'Enrique Baltazar Ugarte')]),
         S(615, T615,
           [G(*G615_1, ['Se financiaron 12 proyectos de huertos en azoteas con 1,450,000 pesos.'])],
           [(12, 'proyectos de huertos', '615.1', 'Se financiaron 12 proyectos de huertos en azoteas'),
            (1450000, 'pesos', '615.1', 'con 1,450,000 pesos')],
           [('Los 12 proyectos contribuyen, pero por sí solos no cumplen la meta mientras las unidades habitacionales sigan excluidas.', 'retroalimentacion', '615.1', 'insuficiente', 'SE'),
            ('Los talleres de composta en azoteas corresponden a la estrategia 618, meta 618.2.', 'retroalimentacion', '615.1', 'reasignar', 'SE'),
            ('Solicitamos que las cooperativas participen en el comité que dictamina los proyectos.', 'observacion', '615.1', 'proceso', 'Dolores Quiroga Bernal')]),
     ],
     agreements=[
         A('La Secretaría del Medio Ambiente informará sobre las constancias de la meta 612.2 en la siguiente sesión.', [], 'Secretaría del Medio Ambiente'),
         A('La SEDEREC invitará a dos cooperativas al comité dictaminador a más tardar el 18 de agosto de 2017.', ['2017-08-18'], 'SEDEREC'),
         A('La decimotercera sesión ordinaria se celebrará el jueves 28 de septiembre de 2017, a las 11:00 horas.', ['2017-09-28'], None, next_session=True)],
     next={'date': '2017-09-28', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='bound minutes book photographed two pages per image: curved gutter, shadow in the middle, grey JPEG, no text layer')

# ================================================================ K5 nocturna (banded report from a reporting engine, 2013)
NOC_BODY = 'Derechos Laborales de las Personas Trabajadoras de la Economía Nocturna'
NOC_COORD = ('Abigail Fonseca Durán', 'Coordinadora del Espacio de Participación')
NOC_PLACE = 'Auditorio de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58, colonia Tránsito'
T338 = 'Promover el cumplimiento de las condiciones generales de trabajo en establecimientos con horario nocturno'
T341 = 'Garantizar la movilidad segura de las personas que trabajan de noche'
G338_1 = ('338.1', 'Realizar visitas de inspección laboral en establecimientos con horario nocturno', 'Número de visitas de inspección realizadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G338_2 = ('338.2', 'Capacitar a personas empleadoras de bares y restaurantes sobre derechos laborales', 'Número de establecimientos capacitados',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G341_1 = ('341.1', 'Ampliar rutas de transporte público nocturno en corredores de ocio', 'Número de rutas nocturnas en operación',
          'Red de Transporte de Pasajeros del Distrito Federal', None)
NOC_SE = ('Mónica Lugo Ávila', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
NOC_ATT = [
    ('Raúl Garduño Espino', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Inspección'),
    ('Silvia Monroy Cantú', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirectora de Normatividad'),
    ('Alfonso Becerra Ruiz', 'Ing.', 'Red de Transporte de Pasajeros del Distrito Federal', None, IE, 'Gerente de Operación'),
    ('Norma Villegas Osuna', 'Lic.', 'Instituto para la Atención y Prevención de las Adicciones en la Ciudad de México', 'IAPA', OT, 'Coordinadora de Prevención'),
    ('Javier Cortina Lemus', 'C.', 'Sindicato Independiente de Trabajadores de Bares y Centros Nocturnos', None, SC, 'Secretario General'),
    ('Karla Rendón Medina', 'C.', 'Colectivo Noche Digna', None, SC, 'Integrante'),
    ('Beatriz Olmedo Saldaña', 'C.', 'Asociación de Meseras y Meseros del Centro, A.C.', None, SC, 'Presidenta'),
    NOC_SE]

acta(stem='blind-k-nocturna-03-2013-10-09', layout='K5', esp='nocturna',
     body=NOC_BODY, number=3, date='2013-10-09', start='18:00', end='20:15', place=NOC_PLACE, coordinator=NOC_COORD,
     attendance=NOC_ATT,
     strategies=[
         S(338, T338,
           [G(*G338_1, ['Se realizaron 64 visitas de inspección en bares, discotecas y restaurantes; en 29 se detectó falta de pago de horas extra y se levantaron 11 actas de infracción.']),
            G(*G338_2, None, 'SIN REGISTRO')],
           [(64, 'visitas de inspección', '338.1', 'Se realizaron 64 visitas de inspección'),
            (29, 'visitas de inspección', '338.1', 'en 29 se detectó falta de pago de horas extra'),
            (11, 'actas de infracción', '338.1', 'se levantaron 11 actas de infracción')],
           [('El informe da cuenta de las inspecciones con datos duros.', 'retroalimentacion', '338.1', 'avance', 'SE'),
            ('Se solicita precisar en qué delegaciones se hicieron las visitas y cuántas sanciones se impusieron.', 'retroalimentacion', '338.1', 'solicita_datos', 'SE'),
            ('Las inspecciones se hacen de día, cuando el personal nocturno no está; así no se ve el problema.', 'observacion', '338.1', 'cuestiona', 'Javier Cortina Lemus')]),
         S(341, T341,
           [G(*G341_1, ['Operan 3 rutas nocturnas con 22 unidades entre las 23:00 y las 5:00 horas.'])],
           [(3, 'rutas nocturnas', '341.1', 'Operan 3 rutas nocturnas con 22 unidades'),
            (22, 'unidades', '341.1', 'con 22 unidades')],
           [('La RTP informó que no tiene unidades suficientes para nuevas rutas y pidió que la Secretaría Ejecutiva gestione recursos.', 'observacion', '341.1', 'instancia', 'Alfonso Becerra Ruiz'),
            ('Conviene que en la siguiente sesión participe la Secretaría de Seguridad Pública, por la vigilancia en paradas.', 'retroalimentacion', '341.1', 'proceso', 'SE')]),
     ],
     agreements=[
         A('La STyFE presentará el desglose de visitas por delegación en la próxima sesión.', [], 'STyFE'),
         A('La SEDECO enviará el programa de capacitación de la meta 338.2 a más tardar el 8 de noviembre de 2013.', ['2013-11-08'], 'SEDECO'),
         A('Cuarta sesión ordinaria: miércoles 4 de diciembre de 2013, 18:00 horas, misma sede.', ['2013-12-04'], None, next_session=True)],
     next={'date': '2013-12-04', 'start_time': '18:00', 'end_time': None, 'strategies': []},
     notes='banded report exported from a reporting engine: page header band, group header per strategy, detail rows per goal, group footer counts, "Página N de M" footer')

acta(stem='blind-k-nocturna-04-2013-12-04', layout='K5', esp='nocturna',
     body=NOC_BODY, number=4, date='2013-12-04', start='18:00', end='19:55', place=NOC_PLACE, coordinator=NOC_COORD,
     attendance=NOC_ATT,
     strategies=[
         S(338, T338,
           [G(*G338_1, ['Se hicieron 41 visitas en horario nocturno en Cuauhtémoc y Miguel Hidalgo; se impusieron 17 sanciones por un total de 312,000 pesos.']),
            G(*G338_2, ['Se capacitó a 85 establecimientos en 4 sesiones con la Cámara Nacional de la Industria Restaurantera.'])],
           [(41, 'visitas', '338.1', 'Se hicieron 41 visitas en horario nocturno'),
            (17, 'sanciones', '338.1', 'se impusieron 17 sanciones'),
            (312000, 'pesos', '338.1', 'por un total de 312,000 pesos'),
            (85, 'establecimientos', '338.2', 'Se capacitó a 85 establecimientos en 4 sesiones'),
            (4, 'sesiones', '338.2', 'en 4 sesiones')],
           [('Se reconoce que las visitas ya se realizan en horario nocturno.', 'retroalimentacion', '338.1', 'avance', 'SE'),
            ('La capacitación a empleadores aporta, pero por sí sola no da cumplimiento a la meta sin seguimiento en los centros de trabajo.', 'retroalimentacion', '338.2', 'insuficiente', 'SE'),
            ('Los cursos sobre consumo de alcohol reportados por la SEDECO no corresponden a derechos laborales; se recomienda omitirlos.', 'observacion', '338.2', 'desalineado', 'Norma Villegas Osuna')]),
         S(341, T341,
           [G(*G341_1, None, 'SIN REGISTRO')],
           [],
           [('Es necesario que la RTP inicie el estudio de demanda para las rutas de los corredores de ocio.', 'retroalimentacion', '341.1', 'exhorta', 'SE'),
            ('La meta no dice qué corredores de ocio ni con qué horario; así no se puede medir.', 'observacion', '341.1', 'diseno_meta', 'Karla Rendón Medina')]),
     ],
     agreements=[
         A('La RTP entregará su informe de la meta 341.1 antes del 17 de enero de 2014.', ['2014-01-17'], 'RTP'),
         A('La Secretaría Ejecutiva invitará a la Secretaría de Seguridad Pública a la estrategia 341.', [], 'Secretaría Ejecutiva'),
         A('Quinta sesión ordinaria: miércoles 12 de febrero de 2014, 18:00 horas, misma sede.', ['2014-02-12'], None, next_session=True)],
     next={'date': '2014-02-12', 'start_time': '18:00', 'end_time': None, 'strategies': []},
     notes='banded report exported from a reporting engine: page header band, group header per strategy, detail rows per goal, group footer counts, "Página N de M" footer')

# ================================================================ K6 humedales (landscape matrix with vertical btLr text, 2019)
HUM_BODY = 'Derecho a un Medio Ambiente Sano: Humedales y Cuerpos de Agua Urbanos'
HUM_COORD = ('Marisol Galindo Téllez', 'Coordinadora del Espacio de Participación')
HUM_PLACE = 'Centro de Educación Ambiental del Parque Ecológico de Xochimilco'
T631 = 'Conservar y restaurar los humedales urbanos de la ciudad'
T633 = 'Vigilar la calidad del agua de los cuerpos de agua urbanos'
G631_1 = ('631.1', 'Restaurar la vegetación nativa de los humedales del Parque Ecológico de Xochimilco', 'Hectáreas restauradas',
          'Secretaría del Medio Ambiente', 'SEDEMA')
G631_2 = ('631.2', 'Atender las denuncias por relleno y ocupación de humedales', 'Número de denuncias atendidas',
          'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT')
G633_1 = ('633.1', 'Monitorear mensualmente la calidad del agua de canales y lagos urbanos', 'Número de puntos de monitoreo con reporte mensual',
          'Sistema de Aguas de la Ciudad de México', 'SACMEX')
HUM_SE = ('Daniel Arizmendi Cano', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
HUM_ATT = [
    ('Patricia Huerta Solano', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Conservación'),
    ('Gonzalo Terán Mijares', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocurador de Protección Ambiental'),
    ('Yolanda Caballero Ríos', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Jefa de Laboratorio'),
    ('Esteban Nava Corona', 'Lic.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', OT, 'Director de Medio Ambiente'),
    ('Luisa Ferrara Quintero', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Laboratorio de Restauración Ecológica'),
    ('Cirilo Xolalpa Mendoza', 'C.', 'Unión de Chinamperos y Canoeros de Cuemanco', None, SC, 'Representante'),
    ('Aurora Vélez Sandoval', 'C.', 'Red Ciudadana por los Humedales, A.C.', None, SC, 'Coordinadora'),
    HUM_SE]

acta(stem='blind-k-humedales-06-2019-02-19', layout='K6', esp='humedales',
     body=HUM_BODY, number=6, date='2019-02-19', start='09:30', end='12:00', place=HUM_PLACE, coordinator=HUM_COORD,
     attendance=HUM_ATT,
     strategies=[
         S(631, T631,
           [G(*G631_1, ['Se restauraron 6.5 hectáreas con 12,000 plantas nativas de 18 especies.']),
            G(*G631_2, ['Se recibieron 23 denuncias; 14 concluyeron con clausura del relleno.'])],
           [(6.5, 'hectáreas', '631.1', 'Se restauraron 6.5 hectáreas con 12,000 plantas nativas'),
            (12000, 'plantas nativas', '631.1', 'con 12,000 plantas nativas'),
            (18, 'especies', '631.1', 'de 18 especies'),
            (23, 'denuncias', '631.2', 'Se recibieron 23 denuncias'),
            (14, 'denuncias', '631.2', '14 concluyeron con clausura del relleno')],
           [('Se presentan datos duros de superficie y número de plantas.', 'retroalimentacion', '631.1', 'avance', 'SE'),
            ('Se requiere conocer la sobrevivencia de las plantas a seis meses.', 'retroalimentacion', '631.1', 'solicita_datos', 'SE'),
            ('Las clausuras no sirven si no se retira el cascajo; los rellenos siguen ahí.', 'observacion', '631.2', 'cuestiona', 'Cirilo Xolalpa Mendoza')]),
         S(633, T633,
           [G(*G633_1, None, 'No reportó')],
           [],
           [('Es necesario que el SACMEX inicie el monitoreo mensual que mandata la meta.', 'retroalimentacion', '633.1', 'exhorta', 'SE'),
            ('El SACMEX señaló que el laboratorio no tiene reactivos desde diciembre y que la Alcaldía debería compartir la tarea.', 'observacion', '633.1', 'instancia', 'Yolanda Caballero Ríos')]),
     ],
     agreements=[
         A('El SACMEX informará la fecha de reanudación del monitoreo antes del 15 de marzo de 2019.', ['2019-03-15'], 'SACMEX'),
         A('La SEDEMA y la UNAM acordarán un método de sobrevivencia de plantas para la meta 631.1.', [], 'SEDEMA y la UNAM'),
         A('La séptima sesión ordinaria será el martes 23 de abril de 2019 a las 9:30 horas, en la misma sede.', ['2019-04-23'], None, next_session=True)],
     next={'date': '2019-04-23', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='landscape matrix section: header row and the strategy cells with vertical (btLr) text direction; portrait first and last sections')

acta(stem='blind-k-humedales-07-2019-04-23', layout='K6', esp='humedales',
     body=HUM_BODY, number=7, date='2019-04-23', start='09:30', end='11:45', place=HUM_PLACE, coordinator=HUM_COORD,
     attendance=HUM_ATT[:4] + HUM_ATT[5:],
     strategies=[
         S(631, T631,
           [G(*G631_1, ['La sobrevivencia a seis meses es del 78 por ciento; se replantaron 2,600 plantas.']),
            G(*G631_2, None, 'No reportó')],
           [(78, 'por ciento', '631.1', 'La sobrevivencia a seis meses es del 78 por ciento'),
            (2600, 'plantas', '631.1', 'se replantaron 2,600 plantas')],
           [('Se reconoce el seguimiento a la sobrevivencia de las plantas.', 'retroalimentacion', '631.1', 'avance', 'SE'),
            ('La limpieza de canales que mencionó la Alcaldía pertenece a la estrategia 633, meta 633.1.', 'retroalimentacion', '631.1', 'reasignar', 'SE')]),
         S(633, T633,
           [G(*G633_1, ['Se reanudó el monitoreo en 9 puntos; 5 superan el límite de coliformes fecales y 2 tienen nitratos altos.'])],
           [(9, 'puntos', '633.1', 'Se reanudó el monitoreo en 9 puntos'),
            (5, 'puntos', '633.1', '5 superan el límite de coliformes fecales'),
            (2, 'puntos', '633.1', '2 tienen nitratos altos')],
           [('El indicador cuenta puntos con reporte pero no dice nada de la calidad del agua; no hay correspondencia con la meta.', 'retroalimentacion', '633.1', 'diseno_meta', 'SE'),
            ('Pedimos que los resultados del monitoreo se compartan con las organizaciones antes de cada sesión.', 'observacion', '633.1', 'proceso', 'Aurora Vélez Sandoval'),
            ('Es necesario publicar la ubicación de los 9 puntos y los valores medidos.', 'observacion', '633.1', 'solicita_datos', 'Cirilo Xolalpa Mendoza')]),
     ],
     agreements=[
         A('La PAOT presentará el informe de denuncias de la meta 631.2 en la siguiente sesión.', [], 'PAOT'),
         A('El SACMEX compartirá los resultados del monitoreo a más tardar el 17 de mayo de 2019.', ['2019-05-17'], 'SACMEX'),
         A('La octava sesión ordinaria será el martes 25 de junio de 2019 a las 9:30 horas.', ['2019-06-25'], None, next_session=True)],
     next={'date': '2019-06-25', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='landscape matrix section: header row and the strategy cells with vertical (btLr) text direction; portrait first and last sections')
