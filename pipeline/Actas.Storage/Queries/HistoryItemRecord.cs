namespace Actas.Storage.Queries;

/// <summary>A goal report, figure or feedback item of a strategy row; unused columns stay null.</summary>
internal sealed record HistoryItemRecord
{
    public long StrategyRow { get; init; }
    public string? Goal { get; init; }
    public string? Executor { get; init; }
    public string? Status { get; init; }
    public double Value { get; init; }
    public string? Unit { get; init; }
    public string? Label { get; init; }
}
