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

# ================================================================ AI2 carpas (cover page and table of contents, 2016)
CP_BODY = 'Derecho a la Cultura: Carpas y Teatro Popular Itinerante'
CP_COORD = ('Gerardo Malacara Ibarra', 'Coordinador del Espacio de Participación')
CP_PLACE = 'Foro del Faro de Oriente, Calzada Ignacio Zaragoza s/n, colonia Fuentes de Zaragoza, Delegación Iztapalapa'
T615 = 'Reconocer y apoyar a las compañías de carpa como expresión del patrimonio escénico popular de la Ciudad'
T618 = 'Simplificar los permisos para la instalación temporal de carpas en espacios públicos'
G615_1 = ('615.1', 'Otorgar estímulos económicos a compañías de carpa y teatro itinerante', 'Número de compañías beneficiadas y monto ejercido', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G615_2 = ('615.2', 'Integrar un padrón de compañías de carpa y de sus integrantes', 'Padrón integrado y actualizado', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G618_1 = ('618.1', 'Emitir un dictamen único de protección civil para carpas de hasta 300 personas', 'Dictámenes emitidos respecto de las solicitudes recibidas', 'Secretaría de Protección Civil', 'SGIRPC')
CP_SE = ('Daniela Aceves Montoya', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
CP_ATT = [
    ('Octavio Lezama Fuentes', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director de Desarrollo Cultural'),
    ('Patricia Urrutia Caballero', 'Arq.', 'Secretaría de Protección Civil', 'SGIRPC', IE, 'Subdirectora de Dictaminación'),
    ('Fernando Téllez Ordóñez', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Director de Cultura'),
    ('Rosa Elvira Cantú Medina', 'C.', 'Carpa Cuatro Vientos, A.C.', None, SC, 'Directora artística'),
    ('Efrén Galindo Soto', 'C.', 'Unión de Cómicos y Artistas de Carpa', None, SC, 'Secretario general'),
    ('Lorena Bustos Aguirre', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Centro de Teatro'),
    CP_SE]
acta(stem='blind-ai-carpas-07-2016-04-13', layout='AI2', esp='carpas',
     body=CP_BODY, number=7, date='2016-04-13', start='10:30', end='13:00', place=CP_PLACE, coordinator=CP_COORD,
     attendance=CP_ATT,
     strategies=[
         S(615, T615,
           [G(*G615_1, ['En la convocatoria 2015 se otorgaron estímulos a 14 compañías de carpa por un monto total de 980,000 pesos; 6 de ellas se presentan en Iztapalapa.']),
            G(*G615_2, None, 'No se recibió informe de la instancia.')],
           [(14, 'compañías de carpa', '615.1', 'se otorgaron estímulos a 14 compañías de carpa'),
            (980000, 'pesos', '615.1', 'por un monto total de 980,000 pesos'),
            (6, 'compañías de carpa', '615.1', '6 de ellas se presentan en Iztapalapa')],
           [('El informe presenta datos completos sobre las compañías beneficiadas y el monto ejercido, conforme al indicador.', 'retroalimentacion', '615.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Cultura inicie la integración del padrón, pues sin él no es posible medir el alcance de los estímulos.', 'retroalimentacion', '615.2', 'exhorta', 'SE'),
            ('La convocatoria pide comprobantes fiscales que las compañías familiares no tienen; así sólo ganan las mismas de siempre.', 'observacion', '615.1', 'cuestiona', 'Rosa Elvira Cantú Medina')]),
         S(618, T618,
           [G(*G618_1, ['Se recibieron 23 solicitudes de dictamen para carpas y se emitieron 17 dictámenes favorables en un plazo promedio de 12 días hábiles.'])],
           [(23, 'solicitudes de dictamen', '618.1', 'Se recibieron 23 solicitudes de dictamen para carpas'),
            (17, 'dictámenes favorables', '618.1', 'se emitieron 17 dictámenes favorables'),
            (12, 'días hábiles', '618.1', 'en un plazo promedio de 12 días hábiles')],
           [('Se solicita informar qué ocurrió con las 6 solicitudes que no obtuvieron dictamen favorable y por qué motivos.', 'retroalimentacion', '618.1', 'solicita_datos', 'SE'),
            ('Protección Civil aclara que el dictamen no sustituye el permiso de uso de vía pública, que corresponde a cada Delegación.', 'observacion', '618.1', 'instancia', 'Patricia Urrutia Caballero')])],
     agreements=[A('La Secretaría de Cultura presentará un avance del padrón de compañías de carpa (meta 615.2) en la octava sesión.', [], 'Secretaría de Cultura'),
                 A('La Secretaría de Protección Civil y la Delegación Iztapalapa revisarán los requisitos del permiso de vía pública para carpas.', [], 'Secretaría de Protección Civil y la Delegación Iztapalapa'),
                 A('La octava sesión ordinaria tendrá lugar el miércoles 8 de junio de 2016 a las 10:30 horas en el Faro de Oriente.', ['2016-06-08'], None, True)],
     next={'date': '2016-06-08', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='cover page (logo box, Espacio, session, date) then a Word TOC field with its cached result (dot leaders, page numbers), then Heading 1/2; LibreOffice PDF')
CP_ATT2 = CP_ATT[:2] + [
    ('Mauricio Cervantes Lugo', 'Lic.', 'Secretaría de Gobierno de la Ciudad de México', 'SECGOB', IE, 'Subdirector de Programas Delegacionales')] + CP_ATT[2:5] + [
    ('Hilda Zárate Pineda', 'C.', 'Colectivo Teatro de Lona', None, SC, 'Integrante'),
    CP_ATT[5], CP_SE]
acta(stem='blind-ai-carpas-08-2016-06-08', layout='AI2', esp='carpas',
     body=CP_BODY, number=8, date='2016-06-08', start='10:30', end='12:45', place=CP_PLACE, coordinator=CP_COORD,
     attendance=CP_ATT2,
     strategies=[
         S(615, T615,
           [G(*G615_1, ['Se publicó la convocatoria 2016 con una bolsa de 1,200,000 pesos y se registraron 31 proyectos de compañías de carpa.']),
            G(*G615_2, ['El padrón preliminar registra 42 compañías y 316 integrantes, de los cuales 58 son personas mayores de 60 años.'])],
           [(1200000, 'pesos', '615.1', 'con una bolsa de 1,200,000 pesos'),
            (31, 'proyectos de compañías de carpa', '615.1', 'se registraron 31 proyectos de compañías de carpa'),
            (42, 'compañías', '615.2', 'El padrón preliminar registra 42 compañías y 316 integrantes'),
            (316, 'integrantes', '615.2', 'El padrón preliminar registra 42 compañías y 316 integrantes'),
            (58, 'personas mayores de 60 años', '615.2', 'de los cuales 58 son personas mayores de 60 años')],
           [('Se reconoce el avance del padrón, que atiende el acuerdo de la sesión anterior.', 'retroalimentacion', '615.2', 'avance', 'SE'),
            ('La publicación de la convocatoria contribuye, pero por sí sola no acredita el otorgamiento de estímulos que pide la meta.', 'retroalimentacion', '615.1', 'insuficiente', 'SE'),
            ('El padrón no debe servir para controlar a las compañías ni para cobrarles; hay que decir para qué se usará.', 'observacion', '615.2', 'cuestiona', 'Efrén Galindo Soto')]),
         S(618, T618,
           [G(*G618_1, None, 'Sin informe en el periodo.')],
           [],
           [('El plazo de respuesta de los dictámenes debería medirse en el indicador, que hoy sólo cuenta documentos emitidos.', 'retroalimentacion', '618.1', 'diseno_meta', 'SE'),
            ('La Secretaría de Gobierno propone que las Delegaciones participen en la sesión en que se revise esta estrategia.', 'observacion', '618.1', 'proceso', 'Mauricio Cervantes Lugo')])],
     agreements=[A('La Secretaría de Protección Civil enviará el informe de la meta 618.1 a la Secretaría Ejecutiva antes del 15 de julio de 2016.', ['2016-07-15'], 'Secretaría de Protección Civil'),
                 A('La Secretaría Ejecutiva convocará a las Delegaciones Iztapalapa, Gustavo A. Madero y Venustiano Carranza a la revisión de la estrategia 618.', [], 'Secretaría Ejecutiva'),
                 A('La novena sesión ordinaria se llevará a cabo el miércoles 10 de agosto de 2016 a las 10:30 horas.', ['2016-08-10'], None, True)],
     next={'date': '2016-08-10', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='cover page and TOC field with cached result; LibreOffice PDF')

# ================================================================ AI3 rotulistas (legal-office acta with line numbering, 2012)
RO_BODY = 'Derecho al Trabajo: Rotulistas y Pintores de Letras Populares'
RO_COORD = ('Ignacio Valdespino Arreola', 'Coordinador del Espacio de Participación')
RO_PLACE = 'sala de juntas de la Secretaría Ejecutiva, ubicada en Avenida Universidad 1449, colonia Florida, Delegación Álvaro Obregón'
T344 = 'Promover el empleo digno de las personas rotulistas y su acceso a la seguridad social'
T347 = 'Reconocer la rotulación a mano como oficio tradicional y regular su ejercicio en el espacio público'
G344_1 = ('344.1', 'Incorporar a personas rotulistas a los programas de capacitación y autoempleo', 'Número de personas rotulistas incorporadas a los programas', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE')
G347_1 = ('347.1', 'Realizar un inventario de rótulos tradicionales en mercados y comercios de barrio', 'Inventario elaborado', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G347_2 = ('347.2', 'Adecuar la normatividad de anuncios para distinguir los rótulos pintados a mano de la publicidad exterior', 'Propuesta de reforma presentada', 'Secretaría de Desarrollo Urbano y Vivienda del Distrito Federal', 'SEDUVI')
RO_SE = ('Claudia Arellano Betancourt', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
RO_ATT = [
    ('Salvador Ortega Benítez', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE', IE, 'Director de Capacitación para el Empleo'),
    ('Mónica Figueroa Lagunes', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Coordinadora de Patrimonio'),
    ('Arturo Sepúlveda Nava', 'Arq.', 'Secretaría de Desarrollo Urbano y Vivienda del Distrito Federal', 'SEDUVI', IE, 'Subdirector de Mobiliario Urbano y Anuncios'),
    ('Ramiro Olguín Castro', 'C.', 'Gremio de Rotulistas de la Merced', None, SC, 'Representante'),
    ('Beatriz Anaya Rosales', 'C.', 'Colectivo Letra Chilanga', None, SC, 'Integrante'),
    ('Julio César Medrano Ayala', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Jefe de Unidad de Vía Pública'),
    RO_SE]
acta(stem='blind-ai-rotulistas-02-2012-09-05', layout='AI3', esp='rotulistas',
     body=RO_BODY, number=2, date='2012-09-05', start='10:00', end='12:40', place=RO_PLACE, coordinator=RO_COORD,
     attendance=RO_ATT, countby=1,
     strategies=[
         S(344, T344,
           [G(*G344_1, ['A través del programa de Capacitación para el Autoempleo se incorporó a 37 personas rotulistas, de las cuales 12 son mujeres; se entregaron 25 paquetes de herramienta y pintura.'])],
           [(37, 'personas rotulistas', '344.1', 'se incorporó a 37 personas rotulistas'),
            (12, 'personas rotulistas', '344.1', 'de las cuales 12 son mujeres'),
            (25, 'paquetes de herramienta y pintura', '344.1', 'se entregaron 25 paquetes de herramienta y pintura')],
           [('Lo reportado da cuenta de acciones concretas y cuantificadas que abonan al cumplimiento de la meta.', 'retroalimentacion', '344.1', 'avance', 'SE'),
            ('Es necesario informar cuántas de las personas incorporadas accedieron efectivamente a la seguridad social, que es el propósito de la estrategia.', 'retroalimentacion', '344.1', 'solicita_datos', 'SE'),
            ('Los cursos enseñan diseño por computadora y no el oficio; el gremio pide que los den rotulistas con experiencia.', 'observacion', '344.1', 'cuestiona', 'Ramiro Olguín Castro')]),
         S(347, T347,
           [G(*G347_1, ['Se levantó un registro fotográfico de 140 rótulos en 9 mercados públicos de las delegaciones Cuauhtémoc y Venustiano Carranza.']),
            G(*G347_2, None, 'La Secretaría de Desarrollo Urbano y Vivienda no presentó informe respecto de la meta 347.2.')],
           [(140, 'rótulos', '347.1', 'Se levantó un registro fotográfico de 140 rótulos'),
            (9, 'mercados públicos', '347.1', 'en 9 mercados públicos de las delegaciones Cuauhtémoc y Venustiano Carranza')],
           [('El registro fotográfico puede enmarcarse mejor en la estrategia 351, meta 351.2, relativa a la memoria gráfica de los barrios.', 'retroalimentacion', '347.1', 'reasignar', 'SE'),
            ('La SEDUVI manifiesta que la regulación de anuncios en mercados corresponde a las Delegaciones y no a esa Secretaría.', 'observacion', '347.2', 'instancia', 'Arturo Sepúlveda Nava')])],
     agreements=[A('La Secretaría de Desarrollo Urbano y Vivienda remitirá por oficio su postura sobre la meta 347.2 a más tardar el 28 de septiembre de 2012.', ['2012-09-28'], 'Secretaría de Desarrollo Urbano y Vivienda'),
                 A('La Secretaría de Trabajo y Fomento al Empleo invitará a rotulistas del gremio como instructores en los cursos del próximo periodo.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La tercera sesión ordinaria se celebrará el miércoles 7 de noviembre de 2012 a las 10:00 horas en la misma sede.', ['2012-11-07'], None, True)],
     next={'date': '2012-11-07', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='legal-office acta, every line numbered in the margin (w:lnNumType countBy 1, restart each page), prose only; LibreOffice PDF')
RO_ATT2 = RO_ATT[:3] + [
    ('Norma Iliana Corona Paredes', 'Lic.', 'Secretaría de Desarrollo Económico del Distrito Federal', 'SEDECO', IE, 'Directora de Abasto y Mercados')] + RO_ATT[3:5] + [
    ('Cirilo Bañuelos Ramos', 'C.', 'Rotulistas Independientes de Tepito', None, SC, 'Integrante'),
    RO_ATT[5], RO_SE]
acta(stem='blind-ai-rotulistas-03-2012-11-07', layout='AI3', esp='rotulistas',
     body=RO_BODY, number=3, date='2012-11-07', start='10:00', end='12:20', place=RO_PLACE, coordinator=RO_COORD,
     attendance=RO_ATT2, countby=5,
     strategies=[
         S(344, T344,
           [G(*G344_1, None, 'La Secretaría de Trabajo y Fomento al Empleo no presentó informe en el periodo.')],
           [],
           [('Es necesario que la Secretaría de Trabajo informe sobre la meta y cumpla el acuerdo relativo a los instructores del gremio.', 'retroalimentacion', '344.1', 'exhorta', 'SE'),
            ('El Colectivo pide que la información de los programas llegue a las sesiones antes de la reunión para poder revisarla.', 'observacion', '344.1', 'proceso', 'Beatriz Anaya Rosales')]),
         S(347, T347,
           [G(*G347_1, ['El inventario suma 312 rótulos en 21 mercados públicos; 48 de ellos fueron catalogados como de valor patrimonial.']),
            G(*G347_2, ['Se elaboró una propuesta de lineamientos para anuncios pintados a mano, que se sometió a 2 mesas de trabajo con 15 personas rotulistas.'])],
           [(312, 'rótulos', '347.1', 'El inventario suma 312 rótulos en 21 mercados públicos'),
            (21, 'mercados públicos', '347.1', 'El inventario suma 312 rótulos en 21 mercados públicos'),
            (48, 'rótulos', '347.1', '48 de ellos fueron catalogados como de valor patrimonial'),
            (2, 'mesas de trabajo', '347.2', 'que se sometió a 2 mesas de trabajo con 15 personas rotulistas'),
            (15, 'personas rotulistas', '347.2', 'que se sometió a 2 mesas de trabajo con 15 personas rotulistas')],
           [('Se reconoce el avance del inventario y la catalogación de los rótulos de valor patrimonial.', 'retroalimentacion', '347.1', 'avance', 'SE'),
            ('Los lineamientos son un paso, pero por sí solos no constituyen la propuesta de reforma que establece el indicador.', 'retroalimentacion', '347.2', 'insuficiente', 'SE'),
            ('La Secretaría de Desarrollo Económico ofrece facilitar el acceso a los mercados para completar el inventario.', 'observacion', '347.1', 'instancia', 'Norma Iliana Corona Paredes')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo entregará el informe de la meta 344.1 antes del 14 de diciembre de 2012.', ['2012-12-14'], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Secretaría Ejecutiva enviará los informes a las personas integrantes con diez días de anticipación a cada sesión.', [], 'Secretaría Ejecutiva'),
                 A('La cuarta sesión ordinaria se celebrará el miércoles 16 de enero de 2013 a las 10:00 horas.', ['2013-01-16'], None, True)],
     next={'date': '2013-01-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='legal-office acta, line numbers every 5 lines in the margin (w:lnNumType countBy 5, restart each page); LibreOffice PDF')

# ================================================================ AI4 titiriteros ("BORRADOR" watermark, vertical header cells, landscape table, 2018)
TI_BODY = 'Derecho a la Cultura: Titiriteros y Teatro de Calle'
TI_COORD = ('Alma Delia Ferrer Castillo', 'Coordinadora del Espacio de Participación')
TI_PLACE = 'Casa de Cultura Jesús Reyes Heroles, Francisco Sosa 202, Barrio de Santa Catarina, Delegación Coyoacán'
T631 = 'Garantizar a titiriteros y artistas de calle el uso de plazas y jardines públicos sin hostigamiento'
T634 = 'Acercar el teatro de títeres a niñas y niños de escuelas públicas'
G631_1 = ('631.1', 'Emitir un protocolo de actuación policial ante artistas en plazas públicas', 'Protocolo emitido y difundido', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX')
G631_2 = ('631.2', 'Otorgar permisos gratuitos de presentación en plazas y jardines de la demarcación', 'Número de permisos otorgados', 'Delegación Coyoacán', 'ALC-COYOACAN')
G634_1 = ('634.1', 'Programar funciones de títeres en escuelas primarias públicas', 'Número de funciones y de alumnas y alumnos asistentes', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
TI_SE = ('Rodrigo Espíndola Mora', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
TI_ATT = [
    ('Efraín Luna Cabrera', 'Lic.', 'Secretaría de Seguridad Pública de la Ciudad de México', 'SSPCDMX', IE, 'Subdirector de Derechos Humanos'),
    ('Maricela Pedraza Villa', 'Lic.', 'Delegación Coyoacán', 'ALC-COYOACAN', IE, 'Jefa de Unidad de Espacios Públicos'),
    ('Andrés Quintanar Robles', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Coordinador de Programas Comunitarios'),
    ('Ofelia Garduño Lazcano', 'C.', 'Titiriteros del Jardín Centenario', None, SC, 'Integrante'),
    ('Saúl Becerra Tovar', 'C.', 'Compañía La Mojiganga de Papel', None, SC, 'Director'),
    ('Valeria Estrada Pulido', 'Lic.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', OT, 'Asesora'),
    TI_SE]
acta(stem='blind-ai-titiriteros-05-2018-02-21', layout='AI4', esp='titiriteros',
     body=TI_BODY, number=5, date='2018-02-21', start='16:00', end='18:10', place=TI_PLACE, coordinator=TI_COORD,
     attendance=TI_ATT,
     strategies=[
         S(631, T631,
           [G(*G631_1, None, 'Sin informe.'),
            G(*G631_2, ['Se otorgaron 64 permisos gratuitos de presentación en el Jardín Centenario y la Plaza Hidalgo, con vigencia de 3 meses cada uno.'])],
           [(64, 'permisos gratuitos de presentación', '631.2', 'Se otorgaron 64 permisos gratuitos de presentación'),
            (3, 'meses', '631.2', 'con vigencia de 3 meses cada uno')],
           [('Es necesario que la Secretaría de Seguridad Pública emprenda la elaboración del protocolo; en el periodo no se reporta ninguna acción.', 'retroalimentacion', '631.1', 'exhorta', 'SE'),
            ('Se solicita desagregar los permisos por tipo de espectáculo e indicar cuántas solicitudes fueron negadas.', 'retroalimentacion', '631.2', 'solicita_datos', 'SE'),
            ('Los policías siguen retirando a los compañeros aunque tengan permiso; el papel no sirve si la policía no lo respeta.', 'observacion', '631.1', 'cuestiona', 'Ofelia Garduño Lazcano')]),
         S(634, T634,
           [G(*G634_1, ['Se presentaron 38 funciones de títeres en 19 escuelas primarias de Iztapalapa, Tláhuac y Xochimilco, con una asistencia de 5,420 alumnas y alumnos.'])],
           [(38, 'funciones de títeres', '634.1', 'Se presentaron 38 funciones de títeres'),
            (19, 'escuelas primarias', '634.1', 'en 19 escuelas primarias de Iztapalapa, Tláhuac y Xochimilco'),
            (5420, 'alumnas y alumnos', '634.1', 'con una asistencia de 5,420 alumnas y alumnos')],
           [('El informe reporta funciones y asistentes, como pide el indicador, lo que permite valorar el avance de la meta.', 'retroalimentacion', '634.1', 'avance', 'SE'),
            ('La Secretaría de Cultura señala que las funciones dependen de la autorización de la Autoridad Educativa Federal en cada plantel.', 'observacion', '634.1', 'instancia', 'Andrés Quintanar Robles')])],
     agreements=[A('La Secretaría de Seguridad Pública presentará un calendario de trabajo para el protocolo de la meta 631.1 en la sexta sesión.', [], 'Secretaría de Seguridad Pública'),
                 A('La Delegación Coyoacán enviará la relación de solicitudes de permiso negadas a más tardar el 16 de marzo de 2018.', ['2018-03-16'], 'Delegación Coyoacán'),
                 A('La sexta sesión ordinaria se llevará a cabo el miércoles 18 de abril de 2018 a las 16:00 horas en la Casa de Cultura Jesús Reyes Heroles.', ['2018-04-18'], None, True)],
     next={'date': '2018-04-18', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='"BORRADOR" diagonal VML watermark in the header; goals table in a landscape section with vertical (btLr) header cells; LibreOffice PDF')
TI_ATT2 = TI_ATT[:3] + [
    ('Gabriela Sotelo Arriaga', 'Profra.', 'Secretaría de Educación de la Ciudad de México', 'SEDU', OT, 'Enlace de Vinculación Escolar')] + TI_ATT[3:5] + [
    ('Tomás Arvide Correa', 'C.', 'Red de Artistas Callejeros de la Ciudad de México', None, SC, 'Vocero'),
    TI_ATT[5], TI_SE]
acta(stem='blind-ai-titiriteros-06-2018-04-18', layout='AI4', esp='titiriteros',
     body=TI_BODY, number=6, date='2018-04-18', start='16:00', end='18:00', place=TI_PLACE, coordinator=TI_COORD,
     attendance=TI_ATT2,
     strategies=[
         S(631, T631,
           [G(*G631_1, ['Se integró un grupo de trabajo con la Dirección de Derechos Humanos y se realizaron 3 reuniones para redactar el protocolo.']),
            G(*G631_2, ['Se otorgaron 41 permisos nuevos y se renovaron 52, para un total de 93 permisos vigentes en 4 plazas.'])],
           [(3, 'reuniones', '631.1', 'se realizaron 3 reuniones para redactar el protocolo'),
            (41, 'permisos nuevos', '631.2', 'Se otorgaron 41 permisos nuevos'),
            (52, 'permisos', '631.2', 'se renovaron 52'),
            (93, 'permisos vigentes', '631.2', 'para un total de 93 permisos vigentes'),
            (4, 'plazas', '631.2', 'para un total de 93 permisos vigentes en 4 plazas')],
           [('Se reconoce que la Secretaría de Seguridad Pública inició los trabajos del protocolo, conforme al acuerdo de la sesión anterior.', 'retroalimentacion', '631.1', 'avance', 'SE'),
            ('Las reuniones internas contribuyen, pero por sí solas no dan cumplimiento a la meta, que exige emitir y difundir el protocolo.', 'retroalimentacion', '631.1', 'insuficiente', 'SE'),
            ('El protocolo se está escribiendo sin escuchar a quienes trabajamos en la calle; debería consultarse con la Red.', 'observacion', '631.1', 'cuestiona', 'Tomás Arvide Correa')]),
         S(634, T634,
           [G(*G634_1, None, 'Sin informe.')],
           [],
           [('Las funciones en escuelas podrían reportarse también en la estrategia 640, meta 640.1, de acceso a la cultura de niñas y niños.', 'retroalimentacion', '634.1', 'reasignar', 'SE'),
            ('La Secretaría de Educación ofrece gestionar ante las direcciones escolares los espacios para las funciones del siguiente ciclo.', 'observacion', '634.1', 'instancia', 'Gabriela Sotelo Arriaga')])],
     agreements=[A('La Secretaría de Cultura enviará el informe de la meta 634.1 a la Secretaría Ejecutiva antes del 11 de mayo de 2018.', ['2018-05-11'], 'Secretaría de Cultura'),
                 A('La Secretaría de Seguridad Pública compartirá el borrador del protocolo con la Red de Artistas Callejeros para sus comentarios.', [], 'Secretaría de Seguridad Pública'),
                 A('La séptima sesión ordinaria se llevará a cabo el miércoles 20 de junio de 2018 a las 16:00 horas.', ['2018-06-20'], None, True)],
     next={'date': '2018-06-20', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='"BORRADOR" watermark; vertical header cells; landscape section; LibreOffice PDF')

# ================================================================ AI5 costureras (vMerge executor and figures cells, Chromium from HTML twin, 2014)
CO_BODY = 'Derecho al Trabajo: Costureras y Talleres de Confección a Domicilio'
CO_COORD = ('Yolanda Echeverría Prieto', 'Coordinadora del Espacio de Participación')
CO_PLACE = 'Auditorio de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 58, colonia Tránsito, Delegación Cuauhtémoc'
T310 = 'Mejorar las condiciones laborales de las costureras que trabajan a domicilio o en talleres familiares'
T313 = 'Garantizar el acceso a la justicia laboral y a la capacitación de las trabajadoras de la confección'
G310_1 = ('310.1', 'Realizar visitas de orientación en talleres de confección sobre seguridad e higiene', 'Número de talleres visitados y trabajadoras orientadas', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE')
G310_2 = ('310.2', 'Otorgar apoyos para la adquisición de maquinaria a costureras organizadas en cooperativas', 'Número de apoyos otorgados', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE')
G313_1 = ('313.1', 'Impartir cursos de corte, confección y patronaje con constancia de competencia laboral', 'Número de trabajadoras certificadas', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT')
G313_2 = ('313.2', 'Brindar asesoría jurídica gratuita a costureras en conflictos por pago a destajo', 'Número de asesorías y de juicios iniciados', 'Junta Local de Conciliación y Arbitraje del Distrito Federal', 'JLCA')
CO_SE = ('Lucía Bermúdez Zavala', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
CO_ATT = [
    ('Enrique Solano Mejía', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE', IE, 'Director de Inspección del Trabajo'),
    ('Dolores Hinojosa Rangel', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo del Distrito Federal', 'STYFE', IE, 'Subdirectora de Economía Social'),
    ('Ricardo Alanís Portillo', 'Ing.', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT', IE, 'Coordinador Académico'),
    ('Martha Elena Guízar Ponce', 'Lic.', 'Junta Local de Conciliación y Arbitraje del Distrito Federal', 'JLCA', IE, 'Auxiliar de la Procuraduría de la Defensa del Trabajo'),
    ('Evangelina Rojas Chávez', 'C.', 'Sindicato Nacional de Trabajadoras de la Costura "19 de Septiembre"', None, SC, 'Secretaria de Organización'),
    ('Reyna Cuevas Mendoza', 'C.', 'Cooperativa Hilos de San Andrés Tetepilco', None, SC, 'Socia'),
    CO_SE]
acta(stem='blind-ai-costureras-09-2014-03-26', layout='AI5', esp='costureras',
     body=CO_BODY, number=9, date='2014-03-26', start='10:00', end='12:30', place=CO_PLACE, coordinator=CO_COORD,
     attendance=CO_ATT, split='310.1',
     strategies=[
         S(310, T310,
           [G(*G310_1, ['En enero se visitaron 26 talleres familiares en la Delegación Iztapalapa y se orientó a 148 trabajadoras.',
                        'En febrero se visitaron 19 talleres en la Delegación Gustavo A. Madero y se orientó a 82 trabajadoras, para un total de 230 trabajadoras orientadas.'], cifra='230 trabajadoras'),
            G(*G310_2, ['Se otorgaron 17 apoyos para maquinaria industrial a cooperativas de costureras de Iztapalapa.'], cifra='17 apoyos')],
           [(26, 'talleres familiares', '310.1', 'En enero se visitaron 26 talleres familiares en la Delegación Iztapalapa'),
            (148, 'trabajadoras', '310.1', 'se orientó a 148 trabajadoras'),
            (19, 'talleres', '310.1', 'En febrero se visitaron 19 talleres en la Delegación Gustavo A. Madero'),
            (82, 'trabajadoras', '310.1', 'se orientó a 82 trabajadoras'),
            (230, 'trabajadoras orientadas', '310.1', 'para un total de 230 trabajadoras orientadas'),
            (17, 'apoyos para maquinaria industrial', '310.2', 'Se otorgaron 17 apoyos para maquinaria industrial')],
           [('Se reconoce que el informe detalla talleres visitados y trabajadoras orientadas por delegación, como pide el indicador.', 'retroalimentacion', '310.1', 'avance', 'SE'),
            ('Las visitas de orientación no son inspecciones: los talleres siguen pagando por pieza y nadie revisa las jornadas.', 'observacion', '310.1', 'cuestiona', 'Evangelina Rojas Chávez')]),
         S(313, T313,
           [G(*G313_1, ['Se impartieron 4 cursos de patronaje industrial con 96 participantes, de las cuales 71 obtuvieron constancia de competencia laboral.'], cifra='71 trabajadoras certificadas'),
            G(*G313_2, None, 'No presentó información.', cifra='—')],
           [(4, 'cursos de patronaje industrial', '313.1', 'Se impartieron 4 cursos de patronaje industrial con 96 participantes'),
            (96, 'participantes', '313.1', 'Se impartieron 4 cursos de patronaje industrial con 96 participantes'),
            (71, 'participantes', '313.1', 'de las cuales 71 obtuvieron constancia de competencia laboral')],
           [('Es necesario que la Junta Local informe sobre las asesorías otorgadas; sin ese dato no puede valorarse la meta 313.2.', 'retroalimentacion', '313.2', 'solicita_datos', 'SE'),
            ('La Junta señala que sus registros no distinguen el oficio de la persona trabajadora, por lo que no puede identificar a las costureras.', 'observacion', '313.2', 'instancia', 'Martha Elena Guízar Ponce'),
            ('Los cursos son en horario de taller; las socias que cosen a destajo no pueden perder un día de trabajo.', 'observacion', '313.1', 'cuestiona', 'Reyna Cuevas Mendoza')])],
     agreements=[A('La Junta Local de Conciliación y Arbitraje presentará el informe de la meta 313.2 en la décima sesión.', [], 'Junta Local de Conciliación y Arbitraje'),
                 A('El Instituto de Capacitación para el Trabajo explorará un horario sabatino para los cursos de patronaje.', [], 'Instituto de Capacitación para el Trabajo'),
                 A('La décima sesión ordinaria se realizará el miércoles 28 de mayo de 2014 a las 10:00 horas en el auditorio de la Secretaría de Trabajo.', ['2014-05-28'], None, True)],
     next={'date': '2014-05-28', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='report table: Instancia ejecutora merged (vMerge / rowspan) over the rows of the goals it answers for; goal 310.1 in two rows with its "Cifra reportada" merged over both; Chromium PDF from the HTML twin')
CO_ATT2 = CO_ATT[:4] + [
    ('Jacinto Villalobos Ferrer', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', OT, 'Gerente de Crédito')] + CO_ATT[4:6] + [
    ('Amparo Leyva Estrada', 'C.', 'Colectivo Costureras en Lucha de Tepito', None, SC, 'Integrante'),
    CO_SE]
acta(stem='blind-ai-costureras-10-2014-05-28', layout='AI5', esp='costureras',
     body=CO_BODY, number=10, date='2014-05-28', start='10:00', end='12:15', place=CO_PLACE, coordinator=CO_COORD,
     attendance=CO_ATT2, split='313.2',
     strategies=[
         S(310, T310,
           [G(*G310_1, ['Se visitaron 33 talleres en las delegaciones Iztacalco y Venustiano Carranza y se orientó a 157 trabajadoras.'], cifra='157 trabajadoras'),
            G(*G310_2, None, 'No presentó información.', cifra='—')],
           [(33, 'talleres', '310.1', 'Se visitaron 33 talleres en las delegaciones Iztacalco y Venustiano Carranza'),
            (157, 'trabajadoras', '310.1', 'se orientó a 157 trabajadoras')],
           [('El informe repite la acción de orientación; es necesario que la Secretaría de Trabajo empiece a realizar inspecciones en los talleres.', 'retroalimentacion', '310.1', 'exhorta', 'SE'),
            ('El FONDESO propone coordinarse con la Secretaría de Trabajo para ofrecer créditos de maquinaria a las cooperativas que no recibieron apoyo.', 'observacion', '310.2', 'instancia', 'Jacinto Villalobos Ferrer')]),
         S(313, T313,
           [G(*G313_1, ['Se abrió un grupo sabatino con 28 participantes; en el periodo se certificaron 44 trabajadoras.'], cifra='44 trabajadoras certificadas'),
            G(*G313_2, ['La Procuraduría de la Defensa del Trabajo brindó 63 asesorías a trabajadoras de la confección.',
                        'De ellas derivaron 21 demandas por pago de salarios y 9 convenios de conciliación.'], cifra='63 asesorías')],
           [(28, 'participantes', '313.1', 'Se abrió un grupo sabatino con 28 participantes'),
            (44, 'trabajadoras', '313.1', 'en el periodo se certificaron 44 trabajadoras'),
            (63, 'asesorías', '313.2', 'brindó 63 asesorías a trabajadoras de la confección'),
            (21, 'demandas por pago de salarios', '313.2', 'De ellas derivaron 21 demandas por pago de salarios y 9 convenios de conciliación'),
            (9, 'convenios de conciliación', '313.2', 'De ellas derivaron 21 demandas por pago de salarios y 9 convenios de conciliación')],
           [('Se reconoce que el Instituto atendió el acuerdo sobre el horario sabatino.', 'retroalimentacion', '313.1', 'avance', 'SE'),
            ('El indicador pide juicios iniciados y la Junta reporta demandas y convenios; conviene precisar la correspondencia entre meta e indicador.', 'retroalimentacion', '313.2', 'diseno_meta', 'SE'),
            ('Las demandas tardan más de un año y las compañeras terminan aceptando cualquier convenio.', 'observacion', '313.2', 'cuestiona', 'Amparo Leyva Estrada')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo informará sobre la meta 310.2 y sobre las inspecciones realizadas en la undécima sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('El FONDESO y la Secretaría de Trabajo presentarán una propuesta conjunta de créditos para maquinaria antes del 30 de junio de 2014.', ['2014-06-30'], 'FONDESO y la Secretaría de Trabajo'),
                 A('La undécima sesión ordinaria se realizará el miércoles 23 de julio de 2014 a las 10:00 horas.', ['2014-07-23'], None, True)],
     next={'date': '2014-07-23', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='report table with vMerge executor and a "Cifra reportada" cell merged over the two rows of goal 313.2; Chromium PDF')

# ================================================================ AI6 colectivos (Google Docs export, Chromium PDF, 2024)
CL_BODY = 'Derecho a la Movilidad: Personas Usuarias y Operadoras del Transporte Colectivo Concesionado'
CL_COORD = ('Fabiola Ruvalcaba Nieto', 'Coordinadora del Espacio de Participación')
CL_PLACE = 'Reunión híbrida: sala 2 de la Secretaría Ejecutiva y plataforma Google Meet'
T556 = 'Garantizar condiciones de trabajo dignas a las personas operadoras del transporte colectivo concesionado'
T559 = 'Prevenir y atender la violencia sexual contra mujeres usuarias del transporte colectivo concesionado'
G556_1 = ('556.1', 'Capacitar a personas operadoras en conducción segura y trato digno a personas usuarias', 'Número de personas operadoras capacitadas', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI')
G556_2 = ('556.2', 'Promover la afiliación de personas operadoras a la seguridad social', 'Número de personas operadoras afiliadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G559_1 = ('559.1', 'Instalar botones de auxilio y cámaras enlazadas al C5 en unidades concesionadas', 'Número de unidades equipadas respecto del parque vehicular', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI')
G559_2 = ('559.2', 'Sensibilizar a personas operadoras sobre acoso sexual y ruta de atención a víctimas', 'Número de personas operadoras sensibilizadas', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX')
CL_SE = ('Samuel Barrientos Ocampo', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
CL_ATT = [
    ('Laura Patricia Iñiguez Soto', 'Lic.', 'Secretaría de Movilidad de la Ciudad de México', 'SEMOVI', IE, 'Directora de Transporte Concesionado'),
    ('Gustavo Heredia Linares', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector de Previsión Social'),
    ('Claudia Ivonne Serna Robledo', 'Mtra.', 'Secretaría de las Mujeres de la Ciudad de México', 'INMUJERES-CDMX', IE, 'Coordinadora de Prevención de la Violencia'),
    ('Pedro Alcántara Zúñiga', 'C.', 'Ruta 12 Tacuba–Chapultepec, A.C.', None, SC, 'Presidente'),
    ('Mayra Ontiveros Gil', 'C.', 'Colectiva Viajemos Seguras', None, SC, 'Integrante'),
    ('Hugo Salgado Tirado', 'Lic.', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', OT, 'Jefe de Unidad de Movilidad'),
    CL_SE]
acta(stem='blind-ai-colectivos-11-2024-02-14', layout='AI6', esp='colectivos',
     body=CL_BODY, number=11, date='2024-02-14', start='10:00', end='12:10', place=CL_PLACE, coordinator=CL_COORD,
     attendance=CL_ATT,
     strategies=[
         S(556, T556,
           [G(*G556_1, ['Se capacitó a 2,140 personas operadoras de 38 rutas en el curso de conducción segura y trato digno, de 20 horas de duración.']),
            G(*G556_2, None, 'No se presentó informe.')],
           [(2140, 'personas operadoras', '556.1', 'Se capacitó a 2,140 personas operadoras de 38 rutas'),
            (38, 'rutas', '556.1', 'Se capacitó a 2,140 personas operadoras de 38 rutas'),
            (20, 'horas', '556.1', 'de 20 horas de duración')],
           [('El informe presenta el número de personas operadoras capacitadas, lo que corresponde al indicador de la meta.', 'retroalimentacion', '556.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Trabajo reporte las acciones de afiliación y el número de personas operadoras afiliadas.', 'retroalimentacion', '556.2', 'solicita_datos', 'SE'),
            ('Nadie afilia a los choferes porque no tienen patrón reconocido: el concesionario dice que son independientes.', 'observacion', '556.2', 'cuestiona', 'Pedro Alcántara Zúñiga')]),
         S(559, T559,
           [G(*G559_1, ['Se equiparon 1,860 unidades con botón de auxilio y 2 cámaras enlazadas al C5, lo que representa el 31 por ciento del parque vehicular.']),
            G(*G559_2, ['Se realizaron 45 pláticas de sensibilización con 1,125 personas operadoras.'])],
           [(1860, 'unidades', '559.1', 'Se equiparon 1,860 unidades con botón de auxilio'),
            (2, 'cámaras', '559.1', 'y 2 cámaras enlazadas al C5'),
            (31, 'por ciento', '559.1', 'lo que representa el 31 por ciento del parque vehicular'),
            (45, 'pláticas de sensibilización', '559.2', 'Se realizaron 45 pláticas de sensibilización con 1,125 personas operadoras'),
            (1125, 'personas operadoras', '559.2', 'Se realizaron 45 pláticas de sensibilización con 1,125 personas operadoras')],
           [('Se solicita informar cuántas activaciones de botón de auxilio se registraron y cómo fueron atendidas.', 'retroalimentacion', '559.1', 'solicita_datos', 'SE'),
            ('La Secretaría de las Mujeres pide que las rutas faciliten sus bases para dar las pláticas, pues los operadores no pueden dejar la unidad.', 'observacion', '559.2', 'instancia', 'Claudia Ivonne Serna Robledo')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo presentará el informe de la meta 556.2 en la duodécima sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Secretaría de Movilidad solicitará al C5 el número de activaciones de botón de auxilio en unidades concesionadas antes del 15 de marzo de 2024.', ['2024-03-15'], 'Secretaría de Movilidad'),
                 A('La duodécima sesión ordinaria se realizará el miércoles 17 de abril de 2024 a las 10:00 horas, en modalidad híbrida.', ['2024-04-17'], None, True)],
     next={'date': '2024-04-17', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Google Docs export: no named styles, explicit run formatting, bold paragraphs as headings, ●/○ bullets via numPr, light-grey fixed tables, NBSP after "Meta", empty spacer paragraphs; Chromium PDF from the HTML twin')
CL_ATT2 = CL_ATT[:3] + [
    ('Iván Morales Trejo', 'Subinspector', 'Secretaría de Seguridad Ciudadana de la Ciudad de México', 'SSPCDMX', OT, 'Unidad de Seguridad en el Transporte')] + CL_ATT[3:5] + [
    ('Rogelio Ceballos Nájera', 'C.', 'Frente de Operadores del Transporte Colectivo del Oriente', None, SC, 'Secretario'),
    CL_ATT[5], CL_SE]
acta(stem='blind-ai-colectivos-12-2024-04-17', layout='AI6', esp='colectivos',
     body=CL_BODY, number=12, date='2024-04-17', start='10:00', end='12:25', place=CL_PLACE, coordinator=CL_COORD,
     attendance=CL_ATT2,
     strategies=[
         S(556, T556,
           [G(*G556_1, ['En el periodo se capacitó a 960 personas operadoras adicionales; 112 de ellas son mujeres.']),
            G(*G556_2, ['Se realizaron 6 jornadas de afiliación voluntaria al IMSS en bases de ruta, en las que se afiliaron 287 personas operadoras.'])],
           [(960, 'personas operadoras', '556.1', 'se capacitó a 960 personas operadoras adicionales'),
            (112, 'personas operadoras', '556.1', '112 de ellas son mujeres'),
            (6, 'jornadas de afiliación voluntaria', '556.2', 'Se realizaron 6 jornadas de afiliación voluntaria al IMSS en bases de ruta'),
            (287, 'personas operadoras', '556.2', 'en las que se afiliaron 287 personas operadoras')],
           [('Se reconoce que la Secretaría de Trabajo atendió el acuerdo y reporta personas operadoras afiliadas.', 'retroalimentacion', '556.2', 'avance', 'SE'),
            ('La afiliación voluntaria corre a cargo de la persona operadora; se pregunta si eso es trabajo digno o sólo trasladar el costo.', 'observacion', '556.2', 'cuestiona', 'Rogelio Ceballos Nájera')]),
         S(559, T559,
           [G(*G559_1, ['El C5 registró 214 activaciones de botón de auxilio, de las cuales 63 correspondieron a situaciones de acoso sexual.']),
            G(*G559_2, None, 'No se presentó informe.')],
           [(214, 'activaciones de botón de auxilio', '559.1', 'El C5 registró 214 activaciones de botón de auxilio'),
            (63, 'activaciones de botón de auxilio', '559.1', 'de las cuales 63 correspondieron a situaciones de acoso sexual')],
           [('El dato de activaciones es útil, pero no corresponde al indicador de la meta, que mide unidades equipadas respecto del parque vehicular.', 'retroalimentacion', '559.1', 'desalineado', 'SE'),
            ('Sería oportuno que a la próxima sesión asista personal del C5 que pueda explicar la atención de las activaciones.', 'retroalimentacion', '559.1', 'proceso', 'SE'),
            ('La Secretaría de Seguridad Ciudadana señala que la atención de las activaciones corresponde al C5 y no a la policía de tránsito.', 'observacion', '559.1', 'instancia', 'Iván Morales Trejo')])],
     agreements=[A('La Secretaría de las Mujeres enviará el informe de la meta 559.2 a la Secretaría Ejecutiva a más tardar el 10 de mayo de 2024.', ['2024-05-10'], 'Secretaría de las Mujeres'),
                 A('La Secretaría Ejecutiva invitará al C5 a la decimotercera sesión para la revisión de la estrategia 559.', [], 'Secretaría Ejecutiva'),
                 A('La decimotercera sesión ordinaria se realizará el miércoles 12 de junio de 2024 a las 10:00 horas, en modalidad híbrida.', ['2024-06-12'], None, True)],
     next={'date': '2024-06-12', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Google Docs export; Chromium PDF')
