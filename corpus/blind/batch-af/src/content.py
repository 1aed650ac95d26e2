# -*- coding: utf-8 -*-
# Batch AF content, written ONCE (same shapes as batch AD's content.py).
# attendance row: (name, title, institution, institution_key, sector, cargo)
# figure: (value, unit, goal, context)  -- context is a clause of the report
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'
ACTAS = []


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)


def A(text, dates=(), responsible=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, next_session=next_session); d.update(kw); return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


def NX(date, time):
    return {'date': date, 'start_time': time, 'end_time': None, 'strategies': []}


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ AF1 voceadores (ADF duplex CCITT scan, side-by-side roster, 2013)
VOC_BODY = 'Derecho al Trabajo: Voceadores y Expendedores de Periódicos'
VOC_COORD = ('Ernesto Valdivia Robles', 'Coordinador del Espacio de Participación')
VOC_PLACE = 'Sala de Juntas de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58, colonia Tránsito'
T318 = 'Garantizar la seguridad social y condiciones dignas de trabajo a las personas voceadoras'
T322 = 'Ordenar y mejorar los puestos de periódicos en la vía pública'
G318_1 = ('318.1', 'Incorporar a personas voceadoras al seguro de desempleo y a la afiliación voluntaria', 'Número de personas voceadoras afiliadas',
          'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE')
G318_2 = ('318.2', 'Otorgar credenciales de trabajador no asalariado a voceadores', 'Número de credenciales entregadas',
          'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE')
