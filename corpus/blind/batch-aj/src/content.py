# -*- coding: utf-8 -*-
# Batch AJ content, written ONCE (same shapes as batch AH's content.py).
# attendance row: (name, title, institution, institution_key, sector, cargo)
# figure: (value, unit, goal, context)  -- context is a clause of the report
# feedback: (text, section, goal, label, speaker)   speaker: 'SE' or an attendee's name
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'
ACTAS = []


def G(id, text, indicator, executor, key, report, status=None):
    """report: list of sentences or None; status: how the document says the goal was not reported"""
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

# ================================================================ AJ1 cicloton (acta sent as an e-mail; LibreOffice PDF)
CIC_BODY = 'Derecho a la Movilidad: Personas Ciclistas y Usuarias del Ciclotón'
CIC_COORD = ('Lucía Ferrer Anaya', 'Coordinadora del Espacio de Participación')
CIC_PLACE = 'Sala Bicentenario de la Secretaría de Movilidad, avenida Álvaro Obregón 269, colonia Roma Norte'
T252 = 'Promover el uso seguro de la bicicleta como medio de transporte cotidiano'
T258 = 'Garantizar la seguridad vial de las personas ciclistas en los paseos dominicales'
G252_1 = ('252.1', 'Ampliar la red de ciclovías confinadas', 'Kilómetros de ciclovía confinada construidos', 'Secretaría de Obras y Servicios', 'SOBSE')
G252_2 = ('252.2', 'Impartir cursos de manejo urbano en bicicleta a personas adultas', 'Número de personas capacitadas', 'Secretaría de Movilidad', 'SEMOVI')
G258_1 = ('258.1', 'Desplegar personal de apoyo vial en el Ciclotón y en el Paseo Dominical Muévete en Bici', 'Número de elementos desplegados por jornada',
          'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
CIC_ATT = [
    ('Mariana Olvera Cuéllar', 'Mtra.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Directora de Cultura de la Movilidad'),
    ('Héctor Zamudio Bernal', 'Ing.', 'Secretaría de Obras y Servicios', 'SOBSE', IE, 'Subdirector de Proyectos Viales'),
    ('Ignacio Prado Villalba', 'Lic.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Enlace de Derechos Humanos'),
    ('Paulina Ríos Mendiola', 'C.', 'Bicitekas, A. C.', None, SC, 'Integrante'),
    ('Gabriela Carbajal Soto', 'C.', 'Colectivo Mujeres en Bici', None, SC, 'Vocera'),
    ('Rodrigo Anaya Estrada', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesor investigador'),
    ('Julián Morales Pardo', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-cicloton-03-2022-08-23', layout='AJ1', esp='cicloton', sent='lunes, 29 de agosto de 2022 09:14 a. m.',
     body=CIC_BODY, number=3, date='2022-08-23', start='10:00', end='12:30', place=CIC_PLACE, coordinator=CIC_COORD,
     attendance=CIC_ATT,
     strategies=[
         S(252, T252,
           [G(*G252_1, ['La SOBSE concluyó 14.5 kilómetros de ciclovía confinada en la calzada de Tlalpan y en el Eje 3 Oriente, con 3 frentes de obra abiertos.']),
            G(*G252_2, ['La SEMOVI impartió 46 cursos de la BiciEscuela a 938 personas adultas, de las cuales 502 fueron mujeres.'])],
           [(14.5, 'kilómetros', '252.1', 'La SOBSE concluyó 14.5 kilómetros de ciclovía confinada'),
            (3, 'frentes de obra', '252.1', 'con 3 frentes de obra abiertos'),
            (46, 'cursos', '252.2', 'La SEMOVI impartió 46 cursos de la BiciEscuela'),
            (938, 'personas adultas', '252.2', 'a 938 personas adultas'),
            (502, 'mujeres', '252.2', 'de las cuales 502 fueron mujeres')],
           [('Se reconoce el avance en kilómetros construidos, reportado contra el indicador de la meta.', 'retroalimentacion', '252.1', 'avance', 'SE'),
            ('Las ciclovías del Eje 3 Oriente no tienen continuidad y terminan en cruces sin semáforo ciclista.', 'observacion', '252.1', 'cuestiona', 'Paulina Ríos Mendiola'),
            ('Se solicita informar en qué alcaldías se impartieron los cursos y cuántas personas los concluyeron.', 'retroalimentacion', '252.2', 'solicita_datos', 'SE')]),
         S(258, T258,
           [G(*G258_1, None, 'No reportó.')],
           [],
           [('Se exhorta a la Secretaría de Seguridad Ciudadana a reportar el despliegue de personal en el Ciclotón.', 'retroalimentacion', '258.1', 'exhorta', 'SE'),
            ('Refiere que el apoyo vial del Ciclotón lo coordina la Secretaría de Movilidad y que no le correspondería reportarlo.', 'observacion', '258.1', 'instancia', 'Ignacio Prado Villalba')])],
     agreements=[
         A('La SOBSE enviará el trazo de las ciclovías concluidas antes del 16 de septiembre de 2022.', ['2022-09-16'], 'SOBSE'),
         A('La Secretaría de Movilidad convocará a la Secretaría de Seguridad Ciudadana para definir quién reporta la meta 258.1.', [], 'Secretaría de Movilidad'),
         A('La cuarta sesión ordinaria se realizará el martes 25 de octubre de 2022 a las 10:00 horas, en la misma sede.', ['2022-10-25'], None, next_session=True)],
     next=NX('2022-10-25', '10:00'),
     notes='Acta pasted as the body of an e-mail: mail header (De:, Enviado el:, Para:, CC:, Asunto:) in Calibri, greeting, attendance as a pasted table, signature with phone, confidentiality footer; sent 2022-08-29, session 2022-08-23. Goal 258.1 not reported: its Informe says "No reportó."')

acta(stem='blind-aj-cicloton-04-2022-10-25', layout='AJ1', esp='cicloton', sent='jueves, 3 de noviembre de 2022 05:47 p. m.',
     body=CIC_BODY, number=4, date='2022-10-25', start='10:00', end='12:10', place=CIC_PLACE, coordinator=CIC_COORD,
     attendance=CIC_ATT[:4] + CIC_ATT[5:],
     strategies=[
         S(252, T252,
           [G(*G252_1, ['La SOBSE concluyó 6.2 kilómetros más, con lo que suman 20.7 kilómetros de ciclovía confinada en el año.']),
            G(*G252_2, None, 'No se recibió informe.')],
           [(6.2, 'kilómetros', '252.1', 'La SOBSE concluyó 6.2 kilómetros más'),
            (20.7, 'kilómetros', '252.1', 'suman 20.7 kilómetros de ciclovía confinada en el año')],
           [('La SOBSE atendió el acuerdo y envió el trazo de las ciclovías concluidas.', 'retroalimentacion', '252.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Movilidad designe un enlace que acuda a las sesiones con la información de la BiciEscuela.', 'retroalimentacion', '252.2', 'proceso', 'SE')]),
         S(258, T258,
           [G(*G258_1, ['La SSC desplegó en promedio 120 elementos por jornada en 9 jornadas del Ciclotón y atendió 37 incidentes en los que resultaron lesionadas 11 personas.'])],
           [(120, 'elementos', '258.1', 'La SSC desplegó en promedio 120 elementos por jornada'),
            (9, 'jornadas', '258.1', 'en 9 jornadas del Ciclotón'),
            (37, 'incidentes', '258.1', 'atendió 37 incidentes'),
            (11, 'personas', '258.1', 'resultaron lesionadas 11 personas')],
           [('Se solicita desagregar los incidentes por tipo y por tramo del recorrido.', 'retroalimentacion', '258.1', 'solicita_datos', 'SE'),
            ('El despliegue de elementos por sí solo no garantiza la seguridad si no se cierran los cruces vehiculares del recorrido.', 'observacion', '258.1', 'insuficiente', 'Paulina Ríos Mendiola'),
            ('Los incidentes en ciclovías permanentes pueden reportarse en la estrategia 252, meta 252.1.', 'observacion', '258.1', 'reasignar', 'Rodrigo Anaya Estrada')])],
     agreements=[
         A('La SSC entregará el desglose de incidentes por tramo antes del 18 de noviembre de 2022.', ['2022-11-18'], 'SSC'),
         A('La Secretaría de Movilidad presentará el informe de la meta 252.2 en la siguiente sesión.', [], 'Secretaría de Movilidad'),
         A('La quinta sesión ordinaria se llevará a cabo el martes 6 de diciembre de 2022 a las 10:00 horas.', ['2022-12-06'], None, next_session=True)],
     next=NX('2022-12-06', '10:00'),
     notes='Acta pasted as the body of an e-mail (sent 2022-11-03, session 2022-10-25). Goal 252.2 not reported: its Informe says "No se recibió informe."')

# ================================================================ AJ2 merolicos (slide deck, LibreOffice Impress PDF)
MER_BODY = 'Derecho al Trabajo: Comerciantes en Vía Pública, Merolicos y Pregoneros'
MER_COORD = ('Ramón Téllez Garduño', 'Coordinador del Espacio de Participación')
MER_PLACE = 'Sala de juntas de la Secretaría de Trabajo y Fomento al Empleo, calle Xocongo 58, colonia Tránsito'
T471 = 'Reconocer y regular el trabajo no asalariado en la vía pública'
T476 = 'Prevenir abusos de autoridad en los retiros de comerciantes'
G471_1 = ('471.1', 'Expedir credenciales de trabajador no asalariado a comerciantes y merolicos', 'Número de credenciales expedidas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G471_2 = ('471.2', 'Instalar mesas de atención para la regularización de comerciantes en el Centro Histórico', 'Número de mesas instaladas',
          'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
G476_1 = ('476.1', 'Capacitar al personal de vía pública en los derechos de las personas trabajadoras', 'Número de personas servidoras públicas capacitadas',
          'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
MER_ATT = [
    ('Susana Mercado Ledesma', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora de Trabajo no Asalariado'),
    ('Octavio Rangel Pinzón', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirector de Reordenamiento'),
    ('Alma Delia Ochoa Rivas', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Jefa de Unidad de Vía Pública'),
    ('Felipe Cárdenas Luna', 'C.', 'Unión de Comerciantes y Pregoneros del Centro', None, SC, 'Secretario General'),
    ('Guadalupe Salas Ibáñez', 'C.', 'Red de Mujeres Trabajadoras de la Vía Pública', None, SC, 'Integrante'),
    ('Daniel Ugarte Robles', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitador adjunto'),
    ('Itzel Barragán Cota', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-merolicos-05-2018-04-17', layout='AJ2', esp='merolicos',
     body=MER_BODY, number=5, date='2018-04-17', start='11:00', end='13:30', place=MER_PLACE, coordinator=MER_COORD,
     attendance=MER_ATT,
     strategies=[
         S(471, T471,
           [G(*G471_1, ['Se expidieron 860 credenciales de trabajador no asalariado, 312 de ellas a mujeres y 45 a personas adultas mayores.']),
            G(*G471_2, ['La Secretaría de Gobierno instaló 4 mesas de atención que recibieron 275 solicitudes de regularización.'])],
           [(860, 'credenciales', '471.1', 'Se expidieron 860 credenciales de trabajador no asalariado'),
            (312, 'mujeres', '471.1', '312 de ellas a mujeres'),
            (45, 'personas adultas mayores', '471.1', '45 a personas adultas mayores'),
            (4, 'mesas de atención', '471.2', 'La Secretaría de Gobierno instaló 4 mesas de atención'),
            (275, 'solicitudes', '471.2', 'recibieron 275 solicitudes de regularización')],
           [('Se reportan datos desagregados que permiten conocer el avance de la meta.', 'retroalimentacion', '471.1', 'avance', 'SE'),
            ('Es necesario informar cuántas de las solicitudes recibidas fueron resueltas.', 'retroalimentacion', '471.2', 'solicita_datos', 'SE'),
            ('La sociedad civil cuestiona que las mesas condicionen la regularización a la reubicación en plazas comerciales.', 'observacion', '471.2', 'cuestiona', 'Felipe Cárdenas Luna')]),
         S(476, T476,
           [G(*G476_1, None, 'No reportó')],
           [],
           [('Se exhorta a la Delegación Cuauhtémoc a iniciar la capacitación del personal de vía pública.', 'retroalimentacion', '476.1', 'exhorta', 'SE'),
            ('No hay correspondencia entre la meta, que busca prevenir abusos, y un indicador que solo cuenta personas capacitadas.', 'observacion', '476.1', 'diseno_meta', 'Daniel Ugarte Robles')])],
     agreements=[
         A('La Secretaría de Gobierno informará el número de solicitudes resueltas antes del 18 de mayo de 2018.', ['2018-05-18'], 'Secretaría de Gobierno'),
         A('La Delegación Cuauhtémoc presentará el programa de capacitación de la meta 476.1.', [], 'Delegación Cuauhtémoc'),
         A('La sexta sesión ordinaria será el 19 de junio de 2018 a las 11:00 horas.', ['2018-06-19'], None, next_session=True)],
     next=NX('2018-06-19', '11:00'),
     notes='Slide deck (16:9) exported to PDF by LibreOffice Impress from a flat .fodp: title slide, one slide per strategy with goals as bullets "Meta 471.1 — Informe: …", attendance in two text columns, feedback slide, agreements slide, slide number and footer on every slide; no .docx. Goal 476.1 not reported: "Meta 476.1 — Informe: No reportó".')

acta(stem='blind-aj-merolicos-06-2018-06-19', layout='AJ2', esp='merolicos',
     body=MER_BODY, number=6, date='2018-06-19', start='11:00', end='13:05', place=MER_PLACE, coordinator=MER_COORD,
     attendance=MER_ATT[:4] + MER_ATT[5:],
     strategies=[
         S(471, T471,
           [G(*G471_1, ['Se expidieron 530 credenciales más, 204 de ellas a mujeres.']),
            G(*G471_2, None, 'No reportó')],
           [(530, 'credenciales', '471.1', 'Se expidieron 530 credenciales más'),
            (204, 'mujeres', '471.1', '204 de ellas a mujeres')],
           [('Se mantiene el reporte desagregado por sexo, lo que permite dar seguimiento al indicador.', 'retroalimentacion', '471.1', 'avance', 'SE'),
            ('Se exhorta a la Secretaría de Gobierno a enviar el informe de las mesas de atención.', 'retroalimentacion', '471.2', 'exhorta', 'SE')]),
         S(476, T476,
           [G(*G476_1, ['La Delegación impartió 6 talleres de 4 horas a 148 personas servidoras públicas de vía pública.'])],
           [(6, 'talleres', '476.1', 'La Delegación impartió 6 talleres'),
            (4, 'horas', '476.1', 'talleres de 4 horas'),
            (148, 'personas servidoras públicas', '476.1', 'a 148 personas servidoras públicas de vía pública')],
           [('Los talleres contribuyen a la meta, pero por sí solos no previenen los abusos en los retiros.', 'retroalimentacion', '476.1', 'insuficiente', 'SE'),
            ('Se solicita informar qué áreas de la Delegación participaron y con qué temario.', 'retroalimentacion', '476.1', 'solicita_datos', 'SE'),
            ('Los comerciantes señalan que los retiros con uso de la fuerza continuaron en mayo.', 'observacion', '476.1', 'cuestiona', 'Felipe Cárdenas Luna')])],
     agreements=[
         A('La Secretaría de Gobierno enviará por escrito el informe de la meta 471.2 antes del 6 de julio de 2018.', ['2018-07-06'], 'Secretaría de Gobierno'),
         A('La Delegación Cuauhtémoc compartirá el temario de los talleres con la sociedad civil.', [], 'Delegación Cuauhtémoc'),
         A('La séptima sesión ordinaria será el 21 de agosto de 2018 a las 11:00 horas.', ['2018-08-21'], None, next_session=True)],
     next=NX('2018-08-21', '11:00'),
     notes='Slide deck (16:9) exported to PDF by LibreOffice Impress from a flat .fodp; no .docx. Goal 471.2 not reported: "Meta 471.2 — Informe: No reportó".')

# ================================================================ AJ3 estibadores (spreadsheet acta, LibreOffice Calc PDF)
EST_BODY = 'Derecho al Trabajo: Estibadores y Diableros de la Central de Abasto'
EST_COORD = ('Aurelio Benítez Cruz', 'Coordinador del Espacio de Participación')
EST_PLACE = 'Sala de juntas de la Coordinación General de la Central de Abasto, Iztapalapa'
T389 = 'Mejorar las condiciones de salud y seguridad de las personas estibadoras'
T393 = 'Garantizar la seguridad social de las personas estibadoras'
G389_1 = ('389.1', 'Realizar jornadas de salud ocupacional en la Central de Abasto', 'Número de personas atendidas',
          'Secretaría de Salud del Distrito Federal', 'SEDESA')
G389_2 = ('389.2', 'Sustituir diablos de carga en mal estado por equipo ergonómico', 'Número de diablos sustituidos',
          'Secretaría de Desarrollo Económico del Distrito Federal', 'SEDECO')
G393_1 = ('393.1', 'Afiliar a personas estibadoras al seguro facultativo', 'Número de personas afiliadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
EST_ATT = [
    ('Leticia Montiel Orozco', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefa de Salud Ocupacional'),
    ('Arturo Quiroz Bastida', 'Lic.', 'Secretaría de Desarrollo Económico del Distrito Federal', 'SEDECO', IE, 'Subdirector de Abasto'),
    ('Fernando Lira Castañeda', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Enlace'),
    ('Gilberto Roque Mancilla', 'C.', 'Unión de Estibadores y Diableros de la Central de Abasto', None, SC, 'Dirigente'),
    ('Juana Baltazar Reséndiz', 'C.', 'Colectivo Cargadoras de la Merced', None, SC, 'Integrante'),
    ('Joel Arriaga Paz', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Enlace'),
    ('Marisol Cortés Ayala', 'Mtra.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-estibadores-02-2013-05-28', layout='AJ3', esp='estibadores',
     body=EST_BODY, number=2, date='2013-05-28', start='09:30', end='12:00', place=EST_PLACE, coordinator=EST_COORD,
     attendance=EST_ATT,
     strategies=[
         S(389, T389,
           [G(*G389_1, ['Se realizaron 5 jornadas de salud en las que se atendió a 742 personas estibadoras y se detectaron 96 casos de lesión lumbar.']),
            G(*G389_2, None, 'Sin reporte')],
           [(5, 'jornadas de salud', '389.1', 'Se realizaron 5 jornadas de salud'),
            (742, 'personas estibadoras', '389.1', 'se atendió a 742 personas estibadoras'),
            (96, 'casos de lesión lumbar', '389.1', 'se detectaron 96 casos de lesión lumbar')],
           [('Las jornadas reportan personas atendidas, que es lo que mide el indicador.', 'retroalimentacion', '389.1', 'avance', 'SE'),
            ('Se requiere saber cuántos de los casos de lesión lumbar recibieron tratamiento.', 'retroalimentacion', '389.1', 'solicita_datos', 'SE'),
            ('Es necesario que la SEDECO inicie la sustitución de diablos prevista en la meta.', 'retroalimentacion', '389.2', 'exhorta', 'SE')]),
         S(393, T393,
           [G(*G393_1, ['La STyFE afilió a 210 personas estibadoras de 3 naves al seguro facultativo, incluido personal administrativo de las bodegas.'])],
           [(210, 'personas estibadoras', '393.1', 'La STyFE afilió a 210 personas estibadoras'),
            (3, 'naves', '393.1', 'de 3 naves')],
           [('El informe incluye personal administrativo de las bodegas, que no corresponde a la población de la meta.', 'retroalimentacion', '393.1', 'desalineado', 'SE'),
            ('Los estibadores cuestionan que el seguro facultativo no cubra incapacidades por accidente de trabajo.', 'observacion', '393.1', 'cuestiona', 'Gilberto Roque Mancilla')])],
     agreements=[
         A('La Secretaría de Salud enviará el seguimiento de los casos de lesión lumbar antes del 28 de junio de 2013.', ['2013-06-28'], 'Secretaría de Salud'),
         A('La SEDECO presentará el calendario de sustitución de diablos de la meta 389.2.', [], 'SEDECO'),
         A('La tercera sesión se celebrará el 30 de julio de 2013 a las 9:30 horas.', ['2013-07-30'], None, next_session=True)],
     next=NX('2013-07-30', '09:30'),
     notes='Acta laid out as a spreadsheet (LibreOffice Calc from a flat .fods): merged title cells, printed grid, one row per goal (Estrategia | Meta | Indicador | Instancia | Informe | Estatus), wrapped text, feedback block and attendance block below, fit to page width; no .docx. Goal 389.2 not reported: empty Informe cell, Estatus "Sin reporte".')

acta(stem='blind-aj-estibadores-03-2013-07-30', layout='AJ3', esp='estibadores',
     body=EST_BODY, number=3, date='2013-07-30', start='09:30', end='11:45', place=EST_PLACE, coordinator=EST_COORD,
     attendance=EST_ATT[:4] + EST_ATT[5:],
     strategies=[
         S(389, T389,
           [G(*G389_1, ['En 3 jornadas más se atendió a 388 personas; 61 de los casos de lesión lumbar recibieron terapia física.']),
            G(*G389_2, ['Se sustituyeron 150 diablos de carga y se entregaron 200 fajas lumbares en las naves de frutas y legumbres.'])],
           [(3, 'jornadas', '389.1', 'En 3 jornadas más'),
            (388, 'personas', '389.1', 'se atendió a 388 personas'),
            (61, 'casos de lesión lumbar', '389.1', '61 de los casos de lesión lumbar recibieron terapia física'),
            (150, 'diablos de carga', '389.2', 'Se sustituyeron 150 diablos de carga'),
            (200, 'fajas lumbares', '389.2', 'se entregaron 200 fajas lumbares')],
           [('Se atendió el acuerdo sobre el seguimiento de los casos de lesión lumbar.', 'retroalimentacion', '389.1', 'avance', 'SE'),
            ('Se recomienda omitir la entrega de fajas, que no forma parte de la sustitución de diablos.', 'retroalimentacion', '389.2', 'desalineado', 'SE'),
            ('La entrega de fajas lumbares puede enmarcarse en la meta 389.1.', 'observacion', '389.2', 'reasignar', 'Leticia Montiel Orozco')]),
         S(393, T393,
           [G(*G393_1, None, 'No reportó')],
           [],
           [('Se exhorta a la STyFE a presentar su informe sobre la afiliación al seguro facultativo.', 'retroalimentacion', '393.1', 'exhorta', 'SE'),
            ('La STyFE refiere que la afiliación depende del IMSS y solicita que se le invite al Espacio.', 'observacion', '393.1', 'instancia', 'Fernando Lira Castañeda')])],
     agreements=[
         A('La Secretaría Ejecutiva invitará al IMSS a la próxima sesión.', [], 'Secretaría Ejecutiva'),
         A('La STyFE enviará las cifras de afiliación de la meta 393.1 antes del 30 de agosto de 2013.', ['2013-08-30'], 'STyFE'),
         A('La cuarta sesión se celebrará el 24 de septiembre de 2013 a las 9:30 horas.', ['2013-09-24'], None, next_session=True)],
     next=NX('2013-09-24', '09:30'),
     notes='Acta laid out as a spreadsheet (LibreOffice Calc from a flat .fods), fit to page width; no .docx. Goal 393.1 not reported: Informe cell empty, Estatus "No reportó".')

# ================================================================ AJ4 chinamperos (received fax: 1-bit, no text layer)
CHI_BODY = 'Derecho a un Medio Ambiente Sano: Productoras y Productores Chinamperos de Xochimilco'
CHI_COORD = ('Esperanza Galicia Romo', 'Coordinadora del Espacio de Participación')
CHI_PLACE = 'Casa de la Chinampa, Embarcadero Cuemanco, Delegación Xochimilco'
T128 = 'Conservar la zona chinampera y sus canales'
T134 = 'Fortalecer la producción chinampera con apoyos a productores'
G128_1 = ('128.1', 'Desazolvar los canales de la zona chinampera', 'Kilómetros de canal desazolvados', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G128_2 = ('128.2', 'Instalar biofiltros en las descargas a los canales', 'Número de biofiltros instalados', 'Secretaría del Medio Ambiente', 'SEDEMA')
G134_1 = ('134.1', 'Otorgar apoyos económicos para la producción agrícola en chinampas', 'Número de apoyos otorgados',
          'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
CHI_ATT = [
    ('Benjamín Castro Olguín', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirector de Canales'),
    ('Rosario Meza Tapia', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Jefa de Unidad'),
    ('Abel Xolalpa Romero', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Enlace'),
    ('Maximino Chavarría Flores', 'C.', 'Asociación de Chinamperos de San Gregorio Atlapulco', None, SC, 'Presidente'),
    ('Yolanda Pérez Nápoles', 'C.', 'Colectivo Canoas y Chinampas', None, SC, 'Integrante'),
    ('Clara Ugalde Ríos', 'Lic.', 'Delegación Xochimilco', 'ALC-XOCHIMILCO', OT, 'Enlace'),
    ('Saúl Mendieta Arce', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-chinamperos-07-2016-03-08', layout='AJ4', esp='chinamperos', fax='09/03/2016 10:42',
     body=CHI_BODY, number=7, date='2016-03-08', start='10:00', end='12:30', place=CHI_PLACE, coordinator=CHI_COORD,
     attendance=CHI_ATT,
     strategies=[
         S(128, T128,
           [G(*G128_1, ['El SACMEX desazolvó 8 kilómetros de canal y retiró 950 metros cúbicos de lodo.']),
            G(*G128_2, None, 'No reportó.')],
           [(8, 'kilómetros', '128.1', 'El SACMEX desazolvó 8 kilómetros de canal'),
            (950, 'metros cúbicos', '128.1', 'retiró 950 metros cúbicos de lodo')],
           [('El informe da cuenta del avance en kilómetros, como pide el indicador.', 'retroalimentacion', '128.1', 'avance', 'SE'),
            ('Los productores cuestionan que el lodo se deposite en las orillas y vuelva al canal con las lluvias.', 'observacion', '128.1', 'cuestiona', 'Maximino Chavarría Flores'),
            ('Se exhorta a la SEDEMA a informar sobre la instalación de biofiltros.', 'retroalimentacion', '128.2', 'exhorta', 'SE')]),
         S(134, T134,
           [G(*G134_1, ['La SEDEREC otorgó 124 apoyos a productores chinamperos, 47 de ellos a mujeres, para 18 hectáreas de cultivo.'])],
           [(124, 'apoyos', '134.1', 'La SEDEREC otorgó 124 apoyos a productores chinamperos'),
            (47, 'mujeres', '134.1', '47 de ellos a mujeres'),
            (18, 'hectáreas', '134.1', 'para 18 hectáreas de cultivo')],
           [('Se solicita precisar en qué pueblos se entregaron los apoyos y su monto.', 'retroalimentacion', '134.1', 'solicita_datos', 'SE'),
            ('La SEDEREC menciona que el padrón de productores no está actualizado y que eso retrasa los apoyos.', 'observacion', '134.1', 'instancia', 'Abel Xolalpa Romero')])],
     agreements=[
         A('El SACMEX presentará el programa de desazolve del segundo trimestre.', [], 'SACMEX'),
         A('La SEDEREC enviará el padrón de apoyos por pueblo antes del 15 de abril de 2016.', ['2016-04-15'], 'SEDEREC'),
         A('La octava sesión se realizará el 10 de mayo de 2016 a las 10:00 horas.', ['2016-05-10'], None, next_session=True)],
     next=NX('2016-05-10', '10:00'),
     notes='Typed acta received by fax: 1-bit pages at 204x98 dpi stretched to 204x196, fax header line on every page, speckle, skew; no text layer (img2pdf). Gold checked against Tesseract output in src/ocr/. Goal 128.2 not reported: "Informe: No reportó."')

acta(stem='blind-aj-chinamperos-08-2016-05-10', layout='AJ4', esp='chinamperos', fax='12/05/2016 16:05',
     body=CHI_BODY, number=8, date='2016-05-10', start='10:00', end='12:15', place=CHI_PLACE, coordinator=CHI_COORD,
     attendance=CHI_ATT[:4] + CHI_ATT[5:],
     strategies=[
         S(128, T128,
           [G(*G128_1, ['El SACMEX desazolvó 5 kilómetros más en los canales de Cuemanco y Apatlaco y retiró 610 metros cúbicos de lodo.']),
            G(*G128_2, ['La SEDEMA instaló 12 biofiltros en descargas de 4 barrios, que benefician a 230 familias.'])],
           [(5, 'kilómetros', '128.1', 'El SACMEX desazolvó 5 kilómetros más'),
            (610, 'metros cúbicos', '128.1', 'retiró 610 metros cúbicos de lodo'),
            (12, 'biofiltros', '128.2', 'La SEDEMA instaló 12 biofiltros'),
            (4, 'barrios', '128.2', 'en descargas de 4 barrios'),
            (230, 'familias', '128.2', 'que benefician a 230 familias')],
           [('Se atendió el acuerdo y se presentó el programa de desazolve.', 'retroalimentacion', '128.1', 'avance', 'SE'),
            ('El indicador cuenta biofiltros pero no mide la calidad del agua, que es lo que busca la meta.', 'retroalimentacion', '128.2', 'diseno_meta', 'SE'),
            ('Los biofiltros ayudan, pero por sí solos no detienen las descargas irregulares.', 'observacion', '128.2', 'insuficiente', 'Yolanda Pérez Nápoles')]),
         S(134, T134,
           [G(*G134_1, None, 'Sin informe.')],
           [],
           [('Se exhorta a la SEDEREC a entregar el padrón de apoyos comprometido.', 'retroalimentacion', '134.1', 'exhorta', 'SE'),
            ('Es necesario que la SEDEREC envíe a las sesiones a personal del área de apoyos a la producción.', 'retroalimentacion', '134.1', 'proceso', 'SE')])],
     agreements=[
         A('La SEDEMA compartirá los resultados de calidad del agua de los canales.', [], 'SEDEMA'),
         A('La SEDEREC entregará el padrón de apoyos antes del 31 de mayo de 2016.', ['2016-05-31'], 'SEDEREC'),
         A('La novena sesión se realizará el 12 de julio de 2016 a las 10:00 horas.', ['2016-07-12'], None, next_session=True)],
     next=NX('2016-07-12', '10:00'),
     notes='Typed acta received by fax (1-bit, 204x98 dpi stretched, header line, speckle, skew; img2pdf, no text layer). Goal 134.1 not reported: "Informe: Sin informe."')

# ================================================================ AJ5 lecheros (attendance in a floating sidebar text box; agenda points)
LEC_BODY = 'Derecho a la Alimentación: Productores y Repartidores de Leche de la Ciudad de México'
LEC_COORD = ('Natalia Robles Esquivel', 'Coordinadora del Espacio de Participación')
LEC_PLACE = 'Sala de juntas de la Secretaría de Desarrollo Económico, avenida Cuauhtémoc 898, colonia Narvarte'
T344 = 'Garantizar el abasto de leche a precio justo en las colonias de alta marginación'
T351 = 'Vigilar la calidad sanitaria de la leche que se distribuye en la vía pública'
G344_1 = ('344.1', 'Ampliar la red de lecherías en colonias de alta marginación', 'Número de lecherías abiertas',
          'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
G344_2 = ('344.2', 'Incorporar a repartidores de leche al padrón de comercio popular', 'Número de repartidores incorporados',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G351_1 = ('351.1', 'Realizar muestreos de calidad a la leche distribuida en la vía pública', 'Número de muestras analizadas',
          'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA')
LEC_ATT = [
    ('Karla Espinosa Lugo', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Directora de Comedores y Abasto'),
    ('Marco Antonio Uribe Sáenz', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Comercio Popular'),
    ('Dolores Ibarra Quintana', 'Q.F.B.', 'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA', IE, 'Jefa de Unidad de Fomento Sanitario'),
    ('Tomás Villegas Ocampo', 'C.', 'Cooperativa de Lecheros de Tláhuac', None, SC, 'Presidente'),
    ('Irene Salgado Méndez', 'C.', 'Red por la Soberanía Alimentaria', None, SC, 'Integrante'),
    ('Ulises Paredes Gil', 'Lic.', 'Alcaldía Tláhuac', 'ALC-TLAHUAC', OT, 'Enlace'),
    ('Verónica Landa Chávez', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-lecheros-02-2023-02-14', layout='AJ5', esp='lecheros',
     body=LEC_BODY, number=2, date='2023-02-14', start='11:00', end='13:20', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT,
     strategies=[
         S(344, T344,
           [G(*G344_1, ['La SIBISO abrió 9 lecherías en colonias de Tláhuac e Iztapalapa que atienden a 3,450 familias.']),
            G(*G344_2, None, 'la SEDECO no presentó informe.')],
           [(9, 'lecherías', '344.1', 'La SIBISO abrió 9 lecherías'),
            (3450, 'familias', '344.1', 'que atienden a 3,450 familias')],
           [('Se reportan datos que permiten conocer la cobertura de las nuevas lecherías.', 'retroalimentacion', '344.1', 'avance', 'SE'),
            ('La sociedad civil cuestiona que las lecherías abran solo dos días por semana.', 'observacion', '344.1', 'cuestiona', 'Irene Salgado Méndez'),
            ('Es necesario que la SEDECO empiece a incorporar a los repartidores al padrón.', 'retroalimentacion', '344.2', 'exhorta', 'SE')]),
         S(351, T351,
           [G(*G351_1, ['La AGEPSA analizó 168 muestras de leche; 23 muestras no cumplieron con la norma sanitaria y se notificó a 11 repartidores.'])],
           [(168, 'muestras', '351.1', 'La AGEPSA analizó 168 muestras de leche'),
            (23, 'muestras', '351.1', '23 muestras no cumplieron con la norma sanitaria'),
            (11, 'repartidores', '351.1', 'se notificó a 11 repartidores')],
           [('Se solicita informar qué incumplimientos se encontraron y en qué alcaldías.', 'retroalimentacion', '351.1', 'solicita_datos', 'SE'),
            ('La AGEPSA solicita a la Secretaría Ejecutiva que las recomendaciones distingan entre leche pasteurizada y leche bronca.', 'observacion', '351.1', 'instancia', 'Dolores Ibarra Quintana')])],
     agreements=[
         A('La AGEPSA enviará el desglose de incumplimientos por alcaldía antes del 10 de marzo de 2023.', ['2023-03-10'], 'AGEPSA'),
         A('La SEDECO presentará su informe de la meta 344.2 en la siguiente sesión.', [], 'SEDECO'),
         A('La tercera sesión ordinaria se celebrará el 18 de abril de 2023 a las 11:00 horas.', ['2023-04-18'], None, next_session=True)],
     next=NX('2023-04-18', '11:00'),
     notes='Attendance only in a narrow floating text box (wp:anchor + wps:txbx with VML fallback) on the right margin of page 1, body wrapping around it; numbered agenda, and the strategies are later introduced as "En desahogo del punto 3 del orden del día …" without repeating the strategy number. Goal 344.2 not reported: "Respecto de la meta 344.2, la SEDECO no presentó informe."')

acta(stem='blind-aj-lecheros-03-2023-04-18', layout='AJ5', esp='lecheros',
     body=LEC_BODY, number=3, date='2023-04-18', start='11:00', end='13:00', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT[:5] + LEC_ATT[6:],
     strategies=[
         S(344, T344,
           [G(*G344_1, ['La SIBISO abrió 4 lecherías más, que atienden a 1,280 familias, y amplió el horario de 6 lecherías a cinco días por semana.']),
            G(*G344_2, ['La SEDECO incorporó a 57 repartidores al padrón de comercio popular en 2 jornadas de registro.'])],
           [(4, 'lecherías', '344.1', 'La SIBISO abrió 4 lecherías más'),
            (1280, 'familias', '344.1', 'que atienden a 1,280 familias'),
            (6, 'lecherías', '344.1', 'amplió el horario de 6 lecherías'),
            (57, 'repartidores', '344.2', 'La SEDECO incorporó a 57 repartidores'),
            (2, 'jornadas de registro', '344.2', 'en 2 jornadas de registro')],
           [('Se atendió la observación sobre el horario de las lecherías.', 'retroalimentacion', '344.1', 'avance', 'SE'),
            ('La incorporación al padrón contribuye, pero por sí sola no da cumplimiento a la meta.', 'retroalimentacion', '344.2', 'insuficiente', 'SE'),
            ('Los repartidores cuestionan que el registro exija un local fijo.', 'observacion', '344.2', 'cuestiona', 'Tomás Villegas Ocampo')]),
         S(351, T351,
           [G(*G351_1, None, 'no se recibió informe.')],
           [],
           [('Se exhorta a la AGEPSA a enviar su informe y el desglose comprometido.', 'retroalimentacion', '351.1', 'exhorta', 'SE'),
            ('Sería oportuno convocar al área de fomento sanitario de la AGEPSA a la próxima sesión.', 'retroalimentacion', '351.1', 'proceso', 'SE')])],
     agreements=[
         A('La Secretaría Ejecutiva convocará al área de fomento sanitario de la AGEPSA.', [], 'Secretaría Ejecutiva'),
         A('La SEDECO enviará la lista de repartidores incorporados antes del 12 de mayo de 2023.', ['2023-05-12'], 'SEDECO'),
         A('La cuarta sesión ordinaria se celebrará el 20 de junio de 2023 a las 11:00 horas.', ['2023-06-20'], None, next_session=True)],
     next=NX('2023-06-20', '11:00'),
     notes='Attendance in a floating sidebar text box; agenda points ("En desahogo del punto 4 del orden del día …"). Goal 351.1 not reported: "En cuanto a la meta 351.1, no se recibió informe."')

# ================================================================ AJ6 afinadores (computer set to English (US): month-first dates, 5:00 PM)
AFI_BODY = 'Derechos Culturales: Afinadores y Reparadores de Instrumentos Musicales'
AFI_COORD = ('Patricia Ledesma Olvera', 'Coordinadora del Espacio de Participación')
AFI_PLACE = 'Salón de Ensayos del Centro Cultural Ollin Yoliztli, Periférico Sur 5141, colonia Isidro Fabela'
T602 = 'Preservar los oficios de afinación y reparación de instrumentos musicales'
T607 = 'Facilitar financiamiento a talleres artesanales de reparación'
G602_1 = ('602.1', 'Impartir talleres de oficio de afinación de pianos y laudería', 'Número de personas aprendices formadas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G602_2 = ('602.2', 'Registrar los talleres de reparación de instrumentos en el Sistema de Información Cultural', 'Número de talleres registrados',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G607_1 = ('607.1', 'Otorgar microcréditos a talleres de reparación de instrumentos', 'Monto otorgado en pesos',
          'Fondo para el Desarrollo Social de la Ciudad de México', None)
AFI_ATT = [
    ('Gerardo Montes Alcázar', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Vinculación Cultural'),
    ('Lorena Bautista Huerta', 'C.P.', 'Fondo para el Desarrollo Social de la Ciudad de México', None, IE, 'Subdirectora de Créditos'),
    ('Martha Inés Corona Vidal', 'C.', 'Asociación Mexicana de Afinadores de Piano, A. C.', None, SC, 'Presidenta'),
    ('Raúl Becerril Ortega', 'C.', 'Colectivo de Reparadores de la Lagunilla', None, SC, 'Integrante'),
    ('Emilio Saldaña Correa', 'Mtro.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Profesor de la Facultad de Música'),
    ('Sofía Arvizu Lara', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Enlace de Cultura'),
    ('Jorge Alarcón Medina', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')]

acta(stem='blind-aj-afinadores-01-2024-03-07', layout='AJ6', esp='afinadores', us_date='March 7, 2024',
     body=AFI_BODY, number=1, date='2024-03-07', start='17:00', end='19:15', place=AFI_PLACE, coordinator=AFI_COORD,
     attendance=AFI_ATT,
     strategies=[
         S(602, T602,
           [G(*G602_1, ['Se impartieron 12 talleres con una duración total de 1,440 horas, en los que se formaron 87 personas aprendices.']),
            G(*G602_2, None, 'No reportó.')],
           [(12, 'talleres', '602.1', 'Se impartieron 12 talleres'),
            (1440, 'horas', '602.1', 'con una duración total de 1,440 horas'),
            (87, 'personas aprendices', '602.1', 'se formaron 87 personas aprendices')],
           [('Se reportan datos duros que permiten conocer el avance de la formación de aprendices.', 'retroalimentacion', '602.1', 'avance', 'SE'),
            ('Las asociaciones cuestionan que los talleres no incluyan la afinación de instrumentos de viento.', 'observacion', '602.1', 'cuestiona', 'Martha Inés Corona Vidal'),
            ('Se exhorta a la Secretaría de Cultura a iniciar el registro de talleres.', 'retroalimentacion', '602.2', 'exhorta', 'SE')]),
         S(607, T607,
           [G(*G607_1, ['El FONDESO otorgó 38 microcréditos por un total de 1,520,000.00 pesos a talleres de 5 alcaldías y 2 becas para la Escuela de Laudería.'])],
           [(38, 'microcréditos', '607.1', 'El FONDESO otorgó 38 microcréditos'),
            (1520000, 'pesos', '607.1', 'por un total de 1,520,000.00 pesos'),
            (5, 'alcaldías', '607.1', 'a talleres de 5 alcaldías'),
            (2, 'becas', '607.1', '2 becas para la Escuela de Laudería')],
           [('Se solicita desagregar los microcréditos por alcaldía y por sexo de las personas titulares.', 'retroalimentacion', '607.1', 'solicita_datos', 'SE'),
            ('Las becas para la Escuela de Laudería pueden estar enmarcadas en la estrategia 602, meta 602.1.', 'retroalimentacion', '607.1', 'reasignar', 'SE')])],
     agreements=[
         A('El FONDESO enviará el desglose de microcréditos antes del 04/05/2024.', ['2024-04-05'], 'FONDESO'),
         A('La Secretaría de Cultura presentará el avance de la meta 602.2 en la siguiente sesión.', [], 'Secretaría de Cultura'),
         A('La segunda sesión ordinaria se realizará el 05/09/2024 a las 5:00 PM en la misma sede.', ['2024-05-09'], None, next_session=True)],
     next=NX('2024-05-09', '17:00'),
     notes='Acta typed on a computer set to English (United States): dates month-first in digits (03/07/2024), "March 7, 2024" in a header date field, times "5:00 PM", thousands with commas and decimals with a point; Spanish text otherwise. Gold dates ISO, times 24 h. Goal 602.2 not reported: "Informe: No reportó."')

acta(stem='blind-aj-afinadores-02-2024-05-09', layout='AJ6', esp='afinadores', us_date='May 9, 2024',
     body=AFI_BODY, number=2, date='2024-05-09', start='17:00', end='19:00', place=AFI_PLACE, coordinator=AFI_COORD,
     attendance=AFI_ATT[:5] + AFI_ATT[6:],
     strategies=[
         S(602, T602,
           [G(*G602_1, ['Se impartieron 7 talleres más, con 840 horas, y concluyeron su formación 52 personas aprendices; la asistencia promedio fue de 91.5 por ciento.']),
            G(*G602_2, ['Se registraron 64 talleres de reparación en el Sistema de Información Cultural.'])],
           [(7, 'talleres', '602.1', 'Se impartieron 7 talleres más'),
            (840, 'horas', '602.1', 'con 840 horas'),
            (52, 'personas aprendices', '602.1', 'concluyeron su formación 52 personas aprendices'),
            (91.5, 'por ciento', '602.1', 'la asistencia promedio fue de 91.5 por ciento'),
            (64, 'talleres', '602.2', 'Se registraron 64 talleres de reparación')],
           [('El informe responde al indicador y muestra la conclusión de la formación.', 'retroalimentacion', '602.1', 'avance', 'SE'),
            ('El indicador cuenta talleres registrados, pero la meta no dice para qué sirve el registro.', 'retroalimentacion', '602.2', 'diseno_meta', 'SE'),
            ('Se pide saber cuántos de los talleres registrados están en la Lagunilla y en el Centro.', 'observacion', '602.2', 'solicita_datos', 'Raúl Becerril Ortega')]),
         S(607, T607,
           [G(*G607_1, None, 'Sin información al corte del 04/30/2024.')],
           [],
           [('El FONDESO refiere que el cierre de la convocatoria se movió al 05/31/2024 y que informará después de esa fecha.', 'observacion', '607.1', 'instancia', 'Lorena Bautista Huerta'),
            ('Es necesario que quien acuda por el FONDESO cuente con la información de la convocatoria.', 'retroalimentacion', '607.1', 'proceso', 'SE')])],
     agreements=[
         A('El FONDESO presentará el informe de la meta 607.1 antes del 06/14/2024.', ['2024-06-14'], 'FONDESO'),
         A('La Secretaría de Cultura compartirá la base del registro de talleres con las asociaciones.', [], 'Secretaría de Cultura'),
         A('La tercera sesión ordinaria se realizará el 07/11/2024 a las 5:00 PM.', ['2024-07-11'], None, next_session=True)],
     next=NX('2024-07-11', '17:00'),
     notes='Acta typed with English (United States) regional settings: 05/09/2024, "May 9, 2024" in the header date field, 5:00 PM. Goal 607.1 not reported: "Informe: Sin información al corte del 04/30/2024."')
