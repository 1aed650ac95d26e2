# -*- coding: utf-8 -*-
# Batch AC content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs or cuadro dicts] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause (or a cuadro row) of the INFORME
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

# ================================================================ AA1 comercio (semáforo status table, 2014)

# ================================================================ AC1 bazares (attendance as prose, 2015)
BAZ_BODY = 'Derecho al Trabajo: Bazares de Economía Solidaria'
BAZ_COORD = ('Leticia Ordaz Benavides', 'Coordinadora del Espacio de Participación')
BAZ_PLACE = 'sala de juntas del Fondo para el Desarrollo Social, Av. Tlaxcoaque 8, Centro'
T433 = 'Impulsar espacios de comercialización para unidades productivas de la economía social y solidaria'
T436 = 'Fortalecer las capacidades empresariales de las personas productoras que participan en bazares'
G433_1 = ('433.1', 'Instalar bazares mensuales de economía solidaria en espacios públicos de las delegaciones', 'Número de bazares instalados y unidades productivas participantes',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G433_2 = ('433.2', 'Otorgar financiamiento a unidades productivas que comercializan en bazares', 'Número de créditos otorgados y monto ejercido',
          'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO')
G436_1 = ('436.1', 'Impartir cursos de costeo, registro de marca y ventas a personas expositoras', 'Número de cursos impartidos y personas capacitadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
BAZ_SE = ('Norma Villalobos Rangel', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
BAZ_ATT7 = [
    ('Héctor Salgado Mireles', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Fomento'),
    ('Gabriela Tinoco Ruiz', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Unidad'),
    ('Arturo Quezada Lemus', 'Mtro.', 'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO', IE, 'Gerente'),
    ('Ximena Carrillo Ponce', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora'),
    ('Dolores Ambriz Tello', 'C.', 'Red de Bazares Solidarios del Oriente', None, SC, 'Representante'),
    ('Emiliano Cortés Vargas', 'C.', 'Colectivo Tianguis Trueque Tlalpan', None, SC, 'Integrante'),
    BAZ_SE]
acta(stem='blind-ac-bazares-04-2015-03-18', layout='AC1', esp='bazares',
     body=BAZ_BODY, number=4, date='2015-03-18', start='10:00', end='12:30', place=BAZ_PLACE, coordinator=BAZ_COORD,
     attendance=BAZ_ATT7,
     strategies=[
         S(433, T433,
           [G(*G433_1, ['En el bimestre se instalaron 11 bazares en plazas de Iztapalapa, Coyoacán y Tláhuac, en los que participaron 186 unidades productivas; se registró una afluencia aproximada de 9,400 personas.']),
            G(*G433_2, None, 'No se presentó informe.')],
           [(11, 'bazares', '433.1', 'se instalaron 11 bazares'),
            (186, 'unidades productivas', '433.1', 'participaron 186 unidades productivas'),
            (9400, 'personas', '433.1', 'afluencia aproximada de 9,400 personas')],
           [('Se reconoce que el informe desglosa los bazares por delegación y el número de unidades productivas.', 'retroalimentacion', '433.1', 'avance', 'SE'),
            ('Es necesario que el FONDESO informe cuántos créditos se otorgaron a las unidades productivas que participan en bazares y por qué monto.', 'retroalimentacion', '433.2', 'solicita_datos', 'SE'),
            ('Los bazares se instalan en plazas donde no hay baños ni toldos y las productoras pierden mercancía cuando llueve.', 'observacion', '433.1', 'cuestiona', 'Dolores Ambriz Tello')]),
         S(436, T436,
           [G(*G436_1, ['Se impartieron 4 cursos de costeo y registro de marca, con 72 personas capacitadas, de las cuales 51 son mujeres.'])],
           [(4, 'cursos de costeo y registro de marca', '436.1', 'Se impartieron 4 cursos de costeo y registro de marca'),
            (72, 'personas capacitadas', '436.1', 'con 72 personas capacitadas'),
            (51, 'mujeres', '436.1', 'de las cuales 51 son mujeres')],
           [('Los cursos contribuyen a la meta; sin embargo, por sí solos no dan cumplimiento a la estrategia si no se da seguimiento a las ventas de quienes se capacitaron.', 'retroalimentacion', '436.1', 'insuficiente', 'SE'),
            ('La STyFE señaló que los cursos de registro de marca dependen de la agenda del Instituto Mexicano de la Propiedad Industrial.', 'observacion', '436.1', 'instancia', 'Ximena Carrillo Ponce'),
            ('Sería oportuno que a las sesiones asistan también las áreas de crédito del FONDESO y no sólo el enlace.', 'observacion', '436.1', 'proceso', 'Emiliano Cortés Vargas')])],
     agreements=[A('El FONDESO enviará a la Secretaría Ejecutiva el informe de créditos de la meta 433.2 a más tardar el 17 de abril de 2015.', ['2015-04-17'], 'FONDESO'),
                 A('La Secretaría de Desarrollo Económico revisará con la Red de Bazares Solidarios del Oriente las condiciones de las plazas donde se instalan los bazares.', [], 'Secretaría de Desarrollo Económico'),
                 A('La quinta sesión ordinaria se celebrará el miércoles 20 de mayo de 2015 a las 10:00 horas en la misma sede.', ['2015-05-20'], None, True)],
     next={'date': '2015-05-20', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance as prose: one paragraph per institution ("Por la Secretaría de … asistieron: …"), no table; LibreOffice PDF')
BAZ_ATT8 = [
    ('Héctor Salgado Mireles', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Fomento'),
    ('Arturo Quezada Lemus', 'Mtro.', 'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO', IE, 'Gerente'),
    ('Rocío Anaya Fierro', 'Lic.', 'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO', IE, 'Jefa de Crédito'),
    ('Ximena Carrillo Ponce', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora'),
    ('Sergio Landa Olvera', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Jefe de Unidad de Fomento Cooperativo'),
    ('Dolores Ambriz Tello', 'C.', 'Red de Bazares Solidarios del Oriente', None, SC, 'Representante'),
    ('Emiliano Cortés Vargas', 'C.', 'Colectivo Tianguis Trueque Tlalpan', None, SC, 'Integrante'),
    BAZ_SE]
acta(stem='blind-ac-bazares-05-2015-05-20', layout='AC1', esp='bazares',
     body=BAZ_BODY, number=5, date='2015-05-20', start='10:00', end='12:15', place=BAZ_PLACE, coordinator=BAZ_COORD,
     attendance=BAZ_ATT8,
     strategies=[
         S(433, T433,
           [G(*G433_1, ['Se instalaron 8 bazares, 3 de ellos con toldos y sanitarios móviles, con 143 unidades productivas.']),
            G(*G433_2, ['El FONDESO otorgó 37 créditos a unidades productivas de bazares por un monto de 412,000 pesos.'])],
           [(8, 'bazares', '433.1', 'Se instalaron 8 bazares'),
            (3, 'bazares', '433.1', '3 de ellos con toldos y sanitarios móviles'),
            (143, 'unidades productivas', '433.1', 'con 143 unidades productivas'),
            (37, 'créditos', '433.2', 'otorgó 37 créditos'),
            (412000, 'pesos', '433.2', 'por un monto de 412,000 pesos')],
           [('Se reconoce que se atendió la petición de la sesión anterior y se informa el número de créditos y el monto.', 'retroalimentacion', '433.2', 'avance', 'SE'),
            ('El número de bazares disminuyó respecto del bimestre anterior; se solicita explicar las causas e informar las sedes.', 'retroalimentacion', '433.1', 'solicita_datos', 'SE'),
            ('La Delegación Iztapalapa refirió que los permisos de uso de plazas no le corresponden a su unidad sino a la Dirección de Gobierno.', 'observacion', '433.1', 'instancia', 'Sergio Landa Olvera')]),
         S(436, T436,
           [G(*G436_1, None, 'No se presentó informe.')],
           [],
           [('Es necesario que la Secretaría de Trabajo y Fomento al Empleo reanude los cursos comprometidos en la meta.', 'retroalimentacion', '436.1', 'exhorta', 'SE'),
            ('Los cursos de costeo deberían darse en los propios bazares y en horarios que no coincidan con la venta.', 'observacion', '436.1', 'cuestiona', 'Dolores Ambriz Tello')])],
     agreements=[A('La Secretaría de Trabajo y Fomento al Empleo enviará el calendario de cursos de la meta 436.1 antes del 5 de junio de 2015.', ['2015-06-05'], 'Secretaría de Trabajo y Fomento al Empleo'),
                 A('La Secretaría Ejecutiva circulará la retroalimentación por escrito a las instancias ejecutoras en un plazo de diez días hábiles.', [], 'Secretaría Ejecutiva'),
                 A('La sexta sesión ordinaria se celebrará el miércoles 15 de julio de 2015 a las 10:00 horas.', ['2015-07-15'], None, True)],
     next={'date': '2015-07-15', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='attendance as prose: one paragraph per institution ("Por la Secretaría de … asistieron: …"), no table; LibreOffice PDF')

# ================================================================ AC2 faros (signature-block grid, booklet PDF, 2017)
FAR_BODY = 'Derechos Culturales: Fábricas de Artes y Oficios'
FAR_COORD = ('Ignacio Berumen Salas', 'Coordinador del Espacio de Participación')
FAR_PLACE = 'Aula 3 del FARO de Oriente, Calzada Ignacio Zaragoza s/n, Iztapalapa'
T712 = 'Ampliar la oferta de talleres artísticos y de oficios gratuitos en zonas de alta marginación'
T715 = 'Garantizar la participación de las personas usuarias en la programación de las Fábricas de Artes y Oficios'
G712_1 = ('712.1', 'Abrir talleres de artes y oficios en las Fábricas de Artes y Oficios y sus sedes comunitarias', 'Número de talleres abiertos y personas inscritas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G712_2 = ('712.2', 'Certificar las competencias laborales de las personas egresadas de talleres de oficios', 'Número de personas certificadas',
          'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT')
G715_1 = ('715.1', 'Instalar consejos de personas usuarias en cada Fábrica de Artes y Oficios', 'Consejos instalados con acta constitutiva',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
FAR_SE = ('Teresa Gallardo Nieto', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace de la Secretaría Ejecutiva')
FAR_ATT = [
    ('Rodrigo Alcántara Medina', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Coordinador de FAROS'),
    ('Patricia Leyva Ocampo', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Responsable de Programación'),
    ('Fernando Islas Cuevas', 'Ing.', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT', IE, 'Director de Certificación'),
    ('Lucía Monroy Baeza', 'Lic.', 'Delegación Iztapalapa', 'ALC-IZTAPALAPA', OT, 'Jefa de Unidad de Cultura'),
    ('Miguel Ángel Rosales Pliego', 'C.', 'Colectivo Gráfica Oriente', None, SC, 'Integrante'),
    ('Berenice Olmos Carranza', 'C.', 'Asociación de Talleristas Independientes, A.C.', None, SC, 'Presidenta'),
    FAR_SE]
acta(stem='blind-ac-faros-06-2017-08-23', layout='AC2', esp='faros',
     body=FAR_BODY, number=6, date='2017-08-23', start='11:00', end='13:40', place=FAR_PLACE, coordinator=FAR_COORD,
     attendance=FAR_ATT,
     strategies=[
         S(712, T712,
           [G(*G712_1, ['Durante el semestre se abrieron 64 talleres en los FAROS y en 9 sedes comunitarias, con 2,315 personas inscritas.']),
            G(*G712_2, None, 'Sin informe.')],
           [(64, 'talleres', '712.1', 'se abrieron 64 talleres'),
            (9, 'sedes comunitarias', '712.1', 'en 9 sedes comunitarias'),
            (2315, 'personas inscritas', '712.1', 'con 2,315 personas inscritas')],
           [('Se reconoce que el informe presenta datos de talleres y de personas inscritas en cada sede.', 'retroalimentacion', '712.1', 'avance', 'SE'),
            ('Se requiere que el ICAT informe cuántas personas egresadas fueron evaluadas y certificadas en el periodo.', 'retroalimentacion', '712.2', 'solicita_datos', 'SE'),
            ('Los talleres de oficios se cierran a mitad del semestre por falta de pago a las y los talleristas.', 'observacion', '712.1', 'cuestiona', 'Berenice Olmos Carranza')]),
         S(715, T715,
           [G(*G715_1, ['Se instalaron 2 consejos de personas usuarias, en el FARO de Oriente y en el FARO Tláhuac, con 18 personas consejeras.'])],
           [(2, 'consejos de personas usuarias', '715.1', 'Se instalaron 2 consejos de personas usuarias'),
            (18, 'personas consejeras', '715.1', 'con 18 personas consejeras')],
           [('No hay correspondencia entre el indicador y la meta: el acta constitutiva no mide la participación de las personas usuarias en la programación.', 'retroalimentacion', '715.1', 'diseno_meta', 'SE'),
            ('La Secretaría de Cultura se comprometió a instalar los consejos faltantes antes de que termine el año.', 'observacion', '715.1', 'instancia', 'Rodrigo Alcántara Medina')])],
     agreements=[A('El ICAT presentará el número de personas certificadas de la meta 712.2 en la siguiente sesión.', [], 'ICAT'),
                 A('La Secretaría de Cultura compartirá el calendario de instalación de los consejos de la meta 715.1 antes del 15 de septiembre de 2017.', ['2017-09-15'], 'Secretaría de Cultura'),
                 A('La séptima sesión se realizará el miércoles 25 de octubre de 2017 a las 11:00 horas en el FARO de Oriente.', ['2017-10-25'], None, True)],
     next={'date': '2017-10-25', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='attendance only as a grid of signature blocks (3 per row) at the end under sector captions; PDF imposed as a booklet by Ghostscript (4|1, 2|3)')
FAR_ATT2 = FAR_ATT[:2] + [FAR_ATT[2], ('Karla Estrada Pimentel', 'Lic.', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT', IE, 'Jefa de Evaluación')] + FAR_ATT[3:]
acta(stem='blind-ac-faros-07-2017-10-25', layout='AC2', esp='faros',
     body=FAR_BODY, number=7, date='2017-10-25', start='11:00', end='13:20', place=FAR_PLACE, coordinator=FAR_COORD,
     attendance=FAR_ATT2,
     strategies=[
         S(712, T712,
           [G(*G712_1, ['Se mantuvieron 58 talleres con 2,140 personas inscritas; se reabrieron 6 talleres de oficios tras regularizar el pago a talleristas.']),
            G(*G712_2, ['El ICAT evaluó a 96 personas egresadas de los talleres de carpintería, serigrafía y electricidad, de las cuales 71 obtuvieron su certificado.'])],
           [(58, 'talleres', '712.1', 'Se mantuvieron 58 talleres'),
            (2140, 'personas inscritas', '712.1', 'con 2,140 personas inscritas'),
            (6, 'talleres de oficios', '712.1', 'se reabrieron 6 talleres de oficios'),
            (96, 'personas egresadas', '712.2', 'evaluó a 96 personas egresadas'),
            (71, 'personas egresadas', '712.2', 'de las cuales 71 obtuvieron su certificado')],
           [('Se reconoce que el ICAT atendió el acuerdo de la sesión anterior y reporta personas evaluadas y certificadas.', 'retroalimentacion', '712.2', 'avance', 'SE'),
            ('Lo que se reporta sobre la reapertura de talleres no corresponde al indicador de la meta; se recomienda omitir el tema del pago a talleristas.', 'retroalimentacion', '712.1', 'desalineado', 'SE'),
            ('Los certificados del ICAT no son reconocidos por los talleres privados que contratan a las personas egresadas.', 'observacion', '712.2', 'cuestiona', 'Miguel Ángel Rosales Pliego')]),
         S(715, T715,
           [G(*G715_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la Secretaría de Cultura instale los consejos en los FAROS que aún no lo tienen.', 'retroalimentacion', '715.1', 'exhorta', 'SE'),
            ('Sería oportuno que las personas consejeras ya electas sean invitadas a las sesiones del Espacio.', 'observacion', '715.1', 'proceso', 'Berenice Olmos Carranza')])],
     agreements=[A('La Secretaría de Cultura informará por escrito el avance de la meta 715.1 a más tardar el 30 de noviembre de 2017.', ['2017-11-30'], 'Secretaría de Cultura'),
                 A('La Secretaría Ejecutiva invitará a las personas consejeras de los FAROS a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
                 A('La octava sesión se realizará el miércoles 6 de diciembre de 2017 a las 11:00 horas en el FARO Tláhuac.', ['2017-12-06'], None, True)],
     next={'date': '2017-12-06', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='attendance only as a grid of signature blocks (3 per row) at the end under sector captions; PDF imposed as a booklet by Ghostscript (4|1, 2|3)')

# ================================================================ AC3 estancias (Google Docs export, Chromium PDF, 2019)
EST_BODY = 'Derechos de las Niñas y los Niños: Estancias Infantiles y Centros de Atención'
EST_COORD = ('Mariana Echeverría Lozada', 'Coordinadora del Espacio')
EST_PLACE = 'Sala Benita Galeana del Sistema DIF-CDMX, Prolongación Xochicalco 1000, Santa Cruz Atoyac'
T254 = 'Garantizar el acceso de niñas y niños de 0 a 6 años a servicios de cuidado infantil de calidad'
T258 = 'Asegurar condiciones de protección civil y supervisión en estancias y centros de atención infantil'
G254_1 = ('254.1', 'Otorgar apoyos económicos a madres, padres y personas cuidadoras para el pago de estancias infantiles', 'Número de niñas y niños beneficiarios',
          'Secretaría de Inclusión y Bienestar Social', 'SIBISO')
G254_2 = ('254.2', 'Ampliar la capacidad de los Centros de Atención y Cuidado Infantil del Sistema DIF', 'Número de lugares nuevos',
          'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX')
G258_1 = ('258.1', 'Realizar visitas de verificación de protección civil a estancias infantiles', 'Número de visitas realizadas y programas internos aprobados',
          'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC')
EST_SE = ('Alan Ruvalcaba Serna', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
EST_ATT = [
    ('Ivonne Cárdenas Zúñiga', 'Lic.', 'Secretaría de Inclusión y Bienestar Social', 'SIBISO', IE, 'Directora de Programas Sociales'),
    ('Roberto Magaña Fuentes', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia de la Ciudad de México', 'DIF-CDMX', IE, 'Subdirector de CACI'),
    ('Elsa Quintanar Rubio', 'Arq.', 'Secretaría de Gestión Integral de Riesgos y Protección Civil', 'SGIRPC', IE, 'Jefa de Verificación'),
    ('Paulina Zárate Herrera', 'Mtra.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
    ('Lorena Bautista Ochoa', 'C.', 'Red de Estancias Infantiles Comunitarias de la Ciudad de México', None, SC, 'Vocera'),
    ('Jorge Villaseñor Cano', 'C.', 'Madres y Padres Organizados por el Cuidado, A.C.', None, SC, 'Representante'),
    EST_SE]
acta(stem='blind-ac-estancias-02-2019-09-11', layout='AC3', esp='estancias',
     body=EST_BODY, number=2, date='2019-09-11', start='10:00', end='12:20', place=EST_PLACE, coordinator=EST_COORD,
     attendance=EST_ATT,
     strategies=[
         S(254, T254,
           [G(*G254_1, ['Al cierre de agosto se entregaron apoyos de 1,600 pesos mensuales a 6,480 niñas y niños inscritos en 412 estancias.']),
            G(*G254_2, ['Se abrieron 120 lugares nuevos en 3 Centros de Atención y Cuidado Infantil de Iztapalapa y Gustavo A. Madero.'])],
           [(1600, 'pesos mensuales', '254.1', 'apoyos de 1,600 pesos mensuales'),
            (6480, 'niñas y niños', '254.1', 'a 6,480 niñas y niños'),
            (412, 'estancias', '254.1', 'inscritos en 412 estancias'),
            (120, 'lugares nuevos', '254.2', 'Se abrieron 120 lugares nuevos'),
            (3, 'centros de atención y cuidado infantil', '254.2', 'en 3 Centros de Atención y Cuidado Infantil')],
           [('Se reconoce que el informe da cifras de niñas y niños beneficiarios y del monto del apoyo.', 'retroalimentacion', '254.1', 'avance', 'SE'),
            ('Se solicita desagregar los lugares nuevos por edad y por alcaldía, así como informar el personal contratado.', 'retroalimentacion', '254.2', 'solicita_datos', 'SE'),
            ('Sociedad civil cuestiona que el apoyo económico sustituya el subsidio directo a las estancias, que perdieron a sus educadoras.', 'observacion', '254.1', 'cuestiona', 'Lorena Bautista Ochoa')]),
         S(258, T258,
           [G(*G258_1, None, 'Sin informe')],
           [],
           [('Es necesario que la Secretaría de Gestión Integral de Riesgos y Protección Civil inicie las visitas de verificación que mandata la meta.', 'retroalimentacion', '258.1', 'exhorta', 'SE'),
            ('La Secretaría de Gestión Integral de Riesgos refirió que las visitas corresponden a las alcaldías y solicitó que se les convoque.', 'observacion', '258.1', 'instancia', 'Elsa Quintanar Rubio'),
            ('La Comisión propuso que se convoque a las unidades de protección civil de las alcaldías a la próxima sesión.', 'observacion', '258.1', 'proceso', 'Paulina Zárate Herrera')])],
     agreements=[A('La Secretaría Ejecutiva convocará a las unidades de protección civil de las alcaldías a la tercera sesión.', [], 'Secretaría Ejecutiva'),
                 A('El DIF enviará el desglose de los lugares de la meta 254.2 por edad y alcaldía a más tardar el 11 de octubre de 2019.', ['2019-10-11'], 'DIF'),
                 A('La tercera sesión ordinaria se llevará a cabo el miércoles 13 de noviembre de 2019 a las 10:00 horas.', ['2019-11-13'], None, True)],
     next={'date': '2019-11-13', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Google Docs export: .docx with Google heading/title styles and Google list; PDF printed from the web page by Chromium')
EST_ATT2 = EST_ATT[:3] + [('Óscar Meléndez Pacheco', 'Ing.', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', OT, 'Director de Protección Civil')] + EST_ATT[3:]
acta(stem='blind-ac-estancias-03-2019-11-13', layout='AC3', esp='estancias',
     body=EST_BODY, number=3, date='2019-11-13', start='10:00', end='12:45', place=EST_PLACE, coordinator=EST_COORD,
     attendance=EST_ATT2,
     strategies=[
         S(254, T254,
           [G(*G254_1, None, 'Sin informe'),
            G(*G254_2, ['De los 120 lugares nuevos, 48 son para lactantes y 72 para maternales; se contrataron 14 educadoras.'])],
           [(120, 'lugares nuevos', '254.2', 'De los 120 lugares nuevos'),
            (48, 'lugares', '254.2', '48 son para lactantes'),
            (72, 'lugares', '254.2', '72 para maternales'),
            (14, 'educadoras', '254.2', 'se contrataron 14 educadoras')],
           [('Se reconoce que el DIF atendió el acuerdo y desagregó los lugares por edad.', 'retroalimentacion', '254.2', 'avance', 'SE'),
            ('Es necesario que la SIBISO entregue el informe del bimestre sobre los apoyos económicos.', 'retroalimentacion', '254.1', 'exhorta', 'SE')]),
         S(258, T258,
           [G(*G258_1, ['Se realizaron 57 visitas de verificación a estancias infantiles y se aprobaron 31 programas internos de protección civil.'])],
           [(57, 'visitas de verificación', '258.1', 'Se realizaron 57 visitas de verificación'),
            (31, 'programas internos de protección civil', '258.1', 'se aprobaron 31 programas internos de protección civil')],
           [('Las visitas de verificación contribuyen a la meta, pero por sí solas no dan cumplimiento si no se da seguimiento a las estancias que no aprobaron.', 'retroalimentacion', '258.1', 'insuficiente', 'SE'),
            ('La Alcaldía Gustavo A. Madero informó que no cuenta con personal suficiente para verificar todas las estancias de su demarcación.', 'observacion', '258.1', 'instancia', 'Óscar Meléndez Pacheco'),
            ('Se pide informar cuántas estancias fueron suspendidas y en qué alcaldías.', 'observacion', '258.1', 'solicita_datos', 'Jorge Villaseñor Cano')])],
     agreements=[A('La SIBISO entregará el informe de la meta 254.1 antes del 29 de noviembre de 2019.', ['2019-11-29'], 'SIBISO'),
                 A('La Secretaría de Gestión Integral de Riesgos y Protección Civil presentará la lista de estancias suspendidas en la siguiente sesión.', [], 'Secretaría de Gestión Integral de Riesgos y Protección Civil'),
                 A('La cuarta sesión ordinaria se llevará a cabo el miércoles 22 de enero de 2020 a las 10:00 horas.', ['2020-01-22'], None, True)],
     next={'date': '2020-01-22', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='Google Docs export: .docx with Google heading/title styles and Google list; PDF printed from the web page by Chromium')

# ================================================================ AC4 cooperativas (photocopy of a photocopy, scanned, 2013)
COO_BODY = 'Derecho al Trabajo: Sociedades Cooperativas'
COO_COORD = ('Raquel Domínguez Arteaga', 'Coordinadora del Espacio')
COO_PLACE = 'Sala de juntas de la Secretaría de Trabajo y Fomento al Empleo, Xocongo 131, colonia Tránsito'
T361 = 'Promover la constitución y consolidación de sociedades cooperativas de producción'
T364 = 'Facilitar el acceso de las sociedades cooperativas a las compras públicas del Distrito Federal'
G361_1 = ('361.1', 'Otorgar apoyos económicos para la constitución legal de sociedades cooperativas', 'Número de cooperativas constituidas con apoyo',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G361_2 = ('361.2', 'Brindar asesoría contable y fiscal a cooperativas de reciente creación', 'Número de asesorías brindadas',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G364_1 = ('364.1', 'Crear un padrón de proveedores cooperativos para las dependencias del Distrito Federal', 'Padrón publicado y número de cooperativas inscritas',
          'Secretaría de Desarrollo Económico', 'SEDECO')
COO_SE = ('Adrián Peñaloza Cid', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
COO_ATT = [
    ('Julio César Ramos Tapia', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Fomento Cooperativo'),
    ('Alma Delia Treviño Solís', 'C.P.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Subdirectora de Apoyo Empresarial'),
    ('Francisco Huerta Lagunas', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefe de Proveeduría'),
    ('Maribel Sotelo Guzmán', 'C.', 'Cooperativa Textil Mujeres de Tláhuac, S.C. de R.L.', None, SC, 'Presidenta'),
    ('Eduardo Cisneros Bravo', 'C.', 'Consejo de Cooperativas del Valle de México', None, SC, 'Secretario'),
    ('Rosa Elvira Nájera Paz', 'Dra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Investigadora'),
    COO_SE]
acta(stem='blind-ac-cooperativas-09-2013-06-05', layout='AC4', esp='cooperativas',
     body=COO_BODY, number=9, date='2013-06-05', start='10:00', end='12:30', place=COO_PLACE, coordinator=COO_COORD,
     attendance=COO_ATT,
     strategies=[
         S(361, T361,
           [G(*G361_1, ['En el primer semestre se apoyó la constitución de 42 sociedades cooperativas, que agrupan a 389 personas socias, con una inversión de 1,260,000 pesos.']),
            G(*G361_2, ['Se brindaron 115 asesorías contables y fiscales a 47 cooperativas.'])],
           [(42, 'sociedades cooperativas', '361.1', 'se apoyó la constitución de 42 sociedades cooperativas'),
            (389, 'personas socias', '361.1', 'que agrupan a 389 personas socias'),
            (1260000, 'pesos', '361.1', 'con una inversión de 1,260,000 pesos'),
            (115, 'asesorías contables y fiscales', '361.2', 'Se brindaron 115 asesorías contables y fiscales'),
            (47, 'cooperativas', '361.2', 'a 47 cooperativas')],
           [('Se reconoce que se reportan datos duros sobre las cooperativas constituidas y el monto invertido.', 'retroalimentacion', '361.1', 'avance', 'SE'),
            ('Las asesorías fiscales pueden estar enmarcadas en la estrategia 364, meta 364.1, pues preparan a las cooperativas para ser proveedoras.', 'retroalimentacion', '361.2', 'reasignar', 'SE'),
            ('Muchas cooperativas constituidas con el apoyo dejan de operar al año; se cuestiona que el indicador sólo cuente constituciones.', 'observacion', '361.1', 'cuestiona', 'Eduardo Cisneros Bravo')]),
         S(364, T364,
           [G(*G364_1, None, 'No reportó.')],
           [],
           [('Es necesario que la SEDECO empiece a integrar el padrón de proveedores cooperativos.', 'retroalimentacion', '364.1', 'exhorta', 'SE'),
            ('La SEDECO señaló que el padrón requiere la opinión de la Oficialía Mayor, que no ha respondido.', 'observacion', '364.1', 'instancia', 'Francisco Huerta Lagunas')])],
     agreements=[A('La SEDECO presentará un calendario para la integración del padrón de la meta 364.1 en la próxima sesión.', [], 'SEDECO'),
                 A('La Secretaría Ejecutiva solicitará por oficio a la Oficialía Mayor su opinión sobre el padrón de proveedores.', [], 'Secretaría Ejecutiva'),
                 A('La décima sesión ordinaria tendrá lugar el miércoles 7 de agosto de 2013 a las 10:00 horas.', ['2013-08-07'], None, True)],
     next={'date': '2013-08-07', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='scan of a photocopy of a photocopy (generation loss: speckle, dark borders, thickened letters); grey JPEG pages, no text layer')
acta(stem='blind-ac-cooperativas-10-2013-08-07', layout='AC4', esp='cooperativas',
     body=COO_BODY, number=10, date='2013-08-07', start='10:00', end='12:10', place=COO_PLACE, coordinator=COO_COORD,
     attendance=COO_ATT[:3] + [('Sandra Olguín Mejía', 'Lic.', 'Oficialía Mayor del Gobierno del Distrito Federal', 'SAF', IE, 'Directora de Adquisiciones')] + COO_ATT[3:],
     strategies=[
         S(361, T361,
           [G(*G361_1, ['Se apoyó la constitución de 18 sociedades cooperativas más, con 154 personas socias; de las 42 apoyadas en el semestre anterior, 35 siguen operando.']),
            G(*G361_2, None, 'No reportó.')],
           [(18, 'sociedades cooperativas', '361.1', 'Se apoyó la constitución de 18 sociedades cooperativas más'),
            (154, 'personas socias', '361.1', 'con 154 personas socias'),
            (42, 'sociedades cooperativas', '361.1', 'de las 42 apoyadas en el semestre anterior'),
            (35, 'sociedades cooperativas', '361.1', '35 siguen operando')],
           [('Se reconoce que se informa cuántas cooperativas siguen operando, como se pidió en la sesión anterior.', 'retroalimentacion', '361.1', 'avance', 'SE'),
            ('Se requiere que la SEDECO informe el número de asesorías brindadas en el periodo.', 'retroalimentacion', '361.2', 'solicita_datos', 'SE'),
            ('Se propone que la información de cooperativas se circule antes de la sesión para poder comentarla.', 'observacion', '361.1', 'proceso', 'Rosa Elvira Nájera Paz')]),
         S(364, T364,
           [G(*G364_1, ['Se publicó la convocatoria para el padrón de proveedores cooperativos; se inscribieron 26 cooperativas y 9 ya fueron validadas.'])],
           [(26, 'cooperativas', '364.1', 'se inscribieron 26 cooperativas'),
            (9, 'cooperativas', '364.1', '9 ya fueron validadas')],
           [('Lo reportado avanza en la meta, pero la inscripción por sí sola no da cumplimiento si las dependencias no compran a las cooperativas.', 'retroalimentacion', '364.1', 'insuficiente', 'SE'),
            ('Las reglas de la convocatoria piden fianzas que las cooperativas pequeñas no pueden pagar.', 'observacion', '364.1', 'cuestiona', 'Maribel Sotelo Guzmán')])],
     agreements=[A('La Oficialía Mayor revisará el requisito de fianzas para cooperativas inscritas en el padrón de la meta 364.1.', [], 'Oficialía Mayor'),
                 A('La Secretaría Ejecutiva enviará la minuta y los informes a las personas integrantes con una semana de anticipación a cada sesión.', [], 'Secretaría Ejecutiva'),
                 A('La undécima sesión ordinaria tendrá lugar el miércoles 2 de octubre de 2013 a las 10:00 horas.', ['2013-10-02'], None, True)],
     next={'date': '2013-10-02', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='scan of a photocopy of a photocopy (generation loss: speckle, dark borders, thickened letters); grey JPEG pages, no text layer')

# ================================================================ AC5 pulquerias (figures written in words, 2022)
PUL_BODY = 'Derechos Culturales: Pulquerías Tradicionales y Patrimonio Gastronómico'
PUL_COORD = ('Gonzalo Ibarra Quiroz', 'Coordinador del Espacio de Participación')
PUL_PLACE = 'salón de usos múltiples de la Secretaría de Cultura, Av. de la República 135, colonia Tabacalera'
T827 = 'Salvaguardar las pulquerías tradicionales como patrimonio cultural inmaterial de la Ciudad de México'
T829 = 'Fortalecer la cadena productiva del pulque entre productoras y productores de la zona rural de la Ciudad'
G827_1 = ('827.1', 'Elaborar el inventario de pulquerías tradicionales con valor patrimonial', 'Inventario concluido y número de pulquerías registradas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G827_2 = ('827.2', 'Otorgar apoyos para la rehabilitación de pulquerías tradicionales', 'Número de pulquerías apoyadas y monto ejercido',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G829_1 = ('829.1', 'Capacitar a productoras y productores de pulque en manejo sanitario del aguamiel', 'Número de personas productoras capacitadas',
          'Secretaría del Medio Ambiente', 'SEDEMA')
PUL_SE = ('Itzel Carbajal Mondragón', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
PUL_ATT = [
    ('Verónica Salazar Duarte', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Patrimonio Cultural'),
    ('Tomás Elizondo Garza', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Apoyo a Negocios'),
    ('Concepción Ríos Aguado', 'Ing.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Subdirectora de Desarrollo Rural'),
    ('Mauricio Tovar Elías', 'Lic.', 'Alcaldía Milpa Alta', 'ALC-MILPA-ALTA', OT, 'Jefe de Unidad de Fomento Agropecuario'),
    ('Doña Amparo Linares Cruz', 'C.', 'Unión de Pulqueros de Santa Ana Tlacotenco', None, SC, 'Presidenta'),
    ('Rafael Osorio Quintero', 'C.', 'Colectivo Pulquerías Vivas', None, SC, 'Integrante'),
    ('Elena Maldonado Paredes', 'Dra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Investigadora'),
    PUL_SE]
PUL_ATT[4] = ('Amparo Linares Cruz', 'Doña', 'Unión de Pulqueros de Santa Ana Tlacotenco', None, SC, 'Presidenta')
acta(stem='blind-ac-pulquerias-03-2022-05-25', layout='AC5', esp='pulquerias',
     body=PUL_BODY, number=3, date='2022-05-25', start='11:00', end='13:15', place=PUL_PLACE, coordinator=PUL_COORD,
     attendance=PUL_ATT,
     strategies=[
         S(827, T827,
           [G(*G827_1, ['Se concluyó el trabajo de campo del inventario: se registraron cuarenta y siete pulquerías en trece alcaldías, de las cuales veintiuna cuentan con más de cincuenta años de funcionamiento.']),
            G(*G827_2, ['Se entregaron apoyos a doce pulquerías tradicionales por un monto total de novecientos sesenta mil pesos.'])],
           [(47, 'pulquerías', '827.1', 'se registraron cuarenta y siete pulquerías'),
            (13, 'alcaldías', '827.1', 'en trece alcaldías'),
            (21, 'pulquerías', '827.1', 'de las cuales veintiuna cuentan con más de cincuenta años de funcionamiento'),
            (50, 'años', '827.1', 'más de cincuenta años de funcionamiento'),
            (12, 'pulquerías tradicionales', '827.2', 'Se entregaron apoyos a doce pulquerías tradicionales'),
            (960000, 'pesos', '827.2', 'por un monto total de novecientos sesenta mil pesos')],
           [('Se reconoce que el inventario concluyó su trabajo de campo y que se informa el número de pulquerías registradas.', 'retroalimentacion', '827.1', 'avance', 'SE'),
            ('Es necesario informar los criterios con que se eligieron las doce pulquerías apoyadas y en qué alcaldías se encuentran.', 'retroalimentacion', '827.2', 'solicita_datos', 'SE'),
            ('Los apoyos se entregan a los dueños de los locales y no a las personas que trabajan en las pulquerías; se cuestiona el enfoque.', 'observacion', '827.2', 'cuestiona', 'Rafael Osorio Quintero')]),
         S(829, T829,
           [G(*G829_1, None, 'No se recibió informe.')],
           [],
           [('Es necesario que la Secretaría del Medio Ambiente inicie la capacitación en manejo sanitario comprometida en la meta.', 'retroalimentacion', '829.1', 'exhorta', 'SE'),
            ('La Secretaría del Medio Ambiente señaló que la capacitación la realizará junto con la Alcaldía Milpa Alta después de la temporada de lluvias.', 'observacion', '829.1', 'instancia', 'Concepción Ríos Aguado'),
            ('Se pide que en la siguiente sesión participen productoras de aguamiel de Milpa Alta y Tlalpan.', 'observacion', '829.1', 'proceso', 'Amparo Linares Cruz')])],
     agreements=[A('La Secretaría de Desarrollo Económico enviará los criterios de selección de la meta 827.2 a más tardar el 10 de junio de 2022.', ['2022-06-10'], 'Secretaría de Desarrollo Económico'),
                 A('La Secretaría Ejecutiva invitará a productoras de aguamiel de Milpa Alta y Tlalpan a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
                 A('La cuarta sesión ordinaria se realizará el miércoles 27 de julio de 2022 a las 11:00 horas en la misma sede.', ['2022-07-27'], None, True)],
     next={'date': '2022-07-27', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='figures written in words ("cuarenta y siete pulquerías"), some with digits in parentheses; LibreOffice PDF')
acta(stem='blind-ac-pulquerias-04-2022-07-27', layout='AC5', esp='pulquerias',
     body=PUL_BODY, number=4, date='2022-07-27', start='11:00', end='13:30', place=PUL_PLACE, coordinator=PUL_COORD,
     attendance=PUL_ATT[:4] + [PUL_ATT[4], ('Guadalupe Venegas Romo', 'C.', 'Productoras de Aguamiel de San Pablo Oztotepec', None, SC, 'Productora')] + PUL_ATT[5:],
     strategies=[
         S(827, T827,
           [G(*G827_1, ['El inventario se entregó a la Dirección de Patrimonio con cuarenta y siete (47) fichas de registro y doscientas treinta (230) fotografías.']),
            G(*G827_2, None, 'No se recibió informe.')],
           [(47, 'fichas de registro', '827.1', 'con cuarenta y siete (47) fichas de registro'),
            (230, 'fotografías', '827.1', 'doscientas treinta (230) fotografías')],
           [('Se reconoce que el inventario fue entregado y se solicita informar la fecha de su publicación.', 'retroalimentacion', '827.1', 'solicita_datos', 'SE'),
            ('La SEDECO no envió los criterios de selección acordados; es necesario que presente el informe de la meta 827.2.', 'retroalimentacion', '827.2', 'exhorta', 'SE')]),
         S(829, T829,
           [G(*G829_1, ['Se impartieron tres talleres de manejo sanitario del aguamiel en Milpa Alta, con ochenta y un personas productoras capacitadas, de ellas cuarenta y cuatro mujeres.'])],
           [(3, 'talleres de manejo sanitario del aguamiel', '829.1', 'Se impartieron tres talleres de manejo sanitario del aguamiel'),
            (81, 'personas productoras capacitadas', '829.1', 'con ochenta y un personas productoras capacitadas'),
            (44, 'mujeres', '829.1', 'de ellas cuarenta y cuatro mujeres')],
           [('Los talleres contribuyen a la meta, pero por sí solos no dan cumplimiento a la estrategia si no se atiende la comercialización del pulque.', 'retroalimentacion', '829.1', 'insuficiente', 'SE'),
            ('Los talleres se dieron en horario de raspa y muchas productoras no pudieron asistir.', 'observacion', '829.1', 'cuestiona', 'Guadalupe Venegas Romo'),
            ('Se sugiere que las acciones de venta de pulque en mercados se reporten en la estrategia 827 y no en esta.', 'observacion', '829.1', 'reasignar', 'Elena Maldonado Paredes')])],
     agreements=[A('La Secretaría de Desarrollo Económico presentará el informe de la meta 827.2 antes del 31 de agosto de 2022.', ['2022-08-31'], 'Secretaría de Desarrollo Económico'),
                 A('La Secretaría de Cultura informará la fecha de publicación del inventario de pulquerías.', [], 'Secretaría de Cultura'),
                 A('La quinta sesión ordinaria se realizará el miércoles 28 de septiembre de 2022 a las 11:00 horas.', ['2022-09-28'], None, True)],
     next={'date': '2022-09-28', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='figures written in words ("cuarenta y siete pulquerías"), some with digits in parentheses; LibreOffice PDF')

# ================================================================ AC6 mariachis (tracking sheet printed too wide, Chromium, 2024)
MAR_BODY = 'Derechos Laborales y Culturales de las Personas Músicas de Mariachi'
MAR_COORD = ('Araceli Fonseca Villegas', 'Coordinadora del Espacio')
MAR_PLACE = 'Museo del Tequila y el Mezcal, Plaza Garibaldi, colonia Centro'
T905 = 'Garantizar el acceso a la seguridad social de las personas músicas de mariachi que trabajan en espacio público'
T908 = 'Proteger el mariachi como patrimonio cultural inmaterial mediante su enseñanza y difusión'
G905_1 = ('905.1', 'Afiliar a personas músicas de mariachi al seguro de desempleo y a programas de protección social', 'Número de personas afiliadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G905_2 = ('905.2', 'Regular los permisos de trabajo en Plaza Garibaldi con participación de las agrupaciones de mariachi', 'Lineamientos publicados y permisos expedidos',
          'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC')
G908_1 = ('908.1', 'Abrir talleres de mariachi para niñas, niños y jóvenes en escuelas de música comunitarias', 'Número de talleres y personas alumnas',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
MAR_SE = ('Daniel Robles Figueroa', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
MAR_ATT = [
    ('Cristina Olvera Mata', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora de Trabajo No Asalariado'),
    ('Luis Fernando Cházaro Ruiz', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Director de Gobierno'),
    ('Marisol Vega Anguiano', 'Mtra.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Subdirectora de Educación Artística'),
    ('Pedro Tinajero Solano', 'Lic.', 'Secretaría de Turismo de la Ciudad de México', 'SECTUR-CDMX', OT, 'Jefe de Promoción'),
    ('Juventino Arellano Rosas', 'C.', 'Unión de Mariacheros de Plaza Garibaldi', None, SC, 'Secretario General'),
    ('Socorro Lemus Barajas', 'C.', 'Mariachi Femenil Rosas de México', None, SC, 'Directora musical'),
    MAR_SE]
acta(stem='blind-ac-mariachis-05-2024-02-21', layout='AC6', esp='mariachis',
     body=MAR_BODY, number=5, date='2024-02-21', start='12:00', end='14:10', place=MAR_PLACE, coordinator=MAR_COORD,
     attendance=MAR_ATT,
     strategies=[
         S(905, T905,
           [G(*G905_1, ['En el cuarto trimestre de 2023 se afiliaron 213 personas músicas de mariachi al seguro de desempleo, 29 de ellas mujeres.']),
            G(*G905_2, None, 'Sin informe')],
           [(213, 'personas músicas de mariachi', '905.1', 'se afiliaron 213 personas músicas de mariachi'),
            (29, 'mujeres', '905.1', '29 de ellas mujeres')],
           [('Se reconoce que el informe presenta el número de personas afiliadas y las desagrega por sexo.', 'retroalimentacion', '905.1', 'avance', 'SE'),
            ('Es necesario que la Alcaldía Cuauhtémoc inicie la elaboración de los lineamientos con las agrupaciones de mariachi.', 'retroalimentacion', '905.2', 'exhorta', 'SE'),
            ('El seguro de desempleo dura tres meses y no resuelve la falta de servicio médico de los mariacheros.', 'observacion', '905.1', 'cuestiona', 'Juventino Arellano Rosas')]),
         S(908, T908,
           [G(*G908_1, ['Se abrieron 14 talleres de mariachi en 6 escuelas de música comunitarias, con 327 personas alumnas; se entregaron 90 instrumentos en comodato.'])],
           [(14, 'talleres de mariachi', '908.1', 'Se abrieron 14 talleres de mariachi'),
            (6, 'escuelas de música comunitarias', '908.1', 'en 6 escuelas de música comunitarias'),
            (327, 'personas alumnas', '908.1', 'con 327 personas alumnas'),
            (90, 'instrumentos', '908.1', 'se entregaron 90 instrumentos en comodato')],
           [('Se solicita informar en qué alcaldías están las escuelas y cuántas personas alumnas son niñas.', 'retroalimentacion', '908.1', 'solicita_datos', 'SE'),
            ('La Secretaría de Cultura pidió a la Secretaría Ejecutiva aclarar si la entrega de instrumentos debe reportarse en esta meta.', 'observacion', '908.1', 'instancia', 'Marisol Vega Anguiano'),
            ('Los talleres deberían contratar como maestras y maestros a mariacheros de la plaza.', 'observacion', '908.1', 'cuestiona', 'Socorro Lemus Barajas')])],
     agreements=[A('La Alcaldía Cuauhtémoc presentará una propuesta de ruta para los lineamientos de la meta 905.2 en la siguiente sesión.', [], 'Alcaldía Cuauhtémoc'),
                 A('La Secretaría Ejecutiva responderá por correo la consulta de la Secretaría de Cultura sobre la meta 908.1 antes del 8 de marzo de 2024.', ['2024-03-08'], 'Secretaría Ejecutiva'),
                 A('La sexta sesión ordinaria se celebrará el miércoles 17 de abril de 2024 a las 12:00 horas en la misma sede.', ['2024-04-17'], None, True)],
     next={'date': '2024-04-17', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='tracking sheet printed too wide: the goals matrix continues on the next page with the columns that did not fit (over, then down); Chromium PDF')
acta(stem='blind-ac-mariachis-06-2024-04-17', layout='AC6', esp='mariachis',
     body=MAR_BODY, number=6, date='2024-04-17', start='12:00', end='14:00', place=MAR_PLACE, coordinator=MAR_COORD,
     attendance=MAR_ATT[:2] + [('Abigail Serrano Trujillo', 'Lic.', 'Alcaldía Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Jefa de Unidad de Vía Pública')] + MAR_ATT[2:],
     strategies=[
         S(905, T905,
           [G(*G905_1, None, 'Sin informe'),
            G(*G905_2, ['Se realizaron 3 mesas de trabajo con 11 agrupaciones de mariachi y se expidieron 240 gafetes de identificación para Plaza Garibaldi.'])],
           [(3, 'mesas de trabajo', '905.2', 'Se realizaron 3 mesas de trabajo'),
            (11, 'agrupaciones de mariachi', '905.2', 'con 11 agrupaciones de mariachi'),
            (240, 'gafetes de identificación', '905.2', 'se expidieron 240 gafetes de identificación')],
           [('Los gafetes no son los permisos de trabajo que establece el indicador; lo reportado no coincide con la meta.', 'retroalimentacion', '905.2', 'desalineado', 'SE'),
            ('Se requiere que la STyFE entregue el informe de afiliaciones del primer trimestre de 2024.', 'retroalimentacion', '905.1', 'solicita_datos', 'SE'),
            ('La Alcaldía Cuauhtémoc indicó que la expedición de permisos depende de la Secretaría de Gobierno.', 'observacion', '905.2', 'instancia', 'Abigail Serrano Trujillo')]),
         S(908, T908,
           [G(*G908_1, ['Las 6 escuelas están en Cuauhtémoc, Iztapalapa y Tláhuac; de las 327 personas alumnas, 158 son niñas y adolescentes mujeres.'])],
           [(6, 'escuelas', '908.1', 'Las 6 escuelas'),
            (327, 'personas alumnas', '908.1', 'de las 327 personas alumnas'),
            (158, 'niñas y adolescentes mujeres', '908.1', '158 son niñas y adolescentes mujeres')],
           [('Se reconoce que se atendió la solicitud de desagregar por alcaldía y por sexo.', 'retroalimentacion', '908.1', 'avance', 'SE'),
            ('Se propone que las agrupaciones reciban los informes antes de cada sesión para poder opinar.', 'observacion', '908.1', 'proceso', 'Juventino Arellano Rosas')])],
     agreements=[A('La STyFE enviará el informe de la meta 905.1 a más tardar el 3 de mayo de 2024.', ['2024-05-03'], 'STyFE'),
                 A('La Alcaldía Cuauhtémoc invitará a la Secretaría de Gobierno a la siguiente sesión para tratar los permisos de la meta 905.2.', [], 'Alcaldía Cuauhtémoc'),
                 A('La séptima sesión ordinaria se celebrará el miércoles 19 de junio de 2024 a las 12:00 horas.', ['2024-06-19'], None, True)],
     next={'date': '2024-06-19', 'start_time': '12:00', 'end_time': None, 'strategies': []},
     notes='tracking sheet printed too wide: the goals matrix continues on the next page with the columns that did not fit (over, then down); Chromium PDF')
