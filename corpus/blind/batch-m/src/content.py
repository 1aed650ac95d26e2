# -*- coding: utf-8 -*-
# Batch M content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key,
                report=report, status=status)


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, state=state, next_session=next_session)


ACTAS = []

# ================================================================ M1 jovenes (minutes sent by e-mail, Chromium print of the mail)
JOV_BODY = 'Derechos de las Personas Jóvenes'
JOV_PLACE = 'Sala de juntas del Instituto de la Juventud, Calzada México-Tacuba 235, colonia Un Hogar para Nosotros'
JOV_COORD = ('Karla Méndez Olvera', 'Coordinadora del Espacio de Participación de los Derechos de las Personas Jóvenes')
INJ = 'INJUVE CDMX'
STY = 'STyFE'
JOV_ATT = [
    ('Jazmín Ortega Ruiz', '', INJ, 'INJUVE', IE, 'Subdirectora de Programas'),
    ('Omar Galván Trejo', '', INJ, 'INJUVE', IE, 'Enlace'),
    ('Leticia Barragán Soto', '', STY, 'STYFE', IE, 'JUD de Capacitación'),
    ('Ramiro Téllez Ocampo', '', 'IAPA', 'IAPA', IE, 'Coordinador de Prevención'),
    ('Mariana Quiroz Delgado', '', 'IEMS', 'IEMS', IE, 'Enlace de Derechos Humanos'),
    ('Sergio Anaya Bustamante', '', 'CDHDF', 'CDHDF', OT, 'Visitador adjunto'),
    ('Paola Cervantes Ibarra', '', 'Colectivo Jóvenes en Movimiento, A.C.', None, SC, 'Directora'),
    ('Diego Armenta Luna', '', 'Red Juvenil Ollin Tlatelolco', None, SC, 'Integrante'),
    ('Fernanda Rosales Peña', '', 'Secretaría Ejecutiva MSyE', 'SE-PDHCDMX', SE, 'Apoyo técnico'),
]
JOV_231 = 'Ampliar la cobertura de los programas de capacitación y primer empleo para personas jóvenes'
G231_1 = ('231.1', 'Incorporar a personas jóvenes de 18 a 29 años a cursos de capacitación en el trabajo con beca',
          'Número de personas jóvenes incorporadas, desagregado por sexo y alcaldía', STY, 'STYFE')
G231_2 = ('231.2', 'Operar una bolsa de trabajo juvenil en línea con vacantes verificadas',
          'Número de vacantes publicadas y de personas jóvenes colocadas', INJ, 'INJUVE')

ACTAS.append(dict(
    stem='blind-m-jovenes-05-2019-03-14', layout='M1', esp='jovenes',
    body=JOV_BODY, kind='reunión de trabajo', number=5, ordinal='5a.',
    date='2019-03-14', date_text='jueves 14 de marzo de 2019', start='10:00', end=None, place=JOV_PLACE,
    topic=None, objective=None, coordinator=JOV_COORD,
    sent='viernes, 15 de marzo de 2019 13:42', subject_date='14/mar/2019',
    quoted=dict(sent='lunes, 11 de marzo de 2019 9:05', subject='Convocatoria 5a. reunión EP Jóvenes',
                body=['Estimadas y estimados integrantes del Espacio:',
                      'Les recordamos que la 5a. reunión de trabajo se realizará el próximo jueves en la Sala de juntas del INJUVE. Orden del día propuesto: registro de asistencia; seguimiento de estrategias; asuntos generales.',
                      'Favor de confirmar su asistencia respondiendo a este correo.']),
    attendance=JOV_ATT,
    strategies=[
        dict(number=231, title=JOV_231,
             goals=[G(*G231_1, ['En enero y febrero de 2019 se incorporaron 2,315 personas jóvenes a cursos de capacitación en el trabajo con beca, de las cuales 1,284 son mujeres. Para ello se firmaron 37 convenios con centros de trabajo de 11 alcaldías.']),
                    G(*G231_2, None, 'NO ENVIARON INFORME')],
             figures=[(2315, 'personas jóvenes', '231.1', 'se incorporaron 2,315 personas jóvenes a cursos de capacitación en el trabajo con beca'),
                      (1284, 'mujeres', '231.1', 'de las cuales 1,284 son mujeres'),
                      (37, 'convenios', '231.1', 'se firmaron 37 convenios con centros de trabajo de 11 alcaldías'),
                      (11, 'alcaldías', '231.1', 'de 11 alcaldías')],
             feedback=[
                 ('Se reportan datos duros y desagregados por sexo, lo que permite ver el avance de la meta.', 'retroalimentacion', '231.1', 'avance', 'SE'),
                 ('Falta la desagregación por alcaldía que pide el indicador; es necesario enviarla.', 'retroalimentacion', '231.1', 'solicita_datos', 'SE'),
                 ('Es necesario que el INJUVE empiece a reportar la bolsa de trabajo, ya que es la segunda reunión sin informe de esta meta.', 'retroalimentacion', '231.2', 'exhorta', 'SE'),
                 ('Las OSC preguntan si las becas llegan a jóvenes que no terminaron la secundaria; se cuestiona que los requisitos dejen fuera a quienes más lo necesitan.', 'observacion', '231.1', 'cuestiona', 'OSC'),
             ]),
        dict(number=233, title='Prevenir el consumo de sustancias psicoactivas entre personas jóvenes con enfoque de reducción de riesgos',
             goals=[G('233.1', 'Realizar jornadas de prevención en planteles de educación media superior',
                      'Número de jornadas realizadas y de personas jóvenes participantes', 'IAPA', 'IAPA',
                      ['Se realizaron 48 jornadas de prevención en 16 planteles del IEMS con la participación de 5,930 estudiantes. Se distribuyeron 12,000 materiales informativos sobre reducción de riesgos.'])],
             figures=[(48, 'jornadas', '233.1', 'Se realizaron 48 jornadas de prevención en 16 planteles del IEMS'),
                      (16, 'planteles', '233.1', 'en 16 planteles del IEMS'),
                      (5930, 'estudiantes', '233.1', 'con la participación de 5,930 estudiantes'),
                      (12000, 'materiales', '233.1', 'Se distribuyeron 12,000 materiales informativos sobre reducción de riesgos')],
             feedback=[
                 ('Las jornadas suman a la estrategia, pero por sí solas no dan cumplimiento a la meta si no se mide su efecto en el consumo.', 'retroalimentacion', '233.1', 'insuficiente', 'SE'),
                 ('IAPA comenta que el IEMS no les permitió entrar a 4 planteles por falta de oficio de autorización y pide apoyo de la SE para gestionarlo.', 'observacion', '233.1', 'instancia', 'IAPA'),
             ]),
        dict(number=235, title='Garantizar la participación de las personas jóvenes en el diseño de las políticas públicas que les afectan',
             goals=[G('235.1', 'Instalar y sesionar el Consejo Consultivo Juvenil de la Ciudad de México',
                      'Consejo instalado y número de sesiones celebradas', INJ, 'INJUVE',
                      ['El 22 de febrero se publicó la convocatoria para integrar el Consejo Consultivo Juvenil; se recibieron 214 postulaciones de 16 alcaldías.'])],
             figures=[(214, 'postulaciones', '235.1', 'se recibieron 214 postulaciones de 16 alcaldías'),
                      (16, 'alcaldías', '235.1', 'de 16 alcaldías')],
             feedback=[
                 ('La convocatoria no es la instalación del Consejo; lo que se reporta no coincide todavía con el indicador.', 'retroalimentacion', '235.1', 'desalineado', 'SE'),
                 ('Sería oportuno que a estas reuniones venga también el área del INJUVE que lleva el Consejo, para que pueda responder las dudas.', 'observacion', '235.1', 'proceso', 'OSC'),
             ]),
    ],
    agreements=[
        A('STyFE enviará a la Secretaría Ejecutiva la desagregación por alcaldía de las personas jóvenes incorporadas, a más tardar el 29 de marzo.', ['2019-03-29'], [231], 'STyFE'),
        A('La Secretaría Ejecutiva enviará nuevamente por oficio al INJUVE la solicitud del informe de la meta 231.2 y gestionará con el IEMS el acceso del IAPA a los planteles.', [], [231, 233], 'Secretaría Ejecutiva'),
        A('Próxima reunión: jueves 11 de abril, 10:00 hrs, en la misma sede; se revisarán las estrategias 231 y 234.', ['2019-04-11'], [231, 234], None, next_session=True),
    ],
    next=dict(date='2019-04-11', start_time='10:00', end_time=None, strategies=[231, 234]),
    notes='minutes sent as an e-mail and printed from the web mail (Chromium); mail header with a second date (sent the next day) and a quoted convocatoria below the signature; attendance as an Excel range pasted into the mail (NOMBRE | DEPENDENCIA / ORGANIZACIÓN | TIPO); "Lo que informaron:" / "NO ENVIARON INFORME"; feedback as dash items under "Comentarios SE:" / "Comentarios de las OSC y otras instancias:"; agreements 1) 2) 3), the next meeting without year'))

