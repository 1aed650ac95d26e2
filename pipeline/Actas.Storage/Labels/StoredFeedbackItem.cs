namespace Actas.Storage.Labels;

/// <summary>A stored feedback item with the label it has now.</summary>
/// <param name="Label">The newest human correction if any, else the model's label; null when unlabelled.</param>
/// <param name="ModelLabel">What the classifier (or the acta) said.</param>
/// <param name="Corrected">Whether <see cref="Label"/> comes from a person.</param>
public sealed record StoredFeedbackItem
{
    public long Id { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string Section { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Label { get; init; }
    public string? ModelLabel { get; init; }
    public double? Confidence { get; init; }
    public string? ModelVersion { get; init; }
    public bool Corrected { get; init; }
}
