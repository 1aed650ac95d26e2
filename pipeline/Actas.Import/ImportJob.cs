using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>
/// <c>actas import</c>'s part of a <see cref="BatchRunner{TItem}"/> run: content already stored (here or under another
/// name) is recognised by its hash and not read again; a new reading is stored as a new document, a new version, a
/// corrected or earlier copy of a session, or recognised as the same session.
/// </summary>
internal sealed class ImportJob(SqliteActaStore store) : IBatchJob<ImportCandidate>
{
    /// <summary>Outcomes that wrote the file's rows.</summary>
    public static readonly ImportFileOutcome[] Written =
        [ImportFileOutcome.Stored, ImportFileOutcome.NewVersion, ImportFileOutcome.CorrectedCopy, ImportFileOutcome.EarlierCopy];

    /// <summary>Outcomes counted as unchanged: the content or the session is stored already.</summary>
    public static readonly ImportFileOutcome[] Skipped =
        [ImportFileOutcome.Unchanged, ImportFileOutcome.RenamedDuplicate, ImportFileOutcome.SameSession];

    public string PathOf(ImportCandidate item) => item.Path;

    public ImportFileResult? Known(ImportCandidate item) => item switch
    {
        { ReadError: { } error } => Unreadable(item.Path, error),
        { Problem: { } problem } => Failed(item.Path, problem),
        _ => null,
    };

    public ImportFileResult? Missing(ImportCandidate item) => null;

    public ImportFileResult? Recognise(ImportCandidate item, string sha256) =>
        store.Recognise(sha256, item.Path) is { } stored ? Describe(item.Path, stored) : null;

    public ImportFileResult Store(ImportCandidate item, Acta acta, StoreOptions options) => Describe(item.Path, store.Store(acta, item.Path, options));

    public ImportFileResult Failed(string path, string reason) => new(path, ImportFileOutcome.Failed, reason);

    /// <summary>Keeps the failure itself beside its English reason, so the CLI words the line in the user's language.</summary>
    public ImportFileResult Unreadable(string path, Pipeline.Diagnostics.ActaReadException error) =>
        new(path, ImportFileOutcome.Failed, error.Reason, ReadError: error);

    public ImportFileResult NotStored(string path, string databaseReason) => Failed(path, $"not stored: {databaseReason}; nothing of it was written");

    public ImportFileResult CouldNotStore(string path, string sqliteMessage) => Failed(path, $"could not store it ({sqliteMessage}); nothing of it was stored");

    public (int Ok, int Failed, int Skipped) Counts(IReadOnlyList<ImportFileResult> results) =>
        (BatchOutcome.CountOf(results, Written), BatchOutcome.CountOf(results, ImportFileOutcome.Failed), BatchOutcome.CountOf(results, Skipped));

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

    private static string CorrectionsMoved(StoreResult stored) => (stored.CorrectionsReattached, stored.CorrectionsUnmatched) switch
    {
        (0, 0) => "",
        (var moved, 0) => $"; {moved} label correction(s) moved to it",
        (var moved, var unmatched) => $"; {moved} label correction(s) moved to it, {unmatched} kept without an item (no matching text)",
    };
}
