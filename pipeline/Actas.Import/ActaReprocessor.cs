using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>
/// <c>actas import --reprocess-outdated</c>: reads stored documents again from their paths with the current
/// extractor and replaces each one's rows in one transaction, through the import's <see cref="BatchRunner{TItem}"/>
/// with <see cref="ReprocessJob"/> (same scheduling, checks, hashing and one line per file).
/// </summary>
public sealed class ActaReprocessor
{
    private readonly SqliteActaStore _store;
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string _extractorVersion;
    private readonly ImportOptions _options;

    /// <param name="read">Reads and extracts one file (see <see cref="ActaImporter"/>); called from several threads.</param>
    /// <param name="extractorVersion">The version the new readings are recorded with, <c>ActaExtractor.Version</c>.</param>
    public ActaReprocessor(
        SqliteActaStore store,
        Func<string, Acta> read,
        string extractorVersion,
        IFeedbackClassifier? classifier = null,
        ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentException.ThrowIfNullOrWhiteSpace(extractorVersion);
        _store = store;
        _read = read;
        _extractorVersion = extractorVersion;
        _classifier = classifier;
        _options = options ?? ImportOptions.Default;
    }

    /// <summary>The current documents under <paramref name="paths"/> (all when empty), split into outdated and up to date.</summary>
    public ReprocessSelection Select(IReadOnlyList<string> paths) =>
        ReprocessSelection.Of(_store.CurrentDocuments(), paths, _extractorVersion);

    /// <summary>
    /// Reads <see cref="ReprocessSelection.Outdated"/> again; <paramref name="onFile"/> is called on the calling thread
    /// once per given path without documents, then once per document, by path (legacy Office files last).
    /// </summary>
    public ReprocessSummary Reprocess(ReprocessSelection selection, Action<ImportFileResult>? onFile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var job = new ReprocessJob(_store, _extractorVersion, selection.UpToDate);
        var first = selection.PathsWithoutDocuments
            .Select(path => new ImportFileResult(path, ImportFileOutcome.Failed, "no current stored document under this path")).ToList();
        var run = new BatchRunner<StoredDocument>(_store, job, _read, _classifier, _extractorVersion, _options)
            .Run(first, selection.Outdated, onFile, cancellationToken);
        return new ReprocessSummary(
            run.RunId,
            run.Count(ImportFileOutcome.Reprocessed),
            selection.UpToDate,
            run.Count(ImportFileOutcome.Missing),
            run.Count(ImportFileOutcome.Changed),
            run.Count(ImportFileOutcome.Failed),
            job.CorrectionsReattached,
            job.CorrectionsUnmatched,
            run.Results,
            run.Stop,
            run.NotAttempted);
    }
}
