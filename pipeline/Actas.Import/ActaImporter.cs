using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>
/// <c>actas import</c>: read → (classify) → store for a batch of files, through the <see cref="BatchRunner{TItem}"/> with
/// <see cref="ImportJob"/>. Each file is hashed first, so a file already stored (here or under another name) is not
/// extracted again. A file that fails is reported and the batch goes on.
/// </summary>
public sealed class ActaImporter
{
    private readonly SqliteActaStore _store;
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string? _extractorVersion;
    private readonly ImportOptions _options;

    /// <param name="read">Reads and extracts one file, e.g. <c>ActaPipeline.Process</c>; throws <see cref="ActaReadException"/>
    /// for a bad file. Called from several threads at once.</param>
    /// <param name="classifier">Labels feedback before storing; null keeps the labels the acta came with. Must be thread-safe.</param>
    public ActaImporter(
        SqliteActaStore store,
        Func<string, Acta> read,
        IFeedbackClassifier? classifier = null,
        string? extractorVersion = null,
        ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        _store = store;
        _read = read;
        _classifier = classifier;
        _extractorVersion = extractorVersion;
        _options = options ?? ImportOptions.Default;
    }

    /// <summary>
    /// Imports <paramref name="candidates"/>; <paramref name="onFile"/> is called on the calling thread once per file,
    /// in input order (files of the <see cref="BatchReader"/> last).
    /// </summary>
    public ImportSummary Import(
        IReadOnlyList<ImportCandidate> candidates,
        Action<ImportFileResult>? onFile = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var run = new BatchRunner<ImportCandidate>(_store, new ImportJob(_store), _read, _classifier, _extractorVersion, _options)
            .Run([], candidates, onFile, cancellationToken);
        return new ImportSummary(
            run.RunId,
            run.Count(ImportJob.Written),
            run.Count(ImportJob.Skipped),
            run.Count(ImportFileOutcome.Failed),
            run.Results,
            run.Stop,
            run.NotAttempted);
    }
}
