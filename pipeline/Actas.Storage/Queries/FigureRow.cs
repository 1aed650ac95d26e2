namespace Actas.Storage.Queries;

/// <summary>One reported figure with its place in a total-and-parts check.</summary>
/// <param name="Role">"total" when the figure equals the sum of the same-unit figures after it, "part" for those; else null.</param>
/// <param name="Check">"ok" for a total whose parts add up, "mismatch: parts sum to N" for a figure introduced as a total whose parts do not; else null.</param>
public sealed record FigureRow
{
    public string? Body { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public string Unit { get; init; } = "";
    public decimal Value { get; init; }
    public string? Role { get; init; }
    public string? Check { get; init; }
    public string? Context { get; init; }
}
