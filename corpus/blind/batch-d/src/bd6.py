"""BD6 — institutional template: the page header is a logo | title | code table with PAGE and
NUMPAGES fields; 'Datos generales' as a four-column label | value | label | value table; attendance
with the INSTITUTION first (Institución | Nombre | Cargo), the institution cell merged down over its
people, sectors as band rows; each strategy under a Heading 2 opens with a summary sentence that
is the ONLY place naming its unreported goals; reported goals in borderless id | body cards
('Informe de la SSC:' label); feedback as 'Intervención de X:' paragraphs (the speaker tag is not
gold text); tracked changes (final text is the truth) including a figure; agreements in an
Acuerdo | Responsable table. Derecho a la Integridad, Libertad y Seguridad Personales, sesiones
ordinarias 15 y 16 (2022)."""
from wml import Docx, p, r, b, i, sect, tbl, cell, tracked
from common import FIG, shown

COORD = ('Dra. Carmen Villaseñor Rivas', 'Coordinadora del Espacio de Participación')
BODY = 'Derecho a la Integridad, Libertad y Seguridad Personales'
SE_NAME = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación'


def show(par):
    return FIG.sub(shown, par)


def fb(who, section, label, text):
    return {'who': who, 'section': section, 'label': label, 'text': text}


S15 = {
    'stem': 'blind-d-integridad-15-2022-06-09', 'layout': 'BD6',
    'notes': 'template page header (logo | title | code table, PAGE/NUMPAGES); datos generales as label|value|label|value '
             '("Ordinaria No. 15", "09/06/2022"); attendance Institución | Nombre | Cargo with the institution cell '
             'vMerged over two people and sector band rows; per strategy a summary sentence is the only mention of an '
             'unreported goal (text/indicator null, executor from the sentence); reported goals as borderless id | '
             'body cards; feedback as "Intervención de X:" paragraphs (tag not in gold; SE and civil society -> '
             'retroalimentacion, the executor -> observacion); feedback on an unreported goal under "Meta 251.2 (sin '
             'informe)"; tracked changes (a figure 2,000 -> 2,400, a deleted clause); Acuerdo | Responsable table.',
    'sesion': 'Ordinaria No. 15', 'fecha': '09/06/2022', 'inicio': '17:00 horas', 'cierre': '19:30 horas',
    'session': {'body': BODY, 'number': 15, 'kind': 'sesión ordinaria', 'date': '2022-06-09', 'start_time': '17:00',
                'place': 'Aula 2 de la Universidad de la Policía de la Ciudad de México, Av. Liga de Carreteras 2, Tláhuac',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'groups': [
        ('instancia_ejecutora', 'GOBIERNO DE LA CIUDAD DE MÉXICO', [
            ('Secretaría de Seguridad Ciudadana', 'SSPCDMX', [('Mtro. Ulises Carranza Peña', 'Director de Derechos Humanos'),
                                                              ('Lic. Paola Gutiérrez Salas', 'Subdirectora de Enlace')]),
            ('Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano (C5)', 'LOCATEL',
             [('Ing. Luis Ángel Roldán Meza', 'Jefe de Unidad de Monitoreo')]),
            ('FGJCDMX', 'PGJCDMX', [('Lic. Verónica Soto Alcántara', 'Fiscal de Investigación')]),
            ('Secretaría de las Mujeres', 'INMUJERES-CDMX', [('Lic. Adriana Pliego Reyes', 'Enlace de derechos humanos')]),
        ]),
        ('sociedad_civil', 'SOCIEDAD CIVIL', [
            ('Centro de Derechos Humanos Fray Francisco de Vitoria, O.P., A.C.', None, [('Rodolfo Yáñez Cano', 'Investigador')]),
            ('Colectivo Contra la Tortura y la Impunidad', None, [('Marisol Aranda León', 'Psicóloga')]),
        ]),
        ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA', [
            (SE_NAME, 'SE-PDHCDMX', [('Lic. Javier Olmos Treviño', 'Enlace de seguimiento')]),
        ]),
    ],
    'who': {'se': 'Intervención de la Secretaría Ejecutiva:', 'vitoria': 'Intervención del Centro Vitoria:',
            'ccti': 'Intervención del Colectivo Contra la Tortura y la Impunidad:', 'fgj': 'Intervención de la FGJCDMX:'},
    'strategies': [
        {'number': 251, 'title': 'Prevenir la tortura y los tratos crueles, inhumanos o degradantes en la actuación policial',
         'summary': 'La estrategia comprende tres metas. Se recibió informe de las metas 251.1 (SSC) y 251.3 (C5); la meta 251.2, a cargo de la FGJCDMX, no fue reportada.',
         'goals': [
             {'id': '251.1', 'text': 'Las personas detenidas son presentadas ante el Ministerio Público con registro videograbado de la detención.',
              'indicator': 'Porcentaje de detenciones con registro videograbado.',
              'executor': 'SSC', 'executor_key': 'SSPCDMX', 'report_label': 'Informe de la SSC:',
              'report': ['En el primer trimestre de 2022 se registraron [[9,412|detenciones]] detenciones, de las cuales [[7,530|detenciones]] detenciones contaron con videograbación mediante cámaras corporales.',
                         'Se distribuyeron {-2,000-}{+[[2,400|cámaras]]+} cámaras corporales adicionales entre el personal de las zonas oriente y norte.'],
              'fb': [fb('se', 'retroalimentacion', 'avance', 'Se reportan datos duros que permiten conocer el avance del registro videograbado respecto del total de detenciones.'),
                     fb('vitoria', 'retroalimentacion', 'solicita_datos', 'Es necesario informar qué ocurre con las detenciones que no fueron videograbadas y si se iniciaron procedimientos de responsabilidad{-, así como el nombre de los mandos responsables-}.')]},
             {'id': '251.2', 'text': None, 'indicator': None,
              'executor': 'FGJCDMX', 'executor_key': 'PGJCDMX', 'report': None,
              'fb': [fb('ccti', 'retroalimentacion', 'exhorta', 'Exhortamos a la Fiscalía a que inicie el registro de las investigaciones de oficio por tortura, que la estrategia mandata desde 2019.'),
                     fb('fgj', 'observacion', 'instancia', 'La Fiscalía señaló que la información existe pero está reservada por tratarse de investigaciones en curso.')]},
             {'id': '251.3', 'text': 'Los centros de mando registran en tiempo real el uso de la fuerza.',
              'indicator': 'Número de reportes de uso de la fuerza registrados.',
              'executor': 'C5', 'executor_key': 'LOCATEL', 'report_label': 'Informe del C5:',
              'report': ['Se registraron [[1,218|reportes]] reportes de uso de la fuerza en el sistema de despacho, de los cuales [[64|reportes]] reportes refieren el uso de armas incapacitantes no letales.'],
              'fb': [fb('se', 'retroalimentacion', 'desalineado', 'El registro en el sistema de despacho no coincide con lo que pide la meta, que es el registro en tiempo real del uso de la fuerza.')]},
         ]},
        {'number': 253, 'title': 'Atender integralmente a las mujeres víctimas de violencia sexual cometida por agentes del Estado',
         'summary': 'Se recibió informe de las dos metas de la estrategia.',
         'goals': [
             {'id': '253.1', 'text': 'Las mujeres víctimas reciben atención psicológica y jurídica especializada.',
              'indicator': 'Número de mujeres atendidas.',
              'executor': 'Secretaría de las Mujeres', 'executor_key': 'INMUJERES-CDMX',
              'report_label': 'Informe de la Secretaría de las Mujeres:',
              'report': ['Las Lunas y Abogadas de las Mujeres atendieron a [[146|mujeres]] mujeres que denunciaron violencia sexual cometida por agentes del Estado, con [[892|sesiones]] sesiones de atención psicológica.'],
              'fb': [fb('ccti', 'retroalimentacion', 'cuestiona', 'Cuestionamos que la atención se limite a quienes denuncian, cuando la mayoría de las sobrevivientes no lo hace por miedo a represalias.'),
                     fb('se', 'retroalimentacion', 'reasignar', 'Estas acciones pueden estar enmarcadas en la estrategia 257, meta 257.1, de reparación integral.')]},
             {'id': '253.2', 'text': 'Se aplica el Protocolo de Estambul en todos los casos de violencia sexual denunciados.',
              'indicator': 'Porcentaje de casos con dictamen conforme al Protocolo de Estambul.',
              'executor': 'FGJCDMX', 'executor_key': 'PGJCDMX',
              'report_label': 'Informe de la FGJCDMX:',
              'report': ['Se elaboraron [[39|dictámenes]] dictámenes médico-psicológicos conforme al Protocolo de Estambul, con una duración promedio de [[cinco=5|semanas]] semanas por dictamen.'],
              'fb': [fb('se', 'retroalimentacion', 'diseno_meta', 'No hay correspondencia entre la meta y su indicador: la meta habla de todos los casos y el indicador no señala respecto de qué total se calcula el porcentaje.')]},
         ]},
    ],
    'agreements': [
        {'text': 'Celebrar la 16a. sesión ordinaria el 14 de julio de 2022 a las 17:00 horas para revisar las estrategias 255 y 257.',
         'responsible': 'Secretaría Ejecutiva', 'dates': ['2022-07-14'], 'strategies': [255, 257]},
        {'text': 'Enviar a la Secretaría Ejecutiva el número de investigaciones de oficio por tortura iniciadas en el semestre (meta 251.2).',
         'responsible': 'FGJCDMX', 'dates': [], 'strategies': [251]},
        {'text': 'Precisar la diferencia entre el registro en el sistema de despacho y el registro en tiempo real del uso de la fuerza.',
         'responsible': 'C5', 'dates': [], 'strategies': []},
    ],
    'next_session': {'date': '2022-07-14', 'start_time': '17:00', 'end_time': None, 'strategies': [255, 257]},
}

