namespace Actas.Storage;

/// <summary>Provenance recorded with a stored document.</summary>
/// <param name="ImportRunId">The import_runs row of the batch, when stored by an import.</param>
/// <param name="ExtractorVersion">Version of the pipeline that extracted the acta.</param>
/// <param name="ModelVersion">The classifier model that labelled the feedback; null when labels came with the acta.</param>
public sealed record StoreOptions(long? ImportRunId = null, string? ExtractorVersion = null, string? ModelVersion = null)
{
    public static StoreOptions Default { get; } = new();
}
