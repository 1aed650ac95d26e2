# -*- coding: utf-8 -*-
# Batch J content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts,
# so the gold cannot disagree with the documents. Sectors follow acta.schema.json.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: dict(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key,
                report=report, status=status)


def A(text, dates=(), strategies=(), responsible=None, due=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, next_session=next_session)


PLACE_SE = 'Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, calle General Prim 4, colonia Centro, alcaldía Cuauhtémoc'

# ---------------------------------------------------------------- J1 identidad
ID_ATT = [
    ('Mariana Cortés Villalobos', 'Lic.', 'Dirección General del Registro Civil', 'CEJUR', IE, 'Subdirectora de Registro Extemporáneo'),
    ('Héctor Salgado Ruiz', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Enlace de Derechos Humanos'),
    ('Rosa Elena Trejo Manzano', 'Mtra.', 'DIF-CDMX', 'DIF-CDMX', IE, 'Jefa de Unidad de Asistencia Jurídica'),
    ('Julio César Aranda Peña', 'C.', 'SIBISO', 'SIBISO', IE, 'Líder coordinador de proyectos'),
    ('Alejandra Nava Olmos', 'Lic.', 'Instituto Nacional de Migración', 'INM', OT, 'Enlace en la Ciudad de México'),
    ('Ramón Esquivel Tapia', 'Ing.', 'Registro Nacional de Población', None, OT, 'Analista'),
    ('Gabriela Ochoa Landa', 'Mtra.', 'Fundación Identidad y Derechos, A.C.', None, SC, 'Directora'),
    ('Tomás Bernal Quiroz', 'C.', 'Red por los Derechos de la Infancia en México', None, SC, 'Investigador'),
    ('Paola Mendieta Gil', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, 'Relatora'),
]

ACTAS = []

ACTAS.append(dict(
    stem='blind-j-identidad-05-2019-09-11', layout='J1', esp='identidad',
    body='Derecho a la Identidad', kind='sesión ordinaria', number=5, ordinal='quinta',
    date='2019-09-11', date_text='11/09/2019', start='10:00', end='12:30', place=PLACE_SE,
    topic='Seguimiento a la implementación de las estrategias de registro de nacimiento oportuno y extemporáneo',
    objective='Retroalimentar los informes de avance de las estrategias 281 y 283',
    coordinator=('Laura Ibarra Saucedo', 'Coordinadora del Espacio de Participación'),
    attendance=ID_ATT,
    strategies=[
        dict(number=281, title='Garantizar el registro de nacimiento universal, gratuito y oportuno',
             goals=[
                 G('281.1', 'Realizar jornadas itinerantes de registro de nacimiento en colonias de alta marginación',
                   'Número de jornadas itinerantes realizadas y de actas de nacimiento expedidas',
                   'Dirección General del Registro Civil', 'CEJUR',
                   ['Durante el primer semestre se realizaron 37 jornadas itinerantes en las alcaldías Iztapalapa, Gustavo A. Madero y Tláhuac, en las que se expidieron 4,812 actas de nacimiento de manera gratuita.',
                    'Adicionalmente se atendió a doscientas catorce personas adultas mayores sin registro.']),
                 G('281.2', 'Instalar módulos del Registro Civil en hospitales de la red pública',
                   'Porcentaje de hospitales con módulo de registro en operación',
                   'Secretaría de Salud', 'SEDESA', None, 'No presentó'),
             ],
             figures=[(37, 'jornadas', '281.1', 'se realizaron 37 jornadas itinerantes en las alcaldías Iztapalapa, Gustavo A. Madero y Tláhuac'),
                      (4812, 'actas', '281.1', 'se expidieron 4,812 actas de nacimiento de manera gratuita'),
                      (214, 'personas', '281.1', 'se atendió a doscientas catorce personas adultas mayores sin registro')],
             feedback=[
                 ('Se reconoce que el informe presenta datos duros desagregados por alcaldía, lo que permite conocer el alcance de las jornadas.', 'retroalimentacion', '281.1', 'avance', None),
                 ('Es necesario que se informe cuántas de las actas expedidas corresponden a registros extemporáneos y cuántas a personas en situación de calle.', 'retroalimentacion', '281.1', 'solicita_datos', None),
                 ('Es necesario que la Secretaría de Salud inicie las gestiones para instalar los módulos, ya que la meta no registra avance desde 2018.', 'retroalimentacion', '281.2', 'exhorta', None),
             ]),
        dict(number=283, title='Eliminar barreras para el registro de personas migrantes y sus hijas e hijos',
             goals=[
                 G('283.1', 'Emitir un lineamiento para el registro de niñas y niños nacidos en la Ciudad de México de madre o padre extranjero sin documentos',
                   'Lineamiento publicado en la Gaceta Oficial',
                   'Consejería Jurídica y de Servicios Legales', 'CEJUR',
                   ['Se elaboró el proyecto de lineamiento, que se encuentra en revisión de la Dirección General de Servicios Legales; se sostuvieron 6 mesas de trabajo con el Instituto Nacional de Migración y organizaciones civiles.']),
             ],
             figures=[(6, 'mesas de trabajo', '283.1', 'se sostuvieron 6 mesas de trabajo con el Instituto Nacional de Migración y organizaciones civiles')],
             feedback=[
                 ('Sociedad civil cuestiona que el lineamiento exija comprobante de domicilio, pues las familias migrantes en tránsito no pueden presentarlo.', 'observacion', '283.1', 'cuestiona', None),
                 ('La Consejería Jurídica solicita a la Secretaría Ejecutiva que las observaciones al proyecto se envíen por escrito antes del cierre del trimestre.', 'observacion', '283.1', 'instancia', None),
             ]),
    ],
    agreements=[
        A('La Dirección General del Registro Civil enviará a la Secretaría Ejecutiva el desglose de actas extemporáneas a más tardar el 27/09/2019.', ['2019-09-27'], [281]),
        A('La Secretaría Ejecutiva convocará a la Secretaría de Salud a una reunión bilateral sobre la meta 281.2.', [], [281]),
        A('Celebrar la sexta sesión ordinaria el 09/10/2019 a las 10:00 hrs., en la misma sede, para revisar las estrategias 281 y 283.', ['2019-10-09'], [281, 283], next_session=True),
    ],
    next=dict(date='2019-10-09', start_time='10:00', end_time=None, strategies=[281, 283]),
    notes='tab-aligned attendance with tab stops; caps/bold/underline headings; heading+content in one paragraph split by a tab; empty spacer paragraphs; manual "1." agreements mixed with auto numbering; dd/mm/yyyy dates; "10:00 hrs."'))

ACTAS.append(dict(
    stem='blind-j-identidad-06-2019-10-09', layout='J1', esp='identidad',
    body='Derecho a la Identidad', kind='sesión ordinaria', number=6, ordinal='sexta',
    date='2019-10-09', date_text='09/10/2019', start='10:00', end='12:00', place=PLACE_SE,
    topic='Seguimiento a los acuerdos de la quinta sesión y revisión de la estrategia 283',
    objective='Revisar el desglose de registros extemporáneos y el proyecto de lineamiento para personas migrantes',
    coordinator=('Laura Ibarra Saucedo', 'Coordinadora del Espacio de Participación'),
    attendance=[ID_ATT[0], ID_ATT[2], ID_ATT[3],
                ('Claudia Ríos Benavides', 'Dra.', 'Secretaría de Salud', 'SEDESA', IE, 'Directora de Atención Hospitalaria'),
                ID_ATT[4], ID_ATT[6],
                ('Irene Campos Durán', 'Lic.', 'Sin Fronteras, I.A.P.', None, SC, 'Abogada'),
                ID_ATT[8]],
    strategies=[
        dict(number=281, title='Garantizar el registro de nacimiento universal, gratuito y oportuno',
             goals=[
                 G('281.1', 'Realizar jornadas itinerantes de registro de nacimiento en colonias de alta marginación',
                   'Número de jornadas itinerantes realizadas y de actas de nacimiento expedidas',
                   'Dirección General del Registro Civil', 'CEJUR',
                   ['De las 4,812 actas expedidas en el semestre, 1,106 correspondieron a registros extemporáneos y 58 a personas en situación de calle canalizadas por el Instituto de Atención a Poblaciones Prioritarias.']),
                 G('281.2', 'Instalar módulos del Registro Civil en hospitales de la red pública',
                   'Porcentaje de hospitales con módulo de registro en operación',
                   'Secretaría de Salud', 'SEDESA',
                   ['Se encuentran en operación módulos en 9 hospitales materno infantiles; se prevé instalar otros tres antes de diciembre.']),
             ],
             figures=[(4812, 'actas', '281.1', 'De las 4,812 actas expedidas en el semestre'),
                      (1106, 'registros', '281.1', '1,106 correspondieron a registros extemporáneos'),
                      (58, 'personas', '281.1', '58 a personas en situación de calle'),
                      (9, 'hospitales', '281.2', 'Se encuentran en operación módulos en 9 hospitales materno infantiles')],
             feedback=[
                 ('El desglose entregado atiende el acuerdo de la sesión anterior y permite conocer el avance de la meta.', 'retroalimentacion', '281.1', 'avance', None),
                 ('Se sugiere que la instalación de módulos se informe en la estrategia 282, que corresponde a registro en unidades médicas.', 'retroalimentacion', '281.2', 'reasignar', None),
             ]),
        dict(number=283, title='Eliminar barreras para el registro de personas migrantes y sus hijas e hijos',
             goals=[
                 G('283.1', 'Emitir un lineamiento para el registro de niñas y niños nacidos en la Ciudad de México de madre o padre extranjero sin documentos',
                   'Lineamiento publicado en la Gaceta Oficial',
                   'Consejería Jurídica y de Servicios Legales', 'CEJUR', None, 'Pendiente'),
                 G('283.2', 'Capacitar al personal de los juzgados del Registro Civil en el registro de personas migrantes',
                   'Número de personas servidoras públicas capacitadas',
                   'Dirección General del Registro Civil', 'CEJUR',
                   ['Se impartió el curso en línea a 312 personas servidoras públicas de los 51 juzgados, con una duración de 20 horas.']),
             ],
             figures=[(312, 'personas', '283.2', 'Se impartió el curso en línea a 312 personas servidoras públicas de los 51 juzgados'),
                      (51, 'juzgados', '283.2', 'de los 51 juzgados'),
                      (20, 'horas', '283.2', 'con una duración de 20 horas')],
             feedback=[
                 ('El indicador mide personas capacitadas pero la meta busca eliminar barreras; no hay correspondencia entre la meta y el indicador.', 'observacion', '283.2', 'diseno_meta', None),
                 ('Es importante que a las sesiones acuda personal con capacidad de decisión sobre el lineamiento, pues la Consejería no envió representante.', 'observacion', '283.1', 'proceso', None),
             ]),
    ],
    agreements=[
        A('La Consejería Jurídica presentará el proyecto de lineamiento con las observaciones atendidas en la próxima sesión.', [], [283]),
        A('La Secretaría de Salud remitirá la lista de hospitales con módulo a más tardar el 25/10/2019.', ['2019-10-25'], [281]),
        A('Celebrar la séptima sesión ordinaria el 13/11/2019 a las 10:00 hrs.', ['2019-11-13'], [], next_session=True),
    ],
    next=dict(date='2019-11-13', start_time='10:00', end_time=None, strategies=[]),
    notes='as blind-j-identidad-05; report status word "Pendiente" in place of INFORME'))

# ---------------------------------------------------------------- J2 violencia
VIO_GOV = [
    ('Andrea Salinas Robles', 'Mtra.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Directora de Acceso a una Vida Libre de Violencia'),
    ('Diego Luna Carmona', 'Lic.', 'SSC-Subsecretaría de Operación Policial', 'SSPCDMX', IE, 'Enlace'),
    ('Patricia Gálvez Soto', 'Lic.', 'Fiscalía de Investigación de Delitos Sexuales de la FGJCDMX', 'PGJCDMX', IE, 'Agente del Ministerio Público'),
    ('Rubén Olvera Sánchez', 'Ing.', 'C5', 'LOCATEL', IE, 'Subdirector de Atención a Llamadas'),
    ('Verónica Lara Pineda', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Coordinadora del Programa de Atención a la Violencia'),
]
VIO_CIV = [
    ('Fernanda Ávila Cruz', 'Lic.', 'Equis Justicia para las Mujeres, A.C.', None, SC, 'Investigadora'),
    ('Lucía Herrera Maldonado', 'Mtra.', 'Red Nacional de Refugios, A.C.', None, SC, 'Coordinadora regional'),
    ('Sofía Ramírez Anaya', 'C.', 'Consejo Ciudadano para la Seguridad y Justicia', None, SC, 'Abogada'),
]

ACTAS.append(dict(
    stem='blind-j-violencia-03-2020-02-12', layout='J2', esp='violencia',
    body='Derecho de las Mujeres a una Vida Libre de Violencia', kind='sesión ordinaria', number=3, code='ESP-VIO/SO/03/2020',
    date='2020-02-12', date_text='12 de febrero de 2020', start='10:00', end='12:00', time_text='de 10 a 12 horas',
    place='Aula 2 de la Secretaría de las Mujeres, avenida Morelos 20, colonia Centro',
    topic='Revisión de avances de las estrategias 430 y 432',
    objective='Retroalimentar los informes del cuarto trimestre de 2019',
    coordinator=('Itzel Navarro Quiroga', 'Coordinadora del Espacio'),
    attendance=VIO_GOV + VIO_CIV,
    strategies=[
        dict(number=430, title='Fortalecer la atención inmediata a mujeres víctimas de violencia',
             goals=[
                 G('430.1', 'Operar el protocolo de actuación policial en casos de violencia contra las mujeres',
                   'Número de operativos y de elementos capacitados en el protocolo',
                   'SSC-Subsecretaría de Operación Policial', 'SSPCDMX',
                   ['Se realizaron 81 operativos en transporte público y se capacitó a 1,250 personas servidoras públicas de la policía preventiva en el protocolo.'], '✔'),
                 G('430.2', 'Atender las llamadas de emergencia por violencia de género con personal especializado',
                   'Porcentaje de llamadas atendidas por personal especializado',
                   'C5', 'LOCATEL',
                   ['Se atendieron 9,734 llamadas por violencia familiar y de género, de las cuales el 62 por ciento fueron canalizadas a la Línea Mujeres.'], '✔'),
                 G('430.3', 'Ampliar la cobertura de las Unidades de Atención a la Violencia en hospitales',
                   'Número de unidades en operación',
                   'Secretaría de Salud de la Ciudad de México', 'SEDESA', None, '✘'),
             ],
             figures=[(81, 'operativos', '430.1', 'Se realizaron 81 operativos en transporte público'),
                      (1250, 'personas', '430.1', 'se capacitó a 1,250 personas servidoras públicas de la policía preventiva en el protocolo'),
                      (9734, 'llamadas', '430.2', 'Se atendieron 9,734 llamadas por violencia familiar y de género'),
                      (62, 'por ciento', '430.2', 'el 62 por ciento fueron canalizadas a la Línea Mujeres')],
             feedback=[
                 ('Es necesario informar en qué líneas y estaciones se realizaron los operativos y cuántas detenciones derivaron de ellos.', 'retroalimentacion', '430.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('La capacitación contribuye a la meta, pero por sí sola no da cumplimiento a la operación del protocolo.', 'retroalimentacion', '430.1', 'insuficiente', 'Secretaría Ejecutiva'),
                 ('Se reconoce la desagregación de las llamadas y su canalización, que permite valorar el avance.', 'retroalimentacion', '430.2', 'avance', 'Red Nacional de Refugios'),
                 ('La Secretaría de Salud refiere que la ampliación depende de la asignación presupuestal de 2020 y no puede comprometer fechas.', 'observacion', '430.3', 'instancia', 'SEDESA'),
             ]),
        dict(number=432, title='Garantizar el acceso a la justicia de las mujeres víctimas de violencia sexual',
             goals=[
                 G('432.1', 'Reducir el tiempo de inicio de carpetas de investigación por delitos sexuales',
                   'Tiempo promedio de inicio de carpeta',
                   'Fiscalía de Investigación de Delitos Sexuales de la FGJCDMX', 'PGJCDMX',
                   ['Se iniciaron 2,318 carpetas de investigación; el tiempo promedio de atención se redujo a cuatro horas con la apertura de 3 agencias especializadas.'], '✔'),
             ],
             figures=[(2318, 'carpetas', '432.1', 'Se iniciaron 2,318 carpetas de investigación'),
                      (4, 'horas', '432.1', 'el tiempo promedio de atención se redujo a cuatro horas'),
                      (3, 'agencias', '432.1', 'la apertura de 3 agencias especializadas')],
             feedback=[
                 ('Sociedad civil cuestiona que se mida el tiempo de inicio y no la calidad de la atención ni la revictimización en las agencias.', 'observacion', '432.1', 'cuestiona', 'Equis Justicia'),
             ]),
    ],
    agreements=[
        A('La SSC enviará el desglose de operativos por línea y estación antes del 28 de febrero de 2020.', ['2020-02-28'], [430], responsible='SSC-Subsecretaría de Operación Policial', due='28/02/2020'),
        A('La Secretaría Ejecutiva circulará la minuta con las observaciones de sociedad civil sobre la estrategia 432.', [], [432], responsible='Secretaría Ejecutiva', due='19/02/2020'),
        A('La cuarta sesión ordinaria se realizará el 11 de marzo de 2020, de 10 a 12 horas.', ['2020-03-11'], [], responsible='Coordinación del Espacio', due='11/03/2020', next_session=True),
    ],
    next=dict(date='2020-03-11', start_time='10:00', end_time='12:00', strategies=[]),
    notes='form template: date in a content control, coordinator name in a content control; session number only in the acta code; split attendance tables; one table for all goals with vMerge Estrategia label, repeated header row and ✔/✘ status column; REF field; hyperlink around an institution'))

ACTAS.append(dict(
    stem='blind-j-violencia-04-2020-03-11', layout='J2', esp='violencia',
    body='Derecho de las Mujeres a una Vida Libre de Violencia', kind='sesión ordinaria', number=4, code='ESP-VIO/SO/04/2020',
    date='2020-03-11', date_text='11 de marzo de 2020', start='10:00', end='12:00', time_text='de 10 a 12 horas',
    place='Aula 2 de la Secretaría de las Mujeres, avenida Morelos 20, colonia Centro',
    topic='Seguimiento a los acuerdos de la tercera sesión',
    objective='Revisar el desglose de operativos y el avance de las Unidades de Atención a la Violencia',
    coordinator=('Itzel Navarro Quiroga', 'Coordinadora del Espacio'),
    attendance=VIO_GOV[:2] + VIO_GOV[3:] + [('Martín Olguín Reyes', 'Lic.', 'Fiscalía General de Justicia', 'PGJCDMX', IE, 'Enlace institucional')] + VIO_CIV[:2],
    strategies=[
        dict(number=430, title='Fortalecer la atención inmediata a mujeres víctimas de violencia',
             goals=[
                 G('430.1', 'Operar el protocolo de actuación policial en casos de violencia contra las mujeres',
                   'Número de operativos y de elementos capacitados en el protocolo',
                   'SSC-Subsecretaría de Operación Policial', 'SSPCDMX',
                   ['Los ochenta y un operativos se distribuyeron en las líneas 1, 2 y 3 del Metro y en el Metrobús; derivaron en 27 presentaciones ante el Ministerio Público.'], '✔'),
                 G('430.3', 'Ampliar la cobertura de las Unidades de Atención a la Violencia en hospitales',
                   'Número de unidades en operación',
                   'Secretaría de Salud de la Ciudad de México', 'SEDESA',
                   ['Se abrieron 2 nuevas unidades en los hospitales generales de Iztapalapa y Tláhuac, con lo que suman 14 unidades en operación.'], '✔'),
             ],
             figures=[(81, 'operativos', '430.1', 'Los ochenta y un operativos se distribuyeron en las líneas 1, 2 y 3 del Metro y en el Metrobús'),
                      (27, 'presentaciones', '430.1', 'derivaron en 27 presentaciones ante el Ministerio Público'),
                      (2, 'unidades', '430.3', 'Se abrieron 2 nuevas unidades en los hospitales generales de Iztapalapa y Tláhuac'),
                      (14, 'unidades', '430.3', 'suman 14 unidades en operación')],
             feedback=[
                 ('El desglose atiende el acuerdo y muestra avance real en la operación del protocolo.', 'retroalimentacion', '430.1', 'avance', 'Secretaría Ejecutiva'),
                 ('Las presentaciones ante el Ministerio Público corresponden a la estrategia 432 y se sugiere reportarlas ahí.', 'retroalimentacion', '430.1', 'reasignar', 'Secretaría Ejecutiva'),
                 ('Es necesario saber cuántas mujeres han sido atendidas en las nuevas unidades y con qué personal.', 'observacion', '430.3', 'solicita_datos', 'Equis Justicia'),
             ]),
        dict(number=432, title='Garantizar el acceso a la justicia de las mujeres víctimas de violencia sexual',
             goals=[
                 G('432.1', 'Reducir el tiempo de inicio de carpetas de investigación por delitos sexuales',
                   'Tiempo promedio de inicio de carpeta',
                   'Fiscalía General de Justicia', 'PGJCDMX', None, '✘'),
             ],
             figures=[],
             feedback=[
                 ('Es necesario que la Fiscalía designe un enlace permanente que acuda a todas las sesiones del Espacio.', 'observacion', '432.1', 'proceso', 'Red Nacional de Refugios'),
             ]),
    ],
    agreements=[
        A('La Fiscalía General de Justicia entregará su informe trimestral de la estrategia 432 a la Secretaría Ejecutiva antes del 27 de marzo de 2020.', ['2020-03-27'], [432], responsible='Fiscalía General de Justicia', due='27/03/2020'),
        A('La quinta sesión ordinaria se realizará el 15 de abril de 2020, de 10 a 12 horas, en la misma sede.', ['2020-04-15'], [], responsible='Coordinación del Espacio', due='15/04/2020', next_session=True),
    ],
    next=dict(date='2020-04-15', start_time='10:00', end_time='12:00', strategies=[]),
    notes='as blind-j-violencia-03'))

# ---------------------------------------------------------------- J3 periodistas
PER_ATT = [
    ('MORALES ESCOBAR, Adriana', 'Lic.', 'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas', 'MPI-CDMX', IE, None),
    ('TAPIA GUERRERO, Luis Fernando', 'Mtro.', 'Fiscalía Especializada para la Atención de Delitos cometidos en agravio de Personas Defensoras de Derechos Humanos y Periodistas de la FGJCDMX', 'PGJCDMX', IE, None),
    ('DOMÍNGUEZ PAZ, Karla', 'Lic.', 'Secretaría de Gobierno', 'SECGOB', IE, None),
    ('RENTERÍA VEGA, Omar', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, None),
    ('SALAS IBÁÑEZ, Beatriz', 'Mtra.', 'Artículo 19, Oficina para México y Centroamérica', None, SC, None),
    ('CUEVAS LIRA, Javier', 'C.', 'Comunicación e Información de la Mujer, A.C.', None, SC, None),
    ('PONCE ARELLANO, Mónica', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, None),
]

ACTAS.append(dict(
    stem='blind-j-periodistas-07-2021-08-18', layout='J3', esp='periodistas',
    body='Derechos de las Personas Defensoras de Derechos Humanos y Periodistas', kind='reunión de trabajo', number=7, ordinal='séptima',
    code='EP-PER/RT/07/2021',
    date='2021-08-18', date_text='miércoles dieciocho de agosto de dos mil veintiuno', start='11:00', end='13:30', time_text='11:00 horas',
    place='Sesión a distancia por la plataforma Zoom de la Secretaría Ejecutiva',
    topic='Medidas de protección y acceso a la justicia para personas periodistas',
    objective='Retroalimentar el avance de las estrategias 350 y 352 del PDHCDMX',
    coordinator=('Ernesto Villaseñor Pérez', 'Coordinador del Espacio de Participación'),
    attendance=PER_ATT,
    strategies=[
        dict(number=350, title='Fortalecer las medidas de protección a personas periodistas',
             goals=[
                 G('350.1', 'Implementar medidas de protección con enfoque diferencial para mujeres periodistas',
                   'Número de medidas implementadas con enfoque diferencial',
                   'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas', 'MPI-CDMX',
                   ['En el periodo se incorporaron 43 personas periodistas al Mecanismo, de las cuales 19 son mujeres.',
                    'Se otorgaron ciento doce medidas de protección, entre ellas botones de asistencia, rondines y acompañamiento psicosocial.']),
                 G('350.2', 'Elaborar análisis de riesgo colectivo para medios comunitarios',
                   'Número de análisis de riesgo colectivo elaborados',
                   'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas', 'MPI-CDMX',
                   ['Se elaboraron 4 análisis de riesgo colectivo para radios comunitarias de Milpa Alta y Xochimilco.']),
             ],
             figures=[(43, 'personas', '350.1', 'se incorporaron 43 personas periodistas al Mecanismo'),
                      (19, 'mujeres', '350.1', 'de las cuales 19 son mujeres'),
                      (112, 'medidas', '350.1', 'Se otorgaron ciento doce medidas de protección'),
                      (4, 'análisis', '350.2', 'Se elaboraron 4 análisis de riesgo colectivo para radios comunitarias de Milpa Alta y Xochimilco')],
             feedback=[
                 ('Se reconoce la desagregación por sexo de las personas incorporadas.', 'retroalimentacion', '350.1', 'avance', None),
                 ('Es necesario informar cuántas de las medidas otorgadas a mujeres periodistas tienen enfoque diferencial y en qué consiste.', 'retroalimentacion', '350.1', 'solicita_datos', None),
                 ('Artículo 19 cuestiona que los botones de asistencia sigan siendo la medida principal, pues no han evitado agresiones en campo.', 'observacion', '350.1', 'cuestiona', None),
             ]),
        dict(number=352, title='Garantizar la investigación de agresiones contra personas periodistas',
             goals=[
                 G('352.1', 'Integrar un registro de carpetas de investigación por agresiones a periodistas',
                   'Registro integrado y actualizado trimestralmente',
                   'Fiscalía Especializada para la Atención de Delitos cometidos en agravio de Personas Defensoras de Derechos Humanos y Periodistas de la FGJCDMX', 'PGJCDMX', None, 'No reportó'),
             ],
             figures=[],
             feedback=[
                 ('La Fiscalía menciona que el registro no le corresponde en exclusiva, pues las denuncias se presentan en todas las coordinaciones territoriales.', 'observacion', '352.1', 'instancia', None),
                 ('Es necesario que la Fiscalía establezca el registro que mandata la estrategia aunque dependa de otras áreas.', 'retroalimentacion', '352.1', 'exhorta', None),
             ]),
    ],
    agreements=[
        A('El Mecanismo enviará el desglose de medidas con enfoque diferencial a más tardar el tres de septiembre de 2021.', ['2021-09-03'], [350]),
        A('La octava reunión de trabajo se llevará a cabo el miércoles quince de septiembre de 2021 a las 11:00 horas, a distancia.', ['2021-09-15'], [], next_session=True),
    ],
    next=dict(date='2021-09-15', start_time='11:00', end_time=None, strategies=[]),
    notes='names in UPPERCASE with the title after; hidden text; a deleted tracked paragraph holding an old goal; one single-cell table per goal; date in words; Chromium PDF with header/footer (code, Página N de M)'))

ACTAS.append(dict(
    stem='blind-j-periodistas-08-2021-09-15', layout='J3', esp='periodistas',
    body='Derechos de las Personas Defensoras de Derechos Humanos y Periodistas', kind='reunión de trabajo', number=8, ordinal='octava',
    code='EP-PER/RT/08/2021',
    date='2021-09-15', date_text='miércoles quince de septiembre de dos mil veintiuno', start='11:00', end='13:00', time_text='11:00 horas',
    place='Sesión a distancia por la plataforma Zoom de la Secretaría Ejecutiva',
    topic='Seguimiento de acuerdos y registro de agresiones',
    objective='Revisar el desglose de medidas con enfoque diferencial y el registro de carpetas',
    coordinator=('Ernesto Villaseñor Pérez', 'Coordinador del Espacio de Participación'),
    attendance=PER_ATT[:2] + PER_ATT[3:5] + [('GARZA NIETO, Pablo', 'Lic.', 'Propuesta Cívica, A.C.', None, SC, None), PER_ATT[6]],
    strategies=[
        dict(number=350, title='Fortalecer las medidas de protección a personas periodistas',
             goals=[
                 G('350.1', 'Implementar medidas de protección con enfoque diferencial para mujeres periodistas',
                   'Número de medidas implementadas con enfoque diferencial',
                   'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas', 'MPI-CDMX',
                   ['De las 112 medidas otorgadas, 31 se diseñaron con enfoque diferencial: acompañamiento de psicólogas, rutas de traslado seguro y atención a hijas e hijos.']),
             ],
             figures=[(112, 'medidas', '350.1', 'De las 112 medidas otorgadas'),
                      (31, 'medidas', '350.1', '31 se diseñaron con enfoque diferencial')],
             feedback=[
                 ('El desglose atiende el acuerdo de la reunión anterior y muestra un avance real hacia la meta.', 'retroalimentacion', '350.1', 'avance', None),
             ]),
        dict(number=352, title='Garantizar la investigación de agresiones contra personas periodistas',
             goals=[
                 G('352.1', 'Integrar un registro de carpetas de investigación por agresiones a periodistas',
                   'Registro integrado y actualizado trimestralmente',
                   'Fiscalía Especializada para la Atención de Delitos cometidos en agravio de Personas Defensoras de Derechos Humanos y Periodistas de la FGJCDMX', 'PGJCDMX',
                   ['Se integró un registro preliminar con 57 carpetas de investigación iniciadas entre enero y agosto, de las cuales 8 fueron judicializadas.']),
                 G('352.2', 'Capacitar a agentes del Ministerio Público en el Protocolo Homologado de Investigación de delitos contra la libertad de expresión',
                   'Número de agentes capacitados',
                   'Fiscalía Especializada para la Atención de Delitos cometidos en agravio de Personas Defensoras de Derechos Humanos y Periodistas de la FGJCDMX', 'PGJCDMX', None, 'Sin avance'),
             ],
             figures=[(57, 'carpetas', '352.1', 'Se integró un registro preliminar con 57 carpetas de investigación iniciadas entre enero y agosto'),
                      (8, 'carpetas', '352.1', 'de las cuales 8 fueron judicializadas')],
             feedback=[
                 ('El registro informa carpetas iniciadas, pero la meta pide su actualización trimestral; lo reportado no coincide con el indicador.', 'retroalimentacion', '352.1', 'desalineado', None),
                 ('Sería oportuno convocar a la Coordinación General de Investigación Territorial a la próxima reunión.', 'observacion', '352.2', 'proceso', None),
             ]),
    ],
    agreements=[
        A('La Secretaría Ejecutiva invitará a la Coordinación General de Investigación Territorial a la siguiente reunión.', [], [352]),
        A('Se convoca a la novena reunión de trabajo el miércoles trece de octubre de 2021 a las 11:00 horas.', ['2021-10-13'], [], next_session=True),
    ],
    next=dict(date='2021-10-13', start_time='11:00', end_time=None, strategies=[]),
    notes='as blind-j-periodistas-07'))

# ---------------------------------------------------------------- J4 desaparecidas
DES_ATT = [
    ('Rocío Anaya Medrano', 'Mtra.', 'Dirección de Búsqueda Inmediata de la Comisión de Búsqueda de Personas', 'CBP-CDMX', IE, 'Directora'),
    ('Gerardo Pliego Ortiz', 'Lic.', 'Fiscalía Especializada en la Búsqueda, Localización e Investigación de Personas Desaparecidas de la FGJ', 'PGJCDMX', IE, 'Fiscal de enlace'),
    ('Noemí Castañeda Ruiz', 'Lic.', 'Dirección General de Derechos Humanos de la SSC', 'SSPCDMX', IE, 'Subdirectora'),
    ('Alberto Cisneros Luna', 'Dr.', 'Subdirección de Identificación Humana del Instituto de Ciencias Forenses del TSJ', 'TSJCDMX', IE, 'Perito'),
    ('Marisol Vera Hidalgo', 'Lic.', 'Unidad de Atención Inmediata de la CEAVI', 'CEAVI', IE, 'Jefa de Unidad'),
    ('Daniel Fonseca Ríos', 'Lic.', 'Coordinación de Enlace de la Comisión Nacional de Búsqueda', 'CNB', OT, 'Enlace'),
    ('Teresa Zamudio Cano', 'C.', 'Colectivo Hasta Encontrarles CDMX', None, SC, 'Integrante'),
    ('Andrés Peralta Gómez', 'Lic.', 'Centro de Derechos Humanos Fray Francisco de Vitoria O.P., A.C.', None, SC, 'Acompañante'),
]

ACTAS.append(dict(
    stem='blind-j-desaparecidas-11-2022-09-14', layout='J4', esp='desaparecidas',
    body='Derechos de las Personas Desaparecidas y Búsqueda', kind='sesión ordinaria', number=11, ordinal='Undécima',
    date='2022-09-14', date_text='14-sep-22', start='16:00', end='18:30', time_text='16:00 hrs.',
    place='Auditorio de la Comisión de Búsqueda de Personas, calle Liverpool 123, colonia Juárez',
    topic='Búsqueda inmediata e identificación humana',
    objective='Retroalimentar los informes del segundo trimestre de 2022 de las estrategias 540 y 541',
    coordinator=('Mauricio Leyva Cárdenas', 'Coordinador del Espacio'),
    attendance=DES_ATT,
    strategies=[
        dict(number=540, title='Fortalecer la búsqueda inmediata de personas desaparecidas',
             goals=[
                 G('540.1', 'Activar la búsqueda inmediata en las primeras 24 horas del reporte',
                   'Porcentaje de reportes con búsqueda activada en 24 horas',
                   'Dirección de Búsqueda Inmediata de la Comisión de Búsqueda de Personas', 'CBP-CDMX',
                   ['Se recibieron 1,482 reportes de personas desaparecidas; en 1,317 se activó la búsqueda dentro del plazo de la meta y se localizó con vida a 904 personas.']),
                 G('540.2', 'Incorporar a las familias en el diseño de los planes de búsqueda',
                   'Número de planes de búsqueda con participación de familias',
                   'Dirección de Búsqueda Inmediata de la Comisión de Búsqueda de Personas', 'CBP-CDMX',
                   ['Se realizaron veintiséis planes de búsqueda con participación de familias y colectivos.']),
                 G('540.3', 'Difundir cédulas de búsqueda en el transporte público',
                   'Número de cédulas difundidas',
                   'Dirección General de Derechos Humanos de la SSC', 'SSPCDMX', None, 'Sin avance'),
             ],
             figures=[(1482, 'reportes', '540.1', 'Se recibieron 1,482 reportes de personas desaparecidas'),
                      (1317, 'reportes', '540.1', 'en 1,317 se activó la búsqueda dentro del plazo de la meta'),
                      (904, 'personas', '540.1', 'se localizó con vida a 904 personas'),
                      (26, 'planes', '540.2', 'Se realizaron veintiséis planes de búsqueda con participación de familias y colectivos')],
             feedback=[
                 ('Se reconoce que el informe presenta cifras completas que permiten conocer la eficacia de la búsqueda inmediata.', 'retroalimentacion', '540.1', 'avance', 'Secretaría Ejecutiva'),
                 ('El colectivo cuestiona que se reporte a personas localizadas sin distinguir cuántas fueron localizadas por la propia familia.', 'observacion', '540.1', 'cuestiona', 'Colectivo Hasta Encontrarles'),
                 ('Es necesario que la SSC comience a difundir las cédulas, pues la meta no registra acciones en el año.', 'retroalimentacion', '540.3', 'exhorta', 'Secretaría Ejecutiva'),
             ]),
        dict(number=541, title='Garantizar la identificación humana de personas fallecidas sin identificar',
             goals=[
                 G('541.1', 'Integrar la base de datos ante mortem y post mortem',
                   'Base de datos integrada y en operación',
                   'Subdirección de Identificación Humana del Instituto de Ciencias Forenses del TSJ', 'TSJCDMX',
                   ['Se capturaron 2,760 registros post mortem y se confrontaron 415 perfiles genéticos con muestras de familiares.']),
             ],
             figures=[(2760, 'registros', '541.1', 'Se capturaron 2,760 registros post mortem'),
                      (415, 'perfiles', '541.1', 'se confrontaron 415 perfiles genéticos con muestras de familiares')],
             feedback=[
                 ('Es necesario precisar cuántas identificaciones positivas resultaron de las confrontas y cuántos cuerpos fueron restituidos.', 'retroalimentacion', '541.1', 'solicita_datos', 'Secretaría Ejecutiva'),
                 ('El Instituto de Ciencias Forenses señala que la falta de personal de genética retrasa las confrontas.', 'observacion', '541.1', 'instancia', 'Instituto de Ciencias Forenses'),
             ]),
    ],
    agreements=[
        A('La Comisión de Búsqueda enviará el desglose de localizaciones por tipo de hallazgo antes del 30-sep-22.', ['2022-09-30'], [540]),
        A('La Secretaría Ejecutiva solicitará por oficio a la SSC el programa de difusión de cédulas.', [], [540]),
        A('La duodécima sesión ordinaria se celebrará el 12-oct-22 a las 16:00 hrs.', ['2022-10-12'], [], next_session=True),
    ],
    next=dict(date='2022-10-12', start_time='16:00', end_time=None, strategies=[]),
    notes='institutions only as sub-units; dd-mmm-yy dates; hyperlink around an institution; attendance as a borderless two-column list; label column + one column per goal; remarks as paragraphs with speaker after the table; manual lettered agreements; Chromium PDF with NO <table> (CSS grid)'))

ACTAS.append(dict(
    stem='blind-j-desaparecidas-12-2022-10-12', layout='J4', esp='desaparecidas',
    body='Derechos de las Personas Desaparecidas y Búsqueda', kind='sesión ordinaria', number=12, ordinal='Duodécima',
    date='2022-10-12', date_text='12-oct-22', start='16:00', end='18:00', time_text='16:00 hrs.',
    place='Auditorio de la Comisión de Búsqueda de Personas, calle Liverpool 123, colonia Juárez',
    topic='Seguimiento de acuerdos de la undécima sesión',
    objective='Revisar el desglose de localizaciones y la difusión de cédulas de búsqueda',
    coordinator=('Mauricio Leyva Cárdenas', 'Coordinador del Espacio'),
    attendance=DES_ATT[:3] + DES_ATT[4:] + [('Silvia Márquez Durán', 'C.', 'Familias Unidas por la Verdad y la Justicia', None, SC, 'Vocera')],
    strategies=[
        dict(number=540, title='Fortalecer la búsqueda inmediata de personas desaparecidas',
             goals=[
                 G('540.1', 'Activar la búsqueda inmediata en las primeras 24 horas del reporte',
                   'Porcentaje de reportes con búsqueda activada en 24 horas',
                   'Dirección de Búsqueda Inmediata de la Comisión de Búsqueda de Personas', 'CBP-CDMX',
                   ['De las 904 personas localizadas con vida, 211 fueron localizadas por sus familias y 693 por acciones de búsqueda institucional.']),
                 G('540.3', 'Difundir cédulas de búsqueda en el transporte público',
                   'Número de cédulas difundidas',
                   'Dirección General de Derechos Humanos de la SSC', 'SSPCDMX',
                   ['Se difundieron 350 cédulas en pantallas de 48 estaciones del Metro y del Metrobús durante septiembre.']),
             ],
             figures=[(904, 'personas', '540.1', 'De las 904 personas localizadas con vida'),
                      (211, 'personas', '540.1', '211 fueron localizadas por sus familias'),
                      (693, 'personas', '540.1', '693 por acciones de búsqueda institucional'),
                      (350, 'cédulas', '540.3', 'Se difundieron 350 cédulas en pantallas de 48 estaciones del Metro y del Metrobús durante septiembre'),
                      (48, 'estaciones', '540.3', 'en pantallas de 48 estaciones del Metro y del Metrobús')],
             feedback=[
                 ('El desglose atiende la solicitud del colectivo y permite conocer el aporte de la búsqueda institucional.', 'retroalimentacion', '540.1', 'avance', 'Secretaría Ejecutiva'),
                 ('La difusión en pantallas por sí sola no da cumplimiento a la meta si no se acompaña de la difusión en redes sociales.', 'retroalimentacion', '540.3', 'insuficiente', 'Secretaría Ejecutiva'),
             ]),
        dict(number=541, title='Garantizar la identificación humana de personas fallecidas sin identificar',
             goals=[
                 G('541.1', 'Integrar la base de datos ante mortem y post mortem',
                   'Base de datos integrada y en operación',
                   'Subdirección de Identificación Humana del Instituto de Ciencias Forenses del TSJ', 'TSJCDMX', None, 'No presentó'),
             ],
             figures=[],
             feedback=[
                 ('Es necesario que a las sesiones acuda personal del Instituto de Ciencias Forenses con información actualizada de la base de datos.', 'observacion', '541.1', 'proceso', 'Familias Unidas'),
             ]),
    ],
    agreements=[
        A('El Instituto de Ciencias Forenses presentará su informe de la estrategia 541 en la siguiente sesión.', [], [541]),
        A('La decimotercera sesión ordinaria se celebrará el 09-nov-22 a las 16:00 hrs.', ['2022-11-09'], [], next_session=True),
    ],
    next=dict(date='2022-11-09', start_time='16:00', end_time=None, strategies=[]),
    notes='as blind-j-desaparecidas-11'))

# ---------------------------------------------------------------- J5 economia
ECO_ATT = [
    ('Leticia Ramos Fierro', 'Lic.', 'Dirección General de Economía Social y Solidaria de la STyFE', 'STYFE', IE, 'Directora de Fomento Cooperativo'),
    ('Armando Juárez Cid', 'Lic.', 'FONDESO', 'FONDESO', IE, 'Gerente de Crédito'),
    ('Elisa Torres Mancilla', 'Mtra.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirectora de Mercados Públicos'),
    ('Hugo Cabrera Islas', 'Ing.', 'ICAT', 'ICAT', IE, 'Coordinador de Capacitación'),
    ('Norma Aguilar Pacheco', 'Lic.', 'Instituto Nacional de la Economía Social', None, OT, 'Delegada'),
    ('Felipe Saldaña Mora', 'C.', 'Red de Cooperativas del Valle de México, S.C.', None, SC, 'Presidente'),
    ('Yolanda Prieto Vargas', 'C.', 'Colectivo Tianguis Alternativo', None, SC, 'Integrante'),
    ('Rodrigo Beltrán Esparza', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, 'Enlace de seguimiento'),
]

ACTAS.append(dict(
    stem='blind-j-economia-02-2023-05-17', layout='J5', esp='economia',
    body='Economía Social y Solidaria', kind='sesión ordinaria', number=2, ordinal='Segunda',
    date='2023-05-17', date_text='17 de mayo de 2023', start='09:30', end='11:30', time_text='09:30 horas',
    place='Sala Benita Galeana de la Secretaría de Trabajo y Fomento al Empleo, calle San Antonio Abad 32',
    topic='Fomento a cooperativas y financiamiento solidario',
    objective='Retroalimentar los avances de las estrategias 190 y 193',
    coordinator=('Adela Contreras Fuentes', 'Coordinadora del Espacio'),
    attendance=ECO_ATT,
    strategies=[
        dict(number=190, title='Impulsar la constitución y consolidación de cooperativas',
             goals=[
                 G('190.1', 'Otorgar apoyos económicos para la constitución de cooperativas',
                   'Número de cooperativas apoyadas',
                   'Dirección General de Economía Social y Solidaria de la STyFE', 'STYFE',
                   ['Se otorgaron apoyos a 146 cooperativas de nueva creación, que integran a 1,023 personas socias, con una inversión de 18 millones de pesos.']),
                 G('190.2', 'Brindar capacitación técnica a personas cooperativistas',
                   'Número de personas capacitadas',
                   'ICAT', 'ICAT',
                   ['Se impartieron 22 cursos de administración cooperativa a quinientas cuarenta personas.']),
             ],
             figures=[(146, 'cooperativas', '190.1', 'Se otorgaron apoyos a 146 cooperativas de nueva creación'),
                      (1023, 'personas', '190.1', 'que integran a 1,023 personas socias'),
                      (18, 'millones de pesos', '190.1', 'con una inversión de 18 millones de pesos'),
                      (22, 'cursos', '190.2', 'Se impartieron 22 cursos de administración cooperativa'),
                      (540, 'personas', '190.2', 'a quinientas cuarenta personas')],
             feedback=[
                 ('Se reconoce el informe con datos duros del número de cooperativas y personas socias.', 'retroalimentacion', '190.1', 'avance', 'Secretaría Ejecutiva'),
                 ('La Red de Cooperativas cuestiona que los apoyos se entreguen en una sola exhibición sin acompañamiento posterior.', 'observacion', '190.1', 'cuestiona', 'Red de Cooperativas'),
                 ('Es necesario informar cuántas de las personas capacitadas pertenecen a cooperativas apoyadas por la meta 190.1.', 'retroalimentacion', '190.2', 'solicita_datos', 'Secretaría Ejecutiva'),
             ]),
        dict(number=193, title='Facilitar el acceso al financiamiento solidario',
             goals=[
                 G('193.1', 'Crear una línea de crédito preferencial para empresas sociales',
                   'Línea de crédito en operación',
                   'FONDESO', 'FONDESO', None),
             ],
             figures=[],
             feedback=[
                 ('El FONDESO refiere que la línea de crédito requiere aprobación de su Comité Técnico y solicita a la Secretaría Ejecutiva acompañar la gestión.', 'observacion', '193.1', 'instancia', 'FONDESO'),
             ]),
    ],
    agreements=[
        A('La STyFE compartirá el padrón de cooperativas apoyadas con el ICAT para cruzar la información de capacitación.', [], [190], responsible='STyFE'),
        A('La Secretaría Ejecutiva acompañará la gestión del FONDESO ante su Comité Técnico.', [], [193], responsible='Secretaría Ejecutiva'),
        A('Tercera sesión ordinaria: 21/VI/2023, 09:30 horas, misma sede.', ['2023-06-21'], [], responsible='Coordinación', next_session=True),
    ],
    next=dict(date='2023-06-21', start_time='09:30', end_time=None, strategies=[]),
    notes='coordinator name in a content control; title in the page header; signature sheet with Cargo column; landscape section; goal rows with Wingdings checkbox status (w:sym); nested table; remarks and agreements in one table told apart by a Tipo column; roman-numeral month'))

ACTAS.append(dict(
    stem='blind-j-economia-03-2023-06-21', layout='J5', esp='economia',
    body='Economía Social y Solidaria', kind='sesión ordinaria', number=3, ordinal='Tercera',
    date='2023-06-21', date_text='21 de junio de 2023', start='09:30', end='11:00', time_text='09:30 horas',
    place='Sala Benita Galeana de la Secretaría de Trabajo y Fomento al Empleo, calle San Antonio Abad 32',
    topic='Seguimiento de acuerdos y mercados solidarios',
    objective='Revisar el cruce de padrones y la línea de crédito del FONDESO',
    coordinator=('Adela Contreras Fuentes', 'Coordinadora del Espacio'),
    attendance=ECO_ATT[:2] + ECO_ATT[3:4] + ECO_ATT[5:] + [('Gloria Sandoval Ruiz', 'Lic.', 'SIBISO', 'SIBISO', IE, 'Enlace')],
    strategies=[
        dict(number=190, title='Impulsar la constitución y consolidación de cooperativas',
             goals=[
                 G('190.2', 'Brindar capacitación técnica a personas cooperativistas',
                   'Número de personas capacitadas',
                   'ICAT', 'ICAT',
                   ['Del cruce de padrones resultó que 318 de las personas capacitadas pertenecen a cooperativas apoyadas en 2023.']),
             ],
             figures=[(318, 'personas', '190.2', 'resultó que 318 de las personas capacitadas pertenecen a cooperativas apoyadas en 2023')],
             feedback=[
                 ('El cruce de padrones atiende el acuerdo y muestra avance en la articulación de ambas metas.', 'retroalimentacion', '190.2', 'avance', 'Secretaría Ejecutiva'),
             ]),
        dict(number=193, title='Facilitar el acceso al financiamiento solidario',
             goals=[
                 G('193.1', 'Crear una línea de crédito preferencial para empresas sociales',
                   'Línea de crédito en operación',
                   'FONDESO', 'FONDESO',
                   ['El Comité Técnico aprobó la línea de crédito con tasa preferencial y se colocaron 35 créditos por un monto total de 2.4 millones de pesos.']),
                 G('193.2', 'Instalar mercados solidarios en espacios públicos',
                   'Número de mercados instalados',
                   'Secretaría de Desarrollo Económico', 'SEDECO', None),
             ],
             figures=[(35, 'créditos', '193.1', 'se colocaron 35 créditos'),
                      (2.4, 'millones de pesos', '193.1', 'por un monto total de 2.4 millones de pesos')],
             feedback=[
                 ('La meta 193.2 no tiene un indicador medible, pues no precisa periodicidad ni cobertura de los mercados.', 'retroalimentacion', '193.2', 'diseno_meta', 'Secretaría Ejecutiva'),
                 ('Los mercados solidarios podrían enmarcarse en la estrategia 191, meta 191.3, de comercialización.', 'retroalimentacion', '193.2', 'reasignar', 'Colectivo Tianguis Alternativo'),
             ]),
    ],
    agreements=[
        A('La SEDECO presentará su informe de mercados solidarios en la siguiente sesión.', [], [193], responsible='SEDECO'),
        A('Cuarta sesión ordinaria: 16/VIII/2023, 09:30 horas.', ['2023-08-16'], [], responsible='Coordinación', next_session=True),
    ],
    next=dict(date='2023-08-16', start_time='09:30', end_time=None, strategies=[]),
    notes='as blind-j-economia-02'))

# ---------------------------------------------------------------- J6 adicciones
ADI_ATT = [
    ('Karina Meléndez Olvera', 'Lic.', 'Instituto para la Atención y Prevención de las Adicciones', 'IAPA', IE, 'Directora de Prevención'),
    ('Sergio Bautista Lemus', 'Dr.', 'Secretaría de Salud', 'SEDESA', IE, 'Coordinador de Salud Mental'),
    ('Mónica Orozco Valle', 'Lic.', 'Unidad de Prevención de Adicciones del INJUVE', 'INJUVE', IE, 'Jefa de Unidad'),
    ('Ricardo Ángeles Mejía', 'Lic.', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, 'Enlace de Derechos Humanos'),
    ('Beatriz Nolasco Rangel', 'Psic.', 'Centros de Integración Juvenil, A.C.', None, OT, 'Directora de Unidad'),
    ('Eduardo Villanueva Sosa', 'Lic.', 'Colectivo por una Política Integral hacia las Drogas', None, SC, 'Investigador'),
    ('Guadalupe Ortega Ibarra', 'C.', 'Fundación Renacimiento, I.A.P.', None, SC, 'Coordinadora'),
]

ACTAS.append(dict(
    stem='blind-j-adicciones-05-2018-06-13', layout='J6', esp='adicciones',
    body='Prevención y Atención de las Adicciones', kind='sesión ordinaria', number=5, ordinal='Quinta',
    date='2018-06-13', date_text='13 de junio de 2018', start='10:00', end='13:00', time_text='10:00 horas',
    place='Instituto para la Atención y Prevención de las Adicciones, avenida Río Mixcoac 234, colonia Acacias',
    topic='Prevención del consumo en población joven y atención en centros penitenciarios',
    objective='Revisar los avances de las estrategias 250 y 252 correspondientes al primer trimestre',
    coordinator=('Claudia Serrano Luján', 'Coordinadora del Espacio de Participación'),
    attendance=ADI_ATT,
    strategies=[
        dict(number=250, title='Prevenir el consumo de sustancias psicoactivas en personas jóvenes',
             goals=[
                 G('250.1', 'Realizar acciones de prevención en planteles de educación media superior',
                   'Número de planteles y estudiantes atendidos',
                   'Instituto para la Atención y Prevención de las Adicciones', 'IAPA',
                   ['Se realizaron 126 talleres de prevención en 38 planteles, con la participación de 7,450 estudiantes.',
                    'Se distribuyeron material informativo y guías para docentes en todos los planteles visitados.']),
                 G('250.2', 'Capacitar a personas jóvenes como promotoras de prevención',
                   'Número de personas promotoras capacitadas',
                   'Unidad de Prevención de Adicciones del INJUVE', 'INJUVE',
                   ['Se capacitó a noventa y cinco personas jóvenes promotoras en un curso de 40 horas.']),
             ],
             figures=[(126, 'talleres', '250.1', 'Se realizaron 126 talleres de prevención en 38 planteles'),
                      (38, 'planteles', '250.1', 'en 38 planteles'),
                      (7450, 'estudiantes', '250.1', 'con la participación de 7,450 estudiantes'),
                      (95, 'personas', '250.2', 'Se capacitó a noventa y cinco personas jóvenes promotoras'),
                      (40, 'horas', '250.2', 'en un curso de 40 horas')],
             feedback=[
                 ('Se reconoce que el informe presenta datos duros de talleres, planteles y estudiantes.', 'retroalimentacion', '250.1', 'avance', None),
                 ('Se recomienda omitir la distribución de material informativo, que no corresponde a la meta de acciones de prevención.', 'retroalimentacion', '250.1', 'desalineado', None),
                 ('Es necesario informar en qué alcaldías se ubican las personas promotoras y cuántas acciones han replicado.', 'retroalimentacion', '250.2', 'solicita_datos', None),
             ]),
        dict(number=252, title='Garantizar la atención de adicciones en centros penitenciarios',
             goals=[
                 G('252.1', 'Operar programas de tratamiento en los centros de reclusión',
                   'Número de personas privadas de la libertad en tratamiento',
                   'Subsecretaría de Sistema Penitenciario', 'SECGOB', None, 'No reportó'),
             ],
             figures=[],
             feedback=[
                 ('La Subsecretaría refiere que no le correspondería reportar la meta, pues el tratamiento lo brinda la Secretaría de Salud.', 'observacion', '252.1', 'instancia', None),
                 ('Sociedad civil cuestiona que los programas se basen en abstinencia obligatoria y no en reducción de daños.', 'observacion', '252.1', 'cuestiona', None),
             ]),
    ],
    agreements=[
        A('El IAPA enviará la relación de planteles atendidos por alcaldía.', [], [250], responsible='IAPA', due='29 de junio de 2018'),
        A('La Secretaría Ejecutiva convocará a la Secretaría de Salud y a la Subsecretaría de Sistema Penitenciario a una mesa sobre la meta 252.1.', [], [252], responsible='Secretaría Ejecutiva', due='Julio de 2018'),
        A('Se convoca a la Sexta Sesión Ordinaria el día ocho de agosto de dos mil dieciocho a las 10:00 horas.', ['2018-08-08'], [], responsible='Coordinación del Espacio', due='8 de agosto de 2018', next_session=True),
    ],
    next=dict(date='2018-08-08', start_time='10:00', end_time=None, strategies=[]),
    notes='date as the cached result of a DATE field; hidden text; deleted tracked paragraph with an old goal; heading+content split by a soft break; empty spacer paragraphs; attendance table with repeated header row over a page break; footnote; comment; agreements table with Responsable/Fecha'))

ACTAS.append(dict(
    stem='blind-j-adicciones-06-2018-08-08', layout='J6', esp='adicciones',
    body='Prevención y Atención de las Adicciones', kind='sesión ordinaria', number=6, ordinal='Sexta',
    date='2018-08-08', date_text='8 de agosto de 2018', start='10:00', end='12:30', time_text='10:00 horas',
    place='Instituto para la Atención y Prevención de las Adicciones, avenida Río Mixcoac 234, colonia Acacias',
    topic='Seguimiento de acuerdos de la quinta sesión',
    objective='Revisar la relación de planteles atendidos y el resultado de la mesa sobre la meta 252.1',
    coordinator=('Claudia Serrano Luján', 'Coordinadora del Espacio de Participación'),
    attendance=ADI_ATT[:4] + ADI_ATT[5:] + [('Arturo Galindo Paredes', 'Lic.', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, 'Enlace de seguimiento')],
    strategies=[
        dict(number=250, title='Prevenir el consumo de sustancias psicoactivas en personas jóvenes',
             goals=[
                 G('250.1', 'Realizar acciones de prevención en planteles de educación media superior',
                   'Número de planteles y estudiantes atendidos',
                   'Instituto para la Atención y Prevención de las Adicciones', 'IAPA',
                   ['Los 38 planteles se ubican en 11 alcaldías; en el segundo trimestre se sumaron 14 planteles y 2,980 estudiantes.']),
             ],
             figures=[(38, 'planteles', '250.1', 'Los 38 planteles se ubican en 11 alcaldías'),
                      (11, 'alcaldías', '250.1', 'se ubican en 11 alcaldías'),
                      (14, 'planteles', '250.1', 'en el segundo trimestre se sumaron 14 planteles'),
                      (2980, 'estudiantes', '250.1', '2,980 estudiantes')],
             feedback=[
                 ('La relación por alcaldía atiende el acuerdo y da cuenta del avance de la meta.', 'retroalimentacion', '250.1', 'avance', None),
             ]),
        dict(number=252, title='Garantizar la atención de adicciones en centros penitenciarios',
             goals=[
                 G('252.1', 'Operar programas de tratamiento en los centros de reclusión',
                   'Número de personas privadas de la libertad en tratamiento',
                   'Secretaría de Salud', 'SEDESA',
                   ['En la mesa se acordó que la Secretaría de Salud reporte la meta; actualmente 312 personas privadas de la libertad reciben tratamiento en 4 centros de reclusión.']),
                 G('252.2', 'Capacitar al personal de custodia en atención a personas usuarias de drogas',
                   'Número de personas de custodia capacitadas',
                   'Subsecretaría de Sistema Penitenciario', 'SECGOB', None, 'Pendiente'),
             ],
             figures=[(312, 'personas', '252.1', 'actualmente 312 personas privadas de la libertad reciben tratamiento en 4 centros de reclusión'),
                      (4, 'centros', '252.1', 'en 4 centros de reclusión')],
             feedback=[
                 ('Es necesario que la Subsecretaría inicie la capacitación del personal de custodia que mandata la estrategia.', 'retroalimentacion', '252.2', 'exhorta', None),
                 ('Sería oportuno que la Secretaría Ejecutiva circule los informes con una semana de anticipación a cada sesión.', 'observacion', '252.1', 'proceso', None),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud integrará la meta 252.1 a su informe trimestral.', [], [252], responsible='Secretaría de Salud', due='Septiembre de 2018'),
        A('Se convoca a la Séptima Sesión Ordinaria el día diez de octubre de dos mil dieciocho a las 10:00 horas.', ['2018-10-10'], [], responsible='Coordinación del Espacio', due='10 de octubre de 2018', next_session=True),
    ],
    next=dict(date='2018-10-10', start_time='10:00', end_time=None, strategies=[]),
    notes='as blind-j-adicciones-05'))
