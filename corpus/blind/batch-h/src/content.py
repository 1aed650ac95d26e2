# Content of batch H: each acta once, as a dict; docx/html/gold are rendered from it.
def G(gid, text, ind, ex, key, report=None, figs=()):
    # figs: (value, unit, sentence) -- sentence must be inside report
    return dict(id=gid, text=text, indicator=ind, executor=ex, executor_key=key,
                report=report, figs=list(figs))

def F(text, section, goal, label, who=None):
    return dict(text=text, section=section, goal=goal, label=label, who=who)

def A(text, dates=(), strategies=(), responsible=None, plazo=None, track=None, followup=False):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible, plazo=plazo, track=track, followup=followup)

def P(name, inst, key, sector, title="", post=""):
    return dict(name=name, institution=inst, institution_key=key, sector=sector, title=title, post=post)

ACTAS = []

# ---------------- Layout H1: Seguridad social (Chromium PDF) ----------------
SS = "Derecho a la Seguridad Social"
ACTAS.append(dict(
  stem="blind-h-segsocial-7-2019-03-14", layout="H1", body=SS, number=7, kind="sesión ordinaria",
  date="2019-03-14", date_written="14/03/2019", number_written="No. 07", start_time="10:00", time_written="10:00 hrs.",
  place="Sala de juntas de la Secretaría Ejecutiva, General Prim 4, Col. Centro",
  topic="Revisión de avances de las estrategias 402 y 405",
  objective="Retroalimentar los informes de las instancias ejecutoras sobre las estrategias 402 y 405",
  coordinator=("Mariana Téllez Orozco", "Coordinadora del Espacio de Participación"),
  attendance=[
    P("Héctor Ruiz Valdivia", "STYFE", "STYFE", "instancia_ejecutora"),
    P("Claudia Ibarra Nava", "Secretaría de Inclusión y Bienestar Social", "SIBISO", "instancia_ejecutora"),
    P("Tomás Echeverría Luna", "Caja de Previsión para Trabajadores a Lista de Raya", None, "instancia_ejecutora"),
    P("Patricia Solís Arreola", "SEDESA - Dirección de Promoción de la Salud", "SEDESA", "instancia_ejecutora"),
    P("Rubén Ocampo Mejía", "Red Ciudadana por la Seguridad Social, A.C.", None, "sociedad_civil"),
    P("Itzel Cárdenas Robles", "Colectivo Trabajo Digno", None, "sociedad_civil"),
    P("Fernanda Aguirre Paz", "Secretaría Ejecutiva del MSyE", None, "secretaria_ejecutiva"),
  ],
  strategies=[
    dict(number=402, title="Ampliar la cobertura de la seguridad social a personas trabajadoras no asalariadas",
      goals=[
        G("402.1", "Se incorpora a personas trabajadoras no asalariadas al régimen voluntario de seguridad social.",
          "Número de personas no asalariadas incorporadas al régimen voluntario", "STYFE", "STYFE",
          "Se realizaron 36 jornadas informativas en mercados públicos. Se atendieron 1,254 personas, de las cuales 712 mujeres.",
          [(36, "jornadas", "Se realizaron 36 jornadas informativas en mercados públicos."),
           (1254, "personas", "Se atendieron 1,254 personas, de las cuales 712 mujeres."),
           (712, "mujeres", "Se atendieron 1,254 personas, de las cuales 712 mujeres.")]),
        G("402.2", "Se difunden los derechos de seguridad social entre personas trabajadoras por cuenta propia.",
          "Campañas de difusión realizadas", "Secretaría de Inclusión y Bienestar Social", "SIBISO", None),
      ]),
    dict(number=405, title="Garantizar el acceso a servicios de salud a personas sin seguridad social",
      goals=[
        G("405.1", "Se afilia a personas sin seguridad social a los servicios médicos gratuitos.",
          "Porcentaje de personas afiliadas respecto de la población sin seguridad social", "SEDESA - Dirección de Promoción de la Salud", "SEDESA",
          "Se afiliaron 8,430 personas a los servicios médicos gratuitos durante el periodo.",
          [(8430, "personas", "Se afiliaron 8,430 personas a los servicios médicos gratuitos durante el periodo.")]),
      ]),
  ],
  feedback={402: [
      F("Se reportan datos duros que permiten conocer el alcance de las jornadas informativas.", "retroalimentacion", "402.1", "avance", "Secretaría Ejecutiva"),
      F("Es necesario informar cuántas de las personas atendidas se incorporaron efectivamente al régimen voluntario.", "retroalimentacion", "402.1", "solicita_datos", "Red Ciudadana por la Seguridad Social, A.C."),
      F("Se exhorta a SIBISO a iniciar la campaña de difusión que mandata la meta 402.2.", "observacion", "402.2", "exhorta", "Colectivo Trabajo Digno"),
    ], 405: [
      F("No hay correspondencia entre la meta y el indicador, pues el indicador exige un porcentaje que la meta no define.", "retroalimentacion", "405.1", "diseno_meta", "Secretaría Ejecutiva"),
      F("SEDESA solicita que las recomendaciones se envíen por escrito a la Dirección de Promoción de la Salud.", "observacion", "405.1", "instancia", "SEDESA"),
    ]},
  agreements=[
    A("La próxima sesión se llevará a cabo el 11/04/2019 de 10:00 a 13:00 hrs. para revisar las estrategias 407 y 409.", ["2019-04-11"], [407, 409], "Secretaría Ejecutiva", "11/04/2019"),
    A("SIBISO enviará el cronograma de la campaña de difusión de la meta 402.2.", [], [402], "SIBISO", "Antes de la próxima sesión"),
    A("STYFE desagregará por sexo y alcaldía las cifras de incorporación al régimen voluntario.", [], [402], "STYFE", "Próxima sesión"),
  ],
  next_session=dict(date="2019-04-11", start_time="10:00", end_time="13:00", strategies=[407, 409]),
))
ACTAS.append(dict(
  stem="blind-h-segsocial-8-2019-04-11", layout="H1", body=SS, number=8, kind="sesión ordinaria",
  date="2019-04-11", date_written="11/04/2019", number_written="No. 08", start_time="10:00", time_written="10:00 hrs.",
  place="Sala de juntas de la Secretaría Ejecutiva, General Prim 4, Col. Centro",
  topic="Revisión de avances de las estrategias 407 y 409",
  objective="Retroalimentar los informes de las instancias ejecutoras sobre las estrategias 407 y 409",
  coordinator=("Mariana Téllez Orozco", "Coordinadora del Espacio de Participación"),
  attendance=[
    P("Héctor Ruiz Valdivia", "STYFE", "STYFE", "instancia_ejecutora"),
    P("Ana Lucía Bermúdez", "Instituto de Vivienda de la Ciudad de México", "INVI", "instancia_ejecutora"),
    P("Tomás Echeverría Luna", "Caja de Previsión para Trabajadores a Lista de Raya", None, "instancia_ejecutora"),
    P("Gerardo Pineda Olvera", "Alcaldía Iztapalapa", "ALC-IZTAPALAPA", "otro"),
    P("Rubén Ocampo Mejía", "Red Ciudadana por la Seguridad Social, A.C.", None, "sociedad_civil"),
    P("Leticia Barrón Cruz", "Fundación Pensiones Justas", None, "sociedad_civil"),
    P("Fernanda Aguirre Paz", "Secretaría Ejecutiva del MSyE", None, "secretaria_ejecutiva"),
  ],
  strategies=[
    dict(number=407, title="Fortalecer los esquemas de pensiones de las personas trabajadoras del Gobierno de la Ciudad",
      goals=[
        G("407.1", "Se revisan los esquemas de pensión de las personas trabajadoras eventuales.",
          "Diagnóstico de esquemas de pensión elaborado", "Caja de Previsión para Trabajadores a Lista de Raya", None,
          "Se concluyó la revisión de 214 expedientes de pensión. Se emitieron 57 dictámenes favorables.",
          [(214, "expedientes", "Se concluyó la revisión de 214 expedientes de pensión."),
           (57, "dictámenes", "Se emitieron 57 dictámenes favorables.")]),
        G("407.2", "Se capacita al personal de recursos humanos en materia de seguridad social.",
          "Número de personas servidoras públicas capacitadas", "STYFE", "STYFE",
          "Se impartieron 6 talleres a 148 personas servidoras públicas.",
          [(6, "talleres", "Se impartieron 6 talleres a 148 personas servidoras públicas."),
           (148, "personas", "Se impartieron 6 talleres a 148 personas servidoras públicas.")]),
      ]),
    dict(number=409, title="Incorporar a la seguridad social a personas trabajadoras de las alcaldías",
      goals=[
        G("409.1", "Se regulariza la situación de seguridad social del personal de honorarios de las alcaldías.",
          "Porcentaje de personal de honorarios incorporado", "Alcaldía Iztapalapa", "ALC-IZTAPALAPA", None),
      ]),
  ],
  feedback={407: [
      F("La revisión de expedientes contribuye, pero por sí sola no da cumplimiento a la meta 407.1.", "retroalimentacion", "407.1", "insuficiente", "Secretaría Ejecutiva"),
      F("Los talleres reportados podrían enmarcarse en la estrategia 410, meta 410.1.", "retroalimentacion", "407.2", "reasignar", "Fundación Pensiones Justas"),
    ], 409: [
      F("Sociedad civil cuestiona que la regularización se limite al personal de honorarios y deje fuera al personal eventual.", "observacion", "409.1", "cuestiona", "Red Ciudadana por la Seguridad Social, A.C."),
      F("Sería oportuno convocar a las áreas de administración de las alcaldías a las sesiones del Espacio.", "observacion", "409.1", "proceso", "Secretaría Ejecutiva"),
    ]},
  agreements=[
    A("La próxima sesión se llevará a cabo el 16/05/2019 de 10:00 a 12:30 hrs. para revisar las estrategias 410 y 412.", ["2019-05-16"], [410, 412], "Secretaría Ejecutiva", "16/05/2019"),
    A("La Secretaría Ejecutiva invitará a las áreas de administración de las alcaldías.", [], [409], "Secretaría Ejecutiva", "Inmediato"),
  ],
  next_session=dict(date="2019-05-16", start_time="10:00", end_time="12:30", strategies=[410, 412]),
))

