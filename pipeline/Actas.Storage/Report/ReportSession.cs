namespace Actas.Storage.Report;

/// <summary>A session as a column of the strategies × sessions matrix.</summary>
/// <param name="Date">ISO YYYY-MM-DD; null when the acta gives none.</param>
/// <param name="Number">The session's number (ordinal) when the acta gives one.</param>
public sealed record ReportSession(long Id, string? Date, int? Number);
