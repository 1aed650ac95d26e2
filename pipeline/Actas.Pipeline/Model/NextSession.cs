namespace Actas.Pipeline.Model;

/// <summary>The next session as fixed by an agreement; year taken from the session date when omitted.</summary>
public sealed record NextSession(
    string? Date,
    string? StartTime,
    string? EndTime,
    IReadOnlyList<int> Strategies);
