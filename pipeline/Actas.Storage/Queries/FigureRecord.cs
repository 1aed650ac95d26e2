namespace Actas.Storage.Queries;

/// <summary>A figures row with the strategy row and session it belongs to.</summary>
internal sealed record FigureRecord
{
    public string? Body { get; init; }
    public int Strategy { get; init; }
    public long StrategyRow { get; init; }
    public string? Goal { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public int Position { get; init; }
    public double Value { get; init; }
    public string Unit { get; init; } = "";
    public string? Context { get; init; }

    public Pipeline.Model.Figure ToFigure() => new((decimal)Value, Unit, Goal, Context);
}
