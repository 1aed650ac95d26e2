"""Layout BE3: borderless per-strategy grid Meta | Instancia | Estado del reporte (check-box content
controls ☒/☐ Reportó / No reportó / Parcial) | Informe | Retroalimentación (per goal); a table of the
PREVIOUS session's agreements with status (not this session's agreements); new agreements with
automatic 'Acuerdo N.' numbering; attendance only in 'Anexo 1. Lista de asistencia' at the END,
with a Sector column. The .docx is Word XML; the PDF is printed by Chromium from an HTML rendering
of the same content (src/html/), tables without rules."""
import os, html, subprocess
from common import *

BODY = 'Derecho de Acceso a la Justicia'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'
COORD = {'name': 'Beatriz Contreras Lugo', 'role': 'Coordinadora del Espacio de Participación'}
PLACE = 'Sala 2 del Tribunal Superior de Justicia de la Ciudad de México, Niños Héroes 132, colonia Doctores'
S194 = 'Garantizar el acceso a la justicia de las víctimas del delito mediante la reparación integral del daño.'
G1941 = ('194.1', 'Se otorgan medidas de ayuda inmediata y reparación a víctimas inscritas en el Registro de Víctimas.', 'Número de víctimas inscritas que reciben medidas de ayuda.', 'Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI')
G1942 = ('194.2', 'Se reduce el tiempo de emisión de las resoluciones de reparación integral.', 'Tiempo promedio de emisión de las resoluciones de reparación.', 'CEAVI', 'CEAVI')

