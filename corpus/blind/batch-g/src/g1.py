"""Layout BG1 - Movilidad 2019 (sessions No. 07 and No. 08).

House style of a transport secretariat: cover page (no header on it), running header and
footer with a PAGE field on the other pages, attendance as one No. | Nombre | Cargo |
Institución table with shaded full-width sector band rows, one table per strategy with one
row per goal and an "Estatus" column in words, feedback as a separate Comentarios table
(Meta | Participante | Tipo | Comentario), agreements as No. | Acuerdo | Responsable | Plazo.
"""
from model import A, G, F, S, AG, by_sector, fb_for
from wml import p, cell, table, sect_pr, page_break, write_docx

BODY = 'Derecho a la Movilidad'
KIND = 'sesión ordinaria'
COORD = {'name': 'Mtra. Gabriela Orozco Lima', 'role': 'Coordinadora del Espacio de Participación del Derecho a la Movilidad'}

ACTAS = []

# ---------------------------------------------------------------- session 07
ACTAS.append({
    'stem': 'blind-g-movilidad-7-2019-10-17', 'layout': 'BG1',
    'notes': 'cover page; "No. 07"; date 17/10/2019 on the cover; sector band rows; Estatus words; comments table with who said it; agreements table with Plazo (plazo dates kept in dates)',
    'no': '07', 'date_num': '17/10/2019', 'hora': '10:00 h',
    'session': {'body': BODY, 'number': 7, 'kind': KIND, 'date': '2019-10-17', 'start_time': '10:00',
                'place': 'Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269, col. Roma Norte, alcaldía Cuauhtémoc',
                'topic': None,
                'objective': 'Revisar el avance reportado de las estrategias 412 y 413 del PDHCDMX'},
    'coordinator': COORD,
    'attendance': [
        A('Ing. Raúl Castañeda Ibarra', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', 'instancia_ejecutora', 'Subgerente de Accesibilidad'),
        A('Lic. Sofía Landeros Paz', 'Secretaría de Movilidad', 'SEMOVI', 'instancia_ejecutora', 'Enlace de Derechos Humanos'),
        A('Mtro. Héctor Villaseñor Ruiz', 'Metrobús', 'METROBUS', 'instancia_ejecutora', 'Jefe de la Unidad de Capacitación'),
        A('Lic. Daniela Ocampo Reyes', 'SSC – Subsecretaría de Control de Tránsito', 'SSPCDMX', 'instancia_ejecutora', 'Subdirectora de Ingeniería Vial'),
        A('Arq. Tomás Béjar Lozano', 'Secretaría de Obras y Servicios', 'SOBSE', 'instancia_ejecutora', 'Director de Proyectos'),
        A('C. Irma Gutiérrez Nava', 'Organismo Regulador de Transporte', None, 'instancia_ejecutora', 'Apoyo técnico'),
        A('Mtra. Paola Sandoval Ríos', 'Libre Acceso A.C.', None, 'sociedad_civil', 'Coordinadora de proyectos'),
        A('Lic. Andrés Mena Cuevas', 'Liga Peatonal', None, 'sociedad_civil', 'Investigador'),
        A('C. Lucía Rendón Olvera', 'Céntrico A.C.', None, 'sociedad_civil', 'Integrante'),
        A('Lic. Marco Antonio Téllez Suárez', 'Secretaría Ejecutiva del MSyE del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'orden': ['Registro de asistencia y verificación del quórum.', 'Lectura y aprobación del orden del día.',
              'Revisión del avance de las estrategias 412 y 413.', 'Acuerdos y asuntos generales.'],
    'strategies': [
        S(412, 'Garantizar la accesibilidad universal en el sistema integrado de transporte público de la Ciudad de México.', [
            G('412.1', 'Se incrementa el número de estaciones con elementos de accesibilidad universal.',
              'Número de estaciones adecuadas respecto del total de estaciones del sistema.',
              'STC Metro', 'STC-METRO',
              ['Durante el primer semestre de 2019 se concluyó la instalación de elevadores en 6 estaciones de la Línea 12 y de la Línea 3.',
               'Se colocaron 1,254 metros de guía podotáctil en andenes y pasillos de correspondencia. Actualmente 71 estaciones cuentan con al menos un elemento de accesibilidad universal.'],
              [(6, 'estaciones', 'Durante el primer semestre de 2019 se concluyó la instalación de elevadores en 6 estaciones de la Línea 12 y de la Línea 3.'),
               (1254, 'metros', 'Se colocaron 1,254 metros de guía podotáctil en andenes y pasillos de correspondencia.'),
               (71, 'estaciones', 'Actualmente 71 estaciones cuentan con al menos un elemento de accesibilidad universal.')]),
            G('412.2', 'Se emiten lineamientos de accesibilidad para el transporte público concesionado.',
              'Lineamientos publicados en la Gaceta Oficial de la Ciudad de México.',
              'SEMOVI', 'SEMOVI', None),
            G('412.3', 'Se capacita al personal operativo en la atención a personas usuarias con discapacidad.',
              'Porcentaje del personal operativo capacitado respecto del total.',
              'Metrobús', 'METROBUS',
              ['Se impartió el curso “Trato digno a personas usuarias con discapacidad” a 318 personas operadoras de todas las líneas del sistema, de las cuales 41 son mujeres.'],
              [(318, 'personas', 'Se impartió el curso “Trato digno a personas usuarias con discapacidad” a 318 personas operadoras de todas las líneas del sistema, de las cuales 41 son mujeres.'),
               (41, 'mujeres', 'Se impartió el curso “Trato digno a personas usuarias con discapacidad” a 318 personas operadoras de todas las líneas del sistema, de las cuales 41 son mujeres.')]),
        ], [
            F('412.1', 'avance', 'retroalimentacion', 'Se reconoce el avance en la instalación de elevadores; el reporte con datos por estación permite dar seguimiento a la meta.', 'Mtra. Paola Sandoval Ríos (Libre Acceso A.C.)'),
            F('412.1', 'solicita_datos', 'retroalimentacion', 'Es necesario informar cuántas de las 71 estaciones cuentan con accesibilidad completa y no solo con un elemento aislado, así como el número de elevadores que se encuentran en operación.', 'Secretaría Ejecutiva'),
            F('412.2', 'exhorta', 'retroalimentacion', 'Se exhorta a la SEMOVI a iniciar la elaboración de los lineamientos de accesibilidad para el transporte concesionado, ya que la meta no registra acciones desde 2017.', 'Secretaría Ejecutiva'),
            F('412.3', 'insuficiente', 'retroalimentacion', 'El curso abona a la meta, pero por sí solo no da cumplimiento a ella, pues el indicador mide el porcentaje del personal operativo capacitado y no se informa el total de personas operadoras.', 'C. Lucía Rendón Olvera (Céntrico A.C.)'),
            F('412.3', 'instancia', 'observacion', 'Metrobús señala que la capacitación depende de los horarios de las empresas operadoras y solicita a la Secretaría Ejecutiva apoyo para convocarlas.', 'Mtro. Héctor Villaseñor Ruiz (Metrobús)'),
        ]),
        S(413, 'Reducir los hechos de tránsito con víctimas en las vías primarias de la ciudad.', [
            G('413.1', 'Se implementan operativos de seguridad vial en los 20 cruceros con mayor índice de hechos de tránsito.',
              'Número de operativos realizados en cruceros prioritarios.',
              'SSC – Subsecretaría de Control de Tránsito', 'SSPCDMX',
              ['La Subsecretaría de Control de Tránsito realizó 86 operativos de seguridad vial en cruceros prioritarios, en los que se infraccionó a 2,430 conductores por no respetar el paso peatonal.',
               'Asimismo, se colocaron 14 señalamientos de velocidad máxima en Calzada Ignacio Zaragoza.'],
              [(86, 'operativos', 'La Subsecretaría de Control de Tránsito realizó 86 operativos de seguridad vial en cruceros prioritarios, en los que se infraccionó a 2,430 conductores por no respetar el paso peatonal.'),
               (2430, 'conductores', 'La Subsecretaría de Control de Tránsito realizó 86 operativos de seguridad vial en cruceros prioritarios, en los que se infraccionó a 2,430 conductores por no respetar el paso peatonal.'),
               (14, 'señalamientos', 'Asimismo, se colocaron 14 señalamientos de velocidad máxima en Calzada Ignacio Zaragoza.')]),
            G('413.2', 'Se intervienen intersecciones conflictivas con criterios de calle completa.',
              'Número de intersecciones intervenidas.',
              'Secretaría de Obras y Servicios', 'SOBSE',
              ['Se concluyeron los trabajos de reconstrucción de 9 intersecciones en Calzada de Tlalpan y Eje Central con criterios de calle completa, que incluyeron la reconstrucción de banquetas y rampas.'],
              [(9, 'intersecciones', 'Se concluyeron los trabajos de reconstrucción de 9 intersecciones en Calzada de Tlalpan y Eje Central con criterios de calle completa, que incluyeron la reconstrucción de banquetas y rampas.')]),
        ], [
            F('413.1', 'cuestiona', 'retroalimentacion', 'La sociedad civil cuestiona que los operativos se centren en sancionar a conductores y no en rediseñar los cruceros, que es donde se originan los hechos de tránsito.', 'Lic. Andrés Mena Cuevas (Liga Peatonal)'),
            F('413.1', 'diseno_meta', 'retroalimentacion', 'No hay correspondencia entre la meta, que se refiere a 20 cruceros, y el indicador, que solo cuenta operativos sin relacionarlos con la reducción de víctimas.', 'Secretaría Ejecutiva'),
            F('413.2', 'reasignar', 'retroalimentacion', 'La reconstrucción de banquetas y rampas puede enmarcarse en la estrategia 415, meta 415.2.', 'Secretaría Ejecutiva'),
            F('413.2', 'proceso', 'observacion', 'La SSC propone que a las sesiones acuda también personal de la SOBSE con capacidad de decisión sobre el programa de intersecciones.', 'Lic. Daniela Ocampo Reyes (SSC)'),
        ]),
    ],
    'agreements': [
        AG('Celebrar la Sesión Ordinaria No. 08 el jueves 21 de noviembre de 2019, de 10:00 a 13:00 horas, en la que se revisarán las estrategias 415 y 418.',
           ['2019-11-21'], [415, 418], 'Secretaría Ejecutiva', '21/11/2019'),
        AG('La SEMOVI remitirá a la Secretaría Ejecutiva el estado que guarda la elaboración de los lineamientos de accesibilidad de la meta 412.2.',
           ['2019-11-15'], [412], 'SEMOVI', '15/11/2019'),
        AG('La Secretaría Ejecutiva enviará a las instancias la matriz de retroalimentación de las estrategias 412 y 413.',
           ['2019-10-31'], [412, 413], 'Secretaría Ejecutiva', '31/10/2019'),
        AG('Metrobús y la Secretaría Ejecutiva convocarán a las empresas operadoras a una mesa de trabajo sobre capacitación.',
           [], [], 'Metrobús / Secretaría Ejecutiva', 'Permanente'),
    ],
    'next_session': {'date': '2019-11-21', 'start_time': '10:00', 'end_time': '13:00', 'strategies': [415, 418]},
})

# ---------------------------------------------------------------- session 08
ACTAS.append({
    'stem': 'blind-g-movilidad-8-2019-11-21', 'layout': 'BG1',
    'notes': 'cover page; "No. 08"; date 21/11/2019; 415 partial (two alcaldías not reported); next session in January of the next year',
    'no': '08', 'date_num': '21/11/2019', 'hora': '10:15 h',
    'session': {'body': BODY, 'number': 8, 'kind': KIND, 'date': '2019-11-21', 'start_time': '10:15',
                'place': 'Sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269, col. Roma Norte, alcaldía Cuauhtémoc',
                'topic': None,
                'objective': 'Revisar el avance reportado de las estrategias 415 y 418 del PDHCDMX'},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Sofía Landeros Paz', 'Secretaría de Movilidad', 'SEMOVI', 'instancia_ejecutora', 'Enlace de Derechos Humanos'),
        A('Ing. Julián Arreola Campos', 'SEMOVI – Dirección General de Planeación y Políticas', 'SEMOVI', 'instancia_ejecutora', 'Subdirector de Infraestructura Ciclista'),
        A('Lic. Verónica Salgado Muñiz', 'Red de Transporte de Pasajeros', 'RTP', 'instancia_ejecutora', 'Gerente de Atención a Usuarios'),
        A('Mtra. Elena Fuentes Carrillo', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', 'instancia_ejecutora', 'Directora de Prevención de la Violencia'),
        A('Lic. Rodrigo Ávalos Sierra', 'Alcaldía Coyoacán', 'ALC-COYOACAN', 'instancia_ejecutora', 'Jefe de Unidad de Movilidad'),
        A('C. Irma Gutiérrez Nava', 'Organismo Regulador de Transporte', None, 'instancia_ejecutora', 'Apoyo técnico'),
        A('Mtra. Paola Sandoval Ríos', 'Libre Acceso A.C.', None, 'sociedad_civil', 'Coordinadora de proyectos'),
        A('Lic. Karla Benítez Ochoa', 'ITDP México', None, 'sociedad_civil', 'Analista de políticas públicas'),
        A('C. Emiliano Rosas Díaz', 'Bicitekas A.C.', None, 'sociedad_civil', 'Integrante'),
        A('C. Mariana Quiroz Tapia', 'Colectiva Viajemos Seguras', None, 'sociedad_civil', 'Integrante'),
        A('Lic. Marco Antonio Téllez Suárez', 'Secretaría Ejecutiva del MSyE del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'orden': ['Registro de asistencia.', 'Seguimiento de acuerdos de la sesión No. 07.',
              'Revisión del avance de las estrategias 415 y 418.', 'Acuerdos.'],
    'strategies': [
        S(415, 'Fomentar la movilidad no motorizada y la intermodalidad en condiciones de seguridad.', [
            G('415.1', 'Se amplía la red de infraestructura ciclista segura.',
              'Kilómetros de infraestructura ciclista construidos.',
              'SEMOVI – Dirección General de Planeación y Políticas', 'SEMOVI',
              ['Durante el periodo se construyeron 54 kilómetros de infraestructura ciclista confinada en 5 alcaldías.',
               'El sistema de bicicletas públicas registró 36,832 viajes diarios en promedio durante octubre.'],
              [(54, 'kilómetros', 'Durante el periodo se construyeron 54 kilómetros de infraestructura ciclista confinada en 5 alcaldías.'),
               (5, 'alcaldías', 'Durante el periodo se construyeron 54 kilómetros de infraestructura ciclista confinada en 5 alcaldías.'),
               (36832, 'viajes', 'El sistema de bicicletas públicas registró 36,832 viajes diarios en promedio durante octubre.')]),
            G('415.2', 'Se rehabilitan banquetas y cruces peatonales en corredores de alta afluencia.',
              'Metros cuadrados de banqueta rehabilitada.',
              'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', None),
            G('415.3', 'Se instalan biciestacionamientos en centros de transferencia modal.',
              'Número de biciestacionamientos instalados.',
              'Alcaldía Coyoacán', 'ALC-COYOACAN', None),
        ], [
            F('415.1', 'avance', 'retroalimentacion', 'Se reportan datos duros de kilómetros construidos, lo que permite conocer el avance de la meta.', 'Lic. Karla Benítez Ochoa (ITDP México)'),
            F('415.1', 'solicita_datos', 'retroalimentacion', 'Se solicita desagregar los kilómetros por alcaldía e informar cuántos corresponden a vías primarias.', 'C. Emiliano Rosas Díaz (Bicitekas A.C.)'),
            F('415.2', 'exhorta', 'retroalimentacion', 'Es necesario que la Alcaldía Cuauhtémoc comience a reportar acciones de rehabilitación de banquetas, pues la meta no registra avance.', 'Secretaría Ejecutiva'),
            F('415.3', 'instancia', 'observacion', 'La Alcaldía Coyoacán refiere que la meta no le corresponde, ya que los biciestacionamientos masivos son responsabilidad de la SEMOVI.', 'Lic. Rodrigo Ávalos Sierra (Alcaldía Coyoacán)'),
        ]),
        S(418, 'Prevenir y atender el acoso sexual contra mujeres y niñas en el transporte público.', [
            G('418.1', 'Se opera el servicio exclusivo para mujeres en todas las rutas de alta demanda.',
              'Número de unidades del servicio exclusivo en operación.',
              'Red de Transporte de Pasajeros', 'RTP',
              ['Actualmente operan 103 unidades del servicio Atenea en 34 rutas, que transportaron a 1,254,300 usuarias entre julio y septiembre.',
               'La flota total del organismo es de 1,347 autobuses.'],
              [(103, 'unidades', 'Actualmente operan 103 unidades del servicio Atenea en 34 rutas, que transportaron a 1,254,300 usuarias entre julio y septiembre.'),
               (34, 'rutas', 'Actualmente operan 103 unidades del servicio Atenea en 34 rutas, que transportaron a 1,254,300 usuarias entre julio y septiembre.'),
               (1254300, 'usuarias', 'Actualmente operan 103 unidades del servicio Atenea en 34 rutas, que transportaron a 1,254,300 usuarias entre julio y septiembre.'),
               (1347, 'autobuses', 'La flota total del organismo es de 1,347 autobuses.')]),
            G('418.2', 'Se instalan módulos de atención a víctimas de violencia sexual en estaciones del Metro.',
              'Número de módulos instalados y de personas atendidas.',
              'Secretaría de las Mujeres', 'INMUJERES-CDMX',
              ['Los 5 módulos “Viaja Segura” instalados en estaciones del Metro atendieron a 712 personas, de las cuales 688 fueron mujeres; se canalizaron 96 casos a la Fiscalía.'],
              [(5, 'módulos', 'Los 5 módulos “Viaja Segura” instalados en estaciones del Metro atendieron a 712 personas, de las cuales 688 fueron mujeres; se canalizaron 96 casos a la Fiscalía.'),
               (712, 'personas', 'Los 5 módulos “Viaja Segura” instalados en estaciones del Metro atendieron a 712 personas, de las cuales 688 fueron mujeres; se canalizaron 96 casos a la Fiscalía.'),
               (688, 'mujeres', 'Los 5 módulos “Viaja Segura” instalados en estaciones del Metro atendieron a 712 personas, de las cuales 688 fueron mujeres; se canalizaron 96 casos a la Fiscalía.'),
               (96, 'casos', 'Los 5 módulos “Viaja Segura” instalados en estaciones del Metro atendieron a 712 personas, de las cuales 688 fueron mujeres; se canalizaron 96 casos a la Fiscalía.')]),
        ], [
            F('418.1', 'desalineado', 'retroalimentacion', 'Lo que se reporta sobre la flota total no corresponde a la meta; se recomienda omitir las unidades que no prestan el servicio exclusivo.', 'Secretaría Ejecutiva'),
            F('418.2', 'cuestiona', 'retroalimentacion', 'Se cuestiona que la atención se limite a canalizar casos a la Fiscalía sin dar seguimiento a las denuncias de las usuarias.', 'C. Mariana Quiroz Tapia (Colectiva Viajemos Seguras)'),
            F('418.2', 'proceso', 'observacion', 'Sería oportuno que a la próxima sesión asista personal del Metro, pues los módulos operan en sus instalaciones.', 'Mtra. Elena Fuentes Carrillo (Secretaría de las Mujeres)'),
        ]),
    ],
    'agreements': [
        AG('La siguiente sesión ordinaria se realizará el 23 de enero de 2020 a las 10:00 horas para dar seguimiento a las estrategias 412 y 416.',
           ['2020-01-23'], [412, 416], 'Secretaría Ejecutiva', '23/01/2020'),
        AG('La Alcaldía Cuauhtémoc informará por escrito los avances de la meta 415.2.',
           ['2019-12-13'], [415], 'Alcaldía Cuauhtémoc', '13/12/2019'),
        AG('La Secretaría Ejecutiva invitará al STC Metro a la próxima sesión.', [], [], 'Secretaría Ejecutiva',
           'Antes de la próxima sesión'),
    ],
    'next_session': {'date': '2020-01-23', 'start_time': '10:00', 'end_time': None, 'strategies': [412, 416]},
})

SHADE = 'D9E2F3'
W = 9638  # text width (A4, 2 cm margins)


def _hp(text, bold=True, size_style='Small'):
    return p([('b', text)] if bold else [text], style=size_style)


def render(acta, path):
    ss = acta['session']
    body = []
    # cover page
    body += [p('', before=1800),
             p([('b', 'PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO')], align='center'),
             p('Mecanismo de Seguimiento y Evaluación', align='center', after=1200),
             p('ACTA DE LA SESIÓN ORDINARIA No. %s' % acta['no'], style='Title'),
             p([('b', 'ESPACIO DE PARTICIPACIÓN DEL DERECHO A LA MOVILIDAD')], align='center', after=1600),
             p(['Fecha:\t', acta['date_num']], ind=(2880,)),
             p(['Hora:\t', acta['hora']], ind=(2880,)),
             p(['Lugar:\t', ss['place']], ind=(2880, 1440)),
             page_break()]
    # 1. asistencia
    body.append(p('1. LISTA DE ASISTENCIA', style='Heading1'))
    body.append(p('Objetivo de la sesión: ' + ss['objective'] + '.'))
    widths = [600, 3000, 2900, 3138]
    rows = [[cell(_hp('No.'), widths[0], shade=SHADE), cell(_hp('Nombre'), widths[1], shade=SHADE),
             cell(_hp('Cargo'), widths[2], shade=SHADE), cell(_hp('Institución'), widths[3], shade=SHADE)]]
    n = 0
    for sector, label in (('instancia_ejecutora', 'INSTANCIAS EJECUTORAS'), ('sociedad_civil', 'SOCIEDAD CIVIL'),
                          ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA')):
        people = by_sector(acta['attendance'], sector)
        if not people:
            continue
        rows.append([cell(_hp(label), sum(widths), span=4, shade='F2F2F2')])
        for a in people:
            n += 1
            rows.append([cell(p(str(n), style='Small'), widths[0]), cell(p(a['name'], style='Small'), widths[1]),
                         cell(p(a['post'], style='Small'), widths[2]), cell(p(a['institution'], style='Small'), widths[3])])
    body.append(table(rows, widths, header_rows=1))
    # 2. orden del día
    body.append(p('2. ORDEN DEL DÍA', style='Heading1'))
    for i, item in enumerate(acta['orden'], 1):
        body.append(p('%d.%s' % (i, '\t' + item), ind=(720, 360)))
    # 3. estrategias
    body.append(p('3. REVISIÓN DEL AVANCE DE ESTRATEGIAS', style='Heading1'))
    for s in acta['strategies']:
        gw = [1900, 1900, 1300, 1000, 3538]
        rows = [[cell(p([('b', 'Estrategia %d. ' % s['number']), s['title']], style='Small'), W, span=5, shade=SHADE)],
                [cell(_hp('Meta'), gw[0], shade='F2F2F2'), cell(_hp('Indicador'), gw[1], shade='F2F2F2'),
                 cell(_hp('Instancia ejecutora'), gw[2], shade='F2F2F2'), cell(_hp('Estatus'), gw[3], shade='F2F2F2'),
                 cell(_hp('Informe'), gw[4], shade='F2F2F2')]]
        for g in s['goals']:
            rep = [p(x, style='Small') for x in g['report']] if g['report'] else [p('Sin información', style='Small')]
            rows.append([cell(p([('b', g['id'] + ' '), g['text']], style='Small'), gw[0]),
                         cell(p(g['indicator'], style='Small'), gw[1]),
                         cell(p(g['executor'], style='Small'), gw[2]),
                         cell(p('Reportado' if g['report'] else 'Sin reporte', style='Small'), gw[3]),
                         cell(rep, gw[4])])
        body.append(table(rows, gw, header_rows=2))
        body.append(p([('b', 'Comentarios del Espacio sobre la estrategia %d' % s['number'])], before=160, keep=True))
        cw = [700, 2300, 1800, 4838]
        rows = [[cell(_hp('Meta'), cw[0], shade='F2F2F2'), cell(_hp('Participante'), cw[1], shade='F2F2F2'),
                 cell(_hp('Tipo'), cw[2], shade='F2F2F2'), cell(_hp('Comentario'), cw[3], shade='F2F2F2')]]
        for f in s['feedback']:
            rows.append([cell(p(f['goal'], style='Small'), cw[0]), cell(p(f['who'], style='Small'), cw[1]),
                         cell(p('Retroalimentación' if f['section'] == 'retroalimentacion' else 'Observación', style='Small'), cw[2]),
                         cell(p(f['text'], style='Small'), cw[3])])
        body.append(table(rows, cw, header_rows=1))
        body.append(p(''))
    # 4. acuerdos
    body.append(p('4. ACUERDOS', style='Heading1'))
    aw = [600, 5138, 2200, 1700]
    rows = [[cell(_hp('No.'), aw[0], shade=SHADE), cell(_hp('Acuerdo'), aw[1], shade=SHADE),
             cell(_hp('Responsable'), aw[2], shade=SHADE), cell(_hp('Plazo'), aw[3], shade=SHADE)]]
    for i, a in enumerate(acta['agreements'], 1):
        rows.append([cell(p(str(i), style='Small'), aw[0]), cell(p(a['text'], style='Small'), aw[1]),
                     cell(p(a['responsible'] or '', style='Small'), aw[2]), cell(p(a['plazo'] or '', style='Small'), aw[3])])
    body.append(table(rows, aw, header_rows=1))
    body.append(p('No habiendo más asuntos que tratar, se da por concluida la sesión.', before=240))
    body.append(p('', before=600))
    body.append(p('______________________________', align='center', after=0))
    body.append(p(acta['coordinator']['name'], align='center', after=0))
    body.append(p(acta['coordinator']['role'], align='center'))
    headers = {'rIdH1': [p(['Espacio de Participación del Derecho a la Movilidad', '\t\t', 'Acta No. %s/2019' % acta['no']], style='Header')]}
    footers = {'rIdF1': [p(['PDHCDMX · Mecanismo de Seguimiento y Evaluación — Página ', ('field', 'PAGE')], style='Footer', align='right')]}
    write_docx(path, ''.join(body), sect_pr(header='rIdH1', footer='rIdF1', title_pg=True), headers=headers,
               footers=footers, font='Arial', size=20, small=17, title='Acta %s' % acta['stem'])
