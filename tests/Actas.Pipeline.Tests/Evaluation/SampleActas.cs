using Actas.Pipeline.Model;

namespace Actas.Pipeline.Tests.Evaluation;

/// <summary>Small hand-made actas for scorer tests, after the seed acta of Trata session 23.</summary>
internal static class SampleActas
{
    public static Acta Gold() => new(
        new SourceInfo("acta-prueba", new string('0', 64), "docx", null),
        new SessionInfo("Derechos de las Personas Víctimas de Trata y Formas de Explotación", 23, "reunión de trabajo",
            "2018-09-11", "10:00", "Instalaciones de la Secretaría Ejecutiva. Calle General Prim #4 col. Centro, Delegación Cuauhtémoc.",
            null, null),
        new Coordinator("Angélica Olivares Ocaranza", "Coordinadora del Espacio de Participación"),
        [
            new Attendee("Adriana Flores", "PGJCDMX", "PGJCDMX", Sector.InstanciaEjecutora),
            new Attendee("Rosa maría Torillo", "Subsecretaría de Gobierno", "SECGOB", Sector.InstanciaEjecutora),
            new Attendee("Cintia Ixchel Arroyo Romero", "Forjando caminos", null, Sector.SociedadCivil),
        ],
        [
            new Strategy(517, "Incidir en la persecución del delito de trata de personas", ReportStatus.Reported,
                [new Goal(null, "Incremento en un 50% del procesamiento de personas imputadas", null, "PGJ", "PGJCDMX", ReportStatus.Reported,
                    "realizó de manera sorpresiva 81 operativos en los lugares de explotación. Se detuvieron en flagrancia a 22 personas.")],
                [new Figure(81, "operativos", null, null), new Figure(22, "personas", null, null)],
                [
                    new FeedbackItem("Para esta estrategia se reportan datos duros, lo que permite conocer si se está realizando un avance en el cumplimiento de la meta.", FeedbackSection.Retroalimentacion, null, "avance", null),
                    new FeedbackItem("El Espacio señala que no hay correspondencia entre la meta y el indicador.", FeedbackSection.Retroalimentacion, null, "diseno_meta", null),
                ]),
            new Strategy(520, "Sensibilizar y capacitar a las personas servidoras públicas", ReportStatus.Partial,
                [
                    new Goal("520.1", "Grupo de trabajo", null, "Comisión Interinstitucional", null, ReportStatus.NotReported, null),
                    new Goal("520.2", "Capacitación", null, "TSJCDMX", "TSJCDMX", ReportStatus.Reported, "con una duración de 20 horas"),
                ],
                [new Figure(20, "horas", "520.2", null)],
                [new FeedbackItem("Es necesario que la CI empiece a realizar acciones en torno a esta estrategia.", FeedbackSection.Retroalimentacion, "520.1", "exhorta", null)]),
        ],
        [
            new Agreement("La siguiente sesión será el próximo jueves 27 de septiembre, de 10:00 a 13:00 horas, en la cual se retroalimentarán las estrategias 523, 524 y 526.",
                ["2018-09-27"], [523, 524, 526], null),
            new Agreement("Se retomará la estrategia 520 abonando la información que traiga la Comisión Interinstitucional.", [], [520], null),
        ],
        new NextSession("2018-09-27", "10:00", "13:00", [523, 524, 526]),
        []);
}
