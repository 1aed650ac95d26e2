namespace Actas.Storage.Browse;

/// <summary>A session's heading as stored, with the document it was read from.</summary>
/// <param name="WarningsJson">The extractor's warnings for the document, a JSON list of strings.</param>
public sealed record StoredSession
{
    public long Id { get; init; }
    public long? BodyId { get; init; }
    public string? Body { get; init; }
    public int? Number { get; init; }
    public string? Kind { get; init; }
    public string? Date { get; init; }
    public string? StartTime { get; init; }
    public string? Place { get; init; }
    public string? Topic { get; init; }
    public string? Objective { get; init; }
    public long DocumentId { get; init; }
    public string Path { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public int? Pages { get; init; }
    public string? ExtractorVersion { get; init; }
    public string WarningsJson { get; init; } = "[]";
    public string? NextDate { get; init; }
    public string? NextStartTime { get; init; }
}
