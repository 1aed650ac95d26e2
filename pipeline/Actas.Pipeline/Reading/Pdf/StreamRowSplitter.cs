using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Splits the lines of a borderless table into rows. Drawn row rules win when there are at
/// least two inside the table (a table with only horizontal rules). Otherwise a row starts
/// where the key (first non-empty) column starts a new entry: its text comes back after a line
/// where it was empty, changes weight (a bold header row), stands a clearly larger step below
/// (cell margins), or would have fitted on the line above, so the writer broke it there. Lines
/// whose key column is empty, or whose key text did not fit above ("María Guadalupe" /
/// "Hernández Villaseñor" in a narrow Nombre column), continue the row above in every column.
/// </summary>
public sealed class StreamRowSplitter(PdfWordTableDetectorOptions options)
{
    /// <summary>Index of the first line of every row (0 first), ascending.</summary>
    public IReadOnlyList<int> Split(IReadOnlyList<PdfLine> lines, IReadOnlyList<double> edges, IReadOnlyList<RulingSegment> rules)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(rules);
        var between = new bool[lines.Count];
        for (var j = 1; j < lines.Count; j++)
        {
            between[j] = rules.Any(r => RuleBetween(r, lines[j - 1], lines[j], edges));
        }

        if (between.Count(b => b) >= 2)
        {
            return [0, .. Enumerable.Range(1, lines.Count - 1).Where(j => between[j])];
        }

        var cells = lines.Select(l => ByColumn(l, edges)).ToList();
        var key = Enumerable.Range(0, edges.Count - 1).FirstOrDefault(c => cells.Any(line => line[c].Count > 0));
        var limit = WrapLimit(cells, edges, key, lines, options.WrapAllowance);
        var minStep = Enumerable.Range(1, lines.Count - 1).Select(j => lines[j - 1].Baseline - lines[j].Baseline).DefaultIfEmpty(0).Min();
        var starts = new List<int> { 0 };
        for (var j = 1; j < lines.Count; j++)
        {
            var now = cells[j][key];
            var before = cells[j - 1][key];
            if (between[j])
            {
                starts.Add(j);
                continue;
            }

            if (now.Count == 0)
            {
                continue;
            }

            var size = Math.Max(lines[j].FontSize, 1);
            var step = lines[j - 1].Baseline - lines[j].Baseline;
            var fits = before.Count > 0 && before[^1].Box.Right + (0.3 * size) + now[0].Box.Width <= limit;
            if (before.Count == 0 || before[0].Bold != now[0].Bold || step > options.RowGapFactor * minStep || fits)
            {
                starts.Add(j);
            }
        }

        return starts;
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
    /// Where the key column's text must wrap: at least as far right as any of its lines reaches,
    /// and up to WrapAllowance font sizes short of the next column's text (the cell margins).
    /// </summary>
    private static double WrapLimit(List<List<List<PdfWord>>> cells, IReadOnlyList<double> edges, int key, IReadOnlyList<PdfLine> lines, double allowance)
    {
        var reach = cells.SelectMany(l => l[key]).Select(w => w.Box.Right).DefaultIfEmpty(edges[key + 1]).Max();
        if (key == edges.Count - 2)
        {
            return Math.Max(reach, edges[^1]);
        }

        var next = cells.SelectMany(l => l[key + 1]).Select(w => w.Box.Left).DefaultIfEmpty(edges[key + 1]).Min();
        var size = lines.Select(l => l.FontSize).DefaultIfEmpty(10).Max();
        return Math.Max(reach, next - (allowance * size));
    }

    private static bool RuleBetween(RulingSegment rule, PdfLine above, PdfLine below, IReadOnlyList<double> edges)
    {
        var width = edges[^1] - edges[0];
        var overlap = Math.Min(rule.End, edges[^1]) - Math.Max(rule.Start, edges[0]);
        return rule.Position < above.Box.Bottom + 1 && rule.Position > below.Box.Top - 1 && overlap > 0.5 * width;
    }

    /// <summary>Row edges (descending y) for the given row starts: half-way between the rows' boxes.</summary>
    public static List<double> RowEdges(IReadOnlyList<PdfLine> lines, IReadOnlyList<int> starts)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(starts);
        var edges = new List<double> { lines[0].Box.Top + 1 };
        foreach (var start in starts.Skip(1))
        {
            edges.Add((lines[start - 1].Box.Bottom + lines[start].Box.Top) / 2);
        }

        edges.Add(lines[^1].Box.Bottom - 1);
        return edges;
    }

    /// <summary>A grid of single cells on the given column and row edges.</summary>
    public static PdfGrid Grid(IReadOnlyList<double> columns, IReadOnlyList<double> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var cells = new List<PdfGridCell>();
        for (var r = 0; r < rows.Count - 1; r++)
        {
            for (var c = 0; c < columns.Count - 1; c++)
            {
                cells.Add(new PdfGridCell(r, c, 1, false, new BoundingBox(columns[c], rows[r + 1], columns[c + 1], rows[r])));
            }
        }

        return new PdfGrid(columns, rows, cells, new BoundingBox(columns[0], rows[^1], columns[^1], rows[0]));
    }
}
