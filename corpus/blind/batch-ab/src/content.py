# -*- coding: utf-8 -*-
# Batch AB content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
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


def acta(**kw):
    kw.setdefault('kind', 'sesión ordinaria'); kw.setdefault('topic', None); kw.setdefault('objective', None)
    ACTAS.append(kw)


ACTAS = []


def NX(date, time):
    return {'date': date, 'start_time': time, 'end_time': None, 'strategies': []}


SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ AB1 lecherias (Gantt table of agreements, 2014)
LEC_BODY = 'Derecho a la Alimentación: Lecherías y Abasto Social de Leche'
LEC_COORD = ('Irma Solórzano Vega', 'Coordinadora del Espacio de Participación')
LEC_PLACE = 'Sala de usos múltiples de la Secretaría de Desarrollo Social, Mesones 123, Centro'
T158 = 'Garantizar el abasto de leche a bajo costo en las colonias de menor índice de desarrollo social'
T161 = 'Mejorar las condiciones de las lecherías y la atención a las personas beneficiarias'
G158_1 = ('158.1', 'Abrir nuevos puntos de venta de leche en unidades territoriales de muy alta marginación',
          'Número de puntos de venta abiertos', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO')
G158_2 = ('158.2', 'Incorporar al padrón de beneficiarios a los hogares con niñas y niños menores de 12 años',
          'Número de hogares incorporados al padrón', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX')
G161_1 = ('161.1', 'Rehabilitar los locales de lecherías con sanitarios, rampas y techado de la fila',
          'Número de lecherías rehabilitadas', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
LEC_SE = ('Ramiro Cuevas Landa', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
LEC_ATT = [
    ('Gloria Benítez Arriola', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'Directora de Abasto Social'),
    ('Martín Oropeza Salas', 'Ing.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Subdirector de Mercados y Abasto'),
    ('Leticia Vargas Montiel', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX', IE, 'Jefa de Programas Alimentarios'),
    ('Esperanza Quintero Ruiz', 'C.', 'Comité de Abasto de la Colonia Santa Martha Acatitla', None, SC, 'Representante'),
    ('Jaime Coronado Pliego', 'Mtro.', 'Red por el Derecho a la Alimentación, A.C.', None, SC, 'Coordinador'),
    ('Patricia Lomelí Durán', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora'),
    LEC_SE]

acta(stem='blind-ab-lecherias-04-2014-03-11', layout='AB1', esp='lecherias',
     body=LEC_BODY, number=4, date='2014-03-11', start='10:00', end='12:45', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT,
     strategies=[
         S(158, T158,
           [G(*G158_1, ['Se abrieron 12 puntos de venta en Iztapalapa y Tláhuac, que atienden a 4,380 familias con 17,520 litros diarios.']),
            G(*G158_2, ['Se incorporaron 2,150 hogares al padrón; de ellos 640 son encabezados por mujeres.'])],
           [(12, 'puntos de venta', '158.1', 'Se abrieron 12 puntos de venta'),
            (4380, 'familias', '158.1', 'que atienden a 4,380 familias'),
            (17520, 'litros diarios', '158.1', 'con 17,520 litros diarios'),
            (2150, 'hogares', '158.2', 'Se incorporaron 2,150 hogares al padrón'),
            (640, 'hogares', '158.2', 'de ellos 640 son encabezados por mujeres')],
           [('Se reconoce que el informe presenta el número de puntos de venta y de familias atendidas.', 'retroalimentacion', '158.1', 'avance', 'SE'),
            ('Es necesario desagregar los hogares incorporados por delegación y por edad de las niñas y niños.', 'retroalimentacion', '158.2', 'solicita_datos', 'SE'),
            ('La sociedad civil cuestiona que los nuevos puntos se instalen en tiendas particulares y no en locales públicos.', 'observacion', '158.1', 'cuestiona', 'Jaime Coronado Pliego')]),
         S(161, T161,
           [G(*G161_1, None, 'La Delegación no presentó informe.')],
           [],
           [('Es necesario que la Delegación Iztapalapa inicie el diagnóstico de los locales que deben rehabilitarse.', 'retroalimentacion', '161.1', 'exhorta', 'SE'),
            ('La Delegación menciona que los locales pertenecen a LICONSA y que no puede invertir en ellos sin un convenio.', 'observacion', '161.1', 'instancia', 'Martín Oropeza Salas')])],
     agreements=[
         A('La SEDESO entregará la relación de puntos de venta por unidad territorial antes del 4 de abril de 2014.', ['2014-04-04'], 'SEDESO', gantt=('X', '', '', ''), resp_col='SEDESO'),
         A('La Delegación Iztapalapa y la Secretaría Ejecutiva revisarán el convenio con LICONSA para la rehabilitación de lecherías.', [], 'Delegación Iztapalapa y la Secretaría Ejecutiva', gantt=('X', 'X', '', ''), resp_col='Delegación Iztapalapa / SE'),
         A('La quinta sesión ordinaria se realizará el 13 de mayo de 2014 a las 10:00 horas en la misma sede.', ['2014-05-13'], None, next_session=True, gantt=('', '', 'X', ''), resp_col='Coordinación')],
     next=NX('2014-05-13', '10:00'),
     notes='Agreements as a Gantt-like table (months as columns, X marks, responsible column); LibreOffice PDF.')

acta(stem='blind-ab-lecherias-05-2014-05-13', layout='AB1', esp='lecherias',
     body=LEC_BODY, number=5, date='2014-05-13', start='10:00', end='12:30', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT[:6] + [('Arturo Mejía Salgado', 'Lic.', 'Consejo de Evaluación del Desarrollo Social del Distrito Federal', 'EVALUA', IE, 'Evaluador'), LEC_SE],
     strategies=[
         S(158, T158,
           [G(*G158_1, ['Al cierre de abril operan 19 puntos de venta nuevos, que distribuyen 96,000 litros al mes; el precio se mantuvo en 4.50 pesos por litro.']),
            G(*G158_2, None, 'El DIF informó que presentará los datos del padrón en la siguiente sesión.')],
           [(19, 'puntos de venta', '158.1', 'operan 19 puntos de venta nuevos'),
            (96000, 'litros', '158.1', 'que distribuyen 96,000 litros al mes'),
            (4.5, 'pesos por litro', '158.1', 'el precio se mantuvo en 4.50 pesos por litro')],
           [('El informe mezcla puntos de venta de LICONSA con los del programa local, lo que no corresponde a la meta.', 'retroalimentacion', '158.1', 'desalineado', 'SE'),
            ('Sería oportuno que a la sesión asista el área del DIF que administra el padrón.', 'retroalimentacion', '158.2', 'proceso', 'SE'),
            ('El indicador no permite saber si los hogares reciben la leche, sólo si están inscritos.', 'observacion', '158.2', 'diseno_meta', 'Patricia Lomelí Durán')]),
         S(161, T161,
           [G(*G161_1, ['Se rehabilitaron 7 lecherías con rampas y techado; 3 cuentan ya con sanitarios.'])],
           [(7, 'lecherías', '161.1', 'Se rehabilitaron 7 lecherías'),
            (3, 'lecherías', '161.1', '3 cuentan ya con sanitarios')],
           [('La rehabilitación contribuye, pero por sí sola no da cumplimiento a la meta mientras falten sanitarios en la mayoría.', 'retroalimentacion', '161.1', 'insuficiente', 'SE'),
            ('El comité señala que la fila se sigue haciendo en la banqueta desde las cinco de la mañana.', 'observacion', '161.1', 'cuestiona', 'Esperanza Quintero Ruiz'),
            ('Las acciones de sanitarios pueden estar enmarcadas en la estrategia 163, meta 163.2.', 'observacion', '161.1', 'reasignar', 'Arturo Mejía Salgado')])],
     agreements=[
         A('El DIF presentará el padrón de hogares desagregado por delegación en la sexta sesión.', [], 'DIF', gantt=('', 'X', 'X', ''), resp_col='DIF'),
         A('La Delegación Iztapalapa enviará el calendario de obra de las lecherías pendientes antes del 30 de mayo de 2014.', ['2014-05-30'], 'Delegación Iztapalapa', gantt=('X', '', '', ''), resp_col='Delegación Iztapalapa'),
         A('La sexta sesión ordinaria se realizará el 8 de julio de 2014 a las 10:00 horas.', ['2014-07-08'], None, next_session=True, gantt=('', '', 'X', ''), resp_col='Coordinación')],
     next=NX('2014-07-08', '10:00'),
     notes='Agreements as a Gantt-like table (months as columns, X marks, responsible column); LibreOffice PDF.')

# ================================================================ AB2 organilleros (Planner / kanban board export, 2022)
ORG_BODY = 'Derechos Culturales: Organilleros y Músicos en la Vía Pública'
ORG_COORD = ('Rodrigo Almanza Tello', 'Coordinador del Espacio de Participación')
ORG_PLACE = 'Videoconferencia (Microsoft Teams)'
T334 = 'Reconocer y proteger el oficio del organillero como patrimonio cultural inmaterial de la Ciudad'
T336 = 'Garantizar condiciones de trabajo dignas para músicos que trabajan en la vía pública'
G334_1 = ('334.1', 'Integrar el expediente de declaratoria del oficio de organillero como patrimonio cultural inmaterial',
          'Expediente integrado y presentado', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G334_2 = ('334.2', 'Apoyar el mantenimiento y la afinación de los organillos en uso',
          'Número de organillos con mantenimiento', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G336_1 = ('336.1', 'Otorgar credenciales de trabajador no asalariado a músicos de la vía pública',
          'Número de credenciales otorgadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
ORG_SE = ('Mariana Loaiza Ibarra', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
ORG_ATT = [
    ('Claudia Herrera Bastida', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Subdirectora de Patrimonio Inmaterial'),
    ('Jorge Lemus Arenas', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Jefe de Trabajo No Asalariado'),
    ('Felipe Cisneros Olvera', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Director de Vía Pública'),
    ('Guadalupe Rentería Soto', 'C.', 'Unión de Organilleros del Distrito Federal, A.C.', None, SC, 'Secretaria General'),
    ('Esteban Mondragón Cruz', 'C.', 'Colectivo Cilindro Vivo', None, SC, 'Integrante'),
    ('Natalia Ferrer Quiroz', 'Dra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora-investigadora'),
    ORG_SE]

acta(stem='blind-ab-organilleros-06-2022-02-15', layout='AB2', esp='organilleros',
     body=ORG_BODY, number=6, date='2022-02-15', start='11:00', end='13:00', place=ORG_PLACE, coordinator=ORG_COORD,
     attendance=ORG_ATT,
     strategies=[
         S(334, T334,
           [G(*G334_1, ['Se realizaron 6 mesas de trabajo con la Unión y se documentaron 38 testimonios de organilleros para el expediente.']),
            G(*G334_2, ['Se dio mantenimiento a 21 organillos con una inversión de 315,000 pesos, en 2 talleres de afinación.'])],
           [(6, 'mesas de trabajo', '334.1', 'Se realizaron 6 mesas de trabajo'),
            (38, 'testimonios', '334.1', 'se documentaron 38 testimonios de organilleros'),
            (21, 'organillos', '334.2', 'Se dio mantenimiento a 21 organillos'),
            (315000, 'pesos', '334.2', 'con una inversión de 315,000 pesos'),
            (2, 'talleres de afinación', '334.2', 'en 2 talleres de afinación')],
           [('El informe da cuenta de un avance real en la integración del expediente.', 'retroalimentacion', '334.1', 'avance', 'SE'),
            ('Es necesario informar qué organillos recibieron mantenimiento y quién realizó la afinación.', 'retroalimentacion', '334.2', 'solicita_datos', 'SE'),
            ('La Unión cuestiona que el mantenimiento se haga con talleres de fuera y no con los afinadores del gremio.', 'observacion', '334.2', 'cuestiona', 'Guadalupe Rentería Soto')]),
         S(336, T336,
           [G(*G336_1, None, 'Pendiente: la STYFE no presentó informe.')],
           [],
           [('Es necesario que la STYFE abra la convocatoria de credenciales para los músicos de la vía pública.', 'retroalimentacion', '336.1', 'exhorta', 'SE'),
            ('La STYFE refiere que la credencial corresponde a la Alcaldía cuando el músico trabaja en una sola demarcación.', 'observacion', '336.1', 'instancia', 'Jorge Lemus Arenas')])],
     agreements=[
         A('La Secretaría de Cultura compartirá el borrador del expediente de declaratoria con la Unión de Organilleros.', [], 'Secretaría de Cultura', card='En proceso'),
         A('La STYFE y la Alcaldía Cuauhtémoc definirán a quién corresponde la credencial de los músicos antes del 11 de marzo de 2022.', ['2022-03-11'], 'STYFE y la Alcaldía Cuauhtémoc', card='Por hacer'),
         A('Próxima sesión: 19 de abril de 2022, 11:00 horas, por Microsoft Teams.', ['2022-04-19'], None, next_session=True, card='Por hacer')],
     next=NX('2022-04-19', '11:00'),
     notes='Microsoft Planner board exported and printed by Chromium: columns Por hacer / En proceso / Hecho with cards.')

acta(stem='blind-ab-organilleros-07-2022-04-19', layout='AB2', esp='organilleros',
     body=ORG_BODY, number=7, date='2022-04-19', start='11:00', end='12:50', place=ORG_PLACE, coordinator=ORG_COORD,
     attendance=ORG_ATT[:4] + ORG_ATT[5:],
     strategies=[
         S(334, T334,
           [G(*G334_1, ['El expediente fue entregado al Consejo de Fomento Cultural con 52 testimonios y 140 fotografías.']),
            G(*G334_2, None, 'Pendiente: no se presentó informe.')],
           [(52, 'testimonios', '334.1', 'con 52 testimonios'),
            (140, 'fotografías', '334.1', '140 fotografías')],
           [('Se recomienda omitir del expediente las fotografías de eventos oficiales, que no documentan el oficio.', 'retroalimentacion', '334.1', 'desalineado', 'SE'),
            ('Sería oportuno que la Unión participe en la revisión del expediente antes de cada entrega.', 'observacion', '334.1', 'proceso', 'Guadalupe Rentería Soto'),
            ('El indicador sólo mide que el expediente se presente, no que la declaratoria se obtenga.', 'observacion', '334.1', 'diseno_meta', 'Natalia Ferrer Quiroz')]),
         S(336, T336,
           [G(*G336_1, ['Se otorgaron 87 credenciales, de ellas 34 a organilleros; se atendieron 3 jornadas de registro en el Centro Histórico.'])],
           [(87, 'credenciales', '336.1', 'Se otorgaron 87 credenciales'),
            (34, 'organilleros', '336.1', 'de ellas 34 a organilleros'),
            (3, 'jornadas de registro', '336.1', 'se atendieron 3 jornadas de registro')],
           [('La credencial contribuye, pero por sí sola no da cumplimiento a la meta si no se acompaña de acceso a seguridad social.', 'retroalimentacion', '336.1', 'insuficiente', 'SE'),
            ('El acceso a seguridad social puede estar enmarcado en la estrategia 338, meta 338.1.', 'retroalimentacion', '336.1', 'reasignar', 'SE'),
            ('La Alcaldía Cuauhtémoc solicita que la Secretaría Ejecutiva aclare qué instancia expide los permisos de ubicación.', 'observacion', '336.1', 'instancia', 'Felipe Cisneros Olvera')])],
     agreements=[
         A('La Secretaría de Cultura informará el dictamen del Consejo de Fomento Cultural en la siguiente sesión.', [], 'Secretaría de Cultura', card='Por hacer'),
         A('La STYFE presentará la ruta de afiliación a seguridad social de las personas credencializadas, meta 336.1.', [], 'STYFE', card='En proceso'),
         A('Próxima sesión: 21 de junio de 2022, 11:00 horas, por Microsoft Teams.', ['2022-06-21'], None, next_session=True, card='Por hacer')],
     next=NX('2022-06-21', '11:00'),
     notes='Microsoft Planner board exported and printed by Chromium: columns Por hacer / En proceso / Hecho with cards.')

# ================================================================ AB3 titeres (slide handouts, 3 per page, 2019)
TIT_BODY = 'Derechos Culturales: Teatro de Títeres para Niñas y Niños'
TIT_COORD = ('Beatriz Zamudio Peralta', 'Coordinadora del Espacio')
TIT_PLACE = 'Foro del Centro Cultural Los Talleres, Coyoacán'
T347 = 'Acercar las artes escénicas para la infancia a las colonias con menor oferta cultural'
T352 = 'Formar a docentes y promotores en el uso del títere como herramienta educativa'
G347_1 = ('347.1', 'Realizar temporadas gratuitas de teatro de títeres en las Fábricas de Artes y Oficios',
          'Número de funciones realizadas', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G347_2 = ('347.2', 'Llevar funciones de títeres a los Centros de Desarrollo Comunitario',
          'Número de niñas y niños asistentes', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G352_1 = ('352.1', 'Impartir talleres de construcción y manejo de títeres a docentes de primaria',
          'Número de docentes capacitados', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU')
TIT_SE = ('Óscar Pineda Villalobos', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TIT_ATT = [
    ('Adriana Cervantes Gil', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Coordinadora de Artes Escénicas'),
    ('Hugo Estrada Lozano', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Director de Centros Comunitarios'),
    ('Verónica Ayala Treviño', 'Mtra.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, 'Subdirectora de Formación Docente'),
    ('Luis Felipe Garza Ochoa', 'C.', 'Compañía Títeres de la Luna, A.C.', None, SC, 'Director artístico'),
    ('Marisol Cárdenas Bravo', 'C.', 'Red Mexicana de Titiriteros', None, SC, 'Vocal'),
    ('Ernesto Vidal Acuña', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Académico'),
    ('Rosa Elena Paredes Tinoco', 'Lic.', 'Alcaldía Coyoacán', 'ALC-COYOACAN', IE, 'Jefa de Cultura'),
    TIT_SE]

acta(stem='blind-ab-titeres-02-2019-06-18', layout='AB3', esp='titeres',
     body=TIT_BODY, number=2, date='2019-06-18', start='10:00', end='12:00', place=TIT_PLACE, coordinator=TIT_COORD,
     attendance=TIT_ATT,
     strategies=[
         S(347, T347,
           [G(*G347_1, ['Se presentaron 64 funciones en 8 FAROS con una asistencia de 5,920 personas.']),
            G(*G347_2, ['Se realizaron 18 funciones en Centros de Desarrollo Comunitario para 1,240 niñas y niños.'])],
           [(64, 'funciones', '347.1', 'Se presentaron 64 funciones'),
            (8, 'faros', '347.1', 'en 8 FAROS'),
            (5920, 'personas', '347.1', 'una asistencia de 5,920 personas'),
            (18, 'funciones', '347.2', 'Se realizaron 18 funciones'),
            (1240, 'niñas y niños', '347.2', 'para 1,240 niñas y niños')],
           [('Se reportan datos duros que permiten conocer el alcance de las temporadas.', 'retroalimentacion', '347.1', 'avance', 'SE'),
            ('Es necesario informar en qué Centros de Desarrollo Comunitario y en qué alcaldías se dieron las funciones.', 'retroalimentacion', '347.2', 'solicita_datos', 'SE'),
            ('La Red cuestiona que las compañías reciban el pago de las funciones hasta seis meses después.', 'observacion', '347.1', 'cuestiona', 'Marisol Cárdenas Bravo')]),
         S(352, T352,
           [G(*G352_1, None, 'No reportó')],
           [],
           [('Es necesario que la Secretaría de Educación inicie los talleres a docentes comprometidos en la meta.', 'retroalimentacion', '352.1', 'exhorta', 'SE'),
            ('La Secretaría de Educación menciona que los talleres dependen de la autorización de la Autoridad Educativa Federal.', 'observacion', '352.1', 'instancia', 'Verónica Ayala Treviño')])],
     agreements=[
         A('La Secretaría de Cultura enviará el calendario de la temporada de verano antes del 5 de julio de 2019.', ['2019-07-05'], 'Secretaría de Cultura'),
         A('El DIF y la Alcaldía Coyoacán acordarán las funciones en los Centros de Desarrollo Comunitario de la alcaldía.', [], 'DIF y la Alcaldía Coyoacán'),
         A('La tercera sesión se llevará a cabo el 20 de agosto de 2019 a las 10:00 horas.', ['2019-08-20'], None, next_session=True)],
     next=NX('2019-08-20', '10:00'),
     notes='Slide handouts, three slides per page with note lines beside them (Impress-like), printed by Chromium.')

acta(stem='blind-ab-titeres-03-2019-08-20', layout='AB3', esp='titeres',
     body=TIT_BODY, number=3, date='2019-08-20', start='10:00', end='12:15', place=TIT_PLACE, coordinator=TIT_COORD,
     attendance=TIT_ATT[:6] + [TIT_SE],
     strategies=[
         S(347, T347,
           [G(*G347_1, ['La temporada de verano sumó 42 funciones y 3,870 asistentes.']),
            G(*G347_2, None, 'No reportó')],
           [(42, 'funciones', '347.1', 'sumó 42 funciones'),
            (3870, 'asistentes', '347.1', '3,870 asistentes')],
           [('El informe incluye funciones en foros privados que no forman parte de la meta.', 'retroalimentacion', '347.1', 'desalineado', 'SE'),
            ('Sería oportuno que las compañías participantes sean convocadas a la sesión en que se revisa la temporada.', 'observacion', '347.1', 'proceso', 'Luis Felipe Garza Ochoa')]),
         S(352, T352,
           [G(*G352_1, ['Se impartieron 5 talleres a 112 docentes de primaria de 4 alcaldías, con 20 horas cada uno.'])],
           [(5, 'talleres', '352.1', 'Se impartieron 5 talleres'),
            (112, 'docentes', '352.1', 'a 112 docentes de primaria'),
            (4, 'alcaldías', '352.1', 'de 4 alcaldías'),
            (20, 'horas', '352.1', 'con 20 horas cada uno')],
           [('Los talleres contribuyen, pero por sí solos no dan cumplimiento a la meta si no se da seguimiento en el aula.', 'retroalimentacion', '352.1', 'insuficiente', 'SE'),
            ('No hay correspondencia entre la meta, que habla de docentes, y el indicador, que no distingue si terminaron el taller.', 'observacion', '352.1', 'diseno_meta', 'Ernesto Vidal Acuña'),
            ('La Red de Titiriteros pide conocer cuántos títeres se construyeron y en qué escuelas se usan.', 'observacion', '352.1', 'solicita_datos', 'Marisol Cárdenas Bravo')])],
     agreements=[
         A('El DIF presentará el informe de la meta 347.2 en la cuarta sesión.', [], 'DIF'),
         A('La Secretaría de Educación compartirá la lista de escuelas participantes con la Red Mexicana de Titiriteros.', [], 'Secretaría de Educación'),
         A('La cuarta sesión se llevará a cabo el 22 de octubre de 2019 a las 10:00 horas.', ['2019-10-22'], None, next_session=True)],
     next=NX('2019-10-22', '10:00'),
     notes='Slide handouts, three slides per page with note lines beside them (Impress-like), printed by Chromium.')

# ================================================================ AB4 senderos (scan of thin paper showing through + handwritten margin note, 2016)
SEN_BODY = 'Derecho a un Medio Ambiente Sano: Senderos del Suelo de Conservación'
SEN_COORD = ('Alfonso Briseño Lara', 'Coordinador del Espacio')
SEN_PLACE = 'Centro de Educación Ambiental Ecoguardas, Tlalpan'
T221 = 'Conservar y señalizar los senderos del suelo de conservación para su uso público'
T224 = 'Involucrar a los núcleos agrarios en la vigilancia y el mantenimiento de los senderos'
G221_1 = ('221.1', 'Rehabilitar y señalizar los senderos interpretativos del Ajusco y de los Dinamos',
          'Kilómetros de sendero rehabilitados', 'Secretaría del Medio Ambiente', 'SEDEMA')
G221_2 = ('221.2', 'Instalar módulos de información y primeros auxilios en los accesos a los senderos',
          'Número de módulos instalados', 'Delegación Tlalpan', 'ALC-TLALPAN')
G224_1 = ('224.1', 'Pagar jornales a brigadas comunitarias de mantenimiento de senderos',
          'Número de brigadas apoyadas', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
SEN_SE = ('Daniela Rosas Figueroa', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
SEN_ATT = [
    ('Fernando Guízar Medina', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Director de Áreas Naturales'),
    ('Lorena Bustamante Islas', 'Arq.', 'Delegación Tlalpan', 'ALC-TLALPAN', IE, 'Directora de Ecología'),
    ('Ricardo Nava Escobedo', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirector de Desarrollo Rural'),
    ('Concepción Álvarez Hidalgo', 'C.', 'Brigada Ajusco Verde, A.C.', None, SC, 'Presidenta'),
    ('Tiburcio Jiménez Galicia', 'C.', 'Bienes Comunales de San Miguel Ajusco', None, SC, 'Secretario del Comisariado'),
    ('Alejandra Rebollo Fierro', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora'),
    SEN_SE]

acta(stem='blind-ab-senderos-08-2016-09-06', layout='AB4', esp='senderos',
     body=SEN_BODY, number=8, date='2016-09-06', start='09:30', end='12:00', place=SEN_PLACE, coordinator=SEN_COORD,
     attendance=SEN_ATT,
     strategies=[
         S(221, T221,
           [G(*G221_1, ['Se rehabilitaron 14 kilómetros de sendero y se colocaron 96 señales.']),
            G(*G221_2, None, 'No se presentó informe.')],
           [(14, 'kilómetros de sendero', '221.1', 'Se rehabilitaron 14 kilómetros de sendero'),
            (96, 'señales', '221.1', 'se colocaron 96 señales')],
           [('Se reconoce que el informe presenta kilómetros y señales instaladas.', 'retroalimentacion', '221.1', 'avance', 'SE'),
            ('Es necesario que la Delegación Tlalpan instale los módulos comprometidos en los accesos.', 'retroalimentacion', '221.2', 'exhorta', 'SE'),
            ('La Delegación refiere que los accesos están en terrenos comunales y no le correspondería instalar los módulos.', 'observacion', '221.2', 'instancia', 'Lorena Bustamante Islas')]),
         S(224, T224,
           [G(*G224_1, ['Se apoyó a 9 brigadas con 126 jornaleros durante 90 días.'])],
           [(9, 'brigadas', '224.1', 'Se apoyó a 9 brigadas'),
            (126, 'jornaleros', '224.1', 'con 126 jornaleros'),
            (90, 'días', '224.1', 'durante 90 días')],
           [('Es necesario informar los núcleos agrarios a los que pertenecen las brigadas y el monto del jornal.', 'retroalimentacion', '224.1', 'solicita_datos', 'SE'),
            ('Los comuneros cuestionan que las brigadas se formen por convocatoria abierta y no por acuerdo de asamblea.', 'observacion', '224.1', 'cuestiona', 'Tiburcio Jiménez Galicia')])],
     agreements=[
         A('La SEDEMA y los Bienes Comunales de San Miguel Ajusco harán un recorrido conjunto por los senderos rehabilitados.', [], 'SEDEMA y los Bienes Comunales de San Miguel Ajusco'),
         A('La SEDEREC enviará la relación de brigadas por núcleo agrario antes del 30 de septiembre de 2016.', ['2016-09-30'], 'SEDEREC'),
         A('La novena sesión se celebrará el 8 de noviembre de 2016 a las 9:30 horas en la misma sede.', ['2016-11-08'], None, next_session=True)],
     next=NX('2016-11-08', '09:30'),
     handwritten=['ok Ajusco', 'ver plano'],
     notes='Scan of a photocopy on thin paper: the back page shows through mirrored; handwritten margin notes (not gold).')

acta(stem='blind-ab-senderos-09-2016-11-08', layout='AB4', esp='senderos',
     body=SEN_BODY, number=9, date='2016-11-08', start='09:30', end='11:45', place=SEN_PLACE, coordinator=SEN_COORD,
     attendance=SEN_ATT,
     strategies=[
         S(221, T221,
           [G(*G221_1, ['Suman 22 kilómetros rehabilitados en 3 parajes; se retiraron 4 toneladas de basura de los senderos.']),
            G(*G221_2, ['Se instalaron 2 módulos de información en los Dinamos, atendidos por 6 guardaparques.'])],
           [(22, 'kilómetros', '221.1', 'Suman 22 kilómetros rehabilitados'),
            (3, 'parajes', '221.1', 'en 3 parajes'),
            (4, 'toneladas de basura', '221.1', 'se retiraron 4 toneladas de basura'),
            (2, 'módulos de información', '221.2', 'Se instalaron 2 módulos de información'),
            (6, 'guardaparques', '221.2', 'atendidos por 6 guardaparques')],
           [('El retiro de basura no corresponde al indicador de la meta, que mide kilómetros rehabilitados.', 'retroalimentacion', '221.1', 'desalineado', 'SE'),
            ('Los módulos contribuyen, pero por sí solos no dan cumplimiento a la meta sin servicio de primeros auxilios.', 'retroalimentacion', '221.2', 'insuficiente', 'SE'),
            ('Sería oportuno invitar a Protección Civil a la siguiente sesión para tratar los primeros auxilios.', 'observacion', '221.2', 'proceso', 'Concepción Álvarez Hidalgo')]),
         S(224, T224,
           [G(*G224_1, None, 'La SEDEREC no presentó informe.')],
           [],
           [('El pago de jornales puede estar enmarcado en la estrategia 226, meta 226.3.', 'retroalimentacion', '224.1', 'reasignar', 'SE'),
            ('El indicador cuenta brigadas pero no dice nada del estado de los senderos que mantienen.', 'observacion', '224.1', 'diseno_meta', 'Alejandra Rebollo Fierro')])],
     agreements=[
         A('La Delegación Tlalpan invitará a Protección Civil a la décima sesión.', [], 'Delegación Tlalpan'),
         A('La SEDEREC presentará el informe de la meta 224.1 antes del 2 de diciembre de 2016.', ['2016-12-02'], 'SEDEREC'),
         A('La décima sesión se celebrará el 17 de enero de 2017 a las 9:30 horas.', ['2017-01-17'], None, next_session=True)],
     next=NX('2017-01-17', '09:30'),
     handwritten=['falta\\nSEDEREC', '¿y P.C.?'],
     notes='Scan of a photocopy on thin paper: the back page shows through mirrored; handwritten margin notes (not gold).')

# ================================================================ AB5 lavaderos (older programme vocabulary: Capítulo / Objetivo específico / Línea de acción, 2013)
LAV_BODY = 'Derecho al Agua: Lavaderos Públicos y Comunitarios'
LAV_COORD = ('Socorro Landeros Patiño', 'Coordinadora del Espacio de Participación')
LAV_PLACE = 'Auditorio del Sistema de Aguas de la Ciudad de México, Nezahualcóyotl 109'
T516 = 'Garantizar el suministro de agua potable a los lavaderos públicos de las colonias populares'
T521 = 'Mejorar las condiciones de higiene y seguridad de los lavaderos comunitarios'
G516 = (None, 'Conectar a la red de agua potable los lavaderos públicos que se abastecen por pipa',
        'Número de lavaderos conectados a la red', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G521_1 = ('521.1', 'Rehabilitar pilas, techumbres y drenaje de los lavaderos comunitarios',
          'Número de lavaderos rehabilitados', 'Delegación Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA')
G521_2 = ('521.2', 'Habilitar espacios de cuidado infantil junto a los lavaderos de mayor uso',
          'Número de espacios de cuidado habilitados', 'Instituto de las Mujeres del Distrito Federal', 'INMUJERES-CDMX')
LAV_SE = ('Gabriel Estévez Nolasco', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
LAV_ATT = [
    ('Ana Luisa Prieto Camacho', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirectora de Agua Potable'),
    ('Rogelio Trejo Maldonado', 'Lic.', 'Delegación Venustiano Carranza', 'ALC-VENUSTIANO-CARRANZA', IE, 'Director de Servicios Urbanos'),
    ('Carmen Huerta Lozada', 'Lic.', 'Instituto de las Mujeres del Distrito Federal', 'INMUJERES-CDMX', IE, 'Coordinadora de Programas'),
    ('Eulalia Sandoval Ríos', 'C.', 'Asociación de Usuarias del Lavadero Público de la Merced', None, SC, 'Presidenta'),
    ('Norma Arellano Pacheco', 'Lic.', 'Mujeres por el Agua, A.C.', None, SC, 'Directora'),
    ('Sergio Villaseñor Ortiz', 'Lic.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitador adjunto'),
    LAV_SE]

acta(stem='blind-ab-lavaderos-03-2013-04-16', layout='AB5', esp='lavaderos',
     body=LAV_BODY, number=3, date='2013-04-16', start='10:00', end='13:00', place=LAV_PLACE, coordinator=LAV_COORD,
     attendance=LAV_ATT,
     chapter=('Capítulo 11. Derecho al agua', 'Objetivo específico 11.3. Garantizar el acceso de la población al agua potable en cantidad y calidad suficientes'),
     strategies=[
         S(516, T516,
           [G(*G516, ['Se conectaron 11 lavaderos públicos a la red; 5 todavía reciben agua por pipa dos veces por semana.'])],
           [(11, 'lavaderos públicos', None, 'Se conectaron 11 lavaderos públicos a la red'),
            (5, 'lavaderos', None, '5 todavía reciben agua por pipa')],
           [('Se reportan datos duros que permiten conocer el avance de las conexiones.', 'retroalimentacion', None, 'avance', 'SE'),
            ('Es necesario informar en qué colonias están los lavaderos que siguen abasteciéndose por pipa.', 'retroalimentacion', None, 'solicita_datos', 'SE'),
            ('La asociación cuestiona que la conexión se haga con tubería de media pulgada que no alcanza para las pilas.', 'observacion', None, 'cuestiona', 'Eulalia Sandoval Ríos')]),
         S(521, T521,
           [G(*G521_1, ['Se rehabilitaron 6 lavaderos con una inversión de 1.8 millones de pesos, en beneficio de 430 usuarias.']),
            G(*G521_2, None, 'Sin reporte.')],
           [(6, 'lavaderos', '521.1', 'Se rehabilitaron 6 lavaderos'),
            (1.8, 'millones de pesos', '521.1', 'con una inversión de 1.8 millones de pesos'),
            (430, 'usuarias', '521.1', 'en beneficio de 430 usuarias')],
           [('Es necesario que el Instituto de las Mujeres inicie la habilitación de los espacios de cuidado infantil.', 'retroalimentacion', '521.2', 'exhorta', 'SE'),
            ('El Instituto menciona que no cuenta con personal para atender espacios fuera de sus unidades delegacionales.', 'observacion', '521.2', 'instancia', 'Carmen Huerta Lozada')])],
     agreements=[
         A('El Sistema de Aguas entregará la lista de lavaderos abastecidos por pipa antes del 10 de mayo de 2013.', ['2013-05-10'], 'Sistema de Aguas'),
         A('El Instituto de las Mujeres y la Delegación Venustiano Carranza revisarán un espacio piloto de cuidado infantil.', [], 'Instituto de las Mujeres y la Delegación Venustiano Carranza'),
         A('La cuarta sesión ordinaria se celebrará el día 18 de junio de 2013, a las 10:00 horas.', ['2013-06-18'], None, next_session=True)],
     next=NX('2013-06-18', '10:00'),
     notes='Minutes in the 2009 programme vocabulary: Capítulo / Objetivo específico / Línea de acción with its Meta and Indicador; a línea de acción is gold as a strategy (its number), its Meta a goal (id null when unnumbered); LibreOffice PDF.')

acta(stem='blind-ab-lavaderos-04-2013-06-18', layout='AB5', esp='lavaderos',
     body=LAV_BODY, number=4, date='2013-06-18', start='10:00', end='12:40', place=LAV_PLACE, coordinator=LAV_COORD,
     attendance=LAV_ATT[:4] + [('Mónica Aguilar Rangel', 'Lic.', 'Procuraduría Social del Distrito Federal', 'PROSOC', IE, 'Subprocuradora'), LAV_ATT[4], LAV_ATT[6]],
     chapter=('Capítulo 11. Derecho al agua', 'Objetivo específico 11.3. Garantizar el acceso de la población al agua potable en cantidad y calidad suficientes'),
     strategies=[
         S(516, T516,
           [G(*G516, None, 'Sin reporte.')],
           [],
           [('Sería oportuno que asista a las sesiones el área de Agua Potable que realiza las conexiones.', 'retroalimentacion', None, 'proceso', 'SE'),
            ('El Sistema de Aguas solicita que la meta se precise, pues no todos los lavaderos tienen toma registrada.', 'observacion', None, 'instancia', 'Ana Luisa Prieto Camacho')]),
         S(521, T521,
           [G(*G521_1, ['Suman 9 lavaderos rehabilitados; en 2 se cambió el drenaje completo y se colocaron 36 pilas nuevas.']),
            G(*G521_2, ['Se habilitó 1 espacio de cuidado infantil en la Merced que atiende a 25 niñas y niños.'])],
           [(9, 'lavaderos', '521.1', 'Suman 9 lavaderos rehabilitados'),
            (2, 'lavaderos', '521.1', 'en 2 se cambió el drenaje completo'),
            (36, 'pilas nuevas', '521.1', 'se colocaron 36 pilas nuevas'),
            (1, 'espacio de cuidado infantil', '521.2', 'Se habilitó 1 espacio de cuidado infantil'),
            (25, 'niñas y niños', '521.2', 'que atiende a 25 niñas y niños')],
           [('El cambio de drenaje puede estar enmarcado en la línea de acción 524.', 'retroalimentacion', '521.1', 'reasignar', 'SE'),
            ('El espacio piloto contribuye, pero por sí solo no da cumplimiento a la meta.', 'retroalimentacion', '521.2', 'insuficiente', 'SE'),
            ('No hay correspondencia entre la meta y el indicador, que no mide la higiene ni la seguridad.', 'observacion', '521.1', 'diseno_meta', 'Norma Arellano Pacheco')])],
     agreements=[
         A('El Sistema de Aguas presentará la propuesta de redacción de la meta en la quinta sesión.', [], 'Sistema de Aguas'),
         A('La PROSOC apoyará a las usuarias en el registro de las tomas de los lavaderos.', [], 'PROSOC'),
         A('La quinta sesión ordinaria se celebrará el día 20 de agosto de 2013, a las 10:00 horas.', ['2013-08-20'], None, next_session=True)],
     next=NX('2013-08-20', '10:00'),
     notes='Minutes in the 2009 programme vocabulary: Capítulo / Objetivo específico / Línea de acción with its Meta and Indicador; a línea de acción is gold as a strategy (its number), its Meta a goal (id null when unnumbered); LibreOffice PDF.')

# ================================================================ AB6 boxeo (PDF whose fonts have no Unicode map, 2024)
BOX_BODY = 'Derecho al Deporte: Boxeo Comunitario y Gimnasios Públicos'
BOX_COORD = ('Marco Antonio Leyva Rubio', 'Coordinador del Espacio de Participación')
BOX_PLACE = 'Gimnasio Público Kid Azteca, Alcaldía Gustavo A. Madero'
T468 = 'Ampliar el acceso gratuito a la práctica del boxeo en gimnasios públicos'
T471 = 'Prevenir la violencia entre jóvenes mediante el deporte comunitario'
G468_1 = ('468.1', 'Equipar gimnasios públicos de boxeo en colonias de alta marginación',
          'Número de gimnasios equipados', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE')
G468_2 = ('468.2', 'Contratar entrenadores certificados para los gimnasios públicos',
          'Número de entrenadores contratados', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO')
G471_1 = ('471.1', 'Realizar torneos juveniles de boxeo con acompañamiento psicosocial',
          'Número de jóvenes participantes', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
BOX_SE = ('Karla Montoya Sierra', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
BOX_ATT = [
    ('Javier Olmedo Cruz', 'Lic.', 'Instituto del Deporte de la Ciudad de México', 'INDEPORTE', IE, 'Director de Deporte Comunitario'),
    ('Yolanda Piña Estrada', 'Lic.', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', IE, 'Directora de Deporte'),
    ('Omar Castañeda Ríos', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Subdirector de Programas'),
    ('Raymundo Téllez Ocampo', 'C.', 'Club de Box Tepito Unido, A.C.', None, SC, 'Entrenador'),
    ('Itzel Domínguez Barrera', 'C.', 'Colectivo Guantes por la Paz', None, SC, 'Coordinadora'),
    ('Samuel Arteaga Loera', 'Mtro.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Profesor'),
    ('Lucía Gallardo Peña', 'Lic.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefa de Medicina del Deporte'),
    BOX_SE]

acta(stem='blind-ab-boxeo-10-2024-01-23', layout='AB6', esp='boxeo',
     body=BOX_BODY, number=10, date='2024-01-23', start='16:00', end='18:00', place=BOX_PLACE, coordinator=BOX_COORD,
     attendance=BOX_ATT,
     strategies=[
         S(468, T468,
           [G(*G468_1, ['Se equiparon 8 gimnasios con 64 costales y 8 rings, con una inversión de 2.4 millones de pesos.']),
            G(*G468_2, None, 'No reportó.')],
           [(8, 'gimnasios', '468.1', 'Se equiparon 8 gimnasios'),
            (64, 'costales', '468.1', 'con 64 costales'),
            (8, 'rings', '468.1', '8 rings'),
            (2.4, 'millones de pesos', '468.1', 'con una inversión de 2.4 millones de pesos')],
           [('El informe presenta datos duros del equipamiento y de la inversión realizada.', 'retroalimentacion', '468.1', 'avance', 'SE'),
            ('Es necesario que la Alcaldía contrate a los entrenadores certificados que establece la meta.', 'retroalimentacion', '468.2', 'exhorta', 'SE'),
            ('El club cuestiona que los gimnasios equipados cobren cuotas de recuperación a las y los jóvenes.', 'observacion', '468.1', 'cuestiona', 'Raymundo Téllez Ocampo')]),
         S(471, T471,
           [G(*G471_1, ['Se realizaron 3 torneos con 415 jóvenes; 120 recibieron acompañamiento psicosocial.'])],
           [(3, 'torneos', '471.1', 'Se realizaron 3 torneos'),
            (415, 'jóvenes', '471.1', 'con 415 jóvenes'),
            (120, 'jóvenes', '471.1', '120 recibieron acompañamiento psicosocial')],
           [('Es necesario informar cuántas sesiones de acompañamiento recibió cada joven y quién las impartió.', 'retroalimentacion', '471.1', 'solicita_datos', 'SE'),
            ('El INJUVE menciona que es difícil dar seguimiento a los jóvenes que no regresan después del torneo.', 'observacion', '471.1', 'instancia', 'Omar Castañeda Ríos')])],
     agreements=[
         A('La Alcaldía Gustavo A. Madero informará el avance de la contratación de entrenadores, meta 468.2.', [], 'Alcaldía Gustavo A. Madero'),
         A('El INDEPORTE revisará con los clubes el esquema de cuotas de recuperación antes del 16 de febrero de 2024.', ['2024-02-16'], 'INDEPORTE'),
         A('La décima primera sesión se celebrará el 26 de marzo de 2024 a las 16:00 horas, en la misma sede.', ['2024-03-26'], None, next_session=True)],
     next=NX('2024-03-26', '16:00'),
     notes='PDF whose embedded fonts carry no Unicode map (as an old printer driver wrote it): the text layer extracts as garbage; gold checked on the OCR of the page images.')

acta(stem='blind-ab-boxeo-11-2024-03-26', layout='AB6', esp='boxeo',
     body=BOX_BODY, number=11, date='2024-03-26', start='16:00', end='18:10', place=BOX_PLACE, coordinator=BOX_COORD,
     attendance=BOX_ATT[:6] + [BOX_SE],
     strategies=[
         S(468, T468,
           [G(*G468_1, None, 'No reportó.'),
            G(*G468_2, ['Se contrataron 6 entrenadores certificados para 4 gimnasios de la Alcaldía.'])],
           [(6, 'entrenadores certificados', '468.2', 'Se contrataron 6 entrenadores certificados'),
            (4, 'gimnasios', '468.2', 'para 4 gimnasios de la Alcaldía')],
           [('La contratación contribuye, pero por sí sola no da cumplimiento a la meta si los contratos son por tres meses.', 'retroalimentacion', '468.2', 'insuficiente', 'SE'),
            ('Sería oportuno que los clubes comunitarios reciban el informe antes de la sesión para poder comentarlo.', 'observacion', '468.1', 'proceso', 'Itzel Domínguez Barrera')]),
         S(471, T471,
           [G(*G471_1, ['Se llevaron a cabo 2 torneos más con 260 participantes y 45 sesiones de acompañamiento psicosocial.'])],
           [(2, 'torneos', '471.1', 'Se llevaron a cabo 2 torneos más'),
            (260, 'participantes', '471.1', 'con 260 participantes'),
            (45, 'sesiones de acompañamiento psicosocial', '471.1', '45 sesiones de acompañamiento psicosocial')],
           [('El informe incluye exhibiciones de boxeo profesional que no forman parte de la meta.', 'retroalimentacion', '471.1', 'desalineado', 'SE'),
            ('La atención psicosocial puede estar enmarcada en la estrategia 474, meta 474.2.', 'retroalimentacion', '471.1', 'reasignar', 'SE'),
            ('El indicador cuenta participantes, pero no permite saber si disminuye la violencia entre jóvenes.', 'observacion', '471.1', 'diseno_meta', 'Samuel Arteaga Loera')])],
     agreements=[
         A('El INDEPORTE presentará el informe de la meta 468.1 en la siguiente sesión.', [], 'INDEPORTE'),
         A('La Secretaría Ejecutiva enviará el informe a los clubes con una semana de anticipación.', [], 'Secretaría Ejecutiva'),
         A('La décima segunda sesión se celebrará el 28 de mayo de 2024 a las 16:00 horas.', ['2024-05-28'], None, next_session=True)],
     next=NX('2024-05-28', '16:00'),
     notes='PDF whose embedded fonts carry no Unicode map (as an old printer driver wrote it): the text layer extracts as garbage; gold checked on the OCR of the page images.')
