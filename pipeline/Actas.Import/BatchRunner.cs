using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Microsoft.Data.Sqlite;

namespace Actas.Import;

/// <summary>
/// The one batch runner of <c>actas import</c> and <c>--reprocess-outdated</c>: for each item, check and hash its file
/// (<see cref="FileAdmission"/>, once), ask the job whether it needs reading, read and extract it (in-process or in a
/// worker: <c>read</c>), classify it, and store it through the job — read on <see cref="ImportOptions.Jobs"/> threads,
/// stored by one writer in input order (<see cref="OrderedParallel"/>), formats a <see cref="BatchReader"/> handles
/// (legacy Office files) read in bulk after the others. An item that fails is one line and the batch goes on; the
/// run ends early only when the user stops it or the database fails (<see cref="BatchRun"/>).
/// </summary>
internal sealed class BatchRunner<TItem>
{
    private readonly SqliteActaStore _store;
    private readonly Lock _storeLock = new();
    private readonly IBatchJob<TItem> _job;
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string? _extractorVersion;
    private readonly ImportOptions _options;

    /// <param name="read">Reads and extracts one file; throws <see cref="Pipeline.Diagnostics.ActaReadException"/> for a bad
    /// file. Called from several threads at once, inside <see cref="FileFingerprint.Assume"/> with the file's hash.</param>
    /// <param name="classifier">Labels feedback before storing; null keeps the labels the acta came with. Must be thread-safe.</param>
    public BatchRunner(
        SqliteActaStore store, IBatchJob<TItem> job, Func<string, Acta> read, IFeedbackClassifier? classifier, string? extractorVersion, ImportOptions options)
    {
        _store = store;
        _job = job;
        _read = read;
        _classifier = classifier;
        _extractorVersion = extractorVersion;
        _options = options;
    }

    /// <summary>
    /// Reports <paramref name="first"/> (lines known before the run), then runs <paramref name="items"/>;
    /// <paramref name="onFile"/> is called on the calling thread once per line, in input order (files of the
    /// <see cref="BatchReader"/> last).
    /// </summary>
    public BatchOutcome Run(
        IReadOnlyList<ImportFileResult> first, IReadOnlyList<TItem> items, Action<ImportFileResult>? onFile, CancellationToken cancellationToken)
    {
        using var run = BatchRun.Begin(_store, _storeLock, _extractorVersion, cancellationToken);
        var results = new List<ImportFileResult>(first.Count + items.Count);
        void Report(ImportFileResult result)
        {
            results.Add(result);
            onFile?.Invoke(result);
        }

        run.Run(() =>
        {
            first.ToList().ForEach(Report);
            var batch = _options.BatchReader;
            var single = batch is null ? items : [.. items.Where(i => _job.Known(i) is not null || !batch.Handles(_job.PathOf(i)))];
            OrderedParallel.Run(single, _options, (item, token) => Prepare(item, token, readNow: true),
                prepared => Report(prepared.Result ?? Write(prepared, run)), run.Token);
            if (batch is not null)
            {
                ReadInBatches([.. items.Where(i => _job.Known(i) is null && batch.Handles(_job.PathOf(i)))], batch, run, Report);
            }
        });
        var (ok, failed, skipped) = _job.Counts(results);
        run.Finish(ok, failed, skipped);
        return new BatchOutcome(run.Id, results, run.Stop, first.Count + items.Count - results.Count);
    }