# ---------------- Layout H2: Pueblos y barrios originarios (narrative, LibreOffice PDF) ----------------
PB = "Derechos de los Pueblos y Barrios Originarios"
ACTAS.append(dict(
  stem="blind-h-pueblos-7-2019-12-05", layout="H2", body=PB, number=7, kind="sesión ordinaria",
  date="2019-12-05", date_written="jueves 5 de diciembre del 2019", number_written="Sesión 7/2019", start_time="10:00", time_written="diez horas",
  place="Casa de Cultura de San Gregorio Atlapulco, Alcaldía Xochimilco",
  topic=None, objective="Dar seguimiento a los avances reportados en las estrategias 611 y 614",
  coordinator=("Rosaura Xolalpa Medina", "Coordinadora del Espacio"),
  attendance=[
    P("Adrián Tecpa Morales", "SEPI", "SEPI", "instancia_ejecutora", "Lic.", ""),
    P("Luz María Chavarría", "Alcaldía Xochimilco, Dirección de Pueblos Originarios", "ALC-XOCHIMILCO", "otro", "Mtra.", ""),
    P("Sergio Nava Cortés", "Secretaría de Cultura de la Ciudad de México", "SECULT-CDMX", "instancia_ejecutora", "C.", ""),
    P("Guadalupe Iturbide Ramos", "COPRED", "COPRED", "instancia_ejecutora", "Lic.", ""),
    P("Ernesto Tlacuilo Vargas", "Consejo de Pueblos de Milpa Alta", None, "sociedad_civil", "C.", ""),
    P("Yolotl Flores Xochihua", "Colectivo Calpulli Tecalco", None, "sociedad_civil", "Mtra.", ""),
    P("Daniel Arriaga Soto", "Secretaría Ejecutiva", None, "secretaria_ejecutiva", "Lic.", ""),
  ],
  strategies=[
    dict(number=611, title="Garantizar la consulta previa a los pueblos y barrios originarios",
      goals=[
        G("611.1", "Se elabora el protocolo de consulta previa, libre e informada a pueblos y barrios originarios.",
          "Protocolo publicado en la Gaceta Oficial", "SEPI", "SEPI",
          "La SEPI informó que realizó 14 asambleas comunitarias para construir el protocolo, con la participación de 486 personas de 23 pueblos. El documento se encuentra en revisión jurídica.",
          [(14, "asambleas", "La SEPI informó que realizó 14 asambleas comunitarias para construir el protocolo, con la participación de 486 personas de 23 pueblos."),
           (486, "personas", "La SEPI informó que realizó 14 asambleas comunitarias para construir el protocolo, con la participación de 486 personas de 23 pueblos."),
           (23, "pueblos", "La SEPI informó que realizó 14 asambleas comunitarias para construir el protocolo, con la participación de 486 personas de 23 pueblos.")]),
        G("611.2", "Se capacita a personas servidoras públicas de las alcaldías en el derecho a la consulta.",
          "Número de personas servidoras públicas capacitadas", "Alcaldía Xochimilco, Dirección de Pueblos Originarios", "ALC-XOCHIMILCO", None),
      ]),
    dict(number=614, title="Proteger el patrimonio cultural de los pueblos y barrios originarios",
      goals=[
        G("614.1", "Se registra el patrimonio cultural inmaterial de los pueblos originarios.",
          "Número de expresiones culturales registradas", "Secretaría de Cultura de la Ciudad de México", "SECULT-CDMX",
          "Se integraron al registro 37 expresiones culturales, entre ellas 12 fiestas patronales. Se apoyó a 9 mayordomías con recursos del programa.",
          [(37, "expresiones culturales", "Se integraron al registro 37 expresiones culturales, entre ellas 12 fiestas patronales."),
           (12, "fiestas patronales", "Se integraron al registro 37 expresiones culturales, entre ellas 12 fiestas patronales."),
           (9, "mayordomías", "Se apoyó a 9 mayordomías con recursos del programa.")]),
      ]),
  ],
  not_reported_sentence={"611.2": "La Alcaldía Xochimilco no remitió información respecto de la meta 611.2."},
  feedback={611: [
      F("El C. Ernesto Tlacuilo Vargas (Consejo de Pueblos de Milpa Alta) cuestionó que el protocolo se construya sin la participación de las autoridades tradicionales de los pueblos de Milpa Alta.", "retroalimentacion", "611.1", "cuestiona"),
      F("La Secretaría Ejecutiva señaló que es necesario informar el número de asambleas realizadas en cada alcaldía y las fechas en que se llevaron a cabo.", "retroalimentacion", "611.1", "solicita_datos"),
      F("La Mtra. Yolotl Flores Xochihua (Colectivo Calpulli Tecalco) exhortó a la Alcaldía Xochimilco a iniciar la capacitación de su personal.", "retroalimentacion", "611.2", "exhorta"),
    ], 614: [
      F("La Secretaría Ejecutiva reconoció que se reportan datos duros que permiten conocer el avance del registro.", "retroalimentacion", "614.1", "avance"),
      F("El C. Sergio Nava Cortés (Secretaría de Cultura) refirió que el apoyo a mayordomías no le correspondería a su dependencia sino a la SEPI.", "retroalimentacion", "614.1", "instancia"),
    ]},
  agreements=[
    A("La siguiente sesión se realizará el jueves 16 de enero de 2020, de 10:00 a 13:00 horas, en la que se revisarán las estrategias 616 y 618.", ["2020-01-16"], [616, 618]),
    A("La SEPI compartirá con el Espacio la versión preliminar del protocolo de consulta.", [], [611], "SEPI"),
    A("La Secretaría Ejecutiva convocará a la Dirección de Pueblos Originarios de la Alcaldía Milpa Alta.", [], [], "Secretaría Ejecutiva", track=("Tláhuac", "Milpa Alta")),
  ],
  next_session=dict(date="2020-01-16", start_time="10:00", end_time="13:00", strategies=[616, 618]),
))
ACTAS.append(dict(
  stem="blind-h-pueblos-1-2020-01-16", layout="H2", body=PB, number=1, kind="sesión ordinaria",
  date="2020-01-16", date_written="jueves 16 de enero del 2020", number_written="Sesión 1/2020", start_time="10:15", time_written="diez horas con quince minutos",
  place="Casa de Cultura de San Gregorio Atlapulco, Alcaldía Xochimilco",
  topic=None, objective="Dar seguimiento a los avances reportados en las estrategias 616 y 618",
  coordinator=("Rosaura Xolalpa Medina", "Coordinadora del Espacio"),
  attendance=[
    P("Adrián Tecpa Morales", "SEPI", "SEPI", "instancia_ejecutora", "Lic.", ""),
    P("Ricardo Amaro Jiménez", "Alcaldía Milpa Alta, Dirección de Pueblos Originarios", "ALC-MILPA-ALTA", "otro", "Ing.", ""),
    P("Marisol Ventura Díaz", "SEDEMA", "SEDEMA", "instancia_ejecutora", "Biól.", ""),
    P("Ernesto Tlacuilo Vargas", "Consejo de Pueblos de Milpa Alta", None, "sociedad_civil", "C.", ""),
    P("Yolotl Flores Xochihua", "Colectivo Calpulli Tecalco", None, "sociedad_civil", "Mtra.", ""),
    P("Ofelia Campos Rangel", "Unión de Ejidatarios de San Andrés Totoltepec", None, "sociedad_civil", "C.", ""),
    P("Daniel Arriaga Soto", "Secretaría Ejecutiva", None, "secretaria_ejecutiva", "Lic.", ""),
  ],
  strategies=[
    dict(number=616, title="Reconocer la propiedad social de la tierra de los pueblos originarios",
      goals=[
        G("616.1", "Se acompaña a núcleos agrarios en la defensa de su territorio.",
          "Número de núcleos agrarios acompañados", "Alcaldía Milpa Alta, Dirección de Pueblos Originarios", "ALC-MILPA-ALTA",
          "Se brindó asesoría jurídica a 8 núcleos agrarios y se atendieron 146 solicitudes de información.",
          [(8, "núcleos agrarios", "Se brindó asesoría jurídica a 8 núcleos agrarios y se atendieron 146 solicitudes de información."),
           (146, "solicitudes", "Se brindó asesoría jurídica a 8 núcleos agrarios y se atendieron 146 solicitudes de información.")]),
      ]),
    dict(number=618, title="Conservar los ecosistemas de suelo de conservación en territorio de los pueblos",
      goals=[
        G("618.1", "Se otorgan apoyos para la conservación de los servicios ambientales en suelo de conservación.",
          "Hectáreas con pago por servicios ambientales", "SEDEMA", "SEDEMA",
          "Se otorgaron apoyos a 52 grupos comunitarios que vigilan 3,215 hectáreas de bosque.",
          [(52, "grupos comunitarios", "Se otorgaron apoyos a 52 grupos comunitarios que vigilan 3,215 hectáreas de bosque."),
           (3215, "hectáreas", "Se otorgaron apoyos a 52 grupos comunitarios que vigilan 3,215 hectáreas de bosque.")]),
        G("618.2", "Se restauran zonas de suelo de conservación afectadas por incendios.", "Hectáreas restauradas", "SEDEMA", "SEDEMA", None),
      ]),
  ],
  not_reported_sentence={"618.2": "La SEDEMA no remitió información respecto de la meta 618.2."},
  feedback={616: [
      F("La Mtra. Yolotl Flores Xochihua (Colectivo Calpulli Tecalco) señaló que la asesoría jurídica, por sí sola, no da cumplimiento a la meta de defensa del territorio.", "retroalimentacion", "616.1", "insuficiente"),
      F("La Secretaría Ejecutiva indicó que las solicitudes de información reportadas no coinciden con la meta y recomendó omitirlas.", "retroalimentacion", "616.1", "desalineado"),
    ], 618: [
      F("La C. Ofelia Campos Rangel (Unión de Ejidatarios de San Andrés Totoltepec) propuso que quien acuda a las sesiones por parte de SEDEMA cuente con la información de las dos metas.", "retroalimentacion", "618.2", "proceso"),
      F("La Secretaría Ejecutiva observó que las acciones de restauración pueden estar enmarcadas en la estrategia 620, meta 620.1.", "retroalimentacion", "618.2", "reasignar"),
    ]},
  agreements=[
    A("SEDEMA enviará la información de la meta 618.2 a más tardar el 31 de enero.", ["2020-01-31"], [618], "SEDEMA"),
    A("La siguiente sesión tendrá lugar el jueves veinte de febrero a las diez horas; se revisarán las estrategias 620 y 621.", ["2020-02-20"], [620, 621]),
  ],
  next_session=dict(date="2020-02-20", start_time="10:00", end_time=None, strategies=[620, 621]),
))

