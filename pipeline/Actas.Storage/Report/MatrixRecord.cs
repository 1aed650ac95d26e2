namespace Actas.Storage.Report;

/// <summary>A row of <see cref="ReportSql.Matrix"/>: a session, and one strategy review and goal report of it (or nulls).</summary>
internal sealed record MatrixRecord
{
    public string? BodyKey { get; init; }
    public string? Body { get; init; }
    public long SessionId { get; init; }
    public string? Date { get; init; }
    public int? Number { get; init; }
    public int? Strategy { get; init; }
    public string? Title { get; init; }
    public string? StrategyStatus { get; init; }
    public string? Goal { get; init; }
    public string? GoalStatus { get; init; }
}
