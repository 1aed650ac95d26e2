namespace Actas.Import;

/// <summary>The counts of one import run; <see cref="Unchanged"/> includes renamed duplicates and second formats of a stored session.</summary>
/// <param name="Stop">Why the run ended before its last file; null when every file was attempted.</param>
/// <param name="NotAttempted">Files neither read nor stored because the run stopped.</param>
public sealed record ImportSummary(
    long ImportRunId, int Stored, int Unchanged, int Failed, IReadOnlyList<ImportFileResult> Files, RunStop? Stop = null, int NotAttempted = 0)
{
    public override string ToString() =>
        $"{Stored} stored, {Unchanged} unchanged, {Failed} failed" + (Stop is null ? "" : $", {NotAttempted} not attempted");
}
