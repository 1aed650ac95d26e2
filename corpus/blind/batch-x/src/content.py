# -*- coding: utf-8 -*-
# Batch X content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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


# ================================================================ W1 tabaco (numbered resolution acta: RESOLUTIVOS PRIMERO.-, 2015)
TAB_BODY = 'Derecho a la Salud: Control del Tabaco y Espacios Libres de Humo'
TAB_COORD = ('Adriana Villaseñor Pliego', 'Coordinadora del Espacio de Participación')

# ================================================================ X1 panteones (plain-text e-mail, fixed-width, Chromium print, 2014)
PAN_BODY = 'Derecho a la Vivienda y Servicios Urbanos: Panteones y Servicios Funerarios'
PAN_COORD = ('Rosalía Mejía Contreras', 'Coordinadora del Espacio')
PAN_PLACE = 'Sala 3 de la Consejería Jurídica y de Servicios Legales, Fray Servando 77'
T145 = 'Garantizar el acceso a servicios funerarios dignos y de bajo costo'
T148 = 'Mejorar la administración y el registro de los panteones civiles'
G145_1 = ('145.1', 'Otorgar servicios funerarios gratuitos o a bajo costo a familias de escasos recursos',
          'Número de servicios funerarios otorgados', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G145_2 = ('145.2', 'Publicar las tarifas de los servicios de inhumación y cremación en los panteones civiles',
          'Tarifas publicadas', 'Consejería Jurídica y de Servicios Legales', 'CEJUR')
G148_1 = ('148.1', 'Digitalizar el registro de fosas de los panteones civiles delegacionales',
          'Porcentaje de fosas registradas en sistema', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA')
PAN_SE = ('Fernando Quiroz Lara', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
PAN_ATT = [
    ('Gloria Serrano Aguirre', 'Lic.', 'Consejería Jurídica y de Servicios Legales', 'CEJUR', IE, 'Directora de Servicios Funerarios'),
    ('Marco Antonio Leyva Ruiz', 'Ing.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Jefe de Unidad de Panteones'),
    ('Irma Cabañas Toledo', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'Subdirectora de Apoyos'),
    ('Ernesto Vallejo Ibarra', 'C.', 'Unión de Deudos de San Lorenzo Tezonco, A.C.', None, SC, 'Presidente'),
    ('Patricia Landa Olvera', 'Mtra.', 'Colectivo Morir con Dignidad', None, SC, 'Integrante'),
    ('Samuel Ortega Bribiesca', 'Dr.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitador adjunto'),
    PAN_SE]

acta(stem='blind-x-panteones-06-2014-03-11', layout='X1', esp='panteones',
     body=PAN_BODY, number=6, date='2014-03-11', start='10:00', end='12:15', place=PAN_PLACE, coordinator=PAN_COORD,
     attendance=PAN_ATT,
     strategies=[
         S(145, T145,
           [G(*G145_1, ['En 2013 se otorgaron 1,932 servicios funerarios a bajo costo y 418 gratuitos, en 5 velatorios.']),
            G(*G145_2, None, 'No presentaron informe.')],
           [(1932, 'servicios funerarios', '145.1', 'se otorgaron 1,932 servicios funerarios a bajo costo'),
            (418, 'gratuitos', '145.1', '418 gratuitos'),
            (5, 'velatorios', '145.1', 'en 5 velatorios')],
           [('Se reconoce que el informe presenta datos duros del servicio otorgado.', 'retroalimentacion', '145.1', 'avance', 'SE'),
            ('Es necesario informar en qué delegaciones viven las familias atendidas y cómo se acreditó su situación económica.', 'retroalimentacion', '145.1', 'solicita_datos', 'SE'),
            ('Las familias siguen pagando a gestores afuera de los panteones porque nadie les explica las tarifas.', 'observacion', '145.2', 'cuestiona', 'Ernesto Vallejo Ibarra')]),
         S(148, T148,
           [G(*G148_1, ['Se capturaron 23,400 fosas de 3 panteones, que equivalen al 41 por ciento del total.'])],
           [(23400, 'fosas', '148.1', 'Se capturaron 23,400 fosas'),
            (3, 'panteones', '148.1', 'de 3 panteones'),
            (41, 'por ciento', '148.1', 'que equivalen al 41 por ciento del total')],
           [('La Delegación Iztapalapa señaló que no cuenta con personal suficiente para concluir la captura este año.', 'observacion', '148.1', 'instancia', 'Marco Antonio Leyva Ruiz'),
            ('El indicador no permite saber si el registro está disponible para consulta de las familias.', 'retroalimentacion', '148.1', 'diseno_meta', 'SE')]),
     ],
     agreements=[
         A('La Consejería Jurídica enviará la lista de tarifas vigentes a la Secretaría Ejecutiva a más tardar el 28 de marzo de 2014.', ['2014-03-28'], 'Consejería Jurídica'),
         A('La Delegación Iztapalapa presentará un calendario de captura de los panteones restantes.', [], 'Delegación Iztapalapa'),
         A('La séptima sesión se realizará el 13 de mayo de 2014 a las 10:00 horas en la misma sede.', ['2014-05-13'], None, True)],
     next=NX('2014-05-13', '10:00'),
     notes='Plain-text e-mail (fixed-width) printed with Chromium.')

acta(stem='blind-x-panteones-07-2014-05-13', layout='X1', esp='panteones',
     body=PAN_BODY, number=7, date='2014-05-13', start='10:00', end='12:40', place=PAN_PLACE, coordinator=PAN_COORD,
     attendance=PAN_ATT[:3] + [PAN_ATT[3], ('Beatriz Holguín Nava', 'Lic.', 'Instituto de las Mujeres del Distrito Federal', 'INMUJERES-CDMX', IE, 'Enlace de derechos humanos'), PAN_ATT[5], PAN_SE],
     strategies=[
         S(145, T145,
           [G(*G145_1, ['Entre enero y abril se otorgaron 702 servicios funerarios, de los cuales 166 fueron gratuitos; el costo promedio fue de 2,350 pesos.']),
            G(*G145_2, ['Las tarifas se publicaron en la Gaceta Oficial y en carteles en 12 panteones civiles y 5 velatorios.'])],
           [(702, 'servicios funerarios', '145.1', 'se otorgaron 702 servicios funerarios'),
            (166, 'gratuitos', '145.1', 'de los cuales 166 fueron gratuitos'),
            (2350, 'pesos', '145.1', 'el costo promedio fue de 2,350 pesos'),
            (12, 'panteones civiles', '145.2', 'en carteles en 12 panteones civiles'),
            (5, 'velatorios', '145.2', '5 velatorios')],
           [('Publicar las tarifas por sí solo no da cumplimiento a la meta si los cobros indebidos continúan.', 'retroalimentacion', '145.2', 'insuficiente', 'SE'),
            ('Se recomienda omitir del informe las actividades de mantenimiento de jardineras, que no corresponden a la meta.', 'retroalimentacion', '145.1', 'desalineado', 'SE'),
            ('La sociedad civil cuestiona que el servicio gratuito exija tres comprobantes que las familias en duelo no tienen.', 'observacion', '145.1', 'cuestiona', 'Ernesto Vallejo Ibarra')]),
         S(148, T148,
           [G(*G148_1, None, 'La Delegación Iztapalapa no presentó informe.')],
           [],
           [('Es necesario que la Delegación Iztapalapa empiece a capturar los panteones que faltan.', 'retroalimentacion', '148.1', 'exhorta', 'SE'),
            ('Sería oportuno convocar a la Dirección de Panteones y no sólo al enlace de derechos humanos.', 'observacion', '148.1', 'proceso', 'Samuel Ortega Bribiesca')]),
     ],
     agreements=[
         A('La Consejería Jurídica revisará los requisitos del servicio gratuito con las organizaciones asistentes.', [], 'Consejería Jurídica'),
         A('La Secretaría Ejecutiva enviará oficio a la Dirección de Panteones de la Delegación Iztapalapa antes del 30 de mayo de 2014.', ['2014-05-30'], 'Secretaría Ejecutiva'),
         A('La octava sesión se realizará el 8 de julio de 2014 a las 10:00 horas en la misma sede.', ['2014-07-08'], None, True)],
     next=NX('2014-07-08', '10:00'),
     notes='Plain-text e-mail (fixed-width) printed with Chromium.')

# ================================================================ X2 turismo (bilingual observer template Goal / Meta, 2022)
TUR_BODY = 'Derecho al Trabajo y Derechos Culturales: Turismo Accesible e Incluyente'
TUR_COORD = ('Daniela Ferrer Mondragón', 'Coordinadora del Espacio de Participación')
TUR_PLACE = 'Salón Tlatelolco de la Secretaría de Turismo, Avenida Nuevo León 56, colonia Hipódromo'
T589 = 'Promover que los servicios turísticos de la Ciudad sean accesibles para personas con discapacidad'
T592 = 'Fortalecer el turismo comunitario en pueblos originarios del sur de la Ciudad'
G589_1 = ('589.1', 'Certificar en accesibilidad a establecimientos de hospedaje y recintos turísticos',
          'Número de establecimientos certificados', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX')
G589_2 = ('589.2', 'Capacitar a guías de turistas en atención a personas con discapacidad',
          'Número de guías capacitadas', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX')
G592_1 = ('592.1', 'Apoyar proyectos de turismo comunitario en los pueblos originarios de Tlalpan y Milpa Alta',
          'Número de proyectos apoyados', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
TUR_SE = ('Alejandra Robledo Paz', 'Mtra.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TUR_ATT = [
    ('Jorge Almazán Cruz', 'Lic.', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX', IE, 'Director de Calidad Turística'),
    ('Leticia Santillán Ávila', 'Mtra.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Subdirectora de Desarrollo Comunitario'),
    ('Rodrigo Pámanes Vera', 'Lic.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefe de Unidad de Accesibilidad'),
    ('Catherine Doyle', 'Ms.', 'Accessible Travel Network', None, OT, 'International observer'),
    ('Efraín Ocotitla Rosas', 'C.', 'Red de Turismo Comunitario Teuhtli, S.C.', None, SC, 'Representante'),
    ('Mariana Uribe Solano', 'Lic.', 'Libre Acceso, A.C.', None, SC, 'Coordinadora de proyectos'),
    TUR_SE]

acta(stem='blind-x-turismo-14-2022-08-23', layout='X2', esp='turismo',
     body=TUR_BODY, number=14, date='2022-08-23', start='11:00', end='13:20', place=TUR_PLACE, coordinator=TUR_COORD,
     attendance=TUR_ATT,
     strategies=[
         S(589, T589,
           [G(*G589_1, ['Se certificaron 37 hoteles y 9 museos; otros 52 establecimientos están en proceso de evaluación.']),
            G(*G589_2, None, 'La Secretaría de Turismo no presentó información sobre esta meta.')],
           [(37, 'hoteles', '589.1', 'Se certificaron 37 hoteles'),
            (9, 'museos', '589.1', '9 museos'),
            (52, 'establecimientos', '589.1', 'otros 52 establecimientos están en proceso de evaluación')],
           [('El informe reporta datos duros que permiten conocer el avance de la certificación.', 'retroalimentacion', '589.1', 'avance', 'SE'),
            ('The certification should be checked by persons with disabilities, not only by the hotel staff.', 'observacion', '589.1', 'cuestiona', 'Catherine Doyle'),
            ('Es necesario informar cuántas guías fueron capacitadas y en qué alcaldías trabajan.', 'retroalimentacion', '589.2', 'solicita_datos', 'SE')]),
         S(592, T592,
           [G(*G592_1, ['Se apoyaron 14 proyectos con un monto total de 2.8 millones de pesos; 6 son encabezados por mujeres.'])],
           [(14, 'proyectos', '592.1', 'Se apoyaron 14 proyectos'),
            (2.8, 'millones de pesos', '592.1', 'un monto total de 2.8 millones de pesos'),
            (6, 'proyectos', '592.1', '6 son encabezados por mujeres')],
           [('La SEPI señaló que las reglas de operación le impiden apoyar proyectos en Xochimilco, aunque las comunidades lo solicitan.', 'observacion', '592.1', 'instancia', 'Leticia Santillán Ávila'),
            ('Los apoyos pueden estar enmarcados en la estrategia 594, meta 594.3, sobre economía comunitaria.', 'retroalimentacion', '592.1', 'reasignar', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Turismo enviará el padrón de guías capacitadas a más tardar el 9 de septiembre de 2022.', ['2022-09-09'], 'Secretaría de Turismo'),
         A('Libre Acceso, A.C. compartirá su guía de verificación de accesibilidad con la Secretaría de Turismo.', [], 'Libre Acceso, A.C.'),
         A('La decimoquinta sesión se celebrará el 25 de octubre de 2022 a las 11:00 horas en la misma sede.', ['2022-10-25'], None, True)],
     next=NX('2022-10-25', '11:00'),
     notes='Bilingual English/Spanish observer template (Goal / Meta).')

acta(stem='blind-x-turismo-15-2022-10-25', layout='X2', esp='turismo',
     body=TUR_BODY, number=15, date='2022-10-25', start='11:00', end='13:05', place=TUR_PLACE, coordinator=TUR_COORD,
     attendance=TUR_ATT[:5] + [('Óscar Zamudio Bernal', 'Arq.', 'Alcaldía Tlalpan', 'ALC-TLALPAN', IE, 'Director de Desarrollo Económico'), TUR_ATT[5], TUR_SE],
     strategies=[
         S(589, T589,
           [G(*G589_1, ['Al cierre de septiembre suman 44 hoteles certificados; 3 recintos perdieron la certificación y 11 la renovaron.']),
            G(*G589_2, ['Se capacitó a 128 guías de turistas, 40 de ellas en lengua de señas mexicana básica y las demás en descripción de espacios.'])],
           [(44, 'hoteles certificados', '589.1', 'suman 44 hoteles certificados'),
            (3, 'recintos', '589.1', '3 recintos perdieron la certificación'),
            (11, 'recintos', '589.1', '11 la renovaron'),
            (128, 'guías de turistas', '589.2', 'Se capacitó a 128 guías de turistas'),
            (40, 'guías de turistas', '589.2', '40 de ellas en lengua de señas mexicana básica')],
           [('La capacitación por sí sola no da cumplimiento a la meta si no se da seguimiento a la atención que prestan las guías.', 'retroalimentacion', '589.2', 'insuficiente', 'SE'),
            ('Sería oportuno que a la próxima sesión asista el área de certificación y no sólo la de calidad turística.', 'observacion', '589.1', 'proceso', 'Mariana Uribe Solano'),
            ('Se recomienda omitir la campaña de promoción internacional, que no forma parte de la meta.', 'retroalimentacion', '589.1', 'desalineado', 'SE')]),
         S(592, T592,
           [G(*G592_1, None, 'No se presentó informe.')],
           [],
           [('Es necesario que la SEPI presente su informe y establezca la mesa con los pueblos de Milpa Alta.', 'retroalimentacion', '592.1', 'exhorta', 'SE'),
            ('No hay correspondencia entre la meta y el indicador: contar proyectos no dice si las comunidades reciben ingresos.', 'observacion', '592.1', 'diseno_meta', 'Efraín Ocotitla Rosas')]),
     ],
     agreements=[
         A('La SEPI entregará su informe de la meta 592.1 antes del 18 de noviembre de 2022.', ['2022-11-18'], 'SEPI'),
         A('La Secretaría Ejecutiva convocará al área de certificación de la Secretaría de Turismo.', [], 'Secretaría Ejecutiva'),
         A('La decimosexta sesión se celebrará el 6 de diciembre de 2022 a las 11:00 horas en la misma sede.', ['2022-12-06'], None, True)],
     next=NX('2022-12-06', '11:00'),
     notes='Bilingual English/Spanish observer template (Goal / Meta).')

# ================================================================ X3 lluvia (highlighted and hand-annotated scan, 2018)
LLU_BODY = 'Derecho al Agua y al Saneamiento: Captación de Agua de Lluvia'
LLU_COORD = ('Humberto Zepeda Arellano', 'Coordinador del Espacio de Participación')
LLU_PLACE = 'auditorio del Sistema de Aguas de la Ciudad de México, Nezahualcóyotl 109'
T233 = 'Ampliar la instalación de sistemas de captación de agua de lluvia en viviendas con bajo acceso al agua'
T236 = 'Aprovechar el agua pluvial en escuelas y edificios públicos'
G233_1 = ('233.1', 'Instalar sistemas de captación pluvial en viviendas de Iztapalapa y Tlalpan',
          'Número de sistemas instalados', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA')
G233_2 = ('233.2', 'Capacitar a las familias beneficiarias en el mantenimiento de los sistemas',
          'Número de familias capacitadas', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA')
G236_1 = ('236.1', 'Instalar sistemas de captación en escuelas públicas de nivel básico',
          'Número de escuelas con sistema', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G236_2 = ('236.2', 'Evaluar la calidad del agua captada en edificios públicos',
          'Número de muestras analizadas', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
LLU_SE = ('Karina Villalobos Tena', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
LLU_ATT = [
    ('Arturo Benavides Góngora', 'Ing.', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA', IE, 'Director de Cultura del Agua'),
    ('Silvia Cuevas Montiel', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirectora de Proyectos Pluviales'),
    ('Norma Téllez Huerta', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', IE, 'Jefa de Unidad de Medio Ambiente'),
    ('Gabriel Sotomayor Reyes', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador del Instituto de Ingeniería'),
    ('Amalia Xochihua Peña', 'C.', 'Isla Urbana, A.C.', None, SC, 'Coordinadora comunitaria'),
    ('Rubén Castañeda Ochoa', 'C.', 'Comité Vecinal de San Miguel Teotongo', None, SC, 'Representante'),
    LLU_SE]

acta(stem='blind-x-lluvia-03-2018-06-19', layout='X3', esp='lluvia',
     body=LLU_BODY, number=3, date='2018-06-19', start='10:30', end='13:00', place=LLU_PLACE, coordinator=LLU_COORD,
     attendance=LLU_ATT,
     strategies=[
         S(233, T233,
           [G(*G233_1, ['Se instalaron 2,310 sistemas de captación, 1,480 en Iztapalapa y 830 en Tlalpan.']),
            G(*G233_2, None, 'No se presentó informe.')],
           [(2310, 'sistemas de captación', '233.1', 'Se instalaron 2,310 sistemas de captación'),
            (1480, 'sistemas de captación', '233.1', '1,480 en Iztapalapa'),
            (830, 'sistemas de captación', '233.1', '830 en Tlalpan')],
           [('Se reportan datos duros que permiten conocer el avance de la instalación por delegación.', 'retroalimentacion', '233.1', 'avance', 'SE'),
            ('Se cuestiona que se instalen sistemas sin asegurar que las familias sepan limpiar los filtros.', 'observacion', '233.2', 'cuestiona', 'Amalia Xochihua Peña')]),
         S(236, T236,
           [G(*G236_1, ['Cuentan con sistema 64 escuelas primarias, con una capacidad conjunta de 3,200 metros cúbicos.']),
            G(*G236_2, ['Se analizaron 96 muestras; 7 no cumplieron la norma para uso en sanitarios.'])],
           [(64, 'escuelas primarias', '236.1', 'Cuentan con sistema 64 escuelas primarias'),
            (3200, 'metros cúbicos', '236.1', 'una capacidad conjunta de 3,200 metros cúbicos'),
            (96, 'muestras', '236.2', 'Se analizaron 96 muestras'),
            (7, 'muestras', '236.2', '7 no cumplieron la norma para uso en sanitarios')],
           [('Es necesario informar qué parámetros incumplieron las 7 muestras y qué se hizo en esas escuelas.', 'retroalimentacion', '236.2', 'solicita_datos', 'SE'),
            ('El Sistema de Aguas refirió que el mantenimiento de los sistemas escolares corresponde a la Autoridad Educativa Federal.', 'observacion', '236.1', 'instancia', 'Silvia Cuevas Montiel'),
            ('Sería oportuno invitar a la Autoridad Educativa Federal a las sesiones del Espacio.', 'observacion', '236.1', 'proceso', 'Gabriel Sotomayor Reyes')]),
     ],
     agreements=[
         A('La Secretaría del Medio Ambiente presentará el programa de capacitación a familias en la siguiente sesión.', [], 'Secretaría del Medio Ambiente'),
         A('El Sistema de Aguas enviará los resultados de las muestras a la Secretaría Ejecutiva a más tardar el 6 de julio de 2018.', ['2018-07-06'], 'Sistema de Aguas'),
         A('La cuarta sesión se llevará a cabo el 21 de agosto de 2018 a las 10:30 horas en el mismo auditorio.', ['2018-08-21'], None, True)],
     next=NX('2018-08-21', '10:30'),
     notes='Print highlighted and annotated by hand, then scanned in colour.')

acta(stem='blind-x-lluvia-04-2018-08-21', layout='X3', esp='lluvia',
     body=LLU_BODY, number=4, date='2018-08-21', start='10:30', end='12:50', place=LLU_PLACE, coordinator=LLU_COORD,
     attendance=LLU_ATT[:2] + LLU_ATT[3:] ,
     strategies=[
         S(233, T233,
           [G(*G233_1, ['Al 31 de julio suman 2,905 sistemas instalados; 112 requirieron reparación.']),
            G(*G233_2, ['Se impartieron 38 talleres de mantenimiento a 1,150 familias.'])],
           [(2905, 'sistemas instalados', '233.1', 'suman 2,905 sistemas instalados'),
            (112, 'sistemas', '233.1', '112 requirieron reparación'),
            (38, 'talleres de mantenimiento', '233.2', 'Se impartieron 38 talleres de mantenimiento'),
            (1150, 'familias', '233.2', 'a 1,150 familias')],
           [('Los talleres por sí solos no dan cumplimiento a la meta si no se verifica que los sistemas sigan funcionando.', 'retroalimentacion', '233.2', 'insuficiente', 'SE'),
            ('El Comité Vecinal cuestiona que en San Miguel Teotongo se haya priorizado a familias con cisterna propia.', 'observacion', '233.1', 'cuestiona', 'Rubén Castañeda Ochoa')]),
         S(236, T236,
           [G(*G236_1, None, 'El Sistema de Aguas no presentó informe de esta meta.'),
            G(*G236_2, ['Se analizaron 41 muestras adicionales y todas cumplieron la norma.'])],
           [(41, 'muestras', '236.2', 'Se analizaron 41 muestras adicionales')],
           [('Es necesario que el Sistema de Aguas informe sobre la instalación en escuelas.', 'retroalimentacion', '236.1', 'exhorta', 'SE'),
            ('El análisis de calidad del agua puede estar enmarcado en la estrategia 238, meta 238.1.', 'retroalimentacion', '236.2', 'reasignar', 'SE'),
            ('El indicador no es medible mientras no se defina qué escuelas forman el universo de atención.', 'observacion', '236.1', 'diseno_meta', 'Gabriel Sotomayor Reyes')]),
     ],
     agreements=[
         A('El Sistema de Aguas entregará el informe de la meta 236.1 antes del 14 de septiembre de 2018.', ['2018-09-14'], 'Sistema de Aguas'),
         A('Isla Urbana, A.C. y la Secretaría del Medio Ambiente visitarán San Miguel Teotongo para revisar el padrón.', [], 'Isla Urbana, A.C. y la Secretaría del Medio Ambiente'),
         A('La quinta sesión se llevará a cabo el 16 de octubre de 2018 a las 10:30 horas en el mismo auditorio.', ['2018-10-16'], None, True)],
     next=NX('2018-10-16', '10:30'),
     notes='Print highlighted and annotated by hand, then scanned in colour.')

# ================================================================ X4 bomberos (typed body + scanned signed attendance sheet, Ghostscript, 2016)
BOM_BODY = 'Derecho a la Integridad: Prevención y Atención de Incendios'
BOM_COORD = ('Alfredo Nieto Casillas', 'Coordinador del Espacio de Participación')
BOM_PLACE = 'aula de capacitación de la Estación Central del Heroico Cuerpo de Bomberos, Avenida Fray Servando Teresa de Mier 65'
T467 = 'Reducir los tiempos de respuesta ante incendios en zonas de difícil acceso'
T470 = 'Prevenir incendios en viviendas de personas mayores y en mercados públicos'
G467_1 = ('467.1', 'Abrir subestaciones de bomberos en las delegaciones con mayor tiempo de respuesta',
          'Número de subestaciones en operación', 'Heroico Cuerpo de Bomberos del Distrito Federal', None)
G467_2 = ('467.2', 'Equipar unidades ligeras de ataque rápido para calles angostas',
          'Número de unidades equipadas', 'Heroico Cuerpo de Bomberos del Distrito Federal', None)
G470_1 = ('470.1', 'Revisar las instalaciones eléctricas y de gas de los mercados públicos',
          'Número de mercados revisados', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC')
BOM_SE = ('Verónica Islas Mancera', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
BOM_ATT = [
    ('Juan Carlos Pedraza Íñiguez', 'Primer Superintendente', 'Heroico Cuerpo de Bomberos del Distrito Federal', None, IE, 'Director Operativo'),
    ('Laura Espinosa Garduño', 'Ing.', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC', IE, 'Directora de Dictámenes'),
    ('Teodoro Rangel Pozos', 'Lic.', 'Secretaría de Desarrollo Económico del Distrito Federal', 'SEDECO', IE, 'Subdirector de Mercados Públicos'),
    ('Cecilia Arriaga Bautista', 'Mtra.', 'Instituto para la Atención de los Adultos Mayores en el Distrito Federal', 'INED', IE, 'Jefa de Unidad de Visitas Domiciliarias'),
    ('Mauricio Esparza Lugo', 'C.', 'Unión de Locatarios del Mercado de La Merced, A.C.', None, SC, 'Secretario'),
    ('Rocío Gallardo Fierro', 'Lic.', 'Brigadas Vecinales de Protección Civil Tlalpan', None, SC, 'Coordinadora'),
    ('Javier Ulloa Centeno', 'Ing.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Profesor de la ESIME Zacatenco'),
    BOM_SE]

acta(stem='blind-x-bomberos-09-2016-02-16', layout='X4', esp='bomberos',
     body=BOM_BODY, number=9, date='2016-02-16', start='09:30', end='12:00', place=BOM_PLACE, coordinator=BOM_COORD,
     attendance=BOM_ATT,
     strategies=[
         S(467, T467,
           [G(*G467_1, ['Durante 2015 iniciaron operaciones 2 subestaciones, en Milpa Alta y Cuajimalpa; el tiempo promedio de llegada bajó de 19 a 14 minutos.']),
            G(*G467_2, None, 'No se presentó informe.')],
           [(2, 'subestaciones', '467.1', 'iniciaron operaciones 2 subestaciones'),
            (19, 'minutos', '467.1', 'bajó de 19 a 14 minutos'),
            (14, 'minutos', '467.1', 'a 14 minutos')],
           [('Se reconoce el avance: el informe permite conocer el efecto de las subestaciones en el tiempo de respuesta.', 'retroalimentacion', '467.1', 'avance', 'SE'),
            ('El Heroico Cuerpo de Bomberos mencionó que la compra de unidades ligeras depende de la Oficialía Mayor y no de la corporación.', 'observacion', '467.2', 'instancia', 'Juan Carlos Pedraza Íñiguez'),
            ('Es necesario informar el tiempo de respuesta por colonia y no sólo el promedio de la delegación.', 'retroalimentacion', '467.1', 'solicita_datos', 'SE')]),
         S(470, T470,
           [G(*G470_1, ['Se revisaron 118 de los 329 mercados públicos; en 47 se emitieron recomendaciones urgentes.'])],
           [(118, 'mercados públicos', '470.1', 'Se revisaron 118'),
            (329, 'mercados públicos', '470.1', 'de los 329 mercados públicos'),
            (47, 'mercados', '470.1', 'en 47 se emitieron recomendaciones urgentes')],
           [('La Unión de Locatarios cuestiona que las revisiones terminen en multas a los locatarios y no en obras de la delegación.', 'observacion', '470.1', 'cuestiona', 'Mauricio Esparza Lugo'),
            ('La revisión por sí sola no da cumplimiento a la meta si no se corrigen las instalaciones.', 'retroalimentacion', '470.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Protección Civil compartirá el calendario de revisiones de mercados a la Unión de Locatarios.', [], 'Secretaría de Protección Civil'),
         A('El Heroico Cuerpo de Bomberos solicitará a la Oficialía Mayor información sobre la compra de unidades antes del 4 de marzo de 2016.', ['2016-03-04'], 'Heroico Cuerpo de Bomberos'),
         A('La décima sesión se realizará el 19 de abril de 2016 a las 9:30 horas en la Estación Central.', ['2016-04-19'], None, True)],
     next=NX('2016-04-19', '09:30'),
     notes='Typed body (LibreOffice) and a printed, hand-signed attendance sheet scanned; merged with Ghostscript.')

acta(stem='blind-x-bomberos-10-2016-04-19', layout='X4', esp='bomberos',
     body=BOM_BODY, number=10, date='2016-04-19', start='09:30', end='11:45', place=BOM_PLACE, coordinator=BOM_COORD,
     attendance=BOM_ATT[:2] + BOM_ATT[3:7] + [BOM_SE],
     strategies=[
         S(467, T467,
           [G(*G467_1, None, 'El Heroico Cuerpo de Bomberos no presentó informe de esta meta.'),
            G(*G467_2, ['Se recibieron 6 unidades ligeras, que ya operan en 4 estaciones del centro, y se capacitó a 24 elementos para operarlas.'])],
           [(6, 'unidades ligeras', '467.2', 'Se recibieron 6 unidades ligeras'),
            (4, 'estaciones', '467.2', 'en 4 estaciones del centro'),
            (24, 'elementos', '467.2', 'se capacitó a 24 elementos para operarlas')],
           [('Es necesario que el Heroico Cuerpo de Bomberos presente el informe de las subestaciones.', 'retroalimentacion', '467.1', 'exhorta', 'SE'),
            ('Sería oportuno que el informe circule una semana antes de la sesión para poder revisarlo.', 'observacion', '467.2', 'proceso', 'Rocío Gallardo Fierro')]),
         S(470, T470,
           [G(*G470_1, ['Al 31 de marzo suman 176 mercados revisados; en 21 ya se sustituyeron las instalaciones de gas.'])],
           [(176, 'mercados revisados', '470.1', 'suman 176 mercados revisados'),
            (21, 'mercados', '470.1', 'en 21 ya se sustituyeron las instalaciones de gas')],
           [('El informe incluye las visitas a viviendas de personas mayores, que deben reportarse en la meta 470.2 y no en ésta.', 'retroalimentacion', '470.1', 'reasignar', 'SE'),
            ('No hay correspondencia entre la meta y el indicador: contar mercados revisados no mide si se previenen incendios.', 'observacion', '470.1', 'diseno_meta', 'Javier Ulloa Centeno'),
            ('Se recomienda omitir del informe los simulacros de sismo, que no corresponden a esta estrategia.', 'retroalimentacion', '470.1', 'desalineado', 'SE')]),
     ],
     agreements=[
         A('El Heroico Cuerpo de Bomberos entregará el informe de la meta 467.1 a más tardar el 6 de mayo de 2016.', ['2016-05-06'], 'Heroico Cuerpo de Bomberos'),
         A('La Secretaría Ejecutiva circulará los informes con una semana de anticipación a cada sesión.', [], 'Secretaría Ejecutiva'),
         A('La undécima sesión se realizará el 14 de junio de 2016 a las 9:30 horas en la Estación Central.', ['2016-06-14'], None, True)],
     next=NX('2016-06-14', '09:30'),
     notes='Typed body (LibreOffice) and a printed, hand-signed attendance sheet scanned; merged with Ghostscript.')

# ================================================================ X5 lectura (LaTeX-made PDF, 2020)
LEC_BODY = 'Derechos Culturales: Fomento a la Lectura y Libro Accesible'
LEC_COORD = ('Ximena Aldama Fuentes', 'Coordinadora del Espacio')
LEC_PLACE = 'sesión a distancia por videoconferencia'
T352 = 'Garantizar el acceso a materiales de lectura en formatos accesibles'
T355 = 'Fortalecer los círculos de lectura comunitarios en colonias de alta marginación'
G352_1 = ('352.1', 'Producir libros en braille, macrotipo y audiolibro para las bibliotecas públicas',
          'Número de títulos producidos en formatos accesibles', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G352_2 = ('352.2', 'Difundir el catálogo de títulos accesibles entre las organizaciones de personas con discapacidad',
          'Número de organizaciones que reciben el catálogo', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G355_1 = ('355.1', 'Formar mediadoras y mediadores de lectura en las colonias de alta marginación',
          'Número de personas mediadoras formadas', 'Secretaría de Educación, Ciencia, Tecnología e Innovación de la Ciudad de México', 'SEDU')
LEC_SE = ('Pablo Figueroa Itzel', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
LEC_ATT = [
    ('Fabiola Treviño Lizárraga', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Fomento a la Lectura'),
    ('Ignacio Valdivia Flores', 'Lic.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación de la Ciudad de México', 'SEDU', IE, 'Subdirector de Educación Comunitaria'),
    ('Elisa Fierro Santacruz', 'Lic.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefa de Inclusión Cultural'),
    ('Raquel Quintana Ofelia', 'C.', 'Libros en Voz Alta, A.C.', None, SC, 'Directora'),
    ('Efigenio Lara Ruffo', 'C.', 'Círculo de Lectura Flores Magón', None, SC, 'Mediador de lectura'),
    ('Difilia Olmos Ángeles', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
    LEC_SE]

acta(stem='blind-x-lectura-20-2020-09-29', layout='X5', esp='lectura',
     body=LEC_BODY, number=20, date='2020-09-29', start='17:00', end='19:00', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT,
     strategies=[
         S(352, T352,
           [G(*G352_1, ['Se produjeron 58 títulos en formatos accesibles: 21 en braille, 15 en macrotipo y 22 audiolibros, distribuidos en 16 bibliotecas.']),
            G(*G352_2, None, 'No se presentó información sobre esta meta.')],
           [(58, 'títulos', '352.1', 'Se produjeron 58 títulos en formatos accesibles'),
            (21, 'títulos', '352.1', '21 en braille'),
            (15, 'títulos', '352.1', '15 en macrotipo'),
            (22, 'audiolibros', '352.1', '22 audiolibros'),
            (16, 'bibliotecas', '352.1', 'distribuidos en 16 bibliotecas')],
           [('El informe ofrece cifras que permiten conocer la diversificación de formatos.', 'retroalimentacion', '352.1', 'avance', 'SE'),
            ('Se pide identificar qué bibliotecas recibieron los títulos y cuántos préstamos se han realizado.', 'retroalimentacion', '352.1', 'solicita_datos', 'SE'),
            ('La organización cuestiona que los audiolibros sólo puedan escucharse dentro de las bibliotecas, cerradas por la pandemia.', 'observacion', '352.1', 'cuestiona', 'Raquel Quintana Ofelia')]),
         S(355, T355,
           [G(*G355_1, ['Se formaron 134 mediadoras y mediadores de lectura en 9 colonias, en modalidad a distancia.'])],
           [(134, 'mediadoras y mediadores de lectura', '355.1', 'Se formaron 134 mediadoras y mediadores de lectura'),
            (9, 'colonias', '355.1', 'en 9 colonias')],
           [('La Secretaría de Educación refirió que la formación de mediadores corresponde a la Secretaría de Cultura y no a ella.', 'observacion', '355.1', 'instancia', 'Ignacio Valdivia Flores'),
            ('Formar mediadores por sí solo no da cumplimiento a la meta si los círculos de lectura no reciben acervo.', 'retroalimentacion', '355.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Cultura y la Secretaría de Educación aclararán por escrito a quién corresponde la meta 355.1.', [], 'Secretaría de Cultura y la Secretaría de Educación'),
         A('La Secretaría de Cultura enviará la relación de bibliotecas con títulos accesibles a más tardar el 16 de octubre de 2020.', ['2020-10-16'], 'Secretaría de Cultura'),
         A('La vigésima primera sesión se celebrará el 24 de noviembre de 2020 a las 17:00 horas por videoconferencia.', ['2020-11-24'], None, True)],
     next=NX('2020-11-24', '17:00'),
     notes='LaTeX-made PDF (hand-written PDF: ligatures fi/fl, hyphenation, small caps, description lists, footnote).')

acta(stem='blind-x-lectura-21-2020-11-24', layout='X5', esp='lectura',
     body=LEC_BODY, number=21, date='2020-11-24', start='17:00', end='18:50', place=LEC_PLACE, coordinator=LEC_COORD,
     attendance=LEC_ATT[:4] + LEC_ATT[5:] + [LEC_SE] if False else LEC_ATT[:4] + [LEC_ATT[5], ('Ofelia Barrientos Rul', 'Lic.', 'Red de Bibliotecas Comunitarias de Iztapalapa', None, SC, 'Integrante'), LEC_SE],
     strategies=[
         S(352, T352,
           [G(*G352_1, ['Entre octubre y noviembre se sumaron 17 títulos y se registraron 410 préstamos a domicilio.']),
            G(*G352_2, ['El catálogo se envió a 26 organizaciones y se presentó en 2 conversatorios en línea, con 185 asistentes.'])],
           [(17, 'títulos', '352.1', 'se sumaron 17 títulos'),
            (410, 'préstamos a domicilio', '352.1', 'se registraron 410 préstamos a domicilio'),
            (26, 'organizaciones', '352.2', 'El catálogo se envió a 26 organizaciones'),
            (2, 'conversatorios', '352.2', 'se presentó en 2 conversatorios en línea'),
            (185, 'asistentes', '352.2', 'con 185 asistentes')],
           [('Se recomienda omitir del informe la feria del libro infantil, que no corresponde a formatos accesibles.', 'retroalimentacion', '352.1', 'desalineado', 'SE'),
            ('Sería oportuno que el catálogo se comparta también en la lista de correo del Espacio.', 'observacion', '352.2', 'proceso', 'Difilia Olmos Ángeles'),
            ('No hay correspondencia entre la meta y el indicador: enviar el catálogo no muestra que las personas lo usen.', 'retroalimentacion', '352.2', 'diseno_meta', 'SE')]),
         S(355, T355,
           [G(*G355_1, None, 'No se presentó informe.')],
           [],
           [('Es necesario que la Secretaría de Educación retome la meta y presente su programa de formación.', 'retroalimentacion', '355.1', 'exhorta', 'SE'),
            ('Los círculos de lectura pueden estar enmarcados en la estrategia 358, meta 358.2, de bibliotecas comunitarias.', 'observacion', '355.1', 'reasignar', 'Ofelia Barrientos Rul')]),
     ],
     agreements=[
         A('La Secretaría de Educación presentará su programa de formación de mediadores en la siguiente sesión.', [], 'Secretaría de Educación'),
         A('La Secretaría Ejecutiva compartirá el catálogo de títulos accesibles en la lista de correo antes del 4 de diciembre de 2020.', ['2020-12-04'], 'Secretaría Ejecutiva'),
         A('La vigésima segunda sesión se celebrará el 26 de enero de 2021 a las 17:00 horas por videoconferencia.', ['2021-01-26'], None, True)],
     next=NX('2021-01-26', '17:00'),
     notes='LaTeX-made PDF (hand-written PDF: ligatures fi/fl, hyphenation, small caps, description lists, footnote).')

# ================================================================ X6 sismos (order of the day and agreements in grouped shapes / SmartArt-like, 2023)
SIS_BODY = 'Derecho a un Nivel de Vida Adecuado: Alerta Sísmica y Cultura de la Prevención'
SIS_COORD = ('Martha Elena Guízar Robles', 'Coordinadora del Espacio de Participación')
SIS_PLACE = 'sala de juntas de la Secretaría de Gestión Integral de Riesgos y Protección Civil, Abraham González 67, colonia Juárez'
T281 = 'Asegurar que la alerta sísmica llegue a toda la población, incluidas las personas con discapacidad auditiva'
T284 = 'Fortalecer la preparación comunitaria ante sismos en unidades habitacionales'
G281_1 = ('281.1', 'Instalar altavoces de alerta sísmica en las colonias sin cobertura',
          'Número de altavoces instalados', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano', 'LOCATEL')
G281_2 = ('281.2', 'Implementar avisos visuales y por vibración de la alerta sísmica para personas sordas',
          'Número de dispositivos o avisos visuales instalados', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC')
G284_1 = ('284.1', 'Formar brigadas vecinales de protección civil en unidades habitacionales',
          'Número de brigadas formadas', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC')
SIS_SE = ('Diego Armenta Salas', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
SIS_ATT = [
    ('Lorena Bustamante Ríos', 'Ing.', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC', IE, 'Directora de Vinculación'),
    ('Héctor Manuel Quijano Díaz', 'Ing.', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano', 'LOCATEL', IE, 'Subdirector de Sistemas de Alertamiento'),
    ('Abril Montaño Cervantes', 'Lic.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefa de Accesibilidad'),
    ('Ulises Carrasco Peña', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Subprocurador de Unidades Habitacionales'),
    ('Nadia Solórzano Vega', 'C.', 'Asociación de Sordos de la Ciudad de México, A.C.', None, SC, 'Presidenta'),
    ('Ramiro Echeverría Cuéllar', 'C.', 'Red Vecinal Tlatelolco Resiliente', None, SC, 'Vocero'),
    ('Gisela Paniagua Torres', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Instituto de Geofísica'),
    SIS_SE]

acta(stem='blind-x-sismos-05-2023-03-14', layout='X6', esp='sismos',
     body=SIS_BODY, number=5, date='2023-03-14', start='10:00', end='12:30', place=SIS_PLACE, coordinator=SIS_COORD,
     attendance=SIS_ATT,
     strategies=[
         S(281, T281,
           [G(*G281_1, ['En 2022 se instalaron 1,050 altavoces nuevos, con lo que la red llega a 14,491 altavoces en las 16 alcaldías.']),
            G(*G281_2, None, 'No se presentó informe.')],
           [(1050, 'altavoces', '281.1', 'se instalaron 1,050 altavoces nuevos'),
            (14491, 'altavoces', '281.1', 'la red llega a 14,491 altavoces'),
            (16, 'alcaldías', '281.1', 'en las 16 alcaldías')],
           [('El informe presenta datos duros que permiten conocer la ampliación de la red de altavoces.', 'retroalimentacion', '281.1', 'avance', 'SE'),
            ('La Asociación de Sordos cuestiona que se siga invirtiendo sólo en altavoces cuando la alerta no llega a las personas sordas.', 'observacion', '281.2', 'cuestiona', 'Nadia Solórzano Vega'),
            ('Es necesario que la Secretaría de Gestión Integral de Riesgos establezca el grupo de trabajo para los avisos visuales.', 'retroalimentacion', '281.2', 'exhorta', 'SE')]),
         S(284, T284,
           [G(*G284_1, ['Se formaron 212 brigadas vecinales en 87 unidades habitacionales, con 2,640 personas brigadistas.'])],
           [(212, 'brigadas vecinales', '284.1', 'Se formaron 212 brigadas vecinales'),
            (87, 'unidades habitacionales', '284.1', 'en 87 unidades habitacionales'),
            (2640, 'personas brigadistas', '284.1', 'con 2,640 personas brigadistas')],
           [('Es necesario informar cuántas brigadas realizaron simulacros y con qué periodicidad.', 'retroalimentacion', '284.1', 'solicita_datos', 'SE'),
            ('La Procuraduría Social refirió que no puede obligar a las administraciones condominales a formar brigadas.', 'observacion', '284.1', 'instancia', 'Ulises Carrasco Peña')]),
     ],
     agreements=[
         A('La Secretaría de Gestión Integral de Riesgos instalará la mesa de trabajo sobre avisos visuales con la Asociación de Sordos antes del 28 de abril de 2023.', ['2023-04-28'], 'Secretaría de Gestión Integral de Riesgos'),
         A('El C5 presentará el mapa de cobertura de altavoces por colonia en la siguiente sesión.', [], 'C5'),
         A('La sexta sesión se llevará a cabo el 16 de mayo de 2023 a las 10:00 horas en la misma sala.', ['2023-05-16'], None, True)],
     next=NX('2023-05-16', '10:00'),
     notes='Order of the day and agreements in grouped shapes (wpg group of wps text boxes).')

acta(stem='blind-x-sismos-06-2023-05-16', layout='X6', esp='sismos',
     body=SIS_BODY, number=6, date='2023-05-16', start='10:00', end='12:10', place=SIS_PLACE, coordinator=SIS_COORD,
     attendance=SIS_ATT[:3] + SIS_ATT[4:] ,
     strategies=[
         S(281, T281,
           [G(*G281_1, ['El mapa de cobertura identifica 37 colonias con recepción deficiente; se programaron 260 altavoces para 2023, con una inversión de 48 millones de pesos.']),
            G(*G281_2, ['Se instalaron 45 lámparas estroboscópicas en 9 escuelas para personas sordas como prueba piloto.'])],
           [(37, 'colonias', '281.1', 'identifica 37 colonias con recepción deficiente'),
            (260, 'altavoces', '281.1', 'se programaron 260 altavoces para 2023'),
            (48, 'millones de pesos', '281.1', 'con una inversión de 48 millones de pesos'),
            (45, 'lámparas estroboscópicas', '281.2', 'Se instalaron 45 lámparas estroboscópicas'),
            (9, 'escuelas', '281.2', 'en 9 escuelas para personas sordas')],
           [('La prueba piloto por sí sola no da cumplimiento a la meta, que se refiere a toda la población sorda.', 'retroalimentacion', '281.2', 'insuficiente', 'SE'),
            ('Las lámparas en escuelas pueden estar enmarcadas en la estrategia 286, meta 286.1, de escuelas seguras.', 'retroalimentacion', '281.2', 'reasignar', 'SE'),
            ('Sería oportuno que la Asociación de Sordos participe en la evaluación de la prueba piloto desde su diseño.', 'observacion', '281.2', 'proceso', 'Nadia Solórzano Vega')]),
         S(284, T284,
           [G(*G284_1, None, 'La Secretaría de Gestión Integral de Riesgos no presentó informe de esta meta.')],
           [],
           [('No hay correspondencia entre la meta y el indicador: el número de brigadas no dice si están preparadas.', 'observacion', '284.1', 'diseno_meta', 'Gisela Paniagua Torres'),
            ('Se recomienda omitir del informe la entrega de mochilas de emergencia, que no corresponde a la meta.', 'retroalimentacion', '284.1', 'desalineado', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Gestión Integral de Riesgos entregará el informe de la meta 284.1 a más tardar el 2 de junio de 2023.', ['2023-06-02'], 'Secretaría de Gestión Integral de Riesgos'),
         A('El C5 y la Asociación de Sordos definirán los criterios de evaluación de la prueba piloto.', [], 'C5 y la Asociación de Sordos'),
         A('La séptima sesión se llevará a cabo el 18 de julio de 2023 a las 10:00 horas en la misma sala.', ['2023-07-18'], None, True)],
     next=NX('2023-07-18', '10:00'),
     notes='Order of the day and agreements in grouped shapes (wpg group of wps text boxes).')
