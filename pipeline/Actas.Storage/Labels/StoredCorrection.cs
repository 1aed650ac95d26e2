namespace Actas.Storage.Labels;

/// <summary>A row of <c>label_corrections</c>: who changed an item's label, when (ISO 8601 UTC), from what to what.</summary>
public sealed record StoredCorrection
{
    public long Id { get; init; }
    public long? FeedbackItemId { get; init; }
    public string CorrectedBy { get; init; } = "";
    public string CorrectedAt { get; init; } = "";
    public string? OldLabel { get; init; }
    public string NewLabel { get; init; } = "";
}