S16 = {
    'stem': 'blind-d-integridad-16-2022-07-14', 'layout': 'BD6',
    'notes': 'as session 15; date "jueves 14 de julio de 2022"; a strategy with no goal reported (257), both goals named '
             'only in the summary sentence; a figure in a feedback paragraph (48 personas buscadoras) that is not a '
             'figure (figures only in INFORMEs); an agreement edited with tracked changes; next session by the last '
             'agreement without year.',
    'sesion': 'Ordinaria No. 16', 'fecha': 'jueves 14 de julio de 2022', 'inicio': '17:00 horas', 'cierre': '19:40 horas',
    'session': {'body': BODY, 'number': 16, 'kind': 'sesión ordinaria', 'date': '2022-07-14', 'start_time': '17:00',
                'place': 'Sala de juntas de la Comisión de Búsqueda de Personas de la Ciudad de México, Calle Sevilla 9, colonia Juárez',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'groups': [
        ('instancia_ejecutora', 'GOBIERNO DE LA CIUDAD DE MÉXICO', [
            ('Secretaría de Seguridad Ciudadana', 'SSPCDMX', [('Mtro. Ulises Carranza Peña', 'Director de Derechos Humanos')]),
            ('Comisión de Búsqueda de Personas de la Ciudad de México', 'CBP-CDMX',
             [('Lic. Irma Solórzano Beltrán', 'Directora de Búsqueda'), ('Lic. Andrés Pineda Cota', 'Analista')]),
            ('Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI', [('Lic. Fernando Ugarte Sosa', 'Subdirector Jurídico')]),
            ('Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', [('Lic. Norma Ibarra Quintero', 'Jefa de la Unidad de Derechos Humanos')]),
        ]),
        ('sociedad_civil', 'SOCIEDAD CIVIL', [
            ('Centro de Derechos Humanos Fray Francisco de Vitoria, O.P., A.C.', None, [('Rodolfo Yáñez Cano', 'Investigador')]),
            ('Familias Unidas en la Búsqueda CDMX', None, [('María Elena Rangel Torres', 'Integrante')]),
        ]),
        ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA', [
            (SE_NAME, 'SE-PDHCDMX', [('Lic. Javier Olmos Treviño', 'Enlace de seguimiento')]),
        ]),
    ],
    'who': {'se': 'Intervención de la Secretaría Ejecutiva:', 'vitoria': 'Intervención del Centro Vitoria:',
            'familias': 'Intervención de Familias Unidas en la Búsqueda:', 'cbp': 'Intervención de la Comisión de Búsqueda:',
            'ceavi': 'Intervención de la CEAVI:'},
    'strategies': [
        {'number': 255, 'title': 'Buscar de manera inmediata a las personas desaparecidas',
         'summary': 'Se recibió informe de las metas 255.1 y 255.2.',
         'goals': [
             {'id': '255.1', 'text': 'Se activa la búsqueda inmediata en las primeras horas posteriores al reporte de desaparición.',
              'indicator': 'Porcentaje de reportes con búsqueda inmediata activada.',
              'executor': 'Comisión de Búsqueda', 'executor_key': 'CBP-CDMX',
              'report_label': 'Informe de la Comisión de Búsqueda:',
              'report': ['Entre enero y junio de 2022 se recibieron [[2,861|reportes]] reportes de personas desaparecidas o no localizadas y se activó la búsqueda inmediata en [[2,790|reportes]] reportes.',
                         'Se localizó a [[2,104|personas]] personas, [[1,957|personas]] personas con vida.'],
              'fb': [fb('se', 'retroalimentacion', 'avance', 'Se reportan datos duros que permiten conocer el avance en la activación de la búsqueda inmediata.'),
                     fb('familias', 'retroalimentacion', 'solicita_datos', 'Necesitamos saber en cuánto tiempo, en promedio, se activa la búsqueda y cuántas familias recibieron acompañamiento durante ella.'),
                     fb('cbp', 'observacion', 'instancia', 'La Comisión informó que su plantilla de 48 personas buscadoras es insuficiente para la demanda y que gestiona una ampliación.')]},
             {'id': '255.2', 'text': 'Las alcaldías participan en las células de búsqueda.',
              'indicator': 'Número de células de búsqueda instaladas en alcaldías.',
              'executor': 'Alcaldía Gustavo A. Madero', 'executor_key': 'ALC-GUSTAVO-A-MADERO',
              'report_label': 'Informe de la Alcaldía Gustavo A. Madero:',
              'report': ['Se instaló [[una=1|célula]] célula de búsqueda con [[seis=6|personas]] personas servidoras públicas capacitadas por la Comisión de Búsqueda.'],
              'fb': [fb('se', 'retroalimentacion', 'insuficiente', 'La instalación de la célula contribuye, pero por sí sola no da cumplimiento a la meta mientras no opere con presupuesto y personal propios.')]},
         ]},
        {'number': 257, 'title': 'Garantizar la reparación integral a víctimas de tortura y desaparición',
         'summary': 'Ninguna de las dos metas de la estrategia fue reportada: la 257.1 y la 257.2 están a cargo de la CEAVI.',
         'goals': [
             {'id': '257.1', 'text': None, 'indicator': None, 'executor': 'CEAVI', 'executor_key': 'CEAVI', 'report': None,
              'fb': [fb('vitoria', 'retroalimentacion', 'exhorta', 'Es necesario que la CEAVI establezca el procedimiento para elaborar los planes de reparación, pues a la fecha ninguna víctima de tortura cuenta con uno.'),
                     fb('ceavi', 'observacion', 'instancia', 'La CEAVI solicitó a la Secretaría Ejecutiva que las observaciones se le envíen por escrito para turnarlas al área jurídica.')]},
             {'id': '257.2', 'text': None, 'indicator': None, 'executor': 'CEAVI', 'executor_key': 'CEAVI', 'report': None,
              'fb': [fb('se', 'retroalimentacion', 'proceso', 'Sería oportuno que a la próxima sesión acuda el área de registro de la CEAVI, que es la que cuenta con la información.')]},
         ]},
    ],
    'agreements': [
        {'text': 'Enviar por escrito a la CEAVI las observaciones de la estrategia 257.', 'responsible': 'Secretaría Ejecutiva',
         'dates': [], 'strategies': [257]},
        {'text': 'Invitar al área de registro de la CEAVI a la siguiente sesión.', 'responsible': 'Coordinación del Espacio',
         'dates': [], 'strategies': []},
        {'text': 'La 17a. sesión ordinaria se celebrará el jueves {-4-}{+11+} de agosto a las 17:00 horas; se revisarán las estrategias 257 y 259.',
         'responsible': 'Secretaría Ejecutiva', 'dates': ['2022-08-11'], 'strategies': [257, 259]},
    ],
    'next_session': {'date': '2022-08-11', 'start_time': '17:00', 'end_time': None, 'strategies': [257, 259]},
}


