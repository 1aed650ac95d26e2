"""BC6: heavily edited template: title and hour/place in a text box, the session DATE only in the page header;
attendance in a borderless table with narrow columns and a Sector column in abbreviations (IE / OSC / SE / INV)
explained in a legend; orden del día listing the strategies with automatic numbering; one 'ficha' table per goal:
strategy row repeated as table header (w:tblHeader), Meta / Indicador / Instancia ejecutora / Informe rows with
gridSpan, a 'Comentarios' label merged vertically (vMerge) over a Retroalimentación row (auto-numbered list
inside the cell) and an Observaciones row; many tracked changes (figures, dates, a whole deleted feedback
paragraph), comments, an endnote, runs split mid-word."""
from wml import Doc
import common, os

BODY = 'Derechos de las Personas Defensoras de Derechos Humanos y Periodistas'
COORD = ('Lic. Mauricio Esquivel Bernal', 'Coordinador del Espacio de Participación')
PLACE = 'Sala de juntas del Mecanismo de Protección Integral, Av. Chapultepec 49, Col. Centro'
FW = [1700, 3900, 4372]
SUB = 1850

A17 = dict(stem='blind-c-defensoras-17-2023-02-16', layout='BC6', ordinal='DÉCIMA SÉPTIMA', fecha_hdr='16 de febrero de 2023', hora='10:00 h',
    session=dict(body=BODY, number=17, kind='sesión ordinaria', date='2023-02-16', start_time='10:00', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Lic. Jimena Aldana Fuentes', inst='Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México', key='MPI-CDMX', sector='instancia_ejecutora'),
        dict(name='Subinspector Rafael Montiel Uribe', inst='Secretaría de Seguridad Ciudadana', key='SSPCDMX', sector='instancia_ejecutora'),
        dict(name='Mtra. Olga Lidia Corona Segura', inst='Fiscalía General de Justicia de la Ciudad de México', key='PGJCDMX', sector='instancia_ejecutora'),
        dict(name='Lic. Tania Gpe. Rosales Vela', inst='Mecanismo para la Protección de Personas Defensoras de Derechos Humanos y Periodistas', key='SEGOB', sector='otro'),
        dict(name='Ernesto Villafaña Ruelas', inst='Periodistas Independientes del Valle de México', key=None, sector='sociedad_civil'),
        dict(name='Mtra. Isabel Cristina Noriega Paz', inst='Colectivo Voces Libres, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Lic. Óscar Tapia Lozano', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=118, title='Fortalecer las medidas de protección para personas defensoras de derechos humanos y periodistas en riesgo',
             goals=[
                 dict(id='118.1', text='Se otorgan medidas de protección oportunas a las personas beneficiarias del Mecanismo', indicator='Porcentaje de solicitudes con medidas otorgadas en un plazo menor a 72 horas',
                      executor='Mecanismo de Protección Integral', key='MPI-CDMX',
                      report=['Durante 2022 el Mecanismo recibió [[del:118]][[ins:131]] solicitudes de incorporación, de las cuales 97 solicitudes correspondieron a personas periodistas y 34 solicitudes a personas defensoras.',
                              'En 89 casos se otorgaron medidas urgentes el mismo día de la solicitud; se instalaron 23 sistemas de cámaras de vigilancia y se entregaron 61 botones de asistencia.'],
                      comment='Cifra corregida conforme al oficio MPI/0231/2023.',
                      retro=[('Se reconoce que el informe presenta datos desagregados por tipo de persona beneficiaria.', 'avance'),
                             ('Es necesario informar el porcentaje de solicitudes atendidas en menos de 72 horas, como lo mandata el indicador.', 'solicita_datos')],
                      deleted_retro='Se sugiere omitir la información sobre botones de asistencia.',
                      obs=[('Periodistas Independientes cuestiona que las medidas se limiten a equipamiento y no incluyan el análisis de las causas del riesgo.', 'cuestiona')]),
                 dict(id='118.2', text='Las personas beneficiarias cuentan con acompañamiento policial cuando la evaluación de riesgo lo determina', indicator='Número de escoltas y rondines asignados',
                      executor='SSC', key='SSPCDMX',
                      report=['Se asignaron 14 escoltas permanentes y se realizaron 2,760 rondines de seguridad en domicilios de personas beneficiarias.'],
                      retro=[('El informe da cuenta de acciones que corresponden a la meta.', 'avance')],
                      obs=[('La SSC señala que no cuenta con personal suficiente para atender todas las solicitudes de escolta.', 'instancia')]),
             ]),
        dict(number=121, title='Investigar con debida diligencia las agresiones contra personas defensoras y periodistas',
             goals=[
                 dict(id='121.1', text='Se incrementa el número de carpetas de investigación judicializadas por agresiones a personas defensoras y periodistas', indicator='Porcentaje de carpetas judicializadas',
                      executor='FGJCDMX', key='PGJCDMX',
                      report=['La Fiscalía Especializada inició 76 carpetas de investigación por agresiones contra personas periodistas y defensoras; se judicializaron nueve carpetas.[[en:Información proporcionada por la Fiscalía Especializada en Delitos cometidos contra la Libertad de Expresión.]]'],
                      retro=[('Es necesario conocer el número de sentencias obtenidas.', 'solicita_datos'),
                             ('El porcentaje de judicialización es bajo, por lo que es necesario que la Fiscalía establezca un protocolo de investigación con perspectiva de libertad de expresión.', 'exhorta')],
                      obs=[]),
             ]),
    ],
    figures={118: [(131, 'solicitudes', '118.1', '131 solicitudes'), (97, 'solicitudes', '118.1', '97 solicitudes'), (34, 'solicitudes', '118.1', '34 solicitudes'),
                   (89, 'casos', '118.1', '89 casos'), (23, 'sistemas de cámaras de vigilancia', '118.1', '23 sistemas'), (61, 'botones de asistencia', '118.1', '61 botones'),
                   (14, 'escoltas', '118.2', '14 escoltas'), (2760, 'rondines', '118.2', '2,760 rondines')],
             121: [(76, 'carpetas de investigación', '121.1', '76 carpetas'), (9, 'carpetas de investigación', '121.1', 'nueve carpetas')]},
    agreements=[
        dict(text='La próxima sesión ordinaria se realizará el jueves [[del:13]][[ins:20]] de abril de 2023 a las 10:00 horas, para revisar las estrategias 121 y 124.', dates=['2023-04-20'], strategies=[121, 124]),
        dict(text='El Mecanismo de Protección Integral enviará el porcentaje de solicitudes atendidas en menos de 72 horas.', dates=[], strategies=[]),
        dict(text='Se invitará a la CEAVI a la siguiente sesión.', dates=[], strategies=[]),
    ],
    next_session=dict(date='2023-04-20', start_time='10:00', end_time=None, strategies=[121, 124]),
    notes='heavily edited template: title, hour and place in a text box (DrawingML + VML fallback), the date ONLY in the page header ("Fecha: 16 de febrero de 2023"); attendance in a borderless narrow table with a Sector column in abbreviations (IE/OSC/INV/SE) and a legend; orden del día with auto-numbered strategies; one ficha table per goal with the strategy row as repeated header (w:tblHeader), gridSpan rows, "Comentarios" vMerged over Retroalimentación (auto-numbered list in the cell) and Observaciones; tracked changes on a figure (118 -> 131), on the next-session date (13 -> 20 de abril) and a whole deleted feedback paragraph (absent from gold); a comment on a report; an endnote after "se judicializaron nueve carpetas."; "nueve carpetas" in words; runs split mid-word; content controls for hour and place.',
)

