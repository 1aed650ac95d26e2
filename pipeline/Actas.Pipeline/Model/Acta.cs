namespace Actas.Pipeline.Model;

/// <summary>
/// What the pipeline extracts from one set of minutes (acta). Mirrors
/// <c>shared/contract/acta.schema.json</c>; serialise with <see cref="ActaJson"/>.
/// A value the document does not give is <c>null</c>, never <c>""</c> or <c>0</c>.
/// </summary>
public sealed record Acta(
    SourceInfo Source,
    SessionInfo Session,
    Coordinator? Coordinator,
    IReadOnlyList<Attendee> Attendance,
    IReadOnlyList<Strategy> Strategies,
    IReadOnlyList<Agreement> Agreements,
    NextSession? NextSession,
    IReadOnlyList<string> Warnings);
