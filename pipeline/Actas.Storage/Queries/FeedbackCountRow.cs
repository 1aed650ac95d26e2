namespace Actas.Storage.Queries;

/// <summary>How many feedback items got a label, per year, institution (executor key) and strategy.</summary>
/// <param name="Label">The corrected label where a person corrected it, else the classifier's; null when unlabelled.</param>
public sealed record FeedbackCountRow
{
    public string? Year { get; init; }
    public string? ExecutorKey { get; init; }
    public int Strategy { get; init; }
    public string? Label { get; init; }
    public int Items { get; init; }
}
