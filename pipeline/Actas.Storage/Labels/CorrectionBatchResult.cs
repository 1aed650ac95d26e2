namespace Actas.Storage.Labels;

/// <summary>What <see cref="SqliteLabelStore.CorrectAll"/> did: corrections stored, and those equal to the item's current label (not stored).</summary>
public sealed record CorrectionBatchResult(int Stored, int Unchanged);
