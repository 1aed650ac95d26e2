"""BC4: landscape grid whose COLUMNS are institutions: one table for the whole session, strategy label merged
vertically (w:vMerge) over its rows (Meta / Indicador / Informe / Retroalimentación / Observaciones), '—' where an
institution has no goal in that strategy; title, date, hour and place only in a text box (DrawingML + VML fallback);
attendance in a borderless four-column table (two people per row); portrait -> landscape -> portrait sections;
footnote after a figure; tracked changes; signatures side by side in a borderless table."""
from wml import Doc
import common, os

BODY = 'Derecho a un Medio Ambiente Sano'
COORD = ('Biól. Teresa Anaya Villegas', 'Coordinadora del Espacio de Participación')
RUBROS = ['Meta', 'Indicador', 'Informe', 'Retroalimentación', 'Observaciones']

A6 = dict(stem='blind-c-ambiente-6-2018-05-17', layout='BC4', ordinal='SEXTA', date_words='Jueves 17 de mayo de 2018',
    session=dict(body=BODY, number=6, kind='reunión de trabajo', date='2018-05-17', start_time='10:00',
                 place='Sala de juntas de la SEDEMA, Plaza de la Constitución 1, tercer piso, Centro', topic=None, objective=None),
    hora='10:00 horas', coordinator=COORD,
    cols=[('SEDEMA', 'SEDEMA'), ('SACMEX', 'SACMEX'), ('PAOT', 'PAOT'), ('Delegación Xochimilco', 'ALC-XOCHIMILCO')],
    attendance=[
        dict(name='Ing. Rubén Salcedo Arizmendi', inst='SEDEMA', key='SEDEMA', sector='instancia_ejecutora'),
        dict(name='Mtra. Claudia Ivonne Peralta Ruiz', inst='Sistema de Aguas de la Ciudad de México', key='SACMEX', sector='instancia_ejecutora'),
        dict(name='Lic. Gustavo Adrián Ochoa Meléndez', inst='PAOT', key='PAOT', sector='instancia_ejecutora'),
        dict(name='Arq. Lorena Jiménez Balderas', inst='Delegación Xochimilco', key='ALC-XOCHIMILCO', sector='instancia_ejecutora'),
        dict(name='Biól. Fernando Cázares Rubio', inst='Frente en Defensa de los Humedales de Xochimilco', key=None, sector='sociedad_civil'),
        dict(name='Lic. Ana Sofía Marín Portillo', inst='Centro de Derecho Ambiental Urbano, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Lic. Diego Armando Saldaña Flores', inst='Secretaría Ejecutiva del PDHCDMX', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=271, title='Restaurar y conservar el suelo de conservación y las áreas naturales protegidas de la Ciudad de México',
             goals=[
                 dict(col=0, id='271.1', text='Se reforestan 500 hectáreas anuales de suelo de conservación', indicator='Hectáreas reforestadas',
                      executor='SEDEMA', key='SEDEMA',
                      report=['Se reforestaron 412 hectáreas[[fn:Datos de la Dirección General de la Comisión de Recursos Naturales al 30 de abril.]] con 650,000 árboles de especies nativas, con la participación de 38 núcleos agrarios.'],
                      retro=[('Se reportan datos duros que permiten conocer el avance de la meta, que alcanza el 82% de lo programado.', 'avance'),
                             ('Es necesario informar la tasa de supervivencia de los árboles plantados.', 'solicita_datos')],
                      obs=[]),
                 dict(col=2, id='271.2', text='Se atienden las denuncias ciudadanas por invasión del suelo de conservación', indicator='Porcentaje de denuncias atendidas respecto de las recibidas',
                      executor='PAOT', key='PAOT',
                      report=['La PAOT recibió 264 denuncias por ocupación irregular del suelo de conservación, de las cuales concluyó 187 con resolución administrativa.'],
                      retro=[('El informe permite calcular el porcentaje de atención que mandata el indicador.', 'avance')],
                      obs=[('La PAOT señala que la ejecución de las resoluciones depende de las delegaciones, por lo que no puede garantizar la recuperación de los predios.', 'instancia')]),
                 dict(col=3, id='271.3', text='Se elabora el programa de manejo de la zona chinampera', indicator='Programa de manejo publicado',
                      executor='Delegación Xochimilco', key='ALC-XOCHIMILCO', report=None, marker='Pendiente',
                      retro=[('Es necesario que la Delegación inicie la elaboración del programa de manejo con participación de las y los productores chinamperos.', 'exhorta')],
                      obs=[('El Frente en Defensa de los Humedales cuestiona que el programa se elabore sin consulta a los pueblos originarios de Xochimilco.', 'cuestiona')]),
             ]),
        dict(number=274, title='Garantizar el suministro de agua potable en cantidad y calidad suficientes',
             goals=[
                 dict(col=1, id='274.1', text='Se reduce el número de colonias con suministro de agua por tandeo', indicator='Número de colonias con tandeo',
                      executor='SACMEX', key='SACMEX',
                      report=['En el periodo se sustituyeron 36 kilómetros de red secundaria y se rehabilitaron 9 pozos, con lo que 14 colonias de Iztapalapa dejaron de recibir agua por tandeo.', 'Se distribuyeron [[del:12,000]][[ins:12,500]] viajes de agua en pipa de manera gratuita.'],
                      retro=[('La sustitución de red abona a la meta; sin embargo, la distribución en pipas no reduce el tandeo, por lo que se sugiere reportarla en otra meta.', 'desalineado')],
                      obs=[('SACMEX refiere que las obras dependen de recursos federales del programa PROAGUA.', 'instancia')]),
                 dict(col=0, id='274.2', text='Se promueve la captación de agua de lluvia en viviendas', indicator='Número de sistemas de captación instalados',
                      executor='SEDEMA', key='SEDEMA',
                      report=['Se instalaron 1,850 sistemas de captación pluvial en viviendas de las delegaciones Tlalpan y Xochimilco.'],
                      retro=[('Es necesario saber cuántas personas se benefician y qué volumen de agua se capta.', 'solicita_datos')],
                      obs=[]),
             ]),
    ],
    figures={271: [(412, 'hectáreas', '271.1', '412 hectáreas'), (650000, 'árboles', '271.1', '650,000 árboles'), (38, 'núcleos agrarios', '271.1', '38 núcleos'),
                   (264, 'denuncias', '271.2', '264 denuncias'), (187, 'denuncias', '271.2', 'concluyó 187')],
             274: [(36, 'kilómetros', '274.1', '36 kilómetros'), (9, 'pozos', '274.1', '9 pozos'), (14, 'colonias', '274.1', '14 colonias'), (12500, 'viajes', '274.1', '12,500 viajes'),
                   (1850, 'sistemas de captación', '274.2', '1,850 sistemas')]},
    agreements=[
        dict(text='La Delegación Xochimilco informará en la siguiente reunión el calendario para la elaboración del programa de manejo de la zona chinampera.', dates=[], strategies=[]),
        dict(text='SEDEMA enviará la tasa de supervivencia de la reforestación a la Secretaría Ejecutiva.', dates=[], strategies=[]),
        dict(text='La próxima reunión de trabajo se llevará a cabo el jueves 21 de junio a las 10:00 horas en la misma sede; se revisarán las estrategias 276 y 279.', dates=['2018-06-21'], strategies=[276, 279]),
    ],
    next_session=dict(date='2018-06-21', start_time='10:00', end_time=None, strategies=[276, 279]),
    notes='title, session number, date, hour and place ONLY in a text box at the top (wps:txbx + VML v:textbox fallback); attendance in a borderless four-column table (two people per row, sector rows spanning 4 columns); one landscape grid for the whole session with institutions as columns, strategy label vMerge over five rubric rows, "—" for institutions without a goal; goals in column (institution) order, not id order: 274.2 (SEDEMA column) comes before 274.1 (SACMEX column); several feedback paragraphs in a cell; "Pendiente" for 271.3; footnote mark after "412 hectáreas"; tracked change on a figure (12,000 -> 12,500); "82%" in feedback (not a figure); next session in the third agreement without year; agreements auto-numbered I.; signatures side by side in a borderless table.',
)

