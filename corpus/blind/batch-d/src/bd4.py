"""BD4 — relatoría whose body holds only the discussion (one paragraph per remark, the goal named
inside the sentence) while the INFORMEs are in a landscape annex table at the END
('Anexo 1. Informes de las instancias ejecutoras': Estrategia | Meta | Indicador | Instancia
ejecutora | Informe, strategy cell merged down, goal id and text in one cell). Attendance grouped
by institution: one row per institution with several names in one cell separated by soft line
breaks, sectors as band rows. Date '18-mar-21'; Objetivo line; typed 'a)' agreements; Word
comments (not printed). Derecho al Debido Proceso, reuniones de trabajo 4 y 5 (2021)."""
from wml import Docx, p, r, b, i, sect, tbl, cell
from common import plain

COORD = ('Mtra. Liliana Tapia Robles', 'Coordinadora del Espacio de Participación')


def fb(section, label, text, comment=None):
    return {'section': section, 'label': label, 'text': text, 'comment': comment}


S4 = {
    'stem': 'blind-d-debidoproceso-4-2021-03-18', 'layout': 'BD4',
    'notes': 'reports only in a landscape annex at the end (strategy cell merged, "205.1 text" in one cell, "Sin '
             'informe al corte." for not reported); the body has the discussion, one paragraph per remark with the '
             'goal named in the sentence (feedback text = the whole paragraph); attendance rows by institution with '
             'several names in one cell (soft breaks) under sector band rows; date "18-mar-21" inside a sentence '
             'with hours and place; Objetivo line; typed a) b) c) agreements; two Word comments (not printed); a '
             'strategy-level remark about the process (goal null).',
    'ordinal': 'CUARTA',
    'when': 'La reunión se celebró el 18-mar-21, de 10:00 a 12:30 horas, en modalidad híbrida: en la {place} y por videoconferencia.',
    'session': {'body': 'Derecho al Debido Proceso', 'number': 4, 'kind': 'reunión de trabajo', 'date': '2021-03-18',
                'start_time': '10:00',
                'place': 'Sala de usos múltiples de la Consejería Jurídica y de Servicios Legales, Dr. Río de la Loza 156, colonia Doctores',
                'topic': None,
                'objective': 'Retroalimentar los informes del segundo semestre de 2020 de las estrategias 205 y 207.'},
    'coordinator': COORD,
    'groups': [
        ('instancia_ejecutora', 'INSTANCIAS EJECUTORAS', [
            ('Consejería Jurídica y de Servicios Legales – Defensoría Pública', 'CEJUR', ['Lic. Andrea Villalobos Núñez', 'Lic. Ernesto Paredes Gil']),
            ('Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX', ['Mtra. Irene Cházaro Lemus']),
            ('Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', ['Lic. Roberto Zamudio Acosta']),
            ('Consejo de la Judicatura de la Ciudad de México', 'CJCDMX', ['Lic. Mariela Portillo Rangel']),
        ]),
        ('sociedad_civil', 'ORGANIZACIONES DE LA SOCIEDAD CIVIL', [
            ('Instituto de Justicia Procesal Penal, A.C.', None, ['Mtro. Daniel Guzmán Aceves']),
            ('Asistencia Legal por los Derechos Humanos, A.C. (ASILEGAL)', None, ['Karla Beltrán Fonseca']),
            ('México Evalúa', None, ['Sebastián Rivas Olmedo']),
        ]),
        ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA', [
            ('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', ['Lic. Mauricio Peralta Gómez']),
        ]),
    ],
    'strategies': [
        {'number': 205, 'title': 'Garantizar el derecho a una defensa adecuada y de calidad',
         'goals': [
             {'id': '205.1', 'text': 'Las personas imputadas cuentan con defensa pública desde la primera audiencia.',
              'indicator': 'Porcentaje de audiencias iniciales con defensa pública presente.',
              'executor': 'Consejería Jurídica y de Servicios Legales – Defensoría Pública', 'executor_key': 'CEJUR',
              'report': ['En el segundo semestre de 2020 la Defensoría Pública intervino en [[6,912|audiencias]] audiencias iniciales, lo que cubre la totalidad de las audiencias en que fue requerida. Se contrataron [[35|defensores]] defensores públicos adicionales.'],
              'fb': [fb('retroalimentacion', 'avance', 'Respecto de la meta 205.1, la Secretaría Ejecutiva reconoció que se reportan datos duros que permiten conocer la cobertura de la defensa pública en las audiencias iniciales.',
                        comment='Confirmar cifra de audiencias con la Defensoría.'),
                     fb('retroalimentacion', 'solicita_datos', 'El Instituto de Justicia Procesal Penal pidió que, para la misma meta, se informe cuántos asuntos atiende en promedio cada persona defensora, pues la carga de trabajo determina la calidad de la defensa.')]},
             {'id': '205.2', 'text': 'Se evalúa la calidad del servicio de defensa pública mediante un sistema de indicadores.',
              'indicator': 'Sistema de evaluación en operación.',
              'executor': 'Consejería Jurídica y de Servicios Legales', 'executor_key': 'CEJUR',
              'report': ['Se diseñó una cédula de evaluación con [[18|indicadores]] indicadores, que se aplicó de manera piloto en [[dos=2|unidades]] unidades de defensa de la zona oriente.'],
              'fb': [fb('retroalimentacion', 'insuficiente', 'En cuanto a la meta 205.2, se señaló que el piloto contribuye, pero por sí solo no da cumplimiento a la meta, que pide un sistema de evaluación en operación.'),
                     fb('observacion', 'instancia', 'La Defensoría Pública refirió que la ampliación del piloto depende de la contratación de personal de supervisión, prevista para el segundo semestre.')]},
         ]},
        {'number': 207, 'title': 'Garantizar el acceso a intérpretes y traductores en todas las etapas del procedimiento',
         'goals': [
             {'id': '207.1', 'text': 'Las personas indígenas y extranjeras cuentan con intérprete en las audiencias.',
              'indicator': 'Número de audiencias con intérprete respecto de las solicitadas.',
              'executor': 'TSJCDMX', 'executor_key': 'TSJCDMX',
              'report': ['Se proporcionó intérprete en [[428|audiencias]] audiencias: [[311|audiencias]] audiencias en lenguas indígenas y [[117|audiencias]] audiencias en lenguas extranjeras, a partir de un padrón de [[64|intérpretes]] intérpretes certificados.'],
              'fb': [fb('retroalimentacion', 'avance', 'La Secretaría Ejecutiva señaló que la información de la meta 207.1 coincide con el indicador y permite conocer el avance.'),
                     fb('retroalimentacion', 'cuestiona', 'ASILEGAL cuestionó que el padrón de intérpretes se concentre en náhuatl y mixteco, cuando en los centros de reclusión hay personas hablantes de más de veinte lenguas.')]},
             {'id': '207.2', 'text': 'El Ministerio Público garantiza intérprete desde el momento de la detención.',
              'indicator': 'Porcentaje de personas detenidas hablantes de lenguas indígenas o extranjeras que contaron con intérprete.',
              'executor': 'Fiscalía General de Justicia', 'executor_key': 'PGJCDMX', 'report': None,
              'annex_none': 'Sin informe al corte.',
              'fb': [fb('retroalimentacion', 'exhorta', 'Sobre la meta 207.2, sin informe, la Secretaría Ejecutiva exhortó a la Fiscalía a establecer el registro de personas detenidas que requieren intérprete, que es la base del indicador.'),
                     fb('observacion', 'instancia', 'La Fiscalía indicó que no le correspondería la meta completa, pues la detención en flagrancia está a cargo de la Secretaría de Seguridad Ciudadana.',
                        comment='¿Invitar a SSC a la siguiente reunión?')]},
         ],
         'fb': [fb('retroalimentacion', 'proceso', 'México Evalúa propuso que los informes se envíen al Espacio con una semana de anticipación para poder revisarlos antes de cada reunión.')]},
    ],
    'agreements': [
        {'text': 'La quinta reunión de trabajo se realizará el jueves 22 de abril de 2021, de 10:00 a 12:30 horas, para retroalimentar las estrategias 209 y 211.',
         'dates': ['2021-04-22'], 'strategies': [209, 211]},
        {'text': 'La Secretaría Ejecutiva circulará los informes del siguiente semestre con una semana de anticipación.',
         'dates': [], 'strategies': []},
        {'text': 'La Fiscalía y la SSC revisarán a quién corresponde el registro de intérpretes de la meta 207.2.',
         'dates': [], 'strategies': [207]},
    ],
    'next_session': {'date': '2021-04-22', 'start_time': '10:00', 'end_time': '12:30', 'strategies': [209, 211]},
}

