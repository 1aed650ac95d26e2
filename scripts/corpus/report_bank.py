"""Hand-written INFORME phrasings. Figure markup: [[LO-HI unit g]] draws a count between LO and HI
and writes it as digits, digits with thousands separator, or words (gender g: m/f) — the unit is
the counted noun right after the number; [[LO-HI %]] a percentage; [[=V|unit|display]] a fixed
figure written as 'display' (e.g. [[=1|consejera|una Consejera]]). Everything else in the text
(dates, clock times, years, '1.-' numbering, numbers inside quoted titles) is not a figure.

Slots: {inst} {tema} {pob} {lugar} {periodo} {aliado}.
"""

PERIODS = ["el primer semestre de 2018", "el periodo de enero a junio de 2018", "el segundo semestre de 2018",
           "el periodo de julio a diciembre de 2018", "el primer trimestre de 2019", "el periodo de enero a marzo de 2019"]

GENERIC = [
    "Durante {periodo}, se capacitó a [[20-190 personas f]] servidoras públicas en materia de {tema}, a través de [[3-12 talleres m]] con una duración de [[4-20 horas f]] cada uno.",
    "Se realizaron [[4-30 jornadas f]] de difusión sobre {tema} en {lugar}, en las que se distribuyeron [[900-6500 trípticos m]] y [[150-900 carteles m]].",
    "Se brindó atención a un total de [[30-420 personas f]] entre {pob}, de las cuales [[12-30 mujeres f]] recibieron además acompañamiento psicológico.",
    "En coordinación con {aliado}, se llevaron a cabo [[2-9 mesas f]] de trabajo para la elaboración del protocolo de {tema}, cuya versión preliminar se presentó el 14 de agosto de 2018.",
    "Se implementó una campaña en redes sociales sobre {tema}, con [[12-60 publicaciones f]] que alcanzaron a [[8000-45000 usuarios m]] de manera orgánica.",
    "El área responsable elaboró un diagnóstico sobre {tema}; se aplicaron [[80-600 cuestionarios m]] en [[3-16 alcaldías f]] de la Ciudad de México.",
    "Se otorgaron [[40-850 apoyos m]] económicos a {pob}, por un monto que no se especifica en el informe.",
    "Del 4 al 8 de junio se impartió el curso \"Enfoque de derechos humanos en {tema}\" de 9:00 a 14:00 horas, al que asistieron [[15-60 participantes m]].",
    "Se canalizaron [[10-160 casos m]] a las instancias correspondientes y se dio seguimiento a [[5-90 expedientes m]] abiertos en el periodo anterior.",
    "Se instalaron [[2-14 módulos m]] de orientación en {lugar}, donde se atendió a un total de [[100-2600 personas f]].",
    "Se informa que se sostuvo una reunión de coordinación con {aliado} para definir las acciones del siguiente semestre en materia de {tema}.",
    "Se difundió la guía \"10 preguntas sobre {tema}\" entre [[40-300 personas f]] servidoras públicas y se realizaron [[2-8 presentaciones f]] de la misma.",
    "1.- Se realizaron [[3-15 reuniones f]] de seguimiento con las áreas operativas. 2.- Se elaboraron [[2-6 informes m]] trimestrales sobre {tema}. 3.- Se atendieron [[10-90 solicitudes f]] de información.",
    "Se llevó a cabo el foro \"Tres décadas de lucha por {tema}\" con la participación de [[60-400 asistentes m]].",
    "En el marco del Programa Anual 2018 se dio seguimiento a [[12-80 casos m]] y se concluyeron [[4-30 expedientes m]].",
    "Se llevaron a cabo [[3-20 visitas f]] de verificación y se levantaron [[1-15 actas f]] circunstanciadas; el [[20-85 %]] de los establecimientos visitados cumplió con la normatividad.",
]

# A few reports that enumerate counted people with articles (rule: 'una Consejera, un Magistrado y un Juez' -> three figures of 1).
ENUMERATIONS = [
    "Se gestionó la asistencia de [[=1|consejera|una Consejera]], [[=1|magistrado|un Magistrado]] y [[=1|juez|un Juez]] al seminario internacional sobre {tema}, celebrado del 3 al 7 de septiembre en la Ciudad de Puebla.",
    "Participaron en la mesa interinstitucional [[=1|directora|una Directora]] general, [[=2|subdirectores|dos subdirectores]] y [[=1|enlace|un enlace]] operativo de {inst}.",
]
