using Actas.Pipeline.Model;

namespace Actas.Import;

/// <summary>
/// <c>--reprocess-outdated</c>'s part of a <see cref="BatchRunner{TItem}"/> run: a stored document whose file is still
/// there with the same bytes is read again and its rows replaced (<see cref="SqliteActaStore.Replace"/>); one whose file
/// is gone, has other bytes now, or no longer reads as an acta keeps its rows. Counts the label corrections moved.
/// </summary>
internal sealed class ReprocessJob(SqliteActaStore store, string extractorVersion, int upToDate) : IBatchJob<StoredDocument>
{
    public int CorrectionsReattached { get; private set; }

    public int CorrectionsUnmatched { get; private set; }

    public string PathOf(StoredDocument item) => item.Path;

    public ImportFileResult? Known(StoredDocument item) => null;

    public ImportFileResult? Missing(StoredDocument item) => new(item.Path, ImportFileOutcome.Missing,
        $"file not found; the stored document (read by extractor {Shown(item.ExtractorVersion)}) is kept as it is");

    public ImportFileResult? Recognise(StoredDocument item, string sha256) =>
        string.Equals(sha256, item.Sha256, StringComparison.OrdinalIgnoreCase) ? null : Changed(item.Path);

    public ImportFileResult Store(StoredDocument item, Acta acta, StoreOptions options)
    {
        var replaced = store.Replace(item.Id, acta, options);
        switch (replaced.Outcome)
        {
            case ReplaceOutcome.Replaced:
                CorrectionsReattached += replaced.CorrectionsReattached;
                CorrectionsUnmatched += replaced.CorrectionsUnmatched;
                return new ImportFileResult(item.Path, ImportFileOutcome.Reprocessed, Reprocessed(item, replaced));
            case ReplaceOutcome.ContentChanged:
                return Changed(item.Path);
            case ReplaceOutcome.NotCurrent:
                return new ImportFileResult(item.Path, ImportFileOutcome.Changed,
                    "no longer the current document of this file (another import stored a new version meanwhile); nothing written");
            default:
                throw new InvalidOperationException($"unknown replace outcome {replaced.Outcome}");
        }
    }

    public ImportFileResult Failed(string path, string reason) =>
        new(path, ImportFileOutcome.Failed, $"{reason}; the stored document is kept as it is");

    /// <summary>Keeps the failure beside the English line, so a front end words the reason in the user's language.</summary>
    public ImportFileResult Unreadable(string path, Pipeline.Diagnostics.ActaReadException error) => Failed(path, error.Reason) with { ReadError = error };

    public ImportFileResult NotStored(string path, string databaseReason) => Failed(path, $"the new reading was not stored: {databaseReason}");

    public ImportFileResult CouldNotStore(string path, string sqliteMessage) => Failed(path, $"could not store the new reading ({sqliteMessage})");

    public (int Ok, int Failed, int Skipped) Counts(IReadOnlyList<ImportFileResult> results) =>
        (BatchOutcome.CountOf(results, ImportFileOutcome.Reprocessed), BatchOutcome.CountOf(results, ImportFileOutcome.Failed),
            upToDate + BatchOutcome.CountOf(results, ImportFileOutcome.Missing, ImportFileOutcome.Changed));

    private string Reprocessed(StoredDocument document, ReplaceResult replaced)
    {
        var line = $"reprocessed (extractor {Shown(document.ExtractorVersion)} → {extractorVersion})";
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

    private static string Shown(string? version) => version ?? "unknown";
}
