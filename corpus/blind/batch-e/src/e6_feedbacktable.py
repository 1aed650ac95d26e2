"""Layout BE6: cover page (different first page, no header on it) with title, date, hour and place;
attendance table Nombre | Institución | Sector (with an invited body: sector 'otro'); per strategy
TWO tables: 'Avance reportado' (Meta e indicador | Instancia | Informe | Estatus), where some INFORME
cells hold a NESTED table of figures (Mujeres | Hombres | Total), and a separate 'Retroalimentación'
table with one ROW per feedback item (No. | Meta | Tipo | Comentario | Emite); PAGE / NUMPAGES fields
in the footer; running header with the session."""
import os
from common import *

BODY = 'Derechos de las Personas Privadas de la Libertad'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'; OT = 'otro'
COORD = {'name': 'Hilda Márquez Solano', 'role': 'Coordinadora del Espacio de Participación'}
PLACE = 'Sala de usos múltiples de la Subsecretaría de Sistema Penitenciario, San Antonio Abad 130, colonia Tránsito'
S274 = 'Promover la reinserción social mediante el acceso a educación, trabajo y capacitación en los centros penitenciarios.'
G2741 = ('274.1', 'Se amplía la oferta educativa en los centros penitenciarios.', 'Número de personas inscritas y egresadas de programas educativos.', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS')
G2742 = ('274.2', 'Se generan oportunidades de trabajo remunerado dentro de los centros.', 'Número de convenios firmados con empresas para el trabajo penitenciario.', 'Subsecretaría de Sistema Penitenciario', 'SECGOB')

R2711a = 'Se atendieron 1,254 personas privadas de la libertad en los servicios médicos de los centros, con el desglose siguiente:'
R2711b = 'Se realizaron además 86 jornadas de detección de tuberculosis.'
R2741 = 'Se inscribieron 640 personas en el bachillerato a distancia y egresaron 118 estudiantes.'
R2742 = 'Se incorporaron 205 personas a talleres productivos con pago de salario.'


def fbr(text, sec, goal, label, who):
    d = fb(text, sec, goal, label); d['_who'] = who; return d


acta14 = {
    'session': {'body': BODY, 'number': 14, 'kind': 'sesión ordinaria', 'date': '2022-10-20', 'start_time': '12:00', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Dra. Leticia Orozco Luna', 'SEDESA – Dirección de Servicios Médicos Legales y en Reclusorios', 'SEDESA', IE),
        att('Mtro. Ramón Gil Esparza', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE),
        att('Yolanda Cruz Treviño', 'IEMS', 'IEMS', IE),
        att('Andrea Morales Téllez', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC),
        att('Joaquín Esparza Rivas', 'Reinserta un Mexicano, A.C.', None, SC),
        att('Carlos Vega Miranda', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT),
        att('Silvia Maldonado Reyes', 'SE-MSyE PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 271, 'title': 'Garantizar el derecho a la salud de las personas privadas de la libertad en los centros penitenciarios.', 'goals': [
            goal('271.1', 'Se brinda atención médica de primer nivel en todos los centros penitenciarios.', 'Número de personas privadas de la libertad atendidas en los servicios médicos.', 'SEDESA – Dirección de Servicios Médicos Legales y en Reclusorios', 'SEDESA', report=R2711a + ' ' + R2711b),
            goal('271.2', 'Se garantiza el abasto de medicamentos en las unidades médicas penitenciarias.', 'Porcentaje de recetas surtidas completas.', 'SEDESA', 'SEDESA')],
         'figures': [fig(1254, 'personas', '271.1', R2711a), fig(312, 'mujeres', '271.1', None), fig(942, 'hombres', '271.1', None), fig(86, 'jornadas', '271.1', R2711b)],
         '_nested': {'271.1': (312, 942, '1,254')},
         'feedback': [
             fbr('Se reportan datos desagregados por sexo, lo que permite conocer la cobertura de la atención médica.', 'retroalimentacion', '271.1', 'avance', 'Secretaría Ejecutiva'),
             fbr('Es necesario informar en qué centros penitenciarios se realizaron las jornadas y cuántos casos se detectaron.', 'retroalimentacion', '271.1', 'solicita_datos', 'Secretaría Ejecutiva'),
             fbr('Se exhorta a SEDESA a reportar el abasto de medicamentos, pues es la principal queja de las familias.', 'retroalimentacion', '271.2', 'exhorta', 'Secretaría Ejecutiva'),
             fbr('SEDESA menciona que el abasto depende de la compra consolidada federal y no de la Secretaría.', 'observacion', '271.2', 'instancia', 'SEDESA'),
             fbr('Documenta cuestiona que se reporte atención médica cuando persisten muertes por falta de atención en el Reclusorio Oriente.', 'observacion', '271.1', 'cuestiona', 'Documenta, A.C.')]},
        {'number': 274, 'title': S274, 'goals': [goal(*G2741, report=R2741), goal(*G2742, report=R2742)],
         'figures': [fig(640, 'personas', '274.1', R2741), fig(118, 'estudiantes', '274.1', R2741), fig(205, 'personas', '274.2', R2742)],
         'feedback': [
             fbr('Los datos de egreso permiten conocer el avance de la meta y se reconoce el trabajo del IEMS.', 'retroalimentacion', '274.1', 'avance', 'Secretaría Ejecutiva'),
             fbr('Lo que se reporta no coincide con el indicador, que se refiere a convenios con empresas y no a talleres.', 'retroalimentacion', '274.2', 'desalineado', 'Secretaría Ejecutiva'),
             fbr('Los talleres productivos podrían enmarcarse en la estrategia 276, meta 276.1.', 'retroalimentacion', '274.2', 'reasignar', 'Reinserta, A.C.')]},
    ],
    'agreements': [
        {'text': 'Se celebrará la décima quinta sesión el 17 de noviembre de 2022, de 12:00 a 14:00 horas, para revisar las estrategias 274 y 276.', 'dates': ['2022-11-17'], 'strategies': [274, 276], 'responsible': None},
        {'text': 'SEDESA presentará el informe de abasto de medicamentos de la meta 271.2.', 'dates': [], 'strategies': [271], 'responsible': None},
    ],
    'next_session': {'date': '2022-11-17', 'start_time': '12:00', 'end_time': '14:00', 'strategies': [274, 276]},
}

