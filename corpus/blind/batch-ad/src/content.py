# -*- coding: utf-8 -*-
# Batch AD content, written ONCE (same shapes as batch AB's content.py).
# attendance row: (name, title, institution, institution_key, sector, cargo)
# figure: (value, unit, goal, context)  -- context is a clause of the report
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'
ACTAS = []


def G(id, text, indicator, executor, key, report, status=None, pct=None):
    return dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status, pct=pct)


def A(text, dates=(), responsible=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, next_session=next_session); d.update(kw); return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


def NX(date, time):
    return {'date': date, 'start_time': time, 'end_time': None, 'strategies': []}


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ AD1 tortillerias (scrolling screenshot of a web acta, 2023)
TOR_BODY = 'Derecho a la Alimentación: Tortillerías y Maíz Nativo'
TOR_COORD = ('Adriana Pacheco Villalobos', 'Coordinadora del Espacio de Participación')
TOR_PLACE = 'Sala Juárez de la Secretaría de Desarrollo Económico, Avenida Cuauhtémoc 898, colonia Narvarte'
T604 = 'Fomentar la producción y venta de tortilla de maíz nativo en las tortillerías de barrio'
T607 = 'Vigilar la calidad y el precio de la tortilla en las colonias de menor ingreso'
G604_1 = ('604.1', 'Otorgar créditos a tortillerías de barrio para molinos de nixtamal', 'Número de créditos otorgados',
          'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G604_2 = ('604.2', 'Vincular a productores de maíz nativo de Milpa Alta y Xochimilco con tortillerías', 'Número de convenios de abasto firmados',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G607_1 = ('607.1', 'Realizar verificaciones de peso y de calidad de la masa en tortillerías', 'Número de verificaciones realizadas',
          'Instituto de Verificación Administrativa de la Ciudad de México', 'INVEA')
