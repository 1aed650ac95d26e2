using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Fills a <see cref="PdfGrid"/> with the words whose centre falls in each cell, and splits
/// each cell's text into paragraphs by vertical gap.
/// </summary>
public sealed class PdfTableBuilder(LineGrouper lines, ParagraphGrouper paragraphs)
{
    /// <summary>The table; <paramref name="words"/> loses the words it placed.</summary>
    public Table Build(PdfGrid grid, List<PdfWord> words, int page, int block)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(words);
        var byCell = grid.Cells.ToDictionary(c => c, _ => new List<PdfWord>());
        words.RemoveAll(word => Place(grid, word, byCell));
        var lined = byCell.ToDictionary(p => p.Key, p => lines.Group(p.Value));
        var widest = lined.Where(p => p.Key.ColumnSpan == 1).GroupBy(p => p.Key.Column)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Select(l => l.Box.Width).DefaultIfEmpty(0).Max());
        var steps = lined.Where(p => p.Key.ColumnSpan == 1).GroupBy(p => p.Key.Column)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<double, double>)ParagraphGrouper.TypicalSteps([.. g.OrderBy(p => p.Key.Row).SelectMany(p => p.Value)]));
        var rights = lined.Where(p => p.Key.ColumnSpan == 1).GroupBy(p => p.Key.Column)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Select(l => l.Box.Right).DefaultIfEmpty(0).Max());
        var rows = new List<TableRow>();
        foreach (var row in grid.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = row.OrderBy(c => c.Column)
                .Select(c => new TableCell(c.Column, c.ColumnSpan, c.ContinuesAbove ? [] : Paragraphs(lined[c], c.ColumnSpan == 1 ? widest.GetValueOrDefault(c.Column, double.MaxValue) : double.MaxValue, c.ColumnSpan == 1 && Wrapped(lined[c], rights.GetValueOrDefault(c.Column)) ? steps.GetValueOrDefault(c.Column) : null, grid.RowsDrawn ? c.Box.Right : null), c.ContinuesAbove, c.Box))
                .ToList();
            rows.Add(new TableRow(cells, page));
        }

        return new Table(rows, grid.ColumnCount, SpansKnown: true, new SourceLocation(page, block, Box: grid.Box));
    }

    private static bool Place(PdfGrid grid, PdfWord word, Dictionary<PdfGridCell, List<PdfWord>> byCell)
    {
        if (!word.IsIn(grid.Box))
        {
            return false;
        }

        var cell = grid.Cells.FirstOrDefault(c => word.IsIn(c.Box));
        while (cell is { ContinuesAbove: true })
        {
            var current = cell;
            cell = grid.Cells.FirstOrDefault(c => c.Row == current.Row - 1 && c.Column == current.Column);
        }

        if (cell is null)
        {
            return false;
        }

        byCell[cell].Add(word);
        return true;
    }

    /// <summary>
    /// Every line of the cell but its last reaches the column's right edge: text wrapped at the edge, whose line step
    /// is the column's (a name over its role stops short and keeps its own spacing).
    /// </summary>
    private static bool Wrapped(IReadOnlyList<PdfLine> cellLines, double right) =>
        cellLines.Count > 1 && cellLines.SkipLast(1).All(l => right - l.Box.Right < Math.Max(l.FontSize, 1));

    private List<string> Paragraphs(IReadOnlyList<PdfLine> cellLines, double widest, IReadOnlyDictionary<double, double>? columnSteps, double? right)
    {
        var result = new List<string>();
        foreach (var paragraph in paragraphs.Group(cellLines, columnSteps, right))
        {
            var text = WhitespaceCollapser.Collapse(BrokenWordJoiner.Join(paragraph, widest));
            if (text.Length > 0)
            {
                result.Add(text);
            }
        }

        return result;
    }
}
