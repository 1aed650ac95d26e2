# -*- coding: utf-8 -*-
# Batch AK content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
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


# ================================================================ AK2 canteros (reports grouped by institution, 2015)
CA_BODY = 'Derecho al Trabajo: Canteros y Labradores de Piedra de la Sierra de Santa Catarina'
CA_COORD = ('Yolanda Carrasco Beltrán', 'Coordinadora del Espacio de Participación')
CA_PLACE = 'Casa de Cultura de San Lorenzo Tezonco, Delegación Iztapalapa'
T433 = 'Mejorar las condiciones de seguridad e higiene en los bancos de cantera y en los talleres de labrado'
T436 = 'Promover la comercialización de las piezas de cantera labrada y el acceso a financiamiento'
STYFE = 'Secretaría de Trabajo y Fomento al Empleo'
SEDECO = 'Secretaría de Desarrollo Económico'
G433_1 = ('433.1', 'Capacitar a las personas canteras en prevención de riesgos y uso de equipo de protección personal',
          'Número de personas capacitadas y de equipos de protección entregados', STYFE, 'STYFE')
G433_2 = ('433.2', 'Realizar visitas de inspección de condiciones de seguridad en los bancos de material en operación',
          'Número de bancos inspeccionados respecto de los registrados', STYFE, 'STYFE')
G436_1 = ('436.1', 'Otorgar microcréditos a talleres familiares de labrado de cantera',
          'Número de créditos otorgados y monto ejercido', SEDECO, 'SEDECO')
G436_2 = ('436.2', 'Organizar ferias de venta directa de piezas de cantera en espacios públicos',
          'Número de ferias realizadas y piezas vendidas', SEDECO, 'SEDECO')
