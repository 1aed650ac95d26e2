namespace Actas.Storage.Browse;

/// <summary>What one session says about one goal (Meta): its text, indicator, executor, status and INFORME.</summary>
public sealed record StoredGoalReport
{
    public long StrategyId { get; init; }
    public string? GoalCode { get; init; }
    public string? GoalText { get; init; }
    public string? Indicator { get; init; }
    public string? Executor { get; init; }
    public string? ExecutorKey { get; init; }
    public string Status { get; init; } = "";
    public string? Report { get; init; }
    public string? Location { get; init; }
}
