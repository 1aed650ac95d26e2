# Content of batch H: each acta once, as a dict; docx/html/gold are rendered from it.
def G(gid, text, ind, ex, key, report=None, figs=()):
    # figs: (value, unit, sentence) -- sentence must be inside report
    return dict(id=gid, text=text, indicator=ind, executor=ex, executor_key=key,
                report=report, figs=list(figs))

def F(text, section, goal, label, who=None):
    return dict(text=text, section=section, goal=goal, label=label, who=who)

def A(text, dates=(), strategies=(), responsible=None, plazo=None, written_date=None):
    return dict(text=text, dates=list(dates), strategies=list(strategies), responsible=responsible, plazo=plazo)

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
