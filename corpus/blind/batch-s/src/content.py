# -*- coding: utf-8 -*-
# Batch S content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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

# ================================================================ S1 diabetes (legal acta, reports in footnotes, 2017)
DIA_BODY = 'Derechos de las Personas que Viven con Diabetes'
DIA_COORD = ('Rebeca Zaragoza Ituarte', 'Coordinadora del Espacio de Participación')
DIA_PLACE = 'sala de juntas de la Dirección General de Servicios Médicos y Urgencias, Xocongo 225, colonia Tránsito, delegación Cuauhtémoc'
T318 = 'Garantizar la detección oportuna de la diabetes en los servicios de salud de primer nivel de la Ciudad de México'
T321 = 'Asegurar el abasto de insumos y medicamentos para el control de la diabetes'
T325 = 'Promover entornos escolares y laborales que prevengan la diabetes'
G318_1 = ('318.1', 'Realizar pruebas de detección de glucosa en sangre en los centros de salud y unidades móviles',
          'Número de pruebas de detección realizadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G318_2 = ('318.2', 'Instalar módulos de detección de diabetes en las estaciones de mayor afluencia del Metro',
          'Número de módulos instalados y personas atendidas', 'Sistema de Transporte Colectivo Metro', 'STC-METRO')
G321_1 = ('321.1', 'Mantener el abasto de insulina y tiras reactivas en las unidades de primer nivel',
          'Porcentaje de unidades con abasto completo', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G321_2 = ('321.2', 'Entregar glucómetros y tiras reactivas a personas con diabetes sin seguridad social en situación de pobreza',
          'Número de personas beneficiarias', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G325_1 = ('325.1', 'Retirar la venta de bebidas azucaradas en las escuelas públicas de educación básica',
          'Número de escuelas con tiendas escolares verificadas', 'Secretaría de Educación de la Ciudad de México', 'SEDU')
G325_2 = ('325.2', 'Impartir pláticas de alimentación saludable a personas servidoras públicas',
          'Número de pláticas impartidas y de personas asistentes', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')

ACTAS.append(dict(
    stem='blind-s-diabetes-03-2017-05-17', layout='S1', esp='diabetes',
    body=DIA_BODY, kind='sesión ordinaria', number=3, roman='III', date='2017-05-17', start='10:00', end='12:35',
    place=DIA_PLACE, topic=None, objective=None, coordinator=DIA_COORD,
    attendance=[
        ('Norma Angélica Baeza Trujillo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Enfermedades Crónicas'),
        ('Julio César Arriola Mena', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Unidad Departamental de Abasto'),
        ('Karla Ivonne Sepúlveda Ríos', 'Lic.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Gerente de Atención al Usuario'),
        ('Bernardo Ochoa Lizárraga', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Enlace'),
        ('Alma Delia Cornejo Fuentes', 'Profra.', 'Secretaría de Educación de la Ciudad de México', 'SEDU', IE, 'Enlace'),
        ('Guillermo Téllez Arredondo', 'C.', 'Federación Mexicana de Diabetes, A.C.', None, SC, 'Delegado en la Ciudad de México'),
        ('Rosario Anguiano Pliego', 'C.', 'Dulce Vida, Personas con Diabetes en Iztapalapa, A.C.', None, SC, 'Presidenta'),
        ('Mónica Estrella Villafaña', 'Mtra.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinadora de Programas Integrados de Salud'),
        ('Ximena Lorenzana Ugarte', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(318, T318,
          [G(*G318_1, ['Entre enero y abril se realizaron 48,312 pruebas de detección de glucosa en 214 centros de salud y 9 unidades móviles; 3,907 pruebas resultaron sospechosas y las personas fueron referidas a confirmación diagnóstica.']),
           G(*G318_2, ['El Sistema instaló 4 módulos de detección en las estaciones Pantitlán, Indios Verdes, Tacubaya y Observatorio, en los que se atendió a 6,540 personas usuarias.'])],
          [(48312, 'pruebas de detección de glucosa', '318.1', 'se realizaron 48,312 pruebas de detección de glucosa'),
           (214, 'centros de salud', '318.1', 'en 214 centros de salud'),
           (9, 'unidades móviles', '318.1', '9 unidades móviles'),
           (3907, 'pruebas', '318.1', '3,907 pruebas resultaron sospechosas'),
           (4, 'módulos de detección', '318.2', 'El Sistema instaló 4 módulos de detección'),
           (6540, 'personas usuarias', '318.2', 'se atendió a 6,540 personas usuarias')],
          [('Las cifras muestran un avance sostenido en la detección; falta informar cuántas de las pruebas sospechosas obtuvieron confirmación.', 'retroalimentacion', '318.1', 'solicita_datos', 'SE'),
           ('Los módulos del Metro sólo abren de lunes a viernes por la mañana, cuando la mayoría de las personas va a trabajar y no se detiene.', 'observacion', '318.2', 'cuestiona', 'Guillermo Téllez Arredondo'),
           ('Se reconoce la instalación de los módulos, que ya cumplen con lo que mide el indicador.', 'retroalimentacion', '318.2', 'avance', 'SE')]),
        S(321, T321,
          [G(*G321_1, ['El 86 por ciento de las unidades de primer nivel reportó abasto completo de insulina al cierre de abril; se adquirieron 120 mil tiras reactivas mediante compra consolidada.']),
           G(*G321_2, None, 'El Sistema no remitió el informe correspondiente a la meta.')],
          [(86, 'por ciento', '321.1', 'El 86 por ciento de las unidades de primer nivel reportó abasto completo de insulina'),
           (120000, 'tiras reactivas', '321.1', 'se adquirieron 120 mil tiras reactivas')],
          [('El dato de abasto es relevante, pero el indicador pide el porcentaje de unidades con abasto completo de todos los insumos, no sólo de insulina.', 'retroalimentacion', '321.1', 'desalineado', 'SE'),
           ('En los centros de salud de Iztapalapa las personas siguen comprando sus tiras porque no hay existencias desde febrero.', 'observacion', '321.1', 'cuestiona', 'Rosario Anguiano Pliego'),
           ('Se exhorta al Sistema a entregar su informe y a informar el número de glucómetros entregados en el año.', 'retroalimentacion', '321.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('El Sistema para el Desarrollo Integral de la Familia remitirá a la Secretaría Ejecutiva el informe de la meta 321.2 a más tardar el 2 de junio de 2017.', ['2017-06-02'], 'Sistema para el Desarrollo Integral de la Familia'),
        A('La Secretaría de Salud presentará el desglose del abasto por jurisdicción sanitaria, incluida la de Iztapalapa.', [], 'Secretaría de Salud'),
        A('La IV Sesión Ordinaria se celebrará el miércoles 21 de junio de 2017 a las 10:00 horas en la misma sede.', ['2017-06-21'], None, next_session=True),
    ],
    next={'date': '2017-06-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='legal acta with roman session number; each INFORME lives in a footnote; attendance by institution with bullets',
))

ACTAS.append(dict(
    stem='blind-s-diabetes-04-2017-06-21', layout='S1', esp='diabetes',
    body=DIA_BODY, kind='sesión ordinaria', number=4, roman='IV', date='2017-06-21', start='10:00', end='12:10',
    place=DIA_PLACE, topic=None, objective=None, coordinator=DIA_COORD,
    attendance=[
        ('Norma Angélica Baeza Trujillo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Enfermedades Crónicas'),
        ('Bernardo Ochoa Lizárraga', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Enlace'),
        ('Alma Delia Cornejo Fuentes', 'Profra.', 'Secretaría de Educación de la Ciudad de México', 'SEDU', IE, 'Enlace'),
        ('Ricardo Ibarra Solís', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Capacitación'),
        ('Guillermo Téllez Arredondo', 'C.', 'Federación Mexicana de Diabetes, A.C.', None, SC, 'Delegado en la Ciudad de México'),
        ('Rosario Anguiano Pliego', 'C.', 'Dulce Vida, Personas con Diabetes en Iztapalapa, A.C.', None, SC, 'Presidenta'),
        ('Paulina Herrera Cisneros', 'C.', 'Dulce Vida, Personas con Diabetes en Iztapalapa, A.C.', None, SC, 'Integrante'),
        ('Ximena Lorenzana Ugarte', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(321, T321,
          [G(*G321_1, ['Por jurisdicción, el abasto completo de insulina, tiras reactivas y metformina va del 64 por ciento en Iztapalapa al 97 por ciento en Benito Juárez; se distribuyeron 35 mil tiras reactivas adicionales a la jurisdicción de Iztapalapa.']),
           G(*G321_2, ['De enero a mayo se entregaron 1,184 glucómetros y 2,960 paquetes de tiras reactivas a personas sin seguridad social, con una inversión de 2.3 millones de pesos.'])],
          [(64, 'por ciento', '321.1', 'va del 64 por ciento en Iztapalapa'),
           (97, 'por ciento', '321.1', 'al 97 por ciento en Benito Juárez'),
           (35000, 'tiras reactivas', '321.1', 'se distribuyeron 35 mil tiras reactivas adicionales'),
           (1184, 'glucómetros', '321.2', 'se entregaron 1,184 glucómetros'),
           (2960, 'paquetes de tiras reactivas', '321.2', '2,960 paquetes de tiras reactivas'),
           (2300000, 'pesos', '321.2', 'con una inversión de 2.3 millones de pesos')],
          [('Se atendió el acuerdo de la sesión anterior y el desglose permite ver la brecha entre jurisdicciones.', 'retroalimentacion', '321.1', 'avance', 'SE'),
           ('Las organizaciones piden que la Secretaría informe cuántos días pasan sin insulina las unidades con desabasto.', 'observacion', '321.1', 'solicita_datos', 'Rosario Anguiano Pliego'),
           ('El padrón de beneficiarios lo integra la Secretaría de Salud, por lo que la meta debería compartirse con ella.', 'observacion', '321.2', 'reasignar', 'Bernardo Ochoa Lizárraga')]),
        S(325, T325,
          [G(*G325_1, ['Se verificaron 412 tiendas escolares en escuelas primarias y secundarias; en 57 se encontró venta de bebidas azucaradas y se levantaron las actas correspondientes.']),
           G(*G325_2, None, 'La Secretaría de Trabajo y Fomento al Empleo manifestó que su informe se encuentra en revisión de su área jurídica y no lo presentó.')],
          [(412, 'tiendas escolares', '325.1', 'Se verificaron 412 tiendas escolares'),
           (57, 'tiendas', '325.1', 'en 57 se encontró venta de bebidas azucaradas')],
          [('La verificación es un proceso, pero la meta es el retiro de la venta; se requiere informar qué pasó en las 57 tiendas.', 'retroalimentacion', '325.1', 'insuficiente', 'SE'),
           ('Se cuestiona que la Secretaría de Trabajo siga sin informe después de dos sesiones.', 'observacion', '325.2', 'cuestiona', 'Guillermo Téllez Arredondo'),
           ('La meta sobre pláticas no corresponde a la estrategia de entornos laborales si no incluye cambios en los comedores.', 'retroalimentacion', '325.2', 'diseno_meta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo entregará su informe de la meta 325.2 antes del 7 de julio de 2017.', ['2017-07-07'], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('La Secretaría Ejecutiva convocará a una mesa de trabajo entre la Secretaría de Salud y el Sistema para el Desarrollo Integral de la Familia sobre el padrón de la meta 321.2.', [], 'Secretaría Ejecutiva'),
        A('La V Sesión Ordinaria tendrá lugar el miércoles 16 de agosto de 2017 a las 10:00 horas en la misma sede.', ['2017-08-16'], None, next_session=True),
    ],
    next={'date': '2017-08-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='legal acta with roman session number; each INFORME lives in a footnote; attendance by institution with bullets',
))

# ================================================================ S2 bucal (printed minuta photographed with a phone, 2015)
BUC_BODY = 'Derecho a la Salud Bucal'
BUC_COORD = ('Arturo Benavides Quintanar', 'Coordinador del Espacio de Participación')
BUC_PLACE = 'Aula 3 de la Facultad de Odontología de la UNAM, Ciudad Universitaria, delegación Coyoacán'
T412 = 'Ampliar la atención odontológica preventiva en las escuelas públicas de educación básica'
T415 = 'Garantizar la atención bucal de personas adultas mayores y de personas en situación de calle'
T417 = 'Incorporar la revisión bucal en la atención prenatal de los servicios de salud'
G412_1 = ('412.1', 'Realizar revisiones bucales y aplicaciones de flúor en escuelas primarias públicas',
          'Número de alumnas y alumnos revisados y con aplicación de flúor', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G412_2 = ('412.2', 'Instalar consultorios dentales escolares en las delegaciones con mayor índice de caries',
          'Número de consultorios escolares en operación', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
G415_1 = ('415.1', 'Otorgar prótesis dentales gratuitas a personas adultas mayores sin seguridad social',
          'Número de prótesis entregadas', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX')
G415_2 = ('415.2', 'Brindar atención odontológica en los Centros de Asistencia e Integración Social',
          'Número de consultas odontológicas otorgadas', 'Instituto de Asistencia e Integración Social', 'IASIS')
G417_1 = ('417.1', 'Incluir la valoración bucal en la primera consulta prenatal de los centros de salud',
          'Porcentaje de mujeres embarazadas con valoración bucal', 'Secretaría de Salud del Distrito Federal', 'SEDESA')

ACTAS.append(dict(
    stem='blind-s-bucal-05-2015-08-12', layout='S2', esp='bucal',
    body=BUC_BODY, kind='sesión ordinaria', number=5, ordinal='5a.', date='2015-08-12', start='10:00', end='12:30',
    place=BUC_PLACE, topic=None, objective=None, coordinator=BUC_COORD,
    attendance=[
        ('Leticia Guadarrama Osorio', 'C.D.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefa del Programa de Salud Bucal'),
        ('Efraín Castañeda Rubio', 'C.D.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Coordinador de Servicios Médicos'),
        ('Yolanda Paredes Ibarra', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX', IE, 'Enlace'),
        ('Gerardo Nieto Salcedo', 'Lic.', 'Instituto de Asistencia e Integración Social', 'IASIS', IE, 'Subdirector de Atención'),
        ('Patricia Olmos Herrera', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Profesora de la Facultad de Odontología'),
        ('Sergio Valdez Montaño', 'C.', 'Sonrisas sin Fronteras, A.C.', None, SC, 'Director'),
        ('Adriana Toledo Bravo', 'C.', 'Colectivo Dientes Sanos Iztapalapa', None, SC, 'Promotora'),
        ('Julieta Mondragón Ávila', 'Lic.', 'Secretaría Ejecutiva del PDHDF', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(412, T412,
          [G(*G412_1, ['Se revisó a 38,460 alumnas y alumnos de 152 escuelas primarias.', 'Se realizaron 35,912 aplicaciones de flúor.',
                       'Se refirió a 4,120 niñas y niños a tratamiento en centros de salud.']),
           G(*G412_2, ['Operan 6 consultorios dentales escolares en las direcciones territoriales de Iztapalapa.', 'Se otorgaron 2,874 consultas de primera vez.'])],
          [(38460, 'alumnas y alumnos', '412.1', 'Se revisó a 38,460 alumnas y alumnos'),
           (152, 'escuelas primarias', '412.1', 'de 152 escuelas primarias'),
           (35912, 'aplicaciones de flúor', '412.1', 'Se realizaron 35,912 aplicaciones de flúor'),
           (4120, 'niñas y niños', '412.1', 'Se refirió a 4,120 niñas y niños a tratamiento'),
           (6, 'consultorios dentales escolares', '412.2', 'Operan 6 consultorios dentales escolares'),
           (2874, 'consultas de primera vez', '412.2', 'Se otorgaron 2,874 consultas de primera vez')],
          [('Los datos corresponden al indicador; falta saber cuántas de las niñas y niños referidos recibieron tratamiento.', 'retroalimentacion', '412.1', 'solicita_datos', 'SE'),
           ('Las familias no acuden a la referencia porque el centro de salud les da cita hasta dentro de dos meses.', 'observacion', '412.1', 'cuestiona', 'Adriana Toledo Bravo'),
           ('Se reconoce el avance de la Delegación, que ya rebasó lo programado para el año.', 'retroalimentacion', '412.2', 'avance', 'SE')]),
        S(415, T415,
          [G(*G415_1, ['Se entregaron 640 prótesis dentales totales y parciales.', 'La inversión fue de 1.8 millones de pesos.']),
           G(*G415_2, None, 'El Instituto no envió informe; su representante indicó que lo hará llegar por correo.')],
          [(640, 'prótesis dentales', '415.1', 'Se entregaron 640 prótesis dentales totales y parciales'),
           (1800000, 'pesos', '415.1', 'La inversión fue de 1.8 millones de pesos')],
          [('El informe no distingue cuántas prótesis se entregaron a personas adultas mayores, que es la población de la meta.', 'retroalimentacion', '415.1', 'desalineado', 'SE'),
           ('La Facultad ofrece sus clínicas periféricas para atender a personas usuarias de los Centros de Asistencia.', 'observacion', '415.2', 'proceso', 'Patricia Olmos Herrera'),
           ('Es necesario que el Instituto envíe su informe antes de la siguiente reunión.', 'retroalimentacion', '415.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('El Instituto de Asistencia e Integración Social enviará su informe de la meta 415.2.', ['2015-08-21'], 'Instituto de Asistencia e Integración Social', due='21/08/2015', state='Pendiente'),
        A('La Facultad de Odontología y el Instituto revisarán un convenio para la atención en clínicas periféricas.', [], 'Facultad de Odontología de la UNAM', due='Próxima reunión', state='En proceso'),
        A('La 6a. Sesión Ordinaria se realizará el miércoles 9 de septiembre de 2015 a las 10:00 horas en el Aula 3 de la Facultad de Odontología.', ['2015-09-09'], None, due='09/09/2015', state='Aprobado', next_session=True),
    ],
    next={'date': '2015-09-09', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='printed minuta photographed with a phone (image-only PDF); reports as bullet lists of achievements; agreements table Responsable/Plazo/Estatus',
))

ACTAS.append(dict(
    stem='blind-s-bucal-06-2015-09-09', layout='S2', esp='bucal',
    body=BUC_BODY, kind='sesión ordinaria', number=6, ordinal='6a.', date='2015-09-09', start='10:00', end='12:15',
    place=BUC_PLACE, topic=None, objective=None, coordinator=BUC_COORD,
    attendance=[
        ('Leticia Guadarrama Osorio', 'C.D.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefa del Programa de Salud Bucal'),
        ('Marisol Gaytán Fierro', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Coordinadora de Salud Materna'),
        ('Gerardo Nieto Salcedo', 'Lic.', 'Instituto de Asistencia e Integración Social', 'IASIS', IE, 'Subdirector de Atención'),
        ('Patricia Olmos Herrera', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Profesora de la Facultad de Odontología'),
        ('Sergio Valdez Montaño', 'C.', 'Sonrisas sin Fronteras, A.C.', None, SC, 'Director'),
        ('Adriana Toledo Bravo', 'C.', 'Colectivo Dientes Sanos Iztapalapa', None, SC, 'Promotora'),
        ('Julieta Mondragón Ávila', 'Lic.', 'Secretaría Ejecutiva del PDHDF', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(415, T415,
          [G(*G415_1, None, 'El DIF no asistió y no remitió el informe del periodo.'),
           G(*G415_2, ['Se otorgaron 1,326 consultas odontológicas en 10 Centros de Asistencia e Integración Social.', 'Se realizaron 212 extracciones y 498 limpiezas dentales.'])],
          [(1326, 'consultas odontológicas', '415.2', 'Se otorgaron 1,326 consultas odontológicas'),
           (10, 'Centros de Asistencia e Integración Social', '415.2', 'en 10 Centros de Asistencia e Integración Social'),
           (212, 'extracciones', '415.2', 'Se realizaron 212 extracciones'),
           (498, 'limpiezas dentales', '415.2', '498 limpiezas dentales')],
          [('El número de extracciones es alto frente a los tratamientos restaurativos; se sugiere revisar el enfoque de la atención.', 'retroalimentacion', '415.2', 'cuestiona', 'SE'),
           ('Las personas en situación de calle que no viven en un Centro quedan fuera de la meta.', 'observacion', '415.2', 'diseno_meta', 'Sergio Valdez Montaño'),
           ('Se solicita al DIF que envíe el desglose de prótesis por grupo de edad pedido en la reunión anterior.', 'retroalimentacion', '415.1', 'solicita_datos', 'SE')]),
        S(417, T417,
          [G(*G417_1, ['El 41 por ciento de las mujeres embarazadas atendidas en julio recibió valoración bucal en su primera consulta.', 'Se capacitó a 96 médicas y médicos de primer contacto.'])],
          [(41, 'por ciento', '417.1', 'El 41 por ciento de las mujeres embarazadas atendidas en julio recibió valoración bucal'),
           (96, 'médicas y médicos', '417.1', 'Se capacitó a 96 médicas y médicos de primer contacto')],
          [('El porcentaje todavía es bajo; la Secretaría debe explicar qué impide que la valoración se haga en todas las primeras consultas.', 'retroalimentacion', '417.1', 'insuficiente', 'SE'),
           ('La Secretaría explicó que 60 centros de salud no tienen sillón dental y que la meta depende de la compra de equipo.', 'observacion', '417.1', 'instancia', 'Marisol Gaytán Fierro')]),
    ],
    agreements=[
        A('El Sistema para el Desarrollo Integral de la Familia del Distrito Federal remitirá su informe y el desglose por edad de la meta 415.1.', ['2015-09-25'], 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', due='25/09/2015', state='Pendiente'),
        A('La Secretaría de Salud presentará el calendario de compra de sillones dentales para la meta 417.1.', [], 'Secretaría de Salud del Distrito Federal', due='Próxima reunión', state='Pendiente'),
        A('La 7a. Sesión Ordinaria se realizará el miércoles 14 de octubre de 2015 a las 10:00 horas en el Aula 3 de la Facultad de Odontología.', ['2015-10-14'], None, due='14/10/2015', state='Aprobado', next_session=True),
    ],
    next={'date': '2015-10-14', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='printed minuta photographed with a phone (image-only PDF); reports as bullet lists of achievements; agreements table Responsable/Plazo/Estatus',
))

# ================================================================ S3 metro (LibreOffice Calc workbook printed sheet by sheet, 2022)
MET_BODY = 'Derechos de las Personas Usuarias del Metro'
MET_COORD = ('Tania Lizbeth Carranza Olvera', 'Coordinadora del Espacio')
MET_PLACE = 'Sala de capacitación del Puesto Central de Control I, Delicias 67, colonia Centro'
T534 = 'Garantizar la accesibilidad de las estaciones del Metro para personas con discapacidad y movilidad limitada'
T537 = 'Prevenir y atender la violencia sexual contra mujeres y niñas en las instalaciones del Metro'
T539 = 'Mejorar la información a las personas usuarias sobre fallas y cierres del servicio'
G534_1 = ('534.1', 'Rehabilitar los elevadores y salvaescaleras fuera de servicio en estaciones de transbordo',
          'Número de equipos rehabilitados', 'Sistema de Transporte Colectivo Metro', 'STC-METRO')
G534_2 = ('534.2', 'Verificar la accesibilidad de las estaciones con personas con discapacidad',
          'Número de estaciones verificadas con participación de personas con discapacidad', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI')
G537_1 = ('537.1', 'Operar módulos de atención a víctimas de violencia sexual en estaciones',
          'Número de módulos en operación y de casos atendidos', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX')
G537_2 = ('537.2', 'Capacitar al personal de la Policía Bancaria e Industrial asignado al Metro en atención a víctimas',
          'Número de elementos capacitados', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G539_1 = ('539.1', 'Publicar en tiempo real los avisos de fallas y cierres en la aplicación y en las redes del Metro',
          'Tiempo promedio de publicación de los avisos', 'Sistema de Transporte Colectivo Metro', 'STC-METRO')

ACTAS.append(dict(
    stem='blind-s-metro-02-2022-03-24', layout='S3', esp='metro',
    body=MET_BODY, kind='sesión ordinaria', number=2, ordinal='Segunda', date='2022-03-24', start='11:00', end='13:40',
    place=MET_PLACE, topic=None, objective=None, coordinator=MET_COORD,
    attendance=[
        ('Eduardo Pacheco Landa', 'Ing.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Gerente de Instalaciones Fijas'),
        ('Mariana Iturbe Castro', 'Lic.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Subgerente de Atención al Usuario'),
        ('Samuel Ortega Nava', 'Lic.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Enlace'),
        ('Diana Laura Mejía Robles', 'Mtra.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Directora de Atención'),
        ('Iván Rosales Guerrero', 'Suboficial', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Policía Bancaria e Industrial'),
        ('Claudia Fernández Ocampo', 'C.', 'Libre Acceso, A.C.', None, SC, 'Coordinadora'),
        ('Josué Alvarado Pineda', 'C.', 'Usuarios del Metro Organizados', None, SC, 'Vocero'),
        ('Renata Saldívar Quiroz', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora'),
        ('Óscar Villalobos Díaz', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Relator'),
    ],
    absent=[('Lorena Casillas Mata', 'Secretaría de Movilidad', 'Gobierno', 'Enlace')],
    strategies=[
        S(534, T534,
          [G(*G534_1, ['Se rehabilitaron 17 elevadores y 5 salvaescaleras en las estaciones Pantitlán, Tacubaya, Hidalgo y Balderas; 23 equipos siguen fuera de servicio.']),
           G(*G534_2, ['Se realizaron 8 recorridos de verificación con 31 personas con discapacidad motriz, visual y auditiva.'])],
          [(17, 'elevadores', '534.1', 'Se rehabilitaron 17 elevadores'),
           (5, 'salvaescaleras', '534.1', '5 salvaescaleras'),
           (23, 'equipos', '534.1', '23 equipos siguen fuera de servicio'),
           (8, 'recorridos de verificación', '534.2', 'Se realizaron 8 recorridos de verificación'),
           (31, 'personas con discapacidad', '534.2', 'con 31 personas con discapacidad motriz, visual y auditiva')],
          [('Avance en rehabilitación; se pide el calendario para los 23 equipos pendientes.', 'retroalimentacion', '534.1', 'solicita_datos', 'SE'),
           ('El elevador de Pantitlán línea 9 volvió a fallar a la semana de rehabilitado.', 'observacion', '534.1', 'cuestiona', 'Claudia Fernández Ocampo'),
           ('El informe dice cuántos recorridos hubo, pero el indicador cuenta estaciones verificadas.', 'retroalimentacion', '534.2', 'desalineado', 'SE')]),
        S(537, T537,
          [G(*G537_1, ['Operan 5 módulos Viaja Segura en las estaciones Pino Suárez, Hidalgo, Balderas, Pantitlán y Tacubaya, que atendieron 342 casos de violencia sexual en el bimestre.']),
           G(*G537_2, None, 'No informó.')],
          [(5, 'módulos', '537.1', 'Operan 5 módulos Viaja Segura'),
           (342, 'casos de violencia sexual', '537.1', 'atendieron 342 casos de violencia sexual en el bimestre')],
          [('Se solicita desagregar los casos por edad y por tipo de canalización.', 'retroalimentacion', '537.1', 'solicita_datos', 'SE'),
           ('La Secretaría de Seguridad Ciudadana debe enviar su informe; la capacitación es parte central de la estrategia.', 'retroalimentacion', '537.2', 'exhorta', 'SE'),
           ('Las mujeres que denuncian en el andén esperan más de una hora a que llegue la policía.', 'observacion', '537.2', 'cuestiona', 'Renata Saldívar Quiroz')]),
    ],
    agreements=[
        A('El STC enviará el calendario de rehabilitación de los equipos pendientes de la meta 534.1.', ['2022-04-08'], 'Sistema de Transporte Colectivo Metro', due='08/04/2022', state='Pendiente'),
        A('La Secretaría de Seguridad Ciudadana entregará su informe de la meta 537.2.', ['2022-04-08'], 'Secretaría de Seguridad Ciudadana', due='08/04/2022', state='Pendiente'),
        A('Tercera sesión ordinaria: jueves 28 de abril de 2022, 11:00 horas, Puesto Central de Control I.', ['2022-04-28'], 'Secretaría Ejecutiva', due='28/04/2022', state='Programada', next_session=True),
    ],
    next={'date': '2022-04-28', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='LibreOffice Calc workbook exported to PDF, one sheet per page group (Sesión, Asistencia, Seguimiento, Acuerdos); several remarks in one cell as lines',
))

ACTAS.append(dict(
    stem='blind-s-metro-03-2022-04-28', layout='S3', esp='metro',
    body=MET_BODY, kind='sesión ordinaria', number=3, ordinal='Tercera', date='2022-04-28', start='11:00', end='13:15',
    place=MET_PLACE, topic=None, objective=None, coordinator=MET_COORD,
    attendance=[
        ('Eduardo Pacheco Landa', 'Ing.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Gerente de Instalaciones Fijas'),
        ('Gilberto Anaya Roldán', 'Lic.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Coordinador de Comunicación'),
        ('Diana Laura Mejía Robles', 'Mtra.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Directora de Atención'),
        ('Iván Rosales Guerrero', 'Suboficial', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Policía Bancaria e Industrial'),
        ('Claudia Fernández Ocampo', 'C.', 'Libre Acceso, A.C.', None, SC, 'Coordinadora'),
        ('Josué Alvarado Pineda', 'C.', 'Usuarios del Metro Organizados', None, SC, 'Vocero'),
        ('Renata Saldívar Quiroz', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora'),
        ('Óscar Villalobos Díaz', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Relator'),
    ],
    absent=[('Samuel Ortega Nava', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'Gobierno', 'Enlace'),
            ('Lorena Casillas Mata', 'Secretaría de Movilidad', 'Gobierno', 'Enlace')],
    strategies=[
        S(537, T537,
          [G(*G537_1, ['En marzo y abril los 5 módulos atendieron 391 casos; 214 fueron de personas de 18 a 29 años y 47 de niñas y adolescentes; 163 casos se canalizaron a la Fiscalía.']),
           G(*G537_2, ['Se capacitó a 1,150 elementos de la Policía Bancaria e Industrial en el protocolo de atención a víctimas de violencia sexual, en 23 grupos.'])],
          [(391, 'casos', '537.1', 'los 5 módulos atendieron 391 casos'),
           (214, 'casos', '537.1', '214 fueron de personas de 18 a 29 años'),
           (47, 'niñas y adolescentes', '537.1', '47 de niñas y adolescentes'),
           (163, 'casos', '537.1', '163 casos se canalizaron a la Fiscalía'),
           (1150, 'elementos', '537.2', 'Se capacitó a 1,150 elementos de la Policía Bancaria e Industrial'),
           (23, 'grupos', '537.2', 'en 23 grupos')],
          [('Se atendió la solicitud de desagregar los casos; la información muestra que la mayoría de las víctimas son mujeres jóvenes.', 'retroalimentacion', '537.1', 'avance', 'SE'),
           ('La capacitación no dice nada del tiempo de respuesta, que es lo que las usuarias denuncian.', 'observacion', '537.2', 'insuficiente', 'Renata Saldívar Quiroz'),
           ('La Secretaría aclaró que los tiempos de respuesta dependen del número de elementos por estación y no de la capacitación.', 'observacion', '537.2', 'instancia', 'Iván Rosales Guerrero')]),
        S(539, T539,
          [G(*G539_1, ['El tiempo promedio de publicación de los avisos bajó de 24 minutos en enero a 9 minutos en abril; se publicaron 1,872 avisos en la aplicación y en redes sociales.'])],
          [(24, 'minutos', '539.1', 'bajó de 24 minutos en enero'),
           (9, 'minutos', '539.1', 'a 9 minutos en abril'),
           (1872, 'avisos', '539.1', 'se publicaron 1,872 avisos en la aplicación y en redes sociales')],
          [('El indicador se cumple y muestra una mejora clara.', 'retroalimentacion', '539.1', 'avance', 'SE'),
           ('Los avisos no llegan a las personas sordas ni a quienes no tienen teléfono inteligente; hacen falta pantallas en los andenes.', 'observacion', '539.1', 'diseno_meta', 'Josué Alvarado Pineda')]),
    ],
    agreements=[
        A('El STC presentará el calendario de rehabilitación de elevadores, pendiente desde la segunda sesión.', [], 'Sistema de Transporte Colectivo Metro', due='Próxima sesión', state='Pendiente'),
        A('La Secretaría Ejecutiva pedirá a la Secretaría de Seguridad Ciudadana los tiempos de respuesta por estación.', ['2022-05-20'], 'Secretaría Ejecutiva', due='20/05/2022', state='En proceso'),
        A('Cuarta sesión ordinaria: jueves 26 de mayo de 2022, 11:00 horas, Puesto Central de Control I.', ['2022-05-26'], 'Secretaría Ejecutiva', due='26/05/2022', state='Programada', next_session=True),
    ],
    next={'date': '2022-05-26', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='LibreOffice Calc workbook exported to PDF, one sheet per page group (Sesión, Asistencia, Seguimiento, Acuerdos); several remarks in one cell as lines',
))

# ================================================================ S4 feminicidio (a thread of the Espacio's forum in the virtual classroom, 2021)
FEM_BODY = 'Derechos de las Familias Sobrevivientes de Feminicidio'
FEM_COORD = ('Itzel Amaranta Robles Cuéllar', 'Coordinadora del Espacio de Participación')
FEM_PLACE = 'a distancia, por videoconferencia en Google Meet'
T611 = 'Garantizar el acceso a la justicia y a la verdad a las familias de víctimas de feminicidio'
T614 = 'Brindar atención integral y reparación a hijas e hijos de víctimas de feminicidio'
T616 = 'Asegurar la participación de las familias en el diseño de las políticas de prevención del feminicidio'
G611_1 = ('611.1', 'Informar a las familias, de manera periódica y por escrito, sobre el avance de las carpetas de investigación por feminicidio',
          'Porcentaje de familias que recibieron informe escrito en el trimestre', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX')
G611_2 = ('611.2', 'Brindar asesoría jurídica gratuita a las familias en los procesos penales',
          'Número de familias con asesoría jurídica', 'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI')
G614_1 = ('614.1', 'Incorporar a hijas e hijos de víctimas de feminicidio al programa de apoyo económico',
          'Número de niñas, niños y adolescentes beneficiarios', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G614_2 = ('614.2', 'Otorgar atención psicológica especializada a hijas e hijos y personas cuidadoras',
          'Número de personas atendidas', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX')
G616_1 = ('616.1', 'Instalar mesas de trabajo con las familias para revisar los protocolos de prevención y atención',
          'Número de mesas realizadas y de familias participantes', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX')

ACTAS.append(dict(
    stem='blind-s-feminicidio-07-2021-06-15', layout='S4', esp='feminicidio',
    body=FEM_BODY, kind='sesión ordinaria', number=7, ordinal='Séptima', date='2021-06-15', start='16:00', end='18:20',
    place=FEM_PLACE, topic=None, objective=None, coordinator=FEM_COORD, post='2021-06-16 09:12',
    attendance=[
        ('Verónica Salinas Ordaz', 'Lic.', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Fiscal de Investigación del Delito de Feminicidio'),
        ('Alejandro Muñiz Carranza', 'Lic.', 'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI', IE, 'Asesor jurídico'),
        ('Beatriz Colín Esparza', 'Mtra.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirectora de Programas'),
        ('Fabiola Rentería Gómez', 'Psic.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Coordinadora de LUNAS'),
        ('Araceli Osorio Martínez', 'C.', 'Familias Unidas por la Justicia, A.C.', None, SC, 'Integrante'),
        ('Irinea Buendía Sánchez', 'C.', 'Red de Madres Buscando Justicia', None, SC, 'Vocera'),
        ('Laura Castellanos Vidal', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del PUDH'),
        ('Héctor Iván Moreno Lara', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(611, T611,
          [G(*G611_1, ['De las 184 familias con carpeta de investigación abierta, 121 recibieron un informe escrito en el trimestre, lo que representa el 65.8 por ciento.']),
           G(*G611_2, ['Se brindó asesoría jurídica a 97 familias; se acompañaron 43 audiencias y se presentaron 12 solicitudes de reparación del daño.'])],
          [(184, 'familias', '611.1', 'De las 184 familias con carpeta de investigación abierta'),
           (121, 'familias', '611.1', '121 recibieron un informe escrito en el trimestre'),
           (65.8, 'por ciento', '611.1', 'lo que representa el 65.8 por ciento'),
           (97, 'familias', '611.2', 'Se brindó asesoría jurídica a 97 familias'),
           (43, 'audiencias', '611.2', 'se acompañaron 43 audiencias'),
           (12, 'solicitudes de reparación del daño', '611.2', 'se presentaron 12 solicitudes de reparación del daño')],
          [('El porcentaje mejora frente al trimestre anterior, pero una tercera parte de las familias sigue sin informe escrito.', 'retroalimentacion', '611.1', 'insuficiente', 'SE'),
           ('El informe que nos dieron es una hoja con el número de carpeta y la frase «en integración»; eso no es informar.', 'observacion', '611.1', 'cuestiona', 'Irinea Buendía Sánchez'),
           ('La asesoría avanza; se pide distinguir cuántas familias tienen proceso penal abierto y cuántas siguen en investigación.', 'retroalimentacion', '611.2', 'solicita_datos', 'SE')]),
        S(614, T614,
          [G(*G614_1, ['El programa cuenta con 356 niñas, niños y adolescentes beneficiarios, que reciben un apoyo mensual de 3,200 pesos.']),
           G(*G614_2, None, 'Sin informe: la Secretaría de las Mujeres pidió prórroga para enviarlo.')],
          [(356, 'niñas, niños y adolescentes', '614.1', 'El programa cuenta con 356 niñas, niños y adolescentes beneficiarios'),
           (3200, 'pesos', '614.1', 'un apoyo mensual de 3,200 pesos')],
          [('Las abuelas que cuidan a las niñas y niños no saben que existe el apoyo; hace falta difundirlo en las fiscalías.', 'observacion', '614.1', 'proceso', 'Araceli Osorio Martínez'),
           ('Se exhorta a la Secretaría de las Mujeres a enviar su informe antes de la siguiente sesión.', 'retroalimentacion', '614.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de las Mujeres enviará su informe de la meta 614.2 a la Secretaría Ejecutiva a más tardar el 30 de junio de 2021.', ['2021-06-30'], 'Secretaría de las Mujeres'),
        A('La Fiscalía presentará un formato de informe escrito a las familias que incluya las diligencias realizadas.', [], 'Fiscalía'),
        A('La octava sesión ordinaria será el martes 13 de julio de 2021 a las 16:00 horas, por Google Meet.', ['2021-07-13'], None, next_session=True),
    ],
    next={'date': '2021-07-13', 'start_time': '16:00', 'end_time': None, 'strategies': []},
    notes='forum thread of the virtual classroom: the relator posts the minuta, members reply with their remarks, the coordinator closes with the agreements; post dates are not the session date',
))

ACTAS.append(dict(
    stem='blind-s-feminicidio-08-2021-07-13', layout='S4', esp='feminicidio',
    body=FEM_BODY, kind='sesión ordinaria', number=8, ordinal='Octava', date='2021-07-13', start='16:00', end='18:05',
    place=FEM_PLACE, topic=None, objective=None, coordinator=FEM_COORD, post='2021-07-14 10:47',
    attendance=[
        ('Verónica Salinas Ordaz', 'Lic.', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Fiscal de Investigación del Delito de Feminicidio'),
        ('Beatriz Colín Esparza', 'Mtra.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirectora de Programas'),
        ('Fabiola Rentería Gómez', 'Psic.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Coordinadora de LUNAS'),
        ('Citlali Aguirre Bañuelos', 'Lic.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Directora de Participación'),
        ('Araceli Osorio Martínez', 'C.', 'Familias Unidas por la Justicia, A.C.', None, SC, 'Integrante'),
        ('Irinea Buendía Sánchez', 'C.', 'Red de Madres Buscando Justicia', None, SC, 'Vocera'),
        ('Héctor Iván Moreno Lara', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(614, T614,
          [G(*G614_1, ['Se incorporaron 28 niñas, niños y adolescentes más al programa; el padrón suma 384 personas beneficiarias.']),
           G(*G614_2, ['Se otorgaron 1,460 sesiones de atención psicológica a 219 personas, de las cuales 137 son niñas, niños y adolescentes y 82 personas cuidadoras.'])],
          [(28, 'niñas, niños y adolescentes', '614.1', 'Se incorporaron 28 niñas, niños y adolescentes más al programa'),
           (384, 'personas beneficiarias', '614.1', 'el padrón suma 384 personas beneficiarias'),
           (1460, 'sesiones de atención psicológica', '614.2', 'Se otorgaron 1,460 sesiones de atención psicológica'),
           (219, 'personas', '614.2', 'a 219 personas'),
           (137, 'niñas, niños y adolescentes', '614.2', '137 son niñas, niños y adolescentes'),
           (82, 'personas cuidadoras', '614.2', '82 personas cuidadoras')],
          [('Se reconoce el crecimiento del padrón, que responde a la observación de la sesión anterior.', 'retroalimentacion', '614.1', 'avance', 'SE'),
           ('La atención se da en las LUNAS del centro y las familias de Milpa Alta y Tláhuac no pueden trasladarse cada semana.', 'observacion', '614.2', 'cuestiona', 'Araceli Osorio Martínez'),
           ('Se pide informar cuántas personas concluyeron su proceso terapéutico.', 'retroalimentacion', '614.2', 'solicita_datos', 'SE')]),
        S(616, T616,
          [G(*G616_1, ['Se realizaron 2 mesas de trabajo con 19 familias para revisar el protocolo de atención; se recibieron 34 propuestas de modificación.'])],
          [(2, 'mesas de trabajo', '616.1', 'Se realizaron 2 mesas de trabajo'),
           (19, 'familias', '616.1', 'con 19 familias'),
           (34, 'propuestas de modificación', '616.1', 'se recibieron 34 propuestas de modificación')],
          [('Las mesas son un avance, pero la meta debería medir cuántas propuestas se incorporan al protocolo.', 'retroalimentacion', '616.1', 'diseno_meta', 'SE'),
           ('Les informo que las propuestas pasarán a revisión de la Fiscalía, que es quien aprueba el protocolo.', 'observacion', '616.1', 'instancia', 'Citlali Aguirre Bañuelos')]),
    ],
    agreements=[
        A('La Secretaría de las Mujeres compartirá en este foro la relación de las 34 propuestas y su estado.', [], 'Secretaría de las Mujeres'),
        A('La Secretaría Ejecutiva solicitará a la Fiscalía el formato de informe escrito comprometido en la séptima sesión.', [], 'Secretaría Ejecutiva'),
        A('La novena sesión ordinaria será el martes 10 de agosto de 2021 a las 16:00 horas, por Google Meet.', ['2021-08-10'], None, next_session=True),
    ],
    next={'date': '2021-08-10', 'start_time': '16:00', 'end_time': None, 'strategies': []},
    notes='forum thread of the virtual classroom: the relator posts the minuta, members reply with their remarks, the coordinator closes with the agreements; post dates are not the session date',
))

# ================================================================ S5 barrios (bilingual Spanish/Náhuatl relatoría on a web page, 2019)
BAR_BODY = 'Derechos de los Pueblos y Barrios Originarios de la Ciudad de México'
BAR_COORD = ('Eréndira Tlapaltótoli Chávez', 'Coordinadora del Espacio de Participación')
BAR_PLACE = 'Casa de Cultura de Santa María Tepepan, Xochimilco'
BAR_PLACE2 = 'Coordinación Territorial de San Gregorio Atlapulco, Xochimilco'
T142 = 'Garantizar la consulta previa, libre e informada a los pueblos y barrios originarios sobre obras y proyectos en sus territorios'
T146 = 'Fortalecer la enseñanza y el uso de las lenguas originarias en los pueblos y barrios de la Ciudad de México'
T149 = 'Proteger los espacios rituales, festivos y patrimoniales de los pueblos y barrios originarios'
G142_1 = ('142.1', 'Realizar consultas previas sobre las obras públicas que afecten el territorio de los pueblos originarios',
          'Número de consultas realizadas conforme al protocolo', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
G142_2 = ('142.2', 'Publicar en lenguas originarias la información de los proyectos sometidos a consulta',
          'Número de materiales traducidos y difundidos', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
G146_1 = ('146.1', 'Abrir talleres comunitarios de náhuatl en casas de cultura de pueblos originarios',
          'Número de talleres en operación y de personas inscritas', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G146_2 = ('146.2', 'Incorporar la enseñanza de la lengua náhuatl en escuelas de educación básica de pueblos originarios',
          'Número de escuelas con enseñanza de náhuatl', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU')
G149_1 = ('149.1', 'Elaborar el inventario de espacios rituales y patrimoniales con la participación de los pueblos',
          'Inventario elaborado y validado por los pueblos', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')

ACTAS.append(dict(
    stem='blind-s-barrios-04-2019-10-08', layout='S5', esp='barrios',
    body=BAR_BODY, kind='reunión ordinaria', number=4, ordinal='Cuarta', date='2019-10-08', start='17:00', end='19:40',
    place=BAR_PLACE, topic=None, objective=None, coordinator=BAR_COORD, published='2019-10-21',
    attendance=[
        ('Juventino Ramírez Teutli', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Director de Consulta'),
        ('Marisela Quiroz Tecuanhuey', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Enlace'),
        ('Alfonso Medina Xolalpa', 'Lic.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', OT, 'Director de Pueblos Originarios'),
        ('Dolores Tenorio Amaro', 'C.', 'Concejo de Pueblos Originarios de Xochimilco', None, SC, 'Integrante'),
        ('Nicanor Galicia Chavarría', 'C.', 'Comisión de Representantes del Barrio de Xaltocan', None, SC, 'Representante'),
        ('Abigail Nápoles Cortés', 'C.', 'Colectivo Calpulli Tecpan', None, SC, 'Traductora'),
        ('Gabriel Soriano Ledezma', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador de la Unidad Xochimilco'),
        ('Natalia Bermúdez Aceves', 'Lic.', 'Secretaría Ejecutiva del Programa de Derechos Humanos de la Ciudad de México', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(142, T142,
          [G(*G142_1, ['En 2019 se realizaron 3 consultas previas: la del mercado de Santa Cecilia Tepetlapa, la del puente de Tulyehualco y la de la planta de tratamiento de San Luis Tlaxialtemalco; participaron 1,245 personas en 11 asambleas comunitarias.']),
           G(*G142_2, ['Se tradujeron al náhuatl 4 folletos y 2 cápsulas de radio sobre los proyectos consultados; se distribuyeron 6,000 ejemplares.'])],
          [(3, 'consultas previas', '142.1', 'se realizaron 3 consultas previas'),
           (1245, 'personas', '142.1', 'participaron 1,245 personas en 11 asambleas comunitarias'),
           (11, 'asambleas comunitarias', '142.1', 'en 11 asambleas comunitarias'),
           (4, 'folletos', '142.2', 'Se tradujeron al náhuatl 4 folletos'),
           (2, 'cápsulas de radio', '142.2', '2 cápsulas de radio'),
           (6000, 'ejemplares', '142.2', 'se distribuyeron 6,000 ejemplares')],
          [('Se reconoce que las consultas siguieron el protocolo; falta informar cómo se tomaron en cuenta los resultados.', 'retroalimentacion', '142.1', 'solicita_datos', 'SE'),
           ('La consulta del puente se hizo cuando la obra ya había empezado; eso no es una consulta previa.', 'observacion', '142.1', 'cuestiona', 'Dolores Tenorio Amaro'),
           ('Los folletos están en náhuatl de Milpa Alta y en Xochimilco se habla otra variante; deben revisarse con los hablantes del pueblo.', 'observacion', '142.2', 'cuestiona', 'Abigail Nápoles Cortés')]),
        S(146, T146,
          [G(*G146_1, ['Operan 9 talleres comunitarios de náhuatl en casas de cultura de Xochimilco, Tláhuac y Milpa Alta, con 214 personas inscritas.']),
           G(*G146_2, None, 'La Secretaría de Educación, Ciencia, Tecnología e Innovación no asistió y no mandó informe.')],
          [(9, 'talleres comunitarios de náhuatl', '146.1', 'Operan 9 talleres comunitarios de náhuatl'),
           (214, 'personas inscritas', '146.1', 'con 214 personas inscritas')],
          [('Avance conforme al indicador.', 'retroalimentacion', '146.1', 'avance', 'SE'),
           ('Se exhorta a la Secretaría de Educación a designar a una persona enlace y a presentar su informe.', 'retroalimentacion', '146.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Pueblos y Barrios Originarios revisará los folletos con hablantes de náhuatl de Xochimilco.', [], 'Secretaría de Pueblos y Barrios Originarios'),
        A('La Secretaría Ejecutiva enviará un oficio a la Secretaría de Educación, Ciencia, Tecnología e Innovación para solicitar su informe de la meta 146.2.', [], 'Secretaría Ejecutiva'),
        A('La quinta reunión ordinaria será el martes 12 de noviembre de 2019 a las 17:00 horas en la Coordinación Territorial de San Gregorio Atlapulco.', ['2019-11-12'], None, next_session=True),
    ],
    next={'date': '2019-11-12', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='bilingual Spanish/Náhuatl relatoría published on a web page (Chromium): headings and a summary in Náhuatl, content in Spanish; publication date is not the session date',
))

ACTAS.append(dict(
    stem='blind-s-barrios-05-2019-11-12', layout='S5', esp='barrios',
    body=BAR_BODY, kind='reunión ordinaria', number=5, ordinal='Quinta', date='2019-11-12', start='17:00', end='19:25',
    place=BAR_PLACE2, topic=None, objective=None, coordinator=BAR_COORD, published='2019-11-22',
    attendance=[
        ('Juventino Ramírez Teutli', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Director de Consulta'),
        ('Marisela Quiroz Tecuanhuey', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Enlace'),
        ('Rogelio Ibáñez Castañeda', 'Profr.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, 'Enlace'),
        ('Dolores Tenorio Amaro', 'C.', 'Concejo de Pueblos Originarios de Xochimilco', None, SC, 'Integrante'),
        ('Nicanor Galicia Chavarría', 'C.', 'Comisión de Representantes del Barrio de Xaltocan', None, SC, 'Representante'),
        ('Abigail Nápoles Cortés', 'C.', 'Colectivo Calpulli Tecpan', None, SC, 'Traductora'),
        ('Natalia Bermúdez Aceves', 'Lic.', 'Secretaría Ejecutiva del Programa de Derechos Humanos de la Ciudad de México', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(146, T146,
          [G(*G146_1, ['Se abrieron 3 talleres más, en San Gregorio Atlapulco, San Andrés Mixquic y Santa Ana Tlacotenco; los 12 talleres suman 287 personas inscritas, 61 de ellas menores de 15 años.']),
           G(*G146_2, ['La lengua náhuatl se enseña en 14 escuelas primarias de pueblos originarios de Milpa Alta y Xochimilco, con 22 promotoras y promotores bilingües.'])],
          [(3, 'talleres', '146.1', 'Se abrieron 3 talleres más'),
           (12, 'talleres', '146.1', 'los 12 talleres suman 287 personas inscritas'),
           (287, 'personas inscritas', '146.1', 'suman 287 personas inscritas'),
           (61, 'personas', '146.1', '61 de ellas menores de 15 años'),
           (14, 'escuelas primarias', '146.2', 'La lengua náhuatl se enseña en 14 escuelas primarias'),
           (22, 'promotoras y promotores bilingües', '146.2', 'con 22 promotoras y promotores bilingües')],
          [('La participación de niñas y niños en los talleres es un logro que conviene documentar.', 'retroalimentacion', '146.1', 'avance', 'SE'),
           ('Las promotoras trabajan con contrato por honorarios de seis meses; así no hay continuidad en la enseñanza.', 'observacion', '146.2', 'cuestiona', 'Abigail Nápoles Cortés'),
           ('La Secretaría explicó que la contratación de promotores depende de la Autoridad Educativa Federal y no de la Ciudad.', 'observacion', '146.2', 'instancia', 'Rogelio Ibáñez Castañeda')]),
        S(149, T149,
          [G(*G149_1, None, 'No se presentó informe; la Secretaría de Cultura informó que el inventario se trabajará en 2020.')],
          [],
          [('La meta lleva un año sin avance; se solicita un calendario de trabajo con los pueblos.', 'retroalimentacion', '149.1', 'insuficiente', 'SE'),
           ('El inventario no puede hacerlo sólo la Secretaría; tienen que participar las mayordomías de cada pueblo.', 'observacion', '149.1', 'diseno_meta', 'Nicanor Galicia Chavarría')]),
    ],
    agreements=[
        A('La Secretaría de Cultura presentará en la próxima reunión un calendario para el inventario de espacios rituales con las mayordomías.', [], 'Secretaría de Cultura'),
        A('La Secretaría de Educación, Ciencia, Tecnología e Innovación informará el tipo de contratación de las promotoras y los promotores bilingües.', [], 'Secretaría de Educación, Ciencia, Tecnología e Innovación'),
        A('La sexta reunión ordinaria será el martes 10 de diciembre de 2019 a las 17:00 horas en la Casa de Cultura de Santa María Tepepan.', ['2019-12-10'], None, next_session=True),
    ],
    next={'date': '2019-12-10', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='bilingual Spanish/Náhuatl relatoría published on a web page (Chromium): headings and a summary in Náhuatl, content in Spanish; publication date is not the session date',
))

# ================================================================ S6 unidades (two-column Word minuta with a scanned signature sheet, 2024)
UNI_BODY = 'Derecho a la Vivienda Adecuada en Unidades Habitacionales'
UNI_COORD = ('Mauricio Ledesma Bárcenas', 'Coordinador del Espacio de Participación')
UNI_PLACE = 'Salón de usos múltiples de la Unidad Habitacional Vicente Guerrero, Iztapalapa'
T722 = 'Garantizar el mantenimiento de las áreas comunes de las unidades habitacionales de interés social'
T725 = 'Reducir el riesgo estructural en los edificios de unidades habitacionales afectados por sismos'
T728 = 'Fortalecer la organización condominal y la resolución pacífica de conflictos vecinales'
G722_1 = ('722.1', 'Ejecutar obras de mantenimiento de áreas comunes mediante el programa de rescate de unidades habitacionales',
          'Número de unidades habitacionales con obra concluida', 'Procuraduría Social de la Ciudad de México', 'PROSOC')
G722_2 = ('722.2', 'Rehabilitar las redes hidráulicas internas de las unidades habitacionales con fugas reportadas',
          'Número de unidades con red hidráulica rehabilitada', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G725_1 = ('725.1', 'Realizar dictámenes de seguridad estructural en edificios con daños reportados',
          'Número de dictámenes emitidos', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC')
G725_2 = ('725.2', 'Otorgar créditos para reforzamiento estructural a condóminos de unidades habitacionales',
          'Número de créditos otorgados', 'Instituto de Vivienda de la Ciudad de México', 'INVI')
G728_1 = ('728.1', 'Capacitar a administradores y comités de vigilancia en la Ley de Propiedad en Condominio',
          'Número de personas capacitadas', 'Procuraduría Social de la Ciudad de México', 'PROSOC')

ACTAS.append(dict(
    stem='blind-s-unidades-09-2024-02-22', layout='S6', esp='unidades',
    body=UNI_BODY, kind='sesión ordinaria', number=9, ordinal='9ª', date='2024-02-22', start='10:00', end='12:50',
    place=UNI_PLACE, topic=None, objective=None, coordinator=UNI_COORD,
    attendance=[
        ('Lucero Anaya Bocanegra', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Subprocuradora de Derechos y Obligaciones de Propiedad en Condominio'),
        ('Ernesto Villegas Ríos', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Jefe de Unidad Departamental'),
        ('Adela Montoya Cruz', 'Arq.', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC', IE, 'Dictaminadora'),
        ('Raúl Santillán Ochoa', 'Lic.', 'Instituto de Vivienda de la Ciudad de México', 'INVI', IE, 'Enlace'),
        ('Gloria Esther Pineda Lugo', 'C.', 'Asociación de Condóminos de la Unidad Vicente Guerrero', None, SC, 'Presidenta'),
        ('Felipe Arreola Mancilla', 'C.', 'Frente de Unidades Habitacionales de Iztapalapa', None, SC, 'Integrante'),
        ('Sonia Cervantes Lemus', 'Mtra.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Directora de Vivienda'),
        ('Andrea Patiño Villarreal', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(722, T722,
          [G(*G722_1, ['En 2023 se concluyeron obras en 46 unidades habitacionales, con 7,830 viviendas beneficiadas y una inversión de 58.4 millones de pesos; 9 obras siguen en proceso.']),
           G(*G722_2, ['Se rehabilitó la red hidráulica interna de 12 unidades habitacionales y se repararon 318 fugas.'])],
          [(46, 'unidades habitacionales', '722.1', 'se concluyeron obras en 46 unidades habitacionales'),
           (7830, 'viviendas', '722.1', 'con 7,830 viviendas beneficiadas'),
           (58400000, 'pesos', '722.1', 'una inversión de 58.4 millones de pesos'),
           (9, 'obras', '722.1', '9 obras siguen en proceso'),
           (12, 'unidades habitacionales', '722.2', 'Se rehabilitó la red hidráulica interna de 12 unidades habitacionales'),
           (318, 'fugas', '722.2', 'se repararon 318 fugas')],
          [('El informe responde al indicador y muestra un avance importante en el año.', 'retroalimentacion', '722.1', 'avance', 'SE'),
           ('En la Vicente Guerrero la obra se entregó sin que la asamblea la recibiera y ya hay filtraciones en la impermeabilización.', 'observacion', '722.1', 'cuestiona', 'Gloria Esther Pineda Lugo'),
           ('Se solicita indicar en qué alcaldías están las 12 unidades y cuántas fugas quedan pendientes.', 'retroalimentacion', '722.2', 'solicita_datos', 'SE')]),
        S(725, T725,
          [G(*G725_1, ['Se emitieron 64 dictámenes de seguridad estructural; 11 edificios se clasificaron en riesgo alto y se recomendó su desocupación.']),
           G(*G725_2, None, 'Pendiente de entrega: el Instituto informó que su área de crédito está cerrando el ejercicio 2023.')],
          [(64, 'dictámenes de seguridad estructural', '725.1', 'Se emitieron 64 dictámenes de seguridad estructural'),
           (11, 'edificios', '725.1', '11 edificios se clasificaron en riesgo alto')],
          [('Se pide informar qué pasa con las familias de los 11 edificios en riesgo alto; la meta no puede quedarse en el dictamen.', 'retroalimentacion', '725.1', 'insuficiente', 'SE'),
           ('La Alcaldía ofrece coordinarse con Protección Civil para el censo de las familias que deben desocupar.', 'observacion', '725.1', 'proceso', 'Sonia Cervantes Lemus'),
           ('Es necesario que el Instituto entregue su informe aunque sea preliminar.', 'retroalimentacion', '725.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Procuraduría Social visitará la Unidad Vicente Guerrero con la asamblea de condóminos para revisar la obra de impermeabilización.', [], 'Procuraduría Social'),
        A('El Instituto de Vivienda enviará su informe de la meta 725.2 a más tardar el 8 de marzo de 2024.', ['2024-03-08'], 'Instituto de Vivienda'),
        A('La 10ª Sesión Ordinaria se llevará a cabo el jueves 21 de marzo de 2024 a las 10:00 hrs. en el mismo salón.', ['2024-03-21'], None, next_session=True),
    ],
    next={'date': '2024-03-21', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word minuta: one-column head, scanned signature sheet as an image with the typed transcription under it, the follow-up in a two-column continuous section, agreements inside the closing paragraph',
))

ACTAS.append(dict(
    stem='blind-s-unidades-10-2024-03-21', layout='S6', esp='unidades',
    body=UNI_BODY, kind='sesión ordinaria', number=10, ordinal='10ª', date='2024-03-21', start='10:00', end='12:30',
    place=UNI_PLACE, topic=None, objective=None, coordinator=UNI_COORD,
    attendance=[
        ('Lucero Anaya Bocanegra', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Subprocuradora de Derechos y Obligaciones de Propiedad en Condominio'),
        ('Tomás Rebollar Quintero', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Director de Capacitación Condominal'),
        ('Adela Montoya Cruz', 'Arq.', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC', IE, 'Dictaminadora'),
        ('Raúl Santillán Ochoa', 'Lic.', 'Instituto de Vivienda de la Ciudad de México', 'INVI', IE, 'Enlace'),
        ('Gloria Esther Pineda Lugo', 'C.', 'Asociación de Condóminos de la Unidad Vicente Guerrero', None, SC, 'Presidenta'),
        ('Felipe Arreola Mancilla', 'C.', 'Frente de Unidades Habitacionales de Iztapalapa', None, SC, 'Integrante'),
        ('Andrea Patiño Villarreal', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(725, T725,
          [G(*G725_1, ['A marzo se sumaron 15 dictámenes; de los 11 edificios en riesgo alto, 7 ya fueron desocupados y sus 168 familias reciben apoyo para renta.']),
           G(*G725_2, ['En 2023 el Instituto otorgó 233 créditos para reforzamiento estructural por un monto de 41.9 millones de pesos; para 2024 se programaron 300 créditos.'])],
          [(15, 'dictámenes', '725.1', 'A marzo se sumaron 15 dictámenes'),
           (7, 'edificios', '725.1', '7 ya fueron desocupados'),
           (168, 'familias', '725.1', 'sus 168 familias reciben apoyo para renta'),
           (233, 'créditos para reforzamiento estructural', '725.2', 'el Instituto otorgó 233 créditos para reforzamiento estructural'),
           (41900000, 'pesos', '725.2', 'por un monto de 41.9 millones de pesos'),
           (300, 'créditos', '725.2', 'se programaron 300 créditos')],
          [('Se atendió lo solicitado en la sesión anterior sobre las familias desalojadas.', 'retroalimentacion', '725.1', 'avance', 'SE'),
           ('El apoyo para renta no alcanza para rentar en la misma colonia y las familias se están yendo al Estado de México.', 'observacion', '725.1', 'cuestiona', 'Felipe Arreola Mancilla'),
           ('El Instituto aclaró que los créditos se otorgan a cada condómino y no a la unidad, por lo que el indicador debería medir edificios reforzados.', 'observacion', '725.2', 'diseno_meta', 'Raúl Santillán Ochoa')]),
        S(728, T728,
          [G(*G728_1, ['Se impartieron 27 cursos sobre la Ley de Propiedad en Condominio a 1,094 personas administradoras y de comités de vigilancia; 63 por ciento fueron mujeres.'])],
          [(27, 'cursos', '728.1', 'Se impartieron 27 cursos sobre la Ley de Propiedad en Condominio'),
           (1094, 'personas administradoras y de comités de vigilancia', '728.1', 'a 1,094 personas administradoras y de comités de vigilancia'),
           (63, 'por ciento', '728.1', '63 por ciento fueron mujeres')],
          [('Se sugiere medir también cuántos conflictos vecinales se resolvieron por conciliación después de la capacitación.', 'retroalimentacion', '728.1', 'desalineado', 'SE'),
           ('Los cursos son en línea y muchas personas adultas mayores que administran las unidades no pueden tomarlos.', 'observacion', '728.1', 'cuestiona', 'Gloria Esther Pineda Lugo')]),
    ],
    agreements=[
        A('La Secretaría de Gestión Integral de Riesgos y Protección Civil y la Alcaldía Iztapalapa presentarán el censo de las familias desocupadas.', [], 'Secretaría de Gestión Integral de Riesgos y Protección Civil y la Alcaldía Iztapalapa'),
        A('La Procuraduría Social programará cursos presenciales en las unidades habitacionales antes del 30 de abril de 2024.', ['2024-04-30'], 'Procuraduría Social'),
        A('La 11ª Sesión Ordinaria se llevará a cabo el jueves 25 de abril de 2024 a las 10:00 hrs. en el mismo salón.', ['2024-04-25'], None, next_session=True),
    ],
    next={'date': '2024-04-25', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word minuta: one-column head, scanned signature sheet as an image with the typed transcription under it, the follow-up in a two-column continuous section, agreements inside the closing paragraph',
))
