using AngleSharp.Html.Dom;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Html;

/// <summary>
/// An HTML table on its column grid, as <see cref="DocxTableBuilder"/> lays out a Word table: <c>colspan</c> is the cell's
/// span, a cell under a <c>rowspan</c> is a <see cref="TableCell.ContinuesAbove"/> cell, the rows of <c>thead</c>,
/// <c>tbody</c> and <c>tfoot</c> in the order a browser draws them. A cell's paragraphs are its blocks and soft lines; a
/// table nested in a cell is one paragraph per row, its cells joined by " | ".
/// </summary>
internal static class HtmlTableGrid
{
    private const int MaxSpan = 1000;

    /// <summary>The table, or null when it has no cell with text; its location is a placeholder.</summary>
    public static Table? Build(IHtmlTableElement table)
    {
        var rows = new List<TableRow>();
        var carried = new List<int>(); // per grid column: rows still covered by a rowspan from above
        var columns = 0;
        var anyText = false;
        foreach (var row in table.Rows.Where(HtmlFlow.IsShown))
        {
            var cells = new List<TableCell>();
            var column = 0;
            foreach (var cell in row.Cells.Where(HtmlFlow.IsShown))
            {
                column = SkipCarried(carried, column, cells);
                var span = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                var down = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                var (paragraphs, labels) = Paragraphs(cell);
                anyText |= paragraphs.Count > 0;
                cells.Add(new TableCell(column, span, paragraphs, ListLabels: labels.Any(l => l is not null) ? labels : null));
                for (var c = column; c < column + span; c++)
                {
                    while (carried.Count <= c)
                    {
                        carried.Add(0);
                    }

                    carried[c] = down - 1;
                }

                column += span;
            }

            column = SkipCarried(carried, column, cells, toEnd: true);
            columns = Math.Max(columns, column);
            rows.Add(new TableRow(cells));
        }

        return anyText ? new Table(rows, columns, SpansKnown: true, new SourceLocation(null, 0)) : null;
    }

    /// <summary>Emits a continuing cell for each column at <paramref name="column"/> (or every one left) still under a rowspan.</summary>
    private static int SkipCarried(List<int> carried, int column, List<TableCell> cells, bool toEnd = false)
    {
        while (column < carried.Count && carried[column] > 0)
        {
            carried[column]--;
            cells.Add(new TableCell(column, 1, [], ContinuesAbove: true));
            column++;
        }

        if (toEnd)
        {
            for (var c = column; c < carried.Count; c++)
            {
                if (carried[c] > 0)
                {
                    carried[c]--;
                    cells.Add(new TableCell(c, 1, [], ContinuesAbove: true));
                    column = c + 1;
                }
            }
        }

        return column;
    }

    private static (List<string> Paragraphs, List<string?> Labels) Paragraphs(IHtmlTableCellElement cell)
    {
        var paragraphs = new List<string>();
        var labels = new List<string?>();
        foreach (var piece in HtmlFlow.Read(cell))
        {
            if (piece.Table is { } nested)
            {
                foreach (var row in nested.Rows)
                {
                    var texts = row.Cells.Where(c => !c.IsEmpty).ToList();
                    var lines = texts.Count == 1 ? texts[0].Paragraphs : [string.Join(" | ", texts.Select(c => c.Text))];
                    foreach (var line in lines.Where(l => l.Length > 0))
                    {
                        paragraphs.Add(line);
                        labels.Add(null);
                    }
                }

                continue;
            }

            for (var i = 0; i < piece.Lines.Count; i++)
            {
                paragraphs.Add(piece.Lines[i]);
                labels.Add(i == 0 ? piece.Label : null);
            }
        }

        return (paragraphs, labels);
    }
}
