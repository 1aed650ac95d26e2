"""Layout BG6 - Personas que Viven con VIH 2024 (Sesión Ordinaria 03/2024 and 04/2024).

A clinic-run secretariat: the session number exists only in the running page header
("Acta de la Sesión Ordinaria 03/2024"), the body opens with a date line "Ciudad de México, a 7
de marzo de 2024", "Lugar:" and "Inicio: 17:00 h<tab>Término: 19:30 h"; attendance as a
Sector | Nombre y cargo | Institución table whose Sector column is merged vertically and whose
name cell holds the post after a soft line break; the strategies in one landscape matrix, one
row per goal, strategy band rows merged across, a two-level header with "¿Reportó?" split
into Sí | No columns marked with X, an Observaciones cell merged vertically over the goals of
one strategy; agreements typed "1.- ", one of them "Próxima sesión: …".
"""
from model import A, G, F, S, AG, by_sector, fb_for
from wml import p, cell, table, sect_pr, write_docx

BODY = 'Derechos de las Personas que Viven con VIH'
KIND = 'sesión ordinaria'
COORD = {'name': 'Lic. Ana Karen Villaseñor Díaz', 'role': 'Coordinadora del Espacio de Participación'}
PLACE = 'Auditorio de la Clínica Especializada Condesa, Benjamín Hill 24, col. Hipódromo Condesa, alcaldía Cuauhtémoc'
SECTOR_WORD = {'instancia_ejecutora': 'Instancias ejecutoras', 'sociedad_civil': 'Sociedad civil',
               'secretaria_ejecutiva': 'Secretaría Ejecutiva', 'otro': 'Invitados'}