def attendance(a):
    return [(n, inst, key, sec) for sec, _, rows in a['groups'] for inst, key, people in rows for n, _ in people]


for _a in (S15, S16):
    _a['attendance'] = attendance(_a)

ACTAS = [S15, S16]
FILL = 'DCE6F0'


def header_xml():
    logo = cell(p(b('CDMX', sz=14, color='9F2241'), jc='center', after=0), p(r('PDHCDMX', sz=7), jc='center', after=0),
                valign='center')
    title = cell(p(b('ACTA DE SESIÓN', sz=11), jc='center', after=0),
                 p(r('Espacio de Participación del ' + BODY, sz=8), jc='center', after=0), valign='center')
    code = cell(p(r('Código: SE-EP-F03', sz=7), after=0), p(r('Versión 2', sz=7), after=0),
                p(r('Hoja ', sz=7), '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>',
                  r(' de ', sz=7), '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="14"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>',
                  after=0), valign='center')
    return tbl([[logo, title, code]], [1700, 5570, 1800]) + p(after=0)


def render(a, path):
    d = Docx(font='Arial', size=10)
    d.core_title = 'Acta de sesión'
    d.header_xml = header_xml()
    d.settings_extra = '<w:revisionView w:markup="false" w:insDel="false"/><w:trackRevisions/>'
    x = []
    x.append(p(b('I. DATOS GENERALES'), style='Heading1'))
    rows = [[cell(p(b('Espacio de Participación')), shade=FILL), cell(p(BODY), span=3)],
            [cell(p(b('Sesión')), shade=FILL), a['sesion'], cell(p(b('Fecha')), shade=FILL), a['fecha']],
            [cell(p(b('Hora de inicio')), shade=FILL), a['inicio'], cell(p(b('Hora de cierre')), shade=FILL), a['cierre']],
            [cell(p(b('Sede')), shade=FILL), cell(p(a['session']['place']), span=3)]]
    x.append(tbl(rows, [2000, 2535, 2000, 2535]))
    x.append(p(b('II. ASISTENCIA'), style='Heading1'))
    rows = [[cell(p(b('Institución')), shade=FILL), cell(p(b('Nombre')), shade=FILL), cell(p(b('Cargo')), shade=FILL)]]
    for _, label, group in a['groups']:
        rows.append([cell(p(b(label, sz=9), jc='center'), span=3, shade='F2F2F2')])
        for inst, _, people in group:
            for k, (n, cargo) in enumerate(people):
                ic = cell(p(r(inst, sz=9)), vmerge=('restart' if k == 0 else 'continue') if len(people) > 1 else None,
                          valign='center')
                if k:
                    ic['paras'] = [p()]
                rows.append([ic, cell(p(r(n, sz=9))), cell(p(r(cargo, sz=9)))])
    x.append(tbl(rows, [3600, 2900, 2570], header_rows=1))
    x.append(p(b('III. SEGUIMIENTO DE ESTRATEGIAS'), style='Heading1'))
    for s in a['strategies']:
        x.append(p(f'Estrategia {s["number"]}. {s["title"]}', style='Heading2'))
        x.append(p(s['summary'], jc='both'))
        for g in s['goals']:
            if g.get('report'):
                body = [p(b(g['text']), after=60), p(b('Indicador: '), r(g['indicator']), after=60),
                        p(b(g['report_label']), after=20)]
                body += [p(tracked(show(par)), jc='both', after=60) for par in g['report']]
                id_cell = cell(p(b(g['id'], sz=13, color='9F2241')), shade='F2F2F2')
            else:
                body = []
                id_cell = None
            fbp = [p(b(a['who'][f['who']] + ' '), tracked(f['text']), jc='both', after=60) for f in g.get('fb', [])]
            if g.get('report'):
                if fbp:
                    body.append(p(b('Comentarios:'), after=20, before=60))
                x.append(tbl([[id_cell, cell(*(body + fbp))]], [1100, 7970], borders='none'))
                x.append(p(after=0))
            elif fbp:
                x.append(p(b(f'Meta {g["id"]} (sin informe)'), after=40, keep_next=True))
                x += fbp
    x.append(p(b('IV. ACUERDOS'), style='Heading1'))
    rows = [[cell(p(b('Acuerdo')), shade=FILL), cell(p(b('Responsable')), shade=FILL)]]
    rows += [[cell(p(tracked(ag['text']))), ag['responsible']] for ag in a['agreements']]
    x.append(tbl(rows, [6470, 2600], header_rows=1))
    x.append(p(b('V. FIRMAS'), style='Heading1'))
    sig = [[cell(p(before=600), p(b(a['coordinator'][0]), jc='center', after=0, border_top=True), p(a['coordinator'][1], jc='center')),
            cell(p(before=600), p(b('Lic. Javier Olmos Treviño'), jc='center', after=0, border_top=True),
                 p('Por la Secretaría Ejecutiva', jc='center'))]]
    x.append(tbl(sig, [4535, 4535], borders='none'))
    d.write(path, ''.join(x), sect(header=True))
