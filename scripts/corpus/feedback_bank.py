"""Hand-written feedback phrasings by label (shared/labels.md), in the register of the seed acta.

Slots: {inst} executor as named in the Espacio, {tema} the goal's subject, {meta} goal reference
("la meta 523.1" or "la meta"), {est} strategy number, {otra} another strategy of the Espacio,
{pob} the population the goal serves.
"""

RETRO = {
    "avance": [
        "El informe de {inst} da cuenta de acciones dirigidas a {pob}, con cifras que permiten medir el avance de {meta}.",
        "Se reconoce que, a diferencia del semestre anterior, ahora se reportan resultados y no solo actividades.",
        "Las acciones reportadas abonan de manera directa al cumplimiento de la estrategia {est}, por lo que se recomienda mantenerlas.",
        "Para esta meta se reportan datos duros, lo que permite conocer si se está avanzando en materia de {tema}.",
        "El Espacio reconoce que {inst} reporta acciones concretas y cuantificables que abonan al cumplimiento de {meta}.",
        "A través de las acciones reportadas se atiende directamente a {pob}, lo que representa un avance respecto del informe anterior.",
        "Se valora que el informe desagregue la información por sexo y edad, tal como se había solicitado en la sesión anterior.",
        "La información reportada corresponde con lo que solicita el indicador y permite dar seguimiento puntual a {meta}.",
        "Se observa continuidad en las acciones de {inst}, lo cual fortalece la implementación de la estrategia {est}.",
    ],
    "desalineado": [
        "Se recomienda omitir las acciones de capacitación interna del personal administrativo, que no forman parte de {meta}.",
        "El informe reporta acciones de la instancia en general, pero no las que corresponden a {tema}.",
        "Lo reportado da cuenta de un programa social de carácter general y no de acciones específicas para {pob}.",
        "Lo que se reporta no coincide con la meta ni con el indicador que se solicita.",
        "Se recomienda omitir del informe las actividades administrativas internas, ya que no corresponden a la meta en materia de {tema}.",
        "El informe describe acciones de difusión general que no guardan relación con lo que mandata {meta}.",
        "Las actividades reportadas por {inst} se refieren a población en general y no a {pob}, por lo que no corresponden con la meta.",
        "Se sugiere no incluir en este apartado las acciones de otros programas que no están vinculadas con el tema de {tema}.",
        "La información presentada se refiere a un periodo distinto al que se está evaluando, por lo que no puede considerarse para esta meta.",
    ],
    "insuficiente": [
        "Una sola acción de difusión en el semestre no es suficiente para dar cumplimiento a {meta}, aunque abona a la estrategia.",
        "Capacitar a personas servidoras públicas suma a la estrategia, pero eso por sí solo no da cumplimiento a la meta.",
        "Las mesas de trabajo reportadas son un avance en la coordinación, pero por sí solas no dan cuenta de resultados para {pob}.",
        "La capacitación reportada suma a la estrategia, pero por sí sola no da cumplimiento a {meta}.",
        "Las acciones reportadas en materia de {tema} contribuyen a la estrategia; sin embargo, por sí solas no permiten alcanzar lo que establece la meta.",
        "Realizar reuniones de coordinación abona a la estrategia, pero eso por sí solo no da cumplimiento al indicador.",
        "La difusión es un primer paso, pero no es suficiente para dar cuenta del avance de {meta}.",
        "Si bien se reconoce el esfuerzo de {inst}, el número de acciones reportadas resulta insuficiente frente a la magnitud de la meta.",
    ],
    "solicita_datos": [
        "Es necesario que {inst} informe cuántas personas fueron atendidas y en qué alcaldías, ya que el informe solo describe las acciones.",
        "Se necesita conocer el número de casos atendidos respecto del total de casos identificados para poder calcular el indicador.",
        "Es necesario anexar las listas de asistencia, las cartas descriptivas y el material utilizado como probatorios del informe.",
        "Sería necesario saber con qué periodicidad se realizan las acciones y si tienen continuidad en el siguiente semestre.",
        "Es necesario que se reporten datos duros para conocer si se está cumpliendo con lo que mandata el indicador.",
        "Se necesita informar el número de personas beneficiadas, desagregado por sexo y edad, así como las alcaldías en las que se realizaron las acciones.",
        "Es necesario incluir en el reporte los temas, objetivos y duración de las capacitaciones, así como el perfil de las personas que participaron.",
        "Se solicita que {inst} precise en qué medios se realizó la difusión, con qué periodicidad y cuál fue su alcance.",
        "Ante la carencia de probatorios anexos al informe, no es posible valorar si las acciones cumplen con los criterios de la estrategia.",
        "Se requiere conocer la línea base a partir de la cual se mide el incremento que plantea {meta}.",
        "Sería necesario saber cuántas de las personas atendidas concluyeron el proceso y cuál fue el resultado de la atención brindada.",
        "Es necesario que el informe señale el presupuesto ejercido en las acciones reportadas y las metas físicas alcanzadas.",
    ],
    "diseno_meta": [
        "La meta no establece un plazo ni un valor a alcanzar, por lo que cualquier acción podría considerarse como cumplimiento.",
        "El indicador depende de información que genera otra instancia, lo que impide que {inst} pueda reportarlo por sí misma.",
        "El Espacio señala que no hay correspondencia entre la meta y el indicador, lo que dificulta valorar el cumplimiento.",
        "El indicador no es medible en los términos en que está redactado, ya que no establece un valor de referencia.",
        "La meta plantea un incremento porcentual sin definir el año base, por lo que no es posible medir su avance.",
        "Se observa que el indicador mide acciones realizadas y no resultados, mientras que la meta se refiere a un cambio en la situación de {pob}.",
        "La redacción de {meta} mezcla dos objetivos distintos, lo que complica que una sola instancia pueda reportar su cumplimiento.",
    ],
    "reasignar": [
        "Las acciones de difusión reportadas corresponden a la estrategia {otra}, meta de prevención, y no a la que se retroalimenta.",
        "Se sugiere trasladar la información de capacitación al apartado de la estrategia {otra}, donde abona de manera directa.",
        "Las acciones de capacitación pueden estar enmarcadas en la estrategia {otra}.",
        "Lo reportado corresponde más bien a la estrategia {otra}, por lo que se sugiere reportarlo en ese apartado.",
        "Se recomienda que las jornadas de difusión se reporten en la estrategia {otra}, que es la que se refiere a prevención.",
        "Parte de la información presentada abona a la estrategia {otra} y no a la que se está retroalimentando.",
    ],
    "cuestiona": [
        "Sociedad civil cuestiona que las acciones se realicen solo en las alcaldías centrales y no lleguen a la periferia, donde se concentra {pob}.",
        "Se cuestiona que el informe no mencione la participación de {pob} en el diseño y la evaluación de las acciones.",
        "Sociedad civil cuestiona que las acciones se centren en la difusión y no en la atención directa a {pob}.",
        "Se cuestiona que contar el número de personas capacitadas no dice nada sobre el cambio en la calidad del servicio que reciben {pob}.",
        "Sociedad civil señala que el enfoque de la estrategia debería ser de derechos y no asistencial, lo cual no se refleja en el informe.",
        "Se cuestiona si las acciones reportadas llegan efectivamente a {pob} o se quedan en el ámbito administrativo.",
        "Sociedad civil cuestiona que no se haya consultado a las organizaciones que trabajan con {pob} en el diseño de las acciones.",
    ],
    "exhorta": [
        "Se exhorta a {inst} a reportar en el SIIMPLE las acciones de {meta}, ya que sin información no es posible retroalimentarla.",
        "Es necesario que {inst} asuma la responsabilidad de {meta} y presente en la próxima sesión un plan de trabajo con fechas.",
        "Es necesario que {inst} empiece a realizar acciones en torno a esta meta, ya que es la instancia responsable de su cumplimiento.",
        "Se exhorta a {inst} a establecer el grupo de trabajo que mandata la estrategia y a presentar su plan de trabajo en la próxima sesión.",
        "De acuerdo con la tabla programática, es necesario que {inst} reporte en el siguiente periodo las acciones vinculadas con {tema}.",
        "Se insta a {inst} a designar un enlace que dé seguimiento a {meta} y participe en las sesiones del Espacio.",
        "Es indispensable que {inst} inicie la elaboración del diagnóstico que establece la meta, pues sin él no pueden realizarse las demás acciones.",
    ],
}

