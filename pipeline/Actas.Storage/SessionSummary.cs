namespace Actas.Storage;

/// <summary>One stored session as <c>actas sessions</c> lists it.</summary>
public sealed record SessionSummary
{
    public string? Body { get; init; }
    public int? Number { get; init; }
    public string? Date { get; init; }
    public int Strategies { get; init; }
    public int Attendees { get; init; }
    public string File { get; init; } = "";
}