R2742_15 = 'Se incorporaron 230 personas a talleres productivos y se firmaron 3 convenios con empresas.'
R2761 = 'Se brindó acompañamiento a 174 personas liberadas, con el desglose siguiente:'
R2762 = 'Se otorgaron 96 apoyos del Seguro de Desempleo a personas liberadas.'
acta15 = {
    'session': {'body': BODY, 'number': 15, 'kind': 'sesión ordinaria', 'date': '2022-11-17', 'start_time': '12:00', 'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Mtro. Ramón Gil Esparza', 'Subsecretaría de Sistema Penitenciario', 'SECGOB', IE),
        att('Yolanda Cruz Treviño', 'IEMS', 'IEMS', IE),
        att('Lic. Abigail Torres Medina', 'Instituto de Reinserción Social', None, IE),
        att('Jesús Patiño Leyva', 'STYFE – Seguro de Desempleo', 'STYFE', IE),
        att('Andrea Morales Téllez', 'Documenta, Análisis y Acción para la Justicia Social, A.C.', None, SC),
        att('Joaquín Esparza Rivas', 'Reinserta un Mexicano, A.C.', None, SC),
        att('Silvia Maldonado Reyes', 'SE-MSyE PDHCDMX', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 274, 'title': S274, 'goals': [goal(*G2741), goal(*G2742, report=R2742_15)],
         'figures': [fig(230, 'personas', '274.2', R2742_15), fig(3, 'convenios', '274.2', R2742_15)],
         'feedback': [
             fbr('Se exhorta al IEMS a reportar la matrícula del semestre en curso.', 'retroalimentacion', '274.1', 'exhorta', 'Secretaría Ejecutiva'),
             fbr('Se reconoce que se hayan firmado convenios, lo que atiende el indicador de la meta.', 'retroalimentacion', '274.2', 'avance', 'Secretaría Ejecutiva')]},
        {'number': 276, 'title': 'Fortalecer el acompañamiento a personas liberadas para su reintegración comunitaria.', 'goals': [
            goal('276.1', 'Se opera un programa de apoyo postpenitenciario.', 'Número de personas liberadas acompañadas.', 'Instituto de Reinserción Social', None, report=R2761),
            goal('276.2', 'Se otorgan apoyos económicos temporales a personas liberadas.', 'Número de personas liberadas que obtienen un empleo formal.', 'STYFE – Seguro de Desempleo', 'STYFE', report=R2762)],
         'figures': [fig(174, 'personas', '276.1', R2761), fig(49, 'mujeres', '276.1', None), fig(125, 'hombres', '276.1', None), fig(96, 'apoyos', '276.2', R2762)],
         '_nested': {'276.1': (49, 125, '174')},
         'feedback': [
             fbr('El acompañamiento abona a la estrategia, pero por sí solo no da cumplimiento a la meta si no incluye vivienda y empleo.', 'retroalimentacion', '276.1', 'insuficiente', 'Secretaría Ejecutiva'),
             fbr('No hay correspondencia entre la meta y el indicador, que mide personas empleadas y no apoyos otorgados.', 'retroalimentacion', '276.2', 'diseno_meta', 'Secretaría Ejecutiva'),
             fbr('Reinserta un Mexicano propone que en las próximas sesiones participe personal de los centros penitenciarios con información directa.', 'observacion', '276.1', 'proceso', 'Reinserta, A.C.'),
             fbr('STYFE refiere que la meta no le correspondería por completo, pues la canalización la realiza el Instituto de Reinserción Social.', 'observacion', '276.2', 'instancia', 'STYFE')]},
    ],
    'agreements': [
        {'text': 'El Instituto de Reinserción Social enviará el padrón de personas acompañadas de la meta 276.1.', 'dates': [], 'strategies': [276], 'responsible': None},
        {'text': 'La siguiente sesión será el jueves 8 de diciembre a las 12:00 horas; se revisará la estrategia 271.', 'dates': ['2022-12-08'], 'strategies': [271], 'responsible': None},
    ],
    'next_session': {'date': '2022-12-08', 'start_time': '12:00', 'end_time': None, 'strategies': [271]},
}
SECTOR_WORD = {IE: 'Instancia ejecutora', SC: 'Sociedad civil', SE: 'Secretaría Ejecutiva', OT: 'Invitada'}
NOTREP = 'Sin reporte'


