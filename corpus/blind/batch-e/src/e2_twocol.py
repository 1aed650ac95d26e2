"""Layout BE2: minuta printed in TWO text columns (w:cols num=2) under a one-column title block;
attendance as 'Name (Institution)' comma-separated in one paragraph per sector; goals as
bold-lead paragraphs (Meta / Indicador / Responsable / Informe); feedback attributed to speakers;
agreements with automatic numbering; page header; a footnote on the place."""
import os
from common import *

BODY = 'Derechos de las Poblaciones Callejeras'
SE = 'secretaria_ejecutiva'; IE = 'instancia_ejecutora'; SC = 'sociedad_civil'
PLACE = 'Videoconferencia por la plataforma Zoom'
S231 = 'Erradicar las prácticas de retiro forzado y limpieza social contra poblaciones callejeras en el espacio público.'
G2311 = ('231.1', 'Se emite y aplica un protocolo de actuación policial con enfoque de derechos humanos para el contacto con poblaciones callejeras.', 'Número de elementos policiales capacitados en el protocolo.', 'SSC', 'SSPCDMX')
G2312 = ('231.2', 'Se documentan los retiros forzados de poblaciones callejeras en el espacio público.', 'Número de retiros documentados y atendidos.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC')
COORD = {'name': 'Julio César Aguilar Mena', 'role': 'Coordinador del Espacio de Participación'}

