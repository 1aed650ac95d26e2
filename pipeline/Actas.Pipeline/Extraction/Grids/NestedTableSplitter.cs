using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A table nested in a cell reaches extraction as one paragraph per nested row, its cells joined by
/// " | " (see the readers). When such a cell holds a label | value table (minutes organised by institution:
/// one outer cell per institution, a nested table per goal):
/// <code>
/// Estrategia | 205 Prevenir y sancionar…
/// Meta | 205.1 Se atienden las quejas…
/// Responsable | COPRED
/// Avance reportado | En el primer semestre…
/// Retroalimentación | El informe presenta…
/// Se sugiere precisar…                      (a further paragraph of the value)
/// </code>
/// each nested row becomes a row of its own with its cells, so the label column reads as in any
/// label | value table; a paragraph without " | " is one more paragraph of the value above it.
/// </summary>
public static class NestedTableSplitter
{
    private const string CellSeparator = " | ";

    public static IEnumerable<Row> Split(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Table is not null && row.NonEmpty.Skip(1).FirstOrDefault(c => IsHeaderedGrid(c.Paragraphs)) is { } grid)
        {
            return SplitGrid(row, grid);
        }

        if (row.Table is not null && !row.IsSingle && row.NonEmpty.Skip(1).FirstOrDefault(c => IsLabelValueTable(c.Paragraphs)) is { } beside)
        {
            // "Meta 710.1 | [Meta | Se elabora… ¶ Indicador | … ¶ Informe | …]": the cells before the nested table stay a
            // row of their own (the goal's heading), each nested row becomes a row.
            var before = row.NonEmpty.TakeWhile(c => !ReferenceEquals(c, beside)).ToList();
            return [row with { Cells = before }, .. SplitLabelValue(row, beside)];
        }

        if (row.Table is null || !row.IsSingle || row.NonEmpty.First() is not { } cell || !IsLabelValueTable(cell.Paragraphs))
        {
            return [row];
        }

        return SplitLabelValue(row, cell);
    }

    private static List<Row> SplitLabelValue(Row row, RowCell cell)
    {
        var rows = new List<Row>();
        foreach (var paragraph in cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var parts = paragraph.Split(CellSeparator);
            if (parts.Length == 1 && rows.Count > 0)
            {
                // A further paragraph of the value above: one more paragraph of that cell (two comments, two items).
                var above = rows[^1];
                var last = above.Cells[^1];
                rows[^1] = above with { Cells = [.. above.Cells.SkipLast(1), last with { Paragraphs = [.. last.Paragraphs, paragraph.Trim()] }] };
                continue;
            }

            rows.Add(row with { Cells = parts.Select((p, i) => new RowCell(cell.Column + i, 1, [p.Trim()])).ToList() });
        }

        return rows;
    }

    /// <summary>
    /// A cell beside a strategy's name holding a nested grid whose first row names its columns, one goal per row:
    /// <code>
    /// Estrategia: ¶ 142 ¶ Ampliar…  | Meta | Instancia ejecutora | Informe | Retroalimentación
    ///                               | 142.1 Se incrementa…  | SIBISO | Operan 512 comedores… | …
    /// </code>
    /// The cells before the grid stay a row of their own (the strategy's heading); each nested row becomes a row
    /// with its cells, which the grid readers take as any header-row table.
    /// </summary>
    private static IEnumerable<Row> SplitGrid(Row row, RowCell grid)
    {
        var before = row.NonEmpty.TakeWhile(c => !ReferenceEquals(c, grid)).ToList();
        var rows = new List<Row>();
        if (before.Count > 0)
        {
            rows.Add(row with { Cells = before });
        }

        foreach (var paragraph in grid.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var parts = paragraph.Split(CellSeparator);
            if (parts.Length == 1 && rows.Count > 0 && rows[^1].Cells.Count > 1)
            {
                var above = rows[^1];
                var last = above.Cells[^1];
                rows[^1] = above with { Cells = [.. above.Cells.SkipLast(1), last with { Paragraphs = [.. last.Paragraphs, paragraph.Trim()] }] };
                continue;
            }

            rows.Add(row with { Cells = parts.Select((p, i) => new RowCell(grid.Column + i, 1, [p.Trim()])).ToList() });
        }

        return rows;
    }

    /// <summary>A nested grid: its first paragraph is a nested row of at least two cells, each a strategy-block label.</summary>
    private static bool IsHeaderedGrid(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count >= 2 && paragraphs[0].Split(CellSeparator) is { Length: >= 2 } header
        && header.All(h => StrategyLabels.Read(h.Trim()) is { Rest.Length: 0 })
        && paragraphs.Skip(1).Any(p => p.Contains(CellSeparator, StringComparison.Ordinal));

    /// <summary>At least two nested rows whose first cell is a strategy-block label (Estrategia, Meta, Informe…).</summary>
    private static bool IsLabelValueTable(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count(p => p.Split(CellSeparator) is { Length: 2 } parts && IsLabel(parts[0].Trim())) >= 2;

    private static bool IsLabel(string text) =>
        ActaVocabulary.StrategyColumn.IsWhole(text.TrimEnd(':')) || StrategyLabels.Read(text) is { Rest.Length: 0 };
}
