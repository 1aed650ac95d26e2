namespace Actas.Storage;

/// <summary>The outcome of replacing one document's rows.</summary>
/// <param name="CorrectionsReattached">Label corrections moved to the re-read item with the same strategy and folded text.</param>
/// <param name="CorrectionsUnmatched">Label corrections whose item has no match in the new reading; kept with
/// <c>feedback_item_id</c> NULL (still training data).</param>
public sealed record ReplaceResult(ReplaceOutcome Outcome, int CorrectionsReattached = 0, int CorrectionsUnmatched = 0);