R2281 = 'Se realizaron 14 jornadas de documentación en las que se tramitaron 389 actas de nacimiento y 126 credenciales.'
R2311 = 'Se capacitó en el protocolo a 2,310 elementos policiales, de los cuales 640 mujeres, en 12 sesiones presenciales.'
R2312 = 'Se recibieron 23 quejas, que fueron turnadas a la Comisión de Derechos Humanos de la Ciudad de México.'
acta3 = {
    'session': {'body': BODY, 'number': 3, 'kind': 'sesión ordinaria', 'date': '2021-03-04', 'start_time': '11:00',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Noemí Aranda Fuentes', 'IASIS', 'IASIS', IE),
        att('Lic. Héctor Salgado Ríos', 'SIBISO', 'SIBISO', IE),
        att('Karla Jiménez Ochoa', 'SSC – Dirección General de Derechos Humanos', 'SSPCDMX', IE),
        att('Octavio Reyes Lima', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', IE),
        att('Luis Enrique Hernández', 'El Caracol, A.C.', None, SC),
        att('Mónica Trejo Vidal', 'Ednica I.A.P.', None, SC),
        att('Adriana Beltrán Soto', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 228, 'title': 'Garantizar el acceso de las poblaciones callejeras a documentos de identidad y a programas sociales sin discriminación.', 'goals': [
            goal('228.1', 'Se operan jornadas de documentación para poblaciones callejeras en coordinación con el Registro Civil.', 'Número de documentos de identidad tramitados.', 'IASIS', 'IASIS', report=R2281),
            goal('228.2', 'Se incorpora a las personas en situación de calle al padrón de programas sociales.', 'Porcentaje de personas en situación de calle incorporadas al padrón.', 'Secretaría de Inclusión y Bienestar Social (SIBISO) – Dirección General de Atención a Grupos Prioritarios', 'SIBISO')],
         'figures': [fig(14, 'jornadas', '228.1', R2281), fig(389, 'actas', '228.1', R2281), fig(126, 'credenciales', '228.1', R2281)],
         'feedback': [
             fb('Intervención de El Caracol, A.C.: señaló que las jornadas de la meta 228.1 son un avance, pues permiten a las personas acceder a servicios que antes les eran negados.', 'retroalimentacion', '228.1', 'avance'),
             fb('La Secretaría Ejecutiva indicó que es necesario que SIBISO inicie la incorporación al padrón que establece la meta 228.2.', 'retroalimentacion', '228.2', 'exhorta'),
             fb('Ednica señaló que en la meta 228.1 hace falta desagregar cuántas actas se entregaron a mujeres y a personas adultas mayores.', 'retroalimentacion', '228.1', 'solicita_datos'),
             fb('IASIS refiere que la meta 228.2 no le correspondería, pues el padrón depende de SIBISO.', 'observacion', '228.2', 'instancia')]},
        {'number': 231, 'title': S231, 'goals': [goal(*G2311, report=R2311), goal(*G2312, report=R2312)],
         'figures': [fig(2310, 'elementos', '231.1', R2311), fig(640, 'mujeres', '231.1', R2311), fig(12, 'sesiones', '231.1', R2311),
                     fig(23, 'quejas', '231.2', R2312)],
         'feedback': [
             fb('El Caracol, A.C. cuestiona que la capacitación de la meta 231.1 se presente como avance mientras continúan los retiros en la colonia Morelos.', 'retroalimentacion', '231.1', 'cuestiona'),
             fb('La Secretaría Ejecutiva señaló que las quejas de la meta 231.2 no corresponden al indicador, que pide documentar los retiros y no las quejas turnadas.', 'retroalimentacion', '231.2', 'desalineado'),
             fb('Se propuso que el registro de quejas de la meta 231.2 se enmarque en la estrategia 233, meta 233.1, sobre acceso a la justicia.', 'retroalimentacion', '231.2', 'reasignar'),
             fb('La SSC solicita que la Secretaría Ejecutiva le comparta el formato de registro de la meta 231.1 para homologar la información.', 'observacion', '231.1', 'instancia')]},
    ],
    'agreements': [
        {'text': 'La cuarta sesión se realizará el 8 de abril, de 11:00 a 13:00 horas, y en ella se revisarán las estrategias 231 y 235.', 'dates': ['2021-04-08'], 'strategies': [231, 235], 'responsible': None},
        {'text': 'SIBISO presentará en la siguiente sesión el calendario de incorporación al padrón de la meta 228.2.', 'dates': [], 'strategies': [228], 'responsible': None},
        {'text': 'La Secretaría Ejecutiva compartirá con la SSC el formato de registro solicitado.', 'dates': [], 'strategies': [], 'responsible': None},
    ],
    'next_session': {'date': '2021-04-08', 'start_time': '11:00', 'end_time': '13:00', 'strategies': [231, 235]},
}

R2311_4 = 'Se incorporó el protocolo al curso básico de formación policial, que en el trimestre cursaron 415 cadetes.'
R2351 = 'Se otorgaron 58 apoyos económicos de capacitación, con una duración promedio de 120 horas.'
acta4 = {
    'session': {'body': BODY, 'number': 4, 'kind': 'sesión ordinaria', 'date': '2021-04-08', 'start_time': '11:00',
                'place': PLACE, 'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        att('Noemí Aranda Fuentes', 'IASIS', 'IASIS', IE),
        att('Karla Jiménez Ochoa', 'SSC – Dirección General de Derechos Humanos', 'SSPCDMX', IE),
        att('Rodrigo Paz Villalobos', 'STYFE', 'STYFE', IE),
        att('Fernanda Ortiz Cano', 'FONDESO', 'FONDESO', IE),
        att('Luis Enrique Hernández', 'El Caracol, A.C.', None, SC),
        att('Mónica Trejo Vidal', 'Ednica I.A.P.', None, SC),
        att('Rafael Solís Duarte', 'Hogar Integral de Juventud I.A.P.', None, SC),
        att('Adriana Beltrán Soto', 'Secretaría Ejecutiva', 'SE-PDHCDMX', SE),
    ],
    'strategies': [
        {'number': 231, 'title': S231, 'goals': [goal(*G2311, report=R2311_4), goal(*G2312)],
         'figures': [fig(415, 'cadetes', '231.1', R2311_4)],
         'feedback': [
             fb('Intervención de Ednica: la incorporación del protocolo al curso básico de la meta 231.1 abona a la estrategia, aunque por sí sola no garantiza que cesen los retiros.', 'retroalimentacion', '231.1', 'insuficiente'),
             fb('La Secretaría Ejecutiva exhortó a la Alcaldía Cuauhtémoc a documentar los retiros forzados de la meta 231.2 y reportarlos en el SIIMPLE.', 'retroalimentacion', '231.2', 'exhorta')]},
        {'number': 235, 'title': 'Promover la inclusión laboral de las personas jóvenes y adultas en situación de calle.', 'goals': [
            goal('235.1', 'Se otorgan apoyos de capacitación para el trabajo a personas en situación de calle.', 'Número de personas en situación de calle que reciben apoyos de capacitación.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', report=R2351),
            goal('235.2', 'Se establecen convenios con empresas para la contratación de personas que vivieron en situación de calle.', 'Número de personas contratadas mediante convenios.', 'Fondo para el Desarrollo Social de la Ciudad de México (FONDESO)', 'FONDESO')],
         'figures': [fig(58, 'apoyos', '235.1', R2351), fig(120, 'horas', '235.1', R2351)],
         'feedback': [
             fb('El Caracol, A.C. pidió conocer cuántas de las personas apoyadas en la meta 235.1 obtuvieron un empleo al terminar la capacitación.', 'retroalimentacion', '235.1', 'solicita_datos'),
             fb('La Secretaría Ejecutiva observó que la meta 235.2 y su indicador no guardan correspondencia, pues el indicador mide personas y la meta convenios.', 'retroalimentacion', '235.2', 'diseno_meta'),
             fb('STYFE comentó que sería oportuno convocar también a la Dirección de Empleo para las siguientes sesiones del Espacio.', 'observacion', '235.1', 'proceso')]},
    ],
    'agreements': [
        {'text': 'STYFE enviará la relación de personas apoyadas de la meta 235.1, desagregada por sexo, antes del 30 de abril.', 'dates': ['2021-04-30'], 'strategies': [235], 'responsible': None},
        {'text': 'Se celebrará la quinta sesión el jueves 13 de mayo del 2021 a las 11:00 horas, para revisar la estrategia 228.', 'dates': ['2021-05-13'], 'strategies': [228], 'responsible': None},
    ],
    'next_session': {'date': '2021-05-13', 'start_time': '11:00', 'end_time': None, 'strategies': [228]},
}

SECT_NAMES = {IE: 'Por las instancias ejecutoras: ', SC: 'Por las organizaciones de la sociedad civil: ', SE: 'Por la Secretaría Ejecutiva: '}
NOTREP = {}


def render(stem, a, ordinal, date_text):
    s = a['session']
    b = []
    b.append(P(f'MINUTA DE LA {ordinal} SESIÓN ORDINARIA DEL ESPACIO DE PARTICIPACIÓN DE LOS DERECHOS DE LAS POBLACIONES CALLEJERAS', style='Title'))
    b.append(P([R('Fecha: ', b=True), R(date_text + '\t'), R('Hora de inicio: ', b=True), R('11:00 h\t'), R('Lugar: ', b=True), R(PLACE),
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'],
               tabs=[('left', 3300), ('left', 6000)], align='center'))
    # end of the one-column section
    b.append(P('', sect=sect_pr(header=True)))
    b.append(P('1. Asistentes', style='Heading1'))
    for sec in (IE, SC, SE):
        ppl = [p for p in a['attendance'] if p['sector'] == sec]
        b.append(P([R(SECT_NAMES[sec], b=True), R(', '.join(f'{p["name"]} ({p["institution"]})' for p in ppl) + '.')], align='both'))
    b.append(P('2. Seguimiento de estrategias', style='Heading1'))
    for st in a['strategies']:
        b.append(P(f'Estrategia {st["number"]}. {st["title"]}', style='Heading2'))
        for g in st['goals']:
            b.append(P([R(f'Meta {g["id"]}. ', b=True), R(g['text'])], align='both', keep=True))
            b.append(P([R('Indicador: ', b=True), R(g['indicator'])], align='both', keep=True))
            b.append(P([R('Responsable: ', b=True), R(g['executor'])], align='both', keep=True))
            b.append(P([R('Informe: ', b=True), R(g['report'] or NOTREP.get(stem, 'No reportó.'))], align='both'))
        b.append(P([R('Retroalimentación:', b=True, u=True)], keep=True))
        for f in st['feedback']:
            if f['section'] == 'retroalimentacion': b.append(P(f['text'], align='both'))
        b.append(P([R('Observaciones de las instancias:', b=True, u=True)], keep=True))
        for f in st['feedback']:
            if f['section'] == 'observacion': b.append(P(f['text'], align='both'))
    b.append(P('3. Acuerdos', style='Heading1'))
    for ag in a['agreements']:
        b.append(P(ag['text'], num=1, align='both'))
    b.append(P(''))
    b.append(P([R('Elaboró: ', b=True), R(a['coordinator']['name'])]))
    b.append(P(a['coordinator']['role']))
    header = P([R('Mecanismo de Seguimiento y Evaluación del PDHCDMX\tEspacio de Participación · Poblaciones Callejeras', sz=14, color='595959')], tabs=[('right', 9638)])
    write_docx(os.path.join(OUT, stem + '.docx'), ''.join(b), sect_pr(cols=2, header=True), header=header,
               numbering=numbering_xml({1: [('decimal', '%1.', 360)]}),
               footnotes={1: 'La sesión se realizó a distancia por la contingencia sanitaria por COVID-19.'}, font='Calibri', sz=21)


if __name__ == '__main__':
    s3 = 'blind-e-calle-3-2021-03-04'
    render(s3, acta3, 'TERCERA', '4-mar-21')
    write_gold(s3, acta3, 'BE2', 'two-column body; attendance as Name (Institution) lists with commas inside names of organisations; date "4-mar-21"; next session date without year; speaker-attributed feedback; footnote mark after the place')
    NOTREP['blind-e-calle-4-2021-04-08'] = 'Sin información.'
    s4 = 'blind-e-calle-4-2021-04-08'
    render(s4, acta4, 'CUARTA', 'jueves 8 de abril del 2021')
    write_gold(s4, acta4, 'BE2', 'two-column body; "Sin información." for goals not reported; date "jueves 8 de abril del 2021"; next session in the second agreement')