TOR_SE = ('Tania Rosales Medina', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TOR_ATT = [
    ('Héctor Zamudio Lara', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Director de Financiamiento'),
    ('Berenice Ocampo Trejo', 'Mtra.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirectora de Abasto'),
    ('Raúl Esquivel Nava', 'Ing.', 'Instituto de Verificación Administrativa de la Ciudad de México', 'INVEA', IE, 'Jefe de Verificación'),
    ('Concepción Medel Ayala', 'C.', 'Unión de Tortilleros de Iztapalapa', None, SC, 'Presidenta'),
    ('Santiago Villegas Pérez', 'C.', 'Colectivo Sin Maíz No Hay País CDMX', None, SC, 'Integrante'),
    ('Lorena Cabrera Islas', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
    TOR_SE]

acta(stem='blind-ad-tortillerias-03-2023-05-16', layout='AD1', esp='tortillerias',
     body=TOR_BODY, number=3, date='2023-05-16', start='10:00', end='12:30', place=TOR_PLACE, coordinator=TOR_COORD,
     attendance=TOR_ATT,
     strategies=[
         S(604, T604,
           [G(*G604_1, ['Se otorgaron 48 créditos por un total de 2.4 millones de pesos; 31 fueron para tortillerías encabezadas por mujeres.']),
            G(*G604_2, None, 'La SEDECO no presentó informe.')],
           [(48, 'créditos', '604.1', 'Se otorgaron 48 créditos'),
            (2.4, 'millones de pesos', '604.1', 'por un total de 2.4 millones de pesos'),
            (31, 'créditos', '604.1', '31 fueron para tortillerías encabezadas por mujeres')],
           [('El informe muestra avance en el número de créditos y en su destino a mujeres.', 'retroalimentacion', '604.1', 'avance', 'SE'),
            ('Es necesario que la SEDECO inicie la vinculación con productores de maíz nativo que manda la meta.', 'retroalimentacion', '604.2', 'exhorta', 'SE'),
            ('Los créditos no alcanzan para un molino completo; se pregunta cómo se fijó el monto.', 'observacion', '604.1', 'cuestiona', 'Concepción Medel Ayala')]),
         S(607, T607,
           [G(*G607_1, ['El INVEA realizó 215 verificaciones en 6 alcaldías y detectó 37 básculas sin calibrar.'])],
           [(215, 'verificaciones', '607.1', 'El INVEA realizó 215 verificaciones'),
            (6, 'alcaldías', '607.1', 'en 6 alcaldías'),
            (37, 'básculas', '607.1', 'detectó 37 básculas sin calibrar')],
           [('Es necesario desagregar las verificaciones por alcaldía y por tipo de irregularidad.', 'retroalimentacion', '607.1', 'solicita_datos', 'SE'),
            ('El indicador cuenta verificaciones y no permite saber si mejoró la calidad de la masa.', 'observacion', '607.1', 'diseno_meta', 'Lorena Cabrera Islas')])],
     agreements=[
         A('La SEDECO enviará a la Secretaría Ejecutiva la relación de convenios con productores de maíz nativo antes del 9 de junio de 2023.', ['2023-06-09'], 'SEDECO'),
         A('El INVEA presentará las verificaciones desagregadas por alcaldía en la cuarta sesión.', [], 'INVEA'),
         A('La cuarta sesión ordinaria se llevará a cabo el 18 de julio de 2023 a las 10:00 horas en la misma sede.', ['2023-07-18'], None, next_session=True)],
     next=NX('2023-07-18', '10:00'),
     notes='Acta published as a web page and captured as one scrolling screenshot (a single very tall image) put in a PDF with img2pdf; no text layer.')

acta(stem='blind-ad-tortillerias-04-2023-07-18', layout='AD1', esp='tortillerias',
     body=TOR_BODY, number=4, date='2023-07-18', start='10:00', end='12:15', place=TOR_PLACE, coordinator=TOR_COORD,
     attendance=TOR_ATT[:3] + TOR_ATT[4:6] + [('Gerardo Amaya Rincón', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Director de Comedores'), TOR_SE],
     strategies=[
         S(604, T604,
           [G(*G604_1, ['En el segundo trimestre se otorgaron 22 créditos más, por 1.1 millones de pesos; la cartera vencida es de 4 créditos.']),
            G(*G604_2, ['La SEDECO firmó 9 convenios de abasto con 140 productores de Milpa Alta y Xochimilco.'])],
           [(22, 'créditos', '604.1', 'se otorgaron 22 créditos más'),
            (1.1, 'millones de pesos', '604.1', 'por 1.1 millones de pesos'),
            (4, 'créditos', '604.1', 'la cartera vencida es de 4 créditos'),
            (9, 'convenios de abasto', '604.2', 'La SEDECO firmó 9 convenios de abasto'),
            (140, 'productores', '604.2', 'con 140 productores de Milpa Alta y Xochimilco')],
           [('Los convenios responden a la meta; falta informar cuántas tortillerías reciben el maíz.', 'retroalimentacion', '604.2', 'solicita_datos', 'SE'),
            ('El maíz de los convenios se vende a tortillerías de otras alcaldías y no a las del barrio.', 'observacion', '604.2', 'cuestiona', 'Santiago Villegas Pérez'),
            ('La SIBISO puede comprar tortilla de maíz nativo para sus comedores; convendría reportarlo en la estrategia 610.', 'observacion', '604.2', 'reasignar', 'Gerardo Amaya Rincón')]),
         S(607, T607,
           [G(*G607_1, None, 'No se presentó informe.')],
           [],
           [('Se exhorta al INVEA a presentar la información comprometida en la sesión anterior.', 'retroalimentacion', '607.1', 'exhorta', 'SE'),
            ('El INVEA indica que las verificaciones de calidad corresponden a la Agencia de Protección Sanitaria.', 'observacion', '607.1', 'instancia', 'Raúl Esquivel Nava')])],
     agreements=[
         A('La Secretaría Ejecutiva invitará a la Agencia de Protección Sanitaria a la quinta sesión.', [], 'Secretaría Ejecutiva'),
         A('La SEDECO entregará el listado de tortillerías abastecidas por los convenios antes del 31 de agosto de 2023.', ['2023-08-31'], 'SEDECO'),
         A('La quinta sesión ordinaria se llevará a cabo el 19 de septiembre de 2023 a las 10:00 horas.', ['2023-09-19'], None, next_session=True)],
     next=NX('2023-09-19', '10:00'),
     notes='Acta published as a web page and captured as one scrolling screenshot (a single very tall image) put in a PDF with img2pdf; no text layer.')

# ================================================================ AD2 bicitaxis (percent progress, ISO dates, Chromium, 2019)
BIC_BODY = 'Derecho a la Movilidad: Bicitaxis y Transporte de Última Milla'
BIC_COORD = ('Julián Arredondo Meza', 'Coordinador del Espacio de Participación')
BIC_PLACE = 'Aula 3 del Centro de Formación de la Secretaría de Movilidad, Álvaro Obregón 269'
T712 = 'Regularizar el servicio de bicitaxis y garantizar la seguridad de usuarias, usuarios y operadores'
T715 = 'Incorporar los bicitaxis a la red de transporte de barrio con infraestructura adecuada'
G712_1 = ('712.1', 'Emitir permisos y tarjetones a operadores de bicitaxis que cumplan con la capacitación', 'Número de tarjetones emitidos',
          'Secretaría de Movilidad', 'SEMOVI')
G712_2 = ('712.2', 'Capacitar a operadores en seguridad vial y primeros auxilios', 'Número de operadores capacitados',
          'Secretaría de Movilidad', 'SEMOVI')
G715_1 = ('715.1', 'Habilitar bahías de ascenso y descenso para bicitaxis junto a estaciones de transporte masivo', 'Número de bahías habilitadas',
          'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA')
BIC_SE = ('Rocío Alanís Gutiérrez', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
BIC_ATT = [
    ('Emilio Sandoval Ortega', 'Ing.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Director de Transporte No Motorizado'),
    ('Verónica Tapia Galindo', 'Lic.', 'Alcaldía Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Subdirectora de Movilidad'),
    ('Alfonso Gaytán Ruiz', 'Lic.', 'Alcaldía Tláhuac', 'ALC-TLAHUAC', IE, 'Jefe de Unidad de Transporte'),
    ('Marisol Rangel Duarte', 'C.', 'Asociación de Bicitaxistas de la Sierra de Santa Catarina', None, SC, 'Representante'),
    ('Ignacio Fuentes Alba', 'C.', 'Bicitekas, A.C.', None, SC, 'Coordinador de Proyectos'),
    ('Daniela Orozco Peña', 'Mtra.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Profesora'),
    ('Óscar Valdivia Luna', 'Lic.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Subdirector de Ingeniería Vial'),
    BIC_SE]

acta(stem='blind-ad-bicitaxis-05-2019-03-14', layout='AD2', esp='bicitaxis',
     body=BIC_BODY, number=5, date='2019-03-14', start='17:00', end='19:00', place=BIC_PLACE, coordinator=BIC_COORD,
     attendance=BIC_ATT,
     strategies=[
         S(712, T712,
           [G(*G712_1, ['La SEMOVI emitió 1,250 tarjetones en Iztapalapa y Tláhuac; quedan 430 solicitudes en revisión.'], pct=60),
            G(*G712_2, ['Se capacitó a 980 operadores en 14 cursos; 112 son mujeres.'], pct=45)],
           [(1250, 'tarjetones', '712.1', 'La SEMOVI emitió 1,250 tarjetones'),
            (430, 'solicitudes', '712.1', 'quedan 430 solicitudes en revisión'),
            (980, 'operadores', '712.2', 'Se capacitó a 980 operadores'),
            (14, 'cursos', '712.2', 'en 14 cursos'),
            (112, 'operadores', '712.2', '112 son mujeres')],
           [('Se reconoce el avance en la emisión de tarjetones respecto de la sesión anterior.', 'retroalimentacion', '712.1', 'avance', 'SE'),
            ('Se requiere conocer cuántos operadores capacitados obtuvieron después su tarjetón.', 'retroalimentacion', '712.2', 'solicita_datos', 'SE'),
            ('Los cursos se dan en horario de trabajo y los operadores pierden la jornada para asistir.', 'observacion', '712.2', 'cuestiona', 'Marisol Rangel Duarte')]),
         S(715, T715,
           [G(*G715_1, None, 'Sin informe.', pct=0)],
           [],
           [('Se exhorta a la Alcaldía a presentar el proyecto de bahías comprometido desde la cuarta sesión.', 'retroalimentacion', '715.1', 'exhorta', 'SE'),
            ('Las bahías junto al Metro dependen también de la SSC, que debe estar en la meta.', 'observacion', '715.1', 'diseno_meta', 'Ignacio Fuentes Alba')])],
     agreements=[
         A('La Alcaldía Iztapalapa presentará el proyecto de bahías de ascenso y descenso a más tardar el 2019-04-12.', ['2019-04-12'], 'Alcaldía Iztapalapa'),
         A('La SEMOVI y la Secretaría Ejecutiva revisarán el horario de los cursos de capacitación.', [], 'SEMOVI y la Secretaría Ejecutiva'),
         A('Próxima sesión: 2019-05-16, 17:00 hrs., en la misma sede.', ['2019-05-16'], None, next_session=True)],
     next=NX('2019-05-16', '17:00'),
     notes='Acta kept in a web tracking template printed by Chromium: ISO dates, "17:00 hrs.", each goal\'s report status as a progress bar with "Avance: NN %".')

acta(stem='blind-ad-bicitaxis-06-2019-05-16', layout='AD2', esp='bicitaxis',
     body=BIC_BODY, number=6, date='2019-05-16', start='17:00', end='19:15', place=BIC_PLACE, coordinator=BIC_COORD,
     attendance=BIC_ATT[:3] + BIC_ATT[4:],
     strategies=[
         S(712, T712,
           [G(*G712_1, ['Se emitieron 380 tarjetones más; el padrón suma 1,630 operadores con permiso.'], pct=75),
            G(*G712_2, None, 'Sin informe.', pct=0)],
           [(380, 'tarjetones', '712.1', 'Se emitieron 380 tarjetones más'),
            (1630, 'operadores', '712.1', 'el padrón suma 1,630 operadores con permiso')],
           [('Es necesario que a la sesión acuda el área de la SEMOVI que opera el padrón, para responder las dudas de las organizaciones.', 'retroalimentacion', '712.1', 'proceso', 'SE'),
            ('El indicador cuenta tarjetones, no operadores que trabajan con seguridad; se sugiere revisarlo.', 'observacion', '712.1', 'diseno_meta', 'Daniela Orozco Peña')]),
         S(715, T715,
           [G(*G715_1, ['La Alcaldía habilitó 3 bahías en las estaciones Constitución de 1917 y Periférico Oriente, con 24 cajones para 72 bicitaxis.'], pct=30)],
           [(3, 'bahías', '715.1', 'La Alcaldía habilitó 3 bahías'),
            (24, 'cajones', '715.1', 'con 24 cajones'),
            (72, 'bicitaxis', '715.1', 'para 72 bicitaxis')],
           [('Las bahías son un primer paso, pero no cubren las estaciones de mayor afluencia.', 'retroalimentacion', '715.1', 'insuficiente', 'SE'),
            ('Se informa que en Tláhuac las bahías las pinta la Alcaldía sin proyecto; se pide incluirlas en la meta.', 'observacion', '715.1', 'instancia', 'Alfonso Gaytán Ruiz'),
            ('La pintura de bahías corresponde más bien a la estrategia 718 de infraestructura ciclista.', 'observacion', '715.1', 'reasignar', 'Óscar Valdivia Luna')])],
     agreements=[
         A('La SEMOVI entregará el padrón de operadores desagregado por sexo y alcaldía a más tardar el 2019-06-14.', ['2019-06-14'], 'SEMOVI'),
         A('La Alcaldía Tláhuac enviará a la Secretaría Ejecutiva la ubicación de sus bahías.', [], 'Alcaldía Tláhuac'),
         A('Próxima sesión: 2019-07-18, 17:00 hrs., en la misma sede.', ['2019-07-18'], None, next_session=True)],
     next=NX('2019-07-18', '17:00'),
     notes='Acta kept in a web tracking template printed by Chromium: ISO dates, "17:00 hrs.", each goal\'s report status as a progress bar with "Avance: NN %".')

# ================================================================ AD3 hemerotecas (checkbox glyphs for report status, 2015)
HEM_BODY = 'Derecho a la Información: Hemerotecas y Archivos de Prensa Públicos'
HEM_COORD = ('Fernando Ibarra Solís', 'Coordinador del Espacio de Participación')
HEM_PLACE = 'Biblioteca Vasconcelos, sala de juntas del primer piso'
T281 = 'Conservar y digitalizar los acervos hemerográficos públicos de la Ciudad'
T284 = 'Ampliar el acceso gratuito de la población a las hemerotecas públicas'
G281_1 = ('281.1', 'Digitalizar los diarios capitalinos del siglo XX que resguardan las hemerotecas del Distrito Federal', 'Número de páginas digitalizadas',
          'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G281_2 = ('281.2', 'Instalar control de humedad y temperatura en los depósitos hemerográficos', 'Número de depósitos acondicionados',
          'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G284_1 = ('284.1', 'Ampliar el horario de servicio de las hemerotecas delegacionales a sábados y domingos', 'Número de hemerotecas con horario ampliado',
          'Delegación Coyoacán', 'ALC-COYOACAN')
HEM_SE = ('Silvia Cordero Landeros', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
HEM_ATT = [
    ('Arturo Briseño Mata', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Director de Bibliotecas'),
    ('Maribel Estrada Cano', 'Lic.', 'Delegación Coyoacán', 'ALC-COYOACAN', IE, 'Jefa de Unidad de Bibliotecas'),
    ('Rogelio Andrade Vela', 'Mtro.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador de la Hemeroteca Nacional'),
    ('Ana Luisa Tovar Reyes', 'C.', 'Asociación de Usuarios de Hemerotecas, A.C.', None, SC, 'Presidenta'),
    ('Joaquín Leal Bermúdez', 'C.', 'Red de Periodistas de Barrio', None, SC, 'Integrante'),
    ('Patricia Morán Olguín', 'Lic.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Coordinadora de Biblioteca'),
    HEM_SE]

acta(stem='blind-ad-hemerotecas-07-2015-09-22', layout='AD3', esp='hemerotecas',
     body=HEM_BODY, number=7, date='2015-09-22', start='11:00', end='13:30', place=HEM_PLACE, coordinator=HEM_COORD,
     attendance=HEM_ATT,
     strategies=[
         S(281, T281,
           [G(*G281_1, ['Se digitalizaron 86,400 páginas de 12 títulos, entre ellos El Universal Gráfico y La Prensa, con una inversión de 1,350,000 pesos.']),
            G(*G281_2, None, 'La Secretaría informó que el proyecto está en licitación.')],
           [(86400, 'páginas', '281.1', 'Se digitalizaron 86,400 páginas'),
            (12, 'títulos', '281.1', 'de 12 títulos'),
            (1350000, 'pesos', '281.1', 'con una inversión de 1,350,000 pesos')],
           [('El avance de la digitalización es claro y se presenta con sus costos.', 'retroalimentacion', '281.1', 'avance', 'SE'),
            ('Se solicita indicar cuántas páginas faltan para completar el acervo.', 'retroalimentacion', '281.1', 'solicita_datos', 'SE'),
            ('La digitalización contribuye, pero por sí sola no garantiza el acceso si no se publica en línea.', 'observacion', '281.1', 'insuficiente', 'Ana Luisa Tovar Reyes')]),
         S(284, T284,
           [G(*G284_1, ['La Delegación abrió en fin de semana 4 de sus 7 hemerotecas y registró 2,310 visitas en agosto.'])],
           [(4, 'hemerotecas', '284.1', 'abrió en fin de semana 4 de sus 7 hemerotecas'),
            (2310, 'visitas', '284.1', 'registró 2,310 visitas en agosto')],
           [('La meta se refiere a todas las delegaciones y sólo informa Coyoacán.', 'retroalimentacion', '284.1', 'proceso', 'SE'),
            ('El horario ampliado se cubre con personal de servicio social, sin contratación.', 'observacion', '284.1', 'cuestiona', 'Joaquín Leal Bermúdez')])],
     agreements=[
         A('La Secretaría de Cultura informará el calendario de la licitación para el acondicionamiento de depósitos.', [], 'Secretaría de Cultura'),
         A('La Secretaría Ejecutiva solicitará a las demás delegaciones su información sobre horarios antes del 16 de octubre de 2015.', ['2015-10-16'], 'Secretaría Ejecutiva'),
         A('La octava sesión ordinaria se realizará el 24 de noviembre de 2015 a las 11:00 horas en la Biblioteca Vasconcelos.', ['2015-11-24'], None, next_session=True)],
     next=NX('2015-11-24', '11:00'),
     notes='Goal tables with the report status as ticked checkbox glyphs (☒ Reportó ☐ No reportó); LibreOffice PDF.')

acta(stem='blind-ad-hemerotecas-08-2015-11-24', layout='AD3', esp='hemerotecas',
     body=HEM_BODY, number=8, date='2015-11-24', start='11:00', end='13:00', place=HEM_PLACE, coordinator=HEM_COORD,
     attendance=HEM_ATT[:4] + HEM_ATT[5:6] + [('Mónica Saldaña Puga', 'Lic.', 'Delegación Tlalpan', 'ALC-TLALPAN', IE, 'Subdirectora de Cultura'), HEM_SE],
     strategies=[
         S(281, T281,
           [G(*G281_1, None, 'No reportó en esta sesión.'),
            G(*G281_2, ['Se acondicionaron 2 depósitos con deshumidificadores y 16 sensores de temperatura.'])],
           [(2, 'depósitos', '281.2', 'Se acondicionaron 2 depósitos'),
            (16, 'sensores de temperatura', '281.2', '16 sensores de temperatura')],
           [('El informe de acondicionamiento no indica qué depósitos ni cuántos faltan.', 'retroalimentacion', '281.2', 'solicita_datos', 'SE'),
            ('Se sugiere que el indicador mida las condiciones logradas y no el número de aparatos.', 'observacion', '281.2', 'diseno_meta', 'Rogelio Andrade Vela')]),
         S(284, T284,
           [G(*G284_1, ['Abren en fin de semana 6 hemerotecas de Coyoacán y 3 de Tlalpan; en octubre hubo 3,870 visitas.'])],
           [(6, 'hemerotecas', '284.1', 'Abren en fin de semana 6 hemerotecas de Coyoacán'),
            (3, 'hemerotecas', '284.1', '3 de Tlalpan'),
            (3870, 'visitas', '284.1', 'en octubre hubo 3,870 visitas')],
           [('Se reconoce la incorporación de Tlalpan al reporte de la meta.', 'retroalimentacion', '284.1', 'avance', 'SE'),
            ('El servicio de fin de semana debería reportarse junto con el de préstamo a domicilio de la estrategia 286.', 'observacion', '284.1', 'reasignar', 'Patricia Morán Olguín'),
            ('Se pide a las delegaciones que difundan el nuevo horario en las escuelas.', 'observacion', '284.1', 'exhorta', 'Ana Luisa Tovar Reyes')])],
     agreements=[
         A('La Secretaría de Cultura presentará el avance de la digitalización en la novena sesión.', [], 'Secretaría de Cultura'),
         A('La Delegación Tlalpan enviará el horario de sus hemerotecas antes del 11 de diciembre de 2015.', ['2015-12-11'], 'Delegación Tlalpan'),
         A('La novena sesión ordinaria se realizará el 26 de enero de 2016 a las 11:00 horas.', ['2016-01-26'], None, next_session=True)],
     next=NX('2016-01-26', '11:00'),
     notes='Goal tables with the report status as ticked checkbox glyphs (☒ Reportó ☐ No reportó); LibreOffice PDF.')

# ================================================================ AD4 papalotes (agreements follow-up with struck-through done agreements, 2021)
PAP_BODY = 'Derecho al Juego y la Recreación: Papalotes y Espacios Abiertos para la Infancia'
PAP_COORD = ('Lucía Benavides Rojo', 'Coordinadora del Espacio de Participación')
PAP_PLACE = 'Explanada del Deportivo Xochimilco, Alcaldía Xochimilco'
T421 = 'Garantizar espacios abiertos seguros para el juego de niñas y niños'
T425 = 'Promover el juego tradicional y la elaboración de papalotes como patrimonio cultural'
G421_1 = ('421.1', 'Liberar de cableado aéreo y obstáculos las explanadas y parques usados para volar papalotes', 'Número de espacios liberados',
          'Alcaldía Xochimilco', 'ALC-XOCHIMILCO')
G425_1 = ('425.1', 'Realizar talleres comunitarios de elaboración de papalotes', 'Número de talleres realizados',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G425_2 = ('425.2', 'Organizar el festival anual del papalote en las alcaldías del sur', 'Festival realizado',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
PAP_SE = ('Eduardo Montes Caballero', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
PAP_ATT = [
    ('Rebeca Nájera Alcocer', 'Arq.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', IE, 'Directora de Parques y Jardines'),
    ('Diego Salazar Urrutia', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Jefe de Culturas Comunitarias'),
    ('Fabiola Iturbe Gómez', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, 'Subdirectora de Activación'),
    ('Tomás Villanueva Sierra', 'C.', 'Colectivo Vuela Alto Xochimilco', None, SC, 'Fundador'),
    ('Karina Lozada Fierro', 'C.', 'Red por los Derechos de la Infancia en México', None, SC, 'Oficial de Incidencia'),
    ('Alberto Chávez Ocaña', 'Mtro.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesor'),
    ('Irene Salgado Muñoz', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Jefa de Centros Comunitarios'),
    PAP_SE]

acta(stem='blind-ad-papalotes-02-2021-03-09', layout='AD4', esp='papalotes',
     body=PAP_BODY, number=2, date='2021-03-09', start='16:00', end='18:00', place=PAP_PLACE, coordinator=PAP_COORD,
     attendance=PAP_ATT,
     old_agreements=[('1.1', 'La Secretaría Ejecutiva enviará a las instancias el formato de informe.', 'Cumplido'),
                     ('1.2', 'La Alcaldía Xochimilco presentará el inventario de explanadas y parques.', 'Cumplido'),
                     ('1.3', 'La segunda sesión ordinaria se realizará el 9 de marzo de 2021.', 'Cumplido')],
     strategies=[
         S(421, T421,
           [G(*G421_1, ['La Alcaldía liberó 5 explanadas con el retiro de 1,200 metros de cableado en desuso.'])],
           [(5, 'explanadas', '421.1', 'La Alcaldía liberó 5 explanadas'),
            (1200, 'metros de cableado', '421.1', 'con el retiro de 1,200 metros de cableado en desuso')],
           [('El informe da cuenta de avance concreto en la liberación de espacios.', 'retroalimentacion', '421.1', 'avance', 'SE'),
            ('Se pregunta si los espacios liberados tienen vigilancia y alumbrado para que el juego sea seguro.', 'observacion', '421.1', 'cuestiona', 'Karina Lozada Fierro')]),
         S(425, T425,
           [G(*G425_1, ['Se realizaron 18 talleres en 9 pueblos de Xochimilco y Tlalpan, con 540 niñas y niños.']),
            G(*G425_2, None, 'No presentó informe.')],
           [(18, 'talleres', '425.1', 'Se realizaron 18 talleres'),
            (9, 'pueblos', '425.1', 'en 9 pueblos de Xochimilco y Tlalpan'),
            (540, 'niñas y niños', '425.1', 'con 540 niñas y niños')],
           [('Se solicita desagregar por sexo y edad a las niñas y niños de los talleres.', 'retroalimentacion', '425.1', 'solicita_datos', 'SE'),
            ('El festival no tiene fecha y debería estar ya programado; se exhorta a la Secretaría de Cultura.', 'retroalimentacion', '425.2', 'exhorta', 'SE'),
            ('Los talleres podrían darse en los centros comunitarios del DIF, que tienen patios.', 'observacion', '425.1', 'instancia', 'Irene Salgado Muñoz')])],
     agreements=[
         A('La Secretaría de Cultura presentará la fecha y sede del festival del papalote a más tardar el 31 de marzo de 2021.', ['2021-03-31'], 'Secretaría de Cultura'),
         A('El DIF y la Secretaría de Cultura explorarán talleres en los centros comunitarios.', [], 'DIF y la Secretaría de Cultura'),
         A('La tercera sesión ordinaria se realizará el 11 de mayo de 2021 a las 16:00 horas.', ['2021-05-11'], None, next_session=True)],
     next=NX('2021-05-11', '16:00'),
     notes='Agreements as a follow-up table: earlier sessions\' agreements already fulfilled are struck through (w:strike) and the new ones added under them.')

acta(stem='blind-ad-papalotes-03-2021-05-11', layout='AD4', esp='papalotes',
     body=PAP_BODY, number=3, date='2021-05-11', start='16:00', end='18:10', place=PAP_PLACE, coordinator=PAP_COORD,
     attendance=PAP_ATT[:5] + PAP_ATT[6:],
     old_agreements=[('2.1', 'La Secretaría de Cultura presentará la fecha y sede del festival del papalote a más tardar el 31 de marzo de 2021.', 'Cumplido'),
                     ('2.2', 'El DIF y la Secretaría de Cultura explorarán talleres en los centros comunitarios.', 'En proceso'),
                     ('2.3', 'La tercera sesión ordinaria se realizará el 11 de mayo de 2021 a las 16:00 horas.', 'Cumplido')],
     strategies=[
         S(421, T421,
           [G(*G421_1, None, 'La Alcaldía no presentó informe.')],
           [],
           [('Se exhorta a la Alcaldía a informar si continuó el retiro de cableado.', 'retroalimentacion', '421.1', 'exhorta', 'SE'),
            ('El retiro de cables corresponde a las compañías y a la Agencia Digital, no sólo a la Alcaldía.', 'observacion', '421.1', 'instancia', 'Rebeca Nájera Alcocer')]),
         S(425, T425,
           [G(*G425_1, ['Se sumaron 12 talleres, 4 de ellos en centros comunitarios del DIF, con 310 participantes.']),
            G(*G425_2, ['El festival se realizará el 15 de agosto en el Deportivo Xochimilco con 40 talleristas; se destinaron 280,000 pesos.'])],
           [(12, 'talleres', '425.1', 'Se sumaron 12 talleres'),
            (4, 'talleres', '425.1', '4 de ellos en centros comunitarios del DIF'),
            (310, 'participantes', '425.1', 'con 310 participantes'),
            (40, 'talleristas', '425.2', 'con 40 talleristas'),
            (280000, 'pesos', '425.2', 'se destinaron 280,000 pesos')],
           [('La coordinación con el DIF responde al acuerdo de la sesión anterior.', 'retroalimentacion', '425.1', 'avance', 'SE'),
            ('El festival es una actividad de un día; no alcanza para la promoción que pide la estrategia.', 'retroalimentacion', '425.2', 'insuficiente', 'SE'),
            ('El festival debería informarse como actividad cultural y no como meta de juego.', 'observacion', '425.2', 'desalineado', 'Alberto Chávez Ocaña')])],
     agreements=[
         A('La Alcaldía Xochimilco informará sobre el retiro de cableado en la cuarta sesión.', [], 'Alcaldía Xochimilco'),
         A('La Secretaría de Cultura enviará el programa del festival antes del 30 de junio de 2021.', ['2021-06-30'], 'Secretaría de Cultura'),
         A('La cuarta sesión ordinaria se realizará el 13 de julio de 2021 a las 16:00 horas.', ['2021-07-13'], None, next_session=True)],
     next=NX('2021-07-13', '16:00'),
     notes='Agreements as a follow-up table: earlier sessions\' agreements already fulfilled are struck through (w:strike) and the new ones added under them.')

# ================================================================ AD5 imprentas (pages from a document-management system, 2017)
IMP_BODY = 'Derecho al Trabajo: Imprentas y Talleres Gráficos Tradicionales'
IMP_COORD = ('Gustavo Peralta Camarena', 'Coordinador del Espacio de Participación')
IMP_PLACE = 'Salón de usos múltiples de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 131, colonia Tránsito'
T538 = 'Preservar los talleres gráficos tradicionales del Centro Histórico y las fuentes de empleo que generan'
T541 = 'Mejorar las condiciones de seguridad y salud en el trabajo en imprentas pequeñas'
G538_1 = ('538.1', 'Otorgar apoyos económicos a talleres de imprenta tipográfica para la renovación de equipo', 'Número de talleres apoyados',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G538_2 = ('538.2', 'Formar aprendices en oficios de tipografía, encuadernación y serigrafía', 'Número de aprendices formados',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G541_1 = ('541.1', 'Realizar visitas de asesoría en protección civil y manejo de solventes en imprentas', 'Número de visitas de asesoría',
          'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
IMP_SE = ('Olivia Mercado Sáenz', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
IMP_ATT = [
    ('Rafael Cornejo Huerta', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Capacitación para el Empleo'),
    ('Ernesto Lugo Vidal', 'Ing.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Subdirector de Protección Civil'),
    ('Norma Aguirre Pineda', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Fomento a MIPYMES'),
    ('Ramón Escamilla Toledo', 'C.', 'Unión de Impresores de Santo Domingo', None, SC, 'Presidente'),
    ('Elena Garduño Ríos', 'C.', 'Taller Colectivo La Tipográfica', None, SC, 'Integrante'),
    ('Mauricio Ledesma Paz', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesor de Diseño'),
    ('Claudia Rosas Beltrán', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Subdirectora de Crédito'),
    ('Hugo Palafox Neri', 'C.', 'Encuadernadores Unidos de la Merced', None, SC, 'Secretario'),
    IMP_SE]

acta(stem='blind-ad-imprentas-09-2017-02-21', layout='AD5', esp='imprentas',
     body=IMP_BODY, number=9, date='2017-02-21', start='10:00', end='12:40', place=IMP_PLACE, coordinator=IMP_COORD,
     attendance=IMP_ATT, folio='SE/EP-IMP/0091/2017',
     strategies=[
         S(538, T538,
           [G(*G538_1, ['Se entregaron apoyos a 27 talleres tipográficos, por 1.1 millones de pesos; 8 talleres renovaron prensas de platina.']),
            G(*G538_2, ['Concluyeron su formación 46 aprendices en 3 talleres escuela.'])],
           [(27, 'talleres tipográficos', '538.1', 'Se entregaron apoyos a 27 talleres tipográficos'),
            (1.1, 'millones de pesos', '538.1', 'por 1.1 millones de pesos'),
            (8, 'talleres', '538.1', '8 talleres renovaron prensas de platina'),
            (46, 'aprendices', '538.2', 'Concluyeron su formación 46 aprendices'),
            (3, 'talleres escuela', '538.2', 'en 3 talleres escuela')],
           [('El informe presenta avance en las dos metas con datos comparables a la sesión anterior.', 'retroalimentacion', '538.1', 'avance', 'SE'),
            ('Se solicita informar cuántos aprendices se emplearon en los talleres al terminar.', 'retroalimentacion', '538.2', 'solicita_datos', 'SE'),
            ('Los apoyos se reportan como fomento económico; no muestran cómo se preservan las fuentes de empleo.', 'observacion', '538.1', 'desalineado', 'Mauricio Ledesma Paz')]),
         S(541, T541,
           [G(*G541_1, None, 'La Delegación no presentó informe.')],
           [],
           [('Se exhorta a la Delegación a presentar el programa de visitas.', 'retroalimentacion', '541.1', 'exhorta', 'SE'),
            ('Las visitas de protección civil terminan en multas y no en asesoría; los talleres temen abrir la puerta.', 'observacion', '541.1', 'cuestiona', 'Ramón Escamilla Toledo'),
            ('La STYFE señala que el manejo de solventes le corresponde a la Delegación y a Protección Civil.', 'observacion', '541.1', 'instancia', 'Rafael Cornejo Huerta')])],
     agreements=[
         A('La Delegación Cuauhtémoc presentará su programa de visitas de asesoría antes del 17 de marzo de 2017.', ['2017-03-17'], 'Delegación Cuauhtémoc'),
         A('La STYFE informará la inserción laboral de los aprendices formados.', [], 'STYFE'),
         A('La décima sesión ordinaria se celebrará el 25 de abril de 2017 a las 10:00 horas en la misma sede.', ['2017-04-25'], None, next_session=True)],
     next=NX('2017-04-25', '10:00'),
     notes='Pages as kept by a document-management system: stamp, folio number and barcode on every page, "Página N de M" footer, long attendance table running over a page; Ghostscript PDF.')

acta(stem='blind-ad-imprentas-10-2017-04-25', layout='AD5', esp='imprentas',
     body=IMP_BODY, number=10, date='2017-04-25', start='10:00', end='12:30', place=IMP_PLACE, coordinator=IMP_COORD,
     attendance=IMP_ATT[:4] + IMP_ATT[5:], folio='SE/EP-IMP/0214/2017',
     strategies=[
         S(538, T538,
           [G(*G538_1, None, 'Sin informe en esta sesión.'),
            G(*G538_2, ['De los 46 aprendices, 29 se emplearon en talleres del Centro Histórico y 5 abrieron su propio taller.'])],
           [(46, 'aprendices', '538.2', 'De los 46 aprendices'),
            (29, 'aprendices', '538.2', '29 se emplearon en talleres del Centro Histórico'),
            (5, 'aprendices', '538.2', '5 abrieron su propio taller')],
           [('Se reconoce la información sobre inserción laboral solicitada en la sesión anterior.', 'retroalimentacion', '538.2', 'avance', 'SE'),
            ('El indicador debería medir a los aprendices empleados y no sólo a los formados.', 'observacion', '538.2', 'diseno_meta', 'Mauricio Ledesma Paz')]),
         S(541, T541,
           [G(*G541_1, ['Se realizaron 64 visitas de asesoría en Santo Domingo y la Merced; se entregaron 64 guías de manejo de solventes.'])],
           [(64, 'visitas de asesoría', '541.1', 'Se realizaron 64 visitas de asesoría'),
            (64, 'guías', '541.1', 'se entregaron 64 guías de manejo de solventes')],
           [('Las visitas contribuyen, pero por sí solas no dan cumplimiento a la meta si los talleres no corrigen los riesgos.', 'retroalimentacion', '541.1', 'insuficiente', 'SE'),
            ('La capacitación en solventes podría ubicarse en la estrategia 545 de salud laboral.', 'observacion', '541.1', 'reasignar', 'Claudia Rosas Beltrán'),
            ('Se informa que la Unión ya acompaña las visitas, lo que ha dado confianza a los talleres.', 'observacion', '541.1', 'avance', 'Ramón Escamilla Toledo')])],
     agreements=[
         A('La STYFE presentará el informe de apoyos económicos del primer trimestre en la undécima sesión.', [], 'STYFE'),
         A('La Delegación Cuauhtémoc enviará el registro de talleres visitados antes del 19 de mayo de 2017.', ['2017-05-19'], 'Delegación Cuauhtémoc'),
         A('La undécima sesión ordinaria se celebrará el 27 de junio de 2017 a las 10:00 horas.', ['2017-06-27'], None, next_session=True)],
     next=NX('2017-06-27', '10:00'),
     notes='Pages as kept by a document-management system: stamp, folio number and barcode on every page, "Página N de M" footer, long attendance table running over a page; Ghostscript PDF.')

# ================================================================ AD6 skate (one row per goal, strategy cell merged down, 2024)
SKA_BODY = 'Derecho al Deporte: Skate y Deportes Urbanos en el Espacio Público'
SKA_COORD = ('Valeria Gallegos Toscano', 'Coordinadora del Espacio de Participación')
SKA_PLACE = 'Skatepark del Parque de la Juventud, Alcaldía Iztacalco'
T489 = 'Construir y mantener skateparks públicos con participación de las juventudes'
T493 = 'Prevenir la discriminación y el acoso policial hacia jóvenes que practican deportes urbanos'
G489_1 = ('489.1', 'Construir skateparks en alcaldías que no cuentan con uno', 'Número de skateparks construidos',
          'Instituto del Deporte de la Ciudad de México', 'INDEPORTE')
G489_2 = ('489.2', 'Dar mantenimiento a las rampas y superficies de los skateparks existentes', 'Número de skateparks con mantenimiento',
          'Alcaldía Iztacalco', 'ALC-IZTACALCO')
G493_1 = ('493.1', 'Capacitar a policías de proximidad en derechos de las juventudes en el espacio público', 'Número de policías capacitados',
          'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
SKA_SE = ('Bruno Esparza Lucero', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
SKA_ATT = [
    ('Marcos Terán Alvarado', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, 'Director de Infraestructura Deportiva'),
    ('Paola Uribe Sandoval', 'Arq.', 'Alcaldía Iztacalco', 'ALC-IZTACALCO', IE, 'Jefa de Espacios Deportivos'),
    ('Cristian Aranda Bello', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Subdirector de Derechos de las Juventudes'),
    ('Sofía Carrillo Ávila', 'C.', 'Colectiva Skate Morras CDMX', None, SC, 'Vocera'),
    ('Luis Ángel Pineda Ruiz', 'C.', 'Asociación de Skateboarding del Oriente', None, SC, 'Presidente'),
    ('Ximena Beltrán Ochoa', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Investigadora'),
    SKA_SE]

acta(stem='blind-ad-skate-01-2024-08-27', layout='AD6', esp='skate',
     body=SKA_BODY, number=1, date='2024-08-27', start='17:00', end='19:00', place=SKA_PLACE, coordinator=SKA_COORD,
     attendance=SKA_ATT,
     strategies=[
         S(489, T489,
           [G(*G489_1, ['Se construyeron 2 skateparks, en Tláhuac y en Milpa Alta, con 3,400 metros cuadrados y un costo de 9.6 millones de pesos.']),
            G(*G489_2, ['La Alcaldía reparó 11 rampas del Parque de la Juventud y aplicó resina en 900 metros cuadrados.'])],
           [(2, 'skateparks', '489.1', 'Se construyeron 2 skateparks'),
            (3400, 'metros cuadrados', '489.1', 'con 3,400 metros cuadrados'),
            (9.6, 'millones de pesos', '489.1', 'un costo de 9.6 millones de pesos'),
            (11, 'rampas', '489.2', 'La Alcaldía reparó 11 rampas'),
            (900, 'metros cuadrados', '489.2', 'aplicó resina en 900 metros cuadrados')],
           [('El informe muestra avance físico y presupuestal en la construcción.', 'retroalimentacion', '489.1', 'avance', 'SE'),
            ('La construcción contribuye, pero por sí sola no cumple la estrategia si las juventudes no participaron en el diseño.', 'retroalimentacion', '489.1', 'insuficiente', 'SE'),
            ('Los skateparks nuevos no tienen bebederos ni sombra; se diseñaron sin consultar a quienes patinan.', 'observacion', '489.1', 'cuestiona', 'Sofía Carrillo Ávila')]),
         S(493, T493,
           [G(*G493_1, None, 'Sin reporte.')],
           [],
           [('La capacitación de policías debe contar con la Secretaría de Seguridad Ciudadana como corresponsable.', 'retroalimentacion', '493.1', 'diseno_meta', 'SE'),
            ('Se pide al INJUVE presentar el programa de capacitación en la siguiente sesión.', 'observacion', '493.1', 'exhorta', 'Luis Ángel Pineda Ruiz')])],
     agreements=[
         A('El INJUVE presentará el programa de capacitación a policías de proximidad antes del 20 de septiembre de 2024.', ['2024-09-20'], 'INJUVE'),
         A('El INDEPORTE compartirá los planos de los skateparks nuevos con las organizaciones del Espacio.', [], 'INDEPORTE'),
         A('La segunda sesión ordinaria se llevará a cabo el 22 de octubre de 2024 a las 17:00 horas en el mismo skatepark.', ['2024-10-22'], None, next_session=True)],
     next=NX('2024-10-22', '17:00'),
     notes='One table row per goal, the strategy cell merged down over its goals (vertical merge), the report and the feedback in full-width rows spanning all columns; LibreOffice PDF.')

acta(stem='blind-ad-skate-02-2024-10-22', layout='AD6', esp='skate',
     body=SKA_BODY, number=2, date='2024-10-22', start='17:00', end='19:20', place=SKA_PLACE, coordinator=SKA_COORD,
     attendance=SKA_ATT[:6] + [('Jesús Olvera Manzano', 'Lic.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Director de Policía de Proximidad'), SKA_SE],
     strategies=[
         S(489, T489,
           [G(*G489_1, ['Se abrió un taller de diseño con 35 jóvenes para el skatepark de Cuajimalpa, el tercero del programa, que tendrá 1,800 metros cuadrados.']),
            G(*G489_2, None, 'Sin reporte.')],
           [(35, 'jóvenes', '489.1', 'con 35 jóvenes'),
            (1800, 'metros cuadrados', '489.1', 'que tendrá 1,800 metros cuadrados')],
           [('El taller de diseño atiende lo señalado en la primera sesión sobre la participación.', 'retroalimentacion', '489.1', 'avance', 'SE'),
            ('Se solicita informar el presupuesto del skatepark de Cuajimalpa y su fecha de apertura.', 'retroalimentacion', '489.1', 'solicita_datos', 'SE')]),
         S(493, T493,
           [G(*G493_1, ['El INJUVE capacitó a 260 policías de proximidad de 4 sectores en 8 sesiones.'])],
           [(260, 'policías de proximidad', '493.1', 'El INJUVE capacitó a 260 policías de proximidad'),
            (4, 'sectores', '493.1', 'de 4 sectores'),
            (8, 'sesiones', '493.1', 'en 8 sesiones')],
           [('El número de policías es bajo frente al total de la policía de proximidad.', 'retroalimentacion', '493.1', 'insuficiente', 'SE'),
            ('La SSC informa que el curso se incorporará a la formación inicial en la Universidad de la Policía.', 'observacion', '493.1', 'instancia', 'Jesús Olvera Manzano'),
            ('El curso habla de juventudes en general y no del acoso a quienes patinan, que es el tema de la meta.', 'observacion', '493.1', 'desalineado', 'Sofía Carrillo Ávila')])],
     agreements=[
         A('La Alcaldía Iztacalco presentará el informe de mantenimiento de rampas en la tercera sesión.', [], 'Alcaldía Iztacalco'),
         A('El INDEPORTE enviará el presupuesto del skatepark de Cuajimalpa antes del 15 de noviembre de 2024.', ['2024-11-15'], 'INDEPORTE'),
         A('La tercera sesión ordinaria se llevará a cabo el 10 de diciembre de 2024 a las 17:00 horas.', ['2024-12-10'], None, next_session=True)],
     next=NX('2024-12-10', '17:00'),
     notes='One table row per goal, the strategy cell merged down over its goals (vertical merge), the report and the feedback in full-width rows spanning all columns; LibreOffice PDF.')
