"""BC2: 'Reunión de Trabajo No. 14' with a borderless data table (content controls), one bordered table per strategy
whose first two rows (strategy title across the table, then Meta | Responsable | Avance reportado | Comentarios del
Espacio) repeat on every page (w:tblHeader); several feedback paragraphs per cell; civil-society observations as
paragraphs after each table; attendance only as a signature sheet at the END (Nombre | Cargo | Dependencia | Firma),
names partly 'Apellido Apellido, Nombre' with titles; comments in the margin."""
from wml import Doc
import common, os

BODY = 'Derechos de las Personas con Discapacidad'
COORD = ('Lic. Ernesto Villaseñor Cárdenas', 'Coordinador del Espacio de Participación')
W = [2700, 1500, 3000, 2772]

A14 = dict(stem='blind-c-discapacidad-14-2020-02-13', layout='BC2', num='14', date_words='jueves, 13 de febrero de 2020',
    session=dict(body=BODY, number=14, kind='reunión de trabajo', date='2020-02-13', start_time='11:00',
                 place='Sala "Gilberto Rincón Gallardo" del Instituto de las Personas con Discapacidad, Calle Prolongación Uxmal 860 Bis, Col. Santa Cruz Atoyac, Alcaldía Benito Juárez',
                 topic=None, objective='Retroalimentar los informes del segundo semestre de 2019 de las estrategias 402 y 405.'),
    hora='11:00 hrs.',
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Cabrera Olvera, Lucía', cargo='Directora de Políticas Públicas', inst='Instituto de las Personas con Discapacidad de la Ciudad de México', key='INDEPEDI', sector='instancia_ejecutora'),
        dict(name='Lic. Montaño Ibarra, Sergio', cargo='Subdirector de Accesibilidad', inst='SEMOVI', key='SEMOVI', sector='instancia_ejecutora'),
        dict(name='Ing. Raúl Cisneros Vega', cargo='Gerente de Atención al Usuario', inst='Sistema de Transporte Colectivo Metro', key='STC-METRO', sector='instancia_ejecutora'),
        dict(name='Paz Zárate, Mónica', cargo='Agente del Ministerio Público', inst='Fiscalía General de Justicia', key='PGJCDMX', sector='instancia_ejecutora'),
        dict(name='C. Daniel Estrada Luna', cargo='Enlace', inst='SECTEI', key='SEDU', sector='instancia_ejecutora'),
        dict(name='Trejo Salgado, Irma Yolanda', cargo='Presidenta', inst='Libre Acceso, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Psic. Arturo Benítez Roldán', cargo='Coordinador', inst='Colectivo Sordos en Acción', key=None, sector='sociedad_civil'),
        dict(name='Hernández Quiroz, Ximena', cargo='Intérprete de Lengua de Señas Mexicana', inst='Secretaría Ejecutiva del MSyE del PDHCDMX', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=402, title='Garantizar la accesibilidad universal en el transporte público de la Ciudad de México.',
             goals=[
                 dict(id='402.1', text='Se adecúan las estaciones del transporte público con criterios de accesibilidad universal.', indicator='Porcentaje de estaciones adecuadas respecto del total.',
                      executor='STC Metro', key='STC-METRO',
                      report=['Durante 2019 se instalaron elevadores en 6 estaciones de la Línea 12 y se colocaron 2,400 metros de guía podotáctil en las Líneas 1 y 2.', 'Se dio mantenimiento a 38 salvaescaleras.'],
                      comment='¿Cuántas estaciones tiene la red? Pedir el total para el porcentaje.'),
                 dict(id='402.2', text='Las unidades de transporte concesionado cuentan con espacios reservados y señalización accesible.', indicator='Número de unidades verificadas con espacios reservados.',
                      executor='SEMOVI', key='SEMOVI', report=None, marker='Sin reporte'),
                 dict(id='402.3', text='Se capacita al personal operativo del transporte público en trato digno a personas con discapacidad.', indicator='Número de personas operadoras capacitadas.',
                      executor='INDISCAPACIDAD', key='INDEPEDI',
                      report=['Se impartieron 17 cursos de "Trato digno y comunicación incluyente" a 523 personas operadoras de RTP, Metrobús y trolebuses, con una duración de ocho horas cada uno.']),
             ],
             figures=[(6, 'estaciones', '402.1', '6 estaciones'), (2400, 'metros', '402.1', '2,400 metros'), (38, 'salvaescaleras', '402.1', '38 salvaescaleras'),
                      (17, 'cursos', '402.3', '17 cursos'), (523, 'personas operadoras', '402.3', '523 personas'), (8, 'horas', '402.3', 'ocho horas')],
             retro=[('402.1', 'Se reconoce el avance en la instalación de elevadores, que responde directamente a la meta.', 'avance'),
                    ('402.1', 'Es necesario informar el total de estaciones de la red para conocer el porcentaje que mandata el indicador.', 'solicita_datos'),
                    ('402.1', 'El mantenimiento de salvaescaleras no corresponde a la adecuación de estaciones, por lo que se sugiere no incluirlo en el reporte de esta meta.', 'desalineado'),
                    ('402.2', 'Es necesario que SEMOVI reporte las verificaciones realizadas, ya que es la instancia responsable de la meta.', 'exhorta'),
                    ('402.3', 'La capacitación abona al trato digno, pero se requiere saber si se evaluó su aplicación en el servicio.', 'solicita_datos')],
             obs=[(None, 'Libre Acceso cuestiona que los elevadores de la Línea 12 permanezcan fuera de servicio gran parte del tiempo, por lo que la instalación no garantiza la accesibilidad.', 'cuestiona'),
                  (None, 'El STC Metro refiere que la reparación de elevadores depende de un contrato de mantenimiento que se encuentra en licitación.', 'instancia')]),
        dict(number=405, title='Facilitar el acceso a la justicia de las personas con discapacidad mediante ajustes de procedimiento.',
             goals=[
                 dict(id='405.1', text='Las agencias del Ministerio Público cuentan con intérpretes de Lengua de Señas Mexicana.', indicator='Número de agencias con servicio de interpretación.',
                      executor='Fiscalía General de Justicia de la Ciudad de México', key='PGJCDMX',
                      report=['Mediante convenio con asociaciones de intérpretes, se brindaron 94 servicios de interpretación en Lengua de Señas Mexicana en 12 coordinaciones territoriales.']),
             ],
             figures=[(94, 'servicios', '405.1', '94 servicios'), (12, 'coordinaciones territoriales', '405.1', '12 coordinaciones')],
             retro=[('405.1', 'El informe presenta datos que permiten conocer el avance en la meta.', 'avance'),
                    ('405.1', 'El indicador mide agencias con servicio y no servicios brindados, por lo que existe una falta de correspondencia entre la meta y el indicador.', 'diseno_meta')],
             obs=[(None, 'La Fiscalía solicita a la Secretaría Ejecutiva que las recomendaciones indiquen el formato en que debe presentarse la información.', 'instancia')]),
    ],
    agreements=[
        dict(text='La próxima reunión de trabajo será el jueves 12 de marzo de 2020 a las 11:00 horas, en la misma sede, para revisar las estrategias 407 y 409.', dates=['2020-03-12'], strategies=[407, 409]),
        dict(text='SEMOVI enviará por escrito el informe de la meta 402.2 antes del 28 de febrero.', dates=['2020-02-28'], strategies=[402], responsible=None),
        dict(text='La Secretaría Ejecutiva gestionará la presencia de intérprete de Lengua de Señas Mexicana en todas las reuniones del Espacio.', dates=[], strategies=[]),
    ],
    next_session=dict(date='2020-03-12', start_time='11:00', end_time=None, strategies=[407, 409]),
    notes='title "Reunión de Trabajo No. 14" with a non-breaking space; Fecha/Hora/Sede/Objetivo in a borderless two-column table whose values are content controls (date picker); strategy tables with a strategy row spanning four columns and a header row, both repeated on each page (w:tblHeader); Meta cell holds id+text, soft break, "Indicador: …"; several feedback paragraphs in one cell; "Sin reporte"; civil-society/institution observations as paragraphs after the table (goal null); figures "2,400 metros", "ocho horas"; a margin comment on an INFORME; agreements auto-lettered a); attendance ONLY as the signature sheet after the coordinator signature, with sector rows spanning the table, names "Apellido Apellido, Nombre" and titles (Mtra., Lic., C., Psic.); header/footer with PAGE field.',
)

