# -*- coding: utf-8 -*-
# Batch U content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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

# ================================================================ U1 penitenciario (line numbers + BORRADOR watermark, 2015)
PEN_BODY = 'Derechos de las Personas Privadas de la Libertad en Centros de Reclusión'
PEN_COORD = ('Rebeca Ontiveros Lugo', 'Coordinadora del Espacio de Participación')
PEN_PLACE = 'sala de juntas de la Subsecretaría de Sistema Penitenciario, San Antonio Abad 130, colonia Tránsito'
T305 = 'Garantizar la atención médica oportuna y de calidad a las personas privadas de la libertad'
T308 = 'Favorecer la visita familiar y el contacto con el exterior de las personas privadas de la libertad'
T311 = 'Ampliar el acceso al trabajo y a la educación dentro de los centros de reclusión'
G305_1 = ('305.1', 'Cubrir las plazas vacantes de personal médico en las unidades médicas de los centros de reclusión',
          'Porcentaje de plazas médicas cubiertas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G305_2 = ('305.2', 'Abastecer de medicamentos del cuadro básico a los servicios médicos de los reclusorios',
          'Porcentaje de abasto de medicamentos', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G308_1 = ('308.1', 'Reducir los tiempos de espera en las aduanas de visita familiar',
          'Tiempo promedio de espera en aduana', 'Subsecretaría de Sistema Penitenciario', 'SECGOB')
G308_2 = ('308.2', 'Instalar módulos de videollamada para personas cuyas familias residen fuera de la ciudad',
          'Número de módulos instalados y de llamadas realizadas', 'Subsecretaría de Sistema Penitenciario', 'SECGOB')
G311_1 = ('311.1', 'Incorporar a personas internas a actividades laborales remuneradas',
          'Número de personas internas con trabajo remunerado', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G311_2 = ('311.2', 'Ofrecer educación básica y media superior en todos los centros de reclusión',
          'Número de personas inscritas y certificadas', 'Instituto de Educación Media Superior del Distrito Federal', 'IEMS')
PEN_SE = ('Rodrigo Alcántara Mejía', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Relator')

acta(stem='blind-u-penitenciario-04-2015-03-18', layout='U1', esp='penitenciario',
     body=PEN_BODY, number=4, date='2015-03-18', start='10:00', end='13:10', place=PEN_PLACE, coordinator=PEN_COORD,
     attendance=[
         ('Arturo Benítez Solís', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Director de Servicios Médicos en Reclusorios'),
         ('Gloria Estela Ramos Huerta', 'Lic.', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, 'Subdirectora de Derechos Humanos'),
         ('Javier Ochoa Santillán', 'Lic.', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, 'Jefe de Unidad Departamental de Visita Familiar'),
         ('Marisol Téllez Avendaño', 'Mtra.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitadora adjunta'),
         ('Ernesto Quiroz Delgado', 'C.', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC, 'Investigador'),
         ('Leticia Barragán Nava', 'C.', 'Red de Familiares de Personas Privadas de la Libertad', None, SC, 'Vocera'),
         ('Ismael Cortés Rubio', 'C.', 'Asistencia Legal por los Derechos Humanos, A.C.', None, SC, 'Abogado'),
         PEN_SE],
     strategies=[
         S(305, T305,
           [G(*G305_1, ['Al cierre de febrero se cubrieron 41 de las 58 plazas vacantes de personal médico, lo que equivale a 70.7 por ciento; quedan 17 plazas por cubrir, sobre todo en el turno nocturno.']),
            G(*G305_2, None, 'La Secretaría de Salud no presentó informe de esta meta.')],
           [(41, 'plazas vacantes de personal médico', '305.1', 'se cubrieron 41 de las 58 plazas vacantes de personal médico'),
            (70.7, 'por ciento', '305.1', 'equivale a 70.7 por ciento'),
            (17, 'plazas', '305.1', 'quedan 17 plazas por cubrir')],
           [('El dato de plazas cubiertas se corresponde con el indicador; falta precisar en qué centros siguen las vacantes.', 'retroalimentacion', '305.1', 'solicita_datos', 'SE'),
            ('En el Reclusorio Oriente las consultas nocturnas las sigue dando un solo médico para toda la población, y eso no lo resuelve una cifra de plazas.', 'observacion', '305.1', 'cuestiona', 'Leticia Barragán Nava'),
            ('Es necesario que la Secretaría de Salud informe sobre el abasto de medicamentos, que es la queja más frecuente de las familias.', 'retroalimentacion', '305.2', 'exhorta', 'SE')]),
         S(308, T308,
           [G(*G308_1, ['Con la apertura de una segunda fila para personas adultas mayores, el tiempo promedio de espera en las aduanas bajó de 3.5 horas a 2.2 horas; se registraron 96,412 ingresos de visita en el bimestre.']),
            G(*G308_2, ['Se instalaron 6 módulos de videollamada en los reclusorios Norte, Sur y Oriente, desde los que se realizaron 1,870 llamadas.'])],
           [(2.2, 'horas', '308.1', 'bajó de 3.5 horas a 2.2 horas'),
            (96412, 'ingresos de visita', '308.1', 'se registraron 96,412 ingresos de visita'),
            (6, 'módulos de videollamada', '308.2', 'Se instalaron 6 módulos de videollamada'),
            (1870, 'llamadas', '308.2', 'se realizaron 1,870 llamadas')],
           [('Se reconoce la reducción del tiempo de espera y que el informe compare con la medición anterior.', 'retroalimentacion', '308.1', 'avance', 'SE'),
            ('La Subsecretaría señaló que la tercera fila no se puede abrir sin personal de custodia adicional, que no depende de ella.', 'observacion', '308.1', 'instancia', 'Gloria Estela Ramos Huerta')]),
     ],
     agreements=[
         A('La Secretaría de Salud del Distrito Federal entregará el informe de la meta 305.2 a más tardar el 31 de marzo de 2015.', ['2015-03-31'], 'Secretaría de Salud del Distrito Federal'),
         A('La Subsecretaría de Sistema Penitenciario presentará el calendario de instalación de los módulos de videollamada restantes.', [], 'Subsecretaría de Sistema Penitenciario'),
         A('La quinta sesión ordinaria se realizará el miércoles 22 de abril de 2015 a las 10:00 horas en la misma sala de juntas.', ['2015-04-22'], None, next_session=True)],
     next={'date': '2015-04-22', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Word acta with line numbers in the margin (w:lnNumType, restart each page) and a diagonal BORRADOR watermark in the header')

acta(stem='blind-u-penitenciario-05-2015-04-22', layout='U1', esp='penitenciario',
     body=PEN_BODY, number=5, date='2015-04-22', start='10:00', end='12:45', place=PEN_PLACE, coordinator=PEN_COORD,
     attendance=[
         ('Arturo Benítez Solís', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Director de Servicios Médicos en Reclusorios'),
         ('Gloria Estela Ramos Huerta', 'Lic.', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, 'Subdirectora de Derechos Humanos'),
         ('Norma Angélica Villaseñor Paz', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Capacitación'),
         ('Héctor Iván Mondragón Luna', 'Mtro.', 'Instituto de Educación Media Superior del Distrito Federal', 'IEMS', IE, 'Coordinador del Programa en Reclusorios'),
         ('Marisol Téllez Avendaño', 'Mtra.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitadora adjunta'),
         ('Ernesto Quiroz Delgado', 'C.', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC, 'Investigador'),
         ('Leticia Barragán Nava', 'C.', 'Red de Familiares de Personas Privadas de la Libertad', None, SC, 'Vocera'),
         PEN_SE],
     strategies=[
         S(305, T305,
           [G(*G305_1, None, 'La Secretaría de Salud informó que el reporte de marzo está en revisión y no lo presentó.'),
            G(*G305_2, ['El abasto de medicamentos del cuadro básico en los servicios médicos de los reclusorios llegó a 82 por ciento en marzo; se surtieron 14,356 recetas.'])],
           [(82, 'por ciento', '305.2', 'llegó a 82 por ciento en marzo'),
            (14356, 'recetas', '305.2', 'se surtieron 14,356 recetas')],
           [('La Secretaría de Salud cumplió el acuerdo de la sesión anterior al informar el abasto.', 'retroalimentacion', '305.2', 'avance', 'SE'),
            ('Las familias siguen comprando afuera los medicamentos para hipertensión y diabetes; se pide que el informe diga qué claves faltan.', 'observacion', '305.2', 'solicita_datos', 'Leticia Barragán Nava')]),
         S(311, T311,
           [G(*G311_1, ['Se incorporaron 312 personas internas a talleres de panadería, costura y maquila con pago semanal; 87 de ellas son mujeres del Centro Femenil de Reinserción Social.']),
            G(*G311_2, ['Se inscribieron 1,145 personas en primaria, secundaria y bachillerato, y se entregaron 203 certificados en el periodo.'])],
           [(312, 'personas internas', '311.1', 'Se incorporaron 312 personas internas'),
            (87, 'mujeres', '311.1', '87 de ellas son mujeres'),
            (1145, 'personas', '311.2', 'Se inscribieron 1,145 personas'),
            (203, 'certificados', '311.2', 'se entregaron 203 certificados')],
           [('Los talleres de maquila pagan por pieza menos del salario mínimo; no se puede contar como trabajo remunerado en condiciones dignas.', 'observacion', '311.1', 'cuestiona', 'Ernesto Quiroz Delgado'),
            ('Inscribir a las personas contribuye, pero por sí solo no da cumplimiento a la meta mientras no haya bachillerato en los centros varoniles de Santa Martha.', 'retroalimentacion', '311.2', 'insuficiente', 'SE'),
            ('Sería oportuno convocar a la Dirección de Reinserción, que es el área que decide qué talleres se abren.', 'retroalimentacion', '311.1', 'proceso', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Trabajo y Fomento al Empleo informará el pago promedio por persona en los talleres de maquila.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La Secretaría Ejecutiva invitará a la Dirección de Reinserción a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La sexta sesión ordinaria se realizará el miércoles 27 de mayo de 2015 a las 10:00 horas.', ['2015-05-27'], None, next_session=True)],
     next={'date': '2015-05-27', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Word acta with line numbers in the margin (w:lnNumType, restart each page) and a diagonal BORRADOR watermark in the header')

# ================================================================ U2 drenaje (printed, skewed, scanned, archive OCR layer, 2013)
DRE_BODY = 'Derecho al Saneamiento y al Drenaje en Zonas de Riesgo de Inundación'
DRE_COORD = ('Fausto Iglesias Manjarrez', 'Coordinador del Espacio')
DRE_PLACE = 'auditorio del Sistema de Aguas de la Ciudad de México, Nezahualcóyotl 109, colonia Centro'
T142 = 'Reducir el riesgo de inundaciones en las colonias con drenaje insuficiente'
T145 = 'Garantizar el saneamiento en asentamientos sin conexión a la red de drenaje'
T147 = 'Informar y hacer partícipe a la población de las obras hidráulicas en su colonia'
G142_1 = ('142.1', 'Desazolvar la red secundaria de drenaje en las colonias con encharcamientos recurrentes',
          'Kilómetros de red desazolvados', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G142_2 = ('142.2', 'Construir pozos de absorción en las zonas de mayor encharcamiento de Iztapalapa',
          'Número de pozos construidos', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
G145_1 = ('145.1', 'Instalar sanitarios secos en viviendas sin conexión a la red de drenaje',
          'Número de sanitarios instalados', 'Secretaría del Medio Ambiente', 'SEDEMA')
G145_2 = ('145.2', 'Regularizar las descargas domiciliarias en barrancas',
          'Número de descargas regularizadas', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT')
G147_1 = ('147.1', 'Realizar asambleas informativas antes de iniciar obras hidráulicas',
          'Número de asambleas realizadas', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
DRE_SE = ('Beatriz Olvera Cancino', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Relatora')

acta(stem='blind-u-drenaje-02-2013-07-10', layout='U2', esp='drenaje',
     body=DRE_BODY, number=2, date='2013-07-10', start='11:00', end='13:30', place=DRE_PLACE, coordinator=DRE_COORD,
     attendance=[
         ('Raúl Esquivel Mora', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirector de Drenaje'),
         ('Adriana Solórzano Gil', 'Ing.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Jefa de Unidad de Operación Hidráulica'),
         ('Tomás Ugarte Beltrán', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Enlace'),
         ('Susana Pliego Arriaga', 'Mtra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ('Eulalia Reyes Castañeda', 'C.', 'Comité Vecinal San Miguel Teotongo', None, SC, 'Representante'),
         ('Gerardo Nieto Fajardo', 'C.', 'Isla Urbana, A.C.', None, SC, 'Coordinador'),
         DRE_SE],
     strategies=[
         S(142, T142,
           [G(*G142_1, ['En el primer semestre se desazolvaron 418 kilómetros de red secundaria y se retiraron 36,200 metros cúbicos de azolve.']),
            G(*G142_2, ['La Delegación construyó 12 pozos de absorción en Santa Martha Acatitla y San Lorenzo Tezonco.'])],
           [(418, 'kilómetros de red secundaria', '142.1', 'se desazolvaron 418 kilómetros de red secundaria'),
            (36200, 'metros cúbicos de azolve', '142.1', 'se retiraron 36,200 metros cúbicos de azolve'),
            (12, 'pozos de absorción', '142.2', 'construyó 12 pozos de absorción')],
           [('Se recomienda informar en qué colonias se hizo el desazolve, para cruzarlo con el registro de encharcamientos.', 'retroalimentacion', '142.1', 'solicita_datos', 'SE'),
            ('En San Miguel Teotongo el agua entró a las casas el 28 de junio aunque nos dijeron que ya se había desazolvado.', 'observacion', '142.1', 'cuestiona', 'Eulalia Reyes Castañeda'),
            ('Los pozos de absorción no están en la estrategia de drenaje sino en la de recarga del acuífero; podrían reportarse en la meta 139.2.', 'retroalimentacion', '142.2', 'reasignar', 'SE')]),
         S(145, T145,
           [G(*G145_1, ['Se instalaron 240 sanitarios secos en viviendas de Tlalpan y Milpa Alta, que benefician a 1,020 personas.']),
            G(*G145_2, None, 'La Procuraduría no remitió informe.')],
           [(240, 'sanitarios secos', '145.1', 'Se instalaron 240 sanitarios secos'),
            (1020, 'personas', '145.1', 'que benefician a 1,020 personas')],
           [('Se exhorta a la Procuraduría a iniciar el inventario de descargas en barrancas.', 'retroalimentacion', '145.2', 'exhorta', 'SE'),
            ('La Secretaría del Medio Ambiente pidió que la Secretaría Ejecutiva le envíe el formato de informe con anticipación.', 'observacion', '145.1', 'instancia', 'Tomás Ugarte Beltrán')]),
     ],
     agreements=[
         A('El Sistema de Aguas enviará la relación de colonias desazolvadas antes del 31 de julio de 2013.', ['2013-07-31'], 'Sistema de Aguas'),
         A('La Secretaría Ejecutiva enviará a las instancias el formato de informe quince días antes de cada sesión.', [], 'Secretaría Ejecutiva'),
         A('La tercera sesión ordinaria se llevará a cabo el miércoles 14 de agosto de 2013 a las 11:00 horas en este auditorio.', ['2013-08-14'], None, next_session=True)],
     next={'date': '2013-08-14', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta, scanned slightly skewed by the archive and OCRed (image + invisible OCR text layer with its own errors)')

acta(stem='blind-u-drenaje-03-2013-08-14', layout='U2', esp='drenaje',
     body=DRE_BODY, number=3, date='2013-08-14', start='11:00', end='13:15', place=DRE_PLACE, coordinator=DRE_COORD,
     attendance=[
         ('Raúl Esquivel Mora', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirector de Drenaje'),
         ('Jimena Altamirano Ruiz', 'Lic.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Jefa de Atención Ciudadana'),
         ('Tomás Ugarte Beltrán', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Enlace'),
         ('Octavio Lemus Carrillo', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocurador'),
         ('Susana Pliego Arriaga', 'Mtra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ('Eulalia Reyes Castañeda', 'C.', 'Comité Vecinal San Miguel Teotongo', None, SC, 'Representante'),
         ('Gerardo Nieto Fajardo', 'C.', 'Isla Urbana, A.C.', None, SC, 'Coordinador'),
         DRE_SE],
     strategies=[
         S(145, T145,
           [G(*G145_1, None, 'La Secretaría del Medio Ambiente no presentó informe en esta sesión.'),
            G(*G145_2, ['La Procuraduría inventarió 534 descargas en las barrancas de Tarango y Río Becerra y regularizó 61 descargas.'])],
           [(534, 'descargas', '145.2', 'inventarió 534 descargas'),
            (61, 'descargas', '145.2', 'regularizó 61 descargas')],
           [('Se reconoce que la Procuraduría inició el inventario, como se le pidió en la sesión anterior.', 'retroalimentacion', '145.2', 'avance', 'SE'),
            ('Regularizar una descarga en la barranca no es sanear; hay que decir a dónde va el agua después.', 'observacion', '145.2', 'cuestiona', 'Susana Pliego Arriaga')]),
         S(147, T147,
           [G(*G147_1, ['Se realizaron 19 asambleas informativas en 9 colonias, con 1,240 personas asistentes, antes del inicio de las obras del colector Ermita.'])],
           [(19, 'asambleas informativas', '147.1', 'Se realizaron 19 asambleas informativas'),
            (9, 'colonias', '147.1', 'en 9 colonias'),
            (1240, 'personas asistentes', '147.1', 'con 1,240 personas asistentes')],
           [('El indicador cuenta asambleas pero no dice si la población pudo opinar sobre la obra; se sugiere revisar su redacción.', 'retroalimentacion', '147.1', 'diseno_meta', 'SE'),
            ('A las asambleas de Ermita se convocó con un día de anticipación y por perifoneo.', 'observacion', '147.1', 'cuestiona', 'Gerardo Nieto Fajardo'),
            ('Se pide saber cuántas de las personas asistentes eran mujeres y de qué colonias venían.', 'observacion', '147.1', 'solicita_datos', 'Eulalia Reyes Castañeda')]),
     ],
     agreements=[
         A('La Secretaría del Medio Ambiente presentará el informe de la meta 145.1 en la próxima sesión.', [], 'Secretaría del Medio Ambiente'),
         A('El Sistema de Aguas convocará a las asambleas informativas con al menos una semana de anticipación.', [], 'Sistema de Aguas'),
         A('La cuarta sesión ordinaria se llevará a cabo el miércoles 11 de septiembre de 2013 a las 11:00 horas.', ['2013-09-11'], None, next_session=True)],
     next={'date': '2013-09-11', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta, scanned slightly skewed by the archive and OCRed (image + invisible OCR text layer with its own errors)')

# ================================================================ U3 obstetrica (designer's PDF, outlined text, 2021)
OBS_BODY = 'Derecho de las Mujeres a una Atención Obstétrica Libre de Violencia'
OBS_COORD = ('Daniela Ferrer Ocampo', 'coordinadora del Espacio')
OBS_PLACE = 'sesión virtual por videoconferencia'
T512 = 'Prevenir y sancionar la violencia obstétrica en los hospitales de la red pública'
T515 = 'Impulsar el parto humanizado y la partería en los servicios de salud de la ciudad'
G512_1 = ('512.1', 'Capacitar al personal de gineco-obstetricia en atención respetuosa del parto',
          'Número de personas capacitadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G512_2 = ('512.2', 'Atender y resolver las quejas por violencia obstétrica',
          'Número de quejas atendidas y resueltas', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF')
G515_1 = ('515.1', 'Abrir salas de parto humanizado en hospitales materno-infantiles',
          'Número de salas en operación', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G515_2 = ('515.2', 'Incorporar parteras tradicionales y profesionales a la red de atención',
          'Número de parteras incorporadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')
OBS_SE = ('Valeria Cisneros Ortega', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Relatora')

acta(stem='blind-u-obstetrica-07-2021-02-24', layout='U3', esp='obstetrica',
     body=OBS_BODY, number=7, date='2021-02-24', start='17:00', end='19:00', place=OBS_PLACE, coordinator=OBS_COORD,
     attendance=[
         ('Mónica Ledesma Arroyo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Directora de Atención Materno Infantil'),
         ('Iris Valdés Romo', 'Lic.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Enlace de Derechos Sexuales'),
         ('Alberto Meza Fonseca', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitador'),
         ('Itzel Carranza Bautista', 'C.', 'Grupo de Información en Reproducción Elegida, A.C.', None, SC, 'Abogada'),
         ('Rosa Icela Domínguez Paz', 'C.', 'Asociación Mexicana de Partería, A.C.', None, SC, 'Partera'),
         ('Claudia Ibarra Lozano', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
         OBS_SE],
     strategies=[
         S(512, T512,
           [G(*G512_1, ['Se capacitó a 486 personas de gineco-obstetricia y enfermería en 11 hospitales de la red.']),
            G(*G512_2, ['La Comisión recibió 73 quejas por violencia obstétrica en 2020 y concluyó 45 expedientes.'])],
           [(486, 'personas de gineco-obstetricia y enfermería', '512.1', 'Se capacitó a 486 personas de gineco-obstetricia y enfermería'),
            (11, 'hospitales', '512.1', 'en 11 hospitales de la red'),
            (73, 'quejas', '512.2', 'recibió 73 quejas por violencia obstétrica'),
            (45, 'expedientes', '512.2', 'concluyó 45 expedientes')],
           [('Es necesario que se reporte cuántas personas capacitadas son médicos residentes, que atienden la mayoría de los partos.', 'retroalimentacion', '512.1', 'solicita_datos', 'SE'),
            ('Las capacitaciones en línea no cambian la práctica en la sala de labor; seguimos documentando episiotomías sin consentimiento.', 'observacion', '512.1', 'cuestiona', 'Itzel Carranza Bautista'),
            ('Se reporta el número de quejas con datos duros y el estado de los expedientes.', 'retroalimentacion', '512.2', 'avance', 'SE')]),
         S(515, T515,
           [G(*G515_1, ['Operan 3 salas de parto humanizado en los hospitales materno-infantiles de Inguarán, Cuautepec y Tláhuac, donde se atendieron 312 partos.']),
            G(*G515_2, None, 'Sin informe: la Secretaría de las Mujeres indicó que la meta corresponde a la Secretaría de Salud.')],
           [(3, 'salas de parto humanizado', '515.1', 'Operan 3 salas de parto humanizado'),
            (312, 'partos', '515.1', 'se atendieron 312 partos')],
           [('La Secretaría de las Mujeres refiere que la contratación de parteras no le correspondería, pues no tiene servicios de salud.', 'observacion', '515.2', 'instancia', 'Iris Valdés Romo'),
            ('Se exhorta a ambas instancias a definir quién reporta la meta 515.2 antes de la próxima sesión.', 'retroalimentacion', '515.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud y la Secretaría de las Mujeres acordarán qué instancia informa la meta 515.2.', [], 'Secretaría de Salud y Secretaría de las Mujeres'),
         A('La Secretaría de Salud desagregará por categoría al personal capacitado de la meta 512.1.', [], 'Secretaría de Salud'),
         A('La octava sesión ordinaria se celebrará el miércoles 24 de marzo de 2021 a las 17:00 horas por videoconferencia.', ['2021-03-24'], None, next_session=True)],
     next={'date': '2021-03-24', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes="designer's PDF: HTML printed by Chromium, then every glyph turned into vector outlines by Ghostscript (no text layer)")

acta(stem='blind-u-obstetrica-08-2021-03-24', layout='U3', esp='obstetrica',
     body=OBS_BODY, number=8, date='2021-03-24', start='17:00', end='19:20', place=OBS_PLACE, coordinator=OBS_COORD,
     attendance=[
         ('Mónica Ledesma Arroyo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Directora de Atención Materno Infantil'),
         ('Samuel Jaramillo Ortiz', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Enseñanza'),
         ('Iris Valdés Romo', 'Lic.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Enlace de Derechos Sexuales'),
         ('Alberto Meza Fonseca', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitador'),
         ('Itzel Carranza Bautista', 'C.', 'Grupo de Información en Reproducción Elegida, A.C.', None, SC, 'Abogada'),
         ('Rosa Icela Domínguez Paz', 'C.', 'Asociación Mexicana de Partería, A.C.', None, SC, 'Partera'),
         ('Claudia Ibarra Lozano', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
         OBS_SE],
     strategies=[
         S(512, T512,
           [G(*G512_1, ['De las 486 personas capacitadas, 198 son médicos residentes y 171 son personal de enfermería.']),
            G(*G512_2, None, 'La Comisión no presentó informe.')],
           [(198, 'médicos residentes', '512.1', '198 son médicos residentes'),
            (171, 'personal de enfermería', '512.1', '171 son personal de enfermería')],
           [('La Secretaría de Salud atendió el acuerdo y desagregó al personal capacitado.', 'retroalimentacion', '512.1', 'avance', 'SE'),
            ('Lo que se reporta son cursos; la meta habla de atención respetuosa y eso sólo se ve con encuestas a las mujeres atendidas.', 'retroalimentacion', '512.1', 'desalineado', 'SE')]),
         S(515, T515,
           [G(*G515_1, ['Se abrió una cuarta sala en el Hospital Materno Infantil Magdalena Contreras; en el trimestre se atendieron 127 partos humanizados.']),
            G(*G515_2, ['La Secretaría de Salud contrató a 8 parteras profesionales y firmó convenio con 14 parteras tradicionales de Milpa Alta y Xochimilco.'])],
           [(127, 'partos humanizados', '515.1', 'se atendieron 127 partos humanizados'),
            (8, 'parteras profesionales', '515.2', 'contrató a 8 parteras profesionales'),
            (14, 'parteras tradicionales', '515.2', 'firmó convenio con 14 parteras tradicionales')],
           [('Las parteras tradicionales firmaron convenio pero no tienen acceso a las salas; sólo acompañan.', 'observacion', '515.2', 'cuestiona', 'Rosa Icela Domínguez Paz'),
            ('La meta 515.2 la informa ahora la Secretaría de Salud; se sugiere actualizar la instancia responsable en el programa.', 'retroalimentacion', '515.2', 'proceso', 'SE'),
            ('Se pide el número de partos atendidos por parteras en las salas humanizadas.', 'observacion', '515.1', 'solicita_datos', 'Claudia Ibarra Lozano')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva actualizará la instancia responsable de la meta 515.2 en la matriz de seguimiento.', [], 'Secretaría Ejecutiva'),
         A('La Comisión de Derechos Humanos enviará el informe de la meta 512.2 a más tardar el 9 de abril de 2021.', ['2021-04-09'], 'Comisión de Derechos Humanos'),
         A('La novena sesión ordinaria se celebrará el miércoles 28 de abril de 2021 a las 17:00 horas por videoconferencia.', ['2021-04-28'], None, next_session=True)],
     next={'date': '2021-04-28', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes="designer's PDF: HTML printed by Chromium, then every glyph turned into vector outlines by Ghostscript (no text layer)")

# ================================================================ U4 patrimonio (oficio to the members, 2017)
PAT_BODY = 'Derecho a la Cultura y a la Protección del Patrimonio Cultural'
PAT_COORD = ('Ignacio Zavala Prieto', 'Coordinador del Espacio de Participación')
PAT_PLACE = 'Salón de Cabildos del Antiguo Palacio del Ayuntamiento, Plaza de la Constitución 2, Centro Histórico'
T633 = 'Proteger los inmuebles con valor patrimonial frente a demoliciones y obras irregulares'
T636 = 'Ampliar el acceso gratuito de la población a los recintos culturales de la ciudad'
G633_1 = ('633.1', 'Verificar las obras en inmuebles catalogados en colonias con declaratoria patrimonial',
          'Número de visitas de verificación realizadas', 'Instituto de Verificación Administrativa', 'INVEA')
G633_2 = ('633.2', 'Actualizar el catálogo de inmuebles con valor patrimonial de la ciudad',
          'Catálogo actualizado y publicado', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI')
G636_1 = ('636.1', 'Ofrecer entrada libre a museos y recintos de la Secretaría de Cultura los domingos',
          'Número de visitantes con entrada libre', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G636_2 = ('636.2', 'Llevar actividades culturales a colonias con baja oferta cultural',
          'Número de actividades y de colonias atendidas', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
PAT_SE = ('Mariana Lazcano Reyes', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Subdirectora de Espacios de Participación')

acta(stem='blind-u-patrimonio-10-2017-05-16', layout='U4', esp='patrimonio',
     body=PAT_BODY, number=10, date='2017-05-16', start='10:30', end='12:50', place=PAT_PLACE, coordinator=PAT_COORD,
     attendance=[
         ('Federico Anaya Valverde', 'Arq.', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', IE, 'Director de Patrimonio Cultural Urbano'),
         ('Laura Patricia Gómez Escalante', 'Lic.', 'Instituto de Verificación Administrativa', 'INVEA', IE, 'Coordinadora de Verificación'),
         ('Andrés Villalpando Cruz', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Museos'),
         ('Silvia Montaño Peralta', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Subdirectora de Licencias'),
         ('Pedro Salgado Ibáñez', 'C.', 'Defensa Colectiva de la Colonia Roma, A.C.', None, SC, 'Presidente'),
         ('Elena Marroquín Díaz', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Instituto de Investigaciones Estéticas'),
         ('Martha Cervantes Olea', 'C.', 'Vecinos Unidos de Santa María la Ribera', None, SC, 'Representante'),
         PAT_SE],
     strategies=[
         S(633, T633,
           [G(*G633_1, ['Se realizaron 138 visitas de verificación en las colonias Roma, Condesa, Juárez y Santa María la Ribera, de las que resultaron 29 suspensiones de obra.']),
            G(*G633_2, None, 'La Secretaría de Desarrollo Urbano y Vivienda no presentó informe de la meta.')],
           [(138, 'visitas de verificación', '633.1', 'Se realizaron 138 visitas de verificación'),
            (29, 'suspensiones de obra', '633.1', 'resultaron 29 suspensiones de obra')],
           [('Se solicita precisar cuántas suspensiones se levantaron después y por qué motivo.', 'retroalimentacion', '633.1', 'solicita_datos', 'SE'),
            ('En la calle de Colima la obra suspendida siguió trabajando de noche con los sellos puestos.', 'observacion', '633.1', 'cuestiona', 'Pedro Salgado Ibáñez'),
            ('Es necesario que la Secretaría de Desarrollo Urbano y Vivienda inicie la actualización del catálogo, pendiente desde 2015.', 'retroalimentacion', '633.2', 'exhorta', 'SE')]),
         S(636, T636,
           [G(*G636_1, ['Los domingos del primer cuatrimestre 84,530 personas visitaron con entrada libre el Museo de la Ciudad de México, el Museo Archivo de la Fotografía y el Museo Nacional de la Revolución.']),
            G(*G636_2, ['Se presentaron 215 actividades culturales en 47 colonias de Iztapalapa, Tláhuac y Gustavo A. Madero.'])],
           [(84530, 'personas', '636.1', '84,530 personas visitaron con entrada libre'),
            (215, 'actividades culturales', '636.2', 'Se presentaron 215 actividades culturales'),
            (47, 'colonias', '636.2', 'en 47 colonias de Iztapalapa')],
           [('Se reconoce que el informe da visitantes por recinto y colonias atendidas, lo que permite ver el alcance.', 'retroalimentacion', '636.2', 'avance', 'SE'),
            ('La Secretaría de Cultura señaló que la entrada libre depende de la plantilla de custodios, que no alcanza para abrir todos los domingos.', 'observacion', '636.1', 'instancia', 'Andrés Villalpando Cruz')]),
     ],
     agreements=[
         A('La Secretaría de Desarrollo Urbano y Vivienda presentará en la siguiente sesión el calendario de actualización del catálogo de inmuebles.', [], 'Secretaría de Desarrollo Urbano y Vivienda'),
         A('El Instituto de Verificación Administrativa informará el estado de las 29 suspensiones de obra a más tardar el 2 de junio de 2017.', ['2017-06-02'], 'Instituto de Verificación Administrativa'),
         A('La décima primera sesión ordinaria se llevará a cabo el martes 20 de junio de 2017, a las 10:30 horas, en este mismo recinto.', ['2017-06-20'], None, next_session=True)],
     next={'date': '2017-06-20', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='the acta as a formal letter (oficio) from the SE to the members: follow-up as numbered paragraphs, agreements in a "Por lo anterior, se acordó:" paragraph')

acta(stem='blind-u-patrimonio-11-2017-06-20', layout='U4', esp='patrimonio',
     body=PAT_BODY, number=11, date='2017-06-20', start='10:30', end='13:05', place=PAT_PLACE, coordinator=PAT_COORD,
     attendance=[
         ('Federico Anaya Valverde', 'Arq.', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', IE, 'Director de Patrimonio Cultural Urbano'),
         ('Laura Patricia Gómez Escalante', 'Lic.', 'Instituto de Verificación Administrativa', 'INVEA', IE, 'Coordinadora de Verificación'),
         ('Andrés Villalpando Cruz', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Museos'),
         ('Ramiro Olguín Tapia', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Coordinador de Programas Comunitarios'),
         ('Pedro Salgado Ibáñez', 'C.', 'Defensa Colectiva de la Colonia Roma, A.C.', None, SC, 'Presidente'),
         ('Elena Marroquín Díaz', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Instituto de Investigaciones Estéticas'),
         ('Martha Cervantes Olea', 'C.', 'Vecinos Unidos de Santa María la Ribera', None, SC, 'Representante'),
         PAT_SE],
     strategies=[
         S(633, T633,
           [G(*G633_1, ['De las 29 suspensiones de obra, 18 siguen vigentes y 11 se levantaron al presentarse la licencia correspondiente.']),
            G(*G633_2, ['La Secretaría de Desarrollo Urbano y Vivienda revisó 2,140 fichas del catálogo y dio de alta 96 inmuebles.'])],
           [(18, 'suspensiones', '633.1', '18 siguen vigentes'),
            (11, 'suspensiones', '633.1', '11 se levantaron'),
            (2140, 'fichas del catálogo', '633.2', 'revisó 2,140 fichas del catálogo'),
            (96, 'inmuebles', '633.2', 'dio de alta 96 inmuebles')],
           [('Revisar fichas es un paso, pero por sí solo no da cumplimiento a la meta, que pide publicar el catálogo actualizado.', 'retroalimentacion', '633.2', 'insuficiente', 'SE'),
            ('El catálogo sigue sin incluir la arquitectura de los años cincuenta, que es la que más se está demoliendo.', 'observacion', '633.2', 'cuestiona', 'Elena Marroquín Díaz')]),
         S(636, T636,
           [G(*G636_1, None, 'La Secretaría de Cultura no entregó informe de la meta en esta sesión.'),
            G(*G636_2, ['En mayo se presentaron 63 actividades en 19 colonias.'])],
           [(63, 'actividades', '636.2', 'se presentaron 63 actividades'),
            (19, 'colonias', '636.2', 'en 19 colonias')],
           [('Las actividades comunitarias podrían enmarcarse en la estrategia 640, sobre cultura comunitaria, y no en la de acceso a recintos.', 'retroalimentacion', '636.2', 'reasignar', 'SE'),
            ('Se pidió que a las sesiones asista alguien del área de museos con la información de visitantes.', 'observacion', '636.1', 'proceso', 'Martha Cervantes Olea'),
            ('Se reconoce que el informe de la meta 636.2 ya separa las actividades de mayo por colonia.', 'retroalimentacion', '636.2', 'avance', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Cultura enviará el informe de visitantes de la meta 636.1 antes del 7 de julio de 2017.', ['2017-07-07'], 'Secretaría de Cultura'),
         A('La Secretaría Ejecutiva propondrá trasladar las actividades comunitarias a la estrategia 640.', [], 'Secretaría Ejecutiva'),
         A('La décima segunda sesión ordinaria se llevará a cabo el martes 15 de agosto de 2017, a las 10:30 horas, en este mismo recinto.', ['2017-08-15'], None, next_session=True)],
     next={'date': '2017-08-15', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='the acta as a formal letter (oficio) from the SE to the members: follow-up as numbered paragraphs, agreements in a "Por lo anterior, se acordó:" paragraph')

# ================================================================ U5 policial (cumulative tracking matrix, vertical headers, 2020)
POL_BODY = 'Derechos Humanos en la Función Policial'
POL_COORD = ('Santiago Treviño Islas', 'Coordinador del Espacio')
POL_PLACE = 'aula 3 de la Universidad de la Policía de la Ciudad de México, Avenida Lomas de Sotelo s/n'
T724 = 'Profesionalizar a los cuerpos policiales en el uso de la fuerza con enfoque de derechos humanos'
T727 = 'Fortalecer el control interno y la rendición de cuentas de la actuación policial'
G724_1 = ('724.1', 'Certificar a los elementos operativos en el protocolo de uso de la fuerza',
          'Número de elementos certificados', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G724_2 = ('724.2', 'Dotar de cámaras corporales a los elementos de las unidades de proximidad',
          'Número de cámaras asignadas', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G727_1 = ('727.1', 'Resolver las investigaciones de Asuntos Internos por uso indebido de la fuerza',
          'Número de investigaciones resueltas', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G727_2 = ('727.2', 'Publicar un informe semestral de detenciones y uso de la fuerza',
          'Informe publicado', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
POL_SE = ('Ricardo Ponce Galván', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Relator')

acta(stem='blind-u-policial-03-2020-02-12', layout='U5', esp='policial',
     body=POL_BODY, number=3, date='2020-02-12', start='09:30', end='12:00', place=POL_PLACE, coordinator=POL_COORD,
     attendance=[
         ('Víctor Hugo Salinas Roa', 'Subinspector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Dirección de Derechos Humanos'),
         ('Karina Aguilar Montes', 'Lic.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Unidad de Asuntos Internos'),
         ('Luis Enrique Durán Vega', 'Mtro.', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Agente del Ministerio Público'),
         ('Sofía Landa Ruvalcaba', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora'),
         ('Ana Lucía Gavito Pérez', 'C.', 'Causa en Común, A.C.', None, SC, 'Investigadora'),
         ('Miguel Ángel Soto Reyna', 'C.', 'Instituto para la Seguridad y la Democracia, A.C.', None, SC, 'Director'),
         ('Patricia Oropeza Lira', 'Dra.', 'Instituto Nacional de Ciencias Penales', None, OT, 'Profesora'),
         POL_SE],
     strategies=[
         S(724, T724,
           [G(*G724_1, ['Al 31 de enero se certificaron 2,315 elementos operativos; 640 de ellos pertenecen a la Policía Auxiliar.']),
            G(*G724_2, ['Se asignaron 1,100 cámaras corporales a elementos de 12 sectores de proximidad.'])],
           [(2315, 'elementos operativos', '724.1', 'se certificaron 2,315 elementos operativos'),
            (640, 'elementos', '724.1', '640 de ellos pertenecen a la Policía Auxiliar'),
            (1100, 'cámaras corporales', '724.2', 'Se asignaron 1,100 cámaras corporales'),
            (12, 'sectores de proximidad', '724.2', 'elementos de 12 sectores de proximidad')],
           [('Se pide informar cuántas cámaras están encendidas durante los operativos y cuánto tiempo se guardan las grabaciones.', 'observacion', '724.2', 'solicita_datos', 'Ana Lucía Gavito Pérez'),
            ('La certificación avanza conforme a lo programado y el informe la desagrega por corporación.', 'retroalimentacion', '724.1', 'avance', 'SE')]),
         S(727, T727,
           [G(*G727_1, ['Asuntos Internos resolvió 57 investigaciones por uso indebido de la fuerza; en 14 casos se dio vista a la Fiscalía.']),
            G(*G727_2, None, 'Sin informe en esta sesión.')],
           [(57, 'investigaciones', '727.1', 'resolvió 57 investigaciones por uso indebido de la fuerza'),
            (14, 'casos', '727.1', 'en 14 casos se dio vista a la Fiscalía')],
           [('No basta con resolver investigaciones: se cuestiona que ninguna haya terminado en suspensión del elemento.', 'observacion', '727.1', 'cuestiona', 'Miguel Ángel Soto Reyna'),
            ('Es necesario que la Secretaría publique el primer informe semestral, que la meta prevé desde 2019.', 'retroalimentacion', '727.2', 'exhorta', 'SE'),
            ('El indicador de la meta 727.1 no distingue entre investigaciones resueltas con sanción y archivadas.', 'retroalimentacion', '727.1', 'diseno_meta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Seguridad Ciudadana informará el tiempo de resguardo de las grabaciones de las cámaras corporales.', [], 'Secretaría de Seguridad Ciudadana'),
         A('La Secretaría Ejecutiva propondrá una nueva redacción del indicador de la meta 727.1.', [], 'Secretaría Ejecutiva'),
         A('La cuarta sesión ordinaria se realizará el miércoles 11 de marzo de 2020 a las 09:30 horas en la misma aula.', ['2020-03-11'], None, next_session=True)],
     next={'date': '2020-03-11', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes="cumulative tracking matrix: goals as rows, one column per session (earlier sessions' reports kept), vertical header text, header row repeated on each page")

acta(stem='blind-u-policial-04-2020-03-11', layout='U5', esp='policial',
     body=POL_BODY, number=4, date='2020-03-11', start='09:30', end='11:40', place=POL_PLACE, coordinator=POL_COORD,
     attendance=[
         ('Víctor Hugo Salinas Roa', 'Subinspector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Dirección de Derechos Humanos'),
         ('Karina Aguilar Montes', 'Lic.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Unidad de Asuntos Internos'),
         ('Sofía Landa Ruvalcaba', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora'),
         ('Ana Lucía Gavito Pérez', 'C.', 'Causa en Común, A.C.', None, SC, 'Investigadora'),
         ('Miguel Ángel Soto Reyna', 'C.', 'Instituto para la Seguridad y la Democracia, A.C.', None, SC, 'Director'),
         ('Patricia Oropeza Lira', 'Dra.', 'Instituto Nacional de Ciencias Penales', None, OT, 'Profesora'),
         POL_SE],
     strategies=[
         S(724, T724,
           [G(*G724_1, ['En febrero se certificaron 418 elementos más, con lo que suman 2,733 elementos certificados.']),
            G(*G724_2, ['Las grabaciones de las cámaras corporales se resguardan 90 días; en febrero se solicitaron 37 grabaciones para investigaciones.'])],
           [(418, 'elementos', '724.1', 'se certificaron 418 elementos más'),
            (2733, 'elementos certificados', '724.1', 'suman 2,733 elementos certificados'),
            (90, 'días', '724.2', 'se resguardan 90 días'),
            (37, 'grabaciones', '724.2', 'se solicitaron 37 grabaciones')],
           [('La Secretaría cumplió el acuerdo sobre el resguardo de las grabaciones.', 'retroalimentacion', '724.2', 'avance', 'SE'),
            ('Noventa días es poco: una queja ante la Comisión tarda más en llegar a pedir el video.', 'observacion', '724.2', 'cuestiona', 'Sofía Landa Ruvalcaba'),
            ('Se sugiere que a la próxima sesión asista personal de la Policía Auxiliar, que concentra buena parte de las certificaciones.', 'retroalimentacion', '724.1', 'proceso', 'SE')]),
         S(727, T727,
           [G(*G727_1, None, 'La Unidad de Asuntos Internos no presentó cifras nuevas.'),
            G(*G727_2, ['El primer informe semestral de detenciones y uso de la fuerza se publicó el 28 de febrero con 1,962 registros de uso de la fuerza.'])],
           [(1962, 'registros de uso de la fuerza', '727.2', 'con 1,962 registros de uso de la fuerza')],
           [('Se solicita que el informe semestral desagregue los registros por alcaldía y por nivel de fuerza empleado.', 'observacion', '727.2', 'solicita_datos', 'Ana Lucía Gavito Pérez'),
            ('La Unidad de Asuntos Internos pidió que la Secretaría Ejecutiva le haga llegar las observaciones por escrito antes de la sesión.', 'observacion', '727.1', 'instancia', 'Karina Aguilar Montes')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva enviará a la Unidad de Asuntos Internos las observaciones por escrito antes del 27 de marzo de 2020.', ['2020-03-27'], 'Secretaría Ejecutiva'),
         A('La Secretaría de Seguridad Ciudadana desagregará el informe semestral por alcaldía.', [], 'Secretaría de Seguridad Ciudadana'),
         A('La quinta sesión ordinaria se realizará el miércoles 15 de abril de 2020 a las 09:30 horas.', ['2020-04-15'], None, next_session=True)],
     next={'date': '2020-04-15', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes="cumulative tracking matrix: goals as rows, one column per session (earlier sessions' reports kept), vertical header text, header row repeated on each page")

# ================================================================ U6 sindical (content controls + QR registration export, 2024)
SIN_BODY = 'Derecho a la Libertad Sindical y a la Negociación Colectiva'
SIN_COORD = ('Alejandra Rosales Nájera', 'Coordinadora del Espacio')
SIN_PLACE = 'Sala Benito Juárez de la Secretaría de Trabajo y Fomento al Empleo, Avenida Río de la Plata 48, colonia Cuauhtémoc'
T846 = 'Garantizar la democracia sindical en la legitimación de los contratos colectivos'
T849 = 'Proteger a las personas trabajadoras frente a represalias por ejercer la libertad sindical'
G846_1 = ('846.1', 'Acompañar las consultas de legitimación de contratos colectivos en la ciudad',
          'Número de consultas acompañadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G846_2 = ('846.2', 'Difundir entre las personas trabajadoras sus derechos en las consultas de legitimación',
          'Número de personas informadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G849_1 = ('849.1', 'Brindar asesoría jurídica gratuita a personas despedidas por actividad sindical',
          'Número de asesorías brindadas', 'Procuraduría de la Defensa del Trabajo', 'STYFE')
G849_2 = ('849.2', 'Concluir los juicios por despido antisindical en trámite ante la Junta Local',
          'Número de juicios concluidos', 'Junta Local de Conciliación y Arbitraje', 'JLCA')
SIN_SE = ('Diego Armando Nava Cid', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Relator')

acta(stem='blind-u-sindical-05-2024-04-17', layout='U6', esp='sindical',
     body=SIN_BODY, number=5, date='2024-04-17', start='16:00', end='18:20', place=SIN_PLACE, coordinator=SIN_COORD,
     attendance=[
         ('Julio César Ventura Lagos', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo y Previsión Social'),
         ('Minerva Cadena Bravo', 'Lic.', 'Procuraduría de la Defensa del Trabajo', 'STYFE', IE, 'Procuradora auxiliar'),
         ('Hugo Lemus Arriaga', 'Lic.', 'Junta Local de Conciliación y Arbitraje', 'JLCA', IE, 'Secretario de acuerdos'),
         ('Brenda Zamudio Olmos', 'C.', 'Centro de Investigación Laboral y Asesoría Sindical, A.C.', None, SC, 'Asesora'),
         ('Rogelio Fierro Cárdenas', 'C.', 'Sindicato Independiente de Trabajadores de la Industria Restaurantera', None, SC, 'Secretario general'),
         ('Paulina Ochoa Bermúdez', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ('Irene Salvatierra Gómez', 'C.', 'Red de Mujeres Sindicalistas', None, SC, 'Integrante'),
         SIN_SE],
     strategies=[
         S(846, T846,
           [G(*G846_1, ['Se acompañaron 34 consultas de legitimación en las que votaron 21,870 personas trabajadoras; en 5 consultas el contrato no fue legitimado.']),
            G(*G846_2, ['Se entregaron 15,400 trípticos y se impartieron 42 pláticas informativas en centros de trabajo.'])],
           [(34, 'consultas de legitimación', '846.1', 'Se acompañaron 34 consultas de legitimación'),
            (21870, 'personas trabajadoras', '846.1', 'votaron 21,870 personas trabajadoras'),
            (5, 'consultas', '846.1', 'en 5 consultas el contrato no fue legitimado'),
            (15400, 'trípticos', '846.2', 'Se entregaron 15,400 trípticos'),
            (42, 'pláticas informativas', '846.2', 'se impartieron 42 pláticas informativas')],
           [('Se reportan datos duros que permiten conocer el alcance del acompañamiento.', 'retroalimentacion', '846.1', 'avance', 'SE'),
            ('Repartir trípticos no garantiza que se vote libre; en dos restaurantes el patrón estuvo presente en la mesa de votación.', 'observacion', '846.2', 'cuestiona', 'Rogelio Fierro Cárdenas'),
            ('Se solicita informar en qué centros de trabajo se dieron las pláticas y cuántas personas asistieron.', 'retroalimentacion', '846.2', 'solicita_datos', 'SE')]),
         S(849, T849,
           [G(*G849_1, ['La Procuraduría brindó 286 asesorías a personas despedidas por actividad sindical.']),
            G(*G849_2, None, 'La Junta no presentó informe.')],
           [(286, 'asesorías', '849.1', 'brindó 286 asesorías')],
           [('La Junta indicó que los juicios antisindicales no se registran por separado en su sistema, por lo que no puede informarlos.', 'observacion', '849.2', 'instancia', 'Hugo Lemus Arriaga'),
            ('Es necesario que la Junta establezca un registro de los juicios por despido antisindical.', 'retroalimentacion', '849.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Junta Local de Conciliación y Arbitraje revisará cómo identificar en su sistema los juicios por despido antisindical.', [], 'Junta Local de Conciliación y Arbitraje'),
         A('La Secretaría de Trabajo y Fomento al Empleo enviará la lista de centros de trabajo de las pláticas a más tardar el 3 de mayo de 2024.', ['2024-05-03'], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La sexta sesión ordinaria se celebrará el miércoles 22 de mayo de 2024 a las 16:00 horas en la Sala Benito Juárez.', ['2024-05-22'], None, next_session=True)],
     next={'date': '2024-05-22', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='Word template with content controls (w:sdt), some left with their placeholder text; attendance pasted from the QR registration form export (timestamp, e-mail)')

acta(stem='blind-u-sindical-06-2024-05-22', layout='U6', esp='sindical',
     body=SIN_BODY, number=6, date='2024-05-22', start='16:00', end='18:05', place=SIN_PLACE, coordinator=SIN_COORD,
     attendance=[
         ('Julio César Ventura Lagos', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo y Previsión Social'),
         ('Minerva Cadena Bravo', 'Lic.', 'Procuraduría de la Defensa del Trabajo', 'STYFE', IE, 'Procuradora auxiliar'),
         ('Hugo Lemus Arriaga', 'Lic.', 'Junta Local de Conciliación y Arbitraje', 'JLCA', IE, 'Secretario de acuerdos'),
         ('Brenda Zamudio Olmos', 'C.', 'Centro de Investigación Laboral y Asesoría Sindical, A.C.', None, SC, 'Asesora'),
         ('Rogelio Fierro Cárdenas', 'C.', 'Sindicato Independiente de Trabajadores de la Industria Restaurantera', None, SC, 'Secretario general'),
         ('Irene Salvatierra Gómez', 'C.', 'Red de Mujeres Sindicalistas', None, SC, 'Integrante'),
         ('Tania Robledo Fuentes', 'Mtra.', 'Centro Federal de Conciliación y Registro Laboral', None, OT, 'Enlace en la Ciudad de México'),
         SIN_SE],
     strategies=[
         S(846, T846,
           [G(*G846_1, None, 'No se presentó informe de esta meta; la información se entregará con el cierre del semestre.'),
            G(*G846_2, ['Las 42 pláticas se impartieron en 31 centros de trabajo con 1,108 personas asistentes, 604 de ellas mujeres.'])],
           [(31, 'centros de trabajo', '846.2', 'en 31 centros de trabajo'),
            (1108, 'personas asistentes', '846.2', 'con 1,108 personas asistentes'),
            (604, 'mujeres', '846.2', '604 de ellas mujeres')],
           [('La Secretaría atendió la solicitud y desagregó las pláticas por centro de trabajo.', 'retroalimentacion', '846.2', 'avance', 'SE'),
            ('Las consultas de legitimación las organiza el Centro Federal, por lo que la meta 846.1 podría compartirse con esa instancia.', 'observacion', '846.1', 'reasignar', 'Tania Robledo Fuentes'),
            ('Se propone invitar de manera permanente al Centro Federal de Conciliación y Registro Laboral.', 'retroalimentacion', '846.1', 'proceso', 'SE')]),
         S(849, T849,
           [G(*G849_1, ['En abril se brindaron 74 asesorías y se presentaron 19 demandas por despido antisindical.']),
            G(*G849_2, ['La Junta identificó 23 juicios por despido antisindical en trámite y concluyó 4 juicios mediante convenio.'])],
           [(74, 'asesorías', '849.1', 'se brindaron 74 asesorías'),
            (19, 'demandas', '849.1', 'se presentaron 19 demandas'),
            (23, 'juicios', '849.2', 'identificó 23 juicios por despido antisindical'),
            (4, 'juicios', '849.2', 'concluyó 4 juicios mediante convenio')],
           [('Concluir juicios por convenio no equivale a reinstalar: se pide saber cuántas personas regresaron a su trabajo.', 'observacion', '849.2', 'solicita_datos', 'Brenda Zamudio Olmos'),
            ('Lo informado en la meta 849.1 incluye demandas presentadas, que corresponden a la representación jurídica y no a la asesoría.', 'retroalimentacion', '849.1', 'desalineado', 'SE')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva invitará al Centro Federal de Conciliación y Registro Laboral como integrante permanente del Espacio.', [], 'Secretaría Ejecutiva'),
         A('La Junta Local de Conciliación y Arbitraje informará cuántas personas fueron reinstaladas en los juicios concluidos.', [], 'Junta Local de Conciliación y Arbitraje'),
         A('La séptima sesión ordinaria se celebrará el miércoles 19 de junio de 2024 a las 16:00 horas.', ['2024-06-19'], None, next_session=True)],
     next={'date': '2024-06-19', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='Word template with content controls (w:sdt), some left with their placeholder text; attendance pasted from the QR registration form export (timestamp, e-mail)')
