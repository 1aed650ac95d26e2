namespace Actas.Storage.Browse;

/// <summary>A figure reported under a strategy (value and counted unit, with the words around it).</summary>
public sealed record StoredFigure
{
    public long StrategyId { get; init; }
    public double Value { get; init; }
    public string Unit { get; init; } = "";
    public string? GoalCode { get; init; }
    public string? Context { get; init; }
    public string? Location { get; init; }
}
