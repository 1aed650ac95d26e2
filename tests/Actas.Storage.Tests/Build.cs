using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;

namespace Actas.Storage.Tests;

/// <summary>Hand-made actas for storage and query tests.</summary>
internal static class Build
{
    public const string Trata = "Derechos de las Personas Víctimas de Trata y Formas de Explotación";
    public const string Migrantes = "Derechos de las Personas Migrantes";

    public static Acta Acta(
        string? body,
        int? number,
        string? date,
        IReadOnlyList<Attendee>? attendance = null,
        IReadOnlyList<Strategy>? strategies = null,
        IReadOnlyList<Agreement>? agreements = null,
        NextSession? next = null,
        string? content = null)
    {
        var sha = FileFingerprint.Sha256(System.Text.Encoding.UTF8.GetBytes(content ?? $"{body}|{number}|{date}"));
        return new Acta(
            new SourceInfo($"acta-{number}.txt", sha, "txt", null),
            new SessionInfo(body, number, "reunión de trabajo", date, "10:00", null, null, null),
            new Coordinator("Angélica Olivares Ocaranza", "Coordinadora del Espacio de Participación"),
            attendance ?? [],
            strategies ?? [],
            agreements ?? [],
            next,
            []);
    }

    public static Attendee Person(string name, string? institution, string? key, Sector sector = Sector.InstanciaEjecutora) =>
        new(name, institution, key, sector, new SourceLocation(1, 3, Row: 1, Column: 0));

    public static Strategy Strategy(
        int number,
        ReportStatus status,
        IReadOnlyList<Goal> goals,
        IReadOnlyList<Figure>? figures = null,
        IReadOnlyList<FeedbackItem>? feedback = null) =>
        new(number, $"Estrategia {number}", status, goals, figures ?? [], feedback ?? [], new SourceLocation(2, 40));

    public static Goal Goal(string? id, string? executor, string? key, bool reported) =>
        new(id, $"Meta {id}", "Indicador", executor, key,
            reported ? ReportStatus.Reported : ReportStatus.NotReported, reported ? "Se informó." : null);

    public static Figure Figure(decimal value, string unit, string? goal, string? context = null) =>
        new(value, unit, goal, context ?? $"se reportan {value} {unit}");

    public static FeedbackItem Feedback(string? goal, string? label, FeedbackSection section = FeedbackSection.Retroalimentacion) =>
        new($"Comentario sobre {goal ?? "la estrategia"} ({label})", section, goal, label, label is null ? null : 0.9);

    public static Agreement Agreement(string text, IReadOnlyList<int>? strategies = null, IReadOnlyList<string>? dates = null) =>
        new(text, dates ?? [], strategies ?? [], null);
}