ACTAS.append(dict(
    stem='blind-m-jovenes-06-2019-04-11', layout='M1', esp='jovenes',
    body=JOV_BODY, kind='reunión de trabajo', number=6, ordinal='6a.',
    date='2019-04-11', date_text='jueves 11 de abril de 2019', start='10:00', end=None, place=JOV_PLACE,
    topic=None, objective=None, coordinator=JOV_COORD,
    sent='martes, 16 de abril de 2019 17:08', subject_date='11/abr/2019',
    quoted=dict(sent='jueves, 11 de abril de 2019 8:31', subject='RE: Convocatoria 6a. reunión EP Jóvenes',
                body=['Buenos días, Karla:',
                      'Confirmo la asistencia de dos personas de la Jurisdicción Sanitaria. Enviamos el informe de la meta 234.1 desde ayer por la tarde.',
                      'Saludos.']),
    attendance=[JOV_ATT[0],
                ('Ulises Carmona Vidal', '', INJ, 'INJUVE', IE, 'Jefe de Unidad de Empleo Juvenil'),
                JOV_ATT[2],
                ('Gabriela Nieto Sandoval', '', 'SEDESA', 'SEDESA', IE, 'Jurisdicción Sanitaria Cuauhtémoc'),
                ('Tomás Reséndiz Fuentes', '', 'SEDESA', 'SEDESA', IE, 'Jurisdicción Sanitaria Cuauhtémoc'),
                JOV_ATT[5], JOV_ATT[6],
                ('Itzel Moreno Gaona', '', 'Balance, Promoción para el Desarrollo y Juventud, A.C.', None, SC, 'Coordinadora de proyectos'),
                JOV_ATT[8]],
    strategies=[
        dict(number=231, title=JOV_231,
             goals=[G(*G231_1, ['Se envió la desagregación por alcaldía: en Iztapalapa se incorporaron 612 personas jóvenes, en Gustavo A. Madero 398 personas jóvenes y en Milpa Alta 41 personas jóvenes. En marzo se sumaron 530 personas jóvenes más.']),
                    G(*G231_2, ['La bolsa de trabajo juvenil publicó 860 vacantes verificadas en el primer trimestre y se colocaron 173 personas jóvenes; 9 empresas fueron dadas de baja por ofrecer empleos sin prestaciones.'])],
             figures=[(612, 'personas jóvenes', '231.1', 'en Iztapalapa se incorporaron 612 personas jóvenes'),
                      (398, 'personas jóvenes', '231.1', 'en Gustavo A. Madero 398 personas jóvenes'),
                      (41, 'personas jóvenes', '231.1', 'en Milpa Alta 41 personas jóvenes'),
                      (530, 'personas jóvenes', '231.1', 'En marzo se sumaron 530 personas jóvenes más'),
                      (860, 'vacantes', '231.2', 'publicó 860 vacantes verificadas en el primer trimestre'),
                      (173, 'personas jóvenes', '231.2', 'se colocaron 173 personas jóvenes'),
                      (9, 'empresas', '231.2', '9 empresas fueron dadas de baja por ofrecer empleos sin prestaciones')],
             feedback=[
                 ('Se atendió el acuerdo de la reunión anterior; la desagregación permite ver la concentración territorial del programa.', 'retroalimentacion', '231.1', 'avance', 'SE'),
                 ('Es necesario informar cuántas de las 173 personas colocadas conservan el empleo a los seis meses.', 'retroalimentacion', '231.2', 'solicita_datos', 'SE'),
                 ('El INJUVE refiere que la verificación de vacantes la realiza la STyFE, por lo que no le correspondería reportar esa parte de la meta.', 'observacion', '231.2', 'instancia', 'INJUVE'),
             ]),
        dict(number=234, title='Promover la salud sexual y reproductiva de las personas jóvenes con servicios amigables',
             goals=[G('234.1', 'Habilitar servicios amigables para adolescentes y jóvenes en centros de salud',
                      'Número de centros de salud con servicio amigable en operación', 'SEDESA', 'SEDESA',
                      ['Operan 27 servicios amigables en centros de salud de las 16 jurisdicciones; en el trimestre brindaron 4,406 consultas y entregaron 18,250 condones.']),
                    G('234.2', 'Capacitar a promotoras y promotores juveniles en derechos sexuales y reproductivos',
                      'Número de personas promotoras capacitadas', INJ, 'INJUVE', None, 'NO ENVIARON INFORME')],
             figures=[(27, 'servicios amigables', '234.1', 'Operan 27 servicios amigables en centros de salud de las 16 jurisdicciones'),
                      (16, 'jurisdicciones', '234.1', 'de las 16 jurisdicciones'),
                      (4406, 'consultas', '234.1', 'brindaron 4,406 consultas'),
                      (18250, 'condones', '234.1', 'entregaron 18,250 condones')],
             feedback=[
                 ('Se reportan datos duros; se sugiere agregar cuántas consultas fueron de primera vez.', 'retroalimentacion', '234.1', 'solicita_datos', 'SE'),
                 ('No hay correspondencia entre la meta 234.2 y su indicador, que sólo cuenta personas capacitadas y no su trabajo posterior como promotoras.', 'retroalimentacion', '234.2', 'diseno_meta', 'SE'),
                 ('La capacitación de promotores puede enmarcarse mejor en la estrategia 235, meta 235.1, junto con el Consejo Consultivo Juvenil.', 'observacion', '234.2', 'reasignar', 'OSC'),
             ]),
    ],
    agreements=[
        A('INJUVE presentará el informe de la meta 234.2 antes de la siguiente reunión.', [], [234], 'INJUVE'),
        A('SEDESA compartirá el directorio de los 27 servicios amigables para su difusión entre las organizaciones, a más tardar el 30 de abril.', ['2019-04-30'], [234], 'SEDESA'),
        A('Próxima reunión: jueves 16 de mayo, 10:00 hrs, en la misma sede; se revisarán las estrategias 236 y 237.', ['2019-05-16'], [236, 237], None, next_session=True),
    ],
    next=dict(date='2019-05-16', start_time='10:00', end_time=None, strategies=[236, 237]),
    notes='minutes sent as an e-mail (M1); sent five days later; the quoted reply below the signature is from the morning of the session'))

# ================================================================ M2 salud (slide deck printed to PDF by Chromium)
SAL_BODY = 'Derecho a la Salud'
SAL_PLACE = 'Auditorio de la Secretaría de Salud, Altadena 23, colonia Nápoles, y por Zoom'
SAL_COORD = ('Rodrigo Villaseñor Paz', 'Coordinador del Espacio de Participación')
SAL_ATT = [
    ('Alejandra Pacheco Miranda', 'Dra.', 'SEDESA', 'SEDESA', IE, 'Directora de Medicamentos e Insumos'),
    ('Luis Fernando Ochoa Real', 'Dr.', 'SEDESA', 'SEDESA', IE, 'Subdirector de Atención Primaria'),
    ('Verónica Salgado Téllez', 'Lic.', 'AGEPSA', 'AGEPSA', IE, 'Enlace'),
    ('Mauricio Barrón Esquivel', 'Mtro.', 'Universidad de la Salud', 'USCDMX', IE, 'Secretario Académico'),
    ('Claudia Ivonne Ríos Maldonado', 'Lic.', 'IMSS-Bienestar', None, OT, 'Enlace estatal'),
    ('Esteban Lugo Carrillo', 'Lic.', 'Fundar, Centro de Análisis e Investigación', None, SC, 'Investigador'),
    ('Rosa Elvira Montes de Oca', 'C.', 'Colectivo Cero Desabasto', None, SC, 'Vocera'),
    ('Natalia Gómez Arriaga', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'Analista'),
]
SAL_412 = 'Garantizar el abasto oportuno de medicamentos e insumos en las unidades de primer nivel'
G412_1 = ('412.1', 'Surtir de manera completa las recetas emitidas en los centros de salud',
          'Porcentaje de recetas surtidas de manera completa', 'SEDESA', 'SEDESA')
G412_2 = ('412.2', 'Publicar mensualmente el nivel de abasto por unidad médica',
          'Número de reportes mensuales de abasto publicados', 'SEDESA', 'SEDESA')

ACTAS.append(dict(
    stem='blind-m-salud-12-2022-05-26', layout='M2', esp='salud',
    body=SAL_BODY, kind='sesión ordinaria', number=12, ordinal='12a.',
    date='2022-05-26', date_text='Jueves 26 de mayo, 2022', start='10:00', end='12:30', place=SAL_PLACE,
    topic=None, objective='Revisar los avances reportados de las estrategias 412, 415 y 418', coordinator=SAL_COORD,
    attendance=SAL_ATT,
    strategies=[
        dict(number=412, title=SAL_412,
             goals=[G(*G412_1, ['1,870,420 recetas emitidas en el primer trimestre de 2022', '1,617,913 recetas surtidas de manera completa', '86.5 por ciento de surtimiento completo']),
                    G(*G412_2, None, 'Sin informe')],
             figures=[(1870420, 'recetas', '412.1', '1,870,420 recetas emitidas en el primer trimestre de 2022'),
                      (1617913, 'recetas', '412.1', '1,617,913 recetas surtidas de manera completa'),
                      (86.5, 'por ciento', '412.1', '86.5 por ciento de surtimiento completo')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el porcentaje que pide el indicador.', 'retroalimentacion', '412.1', 'avance', 'SE'),
                 ('Es necesario que SEDESA empiece a publicar los reportes mensuales de abasto; la meta no registra acciones.', 'retroalimentacion', '412.2', 'exhorta', 'SE'),
                 ('Se necesita saber qué claves faltan con más frecuencia y en qué unidades, no sólo el promedio.', 'observacion', '412.1', 'solicita_datos', 'Colectivo Cero Desabasto'),
             ]),
        dict(number=415, title='Fortalecer la atención primaria a la salud con enfoque comunitario',
             goals=[G('415.1', 'Integrar equipos de salud comunitaria que visiten los hogares de las colonias de alta marginación',
                      'Número de equipos integrados y de hogares visitados', 'SEDESA', 'SEDESA',
                      ['64 equipos de salud comunitaria en operación', '38,210 hogares visitados en 112 colonias', '2,946 personas referidas a su centro de salud'])],
             figures=[(64, 'equipos', '415.1', '64 equipos de salud comunitaria en operación'),
                      (38210, 'hogares', '415.1', '38,210 hogares visitados en 112 colonias'),
                      (112, 'colonias', '415.1', '38,210 hogares visitados en 112 colonias'),
                      (2946, 'personas', '415.1', '2,946 personas referidas a su centro de salud')],
             feedback=[
                 ('Las visitas suman a la estrategia, pero por sí solas no dan cumplimiento a la meta si no se da seguimiento a las personas referidas.', 'retroalimentacion', '415.1', 'insuficiente', 'SE'),
                 ('Sociedad civil cuestiona que las visitas se concentren en detección de diabetes e hipertensión y no en salud materna.', 'observacion', '415.1', 'cuestiona', 'Fundar'),
             ]),
        dict(number=418, title='Formar personal de salud con enfoque de derechos humanos e interculturalidad',
             goals=[G('418.1', 'Incorporar contenidos de derechos humanos en los planes de estudio de la Universidad de la Salud',
                      'Número de asignaturas con contenidos de derechos humanos', 'Universidad de la Salud', 'USCDMX',
                      ['4 asignaturas con contenidos de derechos humanos e interculturalidad', '1,150 estudiantes de Medicina y Enfermería las cursan'])],
             figures=[(4, 'asignaturas', '418.1', '4 asignaturas con contenidos de derechos humanos e interculturalidad'),
                      (1150, 'estudiantes', '418.1', '1,150 estudiantes de Medicina y Enfermería las cursan')],
             feedback=[
                 ('La Universidad de la Salud solicita que la Secretaría Ejecutiva le envíe por escrito los criterios con que se valorará el indicador.', 'observacion', '418.1', 'instancia', 'Universidad de la Salud'),
             ]),
    ],
    agreements=[
        A('SEDESA presentará el primer reporte mensual de abasto por unidad médica a más tardar el 24 de junio de 2022.', ['2022-06-24'], [412], 'SEDESA'),
        A('La Secretaría Ejecutiva enviará a la Universidad de la Salud los criterios de valoración del indicador de la meta 418.1.', [], [418], 'Secretaría Ejecutiva'),
        A('Invitar al área de Salud Materna de SEDESA a la siguiente sesión para revisar la estrategia 415.', [], [415], 'Secretaría Ejecutiva'),
    ],
    next=dict(date='2022-06-30', start_time='10:00', end_time=None, strategies=[]),
    notes='slide deck printed to PDF by Chromium, one slide per page (16:9): title slide with the date as "Jueves 26 de mayo, 2022"; attendance as cards per institution grouped by sector; one slide per strategy with goal boxes, a status pill ("Con informe" / "Sin informe") and the INFORME as KPI tiles (big number + caption; gold report = tiles joined); a feedback slide per strategy; an agreements slide; the next session only on the closing slide, not an agreement'))

