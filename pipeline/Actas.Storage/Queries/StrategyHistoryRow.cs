namespace Actas.Storage.Queries;

/// <summary>One goal of a strategy as one session saw it; <see cref="Goal"/> null for what belongs to no single goal.</summary>
/// <param name="Status">reported / not_reported for a goal; the strategy's status on a goal-less row.</param>
/// <param name="Figures">"609 personas", in document order.</param>
/// <param name="FeedbackLabels">"solicita_datos: 2", by label.</param>
public sealed record StrategyHistoryRow
{
    public string? Body { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string? Executor { get; init; }
    public string Status { get; init; } = "";
    public IReadOnlyList<string> Figures { get; init; } = [];
    public IReadOnlyList<string> FeedbackLabels { get; init; } = [];
    public string? File { get; init; }
}