G322_1 = ('322.1', 'Sustituir puestos de periódicos deteriorados por módulos homologados', 'Número de puestos sustituidos',
          'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
VOC_SE = ('Itzel Carmona Duarte', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
VOC_ATT = [
    ('Javier Olguín Mena', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE', IE, 'Subdirector'),
    ('Marisol Gámez Ortiz', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'JUD de Vía Pública'),
    ('Ramiro Tapia Guzmán', 'C.', 'Unión de Voceadores y Expendedores del Valle de México', None, SC, 'Secretario General'),
    ('Guadalupe Esparza León', 'C.', 'Red de Mujeres Voceadoras', None, SC, 'Integrante'),
    ('Fernando Ibarra Solís', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador'),
    ('Olivia Mancera Rivas', 'Lic.', 'Instituto de Vivienda del Distrito Federal', 'INVI', IE, 'Enlace'),
    VOC_SE]

acta(stem='blind-af-voceadores-03-2013-04-16', layout='AF1', esp='voceadores',
     body=VOC_BODY, number=3, date='2013-04-16', start='10:00', end='12:30', place=VOC_PLACE, coordinator=VOC_COORD,
     attendance=VOC_ATT,
     strategies=[
         S(318, T318,
           [G(*G318_1, ['La STYFE afilió a 164 personas voceadoras al seguro de desempleo; 58 de ellas son mujeres mayores de 60 años.']),
            G(*G318_2, None, 'La STYFE no presentó informe.')],
           [(164, 'personas voceadoras', '318.1', 'La STYFE afilió a 164 personas voceadoras'),
            (58, 'mujeres', '318.1', '58 de ellas son mujeres mayores de 60 años')],
           [('El informe presenta datos duros sobre la afiliación y los desagrega por sexo y edad.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('Es necesario que la STYFE inicie la entrega de credenciales que establece la meta.', 'retroalimentacion', '318.2', 'exhorta', 'SE'),
            ('El seguro de desempleo dura seis meses y no sustituye la seguridad social que pide la estrategia.', 'observacion', '318.1', 'insuficiente', 'Ramiro Tapia Guzmán')]),
         S(322, T322,
           [G(*G322_1, ['La Delegación sustituyó 37 puestos en la colonia Centro y 12 en la colonia Roma Norte, con una inversión de 1.8 millones de pesos.'])],
           [(37, 'puestos', '322.1', 'La Delegación sustituyó 37 puestos en la colonia Centro'),
            (12, 'puestos', '322.1', '12 en la colonia Roma Norte'),
            (1.8, 'millones de pesos', '322.1', 'con una inversión de 1.8 millones de pesos')],
           [('Se solicita informar cuántas personas voceadoras fueron reubicadas y con qué criterios.', 'retroalimentacion', '322.1', 'solicita_datos', 'SE'),
            ('Los módulos nuevos se entregaron a comerciantes que no venden periódicos.', 'observacion', '322.1', 'cuestiona', 'Guadalupe Esparza León')])],
     agreements=[
         A('La STYFE enviará a la Secretaría Ejecutiva el padrón de credenciales entregadas antes del 17 de mayo de 2013.', ['2013-05-17'], 'STYFE'),
         A('La Delegación Cuauhtémoc presentará los criterios de asignación de los módulos en la próxima sesión.', [], 'Delegación Cuauhtémoc'),
         A('La cuarta sesión ordinaria se celebrará el 18 de junio de 2013 a las 10:00 horas en la misma sede.', ['2013-06-18'], None, next_session=True)],
     next=NX('2013-06-18', '10:00'),
     notes='Archive copy scanned on a multifunction printer ADF: 300 dpi bilevel, CCITT G4, duplex with the blank backs kept; attendance as a side-by-side roster (two people per row).')

acta(stem='blind-af-voceadores-04-2013-06-18', layout='AF1', esp='voceadores',
     body=VOC_BODY, number=4, date='2013-06-18', start='10:00', end='12:45', place=VOC_PLACE, coordinator=VOC_COORD,
     attendance=VOC_ATT[:4] + [('Rosa Elena Quiroz Baños', 'Lic.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', IE, 'Analista'),
                               ('Fernando Ibarra Solís', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador'), VOC_SE],
     strategies=[
         S(318, T318,
           [G(*G318_1, ['En mayo se afiliaron 41 personas más; el total llega a 205 personas voceadoras.']),
            G(*G318_2, ['La STYFE entregó 320 credenciales en 9 jornadas realizadas en 14 expendios.'])],
           [(41, 'personas', '318.1', 'En mayo se afiliaron 41 personas más'),
            (205, 'personas voceadoras', '318.1', 'el total llega a 205 personas voceadoras'),
            (320, 'credenciales', '318.2', 'La STYFE entregó 320 credenciales'),
            (9, 'jornadas', '318.2', 'en 9 jornadas'),
            (14, 'expendios', '318.2', 'realizadas en 14 expendios')],
           [('Se reconoce que la STYFE atendió el acuerdo de la sesión anterior y entregó el padrón.', 'retroalimentacion', '318.2', 'avance', 'SE'),
            ('La STYFE señala que la afiliación al seguro social no le corresponde y debe atenderla el IMSS.', 'observacion', '318.1', 'instancia', 'Javier Olguín Mena'),
            ('Sería oportuno convocar al IMSS a las sesiones del Espacio para tratar la afiliación.', 'observacion', '318.1', 'proceso', 'Fernando Ibarra Solís')]),
         S(322, T322,
           [G(*G322_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la Delegación presente los criterios comprometidos en la sesión anterior.', 'retroalimentacion', '322.1', 'exhorta', 'SE'),
            ('El indicador cuenta puestos sustituidos y no dice si las personas voceadoras conservaron su lugar.', 'observacion', '322.1', 'diseno_meta', 'Ramiro Tapia Guzmán')])],
     agreements=[
         A('La Secretaría Ejecutiva invitará al Instituto Mexicano del Seguro Social a la quinta sesión.', [], 'Secretaría Ejecutiva'),
         A('La Delegación Cuauhtémoc entregará por escrito los criterios de asignación antes del 5 de julio de 2013.', ['2013-07-05'], 'Delegación Cuauhtémoc'),
         A('La quinta sesión ordinaria se celebrará el 20 de agosto de 2013 a las 10:00 horas.', ['2013-08-20'], None, next_session=True)],
     next=NX('2013-08-20', '10:00'),
     notes='Archive copy scanned on a multifunction printer ADF: 300 dpi bilevel, CCITT G4, duplex with the blank backs kept; attendance as a side-by-side roster (two people per row).')

# ================================================================ AF2 boleros (Word 2003 legacy form fields, 2016)
BOL_BODY = 'Derecho al Trabajo: Aseadores de Calzado'
BOL_COORD = ('Leticia Arriaga Montes', 'Coordinadora del Espacio de Participación')
BOL_PLACE = 'Auditorio de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58'
T455 = 'Reconocer y proteger el trabajo no asalariado de las personas aseadoras de calzado'
T459 = 'Prevenir el trabajo infantil en el aseo de calzado en la vía pública'
G455_1 = ('455.1', 'Renovar las licencias de trabajo no asalariado de aseadores de calzado', 'Número de licencias renovadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G455_2 = ('455.2', 'Impartir cursos de salud ocupacional para aseadores de calzado', 'Número de personas capacitadas',
          'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G459_1 = ('459.1', 'Identificar y canalizar a niñas y niños que trabajan como aseadores de calzado', 'Número de niñas y niños canalizados',
          'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
BOL_SE = ('Abril Montaño Serrano', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
BOL_ATT = [
    ('Héctor Bustamante Lira', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo No Asalariado'),
    ('Claudia Fuentes Ordaz', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora'),
    ('Saúl Barragán Téllez', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'JUD'),
    ('Anselmo Cruz Villeda', 'C.', 'Unión de Aseadores de Calzado del Distrito Federal', None, SC, 'Presidente'),
    ('Yolanda Peralta Nieto', 'C.', 'Colectivo Boleras de la Alameda', None, SC, 'Integrante'),
    ('Diego Rangel Aceves', 'Mtro.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesor'),
    BOL_SE]

acta(stem='blind-af-boleros-05-2016-03-08', layout='AF2', esp='boleros',
     body=BOL_BODY, number=5, date='2016-03-08', start='11:00', end='13:30', place=BOL_PLACE, coordinator=BOL_COORD,
     attendance=BOL_ATT,
     strategies=[
         S(455, T455,
           [G(*G455_1, ['Se renovaron 412 licencias; 96 corresponden a mujeres y 31 a personas mayores.']),
            G(*G455_2, None, 'No reportó.')],
           [(412, 'licencias', '455.1', 'Se renovaron 412 licencias'),
            (96, 'licencias', '455.1', '96 corresponden a mujeres'),
            (31, 'licencias', '455.1', '31 a personas mayores')],
           [('Se reportan datos duros desagregados por sexo y edad, lo que permite conocer el avance.', 'retroalimentacion', '455.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Salud inicie los cursos que establece la meta.', 'retroalimentacion', '455.2', 'exhorta', 'SE'),
            ('Los módulos de la Alameda fueron retirados y la licencia no garantiza un lugar para trabajar.', 'observacion', '455.1', 'cuestiona', 'Anselmo Cruz Villeda')]),
         S(459, T459,
           [G(*G459_1, ['El DIF identificó a 23 niñas y niños en 4 plazas públicas y canalizó a 15 a centros de día.'])],
           [(23, 'niñas y niños', '459.1', 'El DIF identificó a 23 niñas y niños'),
            (4, 'plazas públicas', '459.1', 'en 4 plazas públicas'),
            (15, 'niñas y niños', '459.1', 'canalizó a 15 a centros de día')],
           [('Se necesita informar qué servicios recibieron las niñas y niños canalizados y si dejaron de trabajar.', 'retroalimentacion', '459.1', 'solicita_datos', 'SE'),
            ('Las jornadas del DIF pueden reportarse también en la estrategia 461 sobre niñez en situación de calle.', 'observacion', '459.1', 'reasignar', 'Diego Rangel Aceves')])],
     agreements=[
         A('La Secretaría de Salud informará por escrito el calendario de cursos antes del 1 de abril de 2016.', ['2016-04-01'], 'Secretaría de Salud'),
         A('El DIF presentará el seguimiento de las niñas y niños canalizados en la sexta sesión.', [], 'DIF'),
         A('La sexta sesión ordinaria se realizará el 10 de mayo de 2016 a las 11:00 horas.', ['2016-05-10'], None, next_session=True)],
     next=NX('2016-05-10', '11:00'),
     notes='Word 2003 government template with legacy form fields (FORMTEXT, FORMDROPDOWN for report status, FORMCHECKBOX for sectors) filled in.')

acta(stem='blind-af-boleros-06-2016-05-10', layout='AF2', esp='boleros',
     body=BOL_BODY, number=6, date='2016-05-10', start='11:00', end='13:15', place=BOL_PLACE, coordinator=BOL_COORD,
     attendance=BOL_ATT[:2] + BOL_ATT[3:6] + [('Mónica Ledesma Pardo', 'Lic.', 'Instituto de Atención a Poblaciones Prioritarias', 'IAPA', IE, 'Enlace'), BOL_SE],
     strategies=[
         S(455, T455,
           [G(*G455_1, None, 'No reportó.'),
            G(*G455_2, ['La Secretaría de Salud impartió 6 cursos a 138 personas aseadoras en la Alameda Central y en Tacubaya.'])],
           [(6, 'cursos', '455.2', 'La Secretaría de Salud impartió 6 cursos'),
            (138, 'personas aseadoras', '455.2', 'a 138 personas aseadoras')],
           [('El curso contribuye, pero por sí solo no da cumplimiento a la meta de salud ocupacional.', 'retroalimentacion', '455.2', 'insuficiente', 'SE'),
            ('Se pide que la STYFE traiga a la sesión la información que se comprometió a reportar.', 'retroalimentacion', '455.1', 'exhorta', 'SE'),
            ('Los cursos se dieron en horario de trabajo y muchas compañeras no pudieron asistir.', 'observacion', '455.2', 'cuestiona', 'Yolanda Peralta Nieto')]),
         S(459, T459,
           [G(*G459_1, ['De los 15 niños canalizados, 11 asisten a centros de día y 9 regresaron a la escuela.'])],
           [(11, 'niños', '459.1', '11 asisten a centros de día'),
            (9, 'niños', '459.1', '9 regresaron a la escuela'),
            (15, 'niños canalizados', '459.1', 'De los 15 niños canalizados')],
           [('Es necesario que quien acuda a las sesiones por el DIF tenga la información del seguimiento.', 'retroalimentacion', '459.1', 'proceso', 'SE'),
            ('El Instituto señala que la atención de niñas y niños trabajadores le corresponde al DIF.', 'observacion', '459.1', 'instancia', 'Mónica Ledesma Pardo')])],
     agreements=[
         A('La STYFE presentará el informe de licencias renovadas en la séptima sesión.', [], 'STYFE'),
         A('La Secretaría de Salud programará cursos en horario vespertino antes del 30 de junio de 2016.', ['2016-06-30'], 'Secretaría de Salud'),
         A('La séptima sesión ordinaria se realizará el 12 de julio de 2016 a las 11:00 horas.', ['2016-07-12'], None, next_session=True)],
     next=NX('2016-07-12', '11:00'),
     notes='Word 2003 government template with legacy form fields (FORMTEXT, FORMDROPDOWN for report status, FORMCHECKBOX for sectors) filled in.')

# ================================================================ AF3 cargadores (general observations at the end by goal id; Chromium, 2018)
CAR_BODY = 'Derecho al Trabajo: Cargadores y Diableros de la Central de Abasto'
CAR_COORD = ('Rogelio Santillán Meza', 'Coordinador del Espacio de Participación')
CAR_PLACE = 'Sala de Consejo de la Central de Abasto, Iztapalapa'
T537 = 'Garantizar condiciones de trabajo seguras a las personas cargadoras en mercados y centrales de abasto'
T540 = 'Reconocer los derechos laborales de las personas cargadoras'
G537_1 = ('537.1', 'Realizar jornadas de atención médica y prevención de lesiones para cargadores', 'Número de personas atendidas',
          'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G537_2 = ('537.2', 'Instalar zonas de descanso y sanitarios para cargadores en la Central de Abasto', 'Número de zonas habilitadas',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G540_1 = ('540.1', 'Registrar a las personas cargadoras en el padrón de trabajadores no asalariados', 'Número de personas registradas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
CAR_SE = ('Paulina Escobedo Juárez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
CAR_ATT = [
    ('Arturo Nájera Bravo', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Jurisdicción'),
    ('Susana Olvera Castro', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirectora de Abasto'),
    ('Ignacio Landa Pérez', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director'),
    ('Pedro Cisneros Mota', 'C.', 'Frente de Diableros de la Central de Abasto', None, SC, 'Representante'),
    ('Josefina Vega Ramos', 'C.', 'Colectivo Cargadoras de La Merced', None, SC, 'Integrante'),
    ('Emilio Zavala Ortega', 'Mtro.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Investigador'),
    ('Lourdes Sierra Benítez', 'Lic.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Enlace'),
    CAR_SE]

acta(stem='blind-af-cargadores-01-2018-02-13', layout='AF3', esp='cargadores',
     body=CAR_BODY, number=1, date='2018-02-13', start='09:30', end='12:00', place=CAR_PLACE, coordinator=CAR_COORD,
     attendance=CAR_ATT,
     strategies=[
         S(537, T537,
           [G(*G537_1, ['Se realizaron 14 jornadas médicas en las que se atendió a 870 personas cargadoras; 212 presentaron lesiones de columna.']),
            G(*G537_2, None, 'La SEDECO no presentó informe.')],
           [(14, 'jornadas médicas', '537.1', 'Se realizaron 14 jornadas médicas'),
            (870, 'personas cargadoras', '537.1', 'se atendió a 870 personas cargadoras'),
            (212, 'personas', '537.1', '212 presentaron lesiones de columna')],
           [('el informe presenta datos duros que permiten conocer el alcance de las jornadas.', 'retroalimentacion', '537.1', 'avance', 'SE'),
            ('es necesario que la SEDECO inicie la habilitación de zonas de descanso que manda la meta.', 'retroalimentacion', '537.2', 'exhorta', 'SE'),
            ('atender lesiones no cambia las cargas de más de 200 kilos que se exigen a los diableros.', 'observacion', '537.1', 'cuestiona', 'Pedro Cisneros Mota')]),
         S(540, T540,
           [G(*G540_1, ['La STYFE registró a 1,240 personas cargadoras en el padrón, 180 de ellas mujeres.'])],
           [(1240, 'personas cargadoras', '540.1', 'La STYFE registró a 1,240 personas cargadoras'),
            (180, 'mujeres', '540.1', '180 de ellas mujeres')],
           [('se solicita informar en qué mercados se hizo el registro y cuántas personas quedan pendientes.', 'retroalimentacion', '540.1', 'solicita_datos', 'SE'),
            ('el padrón no corresponde a la meta porque no otorga ningún derecho laboral.', 'observacion', '540.1', 'diseno_meta', 'Emilio Zavala Ortega')])],
     agreements=[
         A('La SEDECO presentará un programa de zonas de descanso en la segunda sesión.', [], 'SEDECO'),
         A('La STYFE enviará el padrón desagregado por mercado antes del 9 de marzo de 2018.', ['2018-03-09'], 'STYFE'),
         A('La segunda sesión ordinaria tendrá lugar el 17 de abril de 2018 a las 9:30 horas.', ['2018-04-17'], None, next_session=True)],
     next=NX('2018-04-17', '9:30'),
     notes='Feedback only as general observations at the end of the acta that refer to goals by id ("Sobre la meta 537.1, …"); PDF printed by Chromium.')

acta(stem='blind-af-cargadores-02-2018-04-17', layout='AF3', esp='cargadores',
     body=CAR_BODY, number=2, date='2018-04-17', start='09:30', end='11:50', place=CAR_PLACE, coordinator=CAR_COORD,
     attendance=CAR_ATT[:5] + CAR_ATT[6:],
     strategies=[
         S(537, T537,
           [G(*G537_1, ['En marzo se realizaron 5 jornadas más con 310 personas atendidas y se entregaron 150 fajas lumbares.']),
            G(*G537_2, ['La SEDECO habilitó 2 zonas de descanso con 16 sanitarios en las naves de frutas y legumbres.'])],
           [(5, 'jornadas', '537.1', 'En marzo se realizaron 5 jornadas más'),
            (310, 'personas atendidas', '537.1', 'con 310 personas atendidas'),
            (150, 'fajas lumbares', '537.1', 'se entregaron 150 fajas lumbares'),
            (2, 'zonas de descanso', '537.2', 'La SEDECO habilitó 2 zonas de descanso'),
            (16, 'sanitarios', '537.2', 'con 16 sanitarios')],
           [('la entrega de fajas contribuye, pero por sí sola no da cumplimiento a la prevención de lesiones.', 'retroalimentacion', '537.1', 'insuficiente', 'SE'),
            ('las zonas de descanso quedaron lejos de los andenes y nadie las usa.', 'observacion', '537.2', 'cuestiona', 'Josefina Vega Ramos'),
            ('la SEDECO refiere que los sanitarios dependen de la administración de la Central de Abasto.', 'observacion', '537.2', 'instancia', 'Susana Olvera Castro')]),
         S(540, T540,
           [G(*G540_1, None, 'Sin informe en esta sesión.')],
           [],
           [('se pide a la STYFE presentar el padrón comprometido en la sesión anterior.', 'retroalimentacion', '540.1', 'exhorta', 'SE'),
            ('sería oportuno que la STYFE envíe a las sesiones a las áreas que llevan el padrón.', 'observacion', '540.1', 'proceso', 'Pedro Cisneros Mota')])],
     agreements=[
         A('La STYFE entregará el padrón desagregado por mercado antes del 4 de mayo de 2018.', ['2018-05-04'], 'STYFE'),
         A('La Secretaría Ejecutiva solicitará a la administración de la Central de Abasto un enlace para el Espacio.', [], 'Secretaría Ejecutiva'),
         A('La tercera sesión ordinaria tendrá lugar el 19 de junio de 2018 a las 9:30 horas.', ['2018-06-19'], None, next_session=True)],
     next=NX('2018-06-19', '9:30'),
     notes='Feedback only as general observations at the end of the acta that refer to goals by id ("Sobre la meta 537.1, …"); PDF printed by Chromium.')

# ================================================================ AF4 milperos (roman-numeral agreements with sub-agreements, OnlyOffice docx, 2022)
MIL_BODY = 'Derecho a la Alimentación: Milpa y Agricultura Campesina del Suelo de Conservación'
MIL_COORD = ('Tomasa Jiménez Olivares', 'Coordinadora del Espacio de Participación')
MIL_PLACE = 'Casa de Cultura de San Pedro Atocpan, Alcaldía Milpa Alta'
T273 = 'Apoyar la producción de milpa tradicional en el suelo de conservación'
T276 = 'Proteger las semillas nativas y el conocimiento campesino'
G273_1 = ('273.1', 'Entregar apoyos económicos a productoras y productores de milpa', 'Número de apoyos entregados',
          'Secretaría del Medio Ambiente', 'SEDEMA')
G276_1 = ('276.1', 'Operar bancos comunitarios de semillas nativas', 'Número de bancos en operación',
          'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
G276_2 = ('276.2', 'Documentar prácticas campesinas de cultivo de milpa', 'Número de prácticas documentadas',
          'Universidad Autónoma Metropolitana', 'UAM')
MIL_SE = ('Gael Ruvalcaba Soto', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
MIL_ATT = [
    ('Verónica Salinas Cortés', 'Ing.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Desarrollo Rural'),
    ('Isidro Meza Alvarado', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Subdirector'),
    ('Natalia Rendón Gil', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora'),
    ('Crescencio Martínez Flores', 'C.', 'Unión de Milperos de San Salvador Cuauhtenco', None, SC, 'Representante'),
    ('Amalia Robles Páez', 'C.', 'Colectiva Semillas de Tlacoyucan', None, SC, 'Integrante'),
    ('Óscar Medina Pulido', 'Lic.', 'Alcaldía Milpa Alta', 'ALC-MILPA-ALTA', IE, 'JUD de Fomento Agropecuario'),
    MIL_SE]

acta(stem='blind-af-milperos-07-2022-06-14', layout='AF4', esp='milperos',
     body=MIL_BODY, number=7, date='2022-06-14', start='10:00', end='13:00', place=MIL_PLACE, coordinator=MIL_COORD,
     attendance=MIL_ATT,
     strategies=[
         S(273, T273,
           [G(*G273_1, ['La SEDEMA entregó 356 apoyos por un total de 7.1 millones de pesos en 11 pueblos de Milpa Alta, Tlalpan y Xochimilco.'])],
           [(356, 'apoyos', '273.1', 'La SEDEMA entregó 356 apoyos'),
            (7.1, 'millones de pesos', '273.1', 'por un total de 7.1 millones de pesos'),
            (11, 'pueblos', '273.1', 'en 11 pueblos de Milpa Alta, Tlalpan y Xochimilco')],
           [('Se reportan datos duros sobre los apoyos, lo que permite conocer su alcance territorial.', 'retroalimentacion', '273.1', 'avance', 'SE'),
            ('Los apoyos llegaron después de la siembra y no sirvieron para este ciclo.', 'observacion', '273.1', 'cuestiona', 'Crescencio Martínez Flores')]),
         S(276, T276,
           [G(*G276_1, ['La SEPI instaló 3 bancos de semillas con 48 variedades de maíz, frijol y calabaza.']),
            G(*G276_2, None, 'No se presentó informe.')],
           [(3, 'bancos de semillas', '276.1', 'La SEPI instaló 3 bancos de semillas'),
            (48, 'variedades', '276.1', 'con 48 variedades de maíz, frijol y calabaza')],
           [('Es necesario informar quién resguarda los bancos y cuántas familias han retirado semilla.', 'retroalimentacion', '276.1', 'solicita_datos', 'SE'),
            ('Se exhorta a la UAM a iniciar la documentación de prácticas que establece la meta.', 'retroalimentacion', '276.2', 'exhorta', 'SE'),
            ('La UAM aclara que la meta requiere un convenio con la SEPI que aún no se firma.', 'observacion', '276.2', 'instancia', 'Natalia Rendón Gil')])],
     agreements=[
         A('La SEDEMA presentará el calendario de entrega de apoyos del ciclo 2023 antes del 29 de julio de 2022.', ['2022-07-29'], 'SEDEMA'),
         A('La SEPI y la UAM informarán sobre la firma del convenio de documentación.', [], 'SEPI y la UAM'),
         A('La octava sesión ordinaria se celebrará el 16 de agosto de 2022 a las 10:00 horas en la misma sede.', ['2022-08-16'], None, next_session=True)],
     next=NX('2022-08-16', '10:00'),
     notes='.docx as written by OnlyOffice (no paragraph styles, direct formatting on every run); agreements numbered with roman numerals and sub-agreements (I, I.1, I.2), the next session fixed in sub-item II.1.')

acta(stem='blind-af-milperos-08-2022-08-16', layout='AF4', esp='milperos',
     body=MIL_BODY, number=8, date='2022-08-16', start='10:00', end='12:40', place=MIL_PLACE, coordinator=MIL_COORD,
     attendance=MIL_ATT[:4] + [('Amalia Robles Páez', 'C.', 'Colectiva Semillas de Tlacoyucan', None, SC, 'Integrante'),
                               ('Rebeca Altamirano Díaz', 'Ing.', 'Secretaría de Agricultura y Desarrollo Rural', 'SADER', OT, 'Enlace'),
                               ('Óscar Medina Pulido', 'Lic.', 'Alcaldía Milpa Alta', 'ALC-MILPA-ALTA', IE, 'JUD de Fomento Agropecuario'), MIL_SE],
     strategies=[
         S(273, T273,
           [G(*G273_1, None, 'La SEDEMA no presentó informe.')],
           [],
           [('Es necesario que la SEDEMA presente el calendario acordado en la sesión anterior.', 'retroalimentacion', '273.1', 'exhorta', 'SE'),
            ('El indicador cuenta apoyos entregados y no permite saber cuántas hectáreas se sembraron.', 'observacion', '273.1', 'diseno_meta', 'Crescencio Martínez Flores')]),
         S(276, T276,
           [G(*G276_1, ['Los 3 bancos prestaron semilla a 92 familias; se recuperaron 640 kilos de semilla al final del ciclo.']),
            G(*G276_2, ['La UAM documentó 17 prácticas de cultivo en 5 pueblos y publicó un cuadernillo de 500 ejemplares.'])],
           [(92, 'familias', '276.1', 'prestaron semilla a 92 familias'),
            (640, 'kilos de semilla', '276.1', 'se recuperaron 640 kilos de semilla'),
            (17, 'prácticas de cultivo', '276.2', 'La UAM documentó 17 prácticas de cultivo'),
            (5, 'pueblos', '276.2', 'en 5 pueblos'),
            (500, 'ejemplares', '276.2', 'publicó un cuadernillo de 500 ejemplares')],
           [('El informe atiende lo solicitado y muestra avance en el uso de los bancos.', 'retroalimentacion', '276.1', 'avance', 'SE'),
            ('El cuadernillo es una publicación académica y no corresponde a lo que pide la meta sobre conocimiento campesino.', 'observacion', '276.2', 'desalineado', 'Amalia Robles Páez'),
            ('Los bancos de semillas podrían reportarse también en la estrategia 281 de agrobiodiversidad.', 'observacion', '276.1', 'reasignar', 'Rebeca Altamirano Díaz')])],
     agreements=[
         A('La SEDEMA enviará el calendario de apoyos a la Secretaría Ejecutiva antes del 2 de septiembre de 2022.', ['2022-09-02'], 'SEDEMA'),
         A('La UAM presentará el cuadernillo en asamblea de cada pueblo participante.', [], 'UAM'),
         A('La novena sesión ordinaria se celebrará el 18 de octubre de 2022 a las 10:00 horas.', ['2022-10-18'], None, next_session=True)],
     next=NX('2022-10-18', '10:00'),
     notes='.docx as written by OnlyOffice (no paragraph styles, direct formatting on every run); agreements numbered with roman numerals and sub-agreements (I, I.1, I.2), the next session fixed in sub-item II.1.')

# ================================================================ AF5 franeleros (Apple Pages export, PDF printed to PostScript and distilled by Ghostscript, 2020)
FRA_BODY = 'Derecho al Trabajo y a la Movilidad: Franeleros y Cuidadores de Vehículos'
FRA_COORD = ('Mariana Villaseñor Pardo', 'Coordinadora del Espacio de Participación')
FRA_PLACE = 'Sala 2 de la Secretaría de Movilidad, Avenida Álvaro Obregón 269, colonia Roma Norte'
T633 = 'Ofrecer alternativas de trabajo digno a las personas que cuidan vehículos en la vía pública'
T636 = 'Ordenar el estacionamiento en vía pública con respeto a los derechos de las personas trabajadoras'
G633_1 = ('633.1', 'Incorporar a personas cuidadoras de vehículos a cursos de capacitación para el empleo', 'Número de personas capacitadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G633_2 = ('633.2', 'Otorgar apoyos del seguro de desempleo a personas cuidadoras de vehículos desplazadas por parquímetros', 'Número de apoyos otorgados',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G636_1 = ('636.1', 'Contratar a personas cuidadoras de vehículos como auxiliares en zonas de parquímetros', 'Número de personas contratadas',
          'Secretaría de Movilidad', 'SEMOVI')
FRA_SE = ('Tadeo Lozano Bermúdez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
FRA_ATT = [
    ('Gabriela Pineda Osorio', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Capacitación'),
    ('Alfonso Reyes Camacho', 'Ing.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Director de Estacionamientos'),
    ('Karla Domínguez Real', 'Lic.', 'Alcaldía Miguel Hidalgo', 'ALC-MIGUEL-HIDALGO', IE, 'JUD de Vía Pública'),
    ('Benito Argüelles Soto', 'C.', 'Asociación de Cuidadores de Autos de la Colonia Roma', None, SC, 'Presidente'),
    ('Martina Ochoa Luna', 'C.', 'Colectivo Trabajadoras de la Calle', None, SC, 'Integrante'),
    ('Ulises Campos Herrera', 'Lic.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', IE, 'Analista'),
    ('Elisa Navarro Prieto', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
    FRA_SE]

acta(stem='blind-af-franeleros-02-2020-02-11', layout='AF5', esp='franeleros',
     body=FRA_BODY, number=2, date='2020-02-11', start='16:00', end='18:20', place=FRA_PLACE, coordinator=FRA_COORD,
     attendance=FRA_ATT,
     strategies=[
         S(633, T633,
           [G(*G633_1, ['La STYFE capacitó a 87 personas cuidadoras de vehículos en 6 cursos de mecánica y de atención al público; 19 obtuvieron empleo.']),
            G(*G633_2, ['Se otorgaron 54 apoyos del seguro de desempleo por 3 meses cada uno.'])],
           [(87, 'personas cuidadoras de vehículos', '633.1', 'La STYFE capacitó a 87 personas cuidadoras de vehículos'),
            (6, 'cursos', '633.1', 'en 6 cursos de mecánica y de atención al público'),
            (19, 'personas', '633.1', '19 obtuvieron empleo'),
            (54, 'apoyos', '633.2', 'Se otorgaron 54 apoyos del seguro de desempleo'),
            (3, 'meses', '633.2', 'por 3 meses cada uno')],
           [('Se reportan datos duros y se informa cuántas personas obtuvieron empleo, lo que permite conocer el impacto.', 'retroalimentacion', '633.1', 'avance', 'SE'),
            ('Tres meses de apoyo contribuyen, pero por sí solos no dan cumplimiento a la meta de alternativas de trabajo digno.', 'retroalimentacion', '633.2', 'insuficiente', 'SE'),
            ('Los cursos exigen certificado de secundaria y deja fuera a la mayoría de los compañeros.', 'observacion', '633.1', 'cuestiona', 'Benito Argüelles Soto')]),
         S(636, T636,
           [G(*G636_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la SEMOVI comience a contratar auxiliares como lo establece la meta.', 'retroalimentacion', '636.1', 'exhorta', 'SE'),
            ('La SEMOVI menciona que las contrataciones dependen del concesionario de los parquímetros.', 'observacion', '636.1', 'instancia', 'Alfonso Reyes Camacho')])],
     agreements=[
         A('La SEMOVI presentará el convenio con el concesionario de parquímetros en la tercera sesión.', [], 'SEMOVI'),
         A('La STYFE revisará los requisitos de escolaridad de sus cursos y enviará una propuesta antes del 6 de marzo de 2020.', ['2020-03-06'], 'STYFE'),
         A('La tercera sesión ordinaria será el martes 14 de abril de 2020 a las 16:00 horas, en la misma sala.', ['2020-04-14'], None, next_session=True)],
     next=NX('2020-04-14', '16:00'),
     notes='Apple Pages export (Pages .docx flavour: Helvetica Neue, Pages style names, typed bullets); PDF printed to PostScript and distilled by Ghostscript.')

acta(stem='blind-af-franeleros-03-2020-04-14', layout='AF5', esp='franeleros',
     body=FRA_BODY, number=3, date='2020-04-14', start='16:00', end='17:45', place='Sesión a distancia por videoconferencia', coordinator=FRA_COORD,
     attendance=FRA_ATT[:5] + FRA_ATT[6:],
     strategies=[
         S(633, T633,
           [G(*G633_1, ['Por la emergencia sanitaria se suspendieron los cursos presenciales; 23 personas siguen un curso en línea de 40 horas.']),
            G(*G633_2, None, 'No se presentó informe.')],
           [(23, 'personas', '633.1', '23 personas siguen un curso en línea'),
            (40, 'horas', '633.1', 'un curso en línea de 40 horas')],
           [('Se necesita informar cómo acceden a internet las personas que siguen el curso en línea.', 'retroalimentacion', '633.1', 'solicita_datos', 'SE'),
            ('Con la emergencia sanitaria no hay autos que cuidar y el seguro de desempleo es urgente.', 'observacion', '633.2', 'exhorta', 'Martina Ochoa Luna')]),
         S(636, T636,
           [G(*G636_1, ['La SEMOVI firmó el convenio con el concesionario, que contrató a 12 personas como auxiliares en la colonia Roma y a 8 en la colonia Condesa con un salario de 6,500 pesos mensuales.'])],
           [(12, 'personas', '636.1', 'que contrató a 12 personas como auxiliares en la colonia Roma'),
            (8, 'personas', '636.1', 'a 8 en la colonia Condesa'),
            (6500, 'pesos', '636.1', 'con un salario de 6,500 pesos mensuales')],
           [('Lo reportado sobre el concesionario no coincide con la meta, que compromete a la SEMOVI a contratar.', 'retroalimentacion', '636.1', 'desalineado', 'SE'),
            ('Sería oportuno que en las sesiones a distancia se compartan los informes con anticipación.', 'observacion', '636.1', 'proceso', 'Elisa Navarro Prieto'),
            ('El indicador no distingue si las personas contratadas eran cuidadoras de vehículos antes del programa.', 'observacion', '636.1', 'diseno_meta', 'Benito Argüelles Soto')])],
     agreements=[
         A('La STYFE informará por correo electrónico el estado de los apoyos del seguro de desempleo antes del 30 de abril de 2020.', ['2020-04-30'], 'STYFE'),
         A('La Secretaría Ejecutiva circulará los informes una semana antes de cada sesión.', [], 'Secretaría Ejecutiva'),
         A('La cuarta sesión ordinaria será el martes 9 de junio de 2020 a las 16:00 horas, a distancia.', ['2020-06-09'], None, next_session=True)],
     next=NX('2020-06-09', '16:00'),
     notes='Apple Pages export (Pages .docx flavour: Helvetica Neue, Pages style names, typed bullets); PDF printed to PostScript and distilled by Ghostscript.')

# ================================================================ AF6 globeros (web app export, report as lead + bullet data, Chromium, 2024)
GLO_BODY = 'Derechos Culturales y al Trabajo: Globeros y Vendedores de Juguete Tradicional'
GLO_COORD = ('Renata Cordero Islas', 'Coordinadora del Espacio de Participación')
GLO_PLACE = 'Foro del Museo de Arte Popular, Revillagigedo 11, Centro Histórico'
T748 = 'Reconocer a la venta de globos y juguete tradicional como patrimonio cultural vivo de la ciudad'
T751 = 'Garantizar el trabajo en espacios públicos de las personas globeras'
G748_1 = ('748.1', 'Realizar un registro de personas globeras y artesanas del juguete tradicional', 'Número de personas registradas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G748_2 = ('748.2', 'Organizar ferias del juguete tradicional en plazas públicas', 'Número de ferias realizadas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G751_1 = ('751.1', 'Emitir permisos de trabajo no asalariado para globeros en parques y alamedas', 'Número de permisos emitidos',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
GLO_SE = ('Omar Velázquez Trujillo', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
GLO_ATT = [
    ('Lucía Montiel Herrera', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Patrimonio'),
    ('Joaquín Barrera Lima', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector'),
    ('Adela Guzmán Ponce', 'Lic.', 'Alcaldía Coyoacán', 'ALC-COYOACAN', IE, 'Enlace'),
    ('Eusebio Rosas Nájera', 'C.', 'Unión de Globeros de Chapultepec', None, SC, 'Representante'),
    ('Flor Itzel Santos Díaz', 'C.', 'Red de Artesanas del Juguete Mexicano', None, SC, 'Integrante'),
    ('Marco Antonio Varela Gil', 'Dr.', 'Instituto Nacional de Antropología e Historia', None, OT, 'Investigador'),
    GLO_SE]

acta(stem='blind-af-globeros-01-2024-02-20', layout='AF6', esp='globeros',
     body=GLO_BODY, number=1, date='2024-02-20', start='12:00', end='14:10', place=GLO_PLACE, coordinator=GLO_COORD,
     attendance=GLO_ATT,
     strategies=[
         S(748, T748,
           [G(*G748_1, ['La Secretaría de Cultura abrió el registro en enero. Datos reportados:', '312 personas registradas', '141 mujeres', '27 talleres familiares de juguete']),
            G(*G748_2, None, 'Sin informe.')],
           [(312, 'personas registradas', '748.1', '312 personas registradas'),
            (141, 'mujeres', '748.1', '141 mujeres'),
            (27, 'talleres familiares', '748.1', '27 talleres familiares de juguete')],
           [('El registro avanza y presenta datos desagregados por sexo.', 'retroalimentacion', '748.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Cultura programe las ferias que establece la meta.', 'retroalimentacion', '748.2', 'exhorta', 'SE'),
            ('El registro pide comprobante de domicilio y muchos globeros vienen del Estado de México.', 'observacion', '748.1', 'cuestiona', 'Eusebio Rosas Nájera')]),
         S(751, T751,
           [G(*G751_1, ['La STYFE emitió permisos en 3 parques. Datos reportados:', '96 permisos emitidos', '18 permisos renovados'])],
           [(3, 'parques', '751.1', 'La STYFE emitió permisos en 3 parques'),
            (96, 'permisos emitidos', '751.1', '96 permisos emitidos'),
            (18, 'permisos renovados', '751.1', '18 permisos renovados')],
           [('Se solicita informar en qué parques se emitieron los permisos y cuántas solicitudes se negaron.', 'retroalimentacion', '751.1', 'solicita_datos', 'SE'),
            ('La Alcaldía señala que los permisos en el Jardín Centenario los otorga ella y no la STYFE.', 'observacion', '751.1', 'instancia', 'Adela Guzmán Ponce')])],
     agreements=[
         A('La Secretaría de Cultura presentará el calendario de ferias del juguete tradicional antes del 22 de marzo de 2024.', ['2024-03-22'], 'Secretaría de Cultura'),
         A('La STYFE y la Alcaldía Coyoacán aclararán a quién corresponden los permisos en el Jardín Centenario.', [], 'STYFE y la Alcaldía Coyoacán'),
         A('La segunda sesión ordinaria se efectuará el 23 de abril de 2024 a las 12:00 horas en el mismo foro.', ['2024-04-23'], None, next_session=True)],
     next=NX('2024-04-23', '12:00'),
     notes='Export of a web app (docx library flavour: percentage widths, heading styles); reports as a lead sentence plus a bullet list of data; PDF printed by Chromium from the app view.')

acta(stem='blind-af-globeros-02-2024-04-23', layout='AF6', esp='globeros',
     body=GLO_BODY, number=2, date='2024-04-23', start='12:00', end='13:50', place=GLO_PLACE, coordinator=GLO_COORD,
     attendance=GLO_ATT[:2] + GLO_ATT[3:] [:3] + [('Sandra Quintero Mejía', 'Lic.', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX', IE, 'Enlace'), GLO_SE],
     strategies=[
         S(748, T748,
           [G(*G748_1, None, 'Sin informe.'),
            G(*G748_2, ['Se realizó la primera feria en la Alameda Central. Datos reportados:', '64 expositores', '9,800 visitantes', '2 días de feria'])],
           [(64, 'expositores', '748.2', '64 expositores'),
            (9800, 'visitantes', '748.2', '9,800 visitantes'),
            (2, 'días de feria', '748.2', '2 días de feria')],
           [('Es necesario reportar el avance del registro comprometido en la sesión anterior.', 'retroalimentacion', '748.1', 'exhorta', 'SE'),
            ('La feria fue un buen espacio, pero se cobró una cuota de piso a los expositores.', 'observacion', '748.2', 'cuestiona', 'Flor Itzel Santos Díaz'),
            ('Las ferias podrían reportarse en la estrategia 760 de turismo cultural.', 'observacion', '748.2', 'reasignar', 'Sandra Quintero Mejía')]),
         S(751, T751,
           [G(*G751_1, ['La STYFE y la Alcaldía acordaron un procedimiento común. Datos reportados:', '41 permisos emitidos', '5 parques'])],
           [(41, 'permisos emitidos', '751.1', '41 permisos emitidos'),
            (5, 'parques', '751.1', '5 parques')],
           [('Se reconoce que se atendió el acuerdo de la sesión anterior sobre los permisos.', 'retroalimentacion', '751.1', 'avance', 'SE'),
            ('El indicador cuenta permisos y no refleja si los globeros pueden trabajar sin ser retirados.', 'observacion', '751.1', 'diseno_meta', 'Marco Antonio Varela Gil')])],
     agreements=[
         A('La Secretaría de Cultura enviará el avance del registro antes del 17 de mayo de 2024.', ['2024-05-17'], 'Secretaría de Cultura'),
         A('La Secretaría Ejecutiva invitará a la Secretaría de Gobierno a la tercera sesión.', [], 'Secretaría Ejecutiva'),
         A('La tercera sesión ordinaria se efectuará el 25 de junio de 2024 a las 12:00 horas.', ['2024-06-25'], None, next_session=True)],
     next=NX('2024-06-25', '12:00'),
     notes='Export of a web app (docx library flavour: percentage widths, heading styles); reports as a lead sentence plus a bullet list of data; PDF printed by Chromium from the app view.')
