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
        var rows = new List<TableRow>();
        foreach (var row in grid.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = row.OrderBy(c => c.Column)
                .Select(c => new TableCell(c.Column, c.ColumnSpan, c.ContinuesAbove ? [] : Paragraphs(byCell[c]), c.ContinuesAbove, c.Box))
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

    private List<string> Paragraphs(List<PdfWord> words)
    {
        var result = new List<string>();
        foreach (var paragraph in paragraphs.Group(lines.Group(words)))
        {
            var text = WhitespaceCollapser.Collapse(string.Join(' ', paragraph.Select(l => l.Text.Replace('\t', ' '))));
            if (text.Length > 0)
            {
                result.Add(text);
            }
        }

        return result;
    }
}