ACTAS = []
ACTAS.append({
    'stem': 'blind-g-vih-3-2024-03-07', 'layout': 'BG6',
    'notes': 'session number only in the page header "03/2024"; date line "Ciudad de México, a 7 de marzo de 2024"; vMerged sector column, name + soft break + post; landscape matrix with Sí/No X columns; Observaciones cell merged over both goals of 183 (gold: first goal); typed "1.-" agreements, next session "Próxima sesión: …"',
    'num': '03/2024', 'fecha_linea': 'Ciudad de México, a 7 de marzo de 2024', 'inicio': '17:00 h', 'termino': '19:30 h',
    'merge_obs': {183},
    'session': {'body': BODY, 'number': 3, 'kind': KIND, 'date': '2024-03-07', 'start_time': '17:00',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Dra. Andrea González Maldonado', 'Secretaría de Salud de la Ciudad de México – Clínica Especializada Condesa', 'SEDESA', 'instancia_ejecutora', 'Directora de Prevención'),
        A('Lic. Raúl Meneses Tovar', 'Consejo para Prevenir y Eliminar la Discriminación', 'COPRED', 'instancia_ejecutora', 'Subdirector de Educación'),
        A('Lic. Brenda Olivares Sáenz', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', 'instancia_ejecutora', 'Visitadora adjunta'),
        A('Mtro. Isaac Robledo Cano', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', 'instancia_ejecutora', 'Jefe de Unidad de Salud'),
        A('Lic. Omar Valencia Rubio', 'Red Mexicana de Personas que Viven con VIH', None, 'sociedad_civil', 'Coordinador'),
        A('C. Karen Quintero Solís', 'Colectivo Positivas CDMX', None, 'sociedad_civil', 'Activista'),
        A('Mtra. Lidia Ponce Arriaga', 'Fundación Vida Plena A.C.', None, 'sociedad_civil', 'Directora'),
        A('Lic. Saúl Estrada Pichardo', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'strategies': [
        S(183, 'Garantizar el acceso universal a la detección oportuna del VIH.', [
            G('183.1', 'Se amplía la oferta de pruebas rápidas de VIH en centros de salud y unidades móviles.',
              'Número de pruebas rápidas aplicadas.',
              'Secretaría de Salud de la Ciudad de México – Clínica Especializada Condesa', 'SEDESA',
              ['Se aplicaron 48,215 pruebas rápidas de VIH en centros de salud y 26 unidades móviles, con 612 resultados reactivos.',
               'Todas las personas con resultado reactivo fueron vinculadas a tratamiento en un plazo promedio de 7 días.'],
              [(48215, 'pruebas', 'Se aplicaron 48,215 pruebas rápidas de VIH en centros de salud y 26 unidades móviles, con 612 resultados reactivos.'),
               (26, 'unidades', 'Se aplicaron 48,215 pruebas rápidas de VIH en centros de salud y 26 unidades móviles, con 612 resultados reactivos.'),
               (612, 'resultados', 'Se aplicaron 48,215 pruebas rápidas de VIH en centros de salud y 26 unidades móviles, con 612 resultados reactivos.'),
               (7, 'días', 'Todas las personas con resultado reactivo fueron vinculadas a tratamiento en un plazo promedio de 7 días.')]),
            G('183.2', 'Se realizan jornadas de detección en espacios de concentración de poblaciones clave.',
              'Número de jornadas de detección realizadas.',
              'Alcaldía Cuauhtémoc – Dirección de Salud', 'ALC-CUAUHTEMOC', None),
        ], [
            F('183.1', 'avance', 'retroalimentacion', 'El reporte muestra un incremento sostenido de la detección y da cuenta de la vinculación a tratamiento.'),
            F('183.1', 'solicita_datos', 'retroalimentacion', 'Se solicita desagregar las pruebas aplicadas por población clave y por alcaldía.'),
            F('183.1', 'instancia', 'observacion', 'La Clínica Condesa menciona que el desabasto de pruebas en enero limitó la operación de las unidades móviles.'),
            F('183.2', 'exhorta', 'retroalimentacion', 'Es necesario que la Alcaldía Cuauhtémoc informe las jornadas de detección que realiza en coordinación con la Clínica Condesa.'),
        ]),
        S(185, 'Eliminar la discriminación hacia las personas que viven con VIH en los servicios públicos.', [
            G('185.1', 'Se sensibiliza al personal de salud sobre VIH, estigma y discriminación.',
              'Número de personas servidoras públicas sensibilizadas.', 'COPRED', 'COPRED',
              ['El COPRED impartió 18 talleres a 904 personas del sector salud, de las cuales 611 fueron mujeres.'],
              [(18, 'talleres', 'El COPRED impartió 18 talleres a 904 personas del sector salud, de las cuales 611 fueron mujeres.'),
               (904, 'personas', 'El COPRED impartió 18 talleres a 904 personas del sector salud, de las cuales 611 fueron mujeres.'),
               (611, 'mujeres', 'El COPRED impartió 18 talleres a 904 personas del sector salud, de las cuales 611 fueron mujeres.')]),
            G('185.2', 'Se atienden las quejas por discriminación relacionadas con el VIH.',
              'Número de quejas atendidas.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF',
              ['Se radicaron 23 expedientes de queja por presuntas violaciones a derechos de personas que viven con VIH; 15 expedientes se encuentran en trámite.'],
              [(23, 'expedientes', 'Se radicaron 23 expedientes de queja por presuntas violaciones a derechos de personas que viven con VIH; 15 expedientes se encuentran en trámite.'),
               (15, 'expedientes', 'Se radicaron 23 expedientes de queja por presuntas violaciones a derechos de personas que viven con VIH; 15 expedientes se encuentran en trámite.')]),
        ], [
            F('185.1', 'insuficiente', 'retroalimentacion', 'Los talleres abonan a la meta, pero por sí solos no garantizan la eliminación de prácticas discriminatorias en la atención.'),
            F('185.1', 'cuestiona', 'retroalimentacion', 'Las organizaciones cuestionan que los talleres no incluyan al personal de seguridad y de ventanilla, donde se concentran las quejas.'),
            F('185.2', 'diseno_meta', 'retroalimentacion', 'El indicador cuenta quejas atendidas, lo que no permite medir si la discriminación disminuye; no hay correspondencia con la meta.'),
            F('185.2', 'desalineado', 'retroalimentacion', 'Se recomienda omitir del informe los expedientes que siguen en trámite, pues no corresponden a quejas atendidas.'),
            F('185.2', 'proceso', 'observacion', 'Se propone que la Comisión de Derechos Humanos participe en el Espacio como invitada permanente y no como instancia ejecutora.'),
        ]),
    ],
    'agreements': [
        AG('La Secretaría Ejecutiva solicitará a la Alcaldía Cuauhtémoc el informe de las jornadas de detección de la meta 183.2.', [], [183]),
        AG('Próxima sesión: jueves 11 de abril de 2024, 17:00 h, en la Clínica Especializada Condesa; se revisarán las estrategias 181 y 186.',
           ['2024-04-11'], [181, 186]),
        AG('El COPRED compartirá el contenido de los talleres con las organizaciones del Espacio.', [], []),
    ],
    'next_session': {'date': '2024-04-11', 'start_time': '17:00', 'end_time': None, 'strategies': [181, 186]},
})

ACTAS.append({
    'stem': 'blind-g-vih-4-2024-04-11', 'layout': 'BG6',
    'notes': 'as 03/2024; 186 not reported (X in the No column of both goals), its Observaciones cell merged over both goals (gold: first goal); next session "9 de mayo, 17:00 a 19:00 h" without year',
    'num': '04/2024', 'fecha_linea': 'Ciudad de México, a 11 de abril de 2024', 'inicio': '17:05 h', 'termino': '19:20 h',
    'merge_obs': {186},
    'session': {'body': BODY, 'number': 4, 'kind': KIND, 'date': '2024-04-11', 'start_time': '17:05',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        A('Dra. Andrea González Maldonado', 'Secretaría de Salud de la Ciudad de México – Clínica Especializada Condesa', 'SEDESA', 'instancia_ejecutora', 'Directora de Prevención'),
        A('Q.F.B. Mario Tejeda Luján', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', 'instancia_ejecutora', 'Subdirector de Abasto de Medicamentos'),
        A('Lic. Gabriela Morán Esquivel', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', 'instancia_ejecutora', 'Enlace de Derechos Humanos'),
        A('Lic. Omar Valencia Rubio', 'Red Mexicana de Personas que Viven con VIH', None, 'sociedad_civil', 'Coordinador'),
        A('C. Karen Quintero Solís', 'Colectivo Positivas CDMX', None, 'sociedad_civil', 'Activista'),
        A('Lic. Tadeo Lira Domínguez', 'Jóvenes Positivos por la Salud A.C.', None, 'sociedad_civil', 'Vocero'),
        A('Lic. Saúl Estrada Pichardo', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva', 'Enlace del Espacio'),
    ],
    'strategies': [
        S(181, 'Garantizar el abasto oportuno de medicamentos antirretrovirales.', [
            G('181.1', 'Se mantiene el abasto de antirretrovirales en las unidades que brindan tratamiento.',
              'Porcentaje de recetas surtidas de manera completa.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA',
              ['Se surtieron 96,480 recetas de antirretrovirales a 17,250 personas en tratamiento.',
               'Se registraron 3 episodios de desabasto parcial, con una duración promedio de 10 días.'],
              [(96480, 'recetas', 'Se surtieron 96,480 recetas de antirretrovirales a 17,250 personas en tratamiento.'),
               (17250, 'personas', 'Se surtieron 96,480 recetas de antirretrovirales a 17,250 personas en tratamiento.'),
               (3, 'episodios', 'Se registraron 3 episodios de desabasto parcial, con una duración promedio de 10 días.'),
               (10, 'días', 'Se registraron 3 episodios de desabasto parcial, con una duración promedio de 10 días.')]),
            G('181.2', 'Se distribuye profilaxis preexposición a poblaciones clave.',
              'Número de personas usuarias de profilaxis preexposición.',
              'Secretaría de Salud – Clínica Especializada Condesa', 'SEDESA',
              ['Al cierre del periodo, 5,904 personas usaban profilaxis preexposición, de las cuales 402 son mujeres trans.'],
              [(5904, 'personas', 'Al cierre del periodo, 5,904 personas usaban profilaxis preexposición, de las cuales 402 son mujeres trans.'),
               (402, 'mujeres', 'Al cierre del periodo, 5,904 personas usaban profilaxis preexposición, de las cuales 402 son mujeres trans.')]),
        ], [
            F('181.1', 'avance', 'retroalimentacion', 'Los datos de recetas surtidas permiten conocer el abasto en las unidades y dan cuenta del cumplimiento de la meta.'),
            F('181.1', 'cuestiona', 'retroalimentacion', 'Las organizaciones cuestionan que los episodios de desabasto se reporten como parciales cuando algunas personas interrumpieron su tratamiento.'),
            F('181.2', 'solicita_datos', 'retroalimentacion', 'Es necesario informar en cuántas unidades se distribuye la profilaxis y cuáles son los criterios de acceso para adolescentes.'),
            F('181.2', 'reasignar', 'retroalimentacion', 'La distribución de profilaxis preexposición puede enmarcarse también en la estrategia 183, meta 183.1, como parte de la prevención combinada.'),
        ]),
        S(186, 'Garantizar los derechos laborales de las personas que viven con VIH.', [
            G('186.1', 'Se verifica que los centros de trabajo no soliciten pruebas de VIH como requisito de contratación.',
              'Número de visitas de inspección realizadas.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', None),
            G('186.2', 'Se promueve la inclusión laboral de personas que viven con VIH mediante las bolsas de trabajo.',
              'Número de personas colocadas en un empleo.', 'STyFE – Dirección General de Empleo', 'STYFE', None),
        ], [
            F('186.1', 'exhorta', 'retroalimentacion', 'Se exhorta a la STyFE a iniciar las visitas de inspección previstas en la meta, ya que persisten denuncias de pruebas de VIH como requisito de contratación.'),
            F('186.1', 'instancia', 'observacion', 'La STyFE refiere que la inspección de centros de trabajo de jurisdicción federal no le corresponde y que solo puede atender los de competencia local.'),
            F('186.2', 'proceso', 'retroalimentacion', 'Sería oportuno que a las sesiones asista personal de la Dirección General de Empleo, que opera las bolsas de trabajo.'),
        ]),
    ],
    'agreements': [
        AG('La Secretaría Ejecutiva enviará un oficio a la STyFE sobre las metas 186.1 y 186.2.', [], [186]),
        AG('La Secretaría de Salud presentará en la siguiente sesión el plan de contingencia ante el desabasto de antirretrovirales.', [], []),
        AG('Próxima sesión: 9 de mayo, 17:00 a 19:00 h, para revisar las estrategias 182 y 184.', ['2024-05-09'], [182, 184]),
    ],
    'next_session': {'date': '2024-05-09', 'start_time': '17:00', 'end_time': '19:00', 'strategies': [182, 184]},
})

HDR = 'D9D9D9'
MW = [2400, 1900, 1500, 550, 550, 3100, 2700, 1870]  # 14570 = landscape text width


def _sm(x, **kw):
    return p(x, style='Small', **kw)


def render(acta, path):
    ss = acta['session']
    hf = dict(header='rIdH1', footer='rIdF1')
    b = []
    b.append(p([('b', 'ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS PERSONAS QUE VIVEN CON VIH')], align='center', after=240))
    b.append(p(acta['fecha_linea'], align='right', after=240))
    b.append(p([('b', 'Lugar: '), PLACE]))
    b.append(p([('b', 'Inicio: '), acta['inicio'], '\t', ('b', 'Término: '), acta['termino']], after=240))
    b.append(p([('b', 'ASISTENCIA')], keep=True))
    aw = [2000, 3800, 3838]
    rows = [[cell(_sm([('b', h)]), w, shade=HDR) for h, w in zip(('Sector', 'Nombre y cargo', 'Institución'), aw)]]
    for sector in ('instancia_ejecutora', 'sociedad_civil', 'otro', 'secretaria_ejecutiva'):
        people = by_sector(acta['attendance'], sector)
        for i, a in enumerate(people):
            first = i == 0
            rows.append([cell(_sm([('b', SECTOR_WORD[sector])]) if first else _sm(''), aw[0], vmerge='restart' if first else 'continue', valign='center'),
                         cell(_sm([a['name'], '\n', ('i', a['post'])]), aw[1]),
                         cell(_sm(a['institution']), aw[2])])
    b.append(table(rows, aw, header_rows=1))
    b.append(p('La Coordinación del Espacio verificó el quórum y sometió a consideración el orden del día, que fue aprobado. '
               'Acto seguido, se revisaron las estrategias programadas, cuyo seguimiento se presenta en la matriz siguiente.',
               align='both', before=200, sect=sect_pr(**hf)))
    # landscape matrix
    b.append(p([('b', 'SEGUIMIENTO DE ESTRATEGIAS')], keep=True))
    h1 = [cell(_sm([('b', 'Meta')]), MW[0], vmerge='restart', shade=HDR), cell(_sm([('b', 'Indicador')]), MW[1], vmerge='restart', shade=HDR),
          cell(_sm([('b', 'Instancia ejecutora')]), MW[2], vmerge='restart', shade=HDR),
          cell(_sm([('b', '¿Reportó?')], align='center'), MW[3] + MW[4], span=2, shade=HDR),
          cell(_sm([('b', 'Informe')]), MW[5], vmerge='restart', shade=HDR), cell(_sm([('b', 'Retroalimentación')]), MW[6], vmerge='restart', shade=HDR),
          cell(_sm([('b', 'Observaciones')]), MW[7], vmerge='restart', shade=HDR)]
    h2 = [cell(_sm(''), MW[0], vmerge='continue', shade=HDR), cell(_sm(''), MW[1], vmerge='continue', shade=HDR),
          cell(_sm(''), MW[2], vmerge='continue', shade=HDR), cell(_sm([('b', 'Sí')], align='center'), MW[3], shade=HDR),
          cell(_sm([('b', 'No')], align='center'), MW[4], shade=HDR), cell(_sm(''), MW[5], vmerge='continue', shade=HDR),
          cell(_sm(''), MW[6], vmerge='continue', shade=HDR), cell(_sm(''), MW[7], vmerge='continue', shade=HDR)]
    rows = [h1, h2]
    for s in acta['strategies']:
        rows.append([cell(_sm([('b', 'Estrategia %d. ' % s['number']), s['title']]), sum(MW), span=8, shade='F2F2F2')])
        merged = s['number'] in acta['merge_obs']
        for i, g in enumerate(s['goals']):
            rep = g['report'] is not None
            retro = [_sm(f['text']) for f in fb_for(s, g['id'], 'retroalimentacion')] or [_sm('')]
            if merged:
                obs_items = [_sm(f['text']) for f in fb_for(s, None, 'observacion')] or [_sm('')]
                obs = cell(obs_items, MW[7], vmerge='restart') if i == 0 else cell(_sm(''), MW[7], vmerge='continue')
            else:
                obs = cell([_sm(f['text']) for f in fb_for(s, g['id'], 'observacion')] or [_sm('')], MW[7])
            rows.append([cell(_sm([('b', g['id'] + ' '), g['text']]), MW[0]), cell(_sm(g['indicator']), MW[1]),
                         cell(_sm(g['executor']), MW[2]),
                         cell(_sm('X' if rep else '', align='center'), MW[3]), cell(_sm('' if rep else 'X', align='center'), MW[4]),
                         cell([_sm(x) for x in g['report']] if rep else [_sm('')], MW[5]), cell(retro, MW[6]), obs])
    b.append(table(rows, MW, header_rows=2))
    b.append(p('', sect=sect_pr(landscape=True, **hf)))
    b.append(p([('b', 'ACUERDOS')], keep=True))
    for i, a in enumerate(acta['agreements'], 1):
        b.append(p('%d.- %s' % (i, a['text']), ind=(567, 567), align='both'))
    b.append(p('No habiendo otro asunto que tratar, se cierra la sesión a las %s.' % acta['termino'], before=200))
    b.append(p('', before=600))
    b.append(p('_______________________________', align='center', after=0))
    b.append(p(COORD['name'], align='center', after=0))
    b.append(p(COORD['role'], align='center'))
    headers = {'rIdH1': [p(['Acta de la Sesión Ordinaria %s' % acta['num'], '\t\t', 'PDHCDMX'], style='Header'),
                         p('Espacio de Participación de los ' + BODY, style='Header')]}
    footers = {'rIdF1': [p(['Página ', ('field', 'PAGE')], style='Footer', align='right')]}
    write_docx(path, ''.join(b), sect_pr(**hf), headers=headers, footers=footers, font='Arial', size=20, small=16,
               title='Acta %s' % acta['stem'])