CA_SE = ('Rodrigo Anaya Villalobos', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace del Espacio')
CA_ATT = [
    ('Gustavo Pineda Arellano', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector de Seguridad e Higiene'),
    ('Marisol Herrera Cuevas', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Unidad de Fomento'),
    ('Alfonso Zúñiga Prado', 'Ing.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Director de Desarrollo Económico'),
    ('Juventino Olvera Cruz', 'C.', 'Sociedad Cooperativa de Canteros de Santa Catarina', None, SC, 'Presidente'),
    ('Eloísa Mendieta Flores', 'C.', 'Taller Familiar Piedra Viva', None, SC, 'Integrante'),
    ('Ramiro Castañón Luna', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesor investigador'),
    CA_SE]
acta(stem='blind-ak-canteros-05-2015-03-18', layout='AK2', esp='canteros',
     body=CA_BODY, number=5, date='2015-03-18', start='10:00', end='12:35', place=CA_PLACE, coordinator=CA_COORD, attendance=CA_ATT,
     # groups: institution heading -> list of (goal ids, lead) ; the report of each goal is its clause
     groups=[('Secretaría de Trabajo y Fomento al Empleo', [(['433.1'], 'Respecto de la meta 433.1, '), (['433.2'], 'en cuanto a la 433.2, ')]),
             ('Secretaría de Desarrollo Económico', [(['436.1', '436.2'], 'Respecto de las metas 436.1 y 436.2, ')])],
     strategies=[
         S(433, T433,
           [G(*G433_1, ['se impartieron 6 talleres de prevención de riesgos a 142 personas canteras de los bancos de San Lorenzo Tezonco y Santa Catarina Yecahuizotl, y se entregaron 90 equipos de protección personal (casco, lentes, mascarilla y guantes)']),
            G(*G433_2, None, 'no se contó con información')],
           [(6, 'talleres de prevención de riesgos', '433.1', 'se impartieron 6 talleres de prevención de riesgos a 142 personas canteras'),
            (142, 'personas canteras', '433.1', 'se impartieron 6 talleres de prevención de riesgos a 142 personas canteras'),
            (90, 'equipos de protección personal', '433.1', 'se entregaron 90 equipos de protección personal')],
           [('Se reconoce que el informe precisa cuántas personas fueron capacitadas y cuántos equipos se entregaron, lo que permite valorar el avance de la meta.', 'retroalimentacion', '433.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría inicie las visitas de inspección a los bancos de material que mandata la meta e informe cuántos bancos están registrados.', 'retroalimentacion', '433.2', 'exhorta', 'SE'),
            ('Los talleres se dieron en horario de trabajo y muchos compañeros no pudieron asistir; el equipo que se entregó no alcanza para todos los bancos.', 'observacion', '433.1', 'cuestiona', 'Juventino Olvera Cruz')]),
         S(436, T436,
           [G(*G436_1, ['el Fondo para el Desarrollo Social otorgó 37 microcréditos a talleres familiares de labrado por un monto de 555,000 pesos, y se realizaron 2 ferias de cantera en la explanada delegacional, en las que se vendieron 184 piezas']),
            G(*G436_2, ['el Fondo para el Desarrollo Social otorgó 37 microcréditos a talleres familiares de labrado por un monto de 555,000 pesos, y se realizaron 2 ferias de cantera en la explanada delegacional, en las que se vendieron 184 piezas'])],
           [(37, 'microcréditos', '436.1', 'el Fondo para el Desarrollo Social otorgó 37 microcréditos a talleres familiares de labrado por un monto de 555,000 pesos'),
            (555000, 'pesos', '436.1', 'el Fondo para el Desarrollo Social otorgó 37 microcréditos a talleres familiares de labrado por un monto de 555,000 pesos'),
            (2, 'ferias de cantera', '436.2', 'se realizaron 2 ferias de cantera en la explanada delegacional'),
            (184, 'piezas', '436.2', 'en las que se vendieron 184 piezas')],
           [('Se solicita desagregar cuántos microcréditos correspondieron a talleres encabezados por mujeres y el monto promedio por taller.', 'retroalimentacion', '436.1', 'solicita_datos', 'SE'),
            ('La Secretaría de Desarrollo Económico señala que el padrón de talleres lo lleva la Delegación y que sin él no puede focalizar los créditos.', 'observacion', '436.1', 'instancia', 'Marisol Herrera Cuevas')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo presentará el programa de visitas de inspección de la meta 433.2 en la próxima sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Delegación Iztapalapa compartirá con la Secretaría de Desarrollo Económico el padrón de talleres de labrado antes del 30 de abril de 2015.', ['2015-04-30'], 'Delegación Iztapalapa'),
                 A('La sexta sesión ordinaria se llevará a cabo el miércoles 20 de mayo de 2015 a las 10:00 horas, en la misma sede.', ['2015-05-20'], None, True)],
     next={'date': '2015-05-20', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reports grouped by institution after the goals list: one heading per institution, one paragraph reporting on several goals; a joint clause for 436.1 and 436.2 is the report of both; LibreOffice PDF')
CA_ATT2 = CA_ATT[:2] + [
    ('Hilda Saucedo Ramos', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Coordinadora de Financiamiento')] + CA_ATT[2:5] + [
    ('Crispín Aguilar Tovar', 'C.', 'Unión de Labradores de Cantera de Tláhuac', None, SC, 'Secretario'),
    CA_ATT[5], CA_SE]
acta(stem='blind-ak-canteros-06-2015-05-20', layout='AK2', esp='canteros',
     body=CA_BODY, number=6, date='2015-05-20', start='10:00', end='12:50', place=CA_PLACE, coordinator=CA_COORD, attendance=CA_ATT2,
     groups=[('Secretaría de Trabajo y Fomento al Empleo', [(['433.1', '433.2'], 'Respecto de las metas 433.1 y 433.2, ')]),
             ('Secretaría de Desarrollo Económico', [(['436.2'], 'En relación con la meta 436.2, '), (['436.1'], 'sobre la 436.1, ')])],
     strategies=[
         S(433, T433,
           [G(*G433_1, ['se realizaron 14 visitas de inspección a bancos de material, en las que se detectaron 5 bancos sin señalización de zonas de riesgo, y se capacitó en el sitio a 63 trabajadores']),
            G(*G433_2, ['se realizaron 14 visitas de inspección a bancos de material, en las que se detectaron 5 bancos sin señalización de zonas de riesgo, y se capacitó en el sitio a 63 trabajadores'])],
           [(14, 'visitas de inspección', '433.2', 'se realizaron 14 visitas de inspección a bancos de material'),
            (5, 'bancos sin señalización de zonas de riesgo', '433.2', 'en las que se detectaron 5 bancos sin señalización de zonas de riesgo'),
            (63, 'trabajadores', '433.1', 'se capacitó en el sitio a 63 trabajadores')],
           [('Se reconoce que la Secretaría atendió el acuerdo de la sesión anterior e inició las visitas de inspección a los bancos de material.', 'retroalimentacion', '433.2', 'avance', 'SE'),
            ('Las visitas, por sí solas, no dan cumplimiento a la meta: falta informar qué medidas se ordenaron en los 5 bancos sin señalización y si se corrigieron.', 'retroalimentacion', '433.2', 'insuficiente', 'SE'),
            ('Se pide que las visitas no terminen en clausuras, porque de los bancos viven familias enteras.', 'observacion', '433.2', 'cuestiona', 'Crispín Aguilar Tovar')]),
         S(436, T436,
           [G(*G436_1, None, 'no se recibió información del Fondo para el Desarrollo Social'),
            G(*G436_2, ['se llevó a cabo la Feria de la Cantera en el Jardín Hidalgo de Coyoacán, con la participación de 28 talleres y ventas por 212,400 pesos'])],
           [(28, 'talleres', '436.2', 'con la participación de 28 talleres y ventas por 212,400 pesos'),
            (212400, 'pesos', '436.2', 'con la participación de 28 talleres y ventas por 212,400 pesos')],
           [('Se sugiere que el Fondo para el Desarrollo Social acuda directamente a las sesiones, ya que es el área que opera los créditos.', 'retroalimentacion', '436.1', 'proceso', 'SE'),
            ('La Secretaría de Desarrollo Económico se compromete a gestionar un segundo espacio de venta para el mes de agosto.', 'observacion', '436.2', 'instancia', 'Marisol Herrera Cuevas')])],
     agreements=[A('El Fondo para el Desarrollo Social de la Ciudad de México enviará a la Secretaría Ejecutiva el informe de la meta 436.1 a más tardar el 12 de junio de 2015.', ['2015-06-12'], 'Fondo para el Desarrollo Social de la Ciudad de México'),
                 A('La Secretaría de Trabajo y Fomento al Empleo informará las medidas ordenadas en los bancos de material inspeccionados.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La séptima sesión ordinaria se celebrará el miércoles 15 de julio de 2015 a las 10:00 horas.', ['2015-07-15'], None, True)],
     next={'date': '2015-07-15', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='reports grouped by institution; a joint clause for 433.1 and 433.2 is the report of both; 436.1 "no se recibió información"; LibreOffice PDF')


# ================================================================ AK6 relojeros (follow-up of earlier agreements, 2017)
RE_BODY = 'Derecho al Trabajo: Relojeros y Oficios de Reparación del Centro Histórico'
RE_COORD = ('Maricela Iturbide Ponce', 'Coordinadora del Espacio de Participación')
RE_PLACE = 'Sala de juntas de la Secretaría Ejecutiva, calle General Prim número 4, colonia Centro, Delegación Cuauhtémoc'
T372 = 'Preservar los oficios tradicionales de reparación mediante la formación de nuevas generaciones'
T375 = 'Garantizar la permanencia de los talleres de oficios tradicionales en los locales del Centro Histórico'
G372_1 = ('372.1', 'Impartir cursos de relojería y reparación de instrumentos de precisión con certificación de competencias',
          'Número de personas egresadas con constancia de competencias', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT')
G372_2 = ('372.2', 'Otorgar becas de aprendizaje en talleres de maestros relojeros',
          'Número de becas otorgadas y permanencia de las personas becarias', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G375_1 = ('375.1', 'Establecer un programa de regularización de locales de oficios tradicionales ante la autoridad delegacional',
          'Número de talleres regularizados respecto de los identificados', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
G375_2 = ('375.2', 'Suspender las visitas de verificación con fines de clausura a talleres en proceso de regularización',
          'Número de talleres en regularización que recibieron visita de verificación', 'Instituto de Verificación Administrativa de la Ciudad de México', 'INVEA')
RE_SE = ('Tomás Villaseñor Ortega', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')
RE_ATT = [
    ('Araceli Domínguez Robles', 'Lic.', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT', IE, 'Coordinadora de Vinculación'),
    ('Héctor Manuel Osorio Gil', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Capacitación para el Empleo'),
    ('Verónica Salgado Urbina', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Subdirectora de Licencias de Funcionamiento'),
    ('Fidel Cortés Magaña', 'Lic.', 'Instituto de Verificación Administrativa de la Ciudad de México', 'INVEA', IE, 'Subdirector de Verificación'),
    ('Eusebio Larios Pacheco', 'C.', 'Asociación de Relojeros del Centro Histórico', None, SC, 'Presidente'),
    ('Guadalupe Tinoco Armenta', 'C.', 'Colectivo Oficios Vivos', None, SC, 'Coordinadora'),
    RE_SE]
RE_PREV9 = [('La Secretaría Ejecutiva enviará a las instancias ejecutoras la matriz de indicadores de las estrategias 372 y 375.', 'Secretaría Ejecutiva', 'Cumplido'),
            ('La Delegación Cuauhtémoc presentará el censo de talleres de oficios tradicionales del perímetro A del Centro Histórico.', 'Delegación Cuauhtémoc', 'En proceso'),
            ('El Instituto de Verificación Administrativa designará a una persona enlace para el Espacio.', 'Instituto de Verificación Administrativa', 'Pendiente'),
            ('La novena sesión ordinaria se celebrará el miércoles 23 de agosto de 2017 a las 10:00 horas.', 'Coordinación del Espacio', 'Cumplido')]
acta(stem='blind-ak-relojeros-09-2017-08-23', layout='AK6', esp='relojeros',
     body=RE_BODY, number=9, date='2017-08-23', start='10:00', end='12:30', place=RE_PLACE, coordinator=RE_COORD, attendance=RE_ATT,
     prev=RE_PREV9,
     strategies=[
         S(372, T372,
           [G(*G372_1, ['Se impartieron 3 cursos de relojería básica de 120 horas cada uno; concluyeron 41 personas, de las cuales 33 obtuvieron constancia de competencias.']),
            G(*G372_2, None, 'No reportó.')],
           [(3, 'cursos de relojería básica', '372.1', 'Se impartieron 3 cursos de relojería básica de 120 horas cada uno'),
            (120, 'horas', '372.1', 'Se impartieron 3 cursos de relojería básica de 120 horas cada uno'),
            (41, 'personas', '372.1', 'concluyeron 41 personas'),
            (33, 'personas', '372.1', 'de las cuales 33 obtuvieron constancia de competencias')],
           [('El informe permite conocer cuántas personas concluyeron los cursos y cuántas obtuvieron constancia, lo que corresponde al indicador.', 'retroalimentacion', '372.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Trabajo ponga en marcha las becas de aprendizaje que mandata la meta, en coordinación con los talleres de maestros relojeros.', 'retroalimentacion', '372.2', 'exhorta', 'SE'),
            ('Los cursos enseñan a cambiar pilas y extensibles, no a reparar maquinaria mecánica, que es el oficio que se está perdiendo.', 'observacion', '372.1', 'cuestiona', 'Eusebio Larios Pacheco')]),
         S(375, T375,
           [G(*G375_1, ['Se identificaron 86 talleres de oficios tradicionales en el perímetro A; 19 iniciaron trámite de regularización y 7 obtuvieron aviso de funcionamiento.']),
            G(*G375_2, ['Se instruyó al personal verificador para no ejecutar clausuras en los talleres que acrediten trámite de regularización en curso.'])],
           [(86, 'talleres de oficios tradicionales', '375.1', 'Se identificaron 86 talleres de oficios tradicionales en el perímetro A'),
            (19, 'talleres', '375.1', '19 iniciaron trámite de regularización'),
            (7, 'talleres', '375.1', '7 obtuvieron aviso de funcionamiento')],
           [('Se requiere que el Instituto informe cuántas visitas de verificación se realizaron a talleres en regularización y en cuántas se suspendió la clausura.', 'retroalimentacion', '375.2', 'solicita_datos', 'SE'),
            ('La Delegación Cuauhtémoc señala que muchos talleres ocupan accesorias sin contrato de arrendamiento, lo que impide completar la regularización.', 'observacion', '375.1', 'instancia', 'Verónica Salgado Urbina')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo presentará los lineamientos de las becas de aprendizaje de la meta 372.2 en la décima sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('El Instituto de Verificación Administrativa enviará a la Secretaría Ejecutiva el número de visitas a talleres en regularización antes del 29 de septiembre de 2017.', ['2017-09-29'], 'Instituto de Verificación Administrativa'),
                 A('La décima sesión ordinaria se realizará el miércoles 25 de octubre de 2017 a las 10:00 horas.', ['2017-10-25'], None, True)],
     next={'date': '2017-10-25', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='a follow-up table of the previous session\'s agreements (No. | Acuerdo | Responsable | Estatus) before this session\'s agreements; the earlier agreements are gold nowhere; LibreOffice PDF')
RE_ATT2 = RE_ATT[:4] + [
    ('Ernesto Bañuelos Quiroz', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Abasto y Comercio')] + RE_ATT[4:6] + [
    ('Isidro Manjarrez Leal', 'C.', 'Gremio de Afiladores y Reparadores de Paraguas', None, SC, 'Representante'),
    RE_SE]
acta(stem='blind-ak-relojeros-10-2017-10-25', layout='AK6', esp='relojeros',
     body=RE_BODY, number=10, date='2017-10-25', start='10:00', end='12:15', place=RE_PLACE, coordinator=RE_COORD, attendance=RE_ATT2,
     prev=[('La Secretaría de Trabajo y Fomento al Empleo presentará los lineamientos de las becas de aprendizaje de la meta 372.2 en la décima sesión.', 'Secretaría de Trabajo y Fomento al Empleo', 'Cumplido'),
           ('El Instituto de Verificación Administrativa enviará a la Secretaría Ejecutiva el número de visitas a talleres en regularización antes del 29 de septiembre de 2017.', 'Instituto de Verificación Administrativa', 'En proceso'),
           ('La décima sesión ordinaria se realizará el miércoles 25 de octubre de 2017 a las 10:00 horas.', 'Coordinación del Espacio', 'Cumplido')],
     strategies=[
         S(372, T372,
           [G(*G372_1, ['Inició un curso de reparación de relojes mecánicos con 18 personas inscritas, impartido en el taller de un maestro relojero de la calle de Bolívar.']),
            G(*G372_2, ['Se publicaron los lineamientos del subprograma de becas de aprendizaje y se otorgaron 12 becas de 3 meses a jóvenes aprendices.'])],
           [(18, 'personas inscritas', '372.1', 'Inició un curso de reparación de relojes mecánicos con 18 personas inscritas'),
            (12, 'becas', '372.2', 'se otorgaron 12 becas de 3 meses a jóvenes aprendices'),
            (3, 'meses', '372.2', 'se otorgaron 12 becas de 3 meses a jóvenes aprendices')],
           [('Se reconoce que el curso atiende la observación de la sociedad civil sobre la relojería mecánica.', 'retroalimentacion', '372.1', 'avance', 'SE'),
            ('Es necesario informar el monto de las becas y cuántas personas becarias permanecen en los talleres al término de los 3 meses, como lo pide el indicador.', 'retroalimentacion', '372.2', 'solicita_datos', 'SE'),
            ('La Secretaría de Trabajo pide que la Secretaría Ejecutiva le haga llegar por oficio las observaciones sobre los lineamientos antes de la siguiente convocatoria.', 'observacion', '372.2', 'instancia', 'Héctor Manuel Osorio Gil')]),
         S(375, T375,
           [G(*G375_1, ['Se han regularizado 11 talleres más, para un total de 18 talleres con aviso de funcionamiento.']),
            G(*G375_2, None, 'No reportó.')],
           [(11, 'talleres', '375.1', 'Se han regularizado 11 talleres más'),
            (18, 'talleres con aviso de funcionamiento', '375.1', 'para un total de 18 talleres con aviso de funcionamiento')],
           [('La entrega de avisos de funcionamiento no corresponde por sí sola al indicador; debe reportarse contra el total de 86 talleres identificados.', 'retroalimentacion', '375.1', 'solicita_datos', 'SE'),
            ('Se cuestiona que se hable de regularizar cuando en septiembre se clausuraron dos talleres de afiladores en la calle de Mesones.', 'observacion', '375.2', 'cuestiona', 'Isidro Manjarrez Leal')])],
     agreements=[A('El Instituto de Verificación Administrativa presentará en la undécima sesión el informe de la meta 375.2.', [], 'Instituto de Verificación Administrativa'),
                 A('La Secretaría Ejecutiva remitirá por oficio a la Secretaría de Trabajo y Fomento al Empleo las observaciones a los lineamientos de becas a más tardar el 10 de noviembre de 2017.', ['2017-11-10'], 'Secretaría Ejecutiva'),
                 A('La undécima sesión ordinaria se llevará a cabo el miércoles 13 de diciembre de 2017 a las 10:00 horas.', ['2017-12-13'], None, True)],
     next={'date': '2017-12-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='a follow-up table of the previous session\'s agreements (its texts are those of -09) before this session\'s agreements; the earlier agreements are gold nowhere; LibreOffice PDF')


# ================================================================ AK1 aguadores (versión estenográfica, 2013)
AG_BODY = 'Derecho al Agua: Aguadores y Repartidores de Agua en Colonias sin Red'
AG_COORD = ('Beatriz Olmedo Ríos', 'Coordinadora del Espacio de Participación')
AG_PLACE = 'Auditorio de la Coordinación Territorial San Miguel Teotongo, Delegación Iztapalapa'
T212 = 'Garantizar el abasto de agua potable por pipa a las colonias sin red de distribución con criterios de equidad'
T215 = 'Vigilar la calidad sanitaria del agua que se distribuye en pipas y tambos'
G212_1 = ('212.1', 'Publicar calendarios de reparto de agua por pipa en cada colonia sin red',
          'Número de colonias con calendario de reparto publicado', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G212_2 = ('212.2', 'Sustituir el reparto particular sin control sanitario por reparto gratuito a cargo de la Delegación',
          'Número de viajes de pipa gratuitos realizados por colonia', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
G215_1 = ('215.1', 'Realizar muestreos de cloro residual y coliformes en el agua distribuida por pipas',
          'Número de muestras analizadas y porcentaje dentro de norma', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G215_2 = ('215.2', 'Capacitar a las personas aguadoras en manejo higiénico del agua y limpieza de tambos',
          'Número de personas aguadoras capacitadas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
AG_SE = ('Claudia Berenice Soto Lara', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Secretaria técnica del Espacio')
AG_ATT = [
    ('Ramón Trejo Salas', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirector de Agua Potable'),
    ('Alfredo Nava Cisneros', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Jefe de Unidad de Servicios Urbanos'),
    ('Javier Ortiz Menchaca', 'Lic.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Jefe de Unidad de Salud Ambiental'),
    ('Refugio Galván Ochoa', 'C.', 'Unión de Aguadores de la Sierra de Santa Catarina', None, SC, 'Representante'),
    ('Norma Angélica Tapia Ruiz', 'C.', 'Mujeres por el Agua de Iztapalapa, A.C.', None, SC, 'Coordinadora'),
    ('Samuel Quiroga Delgado', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial del Distrito Federal', 'PAOT', OT, 'Asesor'),
    AG_SE]
AG_SPK = {'Ramón Trejo Salas': 'EL ING. RAMÓN TREJO (SACMEX)', 'Alfredo Nava Cisneros': 'EL LIC. ALFREDO NAVA (DELEGACIÓN IZTAPALAPA)',
          'Javier Ortiz Menchaca': 'EL LIC. JAVIER ORTIZ (SEDESA)', 'Refugio Galván Ochoa': 'EL C. REFUGIO GALVÁN (UNIÓN DE AGUADORES)',
          'Norma Angélica Tapia Ruiz': 'LA C. NORMA ANGÉLICA TAPIA (MUJERES POR EL AGUA)', 'Samuel Quiroga Delgado': 'EL LIC. SAMUEL QUIROGA (PAOT)',
          'Claudia Berenice Soto Lara': 'LA SECRETARIA TÉCNICA', 'Gerardo Ibarra Solano': 'EL C. GERARDO IBARRA (PIPEROS INDEPENDIENTES)',
          'Leticia Moncada Ferrer': 'LA DRA. LETICIA MONCADA (SEDESA)'}
acta(stem='blind-ak-aguadores-03-2013-04-10', layout='AK1', esp='aguadores',
     body=AG_BODY, number=3, date='2013-04-10', start='10:15', end='12:40', place=AG_PLACE, coordinator=AG_COORD, attendance=AG_ATT,
     speakers=AG_SPK,
     strategies=[
         S(212, T212,
           [G(*G212_1, ['En el primer trimestre se publicaron calendarios de reparto en 23 colonias de la Sierra de Santa Catarina, pegados en las coordinaciones territoriales y en las tiendas de las colonias.',
                        'Además se habilitó una línea telefónica para quejas por incumplimiento, que recibió 154 reportes.']),
            G(*G212_2, None, 'No traemos el informe de esta meta; el área de Servicios Urbanos no lo hizo llegar a tiempo.')],
           [(23, 'colonias', '212.1', 'se publicaron calendarios de reparto en 23 colonias de la Sierra de Santa Catarina'),
            (154, 'reportes', '212.1', 'que recibió 154 reportes')],
           [('El informe da cuenta del número de colonias con calendario, que es lo que pide el indicador; se reconoce el avance.', 'retroalimentacion', '212.1', 'avance', 'SE'),
            ('La línea de quejas no corresponde a la meta, que habla de publicar calendarios; se recomienda reportarla en otro apartado.', 'retroalimentacion', '212.1', 'desalineado', 'SE'),
            ('Los calendarios se publican, pero las pipas no llegan el día que dicen; en San Miguel Teotongo pasamos hasta dos semanas sin agua y hay que comprarla al aguador particular.', 'observacion', '212.1', 'cuestiona', 'Norma Angélica Tapia Ruiz')]),
         S(215, T215,
           [G(*G215_1, ['Se tomaron 310 muestras de agua de pipas en 12 colonias; 274 resultaron dentro de la norma de cloro residual y en 9 se detectaron coliformes.']),
            G(*G215_2, ['Se impartieron 4 pláticas de manejo higiénico del agua a las que asistieron 57 personas aguadoras.'])],
           [(310, 'muestras de agua', '215.1', 'Se tomaron 310 muestras de agua de pipas en 12 colonias'),
            (12, 'colonias', '215.1', 'Se tomaron 310 muestras de agua de pipas en 12 colonias'),
            (274, 'muestras de agua', '215.1', '274 resultaron dentro de la norma de cloro residual'),
            (9, 'muestras de agua', '215.1', 'en 9 se detectaron coliformes'),
            (4, 'pláticas de manejo higiénico del agua', '215.2', 'Se impartieron 4 pláticas de manejo higiénico del agua'),
            (57, 'personas aguadoras', '215.2', 'a las que asistieron 57 personas aguadoras')],
           [('Se necesita informar qué acciones se tomaron con las pipas en las que se detectaron coliformes y si se volvió a muestrear.', 'retroalimentacion', '215.1', 'solicita_datos', 'SE'),
            ('Nosotros sí queremos capacitarnos, pero que nos den una constancia, porque luego en la colonia no nos creen que el agua está limpia.', 'observacion', '215.2', 'exhorta', 'Refugio Galván Ochoa')])],
     agreements=[A('La Delegación Iztapalapa enviará a la Secretaría Ejecutiva el informe de la meta 212.2 antes del 10 de mayo de 2013.', ['2013-05-10'], 'Delegación Iztapalapa'),
                 A('La Secretaría de Salud del Distrito Federal valorará la entrega de constancias a las personas aguadoras que concluyan las pláticas.', [], 'Secretaría de Salud del Distrito Federal'),
                 A('La cuarta sesión ordinaria será el miércoles 12 de junio de 2013 a las 10:00 horas, en esta misma sede.', ['2013-06-12'], None, True)],
     next={'date': '2013-06-12', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='versión estenográfica: attendance list, then speaker turns in capitals before ".-"; goals read by the coordinator, reports answered by the institutions, remarks by members, agreements stated by the coordinator; LibreOffice PDF')
AG_ATT2 = AG_ATT[:3] + [
    ('Leticia Moncada Ferrer', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Responsable del Laboratorio de Salud Pública')] + AG_ATT[3:5] + [
    ('Gerardo Ibarra Solano', 'C.', 'Piperos Independientes de Tláhuac', None, SC, 'Representante'),
    AG_ATT[5], AG_SE]
acta(stem='blind-ak-aguadores-04-2013-06-12', layout='AK1', esp='aguadores',
     body=AG_BODY, number=4, date='2013-06-12', start='10:10', end='12:25', place=AG_PLACE, coordinator=AG_COORD, attendance=AG_ATT2,
     speakers=AG_SPK,
     strategies=[
         S(212, T212,
           [G(*G212_1, None, 'Esta vez no traemos informe; la información del segundo trimestre todavía la está integrando la Gerencia de Distribución.'),
            G(*G212_2, ['La Delegación realizó 1,480 viajes de pipa gratuitos en 31 colonias durante abril y mayo.', 'Cada pipa es de 10,000 litros.'])],
           [(1480, 'viajes de pipa gratuitos', '212.2', 'La Delegación realizó 1,480 viajes de pipa gratuitos en 31 colonias durante abril y mayo'),
            (31, 'colonias', '212.2', 'La Delegación realizó 1,480 viajes de pipa gratuitos en 31 colonias durante abril y mayo'),
            (10000, 'litros', '212.2', 'Cada pipa es de 10,000 litros')],
           [('Se reconoce que la Delegación cumplió el acuerdo de la sesión anterior y presentó el número de viajes realizados.', 'retroalimentacion', '212.2', 'avance', 'SE'),
            ('Es necesario desglosar los viajes por colonia, como pide el indicador, y precisar si el reparto particular disminuyó.', 'retroalimentacion', '212.2', 'solicita_datos', 'SE'),
            ('Si la Delegación reparte gratis y no nos toma en cuenta, los piperos nos quedamos sin trabajo; pedimos que se nos contrate para el reparto.', 'observacion', '212.2', 'cuestiona', 'Gerardo Ibarra Solano')]),
         S(215, T215,
           [G(*G215_1, ['El laboratorio analizó 265 muestras; el 93 por ciento cumplió con la norma de cloro residual.'], speaker='Leticia Moncada Ferrer'),
            G(*G215_2, ['Se entregaron 41 constancias a personas aguadoras que concluyeron el ciclo de pláticas.'])],
           [(265, 'muestras', '215.1', 'El laboratorio analizó 265 muestras'),
            (93, 'por ciento', '215.1', 'el 93 por ciento cumplió con la norma de cloro residual'),
            (41, 'constancias', '215.2', 'Se entregaron 41 constancias a personas aguadoras que concluyeron el ciclo de pláticas')],
           [('La meta y el indicador no miden lo mismo: la meta pide muestrear el agua de pipas, pero el indicador no distingue entre pipas oficiales y particulares.', 'retroalimentacion', '215.1', 'diseno_meta', 'SE'),
            ('Nosotros no tenemos atribuciones para sancionar a las pipas particulares; lo único que podemos hacer es notificar a la Delegación.', 'observacion', '215.1', 'instancia', 'Leticia Moncada Ferrer')])],
     agreements=[A('El Sistema de Aguas de la Ciudad de México presentará en la quinta sesión el informe de la meta 212.1 del segundo trimestre.', [], 'Sistema de Aguas de la Ciudad de México'),
                 A('La Delegación Iztapalapa y la Secretaría de Salud del Distrito Federal revisarán un procedimiento de aviso sobre pipas particulares con resultados fuera de norma.', [], 'Delegación Iztapalapa y la Secretaría de Salud del Distrito Federal'),
                 A('La quinta sesión ordinaria será el miércoles 14 de agosto de 2013 a las 10:00 horas.', ['2013-08-14'], None, True)],
     next={'date': '2013-08-14', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='versión estenográfica as -03; 212.1 not reported (the institution says so in its turn); LibreOffice PDF')


# ================================================================ AK5 paleteros (goal heading rows spanning the table, 2024)
PA_BODY = 'Derecho al Trabajo: Paleteros y Personas Vendedoras de Alimentos en la Vía Pública'
PA_COORD = ('Aurora Valdivia Centeno', 'Coordinadora del Espacio de Participación')
PA_PLACE = 'Sala 2 de la Secretaría Ejecutiva, Avenida Universidad 1449, colonia Florida, Alcaldía Álvaro Obregón'
T521 = 'Asegurar el manejo higiénico de alimentos y bebidas en la venta en vía pública'
T524 = 'Reconocer los derechos laborales y de seguridad social de las personas trabajadoras no asalariadas'
G521_1 = ('521.1', 'Entregar distintivos de manejo higiénico a personas vendedoras que acrediten la capacitación',
          'Número de distintivos entregados respecto de las personas capacitadas', 'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA')
G521_2 = ('521.2', 'Capacitar a personas vendedoras de paletas, helados y aguas frescas en buenas prácticas de higiene',
          'Número de personas vendedoras capacitadas por alcaldía', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G524_1 = ('524.1', 'Expedir credenciales de trabajador no asalariado a personas paleteras y vendedoras de alimentos',
          'Número de credenciales expedidas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G524_2 = ('524.2', 'Incorporar a personas trabajadoras no asalariadas a la seguridad social mediante el esquema de personas trabajadoras independientes',
          'Número de personas incorporadas al esquema', 'Instituto Mexicano del Seguro Social', 'IMSS')
PA_SE = ('Julián Escamilla Noriega', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')
PA_ATT = [
    ('Diana Laura Cervantes Oropeza', 'Lic.', 'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA', IE, 'Subdirectora de Fomento Sanitario'),
    ('Óscar Villagrán Mena', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Promoción de la Salud'),
    ('Rebeca Armendáriz Solís', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora de Trabajo no Asalariado'),
    ('Martín Coronado Ibáñez', 'Lic.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Enlace de Incorporación'),
    ('Abundio Pérez Tolentino', 'C.', 'Unión de Paleteros de Tocumbo en la Ciudad de México', None, SC, 'Presidente'),
    ('Xóchitl Ramírez Bautista', 'C.', 'Red de Mujeres Vendedoras de la Vía Pública', None, SC, 'Integrante'),
    PA_SE]
acta(stem='blind-ak-paleteros-07-2024-05-15', layout='AK5', esp='paleteros',
     body=PA_BODY, number=7, date='2024-05-15', start='10:00', end='12:20', place=PA_PLACE, coordinator=PA_COORD, attendance=PA_ATT,
     strategies=[
         S(521, T521,
           [G(*G521_1, ['Se entregaron 215 distintivos de manejo higiénico a personas vendedoras que concluyeron el curso en el primer trimestre de 2024.']),
            G(*G521_2, ['Se capacitó a 368 personas vendedoras en 9 alcaldías, en sesiones de 4 horas impartidas en los centros de salud.'])],
           [(215, 'distintivos de manejo higiénico', '521.1', 'Se entregaron 215 distintivos de manejo higiénico a personas vendedoras'),
            (368, 'personas vendedoras', '521.2', 'Se capacitó a 368 personas vendedoras en 9 alcaldías'),
            (9, 'alcaldías', '521.2', 'Se capacitó a 368 personas vendedoras en 9 alcaldías'),
            (4, 'horas', '521.2', 'en sesiones de 4 horas impartidas en los centros de salud')],
           [('Se reconoce que ambos informes presentan datos que corresponden a sus indicadores.', 'retroalimentacion', '521.1', 'avance', 'SE'),
            ('Se requiere desglosar el número de personas capacitadas por alcaldía, como lo establece el indicador.', 'retroalimentacion', '521.2', 'solicita_datos', 'SE'),
            ('Los cursos se dan entre semana a mediodía, que es cuando más se vende; así los compañeros pierden el día.', 'observacion', '521.2', 'cuestiona', 'Abundio Pérez Tolentino')]),
         S(524, T524,
           [G(*G524_1, ['Se expidieron 142 credenciales de trabajador no asalariado a personas vendedoras de alimentos, de las cuales 37 corresponden a paleteros.']),
            G(*G524_2, None, 'Sin avance reportado.')],
           [(142, 'credenciales de trabajador no asalariado', '524.1', 'Se expidieron 142 credenciales de trabajador no asalariado a personas vendedoras de alimentos'),
            (37, 'credenciales de trabajador no asalariado', '524.1', 'de las cuales 37 corresponden a paleteros')],
           [('Es necesario que el Instituto Mexicano del Seguro Social inicie la incorporación de personas no asalariadas al esquema de personas trabajadoras independientes.', 'retroalimentacion', '524.2', 'exhorta', 'SE'),
            ('El Instituto refiere que la meta no le corresponde por ser una instancia federal, aunque está en disposición de dar pláticas informativas.', 'observacion', '524.2', 'instancia', 'Martín Coronado Ibáñez')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo y el Instituto Mexicano del Seguro Social organizarán una jornada informativa sobre el esquema de personas trabajadoras independientes antes del 28 de junio de 2024.', ['2024-06-28'], 'Secretaría de Trabajo y Fomento al Empleo y el Instituto Mexicano del Seguro Social'),
                 A('La Secretaría de Salud propondrá horarios vespertinos y de fin de semana para la capacitación de la meta 521.2.', [], 'Secretaría de Salud'),
                 A('La octava sesión ordinaria se llevará a cabo el miércoles 10 de julio de 2024 a las 10:00 horas.', ['2024-07-10'], None, True)],
     next={'date': '2024-07-10', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='one table per strategy; each goal opens with a shaded row spanning all columns ("Meta 521.1 — text"), then label | value rows (Indicador, Instancia ejecutora, Avance); Chromium PDF from an HTML twin with colspan')
PA_ATT2 = PA_ATT[:4] + [
    ('Emiliano Duarte Saldívar', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirector de Comercio en Vía Pública'),
    PA_ATT[4], PA_ATT[5],
    ('Joaquín Lemus Carrera', 'C.', 'Asociación de Neveros y Paleteros de Iztapalapa', None, SC, 'Tesorero'),
    PA_SE]
acta(stem='blind-ak-paleteros-08-2024-07-10', layout='AK5', esp='paleteros',
     body=PA_BODY, number=8, date='2024-07-10', start='10:00', end='12:05', place=PA_PLACE, coordinator=PA_COORD, attendance=PA_ATT2,
     strategies=[
         S(521, T521,
           [G(*G521_1, None, 'Sin avance reportado.'),
            G(*G521_2, ['Se abrieron 6 grupos de capacitación en horario vespertino y 2 en sábado, a los que asistieron 174 personas vendedoras de Iztapalapa, Gustavo A. Madero y Coyoacán.'])],
           [(6, 'grupos de capacitación', '521.2', 'Se abrieron 6 grupos de capacitación en horario vespertino y 2 en sábado'),
            (2, 'grupos de capacitación', '521.2', 'Se abrieron 6 grupos de capacitación en horario vespertino y 2 en sábado'),
            (174, 'personas vendedoras', '521.2', 'a los que asistieron 174 personas vendedoras de Iztapalapa, Gustavo A. Madero y Coyoacán')],
           [('Se reconoce que la Secretaría de Salud atendió el acuerdo sobre horarios y reporta la asistencia por alcaldía.', 'retroalimentacion', '521.2', 'avance', 'SE'),
            ('Sería oportuno que la Agencia de Protección Sanitaria envíe a las sesiones a personal del área de distintivos, que cuenta con la información de la meta.', 'retroalimentacion', '521.1', 'proceso', 'SE'),
            ('Los horarios nuevos sí nos sirven; pedimos que también haya grupos en Tláhuac y Milpa Alta.', 'observacion', '521.2', 'exhorta', 'Joaquín Lemus Carrera')]),
         S(524, T524,
           [G(*G524_1, ['Se expidieron 96 credenciales más y se realizaron 3 jornadas de credencialización en mercados sobre ruedas.']),
            G(*G524_2, ['En la jornada informativa del 21 de junio se orientó a 88 personas, de las que 15 concluyeron su registro en el esquema.'])],
           [(96, 'credenciales', '524.1', 'Se expidieron 96 credenciales más'),
            (3, 'jornadas de credencialización', '524.1', 'se realizaron 3 jornadas de credencialización en mercados sobre ruedas'),
            (88, 'personas', '524.2', 'se orientó a 88 personas'),
            (15, 'personas', '524.2', 'de las que 15 concluyeron su registro en el esquema')],
           [('Las jornadas informativas, por sí solas, no dan cumplimiento a la meta, que mide personas incorporadas a la seguridad social.', 'retroalimentacion', '524.2', 'insuficiente', 'SE'),
            ('La credencial no sirve de nada si la alcaldía nos sigue retirando la mercancía; se cuestiona para qué se credencializa.', 'observacion', '524.1', 'cuestiona', 'Xóchitl Ramírez Bautista')])],
     agreements=[A('La Agencia de Protección Sanitaria de la Ciudad de México presentará en la novena sesión el informe de la meta 521.1.', [], 'Agencia de Protección Sanitaria de la Ciudad de México'),
                 A('La Secretaría de Desarrollo Económico y la Secretaría de Trabajo y Fomento al Empleo revisarán con las alcaldías el respeto a la credencial de trabajador no asalariado.', [], 'Secretaría de Desarrollo Económico y la Secretaría de Trabajo y Fomento al Empleo'),
                 A('La novena sesión ordinaria se celebrará el miércoles 11 de septiembre de 2024 a las 10:00 horas.', ['2024-09-11'], None, True)],
     next={'date': '2024-09-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='goal heading rows spanning the table as -07; 521.1 "Sin avance reportado."; Chromium PDF from an HTML twin with colspan')


# ================================================================ AK3 bordadoras (a Word template with content controls, 2022)
BO_BODY = 'Derecho a la Cultura: Bordadoras y Artesanas Textiles Indígenas Residentes'
BO_COORD = ('Citlali Hernández Marroquín', 'Coordinadora del Espacio de Participación')
BO_PLACE = 'Casa de los Pueblos Indígenas, calle Fray Servando Teresa de Mier 199, colonia Centro, Alcaldía Cuauhtémoc'
T641 = 'Proteger los diseños textiles de los pueblos y comunidades indígenas residentes frente a la apropiación cultural'
T644 = 'Fortalecer la comercialización directa y el financiamiento de las artesanías textiles'
SEPI = 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes'
G641_1 = ('641.1', 'Brindar asesoría jurídica a colectivos de bordadoras para el registro colectivo de sus diseños',
          'Número de colectivos asesorados y solicitudes de registro presentadas', SEPI, 'SEPI')
G641_2 = ('641.2', 'Realizar una campaña contra la apropiación cultural dirigida a empresas de la industria de la moda',
          'Campaña realizada y número de empresas alcanzadas', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G644_1 = ('644.1', 'Otorgar financiamiento a cooperativas de artesanas textiles indígenas',
          'Número de cooperativas financiadas y monto otorgado', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G644_2 = ('644.2', 'Habilitar espacios de venta directa para artesanas textiles en mercados públicos y ferias',
          'Número de espacios de venta habilitados y artesanas participantes', 'Secretaría de Desarrollo Económico', 'SEDECO')
BO_SE = ('Manuel Alejandro Rubio Espino', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')
BO_ATT = [
    ('Petrona Gómez Santiz', 'Lic.', SEPI, 'SEPI', IE, 'Subdirectora de Derechos Culturales'),
    ('Ulises Barrera Treviño', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Jefe de Unidad de Patrimonio'),
    ('Selene Ocampo Durán', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Gerente de Crédito'),
    ('Rosalba Hernández Méndez', 'C.', 'Colectivo de Bordadoras Mazahuas Jñatjo', None, SC, 'Representante'),
    ('Juana Martínez Aquino', 'C.', 'Cooperativa Textil Triqui Nuyoo', None, SC, 'Presidenta'),
    ('Leonardo Quintana Riquelme', 'Mtro.', 'Instituto Nacional de los Pueblos Indígenas', 'INPI', OT, 'Enlace en la Ciudad de México'),
    BO_SE]
acta(stem='blind-ak-bordadoras-02-2022-03-09', layout='AK3', esp='bordadoras',
     body=BO_BODY, number=2, date='2022-03-09', start='10:00', end=None, place=BO_PLACE, coordinator=BO_COORD, attendance=BO_ATT,
     modalidad=None, blank_rows=1,
     strategies=[
         S(641, T641,
           [G(*G641_1, ['Se brindaron 14 asesorías jurídicas a 6 colectivos de bordadoras mazahuas, triquis y otomíes; se presentaron 2 solicitudes de registro de marca colectiva ante el Instituto Mexicano de la Propiedad Industrial.']),
            G(*G641_2, None)],
           [(14, 'asesorías jurídicas', '641.1', 'Se brindaron 14 asesorías jurídicas a 6 colectivos de bordadoras mazahuas, triquis y otomíes'),
            (6, 'colectivos de bordadoras', '641.1', 'Se brindaron 14 asesorías jurídicas a 6 colectivos de bordadoras mazahuas, triquis y otomíes'),
            (2, 'solicitudes de registro de marca colectiva', '641.1', 'se presentaron 2 solicitudes de registro de marca colectiva ante el Instituto Mexicano de la Propiedad Industrial')],
           [('El informe da cuenta de colectivos asesorados y solicitudes presentadas, en correspondencia con el indicador.', 'retroalimentacion', '641.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Cultura diseñe la campaña contra la apropiación cultural que mandata la meta y lo informe en la próxima sesión.', 'retroalimentacion', '641.2', 'exhorta', 'SE'),
            ('La marca colectiva no nos protege de las empresas que copian el bordado y lo venden como diseño propio; eso no se resuelve con un registro.', 'observacion', '641.1', 'cuestiona', 'Rosalba Hernández Méndez')]),
         S(644, T644,
           [G(*G644_1, ['Se otorgaron créditos a 9 cooperativas de artesanas textiles por un monto total de 1,260,000 pesos.']),
            G(*G644_2, ['Se habilitaron 24 espacios de venta en el Mercado de Artesanías de la Ciudadela durante el mes de febrero.'])],
           [(9, 'cooperativas de artesanas textiles', '644.1', 'Se otorgaron créditos a 9 cooperativas de artesanas textiles por un monto total de 1,260,000 pesos'),
            (1260000, 'pesos', '644.1', 'Se otorgaron créditos a 9 cooperativas de artesanas textiles por un monto total de 1,260,000 pesos'),
            (24, 'espacios de venta', '644.2', 'Se habilitaron 24 espacios de venta en el Mercado de Artesanías de la Ciudadela')],
           [('Se requiere informar cuántas artesanas participaron en los espacios de venta y de qué pueblos, como lo pide el indicador.', 'retroalimentacion', '644.2', 'solicita_datos', 'SE'),
            ('El Fondo menciona que las reglas de operación exigen comprobante de domicilio, que muchas artesanas residentes no tienen.', 'observacion', '644.1', 'instancia', 'Selene Ocampo Durán')])],
     agreements=[A('La Secretaría de Cultura de la Ciudad de México presentará el diseño de la campaña de la meta 641.2 en la tercera sesión.', [], 'Secretaría de Cultura de la Ciudad de México'),
                 A('El Fondo para el Desarrollo Social de la Ciudad de México revisará alternativas al comprobante de domicilio antes del 29 de abril de 2022.', ['2022-04-29'], 'Fondo para el Desarrollo Social de la Ciudad de México'),
                 A('La tercera sesión ordinaria se realizará el miércoles 11 de mayo de 2022 a las 10:00 horas.', ['2022-05-11'], None, True)],
     next={'date': '2022-05-11', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Word template: every field a content control; unfilled controls show Word\'s placeholder (end time, topic, objective, modality, approval date, one attendance row, one observation, a fourth agreement); goal status by drop-down; attendance rows in a repeating section; LibreOffice PDF')
BO_ATT2 = BO_ATT[:3] + [
    ('Gilberto Ledesma Pizano', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Mercados y Abasto')] + BO_ATT[3:5] + [
    ('Felipa Cruz Ramírez', 'C.', 'Artesanas Otomíes de la colonia Roma', None, SC, 'Integrante'),
    BO_ATT[5], BO_SE]
acta(stem='blind-ak-bordadoras-03-2022-05-11', layout='AK3', esp='bordadoras',
     body=BO_BODY, number=3, date='2022-05-11', start='10:00', end='12:45', place=BO_PLACE, coordinator=BO_COORD, attendance=BO_ATT2,
     modalidad='Presencial', blank_rows=0, objective='Revisar los informes del primer trimestre de las estrategias 641 y 644',
     strategies=[
         S(641, T641,
           [G(*G641_1, None),
            G(*G641_2, ['Se presentó el diseño de la campaña Mi bordado tiene dueña, que se difundirá en 5 plataformas digitales; se convocó a 40 empresas de la moda a una mesa de trabajo, de las que asistieron 11.'])],
           [(5, 'plataformas digitales', '641.2', 'que se difundirá en 5 plataformas digitales'),
            (40, 'empresas de la moda', '641.2', 'se convocó a 40 empresas de la moda a una mesa de trabajo'),
            (11, 'empresas de la moda', '641.2', 'de las que asistieron 11')],
           [('Se reconoce que la Secretaría de Cultura atendió el acuerdo de la sesión anterior y presentó el diseño de la campaña.', 'retroalimentacion', '641.2', 'avance', 'SE'),
            ('La mesa con empresas puede enmarcarse mejor en la estrategia 644, meta 644.2, por tratarse de un esquema de comercialización.', 'retroalimentacion', '641.2', 'reasignar', 'SE'),
            ('La Secretaría de Pueblos señala que el informe de la meta 641.1 se envió por correo y pide que la Secretaría Ejecutiva confirme su recepción.', 'observacion', '641.1', 'instancia', 'Petrona Gómez Santiz')]),
         S(644, T644,
           [G(*G644_1, ['Se aprobaron 4 créditos adicionales con un esquema de aval solidario entre cooperativas.']),
            G(*G644_2, ['Se instalaron 2 ferias de textiles indígenas en los mercados de Jamaica y San Juan, con la participación de 63 artesanas.'])],
           [(4, 'créditos adicionales', '644.1', 'Se aprobaron 4 créditos adicionales con un esquema de aval solidario entre cooperativas'),
            (2, 'ferias de textiles indígenas', '644.2', 'Se instalaron 2 ferias de textiles indígenas en los mercados de Jamaica y San Juan'),
            (63, 'artesanas', '644.2', 'con la participación de 63 artesanas')],
           [('Es necesario informar el monto de los créditos adicionales y cuántas artesanas integran las cooperativas beneficiadas.', 'retroalimentacion', '644.1', 'solicita_datos', 'SE'),
            ('Las ferias duran un fin de semana; se pregunta para qué sirven si después no hay un lugar fijo donde vender.', 'observacion', '644.2', 'cuestiona', 'Felipa Cruz Ramírez')])],
     agreements=[A('La Secretaría Ejecutiva confirmará a la Secretaría de Pueblos y Barrios Originarios la recepción del informe de la meta 641.1.', [], 'Secretaría Ejecutiva'),
                 A('La Secretaría de Desarrollo Económico explorará la asignación de locales fijos para artesanas textiles en mercados públicos.', [], 'Secretaría de Desarrollo Económico'),
                 A('La cuarta sesión ordinaria se llevará a cabo el miércoles 13 de julio de 2022 a las 10:00 horas.', ['2022-07-13'], None, True)],
     next={'date': '2022-07-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Word template with content controls as -02; 641.1 "No reportó" in the drop-down and an unfilled Informe control; topic and approval date unfilled; LibreOffice PDF')


# ================================================================ AK4 yerberas (text PDF with the attendance as a scanned page, 2019)
YE_BODY = 'Derecho a la Salud: Yerberas y Médicas Tradicionales de los Mercados Públicos'
YE_COORD = ('Rocío Landa Estévez', 'Coordinadora del Espacio de Participación')
YE_PLACE = 'Sala de juntas de la Administración del Mercado de Sonora, Avenida Fray Servando Teresa de Mier 419, colonia Merced Balbuena, Alcaldía Venustiano Carranza'
T287 = 'Reconocer la medicina tradicional en los servicios de salud del primer nivel de atención'
T290 = 'Garantizar condiciones dignas y sanitarias para la venta de plantas medicinales en los mercados públicos'
G287_1 = ('287.1', 'Establecer consultorios de medicina tradicional en centros de salud de la Ciudad',
          'Número de consultorios en operación y consultas otorgadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G287_2 = ('287.2', 'Capacitar al personal de salud en interculturalidad y medicina tradicional',
          'Número de personas servidoras públicas capacitadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G290_1 = ('290.1', 'Emitir lineamientos sanitarios para la venta de herbolaria en mercados públicos',
          'Lineamientos publicados', 'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA')
G290_2 = ('290.2', 'Rehabilitar los locales de herbolaria del Mercado de Sonora',
          'Número de locales rehabilitados', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA')
YE_SE = ('Ignacio Beltrán Cisneros', 'Lic.', 'Secretaría Ejecutiva del PDHCDMX', 'SE-PDHCDMX', SE, 'Enlace')
YE_ATT = [
    ('Mónica Estrada Villaseñor', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Medicina Tradicional'),
    ('Raquel Fuentes Larrañaga', 'Lic.', 'Agencia de Protección Sanitaria de la Ciudad de México', 'AGEPSA', IE, 'Jefa de Normatividad'),
    ('Armando Téllez Rangel', 'Arq.', 'Alcaldía Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', IE, 'Director de Mercados'),
    ('Dominga Reyes Castillo', 'C.', 'Unión de Yerberas del Mercado de Sonora', None, SC, 'Representante'),
    ('Aurelia Santos Nicolás', 'C.', 'Consejo de Médicas Tradicionales Nahuas de Milpa Alta', None, SC, 'Consejera'),
    ('Benito Arriaga Solís', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigador en etnobotánica'),
    YE_SE]
acta(stem='blind-ak-yerberas-04-2019-09-04', layout='AK4', esp='yerberas',
     body=YE_BODY, number=4, date='2019-09-04', start='10:30', end='13:00', place=YE_PLACE, coordinator=YE_COORD, attendance=YE_ATT,
     signed_over={'Dominga Reyes Castillo', 'Armando Téllez Rangel'},
     strategies=[
         S(287, T287,
           [G(*G287_1, ['Se encuentran en operación 3 consultorios de medicina tradicional, en los centros de salud de Milpa Alta, Tlalpan y Xochimilco, que otorgaron 1,126 consultas en el primer semestre.']),
            G(*G287_2, ['Se impartió el curso Interculturalidad en salud a 85 personas servidoras públicas de 14 centros de salud, con una duración de 20 horas.'])],
           [(3, 'consultorios de medicina tradicional', '287.1', 'Se encuentran en operación 3 consultorios de medicina tradicional'),
            (1126, 'consultas', '287.1', 'que otorgaron 1,126 consultas en el primer semestre'),
            (85, 'personas servidoras públicas', '287.2', 'Se impartió el curso Interculturalidad en salud a 85 personas servidoras públicas de 14 centros de salud'),
            (14, 'centros de salud', '287.2', 'Se impartió el curso Interculturalidad en salud a 85 personas servidoras públicas de 14 centros de salud'),
            (20, 'horas', '287.2', 'con una duración de 20 horas')],
           [('El informe presenta datos duros sobre consultorios y consultas, lo que permite valorar el avance de la meta.', 'retroalimentacion', '287.1', 'avance', 'SE'),
            ('La capacitación suma a la estrategia, pero por sí sola no da cumplimiento a la meta si no se informa cómo cambió la atención en los centros de salud.', 'retroalimentacion', '287.2', 'insuficiente', 'SE'),
            ('Los consultorios contratan a médicas que no son de la comunidad; las yerberas del mercado nunca fueron invitadas.', 'observacion', '287.1', 'cuestiona', 'Dominga Reyes Castillo')]),
         S(290, T290,
           [G(*G290_1, ['Se elaboró el proyecto de lineamientos sanitarios para la venta de herbolaria, que se encuentra en revisión jurídica.']),
            G(*G290_2, None, 'No se presentó informe.')],
           [],
           [('Es necesario que la Alcaldía informe el número de locales rehabilitados y el calendario de obra, como lo pide el indicador.', 'retroalimentacion', '290.2', 'solicita_datos', 'SE'),
            ('La Agencia de Protección Sanitaria señala que no puede publicar los lineamientos sin la opinión de la Consejería Jurídica.', 'observacion', '290.1', 'instancia', 'Raquel Fuentes Larrañaga')])],
     agreements=[A('La Alcaldía Venustiano Carranza entregará el informe de la meta 290.2 a la Secretaría Ejecutiva antes del 4 de octubre de 2019.', ['2019-10-04'], 'Alcaldía Venustiano Carranza'),
                 A('La Secretaría de Salud invitará a las yerberas del Mercado de Sonora a la mesa de selección de personal de los consultorios.', [], 'Secretaría de Salud'),
                 A('La quinta sesión ordinaria se celebrará el miércoles 6 de noviembre de 2019 a las 10:30 horas, en la misma sede.', ['2019-11-06'], None, True)],
     next={'date': '2019-11-06', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='pages 1-3 typed (text layer), page 4 the signed attendance sheet scanned (grey 200 dpi, no text layer); the .docx holds the attendance only as that picture; LibreOffice PDF')
YE_ATT2 = YE_ATT[:3] + [
    ('Esteban Olguín Paredes', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Asesor')] + YE_ATT[3:5] + [
    ('Hortensia Flores Maldonado', 'C.', 'Yerberas y Curanderas de la Merced, A.C.', None, SC, 'Presidenta'),
    YE_ATT[5], YE_SE]
acta(stem='blind-ak-yerberas-05-2019-11-06', layout='AK4', esp='yerberas',
     body=YE_BODY, number=5, date='2019-11-06', start='10:30', end='12:50', place=YE_PLACE, coordinator=YE_COORD, attendance=YE_ATT2,
     signed_over={'Hortensia Flores Maldonado', 'Mónica Estrada Villaseñor', 'Esteban Olguín Paredes'},
     strategies=[
         S(287, T287,
           [G(*G287_1, ['Se abrió un cuarto consultorio en el Centro de Salud Dr. Gustavo A. Rovirosa, en el que se contrató a 2 médicas tradicionales propuestas por organizaciones del Espacio.']),
            G(*G287_2, None, 'No se presentó informe.')],
           [(2, 'médicas tradicionales', '287.1', 'se contrató a 2 médicas tradicionales propuestas por organizaciones del Espacio')],
           [('Se reconoce que la Secretaría atendió el acuerdo de la sesión anterior al incorporar a médicas propuestas por las organizaciones.', 'retroalimentacion', '287.1', 'avance', 'SE'),
            ('Se sugiere que a las sesiones acuda también personal de la Dirección de Capacitación, que lleva el registro de los cursos.', 'retroalimentacion', '287.2', 'proceso', 'SE'),
            ('Dos médicas no alcanzan; la Secretaría de Salud debe abrir una convocatoria permanente para médicas tradicionales.', 'observacion', '287.1', 'exhorta', 'Hortensia Flores Maldonado')]),
         S(290, T290,
           [G(*G290_1, ['La Consejería Jurídica emitió su opinión; los lineamientos, con 12 disposiciones sanitarias, se publicarán en la Gaceta Oficial en diciembre.']),
            G(*G290_2, ['Se rehabilitaron 22 locales de herbolaria de la nave mayor, con una inversión de 1,850,000 pesos; quedan 16 locales por atender en 2020.'])],
           [(12, 'disposiciones sanitarias', '290.1', 'los lineamientos, con 12 disposiciones sanitarias, se publicarán en la Gaceta Oficial en diciembre'),
            (22, 'locales de herbolaria', '290.2', 'Se rehabilitaron 22 locales de herbolaria de la nave mayor'),
            (1850000, 'pesos', '290.2', 'con una inversión de 1,850,000 pesos'),
            (16, 'locales', '290.2', 'quedan 16 locales por atender en 2020')],
           [('La rehabilitación se reporta con datos duros y calendario, lo que corresponde al indicador de la meta.', 'retroalimentacion', '290.2', 'avance', 'SE'),
            ('Se cuestiona que los lineamientos prohíban vender plantas frescas, que son la base del oficio.', 'observacion', '290.1', 'cuestiona', 'Dominga Reyes Castillo')])],
     agreements=[A('La Agencia de Protección Sanitaria de la Ciudad de México compartirá con el Espacio el texto final de los lineamientos de la meta 290.1 antes de su publicación.', [], 'Agencia de Protección Sanitaria de la Ciudad de México'),
                 A('La Secretaría de Salud presentará el informe de la meta 287.2 en la sexta sesión.', [], 'Secretaría de Salud'),
                 A('La sexta sesión ordinaria se realizará el miércoles 15 de enero de 2020 a las 10:30 horas.', ['2020-01-15'], None, True)],
     next={'date': '2020-01-15', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='as -04: attendance only on the scanned, signed sheet (page 4); LibreOffice PDF')
