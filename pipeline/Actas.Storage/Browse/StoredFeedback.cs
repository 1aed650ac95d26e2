namespace Actas.Storage.Browse;

/// <summary>A feedback item with its effective label (newest correction, else the model's) and the model's own.</summary>
public sealed record StoredFeedback
{
    public long Id { get; init; }
    public long StrategyId { get; init; }
    public string Text { get; init; } = "";
    public string Section { get; init; } = "";
    public string? GoalCode { get; init; }
    public string? Label { get; init; }
    public string? ModelLabel { get; init; }
    public double? Confidence { get; init; }
    public bool Corrected { get; init; }
    public string? Location { get; init; }
}
