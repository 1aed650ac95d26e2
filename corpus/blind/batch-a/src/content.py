# -*- coding: utf-8 -*-
"""Content of the blind batch "a": one dict per acta. Strings may carry docxlib markup;
the gold takes docxlib.plain() of them. Figures: (value, unit, token as written in the INFORME)."""

DISC = 'Derechos de las Personas con Discapacidad'
MA = 'Derecho a un Medio Ambiente Sano'
LGBT = 'Derechos de las Personas LGBTTTI'
AGUA = 'Derecho al Agua y al Saneamiento'

IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, figs=()):
    if isinstance(report, str):
        report = [report]
    return dict(id=id, text=text, indicator=indicator, executor=executor, key=key, report=report, figs=list(figs))


def S(number, title, goals, feedback):
    return dict(number=number, title=title, goals=goals,
                feedback=[dict(section=f[0], goal=f[1], label=f[2], text=f[3]) for f in feedback])


def P(name, inst, key, sector, cargo=None):
    return dict(name=name, institution=inst, key=key, sector=sector, cargo=cargo)


def A(text, dates=(), strategies=(), responsible=None):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible)


R, O = 'retroalimentacion', 'observacion'

ACTAS = []

# =====================================================================================
# DISCAPACIDAD 7 — layout BA1 (landscape matrix), 2016-09-22
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-discapacidad-7-2016-09-22', layout='BA1', espacio='discapacidad',
    body=DISC, number=7, kind='sesión ordinaria', date='2016-09-22', start='10:00',
    place='Sala de juntas de la Secretaría Ejecutiva, General Prim 4, colonia Centro, Delegación Cuauhtémoc',
    topic='Seguimiento a las estrategias priorizadas del capítulo de personas con discapacidad',
    objective='Revisar el avance reportado en las estrategias 361, 366 y 370 durante el primer semestre de 2016',
    title_words='SÉPTIMA SESIÓN ORDINARIA',
    date_text='22 de septiembre de 2016', time_text='10:00 a 13:30 hrs.',
    coordinator=('Mtra. Laura Patricia Vidal Ortega', 'Coordinadora del Espacio de Participación de los Derechos de las Personas con Discapacidad'),
    attendance=[
        P('Ing. Raúl Hernández Castañeda', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Subgerente de Accesibilidad'),
        P('Lic. María Fernanda Lozano Téllez', 'SEMOVI', 'SEMOVI', IE, 'Enlace de derechos humanos'),
        P('Mtra. Gabriela Ochoa Rangel', 'STyFE', 'STYFE', IE, 'Subdirectora de Vinculación Laboral'),
        P('Lic. Pedro Alcántara Nieves', 'PGJDF', 'PGJCDMX', IE, 'Agente del Ministerio Público'),
        P('Lic. Alejandra Benítez Soria', 'TSJDF', 'TSJCDMX', IE, 'Instituto de Estudios Judiciales'),
        P('Lic. Héctor Manuel Rivas Peña', 'INDEPEDI', 'INDEPEDI', IE, 'Jefe de Unidad Departamental'),
        P('María Guadalupe del Carmen Santillán Ibarra', 'Libre Acceso, A.C.', None, SC, 'Presidenta'),
        P('Arturo Zepeda Molina', 'Colectivo Sordos en Acción', None, SC, 'Integrante'),
        P('Teresa de Jesús Ugalde Ríos', 'Confederación Mexicana de Organizaciones en favor de la Persona con Discapacidad Intelectual', None, SC, 'Vocera'),
        P('Daniela Ruiz Esquivel', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE, 'Enlace de Espacios de Participación'),
    ],
    strategies=[
        S(361, 'Garantizar la accesibilidad universal en el sistema de transporte público de la Ciudad de México', [
            G('361.1', 'Se realizan ajustes razonables en las estaciones del transporte público masivo.',
              'Número de estaciones con ajustes razonables respecto del total de estaciones.',
              'STC Metro', 'STC-METRO',
              'Durante el primer semestre de 2016 se instalaron guías podotáctiles en 12 estaciones de la Línea 1 y se colocaron 340 placas en sistema Braille en pasamanos. Se rehabilitaron 8 salvaescaleras en las estaciones Pino Suárez, Balderas y Tacubaya.',
              [(12, 'estaciones', '12 estaciones'), (340, 'placas', '340 placas'), (8, 'salvaescaleras', '8 salvaescaleras')]),
            G('361.2', 'Las unidades de transporte concesionado cuentan con espacios reservados para personas con discapacidad.',
              'Porcentaje de unidades concesionadas con espacios reservados.',
              'SEMOVI', 'SEMOVI', None),
        ], [
            (R, '361.1', 'avance', 'Se reconoce que el STC reporta datos concretos sobre las estaciones intervenidas, lo que permite dar seguimiento al indicador.'),
            (R, '361.1', 'solicita_datos', 'Es necesario informar el total de estaciones de la red para conocer qué porcentaje representan las estaciones intervenidas.'),
            (R, '361.2', 'exhorta', 'Es necesario que SEMOVI inicie acciones de verificación de las unidades concesionadas, ya que la meta no registra avance desde su programación.'),
            (O, '361.1', 'cuestiona', 'Las organizaciones de la sociedad civil cuestionan que los elevadores de varias estaciones permanezcan fuera de servicio durante meses, por lo que la instalación de guías no garantiza por sí misma la accesibilidad.'),
        ]),
        S(366, 'Promover la inclusión laboral de las personas con discapacidad en los sectores público y privado', [
            G('366.1', 'Se incrementa en 20% la colocación de personas con discapacidad en empleos formales.',
              'Número de personas con discapacidad colocadas en un empleo formal.',
              'Secretaría de Trabajo y Fomento al Empleo', 'STYFE',
              ['A través del Servicio de Empleo de la Ciudad de México se atendieron 1,214 personas con discapacidad; 386 personas fueron colocadas en un empleo formal.',
               'Se realizaron 4 ferias de empleo incluyente con la participación de 97 empresas.'],
              [(1214, 'personas', '1,214 personas'), (386, 'personas', '386 personas'), (4, 'ferias', '4 ferias'), (97, 'empresas', '97 empresas')]),
        ], [
            (R, '366.1', 'avance', 'La información permite conocer el avance de la meta, pues se reporta cuántas personas fueron colocadas.'),
            (R, '366.1', 'solicita_datos', 'Se solicita desagregar la información por tipo de discapacidad y sexo, así como el tipo de contratación obtenida.'),
            (O, '366.1', 'instancia', 'STyFE señala que la permanencia en el empleo no depende de la Secretaría, ya que el seguimiento corresponde a las empresas contratantes.'),
        ]),
        S(370, 'Garantizar el acceso a la justicia de las personas con discapacidad mediante ajustes de procedimiento', [
            G('370.1', 'Las agencias del Ministerio Público cuentan con intérpretes de Lengua de Señas Mexicana.',
              'Número de agencias con intérprete de LSM disponible.',
              'PGJDF', 'PGJCDMX',
              'Se cuenta con 6 intérpretes de Lengua de Señas Mexicana adscritos a la Fiscalía de Atención a Delitos Cometidos en Agravio de Personas con Discapacidad, quienes brindaron 153 servicios de interpretación en el periodo.',
              [(6, 'intérpretes', '6 intérpretes'), (153, 'servicios', '153 servicios')]),
            G('370.2', 'Las personas juzgadoras aplican el Protocolo de actuación para quienes imparten justicia en casos que involucren a personas con discapacidad.',
              'Porcentaje de personas juzgadoras capacitadas en el Protocolo.',
              'TSJDF', 'TSJCDMX',
              'El Instituto de Estudios Judiciales impartió el curso “Acceso a la justicia de las personas con discapacidad”, con duración de 20 horas, al que asistieron 58 personas juzgadoras y secretarias de acuerdos.',
              [(20, 'horas', '20 horas'), (58, 'personas', '58 personas')]),
        ], [
            (R, '370.1', 'diseno_meta', 'El indicador no permite medir la disponibilidad del servicio en todas las agencias, por lo que se sugiere replantearlo en la próxima actualización del Programa.'),
            (R, '370.2', 'insuficiente', 'El curso abona a la meta, pero por sí solo no da cumplimiento, ya que no se informa si las personas capacitadas aplican el Protocolo en sus resoluciones.'),
            (O, '370.1', 'proceso', 'Es necesario que acuda al Espacio personal de la Fiscalía que conozca la operación de los servicios de interpretación, pues la persona enlace no contaba con esa información.'),
        ]),
    ],
    agreements=[
        A('Se convoca a la octava sesión ordinaria del Espacio el jueves 24 de noviembre de 2016, de 10:00 a 13:30 horas, para retroalimentar las estrategias 363 y 368.', ['2016-11-24'], [363, 368]),
        A('SEMOVI enviará a la Secretaría Ejecutiva, a más tardar el 14 de octubre, el padrón de unidades concesionadas con espacios reservados.', ['2016-10-14']),
        A('La Secretaría Ejecutiva solicitará por oficio a la PGJDF que designe a una persona enlace con conocimiento de la estrategia 370.', [], [370]),
    ],
    next_session=dict(date='2016-11-24', start_time='10:00', end_time='13:30', strategies=[363, 368]),
))

