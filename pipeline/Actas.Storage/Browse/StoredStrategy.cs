namespace Actas.Storage.Browse;

/// <summary>A strategy as one session reviewed it; <see cref="ReportStatus"/> reported / partial / not_reported.</summary>
public sealed record StoredStrategy
{
    public long Id { get; init; }
    public int Number { get; init; }
    public string? Title { get; init; }
    public string ReportStatus { get; init; } = "";
    public string? Location { get; init; }
}
