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
    /// <param name="nested">Tables drawn inside cells of this grid, already filled (<see cref="NestedGrids"/>): each becomes its cell's paragraphs in its place.</param>
    public Table Build(PdfGrid grid, List<PdfWord> words, int page, int block, IReadOnlyList<Table>? nested = null)
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
                .Select(c => new TableCell(c.Column, c.ColumnSpan, c.ContinuesAbove ? [] : CellParagraphs(c, nested), c.ContinuesAbove, c.Box))
                .ToList();
            rows.Add(new TableRow(cells, page));
        }

        return new Table(rows, grid.ColumnCount, SpansKnown: true, new SourceLocation(page, block, Box: grid.Box));

        List<string> CellParagraphs(PdfGridCell c, IReadOnlyList<Table>? inside)
        {
            var own = lined[c];
            var width = c.ColumnSpan == 1 ? widest.GetValueOrDefault(c.Column, double.MaxValue) : double.MaxValue;
            IReadOnlyDictionary<double, double>? step = c.ColumnSpan == 1 && Wrapped(own, rights.GetValueOrDefault(c.Column)) ? steps.GetValueOrDefault(c.Column) : null;
            double? right = grid.RowsDrawn ? c.Box.Right : null;
            var held = inside?.Where(t => t.Location.Box is { } box && NestedGrids.Holds(c.Box, box)).OrderByDescending(t => t.Location.Box!.Top).ToList();
            if (held is not { Count: > 0 })
            {
                return Paragraphs(own, width, step, right);
            }

            // The cell's lines above each nested table, the table's rows, and the lines below the last one.
            var result = new List<string>();
            var rest = own.ToList();
            foreach (var table in held)
            {
                var top = table.Location.Box!.Top;
                result.AddRange(Paragraphs([.. rest.Where(l => (l.Box.Top + l.Box.Bottom) / 2 > top)], width, step, right));
                rest.RemoveAll(l => (l.Box.Top + l.Box.Bottom) / 2 > top);
                result.AddRange(NestedGrids.Paragraphs(table));
            }

            result.AddRange(Paragraphs(rest, width, step, right));
            return result;
        }
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
