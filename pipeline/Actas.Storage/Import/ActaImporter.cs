using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Import;

/// <summary>
/// read → (classify) → store for a batch of files. Each file is hashed first, so a file already stored (here
/// or under another name) is not extracted again. Files are read and extracted on
/// <see cref="ImportOptions.Jobs"/> threads and stored by one writer, one transaction per document, in input
/// order; formats a <see cref="BatchReader"/> handles (legacy Office files) are read in bulk after the others.
/// A file that fails is reported and the batch goes on.
/// </summary>
public sealed class ActaImporter
{
    private readonly SqliteActaStore _store;
    private readonly Lock _storeLock = new();
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string? _extractorVersion;
    private readonly ImportOptions _options;
    private BatchRun? _run;

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
        using var run = BatchRun.Begin(_store, _storeLock, _extractorVersion, cancellationToken);
        _run = run;
        var results = new List<ImportFileResult>(candidates.Count);
        void Report(ImportFileResult result)
        {
            results.Add(result);
            onFile?.Invoke(result);
        }

        run.Run(() =>
        {
            var batch = _options.BatchReader;
            var single = batch is null ? candidates : candidates.Where(c => c.Problem is not null || !batch.Handles(c.Path)).ToList();
            ImportInParallel(single, run.Id, Report, run.Token);
            if (batch is not null)
            {
                ImportInBatches(candidates.Where(c => c.Problem is null && batch.Handles(c.Path)).ToList(), batch, run.Id, Report, run.Token);
            }
        });
        run.Finish(Count(results, Stored), Count(results, ImportFileOutcome.Failed),
            Count(results, ImportFileOutcome.Unchanged, ImportFileOutcome.RenamedDuplicate, ImportFileOutcome.SameSession));