# =====================================================================================
# DISCAPACIDAD 8 — layout BA4 (acta circunstanciada), 2016-11-24
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-discapacidad-8-2016-11-24', layout='BA4', espacio='discapacidad',
    body=DISC, number=8, kind='sesión ordinaria', date='2016-11-24', start='10:15',
    place='la sala de juntas del Instituto para la Integración al Desarrollo de las Personas con Discapacidad, ubicada en avenida Coyoacán 1435, colonia Del Valle, Delegación Benito Juárez',
    topic=None, objective=None,
    title_roman='VIII',
    opening=('En la Ciudad de México, siendo las diez horas con quince minutos del día jueves veinticuatro de noviembre de dos mil dieciséis, '
             'reunidos en {place}, se llevó a cabo la [[del:séptima ]][[ins:octava ]]sesión ordinaria del Espacio de Participación de los '
             'Derechos de las Personas con Discapacidad, con la asistencia de las personas que se enlistan a continuación:'),
    coordinator=('Mtra. Laura Patricia Vidal Ortega', 'Coordinadora del Espacio de Participación'),
    attendance=[
        P('Lic. Héctor Manuel Rivas Peña', 'INDEPEDI', 'INDEPEDI', IE),
        P('Dra. Claudia Esther Montaño Ruiz', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE),
        P('Lic. Joaquín Saldívar Ortiz', 'Secretaría de Educación del Distrito Federal', 'SEDU', IE),
        P('Lic. Ana Luisa Perea Gómez', 'DIF-DF', 'DIF-CDMX', IE),
        P('María Guadalupe del Carmen Santillán Ibarra', 'Libre Acceso, A.C.', None, SC),
        P('Arturo Zepeda Molina', 'Colectivo Sordos en Acción', None, SC),
        P('Lic. Ernesto Gil Barragán', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT),
        P('Daniela Ruiz Esquivel', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    strategies=[
        S(363, 'Fortalecer el registro y la certificación de la discapacidad en la Ciudad de México', [
            G('363.1', 'Se opera un padrón único de personas con discapacidad.', 'Padrón único en operación.',
              'INDEPEDI', 'INDEPEDI',
              ['El INDEPEDI concluyó el diseño de la base de datos del padrón único, que a la fecha integra 48,730[[fn:Cifra preliminar con corte al 31 de octubre de 2016.]] registros provenientes del Programa de Apoyo Económico a Personas con Discapacidad Permanente del DIF-DF.',
               'Se celebraron 3 reuniones de trabajo con la Agencia de Gestión Urbana para la interconexión de los sistemas.'],
              [(48730, 'registros', '48,730'), (3, 'reuniones', '3 reuniones')]),
            G('363.2', 'Se emiten certificados de discapacidad en las unidades hospitalarias de la Ciudad.', 'Número de certificados de discapacidad emitidos.',
              'Secretaría de Salud', 'SEDESA',
              'Se emitieron 2,105 certificados de discapacidad en 9 hospitales de la red, con un tiempo promedio de entrega de 15 días hábiles.',
              [(2105, 'certificados', '2,105 certificados'), (9, 'hospitales', '9 hospitales'), (15, 'días', '15 días')]),
        ], [
            (R, '363.1', 'avance', 'El avance en la integración del padrón es significativo y se reporta con datos verificables.'),
            (R, '363.1', 'solicita_datos', 'Se requiere precisar cuántos registros corresponden a personas que no son beneficiarias de programas sociales.'),
            (R, '363.2', 'reasignar', 'La reducción del tiempo de entrega de los certificados podría reportarse también en la estrategia 364, meta 364.2, relativa a la atención en salud.'),
            (O, '363.1', 'cuestiona', 'Las organizaciones cuestionan que el padrón se construya a partir de un programa de transferencias, lo que deja fuera a quienes no lo solicitan.'),
            (O, '363.2', 'instancia', 'SEDESA menciona que la emisión de certificados depende de la disponibilidad de médicos especialistas en rehabilitación, lo que limita su cobertura.'),
        ]),
        S(368, 'Impulsar la educación inclusiva en los niveles educativos a cargo del Gobierno de la Ciudad de México', [
            G('368.1', 'Los planteles del Instituto de Educación Media Superior cuentan con ajustes razonables para estudiantes con discapacidad.',
              'Porcentaje de planteles con ajustes razonables.',
              'Secretaría de Educación', 'SEDU', None),
        ], [
            (R, '368.1', 'exhorta', 'Es necesario que la Secretaría de Educación informe las acciones realizadas en los planteles del IEMS, ya que es la segunda sesión en que la meta no se reporta.'),
            (O, '368.1', 'instancia', 'La Secretaría de Educación refiere que la información está en poder del IEMS, que es un organismo descentralizado, y se compromete a solicitarla por oficio.'),
            (O, '368.1', 'proceso', 'Se sugiere que la Secretaría Ejecutiva envíe con anticipación el formato de reporte a las instancias, para que acudan al Espacio con la información completa.'),
        ]),
    ],
    agreements=[
        A('Las instancias enviarán sus reportes del segundo semestre a más tardar el 13 de enero de 2017.', ['2017-01-13']),
        A('El INDEPEDI presentará en la siguiente sesión el avance de la interconexión del padrón único de la estrategia 363.', [], [363]),
        A('La próxima sesión se realizará el jueves veintitrés de febrero de dos mil diecisiete a las 10:00 horas, y en ella se revisarán las estrategias 361, 366 y 368.', ['2017-02-23'], [361, 366, 368]),
    ],
    next_session=dict(date='2017-02-23', start_time='10:00', end_time=None, strategies=[361, 366, 368]),
))

