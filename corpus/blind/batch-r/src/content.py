# -*- coding: utf-8 -*-
# Batch R content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), responsible=None, due=None, state=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, due=due, state=state, next_session=next_session)
    d.update(kw)
    return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


ACTAS = []

# ================================================================ R1 cuidadoras (mail-merge output, 2019)
CUI_BODY = 'Derechos de las Personas Cuidadoras de Personas Enfermas y Dependientes'
CUI_COORD = ('Elena Villaseñor Prado', 'Coordinadora del Espacio de Participación')
CUI_PLACE = 'Sala de usos múltiples de la Secretaría Ejecutiva, General Prim 4, colonia Centro, alcaldía Cuauhtémoc'
T261 = 'Reconocer y visibilizar el trabajo de cuidados no remunerado que realizan las personas cuidadoras de personas enfermas o dependientes'
T264 = 'Brindar atención a la salud física y emocional de las personas cuidadoras'
T266 = 'Armonizar la jornada laboral con las responsabilidades de cuidado'
G261_1 = ('261.1', 'Elaborar un diagnóstico sobre las condiciones de vida de las personas cuidadoras en la Ciudad de México',
          'Diagnóstico elaborado y publicado', 'Consejo de Evaluación del Desarrollo Social de la Ciudad de México', 'EVALUA')
