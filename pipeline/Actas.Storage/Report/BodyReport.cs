using Actas.Storage.Queries;

namespace Actas.Storage.Report;

/// <summary>What the report shows about one body (Espacio de Participación).</summary>
/// <param name="Name">The body's name as written in its actas; null for sessions whose acta names no body.</param>
/// <param name="Sessions">The body's selected sessions by date: the columns of <see cref="Matrix"/>.</param>
/// <param name="Matrix">One row per strategy and, under it, one per goal; one cell per session.</param>
/// <param name="Attendance">Per institution: sessions attended of those held, first and last date.</param>
/// <param name="Trends">Figures per strategy and unit given in two or more sessions.</param>
/// <param name="Mismatches">Figures introduced as totals whose parts do not add up to them.</param>
/// <param name="FeedbackMix">Feedback label counts per institution (executor of the goal).</param>
public sealed record BodyReport(
    string? Name,
    IReadOnlyList<ReportSession> Sessions,
    IReadOnlyList<MatrixRow> Matrix,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<FigureSeries> Trends,
    IReadOnlyList<FigureRow> Mismatches,
    IReadOnlyList<FeedbackMix> FeedbackMix);
