# -*- coding: utf-8 -*-
# Batch O content, written ONCE. build.py renders .docx / .odt / .rtf / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status_words)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, prev=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key,
                report=report, status=status, prev=prev)


def A(text, dates=(), strategies=(), responsible=None, due=None, state=None, next_session=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible,
                due=due, state=state, next_session=next_session)


ACTAS = []

# ================================================================ O1 embarazo (phone note dictated and pasted into Word)
EMB_BODY = 'Prevención del Embarazo en Niñas y Adolescentes'
EMB_COORD = ('Verónica Salgado Ríos', 'coordinadora del Espacio')
G221_1 = ('221.1', 'Ampliar la cobertura de los servicios amigables para adolescentes en los centros de salud de la Ciudad de México',
          'Número de centros de salud con servicio amigable en operación', 'Secretaría de Salud', 'SEDESA')
G221_2 = ('221.2', 'Garantizar el abasto de métodos anticonceptivos modernos, incluidos los de larga duración, en los servicios amigables',
          'Porcentaje de servicios amigables sin desabasto de métodos anticonceptivos', 'Secretaría de Salud', 'SEDESA')
G224_1 = ('224.1', 'Impartir educación integral en sexualidad en los planteles de educación media superior de la Ciudad de México',
          'Número de estudiantes que concluyen el taller de educación integral en sexualidad', 'SECTEI', 'SEDU')
G224_2 = ('224.2', 'Realizar jornadas comunitarias de prevención del embarazo adolescente con las juventudes de las colonias de mayor incidencia',
          'Número de jornadas realizadas y de personas jóvenes participantes', 'INJUVE', 'INJUVE')
T221 = 'Garantizar el acceso de las personas adolescentes a servicios amigables de salud sexual y reproductiva'
T224 = 'Prevenir el embarazo en niñas y adolescentes mediante la educación integral en sexualidad en escuelas y espacios comunitarios'

