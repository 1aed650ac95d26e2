# -*- coding: utf-8 -*-
# Batch AA content, written ONCE. build.py renders .docx / .html / PDFs / .gold.json from these dicts.
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
COM_BODY = 'Derechos de las Personas Comerciantes en Vía Pública'
COM_COORD = ('Rosalba Trejo Mancilla', 'Coordinadora del Espacio de Participación')
COM_PLACE = 'Sala de usos múltiples de la Secretaría de Desarrollo Económico, Av. Cuauhtémoc 898, piso 5'
T521 = 'Regularizar el comercio en vía pública mediante esquemas de reordenamiento concertado con las personas comerciantes'
T524 = 'Facilitar el acceso de las personas comerciantes en vía pública a la seguridad social y al financiamiento'
G521_1 = ('521.1', 'Realizar mesas de reordenamiento con organizaciones de comerciantes en los corredores con mayor concentración', 'Número de mesas realizadas y acuerdos suscritos',
          'Secretaría de Gobierno del Distrito Federal', 'SECGOB')
G521_2 = ('521.2', 'Actualizar el padrón de personas comerciantes en vía pública con perspectiva de género', 'Padrón actualizado y publicado',
          'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
G524_1 = ('524.1', 'Otorgar microcréditos a personas comerciantes en vía pública inscritas en el padrón', 'Número de microcréditos otorgados',
          'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO')
COM_SE = ('Gerardo Lozano Pineda', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
COM_ATT = [
    ('Octavio Barrera Suárez', 'Lic.', 'Secretaría de Gobierno del Distrito Federal', 'SECGOB', IE, 'Subdirector de Programas Delegacionales'),
    ('Claudia Peniche Arana', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', IE, 'Jefa de Unidad de Mercados y Vía Pública'),
    ('Raúl Esquivel Montoya', 'Mtro.', 'Fondo para el Desarrollo Social del Distrito Federal', 'FONDESO', IE, 'Gerente de Crédito'),
    ('Adriana Solís Bretón', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Directora de Abasto'),
    ('Juana Hernández Cruz', 'C.', 'Unión de Comerciantes Independientes del Centro, A.C.', None, SC, 'Representante'),
    ('Fermín Alvarado Ríos', 'C.', 'Frente de Vendedores Ambulantes Indígenas', None, SC, 'Vocero'),
    COM_SE]

acta(stem='blind-aa-comercio-07-2014-03-12', layout='AA1', esp='comercio',
     body=COM_BODY, number=7, date='2014-03-12', start='10:00', end='12:45', place=COM_PLACE, coordinator=COM_COORD,
     attendance=COM_ATT,
     strategies=[
         S(521, T521,
           [G(*G521_1, ['Se realizaron 6 mesas de reordenamiento en los corredores Madero, Correo Mayor y Pino Suárez; se suscribieron 4 acuerdos de reubicación con 312 personas comerciantes.'], light='verde'),
            G(*G521_2, None, 'Sin informe', light='rojo')],
           [(6, 'mesas de reordenamiento', '521.1', 'Se realizaron 6 mesas de reordenamiento'),
            (4, 'acuerdos de reubicación', '521.1', 'se suscribieron 4 acuerdos de reubicación'),
            (312, 'personas comerciantes', '521.1', 'con 312 personas comerciantes')],
           [('Se reconoce que el informe precisa los corredores y el número de personas que suscribieron acuerdos.', 'retroalimentacion', '521.1', 'avance', 'SE'),
            ('Es necesario que la Delegación Cuauhtémoc establezca el calendario de actualización del padrón que mandata la meta.', 'retroalimentacion', '521.2', 'exhorta', 'SE'),
            ('Las mesas se convocan sin tiempo suficiente y no participan las personas comerciantes indígenas.', 'observacion', '521.1', 'cuestiona', 'Fermín Alvarado Ríos')]),
         S(524, T524,
           [G(*G524_1, ['El FONDESO otorgó 185 microcréditos por un monto total de 1,110,000 pesos.'], light='amarillo')],
           [(185, 'microcréditos', '524.1', 'otorgó 185 microcréditos'),
            (1110000, 'pesos', '524.1', 'por un monto total de 1,110,000 pesos')],
           [('Se requiere informar cuántos de los microcréditos se otorgaron a mujeres y en qué delegaciones.', 'retroalimentacion', '524.1', 'solicita_datos', 'SE'),
            ('El FONDESO señaló que la falta de padrón actualizado le impide verificar la inscripción de las personas solicitantes.', 'observacion', '524.1', 'instancia', 'Raúl Esquivel Montoya')]),
     ],
     agreements=[
         A('La Delegación Cuauhtémoc presentará el calendario de actualización del padrón a más tardar el 4 de abril de 2014.', ['2014-04-04'], 'Delegación Cuauhtémoc'),
         A('El FONDESO enviará a la Secretaría Ejecutiva la desagregación por sexo de los microcréditos de la meta 524.1.', [], 'FONDESO'),
         A('La octava sesión ordinaria se celebrará el miércoles 14 de mayo de 2014 a las 10:00 horas en la misma sede.', ['2014-05-14'], None, next_session=True)],
     next={'date': '2014-05-14', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='semáforo: goals table whose status cell is only shaded green/amber/red, legend under the table')

acta(stem='blind-aa-comercio-08-2014-05-14', layout='AA1', esp='comercio',
     body=COM_BODY, number=8, date='2014-05-14', start='10:00', end='12:20', place=COM_PLACE, coordinator=COM_COORD,
     attendance=COM_ATT[:4] + [('Juana Hernández Cruz', 'C.', 'Unión de Comerciantes Independientes del Centro, A.C.', None, SC, 'Representante'),
                               ('Leticia Ordaz Figueroa', 'C.', 'Red de Mujeres Comerciantes de La Merced', None, SC, 'Integrante'),
                               ('Esteban Cárdenas Vela', 'Dr.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitador adjunto'), COM_SE],
     strategies=[
         S(521, T521,
           [G(*G521_1, ['Se realizaron 3 mesas adicionales en el corredor Pino Suárez, en las que participaron 47 personas comerciantes indígenas.'], light='verde'),
            G(*G521_2, ['La Delegación concluyó el levantamiento en 11 colonias y registró 2,480 personas comerciantes, de las cuales 1,364 son mujeres.'], light='amarillo')],
           [(3, 'mesas', '521.1', 'Se realizaron 3 mesas adicionales'),
            (47, 'personas comerciantes indígenas', '521.1', 'participaron 47 personas comerciantes indígenas'),
            (11, 'colonias', '521.2', 'concluyó el levantamiento en 11 colonias'),
            (2480, 'personas comerciantes', '521.2', 'registró 2,480 personas comerciantes'),
            (1364, 'mujeres', '521.2', 'de las cuales 1,364 son mujeres')],
           [('Se reconoce la incorporación de personas comerciantes indígenas a las mesas, como se solicitó en la sesión anterior.', 'retroalimentacion', '521.1', 'avance', 'SE'),
            ('El levantamiento contribuye, pero por sí solo no da cumplimiento a la meta mientras el padrón no se publique.', 'retroalimentacion', '521.2', 'insuficiente', 'SE'),
            ('Se cuestiona que el padrón se use para retirar a quienes no aparecen en él y no para garantizar derechos.', 'observacion', '521.2', 'cuestiona', 'Leticia Ordaz Figueroa')]),
         S(524, T524,
           [G(*G524_1, None, 'Sin informe', light='rojo')],
           [],
           [('Es necesario que el FONDESO informe el número de microcréditos otorgados en el bimestre y su desagregación por sexo.', 'retroalimentacion', '524.1', 'solicita_datos', 'SE'),
            ('Sería oportuno invitar a la Secretaría de Trabajo y Fomento al Empleo, que opera el seguro de desempleo, a las próximas sesiones.', 'observacion', '524.1', 'proceso', 'Esteban Cárdenas Vela')]),
     ],
     agreements=[
         A('La Delegación Cuauhtémoc publicará el padrón actualizado en su portal a más tardar el 30 de junio de 2014.', ['2014-06-30'], 'Delegación Cuauhtémoc'),
         A('La Secretaría Ejecutiva invitará a la Secretaría de Trabajo y Fomento al Empleo a la siguiente sesión para la estrategia 524.', [], 'Secretaría Ejecutiva'),
         A('La novena sesión ordinaria se celebrará el miércoles 16 de julio de 2014 a las 10:00 horas en la misma sede.', ['2014-07-16'], None, next_session=True)],
     next={'date': '2014-07-16', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='semáforo: goals table whose status cell is only shaded green/amber/red, legend under the table')

# ================================================================ AA2 ferias (Wingdings bullets, hand numbering, tab columns; 2-up PDF; 2016)
FER_BODY = 'Derechos Económicos de las Personas Expositoras en Ferias y Exposiciones Populares'
FER_COORD = ('Mauricio Zenteno Aguirre', 'Coordinador del Espacio')
FER_PLACE = 'Auditorio de la Secretaría de Desarrollo Económico, Av. Cuauhtémoc 898'
T547 = 'Promover ferias populares como canal de comercialización para productoras y productores locales'
T549 = 'Garantizar condiciones de seguridad y protección civil en ferias y exposiciones en espacio público'
G547_1 = ('547.1', 'Organizar ferias de productos locales en plazas públicas de las delegaciones', 'Número de ferias realizadas y personas expositoras participantes',
          'Secretaría de Desarrollo Económico', 'SEDECO')
G547_2 = ('547.2', 'Capacitar a personas expositoras en comercialización y manejo de ventas', 'Número de personas capacitadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G549_1 = ('549.1', 'Emitir lineamientos de protección civil para ferias en espacio público', 'Lineamientos publicados en la Gaceta Oficial',
          'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC')
FER_SE = ('Daniela Chávez Ocampo', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace')
FER_ATT = [
    ('Ernesto Galindo Pérez', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Director de Ferias y Exposiciones'),
    ('Mónica Arreola Tapia', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Capacitación'),
    ('Javier Roldán Ibarra', 'Ing.', 'Secretaría de Protección Civil del Distrito Federal', 'SGIRPC', IE, 'Jefe de Departamento de Eventos Masivos'),
    ('Silvia Méndez Garduño', 'C.', 'Cooperativa Manos de Milpa Alta', None, SC, 'Socia'),
    ('Rubén Acosta Lira', 'C.', 'Asociación de Expositores del Tianguis Cultural, A.C.', None, SC, 'Presidente'),
    ('Paola Reséndiz Uribe', 'C.', 'Colectivo Feria Justa', None, SC, 'Integrante'),
    FER_SE]

acta(stem='blind-aa-ferias-03-2016-09-07', layout='AA2', esp='ferias',
     body=FER_BODY, number=3, date='2016-09-07', start='11:00', end='13:30', place=FER_PLACE, coordinator=FER_COORD,
     attendance=FER_ATT,
     strategies=[
         S(547, T547,
           [G(*G547_1, ['Durante el periodo se realizaron 9 ferias en plazas de Tlalpan, Xochimilco y Milpa Alta, con 264 personas expositoras y ventas reportadas por 780,500 pesos.']),
            G(*G547_2, None, 'No se presentó informe.')],
           [(9, 'ferias', '547.1', 'se realizaron 9 ferias'),
            (264, 'personas expositoras', '547.1', 'con 264 personas expositoras'),
            (780500, 'pesos', '547.1', 'ventas reportadas por 780,500 pesos')],
           [('Se reconoce que el informe da cuenta de las ferias, las personas expositoras y las ventas.', 'retroalimentacion', '547.1', 'avance', 'SE'),
            ('Es necesario que la Secretaría de Trabajo inicie los cursos de comercialización comprometidos en la meta.', 'retroalimentacion', '547.2', 'exhorta', 'SE'),
            ('Las cuotas de piso que cobran los organizadores de algunas ferias dejan fuera a las productoras pequeñas.', 'observacion', '547.1', 'cuestiona', 'Silvia Méndez Garduño')]),
         S(549, T549,
           [G(*G549_1, ['Se elaboró el proyecto de lineamientos y se revisó en 2 reuniones con 15 organizaciones de expositores.'])],
           [(2, 'reuniones', '549.1', 'se revisó en 2 reuniones'),
            (15, 'organizaciones de expositores', '549.1', 'con 15 organizaciones de expositores')],
           [('Se requiere precisar la fecha en que los lineamientos se publicarán en la Gaceta Oficial.', 'retroalimentacion', '549.1', 'solicita_datos', 'SE'),
            ('Protección Civil señaló que la publicación depende de la revisión de la Consejería Jurídica y no de su área.', 'observacion', '549.1', 'instancia', 'Javier Roldán Ibarra')]),
     ],
     agreements=[
         A('La Secretaría de Protección Civil compartirá el proyecto de lineamientos de la meta 549.1 con las organizaciones antes del 30 de septiembre de 2016.', ['2016-09-30'], 'Secretaría de Protección Civil'),
         A('La Secretaría de Trabajo y Fomento al Empleo presentará el calendario de capacitación en la siguiente sesión.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La cuarta sesión se llevará a cabo el miércoles 9 de noviembre de 2016 a las 11:00 horas en el Auditorio de la SEDECO.', ['2016-11-09'], None, next_session=True)],
     next={'date': '2016-11-09', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='Wingdings/Symbol private-use bullets, hand-typed numbering (I.-, a.-, 1)), tab-aligned attendance; PDF printed two pages per sheet (Ghostscript N-up)')

acta(stem='blind-aa-ferias-04-2016-11-09', layout='AA2', esp='ferias',
     body=FER_BODY, number=4, date='2016-11-09', start='11:00', end='13:05', place=FER_PLACE, coordinator=FER_COORD,
     attendance=FER_ATT[:5] + [('Gabriela Nava Corona', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Investigadora'), FER_SE],
     strategies=[
         S(547, T547,
           [G(*G547_1, ['Se realizaron 5 ferias de temporada con 148 personas expositoras.']),
            G(*G547_2, ['Se impartieron 4 cursos de ventas y comercio electrónico a 96 personas expositoras, de las cuales 71 son mujeres.'])],
           [(5, 'ferias de temporada', '547.1', 'Se realizaron 5 ferias de temporada'),
            (148, 'personas expositoras', '547.1', 'con 148 personas expositoras'),
            (4, 'cursos', '547.2', 'Se impartieron 4 cursos de ventas'),
            (96, 'personas expositoras', '547.2', 'a 96 personas expositoras'),
            (71, 'mujeres', '547.2', 'de las cuales 71 son mujeres')],
           [('Es necesario informar en qué delegaciones se realizaron las ferias de temporada y cuántas personas expositoras eran productoras locales.', 'retroalimentacion', '547.1', 'solicita_datos', 'SE'),
            ('Se reconoce el inicio de los cursos y que se reporte la desagregación por sexo.', 'retroalimentacion', '547.2', 'avance', 'SE'),
            ('Los cursos de comercio electrónico corresponden más bien a la estrategia de inclusión digital y no a esta meta.', 'observacion', '547.2', 'reasignar', 'Gabriela Nava Corona')]),
         S(549, T549,
           [G(*G549_1, None, 'No se presentó informe.')],
           [],
           [('La Secretaría de Protección Civil no presentó avance; es necesario que publique los lineamientos que mandata la estrategia.', 'retroalimentacion', '549.1', 'exhorta', 'SE'),
            ('El proyecto de lineamientos no se compartió con las organizaciones como se acordó en la sesión anterior.', 'observacion', '549.1', 'proceso', 'Rubén Acosta Lira')]),
     ],
     agreements=[
         A('La SEDECO enviará la relación de ferias por delegación de la meta 547.1 a la Secretaría Ejecutiva.', [], 'SEDECO'),
         A('La Secretaría Ejecutiva solicitará por oficio a la Secretaría de Protección Civil el estado de los lineamientos antes del 25 de noviembre de 2016.', ['2016-11-25'], 'Secretaría Ejecutiva'),
         A('La quinta sesión se llevará a cabo el miércoles 18 de enero de 2017 a las 11:00 horas en el Auditorio de la SEDECO.', ['2017-01-18'], None, next_session=True)],
     next={'date': '2017-01-18', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='Wingdings/Symbol private-use bullets, hand-typed numbering (I.-, a.-, 1)), tab-aligned attendance; PDF printed two pages per sheet (Ghostscript N-up)')

# ================================================================ AA3 radios (figures as chart data labels + short table, "ver gráfica 1"; 2019)
RAD_BODY = 'Derecho a la Libertad de Expresión: Radios Comunitarias'
RAD_COORD = ('Ximena Landa Robles', 'Coordinadora del Espacio de Participación')
RAD_PLACE = 'Sala de juntas de la Secretaría de Cultura de la Ciudad de México, Av. de la Paz 26, Chimalistac'
T612 = 'Fortalecer la operación de radios comunitarias e indígenas en la Ciudad de México'
T615 = 'Promover contenidos radiofónicos con enfoque de derechos humanos producidos por las comunidades'
G612_1 = ('612.1', 'Impartir talleres de producción y operación técnica a integrantes de radios comunitarias', 'Número de talleres y personas participantes',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G612_2 = ('612.2', 'Acompañar a las radios comunitarias en los trámites de concesión de uso social', 'Número de radios acompañadas en su trámite',
          'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI')
G615_1 = ('615.1', 'Transmitir cápsulas sobre derechos humanos producidas por las radios comunitarias', 'Número de cápsulas producidas y transmitidas',
          'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF')
RAD_SE = ('Luis Fernando Ayala Mejía', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
RAD_ATT = [
    ('Sofía Castañeda Rull', 'Lic.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Directora de Vinculación Cultural'),
    ('Bernardo Tzompa Linares', 'Lic.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Subdirector de Comunicación Comunitaria'),
    ('Verónica Anaya Prieto', 'Mtra.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Directora de Difusión'),
    ('Andrés Colín Barajas', 'C.', 'Radio Tlacuache 101.3, A.C.', None, SC, 'Director'),
    ('Rocío Matamoros Leyva', 'C.', 'Red de Radios Comunitarias del Anáhuac', None, SC, 'Coordinadora'),
    ('Isaac Villalpando Ortiz', 'C.', 'Colectivo Ondas del Ajusco', None, SC, 'Productor'),
    RAD_SE]

acta(stem='blind-aa-radios-05-2019-06-19', layout='AA3', esp='radios',
     body=RAD_BODY, number=5, date='2019-06-19', start='10:30', end='13:00', place=RAD_PLACE, coordinator=RAD_COORD,
     attendance=RAD_ATT,
     strategies=[
         S(612, T612,
           [G(*G612_1, ['La Secretaría de Cultura informó los talleres impartidos y las personas participantes por alcaldía en el primer semestre (ver gráfica 1).',
                        dict(caption='Gráfica 1. Talleres y participantes por alcaldía, enero-junio de 2019', head=['Alcaldía', 'Talleres', 'Participantes'],
                             rows=[['Tlalpan', 4, 63], ['Milpa Alta', 3, 41], ['Xochimilco', 2, 27]])]),
            G(*G612_2, None, 'Sin informe.')],
           [(4, 'talleres', '612.1', 'Tlalpan 4 63'), (63, 'participantes', '612.1', 'Tlalpan 4 63'),
            (3, 'talleres', '612.1', 'Milpa Alta 3 41'), (41, 'participantes', '612.1', 'Milpa Alta 3 41'),
            (2, 'talleres', '612.1', 'Xochimilco 2 27'), (27, 'participantes', '612.1', 'Xochimilco 2 27')],
           [('La gráfica permite conocer la distribución territorial de los talleres; se reconoce el avance.', 'retroalimentacion', '612.1', 'avance', 'SE'),
            ('Es necesario que la SEPI informe cuántas radios ha acompañado y en qué etapa del trámite se encuentran.', 'retroalimentacion', '612.2', 'solicita_datos', 'SE'),
            ('Los talleres no atienden el problema de fondo, que es la falta de frecuencias para radios de uso social.', 'observacion', '612.1', 'cuestiona', 'Andrés Colín Barajas')]),
         S(615, T615,
           [G(*G615_1, ['Se produjeron 18 cápsulas en español y náhuatl, que se transmitieron en 6 radios comunitarias.'])],
           [(18, 'cápsulas', '615.1', 'Se produjeron 18 cápsulas'), (6, 'radios comunitarias', '615.1', 'en 6 radios comunitarias')],
           [('Se sugiere que el indicador mida también la audiencia alcanzada, pues el número de cápsulas no refleja el cumplimiento de la meta.', 'retroalimentacion', '615.1', 'diseno_meta', 'SE'),
            ('La Comisión señaló que puede poner a disposición su cabina de grabación, pero no cuenta con presupuesto para pagar a las productoras.', 'observacion', '615.1', 'instancia', 'Verónica Anaya Prieto')]),
     ],
     agreements=[
         A('La SEPI enviará la relación de radios acompañadas en la meta 612.2 a más tardar el 12 de julio de 2019.', ['2019-07-12'], 'SEPI'),
         A('La Comisión de Derechos Humanos y la Red de Radios Comunitarias del Anáhuac acordarán un calendario de grabación de cápsulas.', [], 'Comisión de Derechos Humanos y la Red de Radios Comunitarias del Anáhuac'),
         A('La sexta sesión ordinaria se realizará el miércoles 21 de agosto de 2019 a las 10:30 horas en la misma sala.', ['2019-08-21'], None, next_session=True)],
     next={'date': '2019-08-21', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='figures as data labels of a bar chart picture with caption, repeated in a short table under it; the report says "ver gráfica 1"')

acta(stem='blind-aa-radios-06-2019-08-21', layout='AA3', esp='radios',
     body=RAD_BODY, number=6, date='2019-08-21', start='10:30', end='12:40', place=RAD_PLACE, coordinator=RAD_COORD,
     attendance=RAD_ATT[:5] + [('Elvira Cuevas Sandoval', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora del Instituto de Investigaciones Sociales'), RAD_SE],
     strategies=[
         S(612, T612,
           [G(*G612_1, ['En julio se impartieron talleres adicionales de operación técnica (ver gráfica 1).',
                        dict(caption='Gráfica 1. Talleres y participantes por alcaldía, julio de 2019', head=['Alcaldía', 'Talleres', 'Participantes'],
                             rows=[['Tlalpan', 2, 35], ['Milpa Alta', 2, 29]])]),
            G(*G612_2, ['La SEPI acompañó a 5 radios comunitarias, de las cuales 2 ya presentaron su solicitud de concesión.'])],
           [(2, 'talleres', '612.1', 'Tlalpan 2 35'), (35, 'participantes', '612.1', 'Tlalpan 2 35'),
            (2, 'talleres', '612.1', 'Milpa Alta 2 29'), (29, 'participantes', '612.1', 'Milpa Alta 2 29'),
            (5, 'radios comunitarias', '612.2', 'acompañó a 5 radios comunitarias'),
            (2, 'radios comunitarias', '612.2', 'de las cuales 2 ya presentaron su solicitud de concesión')],
           [('Se reconoce que la SEPI reporte el número de radios acompañadas, como se acordó en la sesión anterior.', 'retroalimentacion', '612.2', 'avance', 'SE'),
            ('Es necesario reportar cuántas de las personas participantes son mujeres y cuántas pertenecen a pueblos originarios.', 'retroalimentacion', '612.1', 'solicita_datos', 'SE'),
            ('El acompañamiento se limita a llenar formatos; no se ha apoyado a las radios con el estudio técnico que exige el trámite.', 'observacion', '612.2', 'insuficiente', 'Rocío Matamoros Leyva')]),
         S(615, T615,
           [G(*G615_1, None, 'Sin informe.')],
           [],
           [('Es necesario que la Comisión inicie la grabación de cápsulas conforme al calendario acordado.', 'retroalimentacion', '615.1', 'exhorta', 'SE'),
            ('Sería conveniente que a las sesiones acuda personal del área de radio de la Comisión y no solo de difusión.', 'observacion', '615.1', 'proceso', 'Elvira Cuevas Sandoval')]),
     ],
     agreements=[
         A('La Secretaría de Cultura enviará la desagregación por sexo y pertenencia étnica de las personas participantes de la meta 612.1.', [], 'Secretaría de Cultura'),
         A('La Comisión de Derechos Humanos informará el avance de grabación de cápsulas a más tardar el 20 de septiembre de 2019.', ['2019-09-20'], 'Comisión de Derechos Humanos'),
         A('La séptima sesión ordinaria se realizará el miércoles 23 de octubre de 2019 a las 10:30 horas en la misma sala.', ['2019-10-23'], None, next_session=True)],
     next={'date': '2019-10-23', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='figures as data labels of a bar chart picture with caption, repeated in a short table under it; the report says "ver gráfica 1"')

# ================================================================ AA4 teatro (tables floating beside the text; 2021)
TEA_BODY = 'Derechos Culturales de las Personas Trabajadoras del Teatro Independiente'
TEA_COORD = ('Leonor Bautista Elizondo', 'Coordinadora del Espacio')
TEA_PLACE = 'Videoconferencia por la plataforma Zoom'
T483 = 'Garantizar condiciones laborales dignas para las personas trabajadoras de las artes escénicas'
T486 = 'Ampliar el acceso de compañías independientes a los foros y teatros públicos de la Ciudad de México'
G483_1 = ('483.1', 'Otorgar apoyos económicos emergentes a personas trabajadoras del teatro afectadas por el cierre de recintos', 'Número de apoyos otorgados',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
G483_2 = ('483.2', 'Incorporar a personas trabajadoras del teatro al programa de seguro de desempleo', 'Número de personas incorporadas',
          'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G486_1 = ('486.1', 'Asignar temporadas en los teatros del Sistema de Teatros mediante convocatoria pública', 'Número de temporadas asignadas por convocatoria',
          'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX')
TEA_SE = ('Karla Ivonne Rebollar Díaz', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
TEA_ATT = [
    ('Fernando Ruelas Ávila', 'Mtro.', 'Secretaría de Cultura de la Ciudad de México', 'SECULT-CDMX', IE, 'Director del Sistema de Teatros'),
    ('Patricia Olguín Reyes', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora del Seguro de Desempleo'),
    ('Diego Almaraz Centeno', 'Lic.', 'Alcaldía Coyoacán', 'ALC-COYOACAN', OT, 'Jefe de Unidad de Casas de Cultura'),
    ('Mariana Zárate Olmos', 'C.', 'Colectivo Teatro en Resistencia', None, SC, 'Actriz'),
    ('Joaquín Becerril Salas', 'C.', 'Asociación de Compañías Escénicas Independientes, A.C.', None, SC, 'Presidente'),
    ('Itzel Munguía Cortés', 'C.', 'Red de Técnicas y Técnicos Escénicos', None, SC, 'Vocera'),
    ('Ramiro Estrada Lugo', 'C.', 'Foro La Gruta Independiente', None, SC, 'Director'),
    TEA_SE]

acta(stem='blind-aa-teatro-10-2021-02-24', layout='AA4', esp='teatro',
     body=TEA_BODY, number=10, date='2021-02-24', start='17:00', end='19:15', place=TEA_PLACE, coordinator=TEA_COORD,
     attendance=TEA_ATT,
     strategies=[
         S(483, T483,
           [G(*G483_1, ['Se entregaron 1,250 apoyos económicos de 6,000 pesos cada uno a personas trabajadoras del teatro, de las cuales 540 son técnicas y técnicos escénicos.']),
            G(*G483_2, ['Se incorporaron 320 personas trabajadoras del teatro al seguro de desempleo por 3 meses.'])],
           [(1250, 'apoyos económicos', '483.1', 'Se entregaron 1,250 apoyos económicos'),
            (6000, 'pesos', '483.1', 'de 6,000 pesos cada uno'),
            (540, 'técnicas y técnicos escénicos', '483.1', 'de las cuales 540 son técnicas y técnicos escénicos'),
            (320, 'personas trabajadoras del teatro', '483.2', 'Se incorporaron 320 personas trabajadoras del teatro'),
            (3, 'meses', '483.2', 'al seguro de desempleo por 3 meses')],
           [('Se reconoce que el informe distingue a las personas técnicas escénicas entre las beneficiarias.', 'retroalimentacion', '483.1', 'avance', 'SE'),
            ('Es necesario informar cuántos meses cubre el seguro y cuántas de las personas incorporadas son mujeres.', 'retroalimentacion', '483.2', 'solicita_datos', 'SE'),
            ('Se cuestiona que los apoyos emergentes sustituyan una política de seguridad social para el gremio.', 'observacion', '483.1', 'cuestiona', 'Mariana Zárate Olmos')]),
         S(486, T486,
           [G(*G486_1, None, 'No reportó')],
           [],
           [('Es necesario que la Secretaría de Cultura publique la convocatoria de temporadas que establece la meta.', 'retroalimentacion', '486.1', 'exhorta', 'SE'),
            ('La Secretaría de Cultura señaló que los teatros permanecen cerrados por el semáforo epidemiológico y que la convocatoria se emitirá al reabrir.', 'observacion', '486.1', 'instancia', 'Fernando Ruelas Ávila')]),
     ],
     agreements=[
         A('La Secretaría de Cultura presentará el proyecto de convocatoria de la meta 486.1 en la próxima sesión.', [], 'Secretaría de Cultura'),
         A('La Secretaría de Trabajo y Fomento al Empleo enviará la desagregación por sexo de las personas incorporadas a más tardar el 19 de marzo de 2021.', ['2021-03-19'], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La undécima sesión ordinaria se realizará el miércoles 28 de abril de 2021 a las 17:00 horas por videoconferencia.', ['2021-04-28'], None, next_session=True)],
     next={'date': '2021-04-28', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='attendance and goals tables floating beside the text (positioned tables with text wrapping)')

acta(stem='blind-aa-teatro-11-2021-04-28', layout='AA4', esp='teatro',
     body=TEA_BODY, number=11, date='2021-04-28', start='17:00', end='19:00', place=TEA_PLACE, coordinator=TEA_COORD,
     attendance=TEA_ATT[:2] + TEA_ATT[3:6] + [TEA_SE],
     strategies=[
         S(483, T483,
           [G(*G483_1, ['Se entregó una segunda ministración a 880 personas trabajadoras del teatro de 16 alcaldías por un monto de 5,280,000 pesos.']),
            G(*G483_2, None, 'No reportó')],
           [(880, 'personas trabajadoras del teatro', '483.1', 'a 880 personas trabajadoras del teatro'),
            (16, 'alcaldías', '483.1', 'de 16 alcaldías'),
            (5280000, 'pesos', '483.1', 'por un monto de 5,280,000 pesos')],
           [('La segunda ministración contribuye, pero por sí sola no da cumplimiento a la meta si no alcanza a quienes quedaron fuera de la primera.', 'retroalimentacion', '483.1', 'insuficiente', 'SE'),
            ('Es necesario que la Secretaría de Trabajo reporte el avance de la meta, que en esta sesión no presentó.', 'retroalimentacion', '483.2', 'exhorta', 'SE'),
            ('Las reglas de operación exigen comprobantes de ingresos que el gremio independiente no tiene.', 'observacion', '483.1', 'cuestiona', 'Itzel Munguía Cortés')]),
         S(486, T486,
           [G(*G486_1, ['Se presentó el proyecto de convocatoria, que ofrecerá 24 temporadas en 4 teatros del Sistema.'])],
           [(24, 'temporadas', '486.1', 'que ofrecerá 24 temporadas'), (4, 'teatros', '486.1', 'en 4 teatros del Sistema')],
           [('Se recomienda omitir del informe las funciones por invitación directa, que no corresponden a la meta de convocatoria pública.', 'retroalimentacion', '486.1', 'desalineado', 'SE'),
            ('Sería oportuno que el proyecto de convocatoria circule entre las organizaciones antes de cada sesión.', 'observacion', '486.1', 'proceso', 'Joaquín Becerril Salas')]),
     ],
     agreements=[
         A('La Secretaría de Cultura publicará la convocatoria de temporadas de la meta 486.1 a más tardar el 31 de mayo de 2021.', ['2021-05-31'], 'Secretaría de Cultura'),
         A('La Secretaría Ejecutiva hará circular el proyecto de convocatoria entre las organizaciones del Espacio.', [], 'Secretaría Ejecutiva'),
         A('La duodécima sesión ordinaria se realizará el miércoles 30 de junio de 2021 a las 17:00 horas por videoconferencia.', ['2021-06-30'], None, next_session=True)],
     next={'date': '2021-06-30', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='attendance and goals tables floating beside the text (positioned tables with text wrapping)')

# ================================================================ AA5 viveros (goal fields in one cell with soft line breaks; sector as merged group rows; 2023)
VIV_BODY = 'Derecho a un Medio Ambiente Sano: Viveros Comunitarios y Producción de Planta Nativa'
VIV_COORD = ('Alejandra Cervantes Quiroz', 'Coordinadora del Espacio de Participación')
VIV_PLACE = 'Vivero Nezahualcóyotl, Av. Prolongación División del Norte s/n, Xochimilco'
T641 = 'Incrementar la producción de planta nativa en viveros públicos y comunitarios para la restauración de suelo de conservación'
T644 = 'Fortalecer la participación comunitaria en la gestión de viveros'
G641_1 = ('641.1', 'Producir planta nativa en los viveros de la Secretaría del Medio Ambiente para reforestación', 'Número de plantas producidas',
          'Secretaría del Medio Ambiente', 'SEDEMA')
G641_2 = ('641.2', 'Rehabilitar viveros comunitarios en pueblos originarios del sur de la ciudad', 'Número de viveros rehabilitados',
          'Alcaldía Xochimilco', 'ALC-XOCHIMILCO')
G644_1 = ('644.1', 'Conformar comités comunitarios de vivero con participación paritaria', 'Número de comités conformados',
          'Secretaría del Medio Ambiente', 'SEDEMA')
VIV_SE = ('Omar Saldívar Peña', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
VIV_ATT = [
    ('Beatriz Montiel Arriaga', 'Biól.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Reforestación'),
    ('Hugo Xolalpa Vergara', 'Ing.', 'Alcaldía Xochimilco', 'ALC-XOCHIMILCO', IE, 'Subdirector de Áreas Verdes'),
    ('Norma Jiménez Tapia', 'Dra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora investigadora'),
    ('Crescencio Galicia Moreno', 'C.', 'Vivero Comunitario Tlaltenco', None, SC, 'Encargado'),
    ('Lucía Ortega Bermúdez', 'C.', 'Red de Viveristas del Sur, A.C.', None, SC, 'Coordinadora'),
    ('Tomasa Velázquez Oliva', 'C.', 'Comité de Vivero de San Andrés Ahuayucan', None, SC, 'Presidenta'),
    VIV_SE]

acta(stem='blind-aa-viveros-02-2023-03-15', layout='AA5', esp='viveros',
     body=VIV_BODY, number=2, date='2023-03-15', start='09:30', end='12:00', place=VIV_PLACE, coordinator=VIV_COORD,
     attendance=VIV_ATT,
     strategies=[
         S(641, T641,
           [G(*G641_1, ['Se produjeron 214,000 plantas de 23 especies nativas, de las cuales se entregaron 160,000 para jornadas de reforestación.']),
            G(*G641_2, ['Se rehabilitaron 3 viveros comunitarios con 9 invernaderos en Santa Cecilia Tepetlapa, San Andrés Ahuayucan y Santiago Tulyehualco.'])],
           [(214000, 'plantas', '641.1', 'Se produjeron 214,000 plantas'), (23, 'especies nativas', '641.1', 'de 23 especies nativas'),
            (160000, 'plantas', '641.1', 'se entregaron 160,000 para jornadas de reforestación'),
            (3, 'viveros comunitarios', '641.2', 'Se rehabilitaron 3 viveros comunitarios'), (9, 'invernaderos', '641.2', 'con 9 invernaderos')],
           [('Se reconoce que el informe precisa el número de especies y el destino de la planta producida.', 'retroalimentacion', '641.1', 'avance', 'SE'),
            ('Es necesario informar la sobrevivencia de la planta entregada, pues la producción por sí sola no da cuenta de la restauración.', 'retroalimentacion', '641.1', 'solicita_datos', 'SE'),
            ('La rehabilitación no incluyó el sistema de riego, por lo que el vivero de Ahuayucan sigue sin operar en secas.', 'observacion', '641.2', 'cuestiona', 'Tomasa Velázquez Oliva')]),
         S(644, T644,
           [G(*G644_1, None, 'Sin informe')],
           [],
           [('Es necesario que la SEDEMA emita la convocatoria para conformar los comités que establece la meta.', 'retroalimentacion', '644.1', 'exhorta', 'SE'),
            ('El indicador cuenta comités pero no mide si la participación es paritaria, como pide la meta.', 'observacion', '644.1', 'diseno_meta', 'Norma Jiménez Tapia')]),
     ],
     agreements=[
         A('La SEDEMA presentará el reporte de sobrevivencia de planta de la meta 641.1 en la siguiente sesión.', [], 'SEDEMA'),
         A('La Alcaldía Xochimilco realizará una visita al vivero de San Andrés Ahuayucan con el comité antes del 14 de abril de 2023.', ['2023-04-14'], 'Alcaldía Xochimilco'),
         A('La tercera sesión ordinaria se llevará a cabo el miércoles 17 de mayo de 2023 a las 9:30 horas en el Vivero Nezahualcóyotl.', ['2023-05-17'], None, next_session=True)],
     next={'date': '2023-05-17', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='each goal\'s fields in one cell separated by soft line breaks (Shift+Enter); attendee sector only as merged group rows spanning the table')

acta(stem='blind-aa-viveros-03-2023-05-17', layout='AA5', esp='viveros',
     body=VIV_BODY, number=3, date='2023-05-17', start='09:30', end='11:50', place=VIV_PLACE, coordinator=VIV_COORD,
     attendance=VIV_ATT[:2] + [('Efraín Robles Anzures', 'Ing.', 'Secretaría de Pueblos y Barrios Originarios y Comunidades Indígenas Residentes', 'SEPI', IE, 'Jefe de Unidad de Territorio')] + VIV_ATT[2:],
     strategies=[
         S(641, T641,
           [G(*G641_1, ['La sobrevivencia de la planta entregada fue de 68 por ciento en 41 hectáreas reforestadas.']),
            G(*G641_2, None, 'Sin informe')],
           [(68, 'por ciento', '641.1', 'fue de 68 por ciento'), (41, 'hectáreas', '641.1', 'en 41 hectáreas reforestadas')],
           [('Se reconoce que se reporte la sobrevivencia, como se acordó en la sesión anterior.', 'retroalimentacion', '641.1', 'avance', 'SE'),
            ('La Alcaldía no presentó informe; es necesario reportar el resultado de la visita al vivero de Ahuayucan.', 'retroalimentacion', '641.2', 'solicita_datos', 'SE'),
            ('La Alcaldía señaló que el riego de los viveros corresponde al Sistema de Aguas y no a su área.', 'observacion', '641.2', 'instancia', 'Hugo Xolalpa Vergara')]),
         S(644, T644,
           [G(*G644_1, ['Se conformaron 5 comités comunitarios de vivero con 38 integrantes, de los cuales 21 son mujeres.'])],
           [(5, 'comités comunitarios de vivero', '644.1', 'Se conformaron 5 comités comunitarios de vivero'),
            (38, 'integrantes', '644.1', 'con 38 integrantes'), (21, 'mujeres', '644.1', 'de los cuales 21 son mujeres')],
           [('Se sugiere que los comités se registren también en la estrategia 641, meta 641.2, donde se rehabilitan los viveros.', 'retroalimentacion', '644.1', 'reasignar', 'SE'),
            ('Los comités deberían ser invitados a las sesiones del Espacio para que informen directamente.', 'observacion', '644.1', 'proceso', 'Lucía Ortega Bermúdez')]),
     ],
     agreements=[
         A('La Alcaldía Xochimilco y el Sistema de Aguas definirán la instalación del riego en el vivero de San Andrés Ahuayucan.', [], 'Alcaldía Xochimilco y el Sistema de Aguas'),
         A('La Secretaría Ejecutiva invitará a los comités de vivero de la meta 644.1 a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La cuarta sesión ordinaria se llevará a cabo el miércoles 19 de julio de 2023 a las 9:30 horas en el Vivero Nezahualcóyotl.', ['2023-07-19'], None, next_session=True)],
     next={'date': '2023-07-19', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='each goal\'s fields in one cell separated by soft line breaks (Shift+Enter); attendee sector only as merged group rows spanning the table')

# ================================================================ AA6 mediacion (microfilm reader-printer negative scan; 2018)
MED_BODY = 'Derecho de Acceso a la Justicia: Mediación y Mecanismos Alternativos de Solución de Controversias'
MED_COORD = ('Gustavo Arellano Pliego', 'Coordinador del Espacio de Participación')
MED_PLACE = 'Sala de juntas del Centro de Justicia Alternativa, Av. Niños Héroes 133, colonia Doctores'
T318 = 'Ampliar el acceso de la población a los servicios de mediación pública'
T320 = 'Profesionalizar a las personas mediadoras públicas y privadas'
G318_1 = ('318.1', 'Abrir módulos de mediación comunitaria en las delegaciones con mayor conflictividad vecinal', 'Número de módulos abiertos y mediaciones atendidas',
          'Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX')
G318_2 = ('318.2', 'Difundir los servicios de mediación en lenguas indígenas', 'Número de materiales de difusión traducidos',
          'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
G320_1 = ('320.1', 'Certificar a personas mediadoras privadas con enfoque de derechos humanos', 'Número de personas certificadas',
          'Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX')
MED_SE = ('Arturo Villaseñor Ruiz', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')
MED_ATT = [
    ('Margarita Olvera Sánchez', 'Mtra.', 'Tribunal Superior de Justicia de la Ciudad de México', 'TSJCDMX', IE, 'Directora de Mediación Comunitaria'),
    ('Saúl Barrientos Gil', 'Lic.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirector de Atención a Pueblos Indígenas'),
    ('Elena Cuéllar Robledo', 'Lic.', 'Procuraduría Social de la Ciudad de México', 'PROSOC', IE, 'Coordinadora de Conciliación Condominal'),
    ('Ignacio Peralta Ugarte', 'Lic.', 'Colegio de Mediadores de la Ciudad de México, A.C.', None, SC, 'Presidente'),
    ('Rebeca Mondragón Islas', 'C.', 'Centro Comunitario de Paz y Diálogo, A.C.', None, SC, 'Directora'),
    ('Adolfo Huerta Carrillo', 'C.', 'Red Vecinal por la Convivencia', None, SC, 'Integrante'),
    MED_SE]

acta(stem='blind-aa-mediacion-08-2018-04-10', layout='AA6', esp='mediacion',
     body=MED_BODY, number=8, date='2018-04-10', start='10:00', end='12:30', place=MED_PLACE, coordinator=MED_COORD,
     attendance=MED_ATT,
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Se abrieron 2 módulos de mediación comunitaria en Iztapalapa y Gustavo A. Madero, que atendieron 430 solicitudes y concluyeron 276 convenios.']),
            G(*G318_2, None, 'No reportó.')],
           [(2, 'módulos de mediación comunitaria', '318.1', 'Se abrieron 2 módulos de mediación comunitaria'),
            (430, 'solicitudes', '318.1', 'atendieron 430 solicitudes'), (276, 'convenios', '318.1', 'concluyeron 276 convenios')],
           [('Se reconoce que el informe reporta solicitudes y convenios, lo que permite conocer la efectividad de los módulos.', 'retroalimentacion', '318.1', 'avance', 'SE'),
            ('Es necesario que la SEDEREC inicie la traducción de los materiales de difusión que mandata la meta.', 'retroalimentacion', '318.2', 'exhorta', 'SE'),
            ('Se cuestiona que los módulos atiendan conflictos de violencia familiar, que no son mediables.', 'observacion', '318.1', 'cuestiona', 'Rebeca Mondragón Islas')]),
         S(320, T320,
           [G(*G320_1, ['El Centro de Justicia Alternativa certificó a 57 personas mediadoras privadas tras un curso de 120 horas.'])],
           [(57, 'personas mediadoras privadas', '320.1', 'certificó a 57 personas mediadoras privadas'),
            (120, 'horas', '320.1', 'un curso de 120 horas')],
           [('Se requiere informar cuántas horas del curso se dedicaron al enfoque de derechos humanos.', 'retroalimentacion', '320.1', 'solicita_datos', 'SE'),
            ('El Colegio pidió que la Secretaría Ejecutiva aclare si la certificación de mediadores privados puede reportarse como acción del Programa.', 'observacion', '320.1', 'instancia', 'Ignacio Peralta Ugarte')]),
     ],
     agreements=[
         A('La SEDEREC presentará el programa de traducción de materiales de la meta 318.2 a más tardar el 11 de mayo de 2018.', ['2018-05-11'], 'SEDEREC'),
         A('El Tribunal Superior de Justicia enviará el temario del curso de certificación a la Secretaría Ejecutiva.', [], 'Tribunal Superior de Justicia'),
         A('La novena sesión ordinaria tendrá lugar el martes 12 de junio de 2018 a las 10:00 horas en la misma sede.', ['2018-06-12'], None, next_session=True)],
     next={'date': '2018-06-12', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='archive copy printed from microfilm on a reader-printer: a negative (white text on dark), grainy, with frame edges; no text layer')

acta(stem='blind-aa-mediacion-09-2018-06-12', layout='AA6', esp='mediacion',
     body=MED_BODY, number=9, date='2018-06-12', start='10:00', end='12:15', place=MED_PLACE, coordinator=MED_COORD,
     attendance=MED_ATT[:4] + [('Consuelo Tavera Rangel', 'Lic.', 'Comisión de Derechos Humanos del Distrito Federal', 'CDHDF', OT, 'Visitadora adjunta')] + MED_ATT[4:],
     strategies=[
         S(318, T318,
           [G(*G318_1, ['Los 2 módulos atendieron 512 solicitudes en el bimestre; 61 casos se canalizaron a otras instancias.']),
            G(*G318_2, ['Se tradujeron 4 carteles y 2 cápsulas de audio al náhuatl y al mazateco.'])],
           [(2, 'módulos', '318.1', 'Los 2 módulos atendieron 512 solicitudes'), (512, 'solicitudes', '318.1', 'Los 2 módulos atendieron 512 solicitudes'),
            (61, 'casos', '318.1', '61 casos se canalizaron a otras instancias'),
            (4, 'carteles', '318.2', 'Se tradujeron 4 carteles'), (2, 'cápsulas de audio', '318.2', '2 cápsulas de audio')],
           [('Es necesario informar a qué instancias se canalizaron los casos y por qué motivo.', 'retroalimentacion', '318.1', 'solicita_datos', 'SE'),
            ('La traducción de carteles contribuye, pero por sí sola no da cumplimiento a la meta si no se acompaña de personas intérpretes en los módulos.', 'retroalimentacion', '318.2', 'insuficiente', 'SE'),
            ('Los vecinos no conocen los módulos; la difusión se ha hecho solo en redes sociales.', 'observacion', '318.1', 'cuestiona', 'Adolfo Huerta Carrillo')]),
         S(320, T320,
           [G(*G320_1, None, 'No reportó.')],
           [],
           [('El temario enviado corresponde a la formación de mediadores públicos y no a la certificación de privados que establece la meta.', 'retroalimentacion', '320.1', 'desalineado', 'SE'),
            ('Sería oportuno que a las sesiones asista personal del área de certificación del Centro de Justicia Alternativa.', 'observacion', '320.1', 'proceso', 'Consuelo Tavera Rangel')]),
     ],
     agreements=[
         A('El Tribunal Superior de Justicia informará a qué instancias se canalizaron los casos de la meta 318.1.', [], 'Tribunal Superior de Justicia'),
         A('La SEDEREC y el Tribunal Superior de Justicia valorarán la contratación de personas intérpretes antes del 31 de julio de 2018.', ['2018-07-31'], 'SEDEREC y el Tribunal Superior de Justicia'),
         A('La décima sesión ordinaria tendrá lugar el martes 14 de agosto de 2018 a las 10:00 horas en la misma sede.', ['2018-08-14'], None, next_session=True)],
     next={'date': '2018-08-14', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='archive copy printed from microfilm on a reader-printer: a negative (white text on dark), grainy, with frame edges; no text layer')