A7 = dict(stem='blind-c-ambiente-7-2018-06-21', layout='BC4', ordinal='SÉPTIMA', date_words='Jueves 21 de junio de 2018',
    session=dict(body=BODY, number=7, kind='reunión de trabajo', date='2018-06-21', start_time='10:15',
                 place='Sala de juntas de la SEDEMA, Plaza de la Constitución 1, tercer piso, Centro', topic=None, objective=None),
    hora='10:15 horas', coordinator=COORD,
    cols=[('SEDEMA', 'SEDEMA'), ('SOBSE', 'SOBSE'), ('Delegación Xochimilco', 'ALC-XOCHIMILCO')],
    attendance=[
        dict(name='Ing. Rubén Salcedo Arizmendi', inst='SEDEMA', key='SEDEMA', sector='instancia_ejecutora'),
        dict(name='Ing. Marco Antonio Lira Bravo', inst='Secretaría de Obras y Servicios', key='SOBSE', sector='instancia_ejecutora'),
        dict(name='Arq. Lorena Jiménez Balderas', inst='Delegación Xochimilco', key='ALC-XOCHIMILCO', sector='instancia_ejecutora'),
        dict(name='Biól. Fernando Cázares Rubio', inst='Frente en Defensa de los Humedales de Xochimilco', key=None, sector='sociedad_civil'),
        dict(name='Lic. Ana Sofía Marín Portillo', inst='Centro de Derecho Ambiental Urbano, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Mtro. Leonel Quezada Orozco', inst='Universidad Autónoma Metropolitana', key='UAM', sector='otro'),
        dict(name='Lic. Diego Armando Saldaña Flores', inst='Secretaría Ejecutiva del PDHCDMX', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    strategies=[
        dict(number=276, title='Mejorar la gestión integral de los residuos sólidos urbanos',
             goals=[
                 dict(col=1, id='276.1', text='Se incrementa el porcentaje de residuos sólidos que se aprovechan', indicator='Porcentaje de residuos aprovechados respecto de los generados',
                      executor='SOBSE', key='SOBSE',
                      report=['La planta de selección de Bordo Poniente procesó 1,600 toneladas diarias de residuos y se aprovechó el 23% mediante compostaje y reciclaje.'],
                      retro=[('Se reportan datos que permiten conocer el avance conforme al indicador.', 'avance'),
                             ('Es necesario informar la línea base del periodo anterior para conocer si hubo incremento.', 'solicita_datos')],
                      obs=[]),
                 dict(col=0, id='276.2', text='Se realizan campañas de separación de residuos en unidades habitacionales', indicator='Número de campañas y viviendas participantes',
                      executor='SEDEMA', key='SEDEMA',
                      report=['Se realizaron veinte jornadas del programa "Basura Cero" en unidades habitacionales, con la participación de 4,300 viviendas.'],
                      retro=[('Las jornadas contribuyen a la meta, pero por sí solas no garantizan que la separación se mantenga.', 'insuficiente')],
                      obs=[('Sociedad civil cuestiona que la recolección separada no se realice en la mayor parte de las colonias, lo que desalienta la separación en casa.', 'cuestiona')]),
             ]),
        dict(number=279, title='Proteger los humedales y canales de Xochimilco',
             goals=[
                 dict(col=2, id='279.1', text='Se sanea la red de canales de la zona lacustre de Xochimilco', indicator='Kilómetros de canal saneados',
                      executor='Delegación Xochimilco', key='ALC-XOCHIMILCO',
                      report=['Se realizaron trabajos de desazolve y retiro de lirio en 11 kilómetros de canales y se instalaron 3 biodigestores en embarcaderos.'],
                      retro=[('El desazolve abona a la meta; se requiere conocer la calidad del agua antes y después de los trabajos.', 'solicita_datos')],
                      obs=[('La Delegación solicita a la Secretaría Ejecutiva que el programa de manejo de la zona chinampera se revise en una mesa específica.', 'instancia')]),
                 dict(col=0, id='279.2', text='Se establece un programa de monitoreo de la calidad del agua de los canales', indicator='Programa de monitoreo en operación',
                      executor='SEDEMA', key='SEDEMA', report=None, marker='Sin información',
                      retro=[('Es necesario que SEDEMA inicie el monitoreo, pues sin él no es posible evaluar el saneamiento.', 'exhorta'),
                             ('El monitoreo de la calidad del agua corresponde a la estrategia 274, meta 274.3.', 'reasignar')],
                      obs=[]),
             ]),
    ],
    figures={276: [(1600, 'toneladas', '276.1', '1,600 toneladas'), (23, '%', '276.1', '23%'), (20, 'jornadas', '276.2', 'veinte jornadas'), (4300, 'viviendas', '276.2', '4,300 viviendas')],
             279: [(11, 'kilómetros', '279.1', '11 kilómetros'), (3, 'biodigestores', '279.1', '3 biodigestores')]},
    agreements=[
        dict(text='Se instalará una mesa específica sobre el programa de manejo de la zona chinampera, con participación de la UAM.', dates=[], strategies=[]),
        dict(text='La siguiente reunión se celebrará el jueves 16 de agosto de 2018, de 10:00 a 12:30 horas, para retroalimentar las estrategias 279 y 281.', dates=['2018-08-16'], strategies=[279, 281]),
    ],
    next_session=dict(date='2018-08-16', start_time='10:00', end_time='12:30', strategies=[279, 281]),
    notes='as BC4 session 6: text-box title and date, borderless 4-column attendance (a university as invited, sector otro), landscape institution-column grid with three institution columns; "Sin información" for 279.2; "veinte jornadas" in words; "23%" figure; tracked deletion in feedback; footnote in an agreement.',
)
A7['agreements'][0]['text'] = 'Se instalará una mesa específica sobre el programa de manejo de la zona chinampera[[fn:La mesa se integrará con las personas representantes de la Delegación, SEDEMA y sociedad civil.]], con participación de la UAM.'
A7['strategies'][1]['goals'][0]['retro'][0] = ('El desazolve abona a la meta; se requiere conocer la calidad del agua antes y después de los [[del:mismos]][[ins:trabajos]].', 'solicita_datos')

def render(a):
    d = Doc(author='Diego Saldaña')
    d.date = a['session']['date'] + 'T16:00:00Z'
    d.set_header(d.p('PDHCDMX · Espacio de Participación', style='Header', size=16, align='right'))
    d.set_footer(d.p('[[sfld:PAGE|1]]', style='Footer', align='center'))
    s = a['session']
    tb = (d.p(f"{a['ordinal']} REUNIÓN DE TRABAJO DEL ESPACIO DE PARTICIPACIÓN DEL {BODY.upper()}", align='center', b=True)
          + d.p(f"{a['date_words']}[[br]]{a['hora']}[[br]]{s['place']}", align='center', size=19))
    body = [f'<w:p>{d.textbox(tb, width_pt=480, height_pt=90)}</w:p>']
    body.append(d.p('Asistentes', b=True, spacing='w:before="200"'))
    W = [2400, 2586, 2400, 2586]
    rows = []
    for sec, label in [('instancia_ejecutora', 'Instancias ejecutoras'), ('sociedad_civil', 'Sociedad civil'), ('otro', 'Invitados'), ('secretaria_ejecutiva', 'Secretaría Ejecutiva')]:
        ps = [p for p in a['attendance'] if p['sector'] == sec]
        if not ps: continue
        rows.append(d.tr([d.tc(d.p(label, b=True, i=True, style='TableText'), sum(W), span=4)]))
        for i in range(0, len(ps), 2):
            pair = ps[i:i + 2]
            cells = []
            for p in pair: cells += [d.tc(d.p(p['name'], style='TableText'), W[0]), d.tc(d.p(p['inst'], style='TableText'), W[1])]
            if len(pair) == 1: cells += [d.tc('', W[2]), d.tc('', W[3])]
            rows.append(d.tr(cells))
    body.append(d.table(rows, W, borders=False))
    body.append(d.p('Se revisan los informes de las instancias ejecutoras conforme a la siguiente matriz.', sect=d.sectpr()))
    # landscape grid
    ncol = len(a['cols'])
    LW = [1500, 1500] + [int((15840 - 2268 - 3000) / ncol)] * ncol
    hdr = d.tr([d.tc(d.p('Estrategia', b=True, style='TableText'), LW[0], fill='C5E0B3'), d.tc(d.p('Rubro', b=True, style='TableText'), LW[1], fill='C5E0B3')]
               + [d.tc(d.p(c[0], b=True, style='TableText', align='center'), LW[2 + i], fill='C5E0B3') for i, c in enumerate(a['cols'])], header=True)
    rows = [hdr]
    for st in a['strategies']:
        bycol = {g['col']: g for g in st['goals']}
        for ri, rub in enumerate(RUBROS):
            cells = [d.tc(d.p(f"{st['number']}. {st['title']}", style='TableText', b=True) if ri == 0 else '', LW[0], vmerge='restart' if ri == 0 else 'continue'),
                     d.tc(d.p(rub, b=True, style='TableText'), LW[1], fill='F2F2F2')]
            for ci in range(ncol):
                g = bycol.get(ci)
                if g is None: x = d.p('—', style='TableText', align='center')
                elif rub == 'Meta': x = d.p(f"{g['id']} {g['text']}", style='TableText')
                elif rub == 'Indicador': x = d.p(g['indicator'], style='TableText')
                elif rub == 'Informe': x = ''.join(d.p(r, style='TableText') for r in g['report']) if g.get('report') else d.p(g['marker'], style='TableText')
                elif rub == 'Retroalimentación': x = ''.join(d.p(t, style='TableText') for t, l in g['retro'])
                else: x = ''.join(d.p(t, style='TableText') for t, l in g['obs'])
                cells.append(d.tc(x, LW[2 + ci]))
            rows.append(d.tr(cells))
    body.append(d.table(rows, LW))
    body.append(d.p('', sect=d.sectpr(landscape=True)))
    body.append(d.p('ACUERDOS', b=True))
    al = d.new_list('roman')
    for ag in a['agreements']: body.append(d.p(ag['text'], num=al, align='both'))
    body.append(d.p('', spacing='w:before="600"'))
    SW = [4986, 4986]
    rows = [d.tr([d.tc(d.p('_____________________________', align='center') + d.p(COORD[0], align='center', b=True) + d.p(COORD[1], align='center'), SW[0]),
                  d.tc(d.p('_____________________________', align='center') + d.p(a['attendance'][-1]['name'], align='center', b=True) + d.p('Relator, Secretaría Ejecutiva', align='center'), SW[1])])]
    body.append(d.table(rows, SW, borders=False))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), title=a['ordinal'] + ' reunión')

def content(a):
    c = dict(a)
    c['strategies'] = []
    for s in a['strategies']:
        fb = []
        s = dict(s, goals=sorted(s['goals'], key=lambda g: g['col']))
        for g in s['goals']:
            fb += [(t, 'retroalimentacion', g['id'], l) for t, l in g['retro']]
        for g in s['goals']:
            fb += [(t, 'observacion', g['id'], l) for t, l in g['obs']]
        c['strategies'].append(dict(number=s['number'], title=s['title'], goals=s['goals'], figures=a['figures'][s['number']], feedback=fb))
    return c

ACTAS = [A6, A7]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a)); print('wrote', a['stem'])