ACTAS.append(dict(
    stem='blind-o-embarazo-05-2022-03-08', layout='O1', esp='embarazo',
    body=EMB_BODY, kind='sesión ordinaria', number=5, ordinal='Quinta', note_title='Notas sesión 5 EP embarazo adolescente 08/03/22',
    date='2022-03-08', date_text='martes 8 de marzo de 2022', start='10:10', end='12:25', place='sala 2 de la Secretaría Ejecutiva',
    topic=None, objective=None, coordinator=EMB_COORD,
    attendance=[
        ('Laura Méndez Oropeza', None, 'Secretaría de Salud', 'SEDESA', IE, None),
        ('Pedro Aguilar Sosa', None, 'Secretaría de Salud', 'SEDESA', IE, None),
        ('Dulce María Cortés Lara', None, 'DIF Ciudad de México', 'DIF-CDMX', IE, None),
        ('Andrés Tovar Quiroz', None, 'SECTEI', 'SEDU', IE, None),
        ('Karen Ruelas Domínguez', None, 'INJUVE', 'INJUVE', IE, None),
        ('Gabriela Nieto Farías', None, 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, None),
        ('Jimena Rosas Patiño', None, 'IMSS', 'IMSS', OT, None),
        ('Itzel Barragán Cruz', None, 'Red Juvenil por la Salud Sexual', None, SC, None),
        ('Samuel Ocampo Vidal', None, 'Colectiva Adolescentes que Deciden', None, SC, None),
        ('Ramón Ibarra Celis', None, 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=221, title=T221, comment='¿Fueron 6 o 7 servicios con desabasto? Confirmar con Laura antes de circular.',
             goals=[G(*G221_1, ['En 2021 operaron 87 servicios amigables en centros de salud y se otorgaron 41,350 consultas a personas adolescentes.']),
                    G(*G221_2, ['Se distribuyeron 18,600 implantes subdérmicos y 9,240 dispositivos intrauterinos; 6 servicios amigables reportaron desabasto durante el mes de diciembre.'])],
             figures=[(87, 'servicios amigables', '221.1', 'operaron 87 servicios amigables en centros de salud'),
                      (41350, 'consultas', '221.1', 'se otorgaron 41,350 consultas a personas adolescentes'),
                      (18600, 'implantes subdérmicos', '221.2', 'Se distribuyeron 18,600 implantes subdérmicos'),
                      (9240, 'dispositivos intrauterinos', '221.2', '9,240 dispositivos intrauterinos'),
                      (6, 'servicios amigables', '221.2', '6 servicios amigables reportaron desabasto durante el mes de diciembre')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer el avance en la cobertura; se sugiere desagregar las consultas por sexo y alcaldía.', 'retroalimentacion', '221.1', 'solicita_datos', 'SE'),
                 ('En varios servicios amigables todavía se pide a las adolescentes ir acompañadas de su madre, padre o tutor, y eso aleja a las chicas del servicio.', 'observacion', '221.2', 'cuestiona', 'Samuel, de la Colectiva,'),
                 ('El desabasto de diciembre se debió al retraso de la compra consolidada federal y ya está resuelto.', 'observacion', '221.2', 'instancia', 'Laura, de la Secretaría de Salud,'),
             ]),
        dict(number=224, title=T224,
             goals=[G(*G224_1, ['Se impartieron 146 talleres en 22 planteles del IEMS y de los PILARES, con la participación de 3,912 estudiantes.']),
                    G(*G224_2, None, 'De esta meta el INJUVE no mandó informe.')],
             figures=[(146, 'talleres', '224.1', 'Se impartieron 146 talleres'),
                      (22, 'planteles', '224.1', 'en 22 planteles del IEMS y de los PILARES'),
                      (3912, 'estudiantes', '224.1', 'con la participación de 3,912 estudiantes')],
             feedback=[
                 ('Los talleres contribuyen a la meta, pero por sí solos no dan cumplimiento a la educación integral en sexualidad si no forman parte del plan de estudios.', 'retroalimentacion', '224.1', 'insuficiente', 'SE'),
                 ('Es necesario que el INJUVE inicie las jornadas comunitarias previstas en la meta.', 'retroalimentacion', '224.2', 'exhorta', 'SE'),
                 ('Las jornadas se suspendieron por la pandemia y se retomarán en abril en Iztapalapa.', 'observacion', '224.2', 'instancia', 'Karen, del INJUVE,'),
             ]),
        dict(number=227, title='Atender de manera integral a las niñas y adolescentes embarazadas o madres',
             goals=[G('227.1', 'Incorporar a las adolescentes embarazadas y madres a un programa de apoyo para la continuidad de sus estudios',
                      'Número de adolescentes que reciben apoyo y continúan inscritas en la escuela', 'DIF Ciudad de México', 'DIF-CDMX',
                      ['Se otorgaron 1,240 apoyos económicos mensuales de 832 pesos a adolescentes madres y embarazadas; 1,105 adolescentes continúan inscritas en la escuela.'])],
             figures=[(1240, 'apoyos económicos', '227.1', 'Se otorgaron 1,240 apoyos económicos mensuales'),
                      (832, 'pesos', '227.1', 'de 832 pesos a adolescentes madres y embarazadas'),
                      (1105, 'adolescentes', '227.1', '1,105 adolescentes continúan inscritas en la escuela')],
             feedback=[
                 ('Se reconoce que el informe da cuenta de la permanencia escolar de las adolescentes apoyadas.', 'retroalimentacion', '227.1', 'avance', 'SE'),
                 ('Sería bueno que el Espacio invite a la Secretaría de las Mujeres a presentar su modelo de atención a niñas madres.', 'observacion', '227.1', 'proceso', 'Itzel, de la Red Juvenil,'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud enviará a la Secretaría Ejecutiva, a más tardar el 25 de marzo, el desglose de consultas por alcaldía de la meta 221.1.', ['2022-03-25'], responsible='Secretaría de Salud'),
        A('El INJUVE presentará su informe de la meta 224.2 en la próxima sesión.', responsible='INJUVE'),
        A('La próxima sesión será el martes 5 de abril a las 10:00 en el mismo lugar.', ['2022-04-05'], next_session=True),
    ],
    next={'date': '2022-04-05', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='phone note pasted into Word: Normal style only, soft line breaks, blank paragraphs; everything in prose; next session is agreement three (year omitted)',
))

ACTAS.append(dict(
    stem='blind-o-embarazo-06-2022-04-05', layout='O1', esp='embarazo',
    body=EMB_BODY, kind='sesión ordinaria', number=6, ordinal='Sexta', note_title='Notas sesión 6 EP embarazo adolescente 05/04/22',
    date='2022-04-05', date_text='martes 5 de abril de 2022', start='10:05', end='12:10', place='sala 2 de la Secretaría Ejecutiva',
    topic=None, objective=None, coordinator=EMB_COORD,
    attendance=[
        ('Laura Méndez Oropeza', None, 'Secretaría de Salud', 'SEDESA', IE, None),
        ('Norma Castañeda Ruiz', None, 'Secretaría de Salud', 'SEDESA', IE, None),
        ('Andrés Tovar Quiroz', None, 'SECTEI', 'SEDU', IE, None),
        ('Karen Ruelas Domínguez', None, 'INJUVE', 'INJUVE', IE, None),
        ('Gabriela Nieto Farías', None, 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, None),
        ('Mariel Soto Ugalde', None, 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', OT, None),
        ('Itzel Barragán Cruz', None, 'Red Juvenil por la Salud Sexual', None, SC, None),
        ('Samuel Ocampo Vidal', None, 'Colectiva Adolescentes que Deciden', None, SC, None),
        ('Ramón Ibarra Celis', None, 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=224, title=T224,
             goals=[G(*G224_1, ['Entre enero y marzo se impartieron 58 talleres en 9 planteles, con 1,488 estudiantes que concluyeron el taller.']),
                    G(*G224_2, ['El INJUVE realizó 12 jornadas comunitarias en Iztapalapa, Gustavo A. Madero y Tláhuac, con 2,130 personas jóvenes participantes, y repartió 15,000 condones.'])],
             figures=[(58, 'talleres', '224.1', 'se impartieron 58 talleres'),
                      (9, 'planteles', '224.1', 'en 9 planteles'),
                      (1488, 'estudiantes', '224.1', 'con 1,488 estudiantes que concluyeron el taller'),
                      (12, 'jornadas comunitarias', '224.2', 'El INJUVE realizó 12 jornadas comunitarias'),
                      (2130, 'personas jóvenes', '224.2', 'con 2,130 personas jóvenes participantes'),
                      (15000, 'condones', '224.2', 'repartió 15,000 condones')],
             feedback=[
                 ('Se observa avance respecto de lo informado en la sesión anterior; los datos permiten dar seguimiento al indicador.', 'retroalimentacion', '224.1', 'avance', 'SE'),
                 ('Es necesario precisar cuántas de las personas participantes en las jornadas eran adolescentes menores de 18 años.', 'retroalimentacion', '224.2', 'solicita_datos', 'SE'),
                 ('No se puede presentar la entrega de condones como prevención del embarazo si no va acompañada de educación integral en sexualidad.', 'observacion', '224.2', 'cuestiona', 'Samuel, de la Colectiva,'),
             ]),
        dict(number=229, title='Prevenir y atender la violencia sexual contra niñas y adolescentes como causa de embarazo',
             goals=[G('229.1', 'Garantizar la investigación con perspectiva de infancia de las denuncias por violencia sexual contra niñas y adolescentes embarazadas',
                      'Porcentaje de carpetas de investigación iniciadas por violencia sexual contra niñas embarazadas menores de 15 años', 'Fiscalía General de Justicia', 'PGJCDMX',
                      None, 'La Fiscalía no vino y tampoco mandó su informe.'),
                    G('229.2', 'Ofrecer la interrupción legal del embarazo a las niñas y adolescentes víctimas de violación conforme a la NOM-046',
                      'Número de procedimientos de interrupción legal del embarazo realizados a niñas y adolescentes víctimas de violación', 'Secretaría de Salud', 'SEDESA',
                      ['Se realizaron 64 procedimientos de interrupción legal del embarazo a niñas y adolescentes víctimas de violación y se capacitó en la NOM-046 a 310 personas del personal médico.'])],
             figures=[(64, 'procedimientos', '229.2', 'Se realizaron 64 procedimientos de interrupción legal del embarazo'),
                      (310, 'personas', '229.2', 'se capacitó en la NOM-046 a 310 personas del personal médico')],
             feedback=[
                 ('Es necesario que la Fiscalía designe a una persona enlace que asista a las sesiones del Espacio con la información de la meta.', 'retroalimentacion', '229.1', 'proceso', 'SE'),
                 ('La Alcaldía ofrece sus centros comunitarios para difundir la ruta de atención de la NOM-046.', 'observacion', '229.2', 'instancia', 'Mariel, de la Alcaldía Iztapalapa,'),
             ]),
    ],
    agreements=[
        A('La Secretaría Ejecutiva enviará un oficio a la Fiscalía General de Justicia para solicitar la designación de una persona enlace para la estrategia 229.', responsible='Secretaría Ejecutiva'),
        A('El INJUVE y la Alcaldía Iztapalapa organizarán una jornada comunitaria conjunta antes del 30 de abril.', ['2022-04-30'], responsible='INJUVE y la Alcaldía Iztapalapa'),
        A('La séptima sesión será el martes 10 de mayo a las 10:00, por Zoom.', ['2022-05-10'], next_session=True),
    ],
    next={'date': '2022-05-10', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='phone note pasted into Word: Normal style only, soft line breaks, blank paragraphs; next session is agreement three (year omitted)',
))

# ================================================================ O3 arbolado (minuta with a cuadro comparativo against the previous session)
ARB_BODY = 'Derecho al Arbolado Urbano y a las Áreas Verdes'
ARB_PLACE = 'Sala de usos múltiples de la PAOT, Medellín 202, colonia Roma'
ARB_COORD = ('Leonardo Cárdenas Mejía', 'Coordinador del Espacio de Participación')
T472 = 'Conservar y ampliar el arbolado urbano en la vía pública y en las áreas verdes'
T474 = 'Prevenir y sancionar el derribo y la poda ilegal de árboles'
G472_1 = ('472.1', 'Plantar árboles de especies nativas en las alcaldías con menor superficie de áreas verdes por habitante',
          'Número de árboles plantados y tasa de sobrevivencia al año', 'SEDEMA', 'SEDEMA')
G472_2 = ('472.2', 'Realizar el diagnóstico fitosanitario del arbolado en los corredores viales primarios',
          'Kilómetros de corredores viales con diagnóstico concluido', 'SOBSE', 'SOBSE')
G474_1 = ('474.1', 'Atender las denuncias ciudadanas por derribo o poda ilegal de árboles en el plazo que fija la ley',
          'Porcentaje de denuncias resueltas dentro del plazo legal', 'PAOT', 'PAOT')
G474_2 = ('474.2', 'Autorizar el derribo de árboles sólo con dictamen técnico y con restitución en el mismo predio o en el sitio más cercano',
          'Número de autorizaciones de derribo con dictamen técnico y restitución', 'Alcaldía Coyoacán', 'ALC-COYOACAN')
R6 = {
    '472.1': 'Entre julio y agosto se plantaron 4,650 árboles de especies nativas en Iztapalapa, Iztacalco y Gustavo A. Madero; la sobrevivencia medida en los sitios plantados en 2018 fue de 71 por ciento.',
    '474.1': 'Se recibieron 286 denuncias por derribo o poda ilegal y se resolvieron 198 denuncias; 37 expedientes concluyeron con medidas de restitución.',
    '474.2': 'La Alcaldía emitió 54 autorizaciones de derribo, todas con dictamen técnico; se restituyeron 412 árboles en el mismo predio o en el parque más cercano.',
}
ARB_ATT6 = [  # (row, attended previous, attended this)
    (('Mónica Fuentes Lara', 'Ing.', 'SEDEMA', 'SEDEMA', IE, 'IE'), True, True),
    (('Tomás Aldana Reyes', 'Arq.', 'SOBSE', 'SOBSE', IE, 'IE'), True, False),
    (('Patricia Lemus Ochoa', 'Lic.', 'PAOT', 'PAOT', IE, 'IE'), True, True),
    (('Daniel Ferrer Olmos', 'Ing.', 'SGIRPC', 'SGIRPC', IE, 'IE'), False, True),
    (('Jorge Iván Serrano Pliego', 'Lic.', 'Alcaldía Coyoacán', 'ALC-COYOACAN', OT, 'ALC'), True, True),
    (('Rebeca Moncada Ávila', 'Biól.', 'Alcaldía Tlalpan', 'ALC-TLALPAN', OT, 'ALC'), False, True),
    (('Elsa Quintana Béjar', 'Dra.', 'UAM Xochimilco', 'UAM', OT, 'ACAD'), True, True),
    (('Alicia Bermúdez Sandoval', 'C.', 'Vecinos por el Arbolado de Coyoacán', None, SC, 'OSC'), True, True),
    (('Fernando Rubio Carrasco', 'Mtro.', 'Bosque Urbano Vivo, A.C.', None, SC, 'OSC'), True, True),
    (('Lucía Ortega Paz', 'Lic.', 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, 'SE'), True, True),
]
ARB_ATT7 = [
    (('Mónica Fuentes Lara', 'Ing.', 'SEDEMA', 'SEDEMA', IE, 'IE'), True, True),
    (('Héctor Galván Ibarra', 'Biól.', 'SEDEMA', 'SEDEMA', IE, 'IE'), False, True),
    (('Tomás Aldana Reyes', 'Arq.', 'SOBSE', 'SOBSE', IE, 'IE'), False, True),
    (('Patricia Lemus Ochoa', 'Lic.', 'PAOT', 'PAOT', IE, 'IE'), True, True),
    (('Daniel Ferrer Olmos', 'Ing.', 'SGIRPC', 'SGIRPC', IE, 'IE'), True, True),
    (('Jorge Iván Serrano Pliego', 'Lic.', 'Alcaldía Coyoacán', 'ALC-COYOACAN', OT, 'ALC'), True, False),
    (('Rebeca Moncada Ávila', 'Biól.', 'Alcaldía Tlalpan', 'ALC-TLALPAN', OT, 'ALC'), True, True),
    (('Elsa Quintana Béjar', 'Dra.', 'UAM Xochimilco', 'UAM', OT, 'ACAD'), True, True),
    (('Alicia Bermúdez Sandoval', 'C.', 'Vecinos por el Arbolado de Coyoacán', None, SC, 'OSC'), True, True),
    (('Fernando Rubio Carrasco', 'Mtro.', 'Bosque Urbano Vivo, A.C.', None, SC, 'OSC'), True, False),
    (('Lucía Ortega Paz', 'Lic.', 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, 'SE'), True, True),
]

ACTAS.append(dict(
    stem='blind-o-arbolado-06-2019-08-22', layout='O3', esp='arbolado',
    body=ARB_BODY, kind='sesión ordinaria', number=6, ordinal='Sexta', prev_ordinal='Quinta', prev_n=5,
    date='2019-08-22', dmy='22/08/2019', prev_dmy='25/07/2019', start='17:00', end='19:05', place=ARB_PLACE,
    prev_place=ARB_PLACE, prev_count=9,
    topic=None, objective=None, coordinator=ARB_COORD,
    att_cmp=ARB_ATT6, attendance=[r for r, _p, c in ARB_ATT6 if c],
    strategies=[
        dict(number=472, title=T472,
             goals=[G(*G472_1, [R6['472.1']], prev='Se plantaron 3,400 árboles en Iztapalapa y Tláhuac; la medición de sobrevivencia se hará en agosto.'),
                    G(*G472_2, None, 'No se recibió informe.', prev='Diagnóstico de 12 km en Calzada de Tlalpan.')],
             variation={'472.1': '↑ 1,250 árboles respecto de la 5ª', '472.2': 'Sin dato nuevo'},
             figures=[(4650, 'árboles', '472.1', 'se plantaron 4,650 árboles de especies nativas'),
                      (71, 'por ciento', '472.1', 'la sobrevivencia medida en los sitios plantados en 2018 fue de 71 por ciento')],
             feedback=[
                 ('El informe reporta datos duros de plantación y de sobrevivencia que permiten medir el indicador.', 'retroalimentacion', '472.1', 'avance', 'SE'),
                 ('Bosque Urbano Vivo cuestiona que se planten árboles en camellones que no tienen riego garantizado durante el estiaje.', 'observacion', '472.1', 'cuestiona', 'OSC'),
                 ('Es necesario que la SOBSE remita el informe del diagnóstico de corredores viales.', 'retroalimentacion', '472.2', 'exhorta', 'SE'),
             ]),
        dict(number=474, title=T474,
             goals=[G(*G474_1, [R6['474.1']], prev='Se recibieron 240 denuncias; sin dato de resolución.'),
                    G(*G474_2, [R6['474.2']], prev='No reportó.')],
             variation={'474.1': 'Se reporta resolución por primera vez', '474.2': 'Primer informe'},
             figures=[(286, 'denuncias', '474.1', 'Se recibieron 286 denuncias por derribo o poda ilegal'),
                      (198, 'denuncias', '474.1', 'se resolvieron 198 denuncias'),
                      (37, 'expedientes', '474.1', '37 expedientes concluyeron con medidas de restitución'),
                      (54, 'autorizaciones', '474.2', 'La Alcaldía emitió 54 autorizaciones de derribo'),
                      (412, 'árboles', '474.2', 'se restituyeron 412 árboles en el mismo predio o en el parque más cercano')],
             feedback=[
                 ('Se requiere informar cuántas denuncias se resolvieron dentro del plazo legal y en qué alcaldías se concentran.', 'retroalimentacion', '474.1', 'solicita_datos', 'SE'),
                 ('La restitución de árboles puede reportarse también en la estrategia 472, meta 472.1.', 'retroalimentacion', '474.2', 'reasignar', 'SE'),
                 ('Vecinos por el Arbolado de Coyoacán señala que la restitución en parques lejanos no compensa la pérdida de sombra en la calle afectada.', 'observacion', '474.2', 'cuestiona', 'OSC'),
             ]),
    ],
    prev_agreements=[('SEDEMA presentará el calendario de plantación del segundo semestre.', 'Cumplido'),
                     ('SOBSE informará el avance del diagnóstico de corredores.', 'Pendiente'),
                     ('La Secretaría Ejecutiva enviará a la PAOT las dudas de las organizaciones sobre denuncias.', 'Cumplido')],
    agreements=[
        A('La SOBSE presentará en la próxima sesión el avance del diagnóstico fitosanitario de la meta 472.2.', ['2019-09-26'], responsible='SOBSE', due='26/09/2019'),
        A('La PAOT compartirá con las organizaciones el formato de denuncia ciudadana en línea.', ['2019-09-06'], responsible='PAOT', due='06/09/2019'),
        A('La Secretaría Ejecutiva invitará a la Alcaldía Tlalpan a presentar su programa de comités vecinales de áreas verdes.', [], responsible='Secretaría Ejecutiva', due='Próxima sesión'),
    ],
    next_text='la Séptima Sesión Ordinaria se celebrará el jueves 26 de septiembre de 2019 a las 17:00 horas en la misma sede',
    next={'date': '2019-09-26', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='cuadro comparativo: session data, attendance, reports and agreements each set against the previous session; only the current column is gold',
))

ACTAS.append(dict(
    stem='blind-o-arbolado-07-2019-09-26', layout='O3', esp='arbolado',
    body=ARB_BODY, kind='sesión ordinaria', number=7, ordinal='Séptima', prev_ordinal='Sexta', prev_n=6,
    date='2019-09-26', dmy='26/09/2019', prev_dmy='22/08/2019', start='17:00', end='19:20', place=ARB_PLACE,
    prev_place=ARB_PLACE, prev_count=9,
    topic=None, objective=None, coordinator=ARB_COORD,
    att_cmp=ARB_ATT7, attendance=[r for r, _p, c in ARB_ATT7 if c],
    strategies=[
        dict(number=472, title=T472,
             goals=[G(*G472_1, ['En septiembre se plantaron 2,980 árboles más, para un acumulado anual de 11,030 árboles; además se instalaron 14 viveros comunitarios.'], prev=R6['472.1']),
                    G(*G472_2, ['Se concluyó el diagnóstico fitosanitario de 38 kilómetros de corredores en Calzada de Tlalpan, Insurgentes y Periférico; se identificaron 620 árboles en riesgo de caída.'], prev='No se recibió informe.')],
             variation={'472.1': '↑ 2,980 árboles', '472.2': 'Primer informe de la SOBSE'},
             figures=[(2980, 'árboles', '472.1', 'se plantaron 2,980 árboles más'),
                      (11030, 'árboles', '472.1', 'para un acumulado anual de 11,030 árboles'),
                      (14, 'viveros comunitarios', '472.1', 'se instalaron 14 viveros comunitarios'),
                      (38, 'kilómetros', '472.2', 'diagnóstico fitosanitario de 38 kilómetros de corredores'),
                      (620, 'árboles', '472.2', 'se identificaron 620 árboles en riesgo de caída')],
             feedback=[
                 ('Se reconoce el avance acumulado; se sugiere reportar la sobrevivencia de la plantación por alcaldía.', 'retroalimentacion', '472.1', 'solicita_datos', 'SE'),
                 ('La SGIRPC refiere que los árboles en riesgo de caída deben contar con su opinión técnica de riesgo antes de cualquier derribo.', 'observacion', '472.2', 'instancia', 'SGIRPC'),
             ]),
        dict(number=474, title=T474,
             goals=[G(*G474_1, ['Se recibieron 241 denuncias y se resolvieron 226 denuncias; se presentaron 9 denuncias penales ante la Fiscalía.'], prev=R6['474.1']),
                    G(*G474_2, None, 'La Alcaldía no envió informe.', prev=R6['474.2'])],
             variation={'474.1': '↓ 45 denuncias recibidas', '474.2': 'Sin informe'},
             figures=[(241, 'denuncias', '474.1', 'Se recibieron 241 denuncias'),
                      (226, 'denuncias', '474.1', 'se resolvieron 226 denuncias'),
                      (9, 'denuncias penales', '474.1', 'se presentaron 9 denuncias penales ante la Fiscalía')],
             feedback=[
                 ('Las denuncias penales no corresponden al indicador de la meta, que mide la resolución dentro del plazo legal.', 'retroalimentacion', '474.1', 'desalineado', 'SE'),
                 ('Es necesario que la Alcaldía Coyoacán asista a la sesión y entregue su informe.', 'retroalimentacion', '474.2', 'exhorta', 'SE'),
             ]),
        dict(number=476, title='Garantizar la participación vecinal en el cuidado y la gestión de las áreas verdes',
             goals=[G('476.1', 'Instalar comités vecinales de áreas verdes en los parques de escala barrial',
                      'Número de comités vecinales instalados', 'Alcaldía Tlalpan', 'ALC-TLALPAN',
                      ['Se instalaron 7 comités vecinales en parques de Tlalpan, con 96 personas integrantes.'], prev='—')],
             variation={'476.1': 'Estrategia nueva en el cuadro'},
             figures=[(7, 'comités vecinales', '476.1', 'Se instalaron 7 comités vecinales en parques de Tlalpan'),
                      (96, 'personas', '476.1', 'con 96 personas integrantes')],
             feedback=[
                 ('El indicador no permite saber si los comités siguen en operación después de instalados.', 'retroalimentacion', '476.1', 'diseno_meta', 'SE'),
                 ('Se propone que la SEDEMA capacite a los comités vecinales en el cuidado del arbolado.', 'observacion', '476.1', 'exhorta', 'UAM'),
             ]),
    ],
    prev_agreements=[('La SOBSE presentará en la próxima sesión el avance del diagnóstico fitosanitario de la meta 472.2.', 'Cumplido'),
                     ('La PAOT compartirá con las organizaciones el formato de denuncia ciudadana en línea.', 'Cumplido'),
                     ('La Secretaría Ejecutiva invitará a la Alcaldía Tlalpan a presentar su programa de comités vecinales de áreas verdes.', 'Cumplido')],
    agreements=[
        A('La SEDEMA enviará la base de datos de los sitios de plantación con sus coordenadas geográficas.', ['2019-10-11'], responsible='SEDEMA', due='11/10/2019'),
        A('La Secretaría Ejecutiva solicitará por oficio a la Alcaldía Coyoacán el informe de la meta 474.2.', ['2019-10-04'], responsible='Secretaría Ejecutiva', due='04/10/2019'),
    ],
    next_text='la Octava Sesión Ordinaria se celebrará el jueves 24 de octubre de 2019 a las 17:00 horas en la misma sede',
    next={'date': '2019-10-24', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='cuadro comparativo against the 6th session; the previous column repeats the 6th session reports and agreements (not gold here)',
))

# ================================================================ O2 bibliotecas (LibreOffice Writer .odt with frames; docx and PDF from the .odt)
BIB_BODY = 'Derecho a la Lectura y a las Bibliotecas Públicas'
BIB_PLACE = 'Casa de Cultura Jesús Reyes Heroles, Francisco Sosa 202, Coyoacán'
BIB_COORD = ('Adriana Montiel Garza', 'Coordinadora del Espacio')
CULT = 'Secretaría de Cultura del Distrito Federal'
T355 = 'Fortalecer la red de bibliotecas públicas del Distrito Federal como espacios comunitarios de acceso a la lectura'
T359 = 'Garantizar la accesibilidad de las bibliotecas públicas para las personas con discapacidad'
G355_1 = ('355.1', 'Ampliar el horario de servicio de las bibliotecas públicas delegacionales a los fines de semana',
          'Número de bibliotecas con horario de fin de semana', 'Secretaría de Cultura', 'SECULT-CDMX')
G355_2 = ('355.2', 'Renovar los acervos de las bibliotecas públicas con títulos de literatura infantil y juvenil',
          'Número de títulos nuevos incorporados a los acervos', 'Secretaría de Cultura', 'SECULT-CDMX')
G359_1 = ('359.1', 'Adquirir materiales en sistema braille, audiolibros y equipo de lectura accesible para las bibliotecas públicas',
          'Número de bibliotecas que cuentan con material accesible', 'Secretaría de Cultura', 'SECULT-CDMX')
G359_2 = ('359.2', 'Capacitar al personal bibliotecario en la atención a personas con discapacidad',
          'Número de personas bibliotecarias capacitadas', 'INDEPEDI', 'INDEPEDI')
BIB_SE = ('Tania Robles Guzmán', 'Lic.', 'Secretaría Ejecutiva del PDHDF', 'SE-PDHCDMX', SE, None)
RED = 'Red de Bibliotecas Comunitarias del Oriente'

ACTAS.append(dict(
    stem='blind-o-bibliotecas-03-2016-05-19', layout='O2', esp='bibliotecas',
    body=BIB_BODY, kind='reunión de trabajo', number=3, date='2016-05-19', date_text='Jueves 19 de mayo de 2016', start='10:30', end='13:00',
    place=BIB_PLACE, topic=None, objective=None, coordinator=BIB_COORD,
    att_groups=[
        ('Entes públicos', [
            ('Claudia Ibarra Segura', 'Mtra.', CULT, 'SECULT-CDMX', IE, None),
            ('Rodrigo Paz Anaya', 'Lic.', CULT, 'SECULT-CDMX', IE, None),
            ('Ernesto Villalobos Cruz', 'Profr.', 'Secretaría de Educación del Distrito Federal', 'SEDU', IE, None),
            ('Gerardo Lugo Benavides', 'Lic.', 'IEMS', 'IEMS', IE, None),
            ('Paola Villeda Márquez', 'Lic.', 'SEDESO', 'SEDESO', IE, None),
            ('Sandra Oviedo Rangel', 'Lic.', 'Delegación Coyoacán', 'ALC-COYOACAN', OT, None)]),
        ('Organizaciones civiles, bibliotecas comunitarias y academia', [
            ('Juana Hernández Pichardo', 'Sra.', RED, None, SC, None),
            ('Mario Alberto Ruiz Téllez', 'C.', RED, None, SC, None),
            ('Beatriz Cano Arellano', 'Lic.', 'Fundación Leamos Juntos, A.C.', None, SC, None),
            ('Arturo Escamilla Ponce', 'Dr.', 'UNAM – Dirección General de Bibliotecas', 'UNAM', OT, None)]),
        ('Secretaría Ejecutiva', [BIB_SE]),
    ],
    strategies=[
        dict(number=355, title=T355,
             goals=[G(*G355_1, ['38 bibliotecas públicas abren sábados y domingos en 9 delegaciones.', 'Se registraron 21,460 visitas en fin de semana durante el primer trimestre.']),
                    G(*G355_2, None, 'Sin reporte: la Secretaría de Cultura no entregó información de esta meta.')],
             figures=[(38, 'bibliotecas públicas', '355.1', '38 bibliotecas públicas abren sábados y domingos'),
                      (9, 'delegaciones', '355.1', 'en 9 delegaciones'),
                      (21460, 'visitas', '355.1', 'Se registraron 21,460 visitas en fin de semana')],
             feedback=[
                 ('El reporte permite medir el indicador y muestra un avance claro respecto de 2015.', 'retroalimentacion', '355.1', 'avance', 'SE'),
                 ('La Red de Bibliotecas Comunitarias cuestiona que la ampliación de horario se haga sin contratar personal bibliotecario adicional.', 'observacion', '355.1', 'cuestiona', 'Red de Bibliotecas Comunitarias del Oriente'),
                 ('Es necesario que la Secretaría de Cultura informe cuántos títulos se adquirieron y a qué bibliotecas se destinaron.', 'retroalimentacion', '355.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=357, title='Promover la lectura entre niñas, niños y jóvenes en escuelas y centros comunitarios',
             goals=[G('357.1', 'Instalar salas de lectura en los planteles de educación media superior', 'Número de salas de lectura instaladas y en funcionamiento', 'IEMS', 'IEMS',
                      ['Se instalaron 6 salas de lectura en planteles de Iztapalapa, Tlalpan y Milpa Alta.', 'Se prestaron 2,315 libros a 1,170 estudiantes.']),
                    G('357.2', 'Realizar círculos de lectura en los comedores comunitarios', 'Número de círculos de lectura realizados y de personas participantes', 'SEDESO', 'SEDESO',
                      ['Se realizaron 48 círculos de lectura en 16 comedores comunitarios.', 'Participaron 655 personas, entre ellas 410 niñas y niños.'])],
             figures=[(6, 'salas de lectura', '357.1', 'Se instalaron 6 salas de lectura'),
                      (2315, 'libros', '357.1', 'Se prestaron 2,315 libros'),
                      (1170, 'estudiantes', '357.1', 'a 1,170 estudiantes'),
                      (48, 'círculos de lectura', '357.2', 'Se realizaron 48 círculos de lectura'),
                      (16, 'comedores comunitarios', '357.2', 'en 16 comedores comunitarios'),
                      (655, 'personas', '357.2', 'Participaron 655 personas'),
                      (410, 'niñas y niños', '357.2', 'entre ellas 410 niñas y niños')],
             feedback=[
                 ('Las salas de lectura contribuyen a la meta, pero por sí solas no forman el hábito lector si no se acompañan de mediadores de lectura.', 'retroalimentacion', '357.1', 'insuficiente', 'SE'),
                 ('La SEDESO menciona que los comedores comunitarios no cuentan con espacio ni mobiliario para los círculos de lectura.', 'observacion', '357.2', 'instancia', 'SEDESO'),
             ]),
        dict(number=359, title=T359,
             goals=[G(*G359_1, ['Se entregaron 1,200 audiolibros y 340 títulos en braille a 15 bibliotecas.'])],
             figures=[(1200, 'audiolibros', '359.1', 'Se entregaron 1,200 audiolibros'),
                      (340, 'títulos', '359.1', '340 títulos en braille'),
                      (15, 'bibliotecas', '359.1', 'a 15 bibliotecas')],
             feedback=[
                 ('No hay correspondencia entre el indicador, que cuenta bibliotecas, y la meta, que habla de adquirir materiales y equipo.', 'retroalimentacion', '359.1', 'diseno_meta', 'SE'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Cultura enviará el listado de títulos adquiridos para la meta 355.2.', ['2016-06-03'], responsible='Secretaría de Cultura', due='03/06/2016'),
        A('La Secretaría Ejecutiva convocará a una mesa de trabajo con la Red de Bibliotecas Comunitarias y la Secretaría de Cultura sobre el personal bibliotecario de fin de semana.', [], responsible='Secretaría Ejecutiva', due='Por definir'),
    ],
    next_text='Jueves 16 de junio de 2016 · 10:30 h · misma sede. Se revisarán las estrategias 355 y 359.',
    next={'date': '2016-06-16', 'start_time': '10:30', 'end_time': None, 'strategies': [355, 359]},
    notes='LibreOffice Writer original (.odt): session data in a floating frame, attendance table with bullet lists per institution, reports as bullet lists, remarks tagged [speaker · meta], next meeting in a bordered frame (not an agreement)',
))

ACTAS.append(dict(
    stem='blind-o-bibliotecas-04-2016-06-16', layout='O2', esp='bibliotecas',
    body=BIB_BODY, kind='reunión de trabajo', number=4, date='2016-06-16', date_text='Jueves 16 de junio de 2016', start='10:30', end='12:45',
    place=BIB_PLACE, topic=None, objective=None, coordinator=BIB_COORD,
    att_groups=[
        ('Entes públicos', [
            ('Claudia Ibarra Segura', 'Mtra.', CULT, 'SECULT-CDMX', IE, None),
            ('Ernesto Villalobos Cruz', 'Profr.', 'Secretaría de Educación del Distrito Federal', 'SEDU', IE, None),
            ('Elena Vargas Suárez', 'Lic.', 'INDEPEDI', 'INDEPEDI', IE, None),
            ('Gerardo Lugo Benavides', 'Lic.', 'IEMS', 'IEMS', IE, None),
            ('Sandra Oviedo Rangel', 'Lic.', 'Delegación Coyoacán', 'ALC-COYOACAN', OT, None)]),
        ('Organizaciones civiles, bibliotecas comunitarias y academia', [
            ('Juana Hernández Pichardo', 'Sra.', RED, None, SC, None),
            ('Beatriz Cano Arellano', 'Lic.', 'Fundación Leamos Juntos, A.C.', None, SC, None),
            ('Rosalba Medina Quiroz', 'Lic.', 'Fundación Leamos Juntos, A.C.', None, SC, None)]),
        ('Secretaría Ejecutiva', [BIB_SE]),
    ],
    strategies=[
        dict(number=355, title=T355,
             goals=[G(*G355_1, ['41 bibliotecas públicas abren en fin de semana.', 'Se registraron 8,930 visitas en sábados y domingos durante mayo.']),
                    G(*G355_2, ['Se incorporaron 2,760 títulos de literatura infantil y juvenil.', 'Los títulos se distribuyeron en 52 bibliotecas de 11 delegaciones.'])],
             figures=[(41, 'bibliotecas públicas', '355.1', '41 bibliotecas públicas abren en fin de semana'),
                      (8930, 'visitas', '355.1', 'Se registraron 8,930 visitas en sábados y domingos'),
                      (2760, 'títulos', '355.2', 'Se incorporaron 2,760 títulos de literatura infantil y juvenil'),
                      (52, 'bibliotecas', '355.2', 'en 52 bibliotecas'),
                      (11, 'delegaciones', '355.2', 'de 11 delegaciones')],
             feedback=[
                 ('Se sugiere reportar el número de personas usuarias distintas y no sólo el número de visitas.', 'retroalimentacion', '355.1', 'solicita_datos', 'SE'),
                 ('Se reconoce que se cumplió el acuerdo de la reunión anterior con el listado de títulos adquiridos.', 'retroalimentacion', '355.2', 'avance', 'SE'),
                 ('Fundación Leamos Juntos cuestiona que la selección de títulos no se haya consultado con las bibliotecas comunitarias.', 'observacion', '355.2', 'cuestiona', 'Fundación Leamos Juntos'),
             ]),
        dict(number=359, title=T359,
             goals=[G(*G359_1, ['Se entregaron otros 180 audiolibros a 6 bibliotecas de Iztapalapa y Tláhuac.']),
                    G(*G359_2, None, 'Sin reporte: el INDEPEDI no presentó avance de esta meta.')],
             figures=[(180, 'audiolibros', '359.1', 'Se entregaron otros 180 audiolibros'),
                      (6, 'bibliotecas', '359.1', 'a 6 bibliotecas de Iztapalapa y Tláhuac')],
             feedback=[
                 ('La entrega de audiolibros podría reportarse también en la estrategia 357 como fomento a la lectura.', 'retroalimentacion', '359.1', 'reasignar', 'SE'),
                 ('El INDEPEDI refiere que el curso de atención a personas con discapacidad iniciará en julio con 40 lugares.', 'observacion', '359.2', 'instancia', 'INDEPEDI'),
             ]),
    ],
    agreements=[
        A('El INDEPEDI presentará el programa del curso de la meta 359.2.', ['2016-07-14'], responsible='INDEPEDI', due='14/07/2016'),
        A('La Secretaría de Cultura y la Red de Bibliotecas Comunitarias acordarán un mecanismo de consulta para la selección de acervos.', ['2016-06-30'], responsible='Secretaría de Cultura y Red de Bibliotecas Comunitarias', due='30/06/2016'),
    ],
    next_text='Jueves 14 de julio de 2016 · 10:30 h · misma sede. Se revisarán las estrategias 357 y 359.',
    next={'date': '2016-07-14', 'start_time': '10:30', 'end_time': None, 'strategies': [357, 359]},
    notes='LibreOffice Writer original (.odt); as -03',
))
for _a in ACTAS:
    if 'att_groups' in _a: _a['attendance'] = [r for _h, rows in _a['att_groups'] for r in rows]

# ================================================================ O4 inquilinos (WordPad .rtf: no tables, tab-aligned columns, Symbol bullets)
INQ_BODY = 'Derechos de las Personas Inquilinas y Arrendatarias'
INQ_PLACE = 'sala de juntas de la Procuraduría Social del Distrito Federal, Vallarta 13, colonia Tabacalera'
INQ_COORD = ('Jesús Arriaga Villalpando', 'Coordinador del Espacio de Participación')
FRENTE = 'Frente de Inquilinos del Centro'
ASAMB = 'Asamblea de Arrendatarios de la Doctores'
T141 = 'Prevenir los desalojos forzosos de personas inquilinas en situación de vulnerabilidad'
T143 = 'Regular el mercado de vivienda en arrendamiento para hacerlo accesible'
G141_1 = ('141.1', 'Establecer un protocolo de actuación para la ejecución de lanzamientos que garantice los derechos de las personas ocupantes',
          'Protocolo publicado y aplicado', 'TSJDF', 'TSJCDMX')
G141_2 = ('141.2', 'Ofrecer alternativas de vivienda transitoria a las familias desalojadas', 'Número de familias canalizadas a vivienda transitoria', 'INVI', 'INVI')
G143_1 = ('143.1', 'Elaborar una propuesta de reforma al Código Civil en materia de arrendamiento', 'Propuesta de reforma presentada a la Asamblea Legislativa',
          'Consejería Jurídica', 'CEJUR')
CAR = {IE: 'Ente público', OT: 'Órgano político-adm.', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}

ACTAS.append(dict(
    stem='blind-o-inquilinos-02-2015-02-11', layout='O4', esp='inquilinos',
    body=INQ_BODY, kind='sesión ordinaria', number=2, ordinal='SEGUNDA', date='2015-02-11', date_text='miércoles 11 de febrero de 2015',
    start='11:00', end='13:30', place=INQ_PLACE, topic=None, objective=None, coordinator=INQ_COORD,
    attendance=[
        ('Ricardo Zamudio Herrera', 'Lic.', 'PROSOC', 'PROSOC', IE, None),
        ('Araceli Pineda Gómez', 'Lic.', 'PROSOC', 'PROSOC', IE, None),
        ('Guillermo Esquivel Lara', 'Arq.', 'INVI', 'INVI', IE, None),
        ('Marisol Téllez Anaya', 'Lic.', 'SEDUVI', 'SEDUVI', IE, None),
        ('Octavio Ramírez Solís', 'Lic.', 'Consejería Jurídica', 'CEJUR', IE, None),
        ('Diana Cervantes Ortiz', 'Lic.', 'TSJDF', 'TSJCDMX', IE, None),
        ('Efraín Montes Rojas', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, None),
        ('Guadalupe Reyna Salas', 'C.', FRENTE, None, SC, None),
        ('Arturo Benítez Luna', 'C.', ASAMB, None, SC, None),
        ('Nadia Ferrer Campos', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=138, title='Garantizar la orientación y la asesoría jurídica gratuita a las personas inquilinas',
             goals=[G('138.1', 'Brindar asesoría jurídica gratuita en materia de arrendamiento en las oficinas desconcentradas de la Procuraduría Social',
                      'Número de asesorías otorgadas en materia de arrendamiento', 'PROSOC', 'PROSOC',
                      ['Durante 2014 se otorgaron 6,842 asesorías en materia de arrendamiento y se realizaron 315 audiencias de conciliación entre personas arrendadoras e inquilinas.']),
                    G('138.2', 'Difundir los derechos y las obligaciones de las personas inquilinas', 'Número de materiales de difusión distribuidos', 'PROSOC', 'PROSOC',
                      ['Se imprimieron y distribuyeron 20,000 trípticos y se impartieron 14 pláticas en unidades habitacionales.'])],
             figures=[(6842, 'asesorías', '138.1', 'se otorgaron 6,842 asesorías en materia de arrendamiento'),
                      (315, 'audiencias de conciliación', '138.1', 'se realizaron 315 audiencias de conciliación'),
                      (20000, 'trípticos', '138.2', 'Se imprimieron y distribuyeron 20,000 trípticos'),
                      (14, 'pláticas', '138.2', 'se impartieron 14 pláticas en unidades habitacionales')],
             feedback=[
                 ('Se reportan datos duros; sería importante desagregar las asesorías por delegación y por sexo de la persona solicitante.', 'retroalimentacion', '138.1', 'solicita_datos', 'SE'),
                 ('El Frente de Inquilinos cuestiona que los trípticos sólo se repartan en unidades habitacionales y no en las vecindades del Centro.', 'observacion', '138.2', 'cuestiona', FRENTE),
             ]),
        dict(number=141, title=T141,
             goals=[G(*G141_1, None, 'No presentó avance.'),
                    G(*G141_2, ['Se canalizaron 48 familias a vivienda transitoria y 22 familias recibieron ayuda de renta.'])],
             figures=[(48, 'familias', '141.2', 'Se canalizaron 48 familias a vivienda transitoria'),
                      (22, 'familias', '141.2', '22 familias recibieron ayuda de renta')],
             feedback=[
                 ('Es necesario que el Tribunal inicie la elaboración del protocolo para la ejecución de lanzamientos.', 'retroalimentacion', '141.1', 'exhorta', 'SE'),
                 ('Las acciones reportadas corresponden a la meta y permiten conocer el número de familias atendidas.', 'retroalimentacion', '141.2', 'avance', 'SE'),
                 ('El TSJDF refiere que la ejecución de lanzamientos corresponde a los juzgados y que el protocolo requiere un acuerdo del Consejo de la Judicatura.', 'observacion', '141.1', 'instancia', 'TSJDF'),
             ]),
        dict(number=143, title=T143,
             goals=[G(*G143_1, ['Se realizaron 3 mesas de trabajo con organizaciones de inquilinos y se integró un borrador de 42 artículos.'])],
             figures=[(3, 'mesas de trabajo', '143.1', 'Se realizaron 3 mesas de trabajo con organizaciones de inquilinos'),
                      (42, 'artículos', '143.1', 'se integró un borrador de 42 artículos')],
             feedback=[
                 ('Las mesas de trabajo contribuyen, pero por sí solas no dan cumplimiento a la meta mientras la propuesta no se presente a la Asamblea Legislativa.', 'retroalimentacion', '143.1', 'insuficiente', 'SE'),
             ]),
    ],
    agreements=[
        A('La PROSOC entregará a la Secretaría Ejecutiva las asesorías desagregadas por delegación a más tardar el 27 de febrero.', ['2015-02-27'], responsible='PROSOC'),
        A('La Consejería Jurídica compartirá el borrador de reforma con las organizaciones antes de la próxima sesión.', [], responsible='Consejería Jurídica'),
        A('Se acuerda celebrar la Tercera Sesión Ordinaria el miércoles 11 de marzo a las 11:00 hrs. en la misma sede.', ['2015-03-11'], next_session=True),
    ],
    next={'date': '2015-03-11', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='WordPad .rtf original (no tables): tab-aligned label lines and attendance columns, Symbol bullets for remarks tagged "Sobre 138.1:", typed "1)" agreements; next session is agreement 3 (year omitted)',
))

ACTAS.append(dict(
    stem='blind-o-inquilinos-03-2015-03-11', layout='O4', esp='inquilinos',
    body=INQ_BODY, kind='sesión ordinaria', number=3, ordinal='TERCERA', date='2015-03-11', date_text='miércoles 11 de marzo de 2015',
    start='11:00', end='13:15', place=INQ_PLACE, topic=None, objective=None, coordinator=INQ_COORD,
    attendance=[
        ('Ricardo Zamudio Herrera', 'Lic.', 'PROSOC', 'PROSOC', IE, None),
        ('Guillermo Esquivel Lara', 'Arq.', 'INVI', 'INVI', IE, None),
        ('Sofía Andrade Nava', 'Lic.', 'Consejería Jurídica', 'CEJUR', IE, None),
        ('Diana Cervantes Ortiz', 'Lic.', 'TSJDF', 'TSJCDMX', IE, None),
        ('Efraín Montes Rojas', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, None),
        ('Guadalupe Reyna Salas', 'C.', FRENTE, None, SC, None),
        ('Leticia Moreno Paz', 'C.', FRENTE, None, SC, None),
        ('Arturo Benítez Luna', 'C.', ASAMB, None, SC, None),
        ('Nadia Ferrer Campos', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=141, title=T141,
             goals=[G(*G141_1, ['El Tribunal instaló un grupo de trabajo con la Dirección de Ejecutores y revisó 12 expedientes de lanzamientos recientes.']),
                    G(*G141_2, ['Se canalizaron 31 familias a vivienda transitoria; 9 familias recibieron crédito del programa de vivienda en conjunto.'])],
             figures=[(12, 'expedientes', '141.1', 'revisó 12 expedientes de lanzamientos recientes'),
                      (31, 'familias', '141.2', 'Se canalizaron 31 familias a vivienda transitoria'),
                      (9, 'familias', '141.2', '9 familias recibieron crédito del programa de vivienda en conjunto')],
             feedback=[
                 ('El grupo de trabajo es un primer paso; es necesario informar cuándo se presentará el protocolo al Consejo de la Judicatura.', 'retroalimentacion', '141.1', 'solicita_datos', 'SE'),
                 ('La Asamblea de Arrendatarios cuestiona que la vivienda transitoria se ofrezca lejos de las escuelas y de los centros de trabajo de las familias.', 'observacion', '141.2', 'cuestiona', ASAMB),
             ]),
        dict(number=143, title=T143,
             goals=[G(*G143_1, ['El borrador de reforma se compartió con 5 organizaciones y se recibieron 27 observaciones.']),
                    G('143.2', 'Crear un registro público de contratos de arrendamiento', 'Registro de contratos en operación', 'SEDUVI', 'SEDUVI', None, 'Sin avance reportado; la SEDUVI no asistió.')],
             figures=[(5, 'organizaciones', '143.1', 'se compartió con 5 organizaciones'),
                      (27, 'observaciones', '143.1', 'se recibieron 27 observaciones')],
             feedback=[
                 ('Se reconoce el cumplimiento del acuerdo de compartir el borrador con las organizaciones.', 'retroalimentacion', '143.1', 'avance', 'SE'),
                 ('La meta no señala qué instancia debe operar el registro ni con qué alcance, por lo que no es posible medirla.', 'retroalimentacion', '143.2', 'diseno_meta', 'SE'),
                 ('La PROSOC señala que el registro de contratos podría operar en sus oficinas desconcentradas.', 'observacion', '143.2', 'instancia', 'PROSOC'),
             ]),
    ],
    agreements=[
        A('La Consejería Jurídica enviará la versión final del borrador con las observaciones incorporadas a más tardar el 10 de abril.', ['2015-04-10'], responsible='Consejería Jurídica'),
        A('La Secretaría Ejecutiva invitará a la SEDUVI a la próxima sesión para que informe sobre la meta 143.2.', [], responsible='Secretaría Ejecutiva'),
        A('Se acuerda celebrar la Cuarta Sesión Ordinaria el miércoles 15 de abril a las 11:00 hrs. en la misma sede.', ['2015-04-15'], next_session=True),
    ],
    next={'date': '2015-04-15', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='WordPad .rtf original; as -02',
))

# ================================================================ O5 reinsercion (LimeSurvey "print answers" of the relatoría questionnaire; Chromium)
REI_BODY = 'Derechos de las Personas Liberadas y la Reinserción Social'
REI_PLACE = 'Plataforma Zoom de la Secretaría Ejecutiva'
REI_COORD = ('Itzia Carrillo Bautista', None)
T605 = 'Facilitar la inserción laboral de las personas liberadas y preliberadas'
T608 = 'Garantizar el acompañamiento postpenitenciario a las personas liberadas y a sus familias'
T611 = 'Promover la eliminación de la discriminación por antecedentes penales'
G605_1 = ('605.1', 'Vincular a las personas liberadas con empleos formales mediante ferias y bolsas de trabajo específicas',
          'Número de personas liberadas colocadas en un empleo formal', 'STyFE', 'STYFE')
G608_2 = ('608.2', 'Incorporar a las personas liberadas en situación de calle a los albergues y programas sociales',
          'Número de personas liberadas incorporadas a programas sociales', 'SIBISO', 'SIBISO')
G611_1 = ('611.1', 'Eliminar la constancia de antecedentes penales como requisito de contratación en la administración pública de la Ciudad de México',
          'Número de dependencias que eliminaron el requisito', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
COLECT = 'Colectivo Libertad y Reintegración, A.C.'
FAMS = 'Red de Familias de Personas Privadas de la Libertad'
SECTOR_FORM = {IE: 'Instancia ejecutora', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva', OT: 'Otro (organismo autónomo, academia, alcaldía)'}

ACTAS.append(dict(
    stem='blind-o-reinsercion-08-2021-06-17', layout='O5', esp='reinsercion',
    body=REI_BODY, kind='sesión ordinaria', number=8, date='2021-06-17', dmy='17/06/2021', start='11:00', end='13:05', place=REI_PLACE,
    topic=None, objective=None, coordinator=REI_COORD, response_id=128, submitted='2021-06-18 13:47:09', modality='Virtual',
    attendance=[
        ('Héctor Salinas Ruvalcaba', None, 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, None),
        ('Karla Ontiveros Ríos', None, 'Instituto de Reinserción Social', 'SECGOB', IE, None),
        ('Luis Fernando Mejía Bravo', None, 'STyFE', 'STYFE', IE, None),
        ('Ivonne Castro Peralta', None, 'ICAT', 'ICAT', IE, None),
        ('Rebeca Juárez Mondragón', None, 'SIBISO', 'SIBISO', IE, None),
        ('Fabián Ortega Lozano', None, 'Tribunal Superior de Justicia de la CDMX', 'TSJCDMX', IE, None),
        ('Marta Elena Gil Sandoval', None, 'CDHCM', 'CDHDF', OT, None),
        ('Ana Lilia Becerra Rosas', None, COLECT, None, SC, None),
        ('Joaquín Pérez Alcántara', None, FAMS, None, SC, None),
        ('Omar Delgado Fierro', None, 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=605, title=T605,
             goals=[G(*G605_1, ['Se realizaron 4 ferias de empleo virtuales con 37 empresas participantes; 212 personas liberadas fueron entrevistadas y 64 personas obtuvieron un empleo formal.']),
                    G('605.2', 'Otorgar cursos de capacitación para el trabajo con certificación oficial a personas liberadas',
                      'Número de personas liberadas que concluyen un curso certificado', 'ICAT', 'ICAT',
                      ['El ICAT impartió 9 cursos de capacitación en oficios; 118 personas concluyeron y recibieron su constancia con validez oficial.'])],
             figures=[(4, 'ferias de empleo', '605.1', 'Se realizaron 4 ferias de empleo virtuales'),
                      (37, 'empresas', '605.1', 'con 37 empresas participantes'),
                      (212, 'personas liberadas', '605.1', '212 personas liberadas fueron entrevistadas'),
                      (64, 'personas', '605.1', '64 personas obtuvieron un empleo formal'),
                      (9, 'cursos', '605.2', 'El ICAT impartió 9 cursos de capacitación en oficios'),
                      (118, 'personas', '605.2', '118 personas concluyeron y recibieron su constancia con validez oficial')],
             feedback=[
                 ('Se reportan datos duros que permiten conocer cuántas personas obtuvieron empleo; se sugiere informar también la permanencia en el empleo a seis meses.', 'retroalimentacion', '605.1', 'solicita_datos', 'SE'),
                 ('El Colectivo cuestiona que varias de las empresas de las ferias sigan pidiendo la constancia de antecedentes penales.', 'observacion', '605.1', 'cuestiona', 'OSC'),
                 ('Los cursos contribuyen a la meta, pero por sí solos no garantizan la inserción laboral si no hay vinculación con empleadores.', 'retroalimentacion', '605.2', 'insuficiente', 'SE'),
             ]),
        dict(number=608, title=T608,
             goals=[G('608.1', 'Brindar atención psicosocial y jurídica a las personas liberadas en el Instituto de Reinserción Social',
                      'Número de personas liberadas atendidas', 'Instituto de Reinserción Social', 'SECGOB',
                      ['Se atendió a 486 personas liberadas: 302 personas recibieron atención psicológica y 184 personas asesoría jurídica para trámites de identidad.']),
                    G(*G608_2, None, 'No')],
             figures=[(486, 'personas liberadas', '608.1', 'Se atendió a 486 personas liberadas'),
                      (302, 'personas', '608.1', '302 personas recibieron atención psicológica'),
                      (184, 'personas', '608.1', '184 personas asesoría jurídica para trámites de identidad')],
             feedback=[
                 ('La atención reportada corresponde a la meta y al indicador, y muestra un avance sostenido.', 'retroalimentacion', '608.1', 'avance', 'SE'),
                 ('Es necesario que la SIBISO empiece a incorporar a las personas liberadas en situación de calle en sus programas.', 'retroalimentacion', '608.2', 'exhorta', 'SE'),
                 ('La SIBISO menciona que no cuenta con un registro que identifique a las personas liberadas dentro de su población atendida.', 'observacion', '608.2', 'instancia', 'SIBISO'),
             ]),
        dict(number=611, title=T611,
             goals=[G(*G611_1, None, 'No')],
             figures=[],
             feedback=[
                 ('Es necesario convocar a la Consejería Jurídica, que no ha asistido a ninguna sesión del Espacio, para revisar esta meta.', 'retroalimentacion', '611.1', 'proceso', 'SE'),
             ]),
    ],
    agreements=[
        A('La STyFE enviará el listado de empresas participantes en las ferias de empleo.', ['2021-07-02'], responsible='STyFE', due='02/07/2021'),
        A('La Secretaría Ejecutiva convocará a la Consejería Jurídica para la revisión de la estrategia 611.', ['2021-07-15'], responsible='Secretaría Ejecutiva', due='15/07/2021'),
    ],
    next_dmy='15/07/2021', next_modality='Virtual',
    extra_comment='Se conectaron hasta 14 dispositivos; la sesión se grabó con el consentimiento de las personas asistentes.',
    next={'date': '2021-07-15', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='LimeSurvey print-answers page (Chromium): question | answer rows, attendance as array slots, ¿presentó informe? Sí/No, submission timestamp is not the session date; next session in its own group (not an agreement)',
))

ACTAS.append(dict(
    stem='blind-o-reinsercion-09-2021-07-15', layout='O5', esp='reinsercion',
    body=REI_BODY, kind='sesión ordinaria', number=9, date='2021-07-15', dmy='15/07/2021', start='11:00', end='13:20', place=REI_PLACE,
    topic=None, objective=None, coordinator=REI_COORD, response_id=141, submitted='2021-07-19 09:12:55', modality='Virtual',
    attendance=[
        ('Héctor Salinas Ruvalcaba', None, 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE, None),
        ('Karla Ontiveros Ríos', None, 'Instituto de Reinserción Social', 'SECGOB', IE, None),
        ('Luis Fernando Mejía Bravo', None, 'STyFE', 'STYFE', IE, None),
        ('Ivonne Castro Peralta', None, 'ICAT', 'ICAT', IE, None),
        ('Rebeca Juárez Mondragón', None, 'SIBISO', 'SIBISO', IE, None),
        ('Alejandro Rivas Cano', None, 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, None),
        ('Sandra Luna Pacheco', None, 'UACM', 'UACM', OT, None),
        ('Ana Lilia Becerra Rosas', None, COLECT, None, SC, None),
        ('Joaquín Pérez Alcántara', None, FAMS, None, SC, None),
        ('Omar Delgado Fierro', None, 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, None),
    ],
    strategies=[
        dict(number=605, title=T605,
             goals=[G(*G605_1, ['En junio se colocó a 29 personas liberadas en empleos formales; 41 personas colocadas en marzo conservan su empleo.'])],
             figures=[(29, 'personas liberadas', '605.1', 'se colocó a 29 personas liberadas en empleos formales'),
                      (41, 'personas', '605.1', '41 personas colocadas en marzo conservan su empleo')],
             feedback=[
                 ('Se reconoce que se reportó la permanencia en el empleo, como se solicitó en la sesión anterior.', 'retroalimentacion', '605.1', 'avance', 'SE'),
                 ('La Red de Familias pide que las ferias de empleo también se realicen de forma presencial dentro de los centros de reinserción.', 'observacion', '605.1', 'exhorta', 'OSC'),
             ]),
        dict(number=608, title=T608,
             goals=[G(*G608_2, ['La SIBISO incorporó a 57 personas liberadas en situación de calle al programa de albergues y a 23 personas a los comedores sociales.'])],
             figures=[(57, 'personas liberadas', '608.2', 'La SIBISO incorporó a 57 personas liberadas en situación de calle al programa de albergues'),
                      (23, 'personas', '608.2', 'a 23 personas a los comedores sociales')],
             feedback=[
                 ('Es necesario precisar en qué alcaldías se ubican los albergues y cuánto tiempo permanecen en ellos las personas liberadas.', 'retroalimentacion', '608.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=611, title=T611,
             goals=[G(*G611_1, ['La Consejería Jurídica elaboró un proyecto de lineamientos para eliminar el requisito; 14 dependencias ya no lo solicitan.'])],
             figures=[(14, 'dependencias', '611.1', '14 dependencias ya no lo solicitan')],
             feedback=[
                 ('El proyecto de lineamientos es un avance, pero por sí solo no da cumplimiento a la meta mientras no se publique.', 'retroalimentacion', '611.1', 'insuficiente', 'SE'),
                 ('La Consejería Jurídica refiere que los lineamientos requieren la opinión de la Secretaría de Administración y Finanzas antes de publicarse.', 'observacion', '611.1', 'instancia', 'CEJUR'),
             ]),
    ],
    agreements=[
        A('La Consejería Jurídica compartirá el proyecto de lineamientos con las organizaciones del Espacio.', ['2021-07-30'], responsible='Consejería Jurídica', due='30/07/2021'),
        A('La STyFE y el ICAT presentarán una propuesta de feria de empleo presencial en el Centro Varonil de Reinserción Social.', ['2021-08-19'], responsible='STyFE e ICAT', due='19/08/2021'),
    ],
    next_dmy='19/08/2021', next_modality='Presencial',
    extra_comment='Primera sesión con la participación de la Consejería Jurídica; asistieron 10 personas.',
    next={'date': '2021-08-19', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='LimeSurvey print-answers page (Chromium); as -08',
))

# ================================================================ O6 linguisticos (acta published on the SE web portal, legal outline PRIMERO…SEXTO; Chromium)
LIN_BODY = 'Derechos Lingüísticos y Acceso a Intérpretes y Traductores'
LIN_PLACE = 'Sala de Juntas de la Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes, Fray Servando Teresa de Mier 198, colonia Centro'
LIN_COORD = ('Xóchitl Mireles Antúnez', 'Coordinadora del Espacio de Participación')
SEPI_N = 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes'
TSJ_N = 'Tribunal Superior de Justicia de la Ciudad de México'
FGJ_N = 'Fiscalía General de Justicia de la Ciudad de México'
COL_INT = 'Colectivo de Intérpretes y Traductores en Lenguas Indígenas, A.C.'
T524 = 'Garantizar el derecho de las personas hablantes de lenguas indígenas a contar con intérpretes y traductores en los procedimientos de justicia'
T526 = 'Garantizar el acceso a los servicios de salud y de emergencia en lenguas indígenas y en Lengua de Señas Mexicana'
G524_2 = ('524.2', 'Contar con intérpretes en lenguas indígenas desde la presentación de la denuncia ante el Ministerio Público',
          'Número de carpetas de investigación en las que se asignó persona intérprete', 'Fiscalía General de Justicia', 'PGJCDMX')
G526_1 = ('526.1', 'Brindar atención en lenguas indígenas en los hospitales de la red de la Secretaría de Salud',
          'Número de hospitales con personal intérprete o facilitador intercultural', 'Secretaría de Salud', 'SEDESA')
LIN_SE = ('Verónica Luna Téllez', 'Lic.', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE, None)

ACTAS.append(dict(
    stem='blind-o-linguisticos-10-2024-03-14', layout='O6', esp='linguisticos',
    body=LIN_BODY, kind='sesión ordinaria', number=10, ordinal='Décima', date='2024-03-14', date_words='jueves catorce de marzo de dos mil veinticuatro',
    date_meta='14 de marzo de 2024', published='2 de abril de 2024', start='11:00', start_words='las once horas', end='13:10', end_words='las trece horas con diez minutos',
    place=LIN_PLACE, topic=None, objective=None, coordinator=LIN_COORD,
    others=[('Acta de la Novena Sesión Ordinaria', '8 de febrero de 2024'), ('Acta de la Octava Sesión Ordinaria', '7 de diciembre de 2023'), ('Acta de la Séptima Sesión Ordinaria', '12 de octubre de 2023')],
    general='En asuntos generales, la SEPI informó que con motivo del Día Internacional de la Lengua Materna, el 21 de febrero, se realizaron 3 foros y una feria con 40 expositoras; la información se compartirá por correo electrónico.',
    att_groups=[
        ('Instancias ejecutoras', [
            ('Tonatiuh Ramírez Xolalpa', 'Mtro.', SEPI_N, 'SEPI', IE, None),
            ('Yolanda Hernández Cruz', 'Lic.', SEPI_N, 'SEPI', IE, None),
            ('Cecilia Paredes Luján', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, None),
            ('Benjamín Ortiz Velasco', 'Lic.', TSJ_N, 'TSJCDMX', IE, None),
            ('Margarita Sotelo Díaz', 'Lic.', FGJ_N, 'PGJCDMX', IE, None),
            ('Raúl Bautista Nájera', 'Ing.', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano (C5)', 'LOCATEL', IE, None),
            ('Laura Itzel Campos Reyes', 'Mtra.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, None)]),
        ('Otras instituciones', [
            ('Isaac Martínez Chávez', 'Lic.', 'Instituto Nacional de Lenguas Indígenas (INALI)', 'INALI', OT, None),
            ('Fernanda Solano Ruiz', 'Dra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, None)]),
        ('Sociedad civil', [
            ('Abigail Santiago López', 'C.', COL_INT, None, SC, None),
            ('Julián Mendoza Pérez', 'C.', COL_INT, None, SC, None),
            ('Diego Herrera Nava', 'C.', 'Comunidad Sorda Unida, A.C.', None, SC, None)]),
        ('Secretaría Ejecutiva', [LIN_SE]),
    ],
    strategies=[
        dict(number=524, title=T524,
             goals=[G('524.1', 'Asignar personas intérpretes certificadas en lenguas indígenas en todas las audiencias en que participen personas hablantes',
                      'Porcentaje de audiencias con persona intérprete certificada respecto del total de audiencias con personas hablantes de lenguas indígenas',
                      'Tribunal Superior de Justicia', 'TSJCDMX',
                      ['En 2023 se celebraron 214 audiencias con personas hablantes de lenguas indígenas; en 189 audiencias se contó con intérprete certificado, principalmente en náhuatl, mixteco, mazateco y otomí.']),
                    G(*G524_2, ['Se asignó intérprete en 97 carpetas de investigación; la Fiscalía cuenta con un padrón de 46 personas intérpretes en 19 lenguas.'])],
             figures=[(214, 'audiencias', '524.1', 'En 2023 se celebraron 214 audiencias con personas hablantes de lenguas indígenas'),
                      (189, 'audiencias', '524.1', 'en 189 audiencias se contó con intérprete certificado'),
                      (97, 'carpetas de investigación', '524.2', 'Se asignó intérprete en 97 carpetas de investigación'),
                      (46, 'personas intérpretes', '524.2', 'un padrón de 46 personas intérpretes'),
                      (19, 'lenguas', '524.2', 'en 19 lenguas')],
             feedback=[
                 ('Se reportan datos duros que permiten calcular el indicador; se observa una cobertura cercana al noventa por ciento de las audiencias.', 'retroalimentacion', '524.1', 'avance', 'SE'),
                 ('El Colectivo de Intérpretes cuestiona que las personas intérpretes reciban el pago de sus honorarios con meses de retraso, lo que desalienta su participación.', 'observacion', '524.1', 'cuestiona', 'OSC'),
                 ('Es necesario desagregar las carpetas por lengua y por delito, y señalar en cuántas la persona intérprete estuvo presente desde la primera declaración.', 'retroalimentacion', '524.2', 'solicita_datos', 'SE'),
             ]),
        dict(number=526, title=T526,
             goals=[G(*G526_1, None, 'No se recibió informe de la instancia.'),
                    G('526.2', 'Atender llamadas de emergencia en Lengua de Señas Mexicana mediante videollamada',
                      'Número de llamadas de emergencia atendidas en Lengua de Señas Mexicana', 'C5', 'LOCATEL',
                      ['El servicio de videollamada del 911 atendió 1,356 llamadas en Lengua de Señas Mexicana y se capacitó a 24 operadoras y operadores.'])],
             figures=[(1356, 'llamadas', '526.2', 'atendió 1,356 llamadas en Lengua de Señas Mexicana'),
                      (24, 'operadoras y operadores', '526.2', 'se capacitó a 24 operadoras y operadores')],
             feedback=[
                 ('Es necesario que quien asista al Espacio por parte de la Secretaría de Salud cuente con la información de los hospitales para poder retroalimentar la meta.', 'retroalimentacion', '526.1', 'proceso', 'SE'),
                 ('La Secretaría de Salud refiere que su informe se encuentra en revisión de su área jurídica y que lo remitirá en la semana.', 'observacion', '526.1', 'instancia', 'SEDESA'),
                 ('Comunidad Sorda Unida pide conocer el horario del servicio y cuántas llamadas quedaron sin atender.', 'observacion', '526.2', 'solicita_datos', 'OSC'),
             ]),
    ],
    agreements=[
        A('La Secretaría de Salud enviará su informe de la meta 526.1 a la Secretaría Ejecutiva a más tardar el veintidós de marzo de dos mil veinticuatro.', ['2024-03-22'], responsible='Secretaría de Salud'),
        A('La Secretaría Ejecutiva y el Tribunal Superior de Justicia organizarán una mesa de trabajo sobre el pago de honorarios a las personas intérpretes de la estrategia 524.', [], responsible='Secretaría Ejecutiva y el Tribunal Superior de Justicia'),
        A('La Undécima Sesión Ordinaria se celebrará el jueves once de abril de dos mil veinticuatro a las once horas, en la misma sede.', ['2024-04-11'], next_session=True),
    ],
    next={'date': '2024-04-11', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='acta published as a web page of the SE portal (Chromium): breadcrumb, metadata box with publication date, sidebar with other actas and their dates; legal outline PRIMERO…SEXTO, goals I./II. with a)–e); date and times in words in the opening; agreements coded "ACUERDO 10/01."; next session is the last agreement, date in words',
))

ACTAS.append(dict(
    stem='blind-o-linguisticos-11-2024-04-11', layout='O6', esp='linguisticos',
    body=LIN_BODY, kind='sesión ordinaria', number=11, ordinal='Undécima', date='2024-04-11', date_words='jueves once de abril de dos mil veinticuatro',
    date_meta='11 de abril de 2024', published='29 de abril de 2024', start='11:15', start_words='las once horas con quince minutos', end='13:40', end_words='las trece horas con cuarenta minutos',
    place=LIN_PLACE, topic=None, objective=None, coordinator=LIN_COORD,
    others=[('Acta de la Décima Sesión Ordinaria', '14 de marzo de 2024'), ('Acta de la Novena Sesión Ordinaria', '8 de febrero de 2024'), ('Acta de la Octava Sesión Ordinaria', '7 de diciembre de 2023')],
    general='En asuntos generales, el INALI invitó al diplomado de formación de intérpretes que iniciará el 6 de mayo, con 35 lugares para personas hablantes de la Ciudad de México.',
    att_groups=[
        ('Instancias ejecutoras', [
            ('Tonatiuh Ramírez Xolalpa', 'Mtro.', SEPI_N, 'SEPI', IE, None),
            ('Cecilia Paredes Luján', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, None),
            ('Benjamín Ortiz Velasco', 'Lic.', TSJ_N, 'TSJCDMX', IE, None),
            ('Margarita Sotelo Díaz', 'Lic.', FGJ_N, 'PGJCDMX', IE, None),
            ('Laura Itzel Campos Reyes', 'Mtra.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, None),
            ('Gonzalo Rea Meza', 'Lic.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', IE, None)]),
        ('Otras instituciones', [
            ('Isaac Martínez Chávez', 'Lic.', 'Instituto Nacional de Lenguas Indígenas (INALI)', 'INALI', OT, None)]),
        ('Sociedad civil', [
            ('Abigail Santiago López', 'C.', COL_INT, None, SC, None),
            ('Julián Mendoza Pérez', 'C.', COL_INT, None, SC, None)]),
        ('Secretaría Ejecutiva', [LIN_SE]),
    ],
    strategies=[
        dict(number=524, title=T524,
             goals=[G(*G524_2, ['En el primer trimestre se asignó intérprete en 31 carpetas de investigación y se incorporaron 8 personas intérpretes al padrón.'])],
             figures=[(31, 'carpetas de investigación', '524.2', 'se asignó intérprete en 31 carpetas de investigación'),
                      (8, 'personas intérpretes', '524.2', 'se incorporaron 8 personas intérpretes al padrón')],
             feedback=[
                 ('Se reconoce el crecimiento del padrón; las carpetas reportadas permiten dar seguimiento al indicador.', 'retroalimentacion', '524.2', 'avance', 'SE'),
                 ('La Fiscalía menciona que la falta de intérpretes en lenguas de menor presencia, como el triqui y el tsotsil, retrasa las diligencias.', 'observacion', '524.2', 'instancia', 'FGJ'),
             ]),
        dict(number=526, title=T526,
             goals=[G(*G526_1, ['Se contrataron 6 personas facilitadoras interculturales para 4 hospitales generales y se atendió en lengua indígena a 273 personas usuarias.'])],
             figures=[(6, 'personas facilitadoras interculturales', '526.1', 'Se contrataron 6 personas facilitadoras interculturales'),
                      (4, 'hospitales generales', '526.1', 'para 4 hospitales generales'),
                      (273, 'personas usuarias', '526.1', 'se atendió en lengua indígena a 273 personas usuarias')],
             feedback=[
                 ('La contratación de personas facilitadoras contribuye a la meta, pero por sí sola no garantiza la atención en todos los hospitales de la red.', 'retroalimentacion', '526.1', 'insuficiente', 'SE'),
             ]),
        dict(number=529, title='Promover el uso, la enseñanza y la difusión de las lenguas indígenas en la Ciudad de México',
             goals=[G('529.1', 'Ofrecer cursos gratuitos de lenguas indígenas en los PILARES', 'Número de personas inscritas en cursos de lenguas indígenas',
                      'SECTEI', 'SEDU',
                      ['Se abrieron 38 grupos de náhuatl, mixteco, otomí y mazahua en 21 PILARES, con 612 personas inscritas; también se abrieron 5 grupos de inglés.']),
                    G('529.2', 'Producir materiales de difusión de derechos en lenguas indígenas', 'Número de materiales producidos por lengua', 'SEPI', 'SEPI',
                      None, 'La instancia no presentó informe.')],
             figures=[(38, 'grupos', '529.1', 'Se abrieron 38 grupos de náhuatl, mixteco, otomí y mazahua'),
                      (21, 'pilares', '529.1', 'en 21 PILARES'),
                      (612, 'personas', '529.1', 'con 612 personas inscritas'),
                      (5, 'grupos', '529.1', 'también se abrieron 5 grupos de inglés')],
             feedback=[
                 ('Se recomienda omitir del informe los grupos de inglés, que no corresponden a la meta.', 'retroalimentacion', '529.1', 'desalineado', 'SE'),
                 ('El Colectivo de Intérpretes exhorta a la SEPI a publicar los materiales en lenguas indígenas antes del periodo vacacional.', 'observacion', '529.2', 'exhorta', 'OSC'),
             ]),
    ],
    agreements=[
        A('La SEPI presentará los materiales de difusión de la meta 529.2 en la siguiente sesión.', [], responsible='SEPI'),
        A('La Fiscalía General de Justicia enviará el listado de lenguas sin persona intérprete en su padrón a más tardar el treinta de abril de dos mil veinticuatro.', ['2024-04-30'], responsible='Fiscalía General de Justicia'),
        A('La Duodécima Sesión Ordinaria se celebrará el jueves dieciséis de mayo de dos mil veinticuatro a las once horas, en la misma sede.', ['2024-05-16'], next_session=True),
    ],
    next={'date': '2024-05-16', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='web portal acta (Chromium); as -10',
))
for _a in ACTAS:
    if 'att_groups' in _a: _a['attendance'] = [r for _h, rows in _a['att_groups'] for r in rows]
