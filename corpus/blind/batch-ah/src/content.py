# -*- coding: utf-8 -*-
# Batch AH content, written ONCE (same shapes as batch AD's content.py).
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

# ================================================================ AH1 jardineros (goal "fichas" of label: value lines, no tables; Chromium PDF)
JAR_BODY = 'Derecho al Trabajo: Jardineras y Jardineros de Áreas Verdes Urbanas'
JAR_COORD = ('Rosalba Quintero Ávila', 'Coordinadora del Espacio de Participación')
JAR_PLACE = 'Sala de Usos Múltiples de la Secretaría del Medio Ambiente, Plaza de la Constitución 1, tercer piso'
T507 = 'Garantizar condiciones laborales dignas a las personas trabajadoras de áreas verdes urbanas'
T511 = 'Capacitar y certificar a las personas jardineras en manejo seguro de herramientas y agroquímicos'
G507_1 = ('507.1', 'Dotar de equipo de protección personal a las cuadrillas de áreas verdes', 'Número de personas trabajadoras con equipo completo',
          'Secretaría del Medio Ambiente', 'SEDEMA')
G507_2 = ('507.2', 'Regularizar la contratación de personal eventual de jardinería', 'Porcentaje de personal eventual con contrato vigente',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G511_1 = ('511.1', 'Impartir cursos de manejo seguro de agroquímicos', 'Número de personas capacitadas',
          'Secretaría del Medio Ambiente', 'SEDEMA')
JAR_SE = ('Tomás Echeverría Lugo', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
JAR_ATT = [
    ('Silvia Montaño Reyes', 'Ing.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Reforestación Urbana'),
    ('Rubén Cisneros Aldana', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector'),
    ('Adela Pineda Corona', 'Biól.', 'Procuraduría Ambiental y del Ordenamiento Territorial de la Ciudad de México', 'PAOT', IE, 'Enlace'),
    ('Jacinto Barrera Olmos', 'C.', 'Sindicato Único de Trabajadores de Parques y Jardines', None, SC, 'Secretario de Trabajo'),
    ('Norma Velasco Ibarra', 'C.', 'Colectivo Manos Verdes de Iztapalapa', None, SC, 'Integrante'),
    ('Leonardo Ruiz Tejeda', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesor investigador'),
    JAR_SE]

acta(stem='blind-ah-jardineros-03-2019-05-14', layout='AH1', esp='jardineros',
     body=JAR_BODY, number=3, date='2019-05-14', start='10:00', end='12:40', place=JAR_PLACE, coordinator=JAR_COORD,
     attendance=JAR_ATT,
     strategies=[
         S(507, T507,
           [G(*G507_1, ['La SEDEMA entregó equipo completo a 412 personas trabajadoras de 23 cuadrillas; faltan 96 personas de los viveros.']),
            G(*G507_2, None, 'Sin informe de la instancia ejecutora.')],
           [(412, 'personas trabajadoras', '507.1', 'La SEDEMA entregó equipo completo a 412 personas trabajadoras'),
            (23, 'cuadrillas', '507.1', 'de 23 cuadrillas'),
            (96, 'personas', '507.1', 'faltan 96 personas de los viveros')],
           [('El avance es claro y se reporta contra el indicador de la meta.', 'retroalimentacion', '507.1', 'avance', 'SE'),
            ('Se solicita desagregar por sexo a las personas que recibieron el equipo.', 'retroalimentacion', '507.1', 'solicita_datos', 'SE'),
            ('Se exhorta a la STYFE a presentar su informe sobre la regularización de contratos.', 'retroalimentacion', '507.2', 'exhorta', 'SE')]),
         S(511, T511,
           [G(*G511_1, ['Se impartieron 8 cursos de 20 horas a los que asistieron 186 personas jardineras, 71 de ellas mujeres.'])],
           [(8, 'cursos', '511.1', 'Se impartieron 8 cursos de 20 horas'),
            (20, 'horas', '511.1', 'cursos de 20 horas'),
            (186, 'personas jardineras', '511.1', 'asistieron 186 personas jardineras'),
            (71, 'mujeres', '511.1', '71 de ellas mujeres')],
           [('Los cursos no llegaron a las cuadrillas del turno nocturno.', 'observacion', '511.1', 'insuficiente', 'Jacinto Barrera Olmos'),
            ('La certificación que pide la estrategia no se menciona en el informe.', 'observacion', '511.1', 'cuestiona', 'Leonardo Ruiz Tejeda')])],
     agreements=[
         A('La SEDEMA enviará el desglose por sexo de la entrega de equipo antes del 7 de junio de 2019.', ['2019-06-07'], 'SEDEMA'),
         A('La STYFE presentará el informe de la meta 507.2 en la próxima sesión.', [], 'STYFE'),
         A('La cuarta sesión ordinaria se celebrará el 16 de julio de 2019 a las 10:00 horas en la misma sede.', ['2019-07-16'], None, next_session=True)],
     next=NX('2019-07-16', '10:00'),
     notes='Every goal as a ficha of label: value lines (Estrategia:, Meta:, Indicador:, Responsable:, Avance:, Retroalimentación:), no tables; PDF printed by Chromium from HTML.')

acta(stem='blind-ah-jardineros-04-2019-07-16', layout='AH1', esp='jardineros',
     body=JAR_BODY, number=4, date='2019-07-16', start='10:00', end='12:15', place=JAR_PLACE, coordinator=JAR_COORD,
     attendance=JAR_ATT[:2] + JAR_ATT[3:],
     strategies=[
         S(507, T507,
           [G(*G507_1, ['La SEDEMA completó la entrega a las 96 personas de los viveros; de las 508 personas con equipo, 139 son mujeres.']),
            G(*G507_2, ['La STYFE informó que 64 por ciento del personal eventual tiene contrato vigente.'])],
           [(96, 'personas', '507.1', 'completó la entrega a las 96 personas de los viveros'),
            (508, 'personas', '507.1', 'de las 508 personas con equipo'),
            (139, 'mujeres', '507.1', '139 son mujeres'),
            (64, 'por ciento', '507.2', '64 por ciento del personal eventual tiene contrato vigente')],
           [('La SEDEMA atendió el acuerdo de desagregar por sexo.', 'retroalimentacion', '507.1', 'avance', 'SE'),
            ('Se solicita indicar cuántas personas eventuales siguen sin contrato y en qué alcaldías.', 'retroalimentacion', '507.2', 'solicita_datos', 'SE'),
            ('Los contratos son por tres meses y se renuevan sin prestaciones.', 'observacion', '507.2', 'cuestiona', 'Jacinto Barrera Olmos')]),
         S(511, T511,
           [G(*G511_1, None, 'Sin informe de la instancia ejecutora.')],
           [],
           [('Se exhorta a la SEDEMA a informar sobre los cursos del segundo trimestre.', 'retroalimentacion', '511.1', 'exhorta', 'SE'),
            ('Se cuestiona que los cursos se impartan solo en oficinas centrales y no en las sedes de las cuadrillas.', 'observacion', '511.1', 'cuestiona', 'Norma Velasco Ibarra')])],
     agreements=[
         A('La STYFE entregará la lista de personal eventual sin contrato por alcaldía antes del 30 de agosto de 2019.', ['2019-08-30'], 'STYFE'),
         A('La SEDEMA presentará el calendario de cursos del segundo semestre.', [], 'SEDEMA'),
         A('La quinta sesión ordinaria se celebrará el 10 de septiembre de 2019 a las 10:00 horas en la misma sede.', ['2019-09-10'], None, next_session=True)],
     next=NX('2019-09-10', '10:00'),
     notes='Every goal as a ficha of label: value lines, no tables; PDF printed by Chromium from HTML.')

# ================================================================ AH2 tranvias (feedback as "Observación del Espacio | Respuesta de la institución"; LibreOffice PDF)
TRA_BODY = 'Derecho a la Movilidad: Transporte Eléctrico y Tranvías'
TRA_COORD = ('Gerardo Salinas Prieto', 'Coordinador del Espacio de Participación')
TRA_PLACE = 'Sala de Consejo del Servicio de Transportes Eléctricos, Municipio Libre 402, colonia San Andrés Tetepilco'
T236 = 'Ampliar y mantener la red de transporte eléctrico con accesibilidad universal'
T241 = 'Garantizar la seguridad de las personas usuarias del Tren Ligero'
G236_1 = ('236.1', 'Rehabilitar las estaciones del Tren Ligero con rampas y guías podotáctiles', 'Número de estaciones rehabilitadas',
          'Servicio de Transportes Eléctricos del Distrito Federal', 'STE')
G236_2 = ('236.2', 'Elaborar el estudio de factibilidad del corredor de tranvía en el Centro Histórico', 'Estudio concluido',
          'Secretaría de Transportes y Vialidad del Distrito Federal', 'SEMOVI')
G241_1 = ('241.1', 'Instalar cámaras de videovigilancia en los trenes y estaciones', 'Número de cámaras instaladas',
          'Servicio de Transportes Eléctricos del Distrito Federal', 'STE')
TRA_SE = ('Mónica Lara Zepeda', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
TRA_ATT = [
    ('Arturo Benítez Cano', 'Ing.', 'Servicio de Transportes Eléctricos del Distrito Federal', 'STE', IE, 'Gerente de Tren Ligero'),
    ('Patricia Olvera Sandoval', 'Lic.', 'Secretaría de Transportes y Vialidad del Distrito Federal', 'SEMOVI', IE, 'Directora de Planeación'),
    ('Eduardo Montes Arriaga', 'Lic.', 'Instituto para la Integración al Desarrollo de las Personas con Discapacidad del Distrito Federal', 'INDEPEDI', IE, 'Enlace'),
    ('Lucía Carranza Vega', 'C.', 'Asociación de Usuarios del Tren Ligero Xochimilco', None, SC, 'Presidenta'),
    ('Héctor Gil Saavedra', 'C.', 'Amigos del Tranvía de la Ciudad de México, A.C.', None, SC, 'Vocal'),
    ('Irene Dávila Ocampo', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
    TRA_SE]
TRA_RESP = {
    'Se solicita precisar en qué estaciones se colocaron las guías podotáctiles.': 'El STE enviará la relación de estaciones por correo.',
    'Las rampas de Estadio Azteca tienen una pendiente que no cumple la norma.': 'El STE revisará la rampa con el INDEPEDI.',
    'Se exhorta a la Setravi a iniciar el estudio de factibilidad que establece la meta.': 'La Setravi señala que el estudio depende de la asignación presupuestal de 2015.',
    'Se reportan datos duros sobre las cámaras instaladas y su ubicación.': 'Sin respuesta.',
    'Las cámaras no sirven si nadie monitorea las grabaciones en tiempo real.': 'El STE informa que el monitoreo lo hace el C4.',
    'Se solicita informar cuántas denuncias se presentaron con apoyo de las grabaciones.': 'El STE consultará a la Procuraduría.',
    'El informe suma estaciones que ya eran accesibles antes de 2014.': 'El STE aclarará las cifras en el siguiente informe.',
    'Es necesario que acudan a las sesiones las áreas de seguridad del STE.': 'El STE lo hará del conocimiento de la Gerencia de Seguridad.',
    'Se exhorta al STE a presentar el informe de la meta 241.1 en la próxima sesión.': 'El STE se compromete a presentarlo.',
    'Se cuestiona que el proyecto de tranvía no contemple a las personas con discapacidad.': 'Sin respuesta.',
    'Se reconoce que la Setravi presentó un calendario de trabajo para el estudio.': 'Sin respuesta.',
}

acta(stem='blind-ah-tranvias-06-2014-08-19', layout='AH2', esp='tranvias',
     body=TRA_BODY, number=6, date='2014-08-19', start='11:00', end='13:20', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=TRA_ATT,
     strategies=[
         S(236, T236,
           [G(*G236_1, ['El STE rehabilitó 9 estaciones con rampas y colocó 1,250 metros de guía podotáctil.']),
            G(*G236_2, None, 'No se presentó informe.')],
           [(9, 'estaciones', '236.1', 'El STE rehabilitó 9 estaciones'),
            (1250, 'metros', '236.1', 'colocó 1,250 metros de guía podotáctil')],
           [('Se solicita precisar en qué estaciones se colocaron las guías podotáctiles.', 'retroalimentacion', '236.1', 'solicita_datos', 'SE'),
            ('Las rampas de Estadio Azteca tienen una pendiente que no cumple la norma.', 'observacion', '236.1', 'cuestiona', 'Lucía Carranza Vega'),
            ('Se exhorta a la Setravi a iniciar el estudio de factibilidad que establece la meta.', 'retroalimentacion', '236.2', 'exhorta', 'SE')]),
         S(241, T241,
           [G(*G241_1, ['Se instalaron 144 cámaras en 16 trenes y 38 cámaras en 12 estaciones.'])],
           [(144, 'cámaras', '241.1', 'Se instalaron 144 cámaras'),
            (16, 'trenes', '241.1', 'en 16 trenes'),
            (38, 'cámaras', '241.1', '38 cámaras en 12 estaciones'),
            (12, 'estaciones', '241.1', '38 cámaras en 12 estaciones')],
           [('Se reportan datos duros sobre las cámaras instaladas y su ubicación.', 'retroalimentacion', '241.1', 'avance', 'SE'),
            ('Las cámaras no sirven si nadie monitorea las grabaciones en tiempo real.', 'observacion', '241.1', 'insuficiente', 'Héctor Gil Saavedra'),
            ('Se solicita informar cuántas denuncias se presentaron con apoyo de las grabaciones.', 'retroalimentacion', '241.1', 'solicita_datos', 'SE')])],
     agreements=[
         A('El STE enviará la relación de estaciones rehabilitadas antes del 5 de septiembre de 2014.', ['2014-09-05'], 'STE'),
         A('La Setravi informará sobre el presupuesto del estudio de factibilidad.', [], 'Setravi'),
         A('La séptima sesión se realizará el 21 de octubre de 2014 a las 11:00 horas.', ['2014-10-21'], None, next_session=True)],
     next=NX('2014-10-21', '11:00'),
     notes='Feedback only in a two-column table "Observación del Espacio | Respuesta de la institución" per strategy; the answers are not feedback. PDF by LibreOffice.')

acta(stem='blind-ah-tranvias-07-2014-10-21', layout='AH2', esp='tranvias',
     body=TRA_BODY, number=7, date='2014-10-21', start='11:00', end='13:05', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=TRA_ATT,
     strategies=[
         S(236, T236,
           [G(*G236_1, ['El STE reporta 14 estaciones rehabilitadas, de las cuales 5 se concluyeron en el periodo.']),
            G(*G236_2, ['La Setravi presentó un calendario de 6 etapas para el estudio, con un costo estimado de 3.2 millones de pesos.'])],
           [(14, 'estaciones', '236.1', 'El STE reporta 14 estaciones rehabilitadas'),
            (5, 'estaciones', '236.1', 'de las cuales 5 se concluyeron en el periodo'),
            (6, 'etapas', '236.2', 'un calendario de 6 etapas'),
            (3.2, 'millones de pesos', '236.2', 'un costo estimado de 3.2 millones de pesos')],
           [('El informe suma estaciones que ya eran accesibles antes de 2014.', 'retroalimentacion', '236.1', 'desalineado', 'SE'),
            ('Se reconoce que la Setravi presentó un calendario de trabajo para el estudio.', 'retroalimentacion', '236.2', 'avance', 'SE'),
            ('Se cuestiona que el proyecto de tranvía no contemple a las personas con discapacidad.', 'observacion', '236.2', 'cuestiona', 'Lucía Carranza Vega')]),
         S(241, T241,
           [G(*G241_1, None, 'El STE no presentó informe en esta sesión.')],
           [],
           [('Es necesario que acudan a las sesiones las áreas de seguridad del STE.', 'retroalimentacion', '241.1', 'proceso', 'SE'),
            ('Se exhorta al STE a presentar el informe de la meta 241.1 en la próxima sesión.', 'retroalimentacion', '241.1', 'exhorta', 'SE')])],
     agreements=[
         A('El STE corregirá la cifra de estaciones rehabilitadas y la enviará a la Secretaría Ejecutiva.', [], 'STE'),
         A('La Setravi invitará a organizaciones de personas con discapacidad a la revisión del estudio.', [], 'Setravi'),
         A('La octava sesión se realizará el 9 de diciembre de 2014 a las 11:00 horas.', ['2014-12-09'], None, next_session=True)],
     next=NX('2014-12-09', '11:00'),
     notes='Feedback only in a two-column table "Observación del Espacio | Respuesta de la institución"; the answers are not feedback. PDF by LibreOffice.')

# ================================================================ AH3 vidrieros (unaccepted tracked moves + formatting changes + ins/del; Ghostscript PDF)
VID_BODY = 'Derecho al Trabajo: Personas Artesanas del Vidrio Soplado'
VID_COORD = ('Marcela Ortega Villalpando', 'Coordinadora del Espacio de Participación')
VID_PLACE = 'reunión virtual por videoconferencia'
T433 = 'Fomentar el empleo digno en los talleres de vidrio soplado de la Ciudad de México'
T438 = 'Prevenir riesgos de trabajo por exposición al calor y al sílice en los talleres'
G433_1 = ('433.1', 'Otorgar créditos a talleres familiares de vidrio soplado', 'Número de créditos otorgados',
          'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G438_1 = ('438.1', 'Realizar visitas de inspección en materia de seguridad e higiene a los talleres', 'Número de visitas realizadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G438_2 = ('438.2', 'Difundir una guía de prevención de riesgos para personas sopladoras de vidrio', 'Guía publicada y distribuida',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
VID_SE = ('Alonso Meneses Bravo', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Subdirector')
VID_ATT = [
    ('Gabriela Rosas Ledesma', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Directora de Promoción'),
    ('Raúl Quiroz Hernández', 'Ing.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Inspector'),
    ('Beatriz Lozano Cervantes', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Enlace'),
    ('Santiago Ortiz Bermúdez', 'C.', 'Cooperativa de Vidrio Soplado Carretones', None, SC, 'Socio fundador'),
    ('Elvira Muñoz Castañeda', 'C.', 'Red de Artesanas del Vidrio de Tláhuac', None, SC, 'Representante'),
    ('Francisco Téllez Arenas', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Médico del trabajo'),
    VID_SE]

acta(stem='blind-ah-vidrieros-02-2021-03-09', layout='AH3', esp='vidrieros',
     body=VID_BODY, number=2, date='2021-03-09', start='17:00', end='19:10', place=VID_PLACE, coordinator=VID_COORD,
     attendance=VID_ATT,
     strategies=[
         S(433, T433,
           [G(*G433_1, ['El FONDESO otorgó 27 créditos a talleres familiares por un total de 810 mil pesos.'])],
           [(27, 'créditos', '433.1', 'El FONDESO otorgó 27 créditos'),
            (810, 'mil pesos', '433.1', 'por un total de 810 mil pesos')],
           [('Se solicita informar en qué alcaldías están los talleres beneficiados.', 'retroalimentacion', '433.1', 'solicita_datos', 'SE'),
            ('Los montos de 30 mil pesos no alcanzan para reparar un horno.', 'observacion', '433.1', 'insuficiente', 'Santiago Ortiz Bermúdez')]),
         S(438, T438,
           [G(*G438_1, ['La STYFE realizó 15 visitas de inspección y detectó 11 talleres sin extracción de aire.']),
            G(*G438_2, None, 'Sin informe.')],
           [(15, 'visitas de inspección', '438.1', 'La STYFE realizó 15 visitas de inspección'),
            (11, 'talleres', '438.1', 'detectó 11 talleres sin extracción de aire')],
           [('Se reconoce que la STYFE reporta contra el indicador.', 'retroalimentacion', '438.1', 'avance', 'SE'),
            ('Las visitas deben acompañarse de asesoría y no solo de sanciones.', 'observacion', '438.1', 'cuestiona', 'Elvira Muñoz Castañeda'),
            ('Es necesario que la STYFE elabore la guía que establece la meta.', 'retroalimentacion', '438.2', 'exhorta', 'SE')])],
     agreements=[
         A('El FONDESO enviará la distribución de créditos por alcaldía antes del 26 de marzo de 2021.', ['2021-03-26'], 'FONDESO'),
         A('La STYFE presentará un borrador de la guía de prevención.', [], 'STYFE'),
         A('La tercera sesión ordinaria se llevará a cabo el 11 de mayo de 2021 a las 17:00 horas por videoconferencia.', ['2021-05-11'], None, next_session=True)],
     next=NX('2021-05-11', '17:00'),
     notes='Unaccepted tracked changes: moves (w:moveFrom/w:moveTo), formatting changes (w:rPrChange), insertions and deletions. PDF by LibreOffice with markup, then rewritten by Ghostscript pdfwrite.')

acta(stem='blind-ah-vidrieros-03-2021-05-11', layout='AH3', esp='vidrieros',
     body=VID_BODY, number=3, date='2021-05-11', start='17:00', end='18:55', place=VID_PLACE, coordinator=VID_COORD,
     attendance=VID_ATT[:2] + VID_ATT[3:],
     strategies=[
         S(433, T433,
           [G(*G433_1, None, 'Sin informe en este periodo.')],
           [],
           [('Se exhorta al FONDESO a presentar su informe en la próxima sesión.', 'retroalimentacion', '433.1', 'exhorta', 'SE'),
            ('El FONDESO menciona que la convocatoria de créditos se abrirá en junio.', 'observacion', '433.1', 'instancia', 'Gabriela Rosas Ledesma')]),
         S(438, T438,
           [G(*G438_1, ['La STYFE realizó 22 visitas más; en 9 talleres se instaló extracción de aire.']),
            G(*G438_2, ['Se imprimieron 2,000 ejemplares de la guía y se repartieron 640 en Carretones.'])],
           [(22, 'visitas', '438.1', 'La STYFE realizó 22 visitas más'),
            (9, 'talleres', '438.1', 'en 9 talleres se instaló extracción de aire'),
            (2000, 'ejemplares', '438.2', 'Se imprimieron 2,000 ejemplares de la guía'),
            (640, 'ejemplares', '438.2', 'se repartieron 640 en Carretones')],
           [('Se solicita desagregar por sexo a las personas trabajadoras de los talleres visitados.', 'retroalimentacion', '438.1', 'solicita_datos', 'SE'),
            ('La guía no trata la exposición al sílice, que es el riesgo principal.', 'observacion', '438.2', 'cuestiona', 'Francisco Téllez Arenas'),
            ('Se reconoce la distribución de la guía en la zona de talleres.', 'retroalimentacion', '438.2', 'avance', 'SE')])],
     agreements=[
         A('La STYFE incluirá un apartado sobre sílice en la segunda edición de la guía.', [], 'STYFE'),
         A('El FONDESO presentará los resultados de la convocatoria de junio.', [], 'FONDESO'),
         A('La cuarta sesión ordinaria se llevará a cabo el 13 de julio de 2021 a las 17:00 horas por videoconferencia.', ['2021-07-13'], None, next_session=True)],
     next=NX('2021-07-13', '17:00'),
     notes='Unaccepted tracked changes: moves, formatting changes, insertions and deletions. PDF by LibreOffice with markup, rewritten by Ghostscript.')

# ================================================================ AH4 serenatas (phone photo of a monitor showing the acta)
SER_BODY = 'Derechos Culturales: Músicos de Serenata de Garibaldi'
SER_COORD = ('Joaquín Arellano Pastrana', 'Coordinador del Espacio de Participación')
SER_PLACE = 'Salón Tenampa de la Secretaría de Cultura, Plaza Garibaldi'
T615 = 'Reconocer y proteger el trabajo de las personas músicas de serenata'
T619 = 'Garantizar la seguridad en la Plaza Garibaldi'
G615_1 = ('615.1', 'Expedir gafetes de identificación a músicos de serenata', 'Número de gafetes expedidos', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G619_1 = ('619.1', 'Instalar alumbrado y módulos de vigilancia en la Plaza Garibaldi', 'Número de luminarias instaladas', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
G619_2 = ('619.2', 'Realizar campañas contra la extorsión a músicos', 'Número de campañas realizadas', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
SER_ATT = [
    ('Verónica Peña Alcántara', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Directora'),
    ('Mauricio Lemus Trejo', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Subdirector'),
    ('Pedro Galván Ríos', 'C.', 'Unión de Mariachis y Tríos de Garibaldi', None, SC, 'Presidente'),
    ('Rocío Almaraz Fuentes', 'C.', 'Colectivo Mujeres del Mariachi', None, SC, 'Vocera'),
    ('Andrés Cuevas Lima', 'Mtro.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Etnomusicólogo'),
    ('Laura Espino Navarro', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')]

acta(stem='blind-ah-serenatas-01-2016-09-06', layout='AH4', esp='serenatas',
     body=SER_BODY, number=1, date='2016-09-06', start='12:00', end='14:00', place=SER_PLACE, coordinator=SER_COORD,
     attendance=SER_ATT,
     strategies=[
         S(615, T615, [G(*G615_1, ['La Secretaría expidió 318 gafetes, 41 de ellos a mujeres.'])],
           [(318, 'gafetes', '615.1', 'La Secretaría expidió 318 gafetes'), (41, 'mujeres', '615.1', '41 de ellos a mujeres')],
           [('Se reportan datos desagregados por sexo.', 'retroalimentacion', '615.1', 'avance', 'SE'),
            ('Se solicita informar cuántos músicos faltan por registrar.', 'retroalimentacion', '615.1', 'solicita_datos', 'SE'),
            ('El gafete no sirve si la policía no lo reconoce.', 'observacion', '615.1', 'insuficiente', 'Pedro Galván Ríos')]),
         S(619, T619, [G(*G619_1, ['Se instalaron 62 luminarias y 2 módulos de vigilancia.']), G(*G619_2, None, 'Sin informe.')],
           [(62, 'luminarias', '619.1', 'Se instalaron 62 luminarias'), (2, 'módulos de vigilancia', '619.1', '2 módulos de vigilancia')],
           [('Se exhorta a la Secretaría de Cultura a iniciar la campaña contra la extorsión.', 'retroalimentacion', '619.2', 'exhorta', 'SE'),
            ('Los módulos cierran a las diez de la noche, cuando empieza el trabajo.', 'observacion', '619.1', 'cuestiona', 'Rocío Almaraz Fuentes')])],
     agreements=[
         A('La Delegación informará el horario de los módulos de vigilancia.', [], 'Delegación Cuauhtémoc'),
         A('La Secretaría de Cultura enviará el padrón de gafetes.', [], 'Secretaría de Cultura'),
         A('La segunda sesión será el 8 de noviembre de 2016 a las 12:00 horas.', ['2016-11-08'], None, next_session=True)],
     next=NX('2016-11-08', '12:00'),
     notes='Phone photo of an LCD monitor showing the acta: perspective, moiré, screen bezel; PDF by img2pdf.')

acta(stem='blind-ah-serenatas-02-2016-11-08', layout='AH4', esp='serenatas',
     body=SER_BODY, number=2, date='2016-11-08', start='12:00', end='13:45', place=SER_PLACE, coordinator=SER_COORD,
     attendance=SER_ATT,
     strategies=[
         S(615, T615, [G(*G615_1, ['Se expidieron 97 gafetes más, para un total de 415.'])],
           [(97, 'gafetes', '615.1', 'Se expidieron 97 gafetes más'), (415, 'gafetes', '615.1', 'para un total de 415')],
           [('Se reconoce el avance en la expedición de gafetes.', 'retroalimentacion', '615.1', 'avance', 'SE'),
            ('Se solicita desagregar por sexo los nuevos gafetes.', 'retroalimentacion', '615.1', 'solicita_datos', 'SE')]),
         S(619, T619, [G(*G619_1, None, 'Sin informe.'), G(*G619_2, ['Se realizaron 3 campañas con 5,000 volantes.'])],
           [(3, 'campañas', '619.2', 'Se realizaron 3 campañas'), (5000, 'volantes', '619.2', 'con 5,000 volantes')],
           [('Es necesario que asista a las sesiones personal de la Secretaría de Seguridad Pública.', 'retroalimentacion', '619.2', 'proceso', 'SE'),
            ('Los volantes no bastan si no hay denuncias atendidas.', 'observacion', '619.2', 'insuficiente', 'Pedro Galván Ríos'),
            ('Se exhorta a la Delegación a presentar su informe de alumbrado.', 'retroalimentacion', '619.1', 'exhorta', 'SE')])],
     agreements=[
         A('Se invitará a la Secretaría de Seguridad Pública a la próxima sesión.', [], None),
         A('La Delegación presentará el informe de alumbrado.', [], 'Delegación Cuauhtémoc'),
         A('La tercera sesión será el 7 de febrero de 2017 a las 12:00 horas.', ['2017-02-07'], None, next_session=True)],
     next=NX('2017-02-07', '12:00'),
     notes='Phone photo of an LCD monitor showing the acta: perspective, moiré, screen bezel; PDF by img2pdf.')
