namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Tells running text set in two columns from a two-column table whose cells hold text.</summary>
internal static class TextColumnTest
{
    /// <summary>
    /// A two-column run whose columns take turns this many times in a row is text set in columns on
    /// their own baselines; a vertically centred cell makes only two turns (name / institution / name).
    /// </summary>
    private const int MinTurns = 4;

    /// <summary>
    /// A column of running text is at least this many font sizes wide (a two-column A4 page gives
    /// about 22); narrower columns taking turns are table cells with their own line spacing.
    /// </summary>
    private const double MinColumnWidth = 12;

    /// <summary>Two lines of one column this many font sizes apart or less hold a line of the other between them (see <see cref="Nested"/>).</summary>
    private const double NestedStep = 2;

    /// <summary>Share of the one-side lines that must be nested for <see cref="Nested"/>.</summary>
    private const double NestedShare = 0.75;

    /// <summary>Word baselines closer than this, in points, are one baseline.</summary>
    private const double SameBaseline = 1;

    /// <summary>Two wide columns whose lines mostly fill them: running text set in columns, not a table.</summary>
    public static bool IsTextColumns(List<PdfLine> slice, List<double> edges, PdfWordTableDetectorOptions options)
    {
        if (edges.Count != 3 || slice.Count < options.TextColumnMinLines)
        {
            return false;
        }

        var width = edges[^1] - edges[0];
        var size = Math.Max(slice.Select(l => l.FontSize).Order().ElementAt(slice.Count / 2), 1);
        if (edges[1] - edges[0] < MinColumnWidth * size || edges[2] - edges[1] < MinColumnWidth * size)
        {
            return false;
        }

        if (edges[1] - edges[0] >= options.TextColumnMinShare * width && edges[2] - edges[1] >= options.TextColumnMinShare * width && Interleaved(slice, edges))
        {
            return true;
        }

        for (var c = 0; c < 2; c++)
        {
            var parts = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)[c]).Where(p => p.Count > 0).ToList();
            if (edges[c + 1] - edges[c] < options.TextColumnMinShare * width || parts.Count == 0)
            {
                return false;
            }

            var left = parts.Min(p => p[0].Box.Left);
            var right = parts.Max(p => p[^1].Box.Right);
            var full = parts.Count(p => p[^1].Box.Right - p[0].Box.Left >= 0.85 * (right - left));
            if (full < options.TextColumnFullShare * slice.Count)
            {
                return false;
            }
        }

        return AlignedStarts(slice, edges) < 2;
    }

    /// <summary>
    /// Baselines of the two columns do not line up: a line holding only one column's text is
    /// followed by a line holding only the other's, <see cref="MinTurns"/> times in a row (each
    /// column keeps its own line grid). In a table the cells of a row share their first baseline, and a row's extra lines
    /// come from the longer cells alone, so the columns never take turns.
    /// </summary>
    public static bool Interleaved(List<PdfLine> slice, List<double> edges)
    {
        // Baselines per word, not per grouped line: the line grouper merges baselines a few points
        // apart, which is just how far two columns drift after a paragraph space (blind-d BD2:
        // "a) La organización Balance" at 124.3 beside "La organización Balance invitó a la" at 127.3).
        var marks = slice.SelectMany(l => l.Words).Select(w => (w.Baseline, Side: w.CentreX < edges[1] ? 0 : 1)).OrderByDescending(m => m.Baseline).ToList();
        var sides = new List<int>();
        var last = double.NaN;
        foreach (var (baseline, side) in marks)
        {
            if (sides.Count > 0 && last - baseline <= SameBaseline)
            {
                sides[^1] = sides[^1] == side ? side : -1;
                continue;
            }

            sides.Add(side);
            last = baseline;
        }

        var streak = 0;
        for (var j = 1; j < sides.Count; j++)
        {
            streak = sides[j] >= 0 && sides[j - 1] >= 0 && sides[j] != sides[j - 1] ? streak + 1 : 0;
            if (streak >= MinTurns)
            {
                return true;
            }
        }

        return Nested(slice, edges);
    }

    /// <summary>
    /// Most lines that hold one side only sit between two lines of the other side that follow each
    /// other within <see cref="NestedStep"/> font sizes: each column runs on its own line grid, even
    /// where their baselines meet now and then and cut the streak <see cref="Interleaved"/> counts
    /// (blind-g ciudad-3: attendance in two columns, names after 17 pt, lines 13 pt apart). In a table
    /// an extra line of a longer cell has the next row, beyond a cell margin, below it on the other side; a
    /// vertically centred cell nests one line of each row at most.
    /// </summary>
    private static bool Nested(List<PdfLine> slice, List<double> edges)
    {
        var size = Math.Max(slice.Select(l => l.FontSize).Order().ElementAt(slice.Count / 2), 1);
        var baselines = new[] { 0, 1 }.Select(c => slice.Where(l => StreamRowSplitter.ByColumn(l, edges)[c].Count > 0).Select(l => l.Baseline).ToList()).ToList();
        var single = 0;
        var nested = 0;
        foreach (var line in slice)
        {
            var parts = StreamRowSplitter.ByColumn(line, edges);
            if ((parts[0].Count > 0) == (parts[1].Count > 0))
            {
                continue;
            }

            single++;
            var other = baselines[parts[0].Count > 0 ? 1 : 0];
            var above = other.Where(b => b > line.Baseline + SameBaseline).DefaultIfEmpty(double.NaN).Min();
            var below = other.Where(b => b < line.Baseline - SameBaseline).DefaultIfEmpty(double.NaN).Max();
            nested += above - below <= NestedStep * size ? 1 : 0;
        }

        return nested >= 2 * MinTurns && nested >= NestedShare * single;
    }

    /// <summary>
    /// Lines (after the first) where both columns start a block at once, after a blank or an
    /// empty line: rows of a table whose cells hold running text. Columns of running text start
    /// their paragraphs independently.
    /// </summary>
    private static int AlignedStarts(List<PdfLine> slice, List<double> edges)
    {
        var parts = slice.Select(l => StreamRowSplitter.ByColumn(l, edges)).ToList();
        var steps = Enumerable.Range(1, slice.Count - 1).Select(j => slice[j - 1].Baseline - slice[j].Baseline).ToList();
        var step = steps.Count == 0 ? 0 : steps.Min();
        bool Starts(int j, int c) => parts[j][c].Count > 0 && (parts[j - 1][c].Count == 0 || steps[j - 1] > 1.3 * step);
        return Enumerable.Range(1, slice.Count - 1).Count(j => Starts(j, 0) && Starts(j, 1));
    }
}
