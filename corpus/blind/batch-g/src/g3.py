"""Layout BG3 - Víctimas 2021 (Tercera and Cuarta Sesión Ordinaria), PDFs printed by Chromium.

A "minuta" from an office that works in HTML-ish templates: title with the ordinal in words,
a borderless label | value block with the date as "4-mar-21" and "10:00 hrs.", the strategy
tables in a landscape section (one table per strategy, a label column and one column per
goal: Meta / Indicador / Instancia ejecutora / ¿Reportó? ✓ or ✗ / Informe ("N/R") /
Retroalimentación / Observaciones, several paragraphs per feedback cell), an agreements table
keyed "SO3-21/01" that mixes the follow-up of the previous session's agreements (Estatus
Cumplido / En proceso) with the new ones (Estatus Nuevo), attendance only in an annex table
with a Sector column. The .docx is Word XML; the PDF is Chromium's print of an HTML rendering
of the same content.
"""
import html as H

from model import A, G, F, S, AG, fb_for
from wml import p, cell, table, sect_pr, write_docx

BODY = 'Derechos de las Víctimas del Delito y de Violaciones a Derechos Humanos'
KIND = 'sesión ordinaria'
COORD = {'name': 'Mtro. Alberto Salcedo Rivas', 'role': 'Coordinador del Espacio de Participación'}
PLACE = 'Sesión virtual a través de la plataforma Zoom'
SECTOR_WORD = {'instancia_ejecutora': 'Instancia ejecutora', 'sociedad_civil': 'Sociedad civil',
               'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Invitada'}