A15 = dict(stem='blind-c-discapacidad-15-2020-03-12', layout='BC2', num='15', date_words='jueves, 12 de marzo de 2020',
    session=dict(body=BODY, number=15, kind='reunión de trabajo', date='2020-03-12', start_time='11:10',
                 place='Sala "Gilberto Rincón Gallardo" del Instituto de las Personas con Discapacidad, Calle Prolongación Uxmal 860 Bis, Col. Santa Cruz Atoyac, Alcaldía Benito Juárez',
                 topic=None, objective='Retroalimentar los informes de las estrategias 407 y 409.'),
    hora='11:10 hrs.',
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Cabrera Olvera, Lucía', cargo='Directora de Políticas Públicas', inst='INDISCAPACIDAD', key='INDEPEDI', sector='instancia_ejecutora'),
        dict(name='Lic. Gutiérrez Amaya, Rebeca', cargo='Jefa de Unidad Departamental de Educación Especial', inst='Secretaría de Educación, Ciencia, Tecnología e Innovación', key='SEDU', sector='instancia_ejecutora'),
        dict(name='Dr. Olmos Treviño, Alfonso', cargo='Director de Rehabilitación', inst='Secretaría de Salud de la Ciudad de México', key='SEDESA', sector='instancia_ejecutora'),
        dict(name='Lic. Cuevas Romo, Patricia', cargo='Subdirectora de Empleo', inst='Secretaría de Trabajo y Fomento al Empleo', key='STYFE', sector='instancia_ejecutora'),
        dict(name='Trejo Salgado, Irma Yolanda', cargo='Presidenta', inst='Libre Acceso, A.C.', key=None, sector='sociedad_civil'),
        dict(name='C. Guadalupe Ramos Téllez', cargo='Madre buscadora de inclusión', inst='Familias por la Educación Inclusiva', key=None, sector='sociedad_civil'),
        dict(name='Hernández Quiroz, Ximena', cargo='Intérprete de Lengua de Señas Mexicana', inst='Secretaría Ejecutiva del MSyE del PDHCDMX', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=407, title='Promover la educación inclusiva de niñas, niños y jóvenes con discapacidad.',
             goals=[
                 dict(id='407.1', text='Las escuelas de la Ciudad de México cuentan con docentes formados en educación inclusiva.', indicator='Número de docentes formados.',
                      executor='SECTEI', key='SEDU',
                      report=['Se formó a 1,046 docentes de educación básica mediante el diplomado "Escuela para todas y todos", impartido en modalidad mixta.']),
                 dict(id='407.2', text='Se otorgan apoyos económicos a estudiantes con discapacidad para su permanencia escolar.', indicator='Número de estudiantes con discapacidad que reciben apoyo.',
                      executor='SECTEI', key='SEDU',
                      report=['Se entregaron 3,580 apoyos económicos mensuales a estudiantes con discapacidad de nivel medio superior.']),
             ],
             figures=[(1046, 'docentes', '407.1', '1,046 docentes'), (3580, 'apoyos económicos', '407.2', '3,580 apoyos')],
             retro=[('407.1', 'Se reconoce la formación docente como un avance; se sugiere informar cuántas escuelas cuentan con al menos una persona docente formada.', 'solicita_datos'),
                    ('407.2', 'Los apoyos económicos corresponden más bien a la estrategia 408, relativa a la permanencia escolar.', 'reasignar')],
             obs=[(None, 'Familias por la Educación Inclusiva cuestiona que la formación sea optativa para el personal docente, pues así la inclusión depende de la voluntad de cada escuela.', 'cuestiona')]),
        dict(number=409, title='Impulsar la inclusión laboral de las personas con discapacidad.',
             goals=[
                 dict(id='409.1', text='Se incrementa la colocación de personas con discapacidad en empleos formales.', indicator='Número de personas con discapacidad colocadas en un empleo.',
                      executor='STyFE', key='STYFE',
                      report=['A través de las ferias de empleo incluyente se colocó a 275 personas con discapacidad en empleos formales y se certificaron 41 empresas como espacios laborales incluyentes.']),
                 dict(id='409.2', text='Se otorgan servicios de rehabilitación para el trabajo.', indicator='Número de personas atendidas en rehabilitación para el trabajo.',
                      executor='SEDESA', key='SEDESA', report=None, marker='Sin reporte'),
             ],
             figures=[(275, 'personas con discapacidad', '409.1', '275 personas'), (41, 'empresas', '409.1', '41 empresas')],
             retro=[('409.1', 'Se reportan datos duros que permiten conocer el avance respecto de la meta.', 'avance'),
                    ('409.1', 'Es necesario conocer cuántas de las personas colocadas permanecían en el empleo tres meses después.', 'solicita_datos'),
                    ('409.2', 'Es necesario que SEDESA inicie el registro de las personas atendidas en rehabilitación para el trabajo y lo reporte al Espacio.', 'exhorta')],
             obs=[(None, 'SEDESA señala que la rehabilitación para el trabajo no forma parte de sus programas, por lo que solicitará reasignar la meta.', 'instancia'),
                  (None, 'La Coordinación propone invitar al área de rehabilitación del DIF-CDMX para la siguiente reunión.', 'proceso')]),
    ],
    agreements=[
        dict(text='SEDESA enviará un oficio a la Secretaría Ejecutiva exponiendo por qué la meta 409.2 no le corresponde.', dates=[], strategies=[409]),
        dict(text='Se invitará al DIF-CDMX a la siguiente reunión de trabajo.', dates=[], strategies=[]),
        dict(text='La siguiente reunión de trabajo se celebrará el jueves 16 de abril de 2020, de 11:00 a 14:00 horas, y en ella se retroalimentarán las estrategias 409 y 411.', dates=['2020-04-16'], strategies=[409, 411]),
    ],
    next_session=dict(date='2020-04-16', start_time='11:00', end_time='14:00', strategies=[409, 411]),
    notes='as BC2 session 14: content-control data table, repeated header rows, "Sin reporte" for 409.2, two goals of the same executor (SECTEI), next session fixed by the THIRD (last) agreement, signature sheet at the end with "Apellido Apellido, Nombre" names and titles; margin comment; header/footer.',
)
A15['strategies'][0]['goals'][0]['comment'] = 'Confirmar con SECTEI la modalidad del diplomado.'