R1901 = 'Se impartieron 8 cursos en materia de derechos humanos y perspectiva de género a 164 personas defensoras públicas, de las cuales 93 mujeres.'
R1902 = 'Se contrató a 3 intérpretes de lengua de señas mexicana para las salas penales.'
R1941 = 'Se inscribieron 1,872 personas en el Registro de Víctimas de la Ciudad de México y se otorgaron 540 medidas de ayuda inmediata.'
R1942 = 'El tiempo promedio de emisión de las resoluciones pasó de 14 a 9 meses.'
acta11 = {
    'session': {'body': BODY, 'number': 11, 'kind': 'sesión ordinaria', 'date': '2022-02-09', 'start_time': '16:00', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Mtro. Arturo Ledesma Núñez', 'Defensoría Pública (CEJUR)', 'CEJUR', IE),
        att('Lic. Daniela Ponce Arriaga', 'TSJCDMX – Dirección de Derechos Humanos', 'TSJCDMX', IE),
        att('Miguel Ángel Carrillo Soto', 'CEAVI', 'CEAVI', IE),
        att('Lucía Barrera Olmos', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE),
        att('Jimena Rosales Urbina', 'Colectivo de Víctimas Unidas por la Justicia', None, SC),
        att('Pedro Cisneros Mata', 'Instituto de Justicia Procesal Penal, A.C.', None, SC),
        att('Tania Flores Quiroz', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 190, 'title': 'Fortalecer la defensoría pública para garantizar una defensa adecuada a personas en situación de vulnerabilidad.', 'goals': [
            goal('190.1', 'Se incrementa el número de personas defensoras públicas con formación en derechos humanos.', 'Número de personas defensoras públicas capacitadas.', 'Consejería Jurídica y de Servicios Legales – Dirección General de Defensoría Pública', 'CEJUR', report=R1901),
            goal('190.2', 'Se brinda asesoría jurídica gratuita en lenguas indígenas y lengua de señas mexicana.', 'Número de asesorías brindadas con intérprete.', 'Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX', report=R1902),
            goal('190.3', 'Se publica un informe anual sobre la calidad de la defensa pública.', 'Informe anual publicado.', 'CEJUR', 'CEJUR')],
         'figures': [fig(8, 'cursos', '190.1', R1901), fig(164, 'personas', '190.1', R1901), fig(93, 'mujeres', '190.1', R1901), fig(3, 'intérpretes', '190.2', R1902)],
         'feedback': [
             fb('La capacitación reportada permite conocer cuántas personas defensoras se formaron y abona directamente al indicador.', 'retroalimentacion', '190.1', 'avance'),
             fb('Marcar el reporte como parcial es adecuado; sin embargo, la contratación de intérpretes por sí sola no da cumplimiento a la meta, que incluye lenguas indígenas.', 'retroalimentacion', '190.2', 'insuficiente'),
             fb('Es necesario que la Defensoría Pública inicie la elaboración del informe anual que establece la meta.', 'retroalimentacion', '190.3', 'exhorta'),
             fb('El TSJCDMX menciona que es difícil contratar intérpretes de lenguas indígenas por la falta de perfiles certificados (meta 190.2).', 'observacion', '190.2', 'instancia')]},
        {'number': 194, 'title': S194, 'goals': [goal(*G1941, report=R1941), goal(*G1942, report=R1942)],
         'figures': [fig(1872, 'personas', '194.1', R1941), fig(540, 'medidas', '194.1', R1941), fig(14, 'meses', '194.2', R1942), fig(9, 'meses', '194.2', R1942)],
         'feedback': [
             fb('Se necesita informar cuántas de las medidas otorgadas corresponden a mujeres víctimas de violencia y en qué alcaldías.', 'retroalimentacion', '194.1', 'solicita_datos'),
             fb('El Colectivo de Víctimas cuestiona que se hable de reducción de tiempos cuando la mayoría de las resoluciones no se han pagado.', 'retroalimentacion', '194.2', 'cuestiona'),
             fb('La CEAVI solicita que la Secretaría Ejecutiva precise qué desagregación requiere para la meta 194.1.', 'observacion', '194.1', 'instancia')]},
    ],
    'agreements': [
        {'text': 'Celebrar la Décima Segunda Sesión Ordinaria el miércoles 16 de marzo de 2022 a las 16:00 horas para revisar las estrategias 194 y 197.', 'dates': ['2022-03-16'], 'strategies': [194, 197], 'responsible': None},
        {'text': 'El TSJCDMX informará sobre la contratación de intérpretes en lenguas indígenas de la meta 190.2.', 'dates': [], 'strategies': [190], 'responsible': None},
        {'text': 'La Secretaría Ejecutiva remitirá el formato de desagregación solicitado por la CEAVI a más tardar el 18 de febrero de 2022.', 'dates': ['2022-02-18'], 'strategies': [], 'responsible': None},
    ],
    'next_session': {'date': '2022-03-16', 'start_time': '16:00', 'end_time': None, 'strategies': [194, 197]},
}
PREV11 = [('La CEAVI presentará el padrón de víctimas inscritas.', 'Atendido'),
          ('La Defensoría Pública enviará su programa de capacitación 2022.', 'En proceso')]

