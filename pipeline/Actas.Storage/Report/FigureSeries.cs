namespace Actas.Storage.Report;

/// <summary>One unit of one strategy's figures over time ("personas" of strategy 520).</summary>
/// <param name="Points">One point per session date, by date; at least two.</param>
public sealed record FigureSeries(int Strategy, string Unit, IReadOnlyList<FigurePoint> Points);
