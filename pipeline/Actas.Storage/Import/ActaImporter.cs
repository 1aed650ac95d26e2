using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Labelling;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Microsoft.Data.Sqlite;

namespace Actas.Storage.Import;

/// <summary>
/// read → (classify) → store for a batch of files. Each file is hashed first, so a file already stored (here
/// or under another name) is not extracted again. A file that fails is reported and the batch goes on.
/// </summary>
public sealed class ActaImporter
{
    private readonly SqliteActaStore _store;
    private readonly Func<string, Acta> _read;
    private readonly IFeedbackClassifier? _classifier;
    private readonly string? _extractorVersion;

    /// <param name="read">Reads and extracts one file, e.g. <c>ActaPipeline.Process</c>; throws <see cref="ActaReadException"/> for a bad file.</param>
    /// <param name="classifier">Labels feedback before storing; null keeps the labels the acta came with.</param>
    public ActaImporter(SqliteActaStore store, Func<string, Acta> read, IFeedbackClassifier? classifier = null, string? extractorVersion = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        _store = store;
        _read = read;
        _classifier = classifier;
        _extractorVersion = extractorVersion;
    }

    public ImportSummary Import(
        IReadOnlyList<ImportCandidate> candidates,
        Action<ImportFileResult>? onFile = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var runId = _store.BeginImportRun(_extractorVersion);
        var results = new List<ImportFileResult>(candidates.Count);
        try
        {
            foreach (var candidate in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = ImportOne(candidate, runId);
                results.Add(result);
                onFile?.Invoke(result);
            }
        }
        finally
        {
            _store.FinishImportRun(runId, Count(results, ImportFileOutcome.Stored, ImportFileOutcome.NewVersion),
                Count(results, ImportFileOutcome.Failed),
                Count(results, ImportFileOutcome.Unchanged, ImportFileOutcome.RenamedDuplicate, ImportFileOutcome.SameSession));
        }

        return new ImportSummary(
            runId,
            Count(results, ImportFileOutcome.Stored, ImportFileOutcome.NewVersion),
            Count(results, ImportFileOutcome.Unchanged, ImportFileOutcome.RenamedDuplicate, ImportFileOutcome.SameSession),
            Count(results, ImportFileOutcome.Failed),
            results);
    }

    private ImportFileResult ImportOne(ImportCandidate candidate, long runId)
    {
        var path = candidate.Path;
        if (candidate.Problem is { } problem)
        {
            return Failed(path, problem);
        }

        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Failed(path, ActaReadException.NotFound(path).Reason);
            }

            if (file.Length == 0)
            {
                return Failed(path, ActaReadException.Empty(path).Reason);
            }

            var sha = FileFingerprint.Sha256(path);
            var stored = _store.Recognise(sha, path);
            if (stored is null)
            {
                var acta = _read(path);
                acta = acta with { Source = acta.Source with { Sha256 = sha } };
                if (_classifier is not null)
                {
                    acta = ActaLabeller.Label(acta, _classifier);
                }

                stored = _store.Store(acta, path, new StoreOptions(runId, _extractorVersion, _classifier?.ModelVersion));
            }

            return Describe(path, stored);
        }
        catch (ActaReadException ex)
        {
            return Failed(path, ex.Reason);
        }
        catch (SqliteException ex)
        {
            return Failed(path, $"could not store it ({ex.Message}); nothing of it was stored");
        }
        catch (IOException ex)
        {
            return Failed(path, $"could not read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return Failed(path, "permission denied; check the file's permissions");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a later stage must not stop the batch; say so plainly so it gets reported.
            return Failed(path, $"internal error ({ex.GetType().Name}: {ex.Message}); please report it with this file");
        }
    }

    private static ImportFileResult Describe(string path, StoreResult stored) => stored.Outcome switch
    {
        StoreOutcome.Stored => new(path, ImportFileOutcome.Stored, "stored"),
        StoreOutcome.NewVersion => new(path, ImportFileOutcome.NewVersion, "stored as a new version; the earlier version is kept"),
        StoreOutcome.Unchanged => new(path, ImportFileOutcome.Unchanged, "unchanged"),
        StoreOutcome.RenamedDuplicate => new(path, ImportFileOutcome.RenamedDuplicate, $"renamed duplicate of {stored.ExistingPath}"),
        StoreOutcome.SameSession => new(path, ImportFileOutcome.SameSession, $"same session as {stored.ExistingPath}; not stored twice"),
        _ => throw new InvalidOperationException($"unknown store outcome {stored.Outcome}"),
    };

    private static ImportFileResult Failed(string path, string reason) => new(path, ImportFileOutcome.Failed, reason);

    private static int Count(List<ImportFileResult> results, params ImportFileOutcome[] outcomes) =>
        results.Count(r => outcomes.Contains(r.Outcome));
}