G261_2 = ('261.2', 'Incorporar a las personas cuidadoras en los programas sociales de apoyo económico',
          'Número de personas cuidadoras beneficiarias de programas sociales', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
G264_1 = ('264.1', 'Ofrecer grupos de apoyo psicológico a personas cuidadoras en los centros de salud',
          'Número de grupos de apoyo en operación y de personas participantes', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G264_2 = ('264.2', 'Capacitar a personas cuidadoras en técnicas de cuidado y autocuidado',
          'Número de personas cuidadoras capacitadas', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G266_1 = ('266.1', 'Promover lineamientos de horario flexible para personas servidoras públicas con responsabilidades de cuidado',
          'Número de dependencias con lineamientos de horario flexible publicados', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')

CUI_ADDR = {  # institution -> (addressee title+name, cargo)  (addressees are not attendees)
    'EVALUA': ('Dr. Ramiro Sandoval Echegaray', 'Director General del Consejo de Evaluación del Desarrollo Social de la Ciudad de México'),
    'SIBISO': ('Lic. Antonia Herrera Bojórquez', 'Directora General de Igualdad y Diversidad Social'),
    'SEDESA': ('Dra. Claudia Mireles Tovar', 'Directora de Promoción de la Salud'),
    'DIF-CDMX': ('Mtro. Jorge Luis Amezcua Ríos', 'Director Ejecutivo de Apoyo a Personas con Discapacidad'),
    'SEDECO': ('Mtro. Óscar Benítez Lara', 'Director General de Desarrollo Empresarial'),
    'STYFE': ('Lic. Verónica Salgado Téllez', 'Directora de Estudios y Estadísticas del Trabajo'),
}

ACTAS.append(dict(
    stem='blind-r-cuidadoras-07-2019-02-21', layout='R1', esp='cuidadoras',
    body=CUI_BODY, kind='sesión ordinaria', number=7, ordinal='Séptima', ordinal_next='Octava',
    date='2019-02-21', start='10:00', end='12:45', place=CUI_PLACE, topic=None, objective=None, coordinator=CUI_COORD,
    letter_date='2019-02-27', folio=31,
    attendance=[
        ('Gabriela Soto Anaya', 'Mtra.', 'Consejo de Evaluación del Desarrollo Social de la Ciudad de México', 'EVALUA', IE, 'Subdirectora de Evaluación'),
        ('Héctor Ruvalcaba Lima', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Jefe de Unidad Departamental'),
        ('Martha Elena Quiroz Vidal', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Coordinadora de Salud Mental'),
        ('Fernando Olguín Bautista', 'Psic.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Enlace'),
        ('Araceli Domínguez Peña', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Enlace'),
        ('Teresa Zamudio Rangel', 'C.', 'Cuidar a Quien Cuida, A.C.', None, SC, 'Presidenta'),
        ('Rodrigo Alcántara Sierra', 'Mtro.', 'Red de Familias Cuidadoras de la Ciudad de México', None, SC, 'Vocero'),
        ('Lucía Estrada Cano', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Centro de Investigaciones y Estudios de Género'),
        ('Daniela Ponce Arriaga', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(261, T261,
          [G(*G261_1, ['El Consejo concluyó el levantamiento de 1,240 cuestionarios a personas cuidadoras en 16 alcaldías y realizó 8 grupos focales; el informe preliminar del diagnóstico se entregará en abril.']),
           G(*G261_2, None, 'No se recibió informe de su institución para esta meta; el tema quedó pendiente para la siguiente sesión.')],
          [(1240, 'cuestionarios', '261.1', 'el levantamiento de 1,240 cuestionarios a personas cuidadoras en 16 alcaldías'),
           (16, 'alcaldías', '261.1', 'en 16 alcaldías'),
           (8, 'grupos focales', '261.1', 'realizó 8 grupos focales')],
          [('El avance del levantamiento es sustantivo y permite prever el cumplimiento de la meta en el primer semestre.', 'retroalimentacion', '261.1', 'avance', 'SE'),
           ('Se solicita que el diagnóstico desagregue la información por sexo, edad y tipo de dependencia de la persona cuidada.', 'observacion', '261.1', 'solicita_datos', 'Lucía Estrada Cano'),
           ('Es necesario que la Secretaría remita su informe y que la persona que acuda al Espacio conozca el padrón del programa.', 'retroalimentacion', '261.2', 'proceso', 'SE')]),
        S(264, T264,
          [G(*G264_1, ['Operan 14 grupos de apoyo psicológico en centros de salud de las jurisdicciones Iztapalapa, Tlalpan y Gustavo A. Madero, con 187 personas cuidadoras participantes, de las cuales 161 son mujeres.']),
           G(*G264_2, ['Se impartieron 6 talleres de cuidado y autocuidado con una duración de 12 horas cada uno, en los que se capacitó a 142 personas cuidadoras.'])],
          [(14, 'grupos de apoyo psicológico', '264.1', 'Operan 14 grupos de apoyo psicológico en centros de salud'),
           (187, 'personas cuidadoras', '264.1', 'con 187 personas cuidadoras participantes'),
           (161, 'mujeres', '264.1', 'de las cuales 161 son mujeres'),
           (6, 'talleres', '264.2', 'Se impartieron 6 talleres de cuidado y autocuidado'),
           (12, 'horas', '264.2', 'con una duración de 12 horas cada uno'),
           (142, 'personas cuidadoras', '264.2', 'se capacitó a 142 personas cuidadoras')],
          [('Se reportan datos desagregados por sexo, lo que permite conocer la feminización del trabajo de cuidados.', 'retroalimentacion', '264.1', 'avance', 'SE'),
           ('Los grupos sólo funcionan en horario matutino y las cuidadoras no pueden dejar a la persona que cuidan; se cuestiona que el servicio esté pensado para ellas.', 'observacion', '264.1', 'cuestiona', 'Teresa Zamudio Rangel'),
           ('Los talleres contribuyen a la meta, pero por sí solos no dan cuenta de la capacitación continua que mandata la estrategia.', 'retroalimentacion', '264.2', 'insuficiente', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Inclusión y Bienestar Social enviará su informe de la meta 261.2 a más tardar el 8 de marzo de 2019.', ['2019-03-08'], 'Secretaría de Inclusión y Bienestar Social'),
        A('El Consejo de Evaluación del Desarrollo Social presentará el índice del diagnóstico en la siguiente sesión.', [], 'Consejo de Evaluación del Desarrollo Social'),
        A('La Octava Sesión Ordinaria se celebrará el jueves 21 de marzo de 2019 a las 10:00 horas en la sala de usos múltiples de la Secretaría Ejecutiva.', ['2019-03-21'], None, next_session=True),
    ],
    next={'date': '2019-03-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='mail-merge output: a cover note (session, attendance, agreements) and one letter per executor; letter date is not the session date; addressees are not attendees',
))

ACTAS.append(dict(
    stem='blind-r-cuidadoras-08-2019-03-21', layout='R1', esp='cuidadoras',
    body=CUI_BODY, kind='sesión ordinaria', number=8, ordinal='Octava', ordinal_next='Novena',
    date='2019-03-21', start='10:00', end='12:20', place=CUI_PLACE, topic=None, objective=None, coordinator=CUI_COORD,
    letter_date='2019-03-26', folio=44,
    attendance=[
        ('Gabriela Soto Anaya', 'Mtra.', 'Consejo de Evaluación del Desarrollo Social de la Ciudad de México', 'EVALUA', IE, 'Subdirectora de Evaluación'),
        ('Héctor Ruvalcaba Lima', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Jefe de Unidad Departamental'),
        ('Araceli Domínguez Peña', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Enlace'),
        ('Saúl Monroy Carrasco', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector de Normatividad'),
        ('Teresa Zamudio Rangel', 'C.', 'Cuidar a Quien Cuida, A.C.', None, SC, 'Presidenta'),
        ('Rodrigo Alcántara Sierra', 'Mtro.', 'Red de Familias Cuidadoras de la Ciudad de México', None, SC, 'Vocero'),
        ('Inés Carbajal Montiel', 'C.', 'Red de Familias Cuidadoras de la Ciudad de México', None, SC, 'Integrante'),
        ('Daniela Ponce Arriaga', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(261, T261,
          [G(*G261_1, ['Se presentó el índice del diagnóstico, con 5 capítulos; el Consejo informó que 73 por ciento de las personas cuidadoras encuestadas no recibe ningún apoyo público.']),
           G(*G261_2, ['Al cierre de febrero, 2,315 personas cuidadoras están inscritas en el programa Apoyo a Personas Cuidadoras, con una inversión de 6.9 millones de pesos.'])],
          [(5, 'capítulos', '261.1', 'con 5 capítulos'),
           (73, 'por ciento', '261.1', '73 por ciento de las personas cuidadoras encuestadas no recibe ningún apoyo público'),
           (2315, 'personas cuidadoras', '261.2', '2,315 personas cuidadoras están inscritas en el programa Apoyo a Personas Cuidadoras'),
           (6900000, 'pesos', '261.2', 'con una inversión de 6.9 millones de pesos')],
          [('El diagnóstico avanza conforme al indicador; se sugiere publicarlo en formato de datos abiertos.', 'retroalimentacion', '261.1', 'avance', 'SE'),
           ('Se necesita informar cuántas de las personas inscritas son hombres y cuántas cuidan a personas con discapacidad.', 'retroalimentacion', '261.2', 'solicita_datos', 'SE'),
           ('La Secretaría señala que el programa depende del presupuesto anual y que no puede comprometer una ampliación del padrón.', 'observacion', '261.2', 'instancia', 'Héctor Ruvalcaba Lima')]),
        S(266, T266,
          [G(*G266_1, ['La Secretaría elaboró un proyecto de lineamientos de horario flexible que fue enviado a 3 dependencias para su revisión.']),
           G('266.2', 'Difundir entre las empresas de la Ciudad de México buenas prácticas de conciliación entre trabajo y cuidados',
             'Número de empresas que reciben la guía de buenas prácticas', 'Secretaría de Desarrollo Económico', 'SEDECO', None,
             'No se recibió informe de su institución y no hubo representación en la sesión.')],
          [(3, 'dependencias', '266.1', 'fue enviado a 3 dependencias para su revisión')],
          [('Un proyecto de lineamientos no da cumplimiento a la meta; lo que se mide es su publicación.', 'retroalimentacion', '266.1', 'insuficiente', 'SE'),
           ('Es necesario que la Secretaría de Desarrollo Económico designe un enlace y empiece a difundir la guía.', 'retroalimentacion', '266.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría Ejecutiva invitará por oficio a la Secretaría de Desarrollo Económico para que designe un enlace ante el Espacio.', [], 'Secretaría Ejecutiva'),
        A('La Secretaría de Trabajo y Fomento al Empleo compartirá el proyecto de lineamientos con las organizaciones antes del 12 de abril.', ['2019-04-12'], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('La Novena Sesión Ordinaria se celebrará el jueves 25 de abril de 2019 a las 10:00 horas en el mismo lugar.', ['2019-04-25'], None, next_session=True),
    ],
    next={'date': '2019-04-25', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='mail-merge output; two goals of 266 in two letters; an executor that did not attend',
))

# ================================================================ R2 autismo (Zoom transcript pasted into Word, 2021)
AUT_BODY = 'Derechos de las Personas en el Espectro Autista'
AUT_COORD = ('Mónica Arellano Ríos', 'Coordinadora del Espacio')
AUT_PLACE = 'a distancia, por la plataforma Zoom'
T412 = 'Garantizar el diagnóstico temprano y el seguimiento de niñas y niños en el espectro autista'
T415 = 'Promover la inclusión educativa de las personas en el espectro autista'
T418 = 'Fortalecer la inclusión laboral de las personas jóvenes y adultas en el espectro autista'
G412_1 = ('412.1', 'Aplicar la prueba de tamizaje del desarrollo infantil en los centros de salud de primer nivel',
          'Número de niñas y niños tamizados y porcentaje de casos con sospecha referidos a valoración especializada', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G412_2 = ('412.2', 'Instalar una clínica de diagnóstico y seguimiento del espectro autista en la red hospitalaria',
          'Clínica instalada y número de diagnósticos realizados', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G415_1 = ('415.1', 'Capacitar a docentes de educación básica en estrategias de inclusión de estudiantes en el espectro autista',
          'Número de docentes capacitados por nivel educativo', 'Autoridad Educativa Federal en la Ciudad de México', 'SEP')
G415_2 = ('415.2', 'Otorgar apoyos económicos a estudiantes en el espectro autista que cursan la educación media superior',
          'Número de apoyos otorgados', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI')
G418_1 = ('418.1', 'Incorporar a personas en el espectro autista a cursos de capacitación para el trabajo con ajustes razonables',
          'Número de personas capacitadas y colocadas en un empleo', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')

# attendance row for R2 adds the Zoom display name and minutes: (name, title, institution, key, sector, display, minutes)
ACTAS.append(dict(
    stem='blind-r-autismo-03-2021-04-15', layout='R2', esp='autismo',
    body=AUT_BODY, kind='sesión ordinaria', number=3, ordinal='Tercera', ordinal_short='3a.',
    date='2021-04-15', start='10:00', end='12:18', place=AUT_PLACE, topic=None, objective=None, coordinator=AUT_COORD,
    meeting_id='845 2290 1173', t0=(10, 4),
    attendance=[
        ('Laura Ibáñez Soto', '', 'SEDESA', 'SEDESA', IE, 'Laura Ibáñez Soto - SEDESA', 131),
        ('Raúl Camacho Fierro', 'Dr.', 'SEDESA', 'SEDESA', IE, 'Dr. Raúl Camacho Fierro - SEDESA', 96),
        ('Karen Mireles Ochoa', 'Mtra.', 'AEFCM', 'SEP', IE, 'Mtra. Karen Mireles Ochoa (AEFCM)', 127),
        ('Ernesto Lozano Vera', '', 'Autismo Vive México, A.C.', None, SC, 'Ernesto Lozano Vera - Autismo Vive México, A.C.', 134),
        ('Silvia Murguía Tapia', '', 'Mamás Azules CDMX', None, SC, 'Silvia Murguía Tapia - Mamás Azules CDMX', 58),
        ('Óscar Ledesma Prieto', '', 'Colectivo TEA Adultos', None, SC, 'Óscar Ledesma Prieto / Colectivo TEA Adultos', 120),
        ('Ana Karen Tovar Gil', 'Dra.', 'UAM Xochimilco', 'UAM', OT, 'Dra. Ana Karen Tovar Gil - UAM Xochimilco', 88),
        ('Mariana Olvera Luna', '', 'SE PDHCDMX', 'SE-PDHCDMX', SE, 'Mariana Olvera Luna - SE PDHCDMX (Anfitrión)', 146),
    ],
    reconnect=('Silvia Murguía Tapia - Mamás Azules CDMX', 61),
    strategies=[
        S(412, T412,
          [G(*G412_1, ['En el primer trimestre aplicamos la prueba de tamizaje a 4,870 niñas y niños de 1 a 5 años en 62 centros de salud; 213 casos salieron con sospecha y fueron referidos a valoración especializada, que es el 4.4 por ciento.'], speaker='Laura Ibáñez Soto'),
           G(*G412_2, ['La clínica está instalada en el Hospital Pediátrico de Iztapalapa desde febrero; lleva 57 diagnósticos confirmados y tiene una lista de espera de 140 familias.'], speaker='Raúl Camacho Fierro')],
          [(4870, 'niñas y niños', '412.1', 'aplicamos la prueba de tamizaje a 4,870 niñas y niños de 1 a 5 años'),
           (62, 'centros de salud', '412.1', 'en 62 centros de salud'),
           (213, 'casos', '412.1', '213 casos salieron con sospecha y fueron referidos a valoración especializada'),
           (4.4, 'por ciento', '412.1', 'que es el 4.4 por ciento'),
           (57, 'diagnósticos', '412.2', 'lleva 57 diagnósticos confirmados'),
           (140, 'familias', '412.2', 'tiene una lista de espera de 140 familias')],
          [('Para la 412.1 se reportan datos duros y el porcentaje de referencia, que es justo lo que pide el indicador; es un buen informe.', 'retroalimentacion', '412.1', 'avance', 'Mariana Olvera Luna'),
           ('Yo quisiera saber cuántas de esas 213 familias ya tuvieron su cita, porque referir no es atender, y muchas mamás nos dicen que la referencia se queda en un papel.', 'observacion', '412.1', 'cuestiona', 'Silvia Murguía Tapia'),
           ('Sobre la clínica, se necesita informar el tiempo promedio de espera y de qué alcaldías vienen las familias, para valorar si una sola clínica alcanza.', 'retroalimentacion', '412.2', 'solicita_datos', 'Mariana Olvera Luna')]),
        S(415, T415,
          [G(*G415_1, ['Durante el ciclo escolar capacitamos a 1,126 docentes, 804 docentes de preescolar y primaria y 322 docentes de secundaria, en el curso en línea Aulas Incluyentes de 40 horas.'], speaker='Karen Mireles Ochoa'),
           G(*G415_2, None, 'Del Instituto de las Personas con Discapacidad no hay nadie conectado y no se recibió informe de la meta 415.2, así que la registramos sin informe.')],
          [(1126, 'docentes', '415.1', 'capacitamos a 1,126 docentes'),
           (804, 'docentes', '415.1', '804 docentes de preescolar y primaria'),
           (322, 'docentes', '415.1', '322 docentes de secundaria'),
           (40, 'horas', '415.1', 'el curso en línea Aulas Incluyentes de 40 horas')],
          [('El curso suma a la meta, pero un curso en línea por sí solo no garantiza que las escuelas hagan los ajustes razonables en el aula.', 'retroalimentacion', '415.1', 'insuficiente', 'Mariana Olvera Luna'),
           ('La Autoridad Educativa comenta que la capacitación presencial depende de la Secretaría de Educación Pública federal y no de la Autoridad en la Ciudad.', 'observacion', '415.1', 'instancia', 'Karen Mireles Ochoa'),
           ('Es necesario que el Instituto nombre un enlace y empiece a reportar los apoyos, porque es la segunda sesión en que no se presenta.', 'retroalimentacion', '415.2', 'exhorta', 'Mariana Olvera Luna')]),
    ],
    agreements=[
        A('La Secretaría Ejecutiva enviará oficio al Instituto de las Personas con Discapacidad para que designe un enlace ante el Espacio.', [], 'Secretaría Ejecutiva'),
        A('La Secretaría de Salud traerá a la siguiente sesión el número de familias referidas que ya recibieron valoración especializada.', [], 'Secretaría de Salud'),
        A('La cuarta sesión ordinaria se realizará el jueves 20 de mayo a las 10:00 horas, por Zoom, con la misma liga.', ['2021-05-20'], None, next_session=True),
    ],
    next={'date': '2021-05-20', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Zoom transcript (WebVTT-like cues) pasted into Word; attendance from the participants report (display names, a reconnection listed twice, the co-host coordinator)',
))

ACTAS.append(dict(
    stem='blind-r-autismo-04-2021-05-20', layout='R2', esp='autismo',
    body=AUT_BODY, kind='sesión ordinaria', number=4, ordinal='Cuarta', ordinal_short='4a.',
    date='2021-05-20', start='10:00', end='11:52', place=AUT_PLACE, topic=None, objective=None, coordinator=AUT_COORD,
    meeting_id='845 2290 1173', t0=(10, 2),
    attendance=[
        ('Laura Ibáñez Soto', '', 'SEDESA', 'SEDESA', IE, 'Laura Ibáñez Soto - SEDESA', 112),
        ('Gerardo Pineda Salas', 'Lic.', 'STyFE', 'STYFE', IE, 'Lic. Gerardo Pineda Salas (STyFE)', 109),
        ('Ernesto Lozano Vera', '', 'Autismo Vive México, A.C.', None, SC, 'Ernesto Lozano Vera - Autismo Vive México, A.C.', 110),
        ('Silvia Murguía Tapia', '', 'Mamás Azules CDMX', None, SC, 'Silvia Murguía Tapia - Mamás Azules CDMX', 104),
        ('Óscar Ledesma Prieto', '', 'Colectivo TEA Adultos', None, SC, 'Óscar Ledesma Prieto / Colectivo TEA Adultos', 111),
        ('Ana Karen Tovar Gil', 'Dra.', 'UAM Xochimilco', 'UAM', OT, 'Dra. Ana Karen Tovar Gil - UAM Xochimilco', 75),
        ('Mariana Olvera Luna', '', 'SE PDHCDMX', 'SE-PDHCDMX', SE, 'Mariana Olvera Luna - SE PDHCDMX (Anfitrión)', 121),
    ],
    reconnect=('Ana Karen Tovar Gil', 29),
    strategies=[
        S(412, T412,
          [G(*G412_1, ['De las 213 familias referidas en el trimestre pasado, 148 familias ya recibieron su valoración especializada y 65 familias siguen en espera; además en abril tamizamos a 1,602 niñas y niños más.'], speaker='Laura Ibáñez Soto'),
           G(*G412_2, None, 'El doctor Camacho avisó por correo que no podía conectarse y no mandó el informe de la clínica, entonces la 412.2 queda sin informe.')],
          [(148, 'familias', '412.1', '148 familias ya recibieron su valoración especializada'),
           (65, 'familias', '412.1', '65 familias siguen en espera'),
           (1602, 'niñas y niños', '412.1', 'en abril tamizamos a 1,602 niñas y niños más')],
          [('Agradecemos que se haya traído el dato de las familias valoradas, como se acordó; eso permite ver el avance real de la meta.', 'retroalimentacion', '412.1', 'avance', 'Mariana Olvera Luna'),
           ('Sería oportuno que a la próxima sesión venga alguien del área de hospitales, porque la clínica no depende de la Dirección de Promoción de la Salud.', 'retroalimentacion', '412.2', 'proceso', 'Mariana Olvera Luna')]),
        S(418, T418,
          [G(*G418_1, ['En el programa de capacitación para el trabajo se inscribieron 36 personas en el espectro autista, 29 personas concluyeron los cursos de 120 horas y 11 personas ya fueron colocadas en un empleo formal.'], speaker='Gerardo Pineda Salas')],
          [(36, 'personas', '418.1', 'se inscribieron 36 personas en el espectro autista'),
           (29, 'personas', '418.1', '29 personas concluyeron los cursos de 120 horas'),
           (120, 'horas', '418.1', 'los cursos de 120 horas'),
           (11, 'personas', '418.1', '11 personas ya fueron colocadas en un empleo formal')],
          [('Lo que se reporta como colocación incluye prácticas no pagadas, y eso no coincide con lo que pide el indicador, que es un empleo.', 'retroalimentacion', '418.1', 'desalineado', 'Mariana Olvera Luna'),
           ('Como colectivo cuestionamos que los cursos sean sólo de cocina y de empaque; las personas autistas adultas tenemos perfiles muy distintos.', 'observacion', '418.1', 'cuestiona', 'Óscar Ledesma Prieto'),
           ('La meta no dice cuántas personas hay que capacitar, así que no hay forma de medir si vamos bien o mal; el indicador tendría que tener una línea base.', 'observacion', '418.1', 'diseno_meta', 'Ana Karen Tovar Gil')]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo separará en su próximo informe las colocaciones en empleo formal de las prácticas no pagadas.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('La Secretaría Ejecutiva convocará al área de hospitales de la Secretaría de Salud para la estrategia 412.', [], 'Secretaría Ejecutiva'),
        A('La quinta sesión ordinaria se realizará el jueves 17 de junio a las 10:00 horas, por Zoom.', ['2021-06-17'], None, next_session=True),
    ],
    next={'date': '2021-06-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Zoom transcript; a participant listed twice (reconnected); the co-host coordinator is not an attendee',
))

# ================================================================ R3 artesanas (typed acta sent by fax, 2016; numbers in words only)
ART_BODY = 'Derechos de las Personas Artesanas'
ART_COORD = ('Irene Galicia Mora', 'Coordinadora del Espacio de Participación')
ART_PLACE = 'Sala de juntas de la Dirección de Equidad para las Comunidades de la SEDEREC, Fray Servando Teresa de Mier 198, colonia Centro'
T333 = 'Fomentar la comercialización directa de las artesanías elaboradas en la Ciudad de México'
T336 = 'Preservar las técnicas artesanales tradicionales de los pueblos y barrios originarios'
T338 = 'Garantizar el acceso de las personas artesanas a la seguridad social'
G333_1 = ('333.1', 'Organizar ferias y exposiciones de venta directa para personas artesanas',
          'Número de ferias realizadas y de personas artesanas participantes', 'Secretaría de Desarrollo Económico', 'SEDECO')
G333_2 = ('333.2', 'Otorgar microcréditos a personas artesanas para la compra de materia prima',
          'Número de microcréditos otorgados y monto ejercido', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G336_1 = ('336.1', 'Impartir talleres de transmisión de técnicas artesanales tradicionales',
          'Número de talleres impartidos y de personas aprendices', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G336_2 = ('336.2', 'Integrar un registro de maestras y maestros artesanos de la Ciudad de México',
          'Registro integrado y publicado', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G338_1 = ('338.1', 'Afiliar a las personas artesanas y a sus familias al Programa de Acceso Gratuito a los Servicios Médicos y Medicamentos',
          'Número de personas artesanas afiliadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')

ACTAS.append(dict(
    stem='blind-r-artesanas-05-2016-06-08', layout='R3', esp='artesanas',
    body=ART_BODY, kind='reunión de trabajo', number=5, ordinal='Quinta',
    date='2016-06-08', start='10:00', end='13:10', place=ART_PLACE, topic=None, objective=None, coordinator=ART_COORD,
    fax=dict(sent='JUN-10-2016 16:42', date_sent='10 de junio de 2016'),
    attendance=[
        ('Beatriz Arteaga Nava', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, ''),
        ('Joaquín Pedraza Lugo', 'C.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, ''),
        ('Rocío Almazán Trejo', 'Antrop.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, ''),
        ('Felipe Ordaz Carmona', 'Lic.', 'Delegación Xochimilco', 'ALC-XOCHIMILCO', OT, ''),
        ('Eulalia Xolalpa Rosas', 'C.', 'Unión de Artesanas y Artesanos de San Pedro Atocpan', None, SC, ''),
        ('Matías Cuevas Rendón', 'C.', 'Colectivo Barro y Cartonería de Tláhuac', None, SC, ''),
        ('Norma Patiño Ibarra', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHDF', 'SE-PDHCDMX', SE, ''),
    ],
    strategies=[
        S(333, T333,
          [G(*G333_1, ['Se realizaron tres ferias de venta directa en el Zócalo, Coyoacán y Xochimilco, con la participación de doscientas cuarenta y seis personas artesanas, que reportaron ventas por un millón trescientos mil pesos.']),
           G(*G333_2, ['En el primer semestre se otorgaron ochenta y siete microcréditos de entre cinco mil y quince mil pesos, por un monto total de novecientos doce mil pesos.'])],
          [(3, 'ferias', '333.1', 'Se realizaron tres ferias de venta directa'),
           (246, 'personas artesanas', '333.1', 'con la participación de doscientas cuarenta y seis personas artesanas'),
           (1300000, 'pesos', '333.1', 'ventas por un millón trescientos mil pesos'),
           (87, 'microcréditos', '333.2', 'se otorgaron ochenta y siete microcréditos'),
           (912000, 'pesos', '333.2', 'por un monto total de novecientos doce mil pesos')],
          [('Se reportan datos duros que permiten conocer el alcance de las ferias.', 'retroalimentacion', '333.1', 'avance', 'SE'),
           ('Las ferias se hacen siempre en el centro y los artesanos de Milpa Alta y Tláhuac gastan más en el transporte de lo que venden; se cuestiona a quién benefician.', 'observacion', '333.1', 'cuestiona', 'Eulalia Xolalpa Rosas'),
           ('Es necesario informar cuántos microcréditos se otorgaron a mujeres y en qué delegaciones viven las personas beneficiarias.', 'retroalimentacion', '333.2', 'solicita_datos', 'SE')]),
        S(336, T336,
          [G(*G336_1, ['Se impartieron doce talleres de cartonería, alfarería y bordado de pepenado en los pueblos de Xochimilco y Tláhuac, con ciento ocho personas aprendices, de ellas setenta y tres mujeres.']),
           G(*G336_2, None, 'No se presentó informe.')],
          [(12, 'talleres', '336.1', 'Se impartieron doce talleres de cartonería, alfarería y bordado de pepenado'),
           (108, 'personas aprendices', '336.1', 'con ciento ocho personas aprendices'),
           (73, 'mujeres', '336.1', 'de ellas setenta y tres mujeres')],
          [('Los talleres abonan a la estrategia; se recomienda documentar las técnicas para que el conocimiento no se pierda.', 'retroalimentacion', '336.1', 'avance', 'SE'),
           ('Es necesario que la Secretaría de Cultura acuda al Espacio e inicie la integración del registro.', 'retroalimentacion', '336.2', 'exhorta', 'SE'),
           ('La Delegación Xochimilco propone que los talleres se registren también en la estrategia 333, porque las piezas se venden en las ferias.', 'observacion', '336.1', 'reasignar', 'Felipe Ordaz Carmona')]),
    ],
    agreements=[
        A('La Secretaría Ejecutiva enviará oficio a la Secretaría de Cultura para solicitar la designación de un enlace.', [], 'Secretaría Ejecutiva'),
        A('El FONDESO presentará en la siguiente reunión los microcréditos desagregados por sexo y delegación.', [], 'FONDESO'),
        A('La sexta reunión de trabajo se llevará a cabo el miércoles trece de julio a las diez horas en esta misma sala.', ['2016-07-13'], None, next_session=True),
    ],
    next={'date': '2016-07-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='typed acta faxed to the SE: image-only PDF (fax cover sheet, fax header line on every page, 1-bit 200x100 dpi look); numbers only in words',
))

ACTAS.append(dict(
    stem='blind-r-artesanas-06-2016-07-13', layout='R3', esp='artesanas',
    body=ART_BODY, kind='reunión de trabajo', number=6, ordinal='Sexta',
    date='2016-07-13', start='10:00', end='12:35', place=ART_PLACE, topic=None, objective=None, coordinator=ART_COORD,
    fax=dict(sent='JUL-15-2016 11:08', date_sent='15 de julio de 2016'),
    attendance=[
        ('Beatriz Arteaga Nava', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, ''),
        ('Joaquín Pedraza Lugo', 'C.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, ''),
        ('Mauricio Téllez Anguiano', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, ''),
        ('Eulalia Xolalpa Rosas', 'C.', 'Unión de Artesanas y Artesanos de San Pedro Atocpan', None, SC, ''),
        ('Matías Cuevas Rendón', 'C.', 'Colectivo Barro y Cartonería de Tláhuac', None, SC, ''),
        ('Guadalupe Nieves Coria', 'C.', 'Colectivo Barro y Cartonería de Tláhuac', None, SC, ''),
        ('Norma Patiño Ibarra', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHDF', 'SE-PDHCDMX', SE, ''),
    ],
    strategies=[
        S(333, T333,
          [G(*G333_1, ['Se llevó a cabo una feria en la explanada de la Delegación Tláhuac con cincuenta y dos personas artesanas de Milpa Alta y Tláhuac, y se instalaron dos corredores artesanales en estaciones del Metro.']),
           G(*G333_2, ['De los ochenta y siete microcréditos otorgados, se entregaron a mujeres sesenta y un microcréditos; cuarenta y cuatro personas beneficiarias viven en Xochimilco, Tláhuac y Milpa Alta.'])],
          [(52, 'personas artesanas', '333.1', 'con cincuenta y dos personas artesanas de Milpa Alta y Tláhuac'),
           (2, 'corredores artesanales', '333.1', 'se instalaron dos corredores artesanales en estaciones del Metro'),
           (61, 'microcréditos', '333.2', 'sesenta y un microcréditos'),
           (44, 'personas beneficiarias', '333.2', 'cuarenta y cuatro personas beneficiarias viven en Xochimilco, Tláhuac y Milpa Alta')],
          [('Se atendió la observación de llevar las ferias a las delegaciones del sur, lo que se reconoce como avance.', 'retroalimentacion', '333.1', 'avance', 'SE'),
           ('El FONDESO dio cuenta de la desagregación acordada; se sugiere reportarla así en cada informe.', 'retroalimentacion', '333.2', 'avance', 'SE'),
           ('El FONDESO menciona que el monto máximo del microcrédito está fijado en sus reglas de operación y no lo puede modificar.', 'observacion', '333.2', 'instancia', 'Joaquín Pedraza Lugo')]),
        S(338, T338,
          [G(*G338_1, ['A la fecha se han afiliado trescientas diecinueve personas artesanas y sus familias en jornadas realizadas en cuatro delegaciones.'])],
          [(319, 'personas artesanas', '338.1', 'se han afiliado trescientas diecinueve personas artesanas y sus familias'),
           (4, 'delegaciones', '338.1', 'en jornadas realizadas en cuatro delegaciones')],
          [('La afiliación al programa de gratuidad suma, pero por sí sola no da cumplimiento a la estrategia, que habla de seguridad social.', 'retroalimentacion', '338.1', 'insuficiente', 'SE'),
           ('Se cuestiona que se hable de seguridad social cuando el programa no da pensión ni incapacidades a quienes trabajamos por nuestra cuenta.', 'observacion', '338.1', 'cuestiona', 'Matías Cuevas Rendón')]),
    ],
    agreements=[
        A('La Secretaría de Desarrollo Económico presentará el calendario de ferias del segundo semestre.', [], 'Secretaría de Desarrollo Económico'),
        A('La Secretaría Ejecutiva consultará si la estrategia 338 puede vincularse con el IMSS para la incorporación voluntaria de las personas artesanas.', [], 'Secretaría Ejecutiva'),
        A('La séptima reunión de trabajo se llevará a cabo el miércoles diecisiete de agosto a las diez horas en esta misma sala.', ['2016-08-17'], None, next_session=True),
    ],
    next={'date': '2016-08-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='typed acta faxed to the SE; numbers only in words',
))

# ================================================================ R4 huertos (Outlook meeting item printed, minuta pasted in its body, 2018)
HUE_BODY = 'Derecho a la Agricultura Urbana y a los Huertos Comunitarios'
HUE_COORD = ('Paulina Ramírez Ochoa', 'Coordinadora del Espacio de Participación')
HUE_PLACE = 'Sala 3 del Centro de Educación Ambiental Ecoguardas, Periférico Sur 5000, Tlalpan'
T527 = 'Impulsar la agricultura urbana como estrategia de seguridad alimentaria en la Ciudad de México'
T529 = 'Promover la educación ambiental y alimentaria a través de huertos escolares'
T531 = 'Garantizar el acceso al agua para el riego de huertos urbanos'
G527_1 = ('527.1', 'Instalar huertos comunitarios en unidades habitacionales y espacios públicos',
          'Número de huertos instalados y de personas participantes', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G527_2 = ('527.2', 'Otorgar ayudas para proyectos de agricultura urbana encabezados por grupos de mujeres',
          'Número de proyectos apoyados y monto ejercido', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G529_1 = ('529.1', 'Instalar huertos escolares en escuelas primarias públicas',
          'Número de escuelas con huerto en funcionamiento', 'Secretaría del Medio Ambiente', 'SEDEMA')
G529_2 = ('529.2', 'Capacitar a docentes en el uso pedagógico del huerto escolar',
          'Número de docentes capacitados', 'Secretaría de Educación de la Ciudad de México', 'SEDU')
G531_1 = ('531.1', 'Instalar sistemas de captación de agua de lluvia en huertos comunitarios',
          'Número de sistemas de captación instalados', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')

# attendance row for R4: (name, title, institution, key, sector, outlook_display)
ACTAS.append(dict(
    stem='blind-r-huertos-02-2018-03-14', layout='R4', esp='huertos',
    body=HUE_BODY, kind='sesión ordinaria', number=2, ordinal='Segunda', short='2a.',
    date='2018-03-14', start='10:00', end='12:30', place=HUE_PLACE, topic=None, objective=None, coordinator=HUE_COORD,
    sent='mié 14/03/2018 04:52 p. m.', invited_absent=[('Ivonne Salcedo Marín', 'SEDU'), ('Alberto Quiñones Ruiz', 'SACMEX')],
    attendance=[
        ('Tomás Ruelas Pérez', 'Ing.', 'SEDEREC', 'SEDEREC', IE, 'sederec.cdmx.gob.mx'),
        ('Adriana Huerta Cid', 'Lic.', 'SEDEREC', 'SEDEREC', IE, 'sederec.cdmx.gob.mx'),
        ('Leticia Montoya Barrón', 'Biól.', 'SEDEMA', 'SEDEMA', IE, 'sedema.cdmx.gob.mx'),
        ('Ricardo Zavala Nieto', 'Mtro.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'iztapalapa.cdmx.gob.mx'),
        ('Josefina Oropeza Lara', '', 'Huertos Tlatelolco, A.C.', None, SC, 'gmail.com'),
        ('Damián Estrada Villa', '', 'Red de Agricultura Urbana del Valle de México', None, SC, 'gmail.com'),
        ('Carmen Ayala Reséndiz', 'Dra.', 'UACM', 'UACM', OT, 'uacm.edu.mx'),
        ('Sofía Lemus Cárdenas', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'pdh.cdmx.gob.mx'),
    ],
    strategies=[
        S(527, T527,
          [G(*G527_1, ['Se instalaron 23 huertos comunitarios en unidades habitacionales, camellones y parques, en los que participan 418 personas vecinas.']),
           G(*G527_2, ['Se apoyaron 31 proyectos de grupos de mujeres con 25 mil pesos cada uno, un total de 775 mil pesos.'])],
          [(23, 'huertos comunitarios', '527.1', 'Se instalaron 23 huertos comunitarios'),
           (418, 'personas vecinas', '527.1', 'participan 418 personas vecinas'),
           (31, 'proyectos', '527.2', 'Se apoyaron 31 proyectos de grupos de mujeres'),
           (25000, 'pesos', '527.2', 'con 25 mil pesos cada uno'),
           (775000, 'pesos', '527.2', 'un total de 775 mil pesos')],
          [('Informe completo, con datos duros de huertos y participantes. Bien.', 'retroalimentacion', '527.1', 'avance', 'SE'),
           ('Necesitamos saber cuántos de esos huertos siguen produciendo a los seis meses; muchos se abandonan cuando se acaba el apoyo.', 'observacion', '527.1', 'solicita_datos', 'Josefina Oropeza Lara'),
           ('Falta informar en qué delegaciones están los proyectos y cuántas mujeres integran cada grupo.', 'retroalimentacion', '527.2', 'solicita_datos', 'SE')]),
        S(529, T529,
          [G(*G529_1, ['Están en funcionamiento 47 huertos escolares en primarias de Tlalpan, Coyoacán y Xochimilco; se entregaron 2,350 plántulas y 94 kits de herramienta.']),
           G(*G529_2, None, 'Sin informe')],
          [(47, 'huertos escolares', '529.1', 'Están en funcionamiento 47 huertos escolares'),
           (2350, 'plántulas', '529.1', 'se entregaron 2,350 plántulas'),
           (94, 'kits', '529.1', '94 kits de herramienta')],
          [('Se reportan escuelas con huerto, como pide el indicador; se sugiere precisar cuántas de ellas lo usan en clase.', 'retroalimentacion', '529.1', 'avance', 'SE'),
           ('La entrega de plántulas y herramienta no corresponde a esta meta, va mejor en la 527.1.', 'retroalimentacion', '529.1', 'reasignar', 'SE'),
           ('Es necesario que la Secretaría de Educación asista y empiece a reportar la capacitación de docentes.', 'retroalimentacion', '529.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('Enviar oficio a la Secretaría de Educación para que designe enlace ante el Espacio.', ['2018-03-23'], 'Secretaría Ejecutiva', due='23/03/2018'),
        A('Remitir a la SE la lista de huertos comunitarios con su ubicación y estado actual.', ['2018-04-06'], 'SEDEREC', due='06/04/2018'),
        A('Celebrar la 3a. Sesión Ordinaria el miércoles 11 de abril de 2018 a las 10:00 h en el mismo lugar.', ['2018-04-11'], 'Coordinación del Espacio', due='11/04/2018', next_session=True),
    ],
    next={'date': '2018-04-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Outlook meeting item printed from the desktop client; the invitees list is not the attendance (two invitees absent); minuta pasted into the body after the meeting',
))

ACTAS.append(dict(
    stem='blind-r-huertos-03-2018-04-11', layout='R4', esp='huertos',
    body=HUE_BODY, kind='sesión ordinaria', number=3, ordinal='Tercera', short='3a.',
    date='2018-04-11', start='10:00', end='12:15', place=HUE_PLACE, topic=None, objective=None, coordinator=HUE_COORD,
    sent='jue 12/04/2018 09:37 a. m.', invited_absent=[('Ivonne Salcedo Marín', 'SEDU'), ('Leticia Montoya Barrón', 'SEDEMA')],
    attendance=[
        ('Tomás Ruelas Pérez', 'Ing.', 'SEDEREC', 'SEDEREC', IE, 'sederec.cdmx.gob.mx'),
        ('Alberto Quiñones Ruiz', 'Ing.', 'SACMEX', 'SACMEX', IE, 'sacmex.cdmx.gob.mx'),
        ('Ricardo Zavala Nieto', 'Mtro.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'iztapalapa.cdmx.gob.mx'),
        ('Josefina Oropeza Lara', '', 'Huertos Tlatelolco, A.C.', None, SC, 'gmail.com'),
        ('Damián Estrada Villa', '', 'Red de Agricultura Urbana del Valle de México', None, SC, 'gmail.com'),
        ('Ulises Bermúdez Sosa', '', 'Red de Agricultura Urbana del Valle de México', None, SC, 'hotmail.com'),
        ('Carmen Ayala Reséndiz', 'Dra.', 'UACM', 'UACM', OT, 'uacm.edu.mx'),
        ('Sofía Lemus Cárdenas', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'pdh.cdmx.gob.mx'),
    ],
    strategies=[
        S(527, T527,
          [G(*G527_1, ['De los 23 huertos instalados, 19 huertos siguen produciendo y 4 huertos se abandonaron por falta de agua. Se entregó a la SE la lista con ubicación.']),
           G(*G527_2, None, 'Sin informe')],
          [(19, 'huertos', '527.1', '19 huertos siguen produciendo'),
           (4, 'huertos', '527.1', '4 huertos se abandonaron por falta de agua')],
          [('Se cumplió el acuerdo de la sesión anterior y el dato de permanencia permite valorar la meta.', 'retroalimentacion', '527.1', 'avance', 'SE'),
           ('La SEDEREC comenta que las ayudas de 2018 aún no se publican en la Gaceta y por eso no hay informe de la 527.2.', 'observacion', '527.2', 'instancia', 'Tomás Ruelas Pérez')]),
        S(531, T531,
          [G(*G531_1, ['Se instalaron 12 sistemas de captación de agua de lluvia de 5 mil litros en huertos de Iztapalapa y Tlalpan, con una inversión de 540 mil pesos.'])],
          [(12, 'sistemas de captación', '531.1', 'Se instalaron 12 sistemas de captación de agua de lluvia'),
           (5000, 'litros', '531.1', 'de 5 mil litros'),
           (540000, 'pesos', '531.1', 'con una inversión de 540 mil pesos')],
          [('Los sistemas instalados abonan a la meta, pero por sí solos no garantizan el riego en temporada de secas.', 'retroalimentacion', '531.1', 'insuficiente', 'SE'),
           ('Cuestionamos que los sistemas se pongan donde ya hay agua de la red y no en los huertos del oriente que son los que se secan.', 'observacion', '531.1', 'cuestiona', 'Damián Estrada Villa'),
           ('Sería bueno que en la próxima sesión esté también el área de cultura del agua de SACMEX, que es la que lleva los talleres.', 'observacion', '531.1', 'proceso', 'Carmen Ayala Reséndiz')]),
    ],
    agreements=[
        A('Presentar el mapa de huertos con y sin acceso a agua para priorizar la instalación de sistemas de captación.', ['2018-05-04'], 'SACMEX / SEDEREC', due='04/05/2018'),
        A('Invitar al área de cultura del agua de SACMEX a la siguiente sesión.', [], 'Secretaría Ejecutiva', due='Próxima sesión'),
        A('Celebrar la 4a. Sesión Ordinaria el miércoles 9 de mayo de 2018 a las 10:00 h en el mismo lugar.', ['2018-05-09'], 'Coordinación del Espacio', due='09/05/2018', next_session=True),
    ],
    next={'date': '2018-05-09', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Outlook meeting item printed; invitees vs attendance',
))

# ================================================================ R5 civica (intranet wiki page, printable version; reports in the references, 2020)
CIV_BODY = 'Derecho a una Justicia Cívica con Enfoque de Derechos Humanos'
CIV_COORD = ('Arturo Benavides Quintero', 'Coordinador del Espacio')
CIV_PLACE = 'Aula 2 de la Escuela de Administración Pública, Calle Tacuba 5, Centro Histórico'
T644 = 'Garantizar el debido proceso de las personas presentadas ante los juzgados cívicos'
T647 = 'Aplicar medidas alternativas a la sanción con enfoque de justicia restaurativa'
T649 = 'Transparentar la actuación de los juzgados cívicos'
G644_1 = ('644.1', 'Asegurar la presencia de personas defensoras de oficio en todos los juzgados cívicos y turnos',
          'Porcentaje de juzgados cívicos con persona defensora de oficio en todos los turnos', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G644_2 = ('644.2', 'Capacitar a las y los policías en el procedimiento de presentación de personas ante la persona juzgadora cívica',
          'Número de elementos policiales capacitados', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G647_1 = ('647.1', 'Ampliar el trabajo en favor de la comunidad como alternativa al arresto',
          'Número de personas que conmutaron el arresto por trabajo en favor de la comunidad', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G647_2 = ('647.2', 'Canalizar a tratamiento a las personas infractoras con consumo problemático de sustancias',
          'Número de personas canalizadas a tratamiento', 'Instituto para la Atención y Prevención de las Adicciones', 'IAPA')
G649_1 = ('649.1', 'Publicar estadísticas mensuales de los juzgados cívicos en formato de datos abiertos',
          'Número de reportes estadísticos publicados', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G649_2 = ('649.2', 'Instalar equipos de videograbación en las salas de audiencia de los juzgados cívicos',
          'Porcentaje de salas de audiencia con videograbación', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')

# R5 attendance: (name, title, institution, key, sector, received) ; goal extra: received='7 de febrero de 2020'
ACTAS.append(dict(
    stem='blind-r-civica-09-2020-02-13', layout='R5', esp='civica',
    body=CIV_BODY, kind='sesión ordinaria', number=9, ordinal='Novena',
    date='2020-02-13', start='10:00', end='12:40', place=CIV_PLACE, topic=None, objective=None, coordinator=CIV_COORD,
    edited='20 feb 2020 a las 13:05', oldid=1432, prev_date='16 de enero de 2020',
    attendance=[
        ('Alejandra Cervantes Mora', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, ''),
        ('Iván Pacheco Rubio', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, ''),
        ('Ramón Gil Espinoza', 'Suboficial', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, ''),
        ('Nayeli Zúñiga Ortiz', 'Psic.', 'Instituto para la Atención y Prevención de las Adicciones', 'IAPA', IE, ''),
        ('Hugo Rangel Becerra', '', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC, ''),
        ('Lorena Vidal Anaya', '', 'Colectivo Calle sin Arresto', None, SC, ''),
        ('Pablo Iturriaga Sáenz', 'Mtro.', 'Instituto de Investigaciones Jurídicas de la UNAM', 'UNAM', OT, ''),
        ('Cecilia Mondragón Ruiz', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, ''),
    ],
    strategies=[
        S(644, T644,
          [G(*G644_1, ['De los 58 juzgados cívicos, 41 cuentan con persona defensora de oficio en los tres turnos, es decir el 70.7 por ciento; en 2019 se contrataron 36 personas defensoras.'], received='7 de febrero de 2020'),
           G(*G644_2, ['En enero se capacitó a 1,480 elementos policiales de los sectores Centro y Oriente en el curso Presentación ante el Juez Cívico, de 6 horas.'], received='10 de febrero de 2020')],
          [(58, 'juzgados cívicos', '644.1', 'De los 58 juzgados cívicos'),
           (41, 'juzgados cívicos', '644.1', '41 cuentan con persona defensora de oficio en los tres turnos'),
           (70.7, 'por ciento', '644.1', 'es decir el 70.7 por ciento'),
           (36, 'personas defensoras', '644.1', 'se contrataron 36 personas defensoras'),
           (1480, 'elementos policiales', '644.2', 'se capacitó a 1,480 elementos policiales de los sectores Centro y Oriente'),
           (6, 'horas', '644.2', 'de 6 horas')],
          [('Se reporta el porcentaje que pide el indicador; es un avance claro respecto de la sesión anterior.', 'retroalimentacion', '644.1', 'avance', 'SE'),
           ('Preocupa que los 17 juzgados sin defensa en todos los turnos estén en las alcaldías con más detenciones; se cuestiona el criterio de asignación.', 'observacion', '644.1', 'cuestiona', 'Hugo Rangel Becerra'),
           ('Es necesario informar cuántos elementos hay en total en esos sectores para conocer la proporción capacitada.', 'retroalimentacion', '644.2', 'solicita_datos', 'SE')]),
        S(647, T647,
          [G(*G647_1, ['En el cuarto trimestre de 2019, 2,614 personas conmutaron el arresto por trabajo en favor de la comunidad, en promedio 9 horas por persona.'], received='7 de febrero de 2020'),
           G(*G647_2, None, 'No entregado.')],
          [(2614, 'personas', '647.1', '2,614 personas conmutaron el arresto por trabajo en favor de la comunidad'),
           (9, 'horas', '647.1', 'en promedio 9 horas por persona')],
          [('El número de conmutaciones por sí solo no da cumplimiento a la meta si no se informa cuántas personas fueron arrestadas en el mismo periodo.', 'retroalimentacion', '647.1', 'insuficiente', 'SE'),
           ('El IAPA señala que la canalización depende de que el juzgado le envíe a las personas y que no tiene personal en los juzgados.', 'observacion', '647.2', 'instancia', 'Nayeli Zúñiga Ortiz'),
           ('Sería oportuno que la Consejería y el IAPA acudan juntos a la próxima sesión para revisar la ruta de canalización.', 'retroalimentacion', '647.2', 'proceso', 'SE')]),
    ],
    agreements=[
        A('El IAPA y la Consejería Jurídica presentarán en la próxima sesión la ruta de canalización a tratamiento.', [], 'IAPA y Consejería Jurídica'),
        A('La Secretaría de Seguridad Ciudadana informará el número total de elementos de los sectores Centro y Oriente.', [], 'Secretaría de Seguridad Ciudadana'),
        A('La décima sesión ordinaria se realizará el jueves 12 de marzo de 2020 a las 10:00 horas en el Aula 2 de la Escuela de Administración Pública.', ['2020-03-12'], None, next_session=True),
    ],
    next={'date': '2020-03-12', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='intranet wiki page (MediaWiki, printable version): infobox, table of contents, reports only in the references section, last-edited stamp',
))

ACTAS.append(dict(
    stem='blind-r-civica-10-2020-03-12', layout='R5', esp='civica',
    body=CIV_BODY, kind='sesión ordinaria', number=10, ordinal='Décima',
    date='2020-03-12', start='10:00', end='12:10', place=CIV_PLACE, topic=None, objective=None, coordinator=CIV_COORD,
    edited='18 mar 2020 a las 18:41', oldid=1467, prev_date='13 de febrero de 2020',
    attendance=[
        ('Alejandra Cervantes Mora', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, ''),
        ('Ramón Gil Espinoza', 'Suboficial', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, ''),
        ('Nayeli Zúñiga Ortiz', 'Psic.', 'Instituto para la Atención y Prevención de las Adicciones', 'IAPA', IE, ''),
        ('Hugo Rangel Becerra', '', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC, ''),
        ('Lorena Vidal Anaya', '', 'Colectivo Calle sin Arresto', None, SC, ''),
        ('Marisol Peña Arteaga', '', 'Colectivo Calle sin Arresto', None, SC, ''),
        ('Cecilia Mondragón Ruiz', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, ''),
    ],
    strategies=[
        S(644, T644,
          [G(*G644_1, ['En febrero se asignaron 9 personas defensoras más y ya son 47 los juzgados cívicos con defensa en los tres turnos.'], received='6 de marzo de 2020'),
           G(*G644_2, ['Los sectores Centro y Oriente suman 6,920 elementos; con los 1,480 elementos capacitados en enero se cubre el 21 por ciento.'], received='9 de marzo de 2020')],
          [(9, 'personas defensoras', '644.1', 'se asignaron 9 personas defensoras más'),
           (47, 'juzgados cívicos', '644.1', 'ya son 47 los juzgados cívicos con defensa en los tres turnos'),
           (6920, 'elementos', '644.2', 'Los sectores Centro y Oriente suman 6,920 elementos'),
           (1480, 'elementos', '644.2', 'con los 1,480 elementos capacitados en enero'),
           (21, 'por ciento', '644.2', 'se cubre el 21 por ciento')],
          [('Se atendió lo solicitado y el dato permite ver la proporción capacitada.', 'retroalimentacion', '644.2', 'avance', 'SE'),
           ('La meta habla de todos los juzgados y turnos, pero el indicador sólo mide juzgados; no hay forma de saber qué turno queda sin defensa.', 'observacion', '644.1', 'diseno_meta', 'Lorena Vidal Anaya')]),
        S(649, T649,
          [G(*G649_1, None, 'No entregado.'),
           G(*G649_2, ['Se instalaron equipos de videograbación en 22 salas de audiencia, con una inversión de 3.4 millones de pesos.'], received='6 de marzo de 2020')],
          [(22, 'salas de audiencia', '649.2', 'en 22 salas de audiencia'),
           (3400000, 'pesos', '649.2', 'con una inversión de 3.4 millones de pesos')],
          [('Es necesario que la Consejería publique las estadísticas mensuales, como lo mandata la estrategia, y que informe la fecha de la primera publicación.', 'retroalimentacion', '649.1', 'exhorta', 'SE'),
           ('Lo que se informa de la videograbación no dice qué porcentaje de las salas ya tiene equipo, que es lo que pide el indicador.', 'retroalimentacion', '649.2', 'desalineado', 'SE'),
           ('Las grabaciones deben poder consultarse por la persona presentada y su defensa; si no, no sirven para el debido proceso.', 'observacion', '649.2', 'cuestiona', 'Hugo Rangel Becerra')]),
    ],
    agreements=[
        A('La Consejería Jurídica informará el número total de salas de audiencia y la fecha de publicación de la primera estadística mensual.', [], 'Consejería Jurídica'),
        A('La Secretaría Ejecutiva circulará la ruta de canalización presentada por el IAPA y la Consejería Jurídica.', [], 'Secretaría Ejecutiva'),
        A('La undécima sesión ordinaria se realizará el jueves 16 de abril de 2020 a las 10:00 horas, en el lugar que se confirme por correo.', ['2020-04-16'], None, next_session=True),
    ],
    next={'date': '2020-04-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='intranet wiki page; reports in the references',
))

# ================================================================ R6 cancer (Word minuta whose feedback lives only in comments, 2023)
CAN_BODY = 'Derechos de Niñas, Niños y Adolescentes con Cáncer'
CAN_COORD = ('Verónica Islas Cordero', 'Coordinadora del Espacio')
CAN_PLACE = 'Auditorio del Hospital Pediátrico Legaria, Calzada Legaria 371, colonia Deportiva Pensil, Miguel Hidalgo'
T172 = 'Garantizar la detección oportuna y el tratamiento integral del cáncer en la infancia y la adolescencia'
T175 = 'Asegurar la continuidad educativa de niñas, niños y adolescentes en tratamiento oncológico'
T178 = 'Brindar acompañamiento psicosocial a las familias de niñas, niños y adolescentes con cáncer'
G172_1 = ('172.1', 'Capacitar al personal de primer nivel de atención en signos y síntomas de sospecha de cáncer en la infancia',
          'Número de personas médicas y de enfermería capacitadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G172_2 = ('172.2', 'Reducir a menos de 15 días el tiempo entre la sospecha y el diagnóstico confirmatorio',
          'Promedio de días entre la referencia y el diagnóstico confirmatorio', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G175_1 = ('175.1', 'Operar aulas hospitalarias en los hospitales pediátricos de la red de la Ciudad de México',
          'Número de aulas hospitalarias en operación y de estudiantes atendidos', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU')
G175_2 = ('175.2', 'Otorgar apoyos económicos a las familias para el traslado a tratamiento',
          'Número de familias que reciben el apoyo de traslado', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G178_1 = ('178.1', 'Ofrecer sesiones de acompañamiento psicológico a madres, padres y personas cuidadoras',
          'Número de familias que reciben acompañamiento psicológico', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')

# R6 attendance: (name, title, institution, key, sector, code)
ACTAS.append(dict(
    stem='blind-r-cancer-04-2023-08-24', layout='R6', esp='cancer',
    body=CAN_BODY, kind='sesión ordinaria', number=4, ordinal='4ª',
    date='2023-08-24', start='10:00', end='12:30', place=CAN_PLACE, topic=None, objective=None, coordinator=CAN_COORD,
    attendance=[
        ('Rebeca Fuentes Alarcón', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'IE'),
        ('Joel Sandoval Uribe', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'IE'),
        ('Itzel Romero Galván', 'Mtra.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, 'IE'),
        ('Rafael Cano Medina', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'IE'),
        ('Graciela Ontiveros Paz', '', 'Casa de la Amistad para Niños con Cáncer, I.A.P.', None, SC, 'OSC'),
        ('Adrián Malvido Reyna', '', 'Mi Gran Esperanza, A.C.', None, SC, 'OSC'),
        ('Estela Navarro Quijano', '', 'Mi Gran Esperanza, A.C.', None, SC, 'OSC'),
        ('Luis Fernando Aguilar Bravo', 'Dr.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'OI'),
        ('Ana Laura Ruiz Cházaro', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'SE'),
    ],
    strategies=[
        S(172, T172,
          [G(*G172_1, ['Entre enero y junio se capacitó a 612 personas médicas y de enfermería de 98 centros de salud en el curso Signos de alarma del cáncer infantil, de 20 horas.']),
           G(*G172_2, ['El promedio entre la referencia y el diagnóstico confirmatorio fue de 23 días en el primer semestre; en 2022 fue de 31 días.'])],
          [(612, 'personas médicas y de enfermería', '172.1', 'se capacitó a 612 personas médicas y de enfermería'),
           (98, 'centros de salud', '172.1', 'de 98 centros de salud'),
           (20, 'horas', '172.1', 'de 20 horas'),
           (23, 'días', '172.2', 'fue de 23 días en el primer semestre'),
           (31, 'días', '172.2', 'en 2022 fue de 31 días')],
          [('Se reportan datos duros que permiten conocer la cobertura de la capacitación; se sugiere informar el total de personal de primer nivel.', 'retroalimentacion', '172.1', 'avance', 'SE'),
           ('Hay una reducción de ocho días, pero se sigue lejos de los 15 días de la meta; es necesario informar qué acciones se tomarán para cerrar la brecha.', 'retroalimentacion', '172.2', 'solicita_datos', 'SE'),
           ('Las familias siguen esperando más de un mes cuando vienen de Milpa Alta o Tláhuac; el promedio esconde esas diferencias.', 'observacion', '172.2', 'cuestiona', 'Graciela Ontiveros Paz')]),
        S(175, T175,
          [G(*G175_1, ['Operan 7 aulas hospitalarias en hospitales pediátricos, en las que se atendió a 264 estudiantes; 41 estudiantes concluyeron un nivel educativo.']),
           G(*G175_2, None, 'Sin informe')],
          [(7, 'aulas hospitalarias', '175.1', 'Operan 7 aulas hospitalarias en hospitales pediátricos'),
           (264, 'estudiantes', '175.1', 'se atendió a 264 estudiantes'),
           (41, 'estudiantes', '175.1', '41 estudiantes concluyeron un nivel educativo')],
          [('La SECTEI comenta que el personal docente de las aulas depende de la Autoridad Educativa Federal y que no puede ampliar las plazas.', 'observacion', '175.1', 'instancia', 'Itzel Romero Galván'),
           ('Es necesario que el DIF empiece a reportar los apoyos de traslado, que son la principal demanda de las familias en el Espacio.', 'retroalimentacion', '175.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Salud enviará a la Secretaría Ejecutiva el tiempo promedio de diagnóstico desagregado por alcaldía de residencia.', [], 'Secretaría de Salud'),
        A('El DIF de la Ciudad de México presentará en la siguiente sesión el padrón de familias con apoyo de traslado.', [], 'DIF de la Ciudad de México'),
        A('La 5ª Sesión Ordinaria se realizará el jueves 28 de septiembre de 2023 a las 10:00 horas en el auditorio del Hospital Pediátrico Legaria.', ['2023-09-28'], None, next_session=True),
    ],
    editorial=[('place', 'Relatoría SE', 'Confirmar con la coordinación si la sede cambia para la siguiente sesión.')],
    next={'date': '2023-09-28', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word minuta whose feedback lives only in comments (margin balloons; PDF printed with comments in the margin); attendance by institution with several people in a cell and sector codes with a legend; one editorial comment is not feedback',
))

ACTAS.append(dict(
    stem='blind-r-cancer-05-2023-09-28', layout='R6', esp='cancer',
    body=CAN_BODY, kind='sesión ordinaria', number=5, ordinal='5ª',
    date='2023-09-28', start='10:00', end='12:05', place=CAN_PLACE, topic=None, objective=None, coordinator=CAN_COORD,
    attendance=[
        ('Rebeca Fuentes Alarcón', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'IE'),
        ('Rafael Cano Medina', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'IE'),
        ('Mónica Treviño Lazcano', 'Psic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'IE'),
        ('Graciela Ontiveros Paz', '', 'Casa de la Amistad para Niños con Cáncer, I.A.P.', None, SC, 'OSC'),
        ('Adrián Malvido Reyna', '', 'Mi Gran Esperanza, A.C.', None, SC, 'OSC'),
        ('Luis Fernando Aguilar Bravo', 'Dr.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'OI'),
        ('Ana Laura Ruiz Cházaro', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'SE'),
    ],
    strategies=[
        S(172, T172,
          [G(*G172_1, ['En julio y agosto se capacitó a 188 personas médicas y de enfermería más; el total de personal de primer nivel es de 4,350 personas.']),
           G(*G172_2, ['Por alcaldía de residencia, el promedio va de 17 días en Benito Juárez a 38 días en Milpa Alta; se abrieron 2 módulos de referencia rápida en Tláhuac y Milpa Alta.'])],
          [(188, 'personas médicas y de enfermería', '172.1', 'se capacitó a 188 personas médicas y de enfermería más'),
           (4350, 'personas', '172.1', 'el total de personal de primer nivel es de 4,350 personas'),
           (17, 'días', '172.2', 'el promedio va de 17 días en Benito Juárez'),
           (38, 'días', '172.2', 'a 38 días en Milpa Alta'),
           (2, 'módulos de referencia rápida', '172.2', 'se abrieron 2 módulos de referencia rápida en Tláhuac y Milpa Alta')],
          [('Se atendió el acuerdo de desagregar por alcaldía; el dato confirma la brecha señalada por las organizaciones.', 'retroalimentacion', '172.2', 'avance', 'SE'),
           ('El IMSS propone que la capacitación se reporte también en la estrategia 178, porque incluye un módulo de comunicación con las familias.', 'observacion', '172.1', 'reasignar', 'Luis Fernando Aguilar Bravo')]),
        S(178, T178,
          [G(*G178_1, ['Se brindaron 1,035 sesiones de acompañamiento psicológico a 212 familias en 4 hospitales; 9 grupos de apoyo entre pares están activos.'])],
          [(1035, 'sesiones', '178.1', 'Se brindaron 1,035 sesiones de acompañamiento psicológico'),
           (212, 'familias', '178.1', 'a 212 familias en 4 hospitales'),
           (4, 'hospitales', '178.1', 'en 4 hospitales'),
           (9, 'grupos de apoyo', '178.1', '9 grupos de apoyo entre pares están activos')],
          [('Las sesiones suman, pero por sí solas no dan cuenta del acompañamiento a hermanas y hermanos, que también mandata la estrategia.', 'retroalimentacion', '178.1', 'insuficiente', 'SE'),
           ('Se cuestiona que el acompañamiento termine cuando la niña o el niño fallece; el duelo de las familias queda sin atención.', 'observacion', '178.1', 'cuestiona', 'Adrián Malvido Reyna'),
           ('Sería oportuno que a las sesiones venga también el área de trabajo social del DIF, que es la que lleva el padrón.', 'retroalimentacion', '178.1', 'proceso', 'SE')]),
    ],
    agreements=[
        A('El DIF de la Ciudad de México enviará el padrón de familias con apoyo de traslado a más tardar el 13 de octubre de 2023.', ['2023-10-13'], 'DIF de la Ciudad de México'),
        A('La Secretaría Ejecutiva invitará al área de trabajo social del DIF a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
        A('La 6ª Sesión Ordinaria se realizará el jueves 26 de octubre de 2023 a las 10:00 horas en la misma sede.', ['2023-10-26'], None, next_session=True),
    ],
    editorial=[('date', 'Relatoría SE', 'Verificar la hora de término con la grabación.')],
    next={'date': '2023-10-26', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word minuta with comments as feedback',
))