    private void ReadInBatches(List<TItem> items, BatchReader batch, BatchRun run, Action<ImportFileResult> report)
    {
        foreach (var chunk in items.Chunk(Math.Max(1, batch.BatchSize)))
        {
            run.Token.ThrowIfCancellationRequested();
            var prepared = chunk.Select(i => Prepare(i, run.Token, readNow: false)).ToList();
            var toRead = prepared.Where(p => p.Result is null).ToList();
            IReadOnlyList<BatchReadResult> read = [];
            if (toRead.Count > 0)
            {
                using (FileFingerprint.Assume(toRead.Select(p => KeyValuePair.Create(_job.PathOf(p.Item), p.Sha256!))))
                {
                    read = batch.Read([.. toRead.Select(p => _job.PathOf(p.Item))]);
                }
            }

            // One result per path, in order (BatchReader's contract): matched by position, so a path given twice cannot collide.
            var next = 0;
            foreach (var file in prepared)
            {
                if (file.Result is { } known)
                {
                    report(known);
                    continue;
                }

                var path = _job.PathOf(file.Item);
                var outcome = next < read.Count && read[next].Path == path ? read[next] : null;
                next++;
                report(outcome switch
                {
                    { Acta: { } acta } => Write(file with { Acta = Finish(acta, file.Sha256!) }, run),
                    { Error: { } error } => _job.Unreadable(path, error),
                    _ => _job.Failed(path, "internal error (the batch reader returned no result for it); please report it with this file"),
                });
            }
        }
    }

    /// <summary>Everything before the writer: checks, hash, the job's lookup, read, extract, classify.</summary>
    /// <param name="readNow">False for batch-read files: stops after the lookup, with the hash.</param>
    private Prepared Prepare(TItem item, CancellationToken cancellationToken, bool readNow)
    {
        if (_job.Known(item) is { } known)
        {
            return new Prepared(item, known);
        }

        var path = _job.PathOf(item);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var admission = FileAdmission.Admit(path, _options.MaxBytes, cancellationToken);
            if (admission.Refusal is { } refusal)
            {
                return new Prepared(item, (admission.Missing ? _job.Missing(item) : null) ?? _job.Unreadable(path, refusal));
            }

            var sha = admission.Sha256!;
            ImportFileResult? recognised;
            lock (_storeLock)
            {
                recognised = _job.Recognise(item, sha);
            }

            if (recognised is not null)
            {
                return new Prepared(item, recognised);
            }

            if (!readNow)
            {
                return new Prepared(item, null, null, sha);
            }

            using (FileFingerprint.Assume([KeyValuePair.Create(path, sha)]))
            {
                return new Prepared(item, null, Finish(_read(path), sha), sha);
            }
        }
        catch (SqliteException ex)
        {
            return new Prepared(item, _job.Failed(path, $"could not look it up in the database ({ex.Message}); nothing of it was stored"));
        }
        catch (ActaReadException ex)
        {
            return new Prepared(item, _job.Unreadable(path, ex));
        }
        catch (Exception ex) when (ReadFailures.Reason(ex) is { } reason)
        {
            return new Prepared(item, _job.Failed(path, reason));
        }
    }

    /// <summary>The acta as stored: with the hash of the bytes read, and labelled when there is a classifier.</summary>
    private Acta Finish(Acta acta, string sha)
    {
        acta = acta with { Source = acta.Source with { Sha256 = sha } };
        return _classifier is null ? acta : ActaLabeller.Label(acta, _classifier);
    }

    private ImportFileResult Write(Prepared prepared, BatchRun run)
    {
        var path = _job.PathOf(prepared.Item);
        try
        {
            lock (_storeLock)
            {
                return _job.Store(prepared.Item, prepared.Acta!, new StoreOptions(run.Id, _extractorVersion, _classifier?.ModelVersion));
            }
        }
        catch (SqliteException ex) when (run.DatabaseFailed(ex) is { } reason)
        {
            return _job.NotStored(path, reason);
        }
        catch (SqliteException ex)
        {
            return _job.CouldNotStore(path, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return _job.Failed(path, ReadFailures.Internal(ex));
        }
    }

    /// <summary>An item after the parallel part: its final <see cref="Result"/>, or its reading waiting for the writer
    /// (<see cref="Acta"/> null for a file still to be read in a batch).</summary>
    private sealed record Prepared(TItem Item, ImportFileResult? Result, Acta? Acta = null, string? Sha256 = null);
}
