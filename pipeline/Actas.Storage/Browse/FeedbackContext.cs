namespace Actas.Storage.Browse;

/// <summary>What surrounds a feedback item in its acta: the strategy and goal it is about, the goal's INFORME and the items before and after it.</summary>
public sealed record FeedbackContext
{
    public long SessionId { get; init; }
    public int Strategy { get; init; }
    public string? StrategyTitle { get; init; }
    public string? Goal { get; init; }
    public string? GoalText { get; init; }
    public string? Report { get; init; }
    public string? PreviousText { get; init; }
    public string? NextText { get; init; }
}