def nested(m, h, tot):
    w = [1000, 1000, 1000]
    return T([[C([P(x, b=True, align='center', sz=16)], w=ww, shade='EDEDED') for x, ww in zip(('Mujeres', 'Hombres', 'Total'), w)],
              [C([P(x, align='center', sz=16)], w=ww) for x, ww in zip((str(m), str(h), tot), w)]], w)


def render(stem, a, ordinal, date_text, hour_text):
    b = [P(''), P(''), P(''), P('PROGRAMA DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', align='center', b=True, sz=24),
         P('Espacio de Participación', align='center', sz=28), P(BODY, align='center', b=True, sz=32), P(''),
         P(f'ACTA DE LA {ordinal} SESIÓN ORDINARIA', align='center', b=True, sz=28), P(''), P(''),
         P([R('Fecha: ', b=True), R(date_text)], align='center'), P([R('Hora: ', b=True), R(hour_text)], align='center'),
         P([R('Lugar: ', b=True), R(PLACE)], align='center'),
         P('1. Participantes', style='Heading1', pagebreak=True)]
    W3 = [3000, 4638, 2000]
    rows = [[C([P(h, b=True)], w=w, shade='D9E2F3') for h, w in zip(('Nombre', 'Institución', 'Sector'), W3)]]
    rows += [[C(p['name'], w=W3[0]), C(p['institution'], w=W3[1]), C(SECTOR_WORD[p['sector']], w=W3[2])] for p in a['attendance']]
    b.append(T(rows, W3, header_rows=1))
    b.append(P('2. Revisión de estrategias', style='Heading1'))
    W4 = [2900, 1900, 3638, 1200]
    W5 = [500, 800, 1800, 4838, 1700]
    for k, st in enumerate(a['strategies'], 1):
        b.append(P(f'2.{k} Estrategia {st["number"]}: {st["title"]}', style='Heading2'))
        b.append(P([R('Avance reportado', b=True, u=True)], keep=True))
        rows = [[C([P(h, b=True)], w=w, shade='D9E2F3') for h, w in zip(('Meta e indicador', 'Instancia ejecutora', 'Informe', 'Estatus'), W4)]]
        for g in st['goals']:
            if g['report']:
                nest = st.get('_nested', {}).get(g['id'])
                if nest:
                    first, sep, rest = g['report'].partition(': ')
                    if not sep: first = first.rstrip(':')
                    cell = [P(first + ':'), nested(*nest), P('')] + ([P(rest)] if rest else [])
                else:
                    cell = [P(g['report'])]
            else:
                cell = [P(NOTREP, align='center')]
            rows.append([C([P([R(g['id'] + ' ', b=True), R(g['text'])]), P([R('Indicador: ', i=True, sz=16), R(g['indicator'], i=True, sz=16)])], w=W4[0]),
                         C(g['executor'], w=W4[1]), C(cell, w=W4[2]), C('Reportado' if g['report'] else 'Pendiente', w=W4[3])])
        b.append(T(rows, W4, header_rows=1))
        b.append(P([R('Retroalimentación', b=True, u=True)], keep=True, before=120))
        rows = [[C([P(h, b=True)], w=w, shade='D9E2F3') for h, w in zip(('No.', 'Meta', 'Tipo', 'Comentario', 'Emite'), W5)]]
        for n, f in enumerate(st['feedback'], 1):
            rows.append([C(str(n), w=W5[0]), C(f['goal'], w=W5[1]), C('Retroalimentación' if f['section'] == 'retroalimentacion' else 'Observación', w=W5[2]),
                         C(f['text'], w=W5[3]), C(f['_who'], w=W5[4])])
        b.append(T(rows, W5, header_rows=1))
    b.append(P('3. Acuerdos', style='Heading1'))
    b += [P(ag['text'], num=7) for ag in a['agreements']]
    b += [P(''), P(''), P('______________________________', align='center'), P(a['coordinator']['name'], align='center', b=True), P(a['coordinator']['role'], align='center')]
    header = P([R(f'Acta de la {ordinal.lower()} sesión ordinaria · {BODY}', sz=14, color='7F7F7F')], align='right')
    footer = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + R('Página ', sz=16) +
              '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' + R(' de ', sz=16) +
              '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>')
    write_docx(os.path.join(OUT, stem + '.docx'), ''.join(b), sect_pr(header=True, footer=True, titlepg=True), header=header, footer=footer,
               numbering=numbering_xml({7: [('bullet', '•', 360)]}), font='Arial', sz=20)


def gold(stem, a, notes):
    for st in a['strategies']:
        st.pop('_nested', None)
        for f in st['feedback']: f.pop('_who', None)
    write_gold(stem, a, 'BE6', notes)


if __name__ == '__main__':
    s14 = 'blind-e-privadas-14-2022-10-20'
    render(s14, acta14, 'DÉCIMA CUARTA', 'jueves 20 de octubre de 2022', '12:00 horas')
    gold(s14, acta14, 'cover page; nested Mujeres|Hombres|Total table inside an INFORME cell (its figures are gold with context null; its cells are not part of the report text); feedback as rows of a separate table with Tipo and Emite columns; invited CDHCM = otro')
    s15 = 'blind-e-privadas-15-2022-11-17'
    render(s15, acta15, 'DÉCIMA QUINTA', '17-11-2022', '12:00 a 14:00 horas')
    gold(s15, acta15, 'date "17-11-2022" on the cover; executor not in the gazetteer (Instituto de Reinserción Social, key null); "Sin reporte" / Estatus "Pendiente"; nested figures table')
