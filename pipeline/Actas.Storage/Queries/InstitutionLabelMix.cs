namespace Actas.Storage.Queries;

/// <summary>The labels of one year's feedback items about one institution (the executor key of their goal).</summary>
/// <param name="Items">How many items.</param>
/// <param name="Labels">Items per label, ordinal order; a corrected label counts instead of the classifier's, and
/// unlabelled items count under <see cref="LabelMix.Unlabelled"/>.</param>
public sealed record InstitutionLabelMix
{
    public string? Year { get; init; }
    public string? ExecutorKey { get; init; }
    public int Items { get; init; }
    public IReadOnlyDictionary<string, int> Labels { get; init; } = LabelMix.None;
}