R1942_12 = 'Se emitieron 212 resoluciones de reparación integral y se pagaron 47 compensaciones.'
R1971 = 'Se abrieron 2 módulos de mediación en las alcaldías Tlalpan y Xochimilco, donde se atendieron 735 solicitudes.'
R1972 = 'Se elaboraron materiales de difusión en náhuatl y mazahua, que se distribuyeron en 5 pueblos originarios.'
acta12 = {
    'session': {'body': BODY, 'number': 12, 'kind': 'sesión ordinaria', 'date': '2022-03-16', 'start_time': '16:00', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Daniela Ponce Arriaga', 'TSJCDMX – Dirección de Derechos Humanos', 'TSJCDMX', IE),
        att('Miguel Ángel Carrillo Soto', 'CEAVI', 'CEAVI', IE),
        att('Ing. Salvador Méndez Rojas', 'Centro de Justicia Alternativa del Tribunal Superior de Justicia', 'TSJCDMX', IE),
        att('Itzel Galindo Mora', 'Alcaldía Tlalpan', 'ALC-TLALPAN', IE),
        att('Jimena Rosales Urbina', 'Colectivo de Víctimas Unidas por la Justicia', None, SC),
        att('Pedro Cisneros Mata', 'Instituto de Justicia Procesal Penal, A.C.', None, SC),
        att('Tania Flores Quiroz', 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 194, 'title': S194, 'goals': [goal(*G1941), goal(*G1942, report=R1942_12)],
         'figures': [fig(212, 'resoluciones', '194.2', R1942_12), fig(47, 'compensaciones', '194.2', R1942_12)],
         'feedback': [
             fb('Se exhorta a la CEAVI a reportar las medidas de ayuda de la meta 194.1 en el SIIMPLE, como lo hizo el semestre anterior.', 'retroalimentacion', '194.1', 'exhorta'),
             fb('Lo reportado en la meta 194.2 no corresponde al indicador, que mide tiempos de emisión y no número de resoluciones.', 'retroalimentacion', '194.2', 'desalineado'),
             fb('La CEAVI refiere que el pago de compensaciones depende de la suficiencia presupuestal autorizada por la SAF.', 'observacion', '194.2', 'instancia')]},
        {'number': 197, 'title': 'Promover mecanismos alternativos de solución de controversias accesibles para la población.', 'goals': [
            goal('197.1', 'Se amplía la cobertura del Centro de Justicia Alternativa a las alcaldías.', 'Número de módulos de mediación en operación.', 'Centro de Justicia Alternativa del TSJCDMX', 'TSJCDMX', report=R1971),
            goal('197.2', 'Se difunden los servicios de mediación comunitaria en lenguas indígenas.', 'Número de materiales de difusión distribuidos.', 'Alcaldía Tlalpan', 'ALC-TLALPAN', report=R1972)],
         'figures': [fig(2, 'módulos', '197.1', R1971), fig(735, 'solicitudes', '197.1', R1971), fig(5, 'pueblos', '197.2', R1972)],
         'feedback': [
             fb('Se reportan datos duros sobre la apertura de módulos, lo que permite conocer la ampliación de la cobertura.', 'retroalimentacion', '197.1', 'avance'),
             fb('La difusión en lenguas indígenas podría enmarcarse en la estrategia 190, meta 190.2, sobre asesoría en lenguas indígenas.', 'retroalimentacion', '197.2', 'reasignar'),
             fb('Sería oportuno que a las sesiones acuda personal del Centro de Justicia Alternativa con información de las metas 197.1 y 197.2.', 'observacion', '197.1', 'proceso')]},
    ],
    'agreements': [
        {'text': 'El Centro de Justicia Alternativa presentará el calendario de apertura de nuevos módulos de la meta 197.1.', 'dates': [], 'strategies': [197], 'responsible': None},
        {'text': 'La próxima sesión será el 20 de abril, a las 16:00 horas; se revisarán las estrategias 190 y 197.', 'dates': ['2022-04-20'], 'strategies': [190, 197], 'responsible': None},
    ],
    'next_session': {'date': '2022-04-20', 'start_time': '16:00', 'end_time': None, 'strategies': [190, 197]},
}
PREV12 = [(acta11['agreements'][0]['text'], 'Atendido'), (acta11['agreements'][1]['text'], 'En proceso'), (acta11['agreements'][2]['text'], 'Atendido')]
STATES = ('Reportó', 'No reportó', 'Parcial')
SECTOR_WORD = {IE: 'Gobierno', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva'}


def checkbox(on, label):
    ch = '☒' if on else '☐'
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'
            + R(' ' + label, sz=16))


def state_of(g, partial):
    if g['report_status'] == 'not_reported': return 'No reportó'
    return 'Parcial' if g['id'] in partial else 'Reportó'


