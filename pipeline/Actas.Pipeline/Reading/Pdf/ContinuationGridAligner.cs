using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Puts a table that continues on a new page on the grid of the table it continues. The part
/// after the break only draws the separators of its own rows: strategy 516 continues with rows
/// whose PGJ cell spans goals 516.1–516.2, so alone it looks like a two-column table. When every
/// column edge of the continuation is an edge of the previous part (within the tolerance, in
/// points), cells get the previous part's column numbers and spans.
/// </summary>
public sealed class ContinuationGridAligner(double tolerance = 2)
{
    public Table Align(Table previous, Table continuation)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(continuation);
        var edges = Edges(previous);
        if (edges.Count < 2 || Edges(continuation).Any(e => Index(edges, e) < 0))
        {
            return continuation;
        }

        var rows = continuation.Rows.Select(row => row with
        {
            Cells = [.. row.Cells.Select(cell => cell.Box is { } box
                ? cell with { Column = Index(edges, box.Left), ColumnSpan = Index(edges, box.Right) - Index(edges, box.Left) }
                : cell)],
        }).ToList();
        return continuation with { Rows = rows, ColumnCount = Math.Max(previous.ColumnCount, continuation.ColumnCount) };
    }

    private List<double> Edges(Table table)
    {
        var edges = new List<double>();
        foreach (var box in table.Rows.SelectMany(r => r.Cells).Select(c => c.Box).OfType<Model.BoundingBox>())
        {
            foreach (var x in new[] { box.Left, box.Right })
            {
                if (Index(edges, x) < 0)
                {
                    edges.Add(x);
                }
            }
        }

        edges.Sort();
        return edges;
    }

    private int Index(List<double> edges, double x) => edges.FindIndex(e => Math.Abs(e - x) <= tolerance);
}
