namespace Actas.Import;

/// <summary>What a <see cref="BatchRunner{TItem}"/> run did: one result per item attempted, in the order reported.</summary>
/// <param name="RunId">The <c>import_runs</c> row; 0 when it could not be written.</param>
/// <param name="Stop">Why the run ended before its last item; null when every item was attempted.</param>
/// <param name="NotAttempted">Items neither read nor stored because the run stopped.</param>
internal sealed record BatchOutcome(long RunId, IReadOnlyList<ImportFileResult> Results, RunStop? Stop, int NotAttempted)
{
    public int Count(params ImportFileOutcome[] outcomes) => CountOf(Results, outcomes);

    public static int CountOf(IReadOnlyList<ImportFileResult> results, params ImportFileOutcome[] outcomes) =>
        results.Count(r => outcomes.Contains(r.Outcome));
}
