namespace Actas.Storage.Queries;

/// <summary>A session's review of the strategy asked for by <c>actas query strategy N</c>.</summary>
internal sealed record HistoryStrategyRecord
{
    public long StrategyRow { get; init; }
    public string? Body { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public string Status { get; init; } = "";
    public string? File { get; init; }
}