# ---------------- Layout H3: Gestión integral de riesgos (two columns, title in page header, LibreOffice PDF) ----------------
PC = "Gestión Integral de Riesgos y Protección Civil"
ACTAS.append(dict(
  stem="blind-h-riesgos-12-2019-12-04", layout="H3", body=PC, number=12, kind="sesión ordinaria",
  date="2019-12-04", date_written="4-dic-19", number_written="12", start_time="09:30", time_written="9:30\u00a0h",
  place="Centro de Comando C5, Av. Cuauhtémoc, sala 2", topic=None, objective=None,
  coordinator=("Jorge Almanza Tirado", "Coordinador del Espacio de Participación"),
  footnote="El acta fue circulada por correo electrónico a las personas asistentes para sus comentarios.",
  attendance=[
    P("Laura Méndez Ríos", "Secretaría de Gestión Integral de Riesgos y Protección Civil", "SGIRPC", "instancia_ejecutora", "Arq.", "Directora de Análisis de Riesgos"),
    P("Óscar Villalpando Ruiz", "Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano", None, "instancia_ejecutora", "Ing.", "Subdirector de Alertamiento"),
    P("Norma Estrada Lugo", "Alcaldía Tlalpan", "ALC-TLALPAN", "otro", "Lic.", "Jefa de Unidad de Protección Civil"),
    P("Raúl Figueroa Campos", "Brigada Vecinal Sismo 19S", None, "sociedad_civil", "C.", "Vocero"),
    P("Silvia Ordaz Peña", "Red de Comités de Prevención Comunitaria, A.C.", None, "sociedad_civil", "Dra.", "Presidenta"),
    P("Karla Zúñiga Beltrán", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX", None, "secretaria_ejecutiva", "Mtra.", "Enlace del Espacio"),
  ],
  strategies=[
    dict(number=703, title="Fortalecer la cultura de la prevención y la autoprotección",
      goals=[
        G("703.1", "Se capacita a la población en materia de autoprotección ante sismos.", "Número de personas capacitadas por año",
          "Secretaría de Gestión Integral de Riesgos y Protección Civil", "SGIRPC",
          "Se reportaron las siguientes acciones: Se impartieron 24 cursos de primeros auxilios. Se capacitó a 2,380 personas, de las cuales 1,402 mujeres. Se integraron 65 brigadas vecinales.",
          [(24, "cursos", "Se impartieron 24 cursos de primeros auxilios."),
           (2380, "personas", "Se capacitó a 2,380 personas, de las cuales 1,402 mujeres."),
           (1402, "mujeres", "Se capacitó a 2,380 personas, de las cuales 1,402 mujeres."),
           (65, "brigadas", "Se integraron 65 brigadas vecinales.")]),
        G("703.2", "Se realizan simulacros en unidades habitacionales de alto riesgo.", "Número de simulacros realizados", "Alcaldía Tlalpan", "ALC-TLALPAN", None),
      ]),
    dict(number=706, title="Ampliar la cobertura del sistema de alerta sísmica",
      goals=[
        G("706.1", "Se instalan altavoces del sistema de alerta sísmica en colonias sin cobertura.", "Número de altavoces instalados",
          "C5 - Subdirección de Alertamiento", None,
          "Se reportaron las siguientes acciones: Se instalaron 310 altavoces en 41 colonias. Se realizaron 12 pruebas de audio.",
          [(310, "altavoces", "Se instalaron 310 altavoces en 41 colonias."),
           (41, "colonias", "Se instalaron 310 altavoces en 41 colonias."),
           (12, "pruebas", "Se realizaron 12 pruebas de audio.")]),
      ]),
  ],
  feedback={703: [
      F("Es necesario que se reporten los lugares y las fechas de los cursos, así como el número de brigadas por alcaldía.", "observacion", "703.1", "solicita_datos"),
      F("Se recomienda a la Alcaldía Tlalpan establecer el programa anual de simulacros que mandata la meta.", "observacion", "703.2", "exhorta"),
    ], 706: [
      F("Se reconoce el avance en la instalación de altavoces, con datos que permiten conocer la cobertura.", "observacion", "706.1", "avance"),
      F("El indicador no permite medir la cobertura de la población, solo el número de equipos.", "observacion", "706.1", "diseno_meta"),
    ]},
  followups=[("Acuerdo 3 de la sesión 11: SGIRPC enviará el padrón de brigadas.", "Cumplido"), ("Acuerdo 4 de la sesión 11: C5 presentará el mapa de cobertura.", "En proceso")],
  agreements=[
    A("La próxima sesión será el miércoles 15 de enero de 2020 a las 9:30 horas; se revisarán las estrategias 708 y 710.", ["2020-01-15"], [708, 710]),
    A("C5 presentará el mapa de cobertura de altavoces por colonia.", [], [706], "C5"),
  ],
  next_session=dict(date="2020-01-15", start_time="09:30", end_time=None, strategies=[708, 710]),
))
ACTAS.append(dict(
  stem="blind-h-riesgos-13-2020-01-15", layout="H3", body=PC, number=13, kind="sesión ordinaria",
  date="2020-01-15", date_written="15-ene-20", number_written="13", start_time="09:30", time_written="9:30\u00a0h",
  place="Centro de Comando C5, Av. Cuauhtémoc, sala 2", topic=None, objective=None,
  coordinator=("Jorge Almanza Tirado", "Coordinador del Espacio de Participación"),
  footnote="Se contó con la presencia de dos personas observadoras de la CDHCDMX.",
  attendance=[
    P("Laura Méndez Ríos", "Secretaría de Gestión Integral de Riesgos y Protección Civil", "SGIRPC", "instancia_ejecutora", "Arq.", "Directora de Análisis de Riesgos"),
    P("Julián Carrasco Ibáñez", "Instituto para la Seguridad de las Construcciones", "ISC", "instancia_ejecutora", "Ing.", "Director de Dictaminación"),
    P("Mónica Serrano Aldama", "Secretaría de Obras y Servicios", "SOBSE", "instancia_ejecutora", "Ing.", "Enlace"),
    P("Raúl Figueroa Campos", "Brigada Vecinal Sismo 19S", None, "sociedad_civil", "C.", "Vocero"),
    P("Eduardo Lara Quintero", "Damnificados Unidos de la Ciudad de México", None, "sociedad_civil", "C.", "Integrante"),
    P("Karla Zúñiga Beltrán", "Secretaría Ejecutiva del Mecanismo de Seguimiento y Evaluación del PDHCDMX", None, "secretaria_ejecutiva", "Mtra.", "Enlace del Espacio"),
  ],
  strategies=[
    dict(number=708, title="Garantizar la seguridad estructural de las edificaciones",
      goals=[
        G("708.1", "Se emiten dictámenes de seguridad estructural de inmuebles afectados.", "Número de dictámenes emitidos",
          "Instituto para la Seguridad de las Construcciones", "ISC",
          "Se reportaron las siguientes acciones: Se emitieron 1,127 dictámenes estructurales. Se identificaron 96 inmuebles de alto riesgo.",
          [(1127, "dictámenes", "Se emitieron 1,127 dictámenes estructurales."),
           (96, "inmuebles", "Se identificaron 96 inmuebles de alto riesgo.")]),
      ]),
    dict(number=710, title="Reconstruir la vivienda afectada por el sismo",
      goals=[
        G("710.1", "Se rehabilitan viviendas multifamiliares dañadas.", "Número de viviendas rehabilitadas", "Secretaría de Obras y Servicios", "SOBSE", None),
        G("710.2", "Se otorgan apoyos de renta a familias damnificadas.", "Número de familias con apoyo de renta", "SGIRPC - Comisión para la Reconstrucción", "SGIRPC", None),
      ]),
  ],
  feedback={708: [
      F("Los dictámenes contribuyen a la meta, pero por sí solos no dan cumplimiento a la seguridad estructural de los inmuebles.", "observacion", "708.1", "insuficiente"),
      F("Sociedad civil cuestiona que los inmuebles de alto riesgo sigan habitados sin una alternativa de vivienda.", "observacion", "708.1", "cuestiona"),
    ], 710: [
      F("SOBSE refiere que la rehabilitación de viviendas no le correspondería, pues está a cargo de la Comisión para la Reconstrucción.", "observacion", "710.1", "instancia"),
      F("Es necesario que a las sesiones acudan las áreas que ejecutan la reconstrucción.", "observacion", "710.2", "proceso"),
    ]},
  followups=[("Acuerdo 2 de la sesión 12: C5 presentará el mapa de cobertura de altavoces por colonia.", "Cumplido")],
  agreements=[
    A("La Secretaría Ejecutiva invitará a la Comisión para la Reconstrucción a la próxima sesión.", [], [710], "Secretaría Ejecutiva"),
    A("Próxima sesión: 12-feb-20, 9:30 a 12:00 h, estrategias 712 y 713.", ["2020-02-12"], [712, 713]),
  ],
  next_session=dict(date="2020-02-12", start_time="09:30", end_time="12:00", strategies=[712, 713]),
))

# ---------------- Layout H4: Personas trabajadoras del hogar (cover page, landscape matrix, signature annex) ----------------
TH = "Derechos de las Personas Trabajadoras del Hogar"
ACTAS.append(dict(
  stem="blind-h-hogar-15-2020-03-12", layout="H4", body=TH, number=15, kind="sesión ordinaria",
  date="2020-03-12", date_written="a los doce días del mes de marzo de dos mil veinte", number_written="XV", start_time="11:00", time_written="11:00 horas",
  place="Auditorio de la STyFE, Calle San Antonio Abad 32, Col. Tránsito", topic=None, objective=None,
  coordinator=("Marcelina Bautista Cruz", "Coordinadora del Espacio de Participación"),
  attendance=[
    P("Alejandra Domínguez Paredes", "STyFE - Dirección de Inspección del Trabajo", "STYFE", "instancia_ejecutora", "Lic.", "Directora de Inspección del Trabajo"),
    P("Iván Romero Gallardo", "Junta Local de Conciliación y Arbitraje", "JLCA", "instancia_ejecutora", "Lic.", "Auxiliar jurídico"),
    P("Berenice Solano Acosta", "SEMUJERES", "INMUJERES-CDMX", "instancia_ejecutora", "Mtra.", "Subdirectora"),
    P("Juana Hernández Ojeda", "Sindicato Nacional de Trabajadores y Trabajadoras del Hogar", None, "sociedad_civil", "C.", "Secretaria General"),
    P("Elvira Mendoza Trejo", "Centro de Apoyo y Capacitación para Empleadas del Hogar, A.C.", None, "sociedad_civil", "C.", "Promotora"),
    P("Paulina Gómez Rosales", "Secretaría Ejecutiva", None, "secretaria_ejecutiva", "Lic.", "Enlace"),
  ],
  strategies=[
    dict(number=452, title="Promover la formalización del trabajo del hogar",
      goals=[
        G("452.1", "Se difunden los derechos laborales de las personas trabajadoras del hogar.", "Número de acciones de difusión", "STyFE - Dirección de Inspección del Trabajo", "STYFE",
          "Se distribuyeron 15,000 cartillas de derechos y se realizaron 18 ferias informativas.",
          [(15000, "cartillas", "Se distribuyeron 15,000 cartillas de derechos y se realizaron 18 ferias informativas."),
           (18, "ferias", "Se distribuyeron 15,000 cartillas de derechos y se realizaron 18 ferias informativas.")]),
        G("452.2", "Se elabora un modelo de contrato por escrito para el trabajo del hogar.", "Modelo de contrato publicado", "Junta Local de Conciliación y Arbitraje", "JLCA", None),
        G("452.3", "Se brinda asesoría jurídica gratuita a personas trabajadoras del hogar.", "Número de asesorías brindadas", "SEMUJERES", "INMUJERES-CDMX",
          "Se brindaron 327 asesorías jurídicas, de las cuales 41 derivaron en demandas laborales.",
          [(327, "asesorías", "Se brindaron 327 asesorías jurídicas, de las cuales 41 derivaron en demandas laborales."),
           (41, "demandas", "Se brindaron 327 asesorías jurídicas, de las cuales 41 derivaron en demandas laborales.")]),
      ]),
  ],
  feedback={452: [
      F("Se requiere conocer en qué alcaldías se distribuyeron las cartillas y cuántas personas asistieron a las ferias.", "retroalimentacion", "452.1", "solicita_datos"),
      F("La Junta Local debe iniciar la elaboración del modelo de contrato, que es el centro de la estrategia.", "retroalimentacion", "452.2", "exhorta"),
      F("Las asesorías se reportan con datos duros y dan cuenta de un avance real.", "retroalimentacion", "452.3", "avance"),
    ]},
  agreements=[
    A("La sesión XVI se celebrará el 23 de abril de 2020 de 11:00 a 14:00 horas y se revisará la estrategia 455.", ["2020-04-23"], [455], "Secretaría Ejecutiva"),
    A("La JLCA presentará un cronograma para el modelo de contrato.", [], [452], "JLCA"),
  ],
  next_session=dict(date="2020-04-23", start_time="11:00", end_time="14:00", strategies=[455]),
))
ACTAS.append(dict(
  stem="blind-h-hogar-16-2020-04-23", layout="H4", body=TH, number=16, kind="sesión ordinaria",
  date="2020-04-23", date_written="a los veintitrés días del mes de abril de dos mil veinte", number_written="XVI", start_time="11:00", time_written="11:00 horas",
  place="Auditorio de la STyFE, Calle San Antonio Abad 32, Col. Tránsito", topic=None, objective=None,
  coordinator=("Marcelina Bautista Cruz", "Coordinadora del Espacio de Participación"),
  attendance=[
    P("Alejandra Domínguez Paredes", "STyFE - Dirección de Inspección del Trabajo", "STYFE", "instancia_ejecutora", "Lic.", "Directora de Inspección del Trabajo"),
    P("Fabián Orozco Lima", "Secretaría de Inclusión y Bienestar Social", "SIBISO", "instancia_ejecutora", "Lic.", "Jefe de Unidad"),
    P("Juana Hernández Ojeda", "Sindicato Nacional de Trabajadores y Trabajadoras del Hogar", None, "sociedad_civil", "C.", "Secretaria General"),
    P("Rocío Aguilar Benítez", "Hogar Justo Hogar, A.C.", None, "sociedad_civil", "Mtra.", "Directora"),
    P("Paulina Gómez Rosales", "Secretaría Ejecutiva", None, "secretaria_ejecutiva", "Lic.", "Enlace"),
  ],
  strategies=[
    dict(number=455, title="Incorporar a las personas trabajadoras del hogar a programas sociales",
      goals=[
        G("455.1", "Se incorpora a personas trabajadoras del hogar al seguro de desempleo.", "Número de personas beneficiarias", "STyFE - Dirección de Inspección del Trabajo", "STYFE",
          "Se incorporaron 1,836 personas trabajadoras del hogar al seguro de desempleo.",
          [(1836, "personas", "Se incorporaron 1,836 personas trabajadoras del hogar al seguro de desempleo.")]),
        G("455.2", "Se otorgan apoyos alimentarios a personas trabajadoras del hogar en situación de vulnerabilidad.", "Número de apoyos otorgados", "Secretaría de Inclusión y Bienestar Social", "SIBISO",
          "Se entregaron 2,500 despensas en 9 alcaldías.",
          [(2500, "despensas", "Se entregaron 2,500 despensas en 9 alcaldías."),
           (9, "alcaldías", "Se entregaron 2,500 despensas en 9 alcaldías.")]),
      ]),
  ],
  feedback={455: [
      F("El seguro de desempleo contribuye, pero por sí solo no da cumplimiento a la incorporación a la seguridad social.", "retroalimentacion", "455.1", "insuficiente"),
      F("Las despensas no coinciden con la meta, que habla de programas sociales permanentes.", "retroalimentacion", "455.2", "desalineado"),
    ]},
  agreements=[
    A("SIBISO informará el padrón de personas beneficiarias desagregado por alcaldía.", [], [455], "SIBISO"),
    A("Se convoca a la sesión XVII para el jueves 28 de mayo de 2020, 11:00 horas; se revisará la estrategia 458.", ["2020-05-28"], [458], "Secretaría Ejecutiva"),
  ],
  next_session=dict(date="2020-05-28", start_time="11:00", end_time=None, strategies=[458]),
))

# ---------------- Layout H5: Salud mental (minuta, borderless attendance grid, nested ficha tables) ----------------
SM = "Derecho a la Salud Mental"
ACTAS.append(dict(
  stem="blind-h-saludmental-3-2020-02-06", layout="H5", body=SM, number=3, kind="sesión ordinaria",
  date="2020-02-06", date_written="6 de febrero de 2020", number_written="3", start_time="16:00", time_written="16:00 a 18:00 h",
  place="Hospital Psiquiátrico Fray Bernardino Álvarez, aula 4", topic=None, objective=None,
  coordinator=("Gabriela Cisneros Olmedo", "Coordinadora"),
  attendance=[
    P("Víctor Hugo Salas", "SEDESA", "SEDESA", "instancia_ejecutora"),
    P("Ana Karen Lozano", "IAPA", "IAPA", "instancia_ejecutora"),
    P("Mauricio Bravo Esquivel", "Instituto de Salud Mental Comunitaria", None, "instancia_ejecutora"),
    P("Teresa Galindo Ruiz", "Voz Pro Salud Mental CDMX", None, "sociedad_civil"),
    P("Pablo Ugalde Serna", "Colectivo Locura Digna", None, "sociedad_civil"),
    P("Irene Castañeda Mora", "Secretaría Ejecutiva", None, "secretaria_ejecutiva"),
  ],
  strategies=[
    dict(number=218, title="Fortalecer la atención comunitaria en salud mental",
      goals=[
        G("218.1", "Se instalan módulos de atención psicológica en centros de salud.", "Número de módulos instalados", "SEDESA", "SEDESA",
          "Se instalaron 28 módulos y se otorgaron 4,615 consultas psicológicas.",
          [(28, "módulos", "Se instalaron 28 módulos y se otorgaron 4,615 consultas psicológicas."),
           (4615, "consultas", "Se instalaron 28 módulos y se otorgaron 4,615 consultas psicológicas.")]),
        G("218.2", "Se capacita a personal de primer nivel en detección de riesgo suicida.", "Número de personas capacitadas", "Instituto de Salud Mental Comunitaria", None, None),
      ]),
    dict(number=221, title="Prevenir el consumo problemático de sustancias",
      goals=[
        G("221.1", "Se realizan talleres de prevención en escuelas de nivel medio superior.", "Número de talleres realizados", "IAPA", "IAPA",
          "Se realizaron 93 talleres con 2,790 estudiantes.",
          [(93, "talleres", "Se realizaron 93 talleres con 2,790 estudiantes."),
           (2790, "estudiantes", "Se realizaron 93 talleres con 2,790 estudiantes.")]),
      ]),
  ],
  feedback={218: [
      F("Se solicita informar cuántas personas fueron referidas a segundo nivel.", "retroalimentacion", "218.1", "solicita_datos"),
      F("Es necesario que el Instituto comience la capacitación en detección de riesgo suicida.", "retroalimentacion", "218.2", "exhorta"),
    ], 221: [
      F("Los talleres pueden estar enmarcadas en la estrategia 224, meta 224.1.", "retroalimentacion", "221.1", "reasignar"),
    ]},
  followups=[("IAPA enviará el calendario de talleres.", "Seguimiento: cumplido")],
  agreements=[
    A("Reunirse nuevamente el 5 de marzo de 2020 de 16:00 a 18:00 h para revisar las estrategias 224 y 226.", ["2020-03-05"], [224, 226], "Todas las personas integrantes"),
    A("SEDESA presentará el número de personas referidas a segundo nivel.", [], [218], "SEDESA"),
  ],
  next_session=dict(date="2020-03-05", start_time="16:00", end_time="18:00", strategies=[224, 226]),
))
ACTAS.append(dict(
  stem="blind-h-saludmental-4-2020-03-05", layout="H5", body=SM, number=4, kind="sesión ordinaria",
  date="2020-03-05", date_written="5 de marzo de 2020", number_written="4", start_time="16:00", time_written="16:00 a 18:00 h",
  place="Hospital Psiquiátrico Fray Bernardino Álvarez, aula 4", topic=None, objective=None,
  coordinator=("Gabriela Cisneros Olmedo", "Coordinadora"),
  attendance=[
    P("Víctor Hugo Salas", "SEDESA", "SEDESA", "instancia_ejecutora"),
    P("Ana Karen Lozano", "IAPA", "IAPA", "instancia_ejecutora"),
    P("Lorena Patiño Gil", "Secretaría de Educación, Ciencia, Tecnología e Innovación", None, "instancia_ejecutora"),
    P("Teresa Galindo Ruiz", "Voz Pro Salud Mental CDMX", None, "sociedad_civil"),
    P("Irene Castañeda Mora", "Secretaría Ejecutiva", None, "secretaria_ejecutiva"),
  ],
  strategies=[
    dict(number=224, title="Promover la salud mental en el ámbito escolar",
      goals=[
        G("224.1", "Se integran contenidos de salud mental en programas escolares.", "Número de planteles con contenidos integrados", "Secretaría de Educación, Ciencia, Tecnología e Innovación", None,
          "Se integraron contenidos en 17 planteles y se formó a 212 docentes.",
          [(17, "planteles", "Se integraron contenidos en 17 planteles y se formó a 212 docentes."),
           (212, "docentes", "Se integraron contenidos en 17 planteles y se formó a 212 docentes.")]),
      ]),
    dict(number=226, title="Garantizar la atención en crisis",
      goals=[
        G("226.1", "Se opera una línea de atención en crisis las 24 horas.", "Llamadas atendidas", "IAPA", "IAPA", None),
      ]),
  ],
  feedback={224: [
      F("Se reconoce el avance con datos duros sobre planteles y docentes.", "retroalimentacion", "224.1", "avance"),
    ], 226: [
      F("IAPA menciona que la línea depende de LOCATEL y solicita que se le convoque.", "retroalimentacion", "226.1", "instancia"),
    ]},
  followups=[("SEDESA presentará el número de personas referidas a segundo nivel.", "Seguimiento: pendiente")],
  agreements=[
    A("La Secretaría Ejecutiva convocará a LOCATEL a la próxima reunión.", [], [226], "Secretaría Ejecutiva"),
    A("Reunirse nuevamente el 2 de abril de 2020, 16:00 h, para revisar la estrategia 229.", ["2020-04-02"], [229], "Todas las personas integrantes"),
  ],
  next_session=dict(date="2020-04-02", start_time="16:00", end_time=None, strategies=[229]),
))

# ---------------- Layout H6: Personas refugiadas (ordinal-word title, sector-row attendance table, goal table with "Sin información") ----------------
PR = "Derechos de las Personas Refugiadas y Solicitantes de Asilo"
for (num, word, date, dw, nxt, nxtw, strat, goals, fb, people) in [
  (1, "PRIMERA", "2020-02-11", "martes 11 de febrero del 2020", "2020-03-10", "el martes 10 de marzo, a las 12:00 horas", 
   dict(number=812, title="Facilitar el acceso a documentos de identidad a personas refugiadas"),
   [G("812.1", "Se expide la constancia de residencia a personas refugiadas.", "Número de constancias expedidas", "SEPI - Dirección de Atención a Huéspedes", "SEPI",
      "Se expidieron 642 constancias de residencia y se orientó a 1,318 personas solicitantes de asilo.",
      [(642, "constancias", "Se expidieron 642 constancias de residencia y se orientó a 1,318 personas solicitantes de asilo."),
       (1318, "personas", "Se expidieron 642 constancias de residencia y se orientó a 1,318 personas solicitantes de asilo.")]),
    G("812.2", "Se inscribe a personas refugiadas en el registro civil local.", "Número de inscripciones", "Consejería Jurídica y de Servicios Legales", "CEJUR", None)],
   [F("Se requiere desagregar las orientaciones por país de origen y sexo.", "observacion", "812.1", "solicita_datos"),
    F("Sociedad civil cuestiona que la constancia se condicione a un comprobante de domicilio.", "observacion", "812.1", "cuestiona"),
    F("Se exhorta a la Consejería a establecer el procedimiento de inscripción.", "observacion", "812.2", "exhorta")],
   [P("Oscar Paredes Lima", "SEPI - Dirección de Atención a Huéspedes", "SEPI", "instancia_ejecutora"),
    P("Diana Quiroz Beltrán", "Consejería Jurídica y de Servicios Legales", "CEJUR", "instancia_ejecutora"),
    P("Samuel Okafor", "Casa Refugiados, A.C.", None, "sociedad_civil"),
    P("María José Landa", "Sin Fronteras IAP", None, "sociedad_civil"),
    P("Tania Robledo Cano", "Secretaría Ejecutiva", None, "secretaria_ejecutiva")]),
  (2, "SEGUNDA", "2020-03-10", "martes 10 de marzo del 2020", "2020-04-14", "el martes 14 de abril, a las 12:00 horas",
   dict(number=815, title="Promover la inclusión laboral de personas refugiadas"),
   [G("815.1", "Se vincula a personas refugiadas con ofertas de empleo formal.", "Número de personas colocadas", "STyFE", "STYFE",
      "Se realizaron 4 ferias de empleo; se colocó a 187 personas refugiadas.",
      [(4, "ferias", "Se realizaron 4 ferias de empleo; se colocó a 187 personas refugiadas."),
       (187, "personas", "Se realizaron 4 ferias de empleo; se colocó a 187 personas refugiadas.")]),
    G("815.2", "Se revalidan estudios de personas refugiadas.", "Número de revalidaciones", "SECTEI", None, None)],
   [F("El reporte de ferias se presenta con datos que permiten conocer el avance.", "observacion", "815.1", "avance"),
    F("La revalidación de estudios corresponde a la estrategia 817, meta 817.2.", "observacion", "815.2", "reasignar")],
   [P("Hilda Romo Espinosa", "STyFE", "STYFE", "instancia_ejecutora"),
    P("Oscar Paredes Lima", "SEPI - Dirección de Atención a Huéspedes", "SEPI", "instancia_ejecutora"),
    P("Samuel Okafor", "Casa Refugiados, A.C.", None, "sociedad_civil"),
    P("Tania Robledo Cano", "Secretaría Ejecutiva", None, "secretaria_ejecutiva")]),
]:
    strat['goals'] = goals
    ACTAS.append(dict(
      stem=f"blind-h-refugio-{num}-{date}", layout="H6", body=PR, number=num, kind="sesión ordinaria",
      date=date, date_written=dw, number_written=word, start_time="12:00", time_written="12:00",
      place="Oficinas de la Secretaría Ejecutiva, General Prim 4", topic=None, objective=None,
      coordinator=("Ximena Carrillo Duarte", "Coordinadora del Espacio"), attendance=people,
      strategies=[strat], feedback={strat['number']: fb},
      agreements=[A(f"Se acuerda celebrar la siguiente sesión ordinaria {nxtw}.", [nxt], [], None),
                  A(f"La Secretaría Ejecutiva enviará las observaciones por escrito a las instancias.", [], [strat['number']], "Secretaría Ejecutiva")],
      next_session=dict(date=nxt, start_time="12:00", end_time=None, strategies=[]),
    ))
