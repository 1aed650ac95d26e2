namespace Actas.Pipeline.Extraction;

/// <summary>The rows of one strategy block, from its "Estrategia NNN" row on.</summary>
public sealed record StrategySegment(int Number, string? Title, IReadOnlyList<Row> Rows);
