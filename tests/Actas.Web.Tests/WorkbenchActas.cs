using System.Security.Cryptography;
using System.Text;
using Actas.Pipeline.Model;

namespace Actas.Web.Tests;

/// <summary>
/// Hand-made actas for the workbench: the Trata body over three sessions (strategy 521 never reported, 520 partial then
/// reported, figures that grow), and document text that tries to become markup in every field a page shows.
/// </summary>
internal static class WorkbenchActas
{
    public const string Trata = "Derechos de las Personas Víctimas de Trata y Formas de Explotación";
    public const string ScriptText = "<script>window.__xss = 1</script>";
    public const string AttributeBreak = "\"><img src=x onerror=\"window.__xss = 2\">";
    public const string StyleBreak = "</style><script>window.__xss = 3</script>";
    public static readonly string[] Hostile = [ScriptText, AttributeBreak, StyleBreak];

    /// <summary>Warnings as the extractor stores them (English, of known shapes), one quoting hostile document text.</summary>
    public static readonly string[] ExtractorWarnings =
    [
        "page 2, block 7, row 3: table continues after a page break; merged",
        $"institution \"Fideicomiso {ScriptText}\" fits FIDEGAR and SEDU equally; no key given. Write the body's full name, or add the form to institutions.tsv under one key",
    ];

    public static IReadOnlyList<Acta> All { get; } =
    [
        Acta(1, "2018-03-01",
            [Person("Adriana Flores " + ScriptText, "Fiscalía " + AttributeBreak), Person("Óscar Núñez", "TSJCDMX")],
            [
                new Strategy(520, "Capacitación " + StyleBreak, ReportStatus.Partial,
                    [Goal("520.1", "PGJCDMX", reported: false, page: 2), Goal("520.2", "TSJCDMX", reported: true, page: 2)],
                    [new Figure(609, "personas", "520.2", "se capacitó a 609 personas", new SourceLocation(2, 14, 3, 1))],
                    [
                        Feedback("No reportó avances sobre la meta 520.1 " + ScriptText, "520.1", "insuficiente", 0.41, 5),
                        Feedback("Se solicita desagregar los datos por sexo " + AttributeBreak, "520.1", "solicita_datos", 0.55, 6),
                        Feedback("Se reconoce el avance en la capacitación", "520.2", "avance", 0.93, 7),
                    ],
                    new SourceLocation(2, 12)),
                new Strategy(521, "Atención a víctimas", ReportStatus.NotReported, [Goal("521.1", "SEDESA", reported: false, page: 3)], [],
                    [Feedback("La instancia no asistió a la sesión", "521.1", "instancia", 0.62, 8)]),
            ],
            [new Agreement("Revisar la estrategia 521 en la próxima sesión " + StyleBreak, ["2018-06-01"], [521], "SE " + ScriptText, new SourceLocation(4, 30))]),
        Acta(2, "2018-06-01",
            [Person("Adriana Flores", "PGJCDMX")],
            [
                new Strategy(520, null, ReportStatus.Reported,
                    [Goal("520.1", "PGJCDMX", reported: true, page: 1), Goal("520.2", "TSJCDMX", reported: true, page: 1)],
                    [new Figure(700, "personas", "520.2", "se capacitó a 700 personas")],
                    [Feedback("Se exhorta a publicar el protocolo", "520.1", "exhorta", 0.48, 9)]),
                new Strategy(521, null, ReportStatus.NotReported, [Goal("521.1", "SEDESA", reported: false, page: 1)], [],
                    [Feedback("Otra vez sin información de la SEDESA", "521.1", "insuficiente", 0.70, 10)]),
            ],
            []),
        Acta(3, "2018-09-01",
            [Person("Óscar Núñez", "TSJCDMX")],
            [
                new Strategy(520, null, ReportStatus.Reported, [Goal("520.1", "PGJCDMX", reported: true, page: 1)],
                    [new Figure(720, "personas", "520.1", "720 personas")],
                    [Feedback("El indicador no mide lo que la meta pide", "520.1", "diseno_meta", 0.52, 11)]),
                new Strategy(521, null, ReportStatus.NotReported, [Goal("521.1", "SEDESA", reported: false, page: 1)], [], []),
            ],
            []),
    ];

    private static Acta Acta(int number, string date, IReadOnlyList<Attendee> attendance, IReadOnlyList<Strategy> strategies, IReadOnlyList<Agreement> agreements) =>
        new(
            new SourceInfo($"acta-trata-{number}.pdf", Sha($"{number}|{date}"), "pdf", 4),
            new SessionInfo(Trata, number, "reunión de trabajo", date, "10:00", "Sala " + AttributeBreak, null, null),
            null,
            attendance,
            strategies,
            agreements,
            null,
            ["aviso " + ScriptText, .. number == 1 ? ExtractorWarnings : []]);

    private static Attendee Person(string name, string institution) => new(name, institution, null, Sector.InstanciaEjecutora, new SourceLocation(1, 3, 2, 0));

    private static Goal Goal(string id, string executor, bool reported, int page) =>
        new(id, $"Meta {id} " + ScriptText, null, executor, executor, reported ? ReportStatus.Reported : ReportStatus.NotReported,
            reported ? "Se informó." : null, new SourceLocation(page, 20, 1, 1));

    private static FeedbackItem Feedback(string text, string goal, string label, double confidence, int block) =>
        new(text, FeedbackSection.Retroalimentacion, goal, label, confidence, new SourceLocation(3, block, 4, 1));

    private static string Sha(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
