namespace Actas.Storage.Labels;

/// <summary>One feedback item as a reviewer sees it in <c>actas labels export</c>.</summary>
/// <param name="Institution">The executor (Instancia Ejecutora) of the item's goal as the acta writes it; null when the item has no goal.</param>
/// <param name="Predicted">The classifier's label; null when the item was stored unlabelled.</param>
/// <param name="Confidence">The classifier's probability for <paramref name="Predicted"/> (0..1); null when unlabelled.</param>
/// <param name="Corrected">The newest human correction; null when nobody corrected the item.</param>
public sealed record LabelReviewRow
{
    public long ItemId { get; init; }
    public string? Body { get; init; }
    public string? SessionDate { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string? Institution { get; init; }
    public string Section { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Predicted { get; init; }
    public double? Confidence { get; init; }
    public string? Corrected { get; init; }
}
