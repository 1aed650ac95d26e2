namespace Actas.Storage;

/// <summary>A current stored document that holds its session's rows: what <c>--reprocess-outdated</c> looks at.</summary>
/// <param name="Path">The full path it was imported from.</param>
/// <param name="ExtractorVersion">The <c>ActaExtractor.Version</c> that read it; null for documents stored before versions were recorded.</param>
public sealed record StoredDocument
{
    public long Id { get; init; }
    public string Path { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string? ExtractorVersion { get; init; }
}
