# -*- coding: utf-8 -*-
# Batch W content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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


# ================================================================ W1 tabaco (numbered resolution acta: RESOLUTIVOS PRIMERO.-, 2015)
TAB_BODY = 'Derecho a la Salud: Control del Tabaco y Espacios Libres de Humo'
TAB_COORD = ('Adriana Villaseñor Pliego', 'Coordinadora del Espacio de Participación')
TAB_PLACE = 'sala de juntas de la Agencia de Protección Sanitaria, Insurgentes Norte 423, colonia Nonoalco Tlatelolco'
T318 = 'Garantizar el cumplimiento de la Ley de Protección a la Salud de los No Fumadores en establecimientos mercantiles'
T321 = 'Ampliar la atención para dejar de fumar en las unidades de salud de la Ciudad'
G318_1 = ('318.1', 'Realizar visitas de verificación sanitaria en establecimientos con venta de alimentos y bebidas',
          'Número de visitas de verificación realizadas', 'Agencia de Protección Sanitaria del Distrito Federal', 'AGEPSA')
G318_2 = ('318.2', 'Difundir entre las personas propietarias de establecimientos la señalización obligatoria de espacios libres de humo',
          'Número de establecimientos con señalización', 'Agencia de Protección Sanitaria del Distrito Federal', 'AGEPSA')
