using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Import;

/// <summary>
/// <c>actas import --reprocess-outdated</c>: reads stored documents again from their paths with the current
/// extractor and replaces each one's rows in one transaction (<see cref="SqliteActaStore.Replace"/>), with the
/// import's scheduling (<see cref="OrderedParallel"/>, legacy Office files in batches last) and its one line per file.
/// A document whose file is gone, has other bytes now, or no longer reads as an acta keeps its rows.
/// </summary>
public sealed class ActaReprocessor
{
    private readonly SqliteActaStore _store;
    private readonly Lock _storeLock = new();
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string _extractorVersion;
    private readonly ImportOptions _options;
    private BatchRun? _run;

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
    public ReprocessSelection Select(IReadOnlyList<string> paths)
    {
        lock (_storeLock)
        {
            return ReprocessSelection.Of(_store.CurrentDocuments(), paths, _extractorVersion);
        }
    }

    /// <summary>
    /// Reads <see cref="ReprocessSelection.Outdated"/> again; <paramref name="onFile"/> is called on the calling thread
    /// once per given path without documents, then once per document, by path (legacy Office files last).
    /// </summary>
    public ReprocessSummary Reprocess(ReprocessSelection selection, Action<ImportFileResult>? onFile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        using var run = BatchRun.Begin(_store, _storeLock, _extractorVersion, cancellationToken);
        _run = run;
        var results = new List<ImportFileResult>();
        int reattached = 0, unmatched = 0;
        void Report(ImportFileResult result)
        {
            results.Add(result);
            onFile?.Invoke(result);
        }

        void Write(Prepared prepared)
        {
            var (result, replaced) = prepared.Result is { } known ? (known, (ReplaceResult?)null) : Replace(prepared, run.Id);
            reattached += replaced?.CorrectionsReattached ?? 0;
            unmatched += replaced?.CorrectionsUnmatched ?? 0;
            Report(result);
        }

        run.Run(() =>
        {
            foreach (var path in selection.PathsWithoutDocuments)
            {
                Report(new ImportFileResult(path, ImportFileOutcome.Failed, "no current stored document under this path"));
            }

            var batch = _options.BatchReader;
            var single = batch is null ? selection.Outdated : [.. selection.Outdated.Where(d => !batch.Handles(d.Path))];
            OrderedParallel.Run(single, _options, (document, token) => Prepare(document, token, readNow: true), Write, run.Token);
            if (batch is not null)
            {
                ReprocessInBatches([.. selection.Outdated.Where(d => batch.Handles(d.Path))], batch, Write, run.Token);
            }
        });
        run.Finish(Count(results, ImportFileOutcome.Reprocessed), Count(results, ImportFileOutcome.Failed),
            selection.UpToDate + Count(results, ImportFileOutcome.Missing, ImportFileOutcome.Changed));

        return new ReprocessSummary(
            run.Id,
            Count(results, ImportFileOutcome.Reprocessed),
            selection.UpToDate,
            Count(results, ImportFileOutcome.Missing),
            Count(results, ImportFileOutcome.Changed),
            Count(results, ImportFileOutcome.Failed),
            reattached,
            unmatched,
            results,
            run.Stop,
            selection.Outdated.Count + selection.PathsWithoutDocuments.Count - results.Count);
    }

