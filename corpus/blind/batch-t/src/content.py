# -*- coding: utf-8 -*-
# Batch T content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
# attendance row: (name, title, institution, institution_key, sector, cargo)
# goal: G(id, text, indicator, executor, executor_key, report=[paragraphs] or None, status sentence)
# figure: (value, unit, goal, context)  -- context is a clause of the INFORME
# feedback: (text, section, goal, label, speaker)
IE, SC, SE, OT = 'instancia_ejecutora', 'sociedad_civil', 'secretaria_ejecutiva', 'otro'


def G(id, text, indicator, executor, key, report, status=None, **kw):
    d = dict(id=id, text=text, indicator=indicator, executor=executor, executor_key=key, report=report, status=status)
    d.update(kw)
    return d


def A(text, dates=(), responsible=None, due=None, state=None, next_session=False, **kw):
    d = dict(text=text, dates=list(dates), responsible=responsible, due=due, state=state, next_session=next_session)
    d.update(kw)
    return d


def S(number, title, goals, figures, feedback):
    return dict(number=number, title=title, goals=goals, figures=figures, feedback=feedback)


ACTAS = []
SE_NAME_2014 = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'

# ================================================================ T1 noasalariadas (outline 1./1.1/1.1.1, reports in endnotes, 2016)
NOA_BODY = 'Derechos de las Personas Trabajadoras No Asalariadas'
NOA_COORD = ('Gabriela Montiel Sandoval', 'Coordinadora del Espacio de Participación')
NOA_PLACE = 'sala de usos múltiples de la Secretaría de Trabajo y Fomento al Empleo, Calzada San Antonio Abad 32, tercer piso, colonia Tránsito, delegación Cuauhtémoc'
T226 = 'Regularizar y credencializar a las personas trabajadoras no asalariadas que laboran en la vía pública'
T229 = 'Garantizar el acceso a la salud y a la protección social de las personas trabajadoras no asalariadas'
T231 = 'Prevenir la discriminación y los retiros arbitrarios de personas trabajadoras no asalariadas en el espacio público'
G226_1 = ('226.1', 'Expedir y renovar las licencias y gafetes de las personas trabajadoras no asalariadas',
          'Número de licencias y gafetes expedidos o renovados', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G226_2 = ('226.2', 'Levantar un censo de las personas trabajadoras no asalariadas en el perímetro A del Centro Histórico',
          'Censo levantado y publicado', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
G229_1 = ('229.1', 'Realizar jornadas de salud ocupacional para personas aseadoras de calzado, músicos, cuidadoras de automóviles y vendedoras',
          'Número de jornadas realizadas y de personas atendidas', 'Secretaría de Salud del Distrito Federal', 'SEDESA')
G229_2 = ('229.2', 'Otorgar microcréditos a personas trabajadoras no asalariadas organizadas',
          'Número de microcréditos otorgados y monto ejercido', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO')
G231_1 = ('231.1', 'Capacitar a los elementos de la policía preventiva sobre los derechos de las personas trabajadoras no asalariadas',
          'Número de elementos capacitados', 'Secretaría de Seguridad Pública del Distrito Federal', 'SSPCDMX')
G231_2 = ('231.2', 'Atender las quejas por discriminación presentadas por personas trabajadoras no asalariadas',
          'Número de quejas recibidas y resueltas', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED')

ACTAS.append(dict(
    stem='blind-t-noasalariadas-06-2016-04-14', layout='T1', esp='noasalariadas',
    body=NOA_BODY, kind='sesión ordinaria', number=6, date='2016-04-14', start='10:00', end='12:40',
    place=NOA_PLACE, topic=None, objective=None, coordinator=NOA_COORD,
    attendance=[
        ('Héctor Manuel Zúñiga Olvera', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo No Asalariado'),
        ('Araceli Pichardo Lemus', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Jefa de Unidad Departamental de Licencias'),
        ('Silvia Estela Ordaz Rangel', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Coordinadora de Salud Ocupacional'),
        ('Omar Castillo Bernal', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Enlace'),
        ('Fernando Cruz Villagómez', 'Arq.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Subdirector de Mercados y Vía Pública'),
        ('Refugio Cárdenas Torres', 'C.', 'Unión de Aseadores de Calzado del Distrito Federal', None, SC, 'Secretario General'),
        ('María de la Luz Hernández Pacheco', 'C.', 'Frente de Organizaciones de Trabajadores No Asalariados', None, SC, 'Representante'),
        ('Teodoro Espinosa Ramírez', 'C.', 'Unión de Mariachis de la Plaza Garibaldi, A.C.', None, SC, 'Presidente'),
        ('Claudia Rentería Aguilar', 'Mtra.', 'Secretaría Ejecutiva del Programa de Derechos Humanos del Distrito Federal', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(226, T226,
          [G(*G226_1, ['Durante el primer trimestre se expidieron 1,236 licencias nuevas y se renovaron 4,815 gafetes; 612 de las licencias nuevas se otorgaron a mujeres.']),
           G(*G226_2, ['La Delegación concluyó el levantamiento en 148 manzanas del perímetro A y registró a 2,947 personas trabajadoras en vía pública, de las cuales 389 son personas adultas mayores.'])],
          [(1236, 'licencias nuevas', '226.1', 'se expidieron 1,236 licencias nuevas'),
           (4815, 'gafetes', '226.1', 'se renovaron 4,815 gafetes'),
           (612, 'licencias nuevas', '226.1', '612 de las licencias nuevas se otorgaron a mujeres'),
           (148, 'manzanas', '226.2', 'concluyó el levantamiento en 148 manzanas'),
           (2947, 'personas trabajadoras en vía pública', '226.2', 'registró a 2,947 personas trabajadoras en vía pública'),
           (389, 'personas adultas mayores', '226.2', '389 son personas adultas mayores')],
          [('Las cifras corresponden al indicador; se sugiere desagregar las licencias por oficio para ver qué gremios siguen sin credencial.', 'retroalimentacion', '226.1', 'solicita_datos', 'SE'),
           ('En la ventanilla de San Antonio Abad piden un comprobante de domicilio que muchos compañeros no tienen, y por eso no renuevan.', 'observacion', '226.1', 'cuestiona', 'Refugio Cárdenas Torres'),
           ('El censo ya está levantado, pero la meta pide publicarlo; falta informar la fecha y el medio de publicación.', 'retroalimentacion', '226.2', 'insuficiente', 'SE')]),
        S(229, T229,
          [G(*G229_1, ['Se realizaron 9 jornadas de salud ocupacional en las plazas de Garibaldi, Santo Domingo y la Alameda, en las que se atendió a 1,084 personas trabajadoras y se aplicaron 730 vacunas contra influenza.']),
           G(*G229_2, None, 'El Fondo no entregó su informe trimestral.')],
          [(9, 'jornadas de salud ocupacional', '229.1', 'Se realizaron 9 jornadas de salud ocupacional'),
           (1084, 'personas trabajadoras', '229.1', 'se atendió a 1,084 personas trabajadoras'),
           (730, 'vacunas contra influenza', '229.1', 'se aplicaron 730 vacunas contra influenza')],
          [('Se reconoce el avance de las jornadas, que ya cubren tres de las cinco plazas programadas.', 'retroalimentacion', '229.1', 'avance', 'SE'),
           ('Las jornadas se hacen entre semana a las nueve de la mañana, cuando los mariachis ya terminaron su turno y se fueron a dormir.', 'observacion', '229.1', 'cuestiona', 'Teodoro Espinosa Ramírez'),
           ('Se exhorta al Fondo a presentar su informe y a precisar cuántos créditos se otorgaron a grupos organizados y cuántos a personas solas.', 'retroalimentacion', '229.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('El Fondo para el Desarrollo Social de la Ciudad de México enviará a la Secretaría Ejecutiva el informe de la meta 229.2 a más tardar el 29 de abril de 2016.', ['2016-04-29'], 'Fondo para el Desarrollo Social de la Ciudad de México'),
        A('La Secretaría de Trabajo y Fomento al Empleo revisará con las organizaciones los requisitos de domicilio para la renovación de gafetes.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('La séptima sesión ordinaria se celebrará el jueves 12 de mayo de 2016 a las 10:00 horas en la misma sala.', ['2016-05-12'], None, next_session=True),
    ],
    next={'date': '2016-05-12', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word multilevel outline (1., 1.1, 1.1.1); each INFORME lives in an endnote at the end of the document; attendance Institución | Asistentes with sector rows',
))

ACTAS.append(dict(
    stem='blind-t-noasalariadas-07-2016-05-12', layout='T1', esp='noasalariadas',
    body=NOA_BODY, kind='sesión ordinaria', number=7, date='2016-05-12', start='10:00', end='12:25',
    place=NOA_PLACE, topic=None, objective=None, coordinator=NOA_COORD,
    attendance=[
        ('Héctor Manuel Zúñiga Olvera', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Director de Trabajo No Asalariado'),
        ('Silvia Estela Ordaz Rangel', 'Dra.', 'Secretaría de Salud del Distrito Federal', 'SEDESA', IE, 'Coordinadora de Salud Ocupacional'),
        ('Omar Castillo Bernal', 'Lic.', 'Fondo para el Desarrollo Social de la Ciudad de México', 'FONDESO', IE, 'Enlace'),
        ('Jorge Alberto Lara Quiñones', 'Suboficial', 'Secretaría de Seguridad Pública del Distrito Federal', 'SSPCDMX', IE, 'Dirección de Derechos Humanos'),
        ('Paola Vianey Robles Ayala', 'Lic.', 'Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', IE, 'Subdirectora de Atención Ciudadana'),
        ('Refugio Cárdenas Torres', 'C.', 'Unión de Aseadores de Calzado del Distrito Federal', None, SC, 'Secretario General'),
        ('María de la Luz Hernández Pacheco', 'C.', 'Frente de Organizaciones de Trabajadores No Asalariados', None, SC, 'Representante'),
        ('Lorena Gallardo Ibáñez', 'C.', 'Frente de Organizaciones de Trabajadores No Asalariados', None, SC, 'Integrante'),
        ('Claudia Rentería Aguilar', 'Mtra.', 'Secretaría Ejecutiva del Programa de Derechos Humanos del Distrito Federal', 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(229, T229,
          [G(*G229_1, None, 'La Secretaría de Salud informó que consolida las cifras de abril y no presentó informe.'),
           G(*G229_2, ['Se otorgaron 214 microcréditos por un monto de 1.9 millones de pesos; 176 créditos correspondieron a grupos solidarios y 38 créditos a personas solicitantes individuales.'])],
          [(214, 'microcréditos', '229.2', 'Se otorgaron 214 microcréditos'),
           (1900000, 'pesos', '229.2', 'por un monto de 1.9 millones de pesos'),
           (176, 'créditos', '229.2', '176 créditos correspondieron a grupos solidarios'),
           (38, 'créditos', '229.2', '38 créditos a personas solicitantes individuales')],
          [('El Fondo atendió el acuerdo anterior y desagregó los créditos como se solicitó.', 'retroalimentacion', '229.2', 'avance', 'SE'),
           ('Los créditos piden aval y comprobante de ingresos, y las compañeras del comercio en vía pública no los pueden dar.', 'observacion', '229.2', 'cuestiona', 'Lorena Gallardo Ibáñez'),
           ('La Secretaría de Salud debe entregar las cifras de abril para no perder la continuidad del seguimiento.', 'retroalimentacion', '229.1', 'exhorta', 'SE')]),
        S(231, T231,
          [G(*G231_1, ['Se impartieron 22 cursos en las unidades de protección ciudadana del Centro, a los que asistieron 1,318 elementos de la policía preventiva.']),
           G(*G231_2, ['El Consejo recibió 17 quejas de personas trabajadoras no asalariadas; 11 quejas se resolvieron por conciliación y 6 quejas siguen en trámite.'])],
          [(22, 'cursos', '231.1', 'Se impartieron 22 cursos'),
           (1318, 'elementos de la policía preventiva', '231.1', 'asistieron 1,318 elementos de la policía preventiva'),
           (17, 'quejas', '231.2', 'El Consejo recibió 17 quejas'),
           (11, 'quejas', '231.2', '11 quejas se resolvieron por conciliación'),
           (6, 'quejas', '231.2', '6 quejas siguen en trámite')],
          [('Capacitar no basta: el indicador debería medir si bajaron los retiros de mercancía, no sólo cuántos policías tomaron el curso.', 'retroalimentacion', '231.1', 'diseno_meta', 'SE'),
           ('La semana pasada retiraron a tres aseadores de la calle de Madero con el argumento de que no tenían permiso, aunque traían su gafete.', 'observacion', '231.1', 'cuestiona', 'Refugio Cárdenas Torres'),
           ('Se solicita que el Consejo informe cuántas de las quejas involucran a personal de la Secretaría de Seguridad Pública.', 'observacion', '231.2', 'solicita_datos', 'María de la Luz Hernández Pacheco')]),
    ],
    agreements=[
        A('La Secretaría de Salud del Distrito Federal remitirá el informe de abril de la meta 229.1 antes del 27 de mayo de 2016.', ['2016-05-27'], 'Secretaría de Salud del Distrito Federal'),
        A('La Secretaría de Seguridad Pública presentará, junto con el Consejo para Prevenir y Eliminar la Discriminación, una ruta de atención para los retiros en vía pública.', [], 'Secretaría de Seguridad Pública'),
        A('La octava sesión ordinaria se celebrará el jueves 9 de junio de 2016 a las 10:00 horas en la misma sala.', ['2016-06-09'], None, next_session=True),
    ],
    next={'date': '2016-06-09', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='Word multilevel outline (1., 1.1, 1.1.1); each INFORME lives in an endnote at the end of the document; attendance Institución | Asistentes with sector rows',
))

# ================================================================ T2 comedores (typed acta, 2-up print scanned with a rubber stamp and initials, 2014)
COM_BODY = 'Derecho a la Alimentación Adecuada en Comedores Comunitarios y Públicos'
COM_COORD = ('Efrén Valdivia Moctezuma', 'Coordinador del Espacio de Participación')
COM_PLACE = 'Comedor Comunitario "La Esperanza", calle Cuauhtémoc 14, colonia San Miguel Teotongo, delegación Iztapalapa'
COM_PLACE2 = 'auditorio de la Dirección General de Igualdad y Diversidad Social, Avenida Fray Servando Teresa de Mier 198, colonia Centro, delegación Cuauhtémoc'
T118 = 'Fortalecer el Programa Comedores Comunitarios en las unidades territoriales de muy alta y alta marginación'
T121 = 'Garantizar la calidad nutricional y sanitaria de los alimentos en comedores públicos y desayunos escolares'
T124 = 'Vincular a los comedores con la producción local de alimentos'
G118_1 = ('118.1', 'Instalar nuevos comedores comunitarios en unidades territoriales de muy alta marginación',
          'Número de comedores comunitarios instalados y en operación', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO')
G118_2 = ('118.2', 'Verificar las condiciones sanitarias de los comedores comunitarios',
          'Número de verificaciones sanitarias realizadas', 'Agencia de Protección Sanitaria del Gobierno del Distrito Federal', 'AGEPSA')
G121_1 = ('121.1', 'Revisar el contenido nutricional de los desayunos escolares fríos y calientes',
          'Porcentaje de menús revisados conforme a la norma', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX')
G121_2 = ('121.2', 'Mejorar la alimentación que se sirve en los comedores públicos de los Centros de Asistencia e Integración Social',
          'Número de raciones servidas con menú validado por nutriólogos', 'Instituto de Asistencia e Integración Social', 'IASIS')
G124_1 = ('124.1', 'Comprar a productores de Milpa Alta, Tláhuac y Xochimilco insumos para los comedores comunitarios',
          'Toneladas de insumos adquiridas a productores locales', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')

ACTAS.append(dict(
    stem='blind-t-comedores-02-2014-06-25', layout='T2', esp='comedores',
    body=COM_BODY, kind='sesión ordinaria', number=2, date='2014-06-25', start='11:00', end='13:45',
    place=COM_PLACE, topic=None, objective=None, coordinator=COM_COORD,
    attendance=[
        ('Adolfo Zepeda Garnica', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'Director del Programa Comedores Comunitarios'),
        ('Rocío Anaya Quezada', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'Enlace'),
        ('Martín Villegas Sotelo', 'Ing.', 'Agencia de Protección Sanitaria del Gobierno del Distrito Federal', 'AGEPSA', IE, 'Subdirector de Verificación'),
        ('Beatriz Cisneros Arellano', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX', IE, 'Jefa de Unidad Departamental de Nutrición'),
        ('Irma Tovar Landeros', 'C.', 'Comité de Administración del Comedor Comunitario "La Esperanza"', None, SC, 'Administradora'),
        ('Felipe de Jesús Arroyo Nava', 'C.', 'Red por el Derecho a la Alimentación, A.C.', None, SC, 'Coordinador'),
        ('Eréndira Salazar Cuevas', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora investigadora de Nutrición'),
        ('Samuel Ortega Bautista', 'Lic.', SE_NAME_2014, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(118, T118,
          [G(*G118_1, ['Al 31 de mayo operan 102 comedores comunitarios, 14 de ellos instalados en 2014, que sirven en promedio 18,600 raciones diarias con una cuota de recuperación de 10 pesos.']),
           G(*G118_2, ['Se practicaron 63 visitas de verificación sanitaria a comedores comunitarios; en 8 comedores se dictaron medidas correctivas por manejo inadecuado de alimentos.'])],
          [(102, 'comedores comunitarios', '118.1', 'operan 102 comedores comunitarios'),
           (14, 'comedores', '118.1', '14 de ellos instalados en 2014'),
           (18600, 'raciones diarias', '118.1', 'sirven en promedio 18,600 raciones diarias'),
           (10, 'pesos', '118.1', 'una cuota de recuperación de 10 pesos'),
           (63, 'visitas de verificación sanitaria', '118.2', 'Se practicaron 63 visitas de verificación sanitaria'),
           (8, 'comedores', '118.2', 'en 8 comedores se dictaron medidas correctivas')],
          [('El informe da cuenta del total, pero la meta se refiere a unidades territoriales de muy alta marginación; se pide indicar cuántos de los 14 nuevos están en ellas.', 'retroalimentacion', '118.1', 'desalineado', 'SE'),
           ('Los comités pagamos el gas y el agua con la cuota de recuperación y ya no alcanza; el apoyo en especie llega tarde.', 'observacion', '118.1', 'cuestiona', 'Irma Tovar Landeros'),
           ('Las verificaciones son un avance; falta informar si los 8 comedores corrigieron las observaciones.', 'retroalimentacion', '118.2', 'solicita_datos', 'SE')]),
        S(121, T121,
          [G(*G121_1, ['Se revisaron 24 menús de desayuno caliente y 6 de desayuno frío; el 83 por ciento cumple con la norma de contenido energético.']),
           G(*G121_2, None, 'El Instituto no presentó informe ni envió representante.')],
          [(24, 'menús de desayuno caliente', '121.1', 'Se revisaron 24 menús de desayuno caliente'),
           (6, 'menús de desayuno frío', '121.1', '6 de desayuno frío'),
           (83, 'por ciento', '121.1', 'el 83 por ciento cumple con la norma de contenido energético')],
          [('Se sugiere que el indicador mida también el contenido de azúcares y sodio, no sólo el energético.', 'observacion', '121.1', 'diseno_meta', 'Eréndira Salazar Cuevas'),
           ('Se exhorta al Instituto a designar un enlace permanente y a remitir su informe.', 'retroalimentacion', '121.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('El Instituto de Asistencia e Integración Social designará un enlace y remitirá el informe de la meta 121.2 antes del 11 de julio de 2014.', ['2014-07-11'], 'Instituto de Asistencia e Integración Social'),
        A('La Secretaría de Desarrollo Social informará cuántos comedores nuevos se ubican en unidades territoriales de muy alta marginación.', [], 'Secretaría de Desarrollo Social'),
        A('La tercera sesión ordinaria se llevará a cabo el miércoles 23 de julio de 2014 a las 11:00 horas en el auditorio de la Dirección General de Igualdad y Diversidad Social.', ['2014-07-23'], None, next_session=True),
    ],
    next={'date': '2014-07-23', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='typed acta in a typewriter font; the PDF is a 2-up print (two pages per landscape sheet) scanned, with a rubber stamp and handwritten initials; attendance with sector abbreviations and a legend',
))

ACTAS.append(dict(
    stem='blind-t-comedores-03-2014-07-23', layout='T2', esp='comedores',
    body=COM_BODY, kind='sesión ordinaria', number=3, date='2014-07-23', start='11:00', end='13:20',
    place=COM_PLACE2, topic=None, objective=None, coordinator=COM_COORD,
    attendance=[
        ('Adolfo Zepeda Garnica', 'Lic.', 'Secretaría de Desarrollo Social del Distrito Federal', 'SEDESO', IE, 'Director del Programa Comedores Comunitarios'),
        ('Beatriz Cisneros Arellano', 'Lic.', 'Sistema para el Desarrollo Integral de la Familia del Distrito Federal', 'DIF-CDMX', IE, 'Jefa de Unidad Departamental de Nutrición'),
        ('Norberto Galicia Reséndiz', 'Lic.', 'Instituto de Asistencia e Integración Social', 'IASIS', IE, 'Enlace'),
        ('Ofelia Barrera Maldonado', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Subdirectora de Comercialización'),
        ('Irma Tovar Landeros', 'C.', 'Comité de Administración del Comedor Comunitario "La Esperanza"', None, SC, 'Administradora'),
        ('Felipe de Jesús Arroyo Nava', 'C.', 'Red por el Derecho a la Alimentación, A.C.', None, SC, 'Coordinador'),
        ('Eréndira Salazar Cuevas', 'Mtra.', 'Universidad Autónoma de la Ciudad de México', 'UACM', OT, 'Profesora investigadora de Nutrición'),
        ('Samuel Ortega Bautista', 'Lic.', SE_NAME_2014, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(121, T121,
          [G(*G121_1, ['Se ajustaron 9 menús de desayuno caliente para reducir el sodio; se capacitó a 340 personas cocineras de las escuelas con desayuno caliente.']),
           G(*G121_2, ['En los 10 Centros de Asistencia e Integración Social se sirvieron 412,380 raciones con menú validado por 7 nutriólogos del Instituto.'])],
          [(9, 'menús de desayuno caliente', '121.1', 'Se ajustaron 9 menús de desayuno caliente'),
           (340, 'personas cocineras', '121.1', 'se capacitó a 340 personas cocineras'),
           (10, 'centros de asistencia e integración social', '121.2', 'En los 10 Centros de Asistencia e Integración Social'),
           (412380, 'raciones', '121.2', 'se sirvieron 412,380 raciones'),
           (7, 'nutriólogos', '121.2', 'validado por 7 nutriólogos')],
          [('Se reconoce que el DIF atendió la sugerencia sobre el sodio planteada en la sesión anterior.', 'retroalimentacion', '121.1', 'avance', 'SE'),
           ('Las personas usuarias del CAIS Coruña refieren que la cena se sirve fría y en porciones menores a las del menú.', 'observacion', '121.2', 'cuestiona', 'Felipe de Jesús Arroyo Nava'),
           ('El informe cumple con el indicador; se solicita el número de personas usuarias atendidas por centro.', 'retroalimentacion', '121.2', 'solicita_datos', 'SE')]),
        S(124, T124,
          [G(*G124_1, None, 'La Secretaría informó que el convenio de compras con productores sigue en revisión y no reportó avance.'),],
          [],
          [('La meta depende de un convenio con la Secretaría de Desarrollo Social que no se ha firmado; se sugiere que ambas instancias la compartan.', 'retroalimentacion', '124.1', 'reasignar', 'SE'),
           ('Los productores de amaranto de Tulyehualco ya venden a algunos comedores por su cuenta, sin apoyo del gobierno.', 'observacion', '124.1', 'proceso', 'Felipe de Jesús Arroyo Nava')]),
    ],
    agreements=[
        A('La Secretaría de Desarrollo Rural y Equidad para las Comunidades presentará el proyecto de convenio de compras en la próxima sesión.', [], 'Secretaría de Desarrollo Rural y Equidad para las Comunidades'),
        A('El Instituto de Asistencia e Integración Social atenderá la queja sobre las cenas del CAIS Coruña e informará el resultado.', [], 'Instituto de Asistencia e Integración Social'),
        A('La cuarta sesión ordinaria se llevará a cabo el miércoles 27 de agosto de 2014 a las 11:00 horas en el mismo auditorio.', ['2014-08-27'], None, next_session=True),
    ],
    next={'date': '2014-08-27', 'start_time': '11:00', 'end_time': None, 'strategies': []},
    notes='typed acta in a typewriter font; the PDF is a 2-up print (two pages per landscape sheet) scanned, with a rubber stamp and handwritten initials; attendance with sector abbreviations and a legend',
))

# ================================================================ T3 recicladoras (a Mural whiteboard exported from Chromium, 2022)
SE_NAME_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'
REC_BODY = 'Derechos de las Personas Recicladoras y Voluntarias de la Limpia'
REC_COORD = ('Araceli Montoya Bermúdez', 'Coordinadora del Espacio de Participación')
REC_PLACE = 'sala de capacitación de la Planta de Selección San Juan de Aragón, alcaldía Gustavo A. Madero, y en línea por Zoom'
T446 = 'Reconocer y formalizar el trabajo de las personas recicladoras y voluntarias de la limpia'
T449 = 'Garantizar condiciones de salud y seguridad en el trabajo de separación de residuos'
T452 = 'Integrar a las personas recicladoras en la economía circular y en la estrategia Basura Cero'
G446_1 = ('446.1', 'Elaborar un padrón de personas voluntarias de la limpia y entregarles una credencial de identificación',
          'Número de personas registradas y credencializadas', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE')
G446_2 = ('446.2', 'Incorporar a personas recicladoras a cursos de capacitación con apoyo económico',
          'Número de personas recicladoras capacitadas con apoyo económico', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G449_1 = ('449.1', 'Vacunar contra tétanos y hepatitis B a las personas que trabajan en la separación de residuos',
          'Número de dosis aplicadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G449_2 = ('449.2', 'Entregar equipo de protección personal a las personas que trabajan en plantas de selección y estaciones de transferencia',
          'Número de paquetes de equipo entregados', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE')
G452_1 = ('452.1', 'Incluir a cooperativas de personas recicladoras en el Mercado de Trueque y en las jornadas de Reciclatrón',
          'Número de cooperativas participantes y toneladas acopiadas', 'Secretaría del Medio Ambiente', 'SEDEMA')
G452_2 = ('452.2', 'Acompañar la constitución legal de cooperativas de personas recicladoras',
          'Número de cooperativas constituidas', 'Secretaría de Desarrollo Económico', 'SEDECO')

ACTAS.append(dict(
    stem='blind-t-recicladoras-04-2022-05-18', layout='T3', esp='recicladoras',
    body=REC_BODY, kind='sesión ordinaria', number=4, date='2022-05-18', start='10:30', end='13:00',
    place=REC_PLACE, topic=None, objective=None, coordinator=REC_COORD,
    attendance=[
        ('Ernesto Palafox Urrutia', 'Ing.', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE', IE, 'Director de Residuos Sólidos'),
        ('Karina Solís Mejía', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Subdirectora de Capacitación'),
        ('Luis Enrique Ferrer Gaona', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Salud Ambiental'),
        ('Mónica Jazmín Treviño Ocampo', 'Lic.', 'Alcaldía Gustavo A. Madero', 'ALC-GUSTAVO-A-MADERO', OT, 'Directora de Servicios Urbanos'),
        ('Juana Inés Morales Cruz', 'C.', 'Unión de Voluntarios de la Limpia de la Ciudad de México', None, SC, 'Secretaria General'),
        ('Pedro Pablo Hernández Leyva', 'C.', 'Cooperativa Recicladoras del Bordo, S.C. de R.L.', None, SC, 'Presidente'),
        ('Valeria Cházaro Dorantes', 'Dra.', 'El Colegio de México', None, OT, 'Investigadora'),
        ('Tomás Aguirre Landa', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(446, T446,
          [G(*G446_1, ['Se registraron 3,412 personas voluntarias de la limpia en 11 alcaldías y se entregaron 2,905 credenciales; el 41 por ciento de las personas registradas son mujeres.']),
           G(*G446_2, None, 'La Secretaría de Trabajo y Fomento al Empleo indicó que su informe está en validación y no lo compartió.')],
          [(3412, 'personas voluntarias de la limpia', '446.1', 'Se registraron 3,412 personas voluntarias de la limpia'),
           (11, 'alcaldías', '446.1', 'en 11 alcaldías'),
           (2905, 'credenciales', '446.1', 'se entregaron 2,905 credenciales'),
           (41, 'por ciento', '446.1', 'el 41 por ciento de las personas registradas son mujeres')],
          [('Avance claro frente al indicador; falta saber en qué alcaldías no se ha registrado a nadie.', 'retroalimentacion', '446.1', 'solicita_datos', 'SE'),
           ('La credencial no evita que nos quiten los carritos en la alcaldía; los inspectores no la reconocen.', 'observacion', '446.1', 'cuestiona', 'Juana Inés Morales Cruz'),
           ('Se pide a la STyFE subir su informe al tablero antes de la próxima sesión.', 'retroalimentacion', '446.2', 'exhorta', 'SE')]),
        S(449, T449,
          [G(*G449_1, ['Se aplicaron 1,860 dosis de vacuna antitetánica y 1,245 dosis de vacuna contra hepatitis B en 6 jornadas en plantas de selección y estaciones de transferencia.']),
           G(*G449_2, ['Se entregaron 2,300 paquetes de equipo de protección con guantes, cubrebocas, botas y chaleco reflejante.'])],
          [(1860, 'dosis de vacuna antitetánica', '449.1', 'Se aplicaron 1,860 dosis de vacuna antitetánica'),
           (1245, 'dosis de vacuna contra hepatitis b', '449.1', '1,245 dosis de vacuna contra hepatitis B'),
           (6, 'jornadas', '449.1', 'en 6 jornadas en plantas de selección'),
           (2300, 'paquetes de equipo de protección', '449.2', 'Se entregaron 2,300 paquetes de equipo de protección')],
          [('Se reconoce el avance; las jornadas llegaron a las plantas con más personal.', 'retroalimentacion', '449.1', 'avance', 'SE'),
           ('Las botas que entregaron son de una sola talla y a muchas compañeras no les quedan.', 'observacion', '449.2', 'cuestiona', 'Juana Inés Morales Cruz'),
           ('El indicador cuenta paquetes, pero no dice cuántas personas quedaron sin equipo; conviene medir la cobertura.', 'observacion', '449.2', 'diseno_meta', 'Valeria Cházaro Dorantes')]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo subirá al tablero el informe de la meta 446.2 a más tardar el 3 de junio de 2022.', ['2022-06-03'], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('La Secretaría de Obras y Servicios revisará con la Unión de Voluntarios las tallas del equipo de protección de la meta 449.2.', [], 'Secretaría de Obras y Servicios'),
        A('Quinta sesión ordinaria: miércoles 22 de junio de 2022, 10:30 horas, en la misma sede y en línea.', ['2022-06-22'], None, next_session=True),
    ],
    next={'date': '2022-06-22', 'start_time': '10:30', 'end_time': None, 'strategies': []},
    notes='Mural whiteboard printed from Chromium: frames, attendance as a grid of name cards, goal cards and colour-coded sticky notes (legend), checklist of agreements',
))

ACTAS.append(dict(
    stem='blind-t-recicladoras-05-2022-06-22', layout='T3', esp='recicladoras',
    body=REC_BODY, kind='sesión ordinaria', number=5, date='2022-06-22', start='10:30', end='12:50',
    place=REC_PLACE, topic=None, objective=None, coordinator=REC_COORD,
    attendance=[
        ('Ernesto Palafox Urrutia', 'Ing.', 'Secretaría de Obras y Servicios de la Ciudad de México', 'SOBSE', IE, 'Director de Residuos Sólidos'),
        ('Luis Enrique Ferrer Gaona', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Jefe de Salud Ambiental'),
        ('Renata Villaseñor Quiroz', 'Mtra.', 'Secretaría del Medio Ambiente', 'SEDEMA', IE, 'Directora de Economía Circular'),
        ('Arturo Benítez Corona', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Enlace de Derechos Humanos'),
        ('Juana Inés Morales Cruz', 'C.', 'Unión de Voluntarios de la Limpia de la Ciudad de México', None, SC, 'Secretaria General'),
        ('Pedro Pablo Hernández Leyva', 'C.', 'Cooperativa Recicladoras del Bordo, S.C. de R.L.', None, SC, 'Presidente'),
        ('Guadalupe Rangel Soto', 'C.', 'Cooperativa Recicladoras del Bordo, S.C. de R.L.', None, SC, 'Tesorera'),
        ('Tomás Aguirre Landa', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(449, T449,
          [G(*G449_1, ['Se aplicaron 940 dosis adicionales de vacuna contra hepatitis B y se completaron los esquemas de 1,120 personas trabajadoras.']),
           G(*G449_2, ['Se entregaron 780 pares de botas en 4 tallas y 1,500 pares de guantes de carnaza.'])],
          [(940, 'dosis adicionales de vacuna contra hepatitis b', '449.1', 'Se aplicaron 940 dosis adicionales de vacuna contra hepatitis B'),
           (1120, 'personas trabajadoras', '449.1', 'se completaron los esquemas de 1,120 personas trabajadoras'),
           (780, 'pares de botas', '449.2', 'Se entregaron 780 pares de botas en 4 tallas'),
           (1500, 'pares de guantes de carnaza', '449.2', '1,500 pares de guantes de carnaza')],
          [('Se cumplió el acuerdo sobre las tallas; el informe ya muestra la entrega diferenciada.', 'retroalimentacion', '449.2', 'avance', 'SE'),
           ('En la estación de transferencia de Coyoacán no llegó la jornada de vacunación.', 'observacion', '449.1', 'cuestiona', 'Guadalupe Rangel Soto')]),
        S(452, T452,
          [G(*G452_1, ['En las ediciones de abril y mayo del Mercado de Trueque participaron 5 cooperativas de personas recicladoras, que acopiaron 38.6 toneladas de residuos reciclables.']),
           G(*G452_2, ['Se brindaron 12 asesorías jurídicas y 2 cooperativas concluyeron su constitución ante notario.'])],
          [(5, 'cooperativas de personas recicladoras', '452.1', 'participaron 5 cooperativas de personas recicladoras'),
           (38.6, 'toneladas de residuos reciclables', '452.1', 'acopiaron 38.6 toneladas de residuos reciclables'),
           (12, 'asesorías jurídicas', '452.2', 'Se brindaron 12 asesorías jurídicas'),
           (2, 'cooperativas', '452.2', '2 cooperativas concluyeron su constitución ante notario')],
          [('El informe no dice qué ingreso obtuvieron las cooperativas por lo acopiado, que es lo que importa para la meta.', 'retroalimentacion', '452.1', 'insuficiente', 'SE'),
           ('Nos piden factura para vender en el Reciclatrón y apenas estamos dándonos de alta en el SAT.', 'observacion', '452.1', 'proceso', 'Pedro Pablo Hernández Leyva'),
           ('Se sugiere que la SEDECO informe cuántas cooperativas siguen en trámite.', 'retroalimentacion', '452.2', 'solicita_datos', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Salud programará una jornada de vacunación en la estación de transferencia de Coyoacán.', [], 'Secretaría de Salud'),
        A('La Secretaría del Medio Ambiente presentará, con la Secretaría de Desarrollo Económico, una ruta para que las cooperativas vendan sin factura en el Reciclatrón.', [], 'Secretaría del Medio Ambiente'),
        A('Sexta sesión ordinaria: miércoles 24 de agosto de 2022, 10:30 horas, en la misma sede y en línea.', ['2022-08-24'], None, next_session=True),
    ],
    next={'date': '2022-08-24', 'start_time': '10:30', 'end_time': None, 'strategies': []},
    notes='Mural whiteboard printed from Chromium: frames, attendance as a grid of name cards, goal cards and colour-coded sticky notes (legend), checklist of agreements',
))

# ================================================================ T4 adolescentes (versión pública on the transparency portal, rubric table, Chromium, 2019)
ADO_BODY = 'Derecho a la Salud Sexual y Reproductiva de las y los Adolescentes'
ADO_COORD = ('Daniela Ruvalcaba Esquivel', 'Coordinadora del Espacio de Participación')
ADO_PLACE = 'Sala "Digna Ochoa" de la Secretaría Ejecutiva, General Prim 4, colonia Juárez, alcaldía Cuauhtémoc'
T357 = 'Ampliar la cobertura de los servicios amigables de salud sexual y reproductiva para adolescentes'
T360 = 'Garantizar la educación integral en sexualidad en los planteles de educación media superior de la Ciudad de México'
T363 = 'Prevenir el embarazo en adolescentes y la violencia sexual en entornos comunitarios'
G357_1 = ('357.1', 'Habilitar servicios amigables para adolescentes en los centros de salud T-III',
          'Número de servicios amigables en operación y de consultas otorgadas', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G357_2 = ('357.2', 'Instalar módulos de orientación en salud sexual en los planteles del Instituto',
          'Número de módulos instalados y de estudiantes orientados', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS')
G360_1 = ('360.1', 'Impartir talleres de educación integral en sexualidad a estudiantes de bachillerato',
          'Número de talleres y de estudiantes participantes', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS')
G360_2 = ('360.2', 'Capacitar al personal docente en educación integral en sexualidad con enfoque de derechos',
          'Número de docentes capacitados', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU')
G363_1 = ('363.1', 'Realizar brigadas juveniles de prevención del embarazo adolescente en colonias de alta incidencia',
          'Número de brigadas realizadas y de jóvenes alcanzados', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE')
G363_2 = ('363.2', 'Elaborar un protocolo de atención a adolescentes víctimas de violencia sexual en las instituciones de la Ciudad',
          'Protocolo elaborado y publicado', 'Sistema de Protección Integral de Niñas, Niños y Adolescentes de la Ciudad de México', 'SIPINNA')

ACTAS.append(dict(
    stem='blind-t-adolescentes-02-2019-03-13', layout='T4', esp='adolescentes',
    body=ADO_BODY, kind='sesión ordinaria', number=2, date='2019-03-13', start='10:00', end='12:30',
    place=ADO_PLACE, topic=None, objective=None, coordinator=ADO_COORD,
    attendance=[
        ('Patricia Elizondo Carmona', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Responsable del Programa de Salud Sexual y Reproductiva del Adolescente'),
        ('Gerardo Bustos Alcaraz', 'Mtro.', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS', IE, 'Coordinador de Servicios Estudiantiles'),
        ('Lucía Fernanda Amezcua Rivas', 'Lic.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, 'Enlace'),
        ('Iván Ezequiel Portillo Nájera', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Subdirector de Programas'),
        ('Mariana Covarrubias Leal', 'Mtra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
        ('Ximena Argüelles Pineda', 'C.', 'Jóvenes por la Salud Sexual, A.C.', None, SC, 'Directora'),
        ('Abril Sandoval Trejo', 'C.', 'Colectiva Adolescentes Decidimos', None, SC, 'Vocera'),
        ('Rodrigo Meléndez Uribe', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(357, T357,
          [G(*G357_1, ['Operan 47 servicios amigables en centros de salud T-III, 5 más que en 2018; en enero y febrero otorgaron 6,318 consultas a adolescentes y entregaron 21,400 condones.']),
           G(*G357_2, None, 'El Instituto señaló que la instalación de módulos inicia en el segundo semestre y no presentó informe.')],
          [(47, 'servicios amigables', '357.1', 'Operan 47 servicios amigables'),
           (5, 'servicios amigables', '357.1', '5 más que en 2018'),
           (6318, 'consultas', '357.1', 'otorgaron 6,318 consultas a adolescentes'),
           (21400, 'condones', '357.1', 'entregaron 21,400 condones')],
          [('Se reconoce el crecimiento de los servicios amigables y que el informe corresponde al indicador.', 'retroalimentacion', '357.1', 'avance', 'SE'),
           ('En varios centros de salud piden que las y los adolescentes vayan acompañados de su mamá o papá, lo que contradice la norma.', 'observacion', '357.1', 'cuestiona', 'Abril Sandoval Trejo'),
           ('Aunque la instalación inicie después, el Instituto debe informar el avance de la planeación.', 'retroalimentacion', '357.2', 'exhorta', 'SE')]),
        S(360, T360,
          [G(*G360_1, ['Se impartieron 126 talleres en 20 planteles con la participación de 4,870 estudiantes.']),
           G(*G360_2, ['Se capacitó a 312 docentes de bachillerato en un curso en línea de 40 horas.'])],
          [(126, 'talleres', '360.1', 'Se impartieron 126 talleres'),
           (20, 'planteles', '360.1', 'en 20 planteles'),
           (4870, 'estudiantes', '360.1', 'la participación de 4,870 estudiantes'),
           (312, 'docentes de bachillerato', '360.2', 'Se capacitó a 312 docentes de bachillerato'),
           (40, 'horas', '360.2', 'un curso en línea de 40 horas')],
          [('Falta información sobre los contenidos de los talleres; se solicita la carta descriptiva.', 'retroalimentacion', '360.1', 'solicita_datos', 'SE'),
           ('Un curso en línea no asegura que el personal docente cambie su práctica; se propone medir con una evaluación posterior.', 'observacion', '360.2', 'diseno_meta', 'Mariana Covarrubias Leal')]),
    ],
    agreements=[
        A('El Instituto de Educación Media Superior remitirá la carta descriptiva de los talleres de la meta 360.1 antes del 29 de marzo de 2019.', ['2019-03-29'], 'Instituto de Educación Media Superior'),
        A('La Secretaría de Salud difundirá entre los centros de salud el criterio de atención a adolescentes sin acompañante.', [], 'Secretaría de Salud'),
        A('La tercera sesión ordinaria se realizará el 10 de abril de 2019 a las 10:00 horas en la sala "Digna Ochoa".', ['2019-04-10'], None, next_session=True),
    ],
    next={'date': '2019-04-10', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='versión pública published on a transparency portal, printed from Chromium: legend of classification, redaction boxes, the minuta as a two-column rubric table with a nested agreements table',
))

ACTAS.append(dict(
    stem='blind-t-adolescentes-03-2019-04-10', layout='T4', esp='adolescentes',
    body=ADO_BODY, kind='sesión ordinaria', number=3, date='2019-04-10', start='10:00', end='12:15',
    place=ADO_PLACE, topic=None, objective=None, coordinator=ADO_COORD,
    attendance=[
        ('Gerardo Bustos Alcaraz', 'Mtro.', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS', IE, 'Coordinador de Servicios Estudiantiles'),
        ('Lucía Fernanda Amezcua Rivas', 'Lic.', 'Secretaría de Educación, Ciencia, Tecnología e Innovación', 'SEDU', IE, 'Enlace'),
        ('Iván Ezequiel Portillo Nájera', 'Lic.', 'Instituto de la Juventud de la Ciudad de México', 'INJUVE', IE, 'Subdirector de Programas'),
        ('Consuelo Ibarra Montes de Oca', 'Lic.', 'Sistema de Protección Integral de Niñas, Niños y Adolescentes de la Ciudad de México', 'SIPINNA', IE, 'Secretaria Ejecutiva Adjunta'),
        ('Mariana Covarrubias Leal', 'Mtra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
        ('Ximena Argüelles Pineda', 'C.', 'Jóvenes por la Salud Sexual, A.C.', None, SC, 'Directora'),
        ('Abril Sandoval Trejo', 'C.', 'Colectiva Adolescentes Decidimos', None, SC, 'Vocera'),
        ('Rodrigo Meléndez Uribe', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relator'),
    ],
    strategies=[
        S(360, T360,
          [G(*G360_1, ['Se entregó la carta descriptiva; en marzo se impartieron 58 talleres más, con 2,216 estudiantes, y el 92 por ciento de quienes contestaron la encuesta de salida calificó el taller como útil.']),
           G(*G360_2, None, 'La Secretaría informó que el curso presencial para docentes está en licitación y no presentó cifras.')],
          [(58, 'talleres', '360.1', 'en marzo se impartieron 58 talleres más'),
           (2216, 'estudiantes', '360.1', 'con 2,216 estudiantes'),
           (92, 'por ciento', '360.1', 'el 92 por ciento de quienes contestaron la encuesta de salida')],
          [('Se atendió el acuerdo de la sesión anterior; la encuesta de salida es una buena práctica.', 'retroalimentacion', '360.1', 'avance', 'SE'),
           ('Se exhorta a la Secretaría a presentar el calendario del curso presencial.', 'retroalimentacion', '360.2', 'exhorta', 'SE')]),
        S(363, T363,
          [G(*G363_1, ['Se realizaron 34 brigadas en colonias de Iztapalapa, Tláhuac y Gustavo A. Madero, que alcanzaron a 5,930 jóvenes.']),
           G(*G363_2, ['Se instaló un grupo de trabajo con 9 instituciones y se integró un primer borrador del protocolo.'])],
          [(34, 'brigadas', '363.1', 'Se realizaron 34 brigadas'),
           (5930, 'jóvenes', '363.1', 'alcanzaron a 5,930 jóvenes'),
           (9, 'instituciones', '363.2', 'con 9 instituciones')],
          [('Las brigadas reparten volantes en la calle, pero no llegan a las adolescentes que ya dejaron la escuela.', 'observacion', '363.1', 'cuestiona', 'Ximena Argüelles Pineda'),
           ('El borrador es un avance de proceso; la meta es un protocolo publicado y hace falta una fecha.', 'retroalimentacion', '363.2', 'proceso', 'SE'),
           ('Las organizaciones piden participar en el grupo de trabajo del protocolo.', 'observacion', '363.2', 'instancia', 'Abril Sandoval Trejo')]),
    ],
    agreements=[
        A('El Sistema de Protección Integral de Niñas, Niños y Adolescentes invitará a dos organizaciones del Espacio al grupo de trabajo del protocolo.', [], 'Sistema de Protección Integral de Niñas, Niños y Adolescentes'),
        A('La Secretaría de Educación, Ciencia, Tecnología e Innovación enviará el calendario del curso presencial de la meta 360.2 a más tardar el 30 de abril de 2019.', ['2019-04-30'], 'Secretaría de Educación, Ciencia, Tecnología e Innovación'),
        A('La cuarta sesión ordinaria se realizará el 15 de mayo de 2019 a las 10:00 horas en la sala "Digna Ochoa".', ['2019-05-15'], None, next_session=True),
    ],
    next={'date': '2019-05-15', 'start_time': '10:00', 'end_time': None, 'strategies': []},
    notes='versión pública published on a transparency portal, printed from Chromium: legend of classification, redaction boxes, the minuta as a two-column rubric table with a nested agreements table',
))

# ================================================================ T5 microbuses (Google Docs downloaded as .docx: suggestions by several authors, resolved comment threads, 2023)
# {del:a|ins:b} marks a suggestion (tracked change); the gold is the final view
MIC_BODY = 'Derechos de las Personas Usuarias del Transporte Público Concesionado'
MIC_COORD = ('Leonor Castañón Briseño', 'Coordinadora del Espacio de Participación')
MIC_PLACE = 'sala de juntas de la Dirección General de Licencias y Operación del Transporte de Pasajeros, Álvaro Obregón 269, colonia Roma Norte, alcaldía Cuauhtémoc'
T671 = 'Prevenir y atender la violencia sexual contra mujeres y niñas en el transporte público concesionado'
T674 = 'Garantizar la accesibilidad de las unidades y paraderos del transporte público concesionado'
T677 = 'Asegurar la atención de quejas y el cobro de la tarifa autorizada en el transporte concesionado'
G671_1 = ('671.1', 'Realizar operativos de vigilancia en paraderos y corredores de transporte concesionado con mayor incidencia de violencia sexual',
          'Número de operativos realizados', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G671_2 = ('671.2', 'Capacitar a las personas operadoras del transporte concesionado en prevención del acoso sexual',
          'Número de personas operadoras capacitadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')
G674_1 = ('674.1', 'Sustituir microbuses por autobuses con rampa y espacio para silla de ruedas en las rutas concesionadas',
          'Número de unidades accesibles en circulación', 'Secretaría de Movilidad', 'SEMOVI')
G674_2 = ('674.2', 'Verificar las condiciones de accesibilidad de los paraderos de transporte concesionado',
          'Número de paraderos verificados', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI')
G677_1 = ('677.1', 'Atender las quejas de personas usuarias por cobro indebido y maltrato en el transporte concesionado',
          'Porcentaje de quejas atendidas en menos de 30 días', 'Secretaría de Movilidad', 'SEMOVI')
G677_2 = ('677.2', 'Integrar un módulo de quejas del transporte concesionado en la aplicación App CDMX',
          'Módulo de quejas en operación', 'Agencia Digital de Innovación Pública', 'ADIP')

ACTAS.append(dict(
    stem='blind-t-microbuses-08-2023-09-07', layout='T5', esp='microbuses',
    body=MIC_BODY, kind='sesión ordinaria', number=8, date='2023-09-07', start='17:00', end='19:10',
    place=MIC_PLACE, topic=None, objective=None, coordinator=MIC_COORD,
    attendance=[
        ('Rogelio Fuentes Camarillo', 'Lic.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Subdirector de Transporte Concesionado'),
        ('Nayeli {del:Hernández|ins:Fernández} Osuna', 'Lic.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Enlace de Movilidad Segura'),
        ('Julio César Anguiano Toral', 'Subinspector', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Dirección de Transporte'),
        ('Diana Laura Espíritu Mora', 'Arq.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefa de Accesibilidad'),
        ('Hilda Zamudio Cervantes', 'C.', 'Colectivo Ni Una Menos en el Micro', None, SC, 'Integrante'),
        ('Octavio Ledesma Ruiz', 'C.', 'Movimiento de Personas con Discapacidad por la Movilidad, A.C.', None, SC, 'Presidente'),
        ('Beatriz Alcocer Vela', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora del Laboratorio de Movilidad'),
        ('Karla Estefanía Ruiz Pons', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(671, T671,
          [G(*G671_1, ['De junio a agosto se realizaron {del:setenta y ocho|ins:ochenta y un} operativos en paraderos de Indios Verdes, Pantitlán, Tasqueña y Observatorio, y se remitió al Ministerio Público a 23 personas por conductas de acoso sexual.']),
           G(*G671_2, ['Se capacitó a 1,142 personas operadoras de 9 rutas concesionadas en talleres de cuatro horas.'])],
          [(81, 'operativos', '671.1', 'ochenta y un operativos en paraderos'),
           (23, 'personas', '671.1', 'se remitió al Ministerio Público a 23 personas'),
           (1142, 'personas operadoras', '671.2', 'Se capacitó a 1,142 personas operadoras'),
           (9, 'rutas concesionadas', '671.2', 'de 9 rutas concesionadas')],
          [('El informe cumple con el indicador; sería útil saber en cuántos casos se abrió carpeta de investigación.', 'retroalimentacion', '671.1', 'solicita_datos', 'SE'),
           ('Los operativos son en horario de día, pero el acoso que reportamos es en los viajes de regreso, después de las nueve de la noche.', 'observacion', '671.1', 'cuestiona', 'Hilda Zamudio Cervantes'),
           ('Se reconoce el avance de la capacitación, que ya cubre más de la mitad de las rutas programadas.', 'retroalimentacion', '671.2', 'avance', 'SE')]),
        S(674, T674,
          [G(*G674_1, ['En el año se incorporaron 164 autobuses accesibles en sustitución de microbuses en 7 rutas; en total circulan 612 unidades accesibles.']),
           G(*G674_2, None, 'El Instituto comentó que sus verificaciones comienzan en octubre y no presentó informe.')],
          [(164, 'autobuses accesibles', '674.1', 'se incorporaron 164 autobuses accesibles'),
           (7, 'rutas', '674.1', 'en 7 rutas'),
           (612, 'unidades accesibles', '674.1', 'circulan 612 unidades accesibles')],
          [('Las rampas de muchos autobuses no funcionan o el operador dice que no sabe usarlas.', 'observacion', '674.1', 'cuestiona', 'Octavio Ledesma Ruiz'),
           ('El indicador cuenta unidades en circulación, no si la rampa sirve; se sugiere medir unidades con rampa funcional.', 'retroalimentacion', '674.1', 'diseno_meta', 'SE'),
           ('Se exhorta al Instituto a presentar el calendario de verificaciones.', 'retroalimentacion', '674.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Seguridad Ciudadana informará cuántas carpetas de investigación se abrieron a partir de los operativos de la meta 671.1.', [], 'Secretaría de Seguridad Ciudadana'),
        A('El Instituto de las Personas con Discapacidad enviará su calendario de verificaciones a más tardar el {del:15|ins:22} de septiembre de 2023.', ['2023-09-22'], 'Instituto de las Personas con Discapacidad'),
        A('La novena sesión ordinaria será el jueves 5 de octubre de 2023 a las 17:00 horas en la misma sala.', ['2023-10-05'], None, next_session=True),
    ],
    next={'date': '2023-10-05', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='Google Docs minuta downloaded as .docx: suggestions (tracked changes) by several authors, resolved comment threads with replies; a figure written in words only',
))

ACTAS.append(dict(
    stem='blind-t-microbuses-09-2023-10-05', layout='T5', esp='microbuses',
    body=MIC_BODY, kind='sesión ordinaria', number=9, date='2023-10-05', start='17:00', end='19:25',
    place=MIC_PLACE, topic=None, objective=None, coordinator=MIC_COORD,
    attendance=[
        ('Rogelio Fuentes Camarillo', 'Lic.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Subdirector de Transporte Concesionado'),
        ('Diana Laura Espíritu Mora', 'Arq.', 'Instituto de las Personas con Discapacidad de la Ciudad de México', 'INDEPEDI', IE, 'Jefa de Accesibilidad'),
        ('Sebastián Oropeza Lugo', 'Ing.', 'Agencia Digital de Innovación Pública', 'ADIP', IE, 'Líder de Proyecto'),
        ('Hilda Zamudio Cervantes', 'C.', 'Colectivo Ni Una Menos en el Micro', None, SC, 'Integrante'),
        ('Octavio Ledesma Ruiz', 'C.', 'Movimiento de Personas con Discapacidad por la Movilidad, A.C.', None, SC, 'Presidente'),
        ('Francisco Javier Téllez Ponce', 'C.', 'Usuarios Organizados de la Ruta 14', None, SC, 'Representante'),
        ('Beatriz Alcocer Vela', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Investigadora del Laboratorio de Movilidad'),
        ('Karla Estefanía Ruiz Pons', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(674, T674,
          [G(*G674_1, ['Se revisaron las rampas de 612 unidades: 538 unidades operan correctamente y 74 unidades se enviaron a reparación; se capacitó a 410 personas operadoras en su uso.']),
           G(*G674_2, ['En la primera semana de octubre se verificaron 96 paraderos; sólo 31 paraderos cuentan con guía táctil y rampa.'])],
          [(612, 'unidades', '674.1', 'Se revisaron las rampas de 612 unidades'),
           (538, 'unidades', '674.1', '538 unidades operan correctamente'),
           (74, 'unidades', '674.1', '74 unidades se enviaron a reparación'),
           (410, 'personas operadoras', '674.1', 'se capacitó a 410 personas operadoras'),
           (96, 'paraderos', '674.2', 'se verificaron 96 paraderos'),
           (31, 'paraderos', '674.2', 'sólo 31 paraderos cuentan con guía táctil y rampa')],
          [('La Secretaría atendió la observación de la sesión anterior y ya informa unidades con rampa funcional.', 'retroalimentacion', '674.1', 'avance', 'SE'),
           ('El resultado muestra que dos de cada tres paraderos no son accesibles; se pide un plan de adecuación con fechas.', 'observacion', '674.2', 'insuficiente', 'Octavio Ledesma Ruiz')]),
        S(677, T677,
          [G(*G677_1, ['Se recibieron 2,386 quejas en el tercer trimestre; el 71 por ciento se atendió en menos de 30 días y se suspendió a {del:doce|ins:catorce} unidades por cobro indebido.']),
           G(*G677_2, None, 'La Agencia presentó el diseño del módulo, pero aún no está en operación, por lo que no hay cifras que informar.')],
          [(2386, 'quejas', '677.1', 'Se recibieron 2,386 quejas'),
           (71, 'por ciento', '677.1', 'el 71 por ciento se atendió en menos de 30 días'),
           (14, 'unidades', '677.1', 'se suspendió a catorce unidades por cobro indebido')],
          [('En la Ruta 14 siguen cobrando doce pesos en el tramo corto aunque la tarifa es de seis.', 'observacion', '677.1', 'cuestiona', 'Francisco Javier Téllez Ponce'),
           ('El diseño del módulo es un avance de proceso; la meta se cumplirá cuando esté en operación.', 'retroalimentacion', '677.2', 'proceso', 'SE'),
           ('El módulo debería quedar a cargo también de la Secretaría de Movilidad, que es la que resuelve las quejas.', 'observacion', '677.2', 'reasignar', 'Beatriz Alcocer Vela')]),
    ],
    agreements=[
        A('La Secretaría de Movilidad realizará una revisión de tarifas en la Ruta 14 e informará el resultado en la siguiente sesión.', [], 'Secretaría de Movilidad'),
        A('El Instituto de las Personas con Discapacidad presentará un plan de adecuación de paraderos con fechas.', [], 'Instituto de las Personas con Discapacidad'),
        A('La décima sesión ordinaria será el jueves {del:2|ins:9} de noviembre de 2023 a las 17:00 horas en la misma sala.', ['2023-11-09'], None, next_session=True),
    ],
    next={'date': '2023-11-09', 'start_time': '17:00', 'end_time': None, 'strategies': []},
    notes='Google Docs minuta downloaded as .docx: suggestions (tracked changes) by several authors, resolved comment threads with replies; a figure written in words only',
))

# ================================================================ T6 alfabetizacion (Word: cover sheet with the only date, agenda as a flow chart of shapes, attendance as a photo caption, 2018)
ALF_BODY = 'Derecho a la Educación de las Personas Jóvenes y Adultas en Rezago Educativo'
ALF_COORD = ('Hermelinda Saucedo Villarreal', 'Coordinadora del Espacio de Participación')
ALF_PLACE = 'Centro de Educación para Adultos "Paulo Freire", calle Moctezuma 17, pueblo de San Andrés Totoltepec, delegación Tlalpan'
T585 = 'Abatir el analfabetismo de las personas jóvenes, adultas y adultas mayores en la Ciudad de México'
T588 = 'Garantizar la conclusión de la educación básica y media superior de las personas jóvenes y adultas'
T590 = 'Vincular la educación de personas adultas con la capacitación para el trabajo'
G585_1 = ('585.1', 'Operar círculos de alfabetización en las colonias con mayor población analfabeta',
          'Número de círculos en operación y de personas alfabetizadas', 'Secretaría de Educación de la Ciudad de México', 'SEDU')
G585_2 = ('585.2', 'Alfabetizar a personas adultas mayores en los centros de convivencia y en su domicilio',
          'Número de personas adultas mayores alfabetizadas', 'Instituto para la Atención de los Adultos Mayores', 'INED')
G588_1 = ('588.1', 'Ampliar la matrícula del bachillerato semiescolarizado para personas mayores de 18 años',
          'Número de personas inscritas y egresadas', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS')
G588_2 = ('588.2', 'Acompañar con asesorías a las personas que presentan exámenes de certificación de primaria y secundaria',
          'Número de personas asesoradas y certificadas', 'Secretaría de Educación de la Ciudad de México', 'SEDU')
G590_1 = ('590.1', 'Ofrecer cursos de capacitación para el trabajo a personas que concluyen su educación básica',
          'Número de personas egresadas de los cursos', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT')
G590_2 = ('590.2', 'Canalizar a las personas egresadas a vacantes de empleo',
          'Número de personas canalizadas y colocadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')

ACTAS.append(dict(
    stem='blind-t-alfabetizacion-11-2018-08-29', layout='T6', esp='alfabetizacion',
    body=ALF_BODY, kind='sesión ordinaria', number=11, date='2018-08-29', start='16:00', end='18:30',
    place=ALF_PLACE, topic=None, objective=None, coordinator=ALF_COORD,
    attendance=[
        ('Reynaldo Gutiérrez Salmerón', 'Mtro.', 'Secretaría de Educación de la Ciudad de México', 'SEDU', IE, 'Director de Educación Comunitaria'),
        ('Yazmín Olguín Ferrusca', 'Lic.', 'Instituto para la Atención de los Adultos Mayores', 'INED', IE, 'Subdirectora de Programas'),
        ('Abel Cornejo Páez', 'Mtro.', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS', IE, 'Coordinador del Bachillerato Semiescolarizado'),
        ('Graciela Nolasco Herrera', 'Profra.', 'Instituto Nacional para la Educación de los Adultos', None, OT, 'Coordinadora de zona en Tlalpan'),
        ('Marcelino Tapia Guzmán', 'C.', 'Red de Educadores Populares del Sur, A.C.', None, SC, 'Coordinador'),
        ('Rosa María Cuevas Alba', 'C.', 'Círculo de Estudio "Mujeres que Leen" de San Andrés Totoltepec', None, SC, 'Educadora'),
        ('Leticia Bermejo Anzures', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(585, T585,
          [G(*G585_1, ['Operan 214 círculos de alfabetización en 9 delegaciones, con 2,683 personas inscritas; en el primer semestre 1,047 personas concluyeron el nivel inicial.']),
           G(*G585_2, ['Se alfabetizó a 386 personas adultas mayores, 122 de ellas en su domicilio, con el apoyo de 45 personas alfabetizadoras voluntarias.'])],
          [(214, 'círculos de alfabetización', '585.1', 'Operan 214 círculos de alfabetización'),
           (9, 'delegaciones', '585.1', 'en 9 delegaciones'),
           (2683, 'personas inscritas', '585.1', 'con 2,683 personas inscritas'),
           (1047, 'personas', '585.1', '1,047 personas concluyeron el nivel inicial'),
           (386, 'personas adultas mayores', '585.2', 'Se alfabetizó a 386 personas adultas mayores'),
           (122, 'personas adultas mayores', '585.2', '122 de ellas en su domicilio'),
           (45, 'personas alfabetizadoras voluntarias', '585.2', 'con el apoyo de 45 personas alfabetizadoras voluntarias')],
          [('El informe responde al indicador; se solicita desagregar por sexo y por lengua indígena.', 'retroalimentacion', '585.1', 'solicita_datos', 'SE'),
           ('Los círculos de San Andrés no tienen material en náhuatl y las señoras que sólo hablan su lengua se salen.', 'observacion', '585.1', 'cuestiona', 'Rosa María Cuevas Alba'),
           ('Se reconoce la atención domiciliaria, que responde a lo que las organizaciones pidieron en sesiones anteriores.', 'retroalimentacion', '585.2', 'avance', 'SE')]),
        S(588, T588,
          [G(*G588_1, ['Se inscribieron 1,530 personas mayores de 18 años al bachillerato semiescolarizado y egresaron 418 personas del ciclo 2017-2018.']),
           G(*G588_2, None, 'La Secretaría informó que la información de certificación la concentra el INEA y no presentó cifras propias.')],
          [(1530, 'personas mayores de 18 años', '588.1', 'Se inscribieron 1,530 personas mayores de 18 años'),
           (418, 'personas', '588.1', 'egresaron 418 personas del ciclo 2017-2018')],
          [('El egreso es bajo frente a la matrícula; se pide informar las causas de abandono.', 'retroalimentacion', '588.1', 'insuficiente', 'SE'),
           ('El INEA puede compartir los datos de certificación si la Secretaría los solicita por oficio.', 'observacion', '588.2', 'proceso', 'Graciela Nolasco Herrera'),
           ('La meta debería compartirse con el INEA, que es quien certifica.', 'observacion', '588.2', 'reasignar', 'Marcelino Tapia Guzmán')]),
    ],
    agreements=[
        A('La Secretaría de Educación solicitará por oficio al INEA los datos de certificación de la meta 588.2.', [], 'Secretaría de Educación'),
        A('El Instituto de Educación Media Superior presentará un análisis de las causas de abandono del bachillerato semiescolarizado.', [], 'Instituto de Educación Media Superior'),
        A('La duodécima sesión ordinaria se realizará el miércoles 26 de septiembre de 2018 a las 16:00 horas en el mismo Centro de Educación para Adultos.', ['2018-09-26'], None, next_session=True),
    ],
    next={'date': '2018-09-26', 'start_time': '16:00', 'end_time': None, 'strategies': []},
    notes='Word minuta with a cover sheet (portada) holding the only date, the order of the day as a flow chart of shapes and arrows, attendance only as the caption of a group photo',
))

ACTAS.append(dict(
    stem='blind-t-alfabetizacion-12-2018-09-26', layout='T6', esp='alfabetizacion',
    body=ALF_BODY, kind='sesión ordinaria', number=12, date='2018-09-26', start='16:00', end='18:15',
    place=ALF_PLACE, topic=None, objective=None, coordinator=ALF_COORD,
    attendance=[
        ('Reynaldo Gutiérrez Salmerón', 'Mtro.', 'Secretaría de Educación de la Ciudad de México', 'SEDU', IE, 'Director de Educación Comunitaria'),
        ('Abel Cornejo Páez', 'Mtro.', 'Instituto de Educación Media Superior de la Ciudad de México', 'IEMS', IE, 'Coordinador del Bachillerato Semiescolarizado'),
        ('Sonia Elvira Quintero Lagos', 'Lic.', 'Instituto de Capacitación para el Trabajo de la Ciudad de México', 'ICAT', IE, 'Directora de Vinculación'),
        ('Mauricio Landín Robles', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Enlace'),
        ('Graciela Nolasco Herrera', 'Profra.', 'Instituto Nacional para la Educación de los Adultos', None, OT, 'Coordinadora de zona en Tlalpan'),
        ('Marcelino Tapia Guzmán', 'C.', 'Red de Educadores Populares del Sur, A.C.', None, SC, 'Coordinador'),
        ('Leticia Bermejo Anzures', 'Lic.', SE_NAME_CDMX, 'SE-PDHCDMX', SE, 'Relatora'),
    ],
    strategies=[
        S(588, T588,
          [G(*G588_1, ['Se identificaron 3 causas principales de abandono: horario laboral, cuidado de hijas e hijos y distancia al plantel; 612 personas dejaron de asistir en el ciclo 2017-2018.']),
           G(*G588_2, ['Con datos compartidos por el INEA, se asesoró a 2,140 personas y 1,365 personas obtuvieron su certificado de primaria o secundaria.'])],
          [(3, 'causas principales de abandono', '588.1', 'Se identificaron 3 causas principales de abandono'),
           (612, 'personas', '588.1', '612 personas dejaron de asistir'),
           (2140, 'personas', '588.2', 'se asesoró a 2,140 personas'),
           (1365, 'personas', '588.2', '1,365 personas obtuvieron su certificado de primaria o secundaria')],
          [('El análisis atiende el acuerdo anterior; falta una propuesta de horarios y de cuidado infantil.', 'retroalimentacion', '588.1', 'insuficiente', 'SE'),
           ('Las cifras de certificación son de todo Tlalpan y no sólo de las personas asesoradas por la Secretaría.', 'observacion', '588.2', 'desalineado', 'Graciela Nolasco Herrera')]),
        S(590, T590,
          [G(*G590_1, ['Egresaron 736 personas de 28 cursos de capacitación en oficios, entre ellos cocina, electricidad y costura.']),
           G(*G590_2, None, 'La Secretaría indicó que su informe está en firma y lo enviará en la semana.')],
          [(736, 'personas', '590.1', 'Egresaron 736 personas'),
           (28, 'cursos de capacitación', '590.1', 'de 28 cursos de capacitación en oficios')],
          [('Se pide que el Instituto informe cuántas de las personas egresadas venían de los círculos de alfabetización.', 'retroalimentacion', '590.1', 'solicita_datos', 'SE'),
           ('Los cursos piden certificado de secundaria y así dejan fuera a quienes apenas se están alfabetizando.', 'observacion', '590.1', 'cuestiona', 'Marcelino Tapia Guzmán'),
           ('Se exhorta a la Secretaría a enviar su informe en el plazo que comprometió.', 'retroalimentacion', '590.2', 'exhorta', 'SE')]),
    ],
    agreements=[
        A('La Secretaría de Trabajo y Fomento al Empleo enviará el informe de la meta 590.2 a más tardar el 5 de octubre de 2018.', ['2018-10-05'], 'Secretaría de Trabajo y Fomento al Empleo'),
        A('El Instituto de Capacitación para el Trabajo revisará el requisito de certificado de secundaria en sus cursos.', [], 'Instituto de Capacitación para el Trabajo'),
        A('La décima tercera sesión ordinaria se realizará el miércoles 31 de octubre de 2018 a las 16:00 horas en el mismo Centro de Educación para Adultos.', ['2018-10-31'], None, next_session=True),
    ],
    next={'date': '2018-10-31', 'start_time': '16:00', 'end_time': None, 'strategies': []},
    notes='Word minuta with a cover sheet (portada) holding the only date, the order of the day as a flow chart of shapes and arrows, attendance only as the caption of a group photo',
))