S5 = {
    'stem': 'blind-d-debidoproceso-5-2021-04-22', 'layout': 'BD4',
    'notes': 'as session 4; date "22 de abril de 2021"; an INFORME of two paragraphs in one annex cell; a strategy '
             'with no goal reported (211); next session fixed by the second agreement, date "27/05/2021".',
    'ordinal': 'QUINTA',
    'when': 'La reunión se celebró el 22 de abril de 2021, de 10:00 a 12:45 horas, en la {place}.',
    'session': {'body': 'Derecho al Debido Proceso', 'number': 5, 'kind': 'reunión de trabajo', 'date': '2021-04-22',
                'start_time': '10:00',
                'place': 'Sala de usos múltiples de la Consejería Jurídica y de Servicios Legales, Dr. Río de la Loza 156, colonia Doctores',
                'topic': None,
                'objective': 'Retroalimentar los informes de las estrategias 209 y 211.'},
    'coordinator': COORD,
    'groups': [
        ('instancia_ejecutora', 'INSTANCIAS EJECUTORAS', [
            ('Fiscalía General de Justicia – Instituto de Formación Profesional y Estudios Superiores', 'PGJCDMX', ['Mtro. Óscar Benítez Luján']),
            ('Consejo de la Judicatura de la Ciudad de México', 'CJCDMX', ['Lic. Mariela Portillo Rangel', 'Lic. Tomás Aguilar Reyna']),
            ('Subsecretaría de Sistema Penitenciario', 'SECGOB', ['Lic. Claudia Hernández Vega']),
            ('Comisión Ejecutiva de Atención a Víctimas de la Ciudad de México', 'CEAVI', ['Lic. Fernando Ugarte Sosa']),
        ]),
        ('sociedad_civil', 'ORGANIZACIONES DE LA SOCIEDAD CIVIL', [
            ('Instituto de Justicia Procesal Penal, A.C.', None, ['Mtro. Daniel Guzmán Aceves']),
            ('Asistencia Legal por los Derechos Humanos, A.C. (ASILEGAL)', None, ['Karla Beltrán Fonseca']),
            ('Documenta, Análisis y Acción para la Justicia Social, A.C.', None, ['Paulina Esquivel Garza']),
        ]),
        ('secretaria_ejecutiva', 'SECRETARÍA EJECUTIVA', [
            ('Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación', 'SE-PDHCDMX', ['Lic. Mauricio Peralta Gómez']),
        ]),
    ],
    'strategies': [
        {'number': 209, 'title': 'Profesionalizar a las personas operadoras del sistema de justicia penal en el debido proceso',
         'goals': [
             {'id': '209.1', 'text': 'Las personas agentes del Ministerio Público acreditan la capacitación en sistema acusatorio y derechos humanos.',
              'indicator': 'Número de agentes del Ministerio Público que acreditan la capacitación.',
              'executor': 'Fiscalía General de Justicia – Instituto de Formación Profesional y Estudios Superiores', 'executor_key': 'PGJCDMX',
              'report': ['El Instituto impartió [[ocho=8|cursos]] cursos de actualización en el sistema acusatorio, con una duración de [[40|horas]] horas cada uno.',
                         'Acreditaron [[612|agentes]] agentes del Ministerio Público y [[145|peritos]] peritos; la evaluación final se aplicó en línea.'],
              'fb': [fb('retroalimentacion', 'desalineado', 'En relación con la meta 209.1, la Secretaría Ejecutiva señaló que los peritos no corresponden a la meta, que se refiere a agentes del Ministerio Público, por lo que se recomienda omitirlos.'),
                     fb('retroalimentacion', 'solicita_datos', 'Documenta pidió conocer los contenidos de derechos humanos de los cursos y cómo se evalúa su aplicación en las audiencias.')]},
             {'id': '209.2', 'text': 'Las personas juzgadoras reciben formación sobre control de la detención y prohibición de la tortura.',
              'indicator': 'Número de personas juzgadoras capacitadas.',
              'executor': 'Consejo de la Judicatura – Instituto de Estudios Judiciales', 'executor_key': 'CJCDMX',
              'report': ['Se impartió el seminario «Control de la detención y prohibición de la tortura» a [[73|personas]] personas juzgadoras de control y de enjuiciamiento.'],
              'fb': [fb('retroalimentacion', 'avance', 'Sobre la meta 209.2, la Secretaría Ejecutiva reconoció que el seminario atiende directamente la meta y que se reportan datos duros.'),
                     fb('observacion', 'instancia', 'El Consejo de la Judicatura mencionó que es difícil que las personas juzgadoras asistan a cursos largos por la carga de audiencias.',
                        comment='Retomar en asuntos generales.')]},
         ]},
        {'number': 211, 'title': 'Garantizar el debido proceso de las personas privadas de la libertad en la ejecución penal',
         'goals': [
             {'id': '211.1', 'text': 'Las personas privadas de la libertad reciben información sobre sus derechos en la ejecución penal.',
              'indicator': 'Número de personas informadas.',
              'executor': 'Subsecretaría de Sistema Penitenciario', 'executor_key': 'SECGOB', 'report': None,
              'annex_none': 'No se recibió información.',
              'fb': [fb('retroalimentacion', 'exhorta', 'ASILEGAL exhortó a la Subsecretaría de Sistema Penitenciario a iniciar la entrega de la cartilla de derechos en los centros de ingreso, como mandata la estrategia.'),
                     fb('observacion', 'instancia', 'La Subsecretaría se comprometió a enviar el informe de la meta 211.1 en un plazo de quince días.')]},
             {'id': '211.2', 'text': 'Las víctimas reciben asesoría jurídica en los procedimientos de ejecución penal.',
              'indicator': 'Número de víctimas asesoradas en procedimientos de ejecución.',
              'executor': 'CEAVI', 'executor_key': 'CEAVI', 'report': None,
              'annex_none': 'No se recibió información.',
              'fb': [fb('retroalimentacion', 'diseno_meta', 'Respecto de la meta 211.2, se observó que no hay correspondencia entre la meta y la estrategia, que se refiere a las personas privadas de la libertad y no a las víctimas.')]},
         ]},
    ],
    'agreements': [
        {'text': 'La Subsecretaría de Sistema Penitenciario enviará el informe de la meta 211.1 a más tardar el 7 de mayo de 2021.',
         'dates': ['2021-05-07'], 'strategies': [211]},
        {'text': 'La sexta reunión de trabajo tendrá lugar el 27/05/2021 a las 10:00 horas; se revisarán las estrategias 211 y 213.',
         'dates': ['2021-05-27'], 'strategies': [211, 213]},
        {'text': 'La Secretaría Ejecutiva consultará a la Coordinación del Programa sobre la pertinencia de la meta 211.2.',
         'dates': [], 'strategies': [211]},
    ],
    'next_session': {'date': '2021-05-27', 'start_time': '10:00', 'end_time': None, 'strategies': [211, 213]},
}


