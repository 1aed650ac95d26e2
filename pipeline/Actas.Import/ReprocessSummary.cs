namespace Actas.Import;

/// <summary>The counts of one <c>--reprocess-outdated</c> run.</summary>
/// <param name="UpToDate">Selected documents already read by the current extractor; not read.</param>
/// <param name="Failed">Documents whose file no longer reads as an acta, plus given paths with no stored document.</param>
/// <param name="CorrectionsReattached">Label corrections moved to the matching item of the new reading.</param>
/// <param name="CorrectionsUnmatched">Label corrections of reprocessed documents that match no item now; kept for training.</param>
/// <param name="Stop">Why the run ended before its last document; null when every one was attempted.</param>
/// <param name="NotAttempted">Documents neither read nor replaced because the run stopped.</param>
public sealed record ReprocessSummary(
    long ImportRunId,
    int Reprocessed,
    int UpToDate,
    int Missing,
    int Changed,
    int Failed,
    int CorrectionsReattached,
    int CorrectionsUnmatched,
    IReadOnlyList<ImportFileResult> Files,
    RunStop? Stop = null,
    int NotAttempted = 0)
{
    /// <summary>Whether every selected outdated document was read again.</summary>
    public bool Complete => Missing + Changed + Failed == 0 && Stop is null;

    public override string ToString() =>
        $"{Reprocessed} reprocessed, {UpToDate} up to date, {Missing} missing, {Changed} changed, {Failed} failed"
        + (Stop is null ? "" : $", {NotAttempted} not attempted");

    /// <summary>What happened to label corrections, one line each; empty when no reprocessed document had any.</summary>
    public IEnumerable<string> CorrectionLines()
    {
        if (CorrectionsReattached > 0)
        {
            yield return $"{Corrections(CorrectionsReattached)} kept on the re-read items";
        }

        if (CorrectionsUnmatched > 0)
        {
            yield return $"{Corrections(CorrectionsUnmatched)} no longer {(CorrectionsUnmatched == 1 ? "matches" : "match")} an item; kept for training";
        }
    }

    internal static string Corrections(int n) => n == 1 ? "1 correction" : $"{n} corrections";
}
