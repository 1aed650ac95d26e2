namespace Actas.Storage;

/// <summary>A stored document's id and path, as duplicate checks read them.</summary>
internal sealed record DocumentRef
{
    public long Id { get; init; }
    public string Path { get; init; } = "";
    public long? SupersededBy { get; init; }
    public string Format { get; init; } = "";
}
