using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Splits the lines of a borderless table into rows. Drawn row rules win when there are at
/// least two inside the table (a table with only horizontal rules). Otherwise each column's
/// lines are grouped into cell blocks (lines one in-cell step apart); in the key (first)
/// column a block also ends where the next line's first word would have fitted on the line
/// above, so the writer broke it there ("Fecha:" / "Hora:"), or where the weight changes (a
/// bold header row), while a name that did not fit ("María Guadalupe" / "Hernández
/// Villaseñor" in a narrow Nombre column) stays one block. Every key block starts a row; a
/// block of another column joins the row whose key block it overlaps (cells centred
/// vertically overlap too), or the row above when it follows it at in-cell spacing; else it
/// is a row of its own (a sector name set in the second column). A line that crossed the
/// column gaps (a "SOCIEDAD CIVIL" row merged across the table) is a row spanning all columns.
/// </summary>
public sealed class StreamRowSplitter(PdfWordTableDetectorOptions options)
{
    /// <summary>The rows, top to bottom.</summary>
    /// <param name="spanning">Lines that cross the column gaps (indexes into <paramref name="lines"/>); may be empty.</param>
    public IReadOnlyList<StreamRow> Split(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, IReadOnlyList<RulingSegment> rules, IReadOnlySet<int> spanning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(spanning);
        var ruled = Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Where(j => rules.Any(r => RuleBetween(r, lines[j - 1], lines[j], edges))).ToList();
        if (ruled.Count >= 2)
        {
            var starts = new List<int> { 0 };
            starts.AddRange(ruled);
            return [.. starts.Select((s, k) => Extent(lines, s, (k + 1 < starts.Count ? starts[k + 1] : lines.Count) - 1, false))];
        }

        var cells = lines.Select(l => ByColumn(l, edges)).ToList();
        var key = Enumerable.Range(0, edges.Count - 1).FirstOrDefault(c => cells.Where((_, j) => !spanning.Contains(j)).Any(line => line[c].Count > 0));
        var step = InCellStep(lines, cells, spanning);
        var rows = new List<(double Top, double Bottom, bool Spans, bool Key)>();
        foreach (var j in spanning)
        {
            rows.Add((lines[j].Box.Top, lines[j].Box.Bottom, true, true));
        }

        var keyBlocks = Blocks(lines, cells, key, key, step, spanning, ruled, Limit(cells, edges, key, lines), []);
        var keyStarts = keyBlocks.Select(b => b.FirstLine).ToHashSet();
        var others = Enumerable.Range(0, edges.Count - 1).Where(c => c != key)
            .SelectMany(c => Blocks(lines, cells, c, key, step, spanning, ruled, Limit(cells, edges, c, lines), keyStarts));
        rows.AddRange(keyBlocks.Select(b => (b.Top, b.Bottom, false, true)));
        foreach (var block in others.OrderByDescending(b => b.Top))
        {
            var overlapping = rows.Select((r, k) => (k, overlap: Math.Min(r.Top, block.Top) - Math.Max(r.Bottom, block.Bottom)))
                .Where(x => x.overlap > 0 && !rows[x.k].Spans).OrderByDescending(x => x.overlap).ToList();
            var above = rows.Select((r, k) => (r, k)).Where(x => x.r.Top > block.Top && !x.r.Spans).OrderBy(x => x.r.Top).FirstOrDefault();
            if (overlapping.Count > 0)
            {
                var k = overlapping[0].k;
                rows[k] = (Math.Max(rows[k].Top, block.Top), Math.Min(rows[k].Bottom, block.Bottom), false, rows[k].Key);
            }
            else if (above.r != default && !block.Indented && above.r.Bottom - block.Top <= options.RowGapFactor * step && !Between(rows, above.r, block.Top))
            {
                rows[above.k] = (above.r.Top, Math.Min(above.r.Bottom, block.Bottom), false, above.r.Key);
            }
            else
            {
                rows.Add((block.Top, block.Bottom, false, false));
            }
        }

        return [.. rows.OrderByDescending(r => r.Top).Select(r => new StreamRow(r.Top, r.Bottom, r.Spans))];
    }

    /// <summary>A spanning row lies between a row and a block below it: the block is not that row's continuation.</summary>
    private static bool Between(List<(double Top, double Bottom, bool Spans, bool Key)> rows, (double Top, double Bottom, bool Spans, bool Key) above, double top) =>
        rows.Any(r => r.Spans && r.Top <= above.Bottom && r.Bottom >= top);

