namespace Actas.Storage.Browse;

/// <summary>
/// An agreement that named a strategy, and whether the body took it up: <see cref="LaterReview"/> is the date of the
/// first later session of the same body that reviewed the strategy, null when none did (yet).
/// </summary>
public sealed record StrategyAgreement
{
    public long SessionId { get; init; }
    public string? Body { get; init; }
    public string? SessionDate { get; init; }
    public int? SessionNumber { get; init; }
    public string Text { get; init; } = "";
    public string? Responsible { get; init; }
    public string? LaterReview { get; init; }
    public int LaterSessions { get; init; }
}
