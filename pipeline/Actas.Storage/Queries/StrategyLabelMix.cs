namespace Actas.Storage.Queries;

/// <summary>The labels of one year's feedback items written under one strategy.</summary>
/// <param name="Items">How many items.</param>
/// <param name="Labels">Items per label, as in <see cref="InstitutionLabelMix.Labels"/>.</param>
public sealed record StrategyLabelMix
{
    public string? Year { get; init; }
    public int Strategy { get; init; }
    public int Items { get; init; }
    public IReadOnlyDictionary<string, int> Labels { get; init; } = LabelMix.None;
}