def render(a):
    d = Doc(author='Ximena Hernández')
    d.date = a['session']['date'] + 'T17:00:00Z'
    d.set_header(d.p('Programa de Derechos Humanos de la Ciudad de México[[tab]][[tab]]Espacio de Participación · Reunión de Trabajo No.\u00a0' + a['num'], style='Header', size=16, i=True))
    d.set_footer(d.p('Página [[fld:PAGE|1]]', style='Footer', align='center'))
    s = a['session']
    body = [d.p('Reunión de Trabajo No.\u00a0' + a['num'], style='Title'),
            d.p('Espacio de Participación de los ' + BODY, align='center', b=True, size=22)]
    def row2(label, val_xml):
        return d.tr([d.tc(d.p(label, b=True, style='TableText'), 2200), d.tc(val_xml, 7772)])
    rows = [row2('Fecha:', f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{d.sdt_date("Fecha de la reunión", a["date_words"], s["date"])}</w:p>'),
            row2('Hora de inicio:', d.p('[[sdt:Hora|' + a['hora'] + ']]', style='TableText')),
            row2('Sede:', d.p('[[sdt:Sede|' + s['place'] + ']]', style='TableText')),
            row2('Objetivo:', d.p(s['objective'], style='TableText'))]
    body.append(d.table(rows, [2200, 7772], borders=False))
    body.append(d.p('DESARROLLO DE LA REUNIÓN', b=True, spacing='w:before="240"'))
    body.append(d.p('La Coordinación da la bienvenida, verifica la asistencia que consta en la lista anexa y presenta las estrategias a retroalimentar.', align='both'))
    for x in a.get('intro', []): body.append(d.p(x, align='both'))
    for st in a['strategies']:
        rows = [d.tr([d.tc(d.p(f"Estrategia {st['number']}. {st['title']}", b=True, style='TableText'), sum(W), span=4, fill='D9E2F3')], header=True),
                d.tr([d.tc(d.p(h, b=True, style='TableText', align='center'), w, fill='F2F2F2') for h, w in zip(['Meta', 'Responsable', 'Avance reportado', 'Comentarios del Espacio'], W)], header=True)]
        for go in st['goals']:
            meta = d.p(f"{go['id']} {go['text']}[[br]][[i:Indicador: {go['indicator']}]]", style='TableText')
            if go.get('report'):
                reps = list(go['report'])
                if go.get('comment'): reps[0] = f"[[cm:{go['comment']}|{reps[0]}]]"
                rep = ''.join(d.p(r, style='TableText') for r in reps)
            else:
                rep = d.p(go['marker'], style='TableText', i=True)
            fb = ''.join(d.p(t, style='TableText') for g, t, l in st['retro'] if g == go['id'])
            body_cells = [d.tc(meta, W[0]), d.tc(d.p(go['executor'], style='TableText'), W[1]), d.tc(rep, W[2]), d.tc(fb, W[3])]
            rows.append(d.tr(body_cells))
        body.append(d.p('', spacing='w:after="0"'))
        body.append(d.table(rows, W))
        if st['obs']:
            body.append(d.p('Observaciones de sociedad civil y de las instancias:', b=True, spacing='w:before="120"', keep=True))
            for g, t, l in st['obs']: body.append(d.p(t, align='both'))
    body.append(d.p('ACUERDOS Y COMPROMISOS', b=True, spacing='w:before="240"', keep=True))
    al = d.new_list('letter')
    for ag in a['agreements']: body.append(d.p(ag['text'], num=al, style='ListParagraph', align='both'))
    body.append(d.p('', spacing='w:before="720"'))
    body.append(d.p('_________________________________', align='center'))
    body.append(d.p(COORD[0], align='center', b=True))
    body.append(d.p(COORD[1], align='center'))
    # signature sheet
    body.append(d.p('LISTA DE ASISTENCIA', b=True, align='center', pagebreak=True))
    body.append(d.p(f"Reunión de Trabajo No.\u00a0{a['num']} — {a['date_words']}", align='center', size=18))
    SW = [2900, 2300, 2900, 1872]
    rows = [d.tr([d.tc(d.p(h, b=True, style='TableText', align='center'), w, fill='D9D9D9') for h, w in zip(['Nombre', 'Cargo', 'Dependencia', 'Firma'], SW)], header=True)]
    for sec, label in [('instancia_ejecutora', 'DEPENDENCIAS DEL GOBIERNO DE LA CIUDAD DE MÉXICO'), ('sociedad_civil', 'ORGANIZACIONES DE LA SOCIEDAD CIVIL'), ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA')]:
        rows.append(d.tr([d.tc(d.p(label, b=True, style='TableText'), sum(SW), span=4, fill='F2F2F2')]))
        for p in a['attendance']:
            if p['sector'] == sec:
                rows.append(d.tr([d.tc(d.p(p['name'], style='TableText'), SW[0]), d.tc(d.p(p['cargo'], style='TableText'), SW[1]),
                                  d.tc(d.p(p['inst'], style='TableText'), SW[2]), d.tc(d.p('', style='TableText', spacing='w:before="360"'), SW[3])], cant_split=True))
    body.append(d.table(rows, SW))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), title='Reunión de Trabajo No. ' + a['num'])