    /// <summary>
    /// Cell blocks of one column: (top, bottom) of consecutive lines that belong together. A line
    /// that starts well right of where the column's text starts opens an indented block: a title
    /// centred over the table ("INSTANCIAS EJECUTORAS"), never a wrapped line of a left-aligned cell.
    /// Another column's block also ends where a key block starts (<paramref name="keyStarts"/>).
    /// </summary>
    private List<(double Top, double Bottom, bool Indented, int FirstLine)> Blocks(
        IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, int column, int keyColumn, double step, IReadOnlySet<int> spanning, List<int> ruled, double limit, HashSet<int> keyStarts)
    {
        var key = column == keyColumn;
        var blocks = new List<(double Top, double Bottom, bool Indented, int FirstLine)>();
        var starts = cells.Select(l => l[column]).Where(w => w.Count > 0).Select(w => w[0].Box.Left).DefaultIfEmpty(0).Min();
        var previous = -1;
        for (var j = 0; j < lines.Count; j++)
        {
            var now = cells[j][column];
            if (spanning.Contains(j) || now.Count == 0)
            {
                continue;
            }

            var indented = now[0].Box.Left > starts + Math.Max(lines[j].FontSize, 1);
            var top = now.Max(w => w.Box.Top);
            var bottom = now.Min(w => w.Box.Bottom);
            var joins = previous >= 0 && !Enumerable.Range(previous + 1, j - previous).Any(spanning.Contains) && !ruled.Any(r => r > previous && r <= j) &&
                lines[previous].Baseline - lines[j].Baseline <= options.RowGapFactor * step && !indented && !keyStarts.Contains(j);
            if (joins && key)
            {
                var before = cells[previous][column];
                var size = Math.Max(lines[j].FontSize, 1);
                var fits = before[^1].Box.Right + (0.3 * size) + now[0].Box.Width <= limit;
                joins = !fits && before[0].Bold == now[0].Bold;
            }

            if (joins)
            {
                blocks[^1] = (blocks[^1].Top, Math.Min(blocks[^1].Bottom, bottom), blocks[^1].Indented, blocks[^1].FirstLine);
            }
            else
            {
                blocks.Add((top, bottom, indented, j));
            }

            previous = j;
        }

        return blocks;
    }

    /// <summary>The line step inside a cell: the smallest step between consecutive lines that share a column; else the smallest step.</summary>
    private static double InCellStep(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, IReadOnlySet<int> spanning)
    {
        var shared = new List<double>();
        var all = new List<double>();
        for (var j = 1; j < lines.Count; j++)
        {
            var step = lines[j - 1].Baseline - lines[j].Baseline;
            all.Add(step);
            if (!spanning.Contains(j) && !spanning.Contains(j - 1) && Enumerable.Range(0, cells[j].Count).Any(c => cells[j][c].Count > 0 && cells[j - 1][c].Count > 0))
            {
                shared.Add(step);
            }
        }

        return shared.Count > 0 ? shared.Min() : all.DefaultIfEmpty(lines.Count == 0 ? 10 : lines[0].FontSize * 1.2).Min();
    }

    /// <summary>Words of a line per grid column (by centre), left to right.</summary>
    public static List<List<PdfWord>> ByColumn(PdfLine line, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(edges);
        var result = Enumerable.Range(0, edges.Count - 1).Select(_ => new List<PdfWord>()).ToList();
        foreach (var word in line.Words)
        {
            result[Column(edges, word.CentreX)].Add(word);
        }

        return result;
    }

    public static int Column(IReadOnlyList<double> edges, double x)
    {
        ArgumentNullException.ThrowIfNull(edges);
        for (var c = 1; c < edges.Count - 1; c++)
        {
            if (x < edges[c])
            {
                return c - 1;
            }
        }

        return edges.Count - 2;
    }

    /// <summary>
    /// Where a column's text must wrap: at least as far right as any of its lines reaches, and
    /// up to WrapAllowance font sizes short of the next column's text (the cell margins).
    /// </summary>
    private double Limit(List<List<List<PdfWord>>> cells, IReadOnlyList<double> edges, int column, IReadOnlyList<PdfLine> lines)
    {
        var reach = cells.SelectMany(l => l[column]).Select(w => w.Box.Right).DefaultIfEmpty(edges[column + 1]).Max();
        if (column == edges.Count - 2)
        {
            return Math.Max(reach, edges[^1]);
        }

        var next = cells.SelectMany(l => l[column + 1]).Select(w => w.Box.Left).DefaultIfEmpty(edges[column + 1]).Min();
        var size = lines.Select(l => l.FontSize).DefaultIfEmpty(10).Max();
        return Math.Max(reach, next - (options.WrapAllowance * size));
    }

    private static bool RuleBetween(RulingSegment rule, PdfLine above, PdfLine below, IReadOnlyList<double> edges)
    {
        var width = edges[^1] - edges[0];
        var overlap = Math.Min(rule.End, edges[^1]) - Math.Max(rule.Start, edges[0]);
        return rule.Position < above.Box.Bottom + 1 && rule.Position > below.Box.Top - 1 && overlap > 0.5 * width;
    }

    private static StreamRow Extent(IReadOnlyList<PdfLine> lines, int first, int last, bool spans) =>
        new(lines.Skip(first).Take(last - first + 1).Max(l => l.Box.Top), lines.Skip(first).Take(last - first + 1).Min(l => l.Box.Bottom), spans);

    /// <summary>A grid on the given column edges and rows: single cells, or one cell across all columns for a spanning row.</summary>
    public static PdfGrid Grid(IReadOnlyList<double> columns, IReadOnlyList<StreamRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var ys = new List<double> { rows[0].Top + 1 };
        for (var r = 1; r < rows.Count; r++)
        {
            ys.Add((rows[r - 1].Bottom + rows[r].Top) / 2);
        }

        ys.Add(rows[^1].Bottom - 1);
        var cells = new List<PdfGridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].SpansAll)
            {
                cells.Add(new PdfGridCell(r, 0, columns.Count - 1, false, new BoundingBox(columns[0], ys[r + 1], columns[^1], ys[r])));
                continue;
            }

            for (var c = 0; c < columns.Count - 1; c++)
            {
                cells.Add(new PdfGridCell(r, c, 1, false, new BoundingBox(columns[c], ys[r + 1], columns[c + 1], ys[r])));
            }
        }

        return new PdfGrid(columns, ys, cells, new BoundingBox(columns[0], ys[^1], columns[^1], ys[0]));
    }
}
