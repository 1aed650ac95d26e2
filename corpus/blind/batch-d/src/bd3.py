"""BD3 — designed 'minuta' with goal cards, printed by Chromium from HTML (no ruled borders
anywhere); the .docx is the same acta in Word XML with borderless tables. Derecho a la Libertad
de Expresión, sesiones ordinarias 9 y 10 (2020, virtual).

The strategy number stands on its own line as '190 · Title' under a small 'ESTRATEGIA' label;
each goal is a two-cell card: the id and a status pill ('CON INFORME' / 'SIN INFORME') on the
left, text, indicator, executor, 'Lo que se informó' and 'Comentarios' on the right. Comments
carry a speaker badge (SE / OSC / Instancia) that is not part of the gold text. Participants in
three side-by-side columns; agreements in a # | Acuerdo | Responsable | Plazo grid."""
import html
from wml import Docx, p, r, b, i, sect, tbl, cell
from common import plain

COORD = ('Mtro. Gustavo Linares Peña', 'Coordinador del Espacio de Participación')
BADGE = {'se': 'SE', 'osc': 'OSC', 'inst': 'Instancia'}
SECTION = {'se': 'retroalimentacion', 'osc': 'retroalimentacion', 'inst': 'observacion'}


def fb(who, label, text):
    return {'who': who, 'section': SECTION[who], 'label': label, 'text': text}


