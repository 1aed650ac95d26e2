"""BC5: minutes organised BY INSTITUTION ('Informes por dependencia'): an auto-numbered heading per institution,
an outer table with one row per goal whose cell holds a NESTED label|value table (Estrategia / Meta / Indicador /
Avance reportado / Retroalimentación); civil-society observations as paragraphs after each institution block;
session data as several 'Label:<tab>value' lines in ONE cell (soft breaks); attendance table with a vertically
merged Sector column; a 'Seguimiento de acuerdos anteriores' table (earlier sessions' agreements, not this
session's); 'Acuerdos y compromisos' as a table No. | Acuerdo | Responsable | Fecha with auto-numbered No. cells."""
from wml import Doc
import common, os

BODY = 'Derechos de las Personas Lesbianas, Gays, Bisexuales, Transgénero, Travestis, Transexuales e Intersexuales'
COORD = ('Mtre. Alexis Morán Guerrero', 'Coordinación del Espacio de Participación')
PLACE = 'Auditorio del COPRED, General Prim 10, Col. Centro, Alcaldía Cuauhtémoc'

A11 = dict(stem='blind-c-lgbttti-11-2022-06-09', layout='BC5', ordn='11a.',
    datos=[('Fecha', '09/06/2022'), ('Hora', '11:00 a 13:30 h'), ('Lugar', PLACE), ('Modalidad', 'Presencial')],
    session=dict(body=BODY, number=11, kind='sesión ordinaria', date='2022-06-09', start_time='11:00', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Lic. Itzel Andrade Montes', inst='COPRED', key='COPRED', sector='instancia_ejecutora'),
        dict(name='Dr. Jorge Iván Saavedra Lugo', inst='SEDESA - Clínica Especializada Condesa', key='SEDESA', sector='instancia_ejecutora'),
        dict(name='Lic. Paola Cervantes Ríos', inst='Secretaría de Trabajo y Fomento al Empleo', key='STYFE', sector='instancia_ejecutora'),
        dict(name='Mtra. Yazmín Olvera Durán', inst='FGJCDMX', key='PGJCDMX', sector='instancia_ejecutora'),
        dict(name='Kenya Cuevas Alcántara', inst='Colectiva Arcoíris Diverso', key=None, sector='sociedad_civil'),
        dict(name='Mtro. Andrés Felipe Oropeza', inst='Red Mexicana de Juventudes Trans', key=None, sector='sociedad_civil'),
        dict(name='Lic. Sandra Lucía Peñaloza', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    seguimiento=[('Acuerdo 3 de la 10a. sesión (10/03/2022): COPRED enviará el directorio de enlaces de diversidad sexual.', 'Cumplido'),
                 ('Acuerdo 4 de la 10a. sesión: se celebrará una mesa con la FGJ el 7 de abril de 2022 sobre la Unidad Especializada.', 'Cumplido'),
                 ('Acuerdo 5 de la 10a. sesión: la STyFE presentará el padrón del seguro de desempleo para personas trans.', 'En proceso')],
    blocks=[
        ('Consejo para Prevenir y Eliminar la Discriminación (COPRED)', ['205.1'], [
            ('La Colectiva Arcoíris Diverso solicita que el COPRED informe cuántas quejas se concluyeron con medidas de reparación.', 'solicita_datos', '205.1')]),
        ('Secretaría de Salud – Clínica Especializada Condesa', ['207.1'], []),
        ('Secretaría de Trabajo y Fomento al Empleo (STyFE)', ['205.2'], [
            ('La Red Mexicana de Juventudes Trans cuestiona que el seguro de desempleo exija documentos de identidad rectificados, lo que excluye a quienes no han concluido el trámite.', 'cuestiona', '205.2')]),
        ('Fiscalía General de Justicia (FGJCDMX)', ['207.2'], []),
    ],
    strategies=[
        dict(number=205, title='Prevenir y sancionar la discriminación por orientación sexual, identidad y expresión de género en el empleo',
             goals=[
                 dict(id='205.1', text='Se atienden las quejas por discriminación laboral hacia personas LGBTTTI', indicator='Número de quejas atendidas y concluidas',
                      executor='COPRED', key='COPRED',
                      report=['En el primer semestre de 2022 se recibieron 57 quejas por discriminación laboral por orientación sexual o identidad de género; se concluyeron 39 quejas y se emitieron 4 opiniones jurídicas.'],
                      retro=[('El informe presenta datos desagregados que permiten conocer el avance de la meta.', 'avance'),
                             ('Se sugiere precisar en cuántos casos se logró la reinstalación o la reparación del daño.', 'solicita_datos')]),
                 dict(id='205.2', text='Personas trans acceden al seguro de desempleo', indicator='Número de personas trans beneficiarias',
                      executor='STyFE', key='STYFE',
                      report=['Se otorgó el seguro de desempleo a ciento veintiocho personas trans[[fn:Padrón con corte al 31 de mayo de 2022.]], con un apoyo mensual durante seis meses.'],
                      retro=[('El seguro de desempleo contribuye, pero por sí solo no previene la discriminación en el empleo que plantea la estrategia.', 'insuficiente')]),
             ]),
        dict(number=207, title='Garantizar el acceso a servicios de salud integrales y libres de discriminación para personas LGBTTTI',
             goals=[
                 dict(id='207.1', text='Se amplían los servicios de atención integral a personas trans', indicator='Número de personas atendidas en la Unidad de Salud Integral para Personas Trans',
                      executor='SEDESA', key='SEDESA',
                      report=['La Unidad de Salud Integral para Personas Trans brindó 6,215 consultas a 1,432 personas usuarias, incluidas 980 consultas de terapia hormonal y 312 consultas de salud mental.'],
                      retro=[('Se reconoce el avance en la atención; se reportan datos duros acordes con el indicador.', 'avance'),
                             ('Es necesario conocer el tiempo de espera para la primera consulta.', 'solicita_datos')]),
                 dict(id='207.2', text='Se investigan con perspectiva de diversidad sexual los delitos cometidos contra personas LGBTTTI', indicator='Porcentaje de carpetas de investigación judicializadas',
                      executor='FGJCDMX', key='PGJCDMX', report=None, marker='No se presentó información.',
                      retro=[('Es necesario que la Fiscalía reporte el número de carpetas de investigación iniciadas y judicializadas.', 'exhorta')]),
             ]),
    ],
    figures={205: [(57, 'quejas', '205.1', '57 quejas'), (39, 'quejas', '205.1', '39 quejas'), (4, 'opiniones jurídicas', '205.1', '4 opiniones'),
                   (128, 'personas trans', '205.2', 'ciento veintiocho personas'), (6, 'meses', '205.2', 'seis meses')],
             207: [(6215, 'consultas', '207.1', '6,215 consultas'), (1432, 'personas usuarias', '207.1', '1,432 personas'), (980, 'consultas', '207.1', '980 consultas'), (312, 'consultas', '207.1', '312 consultas')]},
    agreements=[
        dict(text='Enviar a la Secretaría Ejecutiva el número de carpetas de investigación por delitos cometidos contra personas LGBTTTI.', responsible='FGJCDMX', fecha='30/06/2022', dates=['2022-06-30']),
        dict(text='Compartir con el Espacio el protocolo de atención de la Unidad de Salud Integral para Personas Trans.', responsible='SEDESA', fecha='15/07/2022', dates=['2022-07-15']),
        dict(text='Próxima sesión: 14/IX/2022, 11:00 h, en el mismo auditorio; estrategias 207 y 209.', responsible='Secretaría Ejecutiva', fecha='—', dates=['2022-09-14'], strategies=[207, 209]),
    ],
    next_session=dict(date='2022-09-14', start_time='11:00', end_time=None, strategies=[207, 209]),
    notes='organised by institution: auto-numbered institution headings, one outer table per institution with a nested label|value table per goal (Estrategia / Meta / Indicador / Avance reportado / Retroalimentación), so strategies appear out of order (205, 207, 205, 207); session data as "Label:<tab>value" lines with soft breaks in ONE cell; attendance with a vMerged Sector column; "Seguimiento de acuerdos anteriores" table quoting agreements of session 10 (with dates) that are NOT this session\'s agreements; "Acuerdos y compromisos" table No.|Acuerdo|Responsable|Fecha with auto-numbered No. cells, responsible filled from the Responsable column and the Fecha column date added to dates; "Próxima sesión: 14/IX/2022" with a roman month; figure in words ("ciento veintiocho personas trans") with a footnote mark right after; civil-society observations after the institution table (goal from the block); "No se presentó información."; hyperlink.',
)

A12 = dict(stem='blind-c-lgbttti-12-2022-09-14', layout='BC5', ordn='12a.',
    datos=[('Fecha', '14 de septiembre de 2022'), ('Hora', '11:00 h'), ('Lugar', PLACE), ('Modalidad', 'Presencial')],
    session=dict(body=BODY, number=12, kind='sesión ordinaria', date='2022-09-14', start_time='11:00', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Yazmín Olvera Durán', inst='Fiscalía General de Justicia de la Ciudad de México', key='PGJCDMX', sector='instancia_ejecutora'),
        dict(name='Lic. Ramiro Téllez Bustos', inst='Dirección General del Registro Civil', key='CEJUR', sector='instancia_ejecutora'),
        dict(name='Lic. Daniela Sosa Echeverría', inst='Secretaría de Inclusión y Bienestar Social', key='SIBISO', sector='instancia_ejecutora'),
        dict(name='Dr. Jorge Iván Saavedra Lugo', inst='SEDESA - Clínica Especializada Condesa', key='SEDESA', sector='instancia_ejecutora'),
        dict(name='Kenya Cuevas Alcántara', inst='Colectiva Arcoíris Diverso', key=None, sector='sociedad_civil'),
        dict(name='C. Brenda Yuliana Ortega', inst='Familias Diversas CDMX', key=None, sector='sociedad_civil'),
        dict(name='Lic. Sandra Lucía Peñaloza', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    seguimiento=[('Acuerdo 1 de la 11a. sesión: la FGJCDMX enviará el número de carpetas de investigación antes del 30 de junio.', 'Cumplido'),
                 ('Acuerdo 2 de la 11a. sesión: SEDESA compartirá el protocolo de la Unidad de Salud Integral para Personas Trans.', 'Pendiente')],
    blocks=[
        ('Fiscalía General de Justicia de la Ciudad de México', ['207.2'], [
            ('Familias Diversas CDMX cuestiona que la Unidad Especializada solo cuente con una sede, lo que obliga a las víctimas a trasladarse largas distancias.', 'cuestiona', '207.2')]),
        ('Consejería Jurídica y de Servicios Legales – Registro Civil', ['209.1'], []),
        ('Secretaría de Inclusión y Bienestar Social (SIBISO)', ['209.2'], [
            ('SIBISO refiere que los albergues no son exclusivos para personas LGBTTTI y que no lleva un registro por orientación sexual o identidad de género.', 'instancia', '209.2')]),
    ],
    strategies=[
        dict(number=207, title='Garantizar el acceso a servicios de salud integrales y libres de discriminación para personas LGBTTTI',
             goals=[
                 dict(id='207.2', text='Se investigan con perspectiva de diversidad sexual los delitos cometidos contra personas LGBTTTI', indicator='Porcentaje de carpetas de investigación judicializadas',
                      executor='Fiscalía General de Justicia', key='PGJCDMX',
                      report=['De enero a agosto de 2022 se iniciaron 143 carpetas de investigación por delitos cometidos contra personas LGBTTTI, de las cuales se judicializaron 21 carpetas.', 'La Unidad Especializada brindó 265 asesorías jurídicas a víctimas.'],
                      retro=[('Se reconoce la entrega de información; el porcentaje de judicialización (14.7%) permite dar seguimiento al indicador.', 'avance'),
                             ('Las asesorías jurídicas corresponden a la estrategia 211, relativa a la atención a víctimas, por lo que se sugiere reportarlas ahí.', 'reasignar')]),
             ]),
        dict(number=209, title='Garantizar el reconocimiento de la identidad de género y el acceso a programas sociales',
             goals=[
                 dict(id='209.1', text='Se agiliza el trámite administrativo de reconocimiento de identidad de género', indicator='Número de actas de nacimiento por reconocimiento de identidad de género expedidas',
                      executor='Registro Civil', key='CEJUR',
                      report=['Se expidieron 1,137 actas de nacimiento por reconocimiento de identidad de género, 86 actas a personas adolescentes, en un plazo promedio de cinco días hábiles.']),
                 dict(id='209.2', text='Personas LGBTTTI en situación de calle acceden a albergues y programas sociales', indicator='Número de personas LGBTTTI atendidas en albergues',
                      executor='SIBISO', key='SIBISO', report=None, marker='Sin reporte'),
             ]),
    ],
    figures={207: [(143, 'carpetas de investigación', '207.2', '143 carpetas'), (21, 'carpetas de investigación', '207.2', '21 carpetas'), (265, 'asesorías jurídicas', '207.2', '265 asesorías')],
             209: [(1137, 'actas de nacimiento', '209.1', '1,137 actas'), (86, 'actas de nacimiento', '209.1', '86 actas'), (5, 'días hábiles', '209.1', 'cinco días')]},
    agreements=[
        dict(text='Remitir a la Secretaría Ejecutiva el número de personas LGBTTTI atendidas en albergues durante 2022.', responsible='SIBISO', fecha='30/09/2022', dates=['2022-09-30']),
        dict(text='Se convoca a la décimo tercera sesión ordinaria el 9 de noviembre de 2022 a las 11:00 horas, para retroalimentar las estrategias 209 y 211.', responsible='Secretaría Ejecutiva', fecha='09/11/2022', dates=['2022-11-09'], strategies=[209, 211]),
    ],
    next_session=dict(date='2022-11-09', start_time='11:00', end_time=None, strategies=[209, 211]),
    notes='as BC5 session 11: by-institution blocks with nested goal tables, a goal with two-paragraph report in one nested cell, "Sin reporte" for 209.2 with its feedback lacking (no Retroalimentación row), "14.7%" inside feedback (not a figure), "cinco días hábiles" in words, Seguimiento de acuerdos anteriores table, Acuerdos y compromisos table with Responsable and Fecha, next session "Se convoca a la décimo tercera sesión ordinaria…".',
)
A12['strategies'][1]['goals'][0]['retro'] = [('El informe da cuenta de un avance sustantivo en la meta.', 'avance'),
                                              ('Es necesario desagregar las actas expedidas por alcaldía de residencia y grupo de edad.', 'solicita_datos')]
A12['strategies'][1]['goals'][1]['retro'] = []
A12['blocks'][2] = ('Secretaría de Inclusión y Bienestar Social (SIBISO)', ['209.2'], [
    ('SIBISO refiere que los albergues no son exclusivos para personas LGBTTTI y que no lleva un registro por orientación sexual o identidad de género.', 'instancia', '209.2'),
    ('La Coordinación del Espacio propone que SIBISO acuda acompañada del área de albergues en la próxima sesión.', 'proceso', '209.2')])

def goal_index(a):
    return {g['id']: (s, g) for s in a['strategies'] for g in s['goals']}

def render(a):
    d = Doc(author='Sandra Peñaloza')
    d.date = a['session']['date'] + 'T16:00:00Z'
    d.set_header(d.p('Secretaría Ejecutiva · PDHCDMX[[tab]][[tab]][[link:https://pdh.cdmx.gob.mx|pdh.cdmx.gob.mx]]', style='Header', size=16))
    d.set_footer(d.p('[[fld:PAGE|1]]', style='Footer', align='right'))
    body = [d.p(f"{a['ordn']} Sesión Ordinaria del Espacio de Participación de los {BODY}", style='Title')]
    lines = '[[br]]'.join(f"[[b:{k}:]][[tab]]{v}" for k, v in a['datos'])
    body.append(d.table([d.tr([d.tc(d.p(lines, ppr_extra='<w:tabs><w:tab w:val="left" w:pos="1700"/></w:tabs>'), 9972, fill='F2F2F2')])], [9972]))
    body.append(d.p('1. Asistencia', b=True, spacing='w:before="240"'))
    W = [2200, 3600, 4172]
    rows = [d.tr([d.tc(d.p(h, b=True, style='TableText'), w, fill='D9D9D9') for h, w in zip(['Sector', 'Nombre', 'Institución'], W)], header=True)]
    for sec, label in [('instancia_ejecutora', 'Instancias ejecutoras'), ('sociedad_civil', 'Sociedad civil'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')]:
        ps = [p for p in a['attendance'] if p['sector'] == sec]
        for i, p in enumerate(ps):
            rows.append(d.tr([d.tc(d.p(label, style='TableText', b=True) if i == 0 else '', W[0], vmerge='restart' if i == 0 else 'continue', valign='center'),
                              d.tc(d.p(p['name'], style='TableText'), W[1]), d.tc(d.p(p['inst'], style='TableText'), W[2])]))
    body.append(d.table(rows, W))
    body.append(d.p('2. Seguimiento de acuerdos anteriores', b=True, spacing='w:before="240"'))
    SW = [7472, 2500]
    rows = [d.tr([d.tc(d.p('Acuerdo', b=True, style='TableText'), SW[0], fill='D9D9D9'), d.tc(d.p('Estado', b=True, style='TableText'), SW[1], fill='D9D9D9')])]
    for t, e in a['seguimiento']:
        rows.append(d.tr([d.tc(d.p(t, style='TableText'), SW[0]), d.tc(d.p(e, style='TableText'), SW[1])]))
    body.append(d.table(rows, SW))
    body.append(d.p('3. Informes por dependencia', b=True, spacing='w:before="240"'))
    gi = goal_index(a)
    il = d.new_list('decimal')
    for inst, gids, obs in a['blocks']:
        body.append(d.p(inst, num=il, b=True, keep=True, spacing='w:before="160"'))
        outer = []
        for gid in gids:
            s, g = gi[gid]
            IW = [2000, 7600]
            rep = ''.join(d.p(r, style='TableText') for r in g['report']) if g.get('report') else d.p(g['marker'], style='TableText', i=True)
            inner = [d.tr([d.tc(d.p('Estrategia', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(d.p(f"{s['number']} {s['title']}", style='TableText'), IW[1])]),
                     d.tr([d.tc(d.p('Meta', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(d.p(f"{g['id']} {g['text']}", style='TableText'), IW[1])]),
                     d.tr([d.tc(d.p('Indicador', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(d.p(g['indicator'], style='TableText'), IW[1])]),
                     d.tr([d.tc(d.p('Responsable', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(d.p(g['executor'], style='TableText'), IW[1])]),
                     d.tr([d.tc(d.p('Avance reportado', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(rep, IW[1])])]
            if g['retro']:
                inner.append(d.tr([d.tc(d.p('Retroalimentación', b=True, style='TableText'), IW[0], fill='EDEDED'), d.tc(''.join(d.p(t, style='TableText') for t, l in g['retro']), IW[1])]))
            outer.append(d.tr([d.tc(d.table(inner, IW) + '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>', 9972)]))
        body.append(d.table(outer, [9972]))
        if obs:
            body.append(d.p('Observaciones de sociedad civil y de la instancia:', i=True, spacing='w:before="80"'))
            for t, l, gid in obs: body.append(d.p(t, align='both', ind='w:left="360"'))
    body.append(d.p('4. Acuerdos y compromisos', b=True, spacing='w:before="240"'))
    AW = [700, 5272, 2200, 1800]
    rows = [d.tr([d.tc(d.p(h, b=True, style='TableText'), w, fill='D9D9D9') for h, w in zip(['No.', 'Acuerdo', 'Responsable', 'Fecha'], AW)], header=True)]
    al = d.new_list('decimal')
    for ag in a['agreements']:
        rows.append(d.tr([d.tc(d.p('', num=al, style='TableText'), AW[0]), d.tc(d.p(ag['text'], style='TableText'), AW[1]),
                          d.tc(d.p(ag['responsible'], style='TableText'), AW[2]), d.tc(d.p(ag['fecha'], style='TableText'), AW[3])]))
    body.append(d.table(rows, AW))
    body.append(d.p('', spacing='w:before="720"'))
    body.append(d.p('__________________________________', align='center'))
    body.append(d.p(COORD[0], align='center', b=True))
    body.append(d.p(COORD[1], align='center'))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), title=a['ordn'] + ' Sesión Ordinaria')

def content(a):
    c = dict(a)
    c['strategies'] = []
    for s in a['strategies']:
        fb = []
        for g in s['goals']: fb += [(t, 'retroalimentacion', g['id'], l) for t, l in g['retro']]
        ids = {g['id'] for g in s['goals']}
        for inst, gids, obs in a['blocks']:
            fb += [(t, 'observacion', gid, l) for t, l, gid in obs if gid in ids]
        c['strategies'].append(dict(number=s['number'], title=s['title'], goals=s['goals'], figures=a['figures'][s['number']], feedback=fb))
    return c

ACTAS = [A11, A12]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a)); print('wrote', a['stem'])