ACTAS.append(dict(
    stem='blind-m-salud-13-2022-06-30', layout='M2', esp='salud',
    body=SAL_BODY, kind='sesión ordinaria', number=13, ordinal='13a.',
    date='2022-06-30', date_text='Jueves 30 de junio, 2022', start='10:00', end='12:15', place=SAL_PLACE,
    topic=None, objective='Dar seguimiento a los acuerdos de la 12a. sesión y revisar las estrategias 412 y 420', coordinator=SAL_COORD,
    attendance=[SAL_ATT[0],
                ('Miriam Espíndola Cortés', 'Dra.', 'SEDESA', 'SEDESA', IE, 'Subdirectora de Salud Materna y Perinatal'),
                SAL_ATT[2],
                ('Jorge Alberto Cuevas Rangel', 'Lic.', 'SECTEI', 'SEDU', IE, 'Enlace'),
                SAL_ATT[4], SAL_ATT[5], SAL_ATT[6],
                ('Berenice Ávila Toscano', 'Mtra.', 'Médicos del Mundo México', None, SC, 'Coordinadora'),
                SAL_ATT[7]],
    strategies=[
        dict(number=412, title=SAL_412,
             goals=[G(*G412_1, ['1,904,115 recetas emitidas de abril a mayo de 2022', '1,701,676 recetas surtidas de manera completa', '89.4 por ciento de surtimiento completo']),
                    G(*G412_2, ['1 reporte mensual de abasto publicado en el portal de SEDESA', '243 unidades médicas incluidas en el reporte'])],
             figures=[(1904115, 'recetas', '412.1', '1,904,115 recetas emitidas de abril a mayo de 2022'),
                      (1701676, 'recetas', '412.1', '1,701,676 recetas surtidas de manera completa'),
                      (89.4, 'por ciento', '412.1', '89.4 por ciento de surtimiento completo'),
                      (1, 'reporte', '412.2', '1 reporte mensual de abasto publicado en el portal de SEDESA'),
                      (243, 'unidades médicas', '412.2', '243 unidades médicas incluidas en el reporte')],
             feedback=[
                 ('Se atendió el acuerdo de la sesión anterior y el reporte publicado permite dar seguimiento a la meta.', 'retroalimentacion', '412.2', 'avance', 'SE'),
                 ('El reporte publicado no desagrega por clave de medicamento, por lo que lo que se informa no coincide del todo con lo que pide la meta.', 'retroalimentacion', '412.2', 'desalineado', 'SE'),
                 ('Sería oportuno que el reporte de abasto se comparta con el Espacio antes de cada sesión y no el mismo día.', 'observacion', '412.2', 'proceso', 'Colectivo Cero Desabasto'),
             ]),
        dict(number=420, title='Reducir la mortalidad materna con atención obstétrica oportuna y respetuosa',
             goals=[G('420.1', 'Garantizar la atención del parto por personal capacitado en todos los hospitales materno-infantiles',
                      'Porcentaje de partos atendidos por personal capacitado en atención respetuosa', 'SEDESA', 'SEDESA',
                      ['9 hospitales materno-infantiles con personal capacitado en atención respetuosa del parto', '6,382 partos atendidos en el primer semestre']),
                    G('420.2', 'Instalar posadas de atención a la mujer embarazada junto a los hospitales',
                      'Número de posadas instaladas', 'SEDESA', 'SEDESA', None, 'Sin informe')],
             figures=[(9, 'hospitales', '420.1', '9 hospitales materno-infantiles con personal capacitado en atención respetuosa del parto'),
                      (6382, 'partos', '420.1', '6,382 partos atendidos en el primer semestre')],
             feedback=[
                 ('Es necesario informar el porcentaje que pide el indicador y no sólo el total de partos atendidos.', 'retroalimentacion', '420.1', 'solicita_datos', 'SE'),
                 ('La instalación de posadas puede estar enmarcada en la estrategia 415, meta 415.1, por su vínculo con la atención comunitaria.', 'retroalimentacion', '420.2', 'reasignar', 'SE'),
                 ('Médicos del Mundo cuestiona que la capacitación en atención respetuosa no haya llegado al personal de los turnos nocturnos.', 'observacion', '420.1', 'cuestiona', 'Médicos del Mundo'),
             ]),
    ],
    agreements=[
        A('SEDESA desagregará por clave de medicamento el reporte mensual de abasto a partir de julio de 2022.', [], [412], 'SEDESA'),
        A('SEDESA informará sobre el estado de las posadas de la meta 420.2 en la siguiente sesión.', [], [420], 'SEDESA'),
        A('La Secretaría Ejecutiva circulará el reporte de abasto entre las personas integrantes cinco días antes de cada sesión.', [], [412], 'Secretaría Ejecutiva'),
    ],
    next=dict(date='2022-08-25', start_time='10:00', end_time=None, strategies=[]),
    notes='slide deck (M2); the closing slide announces the 14a. sesión'))


# ================================================================ M3 indigenas (Google Docs "meeting notes" export)
IND_BODY = 'Derechos de las Personas Indígenas Residentes'
IND_PLACE = 'Google Meet (meet.google.com/xds-kpqa-rtn)'
IND_COORD = ('Citlali Hernández Bautista', 'Coordinadora del Espacio')
SEPI = 'SEPI'
FGJ = 'Fiscalía General de Justicia'
IND_ATT = [
    ('Abril Santiago Cruz', '', SEPI, 'SEPI', IE, 'mailto:asantiago@sepi.cdmx.gob.mx'),
    ('Gerónimo Martínez Aguilar', '', SEPI, 'SEPI', IE, 'mailto:gmartineza@sepi.cdmx.gob.mx'),
    ('Lucía Ventura Morales', '', FGJ, 'PGJCDMX', IE, 'mailto:lventura@fgjcdmx.gob.mx'),
    ('Rafael Cortés Nava', '', 'Tribunal Superior de Justicia', 'TSJCDMX', IE, 'mailto:rcortes@tsjcdmx.gob.mx'),
    ('Elena Bautista Pérez', '', 'Asamblea de Migrantes Indígenas de la Ciudad de México', None, SC, 'mailto:asamblea.migrantes@gmail.com'),
    ('Juan Mendoza Ramírez', '', 'Comunidad triqui de la calle López', None, SC, 'mailto:triquilopez@gmail.com'),
    ('Yolotzin Ortiz Galicia', '', 'Colectivo de Intérpretes y Traductores en Lenguas Indígenas', None, SC, 'mailto:citli.interpretes@gmail.com'),
    ('Mateo Rivas Contreras', '', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, 'mailto:mrivas.se@mseguimiento.cdmx.gob.mx'),
]
IND_610 = 'Garantizar el acceso a la justicia de las personas indígenas con intérpretes que hablen su lengua'
G610_1 = ('610.1', 'Contar con personas intérpretes-traductoras certificadas en las agencias del Ministerio Público',
          'Número de personas indígenas asistidas por intérprete en su lengua durante la investigación', FGJ, 'PGJCDMX')
G610_2 = ('610.2', 'Garantizar intérprete en lengua indígena en todas las audiencias en que participe una persona indígena',
          'Porcentaje de audiencias con intérprete respecto del total de audiencias con personas indígenas', 'Tribunal Superior de Justicia', 'TSJCDMX')

