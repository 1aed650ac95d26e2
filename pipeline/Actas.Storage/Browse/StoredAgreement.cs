namespace Actas.Storage.Browse;

/// <summary>An agreement (Acuerdo) with the strategies and dates it names, comma-separated as stored.</summary>
public sealed record StoredAgreement
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string? Responsible { get; init; }
    public string? Strategies { get; init; }
    public string? Dates { get; init; }
    public string? Location { get; init; }
}