def attendance(a):
    return [(n, inst, key, sec) for sec, _, rows in a['groups'] for inst, key, names in rows for n in names]


for _a in (S4, S5):
    _a['attendance'] = attendance(_a)

ACTAS = [S4, S5]


def render(a, path):
    d = Docx(font='Times New Roman', size=11)
    d.core_title = 'Relatoría'
    d.header_xml = p(r('PDHCDMX | Espacio de Participación del Derecho al Debido Proceso', sz=8, color='555555'),
                     style='Header', jc='right', border_bottom=True)
    x = []
    x.append(p(b(f'RELATORÍA DE LA {a["ordinal"]} REUNIÓN DE TRABAJO'), jc='center', after=0))
    x.append(p(b('Espacio de Participación del Derecho al Debido Proceso'), jc='center', after=240))
    x.append(p(a['when'].format(place=a['session']['place']), jc='both'))
    x.append(p(b('Objetivo: '), r(a['session']['objective']), jc='both'))
    x.append(p(b('1. Asistencia'), before=200))
    rows = [[cell(p(b('Institución / organización', sz=10)), shade='D9D9D9'),
             cell(p(b('Persona(s) asistente(s)', sz=10)), shade='D9D9D9')]]
    for _, label, group in a['groups']:
        rows.append([cell(p(b(label, sz=10), jc='center'), span=2, shade='F2F2F2')])
        for inst, _, names in group:
            rows.append([cell(p(r(inst, sz=10))), cell(p(r('\n'.join(names), sz=10)))])
    x.append(tbl(rows, [5200, 3870], header_rows=1))
    x.append(p(b('2. Desarrollo de la reunión'), before=240))
    x.append(p('La Secretaría Ejecutiva presentó los informes recibidos de las instancias ejecutoras, que se integran '
               'como Anexo 1 de esta relatoría, y se abrió la discusión por estrategia.', jc='both'))
    for s in a['strategies']:
        x.append(p(b(f'Estrategia {s["number"]} — {s["title"]}'), before=160, keep_next=True))
        items = [f for g in s['goals'] for f in g.get('fb', [])] + s.get('fb', [])
        for f in items:
            if f.get('comment'):
                x.append(p(d.comment(r(f['text']), f['comment']), jc='both'))
            else:
                x.append(p(f['text'], jc='both'))
    x.append(p(b('3. Acuerdos'), before=240))
    for n, ag in enumerate(a['agreements']):
        x.append(p(r(f'{"abcdefgh"[n]})\t'), r(ag['text']), ind=(567, 567), jc='both'))
    x.append(p(before=720))
    x.append(p(b(a['coordinator'][0]), jc='center', after=0))
    x.append(p(a['coordinator'][1], jc='center', sect=sect(header=True)))
    # landscape annex
    x.append(p(b('Anexo 1. Informes de las instancias ejecutoras'), after=120))
    head = [cell(p(b(h, sz=9)), shade='D9D9D9') for h in ('Estrategia', 'Meta', 'Indicador', 'Instancia ejecutora', 'Informe')]
    rows = [head]
    for s in a['strategies']:
        for k, g in enumerate(s['goals']):
            scell = cell(p(b(f'{s["number"]}. ', sz=9), r(s['title'], sz=9)), vmerge='restart' if k == 0 else 'continue')
            if k:
                scell['paras'] = [p()]
            rep = g.get('report')
            rep_paras = [p(r(plain(par), sz=9), jc='both') for par in rep] if rep else [p(i(g['annex_none'], sz=9))]
            rows.append([scell, cell(p(b(g['id'] + ' ', sz=9), r(g['text'], sz=9))), cell(p(r(g['indicator'], sz=9))),
                         cell(p(r(g['executor'], sz=9))), cell(*rep_paras)])
    x.append(tbl(rows, [2100, 2900, 2700, 2000, 4700], header_rows=1))
    d.write(path, ''.join(x), sect(orient='landscape', header=True))