ACTAS = []
ACTAS.append({
    'stem': 'blind-g-victimas-3-2021-03-04', 'layout': 'BG3',
    'notes': 'PDF by Chromium; title "TERCERA SESIÓN ORDINARIA 2021"; date 4-mar-21; landscape strategy tables with one column per goal; ✓/✗ and N/R; agreements table mixing previous (SO2-21/..) and new (SO3-21/..) agreements, only new ones in gold; attendance only in the annex',
    'ordinal': 'TERCERA', 'fecha': '4-mar-21', 'hora': '10:00 hrs.', 'key': 'SO3-21',
    'session': {'body': BODY, 'number': 3, 'kind': KIND, 'date': '2021-03-04', 'start_time': '10:00',
                'place': PLACE, 'topic': None,
                'objective': 'Retroalimentar los avances reportados en las estrategias 551 y 552'},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Ximena Ortega Bravo', 'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI', 'instancia_ejecutora'),
        A('Lic. José Luis Carmona Vela', 'CEAVI – Dirección de Ayuda Inmediata', 'CEAVI', 'instancia_ejecutora'),
        A('Dra. Mónica Estrada Villalobos', 'Secretaría de Salud – Salud Mental', 'SEDESA', 'instancia_ejecutora'),
        A('Mtro. Ricardo Nájera Soto', 'Secretaría de Administración y Finanzas', 'SAF', 'instancia_ejecutora'),
        A('Lic. Alma Delia Ferrer Ponce', 'Fiscalía General de Justicia – Coordinación de Atención a Víctimas', 'PGJCDMX', 'instancia_ejecutora'),
        A('Lic. Sergio Benavides Luna', 'Familias Unidas por la Verdad A.C.', None, 'sociedad_civil'),
        A('C. Luz María Ceballos Arias', 'Colectivo Víctimas en Resistencia', None, 'sociedad_civil'),
        A('Mtra. Diana Lugo Pineda', 'Instituto Mexicano de Derechos Humanos y Democracia', None, 'sociedad_civil'),
        A('Lic. Tania Robles Guzmán', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'orden': ['Bienvenida y registro de asistencia.', 'Seguimiento de acuerdos de la Segunda Sesión Ordinaria.',
              'Retroalimentación de las estrategias 551 y 552.', 'Acuerdos.'],
    'strategies': [
        S(551, 'Fortalecer la atención integral a víctimas del delito a través del Modelo Integral de Atención a Víctimas.', [
            G('551.1', 'Se brinda atención psicológica, jurídica y de trabajo social a las víctimas inscritas en el Registro de Víctimas.',
              'Número de víctimas atendidas respecto de las inscritas en el Registro.',
              'CEAVI', 'CEAVI',
              ['Durante 2020 se brindaron 8,742 atenciones a 2,315 víctimas directas e indirectas, de las cuales 1,486 fueron mujeres.',
               'Se inscribieron 611 personas en el Registro de Víctimas de la Ciudad de México.'],
              [(8742, 'atenciones', 'Durante 2020 se brindaron 8,742 atenciones a 2,315 víctimas directas e indirectas, de las cuales 1,486 fueron mujeres.'),
               (2315, 'víctimas', 'Durante 2020 se brindaron 8,742 atenciones a 2,315 víctimas directas e indirectas, de las cuales 1,486 fueron mujeres.'),
               (1486, 'mujeres', 'Durante 2020 se brindaron 8,742 atenciones a 2,315 víctimas directas e indirectas, de las cuales 1,486 fueron mujeres.'),
               (611, 'personas', 'Se inscribieron 611 personas en el Registro de Víctimas de la Ciudad de México.')]),
            G('551.2', 'Se otorgan medidas de ayuda inmediata a las víctimas en un plazo no mayor a 72 horas.',
              'Porcentaje de medidas de ayuda inmediata otorgadas en plazo.',
              'CEAVI – Dirección de Ayuda Inmediata', 'CEAVI', None),
            G('551.3', 'Se canaliza a las víctimas a servicios de salud mental especializados.',
              'Número de víctimas canalizadas.', 'Secretaría de Salud', 'SEDESA',
              ['Se canalizaron 347 víctimas a los Centros Comunitarios de Salud Mental y Adicciones, donde recibieron en promedio 6 sesiones de terapia.'],
              [(347, 'víctimas', 'Se canalizaron 347 víctimas a los Centros Comunitarios de Salud Mental y Adicciones, donde recibieron en promedio 6 sesiones de terapia.'),
               (6, 'sesiones', 'Se canalizaron 347 víctimas a los Centros Comunitarios de Salud Mental y Adicciones, donde recibieron en promedio 6 sesiones de terapia.')]),
        ], [
            F('551.1', 'avance', 'retroalimentacion', 'El reporte presenta datos desagregados por sexo, lo que permite conocer el avance en la atención integral.'),
            F('551.1', 'solicita_datos', 'retroalimentacion', 'Se requiere informar el tiempo promedio de espera para la primera atención y el número de víctimas que concluyeron su plan de atención.'),
            F('551.2', 'exhorta', 'retroalimentacion', 'Es necesario que la CEAVI reporte el otorgamiento de medidas de ayuda inmediata, ya que es una obligación establecida en la ley.'),
            F('551.3', 'desalineado', 'retroalimentacion', 'Las sesiones de terapia no corresponden a lo que mide la meta, que es la canalización; se sugiere reportarlas por separado.'),
            F('551.3', 'instancia', 'observacion', 'SEDESA indica que no cuenta con un registro que distinga a las víctimas del delito del resto de las personas usuarias de los Centros.'),
        ]),
        S(552, 'Garantizar la reparación integral del daño a las víctimas.', [
            G('552.1', 'Se emiten resoluciones de reparación integral conforme a la Ley de Víctimas para la Ciudad de México.',
              'Número de resoluciones de reparación integral emitidas.',
              'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI',
              ['La Comisión emitió 38 resoluciones de reparación integral y se pagaron 29 compensaciones subsidiarias.'],
              [(38, 'resoluciones', 'La Comisión emitió 38 resoluciones de reparación integral y se pagaron 29 compensaciones subsidiarias.'),
               (29, 'compensaciones', 'La Comisión emitió 38 resoluciones de reparación integral y se pagaron 29 compensaciones subsidiarias.')]),
            G('552.2', 'Se integra el Fondo de Ayuda, Asistencia y Reparación Integral.',
              'Fondo integrado y en operación.', 'Secretaría de Administración y Finanzas', 'SAF',
              ['Se publicaron en la Gaceta Oficial las reglas de operación del Fondo el 22 de enero de 2021.']),
        ], [
            F('552.1', 'cuestiona', 'retroalimentacion', 'Las organizaciones de víctimas cuestionan que las resoluciones se limiten a compensaciones económicas y no contemplen medidas de no repetición.'),
            F('552.1', 'diseno_meta', 'retroalimentacion', 'El indicador sólo cuenta resoluciones emitidas, por lo que no permite medir si la reparación fue integral como establece la meta.'),
            F('552.2', 'insuficiente', 'retroalimentacion', 'La publicación de las reglas de operación abona a la meta, pero por sí sola no da cumplimiento a la integración del Fondo.'),
            F('552.2', 'proceso', 'observacion', 'Se propone que la matriz de retroalimentación se circule a las áreas que reportan antes de cada sesión.'),
        ]),
    ],
    'prev_agreements': [
        ('SO2-21/01', 'La CEAVI presentará el calendario de atención de las unidades de atención a víctimas.', 'Cumplido'),
        ('SO2-21/02', 'La Secretaría Ejecutiva solicitará a la SAF un enlace para el Espacio.', 'Cumplido'),
    ],
    'agreements': [
        AG('Celebrar la Cuarta Sesión Ordinaria el jueves 15 de abril a las 10:00 hrs., vía Zoom, para revisar las estrategias 553 y 556.',
           ['2021-04-15'], [553, 556]),
        AG('La CEAVI informará por escrito sobre la meta 551.2 antes de la siguiente sesión.', [], [551], None),
        AG('SEDESA explorará con la CEAVI un mecanismo para identificar a las víctimas canalizadas a los Centros Comunitarios de Salud Mental.', [], [], None),
    ],
    'next_session': {'date': '2021-04-15', 'start_time': '10:00', 'end_time': None, 'strategies': [553, 556]},
})

ACTAS.append({
    'stem': 'blind-g-victimas-4-2021-04-15', 'layout': 'BG3',
    'notes': 'PDF by Chromium; title "CUARTA SESIÓN ORDINARIA 2021"; date 15-abr-21; strategy 556 not reported (N/R in both columns); a head count in an Observaciones cell is not a figure; previous agreements listed first with their status',
    'ordinal': 'CUARTA', 'fecha': '15-abr-21', 'hora': '10:00 hrs.', 'key': 'SO4-21',
    'session': {'body': BODY, 'number': 4, 'kind': KIND, 'date': '2021-04-15', 'start_time': '10:00',
                'place': PLACE, 'topic': None,
                'objective': 'Retroalimentar los avances reportados en las estrategias 553 y 556'},
    'coordinator': COORD,
    'attendance': [
        A('Lic. Alma Delia Ferrer Ponce', 'Fiscalía General de Justicia – Coordinación de Atención a Víctimas', 'PGJCDMX', 'instancia_ejecutora'),
        A('Lic. Ximena Ortega Bravo', 'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI', 'instancia_ejecutora'),
        A('Lic. Fabiola Cruz Medina', 'Comisión de Búsqueda de Personas de la Ciudad de México', 'CBP-CDMX', 'instancia_ejecutora'),
        A('Mtro. Ricardo Nájera Soto', 'Secretaría de Administración y Finanzas', 'SAF', 'instancia_ejecutora'),
        A('Lic. Sergio Benavides Luna', 'Familias Unidas por la Verdad A.C.', None, 'sociedad_civil'),
        A('C. Luz María Ceballos Arias', 'Colectivo Víctimas en Resistencia', None, 'sociedad_civil'),
        A('C. Rosalba Téllez Miranda', 'Colectivo Hasta Encontrarles CDMX', None, 'sociedad_civil'),
        A('Lic. Tania Robles Guzmán', 'Secretaría Ejecutiva del MSyE', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'orden': ['Bienvenida y registro de asistencia.', 'Seguimiento de acuerdos de la Tercera Sesión Ordinaria.',
              'Retroalimentación de las estrategias 553 y 556.', 'Acuerdos.'],
    'strategies': [
        S(553, 'Garantizar el derecho a la verdad de las víctimas mediante el acceso a la información de sus casos.', [
            G('553.1', 'Se informa a las víctimas sobre el estado de sus carpetas de investigación.',
              'Porcentaje de víctimas informadas respecto de las que lo solicitan.',
              'Fiscalía General de Justicia – Coordinación de Atención a Víctimas', 'PGJCDMX',
              ['Se atendieron 1,254 personas que solicitaron información sobre el estado de sus carpetas, de las cuales 712 mujeres.',
               'Se habilitó un micrositio de consulta del estado de las carpetas.'],
              [(1254, 'personas', 'Se atendieron 1,254 personas que solicitaron información sobre el estado de sus carpetas, de las cuales 712 mujeres.'),
               (712, 'mujeres', 'Se atendieron 1,254 personas que solicitaron información sobre el estado de sus carpetas, de las cuales 712 mujeres.')]),
            G('553.2', 'Se garantiza la asesoría jurídica gratuita a las víctimas en todas las etapas del procedimiento penal.',
              'Número de asesorías jurídicas brindadas.',
              'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI',
              ['La Asesoría Jurídica de la Comisión brindó 3,067 asesorías y representó a 428 víctimas en audiencias.'],
              [(3067, 'asesorías', 'La Asesoría Jurídica de la Comisión brindó 3,067 asesorías y representó a 428 víctimas en audiencias.'),
               (428, 'víctimas', 'La Asesoría Jurídica de la Comisión brindó 3,067 asesorías y representó a 428 víctimas en audiencias.')]),
        ], [
            F('553.1', 'avance', 'retroalimentacion', 'Se reportan datos desagregados por sexo que dan cuenta de la atención a las solicitudes de información.'),
            F('553.1', 'solicita_datos', 'retroalimentacion', 'Es necesario informar cuántas solicitudes quedaron pendientes y el tiempo promedio de respuesta.'),
            F('553.2', 'cuestiona', 'retroalimentacion', 'Los colectivos cuestionan que la representación en audiencias sea tan baja respecto del número de asesorías, lo que deja a las víctimas sin acompañamiento en el juicio.'),
            F('553.2', 'instancia', 'observacion', 'La CEAVI refiere que cuenta con 19 asesores jurídicos para toda la ciudad y solicita que el Espacio respalde la petición de ampliar la plantilla.'),
        ]),
        S(556, 'Prevenir la revictimización en la atención a víctimas de delitos de alto impacto.', [
            G('556.1', 'Se capacita al personal de atención a víctimas en el enfoque psicosocial.',
              'Número de personas servidoras públicas capacitadas.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', None),
            G('556.2', 'Se implementa un protocolo de atención diferenciada para familiares de personas desaparecidas.',
              'Protocolo implementado.', 'Comisión de Búsqueda de Personas de la Ciudad de México', 'CBP-CDMX', None),
        ], [
            F('556.1', 'exhorta', 'retroalimentacion', 'Se exhorta a la SSC a reportar las acciones de capacitación, pues la estrategia no registra información desde su programación.'),
            F('556.2', 'reasignar', 'retroalimentacion', 'Las acciones de búsqueda que la Comisión presentó verbalmente pueden enmarcarse en la estrategia 557, meta 557.1.'),
            F('556.2', 'proceso', 'observacion', 'Sería oportuno que la Comisión de Búsqueda designe un enlace que asista de manera permanente al Espacio.'),
        ]),
    ],
    'prev_agreements': [
        ('SO3-21/01', 'Celebrar la Cuarta Sesión Ordinaria el jueves 15 de abril a las 10:00 hrs., vía Zoom, para revisar las estrategias 553 y 556.', 'Cumplido'),
        ('SO3-21/02', 'La CEAVI informará por escrito sobre la meta 551.2 antes de la siguiente sesión.', 'En proceso'),
        ('SO3-21/03', 'SEDESA explorará con la CEAVI un mecanismo para identificar a las víctimas canalizadas a los Centros Comunitarios de Salud Mental.', 'En proceso'),
    ],
    'agreements': [
        AG('La Quinta Sesión Ordinaria se celebrará el jueves 27 de mayo de 2021, de 10:00 a 12:30 hrs., para revisar las estrategias 554 y 557.',
           ['2021-05-27'], [554, 557]),
        AG('La Secretaría Ejecutiva enviará un oficio a la SSC y a la Comisión de Búsqueda de Personas sobre las metas 556.1 y 556.2.',
           [], [556], None),
    ],
    'next_session': {'date': '2021-05-27', 'start_time': '10:00', 'end_time': '12:30', 'strategies': [554, 557]},
})

LAND_W = 14570
ROWS = ('Meta', 'Indicador', 'Instancia ejecutora', '¿Reportó?', 'Informe', 'Retroalimentación', 'Observaciones')


def _goal_cells(s, g):
    """the paragraphs of each labelled row for one goal."""
    return {
        'Meta': [g['id'] + ' ' + g['text']],
        'Indicador': [g['indicator']],
        'Instancia ejecutora': [g['executor']],
        '¿Reportó?': ['✓' if g['report'] else '✗'],
        'Informe': g['report'] if g['report'] else ['N/R'],
        'Retroalimentación': [f['text'] for f in fb_for(s, g['id'], 'retroalimentacion')],
        'Observaciones': [f['text'] for f in fb_for(s, g['id'], 'observacion')],
    }


def render(acta, path):
    ss = acta['session']
    b = []
    b.append(p('MINUTA DE LA %s SESIÓN ORDINARIA 2021' % acta['ordinal'], style='Title', after=60))
    b.append(p('Espacio de Participación de los ' + BODY, align='center', after=240))
    kv = [('Fecha:', acta['fecha']), ('Hora:', acta['hora']), ('Modalidad:', PLACE), ('Objetivo:', ss['objective'])]
    b.append(table([[cell(p([('b', k)], style='Small'), 1700), cell(p(v, style='Small'), 7938)] for k, v in kv],
                   [1700, 7938], borders=False))
    b.append(p('I. ORDEN DEL DÍA', style='Heading1'))
    for i, x in enumerate(acta['orden'], 1):
        b.append(p('%d. %s' % (i, x), ind=(567,)))
    b.append(p('II. DESARROLLO DE LA SESIÓN', style='Heading1'))
    b.append(p('La Secretaría Ejecutiva dio la bienvenida a las personas asistentes, cuyo registro se anexa a la presente minuta, '
               'y presentó la retroalimentación de las estrategias que se resume en las tablas siguientes.', align='both',
               sect=sect_pr(margins=(1134, 1134, 1134, 1134))))
    # landscape section with the strategy tables
    for s in acta['strategies']:
        n = len(s['goals'])
        lab = 2000
        gw = (LAND_W - lab) // n
        widths = [lab] + [gw] * n
        rows = [[cell(p([('b', 'Estrategia %d. ' % s['number']), s['title']], style='Small'), LAND_W, span=n + 1, shade='DEEAF6')]]
        cells = [_goal_cells(s, g) for g in s['goals']]
        for r in ROWS:
            row = [cell(p([('b', r)], style='Small'), lab, shade='F2F2F2')]
            for c in cells:
                pars = c[r] or ['']
                row.append(cell([p(x, style='Small', align='center' if r == '¿Reportó?' else None) for x in pars], gw))
            rows.append(row)
        b.append(table(rows, widths, header_rows=1))
        b.append(p(''))
    b[-1] = p('', sect=sect_pr(landscape=True, section_type='nextPage'))
    b.append(p('III. ACUERDOS', style='Heading1'))
    aw = [1500, 6338, 1800]
    rows = [[cell(p([('b', 'Clave')], style='Small'), aw[0], shade='DEEAF6'), cell(p([('b', 'Acuerdo')], style='Small'), aw[1], shade='DEEAF6'),
             cell(p([('b', 'Estatus')], style='Small'), aw[2], shade='DEEAF6')]]
    for k, t, st in acta['prev_agreements']:
        rows.append([cell(p(k, style='Small'), aw[0]), cell(p(t, style='Small'), aw[1]), cell(p(st, style='Small'), aw[2])])
    for i, a in enumerate(acta['agreements'], 1):
        rows.append([cell(p('%s/%02d' % (acta['key'], i), style='Small'), aw[0]), cell(p(a['text'], style='Small'), aw[1]),
                     cell(p('Nuevo', style='Small'), aw[2])])
    b.append(table(rows, aw, header_rows=1))
    b.append(p('', before=600))
    b.append(p(COORD['name'], align='center', after=0))
    b.append(p(COORD['role'], align='center'))
    b.append(p('ANEXO. LISTA DE ASISTENCIA', style='Heading1', page_break_before=True))
    tw = [3400, 4438, 1800]
    rows = [[cell(p([('b', h)], style='Small'), w, shade='DEEAF6') for h, w in zip(('Nombre', 'Institución', 'Sector'), tw)]]
    for a in acta['attendance']:
        rows.append([cell(p(a['name'], style='Small'), tw[0]), cell(p(a['institution'], style='Small'), tw[1]),
                     cell(p(SECTOR_WORD[a['sector']], style='Small'), tw[2])])
    b.append(table(rows, tw, header_rows=1))
    write_docx(path, ''.join(b), sect_pr(), font='Verdana', size=19, small=16, title='Minuta %s' % acta['stem'])


CSS = '''
@page { size: A4 portrait; margin: 2cm; }
@page land { size: A4 landscape; margin: 1.6cm; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 9.5pt; }
h1.title { text-align: center; font-size: 14pt; margin: 0 0 4pt 0; }
p.sub { text-align: center; margin: 0 0 14pt 0; }
h2 { font-size: 11pt; color: #1F3864; margin: 14pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
table.kv td { border: none; padding: 2pt 4pt; vertical-align: top; }
table.grid td, table.grid th { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; font-size: 8pt; }
table.grid th { background: #DEEAF6; text-align: left; }
td.lab { background: #F2F2F2; font-weight: bold; width: 13%; }
td p { margin: 0 0 3pt 0; }
.land { page: land; }
.brk { break-before: page; }
'''


def _e(x):
    return H.escape(x, quote=False)


def render_html(acta, path):
    ss = acta['session']
    o = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (acta['stem'], CSS)]
    o.append('<h1 class="title">MINUTA DE LA %s SESIÓN ORDINARIA 2021</h1>' % acta['ordinal'])
    o.append('<p class="sub">Espacio de Participación de los %s</p>' % _e(BODY))
    o.append('<table class="kv">' + ''.join('<tr><td style="width:18%%"><b>%s</b></td><td>%s</td></tr>' % (_e(k), _e(v)) for k, v in
                                             [('Fecha:', acta['fecha']), ('Hora:', acta['hora']), ('Modalidad:', PLACE), ('Objetivo:', ss['objective'])]) + '</table>')
    o.append('<h2>I. ORDEN DEL DÍA</h2>')
    o.append(''.join('<p style="margin-left:1cm">%d. %s</p>' % (i, _e(x)) for i, x in enumerate(acta['orden'], 1)))
    o.append('<h2>II. DESARROLLO DE LA SESIÓN</h2><p style="text-align:justify">La Secretaría Ejecutiva dio la bienvenida a las personas asistentes, cuyo registro se anexa a la presente minuta, y presentó la retroalimentación de las estrategias que se resume en las tablas siguientes.</p>')
    o.append('<div class="land">')
    for s in acta['strategies']:
        cells = [_goal_cells(s, g) for g in s['goals']]
        o.append('<table class="grid" style="margin-bottom:12pt"><thead><tr><th colspan="%d"><b>Estrategia %d.</b> %s</th></tr></thead><tbody>' % (
            len(cells) + 1, s['number'], _e(s['title'])))
        for r in ROWS:
            o.append('<tr><td class="lab">%s</td>%s</tr>' % (_e(r), ''.join(
                '<td%s>%s</td>' % (' style="text-align:center"' if r == '¿Reportó?' else '', ''.join('<p>%s</p>' % _e(x) for x in c[r]))
                for c in cells)))
        o.append('</tbody></table>')
    o.append('</div>')
    o.append('<h2>III. ACUERDOS</h2><table class="grid"><thead><tr><th style="width:16%">Clave</th><th>Acuerdo</th><th style="width:16%">Estatus</th></tr></thead><tbody>')
    for k, t, st in acta['prev_agreements']:
        o.append('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (_e(k), _e(t), _e(st)))
    for i, a in enumerate(acta['agreements'], 1):
        o.append('<tr><td>%s/%02d</td><td>%s</td><td>Nuevo</td></tr>' % (acta['key'], i, _e(a['text'])))
    o.append('</tbody></table>')
    o.append('<p style="text-align:center;margin-top:50pt;margin-bottom:0">%s</p><p style="text-align:center;margin-top:0">%s</p>' % (
        _e(COORD['name']), _e(COORD['role'])))
    o.append('<h2 class="brk">ANEXO. LISTA DE ASISTENCIA</h2><table class="grid"><thead><tr><th>Nombre</th><th>Institución</th><th>Sector</th></tr></thead><tbody>')
    for a in acta['attendance']:
        o.append('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (_e(a['name']), _e(a['institution']), _e(SECTOR_WORD[a['sector']])))
    o.append('</tbody></table></body></html>')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(o))
