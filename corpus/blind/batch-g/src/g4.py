"""Layout BG4 - Cultura Física y Deporte 2022 (5ª and 6ª Reunión de Trabajo).

A "relatoría" edited with Track Changes on (the final text is the truth; LibreOffice prints the
final view): the session data sit in a text box at the top ("5ª Reunión de Trabajo", "martes 8
de febrero del 2022", "Hora de inicio"), body name in the running header, "página N de M" in
the footer; the strategies are prose: "Estrategia 612." paragraphs, each goal one paragraph
"Meta 612.1. …" with Indicador and Responsable after soft line breaks, "Informe:" paragraphs
("Informe: N/R" when nothing came), feedback under "Retroalimentación de la Secretaría
Ejecutiva y del Espacio:" and "Observaciones de las instancias:"; agreements with automatic
numbering whose number text is "Acuerdo 1.-"; attendance only as a signature sheet at the
end (one Nombre | Cargo | Institución | Firma table per sector).
"""
from model import A, G, F, S, AG, by_sector, fb_for, tracked_runs, final
from wml import p, cell, table, sect_pr, textbox, write_docx

BODY = 'Derecho a la Cultura Física y el Deporte'
KIND = 'reunión de trabajo'
COORD = {'name': 'Mtro. Julio César Rangel Flores', 'role': 'Coordinador del Espacio de Participación'}
PLACE = 'Sala de juntas del Deportivo Plan Sexenal, Ferrocarril de Cuernavaca s/n, alcaldía Miguel Hidalgo'