OBS = {
    "instancia": [
        "{inst} menciona que la información solicitada la genera otra área, a la que consultará para el próximo informe.",
        "{inst} manifiesta su disposición para presentar al Espacio los resultados del programa en la siguiente sesión.",
        "{inst} solicita que la Secretaría Ejecutiva envíe por escrito los criterios para reportar los datos desagregados.",
        "{inst} solicita que las recomendaciones de la Secretaría Ejecutiva sean más claras respecto a los criterios que debe contener el informe.",
        "{inst} menciona que es difícil reportar la información desagregada debido a que sus sistemas de registro no lo permiten.",
        "{inst} refiere que la meta no le corresponde en su totalidad, por lo que enviará un oficio a la Secretaría Ejecutiva para aclararlo.",
        "{inst} se compromete a traer para la próxima sesión la información estadística que no se incluyó en el informe.",
        "{inst} comenta que la falta de presupuesto asignado ha impedido ampliar la cobertura de las acciones.",
        "{inst} señala que el área responsable de la meta cambió de titular, por lo que la información se encuentra en proceso de integración.",
        "{inst} informa que las cifras reportadas son preliminares y que se actualizarán en el informe del siguiente semestre.",
    ],
    "proceso": [
        "La coordinación del Espacio propone que las instancias compartan sus informes con anticipación para poder revisarlos antes de la sesión.",
        "Se señala que las retroalimentaciones del Espacio deben llegar a las áreas responsables de la meta y no solo a los enlaces.",
        "Es necesario que quien acuda a las reuniones posea la mayor información posible respecto a las acciones reportadas en el informe.",
        "Sería oportuno convocar a las áreas operativas de cada instancia, ya que son quienes llevan las cifras relacionadas con la meta.",
        "Se propone que la retroalimentación surgida en el Espacio se incluya en el informe que se envía a las dependencias.",
        "La coordinación del Espacio recuerda que los informes deben cargarse en el SIIMPLE antes de la fecha de cierre del periodo.",
        "Se acuerda que las instancias enviarán sus dudas sobre el llenado del informe antes de la siguiente sesión para poder resolverlas en conjunto.",
        "La coordinación del Espacio señala que la asistencia de la instancia responsable es indispensable para retroalimentar esta meta.",
    ],
}

# For goals with no INFORME: requests that make sense without a report.
SOLICITA_SIN_INFORME = [
    "Es necesario que se reporten datos duros para conocer si se está cumpliendo con lo que mandata el indicador.",
    "Se requiere conocer la línea base a partir de la cual se mide el incremento que plantea {meta}.",
    "Se necesita conocer el número de casos atendidos respecto del total de casos identificados para poder calcular el indicador.",
]
