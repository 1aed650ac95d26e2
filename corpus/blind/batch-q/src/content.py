# -*- coding: utf-8 -*-
# Batch Q content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status_words, **extra)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
             due=due, state=state, next_session=next_session)
    d.update(kw)
    return d


ACTAS = []

# ================================================================ Q1 raras (acta mecanografiada, escaneada)
RAR_BODY = 'Derechos de las Personas con Enfermedades Raras y Poco Frecuentes'
RAR_COORD = ('Guadalupe Echeverría Solís', 'Coordinadora del Espacio')
RAR_PLACE = 'Sala de Juntas del Hospital General «Dr. Gregorio Salas», Dr. Lavista 120, colonia Doctores, delegación Cuauhtémoc'
T436 = 'Garantizar el diagnóstico oportuno de las enfermedades raras en la red hospitalaria de la Ciudad de México'
T438 = 'Asegurar el acceso a tratamientos y medicamentos de alto costo para personas con enfermedades raras'
T441 = 'Promover la inclusión educativa y laboral de las personas que viven con una enfermedad rara'
G436_1 = ('436.1', 'Ampliar el tamiz neonatal ampliado a todos los hospitales maternos de la Secretaría de Salud',
          'Porcentaje de personas recién nacidas con tamiz neonatal ampliado respecto del total de nacimientos atendidos', 'Secretaría de Salud', 'SEDESA')
G436_2 = ('436.2', 'Capacitar al personal médico de primer nivel en la detección de signos de alarma de enfermedades raras',
          'Número de médicas y médicos capacitados por jurisdicción sanitaria', 'Secretaría de Salud', 'SEDESA')
G438_1 = ('438.1', 'Integrar un padrón de personas con enfermedades raras atendidas en la red hospitalaria',
          'Padrón integrado y actualizado semestralmente', 'Secretaría de Salud', 'SEDESA')
G438_2 = ('438.2', 'Gestionar convenios con instituciones de seguridad social para la continuidad de tratamientos de alto costo',
          'Número de convenios firmados y de personas beneficiarias', 'Sistema para el Desarrollo Integral de la Familia', 'DIF-CDMX')
G441_1 = ('441.1', 'Otorgar becas de apoyo a estudiantes que viven con una enfermedad rara para su permanencia escolar',
          'Número de becas otorgadas y tasa de permanencia escolar de las personas beneficiarias', 'Fideicomiso Educación Garantizada', 'FIDEGAR')