def render_docx(stem, a, ordinal_title, date_text, hour_text, prev, partial):
    W5 = [2200, 1500, 1300, 2400, 2238]
    b = [P('ESPACIO DE PARTICIPACIÓN DEL DERECHO DE ACCESO A LA JUSTICIA', style='Title'),
         P(ordinal_title, align='center', b=True),
         P([R('Fecha: ', b=True), R(date_text)]), P([R('Hora: ', b=True), R(hour_text)]), P([R('Sede: ', b=True), R(PLACE)]),
         P('I. Seguimiento de acuerdos de la sesión anterior', style='Heading1')]
    rows = [[C([P('No.', b=True)], w=700, shade='E7E6E6'), C([P('Acuerdo', b=True)], w=7138, shade='E7E6E6'), C([P('Estado', b=True)], w=1800, shade='E7E6E6')]]
    for k, (t, stt) in enumerate(prev, 1):
        rows.append([C(str(k), w=700), C(t, w=7138), C(stt, w=1800)])
    b.append(T(rows, [700, 7138, 1800], borders=False))
    b.append(P('II. Revisión de estrategias', style='Heading1'))
    for st in a['strategies']:
        b.append(P([R(f'Estrategia {st["number"]}', b=True), R('\t' + st['title'])], tabs=[('left', 1400)], ind=(1400, 1400)))
        rows = [[C([P(h, b=True)], w=w, shade='E7E6E6') for h, w in zip(('Meta', 'Instancia ejecutora', 'Estado del reporte', 'Informe', 'Retroalimentación'), W5)]]
        for g in st['goals']:
            s = state_of(g, partial)
            fbs = [f['text'] for f in st['feedback'] if f['section'] == 'retroalimentacion' and f['goal'] == g['id']]
            rows.append([C([P([R(g['id'], b=True)]), P(g['text']), P([R('Indicador: ' + g['indicator'], i=True, sz=16)])], w=W5[0]),
                         C(g['executor'], w=W5[1]),
                         C([P([checkbox(s == x, x)], after=0) for x in STATES], w=W5[2]),
                         C([P(g['report'] or '')], w=W5[3]),
                         C([P(t) for t in fbs], w=W5[4])])
        obs = [f['text'] for f in st['feedback'] if f['section'] == 'observacion']
        if obs:
            rows.append([C([P('Observaciones de las instancias', b=True)], w=W5[0], shade='F2F2F2'), C([P(t) for t in obs], w=sum(W5[1:]), span=4)])
        b.append(T(rows, W5, borders=False, header_rows=1))
        b.append(P(''))
    b.append(P('III. Acuerdos de la sesión', style='Heading1'))
    for ag in a['agreements']:
        b.append(P(ag['text'], num=1))
    b.append(P(''))
    b.append(P(a['coordinator']['name'], align='center', b=True))
    b.append(P(a['coordinator']['role'], align='center'))
    b.append(P('Anexo 1. Lista de asistencia', style='Heading1', pagebreak=True))
    rows = [[C([P(h, b=True)], w=w, shade='E7E6E6') for h, w in zip(('Nombre', 'Institución', 'Sector'), (3000, 4638, 2000))]]
    for p in a['attendance']:
        rows.append([C(p['name'], w=3000), C(p['institution'], w=4638), C(SECTOR_WORD[p['sector']], w=2000)])
    b.append(T(rows, [3000, 4638, 2000], borders=False, header_rows=1))
    write_docx(os.path.join(OUT, stem + '.docx'), ''.join(b), sect_pr(margins=1134),
               numbering=numbering_xml({1: [('decimal', 'Acuerdo %1.', 1080)]}), font='Calibri', sz=20)


def e(s): return html.escape(s, quote=False)