A18 = dict(stem='blind-c-defensoras-18-2023-04-20', layout='BC6', ordinal='DÉCIMA OCTAVA', fecha_hdr='20 de abril de 2023', hora='10:10 h',
    session=dict(body=BODY, number=18, kind='sesión ordinaria', date='2023-04-20', start_time='10:10', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Lic. Jimena Aldana Fuentes', inst='MPI-CDMX', key='MPI-CDMX', sector='instancia_ejecutora'),
        dict(name='Mtra. Olga Lidia Corona Segura', inst='FGJCDMX', key='PGJCDMX', sector='instancia_ejecutora'),
        dict(name='Psic. Montserrat Ibáñez Cota', inst='Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', key='CEAVI', sector='instancia_ejecutora'),
        dict(name='Lic. Gabriel Esparza Nájera', inst='Secretaría de Gobierno', key='SECGOB', sector='instancia_ejecutora'),
        dict(name='Ernesto Villafaña Ruelas', inst='Periodistas Independientes del Valle de México', key=None, sector='sociedad_civil'),
        dict(name='Mtra. Isabel Cristina Noriega Paz', inst='Colectivo Voces Libres, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Lic. Óscar Tapia Lozano', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=121, title='Investigar con debida diligencia las agresiones contra personas defensoras y periodistas',
             goals=[
                 dict(id='121.2', text='Las víctimas de agresiones reciben atención integral y reparación', indicator='Número de personas víctimas atendidas',
                      executor='CEAVI', key='CEAVI',
                      report=['La CEAVI brindó atención psicológica a 42 personas periodistas y defensoras víctimas de agresiones, y otorgó 17 medidas de ayuda inmediata.'],
                      retro=[('Se reconoce la atención brindada; se solicita informar cuántas personas obtuvieron un plan de reparación integral.', 'solicita_datos')],
                      obs=[('La CEAVI refiere que la reparación integral depende de la resolución judicial, por lo que no puede otorgarla de manera anticipada.', 'instancia')]),
             ]),
        dict(number=124, title='Promover el reconocimiento público de la labor de las personas defensoras de derechos humanos y periodistas',
             goals=[
                 dict(id='124.1', text='Se realizan campañas de reconocimiento a la labor de personas defensoras y periodistas', indicator='Número de campañas realizadas',
                      executor='Mecanismo de Protección Integral', key='MPI-CDMX',
                      report=['Se difundió la campaña "Defender no es delito" en 120 pantallas del Metro y en redes sociales, con un alcance estimado de 350,000 personas.'],
                      retro=[('La campaña abona a la meta; se sugiere medir su impacto mediante una encuesta.', 'solicita_datos')],
                      obs=[('El Colectivo Voces Libres propone que la campaña incluya los nombres de periodistas asesinados en la ciudad.', 'cuestiona')]),
                 dict(id='124.2', text='Se emite un pronunciamiento público del Gobierno de la Ciudad cuando ocurre una agresión', indicator='Porcentaje de agresiones con pronunciamiento',
                      executor='Secretaría de Gobierno', key='SECGOB', report=None, marker='No reportó',
                      retro=[('Es necesario que la Secretaría de Gobierno establezca un procedimiento para emitir pronunciamientos públicos.', 'exhorta'),
                             ('El indicador no permite saber si el pronunciamiento fue oportuno, por lo que se sugiere revisarlo.', 'diseno_meta')],
                      obs=[('La Coordinación solicita que la Secretaría de Gobierno designe un enlace permanente ante el Espacio.', 'proceso')]),
             ]),
    ],
    figures={121: [(42, 'personas periodistas y defensoras', '121.2', '42 personas'), (17, 'medidas de ayuda inmediata', '121.2', '17 medidas')],
             124: [(120, 'pantallas', '124.1', '120 pantallas'), (350000, 'personas', '124.1', '350,000 personas')]},
    agreements=[
        dict(text='La Secretaría de Gobierno designará un enlace permanente ante el Espacio.', dates=[], strategies=[]),
        dict(text='La siguiente sesión se llevará a cabo el jueves quince de junio de dos mil veintitrés, a las diez horas, para revisar las estrategias 124 y 127.', dates=['2023-06-15'], strategies=[124, 127]),
    ],
    next_session=dict(date='2023-06-15', start_time='10:00', end_time=None, strategies=[124, 127]),
    notes='as BC6 session 17: text-box title, date only in the header, abbreviated Sector column, ficha tables with repeated strategy header rows, vMerge/gridSpan; "No reportó" for 124.2; next session date and hour IN WORDS in the second agreement ("jueves quince de junio de dos mil veintitrés, a las diez horas"); tracked insertion in feedback; comment; runs split mid-word.',
)
A18['strategies'][1]['goals'][0]['comment'] = 'Solicitar evidencia de las pantallas.'
A18['strategies'][1]['goals'][1]['retro'][0] = ('Es necesario que la Secretaría de Gobierno establezca un procedimiento para emitir pronunciamientos [[ins:públicos]].', 'exhorta')

