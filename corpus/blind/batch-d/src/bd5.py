"""BD5 — typewriter-style minuta: no tables at all. Every field is 'LABEL <dot leader> value' on a
tab stop with a hanging indent; attendance as tab-aligned columns NOMBRE | INSTITUCIÓN | TIPO with
abbreviated sector (Gob./OSC/SE) and a legend; report status as typed check boxes
'SÍ ( X )   NO (   )'; comments as typed '- ' dashes under two headings; rules as paragraph
borders; typed '1)' agreements. Derechos Culturales, reuniones de trabajo 2 y 3 (2023)."""
from wml import Docx, p, r, b, i, sect
from common import plain

COORD = ('Lic. Alberto Medina Quiroz', 'Coordinador del Espacio de Participación')
ABBR = {'instancia_ejecutora': 'Gob.', 'sociedad_civil': 'OSC', 'secretaria_ejecutiva': 'SE'}
LEAD = 3200


def fb(section, label, text):
    return {'section': section, 'label': label, 'text': text}


S2 = {
    'stem': 'blind-d-culturales-2-2023-03-07', 'layout': 'BD5',
    'notes': 'typewriter form without tables: LABEL ....... value on dot-leader tab stops (hanging indent), '
             'attendance as tab-aligned columns with Gob./OSC/SE and a legend, status as typed "SÍ ( X ) NO (   )", '
             '"INFORME: N/A" for a goal not reported, comments as typed dashes under "COMENTARIOS DE LA SECRETARÍA '
             'EJECUTIVA" (retroalimentacion) and "COMENTARIOS DE SOCIEDAD CIVIL E INSTANCIAS" (observacion), '
             'date "07/03/2023", "17:00 hrs.", typed 1) agreements with "Próxima reunión:" and no year.',
    'ordinal': 'SEGUNDA', 'fecha': '07/03/2023', 'inicio': '17:00 hrs.', 'termino': '19:10 hrs.',
    'session': {'body': 'Derechos Culturales', 'number': 2, 'kind': 'reunión de trabajo', 'date': '2023-03-07',
                'start_time': '17:00',
                'place': 'Faro de Oriente, Calzada Ignacio Zaragoza s/n, colonia Fuentes de Zaragoza, Alcaldía Iztapalapa',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        ('Mtra. Rebeca Solís Arriaga', 'SECULT – Dirección de Vinculación Cultural Comunitaria', 'SECULT-CDMX', 'instancia_ejecutora'),
        ('Lic. Ramiro Téllez Ocampo', 'Alcaldía Coyoacán', 'ALC-COYOACAN', 'instancia_ejecutora'),
        ('Lic. Yolanda Pérez Aguirre', 'SECTEI', 'SEDU', 'instancia_ejecutora'),
        ('Arq. Felipe Gamboa Ruiz', 'Faro de Oriente (SECULT)', 'SECULT-CDMX', 'instancia_ejecutora'),
        ('Ana Luisa Robles Díaz', 'Colectivo Cultura Viva Comunitaria', None, 'sociedad_civil'),
        ('Mario Cervantes Lozano', 'Red de Gestores Culturales de Iztapalapa', None, 'sociedad_civil'),
        ('Lic. Gloria Nieto Sandoval', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        {'number': 231,
         'title': 'Fortalecer los programas de cultura comunitaria en las colonias, barrios y pueblos con menor índice de desarrollo social',
         'goals': [
             {'id': '231.1', 'text': 'Se operan puntos de cultura comunitaria en colonias de alta marginación.',
              'indicator': 'Número de puntos de cultura en operación.',
              'executor': 'SECULT – Dirección de Vinculación Cultural Comunitaria', 'executor_key': 'SECULT-CDMX',
              'report': ['Durante 2022 operaron [[147|puntos]] puntos de cultura comunitaria en [[12|alcaldías]] alcaldías, en los que se realizaron [[2,368|actividades]] actividades con una asistencia de [[41,920|personas]] personas.'],
              'fb': [fb('retroalimentacion', 'avance', 'Se reportan datos duros que permiten conocer la cobertura territorial del programa.'),
                     fb('retroalimentacion', 'solicita_datos', 'Es necesario desagregar la asistencia por edad y sexo y señalar cuántos puntos se ubican en colonias de alta marginación.'),
                     fb('observacion', 'cuestiona', 'El Colectivo Cultura Viva Comunitaria cuestiona que los puntos de cultura dependan de apoyos anuales que se entregan con meses de retraso, lo que interrumpe los procesos comunitarios.')]},
             {'id': '231.2', 'text': 'Las alcaldías destinan espacios públicos a actividades culturales gratuitas.',
              'indicator': 'Número de espacios habilitados por alcaldía.',
              'executor': 'Alcaldía Coyoacán', 'executor_key': 'ALC-COYOACAN',
              'report': ['Se habilitaron [[cuatro=4|espacios]] espacios públicos para actividades culturales gratuitas, en los que se presentaron [[86|funciones]] funciones de teatro, danza y música.'],
              'fb': [fb('retroalimentacion', 'insuficiente', 'Las funciones artísticas contribuyen, pero por sí solas no dan cumplimiento a la meta, que pide espacios destinados de forma permanente.'),
                     fb('observacion', 'instancia', 'La Alcaldía Coyoacán señala que los espacios se asignan por temporada y que no tiene facultades para destinarlos de forma permanente.')]},
         ]},
        {'number': 233, 'title': 'Garantizar el acceso a la educación artística en la Ciudad',
         'goals': [
             {'id': '233.1', 'text': 'Se imparten talleres de iniciación artística gratuitos en las Fábricas de Artes y Oficios.',
              'indicator': 'Número de talleres impartidos y de personas inscritas.',
              'executor': 'Faro de Oriente (SECULT)', 'executor_key': 'SECULT-CDMX',
              'report': ['El Faro de Oriente impartió [[214|talleres]] talleres de iniciación artística en el ciclo 2022, con [[5,876|personas]] personas inscritas, de las cuales [[3,412|mujeres]] son mujeres.'],
              'fb': [fb('retroalimentacion', 'reasignar', 'Los talleres de la Fábrica de Artes y Oficios pueden estar enmarcados en la estrategia 231, meta 231.1, por su carácter comunitario.'),
                     fb('observacion', 'proceso', 'Sería oportuno que las Fábricas de Artes y Oficios de las otras alcaldías también asistan al Espacio para conocer su oferta.')]},
             {'id': '233.2', 'text': 'Las escuelas de nivel básico cuentan con docentes de educación artística.',
              'indicator': 'Porcentaje de escuelas con docente de educación artística.',
              'executor': 'SECTEI', 'executor_key': 'SEDU', 'report': None,
              'fb': [fb('retroalimentacion', 'diseno_meta', 'No hay correspondencia entre la meta y la instancia responsable, pues la educación básica en la Ciudad es competencia federal.'),
                     fb('observacion', 'instancia', 'La SECTEI refiere que la contratación de docentes de educación básica le correspondería a la Autoridad Educativa Federal en la Ciudad de México.')]},
         ]},
    ],
    'agreements': [
        {'text': 'Próxima reunión de trabajo: martes 18 de abril, 17:00 hrs., en el Museo de la Ciudad de México; se revisarán las estrategias 235 y 237.',
         'dates': ['2023-04-18'], 'strategies': [235, 237]},
        {'text': 'La SECULT enviará la lista de puntos de cultura comunitaria por colonia (meta 231.1).',
         'dates': [], 'strategies': [231]},
        {'text': 'La Secretaría Ejecutiva consultará a la Autoridad Educativa Federal sobre su participación en la meta 233.2.',
         'dates': [], 'strategies': [233]},
    ],
    'next_session': {'date': '2023-04-18', 'start_time': '17:00', 'end_time': None, 'strategies': [235, 237]},
}

S3 = {
    'stem': 'blind-d-culturales-3-2023-04-18', 'layout': 'BD5',
    'notes': 'as session 2; date "martes 18 de abril del 2023"; an INFORME of two paragraphs; a body not in the '
             'gazetteer (Museo de la Ciudad de México, key null); next session fixed by the LAST agreement, date '
             '"30-may-23".',
    'ordinal': 'TERCERA', 'fecha': 'martes 18 de abril del 2023', 'inicio': '17:00 hrs.', 'termino': '19:25 hrs.',
    'session': {'body': 'Derechos Culturales', 'number': 3, 'kind': 'reunión de trabajo', 'date': '2023-04-18',
                'start_time': '17:00',
                'place': 'Museo de la Ciudad de México, Pino Suárez 30, Centro Histórico',
                'topic': None, 'objective': None},
    'coordinator': COORD,
    'attendance': [
        ('Mtra. Rebeca Solís Arriaga', 'SECULT', 'SECULT-CDMX', 'instancia_ejecutora'),
        ('Lic. Germán Ávila Cortés', 'Museo de la Ciudad de México', None, 'instancia_ejecutora'),
        ('Ing. Saúl Domínguez Pardo', 'RTP', 'RTP', 'instancia_ejecutora'),
        ('Lic. Pedro Camacho Flores', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', 'instancia_ejecutora'),
        ('Ana Luisa Robles Díaz', 'Colectivo Cultura Viva Comunitaria', None, 'sociedad_civil'),
        ('Mario Cervantes Lozano', 'Red de Gestores Culturales de Iztapalapa', None, 'sociedad_civil'),
        ('Lic. Gloria Nieto Sandoval', 'Secretaría Ejecutiva', 'SE-PDHCDMX', 'secretaria_ejecutiva'),
    ],
    'strategies': [
        {'number': 235, 'title': 'Ampliar el acceso gratuito a museos y recintos culturales de la Ciudad',
         'goals': [
             {'id': '235.1', 'text': 'Los museos de la Ciudad ofrecen entrada gratuita un día a la semana.',
              'indicator': 'Número de visitas con entrada gratuita.',
              'executor': 'SECULT – Red de Museos de la Ciudad de México', 'executor_key': 'SECULT-CDMX',
              'report': ['Los [[nueve=9|museos]] museos de la red ofrecieron entrada libre los domingos y registraron [[186,540|visitas]] visitas gratuitas en 2022.',
                         'Además, se realizaron [[52|recorridos]] recorridos guiados en lengua de señas mexicana.'],
              'fb': [fb('retroalimentacion', 'avance', 'Se reportan datos duros y la información coincide con el indicador.'),
                     fb('observacion', 'solicita_datos', 'La Red de Gestores Culturales pide informar cuántas de las visitas corresponden a personas de las alcaldías de la periferia.')]},
             {'id': '235.2', 'text': 'Se implementa un programa de transporte gratuito a recintos culturales para escuelas públicas.',
              'indicator': 'Número de grupos escolares trasladados.',
              'executor': 'RTP', 'executor_key': 'RTP', 'report': None,
              'fb': [fb('retroalimentacion', 'exhorta', 'Es necesario que la RTP inicie el programa de traslados escolares que mandata la estrategia.'),
                     fb('observacion', 'instancia', 'La RTP solicita que la Secretaría Ejecutiva le envíe la ficha técnica de la meta, pues no la tiene registrada.')]},
         ]},
        {'number': 237, 'title': 'Proteger el patrimonio cultural inmaterial de los pueblos y barrios originarios',
         'goals': [
             {'id': '237.1', 'text': 'Se elabora el inventario del patrimonio cultural inmaterial de los pueblos originarios.',
              'indicator': 'Inventario elaborado.',
              'executor': 'SEPI', 'executor_key': 'SEPI', 'report': None,
              'fb': [fb('observacion', 'cuestiona', 'La Red de Gestores Culturales cuestiona que el inventario se pretenda elaborar sin consulta previa a los pueblos originarios.')]},
             {'id': '237.2', 'text': 'Las alcaldías apoyan las fiestas patronales y tradicionales de los pueblos originarios.',
              'indicator': 'Número de festividades apoyadas.',
              'executor': 'Alcaldía Xochimilco', 'executor_key': 'ALC-XOCHIMILCO',
              'report': ['Se otorgó apoyo logístico a [[38|festividades]] festividades de los [[14|pueblos]] pueblos originarios de la demarcación, con [[1,200|elementos]] elementos de protección civil desplegados.'],
              'fb': [fb('retroalimentacion', 'desalineado', 'Lo que se reporta no coincide del todo con la meta: el despliegue de protección civil es una medida de seguridad y no un apoyo a la festividad, por lo que se recomienda omitirlo.')]},
         ]},
    ],
    'agreements': [
        {'text': 'La Secretaría Ejecutiva enviará a la RTP la ficha técnica de la meta 235.2.',
         'dates': [], 'strategies': [235]},
        {'text': 'Se invitará a la SEPI a la siguiente reunión para presentar el avance del inventario (meta 237.1).',
         'dates': [], 'strategies': [237]},
        {'text': 'Próxima reunión de trabajo: 30-may-23, 17:00 hrs., sede por confirmar; estrategias 237 y 239.',
         'dates': ['2023-05-30'], 'strategies': [237, 239]},
    ],
    'next_session': {'date': '2023-05-30', 'start_time': '17:00', 'end_time': None, 'strategies': [237, 239]},
}

ACTAS = [S2, S3]


def field(label, value, bold_value=False):
    return p(r(label), r('\t'), r(value, b=bold_value), tabs=[(LEAD, 'left', 'dot')], ind=(LEAD, LEAD), after=20)


def render(a, path):
    d = Docx(font='Courier New', size=10)
    d.core_title = 'Minuta'
    x = []
    x.append(p(b('MECANISMO DE SEGUIMIENTO Y EVALUACIÓN DEL PDHCDMX'), jc='center', after=0))
    x.append(p(b('ESPACIO DE PARTICIPACIÓN DE DERECHOS CULTURALES'), jc='center', after=0))
    x.append(p(b(f'MINUTA DE LA {a["ordinal"]} REUNIÓN DE TRABAJO'), jc='center', after=200, border_bottom=True))
    x.append(field('FECHA ', a['fecha']))
    x.append(field('HORA DE INICIO ', a['inicio']))
    x.append(field('HORA DE TÉRMINO ', a['termino']))
    x.append(field('LUGAR ', a['session']['place']))
    x.append(p(after=120, border_bottom=True))
    x.append(p(r('I. PERSONAS ASISTENTES', b=True, u=True), before=160))
    cols = [(3400, 'left'), (8300, 'left')]
    x.append(p(b('NOMBRE\tINSTITUCIÓN / ORGANIZACIÓN\tTIPO'), tabs=cols, after=40))
    for n, inst, _, sec in a['attendance']:
        x.append(p(f'{n}\t{inst}\t{ABBR[sec]}', tabs=cols, after=0))
    x.append(p(i('(Gob. = instancia ejecutora; OSC = organización de la sociedad civil; SE = Secretaría Ejecutiva)', sz=8),
               before=60))
    x.append(p(r('II. SEGUIMIENTO DE ESTRATEGIAS', b=True, u=True), before=200))
    for s in a['strategies']:
        x.append(p(before=80, after=0, border_top=True))
        x.append(field('ESTRATEGIA ', str(s['number']), bold_value=True))
        x.append(field('TEMA ', s['title']))
        for g in s['goals']:
            x.append(p(after=0))
            x.append(field('META ', g['id'], bold_value=True))
            x.append(field('DESCRIPCIÓN ', g['text']))
            x.append(field('INDICADOR ', g['indicator']))
            x.append(field('RESPONSABLE ', g['executor']))
            x.append(field('¿PRESENTÓ INFORME? ', 'SÍ ( X )   NO (   )' if g.get('report') else 'SÍ (   )   NO ( X )'))
            if g.get('report'):
                x.append(p(r('INFORME:'), after=20))
                for par in g['report']:
                    x.append(p(plain(par), ind=(567, 0), jc='both', after=40))
            else:
                x.append(p(r('INFORME: N/A'), after=20))
            for section, head in (('retroalimentacion', 'COMENTARIOS DE LA SECRETARÍA EJECUTIVA:'),
                                  ('observacion', 'COMENTARIOS DE SOCIEDAD CIVIL E INSTANCIAS:')):
                items = [f for f in g.get('fb', []) if f['section'] == section]
                if items:
                    x.append(p(r(head), after=20))
                    for f in items:
                        x.append(p(r('-\t' + f['text']), tabs=[(851, 'left')], ind=(851, 284), jc='both', after=20))
    x.append(p(after=0, border_bottom=True))
    x.append(p(r('III. ACUERDOS', b=True, u=True), before=200))
    for n, ag in enumerate(a['agreements'], 1):
        x.append(p(f'{n})\t{ag["text"]}', tabs=[(567, 'left')], ind=(567, 567), jc='both', after=40))
    x.append(p(before=700))
    x.append(p(r('_' * 34), jc='center', after=0))
    x.append(p(a['coordinator'][0], jc='center', after=0))
    x.append(p(a['coordinator'][1], jc='center'))
    d.write(path, ''.join(x), sect(margins=(1134, 1134, 1134, 1134)))
