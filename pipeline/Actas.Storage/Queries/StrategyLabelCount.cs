namespace Actas.Storage.Queries;

/// <summary>How many feedback items written under one strategy got one label in one year.</summary>
/// <param name="Label">The corrected label where a person corrected it, else the classifier's; null when unlabelled.</param>
public sealed record StrategyLabelCount
{
    public string? Year { get; init; }
    public int Strategy { get; init; }
    public string? Label { get; init; }
    public int Items { get; init; }
}