ACTAS.append(dict(
    stem='blind-m-indigenas-08-2023-02-16', layout='M3', esp='indigenas',
    body=IND_BODY, kind='reunión de trabajo', number=8, ordinal='#8',
    date='2023-02-16', date_text='16 feb 2023', start='10:00', end='12:10', place=IND_PLACE,
    time_text='10:00 a. m. – 12:10 p. m.',
    topic=None, objective=None, coordinator=IND_COORD,
    attendance=IND_ATT,
    strategies=[
        dict(number=610, title=IND_610,
             goals=[G(*G610_1, ['En 2022 se brindó asistencia de intérprete a 318 personas indígenas en 14 lenguas; las más frecuentes fueron náhuatl, mixteco y mazateco. La Fiscalía cuenta con 22 intérpretes por honorarios.']),
                    G(*G610_2, ['Se garantizó intérprete en 187 de 203 audiencias con personas indígenas, es decir, en el 92 por ciento.'])],
             figures=[(318, 'personas indígenas', '610.1', 'se brindó asistencia de intérprete a 318 personas indígenas en 14 lenguas'),
                      (14, 'lenguas', '610.1', 'en 14 lenguas'),
                      (22, 'intérpretes', '610.1', 'La Fiscalía cuenta con 22 intérpretes por honorarios'),
                      (187, 'audiencias', '610.2', 'Se garantizó intérprete en 187 de 203 audiencias con personas indígenas'),
                      (203, 'audiencias', '610.2', 'de 203 audiencias con personas indígenas'),
                      (92, 'por ciento', '610.2', 'en el 92 por ciento')],
             feedback=[
                 ('el informe trae datos duros por lengua, lo que permite ver el avance de la meta.', 'retroalimentacion', '610.1', 'avance', 'SE'),
                 ('hay que informar en cuántos casos la persona no tuvo intérprete desde su primera declaración y por qué.', 'retroalimentacion', '610.1', 'solicita_datos', 'SE'),
                 ('se cuestiona que los intérpretes estén por honorarios: sin plaza no hay continuidad ni certificación.', 'observacion', '610.1', 'cuestiona', 'Colectivo de Intérpretes'),
                 ('en 16 audiencias no se consiguió intérprete de lenguas como el tseltal; pide apoyo del Colectivo para ampliar su padrón.', 'observacion', '610.2', 'instancia', 'TSJ'),
             ]),
        dict(number=612, title='Promover el uso de las lenguas indígenas en los trámites y servicios públicos',
             goals=[G('612.1', 'Traducir los trámites y avisos de mayor demanda a las lenguas con más hablantes en la ciudad',
                      'Número de trámites y avisos traducidos', SEPI, 'SEPI', None, 'sin reporte')],
             figures=[],
             feedback=[
                 ('es necesario que SEPI empiece a reportar esta meta; no hay informe desde el año pasado.', 'retroalimentacion', '612.1', 'exhorta', 'SE'),
                 ('sería bueno que a la próxima venga el área de Derechos Lingüísticos, que es la que lleva las traducciones.', 'observacion', '612.1', 'proceso', 'Asamblea de Migrantes Indígenas'),
             ]),
        dict(number=615, title='Fortalecer las actividades económicas de las comunidades indígenas residentes',
             goals=[G('615.1', 'Otorgar apoyos económicos a proyectos productivos de mujeres indígenas',
                      'Número de proyectos apoyados y monto otorgado', SEPI, 'SEPI',
                      ['Se apoyaron 96 proyectos productivos de mujeres indígenas por un monto de 4.8 millones de pesos; 41 proyectos son de venta de alimentos y 23 proyectos de artesanías.'])],
             figures=[(96, 'proyectos', '615.1', 'Se apoyaron 96 proyectos productivos de mujeres indígenas por un monto de 4.8 millones de pesos'),
                      (4.8, 'millones de pesos', '615.1', 'por un monto de 4.8 millones de pesos'),
                      (41, 'proyectos', '615.1', '41 proyectos son de venta de alimentos'),
                      (23, 'proyectos', '615.1', '23 proyectos de artesanías')],
             feedback=[
                 ('el apoyo económico por sí solo no da cumplimiento a la meta si no hay acompañamiento para la comercialización.', 'retroalimentacion', '615.1', 'insuficiente', 'SE'),
             ]),
    ],
    agreements=[
        A('Enviar a la SE el desglose de los casos sin intérprete desde la primera declaración.', ['2023-03-03'], [610], 'Fiscalía', due='3 mar 2023'),
        A('Convocar al área de Derechos Lingüísticos a la reunión #9.', ['2023-03-10'], [612], 'SEPI', due='10 mar 2023'),
        A('Compartir con el TSJ el directorio del Colectivo de Intérpretes.', ['2023-02-24'], [610], 'Colectivo de Intérpretes', due='24 feb 2023'),
    ],
    next=dict(date='2023-03-16', start_time='10:00', end_time='12:00', strategies=[]),
    next_text='16 mar 2023, 10:00 a. m. – 12:00 p. m. · Google Meet (mismo enlace)',
    notes='Google Docs "meeting notes" export (docx through LibreOffice): title with a date chip "16 feb 2023", "Reunión de trabajo #8", Calendar-style time "10:00 a. m. – 12:10 p. m."; attendees as people chips (mailto links) "Name · Institution" in bullets under sector sub-headings; notes as Google bullets (●/○/■), goal → Indicador/Ejecuta/Avance reportado, status "sin reporte"; comments as "SE:" / "Name (Org):" third-level bullets (speaker excluded from the gold text); a suggestion (tracked change) inside a report; a Google comment; agreements as a checklist "Elementos de acción" with "Responsable · fecha" (dates from the "· 3 mar 2023" after it); the next meeting under its own heading, not an action item'))

ACTAS.append(dict(
    stem='blind-m-indigenas-09-2023-03-16', layout='M3', esp='indigenas',
    body=IND_BODY, kind='reunión de trabajo', number=9, ordinal='#9',
    date='2023-03-16', date_text='16 mar 2023', start='10:00', end='12:00', place=IND_PLACE,
    time_text='10:00 a. m. – 12:00 p. m.',
    topic=None, objective=None, coordinator=IND_COORD,
    attendance=[IND_ATT[0],
                ('Noemí Flores Jiménez', '', 'SEPI – Dirección de Derechos Lingüísticos', 'SEPI', IE, 'mailto:nflores@sepi.cdmx.gob.mx'),
                IND_ATT[2],
                ('Adriana Lozano Beltrán', '', 'SEDESA', 'SEDESA', IE, 'mailto:alozano@sedesa.cdmx.gob.mx'),
                IND_ATT[4], IND_ATT[6],
                ('Felipe Santos Hernández', '', 'Unión de Artesanas y Artesanos Indígenas de la Merced', None, SC, 'mailto:uaim.merced@gmail.com'),
                IND_ATT[7]],
    strategies=[
        dict(number=612, title='Promover el uso de las lenguas indígenas en los trámites y servicios públicos',
             goals=[G('612.1', 'Traducir los trámites y avisos de mayor demanda a las lenguas con más hablantes en la ciudad',
                      'Número de trámites y avisos traducidos', SEPI, 'SEPI',
                      ['Se tradujeron 35 trámites y 12 avisos a náhuatl, mixteco, otomí y mazateco. Las traducciones están publicadas en el portal de la SEPI y se grabaron 20 cápsulas de audio para LOCATEL.'])],
             figures=[(35, 'trámites', '612.1', 'Se tradujeron 35 trámites y 12 avisos a náhuatl, mixteco, otomí y mazateco'),
                      (12, 'avisos', '612.1', '12 avisos'),
                      (20, 'cápsulas', '612.1', 'se grabaron 20 cápsulas de audio para LOCATEL')],
             feedback=[
                 ('se atendió el acuerdo y el informe permite conocer las lenguas a las que se tradujo.', 'retroalimentacion', '612.1', 'avance', 'SE'),
                 ('Derechos Lingüísticos pide que la SE les envíe por correo las recomendaciones para integrarlas al programa anual.', 'observacion', '612.1', 'instancia', 'SEPI'),
             ]),
        dict(number=617, title='Brindar atención a la salud con pertinencia cultural a las personas indígenas',
             goals=[G('617.1', 'Contar con personal de salud bilingüe o con intérprete en los centros de salud de zonas con población indígena',
                      'Número de centros de salud con personal bilingüe o intérprete', 'SEDESA', 'SEDESA',
                      ['Durante 2022 se capacitó en atención intercultural a 140 personas trabajadoras de la salud de 9 centros de salud.']),
                    G('617.2', 'Incorporar la variable de pertenencia indígena en el expediente clínico electrónico',
                      'Variable incorporada en el expediente clínico', 'SEDESA', 'SEDESA', None, 'sin reporte')],
             figures=[(140, 'personas trabajadoras', '617.1', 'se capacitó en atención intercultural a 140 personas trabajadoras de la salud de 9 centros de salud'),
                      (9, 'centros de salud', '617.1', 'de 9 centros de salud')],
             feedback=[
                 ('lo que se reporta es capacitación y no coincide con el indicador, que pide centros con personal bilingüe o intérprete.', 'retroalimentacion', '617.1', 'desalineado', 'SE'),
                 ('la capacitación en atención intercultural puede reportarse en la estrategia 620, meta 620.1, que es la de formación de personal.', 'retroalimentacion', '617.1', 'reasignar', 'SE'),
                 ('no hay correspondencia entre la meta 617.2 y su indicador: incorporar la variable no dice si se usa.', 'observacion', '617.2', 'diseno_meta', 'Asamblea de Migrantes Indígenas'),
             ]),
    ],
    agreements=[
        A('Enviar por correo a Derechos Lingüísticos las recomendaciones de la reunión.', ['2023-03-23'], [612], 'SE', due='23 mar 2023'),
        A('Presentar el número de centros de salud con personal bilingüe o intérprete.', [], [617], 'SEDESA', due='próxima reunión'),
    ],
    next=dict(date='2023-04-20', start_time='10:00', end_time='12:00', strategies=[]),
    next_text='20 abr 2023, 10:00 a. m. – 12:00 p. m. · Google Meet (mismo enlace)',
    notes='Google Docs meeting notes (M3); the .doc copy is this acta saved as Word 97-2003'))

