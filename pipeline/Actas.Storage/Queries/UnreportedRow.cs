namespace Actas.Storage.Queries;

/// <summary>A goal (or a strategy without goals, <see cref="Goal"/> null) that reviews found unreported.</summary>
/// <param name="LastSessionDate">The latest session in which it was unreported.</param>
public sealed record UnreportedRow
{
    public string? Body { get; init; }
    public int Strategy { get; init; }
    public string? Goal { get; init; }
    public string? Executor { get; init; }
    public int SessionsReviewed { get; init; }
    public int SessionsUnreported { get; init; }
    public string? LastSessionDate { get; init; }
}
