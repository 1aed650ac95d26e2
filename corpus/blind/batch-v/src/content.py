# -*- coding: utf-8 -*-
# Batch U content, written ONCE. build.py renders .docx / .html / .gold.json from these dicts.
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
TIA_ABSENT = [('Jorge Salcedo Ruiz', 'Lic.', 'Autoridad del Centro Histórico', 'Enlace'), ('Laura Esparza Millán', 'Mtra.', 'Secretaría de Desarrollo Social', 'Subdirectora de Programas Sociales')]
SE_DF = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos del Distrito Federal'
SE_CDMX = 'Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del Programa de Derechos Humanos de la Ciudad de México'

# ================================================================ V1 participacion (hidden instructions left in, 2016)
PAR_BODY = 'Derecho a la Participación Ciudadana en la Planeación de la Ciudad'
PAR_COORD = ('Lorena Baeza Quintanar', 'Coordinadora del Espacio')
PAR_PLACE = 'Sala Francisco Zarco del Instituto Electoral del Distrito Federal, Huizaches 25, colonia Rancho Los Colorines'
T214 = 'Fortalecer los mecanismos de consulta ciudadana sobre el presupuesto participativo'
T217 = 'Garantizar el acceso de los comités ciudadanos a la información de los proyectos de su colonia'
G214_1 = ('214.1', 'Difundir la consulta ciudadana de presupuesto participativo en todas las colonias y pueblos',
          'Número de colonias con acciones de difusión', 'Instituto Electoral del Distrito Federal', 'IECM')
G214_2 = ('214.2', 'Instalar mesas receptoras accesibles para personas con discapacidad',
          'Porcentaje de mesas receptoras accesibles', 'Instituto Electoral del Distrito Federal', 'IECM')
G217_1 = ('217.1', 'Publicar el avance físico y financiero de los proyectos ganadores',
          'Número de proyectos con avance publicado', 'Secretaría de Gobierno del Distrito Federal', 'SECGOB')
G217_2 = ('217.2', 'Capacitar a integrantes de comités ciudadanos en el seguimiento de obras',
          'Número de personas capacitadas', 'Delegación Tlalpan', 'ALC-TLALPAN')