    private void ReprocessInBatches(List<StoredDocument> documents, BatchReader batch, Action<Prepared> write, CancellationToken cancellationToken)
    {
        foreach (var chunk in documents.Chunk(Math.Max(1, batch.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = chunk.Select(d => Prepare(d, cancellationToken, readNow: false)).ToList();
            var toRead = prepared.Where(p => p.Result is null).Select(p => p.Document.Path).ToList();
            // Matched by position (one result per path, in order): two stored documents with one path cannot collide.
            var read = toRead.Count == 0 ? [] : batch.Read(toRead);
            var next = 0;
            foreach (var file in prepared)
            {
                var path = file.Document.Path;
                BatchReadResult? outcome = null;
                if (file.Result is null)
                {
                    outcome = next < read.Count && read[next].Path == path ? read[next] : null;
                    next++;
                }

                write(file.Result is not null ? file : outcome switch
                {
                    { Acta: { } acta } => file with { Acta = ActaImporter.Finish(acta, file.Document.Sha256, _classifier) },
                    { Error: { } error } => file with { Result = Kept(path, error.Reason) },
                    _ => file with { Result = Kept(path, "internal error (the batch reader returned no result for it); please report it with this file") },
                });
            }
        }
    }

    /// <summary>Everything before the writer: the file still there with the same bytes, then read, extract, classify.</summary>
    /// <param name="readNow">False for batch-read files: stops after the checks.</param>
    private Prepared Prepare(StoredDocument document, CancellationToken cancellationToken, bool readNow)
    {
        var path = document.Path;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!File.Exists(path))
            {
                return new Prepared(document, new ImportFileResult(path, ImportFileOutcome.Missing,
                    $"file not found; the stored document (read by extractor {Shown(document.ExtractorVersion)}) is kept as it is"));
            }

            var (sha, refusal) = FileAdmission.Admit(path, _options.MaxBytes, cancellationToken);
            if (refusal is not null)
            {
                return new Prepared(document, Kept(path, refusal.Reason));
            }

            if (!string.Equals(sha, document.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return new Prepared(document, Changed(path));
            }

            return new Prepared(document, null, readNow ? ActaImporter.Finish(_read(path), document.Sha256, _classifier) : null);
        }
        catch (Exception ex) when (ReadFailures.Reason(ex) is { } reason)
        {
            return new Prepared(document, Kept(path, reason));
        }
    }

    private (ImportFileResult Result, ReplaceResult? Replaced) Replace(Prepared prepared, long runId)
    {
        var path = prepared.Document.Path;
        try
        {
            ReplaceResult replaced;
            lock (_storeLock)
            {
                replaced = _store.Replace(prepared.Document.Id, prepared.Acta!, new StoreOptions(runId, _extractorVersion, _classifier?.ModelVersion));
            }

            return replaced.Outcome switch
            {
                ReplaceOutcome.Replaced => (new ImportFileResult(path, ImportFileOutcome.Reprocessed, Reprocessed(prepared.Document, replaced)), replaced),
                ReplaceOutcome.ContentChanged => (Changed(path), null),
                ReplaceOutcome.NotCurrent => (new ImportFileResult(path, ImportFileOutcome.Changed,
                    "no longer the current document of this file (another import stored a new version meanwhile); nothing written"), null),
                _ => throw new InvalidOperationException($"unknown replace outcome {replaced.Outcome}"),
            };
        }
        catch (SqliteException ex) when (_run?.DatabaseFailed(ex) is { } reason)
        {
            return (Kept(path, $"the new reading was not stored: {reason}"), null);
        }
        catch (SqliteException ex)
        {
            return (Kept(path, $"could not store the new reading ({ex.Message})"), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (Kept(path, ReadFailures.Internal(ex)), null);
        }
    }

    private string Reprocessed(StoredDocument document, ReplaceResult replaced)
    {
        var line = $"reprocessed (extractor {Shown(document.ExtractorVersion)} → {_extractorVersion})";
        if (replaced.CorrectionsReattached > 0)
        {
            line += $"; {ReprocessSummary.Corrections(replaced.CorrectionsReattached)} kept on the re-read items";
        }

        if (replaced.CorrectionsUnmatched > 0)
        {
            line += $"; {ReprocessSummary.Corrections(replaced.CorrectionsUnmatched)} matched no item (kept for training)";
        }

        return line;
    }

    private static ImportFileResult Changed(string path) => new(path, ImportFileOutcome.Changed,
        "the file changed since it was stored; the stored document is kept as it is (`actas import` stores the new content as a new version)");

    private static ImportFileResult Kept(string path, string reason) =>
        new(path, ImportFileOutcome.Failed, $"{reason}; the stored document is kept as it is");

    private static string Shown(string? version) => version ?? "unknown";

    private static int Count(List<ImportFileResult> results, params ImportFileOutcome[] outcomes) =>
        results.Count(r => outcomes.Contains(r.Outcome));

    /// <summary>A document after the parallel part: its final <see cref="Result"/>, or its new reading waiting for the writer.</summary>
    private sealed record Prepared(StoredDocument Document, ImportFileResult? Result, Acta? Acta = null);
}