G321_1 = ('321.1', 'Abrir clínicas de cesación del tabaquismo en los centros de salud de cada delegación',
          'Número de clínicas de cesación en operación', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
TAB_SE = ('Octavio Ledesma Ríos', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TAB_ATT = [
    ('Mónica Alvarado Fuentes', 'Q.F.B.', 'Agencia de Protección Sanitaria del Distrito Federal', 'AGEPSA', IE, 'Directora de Fomento Sanitario'),
    ('Héctor Garibay Solís', 'Dr.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Subdirector de Programas de Adicciones'),
    ('Jimena Oceguera Bravo', 'Lic.', 'Instituto para la Atención y Prevención de las Adicciones', 'IAPA', IE, 'Jefa de Departamento de Prevención'),
    ('Raúl Esquivel Madrigal', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Profesor de la Facultad de Medicina'),
    ('Luz María Centeno Arroyo', 'Lic.', 'Red México sin Tabaco, A.C.', None, SC, 'Coordinadora'),
    ('Tomás Iribarren Galván', 'C.', 'Alianza de Restauranteros del Centro, A.C.', None, SC, 'Representante'),
    TAB_SE]

acta(stem='blind-w-tabaco-03-2015-04-14', layout='W1', esp='tabaco',
     body=TAB_BODY, number=3, date='2015-04-14', start='10:00', end='12:30', place=TAB_PLACE, coordinator=TAB_COORD,
     attendance=TAB_ATT,
     strategies=[
         S(318, T318,
           [G(*G318_1, ['En el primer trimestre se realizaron 1,240 visitas de verificación, de las que derivaron 87 suspensiones de actividades y 312 apercibimientos.']),
            G(*G318_2, None, 'No se presentó informe.')],
           [(1240, 'visitas de verificación', '318.1', 'se realizaron 1,240 visitas de verificación'),
            (87, 'suspensiones de actividades', '318.1', 'de las que derivaron 87 suspensiones de actividades'),
            (312, 'apercibimientos', '318.1', '312 apercibimientos')],
           [('El informe permite conocer el alcance de la verificación en el trimestre.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('Se requiere desglosar las visitas por delegación y por giro del establecimiento.', 'retroalimentacion', '318.1', 'solicita_datos', 'SE'),
            ('Las verificaciones se concentran en restaurantes grandes y dejan fuera los bares pequeños, donde se sigue fumando.', 'observacion', '318.1', 'cuestiona', 'Luz María Centeno Arroyo')]),
         S(321, T321,
           [G(*G321_1, ['Operan 16 clínicas de cesación, una por delegación, que atendieron a 2,085 personas; 31 por ciento concluyó el tratamiento.'])],
           [(16, 'clínicas de cesación', '321.1', 'Operan 16 clínicas de cesación'),
            (2085, 'personas', '321.1', 'que atendieron a 2,085 personas'),
            (31, 'por ciento', '321.1', '31 por ciento concluyó el tratamiento')],
           [('La Secretaría de Salud señaló que la falta de medicamento sustitutivo de nicotina limita la conclusión de los tratamientos.', 'observacion', '321.1', 'instancia', 'Héctor Garibay Solís'),
            ('Abrir clínicas por sí solo no da cumplimiento a la meta si no se garantiza el tratamiento completo.', 'retroalimentacion', '321.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('La Agencia de Protección Sanitaria entregará el desglose de visitas por delegación y giro a más tardar el 30 de abril de 2015.', ['2015-04-30'], 'Agencia de Protección Sanitaria'),
         A('La Secretaría Ejecutiva solicitará a la Agencia el informe de la meta 318.2 para la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La cuarta sesión ordinaria se llevará a cabo el martes 9 de junio de 2015 a las 10:00 horas en la misma sede.', ['2015-06-09'], None, next_session=True)],
     next={'date': '2015-06-09', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='acta written as a numbered resolution: ANTECEDENTES, CONSIDERANDOS and RESOLUTIVOS PRIMERO.- / SEGUNDO.- / TERCERO.-')

acta(stem='blind-w-tabaco-04-2015-06-09', layout='W1', esp='tabaco',
     body=TAB_BODY, number=4, date='2015-06-09', start='10:00', end='12:15', place=TAB_PLACE, coordinator=TAB_COORD,
     attendance=TAB_ATT[:5] + [('Susana Prieto Valdivia', 'Mtra.', 'Instituto Nacional de Salud Pública', None, OT, 'Investigadora'), TAB_SE],
     strategies=[
         S(318, T318,
           [G(*G318_1, ['En abril y mayo se realizaron 905 visitas; 64 correspondieron a bares y cantinas de menos de 50 metros cuadrados.']),
            G(*G318_2, ['Se entregaron 3,600 paquetes de señalización y se impartieron 22 pláticas a 9 cámaras y asociaciones de comerciantes.'])],
           [(905, 'visitas', '318.1', 'se realizaron 905 visitas'),
            (64, 'bares y cantinas', '318.1', '64 correspondieron a bares y cantinas'),
            (3600, 'paquetes de señalización', '318.2', 'Se entregaron 3,600 paquetes de señalización'),
            (22, 'pláticas', '318.2', 'se impartieron 22 pláticas'),
            (9, 'cámaras y asociaciones de comerciantes', '318.2', 'a 9 cámaras y asociaciones de comerciantes')],
           [('Se reconoce que la Agencia atendió la observación sobre los establecimientos pequeños.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('Entregar paquetes de señalización no mide cuántos establecimientos la colocaron, que es lo que pide el indicador.', 'retroalimentacion', '318.2', 'desalineado', 'SE'),
            ('Es oportuno que a las sesiones acuda también el área de verificación, que conoce las actas de visita.', 'retroalimentacion', '318.1', 'proceso', 'SE')]),
         S(321, T321,
           [G(*G321_1, None, 'La Secretaría de Salud no presentó informe; indicó que el corte semestral se entrega en julio.')],
           [],
           [('Es necesario que la Secretaría de Salud gestione la compra del medicamento sustitutivo antes del siguiente semestre.', 'retroalimentacion', '321.1', 'exhorta', 'SE'),
            ('La organización propone que las clínicas atiendan también por la tarde, pues quienes trabajan no pueden acudir.', 'observacion', '321.1', 'cuestiona', 'Luz María Centeno Arroyo')]),
     ],
     agreements=[
         A('La Agencia de Protección Sanitaria reportará el número de establecimientos que colocaron la señalización.', [], 'Agencia de Protección Sanitaria'),
         A('La Secretaría de Salud enviará el corte semestral de las clínicas de cesación antes del 31 de julio de 2015.', ['2015-07-31'], 'Secretaría de Salud'),
         A('La quinta sesión ordinaria se llevará a cabo el martes 11 de agosto de 2015 a las 10:00 horas.', ['2015-08-11'], None, next_session=True)],
     next={'date': '2015-08-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='acta written as a numbered resolution: ANTECEDENTES, CONSIDERANDOS and RESOLUTIVOS PRIMERO.- / SEGUNDO.- / TERCERO.-')

# ================================================================ W2 vacunacion (minutes as questions and answers, 2021)
VAC_BODY = 'Derecho a la Salud: Vacunación Universal y Esquemas Completos'
VAC_COORD = ('Ernesto Lozada Beltrán', 'Coordinador del Espacio')
VAC_PLACE = 'videoconferencia por la plataforma institucional de la Secretaría de Salud'
T442 = 'Completar los esquemas de vacunación de niñas y niños menores de cinco años'
T447 = 'Acercar la vacunación a personas que no acuden a unidades de salud'
G442_1 = ('442.1', 'Recuperar los esquemas de vacunación interrumpidos durante la emergencia sanitaria',
          'Porcentaje de esquemas completos en menores de cinco años', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G442_2 = ('442.2', 'Registrar en el sistema nominal a todas las niñas y niños vacunados en unidades del IMSS',
          'Número de registros nominales capturados', 'Instituto Mexicano del Seguro Social', 'IMSS')
G447_1 = ('447.1', 'Instalar puestos de vacunación en albergues, centros de asistencia social y campamentos',
          'Número de puestos de vacunación instalados', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G447_2 = ('447.2', 'Vacunar casa por casa a personas con discapacidad o postradas',
          'Número de personas vacunadas en domicilio', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
VAC_SE = ('Karla Benavides Ochoa', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
VAC_ATT = [
    ('Norma Quintero Salgado', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Directora de Atención Médica'),
    ('Gustavo Palomares Itzel', 'Dr.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Coordinador de Salud Pública Delegacional'),
    ('Verónica Salas Irigoyen', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirectora de Centros de Asistencia'),
    ('Alicia Mondragón Téllez', 'Enf.', 'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado', 'ISSSTE', OT, 'Jefa de Enfermería Preventiva'),
    ('Jorge Iván Carmona Lugo', 'C.', 'Colectivo Madres por la Vacuna', None, SC, 'Vocero'),
    ('Rebeca Solórzano Ávila', 'Lic.', 'Fundación Infancia Sana, I.A.P.', None, SC, 'Directora'),
    VAC_SE]

acta(stem='blind-w-vacunacion-05-2021-05-18', layout='W2', esp='vacunacion',
     body=VAC_BODY, number=5, date='2021-05-18', start='17:00', end='19:10', place=VAC_PLACE, coordinator=VAC_COORD,
     attendance=VAC_ATT,
     strategies=[
         S(442, T442,
           [G(*G442_1, ['Se aplicaron 48,300 dosis de recuperación en 214 centros de salud; la cobertura de esquema completo pasó a 71 por ciento.']),
            G(*G442_2, None, 'Sin informe.')],
           [(48300, 'dosis de recuperación', '442.1', 'Se aplicaron 48,300 dosis de recuperación'),
            (214, 'centros de salud', '442.1', 'en 214 centros de salud'),
            (71, 'por ciento', '442.1', 'la cobertura de esquema completo pasó a 71 por ciento')],
           [('El informe aporta cifras claras sobre la recuperación de esquemas.', 'retroalimentacion', '442.1', 'avance', 'SE'),
            ('Se solicita informar la cobertura por alcaldía y por vacuna, no solo el promedio de la Ciudad.', 'retroalimentacion', '442.1', 'solicita_datos', 'SE'),
            ('El IMSS señaló que el registro nominal depende de un sistema federal y que no puede reportarlo por separado.', 'observacion', '442.2', 'instancia', 'Gustavo Palomares Itzel')]),
         S(447, T447,
           [G(*G447_1, ['Se instalaron 37 puestos de vacunación en albergues y centros de asistencia social, donde se vacunó a 1,920 personas.'])],
           [(37, 'puestos de vacunación', '447.1', 'Se instalaron 37 puestos de vacunación'),
            (1920, 'personas', '447.1', 'donde se vacunó a 1,920 personas')],
           [('Los campamentos de familias indígenas en la vía pública no aparecen en el informe y son los que más lo necesitan.', 'observacion', '447.1', 'cuestiona', 'Jorge Iván Carmona Lugo'),
            ('Es necesario que el DIF incluya los campamentos en su programa de puestos, como lo establece la meta.', 'retroalimentacion', '447.1', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud enviará la cobertura de esquemas completos desglosada por alcaldía.', [], 'Secretaría de Salud'),
         A('El DIF presentará un calendario de puestos de vacunación en campamentos antes del 4 de junio de 2021.', ['2021-06-04'], 'DIF'),
         A('La sexta sesión ordinaria se realizará el martes 22 de junio de 2021 a las 17:00 horas por videoconferencia.', ['2021-06-22'], None, next_session=True)],
     next={'date': '2021-06-22', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='minutes written as questions and answers (P: / R:) under each goal')

acta(stem='blind-w-vacunacion-06-2021-06-22', layout='W2', esp='vacunacion',
     body=VAC_BODY, number=6, date='2021-06-22', start='17:00', end='18:45', place=VAC_PLACE, coordinator=VAC_COORD,
     attendance=VAC_ATT[:4] + [('Maximiliano Ruelas Pardo', 'Lic.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Unidad de Vacunación Domiciliaria')] + VAC_ATT[4:],
     strategies=[
         S(442, T442,
           [G(*G442_1, ['La cobertura de esquema completo llegó a 76 por ciento; las alcaldías con menor cobertura son Milpa Alta con 58 por ciento y Tláhuac con 63 por ciento.']),
            G(*G442_2, ['Se capturaron 12,450 registros nominales de niñas y niños vacunados en 19 unidades de medicina familiar.'])],
           [(76, 'por ciento', '442.1', 'La cobertura de esquema completo llegó a 76 por ciento'),
            (58, 'por ciento', '442.1', 'Milpa Alta con 58 por ciento'),
            (63, 'por ciento', '442.1', 'Tláhuac con 63 por ciento'),
            (12450, 'registros nominales', '442.2', 'Se capturaron 12,450 registros nominales'),
            (19, 'unidades de medicina familiar', '442.2', 'en 19 unidades de medicina familiar')],
           [('Se reconoce que se atendió la solicitud de desglose por alcaldía.', 'retroalimentacion', '442.1', 'avance', 'SE'),
            ('El indicador mide registros capturados y no niñas y niños con esquema completo; conviene revisar su redacción.', 'retroalimentacion', '442.2', 'diseno_meta', 'SE')]),
         S(447, T447,
           [G(*G447_1, ['Se programaron 12 jornadas en campamentos de la colonia Roma y del Centro Histórico.']),
            G(*G447_2, None, 'La Secretaría de Salud no presentó informe de esta meta.')],
           [(12, 'jornadas', '447.1', 'Se programaron 12 jornadas en campamentos')],
           [('Las jornadas en campamentos podrían reportarse en la estrategia 452, que atiende a poblaciones callejeras.', 'retroalimentacion', '447.1', 'reasignar', 'SE'),
            ('Se pide que la vacunación en domicilio se avise con tiempo a las familias, porque muchas no abren la puerta a desconocidos.', 'observacion', '447.2', 'cuestiona', 'Rebeca Solórzano Ávila'),
            ('Se requiere saber cuántas personas con discapacidad tiene registradas la Secretaría para la vacunación domiciliaria.', 'retroalimentacion', '447.2', 'solicita_datos', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud presentará el informe de vacunación domiciliaria en la siguiente sesión.', [], 'Secretaría de Salud'),
         A('La Secretaría Ejecutiva revisará con el IMSS la redacción del indicador de la meta 442.2.', [], 'Secretaría Ejecutiva'),
         A('La séptima sesión ordinaria se realizará el martes 24 de agosto de 2021 a las 17:00 horas.', ['2021-08-24'], None, next_session=True)],
     next={'date': '2021-08-24', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='minutes written as questions and answers (P: / R:) under each goal')

# ================================================================ W3 archivos (fax-like 1-bit 200 dpi skewed scan, 2013)
ARC_BODY = 'Derecho de Acceso a la Información: Archivos Públicos y Gestión Documental'
ARC_COORD = ('Federico Anzures Baltierra', 'Coordinador del Espacio de Participación')
ARC_PLACE = 'sala de capacitación del Instituto de Acceso a la Información Pública, La Morena 865, colonia Narvarte'
T265 = 'Garantizar la organización y conservación de los archivos de los entes públicos'
T268 = 'Facilitar la consulta ciudadana de los archivos históricos de la Ciudad'
G265_1 = ('265.1', 'Capacitar al personal responsable de archivo de trámite y de concentración',
          'Número de personas servidoras públicas capacitadas', 'Instituto de Acceso a la Información Pública del Distrito Federal', 'INFOCDMX')
G265_2 = ('265.2', 'Elaborar los catálogos de disposición documental de las dependencias',
          'Número de catálogos aprobados', 'Oficialía Mayor del Distrito Federal', 'SAF')
G268_1 = ('268.1', 'Digitalizar los fondos del Archivo Histórico y ponerlos en consulta por internet',
          'Número de imágenes digitalizadas en consulta', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
ARC_SE = ('Rosalba Tinoco Areli', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
ARC_ATT = [
    ('Ignacio Berumen Lara', 'Lic.', 'Instituto de Acceso a la Información Pública del Distrito Federal', 'INFOCDMX', IE, 'Director de Capacitación'),
    ('Silvia Portillo Nájera', 'Mtra.', 'Oficialía Mayor del Distrito Federal', 'SAF', IE, 'Coordinadora de Archivos'),
    ('Arturo Medellín Cruz', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Subdirector del Archivo Histórico'),
    ('Claudia Herrera Zúñiga', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
    ('Pablo Esteban Roca Mier', 'C.', 'Archivistas sin Fronteras México, A.C.', None, SC, 'Presidente'),
    ('Diana Zamudio Ferrer', 'C.', 'Colectivo Memoria Abierta', None, SC, 'Integrante'),
    ARC_SE]

acta(stem='blind-w-archivos-08-2013-09-10', layout='W3', esp='archivos',
     body=ARC_BODY, number=8, date='2013-09-10', start='11:00', end='13:30', place=ARC_PLACE, coordinator=ARC_COORD,
     attendance=ARC_ATT,
     strategies=[
         S(265, T265,
           [G(*G265_1, ['Se capacitó a 530 personas servidoras públicas de 74 entes obligados en 18 cursos de organización de archivos.']),
            G(*G265_2, ['Se aprobaron 11 catálogos de disposición documental; faltan 9 dependencias por presentarlo.'])],
           [(530, 'personas servidoras públicas', '265.1', 'Se capacitó a 530 personas servidoras públicas'),
            (74, 'entes obligados', '265.1', 'de 74 entes obligados'),
            (18, 'cursos', '265.1', 'en 18 cursos de organización de archivos'),
            (11, 'catálogos de disposición documental', '265.2', 'Se aprobaron 11 catálogos de disposición documental'),
            (9, 'dependencias', '265.2', 'faltan 9 dependencias por presentarlo')],
           [('El informe presenta datos suficientes sobre la capacitación.', 'retroalimentacion', '265.1', 'avance', 'SE'),
            ('Se solicita la lista de las dependencias que no han presentado su catálogo.', 'retroalimentacion', '265.2', 'solicita_datos', 'SE'),
            ('Capacitar sin nombrar responsables de archivo en cada ente no resuelve el problema de fondo.', 'observacion', '265.1', 'cuestiona', 'Pablo Esteban Roca Mier')]),
         S(268, T268,
           [G(*G268_1, None, 'No se presentó informe.')],
           [],
           [('La Secretaría de Cultura indicó que la digitalización depende de un convenio que aún no se firma.', 'observacion', '268.1', 'instancia', 'Arturo Medellín Cruz'),
            ('Es necesario que la Secretaría de Cultura inicie la digitalización con sus propios equipos mientras se firma el convenio.', 'retroalimentacion', '268.1', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Oficialía Mayor enviará la lista de dependencias sin catálogo a más tardar el 27 de septiembre de 2013.', ['2013-09-27'], 'Oficialía Mayor'),
         A('La Secretaría de Cultura informará el estado del convenio de digitalización.', [], 'Secretaría de Cultura'),
         A('La novena sesión ordinaria se celebrará el martes 15 de octubre de 2013 a las 11:00 horas en la misma sede.', ['2013-10-15'], None, next_session=True)],
     next={'date': '2013-10-15', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta sent by fax: 1-bit 200 dpi, skewed, TIFF (CCITT G4) in PDF, no text layer')

acta(stem='blind-w-archivos-09-2013-10-15', layout='W3', esp='archivos',
     body=ARC_BODY, number=9, date='2013-10-15', start='11:00', end='13:05', place=ARC_PLACE, coordinator=ARC_COORD,
     attendance=ARC_ATT[:3] + [('Mariana Quiroz Ledo', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Directora del Archivo General de Notarías')] + ARC_ATT[3:],
     strategies=[
         S(265, T265,
           [G(*G265_1, ['En septiembre se impartieron 6 cursos más, con 147 personas capacitadas de 23 entes obligados.']),
            G(*G265_2, None, 'La Oficialía Mayor no presentó informe; envió la lista solicitada por correo.')],
           [(6, 'cursos', '265.1', 'se impartieron 6 cursos más'),
            (147, 'personas capacitadas', '265.1', 'con 147 personas capacitadas'),
            (23, 'entes obligados', '265.1', 'de 23 entes obligados')],
           [('Los cursos repiten el mismo contenido básico; se recomienda un nivel avanzado para quienes ya lo tomaron.', 'observacion', '265.1', 'cuestiona', 'Claudia Herrera Zúñiga'),
            ('Sería oportuno que la Oficialía Mayor presente su informe en la sesión y no solo por correo.', 'retroalimentacion', '265.2', 'proceso', 'SE')]),
         S(268, T268,
           [G(*G268_1, ['El convenio se firmó el 2 de octubre; se digitalizaron 8,400 imágenes del fondo Ayuntamiento, de las que 2,150 ya están en consulta.'])],
           [(8400, 'imágenes', '268.1', 'se digitalizaron 8,400 imágenes del fondo Ayuntamiento'),
            (2150, 'imágenes', '268.1', 'de las que 2,150 ya están en consulta')],
           [('Se reconoce el avance en la digitalización del fondo Ayuntamiento.', 'retroalimentacion', '268.1', 'avance', 'SE'),
            ('El Archivo General de Notarías puede sumarse a la digitalización, aunque su acervo corresponde a otra meta.', 'observacion', '268.1', 'instancia', 'Mariana Quiroz Ledo'),
            ('Poner imágenes en consulta por sí solo no cumple la meta si no tienen descripción que permita buscarlas.', 'retroalimentacion', '268.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Cultura presentará el avance de la descripción de las imágenes digitalizadas.', [], 'Secretaría de Cultura'),
         A('El Instituto de Acceso a la Información diseñará un curso de nivel avanzado antes del 29 de noviembre de 2013.', ['2013-11-29'], 'Instituto de Acceso a la Información'),
         A('La décima sesión ordinaria se celebrará el martes 12 de noviembre de 2013 a las 11:00 horas.', ['2013-11-12'], None, next_session=True)],
     next={'date': '2013-11-12', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta sent by fax: 1-bit 200 dpi, skewed, TIFF (CCITT G4) in PDF, no text layer')

# ================================================================ W4 donacion (newspaper columns with sidebar headings, 2019)
DON_BODY = 'Derecho a la Salud: Donación y Trasplante de Órganos y Tejidos'
DON_COORD = ('Leticia Barragán Olvera', 'Coordinadora del Espacio')
DON_PLACE = 'auditorio del Hospital General Xoco, avenida México-Coyoacán sin número, colonia General Anaya'
T533 = 'Incrementar la donación de órganos y tejidos con fines de trasplante'
T536 = 'Asegurar el acceso equitativo a trasplantes de las personas sin seguridad social'
G533_1 = ('533.1', 'Contar con coordinaciones hospitalarias de donación en todos los hospitales generales de la red',
          'Número de hospitales con coordinación de donación', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G533_2 = ('533.2', 'Difundir el documento de voluntad de donación entre la población',
          'Número de documentos de voluntad registrados', 'Centro Nacional de Trasplantes', None)
G536_1 = ('536.1', 'Cubrir los medicamentos inmunosupresores de las personas trasplantadas sin seguridad social',
          'Porcentaje de personas trasplantadas con tratamiento cubierto', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G536_2 = ('536.2', 'Publicar la lista de espera de trasplante renal con criterios de asignación',
          'Lista publicada y actualizada', 'Centro Nacional de Trasplantes', None)
DON_SE = ('Gerardo Aldana Pimentel', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
DON_ATT = [
    ('Elena Castañeda Rebolledo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Coordinadora de Donación'),
    ('Mauricio Olguín Peralta', 'Dr.', 'Centro Nacional de Trasplantes', None, OT, 'Director de Registro Nacional'),
    ('Fernanda Rivas Bolaños', 'Lic.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Jefa de Oficina de Trasplantes'),
    ('Joaquín Serrano Yáñez', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Profesor de bioética'),
    ('Teresa Luján Cervera', 'C.', 'Asociación de Pacientes Renales del Valle de México, A.C.', None, SC, 'Presidenta'),
    ('Andrés Villegas Ponce', 'C.', 'Fundación Vida que Sigue, A.C.', None, SC, 'Director'),
    ('Olga Pineda Sarmiento', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    DON_SE]

acta(stem='blind-w-donacion-02-2019-03-26', layout='W4', esp='donacion',
     body=DON_BODY, number=2, date='2019-03-26', start='09:30', end='12:00', place=DON_PLACE, coordinator=DON_COORD,
     attendance=DON_ATT,
     strategies=[
         S(533, T533,
           [G(*G533_1, ['Cuentan con coordinación de donación 9 de los 11 hospitales generales; en 2018 se obtuvieron 46 donaciones de órganos y 212 de córneas.']),
            G(*G533_2, ['Se registraron 3,870 documentos de voluntad de donación en la Ciudad durante 2018.'])],
           [(9, 'hospitales generales', '533.1', 'Cuentan con coordinación de donación 9 de los 11 hospitales generales'),
            (11, 'hospitales generales', '533.1', 'de los 11 hospitales generales'),
            (46, 'donaciones de órganos', '533.1', 'se obtuvieron 46 donaciones de órganos'),
            (212, 'donaciones de córneas', '533.1', '212 de córneas'),
            (3870, 'documentos de voluntad de donación', '533.2', 'Se registraron 3,870 documentos de voluntad de donación')],
           [('El informe aporta datos duros y permite ubicar los hospitales que faltan.', 'retroalimentacion', '533.1', 'avance', 'SE'),
            ('Se requiere precisar qué acciones de difusión se hicieron, en qué medios y con qué frecuencia.', 'retroalimentacion', '533.2', 'solicita_datos', 'SE'),
            ('Las familias reciben la solicitud de donación en el peor momento y sin acompañamiento psicológico.', 'observacion', '533.1', 'cuestiona', 'Teresa Luján Cervera')]),
         S(536, T536,
           [G(*G536_1, ['Se cubrió el tratamiento inmunosupresor de 388 personas trasplantadas, 82 por ciento de las registradas sin seguridad social.']),
            G(*G536_2, None, 'Sin informe.')],
           [(388, 'personas trasplantadas', '536.1', 'Se cubrió el tratamiento inmunosupresor de 388 personas trasplantadas'),
            (82, 'por ciento', '536.1', '82 por ciento de las registradas sin seguridad social')],
           [('El Centro Nacional de Trasplantes refirió que la lista de espera contiene datos personales y que consultará a su área jurídica.', 'observacion', '536.2', 'instancia', 'Mauricio Olguín Peralta'),
            ('Es necesario que la meta precise qué datos de la lista pueden publicarse, porque tal como está no es verificable.', 'retroalimentacion', '536.2', 'diseno_meta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud presentará el calendario para instalar coordinaciones en los 2 hospitales que faltan.', [], 'Secretaría de Salud'),
         A('El Centro Nacional de Trasplantes enviará la opinión de su área jurídica sobre la lista de espera antes del 30 de abril de 2019.', ['2019-04-30'], 'Centro Nacional de Trasplantes'),
         A('La tercera sesión ordinaria tendrá lugar el martes 28 de mayo de 2019 a las 9:30 horas.', ['2019-05-28'], None, next_session=True)],
     next={'date': '2019-05-28', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='Word document in newspaper columns (two-column section) with sidebar headings in a margin frame')

acta(stem='blind-w-donacion-03-2019-05-28', layout='W4', esp='donacion',
     body=DON_BODY, number=3, date='2019-05-28', start='09:30', end='11:40', place=DON_PLACE, coordinator=DON_COORD,
     attendance=DON_ATT[:3] + DON_ATT[4:],
     strategies=[
         S(533, T533,
           [G(*G533_1, ['Se instaló la coordinación de donación en el Hospital General Tláhuac; el Hospital General Milpa Alta la tendrá en julio. En el primer trimestre hubo 14 donaciones de órganos.']),
            G(*G533_2, None, 'No se presentó informe.')],
           [(14, 'donaciones de órganos', '533.1', 'En el primer trimestre hubo 14 donaciones de órganos')],
           [('Se reconoce el cumplimiento del acuerdo sobre las coordinaciones hospitalarias.', 'retroalimentacion', '533.1', 'avance', 'SE'),
            ('Sería oportuno invitar al área de comunicación social del Centro, que lleva la difusión.', 'retroalimentacion', '533.2', 'proceso', 'SE')]),
         S(536, T536,
           [G(*G536_1, ['Se atendió a 401 personas trasplantadas; en 27 casos hubo desabasto de tacrolimus durante 3 semanas.']),
            G(*G536_2, ['Se publicará una versión de la lista con folio, fecha de ingreso y puntaje, sin nombres; hoy hay 1,215 personas en espera de riñón.'])],
           [(401, 'personas trasplantadas', '536.1', 'Se atendió a 401 personas trasplantadas'),
            (27, 'casos', '536.1', 'en 27 casos hubo desabasto de tacrolimus'),
            (3, 'semanas', '536.1', 'durante 3 semanas'),
            (1215, 'personas', '536.2', 'hoy hay 1,215 personas en espera de riñón')],
           [('El desabasto de tacrolimus pone en riesgo los trasplantes; atenderlo es urgente y no se menciona en el informe.', 'observacion', '536.1', 'cuestiona', 'Teresa Luján Cervera'),
            ('Es necesario que la Secretaría de Salud garantice la compra consolidada del tacrolimus para el resto del año.', 'retroalimentacion', '536.1', 'exhorta', 'SE'),
            ('La publicación de la lista de espera corresponde mejor a la estrategia 540, sobre transparencia en salud.', 'retroalimentacion', '536.2', 'reasignar', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Salud informará las medidas contra el desabasto de tacrolimus.', [], 'Secretaría de Salud'),
         A('El Centro Nacional de Trasplantes publicará la versión pública de la lista antes del 1 de julio de 2019.', ['2019-07-01'], 'Centro Nacional de Trasplantes'),
         A('La cuarta sesión ordinaria tendrá lugar el martes 23 de julio de 2019 a las 9:30 horas.', ['2019-07-23'], None, next_session=True)],
     next={'date': '2019-07-23', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='Word document in newspaper columns (two-column section) with sidebar headings in a margin frame')

# ================================================================ W5 parteras (hand-made PDF, landscape pages stored portrait with /Rotate 90, 2024)
PAR_BODY = 'Derechos Sexuales y Reproductivos: Partería Tradicional y Profesional'
PAR_COORD = ('Xóchitl Amaro Cedillo', 'Coordinadora del Espacio')
PAR_PLACE = 'Casa de la Mujer Indígena de Milpa Alta, barrio San Mateo, Villa Milpa Alta'
T624 = 'Reconocer e integrar la partería en la atención del embarazo, parto y puerperio'
T627 = 'Garantizar la atención intercultural del parto a mujeres indígenas'
G624_1 = ('624.1', 'Incorporar parteras profesionales en los centros de salud con atención de parto de bajo riesgo',
          'Número de parteras incorporadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G624_2 = ('624.2', 'Registrar a las parteras tradicionales que atienden en la Ciudad',
          'Número de parteras tradicionales registradas', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
G627_1 = ('627.1', 'Habilitar salas de parto vertical con pertinencia cultural en hospitales materno infantiles',
          'Número de salas de parto vertical habilitadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
PAR_SE = ('Benjamín Ortuño Saldívar', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
PAR_ATT = [
    ('Dulce Magaña Tirado', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Salud Materna'),
    ('Emilio Cuautle Rosas', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Director de Derechos Indígenas'),
    ('Irma Galicia Ocotitla', 'Lic.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Jefa de Unidad de Salud'),
    ('Paulina Ortega Becerril', 'Mtra.', 'Escuela de Parteras Profesionales de la Ciudad, A.C.', None, SC, 'Directora'),
    ('Juana Tecpa Meza', 'C.', 'Consejo de Parteras Tradicionales de Milpa Alta', None, SC, 'Partera tradicional'),
    ('Roberto Lazcano Durán', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador'),
    PAR_SE]

acta(stem='blind-w-parteras-04-2024-02-20', layout='W5', esp='parteras',
     body=PAR_BODY, number=4, date='2024-02-20', start='10:00', end='13:00', place=PAR_PLACE, coordinator=PAR_COORD,
     attendance=PAR_ATT,
     strategies=[
         S(624, T624,
           [G(*G624_1, ['En 2023 se incorporaron 14 parteras profesionales en 7 centros de salud, que atendieron 460 partos de bajo riesgo.']),
            G(*G624_2, ['Se registraron 58 parteras tradicionales de 3 alcaldías: Milpa Alta, Xochimilco y Tláhuac.'])],
           [(14, 'parteras profesionales', '624.1', 'se incorporaron 14 parteras profesionales'),
            (7, 'centros de salud', '624.1', 'en 7 centros de salud'),
            (460, 'partos de bajo riesgo', '624.1', 'que atendieron 460 partos de bajo riesgo'),
            (58, 'parteras tradicionales', '624.2', 'Se registraron 58 parteras tradicionales'),
            (3, 'alcaldías', '624.2', 'de 3 alcaldías')],
           [('El informe permite conocer el avance de la incorporación de parteras.', 'retroalimentacion', '624.1', 'avance', 'SE'),
            ('El registro pide documentos que las parteras mayores no tienen; así se les deja fuera.', 'observacion', '624.2', 'cuestiona', 'Juana Tecpa Meza'),
            ('Se solicita informar cuántas parteras registradas hablan una lengua indígena y cuál.', 'retroalimentacion', '624.2', 'solicita_datos', 'SE')]),
         S(627, T627,
           [G(*G627_1, None, 'Sin informe.')],
           [],
           [('La Secretaría de Salud señaló que las salas requieren obra y que la solicitará en el presupuesto de 2025.', 'observacion', '627.1', 'instancia', 'Dulce Magaña Tirado'),
            ('Es necesario que la Secretaría de Salud habilite al menos una sala con el mobiliario existente mientras llega el presupuesto.', 'retroalimentacion', '627.1', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Pueblos revisará con el Consejo de Parteras los requisitos del registro.', [], 'Secretaría de Pueblos'),
         A('La Secretaría de Salud presentará un plan para habilitar una sala de parto vertical antes del 15 de marzo de 2024.', ['2024-03-15'], 'Secretaría de Salud'),
         A('La quinta sesión ordinaria será el martes 16 de abril de 2024 a las 10:00 horas en la misma sede.', ['2024-04-16'], None, next_session=True)],
     next={'date': '2024-04-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='hand-made PDF: a portrait title page, then landscape pages stored portrait with /Rotate 90 (text drawn turned)')

acta(stem='blind-w-parteras-05-2024-04-16', layout='W5', esp='parteras',
     body=PAR_BODY, number=5, date='2024-04-16', start='10:00', end='12:50', place=PAR_PLACE, coordinator=PAR_COORD,
     attendance=PAR_ATT[:5] + [('Nayeli Robles Acatitla', 'Enf.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Partera profesional del Centro de Salud Villa Milpa Alta')] + PAR_ATT[5:],
     strategies=[
         S(624, T624,
           [G(*G624_1, None, 'No se presentó informe.'),
            G(*G624_2, ['Se sumaron 9 parteras al registro, con lo que hay 67; 41 hablan náhuatl.'])],
           [(9, 'parteras', '624.2', 'Se sumaron 9 parteras al registro'),
            (67, 'parteras', '624.2', 'con lo que hay 67'),
            (41, 'parteras', '624.2', '41 hablan náhuatl')],
           [('Se reconoce que se simplificaron los requisitos del registro con el Consejo de Parteras.', 'retroalimentacion', '624.2', 'avance', 'SE'),
            ('Registrar a las parteras por sí solo no cumple la meta si no se les reconoce en los centros de salud.', 'retroalimentacion', '624.2', 'insuficiente', 'SE')]),
         S(627, T627,
           [G(*G627_1, ['Se habilitó una sala de parto vertical en el Hospital Materno Infantil Tláhuac, donde se atendieron 23 partos en marzo, y se capacitó a 35 personas del personal de enfermería.'])],
           [(23, 'partos', '627.1', 'donde se atendieron 23 partos en marzo'),
            (35, 'personas', '627.1', 'se capacitó a 35 personas del personal de enfermería')],
           [('Capacitar al personal de enfermería no se relaciona con el indicador, que mide salas habilitadas.', 'retroalimentacion', '627.1', 'desalineado', 'SE'),
            ('Las mujeres siguen sin poder estar acompañadas por su partera dentro del hospital.', 'observacion', '627.1', 'cuestiona', 'Paulina Ortega Becerril'),
            ('Sería oportuno que a la próxima sesión asista la dirección del hospital, que decide quién entra a la sala.', 'retroalimentacion', '627.1', 'proceso', 'SE')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva invitará a la dirección del Hospital Materno Infantil Tláhuac.', [], 'Secretaría Ejecutiva'),
         A('La Secretaría de Salud presentará el informe de la meta 624.1 en la siguiente sesión.', [], 'Secretaría de Salud'),
         A('La sexta sesión ordinaria será el martes 18 de junio de 2024 a las 10:00 horas.', ['2024-06-18'], None, next_session=True)],
     next={'date': '2024-06-18', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='hand-made PDF: a portrait title page, then landscape pages stored portrait with /Rotate 90 (text drawn turned)')

# ================================================================ W6 ludotecas (Word fields: DOCPROPERTY, SEQ agreements, REF, 2017)
LUD_BODY = 'Derecho al Juego y la Recreación de Niñas y Niños: Ludotecas Públicas'
LUD_COORD = ('Humberto Canseco Ríos', 'Coordinador del Espacio de Participación')
LUD_PLACE = 'ludoteca del Centro DIF Tlatilco, calle Tlatilco 12, colonia Tlatilco, Azcapotzalco'
T711 = 'Ampliar la red de ludotecas públicas en las colonias con menor índice de desarrollo social'
T714 = 'Garantizar la accesibilidad y seguridad de los espacios de juego para niñas y niños'
G711_1 = ('711.1', 'Abrir ludotecas en centros comunitarios y de desarrollo infantil',
          'Número de ludotecas abiertas', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G711_2 = ('711.2', 'Capacitar a personal ludotecario en derechos de la infancia y juego libre',
          'Número de personas ludotecarias capacitadas', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G714_1 = ('714.1', 'Adaptar juegos infantiles accesibles en parques y deportivos',
          'Número de áreas de juego adaptadas', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE')
G714_2 = ('714.2', 'Revisar la seguridad de los juegos infantiles de los parques públicos',
          'Número de áreas de juego revisadas', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
LUD_SE = ('Yolanda Reséndiz Cuevas', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
LUD_ATT = [
    ('Carmen Ibarra Solano', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Directora de Centros de Desarrollo Infantil'),
    ('Luis Alberto Peña Ochoa', 'Lic.', 'Instituto del Deporte del Distrito Federal', 'INDEPORTE', IE, 'Subdirector de Infraestructura'),
    ('Mariela Toledo Guerra', 'Ing.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Jefa de Unidad de Parques Urbanos'),
    ('Francisco Nava Urquiza', 'Lic.', 'Instituto para la Integración al Desarrollo de las Personas con Discapacidad', 'INDEPEDI', IE, 'Enlace'),
    ('Lorena Esquivias Pardo', 'Mtra.', 'Red por los Derechos de la Infancia en México', None, SC, 'Coordinadora de incidencia'),
    ('Ramón Cisneros Vela', 'C.', 'Juguemos Todos, A.C.', None, SC, 'Presidente'),
    ('Gabriela Montaño Ruiz', 'Dra.', 'Universidad Pedagógica Nacional', None, OT, 'Académica'),
    LUD_SE]

acta(stem='blind-w-ludotecas-10-2017-08-08', layout='W6', esp='ludotecas',
     body=LUD_BODY, number=10, date='2017-08-08', start='16:00', end='18:20', place=LUD_PLACE, coordinator=LUD_COORD,
     attendance=LUD_ATT,
     strategies=[
         S(711, T711,
           [G(*G711_1, ['En el semestre se abrieron 6 ludotecas, con lo que la red suma 58; recibieron 14,300 visitas de niñas y niños.']),
            G(*G711_2, ['Se capacitó a 96 personas ludotecarias en 4 generaciones del diplomado de juego libre.'])],
           [(6, 'ludotecas', '711.1', 'se abrieron 6 ludotecas'),
            (58, 'ludotecas', '711.1', 'la red suma 58'),
            (14300, 'visitas', '711.1', 'recibieron 14,300 visitas de niñas y niños'),
            (96, 'personas ludotecarias', '711.2', 'Se capacitó a 96 personas ludotecarias'),
            (4, 'generaciones', '711.2', 'en 4 generaciones del diplomado')],
           [('El informe aporta datos suficientes sobre la apertura de ludotecas.', 'retroalimentacion', '711.1', 'avance', 'SE'),
            ('Se solicita indicar en qué colonias se abrieron las ludotecas y su índice de desarrollo social.', 'retroalimentacion', '711.1', 'solicita_datos', 'SE'),
            ('Las ludotecas cierran a las 15:00 horas, cuando muchas niñas y niños apenas salen de la escuela.', 'observacion', '711.1', 'cuestiona', 'Ramón Cisneros Vela')]),
         S(714, T714,
           [G(*G714_1, ['Se adaptaron 12 áreas de juego accesibles en deportivos de 5 delegaciones.']),
            G(*G714_2, None, 'No se presentó informe.')],
           [(12, 'áreas de juego', '714.1', 'Se adaptaron 12 áreas de juego accesibles'),
            (5, 'delegaciones', '714.1', 'en deportivos de 5 delegaciones')],
           [('La Secretaría del Medio Ambiente indicó que los parques de barrio son de las delegaciones y no le corresponde revisarlos.', 'observacion', '714.2', 'instancia', 'Mariela Toledo Guerra'),
            ('Es necesario que la Secretaría del Medio Ambiente revise al menos los juegos de los parques a su cargo.', 'retroalimentacion', '714.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('El DIF enviará la relación de ludotecas abiertas por colonia a más tardar el 25 de agosto de 2017.', ['2017-08-25'], 'DIF'),
         A('La Secretaría Ejecutiva convocará a las delegaciones con parques de barrio a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La undécima sesión ordinaria se realizará el martes 10 de octubre de 2017 a las 16:00 horas en la misma sede.', ['2017-10-10'], None, next_session=True)],
     next={'date': '2017-10-10', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='Word acta built from fields: DOCPROPERTY title and date (cached results), SEQ-numbered agreements, REF to bookmarks')

acta(stem='blind-w-ludotecas-11-2017-10-10', layout='W6', esp='ludotecas',
     body=LUD_BODY, number=11, date='2017-10-10', start='16:00', end='18:05', place=LUD_PLACE, coordinator=LUD_COORD,
     attendance=LUD_ATT[:4] + [('Víctor Arellano Mejía', 'Arq.', 'Delegación Azcapotzalco', 'ALC-AZCAPOTZALCO', OT, 'Director de Parques y Jardines')] + LUD_ATT[4:],
     strategies=[
         S(711, T711,
           [G(*G711_1, ['Dos ludotecas amplían su horario hasta las 19:00 horas; 41 de las 58 están en colonias de índice bajo o muy bajo.']),
            G(*G711_2, None, 'No se presentó informe.')],
           [(41, 'ludotecas', '711.1', '41 de las 58 están en colonias de índice bajo o muy bajo'),
            (58, 'ludotecas', '711.1', 'de las 58 están')],
           [('Se reconoce que el DIF atendió la observación sobre los horarios.', 'retroalimentacion', '711.1', 'avance', 'SE'),
            ('Abrir dos ludotecas por la tarde por sí solo no cumple la meta; la mayoría sigue cerrando temprano.', 'retroalimentacion', '711.1', 'insuficiente', 'SE')]),
         S(714, T714,
           [G(*G714_1, ['Se adaptaron 7 áreas de juego más; 3 cuentan con columpio para silla de ruedas.']),
            G(*G714_2, ['Se revisaron 84 áreas de juego en parques de la Secretaría; 29 tenían juegos dañados y 17 ya se repararon.'])],
           [(7, 'áreas de juego', '714.1', 'Se adaptaron 7 áreas de juego más'),
            (3, 'áreas de juego', '714.1', '3 cuentan con columpio para silla de ruedas'),
            (84, 'áreas de juego', '714.2', 'Se revisaron 84 áreas de juego'),
            (29, 'áreas de juego', '714.2', '29 tenían juegos dañados'),
            (17, 'áreas de juego', '714.2', '17 ya se repararon')],
           [('La Delegación Azcapotzalco propuso revisar en conjunto los juegos de sus parques de barrio.', 'observacion', '714.2', 'instancia', 'Víctor Arellano Mejía'),
            ('El indicador cuenta áreas revisadas pero no si quedaron seguras; conviene medir las reparadas.', 'retroalimentacion', '714.2', 'diseno_meta', 'SE'),
            ('La adaptación de juegos la deberían reportar juntas el Instituto del Deporte y el INDEPEDI, no solo uno.', 'observacion', '714.1', 'proceso', 'Lorena Esquivias Pardo')]),
     ],
     agreements=[
         A('La Secretaría del Medio Ambiente y la Delegación Azcapotzalco harán un recorrido conjunto por los parques de barrio.', [], 'Secretaría del Medio Ambiente y la Delegación Azcapotzalco'),
         A('El DIF presentará el informe de capacitación de personal ludotecario.', [], 'DIF'),
         A('La duodécima sesión ordinaria se realizará el martes 12 de diciembre de 2017 a las 16:00 horas.', ['2017-12-12'], None, next_session=True)],
     next={'date': '2017-12-12', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='Word acta built from fields: DOCPROPERTY title and date (cached results), SEQ-numbered agreements, REF to bookmarks')
