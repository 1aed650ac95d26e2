"""BC3: 'minuta' built on Word heading styles (Heading 1/2/3 via w:pStyle), session number in roman numerals,
virtual sessions; participants in a two-column continuous section; each strategy a Heading 2, each goal a
Heading 3 with its data as a bulleted list, the report as Quote-style paragraphs, feedback as an auto-numbered
list; hyperlinks, comments, content controls, PAGE/NUMPAGES complex fields in the footer."""
from wml import Doc
import common, os

BODY = 'Derecho a la Educación'
COORD = ('Mtro. Julián Arrieta Sandoval', 'Coordinador del Espacio de Participación del Derecho a la Educación')
PLACE = 'Reunión virtual a través de la plataforma Zoom'

A21 = dict(stem='blind-c-educacion-21-2021-03-10', layout='BC3', roman='XXI', date_words='miércoles 10 de marzo de 2021', hours='17:00 a 19:15 h',
    session=dict(body=BODY, number=21, kind='sesión ordinaria', date='2021-03-10', start_time='17:00', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Rocío Baeza Landa', inst='Secretaría de Educación, Ciencia, Tecnología e Innovación (SECTEI)', key='SEDU', sector='instancia_ejecutora'),
        dict(name='Lic. Omar Fuentes Zepeda', inst='Instituto de Educación Media Superior (IEMS)', key='IEMS', sector='instancia_ejecutora'),
        dict(name='Lic. Karina Ledesma Vidal', inst='Fideicomiso Educación Garantizada (FIDEGAR)', key='FIDEGAR', sector='instancia_ejecutora'),
        dict(name='Ing. Saúl Barragán Téllez', inst='Autoridad Educativa Federal en la Ciudad de México', key='SEP', sector='otro'),
        dict(name='Dra. Noemí Castañeda Rivas', inst='Red por el Derecho a la Educación CDMX', key=None, sector='sociedad_civil'),
        dict(name='Mtro. Efraín Olguín Pastrana', inst='Observatorio Ciudadano de la Educación Pública', key=None, sector='sociedad_civil'),
        dict(name='Lic. Alma Delia Rentería Gil', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    orden=['Bienvenida y registro de participantes.', 'Revisión de las estrategias 301 y 304.', 'Compromisos y cierre.'],
    strategies=[
        dict(number=301, title='Reducir el abandono escolar en la educación media superior',
             goals=[
                 dict(id='301.1', text='Se cuenta con un sistema de alerta temprana de abandono escolar en los planteles del IEMS', indicator='Sistema de alerta temprana en operación',
                      executor='IEMS', key='IEMS',
                      report=['Durante el ciclo escolar 2020-2021 se dio seguimiento a 2,318 estudiantes identificados en riesgo de abandono mediante tutorías a distancia.', 'De ellos, 1,902 estudiantes continuaron inscritos al cierre del semestre y 416 estudiantes causaron baja temporal.'],
                      comment='Verificar si las cifras incluyen el plantel Tláhuac.'),
                 dict(id='301.2', text='Se otorgan estímulos económicos a estudiantes de educación media superior en situación de vulnerabilidad', indicator='Número de estudiantes beneficiarios',
                      executor='FIDEGAR', key='FIDEGAR',
                      report=['El programa "Bienestar para niñas y niños, Mi Beca para Empezar" y el estímulo para bachillerato beneficiaron a 186,450 estudiantes, mediante dispersión mensual en tarjeta bancaria.']),
             ],
             figures=[(2318, 'estudiantes', '301.1', '2,318 estudiantes'), (1902, 'estudiantes', '301.1', '1,902 estudiantes'), (416, 'estudiantes', '301.1', '416 estudiantes'),
                      (186450, 'estudiantes', '301.2', '186,450 estudiantes')],
             retro=[('301.1', 'Se reconoce que el seguimiento a estudiantes en riesgo corresponde a la meta y se presentan cifras de resultado.', 'avance'),
                    ('301.1', 'Es necesario informar si el sistema de alerta temprana opera ya en todos los planteles o solo en algunos, y con qué criterios se identifica el riesgo.', 'solicita_datos'),
                    ('301.2', 'El estímulo económico contribuye a la permanencia, pero por sí solo no da cuenta de la reducción del abandono escolar.', 'insuficiente')],
             obs=[('301.2', 'El Observatorio Ciudadano cuestiona que el monto del estímulo no se haya actualizado desde 2019, lo que reduce su efecto real en la permanencia.', 'cuestiona')]),
        dict(number=304, title='Garantizar la conectividad y el acceso a dispositivos para la educación a distancia',
             goals=[
                 dict(id='304.1', text='Se amplía la cobertura de internet gratuito en zonas de bajo índice de desarrollo social', indicator='Número de puntos de acceso gratuito instalados',
                      executor='SECTEI', key='SEDU', report=None, marker='No se presentó información.'),
                 dict(id='304.2', text='Estudiantes de educación media superior reciben dispositivos para sus actividades escolares', indicator='Número de dispositivos entregados',
                      executor='IEMS', key='IEMS',
                      report=['Se entregaron 3,100 tabletas con conectividad a estudiantes de nuevo ingreso de los 24 planteles del Instituto.']),
             ],
             figures=[(3100, 'tabletas', '304.2', '3,100 tabletas'), (24, 'planteles', '304.2', '24 planteles')],
             retro=[('304.1', 'Es necesario que SECTEI reporte el avance de la meta; la falta de información impide retroalimentar.', 'exhorta'),
                    ('304.2', 'Se recomienda precisar cuántas de las tabletas entregadas cuentan con plan de datos vigente.', 'solicita_datos')],
             obs=[('304.1', 'SECTEI refiere que la instalación de puntos de acceso corresponde a la Agencia Digital de Innovación Pública y no a la Secretaría.', 'instancia')]),
    ],
    agreements=[
        dict(text='La Secretaría Ejecutiva enviará a la ADIP una invitación para la siguiente sesión, a fin de aclarar la responsabilidad sobre la meta 304.1.', dates=[], strategies=[304]),
        dict(text='La Sesión Ordinaria XXII se realizará el miércoles 14 de abril, de 17:00 a 19:00 h, por la misma plataforma; se revisarán las estrategias 306 y 308.', dates=['2021-04-14'], strategies=[306, 308]),
    ],
    next_session=dict(date='2021-04-14', start_time='17:00', end_time='19:00', strategies=[306, 308]),
    notes='minuta on Heading 1/2/3 styles; "Sesión Ordinaria XXI" (roman); Fecha as a content control; place is a virtual platform; participants in a two-column continuous section under Heading 3 sector titles, "Nombre – Institución (SIGLAS)" lines; goal data as bullets; reports in Quote style (two paragraphs for 301.1); feedback as auto-numbered list; observations as bullets; "No se presentó información." for 304.1; figure with thousands separator "186,450" and a money amount removed; next session in the second agreement without year; hyperlink; comment on a report; PAGE/NUMPAGES complex fields.',
)

A22 = dict(stem='blind-c-educacion-22-2021-04-14', layout='BC3', roman='XXII', date_words='miércoles 14 de abril de 2021', hours='17:05 a 19:00 h',
    session=dict(body=BODY, number=22, kind='sesión ordinaria', date='2021-04-14', start_time='17:05', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Rocío Baeza Landa', inst='SECTEI', key='SEDU', sector='instancia_ejecutora'),
        dict(name='Lic. Omar Fuentes Zepeda', inst='IEMS', key='IEMS', sector='instancia_ejecutora'),
        dict(name='Mtro. Gerardo Lozada Peña', inst='Agencia Digital de Innovación Pública (ADIP)', key='ADIP', sector='instancia_ejecutora'),
        dict(name='Lic. Verónica Islas Carmona', inst='Universidad de la Salud de la Ciudad de México', key='USCDMX', sector='instancia_ejecutora'),
        dict(name='Dra. Noemí Castañeda Rivas', inst='Red por el Derecho a la Educación CDMX', key=None, sector='sociedad_civil'),
        dict(name='C. Marisol Quintana Ayala', inst='Asamblea de Madres y Padres de la Escuela Pública', key=None, sector='sociedad_civil'),
        dict(name='Lic. Alma Delia Rentería Gil', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    orden=['Bienvenida.', 'Aclaración sobre la meta 304.1 con la ADIP.', 'Revisión de las estrategias 306 y 308.', 'Compromisos.'],
    strategies=[
        dict(number=306, title='Fortalecer la educación superior pública en la Ciudad de México',
             goals=[
                 dict(id='306.1', text='Se incrementa la matrícula de las instituciones de educación superior de la Ciudad de México', indicator='Tasa de variación de la matrícula',
                      executor='SECTEI', key='SEDU',
                      report=['La matrícula del Instituto de Estudios Superiores Rosario Castellanos y de la Universidad de la Salud alcanzó 24,780 estudiantes, lo que representa un incremento de 18% respecto del ciclo anterior.']),
                 dict(id='306.2', text='Se abren nuevas sedes de educación superior en alcaldías con menor cobertura', indicator='Número de sedes abiertas',
                      executor='Universidad de la Salud', key='USCDMX',
                      report=['Se abrieron dos sedes en las alcaldías Tláhuac y Milpa Alta, con una oferta de 1,200 lugares para la carrera de Medicina General y Comunitaria.']),
             ],
             figures=[(24780, 'estudiantes', '306.1', '24,780 estudiantes'), (18, '%', '306.1', '18%'), (2, 'sedes', '306.2', 'dos sedes'), (1200, 'lugares', '306.2', '1,200 lugares')],
             retro=[('306.1', 'El informe presenta la matrícula y la variación, lo que permite valorar el avance conforme al indicador.', 'avance'),
                    ('306.2', 'Es necesario desagregar la matrícula de las nuevas sedes por sexo y alcaldía de residencia.', 'solicita_datos')],
             obs=[('306.2', 'La Red por el Derecho a la Educación cuestiona que la oferta se concentre en una sola carrera, lo que limita la elección de las y los jóvenes.', 'cuestiona')]),
        dict(number=308, title='Eliminar las barreras de acceso a la educación de niñas, niños y adolescentes en situación de calle',
             goals=[
                 dict(id='308.1', text='Niñas, niños y adolescentes en situación de calle se incorporan a servicios educativos', indicator='Número de niñas, niños y adolescentes incorporados',
                      executor='SECTEI', key='SEDU', report=None, marker='Pendiente.'),
             ],
             figures=[],
             retro=[('308.1', 'Es necesario que SECTEI coordine con el DIF-CDMX la identificación de la población objetivo para iniciar acciones.', 'exhorta'),
                    ('308.1', 'El indicador no distingue entre incorporación y permanencia, por lo que se sugiere revisar su redacción.', 'diseno_meta')],
             obs=[('308.1', 'La Coordinación propone que el DIF-CDMX sea convocado de manera permanente a las sesiones del Espacio.', 'proceso')]),
    ],
    agreements=[
        dict(text='La ADIP presentará en la próxima sesión el mapa de puntos de acceso gratuito a internet instalados en 2020 y 2021.', dates=[], strategies=[]),
        dict(text='Se invitará de manera permanente al DIF-CDMX a las sesiones del Espacio.', dates=[], strategies=[]),
        dict(text='La Sesión Ordinaria XXIII será el miércoles 12 de mayo de 2021 a las 17:00 h, para revisar las estrategias 304, 308 y 310.', dates=['2021-05-12'], strategies=[304, 308, 310]),
    ],
    next_session=dict(date='2021-05-12', start_time='17:00', end_time=None, strategies=[304, 308, 310]),
    notes='as BC3 session XXI: heading-style minuta, "Sesión Ordinaria XXII", start "17:05 a 19:00 h", two-column participants, a public body not in the gazetteer (Universidad de la Salud, key USCDMX), "18%" figure and "dos sedes" in words, "Pendiente." for 308.1 (a single-goal strategy), next session in the third agreement; comment on a feedback item; hyperlink on "liga de acceso"; PAGE/NUMPAGES complex fields.',
)
A22['strategies'][1]['retro'][0] = ('308.1', '[[cm:¿El DIF-CDMX aceptó?|Es necesario que SECTEI coordine con el DIF-CDMX la identificación de la población objetivo para iniciar acciones.]]', 'exhorta')

def render(a):
    d = Doc(author='Alma Delia Rentería')
    d.date = a['session']['date'] + 'T20:00:00Z'
    d.set_header(d.p('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX[[tab]][[tab]]Minuta', style='Header', size=16, i=True))
    d.set_footer(d.p('Página [[fld:PAGE|1]] de [[fld:NUMPAGES|1]]', style='Footer', align='right'))
    s = a['session']
    body = [d.p(f"Minuta de la Sesión Ordinaria {a['roman']} del Espacio de Participación del {BODY}", style='Heading1')]
    body.append(d.p('Datos generales', style='Heading2'))
    bl = d.new_list('bullet')
    body.append(f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{bl}"/></w:numPr></w:pPr>{d.runs("Fecha: ")}{d.sdt_date("Fecha", a["date_words"], s["date"])}</w:p>')
    body.append(d.p('Horario: ' + a['hours'], style='ListParagraph', num=bl))
    body.append(d.p('Lugar: ' + PLACE + ' ([[link:https://pdh.cdmx.gob.mx/espacios-de-participacion|liga de acceso]])', style='ListParagraph', num=bl))
    body.append(d.p('Participantes', style='Heading2', sect=d.sectpr(continuous=True)))
    for sec, label in [('instancia_ejecutora', 'Instancias ejecutoras'), ('otro', 'Instancias invitadas'), ('sociedad_civil', 'Sociedad civil'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')]:
        ps = [p for p in a['attendance'] if p['sector'] == sec]
        if not ps: continue
        if sec == 'sociedad_civil':
            body.append('<w:p><w:r><w:br w:type="column"/></w:r></w:p>')
        body.append(d.p(label, style='Heading3'))
        for p in ps: body.append(d.p(f"{p['name']} – {p['inst']}", spacing='w:after="40"'))
    body.append(d.p('', sect=d.sectpr(cols=2, continuous=True)))
    body.append(d.p('Orden del día', style='Heading2'))
    ol = d.new_list('decimal')
    for o in a['orden']: body.append(d.p(o, num=ol, style='ListParagraph'))
    body.append(d.p('Revisión de estrategias', style='Heading2'))
    for st in a['strategies']:
        body.append(d.p(f"Estrategia {st['number']} – {st['title']}", style='Heading2'))
        for go in st['goals']:
            body.append(d.p(f"Meta {go['id']}", style='Heading3'))
            bl = d.new_list('bullet')
            body.append(d.p('Meta: ' + go['text'], num=bl, style='ListParagraph'))
            body.append(d.p('Indicador: ' + go['indicator'], num=bl, style='ListParagraph'))
            body.append(d.p('Dependencia responsable: ' + go['executor'], num=bl, style='ListParagraph'))
            body.append(d.p('Reporte:', b=True, keep=True))
            if go.get('report'):
                reps = list(go['report'])
                if go.get('comment'): reps[0] = f"[[cm:{go['comment']}|{reps[0]}]]"
                for r in reps: body.append(d.p(r, style='Quote'))
            else:
                body.append(d.p(go['marker'], style='Quote'))
            fb = [t for g, t, l in st['retro'] if g == go['id']]
            if fb:
                body.append(d.p('Comentarios del Espacio:', b=True, keep=True))
                nl = d.new_list('decimal')
                for t in fb: body.append(d.p(t, num=nl, style='ListParagraph', align='both'))
            ob = [t for g, t, l in st['obs'] if g == go['id']]
            if ob:
                body.append(d.p('Observaciones:', b=True, keep=True))
                bl2 = d.new_list('bullet')
                for t in ob: body.append(d.p(t, num=bl2, style='ListParagraph', align='both'))
    body.append(d.p('Compromisos', style='Heading2'))
    al = d.new_list('decimal')
    for ag in a['agreements']: body.append(d.p(ag['text'], num=al, style='ListParagraph', align='both'))
    body.append(d.p('', spacing='w:before="720"'))
    body.append(d.p('______________________________', align='center'))
    body.append(d.p(COORD[0], align='center'))
    body.append(d.p(COORD[1], align='center', i=True))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), final_sect=d.sectpr(continuous=True), title='Minuta ' + a['roman'])

def content(a):
    c = dict(a)
    c['strategies'] = [dict(number=s['number'], title=s['title'], goals=s['goals'], figures=s['figures'],
                            feedback=[(t, 'retroalimentacion', g, l) for g, t, l in s['retro']] + [(t, 'observacion', g, l) for g, t, l in s['obs']])
                       for s in a['strategies']]
    return c

ACTAS = [A21, A22]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a)); print('wrote', a['stem'])
