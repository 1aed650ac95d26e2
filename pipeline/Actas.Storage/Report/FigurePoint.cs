namespace Actas.Storage.Report;

/// <summary>
/// A session's figure for a unit: the sum of the figures in that unit that are not parts of a total
/// (a total counts once, its parts not again).
/// </summary>
/// <param name="Date">ISO YYYY-MM-DD.</param>
public sealed record FigurePoint(string Date, decimal Value);