ABBR = {'instancia_ejecutora': 'IE', 'sociedad_civil': 'OSC', 'otro': 'INV', 'secretaria_ejecutiva': 'SE'}

def split_words(t):
    # runs split mid-word, as Word leaves them after edits
    out = []
    for w in t.split(' '):
        if len(w) > 9 and '[' not in w and '¦' not in w: w = w[:4] + '¦' + w[4:]
        out.append(w)
    return ' '.join(out)

def render(a):
    d = Doc(author='Óscar Tapia')
    d.date = a['session']['date'] + 'T15:00:00Z'
    d.set_header(d.p('Espacio de Participación · PDHCDMX[[tab]][[tab]]Fecha: ' + a['fecha_hdr'], style='Header', size=16))
    d.set_footer(d.p('Página [[fld:PAGE|1]] de [[fld:NUMPAGES|4]]', style='Footer', align='center'))
    tb = (d.p(a['ordinal'] + ' SESIÓN ORDINARIA', align='center', b=True, size=24)
          + d.p('Espacio de Participación de los ' + BODY, align='center', b=True)
          + d.p('Hora: [[sdt:Hora|' + a['hora'] + ']][[br]]Lugar: [[sdt:Lugar|' + PLACE + ']]', align='center', size=19))
    body = [f'<w:p>{d.textbox(tb, width_pt=470, height_pt=95)}</w:p>']
    body.append(d.p('ASISTENCIA', b=True, spacing='w:before="200"'))
    W = [2600, 3500, 900]
    rows = [d.tr([d.tc(d.p(h, b=True, style='TableText'), w) for h, w in zip(['Nombre', 'Institución', 'Sector'], W)])]
    for p in a['attendance']:
        rows.append(d.tr([d.tc(d.p(p['name'], style='TableText'), W[0]), d.tc(d.p(p['inst'], style='TableText'), W[1]), d.tc(d.p(ABBR[p['sector']], style='TableText', align='center'), W[2])]))
    body.append(d.table(rows, W, borders=False))
    body.append(d.p('IE: instancia ejecutora; OSC: organización de la sociedad civil; INV: instancia invitada; SE: Secretaría Ejecutiva.', i=True, size=16))
    body.append(d.p('ORDEN DEL DÍA', b=True, spacing='w:before="200"'))
    ol = d.new_list('decimal')
    body.append(d.p('Registro de asistencia.', num=ol, style='ListParagraph'))
    for st in a['strategies']: body.append(d.p(f"Retroalimentación de la estrategia {st['number']}.", num=ol, style='ListParagraph'))
    body.append(d.p('Acuerdos.', num=ol, style='ListParagraph'))
    body.append(d.p('RETROALIMENTACIÓN', b=True, spacing='w:before="200"'))
    for st in a['strategies']:
        for go in st['goals']:
            rows = [d.tr([d.tc(d.p(f"Estrategia {st['number']}. {st['title']}", b=True, style='TableText'), sum(FW), span=3, fill='DEEAF6')], header=True)]
            def row(label, xml):
                return d.tr([d.tc(d.p(label, b=True, style='TableText'), FW[0], fill='F2F2F2'), d.tc(xml, FW[1] + FW[2], span=2)])
            rows.append(row('Meta ' + go['id'], d.p(split_words(go['text']), style='TableText')))
            rows.append(row('Indicador', d.p(go['indicator'], style='TableText')))
            rows.append(row('Instancia ejecutora', d.p(go['executor'], style='TableText')))
            if go.get('report'):
                reps = [split_words(r) for r in go['report']]
                rep = ''.join(d.p(r, style='TableText') for r in reps)
                if go.get('comment'):
                    first = f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{d.comment_runs(go["comment"], reps[0])}</w:p>'
                    rep = first + ''.join(d.p(r, style='TableText') for r in reps[1:])
            else:
                rep = d.p(go['marker'], style='TableText')
            rows.append(row('Informe', rep))
            nl = d.new_list('decimal')
            fb = ''.join(d.p(t, num=nl, style='TableText') for t, l in go['retro'])
            if go.get('deleted_retro'):
                d.rev += 1
                fb += (f'<w:p><w:pPr><w:pStyle w:val="TableText"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nl}"/></w:numPr>'
                       f'<w:rPr><w:del w:id="{d.rev}" w:author="{d.author}" w:date="{d.date}"/></w:rPr></w:pPr>'
                       f'{d.runs("[[del:" + go["deleted_retro"] + "]]")}</w:p>')
            ob = ''.join(d.p(t, style='TableText') for t, l in go['obs']) or d.p('', style='TableText')
            rows.append(d.tr([d.tc(d.p('Comentarios', b=True, style='TableText'), FW[0], vmerge='restart', fill='F2F2F2', valign='center'),
                              d.tc(d.p('Retroalimentación', i=True, style='TableText'), SUB), d.tc(fb, FW[1] + FW[2] - SUB)]))
            rows.append(d.tr([d.tc('', FW[0], vmerge='continue', fill='F2F2F2'),
                              d.tc(d.p('Observaciones', i=True, style='TableText'), SUB), d.tc(ob, FW[1] + FW[2] - SUB)]))
            body.append(d.table(rows, [FW[0], SUB, FW[1] + FW[2] - SUB]))
            body.append(d.p('', spacing='w:after="120"'))
    body.append(d.p('ACUERDOS', b=True, spacing='w:before="200"'))
    al = d.new_list('decimal')
    for ag in a['agreements']: body.append(d.p(ag['text'], num=al, style='ListParagraph', align='both'))
    body.append(d.p('', spacing='w:before="720"'))
    body.append(d.p('_______________________________', align='center'))
    body.append(d.p(COORD[0], align='center', b=True))
    body.append(d.p(COORD[1], align='center'))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), title=a['ordinal'] + ' sesión ordinaria')

def content(a):
    c = dict(a)
    c['strategies'] = []
    for s in a['strategies']:
        fb = []
        for g in s['goals']:
            fb += [(t, 'retroalimentacion', g['id'], l) for t, l in g['retro']]
            fb += [(t, 'observacion', g['id'], l) for t, l in g['obs']]
        goals = [dict(g, report=[x for x in g['report']] if g.get('report') else None) for g in s['goals']]
        c['strategies'].append(dict(number=s['number'], title=s['title'], goals=goals, figures=a['figures'][s['number']], feedback=fb))
    return c

ACTAS = [A17, A18]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a)); print('wrote', a['stem'])