ACTAS.append(dict(
    stem='blind-q-raras-05-2018-04-19', layout='Q1', esp='raras',
    body=RAR_BODY, kind='sesión ordinaria', number=5, ordinal='Quinta', ordinal_next='Sexta',
    date='2018-04-19', start='10:15', end='12:40',
    date_words='jueves diecinueve de abril de dos mil dieciocho', start_words='las diez horas con quince minutos',
    end_words='las doce horas con cuarenta minutos',
    place=RAR_PLACE, topic=None, objective=None, coordinator=RAR_COORD,
    attendance=[
        ('Ximena Larios Bracamontes', 'la doctora', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Atención Hospitalaria'),
        ('Arturo Velasco Miramontes', 'el doctor', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de la Unidad de Genética'),
        ('Patricia Ordóñez Rivas', 'la licenciada', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Directora de Atención a Población con Discapacidad'),
        ('Rogelio Santillán Meza', 'el licenciado', 'Fideicomiso Educación Garantizada', 'FIDEGAR', IE, 'Coordinador de Becas'),
        ('Irma Castañeda Pliego', 'la maestra', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinadora Delegacional de Programas Médicos'),
        ('Beatriz Quintanar Lozano', 'la señora', 'Federación Mexicana de Enfermedades Raras, A.C.', None, SC, 'Presidenta'),
        ('Octavio Barragán Celis', 'el señor', 'Asociación Mexicana de Fibrosis Quística, A.C.', None, SC, 'Vocal'),
        ('Lorena Tapia Escamilla', 'la licenciada', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos', 'SE-PDHCDMX', SE, 'enlace del Espacio'),
    ],
    previous=[
        ('La Secretaría de Salud enviará el listado de hospitales maternos que ya aplican el tamiz neonatal ampliado.', 'Cumplido; se remitió por correo el 6 de abril.'),
        ('El DIF de la Ciudad de México designará un enlace permanente ante el Espacio.', 'Cumplido.'),
        ('La Secretaría Ejecutiva solicitará al IMSS información sobre los tratamientos de alto costo que otorga.', 'En proceso.'),
    ],
    strategies=[
        dict(number=436, title=T436,
             goals=[G(*G436_1, ['En el periodo enero-marzo de 2018 se aplicó el tamiz neonatal ampliado a seis mil ochocientas doce (6,812) personas recién nacidas en once (11) hospitales maternos, lo que representa el noventa y cuatro (94) por ciento de los nacimientos atendidos.',
                                'Se confirmaron diecisiete (17) casos de errores innatos del metabolismo, todos referidos a la Unidad de Genética.']),
                    G(*G436_2, ['Se impartieron cuatro (4) cursos de signos de alarma a ciento treinta y seis (136) médicas y médicos de las jurisdicciones sanitarias Iztapalapa, Gustavo A. Madero y Tlalpan.'])],
             figures=[(6812, 'personas recién nacidas', '436.1', 'seis mil ochocientas doce (6,812) personas recién nacidas'),
                      (11, 'hospitales maternos', '436.1', 'en once (11) hospitales maternos'),
                      (94, 'por ciento', '436.1', 'el noventa y cuatro (94) por ciento de los nacimientos atendidos'),
                      (17, 'casos', '436.1', 'Se confirmaron diecisiete (17) casos de errores innatos del metabolismo'),
                      (4, 'cursos', '436.2', 'Se impartieron cuatro (4) cursos de signos de alarma'),
                      (136, 'médicas y médicos', '436.2', 'a ciento treinta y seis (136) médicas y médicos')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer la cobertura del tamiz y compararla con el indicador.', 'retroalimentacion', '436.1', 'avance', 'SE'),
                 ('Los diecisiete casos confirmados necesitan seguimiento; las familias nos dicen que la cita en genética tarda hasta cuatro meses.', 'observacion', '436.1', 'cuestiona', 'Beatriz Quintanar Lozano'),
                 ('Es necesario informar cuántas médicas y médicos hay en cada jurisdicción para conocer la proporción capacitada, como lo pide el indicador.', 'retroalimentacion', '436.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=438, title=T438,
             goals=[G(*G438_1, None, 'La Secretaría de Salud no presentó informe de esta meta; refirió que el padrón está en proceso de integración.'),
                    G(*G438_2, ['Se firmó un (1) convenio de colaboración con el IMSS y se gestionó la continuidad del tratamiento de cuarenta y dos (42) niñas y niños con enfermedades lisosomales; además se entregaron ochenta y un (81) apoyos económicos para traslados a consulta.'])],
             figures=[(1, 'convenio', '438.2', 'Se firmó un (1) convenio de colaboración con el IMSS'),
                      (42, 'niñas y niños', '438.2', 'cuarenta y dos (42) niñas y niños con enfermedades lisosomales'),
                      (81, 'apoyos económicos', '438.2', 'se entregaron ochenta y un (81) apoyos económicos para traslados a consulta')],
             feedback=[
                 ('Es necesario que la Secretaría de Salud inicie la integración del padrón, pues sin él no es posible medir el acceso a los tratamientos.', 'retroalimentacion', '438.1', 'exhorta', 'SE'),
                 ('Los apoyos para traslados son valiosos, pero por sí solos no garantizan el acceso a los medicamentos de alto costo que mandata la estrategia.', 'retroalimentacion', '438.2', 'insuficiente', 'SE'),
                 ('El convenio sólo cubre a quienes son derechohabientes; pedimos que el DIF informe qué pasa con las familias sin seguridad social.', 'observacion', '438.2', 'solicita_datos', 'Octavio Barragán Celis'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud presentará en la siguiente sesión el avance del padrón de la meta 438.1.', responsible='Secretaría de Salud'),
        A('El DIF de la Ciudad de México enviará a la Secretaría Ejecutiva, a más tardar el 4 de mayo de 2018, el número de familias sin seguridad social atendidas.', ['2018-05-04'], responsible='DIF de la Ciudad de México'),
        A('La Sexta Sesión Ordinaria se celebrará el jueves veinticuatro de mayo de dos mil dieciocho a las diez horas en esta misma sala.', ['2018-05-24'], next_session=True),
    ],
    next={'date': '2018-05-24', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='acta mecanografiada escaneada (imagen): fecha y hora en palabras, asistencia en el párrafo de apertura, acuerdos anteriores en tabla, observaciones citadas entre comillas',
))

ACTAS.append(dict(
    stem='blind-q-raras-06-2018-05-24', layout='Q1', esp='raras',
    body=RAR_BODY, kind='sesión ordinaria', number=6, ordinal='Sexta', ordinal_next='Séptima',
    date='2018-05-24', start='10:05', end='12:25',
    date_words='jueves veinticuatro de mayo de dos mil dieciocho', start_words='las diez horas con cinco minutos',
    end_words='las doce horas con veinticinco minutos',
    place=RAR_PLACE, topic=None, objective=None, coordinator=RAR_COORD,
    attendance=[
        ('Ximena Larios Bracamontes', 'la doctora', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Atención Hospitalaria'),
        ('Patricia Ordóñez Rivas', 'la licenciada', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Directora de Atención a Población con Discapacidad'),
        ('Rogelio Santillán Meza', 'el licenciado', 'Fideicomiso Educación Garantizada', 'FIDEGAR', IE, 'Coordinador de Becas'),
        ('Mariana Coronel Aguado', 'la licenciada', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Inclusión Laboral'),
        ('Beatriz Quintanar Lozano', 'la señora', 'Federación Mexicana de Enfermedades Raras, A.C.', None, SC, 'Presidenta'),
        ('Octavio Barragán Celis', 'el señor', 'Asociación Mexicana de Fibrosis Quística, A.C.', None, SC, 'Vocal'),
        ('Rebeca Íñiguez Paredes', 'la doctora', 'Facultad de Medicina de la UNAM', 'UNAM', OT, 'académica'),
        ('Lorena Tapia Escamilla', 'la licenciada', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos', 'SE-PDHCDMX', SE, 'enlace del Espacio'),
    ],
    previous=[
        ('La Secretaría de Salud presentará en la siguiente sesión el avance del padrón de la meta 438.1.', 'Cumplido; se presenta en esta sesión.'),
        ('El DIF de la Ciudad de México enviará el número de familias sin seguridad social atendidas.', 'Cumplido; oficio recibido el 3 de mayo.'),
    ],
    strategies=[
        dict(number=438, title=T438,
             goals=[G(*G438_1, ['Al treinta de abril el padrón registra trescientas setenta y cinco (375) personas con alguna enfermedad rara atendidas en nueve (9) hospitales de la red; el sesenta y dos (62) por ciento son menores de edad.']),
                    G(*G438_2, ['Con el convenio vigente se mantuvo el tratamiento de cuarenta y cinco (45) niñas y niños y se incorporaron doce (12) personas adultas; el DIF atendió a veintiocho (28) familias sin seguridad social mediante el programa de apoyos.'])],
             figures=[(375, 'personas', '438.1', 'trescientas setenta y cinco (375) personas con alguna enfermedad rara'),
                      (9, 'hospitales', '438.1', 'en nueve (9) hospitales de la red'),
                      (62, 'por ciento', '438.1', 'el sesenta y dos (62) por ciento son menores de edad'),
                      (45, 'niñas y niños', '438.2', 'se mantuvo el tratamiento de cuarenta y cinco (45) niñas y niños'),
                      (12, 'personas adultas', '438.2', 'se incorporaron doce (12) personas adultas'),
                      (28, 'familias', '438.2', 'el DIF atendió a veintiocho (28) familias sin seguridad social')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior y el padrón ya permite conocer a la población atendida.', 'retroalimentacion', '438.1', 'avance', 'SE'),
                 ('El padrón debe incluir a las personas atendidas en el IMSS y el ISSSTE; si no, quedan fuera la mayoría de los casos.', 'observacion', '438.1', 'cuestiona', 'Rebeca Íñiguez Paredes'),
                 ('Se solicita desglosar por tipo de enfermedad a las personas que mantienen su tratamiento.', 'retroalimentacion', '438.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=441, title=T441,
             goals=[G(*G441_1, ['En el ciclo escolar 2017-2018 se otorgaron doscientas catorce (214) becas de apoyo, con una permanencia escolar del ochenta y nueve (89) por ciento.']),
                    G('441.2', 'Vincular a personas que viven con una enfermedad rara con empleos compatibles con su tratamiento',
                      'Número de personas vinculadas a un empleo', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', None,
                      'La Secretaría de Trabajo y Fomento al Empleo no remitió informe; su representante señaló que lo enviará por oficio.')],
             figures=[(214, 'becas', '441.1', 'se otorgaron doscientas catorce (214) becas de apoyo'),
                      (89, 'por ciento', '441.1', 'una permanencia escolar del ochenta y nueve (89) por ciento')],
             feedback=[
                 ('Las becas de permanencia podrían enmarcarse también en la estrategia 436, porque las familias las usan para pagar estudios de diagnóstico.', 'observacion', '441.1', 'reasignar', 'Beatriz Quintanar Lozano'),
                 ('El Fideicomiso solicita a la Secretaría Ejecutiva que la ficha del indicador aclare cómo se calcula la permanencia.', 'observacion', '441.1', 'instancia', 'Rogelio Santillán Meza'),
                 ('Es importante que a las sesiones acuda personal que conozca los programas de vinculación laboral y pueda informar sobre ellos.', 'retroalimentacion', '441.2', 'proceso', 'SE'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud solicitará al IMSS y al ISSSTE sus registros para incorporarlos al padrón de la meta 438.1.', responsible='Secretaría de Salud'),
        A('La Secretaría de Trabajo y Fomento al Empleo remitirá el informe de la meta 441.2 a más tardar el 8 de junio de 2018.', ['2018-06-08'], responsible='Secretaría de Trabajo y Fomento al Empleo'),
        A('La Séptima Sesión Ordinaria se celebrará el jueves veintiocho de junio de dos mil dieciocho a las diez horas en esta misma sala.', ['2018-06-28'], next_session=True),
    ],
    next={'date': '2018-06-28', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='acta mecanografiada escaneada (imagen): fecha y hora en palabras, asistencia en el párrafo de apertura, acuerdos anteriores en tabla, observaciones citadas entre comillas',
))

# ================================================================ Q2 repatriadas (chat de WhatsApp pegado en Word)
REP_BODY = 'Derechos de las Personas Mexicanas Repatriadas y en Retorno'
REP_COORD = ('Leonor Bautista Arellano', 'Coordinadora del Espacio')
REP_PLACE = 'a distancia, por el grupo de WhatsApp «EP Repatriadas PDH»'
T233 = 'Facilitar la obtención de documentos de identidad de las personas mexicanas repatriadas'
T235 = 'Promover la inserción laboral de las personas en retorno en la Ciudad de México'
T237 = 'Brindar atención psicosocial a personas repatriadas y a sus familias'

ACTAS.append(dict(
    stem='blind-q-repatriadas-03-2020-05-14', layout='Q2', esp='repatriadas',
    body=REP_BODY, kind='sesión ordinaria', number=3, ordinal='3a.', date='2020-05-14', start='10:00', end='12:35',
    chat_date='14/05/20', place=REP_PLACE, topic=None, objective=None, coordinator=REP_COORD,
    coord_contact='Leonor Bautista Coord EP',
    attendance=[
        ('Karla Ibarra Sepúlveda', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Karla Ibarra SIBISO'),
        ('Rocío Méndez Aguilar', None, 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Rocío STyFE'),
        ('Andrés Colín Barajas', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, '+52 55 3187 4410'),
        ('Yolanda Pacheco Ruiz', None, 'Secretaría de Salud', 'SEDESA', IE, 'Yola Pacheco Salud'),
        ('Efrén Uribe Tinoco', None, 'Instituto Nacional de Migración', 'INM', OT, 'Efrén INM'),
        ('Dulce María Rangel Ochoa', None, 'Red de Mujeres Retornadas, A.C.', None, SC, 'Dulce Rangel'),
        ('Gustavo Arreola Nava', None, 'Otros Dreams en Acción', None, SC, 'Gus Arreola ODA'),
        ('Fabiola Serrano Vidal', None, 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Fabiola SE PDH'),
    ],
    strategies=[
        dict(number=233, title=T233,
             goals=[G('233.1', 'Expedir copias certificadas de actas de nacimiento a personas repatriadas sin costo',
                      'Número de actas de nacimiento expedidas sin costo a personas repatriadas', 'Consejería Jurídica y de Servicios Legales', 'CEJUR',
                      ['Del 1 de enero al 30 de abril el Registro Civil expidió 1,146 copias certificadas de actas de nacimiento sin costo a personas repatriadas y realizó 38 registros extemporáneos. Desde el 23 de marzo el módulo del Aeropuerto sólo atiende con cita.']),
                    G('233.2', 'Acompañar el trámite de la CURP y la credencial para votar de las personas que llegan por el Aeropuerto',
                      'Número de personas acompañadas en el trámite', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO',
                      ['En el primer cuatrimestre se acompañó a 412 personas en el trámite de la CURP; 96 de ellas obtuvieron su credencial para votar antes de la suspensión de los módulos del INE.'])],
             figures=[(1146, 'copias certificadas', '233.1', 'expidió 1,146 copias certificadas de actas de nacimiento'),
                      (38, 'registros extemporáneos', '233.1', 'realizó 38 registros extemporáneos'),
                      (412, 'personas', '233.2', 'se acompañó a 412 personas en el trámite de la CURP'),
                      (96, 'personas', '233.2', '96 de ellas obtuvieron su credencial para votar')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el avance de la meta. Sería útil saber cuántas solicitudes quedaron pendientes por la contingencia.', 'retroalimentacion', '233.1', 'solicita_datos', 'SE'),
                 ('Muchas compañeras llegan sin ningún documento de su país de origen y el Registro Civil les pide apostilla; eso no lo dice el informe.', 'observacion', '233.1', 'cuestiona', 'Dulce María Rangel Ochoa'),
                 ('El acompañamiento contribuye a la meta, pero por sí solo no da cumplimiento si la credencial no se obtiene; hay que reportar cuántas personas concluyeron el trámite.', 'retroalimentacion', '233.2', 'insuficiente', 'SE'),
             ]),
        dict(number=235, title=T235,
             goals=[G('235.1', 'Incorporar a personas en retorno al seguro de desempleo y a cursos de capacitación',
                      'Número de personas en retorno beneficiarias del seguro de desempleo', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE',
                      ['En 2020 se han otorgado 274 apoyos del seguro de desempleo a personas migrantes en retorno, por un monto de 2,465,000 pesos, y 57 personas concluyeron cursos de capacitación en línea.']),
                    G('235.2', 'Certificar las competencias laborales adquiridas en el extranjero',
                      'Número de certificados de competencia laboral emitidos', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', None,
                      'STyFE no envió informe de la 235.2; Rocío comentó que el área de certificación está suspendida por la contingencia.')],
             figures=[(274, 'apoyos', '235.1', 'se han otorgado 274 apoyos del seguro de desempleo'),
                      (2465000, 'pesos', '235.1', 'por un monto de 2,465,000 pesos'),
                      (57, 'personas', '235.1', '57 personas concluyeron cursos de capacitación en línea')],
             feedback=[
                 ('Se reconoce el avance del seguro de desempleo; es un apoyo que sí llega a la población.', 'retroalimentacion', '235.1', 'avance', 'SE'),
                 ('La mayoría de los dreamers trabajamos en call centers; los cursos deberían enfocarse en certificar el inglés y no en oficios.', 'observacion', '235.1', 'cuestiona', 'Gustavo Arreola Nava'),
                 ('Es necesario que la STyFE establezca un mecanismo de certificación a distancia mientras dure la contingencia.', 'retroalimentacion', '235.2', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('La Consejería Jurídica enviará por este medio el número de solicitudes de actas que quedaron pendientes por la contingencia, a más tardar el 22 de mayo.', ['2020-05-22'], responsible='Consejería Jurídica'),
        A('La Secretaría Ejecutiva convocará a una mesa de trabajo virtual con STyFE y Otros Dreams en Acción sobre certificación de competencias.', responsible='Secretaría Ejecutiva'),
        A('La 4a. sesión ordinaria será el jueves 11 de junio a las 10:00 horas, también por este grupo.', ['2020-06-11'], next_session=True),
    ],
    next={'date': '2020-06-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='sesión celebrada por chat de WhatsApp; la conversación exportada pegada en Word; asistencia por pase de lista en mensajes; acuerdos en un mensaje de la coordinadora',
))

ACTAS.append(dict(
    stem='blind-q-repatriadas-04-2020-06-11', layout='Q2', esp='repatriadas',
    body=REP_BODY, kind='sesión ordinaria', number=4, ordinal='4a.', date='2020-06-11', start='10:00', end='12:10',
    chat_date='11/06/20', place=REP_PLACE, topic=None, objective=None, coordinator=REP_COORD,
    coord_contact='Leonor Bautista Coord EP',
    attendance=[
        ('Karla Ibarra Sepúlveda', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Karla Ibarra SIBISO'),
        ('Rocío Méndez Aguilar', None, 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Rocío STyFE'),
        ('Andrés Colín Barajas', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, '+52 55 3187 4410'),
        ('Yolanda Pacheco Ruiz', None, 'Secretaría de Salud', 'SEDESA', IE, 'Yola Pacheco Salud'),
        ('Dulce María Rangel Ochoa', None, 'Red de Mujeres Retornadas, A.C.', None, SC, 'Dulce Rangel'),
        ('Gustavo Arreola Nava', None, 'Otros Dreams en Acción', None, SC, 'Gus Arreola ODA'),
        ('Sandra Villagómez Ortiz', None, 'Organización Internacional para las Migraciones', 'OIM', OT, '+52 55 2290 7731'),
        ('Fabiola Serrano Vidal', None, 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Fabiola SE PDH'),
    ],
    strategies=[
        dict(number=235, title=T235,
             goals=[G('235.1', 'Incorporar a personas en retorno al seguro de desempleo y a cursos de capacitación',
                      'Número de personas en retorno beneficiarias del seguro de desempleo', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE',
                      ['Al 31 de mayo suman 341 apoyos del seguro de desempleo a personas en retorno; se abrieron 3 cursos de inglés para centros de contacto con 75 lugares.']),
                    G('235.2', 'Certificar las competencias laborales adquiridas en el extranjero',
                      'Número de certificados de competencia laboral emitidos', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE',
                      ['Se habilitó la evaluación a distancia y se emitieron 19 certificados de competencia laboral; otras 44 personas están en proceso de evaluación.'])],
             figures=[(341, 'apoyos', '235.1', 'suman 341 apoyos del seguro de desempleo'),
                      (3, 'cursos', '235.1', 'se abrieron 3 cursos de inglés para centros de contacto'),
                      (75, 'lugares', '235.1', 'con 75 lugares'),
                      (19, 'certificados', '235.2', 'se emitieron 19 certificados de competencia laboral'),
                      (44, 'personas', '235.2', 'otras 44 personas están en proceso de evaluación')],
             feedback=[
                 ('Se atendió la observación de la sesión anterior sobre los cursos de inglés; se reconoce el avance.', 'retroalimentacion', '235.1', 'avance', 'SE'),
                 ('Qué bueno lo de los cursos, pero 75 lugares no alcanzan; en el grupo de la red somos más de 300.', 'observacion', '235.1', 'cuestiona', 'Gustavo Arreola Nava'),
                 ('Se solicita informar cuántas de las personas certificadas son mujeres y en qué competencias.', 'retroalimentacion', '235.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=237, title=T237,
             goals=[G('237.1', 'Brindar atención psicológica a personas repatriadas en los módulos de recepción',
                      'Número de personas repatriadas con atención psicológica', 'Secretaría de Salud', 'SEDESA',
                      ['De marzo a mayo se dieron 128 atenciones psicológicas por teléfono a personas repatriadas y a sus familias y se canalizó a 9 personas a los Centros de Salud.']),
                    G('237.2', 'Formar grupos de apoyo para familias separadas por la deportación',
                      'Número de grupos de apoyo en funcionamiento', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', None,
                      'SIBISO no presentó informe de la meta 237.2 (los grupos presenciales se suspendieron).')],
             figures=[(128, 'atenciones psicológicas', '237.1', 'se dieron 128 atenciones psicológicas por teléfono'),
                      (9, 'personas', '237.1', 'se canalizó a 9 personas a los Centros de Salud')],
             feedback=[
                 ('Las atenciones por teléfono son un avance, pero la meta habla de los módulos de recepción; conviene aclarar si se atendió ahí o en la línea general.', 'retroalimentacion', '237.1', 'desalineado', 'SE'),
                 ('Salud pide que las organizaciones les compartan los contactos de las familias para ofrecerles la atención, porque no les llegan las solicitudes.', 'observacion', '237.1', 'instancia', 'Yolanda Pacheco Ruiz'),
                 ('Sería bueno que a estas sesiones también se sume el área de SIBISO que lleva los grupos, para que informe directamente.', 'observacion', '237.2', 'proceso', 'Dulce María Rangel Ochoa'),
             ]),
    ],
    agreements=[
        A('STyFE enviará el desglose por sexo de los certificados de la meta 235.2 antes del 26 de junio.', ['2020-06-26'], responsible='STyFE'),
        A('SIBISO presentará el informe de la meta 237.2 en la próxima sesión.', responsible='SIBISO'),
        A('La 5a. sesión ordinaria será el jueves 9 de julio a las 10:00 horas, por videollamada de Zoom.', ['2020-07-09'], next_session=True),
    ],
    next={'date': '2020-07-09', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='sesión celebrada por chat de WhatsApp; la conversación exportada pegada en Word; asistencia por pase de lista en mensajes; acuerdos en un mensaje de la coordinadora',
))

# ================================================================ Q3 orfandad (cédulas de seguimiento, una por meta)
ORF_BODY = 'Derechos de Niñas, Niños y Adolescentes en Situación de Orfandad'
ORF_COORD = ('Adriana Montiel Garduño', 'Coordinadora del Espacio')
ORF_PLACE = 'Sala de Consejo del DIF de la Ciudad de México, Prolongación Xochicalco 1000, y por Zoom'
T162 = 'Identificar y registrar a niñas, niños y adolescentes en situación de orfandad por feminicidio o por COVID-19'
T164 = 'Garantizar la protección económica y el cuidado familiar de niñas, niños y adolescentes en situación de orfandad'
T166 = 'Brindar atención psicológica especializada en duelo a niñas, niños y adolescentes en situación de orfandad'
G162_1 = ('162.1', 'Integrar un registro único de niñas, niños y adolescentes en situación de orfandad',
          'Registro único integrado y número de personas registradas', 'Sistema de Protección Integral de Niñas, Niños y Adolescentes', 'SIPINNA')
G162_2 = ('162.2', 'Notificar al DIF los casos de orfandad derivados de las carpetas de investigación por feminicidio',
          'Número de casos notificados respecto de las carpetas iniciadas por feminicidio', 'Fiscalía General de Justicia', 'PGJCDMX')
G164_1 = ('164.1', 'Otorgar el apoyo económico mensual a niñas, niños y adolescentes en situación de orfandad materna',
          'Número de personas beneficiarias del apoyo económico', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G164_2 = ('164.2', 'Acompañar jurídicamente a las familias cuidadoras en los trámites de tutela y guarda y custodia',
          'Número de familias acompañadas y de resoluciones obtenidas', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G166_1 = ('166.1', 'Ofrecer terapia de duelo infantil en los Centros de Salud de primer nivel',
          'Número de niñas, niños y adolescentes en terapia de duelo', 'Secretaría de Salud', 'SEDESA')

ORF_ATT = [
    ('Rosalba Nieto Carranza', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Directora Ejecutiva de Apoyo a las Niñas, Niños y Adolescentes'),
    ('Joel Espinosa Lemus', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirector de Programas Sociales'),
    ('Claudia Ledesma Ortega', 'Mtra.', 'Sistema de Protección Integral de Niñas, Niños y Adolescentes', 'SIPINNA', IE, 'Secretaria Ejecutiva'),
    ('Héctor Pulido Sandoval', 'Lic.', 'Fiscalía General de Justicia', 'PGJCDMX', IE, 'Fiscal de Investigación del Delito de Feminicidio'),
    ('Norma Alicia Ventura Roldán', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Directora de Defensoría Pública'),
]

ACTAS.append(dict(
    stem='blind-q-orfandad-02-2022-08-17', layout='Q3', esp='orfandad',
    body=ORF_BODY, kind='sesión ordinaria', number=2, ordinal='2ª', date='2022-08-17', start='10:00', end='13:05',
    place=ORF_PLACE, topic=None, objective=None, coordinator=ORF_COORD,
    attendance=ORF_ATT + [
        ('Fernanda Salcedo Ríos', 'Mtra.', 'Fondo de las Naciones Unidas para la Infancia', 'UNICEF', OT, 'Oficial de Protección'),
        ('Ismael Treviño Corona', None, 'Aldeas Infantiles SOS México, I.A.P.', None, SC, 'Coordinador de Incidencia'),
        ('Verónica Lara Mondragón', None, 'Colectivo de Familias de Víctimas de Feminicidio', None, SC, 'Integrante'),
        ('Diana Zúñiga Pastor', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        dict(number=162, title=T162,
             goals=[G(*G162_1, ['Se integró la primera versión del registro único con 2,184 niñas, niños y adolescentes.',
                                '1,926 quedaron en orfandad por COVID-19 y 258 por feminicidio.',
                                'Se celebraron 6 mesas de validación con las 16 alcaldías.']),
                    G(*G162_2, None, 'No entregó cédula. La Fiscalía indicó en la sesión que la información se encuentra en validación por la Coordinación General de Investigación.')],
             figures=[(2184, 'niñas, niños y adolescentes', '162.1', 'registro único con 2,184 niñas, niños y adolescentes'),
                      (1926, 'niñas, niños y adolescentes', '162.1', '1,926 quedaron en orfandad por COVID-19'),
                      (258, 'niñas, niños y adolescentes', '162.1', '258 por feminicidio'),
                      (6, 'mesas de validación', '162.1', 'Se celebraron 6 mesas de validación'),
                      (16, 'alcaldías', '162.1', 'con las 16 alcaldías')],
             feedback=[
                 ('El registro es un avance sustantivo; se sugiere informar cuántos casos se validaron con las alcaldías y cuántos están pendientes.', 'retroalimentacion', '162.1', 'solicita_datos', 'SE'),
                 ('Muchas abuelas cuidadoras no saben que pueden inscribir a sus nietos; el registro depende de que ellas lleguen al DIF.', 'observacion', '162.1', 'cuestiona', 'Verónica Lara Mondragón'),
                 ('Es necesario que la Fiscalía establezca el procedimiento de notificación al DIF que mandata la meta, desde el inicio de cada carpeta.', 'retroalimentacion', '162.2', 'exhorta', 'SE'),
             ]),
        dict(number=164, title=T164,
             goals=[G(*G164_1, ['En julio de 2022 recibieron el apoyo 1,417 niñas, niños y adolescentes, por 3,282,000 pesos.',
                                'Se incorporaron 143 nuevas personas beneficiarias en el bimestre.']),
                    G(*G164_2, ['Se acompañó a 96 familias cuidadoras.', 'Se obtuvieron 31 resoluciones de tutela y 12 de guarda y custodia.'])],
             figures=[(1417, 'niñas, niños y adolescentes', '164.1', 'recibieron el apoyo 1,417 niñas, niños y adolescentes'),
                      (3282000, 'pesos', '164.1', 'por 3,282,000 pesos'),
                      (143, 'personas beneficiarias', '164.1', 'Se incorporaron 143 nuevas personas beneficiarias'),
                      (96, 'familias cuidadoras', '164.2', 'Se acompañó a 96 familias cuidadoras'),
                      (31, 'resoluciones', '164.2', 'Se obtuvieron 31 resoluciones de tutela'),
                      (12, 'resoluciones', '164.2', '12 de guarda y custodia')],
             feedback=[
                 ('Se reportan datos duros que permiten dar seguimiento al indicador.', 'retroalimentacion', '164.1', 'avance', 'SE'),
                 ('El apoyo económico contribuye, pero por sí solo no asegura el cuidado familiar; hace falta acompañamiento a las familias.', 'observacion', '164.1', 'insuficiente', 'Ismael Treviño Corona'),
                 ('La Consejería solicita que los casos se le canalicen con la documentación completa, porque muchos expedientes llegan sin actas de defunción.', 'observacion', '164.2', 'instancia', 'Norma Alicia Ventura Roldán'),
             ]),
    ],
    agreements=[
        A('Entregar la cédula de la meta 162.2 con el número de casos notificados al DIF.', ['2022-09-02'], responsible='Fiscalía General de Justicia', due='02/09/2022', state='Pendiente'),
        A('Enviar a las organizaciones el formato de canalización de familias cuidadoras.', ['2022-08-26'], responsible='Consejería Jurídica y DIF', due='26/08/2022', state='Pendiente'),
        A('Celebrar la 3ª Sesión Ordinaria el miércoles 21 de septiembre de 2022 a las 10:00 horas, en modalidad híbrida.', ['2022-09-21'], responsible='Secretaría Ejecutiva', due='21/09/2022', state='Programada', next_session=True),
    ],
    next={'date': '2022-09-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='cédula de seguimiento: portada con datos y asistencia por institución con viñetas; una cédula (tabla) por meta con casillas ☒/☐; acuerdos con Responsable/Plazo/Estatus',
))

ACTAS.append(dict(
    stem='blind-q-orfandad-03-2022-09-21', layout='Q3', esp='orfandad',
    body=ORF_BODY, kind='sesión ordinaria', number=3, ordinal='3ª', date='2022-09-21', start='10:10', end='12:45',
    place=ORF_PLACE, topic=None, objective=None, coordinator=ORF_COORD,
    attendance=ORF_ATT[:3] + ORF_ATT[4:] + [
        ('Samuel Orozco Quiroz', 'Dr.', 'Secretaría de Salud', 'SEDESA', IE, 'Jefe de Salud Mental Comunitaria'),
        ('Ismael Treviño Corona', None, 'Aldeas Infantiles SOS México, I.A.P.', None, SC, 'Coordinador de Incidencia'),
        ('Verónica Lara Mondragón', None, 'Colectivo de Familias de Víctimas de Feminicidio', None, SC, 'Integrante'),
        ('Diana Zúñiga Pastor', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        dict(number=162, title=T162,
             goals=[G(*G162_2, ['De enero a agosto de 2022 se notificaron al DIF 37 casos de orfandad.', 'Los casos corresponden a 29 carpetas de investigación por feminicidio.'])],
             figures=[(37, 'casos', '162.2', 'se notificaron al DIF 37 casos de orfandad'),
                      (29, 'carpetas de investigación', '162.2', '29 carpetas de investigación por feminicidio')],
             feedback=[
                 ('Lo reportado no permite saber qué proporción de las carpetas iniciadas por feminicidio se notificó, que es lo que mide el indicador.', 'retroalimentacion', '162.2', 'desalineado', 'SE'),
                 ('Pedimos que la notificación se haga también a la familia, no sólo al DIF; nos enteramos por la prensa.', 'observacion', '162.2', 'cuestiona', 'Verónica Lara Mondragón'),
             ]),
        dict(number=164, title=T164,
             goals=[G(*G164_1, ['En agosto recibieron el apoyo 1,502 niñas, niños y adolescentes.', 'Se dieron de baja 18 personas por cumplir la mayoría de edad.']),
                    G(*G164_2, None, 'No entregó cédula; la Consejería informó que el área de defensoría enviará los datos por oficio.')],
             figures=[(1502, 'niñas, niños y adolescentes', '164.1', 'recibieron el apoyo 1,502 niñas, niños y adolescentes'),
                      (18, 'personas', '164.1', 'Se dieron de baja 18 personas por cumplir la mayoría de edad')],
             feedback=[
                 ('Se solicita informar qué acompañamiento se da a quienes cumplen la mayoría de edad y salen del programa.', 'retroalimentacion', '164.1', 'solicita_datos', 'SE'),
                 ('Las y los jóvenes que egresan podrían enmarcarse en la estrategia 166, con atención para su vida independiente.', 'observacion', '164.1', 'reasignar', 'Ismael Treviño Corona'),
             ]),
        dict(number=166, title=T166,
             goals=[G(*G166_1, ['Se capacitó a 64 psicólogas y psicólogos en duelo infantil.', 'Iniciaron terapia 211 niñas, niños y adolescentes en 23 Centros de Salud.'])],
             figures=[(64, 'psicólogas y psicólogos', '166.1', 'Se capacitó a 64 psicólogas y psicólogos en duelo infantil'),
                      (211, 'niñas, niños y adolescentes', '166.1', 'Iniciaron terapia 211 niñas, niños y adolescentes'),
                      (23, 'Centros de Salud', '166.1', 'en 23 Centros de Salud')],
             feedback=[
                 ('Se reconoce el avance; la capacitación y la atención están alineadas con la meta.', 'retroalimentacion', '166.1', 'avance', 'SE'),
                 ('Sería oportuno que a la siguiente sesión asista el área de Salud Mental que lleva los grupos para que presente su modelo de atención.', 'retroalimentacion', '166.1', 'proceso', 'SE'),
             ]),
    ],
    agreements=[
        A('Enviar por oficio los datos de la meta 164.2.', ['2022-09-30'], responsible='Consejería Jurídica y de Servicios Legales', due='30/09/2022', state='Pendiente'),
        A('Presentar el modelo de atención en duelo infantil de la meta 166.1.', responsible='Secretaría de Salud', due='Próxima sesión', state='Pendiente'),
        A('Celebrar la 4ª Sesión Ordinaria el miércoles 19 de octubre de 2022 a las 10:00 horas, en modalidad híbrida.', ['2022-10-19'], responsible='Secretaría Ejecutiva', due='19/10/2022', state='Programada', next_session=True),
    ],
    next={'date': '2022-10-19', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='cédula de seguimiento: portada con datos y asistencia por institución con viñetas; una cédula (tabla) por meta con casillas ☒/☐; acuerdos con Responsable/Plazo/Estatus',
))

# ================================================================ Q4 descanso (hoja de seguimiento de Google Sheets)
DES_BODY = 'Derecho al Descanso, al Tiempo Libre y a la Recreación'
DES_COORD = ('Mauricio Landa Ferrer', 'Coordinador del Espacio')
DES_PLACE = 'Auditorio del Deportivo Plan Sexenal, Av. Ferrocarril de Cuernavaca s/n, Miguel Hidalgo'
T581 = 'Ampliar la oferta pública y gratuita de actividades recreativas y deportivas en colonias de alta marginación'
T583 = 'Vigilar el respeto a los días de descanso y vacaciones de las personas trabajadoras'
T585 = 'Facilitar el acceso a espacios culturales y de turismo social para familias de bajos ingresos'
G581_1 = ('581.1', 'Operar ciclos de actividades deportivas gratuitas en módulos y deportivos de colonias de alta marginación',
          'Número de personas participantes y de módulos deportivos en operación', 'Instituto del Deporte', 'INDEPORTE')
G581_2 = ('581.2', 'Abrir las UTOPÍAS a actividades recreativas los fines de semana',
          'Número de actividades recreativas y de personas usuarias en fin de semana', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA')
G583_1 = ('583.1', 'Realizar inspecciones sobre el cumplimiento de días de descanso y vacaciones en centros de trabajo',
          'Número de inspecciones realizadas y de violaciones detectadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G583_2 = ('583.2', 'Difundir los derechos al descanso y a las vacaciones entre personas trabajadoras del hogar y del comercio',
          'Número de materiales distribuidos y de personas alcanzadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G585_1 = ('585.1', 'Otorgar entradas gratuitas a museos y recintos culturales a familias de bajos ingresos',
          'Número de entradas gratuitas otorgadas', 'Secretaría de Cultura', 'SECULT-CDMX')
DES_ATT = [
    ('Raúl Estévez Anguiano', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, None),
    ('Ana Karen Solís Meléndez', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, None),
    ('Martín Cordero Reyna', 'Arq.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, None),
    ('Gabriela Huerta Olmos', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, None),
]

ACTAS.append(dict(
    stem='blind-q-descanso-04-2019-07-09', layout='Q4', esp='descanso',
    body=DES_BODY, kind='sesión ordinaria', number=4, ordinal='4', date='2019-07-09', start='10:00', end='12:30',
    place=DES_PLACE, topic=None, objective=None, coordinator=DES_COORD,
    attendance=DES_ATT + [
        ('Itzel Barrón Cisneros', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, None),
        ('Joaquín Pineda Arce', 'Dr.', 'UAM Xochimilco', 'UAM', OT, None),
        ('Lucía Marroquín Téllez', None, 'Colectivo Ocio y Ciudad', None, SC, None),
        ('Emiliano Sarabia Luna', None, 'Red de Parques Vecinales', None, SC, None),
        ('Paola Guzmán Iturbe', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=581, title=T581,
             goals=[G(*G581_1, ['Ciclo de verano 2019: 48 módulos deportivos en operación en 9 alcaldías, con 12,640 personas participantes; 58% mujeres.']),
                    G(*G581_2, ['Desde su apertura en abril, las 2 UTOPÍAS en operación ofrecieron 315 actividades recreativas en fin de semana, con 41,200 personas usuarias registradas.'])],
             figures=[(48, 'módulos deportivos', '581.1', '48 módulos deportivos en operación'),
                      (9, 'alcaldías', '581.1', 'en 9 alcaldías'),
                      (12640, 'personas participantes', '581.1', 'con 12,640 personas participantes'),
                      (58, '%', '581.1', '58% mujeres'),
                      (2, 'UTOPÍAS', '581.2', 'las 2 UTOPÍAS en operación'),
                      (315, 'actividades recreativas', '581.2', 'ofrecieron 315 actividades recreativas en fin de semana'),
                      (41200, 'personas usuarias', '581.2', 'con 41,200 personas usuarias registradas')],
             feedback=[
                 ('Datos completos y alineados con el indicador.', 'retroalimentacion', '581.1', 'avance', 'SE'),
                 ('Los módulos cierran a las 18:00 y quienes trabajan no pueden usarlos; proponemos horario nocturno.', 'observacion', '581.1', 'cuestiona', 'Lucía Marroquín Téllez'),
                 ('Informar cuántas personas usuarias son de colonias de alta marginación, como pide la estrategia.', 'retroalimentacion', '581.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=583, title=T583,
             goals=[G(*G583_1, ['Enero-junio: 1,320 inspecciones ordinarias y 214 extraordinarias; se detectaron 387 violaciones al descanso semanal y 162 a vacaciones.']),
                    G(*G583_2, None, 'Sin informe')],
             figures=[(1320, 'inspecciones ordinarias', '583.1', '1,320 inspecciones ordinarias'),
                      (214, 'inspecciones extraordinarias', '583.1', '214 extraordinarias'),
                      (387, 'violaciones', '583.1', 'se detectaron 387 violaciones al descanso semanal'),
                      (162, 'violaciones', '583.1', '162 a vacaciones')],
             feedback=[
                 ('Las inspecciones contribuyen, pero por sí solas no garantizan el descanso; informar cuántas violaciones se sancionaron.', 'retroalimentacion', '583.1', 'insuficiente', 'SE'),
                 ('STyFE señala que no tiene atribuciones para inspeccionar el trabajo del hogar; corresponde a la autoridad federal.', 'observacion', '583.1', 'instancia', 'Gabriela Huerta Olmos'),
                 ('Urge que STyFE inicie la campaña de difusión comprometida en la meta.', 'retroalimentacion', '583.2', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('STyFE enviará el número de sanciones derivadas de las inspecciones de la meta 583.1.', ['2019-07-26'], responsible='STyFE', due='26/07/2019', state='Pendiente'),
        A('INDEPORTE valorará ampliar el horario de los módulos deportivos hasta las 21:00 horas e informará en la próxima sesión.', responsible='INDEPORTE', due='Próxima sesión', state='Pendiente'),
        A('Próxima sesión ordinaria: martes 13 de agosto de 2019, 10:00 h, en el mismo auditorio.', ['2019-08-13'], responsible='SE', due='13/08/2019', state='Programada', next_session=True),
    ],
    next={'date': '2019-08-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='hoja de seguimiento de Google Sheets impresa desde Chromium: filas congeladas con los datos de la sesión, una fila por meta, estatus con color, pestañas Asistencia y Acuerdos',
))

ACTAS.append(dict(
    stem='blind-q-descanso-05-2019-08-13', layout='Q4', esp='descanso',
    body=DES_BODY, kind='sesión ordinaria', number=5, ordinal='5', date='2019-08-13', start='10:00', end='12:15',
    place=DES_PLACE, topic=None, objective=None, coordinator=DES_COORD,
    attendance=DES_ATT[:1] + DES_ATT[2:] + [
        ('Itzel Barrón Cisneros', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, None),
        ('Lucía Marroquín Téllez', None, 'Colectivo Ocio y Ciudad', None, SC, None),
        ('Emiliano Sarabia Luna', None, 'Red de Parques Vecinales', None, SC, None),
        ('Teresa Olvera Dávalos', None, 'Sindicato Nacional de Trabajadores y Trabajadoras del Hogar', None, SC, None),
        ('Paola Guzmán Iturbe', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=583, title=T583,
             goals=[G(*G583_1, ['De las 549 violaciones detectadas, 203 concluyeron con multa por un total de 1,870,500 pesos; 96 centros de trabajo corrigieron sin sanción.']),
                    G(*G583_2, ['Se distribuyeron 25,000 trípticos y 600 carteles en mercados y centrales de abasto; 3 jornadas informativas con 410 personas trabajadoras del hogar.'])],
             figures=[(549, 'violaciones', '583.1', 'De las 549 violaciones detectadas'),
                      (203, 'violaciones', '583.1', '203 concluyeron con multa'),
                      (1870500, 'pesos', '583.1', 'por un total de 1,870,500 pesos'),
                      (96, 'centros de trabajo', '583.1', '96 centros de trabajo corrigieron sin sanción'),
                      (25000, 'trípticos', '583.2', 'Se distribuyeron 25,000 trípticos'),
                      (600, 'carteles', '583.2', '600 carteles en mercados y centrales de abasto'),
                      (3, 'jornadas informativas', '583.2', '3 jornadas informativas'),
                      (410, 'personas trabajadoras del hogar', '583.2', 'con 410 personas trabajadoras del hogar')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior; el dato de sanciones completa el indicador.', 'retroalimentacion', '583.1', 'avance', 'SE'),
                 ('Los trípticos no llegan a las trabajadoras de planta; pedimos que la difusión se haga con el sindicato y por radio comunitaria.', 'observacion', '583.2', 'cuestiona', 'Teresa Olvera Dávalos'),
                 ('Especificar en qué mercados y centrales se distribuyó el material y con qué periodicidad.', 'retroalimentacion', '583.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=585, title=T585,
             goals=[G(*G585_1, ['Programa «Domingos en familia»: 18,950 entradas gratuitas en 14 museos de la ciudad durante julio.']),
                    G('585.2', 'Organizar viajes de turismo social para personas adultas mayores y familias de bajos ingresos',
                      'Número de viajes realizados y de personas beneficiarias', 'Secretaría de Turismo', 'SECTUR-CDMX', None, 'Sin informe (no asistió)')],
             figures=[(18950, 'entradas gratuitas', '585.1', '18,950 entradas gratuitas'),
                      (14, 'museos', '585.1', 'en 14 museos de la ciudad')],
             feedback=[
                 ('Las entradas gratuitas benefician a cualquier visitante los domingos; no hay correspondencia entre la meta, dirigida a familias de bajos ingresos, y el indicador.', 'retroalimentacion', '585.1', 'diseno_meta', 'SE'),
                 ('Convocar a SECTUR por oficio para que designe enlace y asista a las sesiones.', 'retroalimentacion', '585.2', 'proceso', 'SE'),
             ]),
    ],
    agreements=[
        A('La SE enviará oficio a SECTUR para que designe un enlace ante el Espacio.', responsible='SE', due='23/08/2019', dates=['2019-08-23'], state='Pendiente'),
        A('STyFE y el Sindicato acordarán una campaña de radio comunitaria sobre el derecho al descanso (meta 583.2).', responsible='STyFE / SINACTRAHO', due='Próxima sesión', state='Pendiente'),
        A('Próxima sesión ordinaria: martes 10 de septiembre de 2019, 10:00 h, en el mismo auditorio.', ['2019-09-10'], responsible='SE', due='10/09/2019', state='Programada', next_session=True),
    ],
    next={'date': '2019-09-10', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='hoja de seguimiento de Google Sheets impresa desde Chromium: filas congeladas con los datos de la sesión, una fila por meta, estatus con color, pestañas Asistencia y Acuerdos',
))

# ================================================================ Q5 trabajosexual (memoria escrita en Markdown y convertida con pandoc)
TSX_BODY = 'Derechos de las Personas Trabajadoras Sexuales'
TSX_COORD = ('Itandehui Carrasco Bello', 'Coordinadora del Espacio')
TSX_PLACE = 'Casa de las Muñecas Tiresias, calle Santa María la Redonda 45, colonia Guerrero'
T347 = 'Reconocer el trabajo sexual autónomo como trabajo no asalariado y garantizar sus derechos laborales'
T349 = 'Garantizar el acceso a servicios de salud integral libres de discriminación para personas trabajadoras sexuales'
T351 = 'Prevenir la extorsión y las detenciones arbitrarias de personas trabajadoras sexuales en la vía pública'
G347_1 = ('347.1', 'Expedir credenciales de trabajadora y trabajador no asalariado a personas que ejercen el trabajo sexual',
          'Número de credenciales expedidas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G347_2 = ('347.2', 'Incorporar a personas trabajadoras sexuales a programas de capacitación y de seguro de desempleo',
          'Número de personas trabajadoras sexuales incorporadas a cada programa', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G349_1 = ('349.1', 'Instalar módulos de salud sexual con horario nocturno en las zonas de trabajo sexual',
          'Número de módulos instalados y de atenciones otorgadas', 'Secretaría de Salud', 'SEDESA')
G349_2 = ('349.2', 'Capacitar al personal de salud en atención libre de estigma a personas trabajadoras sexuales',
          'Número de personas servidoras públicas capacitadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')
G351_1 = ('351.1', 'Sensibilizar a policías de los sectores con presencia de trabajo sexual sobre la no criminalización',
          'Número de policías sensibilizados por sector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G351_2 = ('351.2', 'Atender las quejas por extorsión y detención arbitraria presentadas por personas trabajadoras sexuales',
          'Número de quejas recibidas y resueltas', 'Fiscalía General de Justicia', 'PGJCDMX')
TSX_ATT = [
    ('Óscar Benavides Lira', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo No Asalariado'),
    ('Diana Laura Cuevas Farías', 'Dra.', 'Secretaría de Salud', 'SEDESA', IE, 'Subdirectora de Salud Sexual y Reproductiva'),
    ('Alma Rosa Villalobos Chic', 'Mtra.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Directora de Capacitación'),
]

ACTAS.append(dict(
    stem='blind-q-trabajosexual-06-2023-03-16', layout='Q5', esp='trabajosexual',
    body=TSX_BODY, kind='sesión ordinaria', number=6, ordinal='Sexta', date='2023-03-16', start='17:00', end='19:20',
    place=TSX_PLACE, topic=None, objective=None, coordinator=TSX_COORD, relator=('Mtra.', 'Sofía Arredondo Kuri'),
    attendance=TSX_ATT + [
        ('Iván Cervantes Moreno', 'Subinspector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Unidad de Derechos Humanos'),
        ('Leticia Paredes Anaya', 'Mtra.', 'Programa Universitario de Derechos Humanos de la UNAM', 'UNAM', OT, 'investigadora'),
        ('Elvira Madrid Romero', None, 'Brigada Callejera de Apoyo a la Mujer «Elisa Martínez», A.C.', None, SC, 'directora'),
        ('Kenya Cuevas Salgado', None, 'Casa de las Muñecas Tiresias, A.C.', None, SC, 'fundadora'),
        ('Marisol Quezada Rubio', None, 'Red Mexicana de Trabajo Sexual', None, SC, 'vocera'),
        ('Sofía Arredondo Kuri', 'Mtra.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', 'SE-PDHCDMX', SE, 'relatora'),
    ],
    strategies=[
        dict(number=347, title=T347,
             goals=[G(*G347_1, ['Entre octubre de 2022 y febrero de 2023 se expidieron 386 credenciales de trabajadora y trabajador no asalariado a personas que ejercen el trabajo sexual, 71 de ellas a mujeres trans. Se realizaron 5 jornadas de credencialización en La Merced, Tlalpan y Buenavista.'], footnote='Informe enviado por correo electrónico el 13 de marzo de 2023.'),
                    G(*G347_2, None, 'La Secretaría de Trabajo y Fomento al Empleo no presentó información sobre esta meta; su representante explicó que el padrón del seguro de desempleo no distingue la ocupación.')],
             figures=[(386, 'credenciales', '347.1', 'se expidieron 386 credenciales de trabajadora y trabajador no asalariado'),
                      (71, 'mujeres trans', '347.1', '71 de ellas a mujeres trans'),
                      (5, 'jornadas de credencialización', '347.1', 'Se realizaron 5 jornadas de credencialización')],
             feedback=[
                 ('Se reportan datos duros y desagregados; se reconoce que la credencialización llegó a tres zonas de trabajo.', 'retroalimentacion', '347.1', 'avance', 'SE'),
                 ('La credencial no sirve si la policía no la respeta; las compañeras con credencial siguen siendo subidas a la patrulla.', 'observacion', '347.1', 'cuestiona', 'Elvira Madrid Romero'),
                 ('Es necesario que la Secretaría establezca un mecanismo para identificar a las personas trabajadoras sexuales en sus programas, con su consentimiento.', 'retroalimentacion', '347.2', 'exhorta', 'SE'),
             ]),
        dict(number=349, title=T349,
             goals=[G(*G349_1, ['Operan 3 módulos de salud sexual con horario de 19:00 a 23:00 horas en Sullivan, La Merced y Puente de Alvarado. De enero a febrero otorgaron 1,284 atenciones, entre ellas 612 pruebas rápidas de VIH y sífilis, y entregaron 40,500 condones.'], footnote='Informe leído en la reunión por la Dra. Diana Laura Cuevas Farías.'),
                    G(*G349_2, ['Se impartieron 7 cursos en línea sobre atención libre de estigma a 348 personas servidoras públicas de Centros de Salud y hospitales generales.'])],
             figures=[(3, 'módulos de salud sexual', '349.1', 'Operan 3 módulos de salud sexual'),
                      (1284, 'atenciones', '349.1', 'otorgaron 1,284 atenciones'),
                      (612, 'pruebas rápidas', '349.1', '612 pruebas rápidas de VIH y sífilis'),
                      (40500, 'condones', '349.1', 'entregaron 40,500 condones'),
                      (7, 'cursos', '349.2', 'Se impartieron 7 cursos en línea'),
                      (348, 'personas servidoras públicas', '349.2', 'a 348 personas servidoras públicas')],
             feedback=[
                 ('Las pruebas y los condones contribuyen a la salud sexual, pero por sí solos no dan cuenta de la salud integral que mandata la estrategia.', 'retroalimentacion', '349.1', 'insuficiente', 'SE'),
                 ('Pedimos que los módulos también den atención ginecológica y de salud mental, no sólo pruebas.', 'observacion', '349.1', 'cuestiona', 'Kenya Cuevas Salgado'),
                 ('Informar qué temas abordan los cursos, cuántas horas duran y cómo se evalúa su impacto en la atención.', 'retroalimentacion', '349.2', 'solicita_datos', 'SE'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo revisará con las organizaciones un registro voluntario de ocupación para la meta 347.2.', responsible='Secretaría de Trabajo y Fomento al Empleo'),
        A('La Secretaría Ejecutiva invitará a la Fiscalía General de Justicia a la siguiente reunión para revisar la estrategia 351.', responsible='Secretaría Ejecutiva'),
        A('La Séptima Sesión Ordinaria se realizará el jueves 20 de abril de 2023 a las 17:00 horas, en la sede de la Brigada Callejera.', ['2023-04-20'], next_session=True),
    ],
    next={'date': '2023-04-20', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='memoria escrita en Markdown y convertida a Word con pandoc (estilos de pandoc: Title, Subtitle, Author, Date, lista de definiciones, Block Text, notas al pie); reunión vespertina',
))

ACTAS.append(dict(
    stem='blind-q-trabajosexual-07-2023-04-20', layout='Q5', esp='trabajosexual',
    body=TSX_BODY, kind='sesión ordinaria', number=7, ordinal='Séptima', date='2023-04-20', start='17:15', end='19:40',
    place='Brigada Callejera de Apoyo a la Mujer «Elisa Martínez», calle Corregidora 115, colonia Centro', topic=None, objective=None,
    coordinator=TSX_COORD, relator=('Mtra.', 'Sofía Arredondo Kuri'),
    attendance=TSX_ATT[:2] + [
        ('Iván Cervantes Moreno', 'Subinspector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Unidad de Derechos Humanos'),
        ('Rodrigo Alcántara Segovia', 'Lic.', 'Fiscalía General de Justicia', 'PGJCDMX', IE, 'agente del Ministerio Público'),
        ('Elvira Madrid Romero', None, 'Brigada Callejera de Apoyo a la Mujer «Elisa Martínez», A.C.', None, SC, 'directora'),
        ('Kenya Cuevas Salgado', None, 'Casa de las Muñecas Tiresias, A.C.', None, SC, 'fundadora'),
        ('Marisol Quezada Rubio', None, 'Red Mexicana de Trabajo Sexual', None, SC, 'vocera'),
        ('Sofía Arredondo Kuri', 'Mtra.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México', 'SE-PDHCDMX', SE, 'relatora'),
    ],
    strategies=[
        dict(number=347, title=T347,
             goals=[G(*G347_2, ['Con el registro voluntario acordado con las organizaciones se inscribieron 58 personas trabajadoras sexuales a cursos del ICAT y 23 al seguro de desempleo.'], footnote='Informe enviado por correo electrónico el 18 de abril de 2023.')],
             figures=[(58, 'personas trabajadoras sexuales', '347.2', 'se inscribieron 58 personas trabajadoras sexuales a cursos del ICAT'),
                      (23, 'personas trabajadoras sexuales', '347.2', '23 al seguro de desempleo')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior; el registro voluntario permite medir el indicador.', 'retroalimentacion', '347.2', 'avance', 'SE'),
                 ('Los cursos del ICAT son en horario de la mañana y casi ninguna compañera puede ir; pedimos horarios vespertinos.', 'observacion', '347.2', 'cuestiona', 'Marisol Quezada Rubio'),
             ]),
        dict(number=351, title=T351,
             goals=[G(*G351_1, ['En el primer trimestre de 2023 se sensibilizó a 430 policías de los sectores Centro, Buenavista y Merced en 12 sesiones presenciales.'], footnote='Informe leído en la reunión por el Subinspector Iván Cervantes Moreno.'),
                    G(*G351_2, ['Se iniciaron 19 carpetas de investigación por extorsión denunciada por personas trabajadoras sexuales; 4 fueron judicializadas.'], footnote='Informe entregado en la reunión en una tarjeta informativa.')],
             figures=[(430, 'policías', '351.1', 'se sensibilizó a 430 policías'),
                      (12, 'sesiones presenciales', '351.1', 'en 12 sesiones presenciales'),
                      (19, 'carpetas de investigación', '351.2', 'Se iniciaron 19 carpetas de investigación'),
                      (4, 'carpetas de investigación', '351.2', '4 fueron judicializadas')],
             feedback=[
                 ('Informar cuántos policías hay en cada sector, para conocer la proporción sensibilizada que pide el indicador.', 'retroalimentacion', '351.1', 'solicita_datos', 'SE'),
                 ('La Secretaría de Seguridad Ciudadana pide que las organizaciones le envíen los números de patrulla cuando haya extorsión, para dar vista a Asuntos Internos.', 'observacion', '351.1', 'instancia', 'Iván Cervantes Moreno'),
                 ('Lo reportado son denuncias por extorsión; la meta habla de quejas por detención arbitraria, que no se informan.', 'retroalimentacion', '351.2', 'desalineado', 'SE'),
                 ('Sería oportuno que a estas reuniones asista alguien de la Fiscalía de Asuntos Internos, que es quien lleva las quejas contra policías.', 'observacion', '351.2', 'proceso', 'Elvira Madrid Romero'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo pedirá al ICAT abrir grupos vespertinos para la meta 347.2.', responsible='Secretaría de Trabajo y Fomento al Empleo'),
        A('La Fiscalía General de Justicia informará el número de quejas por detención arbitraria a más tardar el 12 de mayo de 2023.', ['2023-05-12'], responsible='Fiscalía General de Justicia'),
        A('La Octava Sesión Ordinaria se realizará el jueves 18 de mayo de 2023 a las 17:00 horas, en la Casa de las Muñecas Tiresias.', ['2023-05-18'], next_session=True),
    ],
    next={'date': '2023-05-18', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='memoria escrita en Markdown y convertida a Word con pandoc (estilos de pandoc: Title, Subtitle, Author, Date, lista de definiciones, Block Text, notas al pie); reunión vespertina',
))

# ================================================================ Q6 pobreza (reporte generado por el sistema de seguimiento, 2015)
POB_BODY = 'Derechos de las Personas en Situación de Pobreza Urbana'
POB_COORD = ('Ernestina Valdés Rosales', 'Coordinadora del Espacio')
POB_PLACE = 'Sala de juntas de la SEDESO, Mariano Escobedo 148, piso 3'
T627 = 'Ampliar la cobertura de los programas sociales en las unidades territoriales de muy alta marginación'
T629 = 'Mejorar las condiciones de habitabilidad de las viviendas de hogares en situación de pobreza urbana'
G627_1 = ('627.1', 'Incorporar a la pensión alimentaria a las personas adultas mayores de unidades territoriales de muy alta marginación',
          'Número de personas incorporadas por unidad territorial', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO')
G627_2 = ('627.2', 'Operar comedores comunitarios en las unidades territoriales de muy alta marginación',
          'Número de comedores en operación y de raciones servidas', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO')
G629_1 = ('629.1', 'Otorgar créditos de mejoramiento de vivienda a hogares con ingresos menores a dos salarios mínimos',
          'Número de créditos otorgados', 'Instituto de Vivienda del Distrito Federal', 'INVI')
G629_2 = ('629.2', 'Rehabilitar unidades habitacionales de interés social con participación vecinal',
          'Número de unidades habitacionales rehabilitadas', 'Procuraduría Social del Distrito Federal', 'PROSOC')
POB_ATT = [
    ('Salvador Ibáñez Trejo', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'IE'),
    ('Marcela Zavala Quiroga', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'IE'),
    ('Arturo Mendieta Osorio', 'Arq.', 'Instituto de Vivienda del Distrito Federal', 'INVI', IE, 'IE'),
    ('Gloria Esparza Tovar', 'Lic.', 'Procuraduría Social del Distrito Federal', 'PROSOC', IE, 'IE'),
]

ACTAS.append(dict(
    stem='blind-q-pobreza-11-2015-09-24', layout='Q6', esp='pobreza',
    body=POB_BODY, kind='sesión ordinaria', number=11, date='2015-09-24', start='10:00', end='12:45',
    place=POB_PLACE, topic=None, objective=None, coordinator=POB_COORD, printed='12/10/2015 17:42:10', user='lhernandez',
    attendance=POB_ATT + [
        ('Jaime Olguín Becerra', 'Mtro.', 'Consejo de Evaluación del Desarrollo Social del Distrito Federal', 'EVALUA', IE, 'IE'),
        ('Karina Solórzano Peña', None, 'Techo México, A.C.', None, SC, 'OSC'),
        ('Fidel Arriaga Montes', None, 'Acción Ciudadana frente a la Pobreza', None, SC, 'OSC'),
        ('Paulina Espejel Durán', 'Dra.', 'El Colegio de México', None, OT, 'ACA'),
        ('Luis Hernández Carbajal', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHDF', 'SE-PDHCDMX', SE, 'SE'),
    ],
    strategies=[
        dict(number=627, title=T627,
             goals=[G(*G627_1, ['Entre enero y agosto de 2015 se incorporaron 3,905 personas adultas mayores a la pensión alimentaria en 112 unidades territoriales de muy alta marginación. El padrón total asciende a 505,000 personas derechohabientes.']),
                    G(*G627_2, ['Operan 316 comedores comunitarios en unidades territoriales de muy alta marginación, que sirvieron 6,480,000 raciones en el periodo, a una cuota de 10 pesos por ración.'])],
             figures=[(3905, 'personas adultas mayores', '627.1', 'se incorporaron 3,905 personas adultas mayores'),
                      (112, 'unidades territoriales', '627.1', 'en 112 unidades territoriales de muy alta marginación'),
                      (505000, 'personas derechohabientes', '627.1', 'El padrón total asciende a 505,000 personas derechohabientes'),
                      (316, 'comedores comunitarios', '627.2', 'Operan 316 comedores comunitarios'),
                      (6480000, 'raciones', '627.2', 'sirvieron 6,480,000 raciones en el periodo'),
                      (10, 'pesos', '627.2', 'a una cuota de 10 pesos por ración')],
             feedback=[
                 ('Se reportan datos duros; se sugiere desagregar las incorporaciones por unidad territorial, como pide el indicador.', 'retroalimentacion', '627.1', 'solicita_datos', 'SE'),
                 ('El padrón total no corresponde a la meta, que se refiere sólo a las unidades territoriales de muy alta marginación; se recomienda omitirlo.', 'retroalimentacion', '627.1', 'desalineado', 'SE'),
                 ('La cuota de recuperación excluye a las familias sin ingresos; proponemos comedores gratuitos en las colonias de la periferia.', 'observacion', '627.2', 'cuestiona', 'Fidel Arriaga Montes'),
             ]),
        dict(number=629, title=T629,
             goals=[G(*G629_1, ['Se autorizaron 2,750 créditos de mejoramiento de vivienda, por un monto de 247,500,000 pesos; el 64 por ciento se otorgó a mujeres jefas de familia.']),
                    G(*G629_2, None, 'SIN INFORME')],
             figures=[(2750, 'créditos', '629.1', 'Se autorizaron 2,750 créditos de mejoramiento de vivienda'),
                      (247500000, 'pesos', '629.1', 'por un monto de 247,500,000 pesos'),
                      (64, 'por ciento', '629.1', 'el 64 por ciento se otorgó a mujeres jefas de familia')],
             feedback=[
                 ('Se reconoce el avance y la perspectiva de género en la asignación de los créditos.', 'retroalimentacion', '629.1', 'avance', 'SE'),
                 ('El INVI solicita que la Secretaría Ejecutiva le haga llegar las observaciones por escrito antes de la sesión para preparar sus respuestas.', 'observacion', '629.1', 'instancia', 'Arturo Mendieta Osorio'),
                 ('Es necesario que la Procuraduría Social inicie las acciones de rehabilitación comprometidas en la meta y designe a la persona responsable.', 'retroalimentacion', '629.2', 'exhorta', 'SE'),
             ]),
    ],
    agreements=[
        A('La SEDESO enviará el desglose de las incorporaciones a la pensión alimentaria por unidad territorial.', ['2015-10-09'], responsible='SEDESO', due='09/10/2015'),
        A('La Secretaría Ejecutiva remitirá por escrito las observaciones a las instancias con cinco días hábiles de anticipación a cada sesión.', responsible='Secretaría Ejecutiva', due='Permanente'),
        A('La PROSOC presentará el informe de la meta 629.2 en la siguiente sesión.', responsible='PROSOC', due='22/10/2015', dates=['2015-10-22']),
    ],
    next={'date': '2015-10-22', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='reporte generado por el sistema de seguimiento (bandas de grupo, campos con etiqueta abreviada, claves de tipo de participante con leyenda); próxima sesión en un campo del pie del reporte, no en un acuerdo',
))

ACTAS.append(dict(
    stem='blind-q-pobreza-12-2015-10-22', layout='Q6', esp='pobreza',
    body=POB_BODY, kind='sesión ordinaria', number=12, date='2015-10-22', start='10:10', end='12:30',
    place=POB_PLACE, topic=None, objective=None, coordinator=POB_COORD, printed='05/11/2015 09:15:33', user='lhernandez',
    attendance=POB_ATT[:1] + POB_ATT[2:] + [
        ('Mónica Berrones Caballero', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'IE'),
        ('Rigoberto Sáenz Villa', 'C.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'DEL'),
        ('Karina Solórzano Peña', None, 'Techo México, A.C.', None, SC, 'OSC'),
        ('Fidel Arriaga Montes', None, 'Acción Ciudadana frente a la Pobreza', None, SC, 'OSC'),
        ('Luis Hernández Carbajal', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHDF', 'SE-PDHCDMX', SE, 'SE'),
    ],
    strategies=[
        dict(number=629, title=T629,
             goals=[G(*G629_1, ['Al 30 de septiembre se han ejercido 2,418 de los créditos autorizados; 312 hogares concluyeron las obras de mejoramiento.']),
                    G(*G629_2, ['Se rehabilitaron 14 unidades habitacionales en Iztapalapa y Gustavo A. Madero, en beneficio de 5,860 familias; se constituyeron 14 comités vecinales de administración.'])],
             figures=[(2418, 'créditos', '629.1', 'se han ejercido 2,418 de los créditos autorizados'),
                      (312, 'hogares', '629.1', '312 hogares concluyeron las obras de mejoramiento'),
                      (14, 'unidades habitacionales', '629.2', 'Se rehabilitaron 14 unidades habitacionales'),
                      (5860, 'familias', '629.2', 'en beneficio de 5,860 familias'),
                      (14, 'comités vecinales', '629.2', 'se constituyeron 14 comités vecinales de administración')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior y se presentó el informe de la meta.', 'retroalimentacion', '629.2', 'avance', 'SE'),
                 ('Las rehabilitaciones se concentraron en dos delegaciones; las unidades de Tláhuac y Xochimilco siguen sin atención.', 'observacion', '629.2', 'cuestiona', 'Karina Solórzano Peña'),
             ]),
        dict(number=631, title='Fomentar el autoempleo y la economía popular en colonias en situación de pobreza',
             goals=[G('631.1', 'Otorgar microcréditos a personas emprendedoras de colonias de alta y muy alta marginación',
                      'Número de microcréditos otorgados y tasa de recuperación', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO',
                      ['En el tercer trimestre se otorgaron 4,120 microcréditos por un monto promedio de 6,000 pesos, con una tasa de recuperación del 87 por ciento.']),
                    G('631.2', 'Capacitar en oficios a jóvenes de colonias en situación de pobreza',
                      'Número de jóvenes capacitados', 'Instituto de Capacitación para el Trabajo', 'ICAT', None, 'SIN INFORME')],
             figures=[(4120, 'microcréditos', '631.1', 'se otorgaron 4,120 microcréditos'),
                      (6000, 'pesos', '631.1', 'por un monto promedio de 6,000 pesos'),
                      (87, 'por ciento', '631.1', 'una tasa de recuperación del 87 por ciento')],
             feedback=[
                 ('Los microcréditos contribuyen al autoempleo, pero por sí solos no muestran que las personas hayan salido de la situación de pobreza.', 'retroalimentacion', '631.1', 'insuficiente', 'SE'),
                 ('La meta de microcréditos podría enmarcarse en la estrategia 627, junto con los demás programas sociales de las unidades territoriales.', 'observacion', '631.1', 'reasignar', 'Mónica Berrones Caballero'),
                 ('Sería oportuno convocar al ICAT por conducto de la STyFE, que es la cabeza de sector, para que asista a las sesiones.', 'retroalimentacion', '631.2', 'proceso', 'SE'),
             ]),
    ],
    agreements=[
        A('La PROSOC informará el calendario de rehabilitación de unidades habitacionales en Tláhuac y Xochimilco.', responsible='PROSOC', due='Próxima sesión'),
        A('La Secretaría Ejecutiva enviará oficio a la STyFE para que el ICAT designe un enlace ante el Espacio.', ['2015-10-30'], responsible='Secretaría Ejecutiva', due='30/10/2015'),
        A('El FONDESO presentará la tasa de recuperación desagregada por delegación.', ['2015-11-26'], responsible='FONDESO', due='26/11/2015'),
    ],
    next={'date': '2015-11-26', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='reporte generado por el sistema de seguimiento (bandas de grupo, campos con etiqueta abreviada, claves de tipo de participante con leyenda); próxima sesión en un campo del pie del reporte, no en un acuerdo',
))
