namespace Actas.Storage.Labels;

/// <summary>What <see cref="SqliteLabelStore.CorrectAll"/> did: decisions stored (corrections and first confirmations), and those equal to the item's newest decision (not stored).</summary>
public sealed record CorrectionBatchResult(int Stored, int Unchanged);