ACTAS = []
ACTAS.append({
    'stem': 'blind-g-deporte-5-2022-02-08', 'layout': 'BG4',
    'notes': 'tracked changes (a figure, the next-session date and a whole feedback paragraph deleted); session data in a text box; "5ª Reunión de Trabajo"; date "martes 8 de febrero del 2022"; soft line breaks inside goal paragraphs; attendance as signature sheet; agreements numbered "Acuerdo 1.-" by Word',
    'ord': '5ª', 'fecha': 'martes 8 de febrero del 2022', 'hora': '16:00 horas',
    'session': {'body': BODY, 'number': 5, 'kind': KIND, 'date': '2022-02-08', 'start_time': '16:00',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Mauricio Leyva Ontiveros', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', 'instancia_ejecutora', 'Director de Cultura Física'),
        A('Lic. Patricia Arenas Gil', 'INDEPORTE', 'INDEPORTE', 'instancia_ejecutora', 'Subdirectora de Deporte Adaptado'),
        A('C. Joel Espinoza Trejo', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', 'instancia_ejecutora', 'J.U.D. de Promoción Deportiva'),
        A('Mtra. Laura Vega Quintana', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', 'instancia_ejecutora', 'Enlace de Derechos Humanos'),
        A('Lic. Ernesto Salas Pineda', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', 'instancia_ejecutora', 'Subdirector de Programas Educativos'),
        A('Prof. Gilberto Anaya Ruelas', 'Liga Deportiva Comunitaria Ajusco A.C.', None, 'sociedad_civil', 'Presidente'),
        A('C. Daniela Pineda Rangel', 'Corredoras de la Ciudad A.C.', None, 'sociedad_civil', 'Integrante'),
        A('Lic. Hugo Montiel Baeza', 'Deporte Incluyente México A.C.', None, 'sociedad_civil', 'Director'),
        A('Lic. Fernanda Olvera Castañeda', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'orden': ['Registro de asistencia.', 'Revisión de las estrategias 612 y 614.', 'Acuerdos.'],
    'strategies': [
        S(612, 'Ampliar el acceso de la población a la activación física en el espacio público.', [
            G('612.1', 'Se incrementa el número de personas que realizan activación física en los módulos deportivos de la ciudad.',
              'Número de personas participantes en los programas de activación física.',
              'INDEPORTE', 'INDEPORTE',
              ['A través del programa Ponte Pila se atendieron {-1,150-}{+1,215+} personas en 64 módulos de activación física, de las cuales 702 fueron mujeres.',
               'Se realizaron 3 carreras atléticas con una participación total de 9,800 personas corredoras.'],
              [(1215, 'personas', 'A través del programa Ponte Pila se atendieron 1,215 personas en 64 módulos de activación física, de las cuales 702 fueron mujeres.'),
               (64, 'módulos', 'A través del programa Ponte Pila se atendieron 1,215 personas en 64 módulos de activación física, de las cuales 702 fueron mujeres.'),
               (702, 'mujeres', 'A través del programa Ponte Pila se atendieron 1,215 personas en 64 módulos de activación física, de las cuales 702 fueron mujeres.'),
               (3, 'carreras', 'Se realizaron 3 carreras atléticas con una participación total de 9,800 personas corredoras.'),
               (9800, 'personas', 'Se realizaron 3 carreras atléticas con una participación total de 9,800 personas corredoras.')]),
            G('612.2', 'Se rehabilitan espacios deportivos en colonias con bajo índice de desarrollo social.',
              'Número de espacios deportivos rehabilitados.',
              'Alcaldía Gustavo A. Madero – Dirección de Deporte', 'ALC-GUSTAVO-A-MADERO', None),
        ], [
            F('612.1', 'avance', 'retroalimentacion', 'La información reportada incluye datos desagregados por sexo, lo que permite conocer el alcance del programa de activación física.'),
            F('612.1', 'desalineado', 'retroalimentacion', 'Las carreras atléticas no corresponden a la meta, que se refiere a los módulos de activación física, por lo que se recomienda omitirlas del reporte.'),
            F('612.2', 'exhorta', 'retroalimentacion', 'Es necesario que la Alcaldía Gustavo A. Madero inicie el reporte de la rehabilitación de espacios deportivos comprometida en la meta.'),
            F('612.2', 'instancia', 'observacion', 'La Alcaldía Gustavo A. Madero señala que la rehabilitación depende del presupuesto participativo y se compromete a enviar el listado de espacios intervenidos.'),
        ]),
        S(614, 'Garantizar la inclusión de las personas con discapacidad en la práctica deportiva.', [
            G('614.1', 'Se ofrecen disciplinas de deporte adaptado en los centros deportivos públicos.',
              'Número de disciplinas adaptadas ofrecidas y de personas participantes.',
              'INDEPORTE', 'INDEPORTE',
              ['Se ofrecieron 7 disciplinas de deporte adaptado en 12 centros deportivos, con 486 personas con discapacidad inscritas.'],
              [(7, 'disciplinas', 'Se ofrecieron 7 disciplinas de deporte adaptado en 12 centros deportivos, con 486 personas con discapacidad inscritas.'),
               (12, 'centros', 'Se ofrecieron 7 disciplinas de deporte adaptado en 12 centros deportivos, con 486 personas con discapacidad inscritas.'),
               (486, 'personas', 'Se ofrecieron 7 disciplinas de deporte adaptado en 12 centros deportivos, con 486 personas con discapacidad inscritas.')]),
            G('614.2', 'Se capacita a personas entrenadoras en la atención a deportistas con discapacidad.',
              'Número de personas entrenadoras capacitadas.',
              'Instituto de las Personas con Discapacidad', 'INDEPEDI',
              ['En coordinación con el INDEPORTE se capacitó a 95 personas entrenadoras en 4 talleres de 20 horas cada uno.'],
              [(95, 'personas', 'En coordinación con el INDEPORTE se capacitó a 95 personas entrenadoras en 4 talleres de 20 horas cada uno.'),
               (4, 'talleres', 'En coordinación con el INDEPORTE se capacitó a 95 personas entrenadoras en 4 talleres de 20 horas cada uno.'),
               (20, 'horas', 'En coordinación con el INDEPORTE se capacitó a 95 personas entrenadoras en 4 talleres de 20 horas cada uno.')]),
        ], [
            F('614.1', 'solicita_datos', 'retroalimentacion', 'Se solicita informar qué disciplinas se ofrecen, en qué centros deportivos y cuántas personas concluyeron el ciclo de entrenamiento.'),
            F('614.2', 'insuficiente', 'retroalimentacion', 'La capacitación abona a la meta, pero por sí sola no da cumplimiento a ella si no se evalúa la aplicación de lo aprendido en los entrenamientos.'),
            F('614.2', 'proceso', 'observacion', 'El INDEPEDI propone que las reuniones del Espacio se realicen en sedes accesibles y con intérprete de Lengua de Señas Mexicana.'),
        ]),
    ],
    'deleted_feedback': {'614.1': 'Se sugiere que el INDEPORTE presente fotografías de las actividades realizadas en los centros deportivos.'},
    'agreements': [
        AG('Se acuerda que la 6ª reunión de trabajo se realice el martes {-15-}{+22+} de marzo a las 16:00 horas en el Deportivo Plan Sexenal, para revisar las estrategias 615 y 617.',
           ['2022-03-22'], [615, 617]),
        AG('La Alcaldía Gustavo A. Madero enviará el listado de espacios deportivos intervenidos en 2021.', [], []),
        AG('El INDEPORTE{+ y el INDEPEDI+} presentarán en la siguiente reunión el calendario de torneos de deporte adaptado.', [], []),
    ],
    'next_session': {'date': '2022-03-22', 'start_time': '16:00', 'end_time': None, 'strategies': [615, 617]},
})

ACTAS.append({
    'stem': 'blind-g-deporte-6-2022-03-22', 'layout': 'BG4',
    'notes': 'tracked changes (an inserted feedback sentence, a deleted word in an agreement, a corrected goal text); "6ª Reunión de Trabajo"; 617 not reported; next session "3 de mayo del año en curso"',
    'ord': '6ª', 'fecha': 'martes 22 de marzo del 2022', 'hora': '16:10 horas',
    'session': {'body': BODY, 'number': 6, 'kind': KIND, 'date': '2022-03-22', 'start_time': '16:10',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Mauricio Leyva Ontiveros', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', 'instancia_ejecutora', 'Director de Cultura Física'),
        A('Lic. Sandra Quezada Ibarra', 'INDEPORTE – Dirección de Deporte Escolar', 'INDEPORTE', 'instancia_ejecutora', 'Coordinadora de Juegos Escolares'),
        A('Mtra. Rocío Villanueva Durán', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', 'instancia_ejecutora', 'Directora de Igualdad Sustantiva'),
        A('Lic. Ernesto Salas Pineda', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', 'instancia_ejecutora', 'Subdirector de Programas Educativos'),
        A('Prof. Gilberto Anaya Ruelas', 'Liga Deportiva Comunitaria Ajusco A.C.', None, 'sociedad_civil', 'Presidente'),
        A('C. Daniela Pineda Rangel', 'Corredoras de la Ciudad A.C.', None, 'sociedad_civil', 'Integrante'),
        A('Mtra. Itzia Carranza Bello', 'Observatorio Mujeres en el Deporte', None, 'sociedad_civil', 'Investigadora'),
        A('Lic. Fernanda Olvera Castañeda', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'orden': ['Registro de asistencia.', 'Revisión de las estrategias 615 y 617.', 'Acuerdos.'],
    'strategies': [
        S(615, 'Promover la igualdad de género en el deporte.', [
            G('615.1', 'Se otorgan becas deportivas con paridad de género.',
              'Porcentaje de becas otorgadas a mujeres deportistas.', 'INDEPORTE', 'INDEPORTE',
              ['En el ejercicio 2021 se otorgaron 340 becas deportivas: 171 a mujeres y 169 a hombres.'],
              [(340, 'becas', 'En el ejercicio 2021 se otorgaron 340 becas deportivas: 171 a mujeres y 169 a hombres.'),
               (171, 'mujeres', 'En el ejercicio 2021 se otorgaron 340 becas deportivas: 171 a mujeres y 169 a hombres.'),
               (169, 'hombres', 'En el ejercicio 2021 se otorgaron 340 becas deportivas: 171 a mujeres y 169 a hombres.')]),
            G('615.2', 'Se previene y atiende el acoso sexual en {-las-}{+todas las+} instalaciones deportivas.',
              'Protocolo publicado y número de casos atendidos.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX',
              ['Se publicó el Protocolo para prevenir el acoso sexual en el deporte y se atendieron 14 casos a través de la Línea Mujeres.'],
              [(14, 'casos', 'Se publicó el Protocolo para prevenir el acoso sexual en el deporte y se atendieron 14 casos a través de la Línea Mujeres.')]),
        ], [
            F('615.1', 'avance', 'retroalimentacion', 'Se reconoce que la distribución de becas es prácticamente paritaria y que el reporte permite verificar el cumplimiento de la meta.'),
            F('615.1', 'cuestiona', 'retroalimentacion', 'Las organizaciones cuestionan que la paridad en el número de becas no se refleje en los montos, pues las becas de alto rendimiento se concentran en deportistas hombres.'),
            F('615.2', 'solicita_datos', 'retroalimentacion', 'Es necesario informar en qué instalaciones ocurrieron los casos, el tipo de atención brindada y cuántos se denunciaron ante la Fiscalía.{+ También se requiere el número de personas capacitadas en el protocolo.+}'),
            F('615.2', 'reasignar', 'retroalimentacion', 'La capacitación de personas entrenadoras sobre el protocolo puede enmarcarse en la estrategia 614, meta 614.2.'),
        ]),
        S(617, 'Fomentar la cultura física en la población escolar.', [
            G('617.1', 'Se incorporan sesiones diarias de activación física en las escuelas públicas de educación básica.',
              'Número de escuelas con sesiones diarias de activación física.',
              'SECTEI', 'SEDU', None),
            G('617.2', 'Se realizan juegos deportivos escolares en las 16 alcaldías.',
              'Número de alcaldías con juegos deportivos escolares.',
              'INDEPORTE – Dirección de Deporte Escolar', 'INDEPORTE', None),
        ], [
            F('617.1', 'diseno_meta', 'retroalimentacion', 'El indicador cuenta escuelas y no permite saber si las sesiones son efectivamente diarias, por lo que no hay correspondencia con la meta.'),
            F('617.1', 'exhorta', 'retroalimentacion', 'Se exhorta a la SECTEI a reportar las acciones de activación física escolar, ya que la estrategia no registra avances.'),
            F('617.2', 'instancia', 'observacion', 'El INDEPORTE refiere que los juegos escolares se suspendieron durante la emergencia sanitaria y que se retomarán en el segundo semestre.'),
        ]),
    ],
    'deleted_feedback': {},
    'agreements': [
        AG('La siguiente reunión de trabajo se llevará a cabo el 3 de mayo del año en curso, a las 16:00 horas, de forma {-presencial-}{+híbrida+}, para revisar las estrategias 613 y 616.',
           ['2022-05-03'], [613, 616]),
        AG('La Secretaría Ejecutiva solicitará a la SECTEI designar un enlace {-permanente-} para la estrategia 617.', [], [617], None),
        AG('La Secretaría de las Mujeres compartirá el protocolo con las organizaciones integrantes del Espacio.', [], []),
    ],
    'next_session': {'date': '2022-05-03', 'start_time': '16:00', 'end_time': None, 'strategies': [613, 616]},
})

NUMBERING = {1: [('decimal', 'Acuerdo %1.-', 1080)], 2: [('decimal', '%1.', 720)]}


def _tp(s, **kw):
    return p(tracked_runs(s), **kw)


def render(acta, path):
    ss = acta['session']
    b = []
    b.append(textbox([
        p([('b', 'RELATORÍA')], align='center', after=40),
        p([('b', '%s Reunión de Trabajo del Espacio de Participación del %s' % (acta['ord'], BODY))], align='center', after=80),
        p(['Fecha:\t', acta['fecha']], after=0),
        p(['Hora de inicio:\t', acta['hora']], after=0),
        p(['Sede:\t', PLACE], after=0),
    ], width_pt=480, height_pt=112))
    b.append(p([('b', 'Orden del día')], before=200))
    for x in acta['orden']:
        b.append(p(x, num=(2, 0)))
    b.append(p([('b', 'Desarrollo de la reunión')], before=200))
    b.append(p('La persona enlace de la Secretaría Ejecutiva dio la bienvenida y se procedió a la revisión de las estrategias, conforme a lo siguiente.', align='both'))
    for s in acta['strategies']:
        b.append(p([('b', 'Estrategia %d. ' % s['number']), s['title']], before=200, keep=True, align='both'))
        for g in s['goals']:
            b.append(p([('b', 'Meta %s. ' % g['id'])] + tracked_runs(g['text']) +
                       ['\n', ('i', 'Indicador: '), g['indicator'], '\n', ('i', 'Responsable: '), g['executor']],
                       ind=(567,), align='both'))
            if g['report']:
                b.append(p([('b', 'Informe:')], ind=(567,), after=40, keep=True))
                for par in g['report']:
                    b.append(_tp(par, ind=(567,), align='both'))
            else:
                b.append(p([('b', 'Informe: '), 'N/R'], ind=(567,)))
            retro = fb_for(s, g['id'], 'retroalimentacion')
            dele = acta['deleted_feedback'].get(g['id'])
            if retro or dele:
                b.append(p([('i', 'Retroalimentación de la Secretaría Ejecutiva y del Espacio:')], ind=(567,), after=40, keep=True))
                for f in retro:
                    b.append(_tp(f['text'], ind=(567,), align='both'))
                if dele:
                    b.append(p([('del', dele)], ind=(567,), align='both'))
            obs = fb_for(s, g['id'], 'observacion')
            if obs:
                b.append(p([('i', 'Observaciones de las instancias:')], ind=(567,), after=40, keep=True))
                for f in obs:
                    b.append(_tp(f['text'], ind=(567,), align='both'))
    b.append(p([('b', 'Acuerdos')], before=200))
    for a in acta['agreements']:
        b.append(_tp(a['text'], num=(1, 0), align='both'))
    b.append(p('Sin más asuntos por tratar, se cierra la reunión.', before=200))
    b.append(p('', before=500))
    b.append(p(COORD['name'], align='center', after=0))
    b.append(p(COORD['role'], align='center'))
    # signature sheet
    b.append(p([('b', 'LISTA DE ASISTENCIA')], align='center', page_break_before=True))
    b.append(p('%s Reunión de Trabajo — %s' % (acta['ord'], acta['fecha']), align='center'))
    widths = [2600, 2300, 2900, 1838]
    for sector, lab in (('instancia_ejecutora', 'Instancias ejecutoras'), ('sociedad_civil', 'Organizaciones de la sociedad civil'),
                        ('secretaria_ejecutiva', 'Secretaría Ejecutiva')):
        people = by_sector(acta['attendance'], sector)
        b.append(p([('b', lab)], before=160, keep=True))
        rows = [[cell(p([('b', h)], style='Small'), w, shade='E2EFD9') for h, w in zip(('Nombre', 'Cargo', 'Institución', 'Firma'), widths)]]
        for a in people:
            rows.append([cell(p(a['name'], style='Small'), widths[0]), cell(p(a['post'], style='Small'), widths[1]),
                         cell(p(a['institution'], style='Small'), widths[2]), cell(p('', style='Small'), widths[3])])
        b.append(table(rows, widths, header_rows=1))
    headers = {'rIdH1': [p([('b', 'Espacio de Participación del ' + BODY)], style='Header', align='center')]}
    footers = {'rIdF1': [p(['Relatoría de la %s Reunión de Trabajo — página ' % acta['ord'], ('field', 'PAGE'), ' de ', ('field', 'NUMPAGES')],
                           style='Footer', align='center')]}
    write_docx(path, ''.join(b), sect_pr(header='rIdH1', footer='rIdF1'), headers=headers, footers=footers,
               numbering=NUMBERING, font='Cambria', size=22, small=18, track_view_final=True, title='Relatoría %s' % acta['stem'])
