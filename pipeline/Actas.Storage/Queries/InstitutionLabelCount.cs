namespace Actas.Storage.Queries;

/// <summary>How many feedback items about one institution (its goal's executor key) got one label in one year.</summary>
/// <param name="Label">The corrected label where a person corrected it, else the classifier's; null when unlabelled.</param>
public sealed record InstitutionLabelCount
{
    public string? Year { get; init; }
    public string? ExecutorKey { get; init; }
    public string? Label { get; init; }
    public int Items { get; init; }
}