# ================================================================ M4 rural (minutes book: numbered paragraphs with marginal rubrics)
RUR_BODY = 'Derechos de las Comunidades Rurales y del Suelo de Conservación'
RUR_COORD = ('Guadalupe Olvera Jurado', 'Coordinadora del Espacio de Participación')
SDR = 'Secretaría de Desarrollo Rural y Equidad para las Comunidades'
SMA = 'Secretaría del Medio Ambiente'
UPN = 'Unión de Productores de Nopal de Milpa Alta'
MCS = 'Red de Mujeres Campesinas del Sur'
RUR_ATT = [   # title kept for the prose ("el Ing. Agr. …")
    ('Tomás Chavira Linares', 'el Ing. Agr.', SDR, 'SEDEREC', IE, ''),
    ('Marisol Peralta Guzmán', 'la Lic.', SDR, 'SEDEREC', IE, ''),
    ('Irene Castañeda Molina', 'la Biól.', SMA, 'SEDEMA', IE, ''),
    ('Hugo Salazar Medel', 'el Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, ''),
    ('Octavio Jurado Ramos', 'el Lic.', 'Delegación Milpa Alta', 'ALC-MILPA-ALTA', OT, ''),
    ('Anselmo Galicia Meza', 'el C.', UPN, None, SC, ''),
    ('Rosario Laurrabaquio Flores', 'la C.', MCS, None, SC, ''),
    ('Ernestina Ramírez Tapia', 'la M. en C.', 'Colectivo Tierra y Agua del Sur, A.C.', None, SC, ''),
    ('Daniel Ugalde Robles', 'el Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', SE, ''),
]
RUR_708 = 'Conservar los servicios ambientales del suelo de conservación con la participación de los núcleos agrarios'
G708_1 = ('708.1', 'Incorporar hectáreas del suelo de conservación al programa de retribución por servicios ambientales',
          'Número de hectáreas incorporadas y de núcleos agrarios beneficiados', SMA, 'SEDEMA')
G708_2 = ('708.2', 'Realizar recorridos de vigilancia comunitaria contra la tala clandestina',
          'Número de recorridos realizados con brigadas comunitarias', 'Delegación Xochimilco', 'ALC-XOCHIMILCO')

ACTAS.append(dict(
    stem='blind-m-rural-11-2017-11-09', layout='M4', esp='rural',
    body=RUR_BODY, kind='sesión ordinaria', number=11, ordinal='Undécima', code='11/2017',
    date='2017-11-09', date_text='9 de noviembre de 2017', start='10:30', end='13:20',
    place='Salón de usos múltiples de la Coordinación de Enlace Territorial de San Pedro Atocpan, avenida Nacional s/n',
    town='En el pueblo de San Pedro Atocpan, Delegación Milpa Alta, Ciudad de México',
    installed='10:45', prev=('10/2017', '12 de octubre de 2017'), convened='26 de octubre de 2017', folio=41,
    topic=None, objective=None, coordinator=RUR_COORD,
    attendance=RUR_ATT,
    strategies=[
        dict(number=708, title=RUR_708,
             goals=[G(*G708_1, ['En el ejercicio 2017 se incorporaron 3,420 hectáreas al programa, pertenecientes a 12 núcleos agrarios de Milpa Alta, Tlalpan y Xochimilco, con una retribución total de 3.4 millones de pesos; se dictaminaron además 57 solicitudes que quedaron en lista de espera.']),
                    G(*G708_2, None)],
             figures=[(3420, 'hectáreas', '708.1', 'se incorporaron 3,420 hectáreas al programa'),
                      (12, 'núcleos agrarios', '708.1', 'pertenecientes a 12 núcleos agrarios de Milpa Alta, Tlalpan y Xochimilco'),
                      (3.4, 'millones de pesos', '708.1', 'con una retribución total de 3.4 millones de pesos'),
                      (57, 'solicitudes', '708.1', 'se dictaminaron además 57 solicitudes que quedaron en lista de espera')],
             feedback=[
                 ('El informe da cuenta de las hectáreas y de los núcleos agrarios beneficiados, como pide el indicador, lo que permite conocer el avance de la meta.', 'retroalimentacion', '708.1', 'avance', ''),
                 ('Es necesario informar cuántas hectáreas corresponden a cada núcleo agrario y el monto por hectárea.', 'retroalimentacion', '708.1', 'solicita_datos', ''),
                 ('Sociedad civil cuestiona que 57 solicitudes queden en lista de espera mientras avanza la mancha urbana sobre los mismos predios.', 'observacion', '708.1', 'cuestiona', ''),
                 ('Es necesario que la Delegación Xochimilco empiece a realizar los recorridos y a informar de ellos, pues la tala en Santa Cecilia Tepetlapa continúa.', 'retroalimentacion', '708.2', 'exhorta', ''),
             ]),
        dict(number=711, title='Apoyar la producción agrícola sustentable de las familias campesinas',
             goals=[G('711.1', 'Otorgar apoyos para insumos y equipamiento a productoras y productores rurales',
                      'Número de apoyos otorgados, desagregado por sexo', SDR, 'SEDEREC',
                      ['Se entregaron 1,875 apoyos para insumos orgánicos y equipamiento, de los cuales 712 fueron para mujeres productoras; se instalaron 64 sistemas de captación de agua de lluvia en unidades de producción.'])],
             figures=[(1875, 'apoyos', '711.1', 'Se entregaron 1,875 apoyos para insumos orgánicos y equipamiento'),
                      (712, 'apoyos', '711.1', 'de los cuales 712 fueron para mujeres productoras'),
                      (64, 'sistemas', '711.1', 'se instalaron 64 sistemas de captación de agua de lluvia en unidades de producción')],
             feedback=[
                 ('Los apoyos entregados suman a la estrategia, pero por sí solos no dan cumplimiento a la meta mientras no se conozca si la producción se mantuvo.', 'retroalimentacion', '711.1', 'insuficiente', ''),
                 ('La SEDEREC refiere que las reglas de operación le impiden apoyar a quienes no tienen constancia de productor, y se compromete a traer una propuesta de modificación.', 'observacion', '711.1', 'instancia', ''),
             ]),
        dict(number=714, title='Garantizar el acceso al agua para el riego agrícola en el suelo de conservación',
             goals=[G('714.1', 'Rehabilitar canales de riego con agua tratada en la zona chinampera',
                      'Kilómetros de canales rehabilitados', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', None)],
             figures=[],
             feedback=[
                 ('Sería oportuno que el Sistema de Aguas envíe a las sesiones al área de Agua Tratada, que es la que opera los canales.', 'observacion', '714.1', 'proceso', ''),
             ]),
    ],
    agreements=[
        A('La Secretaría del Medio Ambiente remitirá a la Secretaría Ejecutiva, a más tardar el 24 de noviembre de 2017, el desglose de hectáreas por núcleo agrario.', ['2017-11-24'], [708], None, due='11/01'),
        A('La Secretaría Ejecutiva girará oficio a la Delegación Xochimilco y al Sistema de Aguas de la Ciudad de México para que presenten sus informes de las metas 708.2 y 714.1.', [], [708, 714], None, due='11/02'),
        A('La Duodécima Sesión Ordinaria se celebrará el jueves 7 de diciembre de 2017, a las 10:30 horas, en la Casa de Cultura de San Gregorio Atlapulco, Delegación Xochimilco.', ['2017-12-07'], [], None, due='11/03', next_session=True),
    ],
    next=dict(date='2017-12-07', start_time='10:30', end_time=None, strategies=[]),
    notes='minutes book (libro de actas): every paragraph in the right column of a borderless two-column table, the left margin column holding the paragraph number and a rubric ("Apertura", "Asistencia", "Meta 708.1", "Informe", "Retroalimentación", "Observación", "Acuerdo 11/01"); section of each feedback paragraph only in its marginal rubric; attendance in prose per sector with spelled titles; "ACTA NÚM. 11/2017", Undécima Sesión Ordinaria; session opened 10:30, installed 10:45 (start = 10:30); the previous acta and the convocatoria add other dates; "no presentó informe"; header "Libro II · Foja N"'))

ACTAS.append(dict(
    stem='blind-m-rural-12-2017-12-07', layout='M4', esp='rural',
    body=RUR_BODY, kind='sesión ordinaria', number=12, ordinal='Duodécima', code='12/2017',
    date='2017-12-07', date_text='7 de diciembre de 2017', start='10:30', end='13:05',
    place='Casa de Cultura de San Gregorio Atlapulco',
    town='En el pueblo de San Gregorio Atlapulco, Delegación Xochimilco, Ciudad de México',
    installed='10:40', prev=('11/2017', '9 de noviembre de 2017'), convened='23 de noviembre de 2017', folio=47,
    topic=None, objective=None, coordinator=RUR_COORD,
    attendance=[RUR_ATT[0], RUR_ATT[2],
                ('Samuel Tenorio Ayala', 'el Arq.', 'Delegación Xochimilco', 'ALC-XOCHIMILCO', OT, ''),
                ('Leonor Quintero Díaz', 'la Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, ''),
                RUR_ATT[5], RUR_ATT[6], RUR_ATT[7],
                ('Baltazar Nápoles Reyes', 'el C.', 'Comisariado de Bienes Comunales de San Gregorio Atlapulco', None, SC, ''),
                RUR_ATT[8]],
    strategies=[
        dict(number=708, title=RUR_708,
             goals=[G(*G708_1, ['Se remitió el desglose por núcleo agrario: la comunidad de Milpa Alta concentra 1,960 hectáreas y San Miguel Topilejo 610 hectáreas; la retribución fue de 1,000 pesos por hectárea al año.']),
                    G(*G708_2, ['Durante octubre y noviembre se realizaron 26 recorridos con 4 brigadas comunitarias en los parajes de Santa Cecilia Tepetlapa; se presentaron 3 denuncias ante la PAOT.'])],
             figures=[(1960, 'hectáreas', '708.1', 'la comunidad de Milpa Alta concentra 1,960 hectáreas'),
                      (610, 'hectáreas', '708.1', 'San Miguel Topilejo 610 hectáreas'),
                      (1000, 'pesos', '708.1', 'la retribución fue de 1,000 pesos por hectárea al año'),
                      (26, 'recorridos', '708.2', 'se realizaron 26 recorridos con 4 brigadas comunitarias'),
                      (4, 'brigadas comunitarias', '708.2', 'con 4 brigadas comunitarias'),
                      (3, 'denuncias', '708.2', 'se presentaron 3 denuncias ante la PAOT')],
             feedback=[
                 ('Se atendió el acuerdo 11/01 y el desglose permite conocer la distribución de la meta entre los núcleos agrarios.', 'retroalimentacion', '708.1', 'avance', ''),
                 ('Es necesario conocer el seguimiento de las 3 denuncias y si se detuvo la tala en los parajes recorridos.', 'retroalimentacion', '708.2', 'solicita_datos', ''),
                 ('La Delegación Xochimilco refiere que los recorridos dependen de la Comisión de Recursos Naturales, por lo que no le correspondería reportar la meta en su totalidad.', 'observacion', '708.2', 'instancia', ''),
             ]),
        dict(number=716, title='Prevenir los asentamientos humanos irregulares en el suelo de conservación',
             goals=[G('716.1', 'Atender las denuncias ciudadanas por ocupación irregular del suelo de conservación',
                      'Porcentaje de denuncias atendidas respecto de las recibidas', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT',
                      ['Entre enero y noviembre de 2017 se recibieron 418 denuncias por ocupación irregular del suelo de conservación y se concluyeron 296; se emitieron 41 resoluciones con recomendación de demolición.']),
                    G('716.2', 'Actualizar el censo de asentamientos humanos irregulares',
                      'Censo actualizado y publicado', SMA, 'SEDEMA', None)],
             figures=[(418, 'denuncias', '716.1', 'se recibieron 418 denuncias por ocupación irregular del suelo de conservación'),
                      (296, 'denuncias', '716.1', 'se concluyeron 296'),
                      (41, 'resoluciones', '716.1', 'se emitieron 41 resoluciones con recomendación de demolición')],
             feedback=[
                 ('Lo que se reporta son denuncias concluidas, que no coincide con el indicador de denuncias atendidas; se recomienda homologar el dato.', 'retroalimentacion', '716.1', 'desalineado', ''),
                 ('No hay correspondencia entre la meta 716.2 y su indicador, que no señala cada cuánto debe actualizarse el censo.', 'retroalimentacion', '716.2', 'diseno_meta', ''),
                 ('El Comisariado de Bienes Comunales cuestiona que se hable de demoliciones sin alternativas de vivienda para las familias de la comunidad.', 'observacion', '716.1', 'cuestiona', ''),
             ]),
    ],
    agreements=[
        A('La Procuraduría Ambiental y del Ordenamiento Territorial informará el estado de las 3 denuncias presentadas por las brigadas comunitarias.', [], [708], None, due='12/01'),
        A('La Secretaría del Medio Ambiente presentará el avance del censo de asentamientos humanos irregulares.', [], [716], None, due='12/02'),
        A('La Primera Sesión Ordinaria de 2018 se celebrará el jueves 8 de febrero de 2018, a las 10:30 horas, en la sede que se comunicará con la convocatoria.', ['2018-02-08'], [], None, due='12/03', next_session=True),
    ],
    next=dict(date='2018-02-08', start_time='10:30', end_time=None, strategies=[]),
    notes='minutes book (M4); next session is the first of 2018 (number restarts), only its date is gold'))


# ================================================================ M5 presupuesto (civil-society relatoría: Google Forms attendance, semáforo)
PRE_BODY = 'Presupuesto con Enfoque de Derechos Humanos'
PRE_COORD = ('Ximena Torres Lugo', 'co-coordinadora del Espacio por parte de sociedad civil')
OCGP = 'Observatorio Ciudadano del Gasto Público, A.C.'
PRE_ATT = [   # (name as typed in the form, '', institution as typed, key, sector, timestamp)
    ('Mario Alberto Soto Ruiz', '', 'Secretaría de Administración y Finanzas', 'SAF', IE, '23/09/2021 16:52:07'),
    ('Daniela Fuentes Ochoa', '', 'SAF CDMX', 'SAF', IE, '23/09/2021 16:58:41'),
    ('ARTURO PINEDA VALDÉS', '', 'Evalúa CDMX', 'EVALUA', IE, '23/09/2021 17:01:15'),
    ('Sofía Landa Carreón', '', 'congreso de la ciudad de méxico', 'ALDF', OT, '23/09/2021 17:03:52'),
    ('Rebeca Iturbide Franco', '', 'INFO CDMX', 'INFOCDMX', OT, '23/09/2021 17:04:20'),
    ('Joaquín Esparza Lima', '', OCGP, None, SC, '23/09/2021 16:49:33'),
    ('Valentina Murguía Solís', '', 'Colectivo Presupuestos Feministas', None, SC, '23/09/2021 17:06:02'),
    ('Héctor Balderas Nieto', '', 'Red Vecinal por la Transparencia de Iztapalapa', None, SC, '23/09/2021 17:12:47'),
    ('Lorena Cisneros Vega', '', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, '23/09/2021 16:45:10'),
]
FORM_TYPE = {IE: 'Dependencia o entidad del Gobierno de la CDMX', OT: 'Órgano autónomo u otro poder', SC: 'Organización de la sociedad civil', SE: 'Secretaría Ejecutiva del MSyE'}
PRE_503 = 'Identificar en el presupuesto de egresos el gasto destinado a la garantía de los derechos humanos'
G503_1 = ('503.1', 'Publicar un anexo de gasto etiquetado para derechos humanos en el Presupuesto de Egresos',
          'Anexo publicado y monto etiquetado por derecho', 'Secretaría de Administración y Finanzas', 'SAF')
G503_2 = ('503.2', 'Realizar audiencias públicas sobre el presupuesto con participación de organizaciones de la sociedad civil',
          'Número de audiencias públicas realizadas y de organizaciones participantes', 'Congreso de la Ciudad de México', 'ALDF')

ACTAS.append(dict(
    stem='blind-m-presupuesto-04-2021-09-23', layout='M5', esp='presupuesto',
    body=PRE_BODY, kind='sesión ordinaria', number=4, ordinal='Cuarta',
    date='2021-09-23', date_text='jueves 23 de septiembre de 2021', start='17:00', end='19:10', place='plataforma Zoom',
    topic=None, objective=None, coordinator=PRE_COORD, validated='30/09/2021',
    key_fact='Dato clave: de las 4 metas revisadas en esta sesión, sólo 2 cuentan con información suficiente para valorar su avance.',
    attendance=PRE_ATT,
    strategies=[
        dict(number=503, title=PRE_503,
             goals=[G(*G503_1, ['El Presupuesto de Egresos 2021 incluye un anexo transversal con 214 programas presupuestarios vinculados a derechos humanos, por un monto de 48,602 millones de pesos.'], ),
                    G(*G503_2, None, 'Rojo — no entregó información')],
             light={'503.1': 'Verde'},
             figures=[(214, 'programas presupuestarios', '503.1', 'un anexo transversal con 214 programas presupuestarios vinculados a derechos humanos'),
                      (48602, 'millones de pesos', '503.1', 'por un monto de 48,602 millones de pesos')],
             feedback=[
                 ('El anexo permite conocer el monto etiquetado y da cuenta del avance de la meta.', 'retroalimentacion', '503.1', 'avance', ''),
                 ('Es necesario que el Congreso empiece a convocar las audiencias públicas; la meta no tiene acciones desde 2019.', 'retroalimentacion', '503.2', 'exhorta', ''),
                 ('Necesitamos saber cuánto de esos 48,602 millones se ejerció al cierre de cada trimestre y no sólo lo aprobado.', 'observacion', '503.1', 'solicita_datos', ''),
                 ('El Congreso refiere que las audiencias dependen de la Comisión de Presupuesto y que su enlace no tiene facultades para convocarlas.', 'observacion', '503.2', 'instancia', ''),
             ]),
        dict(number=506, title='Evaluar el impacto de los programas sociales en el ejercicio de los derechos',
             goals=[G('506.1', 'Evaluar cada año programas sociales con enfoque de derechos humanos',
                      'Número de evaluaciones realizadas y de recomendaciones aceptadas', 'Evalúa CDMX', 'EVALUA',
                      ['En 2021 se realizaron 6 evaluaciones externas de programas sociales y se emitieron 38 recomendaciones, de las cuales 21 fueron aceptadas por las dependencias.'])],
             light={'506.1': 'Amarillo'},
             figures=[(6, 'evaluaciones', '506.1', 'se realizaron 6 evaluaciones externas de programas sociales'),
                      (38, 'recomendaciones', '506.1', 'se emitieron 38 recomendaciones'),
                      (21, 'recomendaciones', '506.1', 'de las cuales 21 fueron aceptadas por las dependencias')],
             feedback=[
                 ('Las evaluaciones suman a la estrategia, pero por sí solas no dan cumplimiento a la meta si no se sabe qué cambió en los programas.', 'retroalimentacion', '506.1', 'insuficiente', ''),
                 ('Cuestionamos que las evaluaciones midan cobertura y no si las personas pudieron ejercer sus derechos.', 'observacion', '506.1', 'cuestiona', ''),
             ]),
        dict(number=509, title='Transparentar el ejercicio del gasto público en formatos abiertos',
             goals=[G('509.1', 'Publicar trimestralmente el avance del gasto por programa presupuestario en datos abiertos',
                      'Número de informes trimestrales publicados en datos abiertos', 'Secretaría de Administración y Finanzas', 'SAF',
                      ['Se publicaron 3 informes trimestrales en el portal de datos abiertos, con 1,120 conjuntos de datos por programa presupuestario.'])],
             light={'509.1': 'Verde'},
             figures=[(3, 'informes', '509.1', 'Se publicaron 3 informes trimestrales en el portal de datos abiertos'),
                      (1120, 'conjuntos de datos', '509.1', 'con 1,120 conjuntos de datos por programa presupuestario')],
             feedback=[
                 ('Sería oportuno que la SAF presente en la siguiente sesión cómo usar el portal, para que las organizaciones puedan consultarlo.', 'observacion', '509.1', 'proceso', ''),
             ]),
    ],
    agreements=[
        A('Enviar al Espacio el avance del gasto ejercido del anexo transversal al tercer trimestre.', ['2021-10-22'], [503], 'Secretaría de Administración y Finanzas', due='22/10/2021'),
        A('Solicitar por oficio a la Comisión de Presupuesto del Congreso información sobre las audiencias públicas.', ['2021-10-08'], [503], 'Secretaría Ejecutiva', due='08/10/2021'),
        A('Celebrar la quinta sesión del Espacio en la plataforma Zoom.', ['2021-10-28'], [], 'Secretaría Ejecutiva', due='28/10/2021, 17:00 h', next_session=True),
    ],
    next=dict(date='2021-10-28', start_time='17:00', end_time=None, strategies=[]),
    notes='relatoría written by the civil-society co-coordinator in its own format: letterhead of the organisation, session data in a sentence ("…el jueves 23 de septiembre de 2021, de 17:00 a 19:10 horas, en la plataforma Zoom"), attendance as a Google Forms export (Marca temporal | Nombre completo | Institución u organización | Tipo de participante) with names and institutions as typed (capitals, lower case); a "Dato clave" box; per strategy a semáforo table (Meta | Indicador | Responsable | Lo reportado | Semáforo), colour words explained in a footnote, "Rojo — no entregó información"; feedback as paragraphs "Meta 503.1 → …" under "Lo que dijo la Secretaría Ejecutiva" / "Nuestra lectura y la de otras participantes"; compromisos table ¿Qué? | ¿Quién? | ¿Para cuándo?, the next session only a row whose date is in the ¿Para cuándo? column; "Validada por la Secretaría Ejecutiva el 30/09/2021"'))

ACTAS.append(dict(
    stem='blind-m-presupuesto-05-2021-10-28', layout='M5', esp='presupuesto',
    body=PRE_BODY, kind='sesión ordinaria', number=5, ordinal='Quinta',
    date='2021-10-28', date_text='jueves 28 de octubre de 2021', start='17:00', end='19:00', place='plataforma Zoom',
    topic=None, objective=None, coordinator=PRE_COORD, validated='04/11/2021', key_fact=None,
    attendance=[('Mario Alberto Soto Ruiz', '', 'Secretaría de Administración y Finanzas', 'SAF', IE, '28/10/2021 16:55:48'),
                ('Itzel Carranza Mejía', '', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, '28/10/2021 16:57:02'),
                ('Sofía Landa Carreón', '', 'Congreso CDMX - Comisión de Presupuesto', 'ALDF', OT, '28/10/2021 17:00:31'),
                ('RAÚL OSORIO BECERRA', '', 'Congreso CDMX - Comisión de Presupuesto', 'ALDF', OT, '28/10/2021 17:02:19'),
                ('Joaquín Esparza Lima', '', OCGP, None, SC, '28/10/2021 16:50:12'),
                ('Valentina Murguía Solís', '', 'Colectivo Presupuestos Feministas', None, SC, '28/10/2021 17:04:44'),
                ('maría josé leyva ortega', '', 'Red Vecinal por la Transparencia de Iztapalapa', None, SC, '28/10/2021 17:09:03'),
                ('Lorena Cisneros Vega', '', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', SE, '28/10/2021 16:44:27')],
    strategies=[
        dict(number=503, title=PRE_503,
             goals=[G(*G503_1, ['Al tercer trimestre de 2021 se ejercieron 31,845 millones de pesos del anexo transversal, el 65.5 por ciento de lo aprobado; 17 programas presupuestarios registran un ejercicio menor a la mitad de lo aprobado.']),
                    G(*G503_2, ['La Comisión de Presupuesto realizó 4 audiencias públicas en las que participaron 63 organizaciones de la sociedad civil; se recibieron 112 propuestas por escrito.'])],
             light={'503.1': 'Verde', '503.2': 'Amarillo'},
             figures=[(31845, 'millones de pesos', '503.1', 'se ejercieron 31,845 millones de pesos del anexo transversal'),
                      (65.5, 'por ciento', '503.1', 'el 65.5 por ciento de lo aprobado'),
                      (17, 'programas presupuestarios', '503.1', '17 programas presupuestarios registran un ejercicio menor a la mitad de lo aprobado'),
                      (4, 'audiencias públicas', '503.2', 'realizó 4 audiencias públicas'),
                      (63, 'organizaciones', '503.2', 'en las que participaron 63 organizaciones de la sociedad civil'),
                      (112, 'propuestas', '503.2', 'se recibieron 112 propuestas por escrito')],
             feedback=[
                 ('Se atendió el compromiso de la sesión anterior y el dato de gasto ejercido permite valorar el avance de la meta.', 'retroalimentacion', '503.1', 'avance', ''),
                 ('Es necesario informar cuántas de las 112 propuestas se incorporaron al dictamen del presupuesto.', 'retroalimentacion', '503.2', 'solicita_datos', ''),
                 ('No hay correspondencia entre la meta 503.2 y su indicador: contar audiencias no dice nada de la participación efectiva de las organizaciones.', 'observacion', '503.2', 'diseno_meta', ''),
             ]),
        dict(number=512, title='Incorporar la perspectiva de género en la programación y el presupuesto',
             goals=[G('512.1', 'Capacitar a las unidades responsables del gasto en presupuestación con perspectiva de género',
                      'Número de unidades responsables del gasto capacitadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX',
                      ['Se impartieron 9 talleres de presupuestación con perspectiva de género a personal de 47 unidades responsables del gasto, con 286 personas servidoras públicas capacitadas.']),
                    G('512.2', 'Publicar el informe anual del gasto etiquetado para la igualdad de género',
                      'Informe anual publicado', 'Secretaría de Administración y Finanzas', 'SAF', None, 'Rojo — no entregó información')],
             light={'512.1': 'Amarillo'},
             figures=[(9, 'talleres', '512.1', 'Se impartieron 9 talleres de presupuestación con perspectiva de género'),
                      (47, 'unidades responsables', '512.1', 'a personal de 47 unidades responsables del gasto'),
                      (286, 'personas servidoras públicas', '512.1', 'con 286 personas servidoras públicas capacitadas')],
             feedback=[
                 ('Lo que se reporta son talleres y no coincide del todo con el indicador, que cuenta unidades responsables capacitadas y no personas.', 'retroalimentacion', '512.1', 'desalineado', ''),
                 ('El informe de gasto etiquetado puede reportarse en la estrategia 509, meta 509.1, pues se publica en el mismo portal de datos abiertos.', 'retroalimentacion', '512.2', 'reasignar', ''),
                 ('Cuestionamos que la capacitación no llegue a las alcaldías, que ejercen buena parte del gasto etiquetado para mujeres.', 'observacion', '512.1', 'cuestiona', ''),
             ]),
    ],
    agreements=[
        A('Presentar el informe anual del gasto etiquetado para la igualdad de género.', ['2021-11-19'], [512], 'Secretaría de Administración y Finanzas', due='19/11/2021'),
        A('Informar cuántas propuestas de las audiencias públicas se incorporaron al dictamen.', [], [503], 'Congreso CDMX - Comisión de Presupuesto', due='Sexta sesión'),
        A('Celebrar la sexta sesión del Espacio en la plataforma Zoom.', ['2021-11-25'], [], 'Secretaría Ejecutiva', due='25/11/2021, 17:00 h', next_session=True),
    ],
    next=dict(date='2021-11-25', start_time='17:00', end_time=None, strategies=[]),
    notes='civil-society relatoría (M5); two people of one body in the form list; names typed in capitals and in lower case'))


# ================================================================ M6 animales (English-trained consultant's template, Spanish content)
ANI_BODY = 'Protección y Bienestar Animal'
ANI_PLACE = 'Sala de juntas de la Agencia de Atención Animal, avenida Río Churubusco s/n, Puerta 4, colonia Ciudad Deportiva'
ANI_COORD = ('Paulina Escobedo Lara', 'Coordinadora del Espacio')
AAA = 'SEDEMA – Agencia de Atención Animal'
BVA = 'SSC – Brigada de Vigilancia Animal'
ANI_ATT = [   # (name, title, organisation, key, sector, role)
    ('Ricardo Aguayo Sánchez', 'MVZ', AAA, 'SEDEMA', IE, 'Director de Bienestar Animal'),
    ('Carmen Lozada Ibáñez', 'Lic.', AAA, 'SEDEMA', IE, 'Enlace de Derechos Humanos'),
    ('Fernando Mejía Salas', 'Suboficial', BVA, 'SSPCDMX', IE, 'Jefe de turno'),
    ('Olga Patricia Nava Rubio', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocuradora adjunta'),
    ('Iván Cárdenas Ponce', 'MVZ', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Responsable del Centro de Atención Canina'),
    ('Diana Ruelas Carbajal', 'Dra.', 'UNAM – Facultad de Medicina Veterinaria y Zootecnia', 'UNAM', OT, 'Académica'),
    ('Gustavo Peñaloza Ortiz', 'C.', 'Movimiento Animalista Capitalino, A.C.', None, SC, 'Presidente'),
    ('Marina Treviño Alcántara', 'C.', 'Red de Rescatistas Independientes del Oriente', None, SC, 'Vocera'),
    ('Julián Ocampo Servín', 'Lic.', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', SE, 'Analista'),
]
ANI_304 = 'Reducir el abandono y la sobrepoblación de perros y gatos mediante la esterilización gratuita'
G304_1 = ('304.1', 'Realizar jornadas de esterilización gratuita en las 16 alcaldías',
          'Número de esterilizaciones realizadas, desagregado por alcaldía', AAA, 'SEDEMA')
G304_2 = ('304.2', 'Operar un centro de atención animal con servicio permanente de esterilización en Iztapalapa',
          'Centro en operación y número de esterilizaciones mensuales', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA')

ACTAS.append(dict(
    stem='blind-m-animales-03-2024-05-16', layout='M6', esp='animales',
    body=ANI_BODY, kind='sesión ordinaria', number=3, ordinal='Tercera', ref='EP-PBA/MIN/03/2024',
    date='2024-05-16', date_text='16 May 2024', start='10:00', end='12:15', place=ANI_PLACE,
    topic=None, objective='Dar seguimiento a las estrategias 304 y 307 y a las acciones de la segunda sesión', coordinator=ANI_COORD,
    apologies=[('Dr. Esteban Rosas Villa', 'AGEPSA', 'envió disculpa por agenda'), ('C. Lilia Barrera Soto', 'Colectivo Huellitas de Tlalpan', 'sin conexión')],
    quorum='Sí (11 de 16 integrantes)',
    matters=[('2.1', 'Enviar el calendario de jornadas de esterilización', 'Cerrada'), ('2.2', 'Invitar a la Alcaldía Iztapalapa', 'Cerrada')],
    aob='Movimiento Animalista Capitalino informó que el 4 de octubre de 2024 realizará una caminata por el Día Mundial de los Animales e invitó a las instancias a sumarse.',
    attendance=ANI_ATT,
    strategies=[
        dict(number=304, title=ANI_304,
             goals=[G(*G304_1, ['Entre enero y abril de 2024 se realizaron 41,380 esterilizaciones gratuitas en 212 jornadas, con cobertura en las 16 alcaldías; el 58 por ciento fueron hembras.']),
                    G(*G304_2, None, 'No se recibió actualización.')],
             rag={'304.1': 'G', '304.2': 'R'},
             figures=[(41380, 'esterilizaciones', '304.1', 'se realizaron 41,380 esterilizaciones gratuitas en 212 jornadas'),
                      (212, 'jornadas', '304.1', 'en 212 jornadas'),
                      (16, 'alcaldías', '304.1', 'con cobertura en las 16 alcaldías'),
                      (58, 'por ciento', '304.1', 'el 58 por ciento fueron hembras')],
             feedback=[
                 ('Se reportan datos duros que permiten medir el avance; falta la desagregación por alcaldía que pide el indicador.', 'retroalimentacion', '304.1', 'solicita_datos', ''),
                 ('Es necesario que la Alcaldía Iztapalapa empiece a informar sobre el centro; es la segunda sesión sin actualización.', 'retroalimentacion', '304.2', 'exhorta', ''),
                 ('La Alcaldía Iztapalapa explicó que el centro está en remodelación y se comprometió a enviar el programa de obra.', 'observacion', '304.2', 'instancia', ''),
             ]),
        dict(number=307, title='Atender el maltrato animal con una respuesta policial y administrativa oportuna',
             goals=[G('307.1', 'Atender los reportes ciudadanos de maltrato animal',
                      'Porcentaje de reportes atendidos en menos de 24 horas', BVA, 'SSPCDMX',
                      ['Se recibieron 2,954 reportes de maltrato animal y se atendieron 2,617; se rescataron 1,208 animales, que fueron canalizados a refugios.']),
                    G('307.2', 'Resolver las denuncias por maltrato animal',
                      'Número de denuncias resueltas respecto de las recibidas', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT',
                      ['Se iniciaron 734 expedientes por denuncias de maltrato animal y se concluyeron 402 expedientes con recomendación o resolución.'])],
             rag={'307.1': 'A', '307.2': 'A'},
             figures=[(2954, 'reportes', '307.1', 'Se recibieron 2,954 reportes de maltrato animal'),
                      (2617, 'reportes', '307.1', 'se atendieron 2,617'),
                      (1208, 'animales', '307.1', 'se rescataron 1,208 animales, que fueron canalizados a refugios'),
                      (734, 'expedientes', '307.2', 'Se iniciaron 734 expedientes por denuncias de maltrato animal'),
                      (402, 'expedientes', '307.2', 'se concluyeron 402 expedientes con recomendación o resolución')],
             feedback=[
                 ('No se informa cuántos reportes se atendieron en menos de 24 horas, que es lo que mide el indicador; lo reportado no coincide con él.', 'retroalimentacion', '307.1', 'desalineado', ''),
                 ('Los expedientes concluidos suman a la meta, pero por sí solos no dan cumplimiento si no se sabe cuántos terminaron en sanción.', 'retroalimentacion', '307.2', 'insuficiente', ''),
                 ('La Red de Rescatistas cuestiona que los animales rescatados se canalicen a refugios particulares sin apoyo público, lo que traslada la carga a la sociedad civil.', 'observacion', '307.1', 'cuestiona', ''),
             ]),
    ],
    agreements=[
        A('Enviar la desagregación por alcaldía de las esterilizaciones de enero a abril.', ['2024-05-31'], [304], 'Agencia de Atención Animal', due='31/05/2024', state='Open'),
        A('Enviar el programa de obra del centro de atención animal.', ['2024-06-07'], [304], 'Alcaldía Iztapalapa', due='07/06/2024', state='Open'),
        A('Informar el número de reportes de maltrato atendidos en menos de 24 horas.', [], [307], 'SSC – Brigada de Vigilancia Animal', due='Próxima sesión', state='Open'),
    ],
    next=dict(date='2024-06-13', start_time='10:00', end_time=None, strategies=[]),
    next_text='13/06/2024, 10:00 h, misma sede.',
    notes='English-trained consultant\'s template with Spanish content: "MEETING MINUTES", Doc. ref., details table (Meeting / Session no. / Date as an en-GB date picker "16 May 2024" / Time / Venue / Chair / Minute taker / Quorum); numbered headings (automatic 1., 1.1); "Present" table Name | Organisation | Role | Group (GOV/CSO/OTH/SE) with legend; "Apologies" list (not attendees); matters arising from the previous minutes; per strategy a table Goal | KPI (indicador) | Owner | Update reported | RAG (G/A/R), unreported "No se recibió actualización."; "Key points raised" / "Stakeholder comments" bullets with "[304.1]" prefixes (excluded); AOB; actions table # | Action | Owner | Due date | Status (Open); "Next meeting" section with a dd/mm/yyyy date, not an action; Page X of Y footer'))

ACTAS.append(dict(
    stem='blind-m-animales-04-2024-06-13', layout='M6', esp='animales',
    body=ANI_BODY, kind='sesión ordinaria', number=4, ordinal='Cuarta', ref='EP-PBA/MIN/04/2024',
    date='2024-06-13', date_text='13 June 2024', start='10:00', end='12:30', place=ANI_PLACE,
    topic=None, objective='Revisar las acciones abiertas de la tercera sesión y las estrategias 304 y 309', coordinator=ANI_COORD,
    apologies=[('Suboficial Fernando Mejía Salas', 'SSC – Brigada de Vigilancia Animal', 'comisión de servicio')],
    quorum='Sí (10 de 16 integrantes)',
    matters=[('3.1', 'Desagregación por alcaldía de las esterilizaciones', 'Cerrada'), ('3.2', 'Programa de obra del centro de Iztapalapa', 'Cerrada'), ('3.3', 'Reportes atendidos en menos de 24 horas', 'Abierta')],
    aob='La Facultad de Medicina Veterinaria y Zootecnia ofreció su hospital para capacitar al personal de las clínicas veterinarias de las alcaldías.',
    attendance=[ANI_ATT[0],
                ('Josefina Arellano Quiroz', 'Dra.', 'Secretaría de Salud – Dirección de Vigilancia Epidemiológica', 'SEDESA', IE, 'Subdirectora de Zoonosis'),
                ANI_ATT[3], ANI_ATT[4], ANI_ATT[5], ANI_ATT[6], ANI_ATT[7],
                ('Lilia Barrera Soto', 'C.', 'Colectivo Huellitas de Tlalpan', None, SC, 'Integrante'),
                ANI_ATT[8]],
    strategies=[
        dict(number=304, title=ANI_304,
             goals=[G(*G304_1, ['Se envió la desagregación: Iztapalapa concentró 7,912 esterilizaciones y Gustavo A. Madero 5,430 esterilizaciones; Milpa Alta registró 611 esterilizaciones.']),
                    G(*G304_2, ['El centro de atención animal reabrirá en agosto de 2024 tras una inversión de 6.2 millones de pesos; contará con 2 quirófanos y capacidad para 900 esterilizaciones mensuales.'])],
             rag={'304.1': 'G', '304.2': 'A'},
             figures=[(7912, 'esterilizaciones', '304.1', 'Iztapalapa concentró 7,912 esterilizaciones'),
                      (5430, 'esterilizaciones', '304.1', 'Gustavo A. Madero 5,430 esterilizaciones'),
                      (611, 'esterilizaciones', '304.1', 'Milpa Alta registró 611 esterilizaciones'),
                      (6.2, 'millones de pesos', '304.2', 'tras una inversión de 6.2 millones de pesos'),
                      (2, 'quirófanos', '304.2', 'contará con 2 quirófanos'),
                      (900, 'esterilizaciones', '304.2', 'capacidad para 900 esterilizaciones mensuales')],
             feedback=[
                 ('Se atendió la acción 3.1 y la desagregación permite ver dónde se concentran las jornadas.', 'retroalimentacion', '304.1', 'avance', ''),
                 ('No hay correspondencia entre la meta 304.2 y su indicador mientras el centro no opere: convendría revisar el indicador con la Alcaldía.', 'retroalimentacion', '304.2', 'diseno_meta', ''),
                 ('Sería oportuno que a la próxima sesión acuda el área de Obras de la Alcaldía, que conoce el calendario de la remodelación.', 'observacion', '304.2', 'proceso', ''),
             ]),
        dict(number=309, title='Promover la tenencia responsable y la prevención de zoonosis',
             goals=[G('309.1', 'Aplicar vacunas antirrábicas gratuitas a perros y gatos',
                      'Número de dosis aplicadas en la jornada nacional y en los centros de salud', 'Secretaría de Salud – Dirección de Vigilancia Epidemiológica', 'SEDESA',
                      ['En la Jornada Nacional de Vacunación Antirrábica de marzo se aplicaron 1,046,200 dosis en 3,150 puestos de vacunación.']),
                    G('309.2', 'Realizar una campaña de adopción responsable',
                      'Campaña realizada y número de adopciones', AAA, 'SEDEMA', None, 'No se recibió actualización.')],
             rag={'309.1': 'G', '309.2': 'R'},
             figures=[(1046200, 'dosis', '309.1', 'se aplicaron 1,046,200 dosis en 3,150 puestos de vacunación'),
                      (3150, 'puestos', '309.1', 'en 3,150 puestos de vacunación')],
             feedback=[
                 ('Se reportan datos duros de la jornada; es necesario sumar las dosis aplicadas en los centros de salud, como pide el indicador.', 'retroalimentacion', '309.1', 'solicita_datos', ''),
                 ('La campaña de adopción puede reportarse en la estrategia 304, meta 304.1, ya que las jornadas de esterilización incluyen módulos de adopción.', 'retroalimentacion', '309.2', 'reasignar', ''),
                 ('Movimiento Animalista Capitalino reconoce que la vacunación llegó a colonias que antes no tenían puestos, lo que muestra un avance real.', 'observacion', '309.1', 'avance', ''),
             ]),
    ],
    agreements=[
        A('Presentar la campaña de adopción responsable y el número de adopciones del semestre.', ['2024-07-05'], [309], 'Agencia de Atención Animal', due='05/07/2024', state='Open'),
        A('Invitar al área de Obras de la Alcaldía Iztapalapa a la próxima sesión.', [], [304], 'Secretaría Ejecutiva', due='Próxima sesión', state='Open'),
    ],
    next=dict(date='2024-08-15', start_time='10:00', end_time=None, strategies=[]),
    next_text='15/08/2024, 10:00 h, misma sede (no hay sesión en julio por periodo vacacional).',
    notes='consultant template (M6); the chair\'s role and the apologies list as in -03'))


# ---------------------------------------------------------------- layout extras
_EXTRA = {
    'blind-m-jovenes-05-2019-03-14': dict(subject='Minuta 5a. reunión de trabajo EP Jóvenes (14/mar/2019)',
                                          attach='Lista de asistencia 5a reunión.pdf (318 KB)',
                                          quoted_from='Karla Méndez Olvera <kmendez.se@mseguimiento.cdmx.gob.mx>'),
    'blind-m-jovenes-06-2019-04-11': dict(subject='Minuta 6a. reunión de trabajo EP Jóvenes (11/abr/2019)',
                                          attach='Lista asistencia 6a.pdf (296 KB); Informe 234.1 SEDESA.xlsx (41 KB)',
                                          quoted_from='Gabriela Nieto Sandoval <gnieto.js@sedesa.cdmx.gob.mx>'),
    'blind-m-indigenas-08-2023-02-16': dict(suggestion=('615.1', '90', '96'), comment=('612.1', '¿Ya se les pidió por oficio? Lo vemos en la reunión.')),
    'blind-m-rural-11-2017-11-09': dict(general='En asuntos generales, la Unión de Productores de Nopal de Milpa Alta invitó a las personas integrantes a la Feria Regional del Nopal, que se realizará del 1 al 3 de diciembre de 2017 en Villa Milpa Alta.'),
    'blind-m-rural-12-2017-12-07': dict(general='En asuntos generales, la Secretaría Ejecutiva informó que el calendario de sesiones de 2018 será remitido por correo electrónico a más tardar el 15 de enero.'),
    'blind-m-salud-12-2022-05-26': dict(next_slide=('13a. Sesión Ordinaria', 'Jueves 30 de junio, 2022 · 10:00 h · misma sede y por Zoom')),
    'blind-m-salud-13-2022-06-30': dict(next_slide=('14a. Sesión Ordinaria', 'Jueves 25 de agosto, 2022 · 10:00 h · misma sede y por Zoom')),
}
for _a in ACTAS:
    _a.update(_EXTRA.get(_a['stem'], {}))
