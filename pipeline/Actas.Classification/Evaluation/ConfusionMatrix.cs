namespace Actas.Classification.Evaluation;

/// <summary>Counts[actual][predicted], both indexed by <see cref="Labels"/>.</summary>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts);
