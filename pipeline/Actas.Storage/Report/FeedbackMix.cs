namespace Actas.Storage.Report;

/// <summary>How one institution's feedback items are labelled.</summary>
/// <param name="Institution">The executor key of the items' goal; null when the item belongs to no single institution.</param>
/// <param name="Labels">Items per label, by label; "(unlabelled)" for items without one.</param>
public sealed record FeedbackMix(string? Institution, IReadOnlyList<LabelCount> Labels)
{
    public int Total => Labels.Sum(l => l.Items);
}
