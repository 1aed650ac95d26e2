namespace Actas.Storage.Browse;

/// <summary>One current session of a body as the session list shows it.</summary>
public sealed record SessionEntry
{
    public long Id { get; init; }
    public string? Body { get; init; }
    public int? Number { get; init; }
    public string? Kind { get; init; }
    public string? Date { get; init; }
    public int Strategies { get; init; }
    public int Attendees { get; init; }
    public int FeedbackItems { get; init; }
    public string FileName { get; init; } = "";
}
