# -*- coding: utf-8 -*-
# Batch Z content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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

# ================================================================ Z1 museos (intervention log Hora | Participante | Intervención, 2017)
MUS_BODY = 'Derechos Culturales: Museos Comunitarios y Acceso a la Cultura'
MUS_COORD = ('Verónica Alcántara Ruelas', 'Coordinadora del Espacio de Participación')
MUS_PLACE = 'Sala de juntas del Museo de la Ciudad de México, Pino Suárez 30, Centro Histórico'
T318 = 'Ampliar el acceso gratuito de la población a los museos de la Ciudad'
T321 = 'Fortalecer los museos comunitarios de los pueblos y barrios de la Ciudad'
G318_1 = ('318.1', 'Establecer un día de entrada gratuita en los museos a cargo del Gobierno de la Ciudad',
          'Número de visitantes con entrada gratuita', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G318_2 = ('318.2', 'Adecuar las salas y los recorridos de los museos para personas con discapacidad',
          'Número de museos con recorridos accesibles', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G321_1 = ('321.1', 'Otorgar apoyos económicos a museos comunitarios registrados',
          'Número de museos comunitarios apoyados', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
MUS_SE = ('Héctor Manzanares Uribe', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
MUS_ATT = [
    ('Laura Peñaloza Villegas', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Museos'),
    ('Gerardo Tapia Moncada', 'Lic.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirector de Patrimonio Comunitario'),
    ('Silvia Orozco Nájera', 'Lic.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefa de Accesibilidad'),
    ('Tomás Ixtlahuaca Romero', 'C.', 'Museo Comunitario de San Miguel Topilejo', None, SC, 'Custodio'),
    ('Rebeca Salinas Ocampo', 'Mtra.', 'Red de Museos Comunitarios del Anáhuac, A.C.', None, SC, 'Presidenta'),
    ('Daniel Fuentes Arriaga', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador'),
    MUS_SE]

acta(stem='blind-z-museos-11-2017-04-25', layout='Z1', esp='museos',
     body=MUS_BODY, number=11, date='2017-04-25', start='10:00', end='12:30', place=MUS_PLACE, coordinator=MUS_COORD,
     attendance=MUS_ATT,
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Durante 2016 ingresaron 214,600 visitantes los domingos de entrada gratuita a los 9 museos de la Secretaría.']),
            G(*G318_2, None, 'No se presentó informe de esta meta.')],
           [(214600, 'visitantes', '318.1', 'ingresaron 214,600 visitantes'),
            (9, 'museos', '318.1', 'a los 9 museos de la Secretaría')],
           [('El informe presenta datos duros que permiten conocer el alcance de la entrada gratuita.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('Es necesario informar cuántas salas se han adecuado y en qué museos, con el tipo de ajuste realizado.', 'retroalimentacion', '318.2', 'solicita_datos', 'SE'),
            ('La sociedad civil cuestiona que la gratuidad sólo aplique en domingo, cuando las comunidades de los pueblos no pueden trasladarse al Centro.', 'observacion', '318.1', 'cuestiona', 'Rebeca Salinas Ocampo')]),
         S(321, T321,
           [G(*G321_1, ['Se entregaron apoyos a 17 museos comunitarios por un monto de 1.2 millones de pesos; 4 se ubican en Milpa Alta.'])],
           [(17, 'museos comunitarios', '321.1', 'Se entregaron apoyos a 17 museos comunitarios'),
            (1.2, 'millones de pesos', '321.1', 'por un monto de 1.2 millones de pesos'),
            (4, 'museos comunitarios', '321.1', '4 se ubican en Milpa Alta')],
           [('La SEDEREC refiere que el registro de museos comunitarios corresponde a la Secretaría de Cultura y no a esa dependencia.', 'observacion', '321.1', 'instancia', 'Gerardo Tapia Moncada'),
            ('Los apoyos por sí solos no dan cumplimiento a la meta si los museos no cuentan con acompañamiento para su operación.', 'retroalimentacion', '321.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Cultura enviará el diagnóstico de accesibilidad de sus museos a más tardar el 19 de mayo de 2017.', ['2017-05-19'], 'Secretaría de Cultura'),
         A('La SEDEREC y la Secretaría de Cultura definirán qué instancia lleva el registro de museos comunitarios.', [], 'SEDEREC y la Secretaría de Cultura'),
         A('La décima segunda sesión se llevará a cabo el 27 de junio de 2017 a las 10:00 horas en la misma sede.', ['2017-06-27'], None, True)],
     next=NX('2017-06-27', '10:00'),
     notes='Intervention log: the whole session in one table Hora | Participante | Intervención.')

acta(stem='blind-z-museos-12-2017-06-27', layout='Z1', esp='museos',
     body=MUS_BODY, number=12, date='2017-06-27', start='10:00', end='12:45', place=MUS_PLACE, coordinator=MUS_COORD,
     attendance=MUS_ATT[:3] + [MUS_ATT[4], ('Araceli Domínguez Pérez', 'Lic.', 'Delegación Milpa Alta', 'ALC-MILPA-ALTA', IE, 'Jefa de Unidad de Cultura'), MUS_ATT[5], MUS_SE],
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Entre enero y mayo ingresaron 96,300 visitantes con entrada gratuita; 12,800 fueron estudiantes de escuelas públicas.']),
            G(*G318_2, ['Se instalaron rampas y señalización táctil en 3 museos y se formó a 45 custodios en atención a personas con discapacidad, con una inversión de 540,000 pesos.'])],
           [(96300, 'visitantes', '318.1', 'ingresaron 96,300 visitantes con entrada gratuita'),
            (12800, 'estudiantes', '318.1', '12,800 fueron estudiantes de escuelas públicas'),
            (3, 'museos', '318.2', 'señalización táctil en 3 museos'),
            (45, 'custodios', '318.2', 'se formó a 45 custodios'),
            (540000, 'pesos', '318.2', 'con una inversión de 540,000 pesos')],
           [('Se recomienda omitir del informe la remodelación de la cafetería del museo, que no corresponde a la meta.', 'retroalimentacion', '318.2', 'desalineado', 'SE'),
            ('Sería oportuno que a este Espacio acudan también las personas que dirigen cada museo y no sólo el área central.', 'observacion', '318.2', 'proceso', 'Silvia Orozco Nájera')]),
         S(321, T321,
           [G(*G321_1, None, 'La SEDEREC no presentó informe.')],
           [],
           [('Es necesario que la SEDEREC establezca el padrón de museos comunitarios que mandata la estrategia.', 'retroalimentacion', '321.1', 'exhorta', 'SE'),
            ('No hay correspondencia entre la meta y el indicador: contar museos apoyados no muestra si siguen abiertos.', 'observacion', '321.1', 'diseno_meta', 'Rebeca Salinas Ocampo'),
            ('Las acciones de difusión de los museos comunitarios pueden estar enmarcadas en la estrategia 324, meta 324.2.', 'retroalimentacion', '321.1', 'reasignar', 'SE')]),
     ],
     agreements=[
         A('La SEDEREC entregará su informe de la meta 321.1 antes del 14 de julio de 2017.', ['2017-07-14'], 'SEDEREC'),
         A('La Secretaría Ejecutiva invitará a las direcciones de los museos a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La décima tercera sesión se llevará a cabo el 29 de agosto de 2017 a las 10:00 horas en la misma sede.', ['2017-08-29'], None, True)],
     next=NX('2017-08-29', '10:00'),
     notes='Intervention log: the whole session in one table Hora | Participante | Intervención.')

# ================================================================ Z2 apicultura (orden del día points as sections, 2019)
API_BODY = 'Derecho a un Medio Ambiente Sano: Apicultura Urbana y Protección de Polinizadores'
API_COORD = ('Itzel Carranza Beltrán', 'Coordinadora del Espacio')
API_PLACE = 'Aula 2 del Centro de Educación Ambiental Acuexcomatl, Xochimilco'
T204 = 'Proteger a las abejas y otros polinizadores en el suelo de conservación'
T207 = 'Impulsar la producción y comercialización de miel de productores de la Ciudad'
G204_1 = ('204.1', 'Restringir el uso de plaguicidas nocivos para polinizadores en parcelas del suelo de conservación',
          'Número de parcelas sin plaguicidas nocivos', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA')
G204_2 = ('204.2', 'Establecer jardines para polinizadores en parques y camellones',
          'Número de jardines establecidos', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA')
G207_1 = ('207.1', 'Capacitar y equipar a personas apicultoras de Milpa Alta, Tlalpan y Xochimilco',
          'Número de personas apicultoras capacitadas', 'Secretaría de Desarrollo Económico de la Ciudad de México', 'SEDECO')
API_SE = ('Nadia Cortés Villalobos', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
API_ATT = [
    ('Octavio Rendón Lagunas', 'Biól.', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA', IE, 'Subdirector de Biodiversidad'),
    ('Claudia Esparza Muñiz', 'Lic.', 'Secretaría de Desarrollo Económico de la Ciudad de México', 'SEDECO', IE, 'Directora de Economía Social'),
    ('Mario Tlacotempa Flores', 'Ing.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', IE, 'Jefe de Unidad de Fomento Agropecuario'),
    ('Josefina Galicia Medina', 'C.', 'Cooperativa Apícola Tecómitl, S.C. de R.L.', None, SC, 'Socia'),
    ('Arturo Nava Estrada', 'M. en C.', 'Colectivo Abejas de la Ciudad', None, SC, 'Coordinador'),
    ('Lucía Ferrándiz Cano', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
    API_SE]

acta(stem='blind-z-apicultura-07-2019-03-05', layout='Z2', esp='apicultura',
     body=API_BODY, number=7, date='2019-03-05', start='10:30', end='13:00', place=API_PLACE, coordinator=API_COORD,
     attendance=API_ATT,
     strategies=[
         S(204, T204,
           [G(*G204_1, ['Se firmaron convenios con 63 productores que dejaron de aplicar neonicotinoides en 118 hectáreas.']),
            G(*G204_2, ['Se establecieron 21 jardines para polinizadores, 8 de ellos en camellones de Tlalpan, con 3,200 plantas nativas.'])],
           [(63, 'productores', '204.1', 'Se firmaron convenios con 63 productores'),
            (118, 'hectáreas', '204.1', 'en 118 hectáreas'),
            (21, 'jardines para polinizadores', '204.2', 'Se establecieron 21 jardines para polinizadores'),
            (8, 'jardines', '204.2', '8 de ellos en camellones de Tlalpan'),
            (3200, 'plantas nativas', '204.2', 'con 3,200 plantas nativas')],
           [('Se reconoce el avance en la reducción de plaguicidas y que el informe señala superficie y número de productores.', 'retroalimentacion', '204.1', 'avance', 'SE'),
            ('La sociedad civil cuestiona que los jardines se siembren con especies ornamentales que las abejas no visitan.', 'observacion', '204.2', 'cuestiona', 'Arturo Nava Estrada'),
            ('Es necesario reportar las especies sembradas y la superficie de cada jardín.', 'retroalimentacion', '204.2', 'solicita_datos', 'SE')]),
         S(207, T207,
           [G(*G207_1, None, 'No se recibió informe.')],
           [],
           [('La SEDECO menciona que el equipamiento depende de un fondo federal que aún no se radica.', 'observacion', '207.1', 'instancia', 'Claudia Esparza Muñiz'),
            ('Es necesario que la SEDECO empiece a realizar la capacitación comprometida para este año.', 'retroalimentacion', '207.1', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La SEDEMA compartirá la lista de especies recomendadas para jardines de polinizadores con el Colectivo Abejas de la Ciudad.', [], 'SEDEMA'),
         A('La SEDECO presentará el calendario de capacitación a más tardar el 29 de marzo de 2019.', ['2019-03-29'], 'SEDECO'),
         A('La octava sesión ordinaria se celebrará el 7 de mayo de 2019 a las 10:30 horas.', ['2019-05-07'], None, True)],
     next=NX('2019-05-07', '10:30'),
     notes='Orden del día whose points become sections ("Punto 3. Revisión de la Estrategia 204").')

acta(stem='blind-z-apicultura-08-2019-05-07', layout='Z2', esp='apicultura',
     body=API_BODY, number=8, date='2019-05-07', start='10:30', end='12:50', place=API_PLACE, coordinator=API_COORD,
     attendance=API_ATT[:4] + [('Rogelio Ávalos Quintero', 'Ing.', 'Secretaría de Agricultura y Desarrollo Rural', 'SADER', OT, 'Técnico apícola'), API_ATT[4], API_ATT[5], API_SE],
     strategies=[
         S(204, T204,
           [G(*G204_1, None, 'La SEDEMA informó que presentará los datos en la siguiente sesión.'),
            G(*G204_2, ['Suman 29 jardines para polinizadores con 46 especies nativas sembradas.'])],
           [(29, 'jardines para polinizadores', '204.2', 'Suman 29 jardines para polinizadores'),
            (46, 'especies nativas', '204.2', 'con 46 especies nativas sembradas')],
           [('Se recomienda omitir del informe la poda de árboles en camellones, que no forma parte de la meta.', 'retroalimentacion', '204.2', 'desalineado', 'SE'),
            ('Sería oportuno que las alcaldías envíen a sus áreas de parques y jardines y no sólo a las de fomento agropecuario.', 'observacion', '204.2', 'proceso', 'Lucía Ferrándiz Cano')]),
         S(207, T207,
           [G(*G207_1, ['Se capacitó a 74 personas apicultoras y se entregaron 150 colmenas tecnificadas, con una inversión de 860,000 pesos.'])],
           [(74, 'personas apicultoras', '207.1', 'Se capacitó a 74 personas apicultoras'),
            (150, 'colmenas tecnificadas', '207.1', 'se entregaron 150 colmenas tecnificadas'),
            (860000, 'pesos', '207.1', 'con una inversión de 860,000 pesos')],
           [('La capacitación por sí sola no da cumplimiento a la meta si la miel no encuentra canales de venta.', 'retroalimentacion', '207.1', 'insuficiente', 'SE'),
            ('La venta de miel en mercados públicos puede estar enmarcada en la estrategia 210, meta 210.1.', 'retroalimentacion', '207.1', 'reasignar', 'SE'),
            ('El indicador sólo cuenta personas capacitadas y no permite saber cuántas siguen produciendo.', 'observacion', '207.1', 'diseno_meta', 'Josefina Galicia Medina')]),
     ],
     agreements=[
         A('La SEDEMA entregará el informe de la meta 204.1 antes del 31 de mayo de 2019.', ['2019-05-31'], 'SEDEMA'),
         A('La SEDECO y la Cooperativa Apícola Tecómitl organizarán una feria de la miel en el Zócalo de Milpa Alta.', [], 'SEDECO y la Cooperativa Apícola Tecómitl'),
         A('La novena sesión ordinaria se celebrará el 2 de julio de 2019 a las 10:30 horas.', ['2019-07-02'], None, True)],
     next=NX('2019-07-02', '10:30'),
     notes='Orden del día whose points become sections ("Punto 3. Revisión de la Estrategia 204").')

# ================================================================ Z3 trajineras (carbon copy scan, 2015)
TRA_BODY = 'Derecho al Trabajo: Remeros y Trajineros de Xochimilco'
TRA_COORD = ('Felipe Acevedo Sandoval', 'Coordinador del Espacio')
TRA_PLACE = 'Embarcadero Nuevo Nativitas, Xochimilco'
T541 = 'Garantizar condiciones de trabajo dignas para las personas remeras de trajineras'
T543 = 'Mejorar la seguridad de los paseos en trajinera'
G541_1 = ('541.1', 'Incorporar a las personas remeras a un esquema de seguridad social voluntaria',
          'Número de personas remeras incorporadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G541_2 = ('541.2', 'Ofrecer cursos de capacitación para el empleo a las familias trajineras',
          'Número de cursos impartidos', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G543_1 = ('543.1', 'Dotar de chalecos salvavidas a todas las trajineras registradas',
          'Porcentaje de trajineras con chalecos', 'Delegación Xochimilco', 'ALC-XOCHIMILCO')
TRA_SE = ('Mónica Arellano Pizaña', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
TRA_ATT = [
    ('Ramiro Solís Beltrán', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirector de Capacitación'),
    ('Guadalupe Chavarría León', 'Lic.', 'Delegación Xochimilco', 'ALC-XOCHIMILCO', IE, 'Directora de Turismo'),
    ('Isidro Páez Cuevas', 'C.', 'Unión de Trajineros de Nativitas', None, SC, 'Representante'),
    ('Hilda Xolalpa Reyes', 'C.', 'Asociación de Remeros Fernando Celada, A.C.', None, SC, 'Secretaria'),
    ('Javier Mendoza Ochoa', 'Mtro.', 'Secretaría de Turismo del Distrito Federal', 'SECTUR-CDMX', IE, 'Enlace de derechos humanos'),
    ('Elena Quintanar Ruiz', 'Lic.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitadora adjunta'),
    TRA_SE]

acta(stem='blind-z-trajineras-03-2015-07-14', layout='Z3', esp='trajineras',
     body=TRA_BODY, number=3, date='2015-07-14', start='09:00', end='11:30', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=TRA_ATT,
     strategies=[
         S(541, T541,
           [G(*G541_1, ['Se incorporaron 212 personas remeras al esquema voluntario; 37 son mujeres.']),
            G(*G541_2, ['Se impartieron 6 cursos con 140 participantes de 9 embarcaderos.'])],
           [(212, 'personas remeras', '541.1', 'Se incorporaron 212 personas remeras'),
            (37, 'mujeres', '541.1', '37 son mujeres'),
            (6, 'cursos', '541.2', 'Se impartieron 6 cursos'),
            (140, 'participantes', '541.2', 'con 140 participantes'),
            (9, 'embarcaderos', '541.2', 'de 9 embarcaderos')],
           [('Se reconoce que el informe presenta cifras desagregadas por sexo.', 'retroalimentacion', '541.1', 'avance', 'SE'),
            ('Es necesario informar qué cursos se impartieron y en qué embarcaderos.', 'retroalimentacion', '541.2', 'solicita_datos', 'SE'),
            ('Los remeros cuestionan que la cuota del esquema voluntario sea igual en temporada baja.', 'observacion', '541.1', 'cuestiona', 'Isidro Páez Cuevas')]),
         S(543, T543,
           [G(*G543_1, None, 'La Delegación no presentó informe.')],
           [],
           [('Es necesario que la Delegación Xochimilco empiece a entregar los chalecos antes de la temporada alta.', 'retroalimentacion', '543.1', 'exhorta', 'SE'),
            ('La Delegación menciona que el padrón de trajineras no está actualizado.', 'observacion', '543.1', 'instancia', 'Guadalupe Chavarría León')]),
     ],
     agreements=[
         A('La Delegación Xochimilco actualizará el padrón de trajineras antes del 31 de agosto de 2015.', ['2015-08-31'], 'Delegación Xochimilco'),
         A('La STYFE enviará la lista de cursos por embarcadero a la Secretaría Ejecutiva.', [], 'STYFE'),
         A('La cuarta sesión se realizará el 8 de septiembre de 2015 a las 9:00 horas.', ['2015-09-08'], None, True)],
     next=NX('2015-09-08', '09:00'),
     notes='Carbon copy of a typed acta, scanned (low contrast, violet carbon, smudges).')

acta(stem='blind-z-trajineras-04-2015-09-08', layout='Z3', esp='trajineras',
     body=TRA_BODY, number=4, date='2015-09-08', start='09:00', end='11:15', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=TRA_ATT[:4] + [TRA_ATT[5], TRA_SE],
     strategies=[
         S(541, T541,
           [G(*G541_1, ['Suman 268 personas remeras incorporadas y 19 solicitudes en trámite.']),
            G(*G541_2, None, 'No se presentó informe.')],
           [(268, 'personas remeras', '541.1', 'Suman 268 personas remeras incorporadas'),
            (19, 'solicitudes', '541.1', '19 solicitudes en trámite')],
           [('El esquema voluntario por sí solo no da cumplimiento a la meta si no cubre riesgos de trabajo.', 'retroalimentacion', '541.1', 'insuficiente', 'SE'),
            ('Sería oportuno que la STYFE acuda con el área de seguridad social.', 'observacion', '541.2', 'proceso', 'Elena Quintanar Ruiz')]),
         S(543, T543,
           [G(*G543_1, ['Se entregaron 1,150 chalecos salvavidas a 230 trajineras, el 55 por ciento del padrón.'])],
           [(1150, 'chalecos salvavidas', '543.1', 'Se entregaron 1,150 chalecos salvavidas'),
            (230, 'trajineras', '543.1', 'a 230 trajineras'),
            (55, 'por ciento', '543.1', 'el 55 por ciento del padrón')],
           [('Se recomienda omitir la pintura de embarcaderos, que no corresponde a la meta.', 'retroalimentacion', '543.1', 'desalineado', 'SE'),
            ('El indicador no mide si los chalecos se usan durante el paseo.', 'observacion', '543.1', 'diseno_meta', 'Hilda Xolalpa Reyes'),
            ('Los trajineros cuestionan que los chalecos sean de talla única y no sirvan para niñas y niños.', 'observacion', '543.1', 'cuestiona', 'Isidro Páez Cuevas')]),
     ],
     agreements=[
         A('La STYFE presentará el informe de la meta 541.2 en la siguiente sesión.', [], 'STYFE'),
         A('La Delegación Xochimilco entregará los chalecos faltantes antes del 30 de octubre de 2015.', ['2015-10-30'], 'Delegación Xochimilco'),
         A('La quinta sesión se realizará el 10 de noviembre de 2015 a las 9:00 horas.', ['2015-11-10'], None, True)],
     next=NX('2015-11-10', '09:00'),
     notes='Carbon copy of a typed acta, scanned (low contrast, violet carbon, smudges).')

# ================================================================ Z4 voluntariado (fillable PDF form, AcroForm, 2021)
VOL_BODY = 'Derecho a la Participación: Voluntariado y Acción Comunitaria'
VOL_COORD = ('Sandra Lemus Carrillo', 'Coordinadora del Espacio')
VOL_PLACE = 'Videoconferencia (Zoom)'
T127 = 'Promover el voluntariado juvenil en acciones comunitarias'
T130 = 'Reconocer y proteger a las personas voluntarias de organizaciones civiles'
G127_1 = ('127.1', 'Integrar brigadas de voluntariado juvenil en unidades habitacionales',
          'Número de brigadas integradas', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
G127_2 = ('127.2', 'Otorgar constancias de horas de voluntariado con valor curricular',
          'Número de constancias emitidas', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
G130_1 = ('130.1', 'Contratar un seguro de accidentes para personas voluntarias registradas',
          'Número de personas voluntarias aseguradas', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
VOL_SE = ('Ricardo Ambriz Solórzano', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
VOL_ATT = [
    ('Paola Herrera Cid', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Directora de Vinculación'),
    ('Emilio Vargas Trejo', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Subdirector de Coinversión'),
    ('Karla Montiel Ruiz', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Jefa de Unidad de Organización Condominal'),
    ('Alonso Garduño Bravo', 'C.', 'Voluntarios en Acción, I.A.P.', None, SC, 'Director'),
    ('Yolanda Téllez Arroyo', 'C.', 'Red Vecinal de Apoyo Mutuo Iztacalco', None, SC, 'Integrante'),
    ('Ana Sofía Brito Lara', 'Mtra.', 'Centro Mexicano para la Filantropía, A.C.', None, SC, 'Coordinadora de investigación'),
    VOL_SE]

acta(stem='blind-z-voluntariado-05-2021-02-23', layout='Z4', esp='voluntariado',
     body=VOL_BODY, number=5, date='2021-02-23', start='11:00', end='12:40', place=VOL_PLACE, coordinator=VOL_COORD,
     attendance=VOL_ATT,
     strategies=[
         S(127, T127,
           [G(*G127_1, ['Se integraron 38 brigadas con 412 jóvenes en 26 unidades habitacionales.']),
            G(*G127_2, None, 'Sin informe.')],
           [(38, 'brigadas', '127.1', 'Se integraron 38 brigadas'),
            (412, 'jóvenes', '127.1', 'con 412 jóvenes'),
            (26, 'unidades habitacionales', '127.1', 'en 26 unidades habitacionales')],
           [('El informe permite conocer el número de brigadas y su ubicación.', 'retroalimentacion', '127.1', 'avance', 'SE'),
            ('Es necesario informar cuántas constancias se han emitido y con qué instituciones educativas se validan.', 'retroalimentacion', '127.2', 'solicita_datos', 'SE'),
            ('Se cuestiona que las brigadas realicen tareas de limpieza que corresponden al personal de la alcaldía.', 'observacion', '127.1', 'cuestiona', 'Yolanda Téllez Arroyo')]),
         S(130, T130,
           [G(*G130_1, ['Se aseguró a 1,260 personas voluntarias con una prima de 310,000 pesos.'])],
           [(1260, 'personas voluntarias', '130.1', 'Se aseguró a 1,260 personas voluntarias'),
            (310000, 'pesos', '130.1', 'con una prima de 310,000 pesos')],
           [('La SIBISO solicita que la Secretaría Ejecutiva aclare si el seguro debe cubrir a voluntarios no registrados.', 'observacion', '130.1', 'instancia', 'Emilio Vargas Trejo'),
            ('El seguro por sí solo no da cumplimiento a la meta si el registro deja fuera a las redes vecinales.', 'retroalimentacion', '130.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('El INJUVE enviará el número de constancias emitidas a más tardar el 12 de marzo de 2021.', ['2021-03-12'], 'INJUVE'),
         A('La Secretaría Ejecutiva responderá por escrito la consulta de la SIBISO sobre la meta 130.1.', [], 'Secretaría Ejecutiva'),
         A('La sexta sesión será el 27 de abril de 2021 a las 11:00 horas, por videoconferencia.', ['2021-04-27'], None, True)],
     next=NX('2021-04-27', '11:00'),
     notes='Fillable PDF form (AcroForm) filled in by the secretary; values in form fields.')

acta(stem='blind-z-voluntariado-06-2021-04-27', layout='Z4', esp='voluntariado',
     body=VOL_BODY, number=6, date='2021-04-27', start='11:00', end='12:55', place=VOL_PLACE, coordinator=VOL_COORD,
     attendance=VOL_ATT[:2] + VOL_ATT[3:] + [VOL_SE][:0],
     strategies=[
         S(127, T127,
           [G(*G127_1, None, 'Sin informe.'),
            G(*G127_2, ['Se emitieron 295 constancias de horas de voluntariado validadas por 4 preparatorias.'])],
           [(295, 'constancias', '127.2', 'Se emitieron 295 constancias de horas de voluntariado'),
            (4, 'preparatorias', '127.2', 'validadas por 4 preparatorias')],
           [('Se recomienda omitir del informe la campaña de redes sociales, que no corresponde a la meta.', 'retroalimentacion', '127.2', 'desalineado', 'SE'),
            ('Es necesario que el INJUVE presente el informe de brigadas del periodo.', 'retroalimentacion', '127.1', 'exhorta', 'SE')]),
         S(130, T130,
           [G(*G130_1, ['El padrón creció a 1,480 personas voluntarias aseguradas; se atendieron 7 siniestros con un costo de 58,000 pesos.'])],
           [(1480, 'personas voluntarias aseguradas', '130.1', 'El padrón creció a 1,480 personas voluntarias aseguradas'),
            (7, 'siniestros', '130.1', 'se atendieron 7 siniestros'),
            (58000, 'pesos', '130.1', 'con un costo de 58,000 pesos')],
           [('El indicador no mide si las personas voluntarias conocen y usan el seguro.', 'observacion', '130.1', 'diseno_meta', 'Ana Sofía Brito Lara'),
            ('El registro de voluntarios puede estar enmarcado en la estrategia 133, meta 133.1.', 'retroalimentacion', '130.1', 'reasignar', 'SE'),
            ('Sería oportuno que las sesiones se envíen con el formulario prellenado una semana antes.', 'observacion', '130.1', 'proceso', 'Alonso Garduño Bravo')]),
     ],
     agreements=[
         A('El INJUVE presentará el informe de la meta 127.1 en la siguiente sesión.', [], 'INJUVE'),
         A('La SIBISO difundirá la póliza del seguro entre las organizaciones antes del 21 de mayo de 2021.', ['2021-05-21'], 'SIBISO'),
         A('La séptima sesión será el 22 de junio de 2021 a las 11:00 horas, por videoconferencia.', ['2021-06-22'], None, True)],
     next=NX('2021-06-22', '11:00'),
     notes='Fillable PDF form (AcroForm) filled in by the secretary; values in form fields.')

# ================================================================ Z5 canales (OneNote-like page printed by Chromium, 2023)
CAN_BODY = 'Derecho al Agua y a un Medio Ambiente Sano: Rescate de Canales y Zona Chinampera'
CAN_COORD = ('Gabriela Ortuño Meza', 'Coordinadora del Espacio de Participación')
CAN_PLACE = 'Sala de usos múltiples de la Autoridad de la Zona Patrimonio, Xochimilco'
T262 = 'Sanear el agua de los canales de Xochimilco y Tláhuac'
T265 = 'Vigilar las descargas irregulares a los canales'
G262_1 = ('262.1', 'Retirar lirio acuático y residuos sólidos de los canales',
          'Toneladas de lirio y residuos retiradas', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G262_2 = ('262.2', 'Rehabilitar plantas de tratamiento que abastecen a los canales',
          'Número de plantas rehabilitadas', 'Sistema de Aguas de la Ciudad de México', 'SACMEX')
G265_1 = ('265.1', 'Realizar recorridos de inspección de descargas con participación vecinal',
          'Número de recorridos realizados', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT')
CAN_SE = ('Luis Fernando Cázares Ruiz', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
CAN_ATT = [
    ('Beatriz Anzures Gil', 'Ing.', 'Sistema de Aguas de la Ciudad de México', 'SACMEX', IE, 'Subdirectora de Tratamiento'),
    ('Sergio Tolentino Vaca', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Director de Inspección'),
    ('Marisol Cuevas Ayala', 'Biól.', 'Secretaría del Medio Ambiente de la Ciudad de México', 'SEDEMA', IE, 'Jefa de Unidad de Humedales'),
    ('Andrés Piñón Galicia', 'Lic.', 'Alcaldía Tláhuac', 'ALC-TLAHUAC', IE, 'Director de Medio Ambiente'),
    ('Rosa María Tecpa Flores', 'C.', 'Chinamperos de San Gregorio Atlapulco, A.C.', None, SC, 'Presidenta'),
    ('Julián Venegas Olmos', 'C.', 'Colectivo Canal Nacional Vivo', None, SC, 'Vocero'),
    ('Irene Saldívar Kuri', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
    CAN_SE]

acta(stem='blind-z-canales-09-2023-08-15', layout='Z5', esp='canales',
     body=CAN_BODY, number=9, date='2023-08-15', start='10:00', end='12:20', place=CAN_PLACE, coordinator=CAN_COORD,
     attendance=CAN_ATT,
     strategies=[
         S(262, T262,
           [G(*G262_1, ['De enero a julio se retiraron 3,480 toneladas de lirio y 215 toneladas de residuos sólidos en 42 kilómetros de canales.']),
            G(*G262_2, None, 'Pendiente: SACMEX no presentó informe.')],
           [(3480, 'toneladas de lirio', '262.1', 'se retiraron 3,480 toneladas de lirio'),
            (215, 'toneladas de residuos sólidos', '262.1', '215 toneladas de residuos sólidos'),
            (42, 'kilómetros de canales', '262.1', 'en 42 kilómetros de canales')],
           [('Se reconoce que el informe presenta toneladas y kilómetros atendidos.', 'retroalimentacion', '262.1', 'avance', 'SE'),
            ('Es necesario informar qué plantas de tratamiento operan y con qué calidad de agua descargan.', 'retroalimentacion', '262.2', 'solicita_datos', 'SE'),
            ('Los chinamperos cuestionan que el lirio retirado se deposite en las orillas, donde vuelve al canal con las lluvias.', 'observacion', '262.1', 'cuestiona', 'Rosa María Tecpa Flores')]),
         S(265, T265,
           [G(*G265_1, ['Se realizaron 18 recorridos con 9 comités vecinales y se detectaron 31 descargas irregulares.'])],
           [(18, 'recorridos', '265.1', 'Se realizaron 18 recorridos'),
            (9, 'comités vecinales', '265.1', 'con 9 comités vecinales'),
            (31, 'descargas irregulares', '265.1', 'se detectaron 31 descargas irregulares')],
           [('La PAOT refiere que la clausura de descargas corresponde a la alcaldía y no a esa Procuraduría.', 'observacion', '265.1', 'instancia', 'Sergio Tolentino Vaca'),
            ('Los recorridos por sí solos no dan cumplimiento a la meta si las descargas detectadas siguen abiertas.', 'retroalimentacion', '265.1', 'insuficiente', 'SE')]),
     ],
     agreements=[
         A('SACMEX enviará el estado de las plantas de tratamiento a más tardar el 1 de septiembre de 2023.', ['2023-09-01'], 'SACMEX'),
         A('La PAOT y la Alcaldía Tláhuac revisarán juntas las 31 descargas detectadas.', [], 'PAOT y la Alcaldía Tláhuac'),
         A('Próxima sesión: 17 de octubre de 2023, 10:00 horas, misma sede.', ['2023-10-17'], None, True)],
     next=NX('2023-10-17', '10:00'),
     notes='OneNote-like page (note containers on a wide page, tags) printed to PDF by Chromium.')

acta(stem='blind-z-canales-10-2023-10-17', layout='Z5', esp='canales',
     body=CAN_BODY, number=10, date='2023-10-17', start='10:00', end='12:05', place=CAN_PLACE, coordinator=CAN_COORD,
     attendance=CAN_ATT[:2] + CAN_ATT[3:],
     strategies=[
         S(262, T262,
           [G(*G262_1, ['Se retiraron 1,120 toneladas de lirio en agosto y septiembre en 17 kilómetros de canales.']),
            G(*G262_2, ['Se rehabilitaron 2 plantas de tratamiento, que aportan 240 litros por segundo a los canales y benefician a 600 chinampas.'])],
           [(1120, 'toneladas de lirio', '262.1', 'Se retiraron 1,120 toneladas de lirio'),
            (17, 'kilómetros de canales', '262.1', 'en 17 kilómetros de canales'),
            (2, 'plantas de tratamiento', '262.2', 'Se rehabilitaron 2 plantas de tratamiento'),
            (240, 'litros por segundo', '262.2', 'que aportan 240 litros por segundo'),
            (600, 'chinampas', '262.2', 'benefician a 600 chinampas')],
           [('Se recomienda omitir la limpieza de embarcaderos turísticos, que no forma parte de la meta.', 'retroalimentacion', '262.1', 'desalineado', 'SE'),
            ('El indicador mide toneladas retiradas y no la calidad del agua, que es lo que busca la estrategia.', 'observacion', '262.1', 'diseno_meta', 'Irene Saldívar Kuri')]),
         S(265, T265,
           [G(*G265_1, None, 'Pendiente: la PAOT no presentó informe.')],
           [],
           [('Es necesario que la PAOT y la alcaldía establezcan el protocolo conjunto de clausura que mandata la estrategia.', 'retroalimentacion', '265.1', 'exhorta', 'SE'),
            ('Sería oportuno que los comités vecinales reciban la minuta antes de la sesión.', 'observacion', '265.1', 'proceso', 'Julián Venegas Olmos'),
            ('La denuncia ciudadana de descargas puede estar enmarcada en la estrategia 268, meta 268.2.', 'retroalimentacion', '265.1', 'reasignar', 'SE')]),
     ],
     agreements=[
         A('La PAOT entregará su informe de la meta 265.1 antes del 10 de noviembre de 2023.', ['2023-11-10'], 'PAOT'),
         A('La Secretaría Ejecutiva enviará la minuta a los comités vecinales.', [], 'Secretaría Ejecutiva'),
         A('Próxima sesión: 12 de diciembre de 2023, 10:00 horas, misma sede.', ['2023-12-12'], None, True)],
     next=NX('2023-12-12', '10:00'),
     notes='OneNote-like page (note containers on a wide page, tags) printed to PDF by Chromium.')

# ================================================================ Z6 murales (feedback as reviewer annotations in the PDF, 2013)
MUR_BODY = 'Derechos Culturales: Arte Urbano y Murales Comunitarios'
MUR_COORD = ('Joaquín Reséndiz Malo', 'Coordinador del Espacio')
MUR_PLACE = 'Sala Siqueiros de la Secretaría de Cultura del Distrito Federal, Avenida de la Paz 26'
T377 = 'Promover el arte urbano como expresión cultural en el espacio público'
T380 = 'Proteger y restaurar los murales del patrimonio de la Ciudad'
G377_1 = ('377.1', 'Habilitar muros legales para grafiti y muralismo comunitario',
          'Número de muros habilitados', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
G377_2 = ('377.2', 'Impartir talleres de muralismo para jóvenes en colonias de alta marginación',
          'Número de talleres impartidos', 'Instituto de la Juventud del Distrito Federal', 'INJUVE')
G380_1 = ('380.1', 'Elaborar el catálogo de murales de valor patrimonial',
          'Número de murales catalogados', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX')
MUR_SE = ('Alma Delia Bustos Ugarte', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
MUR_ATT = [
    ('Fabiola Escárcega Rivas', 'Lic.', 'Secretaría de Cultura del Distrito Federal', 'SECULT-CDMX', IE, 'Directora de Patrimonio'),
    ('Omar Vilchis Carmona', 'Lic.', 'Instituto de la Juventud del Distrito Federal', 'INJUVE', IE, 'Jefe de Programas Culturales'),
    ('Teresa Alvarado Sosa', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Subdirectora de Imagen Urbana'),
    ('Edgar Montes de Oca', 'C.', 'Colectivo Muros que Hablan', None, SC, 'Integrante'),
    ('Pilar Zavaleta Guízar', 'Mtra.', 'Frente de Muralistas Independientes, A.C.', None, SC, 'Presidenta'),
    ('Raúl Betancourt Iñiguez', 'Dr.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Restaurador'),
    MUR_SE]

acta(stem='blind-z-murales-02-2013-09-10', layout='Z6', esp='murales',
     body=MUR_BODY, number=2, date='2013-09-10', start='11:00', end='13:15', place=MUR_PLACE, coordinator=MUR_COORD,
     attendance=MUR_ATT,
     strategies=[
         S(377, T377,
           [G(*G377_1, ['Se habilitaron 24 muros legales con una superficie de 1,850 metros cuadrados.']),
            G(*G377_2, ['Se impartieron 15 talleres con 326 jóvenes de 11 colonias.'])],
           [(24, 'muros legales', '377.1', 'Se habilitaron 24 muros legales'),
            (1850, 'metros cuadrados', '377.1', 'una superficie de 1,850 metros cuadrados'),
            (15, 'talleres', '377.2', 'Se impartieron 15 talleres'),
            (326, 'jóvenes', '377.2', 'con 326 jóvenes'),
            (11, 'colonias', '377.2', 'de 11 colonias')],
           [('Se reconoce que el informe presenta superficie y número de muros habilitados.', 'retroalimentacion', '377.1', 'avance', 'SE'),
            ('El colectivo cuestiona que los muros legales se asignen por sorteo y no a los grupos de cada barrio.', 'observacion', '377.1', 'cuestiona', 'Edgar Montes de Oca'),
            ('Es necesario informar en qué colonias se impartieron los talleres y cuántos murales resultaron.', 'retroalimentacion', '377.2', 'solicita_datos', 'SE')]),
         S(380, T380,
           [G(*G380_1, None, 'No se presentó informe.')],
           [],
           [('Es necesario que la Secretaría de Cultura inicie el catálogo comprometido en la estrategia.', 'retroalimentacion', '380.1', 'exhorta', 'SE'),
            ('La Secretaría de Cultura menciona que no cuenta con restauradores suficientes para el levantamiento.', 'observacion', '380.1', 'instancia', 'Fabiola Escárcega Rivas')]),
     ],
     agreements=[
         A('La Secretaría de Cultura presentará la metodología del catálogo de murales en la siguiente sesión.', [], 'Secretaría de Cultura'),
         A('El INJUVE enviará la lista de colonias de los talleres antes del 27 de septiembre de 2013.', ['2013-09-27'], 'INJUVE'),
         A('La tercera sesión se celebrará el 12 de noviembre de 2013 a las 11:00 horas.', ['2013-11-12'], None, True)],
     next=NX('2013-11-12', '11:00'),
     notes='Typed acta; the feedback exists only as reviewer annotations (FreeText / sticky notes) in the PDF.')

acta(stem='blind-z-murales-03-2013-11-12', layout='Z6', esp='murales',
     body=MUR_BODY, number=3, date='2013-11-12', start='11:00', end='13:00', place=MUR_PLACE, coordinator=MUR_COORD,
     attendance=MUR_ATT[:3] + MUR_ATT[4:6] + [('Jesús Cordero Lima', 'C.', 'Barrio Bravo Arte Urbano', None, SC, 'Integrante'), MUR_SE],
     strategies=[
         S(377, T377,
           [G(*G377_1, ['Suman 31 muros legales en 6 delegaciones, pintados por 48 colectivos.']),
            G(*G377_2, None, 'El INJUVE no presentó informe.')],
           [(31, 'muros legales', '377.1', 'Suman 31 muros legales'),
            (6, 'delegaciones', '377.1', 'en 6 delegaciones'),
            (48, 'colectivos', '377.1', 'pintados por 48 colectivos')],
           [('Se recomienda omitir el festival de música del informe, que no corresponde a la meta.', 'retroalimentacion', '377.1', 'desalineado', 'SE'),
            ('Sería oportuno que el INJUVE envíe a la persona responsable de los talleres.', 'observacion', '377.2', 'proceso', 'Pilar Zavaleta Guízar')]),
         S(380, T380,
           [G(*G380_1, ['Se catalogaron 57 murales, de los cuales 12 requieren restauración urgente.'])],
           [(57, 'murales', '380.1', 'Se catalogaron 57 murales'),
            (12, 'murales', '380.1', '12 requieren restauración urgente')],
           [('El catálogo por sí solo no da cumplimiento a la meta si no se asignan recursos para restaurar.', 'retroalimentacion', '380.1', 'insuficiente', 'SE'),
            ('No hay correspondencia entre la meta y el indicador: contar murales no mide su protección.', 'observacion', '380.1', 'diseno_meta', 'Raúl Betancourt Iñiguez'),
            ('La restauración de murales en escuelas puede estar enmarcada en la estrategia 383, meta 383.1.', 'retroalimentacion', '380.1', 'reasignar', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Cultura enviará el catálogo de murales a la Secretaría Ejecutiva antes del 6 de diciembre de 2013.', ['2013-12-06'], 'Secretaría de Cultura'),
         A('El INJUVE presentará su informe de la meta 377.2 en la siguiente sesión.', [], 'INJUVE'),
         A('La cuarta sesión se celebrará el 21 de enero de 2014 a las 11:00 horas.', ['2014-01-21'], None, True)],
     next=NX('2014-01-21', '11:00'),
     notes='Typed acta; the feedback exists only as reviewer annotations (FreeText / sticky notes) in the PDF.')
