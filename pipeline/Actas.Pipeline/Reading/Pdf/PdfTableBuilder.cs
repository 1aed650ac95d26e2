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
        var rows = new List<TableRow>();
        foreach (var row in grid.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = row.OrderBy(c => c.Column)
                .Select(c => new TableCell(c.Column, c.ColumnSpan, c.ContinuesAbove ? [] : Paragraphs(lined[c], c.ColumnSpan == 1 ? widest.GetValueOrDefault(c.Column, double.MaxValue) : double.MaxValue), c.ContinuesAbove, c.Box))
                .ToList();
            rows.Add(new TableRow(cells, page));
        }

        return new Table(rows, grid.ColumnCount, SpansKnown: true, new SourceLocation(page, block, Box: grid.Box));
    }

    private static bool Place(PdfGrid grid, PdfWord word, Dictionary<PdfGridCell, List<PdfWord>> byCell)
    {
        var (x, y) = (word.CentreX, word.CentreY);
        if (x < grid.Box.Left || x > grid.Box.Right || y < grid.Box.Bottom || y > grid.Box.Top)
        {
            return false;
        }

        var cell = grid.Cells.FirstOrDefault(c => x >= c.Box.Left && x <= c.Box.Right && y >= c.Box.Bottom && y <= c.Box.Top);
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

    private List<string> Paragraphs(IReadOnlyList<PdfLine> cellLines, double widest)
    {
        var result = new List<string>();
        foreach (var paragraph in paragraphs.Group(cellLines))
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
