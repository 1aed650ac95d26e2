namespace Actas.Storage;

/// <summary>The outcome of storing one document.</summary>
/// <param name="DocumentId">The documents row now holding this file's content (the earlier row when nothing was written).</param>
/// <param name="ExistingPath">For <see cref="StoreOutcome.RenamedDuplicate"/>, <see cref="StoreOutcome.NewVersion"/> and
/// <see cref="StoreOutcome.SameSession"/>, <see cref="StoreOutcome.CorrectedCopy"/> and <see cref="StoreOutcome.EarlierCopy"/>:
/// the path of the document already stored; otherwise null.</param>
/// <param name="CorrectionsReattached">For <see cref="StoreOutcome.CorrectedCopy"/>: label corrections moved to this file's items.</param>
/// <param name="CorrectionsUnmatched">For <see cref="StoreOutcome.CorrectedCopy"/>: label corrections with no matching item here,
/// kept without an item.</param>
public sealed record StoreResult(
    StoreOutcome Outcome, long DocumentId, string? ExistingPath = null, int CorrectionsReattached = 0, int CorrectionsUnmatched = 0);
