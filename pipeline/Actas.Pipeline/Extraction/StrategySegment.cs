namespace Actas.Pipeline.Extraction;

/// <summary>The rows of one strategy block, from its "Estrategia NNN" row on.</summary>
/// <param name="InitialField">
/// The label the block's first rows stand under when it has none of its own: "Observaciones de
/// sociedad civil" over the sub-headings "Estrategia 361" ¶ text, "Estrategia 366" ¶ text.
/// </param>
public sealed record StrategySegment(int Number, string? Title, IReadOnlyList<Row> Rows, StrategyField InitialField = StrategyField.None);