def render_html(stem, a, ordinal_title, date_text, hour_text, prev, partial):
    h = ['<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>' + e(ordinal_title) + '</title><style>',
         'body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;margin:0} table{border-collapse:collapse;width:100%;margin:4pt 0}',
         'td,th{border:none;vertical-align:top;padding:3pt 4pt;text-align:left} th{background:#e7e6e6}',
         'h1{font-size:13pt;text-align:center} h2{font-size:11pt;margin-top:12pt} p{margin:2pt 0} .ind{font-style:italic;font-size:8pt}',
         '.annex{page-break-before:always} @page{size:A4;margin:2cm}</style></head><body>',
         '<h1>ESPACIO DE PARTICIPACIÓN DEL DERECHO DE ACCESO A LA JUSTICIA</h1>', f'<p style="text-align:center"><b>{e(ordinal_title)}</b></p>',
         f'<p><b>Fecha:</b> {e(date_text)}</p><p><b>Hora:</b> {e(hour_text)}</p><p><b>Sede:</b> {e(PLACE)}</p>',
         '<h2>I. Seguimiento de acuerdos de la sesión anterior</h2><table><tr><th>No.</th><th>Acuerdo</th><th>Estado</th></tr>']
    for k, (t, stt) in enumerate(prev, 1):
        h.append(f'<tr><td>{k}</td><td>{e(t)}</td><td>{stt}</td></tr>')
    h.append('</table><h2>II. Revisión de estrategias</h2>')
    for st in a['strategies']:
        h.append(f'<p><b>Estrategia {st["number"]}</b>&nbsp;&nbsp;&nbsp; {e(st["title"])}</p>')
        h.append('<table><tr><th style="width:22%">Meta</th><th style="width:15%">Instancia ejecutora</th><th style="width:13%">Estado del reporte</th><th style="width:25%">Informe</th><th>Retroalimentación</th></tr>')
        for g in st['goals']:
            s = state_of(g, partial)
            boxes = ''.join(f'<p>{"☒" if s == x else "☐"} {x}</p>' for x in STATES)
            fbs = ''.join(f'<p>{e(f["text"])}</p>' for f in st['feedback'] if f['section'] == 'retroalimentacion' and f['goal'] == g['id'])
            h.append(f'<tr><td><p><b>{g["id"]}</b></p><p>{e(g["text"])}</p><p class="ind">Indicador: {e(g["indicator"])}</p></td><td>{e(g["executor"])}</td>'
                     f'<td>{boxes}</td><td><p>{e(g["report"] or "")}</p></td><td>{fbs}</td></tr>')
        obs = ''.join(f'<p>{e(f["text"])}</p>' for f in st['feedback'] if f['section'] == 'observacion')
        if obs:
            h.append(f'<tr><td><b>Observaciones de las instancias</b></td><td colspan="4">{obs}</td></tr>')
        h.append('</table>')
    h.append('<h2>III. Acuerdos de la sesión</h2>')
    for k, ag in enumerate(a['agreements'], 1):
        h.append(f'<p>Acuerdo {k}. {e(ag["text"])}</p>')
    h.append(f'<p>&nbsp;</p><p style="text-align:center"><b>{e(a["coordinator"]["name"])}</b><br>{e(a["coordinator"]["role"])}</p>')
    h.append('<h2 class="annex">Anexo 1. Lista de asistencia</h2><table><tr><th>Nombre</th><th>Institución</th><th>Sector</th></tr>')
    for p in a['attendance']:
        h.append(f'<tr><td>{e(p["name"])}</td><td>{e(p["institution"])}</td><td>{SECTOR_WORD[p["sector"]]}</td></tr>')
    h.append('</table></body></html>')
    os.makedirs(os.path.join(OUT, 'src', 'html'), exist_ok=True)
    hp = os.path.join(OUT, 'src', 'html', stem + '.html')
    open(hp, 'w', encoding='utf-8').write('\n'.join(h))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={os.path.join(OUT, stem + ".pdf")}', hp], capture_output=True, timeout=120)


if __name__ == '__main__':
    s11 = 'blind-e-justicia-11-2022-02-09'
    args = (s11, acta11, 'Minuta de la Décima Primera Sesión Ordinaria', 'miércoles 9 de febrero de 2022', '16:00 horas', PREV11, {'190.2'})
    render_docx(*args); render_html(*args)
    write_gold(s11, acta11, 'BE3', 'check-box status (Parcial counts as reported); previous-session agreements table with status is NOT gold; attendance only in the annex at the end; PDF printed by Chromium from HTML')
    s12 = 'blind-e-justicia-12-2022-03-16'
    args = (s12, acta12, 'Minuta de la Décima Segunda Sesión Ordinaria', '16 de marzo de 2022', '16:00 a 18:30 horas', PREV12, {'197.2'})
    render_docx(*args); render_html(*args)
    write_gold(s12, acta12, 'BE3', 'previous agreements table repeats the three agreements of session 11 verbatim (not gold); check-box status; annex attendance; PDF by Chromium')