PAR_SE = ('Samuel Iturbide Cano', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Enlace del Espacio')

acta(stem='blind-v-participacion-06-2016-08-23', layout='V1', esp='participacion',
     body=PAR_BODY, number=6, date='2016-08-23', start='10:30', end='13:00', place=PAR_PLACE, coordinator=PAR_COORD,
     attendance=[
         ('Miriam Sotelo Aranda', 'Lic.', 'Instituto Electoral del Distrito Federal', 'IECM', IE, 'Directora de Participación Ciudadana'),
         ('Rafael Unzueta Cortina', 'Mtro.', 'Secretaría de Gobierno del Distrito Federal', 'SECGOB', IE, 'Subdirector de Enlace con Comités'),
         ('Patricia Gamboa Lira', 'Lic.', 'Delegación Tlalpan', 'ALC-TLALPAN', OT, 'Jefa de Unidad de Participación Ciudadana'),
         ('Bernardo Tapia Almanza', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador'),
         ('Graciela Munguía Oropeza', 'C.', 'Comité Ciudadano Colonia Pedregal de Santo Domingo', None, SC, 'Presidenta'),
         ('Felipe Arzate Roldán', 'C.', 'Alianza Cívica, A.C.', None, SC, 'Coordinador de proyectos'),
         PAR_SE],
     strategies=[
         S(214, T214,
           [G(*G214_1, ['Se realizaron acciones de difusión en 1,786 colonias y pueblos, con 312 asambleas informativas y la distribución de 95,000 carteles.']),
            G(*G214_2, ['De las 2,104 mesas receptoras instaladas, 1,430 contaron con rampa y mampara especial, lo que representa 68 por ciento.'])],
           [(1786, 'colonias y pueblos', '214.1', 'Se realizaron acciones de difusión en 1,786 colonias y pueblos'),
            (312, 'asambleas informativas', '214.1', 'con 312 asambleas informativas'),
            (95000, 'carteles', '214.1', 'la distribución de 95,000 carteles'),
            (2104, 'mesas receptoras', '214.2', 'De las 2,104 mesas receptoras instaladas'),
            (1430, 'mesas receptoras', '214.2', '1,430 contaron con rampa y mampara especial'),
            (68, 'por ciento', '214.2', 'lo que representa 68 por ciento')],
           [('El informe aporta datos duros y permite conocer la cobertura de la difusión.', 'retroalimentacion', '214.1', 'avance', 'SE'),
            ('Se solicita precisar cuántas mesas contaron además con boleta en sistema braille.', 'retroalimentacion', '214.2', 'solicita_datos', 'SE'),
            ('Los carteles llegaron a la colonia dos días antes de la consulta; así la gente no alcanza a organizarse.', 'observacion', '214.1', 'cuestiona', 'Graciela Munguía Oropeza')]),
         S(217, T217,
           [G(*G217_1, ['El portal de la Secretaría publica desde julio el avance de 640 proyectos ganadores de 2015.']),
            G(*G217_2, None, 'La Delegación Tlalpan no presentó informe.')],
           [(640, 'proyectos ganadores', '217.1', 'el avance de 640 proyectos ganadores')],
           [('La Delegación informó que la capacitación depende de la Dirección General Jurídica y de Gobierno y que pedirá su informe.', 'observacion', '217.2', 'instancia', 'Patricia Gamboa Lira'),
            ('Es necesario que la Delegación inicie el programa de capacitación a los comités, que no ha comenzado en todo el año.', 'retroalimentacion', '217.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('El Instituto Electoral remitirá el número de mesas con boleta en sistema braille antes del 9 de septiembre de 2016.', ['2016-09-09'], 'Instituto Electoral'),
         A('La Delegación Tlalpan presentará en la siguiente sesión el programa de capacitación a comités ciudadanos.', [], 'Delegación Tlalpan'),
         A('La séptima sesión ordinaria se celebrará el martes 27 de septiembre de 2016 a las 10:30 horas en la misma sede.', ['2016-09-27'], None, next_session=True)],
     next={'date': '2016-09-27', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='institutional Word template whose grey hidden instructions to the secretary (w:vanish) were left in; they are not content')

acta(stem='blind-v-participacion-07-2016-09-27', layout='V1', esp='participacion',
     body=PAR_BODY, number=7, date='2016-09-27', start='10:30', end='12:40', place=PAR_PLACE, coordinator=PAR_COORD,
     attendance=[
         ('Miriam Sotelo Aranda', 'Lic.', 'Instituto Electoral del Distrito Federal', 'IECM', IE, 'Directora de Participación Ciudadana'),
         ('Rafael Unzueta Cortina', 'Mtro.', 'Secretaría de Gobierno del Distrito Federal', 'SECGOB', IE, 'Subdirector de Enlace con Comités'),
         ('Patricia Gamboa Lira', 'Lic.', 'Delegación Tlalpan', 'ALC-TLALPAN', OT, 'Jefa de Unidad de Participación Ciudadana'),
         ('Omar Velázquez Trejo', 'Ing.', 'Delegación Tlalpan', 'ALC-TLALPAN', OT, 'Subdirector de Obras'),
         ('Bernardo Tapia Almanza', 'Dr.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigador'),
         ('Graciela Munguía Oropeza', 'C.', 'Comité Ciudadano Colonia Pedregal de Santo Domingo', None, SC, 'Presidenta'),
         ('Felipe Arzate Roldán', 'C.', 'Alianza Cívica, A.C.', None, SC, 'Coordinador de proyectos'),
         ('Celia Bustamante Rico', 'C.', 'Red Ciudadana por la Transparencia Local', None, SC, 'Integrante'),
         PAR_SE],
     strategies=[
         S(214, T214,
           [G(*G214_1, None, 'El Instituto Electoral informó que la difusión de la consulta de 2017 inicia en noviembre, por lo que no presentó informe.'),
            G(*G214_2, ['Se identificaron 212 mesas receptoras con boleta en sistema braille, y se capacitó a 4,240 funcionarios de mesa en trato adecuado.'])],
           [(212, 'mesas receptoras', '214.2', 'Se identificaron 212 mesas receptoras'),
            (4240, 'funcionarios de mesa', '214.2', 'se capacitó a 4,240 funcionarios de mesa')],
           [('Se reconoce que el Instituto cumplió el acuerdo de la sesión anterior.', 'retroalimentacion', '214.2', 'avance', 'SE'),
            ('Capacitar a funcionarios de mesa no se corresponde con el indicador, que mide mesas accesibles; se recomienda reportarlo aparte.', 'retroalimentacion', '214.2', 'desalineado', 'SE')]),
         S(217, T217,
           [G(*G217_1, ['Se publicaron fichas de avance de 702 proyectos; 158 tienen avance físico menor a 30 por ciento.']),
            G(*G217_2, ['La Delegación capacitó a 126 integrantes de 41 comités ciudadanos en cuatro talleres sobre bitácora de obra.'])],
           [(702, 'proyectos', '217.1', 'Se publicaron fichas de avance de 702 proyectos'),
            (158, 'proyectos', '217.1', '158 tienen avance físico menor a 30 por ciento'),
            (126, 'integrantes', '217.2', 'La Delegación capacitó a 126 integrantes'),
            (41, 'comités ciudadanos', '217.2', 'de 41 comités ciudadanos')],
           [('Las fichas no dicen por qué se detuvieron las obras, que es lo que preguntan los vecinos.', 'observacion', '217.1', 'cuestiona', 'Celia Bustamante Rico'),
            ('Se necesita informar en qué colonias están los 158 proyectos con menor avance.', 'retroalimentacion', '217.1', 'solicita_datos', 'SE'),
            ('Sería oportuno que a la siguiente sesión acuda también el área de obras de la Delegación, que lleva las bitácoras.', 'retroalimentacion', '217.2', 'proceso', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Gobierno enviará la relación por colonia de los proyectos con avance menor a 30 por ciento.', [], 'Secretaría de Gobierno'),
         A('La Secretaría Ejecutiva invitará al área de obras de la Delegación Tlalpan.', [], 'Secretaría Ejecutiva'),
         A('La octava sesión ordinaria se celebrará el martes 25 de octubre de 2016 a las 10:30 horas.', ['2016-10-25'], None, next_session=True)],
     next={'date': '2016-10-25', 'start_time': '10:30', 'end_time': None, 'strategies': []},
     notes='institutional Word template whose grey hidden instructions to the secretary (w:vanish) were left in; they are not content')

# ================================================================ V2 suelo (long table split across pages, repeated header, 2014)
SUE_BODY = 'Derecho a un Medio Ambiente Sano: Conservación del Suelo de la Ciudad'
SUE_COORD = ('Ramiro Echeverría Luján', 'Coordinador del Espacio de Participación')
SUE_PLACE = 'aula 2 del Centro de Educación Ambiental Ecoguardas, Ajusco Medio, Tlalpan'
T131 = 'Frenar el crecimiento de asentamientos humanos irregulares en suelo de conservación'
T134 = 'Restaurar la cubierta forestal y los servicios ambientales del suelo de conservación'
G131_1 = ('131.1', 'Realizar recorridos de vigilancia en las zonas de mayor presión urbana del suelo de conservación',
          'Número de recorridos de vigilancia realizados', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
G131_2 = ('131.2', 'Atender las denuncias ciudadanas por construcciones en suelo de conservación',
          'Porcentaje de denuncias atendidas', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT')
G134_1 = ('134.1', 'Reforestar con especies nativas las superficies afectadas por incendios forestales',
          'Hectáreas reforestadas', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA')
G134_2 = ('134.2', 'Pagar retribuciones por servicios ambientales a núcleos agrarios que conservan bosque',
          'Número de núcleos agrarios beneficiados', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC')
SUE_SE = ('Abigail Fonseca Medrano', 'Lic.', SE_DF, 'SE-PDHCDMX', SE, 'Relatora')

acta(stem='blind-v-suelo-03-2014-05-13', layout='V2', esp='suelo',
     body=SUE_BODY, number=3, date='2014-05-13', start='09:30', end='12:15', place=SUE_PLACE, coordinator=SUE_COORD,
     attendance=[
         ('Hilario Guzmán Peralta', 'Ing.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Director de Vigilancia Ambiental'),
         ('Yolanda Carrasco Ibarra', 'Biól.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Subdirectora de Restauración'),
         ('Arturo Lezama Quiroga', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocurador de Ordenamiento Territorial'),
         ('Norberto Fuentes Alvarado', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Enlace'),
         ('Roberta Salinas Mejía', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ('Cirilo Morales Anaya', 'C.', 'Comisariado de Bienes Comunales de San Miguel Topilejo', None, SC, 'Secretario'),
         ('Inés Villalobos Barrón', 'C.', 'Guardianes del Bosque del Ajusco, A.C.', None, SC, 'Coordinadora'),
         SUE_SE],
     strategies=[
         S(131, T131,
           [G(*G131_1, ['Se realizaron 1,248 recorridos de vigilancia en Tlalpan, Xochimilco y Milpa Alta, y se detectaron 37 construcciones nuevas, de las cuales 22 fueron suspendidas.']),
            G(*G131_2, ['La Procuraduría recibió 184 denuncias por construcción en suelo de conservación y concluyó 129, es decir 70 por ciento.'])],
           [(1248, 'recorridos de vigilancia', '131.1', 'Se realizaron 1,248 recorridos de vigilancia'),
            (37, 'construcciones nuevas', '131.1', 'se detectaron 37 construcciones nuevas'),
            (22, 'construcciones', '131.1', 'de las cuales 22 fueron suspendidas'),
            (184, 'denuncias', '131.2', 'recibió 184 denuncias'),
            (129, 'denuncias', '131.2', 'concluyó 129'),
            (70, 'por ciento', '131.2', 'es decir 70 por ciento')],
           [('Suspender la obra contribuye, pero por sí solo no da cumplimiento a la meta si después la construcción continúa.', 'retroalimentacion', '131.1', 'insuficiente', 'SE'),
            ('En Topilejo las suspensiones se retiran a las pocas semanas y las casas se terminan de noche.', 'observacion', '131.1', 'cuestiona', 'Cirilo Morales Anaya'),
            ('Se necesita informar cuántas de las denuncias concluidas terminaron en demolición o sanción.', 'retroalimentacion', '131.2', 'solicita_datos', 'SE')]),
         S(134, T134,
           [G(*G134_1, ['Se reforestaron 310 hectáreas con 402,000 árboles de oyamel, pino hartwegii y encino.']),
            G(*G134_2, None, 'La Secretaría de Desarrollo Rural no entregó informe.')],
           [(310, 'hectáreas', '134.1', 'Se reforestaron 310 hectáreas'),
            (402000, 'árboles', '134.1', 'con 402,000 árboles')],
           [('La Secretaría de Desarrollo Rural señaló que las reglas de operación del programa se publicaron en abril y que aún no hay pagos que reportar.', 'observacion', '134.2', 'instancia', 'Norberto Fuentes Alvarado'),
            ('Se exhorta a la Secretaría de Desarrollo Rural a presentar el padrón de núcleos agrarios que recibirán la retribución.', 'retroalimentacion', '134.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Procuraduría Ambiental informará el resultado de las denuncias concluidas por tipo de resolución.', [], 'Procuraduría Ambiental'),
         A('La Secretaría de Desarrollo Rural enviará el padrón de núcleos agrarios a más tardar el 30 de mayo de 2014.', ['2014-05-30'], 'Secretaría de Desarrollo Rural'),
         A('La cuarta sesión ordinaria se llevará a cabo el martes 10 de junio de 2014 a las 09:30 horas en el Centro de Educación Ambiental Ecoguardas.', ['2014-06-10'], None, next_session=True)],
     next={'date': '2014-06-10', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='one long follow-up table across pages: repeated header row (w:tblHeader), rows allowed to break across pages')

acta(stem='blind-v-suelo-04-2014-06-10', layout='V2', esp='suelo',
     body=SUE_BODY, number=4, date='2014-06-10', start='09:30', end='12:00', place=SUE_PLACE, coordinator=SUE_COORD,
     attendance=[
         ('Hilario Guzmán Peralta', 'Ing.', 'Secretaría del Medio Ambiente del Distrito Federal', 'SEDEMA', IE, 'Director de Vigilancia Ambiental'),
         ('Arturo Lezama Quiroga', 'Lic.', 'Procuraduría Ambiental y del Ordenamiento Territorial', 'PAOT', IE, 'Subprocurador de Ordenamiento Territorial'),
         ('Norberto Fuentes Alvarado', 'Ing.', 'Secretaría de Desarrollo Rural y Equidad para las Comunidades', 'SEDEREC', IE, 'Enlace'),
         ('Leonel Pacheco Serna', 'Arq.', 'Delegación Milpa Alta', 'ALC-MILPA-ALTA', OT, 'Director de Desarrollo Urbano'),
         ('Roberta Salinas Mejía', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ('Cirilo Morales Anaya', 'C.', 'Comisariado de Bienes Comunales de San Miguel Topilejo', None, SC, 'Secretario'),
         ('Inés Villalobos Barrón', 'C.', 'Guardianes del Bosque del Ajusco, A.C.', None, SC, 'Coordinadora'),
         SUE_SE],
     strategies=[
         S(131, T131,
           [G(*G131_1, ['En mayo se realizaron 436 recorridos y se instalaron 9 casetas de vigilancia en los accesos a los parajes de Milpa Alta.']),
            G(*G131_2, ['De las 129 denuncias concluidas, 48 terminaron con resolución de demolición y 17 con sanción económica.'])],
           [(436, 'recorridos', '131.1', 'En mayo se realizaron 436 recorridos'),
            (9, 'casetas de vigilancia', '131.1', 'se instalaron 9 casetas de vigilancia'),
            (129, 'denuncias concluidas', '131.2', 'De las 129 denuncias concluidas'),
            (48, 'denuncias', '131.2', '48 terminaron con resolución de demolición'),
            (17, 'denuncias', '131.2', '17 con sanción económica')],
           [('Se reconoce que la Procuraduría haya desglosado las resoluciones, como se acordó.', 'retroalimentacion', '131.2', 'avance', 'SE'),
            ('Las casetas son obra de la Delegación y no de la Secretaría; convendría reportarlas en la estrategia 136 de ordenamiento territorial.', 'retroalimentacion', '131.1', 'reasignar', 'SE'),
            ('De nada sirve una resolución de demolición si nadie la ejecuta; pedimos saber cuántas se ejecutaron.', 'observacion', '131.2', 'cuestiona', 'Inés Villalobos Barrón')]),
         S(134, T134,
           [G(*G134_1, None, 'La Secretaría del Medio Ambiente no presentó informe porque la temporada de reforestación inicia en julio.'),
            G(*G134_2, ['Se firmaron convenios con 14 núcleos agrarios, que suman 5,630 hectáreas de bosque bajo retribución.'])],
           [(14, 'núcleos agrarios', '134.2', 'Se firmaron convenios con 14 núcleos agrarios'),
            (5630, 'hectáreas de bosque', '134.2', 'que suman 5,630 hectáreas de bosque')],
           [('El indicador cuenta núcleos agrarios pero no mide si el bosque se conserva; no hay correspondencia entre la meta y el indicador.', 'retroalimentacion', '134.2', 'diseno_meta', 'SE'),
            ('Que la retribución se pague antes de la temporada de incendios, no al final del año.', 'observacion', '134.2', 'exhorta', 'Cirilo Morales Anaya')]),
     ],
     agreements=[
         A('La Procuraduría Ambiental informará cuántas resoluciones de demolición fueron ejecutadas.', [], 'Procuraduría Ambiental'),
         A('La Secretaría Ejecutiva propondrá un nuevo indicador para la meta 134.2.', [], 'Secretaría Ejecutiva'),
         A('La quinta sesión ordinaria se llevará a cabo el martes 8 de julio de 2014 a las 09:30 horas.', ['2014-07-08'], None, next_session=True)],
     next={'date': '2014-07-08', 'start_time': '09:30', 'end_time': None, 'strategies': []},
     notes='one long follow-up table across pages: repeated header row (w:tblHeader), rows allowed to break across pages')

# ================================================================ V3 transporte (report generator PDF, glyph by glyph, 2019)
TRA_BODY = 'Derecho a la Movilidad en el Transporte Público Concesionado'
TRA_COORD = ('Ulises Carmona Bretón', 'Coordinador del Espacio')
TRA_PLACE = 'sala de juntas de la Secretaría de Movilidad, Álvaro Obregón 269, colonia Roma Norte'
T421 = 'Mejorar las condiciones de seguridad de las personas usuarias del transporte concesionado'
T424 = 'Regularizar y profesionalizar a las personas operadoras del transporte concesionado'
G421_1 = ('421.1', 'Instalar cámaras y botones de auxilio en unidades del transporte concesionado',
          'Número de unidades equipadas', 'Secretaría de Movilidad', 'SEMOVI')
G421_2 = ('421.2', 'Atender los reportes de asalto en transporte concesionado enlazados al C5',
          'Número de reportes atendidos', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX')
G424_1 = ('424.1', 'Expedir licencias tipo C a personas operadoras capacitadas',
          'Número de licencias expedidas', 'Secretaría de Movilidad', 'SEMOVI')
G424_2 = ('424.2', 'Afiliar a las personas operadoras a la seguridad social',
          'Número de personas operadoras afiliadas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
TRA_SE = ('Karla Ivonne Peralta Soto', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace')

acta(stem='blind-v-transporte-09-2019-03-19', layout='V3', esp='transporte',
     body=TRA_BODY, number=9, date='2019-03-19', start='16:00', end='18:10', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=[
         ('Emilio Sandoval Ruelas', 'Lic.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Director de Transporte Concesionado'),
         ('Verónica Álvarez Tirado', 'Mtra.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Subdirectora de Derechos Humanos'),
         ('Joel Espinoza Landa', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Jefe de Unidad de Seguridad Social'),
         ('Francisco Ayala Ruvalcaba', 'C.', 'Ruta 12 de Microbuses Tacubaya, A.C.', None, SC, 'Representante'),
         ('Marina Ledesma Orozco', 'C.', 'Colectivo Mujeres Usuarias del Transporte', None, SC, 'Integrante'),
         ('Javier Toscano Huerta', 'Dr.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Investigador'),
         TRA_SE],
     strategies=[
         S(421, T421,
           [G(*G421_1, ['En el primer bimestre se equiparon 2,870 unidades con cámara y botón de auxilio, de un parque de 19,500 unidades.']),
            G(*G421_2, ['El C5 recibió 1,312 reportes de asalto en transporte concesionado y se detuvo a 214 personas.'])],
           [(2870, 'unidades', '421.1', 'se equiparon 2,870 unidades'),
            (19500, 'unidades', '421.1', 'de un parque de 19,500 unidades'),
            (1312, 'reportes de asalto', '421.2', 'El C5 recibió 1,312 reportes de asalto'),
            (214, 'personas', '421.2', 'se detuvo a 214 personas')],
           [('Se solicita informar en qué rutas se concentran los reportes y cuánto tarda la llegada de patrullas.', 'retroalimentacion', '421.2', 'solicita_datos', 'SE'),
            ('Las cámaras no sirven si nadie las mira; en mi ruta el botón nunca ha funcionado.', 'observacion', '421.1', 'cuestiona', 'Marina Ledesma Orozco'),
            ('El informe permite conocer el avance del equipamiento frente al parque vehicular total.', 'retroalimentacion', '421.1', 'avance', 'SE')]),
         S(424, T424,
           [G(*G424_1, ['Se expidieron 6,450 licencias tipo C a personas que acreditaron el curso de manejo.']),
            G(*G424_2, None, 'La Secretaría de Trabajo y Fomento al Empleo no presentó informe.')],
           [(6450, 'licencias tipo c', '424.1', 'Se expidieron 6,450 licencias tipo C')],
           [('La Secretaría de Trabajo indicó que la afiliación depende del Instituto Mexicano del Seguro Social y no de ella.', 'observacion', '424.2', 'instancia', 'Joel Espinoza Landa'),
            ('Se exhorta a la Secretaría de Trabajo a instalar la mesa con el Instituto Mexicano del Seguro Social que la estrategia prevé.', 'retroalimentacion', '424.2', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Secretaría de Seguridad Ciudadana entregará los reportes de asalto desglosados por ruta antes del 5 de abril de 2019.', ['2019-04-05'], 'Secretaría de Seguridad Ciudadana'),
         A('La Secretaría de Trabajo y Fomento al Empleo convocará a la mesa con el Instituto Mexicano del Seguro Social.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La décima sesión se celebrará el martes 23 de abril de 2019 a las 16:00 horas en la Secretaría de Movilidad.', ['2019-04-23'], None, next_session=True)],
     next={'date': '2019-04-23', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='PDF written by a report generator: Courier, each glyph placed by its own text operator, blocks drawn out of reading order')

acta(stem='blind-v-transporte-10-2019-04-23', layout='V3', esp='transporte',
     body=TRA_BODY, number=10, date='2019-04-23', start='16:00', end='18:30', place=TRA_PLACE, coordinator=TRA_COORD,
     attendance=[
         ('Emilio Sandoval Ruelas', 'Lic.', 'Secretaría de Movilidad', 'SEMOVI', IE, 'Director de Transporte Concesionado'),
         ('Verónica Álvarez Tirado', 'Mtra.', 'Secretaría de Seguridad Ciudadana', 'SSPCDMX', IE, 'Subdirectora de Derechos Humanos'),
         ('Joel Espinoza Landa', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Jefe de Unidad de Seguridad Social'),
         ('Ana Lilia Cervantes Ríos', 'Lic.', 'Instituto Mexicano del Seguro Social', 'IMSS', OT, 'Jefa de Afiliación'),
         ('Francisco Ayala Ruvalcaba', 'C.', 'Ruta 12 de Microbuses Tacubaya, A.C.', None, SC, 'Representante'),
         ('Marina Ledesma Orozco', 'C.', 'Colectivo Mujeres Usuarias del Transporte', None, SC, 'Integrante'),
         ('Javier Toscano Huerta', 'Dr.', 'Instituto Politécnico Nacional', 'IPN', OT, 'Investigador'),
         TRA_SE],
     strategies=[
         S(421, T421,
           [G(*G421_1, None, 'La Secretaría de Movilidad no presentó informe de equipamiento en este periodo.'),
            G(*G421_2, ['Los reportes se concentran en 11 rutas de Iztapalapa y Gustavo A. Madero; el tiempo promedio de llegada de patrullas fue de 14 minutos.'])],
           [(11, 'rutas', '421.2', 'Los reportes se concentran en 11 rutas'),
            (14, 'minutos', '421.2', 'fue de 14 minutos')],
           [('Se reconoce el cumplimiento del acuerdo de entregar los reportes por ruta.', 'retroalimentacion', '421.2', 'avance', 'SE'),
            ('Catorce minutos es mucho tiempo para una persona asaltada; se cuestiona que se considere un buen resultado.', 'observacion', '421.2', 'cuestiona', 'Marina Ledesma Orozco'),
            ('Es necesario que quien acuda por la Secretaría de Movilidad tenga la información de equipamiento.', 'retroalimentacion', '421.1', 'proceso', 'SE')]),
         S(424, T424,
           [G(*G424_1, ['Se expidieron 3,120 licencias tipo C más; 410 de ellas a mujeres operadoras.']),
            G(*G424_2, ['Con el Instituto Mexicano del Seguro Social se afiliaron 860 personas operadoras mediante el esquema de personas trabajadoras independientes.'])],
           [(3120, 'licencias tipo c', '424.1', 'Se expidieron 3,120 licencias tipo C'),
            (410, 'licencias', '424.1', '410 de ellas a mujeres operadoras'),
            (860, 'personas operadoras', '424.2', 'se afiliaron 860 personas operadoras')],
           [('Las licencias no miden la profesionalización; el indicador debería considerar la capacitación recibida.', 'retroalimentacion', '424.1', 'diseno_meta', 'SE'),
            ('El Instituto Mexicano del Seguro Social pidió que las concesionarias entreguen padrones completos de sus operadores.', 'observacion', '424.2', 'instancia', 'Ana Lilia Cervantes Ríos'),
            ]),
     ],
     agreements=[
         A('La Secretaría de Movilidad presentará el informe de equipamiento de unidades en la siguiente sesión.', [], 'Secretaría de Movilidad'),
         A('Las organizaciones de concesionarios entregarán sus padrones de operadores al Instituto Mexicano del Seguro Social.', [], 'organizaciones de concesionarios'),
         A('La décima primera sesión se celebrará el martes 28 de mayo de 2019 a las 16:00 horas.', ['2019-05-28'], None, next_session=True)],
     next={'date': '2019-05-28', 'start_time': '16:00', 'end_time': None, 'strategies': []},
     notes='PDF written by a report generator: Courier, each glyph placed by its own text operator, blocks drawn out of reading order')

# ================================================================ V4 emergencias (low-res grey scan, a page upside down / sideways, 2022)
EME_BODY = 'Derecho a la Salud: Atención Médica de Urgencias y Prehospitalaria'
EME_COORD = ('Gabriela Noriega Saldaña', 'Coordinadora del Espacio')
EME_PLACE = 'sala 3 del Centro Regulador de Urgencias Médicas, Xocongo 225, colonia Tránsito'
T561 = 'Reducir los tiempos de respuesta de la atención prehospitalaria de urgencias'
T564 = 'Garantizar la atención de urgencias sin discriminación en los hospitales de la ciudad'
G561_1 = ('561.1', 'Ampliar el parque de ambulancias en operación en las alcaldías con mayor tiempo de respuesta',
          'Número de ambulancias en operación', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G561_2 = ('561.2', 'Georreferenciar las llamadas de urgencia médica recibidas por el 911',
          'Porcentaje de llamadas georreferenciadas', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano', 'LOCATEL')
G564_1 = ('564.1', 'Atender en urgencias a personas sin seguridad social sin exigir pago previo',
          'Número de quejas por cobro en urgencias', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
G564_2 = ('564.2', 'Contar con intérpretes de lengua de señas mexicana en los servicios de urgencias',
          'Número de hospitales con intérprete', 'Secretaría de Salud de la Ciudad de México', 'SEDESA')
EME_SE = ('Mauricio Delgadillo Paz', 'Mtro.', SE_CDMX, 'SE-PDHCDMX', SE, 'Relator')

acta(stem='blind-v-emergencias-02-2022-06-08', layout='V4', esp='emergencias',
     body=EME_BODY, number=2, date='2022-06-08', start='11:00', end='13:20', place=EME_PLACE, coordinator=EME_COORD,
     attendance=[
         ('Alfredo Cienfuegos Rangel', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Director del Centro Regulador de Urgencias Médicas'),
         ('Mónica Tavera Escobedo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Hospitales'),
         ('Raymundo Ocampo Lara', 'Ing.', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano', 'LOCATEL', IE, 'Jefe de Operación 911'),
         ('Daniela Mireles Pastrana', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
         ('Eduardo Franco Villalpando', 'C.', 'Cruz Ámbar, Socorristas Voluntarios, A.C.', None, SC, 'Coordinador operativo'),
         ('Rosalía Hinojosa Beltrán', 'C.', 'Asociación de Sordos de la Ciudad de México', None, SC, 'Presidenta'),
         EME_SE],
     strategies=[
         S(561, T561,
           [G(*G561_1, ['Entraron en operación 38 ambulancias nuevas, para un total de 164 unidades; el tiempo promedio de llegada bajó a 19 minutos.']),
            G(*G561_2, ['El 911 georreferenció 91 por ciento de las 48,300 llamadas de urgencia médica del trimestre.'])],
           [(38, 'ambulancias nuevas', '561.1', 'Entraron en operación 38 ambulancias nuevas'),
            (164, 'unidades', '561.1', 'para un total de 164 unidades'),
            (19, 'minutos', '561.1', 'bajó a 19 minutos'),
            (91, 'por ciento', '561.2', 'georreferenció 91 por ciento'),
            (48300, 'llamadas de urgencia médica', '561.2', 'de las 48,300 llamadas de urgencia médica')],
           [('Se solicita desagregar el tiempo de llegada por alcaldía, pues el promedio oculta las zonas más lejanas.', 'retroalimentacion', '561.1', 'solicita_datos', 'SE'),
            ('En Milpa Alta y Tláhuac seguimos llegando antes que las ambulancias públicas; el promedio no refleja eso.', 'observacion', '561.1', 'cuestiona', 'Eduardo Franco Villalpando'),
            ('El informe da cuenta de un avance claro en la georreferenciación de llamadas.', 'retroalimentacion', '561.2', 'avance', 'SE')]),
         S(564, T564,
           [G(*G564_1, ['Se recibieron 27 quejas por cobro previo en urgencias, 9 menos que el trimestre anterior.']),
            G(*G564_2, None, 'La Secretaría de Salud no presentó informe sobre esta meta.')],
           [(27, 'quejas', '564.1', 'Se recibieron 27 quejas por cobro previo')],
           [('Es necesario que la Secretaría de Salud empiece a contratar intérpretes; no hay ninguno en los hospitales generales.', 'retroalimentacion', '564.2', 'exhorta', 'SE'),
            ('Las personas sordas llegamos a urgencias y nadie nos entiende; escribimos en papel mientras nos desangramos.', 'observacion', '564.2', 'cuestiona', 'Rosalía Hinojosa Beltrán')]),
     ],
     agreements=[
         A('La Secretaría de Salud presentará el tiempo de llegada de ambulancias desagregado por alcaldía.', [], 'Secretaría de Salud'),
         A('La Secretaría de Salud informará antes del 30 de junio de 2022 cuántos hospitales cuentan con intérprete de lengua de señas.', ['2022-06-30'], 'Secretaría de Salud'),
         A('La tercera sesión ordinaria se realizará el miércoles 13 de julio de 2022 a las 11:00 horas en la misma sala.', ['2022-07-13'], None, next_session=True)],
     next={'date': '2022-07-13', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta scanned at 150 dpi grayscale, JPEG, no text layer; one page fed upside down, one sideways')

acta(stem='blind-v-emergencias-03-2022-07-13', layout='V4', esp='emergencias',
     body=EME_BODY, number=3, date='2022-07-13', start='11:00', end='13:05', place=EME_PLACE, coordinator=EME_COORD,
     attendance=[
         ('Alfredo Cienfuegos Rangel', 'Dr.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Director del Centro Regulador de Urgencias Médicas'),
         ('Mónica Tavera Escobedo', 'Dra.', 'Secretaría de Salud de la Ciudad de México', 'SEDESA', IE, 'Subdirectora de Hospitales'),
         ('Raymundo Ocampo Lara', 'Ing.', 'Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano', 'LOCATEL', IE, 'Jefe de Operación 911'),
         ('Daniela Mireles Pastrana', 'Lic.', 'Comisión de Derechos Humanos de la Ciudad de México', 'CDHDF', OT, 'Visitadora adjunta'),
         ('Eduardo Franco Villalpando', 'C.', 'Cruz Ámbar, Socorristas Voluntarios, A.C.', None, SC, 'Coordinador operativo'),
         ('Rosalía Hinojosa Beltrán', 'C.', 'Asociación de Sordos de la Ciudad de México', None, SC, 'Presidenta'),
         ('Teresa Quintero Abad', 'Mtra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Académica de la Facultad de Medicina'),
         EME_SE],
     strategies=[
         S(561, T561,
           [G(*G561_1, ['El tiempo promedio de llegada fue de 31 minutos en Milpa Alta, 27 minutos en Tláhuac y 12 minutos en Cuauhtémoc.']),
            G(*G561_2, None, 'El C5 no presentó informe en esta sesión.')],
           [(31, 'minutos', '561.1', 'fue de 31 minutos en Milpa Alta'),
            (27, 'minutos', '561.1', '27 minutos en Tláhuac'),
            (12, 'minutos', '561.1', '12 minutos en Cuauhtémoc')],
           [('Se reconoce que la Secretaría de Salud cumplió el acuerdo de desagregar por alcaldía.', 'retroalimentacion', '561.1', 'avance', 'SE'),
            ('Sería oportuno que el C5 envíe a una persona con la información, pues no hubo quien presentara.', 'retroalimentacion', '561.2', 'proceso', 'SE')]),
         S(564, T564,
           [G(*G564_1, ['Se capacitó a 540 personas de trabajo social sobre la gratuidad de la atención de urgencias.']),
            G(*G564_2, ['Solo 3 de los 32 hospitales cuentan con intérprete de lengua de señas mexicana, y únicamente en turno matutino.'])],
           [(540, 'personas de trabajo social', '564.1', 'Se capacitó a 540 personas de trabajo social'),
            (3, 'hospitales', '564.2', 'Solo 3 de los 32 hospitales'),
            (32, 'hospitales', '564.2', 'de los 32 hospitales')],
           [('Capacitar al personal contribuye, pero por sí solo no da cumplimiento a la meta mientras sigan los cobros.', 'retroalimentacion', '564.1', 'insuficiente', 'SE'),
            ('La Secretaría señaló que no cuenta con plazas de intérprete en su estructura y que las solicitó a la Secretaría de Administración y Finanzas.', 'observacion', '564.2', 'instancia', 'Mónica Tavera Escobedo'),
            ('Se necesita informar cuántas quejas por cobro hubo después de la capacitación.', 'retroalimentacion', '564.1', 'solicita_datos', 'SE')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva solicitará al C5 designar un enlace permanente ante el Espacio.', [], 'Secretaría Ejecutiva'),
         A('La Secretaría de Salud informará el avance de la solicitud de plazas de intérprete.', [], 'Secretaría de Salud'),
         A('La cuarta sesión ordinaria se realizará el miércoles 10 de agosto de 2022 a las 11:00 horas.', ['2022-08-10'], None, next_session=True)],
     next={'date': '2022-08-10', 'start_time': '11:00', 'end_time': None, 'strategies': []},
     notes='printed acta scanned at 150 dpi grayscale, JPEG, no text layer; one page fed upside down, one sideways')

# ================================================================ V5 acoso (web system .docx with altChunk HTML body; Chromium print view, 2023)
ACO_BODY = 'Derecho de las Mujeres a una Vida Libre de Acoso Sexual en el Transporte y el Espacio Público'
ACO_COORD = ('Itzel Montoya Regalado', 'Coordinadora del Espacio')
ACO_PLACE = 'sesión híbrida: sala de usos múltiples de la Secretaría de las Mujeres y videoconferencia'
T652 = 'Prevenir el acoso sexual en el transporte público masivo'
T655 = 'Garantizar el acceso a la justicia de las mujeres que denuncian acoso sexual en el espacio público'
G652_1 = ('652.1', 'Instalar módulos Viaja Segura en estaciones de alta afluencia del Metro y Metrobús',
          'Número de módulos en operación', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')
G652_2 = ('652.2', 'Capacitar al personal de vigilancia del Metro en atención a víctimas de acoso',
          'Número de personas capacitadas', 'Sistema de Transporte Colectivo Metro', 'STC-METRO')
G655_1 = ('655.1', 'Iniciar carpetas de investigación por acoso sexual sin revictimizar a las denunciantes',
          'Número de carpetas iniciadas y judicializadas', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX')
G655_2 = ('655.2', 'Brindar acompañamiento jurídico a mujeres denunciantes en las Lunas',
          'Número de mujeres acompañadas', 'Secretaría de las Mujeres', 'INMUJERES-CDMX')
ACO_SE = ('Lucía Marcela Ibáñez Corral', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Enlace del Espacio')

acta(stem='blind-v-acoso-04-2023-02-15', layout='V5', esp='acoso',
     body=ACO_BODY, number=4, date='2023-02-15', start='10:00', end='12:30', place=ACO_PLACE, coordinator=ACO_COORD,
     attendance=[
         ('Fernanda Arriola Benavides', 'Mtra.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Directora de Prevención de la Violencia'),
         ('Gustavo Rentería Osuna', 'Lic.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Gerente de Seguridad Institucional'),
         ('Beatriz Anaya Lozoya', 'Lic.', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Fiscal de Investigación de Delitos Sexuales'),
         ('Sonia Carvajal Reyna', 'Lic.', 'Metrobús', 'METROBUS', IE, 'Enlace de Género'),
         ('Valeria Ponce Quiñones', 'C.', 'Observatorio Ciudadano de Movilidad y Género, A.C.', None, SC, 'Directora'),
         ('Renata Solís Magaña', 'C.', 'Colectiva Andar sin Miedo', None, SC, 'Integrante'),
         ('Paola Huerta Cisneros', 'Dra.', 'Universidad Autónoma Metropolitana', 'UAM', OT, 'Profesora investigadora'),
         ACO_SE],
     strategies=[
         S(652, T652,
           [G(*G652_1, ['Operan 34 módulos Viaja Segura en 27 estaciones del Metro y 7 del Metrobús, que en 2022 atendieron 3,915 casos.']),
            G(*G652_2, ['Se capacitó a 1,860 policías auxiliares y bancarios asignados al Metro en protocolo de atención a víctimas.'])],
           [(34, 'módulos viaja segura', '652.1', 'Operan 34 módulos Viaja Segura'),
            (3915, 'casos', '652.1', 'que en 2022 atendieron 3,915 casos'),
            (1860, 'policías auxiliares y bancarios', '652.2', 'Se capacitó a 1,860 policías auxiliares y bancarios')],
           [('El informe aporta datos duros sobre la cobertura de los módulos.', 'retroalimentacion', '652.1', 'avance', 'SE'),
            ('Se requiere saber cuántos de los casos atendidos en los módulos se canalizaron a la Fiscalía.', 'retroalimentacion', '652.1', 'solicita_datos', 'SE'),
            ('Los policías capacitados rotan cada mes; cuestionamos que la capacitación se sostenga sin personal fijo.', 'observacion', '652.2', 'cuestiona', 'Renata Solís Magaña')]),
         S(655, T655,
           [G(*G655_1, ['Se iniciaron 1,204 carpetas de investigación por acoso sexual en transporte y vía pública, de las cuales 96 se judicializaron.']),
            G(*G655_2, None, 'La Secretaría de las Mujeres no presentó informe de la meta 655.2.')],
           [(1204, 'carpetas de investigación', '655.1', 'Se iniciaron 1,204 carpetas de investigación'),
            (96, 'carpetas', '655.1', 'de las cuales 96 se judicializaron')],
           [('La Fiscalía señaló que muchas denunciantes no ratifican porque el agresor ya no está localizable.', 'observacion', '655.1', 'instancia', 'Beatriz Anaya Lozoya'),
            ('Judicializar 96 de 1,204 carpetas no da cuenta de un acceso a la justicia; se pide explicar por qué se archivan.', 'observacion', '655.1', 'cuestiona', 'Valeria Ponce Quiñones')]),
     ],
     agreements=[
         A('El Sistema de Transporte Colectivo informará cuántos casos de los módulos se canalizaron a la Fiscalía.', [], 'Sistema de Transporte Colectivo'),
         A('La Secretaría de las Mujeres entregará el informe de acompañamiento jurídico antes del 3 de marzo de 2023.', ['2023-03-03'], 'Secretaría de las Mujeres'),
         A('La quinta sesión se llevará a cabo el miércoles 22 de marzo de 2023 a las 10:00 horas, en modalidad híbrida.', ['2023-03-22'], None, next_session=True)],
     next={'date': '2023-03-22', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='.docx exported by a web minutes system: the body is an altChunk (an HTML part imported into the document); the PDF is the system print view (Chromium)')

acta(stem='blind-v-acoso-05-2023-03-22', layout='V5', esp='acoso',
     body=ACO_BODY, number=5, date='2023-03-22', start='10:00', end='12:15', place=ACO_PLACE, coordinator=ACO_COORD,
     attendance=[
         ('Fernanda Arriola Benavides', 'Mtra.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Directora de Prevención de la Violencia'),
         ('Gustavo Rentería Osuna', 'Lic.', 'Sistema de Transporte Colectivo Metro', 'STC-METRO', IE, 'Gerente de Seguridad Institucional'),
         ('Beatriz Anaya Lozoya', 'Lic.', 'Fiscalía General de Justicia de la Ciudad de México', 'PGJCDMX', IE, 'Fiscal de Investigación de Delitos Sexuales'),
         ('Marisa Olguín Treviño', 'Lic.', 'Secretaría de las Mujeres', 'INMUJERES-CDMX', IE, 'Coordinadora de las Lunas'),
         ('Valeria Ponce Quiñones', 'C.', 'Observatorio Ciudadano de Movilidad y Género, A.C.', None, SC, 'Directora'),
         ('Renata Solís Magaña', 'C.', 'Colectiva Andar sin Miedo', None, SC, 'Integrante'),
         ACO_SE],
     strategies=[
         S(652, T652,
           [G(*G652_1, ['De los 3,915 casos atendidos en los módulos, 1,088 se canalizaron a la Fiscalía, es decir 27.8 por ciento.']),
            G(*G652_2, None, 'El Sistema de Transporte Colectivo no presentó informe de capacitación en este periodo.')],
           [(3915, 'casos atendidos', '652.1', 'De los 3,915 casos atendidos'),
            (1088, 'casos', '652.1', '1,088 se canalizaron a la Fiscalía'),
            (27.8, 'por ciento', '652.1', 'es decir 27.8 por ciento')],
           [('Se reconoce el cumplimiento del acuerdo sobre la canalización de casos.', 'retroalimentacion', '652.1', 'avance', 'SE'),
            ('Canalizar casos a la Fiscalía corresponde a la estrategia 655 de acceso a la justicia; se recomienda reportarlo en la meta 655.1.', 'retroalimentacion', '652.1', 'reasignar', 'SE')]),
         S(655, T655,
           [G(*G655_1, ['En el bimestre se iniciaron 402 carpetas y se emitieron 38 órdenes de protección.']),
            G(*G655_2, ['Las Lunas acompañaron jurídicamente a 615 mujeres denunciantes de acoso sexual, 212 de ellas hasta la audiencia inicial.'])],
           [(402, 'carpetas', '655.1', 'se iniciaron 402 carpetas'),
            (38, 'órdenes de protección', '655.1', 'se emitieron 38 órdenes de protección'),
            (615, 'mujeres denunciantes', '655.2', 'acompañaron jurídicamente a 615 mujeres denunciantes'),
            (212, 'mujeres', '655.2', '212 de ellas hasta la audiencia inicial')],
           [('Las órdenes de protección no forman parte de la meta, que mide carpetas iniciadas y judicializadas; se recomienda omitirlas.', 'retroalimentacion', '655.1', 'desalineado', 'SE'),
            ('La Secretaría de las Mujeres pidió a la Secretaría Ejecutiva que el formato de informe permita anexar estadística mensual.', 'observacion', '655.2', 'instancia', 'Marisa Olguín Treviño'),
            ('Se exhorta a la Fiscalía a instalar la mesa de revisión de carpetas archivadas que prevé la estrategia.', 'retroalimentacion', '655.1', 'exhorta', 'SE')]),
     ],
     agreements=[
         A('La Fiscalía General de Justicia instalará la mesa de revisión de carpetas archivadas a más tardar el 28 de abril de 2023.', ['2023-04-28'], 'Fiscalía General de Justicia'),
         A('La Secretaría Ejecutiva ajustará el formato de informe para anexar estadística mensual.', [], 'Secretaría Ejecutiva'),
         A('La sexta sesión se llevará a cabo el miércoles 26 de abril de 2023 a las 10:00 horas.', ['2023-04-26'], None, next_session=True)],
     next={'date': '2023-04-26', 'start_time': '10:00', 'end_time': None, 'strategies': []},
     notes='.docx exported by a web minutes system: the body is an altChunk (an HTML part imported into the document); the PDF is the system print view (Chromium)')

# ================================================================ V6 tianguis (checkbox content controls for attendance and report status, 2018)
TIA_BODY = 'Derechos Laborales de las Personas Trabajadoras No Asalariadas en la Vía Pública'
TIA_COORD = ('Héctor Manuel Zepeda Orta', 'Coordinador del Espacio')
TIA_PLACE = 'salón de usos múltiples de la Delegación Cuauhtémoc, Aldama y Mina s/n, colonia Buenavista'
T733 = 'Otorgar certeza jurídica a las personas trabajadoras no asalariadas en el uso de la vía pública'
T736 = 'Ampliar la protección social de las personas comerciantes en vía pública y tianguis'
G733_1 = ('733.1', 'Expedir gafetes y licencias a personas trabajadoras no asalariadas',
          'Número de licencias expedidas', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G733_2 = ('733.2', 'Elaborar un padrón georreferenciado de puestos en vía pública',
          'Padrón publicado', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC')
G736_1 = ('736.1', 'Incorporar a personas comerciantes al seguro de desempleo y a programas de apoyo',
          'Número de personas beneficiarias', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE')
G736_2 = ('736.2', 'Instalar estancias infantiles cercanas a los tianguis y mercados sobre ruedas',
          'Número de estancias instaladas', 'Secretaría de Desarrollo Económico', 'SEDECO')
TIA_SE = ('Óscar Benítez Larios', 'Lic.', SE_CDMX, 'SE-PDHCDMX', SE, 'Relator')

acta(stem='blind-v-tianguis-11-2018-10-16', layout='V6', esp='tianguis',
     body=TIA_BODY, number=11, date='2018-10-16', start='17:00', end='19:15', place=TIA_PLACE, coordinator=TIA_COORD,
     attendance=[
         ('Adela Pineda Ocaranza', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora de Trabajo No Asalariado'),
         ('Sergio Landeros Ibarra', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Subdirector de Mercados y Vía Pública'),
         ('Claudia Rebollo Nieto', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Unidad de Abasto'),
         ('Anselmo Gutiérrez Vela', 'C.', 'Unión de Aseadores de Calzado del Centro Histórico', None, SC, 'Secretario General'),
         ('Petra Luna Cázares', 'C.', 'Asociación de Tianguistas de la Zona Norte, A.C.', None, SC, 'Presidenta'),
         ('Miguel Ángel Orozco Pita', 'C.', 'Mujeres en Empleo Informal: Globalizando y Organizando', None, SC, 'Investigador'),
         ('Susana Reséndiz Amador', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
         TIA_SE],
     strategies=[
         S(733, T733,
           [G(*G733_1, ['Se expidieron 2,315 licencias y gafetes a personas trabajadoras no asalariadas, 1,102 de ellas mujeres.']),
            G(*G733_2, None, 'La Delegación Cuauhtémoc no presentó informe.')],
           [(2315, 'licencias y gafetes', '733.1', 'Se expidieron 2,315 licencias y gafetes'),
            (1102, 'mujeres', '733.1', '1,102 de ellas mujeres')],
           [('El informe permite conocer el avance en la expedición de licencias y su desagregación por sexo.', 'retroalimentacion', '733.1', 'avance', 'SE'),
            ('La Delegación señaló que el padrón lo levanta la Autoridad del Centro Histórico y que no le corresponde elaborarlo.', 'observacion', '733.2', 'instancia', 'Sergio Landeros Ibarra'),
            ('Se exhorta a la Delegación a iniciar el padrón georreferenciado, que es condición para las demás metas.', 'retroalimentacion', '733.2', 'exhorta', 'SE')]),
         S(736, T736,
           [G(*G736_1, ['Recibieron seguro de desempleo 840 personas comerciantes y 415 se incorporaron a cursos de capacitación.']),
            G(*G736_2, ['Se instalaron 2 estancias infantiles junto a los tianguis de Santa Cruz Meyehualco y San Felipe de Jesús, con 60 lugares.'])],
           [(840, 'personas comerciantes', '736.1', 'Recibieron seguro de desempleo 840 personas comerciantes'),
            (415, 'personas', '736.1', '415 se incorporaron a cursos de capacitación'),
            (2, 'estancias infantiles', '736.2', 'Se instalaron 2 estancias infantiles'),
            (60, 'lugares', '736.2', 'con 60 lugares')],
           [('El seguro de desempleo dura seis meses y no es protección social; cuestionamos que se reporte así.', 'observacion', '736.1', 'cuestiona', 'Miguel Ángel Orozco Pita'),
            ('Se necesita informar cuántas niñas y niños de familias tianguistas usan efectivamente las estancias.', 'retroalimentacion', '736.2', 'solicita_datos', 'SE')]),
     ],
     agreements=[
         A('La Secretaría Ejecutiva convocará a la Autoridad del Centro Histórico a la siguiente sesión.', [], 'Secretaría Ejecutiva'),
         A('La Secretaría de Desarrollo Económico informará el uso de las estancias infantiles antes del 9 de noviembre de 2018.', ['2018-11-09'], 'Secretaría de Desarrollo Económico'),
         A('La décima segunda sesión ordinaria se realizará el martes 20 de noviembre de 2018 a las 17:00 horas en este salón.', ['2018-11-20'], None, next_session=True)],
     next={'date': '2018-11-20', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='Word form whose attendance and report status are ticked checkbox content controls (w14:checkbox, ☒ / ☐)')

acta(stem='blind-v-tianguis-12-2018-11-20', layout='V6', esp='tianguis',
     body=TIA_BODY, number=12, date='2018-11-20', start='17:00', end='19:00', place=TIA_PLACE, coordinator=TIA_COORD,
     attendance=[
         ('Adela Pineda Ocaranza', 'Lic.', 'Secretaría de Trabajo y Fomento al Empleo', 'STYFE', IE, 'Directora de Trabajo No Asalariado'),
         ('Sergio Landeros Ibarra', 'Lic.', 'Delegación Cuauhtémoc', 'ALC-CUAUHTEMOC', OT, 'Subdirector de Mercados y Vía Pública'),
         ('Claudia Rebollo Nieto', 'Lic.', 'Secretaría de Desarrollo Económico', 'SEDECO', IE, 'Jefa de Unidad de Abasto'),
         ('Anselmo Gutiérrez Vela', 'C.', 'Unión de Aseadores de Calzado del Centro Histórico', None, SC, 'Secretario General'),
         ('Petra Luna Cázares', 'C.', 'Asociación de Tianguistas de la Zona Norte, A.C.', None, SC, 'Presidenta'),
         ('Miguel Ángel Orozco Pita', 'C.', 'Mujeres en Empleo Informal: Globalizando y Organizando', None, SC, 'Investigador'),
         ('Susana Reséndiz Amador', 'Dra.', 'Universidad Nacional Autónoma de México', 'UNAM', OT, 'Investigadora'),
         TIA_SE],
     strategies=[
         S(733, T733,
           [G(*G733_1, ['En octubre se expidieron 388 licencias más y se renovaron 1,540 gafetes vencidos.']),
            G(*G733_2, ['La Delegación levantó un padrón preliminar de 6,712 puestos en 48 colonias, aún sin georreferenciar.'])],
           [(388, 'licencias', '733.1', 'se expidieron 388 licencias más'),
            (1540, 'gafetes vencidos', '733.1', 'se renovaron 1,540 gafetes vencidos'),
            (6712, 'puestos', '733.2', 'un padrón preliminar de 6,712 puestos'),
            (48, 'colonias', '733.2', 'en 48 colonias')],
           [('Levantar un padrón contribuye, pero por sí solo no da cumplimiento a la meta mientras no esté georreferenciado y publicado.', 'retroalimentacion', '733.2', 'insuficiente', 'SE'),
            ('Los aseadores de calzado no aparecemos en el padrón aunque tenemos gafete desde hace décadas.', 'observacion', '733.2', 'cuestiona', 'Anselmo Gutiérrez Vela')]),
         S(736, T736,
           [G(*G736_1, None, 'La Secretaría de Trabajo no presentó informe por el cierre del ejercicio.'),
            G(*G736_2, ['Las 2 estancias atienden a 47 niñas y niños, de los cuales 29 son hijos de personas tianguistas.'])],
           [(2, 'estancias', '736.2', 'Las 2 estancias'),
            (47, 'niñas y niños', '736.2', 'atienden a 47 niñas y niños'),
            (29, 'hijos de personas tianguistas', '736.2', 'de los cuales 29 son hijos de personas tianguistas')],
           [('Se reconoce el cumplimiento del acuerdo sobre el uso de las estancias.', 'retroalimentacion', '736.2', 'avance', 'SE'),
            ('Es necesario que quien acuda por la Secretaría de Trabajo tenga la información del seguro de desempleo.', 'retroalimentacion', '736.1', 'proceso', 'SE'),
            ('Sería mejor que el indicador mida el número de tianguis con estancia cercana y no el número de estancias.', 'observacion', '736.2', 'diseno_meta', 'Susana Reséndiz Amador')]),
     ],
     agreements=[
         A('La Delegación Cuauhtémoc presentará el padrón georreferenciado en la primera sesión de 2019.', [], 'Delegación Cuauhtémoc'),
         A('La Secretaría de Trabajo y Fomento al Empleo enviará por correo el informe de la meta 736.1.', [], 'Secretaría de Trabajo y Fomento al Empleo'),
         A('La primera sesión ordinaria de 2019 se realizará el martes 22 de enero de 2019 a las 17:00 horas.', ['2019-01-22'], None, next_session=True)],
     next={'date': '2019-01-22', 'start_time': '17:00', 'end_time': None, 'strategies': []},
     notes='Word form whose attendance and report status are ticked checkbox content controls (w14:checkbox, ☒ / ☐)')