# =====================================================================================
# DISCAPACIDAD 9 — layout BA3 (fichas), 2017-02-23
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-discapacidad-9-2017-02-23', layout='BA3', espacio='discapacidad',
    body=DISC, number=9, kind='sesión ordinaria', date='2017-02-23', start='10:00',
    place='Salón de usos múltiples del INDEPEDI, avenida Coyoacán 1435, colonia Del Valle',
    topic='Retroalimentación de los reportes del segundo semestre de 2016', objective=None,
    title_text='9ª Sesión Ordinaria', date_text='Jueves 23 de febrero de 2017', time_text='10:00 h',
    coordinator=('Mtra. Laura Patricia Vidal Ortega', 'Coordinación del Espacio de Participación'),
    attendance=[
        P('Ing. Raúl Hernández Castañeda', 'STC Metro', 'STC-METRO', IE, 'Subgerente de Accesibilidad'),
        P('Lic. María Fernanda Lozano Téllez', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Enlace'),
        P('Mtra. Gabriela Ochoa Rangel', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Vinculación Laboral'),
        P('Lic. Joaquín Saldívar Ortiz', 'SEDU', 'SEDU', IE, 'Asesor'),
        P('María Guadalupe del Carmen Santillán Ibarra', 'Libre Acceso, A.C.', None, SC, 'Presidenta'),
        P('Teresa de Jesús Ugalde Ríos', 'CONFE', None, SC, 'Vocera'),
        P('Daniela Ruiz Esquivel', 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(361, 'Garantizar la accesibilidad universal en el sistema de transporte público de la Ciudad de México', [
            G('361.1', 'Se realizan ajustes razonables en las estaciones del transporte público masivo.',
              'Número de estaciones con ajustes razonables respecto del total de estaciones.', 'STC Metro', 'STC-METRO',
              ['En el segundo semestre de 2016 se concluyó la instalación de guías podotáctiles en la Línea 1, con lo que suman 20 estaciones intervenidas de un total de 195 estaciones que integran la red.',
               'Se pusieron en operación 14 elevadores que se encontraban fuera de servicio.'],
              [(20, 'estaciones', '20 estaciones'), (195, 'estaciones', '195 estaciones'), (14, 'elevadores', '14 elevadores')]),
            G('361.2', 'Las unidades de transporte concesionado cuentan con espacios reservados para personas con discapacidad.',
              'Porcentaje de unidades concesionadas con espacios reservados.', 'SEMOVI', 'SEMOVI',
              'SEMOVI realizó la revisión documental de 2,340 unidades del transporte concesionado, de las cuales el 31% cuenta con espacios reservados y rampa abatible.',
              [(2340, 'unidades', '2,340 unidades'), (31, '%', '31%')]),
        ], [
            (R, '361.1', 'avance', 'Se atendió la solicitud del Espacio al informar el total de estaciones de la red, lo que permite calcular el indicador.'),
            (R, '361.2', 'solicita_datos', 'Es necesario precisar a qué rutas corresponden las unidades revisadas y si la revisión fue documental o física.'),
            (O, '361.1', 'cuestiona', 'Sociedad civil cuestiona que se reporte la reactivación de elevadores como un ajuste razonable, cuando se trata de mantenimiento que el STC debe realizar de forma ordinaria.'),
        ]),
        S(366, 'Promover la inclusión laboral de las personas con discapacidad en los sectores público y privado', [
            G('366.1', 'Se incrementa en 20% la colocación de personas con discapacidad en empleos formales.',
              'Número de personas con discapacidad colocadas en un empleo formal.', 'STyFE', 'STYFE',
              'En el segundo semestre se colocó a 412 personas con discapacidad, de las cuales 171 son mujeres; 58 personas fueron contratadas en dependencias del Gobierno de la Ciudad.',
              [(412, 'personas', '412 personas'), (171, 'mujeres', '171 son mujeres'), (58, 'personas', '58 personas')]),
        ], [
            (R, '366.1', 'avance', 'La desagregación por sexo responde a lo solicitado en la sesión anterior.'),
            (R, '366.1', 'desalineado', 'Las contrataciones en dependencias del Gobierno corresponden a otra meta del Programa, por lo que se recomienda no sumarlas en este reporte.'),
            (R, '366.1', 'solicita_datos', 'Se requiere conocer el tipo de discapacidad de las personas colocadas, información que se pidió y no se incluyó.'),
        ]),
        S(368, 'Impulsar la educación inclusiva en los niveles educativos a cargo del Gobierno de la Ciudad de México', [
            G('368.1', 'Los planteles del Instituto de Educación Media Superior cuentan con ajustes razonables para estudiantes con discapacidad.',
              'Porcentaje de planteles con ajustes razonables.', 'SEDU', 'SEDU', None),
        ], [
            (R, '368.1', 'exhorta', 'Es indispensable que la SEDU y el IEMS establezcan el diagnóstico de accesibilidad de los planteles que mandata la estrategia.'),
            (O, '368.1', 'instancia', 'La SEDU informa que envió el oficio al IEMS el 5 de diciembre y no ha recibido respuesta.'),
        ]),
    ],
    agreements=[
        A('La siguiente reunión se llevará a cabo el jueves 27 de abril de 2017 de 10:00 a 13:00 horas; se revisarán las estrategias 363 y 370.', ['2017-04-27'], [363, 370], 'Secretaría Técnica'),
        A('SEMOVI enviará la relación de rutas de las unidades revisadas.', ['2017-03-31'], [], 'SEMOVI'),
        A('La Coordinación del Espacio solicitará al IEMS que asista a la siguiente sesión.', ['2017-03-10'], [], 'Coordinación del Espacio'),
    ],
    agreement_dates_col=['27/04/2017', '31/03/2017', '10/03/2017'],
    next_session=dict(date='2017-04-27', start_time='10:00', end_time='13:00', strategies=[363, 370]),
))

# =====================================================================================
# MEDIO AMBIENTE 4 — layout BA2 (label column + goal columns), 2016-10-13
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-medioambiente-4-2016-10-13', layout='BA2', espacio='medioambiente',
    body=MA, number=4, kind='reunión de trabajo', date='2016-10-13', start='11:00',
    place='Sala de juntas de la Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX, General Prim 4, colonia Centro',
    topic=None, objective='Retroalimentar las estrategias 160 y 164',
    box_title='Reunión de trabajo No. 4', date_text='13 de octubre de 2016', time_text='11:00 horas',
    coordinator=('Ing. Diana Cortés Maldonado', 'Coordinadora del Espacio de Participación del Derecho a un Medio Ambiente Sano'),
    attendance=[
        P('Biól. Andrea Sánchez Villalobos', 'SEDEMA', 'SEDEMA', IE, 'Subdirectora de Educación Ambiental'),
        P('Ing. Marco Antonio Reyes Lugo', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Jefe de Unidad de Monitoreo Atmosférico'),
        P('Lic. Paola Quintana Medel', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocuradora de Ordenamiento Territorial'),
        P('Arq. Rodrigo Balderas Fuentes', 'Delegación Xochimilco', 'ALC-XOCHIMILCO', IE, 'Director de Desarrollo Urbano'),
        P('Lucía Amador Trejo', 'Bicitekas, A.C.', None, SC, 'Coordinadora'),
        P('Marisol Peña Andrade', 'Centro Mexicano de Derecho Ambiental, A.C.', None, SC, 'Investigadora'),
        P('Jorge Iván Medina Solís', 'Bienes Comunales de San Miguel Topilejo', None, SC, 'Comunero'),
        P('Óscar Tenorio Ballesteros', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(160, 'Mejorar la calidad del aire mediante la reducción de emisiones contaminantes en la Ciudad de México', [
            G('160.1', 'Se amplía la cobertura de la red de monitoreo atmosférico.', 'Número de estaciones de monitoreo en operación.',
              'SEDEMA', 'SEDEMA',
              ['La Dirección de Monitoreo Atmosférico mantuvo en operación 44 estaciones de monitoreo y se instalaron 2 estaciones nuevas en las delegaciones Milpa Alta y Tláhuac.',
               'Se emitieron 9 alertas por contingencia ambiental durante la temporada de ozono.'],
              [(44, 'estaciones', '44 estaciones'), (2, 'estaciones', '2 estaciones'), (9, 'alertas', '9 alertas')]),
            G('160.2', 'Se reduce la exposición de la población a contaminantes en zonas de alta afluencia.', 'Número de personas informadas sobre el Índice de Calidad del Aire.',
              'SEDEMA', 'SEDEMA',
              'Se realizaron 27 pláticas informativas sobre el Índice Metropolitano de la Calidad del Aire en escuelas primarias, con la asistencia de 1,930 alumnas y alumnos.',
              [(27, 'pláticas', '27 pláticas'), (1930, 'alumnas', '1,930 alumnas')]),
        ], [
            (R, '160.1', 'avance', 'Se reportan datos precisos sobre la operación de la red de monitoreo.'),
            (R, '160.1', 'cuestiona', 'Sociedad civil cuestiona que las nuevas estaciones se ubiquen en zonas de baja densidad poblacional mientras el oriente de la ciudad carece de cobertura suficiente.'),
            (R, '160.2', 'desalineado', 'Las pláticas en escuelas no corresponden a la meta, que se refiere a reducir la exposición en zonas de alta afluencia.'),
            (O, '160.2', 'instancia', 'SEDEMA solicita que la Secretaría Ejecutiva aclare qué se entiende por zonas de alta afluencia, ya que el Programa no lo define.'),
        ]),
        S(164, 'Proteger el suelo de conservación frente a los asentamientos humanos irregulares', [
            G('164.1', 'Se detiene el crecimiento de los asentamientos humanos irregulares en suelo de conservación.', 'Número de hectáreas recuperadas en suelo de conservación.',
              'SEDEMA-DGCORENA', 'SEDEMA',
              'Se realizaron 36 recorridos de vigilancia en coordinación con las delegaciones Tlalpan y Xochimilco, y se recuperaron 11.5 hectáreas de suelo de conservación.',
              [(36, 'recorridos', '36 recorridos'), (11.5, 'hectáreas', '11.5 hectáreas')]),
            G('164.2', 'Se atienden las denuncias ciudadanas por invasión del suelo de conservación.', 'Porcentaje de denuncias atendidas respecto de las recibidas.',
              'PAOT', 'PAOT',
              'La PAOT recib[[split]]ió 218 denun[[split]]cias relacionadas con la ocupación irregular de suelo de conservación, de las cuales concluyó 143 expedientes.',
              [(218, 'denuncias', '218 denuncias'), (143, 'expedientes', '143 expedientes')]),
            G('164.3', 'Las delegaciones con suelo de conservación cuentan con programas de ordenamiento actualizados.', 'Número de programas delegacionales actualizados.',
              'Delegación Tlalpan', 'ALC-TLALPAN', None),
        ], [
            (R, '164.1', 'solicita_datos', 'Se solicita informar la ubicación de las hectáreas recuperadas y el uso que se les dio.'),
            (R, '164.2', 'avance', 'El reporte de la PAOT permite conocer el porcentaje de denuncias atendidas, conforme al indicador.'),
            (R, '164.3', 'exhorta', 'Es necesario que la Delegación Tlalpan reporte sus acciones y designe a una persona enlace ante el Espacio.'),
            (O, '164.1', 'instancia', 'SEDEMA menciona que los recorridos dependen del apoyo de la Secretaría de Seguridad Pública, que no siempre está disponible.'),
        ]),
    ],
    agreements=[
        A('La próxima reunión de trabajo será el 8 de diciembre a las 11:00 horas y se revisarán las estrategias 162 y 167.', ['2016-12-08'], [162, 167]),
        A('La Secretaría Ejecutiva enviará un oficio a la Delegación Tlalpan para solicitar la designación de una persona enlace.'),
        A('SEDEMA compartirá con el Espacio el mapa de ubicación de las estaciones de monitoreo.'),
    ],
    next_session=dict(date='2016-12-08', start_time='11:00', end_time=None, strategies=[162, 167]),
))

# =====================================================================================
# MEDIO AMBIENTE 5 — layout BA5 (form template with content controls), 2016-12-08
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-medioambiente-5-2016-12-08', layout='BA5', espacio='medioambiente',
    body=MA, number=5, kind='reunión de trabajo', date='2016-12-08', start='11:00',
    place='Sala Tláloc, Secretaría del Medio Ambiente, Plaza de la Constitución 1, tercer piso, colonia Centro',
    topic=None, objective='Retroalimentar las estrategias 162 y 167 y dar seguimiento a los acuerdos de la cuarta reunión',
    session_word='Quinta', date_text='jueves, 8 de diciembre de 2016', time_text='11:00',
    coordinator=('Ing. Diana Cortés Maldonado', 'Coordinadora del Espacio'),
    attendance=[
        P('Biól. Andrea Sánchez Villalobos', 'SEDEMA', 'SEDEMA', IE),
        P('Ing. Tomás Vera Lugo', 'SEDEMA', 'SEDEMA', IE),
        P('Ing. Alfredo Núñez Carbajal', 'Secretaría de Obras y Servicios', 'SOBSE', IE),
        P('Lic. Paola Quintana Medel', 'PAOT', 'PAOT', IE),
        P('Lic. Sergio Alanís Rocha', 'PAOT', 'PAOT', IE),
        P('Marisol Peña Andrade', 'Centro Mexicano de Derecho Ambiental, A.C.', None, SC),
        P('Julio César Arenas Mata', 'Red Ciudadana Basura Cero', None, SC),
        P('Lic. Fabiola Ortega Ruiz', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT),
        P('Óscar Tenorio Ballesteros', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    strategies=[
        S(162, 'Reducir la generación de residuos sólidos y mejorar su manejo integral', [
            G('162.1', 'Se incrementa la separación de residuos en la fuente.', 'Porcentaje de residuos que ingresan separados a las estaciones de transferencia.',
              'Secretaría de Obras y Servicios', 'SOBSE',
              'Ingresaron separados el 42% de los residuos recibidos en las estaciones de transferencia. Se distribuyeron 15,000 trípticos sobre la Norma Ambiental NADF-024-AMBT-2013 en las 16 delegaciones.',
              [(42, '%', '42%'), (15000, 'trípticos', '15,000 trípticos'), (16, 'delegaciones', '16 delegaciones')]),
            G('162.2', 'Se fortalece el Mercado de Trueque como mecanismo de valorización de residuos.', 'Toneladas de residuos reciclables intercambiadas.',
              'SEDEMA', 'SEDEMA',
              'Se llevaron a cabo 11 ediciones del Mercado de Trueque, en las que se intercambiaron 87 toneladas de residuos reciclables.',
              [(11, 'ediciones', '11 ediciones'), (87, 'toneladas', '87 toneladas')]),
        ], [
            (R, '162.1', 'avance', 'El porcentaje reportado responde directamente al indicador de la meta.'),
            (R, '162.1', 'solicita_datos', 'Es necesario desagregar el porcentaje por delegación, ya que la separación es muy desigual entre ellas.'),
            (R, '162.2', 'insuficiente', 'El Mercado de Trueque contribuye a la meta, pero por sí solo no da cumplimiento al manejo integral de los residuos.'),
            (O, '162.1', 'instancia', 'SOBSE refiere que la recolección separada corresponde a las delegaciones, por lo que no puede reportar acciones de recolección.'),
        ]),
        S(167, 'Fortalecer los mecanismos de denuncia ciudadana en materia ambiental y del ordenamiento territorial', [
            G('167.1', 'Se reduce el tiempo de atención de las denuncias ambientales.', 'Tiempo promedio de atención de las denuncias.',
              'PAOT', 'PAOT',
              ['Durante 2016 la PAOT recibió 5,872 denuncias ciudadanas, 38% más que en 2015.',
               'El tiempo promedio de conclusión de los expedientes fue de 94 días naturales.'],
              [(5872, 'denuncias', '5,872 denuncias'), (38, '%', '38%'), (94, 'días', '94 días')]),
            G('167.2', 'Las delegaciones atienden las denuncias por ruido de establecimientos mercantiles.', 'Número de denuncias por ruido atendidas.',
              'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', None),
        ], [
            (R, '167.1', 'avance', 'La información permite dar seguimiento al indicador de tiempo promedio de atención.'),
            (R, '167.1', 'diseno_meta', 'La meta no fija un tiempo de referencia, por lo que no es posible saber si el promedio reportado representa una reducción.'),
            (R, '167.2', 'exhorta', 'Es necesario que la Delegación Cuauhtémoc informe sobre la atención de las denuncias por ruido.'),
            (O, '167.1', 'cuestiona', 'Las organizaciones cuestionan que el aumento de denuncias se presente como un logro, cuando refleja el deterioro ambiental de la ciudad.'),
            (O, '167.2', 'proceso', 'Se propone invitar a la Dirección Jurídica de la Delegación Cuauhtémoc, que es el área que atiende las denuncias.'),
        ]),
    ],
    agreements=[
        A('Se acuerda que la sexta reunión de trabajo se realice el jueves 9 de marzo de 2017, en horario de 11:00 a 14:00 horas, para dar seguimiento a las estrategias 160 y 164.', ['2017-03-09'], [160, 164]),
        A('SOBSE presentará en la siguiente reunión el porcentaje de separación de residuos por delegación de la estrategia 162.', [], [162]),
        A('La Secretaría Ejecutiva enviará a las instancias, antes del 20 de enero, el formato actualizado de reporte.', ['2017-01-20']),
    ],
    next_session=dict(date='2017-03-09', start_time='11:00', end_time='14:00', strategies=[160, 164]),
))

# =====================================================================================
# MEDIO AMBIENTE 6 — layout BA6 (hanging-label memo), 2017-03-09
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-medioambiente-6-2017-03-09', layout='BA6', espacio='medioambiente',
    body=MA, number=6, kind='reunión de trabajo', date='2017-03-09', start='11:00',
    place='Sala Tláloc de la SEDEMA, Plaza de la Constitución 1, tercer piso',
    topic='Seguimiento a calidad del aire y suelo de conservación', objective=None,
    title_words='Sexta Reunión de Trabajo', date_text='9 de marzo de 2017', time_text='11:00 a 14:00 horas',
    coordinator=('Ing. Diana Cortés Maldonado', 'Coordinadora del Espacio de Participación'),
    attendance=[
        P('Biól. Andrea Sánchez Villalobos', 'SEDEMA', 'SEDEMA', IE, 'Subdirectora de Educación Ambiental'),
        P('Ing. Marco Antonio Reyes Lugo', 'SEDEMA', 'SEDEMA', IE, 'Jefe de Unidad de Monitoreo Atmosférico'),
        P('Lic. Paola Quintana Medel', 'PAOT', 'PAOT', IE, 'Subprocuradora de Ordenamiento Territorial'),
        P('Arq. Leticia Ferrer Galván', 'Delegación Tlalpan', 'ALC-TLALPAN', IE, 'Subdirectora de Planeación'),
        P('Lucía Amador Trejo', 'Bicitekas, A.C.', None, SC, 'Coordinadora'),
        P('Marisol Peña Andrade', 'CEMDA', None, SC, 'Investigadora'),
        P('Jorge Iván Medina Solís', 'Bienes Comunales de San Miguel Topilejo', None, SC, 'Comunero'),
        P('Óscar Tenorio Ballesteros', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(160, 'Mejorar la calidad del aire mediante la reducción de emisiones contaminantes en la Ciudad de México', [
            G('160.1', 'Se amplía la cobertura de la red de monitoreo atmosférico.', 'Número de estaciones de monitoreo en operación.',
              'SEDEMA', 'SEDEMA',
              'Se mantuvieron en operación 46 estaciones de monitoreo. Se publicó el mapa de ubicación de las estaciones en el portal de la Secretaría.',
              [(46, 'estaciones', '46 estaciones')]),
            G('160.2', 'Se reduce la exposición de la población a contaminantes en zonas de alta afluencia.', 'Número de personas informadas sobre el Índice de Calidad del Aire.',
              'SEDEMA', 'SEDEMA',
              'Se instalaron 6 pantallas informativas del Índice de Calidad del Aire en estaciones del Metrobús de alta afluencia, que se actualizan cada hora.',
              [(6, 'pantallas', '6 pantallas')]),
        ], [
            (R, '160.1', 'avance', 'Se atendió el acuerdo de compartir el mapa de ubicación de las estaciones.'),
            (R, '160.2', 'avance', 'Las pantallas en estaciones de alta afluencia responden a lo que plantea la meta.'),
            (R, '160.2', 'solicita_datos', 'Se sugiere informar el número de personas usuarias de las estaciones donde se instalaron las pantallas, para estimar el alcance de la medida.'),
            (O, '160.1', 'cuestiona', 'Sociedad civil cuestiona que la red no mida partículas PM2.5 en todas las estaciones.'),
        ]),
        S(164, 'Proteger el suelo de conservación frente a los asentamientos humanos irregulares', [
            G('164.1', 'Se detiene el crecimiento de los asentamientos humanos irregulares en suelo de conservación.', 'Número de hectáreas recuperadas en suelo de conservación.',
              'SEDEMA-DGCORENA', 'SEDEMA',
              'Se recuperaron 7 hectáreas en los poblados de San Miguel Ajusco y San Andrés Totoltepec y se [[del:instalaron]][[ins:construyeron]] 1,500 metros lineales de zanja trinchera para evitar nuevas ocupaciones.',
              [(7, 'hectáreas', '7 hectáreas'), (1500, 'metros', '1,500 metros')]),
            G('164.2', 'Se atienden las denuncias ciudadanas por invasión del suelo de conservación.', 'Porcentaje de denuncias atendidas respecto de las recibidas.',
              'PAOT', 'PAOT',
              'La PAOT emitió 23 resoluciones administrativas y 4 dictámenes técnicos sobre ocupación de suelo de conservación.',
              [(23, 'resoluciones', '23 resoluciones'), (4, 'dictámenes', '4 dictámenes')]),
            G('164.3', 'Las delegaciones con suelo de conservación cuentan con programas de ordenamiento actualizados.', 'Número de programas delegacionales actualizados.',
              'Delegación Tlalpan', 'ALC-TLALPAN',
              'La Delegación Tlalpan informó que su programa delegacional de desarrollo urbano se encuentra en proceso de actualización ante la SEDUVI.'),
        ], [
            (R, '164.1', 'avance', 'Se reporta la ubicación de las hectáreas recuperadas, como se solicitó en la cuarta reunión.'),
            (R, '164.2', 'reasignar', 'Las resoluciones administrativas de la PAOT podrían reportarse también en la estrategia 167, meta 167.1.'),
            (R, '164.3', 'insuficiente', 'La actualización del programa abona a la meta, pero por sí sola no le da cumplimiento mientras no se apruebe y publique.'),
            (O, '164.3', 'instancia', 'La Delegación Tlalpan señala que la aprobación del programa no depende de ella, sino de la Asamblea Legislativa.'),
        ]),
    ],
    agreements=[
        A('La séptima reunión de trabajo se llevará a cabo el 11 de mayo, de 11:00 a 14:00 horas, y se retroalimentarán las estrategias 162 y 167.', ['2017-05-11'], [162, 167]),
        A('La PAOT y la SEDEMA realizarán una mesa de trabajo sobre vigilancia del suelo de conservación el 30 de marzo.', ['2017-03-30']),
    ],
    next_session=dict(date='2017-05-11', start_time='11:00', end_time='14:00', strategies=[162, 167]),
))

# =====================================================================================
# LGBTTTI 11 — layout BA4 (acta circunstanciada), 2017-04-20
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-lgbttti-11-2017-04-20', layout='BA4', espacio='lgbttti',
    body=LGBT, number=11, kind='sesión ordinaria', date='2017-04-20', start='16:00',
    place='las instalaciones del Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México, General Prim 10, colonia Centro, Delegación Cuauhtémoc',
    topic=None, objective=None,
    title_roman='XI',
    opening=('En la Ciudad de México, siendo las dieciséis horas del día jueves veinte de abril de dos mil diecisiete, en {place}, '
             'se reunieron las personas integrantes del Espacio de Participación de los Derechos de las Personas LGBTTTI para celebrar su '
             'sesión ordinaria[[ins: número once]], conforme a la convocatoria [[del:enviada ]][[ins:remitida ]]por la Secretaría Ejecutiva. Asistieron:'),
    coordinator=('Lic. Alonso Marín Cuevas', 'Coordinador del Espacio de Participación de los Derechos de las Personas LGBTTTI'),
    attendance=[
        P('Lic. Ricardo Olvera Santoyo', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE),
        P('Lic. Itzel Barrón Meza', 'SEDESO', 'SEDESO', IE),
        P('Mtra. Alma Rosa Peralta Cruz', 'PGJCDMX', 'PGJCDMX', IE),
        P('Suboficial Gerardo Lima Téllez', 'SSP-CDMX', 'SSPCDMX', IE),
        P('Lic. Mónica Azpeitia Luna', 'COPRED', 'COPRED', IE),
        P('Victoria Sámano Lara', 'Casa de las Muñecas Tiresias, A.C.', None, SC),
        P('Diego Armando Solís Pineda', 'Colectivo Diversidad Sin Fronteras', None, SC),
        P('Kenya Ramírez Alcocer', 'Red de Juventudes Trans', None, SC),
        P('Rubén Galindo Arce', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    strategies=[
        S(547, 'Garantizar el reconocimiento de la identidad de género de las personas trans', [
            G('547.1', 'Se agiliza el procedimiento administrativo de reconocimiento de identidad de género ante el Registro Civil.',
              'Número de actas de nacimiento por reconocimiento de identidad de género expedidas.',
              'Consejería Jurídica y de Servicios Legales – Dirección General del Registro Civil', 'CEJUR',
              ['Entre el 5 de febrero de 2015 y el 31 de marzo de 2017 se expidieron 2,478 actas de nacimiento por reconocimiento de identidad de género.',
               'Del total, 1,612 actas corresponden a mujeres trans y 866 actas a hombres trans; 312 personas solicitantes nacieron en otras entidades federativas.'],
              [(2478, 'actas', '2,478 actas'), (1612, 'actas', '1,612 actas'), (866, 'actas', '866 actas'), (312, 'personas', '312 personas')]),
            G('547.2', 'Las dependencias actualizan sus registros administrativos conforme a la identidad de género reconocida.',
              'Número de dependencias con registros actualizados.', 'SEDESO', 'SEDESO', None),
        ], [
            (R, '547.1', 'avance', 'Los datos reportados permiten conocer el alcance del procedimiento y están desagregados.'),
            (R, '547.1', 'solicita_datos', 'Se solicita informar cuántas solicitudes fueron rechazadas y por qué motivos.'),
            (R, '547.2', 'exhorta', 'Es necesario que SEDESO informe cómo actualiza los padrones de sus programas sociales conforme a la identidad reconocida.'),
            (O, '547.1', 'cuestiona', 'Las organizaciones cuestionan que el procedimiento excluya a las personas adolescentes trans, quienes deben acudir a un juicio.'),
            (O, '547.2', 'instancia', 'SEDESO menciona que la actualización de padrones corresponde a cada programa social y que solicitará la información a las áreas.'),
        ]),
        S(553, 'Garantizar el acceso a la justicia a las personas LGBTTTI víctimas de delitos cometidos por prejuicio', [
            G('553.1', 'Las denuncias por delitos cometidos por prejuicio por orientación sexual o identidad de género se investigan con un protocolo especializado.',
              'Número de carpetas de investigación iniciadas con aplicación del protocolo.', 'PGJCDMX', 'PGJCDMX',
              'Se iniciaron 64 carpetas de investigación por delitos cometidos contra personas LGBTTTI, entre ellas 9 carpetas por homicidio. Se capacitó a 140 agentes del Ministerio Público en el Protocolo de actuación para la atención a personas LGBTTTI[[fn:Acuerdo A/007/2012 del Procurador General de Justicia del Distrito Federal.]].',
              [(64, 'carpetas', '64 carpetas'), (9, 'carpetas', '9 carpetas'), (140, 'agentes', '140 agentes')]),
            G('553.2', 'Los cuerpos policiales actúan sin discriminación en la atención de personas LGBTTTI.',
              'Número de elementos policiales capacitados.', 'SSPDF', 'SSPCDMX',
              'La Universidad de la Policía impartió 12 cursos sobre diversidad sexual y derechos humanos a 1,080 elementos policiales.',
              [(12, 'cursos', '12 cursos'), (1080, 'elementos', '1,080 elementos')]),
        ], [
            (R, '553.1', 'avance', 'Se reconoce que la PGJCDMX presente datos desagregados de las carpetas de investigación.'),
            (R, '553.1', 'solicita_datos', 'Es necesario informar en cuántas carpetas se acreditó el móvil de prejuicio y cuántas fueron judicializadas.'),
            (R, '553.2', 'insuficiente', 'La capacitación contribuye a la meta, pero por sí sola no garantiza la actuación sin discriminación de los cuerpos policiales.'),
            (O, '553.2', 'cuestiona', 'Sociedad civil cuestiona que persistan detenciones arbitrarias de mujeres trans trabajadoras sexuales en la Calzada de Tlalpan.'),
        ]),
    ],
    agreements=[
        A('SEDESO enviará por escrito, antes del 19 de mayo, el procedimiento de actualización de sus padrones.', ['2017-05-19']),
        A('La PGJCDMX presentará en la próxima sesión el número de carpetas judicializadas de la estrategia 553.', [], [553]),
        A('Próxima sesión: 15/VI/2017, 16:00 horas, para retroalimentar las estrategias 549 y 551.', ['2017-06-15'], [549, 551]),
    ],
    next_session=dict(date='2017-06-15', start_time='16:00', end_time=None, strategies=[549, 551]),
))

# =====================================================================================
# LGBTTTI 12 — layout BA1 (landscape matrix), 2017-06-15
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-lgbttti-12-2017-06-15', layout='BA1', espacio='lgbttti',
    body=LGBT, number=12, kind='sesión ordinaria', date='2017-06-15', start='16:00',
    place='Sala de juntas del COPRED, General Prim 10, colonia Centro, Delegación Cuauhtémoc',
    topic=None, objective='Retroalimentar las estrategias 549 y 551 y dar seguimiento a los acuerdos de la sesión XI',
    title_words='DUODÉCIMA SESIÓN ORDINARIA',
    date_text='15/06/2017', time_text='16:00 horas',
    coordinator=('Lic. Alonso Marín Cuevas', 'Coordinador del Espacio'),
    attendance=[
        P('Dr. Andrés Téllez Guerrero', 'Clínica Especializada Condesa', 'SEDESA', IE, 'Jefe de Servicio'),
        P('Lic. Sandra Luz Benavides Ortega', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Enlace'),
        P('Lic. Mónica Azpeitia Luna', 'COPRED', 'COPRED', IE, 'Subdirectora de Atención Ciudadana'),
        P('Lic. Itzel Barrón Meza', 'SEDESO', 'SEDESO', IE, 'Jefa de Unidad Departamental'),
        P('Mtra. Alma Rosa Peralta Cruz', 'PGJCDMX', 'PGJCDMX', IE, 'Fiscal de Mesa'),
        P('Victoria Sámano Lara', 'Casa de las Muñecas Tiresias, A.C.', None, SC, 'Directora'),
        P('Diego Armando Solís Pineda', 'Colectivo Diversidad Sin Fronteras', None, SC, 'Integrante'),
        P('Kenya Ramírez Alcocer', 'Red de Juventudes Trans', None, SC, 'Integrante'),
        P('Rubén Galindo Arce', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(549, 'Garantizar el acceso a servicios de salud integrales y libres de discriminación para las personas LGBTTTI', [
            G('549.1', 'Las personas trans acceden a servicios de hormonización con acompañamiento médico.',
              'Número de personas trans atendidas en la Clínica Especializada Condesa.',
              'SEDESA – Clínica Especializada Condesa Iztapalapa', 'SEDESA',
              'La Clínica Especializada Condesa Iztapalapa atendió a 876 personas trans[[fn:Periodo de enero a mayo de 2017.]] en el programa de atención integral; 512 personas iniciaron tratamiento de hormonización.',
              [(876, 'personas', '876 personas'), (512, 'personas', '512 personas')]),
            G('549.2', 'Se capacita al personal de salud en atención libre de discriminación.',
              'Número de personas servidoras públicas del sector salud capacitadas.', 'Secretaría de Salud', 'SEDESA',
              'Se realizaron 18 talleres de sensibilización dirigidos a 432 trabajadoras y trabajadores de los centros de salud.',
              [(18, 'talleres', '18 talleres'), (432, 'trabajadoras', '432 trabajadoras')]),
        ], [
            (R, '549.1', 'avance', 'El reporte permite conocer la demanda de atención y el número de personas en tratamiento.'),
            (R, '549.1', 'solicita_datos', 'Se solicita informar el tiempo de espera para la primera consulta y si existe lista de espera.'),
            (R, '549.2', 'desalineado', 'Se recomienda no incluir los talleres dirigidos a personal administrativo, ya que la meta se refiere al personal de salud.'),
            (O, '549.1', 'cuestiona', 'Sociedad civil cuestiona que la atención se concentre en una sola clínica ubicada en el oriente de la ciudad.'),
        ]),
        S(551, 'Prevenir y sancionar la discriminación por orientación sexual, identidad y expresión de género', [
            G('551.1', 'Se atienden las quejas por discriminación con enfoque de diversidad sexual.',
              'Número de quejas y reclamaciones atendidas.', 'COPRED', 'COPRED',
              'El COPRED atendió 97 quejas y reclamaciones por discriminación por orientación sexual o identidad de género, lo que representa el 17% del total de casos recibidos.',
              [(97, 'quejas', '97 quejas'), (17, '%', '17%')]),
            G('551.2', 'Se realizan campañas de difusión sobre el derecho a la no discriminación de las personas LGBTTTI.',
              'Número de campañas realizadas.', 'SEDESO', 'SEDESO', None),
        ], [
            (R, '551.1', 'avance', 'El reporte del COPRED permite dimensionar la discriminación por orientación sexual dentro del total de casos.'),
            (R, '551.1', 'solicita_datos', 'Es necesario informar cuántas quejas concluyeron con acuerdo de conciliación.'),
            (R, '551.2', 'exhorta', 'Es necesario que SEDESO inicie la campaña de difusión que mandata la meta.'),
            (O, '551.2', 'instancia', 'SEDESO refiere que la campaña está programada para el segundo semestre de 2017.'),
        ]),
    ],
    agreements=[
        A('Se convoca a la décima tercera sesión ordinaria el jueves 17 de agosto de 2017, de 16:00 a 19:00 horas, para revisar las estrategias 553 y 555.', ['2017-08-17'], [553, 555]),
        A('La Clínica Especializada Condesa presentará el tiempo promedio de espera para la primera consulta.'),
        A('SEDESO enviará la programación de la campaña de difusión de la estrategia 551 antes del 14 de julio.', ['2017-07-14'], [551]),
    ],
    next_session=dict(date='2017-08-17', start_time='16:00', end_time='19:00', strategies=[553, 555]),
))

# =====================================================================================
# LGBTTTI 13 — layout BA6 (hanging-label memo), 2017-08-17
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-lgbttti-13-2017-08-17', layout='BA6', espacio='lgbttti',
    body=LGBT, number=13, kind='sesión ordinaria', date='2017-08-17', start='16:00',
    place='Sala de juntas del COPRED, General Prim 10, Centro',
    topic=None, objective='Retroalimentación de las estrategias 553 y 555',
    title_words='Décima Tercera Sesión Ordinaria', date_text='jueves 17 de agosto de 2017', time_text='16:00 a 19:00 horas',
    coordinator=('Lic. Alonso Marín Cuevas', 'Coordinador del Espacio de Participación'),
    attendance=[
        P('Mtra. Alma Rosa Peralta Cruz', 'PGJCDMX', 'PGJCDMX', IE, 'Fiscal de Mesa'),
        P('Lic. Mónica Azpeitia Luna', 'COPRED', 'COPRED', IE, 'Subdirectora de Atención Ciudadana'),
        P('Lic. Francisco Javier Nava Olmos', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Coordinador de Ventanilla Única'),
        P('Victoria Sámano Lara', 'Casa de las Muñecas Tiresias, A.C.', None, SC, 'Directora'),
        P('Diego Armando Solís Pineda', 'Colectivo Diversidad Sin Fronteras', None, SC, 'Integrante'),
        P('Mtra. Regina Fuentes Aldama', 'CDHDF', 'CDHDF', OT, 'Visitadora adjunta'),
        P('Rubén Galindo Arce', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(553, 'Garantizar el acceso a la justicia a las personas LGBTTTI víctimas de delitos cometidos por prejuicio', [
            G('553.1', 'Las denuncias por delitos cometidos por prejuicio por orientación sexual o identidad de género se investigan con un protocolo especializado.',
              'Número de carpetas de investigación iniciadas con aplicación del protocolo.', 'PGJCDMX', 'PGJCDMX',
              'De las 64 carpetas de investigación reportadas en el periodo anterior, 11 carpetas fueron judicializadas y en 3 casos se acreditó el móvil de prejuicio.',
              [(64, 'carpetas', '64 carpetas'), (11, 'carpetas', '11 carpetas'), (3, 'casos', '3 casos')]),
            G('553.2', 'Los cuerpos policiales actúan sin discriminación en la atención de personas LGBTTTI.',
              'Número de elementos policiales capacitados.', 'SSP-CDMX', 'SSPCDMX', None),
        ], [
            (R, '553.1', 'avance', 'Se atendió el acuerdo de la sesión XI al informar el número de carpetas judicializadas.'),
            (R, '553.2', 'exhorta', 'Es necesario que la SSP-CDMX reporte las acciones de la estrategia y que acuda al Espacio.'),
            (O, '553.1', 'cuestiona', 'Las organizaciones cuestionan que el móvil de prejuicio se acreditara en tan pocos casos, lo que evidencia que el protocolo no se aplica.'),
        ]),
        S(555, 'Capacitar a las personas servidoras públicas en el respeto de los derechos de las personas LGBTTTI', [
            G('555.1', 'Se capacita al personal de atención ciudadana de las dependencias.',
              'Número de personas servidoras públicas capacitadas.', 'COPRED', 'COPRED',
              ['Se impartió el curso en línea “Diversidad sexual y derechos humanos” a 2,315 personas servidoras públicas de 38 dependencias.',
               'La tasa de acreditación fue de 81%.'],
              [(2315, 'personas', '2,315 personas'), (38, 'dependencias', '38 dependencias'), (81, '%', '81%')]),
            G('555.2', 'Las delegaciones capacitan al personal de sus ventanillas únicas.',
              'Número de personas capacitadas en las delegaciones.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA',
              'Se capacitó a 45 personas servidoras públicas de la Ventanilla Única Delegacional en coordinación con el COPRED.',
              [(45, 'personas', '45 personas')]),
        ], [
            (R, '555.1', 'avance', 'El curso en línea permite alcanzar a un número amplio de personas servidoras públicas.'),
            (R, '555.1', 'solicita_datos', 'Se sugiere informar a qué dependencias pertenecen las personas capacitadas y qué funciones desempeñan.'),
            (O, '555.2', 'proceso', 'Se propone invitar al Espacio a las demás delegaciones, ya que solo Iztapalapa ha reportado acciones.'),
        ]),
    ],
    agreements=[
        A('La decimocuarta sesión se llevará a cabo el jueves 19 de octubre, a las 16:00 horas; se retroalimentarán las estrategias 547 y 549.', ['2017-10-19'], [547, 549]),
        A('La Secretaría Ejecutiva enviará un oficio a la SSP-CDMX para solicitar su asistencia.'),
        A('El COPRED compartirá la lista de dependencias participantes en el curso en línea.'),
    ],
    next_session=dict(date='2017-10-19', start_time='16:00', end_time=None, strategies=[547, 549]),
))

# =====================================================================================
# AGUA 2 — layout BA3 (fichas), 2016-08-25
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-agua-2-2016-08-25', layout='BA3', espacio='agua',
    body=AGUA, number=2, kind='reunión de trabajo', date='2016-08-25', start='12:00',
    place='Oficinas centrales del Sistema de Aguas de la Ciudad de México, Nezahualcóyotl 109, colonia Centro',
    topic=None, objective='Retroalimentar las estrategias 180 y 186',
    title_text='Segunda Reunión de Trabajo', date_text='25 de agosto de 2016', time_text='12:00 horas',
    coordinator=('Lic. Ernesto Cabrera Sandoval', 'Coordinador del Espacio de Participación del Derecho al Agua y al Saneamiento'),
    attendance=[
        P('Ing. Ramón Esquivel Torres', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Director de Agua Potable y Potabilización'),
        P('Ing. Lourdes Carrillo Nava', 'SACMEX', 'SACMEX', IE, 'Jefa de Unidad Departamental de Atención a Usuarios'),
        P('Lic. Fernando Ugarte Sosa', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Director de Participación Ciudadana'),
        P('Claudia Romero Beltrán', 'Coalición de Organizaciones Mexicanas por el Derecho al Agua', None, SC, 'Coordinadora'),
        P('Pedro Xicoténcatl Flores', 'Asamblea Vecinal de la Sierra de Santa Catarina', None, SC, 'Vocero'),
        P('Mariana Olguín Paredes', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(180, 'Garantizar el acceso al agua potable en cantidad y calidad suficientes en las zonas con suministro deficiente', [
            G('180.1', 'Se incrementa la cobertura de la red de agua potable en las colonias con suministro deficiente.',
              'Número de viviendas incorporadas a la red.', 'SACMEX', 'SACMEX',
              ['Se construyeron 18.4 kilómetros de red secundaria de agua potable en 9 colonias de las delegaciones Iztapalapa y Tláhuac, en beneficio de 6,200 viviendas.',
               'Se sustituyeron 2,650 tomas domiciliarias.'],
              [(18.4, 'kilómetros', '18.4 kilómetros'), (9, 'colonias', '9 colonias'), (6200, 'viviendas', '6,200 viviendas'), (2650, 'tomas', '2,650 tomas')]),
            G('180.2', 'Se mejora la distribución del agua por tandeo en la Delegación Iztapalapa.',
              'Número de colonias con tandeo atendidas.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA',
              'La Delegación distribuyó 41,300 viajes de agua potable en carros tanque a 74 colonias con tandeo.',
              [(41300, 'viajes', '41,300 viajes'), (74, 'colonias', '74 colonias')]),
        ], [
            (R, '180.1', 'avance', 'Se reportan datos duros que permiten conocer el número de viviendas beneficiadas.'),
            (R, '180.1', 'solicita_datos', 'Es necesario informar el número de personas beneficiadas y la continuidad del servicio en esas colonias.'),
            (R, '180.2', 'insuficiente', 'La distribución en carros tanque atiende la emergencia, pero por sí sola no da cumplimiento a la mejora del tandeo.'),
            (R, '180.2', 'cuestiona', 'Sociedad civil cuestiona el cobro irregular de las pipas en algunas colonias de la Sierra de Santa Catarina.'),
        ]),
        S(186, 'Ampliar la cobertura de drenaje y saneamiento en los asentamientos con rezago', [
            G('186.1', 'Las viviendas de los poblados rurales cuentan con drenaje o con alternativas de saneamiento.',
              'Porcentaje de viviendas de poblados rurales con servicio de saneamiento.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', None),
        ], [
            (R, '186.1', 'exhorta', 'Es necesario que el SACMEX informe sobre las acciones de saneamiento en los poblados rurales de Milpa Alta y Tlalpan.'),
            (R, '186.1', 'instancia', 'El SACMEX menciona que la información de drenaje está a cargo de otra dirección y que la traerá a la siguiente reunión.'),
        ]),
    ],
    agreements=[
        A('La próxima reunión de trabajo se llevará a cabo el 27 de octubre de 2016 a las 12:00 horas, para revisar las estrategias 182 y 188.', ['2016-10-27'], [182, 188], 'Secretaría Ejecutiva'),
        A('El SACMEX traerá la información de saneamiento de la estrategia 186.', ['2016-10-27'], [186], 'SACMEX'),
        A('La Delegación Iztapalapa informará sobre los mecanismos de control del reparto de pipas.', ['2016-10-27'], [], 'Delegación Iztapalapa'),
    ],
    agreement_dates_col=['27/10/2016', '27/10/2016', '27/10/2016'],
    next_session=dict(date='2016-10-27', start_time='12:00', end_time=None, strategies=[182, 188]),
))

# =====================================================================================
# AGUA 3 — layout BA5 (form template), 2016-10-27
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-agua-3-2016-10-27', layout='BA5', espacio='agua',
    body=AGUA, number=3, kind='reunión de trabajo', date='2016-10-27', start='12:00',
    place='Sala de juntas del SACMEX, Nezahualcóyotl 109, colonia Centro',
    topic=None, objective='Retroalimentar las estrategias 182 y 188',
    session_word='Tercera', date_text='jueves, 27 de octubre de 2016', time_text='12:00',
    coordinator=('Lic. Ernesto Cabrera Sandoval', 'Coordinador del Espacio'),
    attendance=[
        P('Ing. Ramón Esquivel Torres', 'SACMEX', 'SACMEX', IE),
        P('Ing. Lourdes Carrillo Nava', 'SACMEX', 'SACMEX', IE),
        P('Biól. Andrea Sánchez Villalobos', 'SEDEMA', 'SEDEMA', IE),
        P('Lic. Joaquín Saldívar Ortiz', 'Secretaría de Educación', 'SEDU', IE),
        P('Lic. Fernando Ugarte Sosa', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE),
        P('Claudia Romero Beltrán', 'COMDA', None, SC),
        P('Pedro Xicoténcatl Flores', 'Asamblea Vecinal de la Sierra de Santa Catarina', None, SC),
        P('Mariana Olguín Paredes', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    strategies=[
        S(182, 'Garantizar el abasto de agua en situaciones de emergencia y escasez', [
            G('182.1', 'Se establece un protocolo de distribución de agua en carros tanque con criterios de equidad.',
              'Protocolo publicado y en operación.', 'SACMEX', 'SACMEX',
              'Se elaboró el proyecto de Lineamientos para la distribución gratuita de agua en carros tanque, que fue remitido a la Consejería Jurídica para su revisión.'),
            G('182.2', 'Se instalan sistemas de captación de agua de lluvia en viviendas con tandeo.',
              'Número de sistemas de captación instalados.', 'SEDEMA', 'SEDEMA',
              'El Programa de Captación de Agua de Lluvia instaló 1,200 sistemas en viviendas de las delegaciones Iztapalapa y Tlalpan, con capacidad de 5,000 litros cada uno.',
              [(1200, 'sistemas', '1,200 sistemas'), (5000, 'litros', '5,000 litros')]),
            G('182.3', 'Se atienden las solicitudes de agua en carros tanque en un plazo no mayor a 72 horas.',
              'Porcentaje de solicitudes atendidas en el plazo.', 'Delegación Tláhuac', 'ALC-TLAHUAC', None),
        ], [
            (R, '182.1', 'avance', 'Los lineamientos representan un avance relevante para la meta, aunque aún no se publican.'),
            (R, '182.2', 'avance', 'La captación de agua de lluvia es una alternativa adecuada y se reporta con datos duros.'),
            (R, '182.2', 'solicita_datos', 'Se requiere conocer los criterios de selección de las viviendas beneficiadas.'),
            (R, '182.3', 'exhorta', 'Es necesario que la Delegación Tláhuac informe sobre los tiempos de atención de las solicitudes.'),
            (O, '182.1', 'cuestiona', 'Sociedad civil cuestiona que los lineamientos se elaboraran sin consultar a las personas usuarias de las colonias con tandeo.'),
        ]),
        S(188, 'Garantizar el acceso al agua potable en las escuelas públicas', [
            G('188.1', 'Las escuelas públicas de educación básica cuentan con bebederos de agua potable.',
              'Número de escuelas con bebederos instalados.', 'SEDU', 'SEDU',
              'En coordinación con la autoridad educativa federal se instalaron bebederos en 132 escuelas de educación básica, en beneficio de 41,000[[fn:Estimación con base en la matrícula del ciclo escolar 2016-2017.]] estudiantes.',
              [(132, 'escuelas', '132 escuelas'), (41000, 'estudiantes', '41,000')]),
        ], [
            (R, '188.1', 'solicita_datos', 'Es necesario informar el mecanismo de mantenimiento de los bebederos y la verificación de la calidad del agua.'),
            (R, '188.1', 'diseno_meta', 'La meta no establece un porcentaje de escuelas a cubrir, por lo que no es posible medir el avance.'),
            (O, '188.1', 'instancia', 'SEDU señala que la instalación corresponde al INIFED y que la Secretaría solo coordina la selección de planteles.'),
        ]),
    ],
    agreements=[
        A('La cuarta reunión de trabajo será el jueves 26 de enero de 2017, de 12:00 a 14:30 horas; se revisarán las estrategias 180 y 184.', ['2017-01-26'], [180, 184]),
        A('El SACMEX informará al Espacio cuando los lineamientos se publiquen en la Gaceta Oficial.'),
        A('La Delegación Tláhuac será convocada por oficio a la siguiente reunión.'),
    ],
    next_session=dict(date='2017-01-26', start_time='12:00', end_time='14:30', strategies=[180, 184]),
))

# =====================================================================================
# AGUA 4 — layout BA2 (label column + goal columns), 2017-01-26
# =====================================================================================
ACTAS.append(dict(
    stem='blind-a-agua-4-2017-01-26', layout='BA2', espacio='agua',
    body=AGUA, number=4, kind='reunión de trabajo', date='2017-01-26', start='12:00',
    place='Sala de juntas del SACMEX, Nezahualcóyotl 109, colonia Centro, Delegación Cuauhtémoc',
    topic='Retroalimentación de los reportes del segundo semestre de 2016', objective=None,
    box_title='4ª Reunión de Trabajo', date_text='26/01/2017', time_text='12:00 a 14:30 h',
    coordinator=('Lic. Ernesto Cabrera Sandoval', 'Coordinador del Espacio de Participación'),
    attendance=[
        P('Ing. Ramón Esquivel Torres', 'SACMEX', 'SACMEX', IE, 'Director de Agua Potable y Potabilización'),
        P('Lic. Rebeca Montes de Oca Ruiz', 'Procuraduría Social', 'PROSOC', IE, 'Subprocuradora de Promoción'),
        P('Dra. Elena Vargas Quiroz', 'SEDESA', 'SEDESA', IE, 'Jefa de Departamento de Salud Ambiental'),
        P('Claudia Romero Beltrán', 'COMDA', None, SC, 'Coordinadora'),
        P('Pedro Xicoténcatl Flores', 'Asamblea Vecinal de la Sierra de Santa Catarina', None, SC, 'Vocero'),
        P('Mariana Olguín Paredes', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Enlace'),
    ],
    strategies=[
        S(180, 'Garantizar el acceso al agua potable en cantidad y calidad suficientes en las zonas con suministro deficiente', [
            G('180.1', 'Se incrementa la cobertura de la red de agua potable en las colonias con suministro deficiente.',
              'Número de viviendas incorporadas a la red.', 'SACMEX', 'SACMEX',
              'En el segundo semestre se incorporaron 3,850 viviendas a la red, de las cuales 2,100 viviendas cuentan ya con suministro diario.',
              [(3850, 'viviendas', '3,850 viviendas'), (2100, 'viviendas', '2,100 viviendas')]),
            G('180.2', 'Se mejora la distribución del agua por tandeo en la Delegación Iztapalapa.',
              'Número de colonias con tandeo atendidas.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', None),
        ], [
            (R, '180.1', 'avance', 'El dato de viviendas con suministro diario permite valorar la calidad del servicio y no solo la cobertura.'),
            (R, '180.1', 'solicita_datos', 'Se reitera la solicitud de informar el número de personas beneficiadas.'),
            (R, '180.2', 'exhorta', 'Es necesario que la Delegación Iztapalapa entregue su reporte y acuda al Espacio.'),
        ]),
        S(184, 'Mejorar las condiciones de almacenamiento de agua en las unidades habitacionales', [
            G('184.1', 'Se rehabilitan cisternas y tinacos en unidades habitacionales de interés social.',
              'Número de unidades habitacionales con cisternas rehabilitadas.', 'Procuraduría Social', 'PROSOC',
              'A través del programa Ollin Callan se rehabilitaron cisternas en 63 unidades habitacionales y se sustituyeron 940 tinacos.',
              [(63, 'unidades', '63 unidades'), (940, 'tinacos', '940 tinacos')]),
            G('184.2', 'Se verifica la calidad del agua almacenada en unidades habitacionales.',
              'Número de muestras de agua analizadas.', 'SEDESA', 'SEDESA',
              'La Agencia de Protección Sanitaria tomó 310 muestras de agua en cisternas, de las cuales el 8% no cumplió con la norma de cloro residual.',
              [(310, 'muestras', '310 muestras'), (8, '%', '8%')]),
        ], [
            (R, '184.1', 'avance', 'Se reportan datos duros que permiten conocer el alcance del programa.'),
            (R, '184.2', 'solicita_datos', 'Es necesario informar qué acciones se tomaron en las unidades cuyas muestras no cumplieron la norma.'),
            (O, '184.2', 'instancia', 'SEDESA solicita que la Secretaría Ejecutiva convoque a la Agencia de Protección Sanitaria, que es el área que realiza los muestreos.'),
        ]),
    ],
    agreements=[
        A('La quinta reunión de trabajo se realizará el jueves 30 de marzo a las 12:00 horas, para retroalimentar las estrategias 182 y 186.', ['2017-03-30'], [182, 186]),
        A('La Secretaría Ejecutiva invitará a la Agencia de Protección Sanitaria a la siguiente reunión.'),
        A('La Secretaría Ejecutiva enviará un oficio a la Delegación Iztapalapa para recordar la entrega de su reporte de la estrategia 180.', [], [180]),
    ],
    next_session=dict(date='2017-03-30', start_time='12:00', end_time=None, strategies=[182, 186]),
))