S9 = {
    'stem': 'blind-d-expresion-9-2020-08-13', 'layout': 'BD3',
    'notes': 'PDF printed by Chromium from HTML (no borders); docx in Word XML with borderless tables. Strategy as '
             '"190 · title" under a separate "ESTRATEGIA" label; goal cards: id + status pill (CON/SIN INFORME) in '
             'a left cell; feedback with speaker badges (SE/OSC/Instancia; badge not in gold text; SE and OSC -> '
             'retroalimentacion, Instancia -> observacion); participants in three side-by-side columns; virtual '
             'session (place = platform); agreements grid with Responsable and Plazo (plazo dates are in gold dates).',
    'session_line': 'Novena sesión ordinaria (virtual)', 'date_text': '13 de agosto de 2020', 'hours': '11:00 a 13:30 h',
    'session': {'body': 'Derecho a la Libertad de Expresión', 'number': 9, 'kind': 'sesión ordinaria',
                'date': '2020-08-13', 'start_time': '11:00', 'place': 'Videoconferencia por Zoom',
                'topic': None, 'objective': None},
    'coordinator': COORD, 'relatora': 'Lic. Fabiola Herrera Ayala',
    'attendance': [
        ('Mtro. Arturo Villanueva Pérez', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', 'instancia_ejecutora'),
        ('Lic. Gabriela Ontiveros Luna', 'Secretaría de Gobierno – Dirección General de Concertación Política', 'SECGOB', 'instancia_ejecutora'),
        ('Lic. Marco Antonio Reséndiz Ortega', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', 'instancia_ejecutora'),
        ('Lic. Diana Esquivel Torres', 'Capital 21, Sistema Público de Radiodifusión de la Ciudad de México', None, 'instancia_ejecutora'),
        ('Tania Rosales Medina', 'Artículo 19', None, 'sociedad_civil'),
        ('Emilio Barajas Cortés', 'Red de Radios Comunitarias de México', None, 'sociedad_civil'),
        ('Renata Olvera Sáenz', 'Comunicación e Información de la Mujer, A.C. (CIMAC)', None, 'sociedad_civil'),
        ('Lic. Fabiola Herrera Ayala', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        {'number': 190, 'title': 'Garantizar el ejercicio de la protesta social pacífica sin criminalización',
         'goals': [
             {'id': '190.1',
              'text': 'Las personas policías aplican el protocolo de actuación en manifestaciones con enfoque de derechos humanos.',
              'indicator': 'Número de manifestaciones atendidas con aplicación del protocolo.',
              'executor': 'SSC', 'executor_key': 'SSPCDMX',
              'report': ['Durante el primer semestre de 2020 se dio acompañamiento a [[1,862|manifestaciones]] manifestaciones, en las que participaron elementos sin equipo antimotines ni armas de fuego.',
                         'Se capacitó en el protocolo a [[3,240|policías]] policías de las unidades de la Subsecretaría de Operación Policial.'],
              'fb': [fb('se', 'solicita_datos', 'Se necesita informar en cuántas manifestaciones hubo detenciones y cuántas quejas se presentaron ante la Comisión de Derechos Humanos.'),
                     fb('osc', 'cuestiona', 'Artículo 19 cuestiona que se hable de acompañamiento cuando en varias marchas se documentaron encapsulamientos de periodistas.')]},
             {'id': '190.2',
              'text': 'Se establecen mesas de diálogo con las personas manifestantes antes de cualquier intervención policial.',
              'indicator': 'Número de mesas de diálogo instaladas.',
              'executor': 'Secretaría de Gobierno – Dirección General de Concertación Política', 'executor_key': 'SECGOB',
              'report': ['Se instalaron [[318|mesas]] mesas de diálogo con grupos manifestantes, de las cuales [[204|mesas]] mesas concluyeron con acuerdos firmados.'],
              'fb': [fb('se', 'avance', 'Se reportan datos duros que permiten conocer cómo se atienden las demandas de los grupos manifestantes.'),
                     fb('inst', 'instancia', 'La Secretaría de Gobierno menciona que muchas movilizaciones no avisan previamente, lo que dificulta instalar mesas antes de la protesta.')]},
         ]},
        {'number': 192, 'title': 'Fortalecer los medios comunitarios y públicos como espacios de expresión',
         'goals': [
             {'id': '192.1', 'text': 'Se otorgan apoyos a radios comunitarias para la producción de contenidos.',
              'indicator': 'Número de radios comunitarias apoyadas.',
              'executor': 'Secretaría de Cultura de la Ciudad de México', 'executor_key': 'SECULT-CDMX',
              'report': ['A través de la convocatoria «Voces de la Ciudad» se entregaron apoyos económicos a [[12|radios]] radios comunitarias para producir [[96|programas]] programas sobre la vida de los barrios.'],
              'fb': [fb('osc', 'solicita_datos', 'La Red de Radios Comunitarias solicita conocer los criterios de selección y el nombre de las radios apoyadas.'),
                     fb('se', 'reasignar', 'La producción de programas puede estar enmarcada en la estrategia 193, meta 193.1, sobre contenidos culturales.')]},
             {'id': '192.2', 'text': 'El sistema público de radiodifusión abre espacios a producciones independientes.',
              'indicator': 'Número de horas de programación independiente transmitidas.',
              'executor': 'Capital 21', 'executor_key': None, 'report': None,
              'fb': [fb('se', 'exhorta', 'Es necesario que Capital 21 empiece a reportar las horas de producción independiente que transmite.'),
                     fb('inst', 'instancia', 'Capital 21 señala que la meta no le fue notificada sino hasta este mes, por lo que enviará su informe para la siguiente sesión.')]},
         ]},
    ],
    'agreements': [
        {'text': 'Celebrar la décima sesión ordinaria el jueves 10 de septiembre a las 11:00 horas, de manera virtual, para revisar las estrategias 194 y 196.',
         'responsible': 'Secretaría Ejecutiva', 'plazo': '10/09/2020', 'dates': ['2020-09-10'], 'strategies': [194, 196]},
        {'text': 'Enviar a la Secretaría Ejecutiva el número de detenciones en manifestaciones del semestre (meta 190.1).',
         'responsible': 'SSC', 'plazo': '31/08/2020', 'dates': ['2020-08-31'], 'strategies': [190]},
        {'text': 'Enviar el informe de la meta 192.2.', 'responsible': 'Capital 21', 'plazo': '07/09/2020',
         'dates': ['2020-09-07'], 'strategies': [192]},
    ],
    'next_session': {'date': '2020-09-10', 'start_time': '11:00', 'end_time': None, 'strategies': [194, 196]},
}

S10 = {
    'stem': 'blind-d-expresion-10-2020-09-10', 'layout': 'BD3',
    'notes': 'as session 9; date "jueves 10 de septiembre de 2020"; a strategy with no goal reported (196); a '
             'duration figure ("20 horas"); an agreement with Plazo "—" (no date).',
    'session_line': 'Décima sesión ordinaria (virtual)', 'date_text': 'jueves 10 de septiembre de 2020',
    'hours': '11:00 a 13:15 h',
    'session': {'body': 'Derecho a la Libertad de Expresión', 'number': 10, 'kind': 'sesión ordinaria',
                'date': '2020-09-10', 'start_time': '11:00', 'place': 'Videoconferencia por Zoom',
                'topic': None, 'objective': None},
    'coordinator': COORD, 'relatora': 'Lic. Fabiola Herrera Ayala',
    'attendance': [
        ('Mtro. Arturo Villanueva Pérez', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', 'instancia_ejecutora'),
        ('Lic. Beatriz Cano Maldonado', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', 'instancia_ejecutora'),
        ('Lic. Hugo Fragoso Díaz', 'Congreso de la Ciudad de México', 'ALDF', 'instancia_ejecutora'),
        ('Lic. Nadia Romero Castillo', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', 'instancia_ejecutora'),
        ('Lic. Diana Esquivel Torres', 'Capital 21, Sistema Público de Radiodifusión de la Ciudad de México', None, 'instancia_ejecutora'),
        ('Tania Rosales Medina', 'Artículo 19', None, 'sociedad_civil'),
        ('Renata Olvera Sáenz', 'Comunicación e Información de la Mujer, A.C. (CIMAC)', None, 'sociedad_civil'),
        ('Joaquín Meléndez Ruiz', 'Periodistas de a Pie', None, 'sociedad_civil'),
        ('Lic. Fabiola Herrera Ayala', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        {'number': 194,
         'title': 'Capacitar a las personas servidoras públicas de seguridad y procuración de justicia en libertad de expresión',
         'goals': [
             {'id': '194.1', 'text': 'Las personas policías acreditan el curso sobre libertad de expresión y trato a la prensa.',
              'indicator': 'Número de policías que acreditan el curso.',
              'executor': 'SSC – Universidad de la Policía', 'executor_key': 'SSPCDMX',
              'report': ['La Universidad de la Policía impartió el curso en línea «Libertad de expresión y trato a la prensa» a [[5,410|policías]] policías, de los cuales [[4,987|policías]] policías lo acreditaron: [[1,318|mujeres]] mujeres y [[3,669|hombres]] hombres.'],
              'fb': [fb('se', 'avance', 'El curso y las cifras desagregadas por sexo permiten conocer el avance respecto de la meta.'),
                     fb('osc', 'cuestiona', 'Periodistas de a Pie cuestiona que un curso en línea cambie las prácticas en campo, cuando en agosto se documentaron agresiones a reporteras en dos marchas.')]},
             {'id': '194.2', 'text': 'El personal ministerial recibe capacitación sobre delitos contra la libertad de expresión.',
              'indicator': 'Número de agentes del Ministerio Público capacitados.',
              'executor': 'Fiscalía General de Justicia', 'executor_key': 'PGJCDMX',
              'report': ['Se llevaron a cabo [[tres=3|cursos]] cursos presenciales de [[20|horas]] horas cada uno, a los que asistieron [[84|agentes]] agentes del Ministerio Público.'],
              'fb': [fb('se', 'solicita_datos', 'Es necesario informar a qué fiscalías pertenecen las personas capacitadas y si se incluyó a la fiscalía especializada en delitos contra la libertad de expresión.')]},
         ]},
        {'number': 196, 'title': 'Armonizar el marco normativo local con los estándares de libertad de expresión',
         'goals': [
             {'id': '196.1', 'text': 'Se presenta una iniciativa para derogar las disposiciones que criminalizan la protesta.',
              'indicator': 'Iniciativa presentada.',
              'executor': 'Congreso de la Ciudad de México', 'executor_key': 'ALDF', 'report': None,
              'fb': [fb('osc', 'exhorta', 'Artículo 19 exhorta al Congreso a presentar la iniciativa comprometida, que lleva dos años pendiente.'),
                     fb('inst', 'instancia', 'El Congreso menciona que la iniciativa está en análisis de la Comisión de Derechos Humanos y que no puede comprometer una fecha.')]},
             {'id': '196.2', 'text': 'Se emite un lineamiento para la protección de los datos de periodistas en trámites administrativos.',
              'indicator': 'Lineamiento publicado.',
              'executor': 'CEJUR', 'executor_key': 'CEJUR', 'report': None,
              'fb': [fb('se', 'diseno_meta', 'El indicador «Lineamiento publicado» no permite medir avances parciales, por lo que no hay forma de valorar el trabajo previo a la publicación.')]},
         ]},
    ],
    'agreements': [
        {'text': 'Realizar la undécima sesión ordinaria el 8 de octubre de 2020 a las 11:00 horas para revisar la estrategia 198.',
         'responsible': 'Secretaría Ejecutiva', 'plazo': '08/10/2020', 'dates': ['2020-10-08'], 'strategies': [198]},
        {'text': 'Solicitar al Congreso una reunión con la Comisión de Derechos Humanos sobre la iniciativa de la meta 196.1.',
         'responsible': 'Coordinación del Espacio', 'plazo': '30/09/2020', 'dates': ['2020-09-30'], 'strategies': [196]},
        {'text': 'Compartir con el Espacio el temario del curso de la Universidad de la Policía.',
         'responsible': 'SSC', 'plazo': '—', 'dates': [], 'strategies': []},
    ],
    'next_session': {'date': '2020-10-08', 'start_time': '11:00', 'end_time': None, 'strategies': [198]},
}

ACTAS = [S9, S10]

COLS = [('instancia_ejecutora', 'Gobierno'), ('sociedad_civil', 'Sociedad civil'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')]
GRAY = '666666'
ACCENT = '1F5F8B'


def render(a, path):
    d = Docx(font='Arial', size=9.5)
    d.core_title = 'Minuta'
    x = []
    x.append(p(r('Programa de Derechos Humanos de la Ciudad de México · Mecanismo de Seguimiento y Evaluación', color=GRAY, sz=8)))
    x.append(p(b('MINUTA', sz=22, color=ACCENT), after=0))
    x.append(p(r('Espacio de Participación del Derecho a la Libertad de Expresión', sz=12), after=200))
    rows = [('Sesión', a['session_line']), ('Fecha', a['date_text']), ('Horario', a['hours']),
            ('Plataforma', a['session']['place'])]
    x.append(tbl([[cell(p(r(k, color=GRAY, smallcaps=True), after=20)), cell(p(v, after=20))] for k, v in rows],
                 [1600, 7470], borders='none'))
    x.append(p(b('Participantes', sz=12, color=ACCENT), before=240))
    cols = []
    for key, label in COLS:
        paras = [p(r(label.upper(), color=GRAY, sz=8, b=True), after=80)]
        for n, inst, _, sec in a['attendance']:
            if sec == key:
                paras.append(p(b(n), after=0))
                paras.append(p(r(inst, color=GRAY, sz=8), after=100))
        cols.append(cell(*paras))
    x.append(tbl([cols], [3020, 3020, 3030], borders='none'))
    x.append(p(b('Revisión de estrategias', sz=12, color=ACCENT), before=240))
    for s in a['strategies']:
        x.append(p(r('ESTRATEGIA', color=GRAY, sz=7.5, b=True), before=160, after=0, keep_next=True))
        x.append(p(b(f'{s["number"]} · {s["title"]}', sz=11), after=120, keep_next=True))
        for g in s['goals']:
            status = 'CON INFORME' if g.get('report') else 'SIN INFORME'
            left = cell(p(b(g['id'], sz=16, color=ACCENT), after=60),
                        p(b(status, sz=7, color='FFFFFF'), shade='2E7D32' if g.get('report') else 'B23B3B', jc='center'),
                        shade='F2F5F8')
            right = [p(b(g['text']), after=60),
                     p(r('Indicador — ', color=GRAY), r(g['indicator']), after=40),
                     p(r('Responsable — ', color=GRAY), r(g['executor']), after=80)]
            if g.get('report'):
                right.append(p(r('Lo que se informó', smallcaps=True, b=True, color=ACCENT), after=20))
                right += [p(plain(par), jc='both', after=60) for par in g['report']]
            if g.get('fb'):
                right.append(p(r('Comentarios', smallcaps=True, b=True, color=ACCENT), after=20, before=60))
                for f in g['fb']:
                    right.append(p(r(BADGE[f['who']], b=True, sz=7, color=ACCENT), r('\t'), r(f['text']),
                                   tabs=[(850, 'left')], ind=(850, 850), jc='both', after=40))
            x.append(tbl([[left, cell(*right)]], [1500, 7570], borders='none', cant_split=False))
            x.append(p(after=60))
    x.append(p(b('Acuerdos', sz=12, color=ACCENT), before=240))
    head = [cell(p(r(h, color=GRAY, b=True, sz=8))) for h in ('#', 'Acuerdo', 'Responsable', 'Plazo')]
    rows = [head] + [[str(n), ag['text'], ag['responsible'], ag['plazo']] for n, ag in enumerate(a['agreements'], 1)]
    x.append(tbl(rows, [500, 5470, 1800, 1300], borders='none'))
    x.append(p(r('Relatoría: ', color=GRAY), r(a['relatora'] + ', Secretaría Ejecutiva'), before=300))
    x.append(p(r('Visto bueno: ', color=GRAY), b(a['coordinator'][0]), r(', ' + a['coordinator'][1])))
    d.write(path, ''.join(x), sect(margins=(1134, 1134, 1134, 1134)))


def h(s):
    return html.escape(s, quote=False)


CSS = '''
@page { size: A4; margin: 18mm 17mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; line-height: 1.35; }
.kicker { color: #666; font-size: 8pt; }
h1 { color: #1F5F8B; font-size: 26pt; margin: 4px 0 0 0; letter-spacing: 1px; }
.sub { font-size: 12pt; margin: 0 0 14px 0; }
h2 { color: #1F5F8B; font-size: 12pt; margin: 18px 0 6px 0; }
table { border-collapse: collapse; border: none; }
td, th { border: none; vertical-align: top; padding: 2px 6px; text-align: left; }
.datos td.k { color: #666; font-variant: small-caps; width: 28mm; }
.cols { width: 100%; } .cols td { width: 33%; }
.cols .lab { color: #666; font-size: 8pt; font-weight: bold; margin-bottom: 4px; }
.cols .n { font-weight: bold; } .cols .i { color: #666; font-size: 8pt; margin-bottom: 6px; }
.est { color: #666; font-size: 7.5pt; font-weight: bold; margin-top: 12px; }
.etit { font-weight: bold; font-size: 11pt; margin: 0 0 8px 0; }
.card { width: 100%; margin-bottom: 10px; page-break-inside: avoid; }
.card td.l { width: 24mm; background: #F2F5F8; }
.gid { font-size: 16pt; font-weight: bold; color: #1F5F8B; }
.pill { color: #fff; font-size: 7pt; font-weight: bold; text-align: center; padding: 1px 2px; margin-top: 4px; }
.ok { background: #2E7D32; } .no { background: #B23B3B; }
.gt { font-weight: bold; margin: 0 0 4px 0; } .lbl { color: #666; }
.sc { font-variant: small-caps; font-weight: bold; color: #1F5F8B; margin-top: 6px; }
.c { margin: 2px 0 4px 0; text-align: justify; }
.badge { display: inline-block; width: 18mm; font-weight: bold; font-size: 7pt; color: #1F5F8B; }
.acu { width: 100%; } .acu th { color: #666; font-size: 8pt; }
p { margin: 0 0 4px 0; }
'''


def render_html(a, path):
    o = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Minuta</title><style>{CSS}</style></head><body>']
    o.append('<div class="kicker">Programa de Derechos Humanos de la Ciudad de México · Mecanismo de Seguimiento y Evaluación</div>')
    o.append('<h1>MINUTA</h1><div class="sub">Espacio de Participación del Derecho a la Libertad de Expresión</div>')
    o.append('<table class="datos">')
    for k, v in (('Sesión', a['session_line']), ('Fecha', a['date_text']), ('Horario', a['hours']),
                 ('Plataforma', a['session']['place'])):
        o.append(f'<tr><td class="k">{h(k)}</td><td>{h(v)}</td></tr>')
    o.append('</table><h2>Participantes</h2><table class="cols"><tr>')
    for key, label in COLS:
        o.append(f'<td><div class="lab">{h(label.upper())}</div>')
        for n, inst, _, sec in a['attendance']:
            if sec == key:
                o.append(f'<div class="n">{h(n)}</div><div class="i">{h(inst)}</div>')
        o.append('</td>')
    o.append('</tr></table><h2>Revisión de estrategias</h2>')
    for s in a['strategies']:
        o.append(f'<div class="est">ESTRATEGIA</div><div class="etit">{s["number"]} · {h(s["title"])}</div>')
        for g in s['goals']:
            rep = g.get('report')
            o.append('<table class="card"><tr><td class="l">')
            o.append(f'<div class="gid">{g["id"]}</div><div class="pill {"ok" if rep else "no"}">'
                     f'{"CON INFORME" if rep else "SIN INFORME"}</div></td><td>')
            o.append(f'<p class="gt">{h(g["text"])}</p>')
            o.append(f'<p><span class="lbl">Indicador — </span>{h(g["indicator"])}</p>')
            o.append(f'<p><span class="lbl">Responsable — </span>{h(g["executor"])}</p>')
            if rep:
                o.append('<div class="sc">Lo que se informó</div>')
                o += [f'<p class="c">{h(plain(par))}</p>' for par in rep]
            if g.get('fb'):
                o.append('<div class="sc">Comentarios</div>')
                for f in g['fb']:
                    o.append(f'<p class="c"><span class="badge">{BADGE[f["who"]]}</span> {h(f["text"])}</p>')
            o.append('</td></tr></table>')
    o.append('<h2>Acuerdos</h2><table class="acu"><tr><th>#</th><th>Acuerdo</th><th>Responsable</th><th>Plazo</th></tr>')
    for n, ag in enumerate(a['agreements'], 1):
        o.append(f'<tr><td>{n}</td><td>{h(ag["text"])}</td><td>{h(ag["responsible"])}</td><td>{h(ag["plazo"])}</td></tr>')
    o.append('</table>')
    o.append(f'<p style="margin-top:18px"><span class="lbl">Relatoría: </span>{h(a["relatora"])}, Secretaría Ejecutiva</p>')
    o.append(f'<p><span class="lbl">Visto bueno: </span><b>{h(a["coordinator"][0])}</b>, {h(a["coordinator"][1])}</p>')
    o.append('</body></html>\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(o))
