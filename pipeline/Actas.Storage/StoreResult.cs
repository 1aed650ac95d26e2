namespace Actas.Storage;

/// <summary>The outcome of storing one document.</summary>
/// <param name="DocumentId">The documents row now holding this file's content (the earlier row when nothing was written).</param>
/// <param name="ExistingPath">For <see cref="StoreOutcome.RenamedDuplicate"/>, <see cref="StoreOutcome.NewVersion"/> and
/// <see cref="StoreOutcome.SameSession"/>: the path of the document already stored; otherwise null.</param>
public sealed record StoreResult(StoreOutcome Outcome, long DocumentId, string? ExistingPath = null);
