"""BC1: acta circunstanciada en prosa (Personas Mayores, 2019). Title and session number only in the page
header; date and hour in words in the opening paragraph; attendance as auto-numbered 'Nombre, cargo,
institución' lines under 'Por …:' paragraphs; strategies reviewed in auto-numbered paragraphs with goals,
indicators and reports quoted in running text (« »); feedback as auto-lettered a) items; agreements auto-numbered."""
from wml import Doc, plain
import common, os

BODY = 'Derechos de las Personas Mayores'
COORD = ('Mtra. Silvia Patricia Landeros Ugalde', 'Coordinadora del Espacio de Participación de los Derechos de las Personas Mayores')
SE = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos'
PLACE = 'sala de juntas de la ' + SE + ', ubicada en General Prim número 4, colonia Centro, alcaldía Cuauhtémoc'

A8 = dict(
    stem='blind-c-mayores-8-2019-03-14', layout='BC1', ordinal='OCTAVA',
    opening=('En la Ciudad de México, siendo las diez horas con treinta minutos del día jueves catorce de marzo de dos mil diecinueve, '
             'en la ' + PLACE + ', se reunieron las personas integrantes del Espacio de Participación de los ' + BODY +
             ' para celebrar la sesión indicada al rubro, con el objeto de retroalimentar el avance de las estrategias priorizadas 452 y 455, conforme a lo siguiente:'),
    session=dict(body=BODY, number=8, kind='sesión ordinaria', date='2019-03-14', start_time='10:30', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Laura Gámez Ortiz', cargo='Directora de Atención a Personas Mayores', inst='Secretaría de Inclusión y Bienestar Social (SIBISO)', key='SIBISO', sector='instancia_ejecutora'),
        dict(name='Lic. Héctor Manuel Ríos Bautista', cargo='Subdirector de Vinculación', inst='Instituto para el Envejecimiento Digno', key='INED', sector='instancia_ejecutora'),
        dict(name='Dra. Ana Karen Villalobos Tinoco', cargo='Jefa de Unidad Departamental de Geriatría', inst='Secretaría de Salud de la Ciudad de México', key='SEDESA', sector='instancia_ejecutora'),
        dict(name='C. Rodolfo Ángeles Mejía', cargo='enlace', inst='Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', key='DIF-CDMX', sector='instancia_ejecutora'),
        dict(name='Esperanza Loaeza Cruz', cargo='presidenta', inst='Red de Personas Mayores de Iztapalapa, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Joaquín Baltazar Nieto', cargo='integrante', inst='Colectivo Canas Dignas', key=None, sector='sociedad_civil'),
        dict(name='Lic. Mariela Osorio Paredes', cargo='Jefa de Departamento de Seguimiento', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
        dict(name='Ing. Tomás Aguirre Lemus', cargo='Coordinador de Programas Sociales', inst='Alcaldía Coyoacán', key='ALC-COYOACAN', sector='otro'),
    ],
    sectors=[('instancia_ejecutora', 'Por las instancias ejecutoras:'), ('sociedad_civil', 'Por las organizaciones de la sociedad civil:'),
             ('secretaria_ejecutiva', 'Por la Secretaría Ejecutiva:'), ('otro', 'En calidad de persona invitada:')],
    orden=['Lista de asistencia y verificación del quórum.', 'Retroalimentación de las estrategias 452 y 455.', 'Asuntos generales y acuerdos.'],
    strategies=[
        dict(number=452, title='Ampliar la cobertura y mejorar la operación de la pensión alimentaria para personas adultas mayores de 68 años residentes en la Ciudad de México',
             goals=[
                 dict(id='452.1', text='Se incorpora a la pensión alimentaria a la totalidad de las personas mayores de 68 años que la solicitan', indicator='Porcentaje de personas mayores incorporadas respecto de las solicitudes recibidas',
                      executor='Secretaría de Inclusión y Bienestar Social', key='SIBISO', speaker='la Mtra. Laura Gámez Ortiz',
                      report=['Durante el segundo semestre de 2018 se incorporaron [[del:1,150]][[ins:1,250]] personas mayores al padrón de la pensión alimentaria y se atendieron 3,420 solicitudes en los módulos de atención de las alcaldías. Asimismo, se realizaron doce jornadas de credencialización en unidades habitacionales.']),
                 dict(id='452.2', text='Las personas mayores cuentan con información oportuna sobre sus derechos y los programas sociales', indicator='Número de acciones de difusión realizadas',
                      executor='Instituto para el Envejecimiento Digno', key='INED', speaker='el Lic. Héctor Manuel Ríos Bautista',
                      report=['Se distribuyeron 8,000 ejemplares de la Cartilla de Derechos de las Personas Mayores y se impartieron 46 pláticas informativas en centros comunitarios, con la participación de 1,380 personas.']),
             ],
             figures=[(1250, 'personas', '452.1', '1,250 personas'), (3420, 'solicitudes', '452.1', '3,420 solicitudes'), (12, 'jornadas', '452.1', 'doce jornadas'),
                      (8000, 'ejemplares', '452.2', '8,000 ejemplares'), (46, 'pláticas', '452.2', '46 pláticas'), (1380, 'personas', '452.2', '1,380 personas')],
             retro=[('452.1', 'Se reconoce que el informe presenta datos duros que permiten conocer el avance en la incorporación al padrón.', 'avance'),
                    ('452.1', 'Es necesario que se informe el número total de solicitudes pendientes de resolución, a fin de calcular el porcentaje que mandata el indicador.', 'solicita_datos'),
                    ('452.2', 'La distribución de la cartilla abona a la meta; sin embargo, se requiere conocer en qué alcaldías se realizaron las pláticas y cuál fue su contenido.', 'solicita_datos')],
             obs=[('452.1', 'La representante de SIBISO menciona que la incorporación depende de la suficiencia presupuestal autorizada para el ejercicio, por lo que no es posible atender la totalidad de las solicitudes.', 'instancia'),
                  (None, 'Sociedad civil cuestiona que la edad de 68 años deja fuera a personas de 60 a 67 años en situación de pobreza, por lo que la meta no atiende a quienes más lo necesitan.', 'cuestiona')]),
        dict(number=455, title='Fortalecer la atención geriátrica en los centros de salud de la Ciudad de México',
             goals=[
                 dict(id='455.1', text='Los centros de salud cuentan con personal capacitado en atención geriátrica', indicator='Número de personas servidoras públicas capacitadas en atención geriátrica',
                      executor='Secretaría de Salud', key='SEDESA', speaker='la Dra. Ana Karen Villalobos Tinoco',
                      report=['En el periodo se capacitó a 214 personas servidoras públicas de primer nivel de atención en el curso "Valoración geriátrica integral" y se brindaron 312 consultas geriátricas[[fn:Cifra preliminar al 31 de diciembre de 2018, sujeta a validación de la Dirección de Información en Salud.]] en los centros de salud T-III de las jurisdicciones sanitarias de Iztapalapa y Gustavo A. Madero.']),
                 dict(id='455.2', text='Se opera un programa de visitas domiciliarias para personas mayores con dependencia', indicator='Número de visitas domiciliarias realizadas',
                      executor='DIF-CDMX', key='DIF-CDMX', report=None,
                      nr='no se presentó información, toda vez que la persona enlace refirió no contar con el reporte validado por su área'),
             ],
             figures=[(214, 'personas servidoras públicas', '455.1', '214 personas'), (312, 'consultas', '455.1', '312 consultas')],
             retro=[('455.1', 'La capacitación reportada contribuye a la meta, pero por sí sola no da cumplimiento a la misma, ya que no se informa cuántos centros de salud cuentan ya con personal capacitado.', 'insuficiente'),
                    ('455.1', 'Las consultas geriátricas corresponden más bien a la estrategia 456, meta 456.1, relativa a la atención médica especializada.', 'reasignar'),
                    ('455.2', 'Es necesario que el DIF-CDMX inicie las visitas domiciliarias que mandata la meta y reporte en la siguiente sesión.', 'exhorta')],
             obs=[(None, 'La Coordinación del Espacio plantea que es necesario que quien acuda a las sesiones cuente con la información validada por las áreas responsables.', 'proceso')]),
    ],
    agreements=[
        dict(text='La siguiente sesión ordinaria se llevará a cabo el jueves 11 de abril de 2019, de 10:00 a 13:00 horas, en la que se retroalimentarán las estrategias 458 y 461.',
             dates=['2019-04-11'], strategies=[458, 461]),
        dict(text='El DIF-CDMX remitirá a la Secretaría Ejecutiva, a más tardar el 29 de marzo, el reporte de la meta 455.2.', dates=['2019-03-29'], strategies=[455]),
        dict(text='La Secretaría Ejecutiva circulará entre las personas integrantes del Espacio la Cartilla de Derechos de las Personas Mayores en formato electrónico.', dates=[], strategies=[]),
    ],
    next_session=dict(date='2019-04-11', start_time='10:00', end_time='13:00', strategies=[458, 461]),
    closing='No habiendo otro asunto que tratar, se da por concluida la sesión siendo las trece horas con diez minutos del mismo día de su inicio, firmando al calce quien en ella intervino como coordinadora.',
    notes='prose acta: title and session number only in the page header; date and hour in words in the opening paragraph; attendance as auto-numbered "Name, cargo, institution" lines under "Por …:" paragraphs; section headings auto-numbered I./II.; each strategy an auto-numbered paragraph, goal text, indicator and report quoted « » in running text; feedback as auto-lettered a) items under "Retroalimentación del Espacio:" / "Observaciones:"; tracked change in a figure (1,150 -> 1,250); footnote mark right after "312 consultas"; "no se presentó información" for 455.2; PAGE field in footer; signature line.',
)

A9 = dict(
    stem='blind-c-mayores-9-2019-04-11', layout='BC1', ordinal='NOVENA',
    opening=('En la Ciudad de México, siendo las diez horas del día once de abril de dos mil diecinueve, en la ' + PLACE +
             ', se reunieron las personas integrantes del Espacio de Participación de los ' + BODY +
             ' para celebrar la sesión indicada al rubro, conforme al orden del día que se transcribe:'),
    session=dict(body=BODY, number=9, kind='sesión ordinaria', date='2019-04-11', start_time='10:00', place=PLACE, topic=None, objective=None),
    coordinator=COORD,
    attendance=[
        dict(name='Mtra. Laura Gámez Ortiz', cargo='Directora de Atención a Personas Mayores', inst='SIBISO', key='SIBISO', sector='instancia_ejecutora'),
        dict(name='Lic. Héctor Manuel Ríos Bautista', cargo='Subdirector de Vinculación', inst='Instituto para el Envejecimiento Digno (INED)', key='INED', sector='instancia_ejecutora'),
        dict(name='Rodolfo Ángeles Mejía', cargo='enlace', inst='DIF-CDMX', key='DIF-CDMX', sector='instancia_ejecutora'),
        dict(name='Lic. Fabiola Serrano Icaza', cargo='Subdirectora de Derechos Humanos', inst='Procuraduría Social de la Ciudad de México', key='PROSOC', sector='instancia_ejecutora'),
        dict(name='Lic. Eduardo Pineda Rangel', cargo='asesor', inst='Consejería Jurídica y de Servicios Legales', key='CEJUR', sector='instancia_ejecutora'),
        dict(name='Esperanza Loaeza Cruz', cargo='presidenta', inst='Red de Personas Mayores de Iztapalapa, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Mtra. Beatriz Solórzano Fuentes', cargo='investigadora', inst='Gerontología Comunitaria, A.C.', key=None, sector='sociedad_civil'),
        dict(name='Lic. Mariela Osorio Paredes', cargo='Jefa de Departamento de Seguimiento', inst='Secretaría Ejecutiva', key='SE-PDHCDMX', sector='secretaria_ejecutiva'),
    ],
    sectors=[('instancia_ejecutora', 'Por las instancias ejecutoras:'), ('sociedad_civil', 'Por las organizaciones de la sociedad civil:'),
             ('secretaria_ejecutiva', 'Por la Secretaría Ejecutiva:')],
    orden=['Lista de asistencia.', 'Seguimiento a la meta 455.2.', 'Retroalimentación de las estrategias 458 y 461.', 'Acuerdos.'],
    strategies=[
        dict(number=458, title='Prevenir y atender el abuso y el maltrato hacia las personas mayores en el ámbito familiar y comunitario',
             goals=[
                 dict(id='458.1', text='Se brinda asesoría jurídica gratuita a personas mayores víctimas de abuso patrimonial', indicator='Número de asesorías jurídicas brindadas a personas mayores',
                      executor='Consejería Jurídica y de Servicios Legales', key='CEJUR', speaker='el Lic. Eduardo Pineda Rangel',
                      report=['La Dirección General de Servicios Legales brindó 587 asesorías jurídicas a personas mayores, de las cuales 143 asesorías se refirieron a despojo de vivienda.', 'Además, se promovieron veintiún juicios sucesorios intestamentarios en favor de personas mayores.']),
                 dict(id='458.2', text='Se cuenta con un protocolo de atención a personas mayores en situación de maltrato', indicator='Protocolo elaborado y publicado',
                      executor='Procuraduría Social de la Ciudad de México', key='PROSOC', report=None,
                      nr='la instancia informó que se encuentra pendiente de reporte, pues el protocolo continúa en revisión'),
                 dict(id='458.3', text='Se realizan campañas de sensibilización contra el maltrato a personas mayores', indicator='Número de campañas y población alcanzada',
                      executor='DIF-CDMX', key='DIF-CDMX', speaker='el C. Rodolfo Ángeles Mejía',
                      report=['Se difundió la campaña "Trato digno, vejez digna" en 35 estaciones de radio comunitaria y se colocaron 1,200 carteles en mercados públicos.']),
             ],
             figures=[(587, 'asesorías', '458.1', '587 asesorías'), (143, 'asesorías', '458.1', '143 asesorías'), (21, 'juicios', '458.1', 'veintiún juicios'),
                      (35, 'estaciones', '458.3', '35 estaciones'), (1200, 'carteles', '458.3', '1,200 carteles')],
             retro=[('458.1', 'El informe da cuenta de acciones que corresponden directamente a la meta y presenta cifras desagregadas.', 'avance'),
                    ('458.1', 'Se sugiere informar cuántas de las asesorías derivaron en una denuncia o en un procedimiento ante los tribunales.', 'solicita_datos'),
                    ('458.2', 'Es necesario que la PROSOC concluya y publique el protocolo, ya que la meta lo establece como producto del periodo.', 'exhorta'),
                    ('458.3', 'Es necesario conocer la periodicidad de la campaña y el número de personas que se estima fueron alcanzadas.', 'solicita_datos')],
             obs=[('458.3', 'El DIF-CDMX señala que la campaña se realizó con recursos de una organización aliada y no cuenta con medición de impacto.', 'instancia')]),
        dict(number=461, title='Promover la participación de las personas mayores en la vida comunitaria y cultural de la ciudad',
             goals=[
                 dict(id='461.1', text='Se incrementa la oferta de actividades culturales y recreativas dirigidas a personas mayores', indicator='Número de actividades realizadas y personas participantes',
                      executor='Instituto para el Envejecimiento Digno', key='INED', speaker='el Lic. Héctor Manuel Ríos Bautista',
                      report=['Se llevaron a cabo 64 talleres de activación física, memoria y artes plásticas en los Centros de Desarrollo Comunitario, con una asistencia de 2,035 personas mayores[[fn:Registro de asistencia acumulado; una misma persona pudo asistir a más de un taller.]].']),
             ],
             figures=[(64, 'talleres', '461.1', '64 talleres'), (2035, 'personas mayores', '461.1', '2,035 personas')],
             retro=[('461.1', 'Se valora el trabajo realizado; no obstante, la cifra de asistencia acumulada no permite saber cuántas personas distintas fueron beneficiadas.', 'solicita_datos'),
                    ('461.1', 'La meta no establece una línea base, por lo que no es posible medir el incremento que plantea el indicador.', 'diseno_meta')],
             obs=[]),
    ],
    agreements=[
        dict(text='La Procuraduría Social presentará el avance del protocolo de atención a personas mayores en situación de maltrato en la próxima sesión.', dates=[], strategies=[]),
        dict(text='Se convoca a la décima sesión ordinaria el jueves 23 de mayo de 2019 a las 10:00 horas, para retroalimentar las estrategias 463 y 464 y dar seguimiento a la meta 458.2.',
             dates=['2019-05-23'], strategies=[463, 464, 458]),
    ],
    next_session=dict(date='2019-05-23', start_time='10:00', end_time=None, strategies=[463, 464, 458]),
    closing='Agotados los puntos del orden del día, se levanta la presente acta siendo las doce horas con cuarenta minutos, firmando al calce la coordinadora del Espacio.',
    notes='prose acta (as BC1 session 8): title/number only in the page header; hour "las diez horas" in words; a goal reported in two paragraphs (joined); "pendiente de reporte" phrased inside the sentence for 458.2; "veintiún juicios" in words; footnote mark after "2,035 personas mayores"; next session fixed by the SECOND agreement ("Se convoca a la décima sesión…") which also names goal 458.2 of strategy 458; split runs; tracked insertion in an agreement.',
)

def render(a):
    d = Doc(author='Mariela Osorio')
    d.date = a['session']['date'] + 'T18:00:00Z'
    d.set_header(d.p('ACTA DE LA ' + a['ordinal'] + ' SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS ' + BODY.upper(), style='Header', align='center', b=True, size=18)
                 + d.p('Programa de Derechos Humanos de la Ciudad de México', style='Header', align='center', size=16, i=True))
    d.set_footer(d.p('Página [[sfld:PAGE|1]] de [[sfld:NUMPAGES|3]]', style='Footer', align='right'))
    secs = d.new_list('roman')
    body = [d.p(a['opening'], align='both')]
    body.append(d.p('LISTA DE ASISTENCIA Y VERIFICACIÓN DEL QUÓRUM', num=secs, b=True, keep=True))
    body.append(d.p('Se contó con la presencia de las siguientes personas:'))
    for sec, label in a['sectors']:
        body.append(d.p(label, i=True, keep=True))
        lst = d.new_list('decimal')
        for p in a['attendance']:
            if p['sector'] == sec:
                body.append(d.p(f"{p['name']}, {p['cargo']}, {p['inst']}" + ('' if p['inst'].endswith('.') else '.'), num=lst, style='ListParagraph'))
    body.append(d.p('Una vez verificado el quórum, se declaró válidamente instalada la sesión.', align='both'))
    body.append(d.p('ORDEN DEL DÍA', num=secs, b=True, keep=True))
    ol = d.new_list('letter')
    for o in a['orden']: body.append(d.p(o, num=ol, style='ListParagraph'))
    body.append(d.p('DESARROLLO DE LA SESIÓN', num=secs, b=True, keep=True))
    stl = d.new_list('decimal')
    for st in a['strategies']:
        body.append(d.p(f"Se dio inicio a la retroalimentación de la estrategia {st['number']}, «{st['title']}».", num=stl, align='both'))
        for go in st['goals']:
            if go.get('report'):
                first, rest = go['report'][0], go['report'][1:]
                body.append(d.p(f"Respecto de la meta {go['id']}, «{go['text']}», cuyo indicador es «{go['indicator']}» y cuya instancia ejecutora es {'la ' if go['executor'].startswith(('Secretaría','Consejería','Procuraduría')) else 'el '}{go['executor']}, "
                                f"{go['speaker']} dio lectura al informe remitido: «{first}" + ('»' if not rest else ''), align='both', ind='w:left="360"'))
                for i, r in enumerate(rest):
                    body.append(d.p(r + ('»' if i == len(rest) - 1 else ''), align='both', ind='w:left="360"'))
            else:
                body.append(d.p(f"Por lo que hace a la meta {go['id']}, «{go['text']}», cuyo indicador es «{go['indicator']}», a cargo de{' la ' if go['executor'].startswith('Procuraduría') else 'l '}{go['executor']}, {go['nr']}.", align='both', ind='w:left="360"'))
        if st['retro']:
            body.append(d.p('Retroalimentación del Espacio:', b=True, ind='w:left="360"', keep=True))
            rl = d.new_list('letter')
            for gid, t, lab in st['retro']: body.append(d.p(t, num=rl, style='ListParagraph', align='both'))
        if st['obs']:
            body.append(d.p('Observaciones:', b=True, ind='w:left="360"', keep=True))
            rl = d.new_list('letter')
            for gid, t, lab in st['obs']: body.append(d.p(t, num=rl, style='ListParagraph', align='both'))
    body.append(d.p('ACUERDOS', num=secs, b=True, keep=True))
    al = d.new_list('decimal')
    for ag in a['agreements']: body.append(d.p(ag.get('markup', ag['text']), num=al, style='ListParagraph', align='both'))
    body.append(d.p(a['closing'], align='both'))
    body.append(d.p('', spacing='w:before="600"'))
    body.append(d.p('____________________________________', align='center'))
    body.append(d.p(COORD[0], align='center', b=True))
    body.append(d.p(COORD[1], align='center'))
    d.save(os.path.join(common.OUT, a['stem'] + '.docx'), ''.join(body), title='Acta ' + a['ordinal'].lower() + ' sesión')

def content(a):
    """content dict for the gold"""
    c = dict(a)
    c['strategies'] = [dict(number=s['number'], title=s['title'], goals=s['goals'], figures=s['figures'],
                            feedback=[(t, 'retroalimentacion', g, l) for g, t, l in s['retro']] + [(t, 'observacion', g, l) for g, t, l in s['obs']])
                       for s in a['strategies']]
    return c

# split runs and a tracked insertion in session 9
A9['strategies'][0]['goals'][0]['report'][0] = A9['strategies'][0]['goals'][0]['report'][0].replace('asesorías jurídicas', 'ase¦sorías jurí¦dicas')
A9['agreements'][0]['markup'] = 'La Procuraduría Social presentará el avance del protocolo de atención a personas mayores en situación de maltrato[[ins: en la próxima sesión]].'
A9['agreements'][0]['text'] = A9['agreements'][0]['markup']
A8['agreements'][1]['markup'] = 'El DIF-CDMX remitirá a la Secretaría Ejecutiva, a más tardar el [[del:22]][[ins:29]] de marzo, el reporte de la meta 455.2.'
ACTAS = [A8, A9]
if __name__ == '__main__':
    for a in ACTAS:
        render(a); common.write_gold(content(a))
        print('wrote', a['stem'])