def content(a):
    c = dict(a)
    c['strategies'] = [dict(number=s['number'], title=s['title'], goals=s['goals'], figures=s['figures'],
                            feedback=[(t, 'retroalimentacion', g, l) for g, t, l in s['retro']] + [(t, 'observacion', g, l) for g, t, l in s['obs']])
                       for s in a['strategies']]
    return c

A14['intro'] = ['La Coordinación recuerda que los informes que se retroalimentan son los que las instancias cargaron en el Sistema de Información del PDHCDMX al cierre del segundo semestre de 2019, y que la retroalimentación del Espacio se integrará al informe anual que la Secretaría Ejecutiva remite a las dependencias. Asimismo, informa que la intérprete de Lengua de Señas Mexicana acompañará la reunión y solicita a las personas asistentes hacer uso de la palabra de manera pausada.',
    'La representación de Libre Acceso solicita que en lo sucesivo los documentos de trabajo se envíen en formatos accesibles para lectores de pantalla, con al menos cinco días hábiles de anticipación. La Coordinación toma nota de la petición y se compromete a atenderla.']
A15['intro'] = ['La Coordinación informa que, derivado de las recomendaciones de las autoridades sanitarias, la reunión se realiza con aforo reducido y se pone a disposición gel antibacterial. Se acuerda que las personas que no pudieron asistir recibirán la versión electrónica del acta.',
    'La Coordinación da lectura a los acuerdos de la reunión anterior; SEMOVI no envió el informe comprometido de la meta 402.2 y se le recordará por oficio.']
ACTAS = [A14, A15]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a)); print('wrote', a['stem'])
