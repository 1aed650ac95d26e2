# -*- coding: utf-8 -*-
# Batch AI content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context) -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), responsible=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, next_session=next_session)
    d.update(kw)
    return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


ACTAS = []


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'


# ================================================================ AI1 zocalo (goal status only by cell colour, 2021)
ZO_BODY = 'Derecho a la Libertad de Reunión: Manifestaciones y Plantones en el Zócalo'
ZO_COORD = ('Itzel Barragán Solís', 'Coordinadora del Espacio de Participación')
ZO_PLACE = 'Sala de usos múltiples de la Secretaría Ejecutiva, General Prim 4, colonia Centro'
T702 = 'Garantizar que la actuación policial en manifestaciones públicas respete el derecho a la protesta social'
T705 = 'Asegurar servicios básicos de salud y agua a las personas que permanecen en plantones en el Centro Histórico'
G702_1 = ('702.1', 'Capacitar al personal policial que interviene en manifestaciones en el protocolo de actuación con enfoque de derechos humanos',
          'Número de elementos capacitados respecto del total asignado a eventos masivos', 'Secretaría de Seguridad Ciudadana de la Ciudad de México', 'SSPCDMX')
G702_2 = ('702.2', 'Instalar mesas de diálogo con las personas manifestantes antes de cualquier intervención policial',
          'Número de mesas de diálogo instaladas y acuerdos alcanzados', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB')
G705_1 = ('705.1', 'Instalar módulos de atención médica de primer contacto en los plantones con permanencia mayor a siete días',
          'Número de módulos instalados y atenciones otorgadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G705_2 = ('705.2', 'Abastecer de agua potable mediante pipas a los plantones instalados en la plancha del Zócalo y calles aledañas',
          'Litros de agua suministrados por plantón', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
ZO_SE = ('Mariana Ochoa Briseño', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
ZO_ATT = [
    ('Raúl Espinosa Carrillo', 'Subinspector', 'Secretaría de Seguridad Ciudadana de la Ciudad de México', 'SSPCDMX', IE, 'Dirección de Derechos Humanos'),
    ('Adriana Peralta Gómez', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirectora de Atención a Demandas Ciudadanas'),
    ('Jorge Luis Camarillo Vera', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Unidad Departamental de Urgencias'),
    ('Leonor Castañeda Ruiz', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirectora de Distribución'),
    ('Bernardo Ávila Quintero', 'C.', 'Frente Amplio por el Derecho a la Protesta', None, SC, 'Vocero'),
    ('Silvia Reséndiz Paz', 'Mtra.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    ZO_SE]
acta(stem='blind-ai-zocalo-03-2021-06-09', layout='AI1', esp='zocalo',
     body=ZO_BODY, number=3, date='2021-06-09', start='11:00', end='13:20', place=ZO_PLACE, coordinator=ZO_COORD,
     attendance=ZO_ATT, dots=False,
     strategies=[
         S(702, T702,
           [G(*G702_1, ['Durante el primer trimestre se capacitó a 1,350 elementos de la policía preventiva en el Protocolo de Actuación Policial en Manifestaciones, en 27 grupos de 50 elementos cada uno.'], light='verde'),
            G(*G702_2, None, light='rojo')],
           [(1350, 'elementos de la policía preventiva', '702.1', 'se capacitó a 1,350 elementos de la policía preventiva'),
            (27, 'grupos', '702.1', 'en 27 grupos de 50 elementos cada uno'),
            (50, 'elementos', '702.1', 'en 27 grupos de 50 elementos cada uno')],
           [('El informe da cuenta del número de elementos capacitados, lo que permite valorar el avance respecto del indicador.', 'retroalimentacion', '702.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Gobierno comience a instalar las mesas de diálogo que mandata la meta y lo informe en el siguiente periodo.', 'retroalimentacion', '702.2', 'exhorta', 'SE'),
            ('La capacitación no ha cambiado lo que pasa en la calle: el 8 de marzo hubo encapsulamientos de contingentes completos.', 'observacion', '702.1', 'cuestiona', 'Bernardo Ávila Quintero')]),
         S(705, T705,
           [G(*G705_1, ['Se instalaron 4 módulos de atención médica en plantones del primer cuadro, en los que se otorgaron 612 consultas de primer contacto.'], light='verde'),
            G(*G705_2, ['Se suministraron 96,000 litros de agua potable mediante pipas; no se precisa a qué plantones.'], light='ambar')],
           [(4, 'módulos de atención médica', '705.1', 'Se instalaron 4 módulos de atención médica en plantones del primer cuadro'),
            (612, 'consultas de primer contacto', '705.1', 'en los que se otorgaron 612 consultas de primer contacto'),
            (96000, 'litros de agua potable', '705.2', 'Se suministraron 96,000 litros de agua potable mediante pipas')],
           [('Se requiere desglosar los litros suministrados por plantón, como lo pide el indicador, y la frecuencia de las entregas.', 'retroalimentacion', '705.2', 'solicita_datos', 'SE'),
            ('El Sistema de Aguas señala que sólo puede abastecer cuando la Secretaría de Gobierno le notifica la ubicación del plantón.', 'observacion', '705.2', 'instancia', 'Leonor Castañeda Ruiz')])],
     agreements=[A('La Secretaría de Gobierno entregará a la Secretaría Ejecutiva el informe de la meta 702.2 a más tardar el 2 de julio de 2021.', ['2021-07-02'], 'Secretaría de Gobierno'),
                 A('El Sistema de Aguas y la Secretaría de Gobierno definirán un mecanismo de aviso para el abasto de agua a los plantones.', [], 'Sistema de Aguas y la Secretaría de Gobierno'),
                 A('La cuarta sesión ordinaria se realizará el miércoles 11 de agosto de 2021 a las 11:00 horas, en la misma sede.', ['2021-08-11'], None, True)],
     next={'date': '2021-08-11', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='goal status only as the colour of the Semáforo cell (no text), legend under each table; red goal has an empty report cell; LibreOffice PDF')
ZO_ATT2 = ZO_ATT[:2] + [
    ('Karina Montes de Oca Lira', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Jefa de Unidad de Concertación Política')] + ZO_ATT[2:5] + [
    ('Teodoro Ramírez Galicia', 'C.', 'Asamblea de Trabajadores Desplazados del Centro', None, SC, 'Representante'),
    ZO_ATT[5], ZO_SE]
acta(stem='blind-ai-zocalo-04-2021-08-11', layout='AI1', esp='zocalo',
     body=ZO_BODY, number=4, date='2021-08-11', start='11:00', end='13:05', place=ZO_PLACE, coordinator=ZO_COORD,
     attendance=ZO_ATT2, dots=True,
     strategies=[
         S(702, T702,
           [G(*G702_1, ['Se impartió un curso de actualización a 480 mandos medios; además se elaboraron 2 guías de bolsillo sobre el uso de la fuerza.'], light='ambar'),
            G(*G702_2, ['Se instalaron 11 mesas de diálogo con organizaciones que anunciaron movilizaciones, de las que derivaron 8 acuerdos de retiro voluntario de bloqueos.'], light='verde')],
           [(480, 'mandos medios', '702.1', 'Se impartió un curso de actualización a 480 mandos medios'),
            (2, 'guías de bolsillo', '702.1', 'se elaboraron 2 guías de bolsillo sobre el uso de la fuerza'),
            (11, 'mesas de diálogo', '702.2', 'Se instalaron 11 mesas de diálogo con organizaciones que anunciaron movilizaciones'),
            (8, 'acuerdos de retiro voluntario de bloqueos', '702.2', 'de las que derivaron 8 acuerdos de retiro voluntario de bloqueos')],
           [('Se reconoce que la Secretaría de Gobierno atendió el acuerdo de la sesión anterior y reporta mesas instaladas y acuerdos alcanzados.', 'retroalimentacion', '702.2', 'avance', 'SE'),
            ('Las guías de bolsillo no corresponden al indicador de la meta, que mide elementos capacitados; se sugiere no incluirlas en este reporte.', 'retroalimentacion', '702.1', 'desalineado', 'SE'),
            ('Las mesas de diálogo se usan para desalojar, no para atender las demandas; por eso los plantones regresan.', 'observacion', '702.2', 'cuestiona', 'Teodoro Ramírez Galicia')]),
         S(705, T705,
           [G(*G705_1, ['Se mantuvieron 3 módulos de atención médica, con 405 consultas y 37 traslados a hospitales de la red.'], light='verde'),
            G(*G705_2, None, light='rojo')],
           [(3, 'módulos de atención médica', '705.1', 'Se mantuvieron 3 módulos de atención médica'),
            (405, 'consultas', '705.1', 'con 405 consultas y 37 traslados a hospitales de la red'),
            (37, 'traslados a hospitales de la red', '705.1', 'con 405 consultas y 37 traslados a hospitales de la red')],
           [('Sería conveniente que a las sesiones acuda personal del área operativa del Sistema de Aguas, que cuenta con los datos de distribución.', 'retroalimentacion', '705.2', 'proceso', 'SE'),
            ('La Comisión de Derechos Humanos ofrece compartir las quejas recibidas por falta de agua en los plantones para cruzarlas con el informe.', 'observacion', '705.2', 'instancia', 'Silvia Reséndiz Paz')])],
     agreements=[A('El Sistema de Aguas de la Ciudad de México presentará el informe de la meta 705.2 en la quinta sesión.', [], 'Sistema de Aguas de la Ciudad de México'),
                 A('La Secretaría Ejecutiva circulará entre las personas integrantes la versión final del Protocolo de Actuación Policial antes del 30 de septiembre de 2021.', ['2021-09-30'], 'Secretaría Ejecutiva'),
                 A('La quinta sesión ordinaria se celebrará el miércoles 13 de octubre de 2021 a las 11:00 horas.', ['2021-10-13'], None, True)],
     next={'date': '2021-10-13', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='goal status only as the colour of the Semáforo cell (a black "●" in each), legend under each table; red goal has an empty report cell; LibreOffice PDF')