        return new ImportSummary(
            run.Id,
            Count(results, Stored),
            Count(results, ImportFileOutcome.Unchanged, ImportFileOutcome.RenamedDuplicate, ImportFileOutcome.SameSession),
            Count(results, ImportFileOutcome.Failed),
            results,
            run.Stop,
            candidates.Count - results.Count);
    }

    /// <summary>Hash, read, extract and classify on worker threads; store in input order on this one (<see cref="OrderedParallel"/>).</summary>
    private void ImportInParallel(IReadOnlyList<ImportCandidate> items, long runId, Action<ImportFileResult> report, CancellationToken cancellationToken) =>
        OrderedParallel.Run(
            items,
            _options,
            (item, token) => Prepare(item, token),
            prepared => report(prepared.Result ?? Store(prepared, runId)),
            cancellationToken);

    private void ImportInBatches(List<ImportCandidate> items, BatchReader batch, long runId, Action<ImportFileResult> report, CancellationToken cancellationToken)
    {
        foreach (var chunk in items.Chunk(Math.Max(1, batch.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = chunk.Select(c => Prepare(c, cancellationToken, readNow: false)).ToList();
            var toRead = prepared.Where(p => p.Result is null).Select(p => p.Path).ToList();
            // One result per path, in order (BatchReader's contract): matched by position, so a path given twice cannot collide.
            var read = toRead.Count == 0 ? [] : batch.Read(toRead);
            var next = 0;
            foreach (var file in prepared)
            {
                if (file.Result is { } known)
                {
                    report(known);
                    continue;
                }

                var outcome = next < read.Count && read[next].Path == file.Path ? read[next] : null;
                next++;
                var result = outcome switch
                {
                    { Acta: { } acta } => Store(file with { Acta = Finish(acta, file.Sha256!) }, runId),
                    { Error: { } error } => Failed(file.Path, error),
                    _ => Failed(file.Path, "internal error (the batch reader returned no result for it); please report it with this file"),
                };
                report(result);
            }
        }
    }

    /// <summary>Everything before the writer: checks, hash, known-content lookup, read, extract, classify.</summary>
    /// <param name="readNow">False for batch-read files: stops after the lookup, with the hash.</param>
    private PreparedFile Prepare(ImportCandidate candidate, CancellationToken cancellationToken, bool readNow = true)
    {
        var path = candidate.Path;
        if (candidate.Problem is { } problem)
        {
            return new PreparedFile(path, candidate.ReadError is { } error ? Failed(path, error) : Failed(path, problem));
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (sha, refusal) = FileAdmission.Admit(path, _options.MaxBytes, cancellationToken);
            if (refusal is not null)
            {
                return new PreparedFile(path, Failed(path, refusal));
            }

            StoreResult? stored;
            lock (_storeLock)
            {
                stored = _store.Recognise(sha!, path);
            }

            if (stored is not null)
            {
                return new PreparedFile(path, Describe(path, stored));
            }

            return new PreparedFile(path, null, readNow ? Finish(_read(path), sha!) : null, sha);
        }
        catch (SqliteException ex)
        {
            return new PreparedFile(path, Failed(path, $"could not look it up in the database ({ex.Message}); nothing of it was stored"));
        }
        catch (ActaReadException ex)
        {
            return new PreparedFile(path, Failed(path, ex));
        }
        catch (Exception ex) when (ReadFailures.Reason(ex) is { } reason)
        {
            return new PreparedFile(path, Failed(path, reason));
        }
    }

    private Acta Finish(Acta acta, string sha) => Finish(acta, sha, _classifier);

    /// <summary>The acta as stored: with the hash of the bytes read, and labelled when there is a classifier.</summary>
    internal static Acta Finish(Acta acta, string sha, IFeedbackClassifier? classifier)
    {
        acta = acta with { Source = acta.Source with { Sha256 = sha } };
        return classifier is null ? acta : ActaLabeller.Label(acta, classifier);
    }

    private ImportFileResult Store(PreparedFile prepared, long runId)
    {
        var path = prepared.Path;
        try
        {
            StoreResult stored;
            lock (_storeLock)
            {
                stored = _store.Store(prepared.Acta!, path, new StoreOptions(runId, _extractorVersion, _classifier?.ModelVersion));
            }

            return Describe(path, stored);
        }
        catch (SqliteException ex) when (_run?.DatabaseFailed(ex) is { } reason)
        {
            return Failed(path, $"not stored: {reason}; nothing of it was written");
        }
        catch (SqliteException ex)
        {
            return Failed(path, $"could not store it ({ex.Message}); nothing of it was stored");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Internal(path, ex);
        }
    }

    private static ImportFileResult Describe(string path, StoreResult stored) => stored.Outcome switch
    {
        StoreOutcome.Stored => new(path, ImportFileOutcome.Stored, "stored"),
        StoreOutcome.NewVersion => new(path, ImportFileOutcome.NewVersion, "stored as a new version; the earlier version is kept"),
        StoreOutcome.Unchanged => new(path, ImportFileOutcome.Unchanged, "unchanged"),
        StoreOutcome.RenamedDuplicate => new(path, ImportFileOutcome.RenamedDuplicate, $"renamed duplicate of {stored.ExistingPath}", stored.ExistingPath),
        StoreOutcome.SameSession => new(path, ImportFileOutcome.SameSession, $"same session as {stored.ExistingPath}; not stored twice", stored.ExistingPath),
        StoreOutcome.CorrectedCopy => new(path, ImportFileOutcome.CorrectedCopy,
            $"stored as a corrected copy of {stored.ExistingPath}: it is now that session's current version; the earlier file is kept as superseded"
            + CorrectionsMoved(stored)),
        StoreOutcome.EarlierCopy => new(path, ImportFileOutcome.EarlierCopy,
            $"an earlier copy of the session in {stored.ExistingPath} (which is newer): stored as superseded; {stored.ExistingPath} stays current"),
        _ => throw new InvalidOperationException($"unknown store outcome {stored.Outcome}"),
    };

    /// <summary>Outcomes that wrote the file's rows.</summary>
    private static readonly ImportFileOutcome[] Stored =
        [ImportFileOutcome.Stored, ImportFileOutcome.NewVersion, ImportFileOutcome.CorrectedCopy, ImportFileOutcome.EarlierCopy];

    private static string CorrectionsMoved(StoreResult stored) => (stored.CorrectionsReattached, stored.CorrectionsUnmatched) switch
    {
        (0, 0) => "",
        (var moved, 0) => $"; {moved} label correction(s) moved to it",
        (var moved, var unmatched) => $"; {moved} label correction(s) moved to it, {unmatched} kept without an item (no matching text)",
    };

    private static ImportFileResult Failed(string path, string reason) => new(path, ImportFileOutcome.Failed, reason);

    /// <summary>A file that could not be read: its reason, and the failure itself for a front end that words it.</summary>
    private static ImportFileResult Failed(string path, ActaReadException error) =>
        new(path, ImportFileOutcome.Failed, error.Reason, ReadError: error);

    private static ImportFileResult Internal(string path, Exception ex) => Failed(path, ReadFailures.Internal(ex));

    private static int Count(List<ImportFileResult> results, params ImportFileOutcome[] outcomes) =>
        results.Count(r => outcomes.Contains(r.Outcome));
}
