"""Layout BG5 - Derecho a la Ciudad 2023 (Segunda and Tercera Sesión Ordinaria).

An urban-planning office's template: a shaded label | value header table ("Fecha y hora:
14/06/2023, 11:00 h" in one cell, with a non-breaking space), attendance in a continuous
two-column section (sector headings, each person a paragraph: bold name, soft line break,
"post, institution"), one outer one-column table per strategy whose rows each hold a nested
ficha table per goal (Meta / Indicador / Instancia ejecutora / Estatus "☒ Reportó ☐ No
reportó" / Informe as automatic bullets, empty when nothing came / Retroalimentación /
Observaciones), agreements as an automatic "1)" list, one of them with the next session's
date in words.
"""
from model import A, G, F, S, AG, by_sector, fb_for
from wml import p, cell, table, sect_pr, write_docx

BODY = 'Derecho a la Ciudad'
KIND = 'sesión ordinaria'
COORD = {'name': 'Dra. Marisol Prieto Zamudio', 'role': 'Coordinadora del Espacio de Participación del Derecho a la Ciudad'}

ACTAS = []
ACTAS.append({
    'stem': 'blind-g-ciudad-2-2023-06-14', 'layout': 'BG5',
    'notes': 'label|value header with date and hour in one cell; attendance in a two-column section, name + soft break + "post, institution"; nested ficha per goal in an outer strategy table; ☒/☐ status; empty Informe = not reported; next session date in words',
    'ordinal': 'Segunda Sesión Ordinaria 2023', 'fecha_hora': '14/06/2023, 11:00\u00a0h',
    'session': {'body': BODY, 'number': 2, 'kind': KIND, 'date': '2023-06-14', 'start_time': '11:00',
                'place': 'Sala Octavio Paz de la Secretaría de Desarrollo Urbano y Vivienda, Amores 1322, col. Del Valle, alcaldía Benito Juárez',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Arq. Lorena Villalpando Cruz', 'Secretaría de Obras y Servicios', 'SOBSE', 'instancia_ejecutora', 'Directora de Espacio Público'),
        A('Lic. Gustavo Ferrer Manzano', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', 'instancia_ejecutora', 'Subdirector de Normatividad'),
        A('Mtra. Selene Ortiz Gaytán', 'Instituto de Planeación Democrática y Prospectiva', None, 'instancia_ejecutora', 'Coordinadora de Diagnósticos'),
        A('Lic. Ramiro Castillo Ugalde', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', 'instancia_ejecutora', 'Enlace de Derechos Humanos'),
        A('Mtra. Verónica Paz Lara', 'Habitat International Coalition – América Latina', None, 'sociedad_civil', 'Coordinadora regional'),
        A('C. Tomás Aguilar Ruiz', 'Asamblea Vecinal de Santa María la Ribera', None, 'sociedad_civil', 'Representante'),
        A('Lic. Nayeli Romero Bautista', 'Colectivo Ciudad Común', None, 'sociedad_civil', 'Investigadora'),
        A('Lic. Abril Montes de Oca Pérez', 'Secretaría Ejecutiva del MSyE del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'strategies': [
        S(702, 'Garantizar el uso y disfrute del espacio público en condiciones de igualdad.', [
            G('702.1', 'Se recuperan espacios públicos en zonas de alta marginación mediante procesos participativos.',
              'Número de espacios públicos recuperados con participación vecinal.',
              'Secretaría de Obras y Servicios', 'SOBSE',
              ['Se recuperaron 17 espacios públicos en las alcaldías Iztapalapa, Tláhuac y Xochimilco.',
               'En los procesos participativos intervinieron 2,140 personas vecinas en 43 asambleas.'],
              [(17, 'espacios', 'Se recuperaron 17 espacios públicos en las alcaldías Iztapalapa, Tláhuac y Xochimilco.'),
               (2140, 'personas', 'En los procesos participativos intervinieron 2,140 personas vecinas en 43 asambleas.'),
               (43, 'asambleas', 'En los procesos participativos intervinieron 2,140 personas vecinas en 43 asambleas.')]),
            G('702.2', 'Se instala mobiliario urbano accesible en los espacios públicos recuperados.',
              'Porcentaje de espacios recuperados con mobiliario accesible.',
              'Autoridad del Centro Histórico', None, None),
        ], [
            F('702.1', 'avance', 'retroalimentacion', 'Se reconoce que la recuperación de espacios se realizó mediante asambleas vecinales, tal como lo establece la meta.'),
            F('702.1', 'solicita_datos', 'retroalimentacion', 'Es necesario desagregar por alcaldía los espacios recuperados e informar cuántas de las personas participantes fueron mujeres.'),
            F('702.2', 'exhorta', 'retroalimentacion', 'Se exhorta a la Autoridad del Centro Histórico a reportar la instalación de mobiliario accesible, que no registra avance desde 2021.'),
            F('702.2', 'instancia', 'observacion', 'SOBSE señala que el mobiliario de los espacios recuperados fue instalado por la propia Secretaría y que la meta debería reasignarse a esa dependencia.'),
        ]),
        S(705, 'Prevenir el desplazamiento de la población residente por procesos de gentrificación.', [
            G('705.1', 'Se elabora un diagnóstico de las zonas en riesgo de gentrificación.',
              'Diagnóstico elaborado y publicado.',
              'Instituto de Planeación Democrática y Prospectiva', None,
              ['Se concluyó la primera etapa del diagnóstico, que identificó 38 colonias con riesgo alto de desplazamiento en 6 alcaldías.'],
              [(38, 'colonias', 'Se concluyó la primera etapa del diagnóstico, que identificó 38 colonias con riesgo alto de desplazamiento en 6 alcaldías.'),
               (6, 'alcaldías', 'Se concluyó la primera etapa del diagnóstico, que identificó 38 colonias con riesgo alto de desplazamiento en 6 alcaldías.')]),
            G('705.2', 'Se regula el uso de vivienda para alojamiento temporal de corta estancia.',
              'Lineamientos emitidos.', 'SEDUVI', 'SEDUVI',
              ['Se publicó en la Gaceta Oficial la reforma que obliga a registrar las viviendas de alojamiento de corta estancia.',
               'A la fecha se han registrado 5,326 inmuebles en el padrón.'],
              [(5326, 'inmuebles', 'A la fecha se han registrado 5,326 inmuebles en el padrón.')]),
        ], [
            F('705.1', 'insuficiente', 'retroalimentacion', 'El diagnóstico es un paso necesario, pero por sí solo no da cumplimiento a la estrategia si no se acompaña de medidas para evitar el desplazamiento.'),
            F('705.1', 'cuestiona', 'retroalimentacion', 'Las organizaciones vecinales cuestionan que el diagnóstico no haya considerado a los pueblos y barrios originarios de la zona sur.'),
            F('705.2', 'diseno_meta', 'retroalimentacion', 'La meta se refiere a regular el alojamiento temporal, pero el indicador solo mide la emisión de lineamientos, sin correspondencia con la regulación efectiva.'),
            F('705.2', 'proceso', 'observacion', 'Se sugiere invitar a la Procuraduría Social a las siguientes sesiones, dado que atiende conflictos condominales derivados del alojamiento temporal.'),
        ]),
    ],
    'agreements': [
        AG('Convocar a la Tercera Sesión Ordinaria el miércoles veintitrés de agosto de dos mil veintitrés, a las once horas, para revisar las estrategias 706 y 708.',
           ['2023-08-23'], [706, 708]),
        AG('La Secretaría Ejecutiva consultará con la Autoridad del Centro Histórico la responsabilidad sobre la meta 702.2.', [], [702]),
        AG('El Instituto de Planeación Democrática y Prospectiva compartirá con el Espacio los resultados de la primera etapa del diagnóstico.', [], []),
    ],
    'next_session': {'date': '2023-08-23', 'start_time': '11:00', 'end_time': None, 'strategies': [706, 708]},
})

ACTAS.append({
    'stem': 'blind-g-ciudad-3-2023-08-23', 'layout': 'BG5',
    'notes': 'as session 2; an invited institution (PROSOC) in its own heading (sector otro); 708 partial; next session fixed by the third agreement, "18 de octubre" without year',
    'ordinal': 'Tercera Sesión Ordinaria 2023', 'fecha_hora': '23/08/2023, 11:00\u00a0h',
    'session': {'body': BODY, 'number': 3, 'kind': KIND, 'date': '2023-08-23', 'start_time': '11:00',
                'place': 'Sala Octavio Paz de la Secretaría de Desarrollo Urbano y Vivienda, Amores 1322, col. Del Valle, alcaldía Benito Juárez',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Gustavo Ferrer Manzano', 'Secretaría de Desarrollo Urbano y Vivienda', 'SEDUVI', 'instancia_ejecutora', 'Subdirector de Normatividad'),
        A('Mtra. Selene Ortiz Gaytán', 'Instituto de Planeación Democrática y Prospectiva', None, 'instancia_ejecutora', 'Coordinadora de Diagnósticos'),
        A('Lic. Efraín Bustos Calderón', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', 'instancia_ejecutora', 'Director de Regularización Territorial'),
        A('Mtra. Verónica Paz Lara', 'Habitat International Coalition – América Latina', None, 'sociedad_civil', 'Coordinadora regional'),
        A('C. Tomás Aguilar Ruiz', 'Asamblea Vecinal de Santa María la Ribera', None, 'sociedad_civil', 'Representante'),
        A('C. Josefina Galicia Mora', 'Frente de Colonos de San Andrés Mixquic', None, 'sociedad_civil', 'Integrante'),
        A('Lic. Héctor Manjarrez Solís', 'Procuraduría Social de la Ciudad de México', 'PROSOC', 'otro', 'Subprocurador de Asuntos Condominales'),
        A('Lic. Abril Montes de Oca Pérez', 'Secretaría Ejecutiva del MSyE del PDHCDMX', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'strategies': [
        S(706, 'Garantizar la participación ciudadana en la planeación urbana.', [
            G('706.1', 'Se realizan consultas públicas sobre los programas parciales de desarrollo urbano.',
              'Número de consultas realizadas y de personas participantes.', 'SEDUVI', 'SEDUVI',
              ['Se realizaron 9 consultas públicas sobre los programas parciales de las colonias Juárez, Doctores y Santa María la Ribera, con la participación de 1,087 personas.',
               'Se recibieron 312 propuestas ciudadanas por escrito.'],
              [(9, 'consultas', 'Se realizaron 9 consultas públicas sobre los programas parciales de las colonias Juárez, Doctores y Santa María la Ribera, con la participación de 1,087 personas.'),
               (1087, 'personas', 'Se realizaron 9 consultas públicas sobre los programas parciales de las colonias Juárez, Doctores y Santa María la Ribera, con la participación de 1,087 personas.'),
               (312, 'propuestas', 'Se recibieron 312 propuestas ciudadanas por escrito.')]),
            G('706.2', 'Se integra el Consejo Ciudadano de Planeación con paridad de género.',
              'Consejo integrado y sesionando.', 'Instituto de Planeación Democrática y Prospectiva', None,
              ['El Consejo quedó integrado por 16 personas consejeras, 8 mujeres y 8 hombres, y celebró su sesión de instalación.'],
              [(16, 'personas', 'El Consejo quedó integrado por 16 personas consejeras, 8 mujeres y 8 hombres, y celebró su sesión de instalación.'),
               (8, 'mujeres', 'El Consejo quedó integrado por 16 personas consejeras, 8 mujeres y 8 hombres, y celebró su sesión de instalación.'),
               (8, 'hombres', 'El Consejo quedó integrado por 16 personas consejeras, 8 mujeres y 8 hombres, y celebró su sesión de instalación.')]),
        ], [
            F('706.1', 'avance', 'retroalimentacion', 'El informe da cuenta del número de consultas y de personas participantes, lo que permite valorar el cumplimiento de la meta.'),
            F('706.1', 'solicita_datos', 'retroalimentacion', 'Se solicita informar cómo se incorporaron las 312 propuestas a los programas parciales.'),
            F('706.2', 'cuestiona', 'retroalimentacion', 'Sociedad civil cuestiona que las personas consejeras hayan sido designadas sin convocatoria pública.'),
            F('706.2', 'instancia', 'observacion', 'El Instituto de Planeación refiere que la convocatoria se publicó en su portal y se compromete a enviar la liga al Espacio.'),
        ]),
        S(708, 'Garantizar el acceso a servicios urbanos básicos en asentamientos humanos irregulares.', [
            G('708.1', 'Se amplía la cobertura de alumbrado público en colonias sin servicio.',
              'Número de luminarias instaladas.', 'Alcaldía Tláhuac', 'ALC-TLAHUAC', None),
            G('708.2', 'Se regulariza la tenencia de la tierra en asentamientos humanos irregulares.',
              'Número de escrituras entregadas.',
              'Consejería Jurídica y de Servicios Legales – Dirección General de Regularización Territorial', 'CEJUR',
              ['Se entregaron 642 escrituras a familias de asentamientos regularizados en Iztapalapa y Tlalpan.'],
              [(642, 'escrituras', 'Se entregaron 642 escrituras a familias de asentamientos regularizados en Iztapalapa y Tlalpan.')]),
        ], [
            F('708.1', 'exhorta', 'retroalimentacion', 'Es necesario que la Alcaldía Tláhuac informe sobre la instalación de luminarias, ya que las colonias sin servicio siguen registrando incidentes de inseguridad.'),
            F('708.1', 'proceso', 'observacion', 'La Coordinación propone que las alcaldías envíen su información con al menos diez días de anticipación a cada sesión.'),
            F('708.2', 'reasignar', 'retroalimentacion', 'La entrega de escrituras corresponde más a la estrategia 704, meta 704.1, relativa a la seguridad jurídica de la vivienda.'),
            F('708.2', 'desalineado', 'retroalimentacion', 'Se recomienda omitir del reporte las escrituras entregadas fuera de asentamientos irregulares.'),
        ]),
    ],
    'agreements': [
        AG('La Secretaría Ejecutiva solicitará por oficio a la Alcaldía Tláhuac la información de la meta 708.1.', [], [708]),
        AG('El Instituto de Planeación Democrática y Prospectiva enviará la liga de la convocatoria del Consejo Ciudadano de Planeación.', [], []),
        AG('La Cuarta Sesión Ordinaria se realizará el 18 de octubre, de 11:00 a 13:30 h, en las instalaciones de la SEDUVI, para revisar las estrategias 703 y 707.',
           ['2023-10-18'], [703, 707]),
    ],
    'next_session': {'date': '2023-10-18', 'start_time': '11:00', 'end_time': '13:30', 'strategies': [703, 707]},
})

NUMBERING = {1: [('bullet', '•', 360)], 2: [('decimal', '%1)', 720)]}
W = 9638
SH = 'FBE4D5'


def _ficha(s, g):
    lw, vw = 2300, W - 2300 - 400
    rep = g['report'] is not None
    status = ('☒ Reportó    ☐ No reportó' if rep else '☐ Reportó    ☒ No reportó').replace('    ', '\u00a0\u00a0\u00a0 ')
    rows = []

    def row(label, paras):
        rows.append([cell(p([('b', label)], style='Small'), lw, shade='F2F2F2'), cell(paras or [p('', style='Small')], vw)])
    row('Meta', [p([('b', g['id'] + ' '), g['text']], style='Small')])
    row('Indicador', [p(g['indicator'], style='Small')])
    row('Instancia ejecutora', [p(g['executor'], style='Small')])
    row('Estatus', [p(status, style='Small')])
    row('Informe', [p(x, style='Small', num=(1, 0)) for x in g['report']] if rep else [])
    row('Retroalimentación', [p(f['text'], style='Small') for f in fb_for(s, g['id'], 'retroalimentacion')])
    row('Observaciones', [p(f['text'], style='Small') for f in fb_for(s, g['id'], 'observacion')])
    return table(rows, [lw, vw])


def render(acta, path):
    ss = acta['session']
    b = []
    b.append(p([('b', 'PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO')], align='center', after=0))
    b.append(p('ACTA DE SESIÓN', style='Title'))
    kv = [('Espacio de Participación', BODY), ('Sesión', acta['ordinal']), ('Fecha y hora', acta['fecha_hora']),
          ('Lugar', ss['place'])]
    b.append(table([[cell(p([('b', k)], style='Small'), 2600, shade=SH), cell(p(v, style='Small'), 7038)] for k, v in kv], [2600, 7038]))
    b.append(p([('b', 'I. ASISTENCIA')], before=240, sect=sect_pr()))
    # two-column attendance section: the last paragraph carries the section's sectPr
    paras = []
    for sector, lab in (('instancia_ejecutora', 'Instancias ejecutoras'), ('sociedad_civil', 'Sociedad civil'),
                        ('otro', 'Personas invitadas'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')):
        people = by_sector(acta['attendance'], sector)
        if not people:
            continue
        paras.append(([('u', lab)], dict(before=80, keep=True)))
        for a in people:
            paras.append(([('b', a['name']), '\n', '%s, %s' % (a['post'], a['institution'])], dict(after=80)))
    paras[-1][1]['sect'] = sect_pr(cols=2, section_type='continuous')
    b += [p(items, **kw) for items, kw in paras]
    b.append(p([('b', 'II. REVISIÓN DE ESTRATEGIAS')], before=240))
    for s in acta['strategies']:
        rows = [[cell(p([('b', 'Estrategia %d. ' % s['number']), s['title']], style='Small'), W, shade=SH)]]
        for g in s['goals']:
            rows.append([cell([p('', style='Small', after=0), _ficha(s, g), p('', style='Small', after=0)], W)])
        b.append(table(rows, [W]))
        b.append(p(''))
    b.append(p([('b', 'III. ACUERDOS')], before=240))
    for a in acta['agreements']:
        b.append(p(a['text'], num=(2, 0), align='both'))
    b.append(p('Se levanta la presente acta para los efectos conducentes.', before=200))
    b.append(p('', before=500))
    b.append(p(COORD['name'], align='center', after=0))
    b.append(p(COORD['role'], align='center'))
    write_docx(path, ''.join(b), sect_pr(section_type='continuous'), numbering=NUMBERING, font='Calibri', size=21, small=18,
               title='Acta %s' % acta['stem'])
