using System.Security.Cryptography;
using System.Text;
using Actas.Pipeline.Model;

namespace Actas.Cli.Tests.Report;

/// <summary>
/// Hand-made actas for the report: the Trata body over three sessions and the Migrantes body in one, with an
/// institution named like a script tag and an ampersand in names, to show document text stays text.
/// </summary>
internal static class ReportActas
{
    public const string Trata = "Derechos de las Personas Víctimas de Trata y Formas de Explotación";
    public const string Migrantes = "Derechos de las Personas Migrantes";
    public const string ScriptInstitution = "<script>alert(1)</script>";
    public const string ScriptExecutor = "<script>window.__xss = 1</script> & Co.";
    public const string AmpersandInstitution = "Secretaría de Salud & Bienestar";

    /// <summary>Matrix of the Trata body: rows 520, 520.1, 520.2, 521; columns 2018-03-01, 2018-06-01, 2018-09-01.</summary>
    public static IReadOnlyList<Acta> All { get; } =
    [
        Acta(Trata, 1, "2018-03-01",
            [Person("Adriana Flores", ScriptInstitution), Person("Óscar Núñez", AmpersandInstitution)],
            [
                new Strategy(520, "Capacitación a personas servidoras públicas", ReportStatus.Partial,
                    [Goal("520.1", ScriptExecutor, reported: false), Goal("520.2", "TSJCDMX", reported: true)],
                    [
                        new Figure(609, "personas", "520.2", "se capacitó a 609 personas servidoras públicas"),
                        new Figure(552, "personas", "520.2", "(552 personas)"),
                        new Figure(48, "personas", "520.2", "(48 personas)"),
                        new Figure(9, "personas", "520.2", "(9 personas)"),
                    ],
                    [Feedback("520.1", "exhorta"), Feedback("520.1", "solicita_datos"), Feedback("520.2", "reconoce")]),
            ]),
        Acta(Trata, 2, "2018-06-01",
            [Person("Adriana Flores", ScriptInstitution)],
            [
                new Strategy(520, null, ReportStatus.Reported,
                    [Goal("520.1", ScriptExecutor, reported: true), Goal("520.2", "TSJCDMX", reported: true)],
                    [new Figure(700, "personas", "520.2", "se capacitó a 700 personas")],
                    [Feedback("520.1", "exhorta")]),
                new Strategy(521, "Atención a víctimas", ReportStatus.NotReported, [], [], []),
            ]),
        Acta(Trata, 3, "2018-09-01",
            [Person("Óscar Núñez", AmpersandInstitution)],
            [
                new Strategy(521, null, ReportStatus.Reported, [],
                    [
                        new Figure(100, "víctimas", null, "se atendió a un total de 100 víctimas"),
                        new Figure(30, "víctimas", null, "30 víctimas"),
                        new Figure(40, "víctimas", null, "40 víctimas"),
                    ],
                    []),
            ]),
        Acta(Migrantes, 7, "2019-02-14",
            [Person("Lucía Pérez", "COPRED")],
            [new Strategy(300, "Difusión", ReportStatus.Reported, [Goal("300.1", "COPRED", reported: true)], [], [])]),
    ];

    private static Acta Acta(string body, int number, string date, IReadOnlyList<Attendee> attendance, IReadOnlyList<Strategy> strategies) =>
        new(
            new SourceInfo($"acta-{number}.txt", Sha($"{body}|{number}|{date}"), "txt", null),
            new SessionInfo(body, number, "reunión de trabajo", date, "10:00", null, null, null),
            null,
            attendance,
            strategies,
            [],
            null,
            []);

    private static Attendee Person(string name, string institution) => new(name, institution, null, Sector.InstanciaEjecutora);

    private static Goal Goal(string id, string executor, bool reported) =>
        new(id, $"Meta {id}", null, executor, executor, reported ? ReportStatus.Reported : ReportStatus.NotReported, reported ? "Se informó." : null);

    private static FeedbackItem Feedback(string goal, string label) =>
        new($"Comentario sobre la meta {goal}", FeedbackSection.Retroalimentacion, goal, label, 0.9);

    private static string Sha(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
