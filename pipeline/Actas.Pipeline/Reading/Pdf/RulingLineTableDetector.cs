using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Rebuilds table grids from ruling lines: rules that touch form one grid; every distinct
/// vertical rule is a column boundary and every distinct horizontal rule a row boundary; a cell
/// spans columns while the inner vertical separator is missing at its height (the acta's
/// "INFORME" rows span all goals), and continues the cell above when the horizontal rule
/// above it is missing. A grid cut by the page edge (verticals running past the last horizontal
/// rule) gets a boundary where the verticals end.
/// </summary>
public sealed class RulingLineTableDetector(RulingLineTableDetectorOptions options) : IPdfTableDetector
{
    public RulingLineTableDetector()
        : this(RulingLineTableDetectorOptions.Default)
    {
    }

    public IReadOnlyList<PdfGrid> Detect(IReadOnlyList<RulingSegment> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var horizontals = Merge(rules.Where(r => r.Horizontal));
        var verticals = Merge(rules.Where(r => !r.Horizontal));
        var grids = new List<PdfGrid>();
        foreach (var (h, v) in Components(horizontals, verticals))
        {
            if (h.Count + v.Count >= 4 && v.Count >= 2 && BuildGrid(h, v) is { } grid)
            {
                grids.Add(grid);
            }
        }

        return [.. grids.OrderByDescending(g => g.Box.Top)];
    }

    /// <summary>Joins collinear rules that overlap or touch (each cell border is drawn separately).</summary>
    private List<RulingSegment> Merge(IEnumerable<RulingSegment> rules)
    {
        var merged = new List<RulingSegment>();
        // By start within a position band; only rules that overlap merge, keeping the smaller start: rules a fraction
        // of a point apart (OCR rules are averages of pixel rows) fall in neighbouring bands, out of start order, and a
        // long rule must neither be cut to a short one nor joined to another table's border at the same x.
        foreach (var rule in rules.OrderBy(r => Math.Round(r.Position / options.Tolerance)).ThenBy(r => r.Start))
        {
            var last = merged.Count > 0 ? merged[^1] : null;
            if (last is not null && Math.Abs(last.Position - rule.Position) <= options.Tolerance &&
                rule.Start <= last.End + options.Tolerance && rule.End >= last.Start - options.Tolerance)
            {
                merged[^1] = last with { Start = Math.Min(last.Start, rule.Start), End = Math.Max(last.End, rule.End) };
            }
            else
            {
                merged.Add(rule);
            }
        }

        return merged;
    }

    private List<(List<RulingSegment> H, List<RulingSegment> V)> Components(List<RulingSegment> h, List<RulingSegment> v)
    {
        var parent = Enumerable.Range(0, h.Count + v.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < h.Count; i++)
        {
            for (var j = 0; j < v.Count; j++)
            {
                if (Touch(h[i], v[j]))
                {
                    parent[Find(i)] = Find(h.Count + j);
                }
            }
        }

        var groups = new Dictionary<int, (List<RulingSegment> H, List<RulingSegment> V)>();
        for (var i = 0; i < h.Count + v.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups[root] = group;
            }

            (i < h.Count ? group.H : group.V).Add(i < h.Count ? h[i] : v[i - h.Count]);
        }

        return [.. groups.Values];
    }

    private bool Touch(RulingSegment horizontal, RulingSegment vertical) =>
        vertical.Position >= horizontal.Start - options.Tolerance && vertical.Position <= horizontal.End + options.Tolerance &&
        horizontal.Position >= vertical.Start - options.Tolerance && horizontal.Position <= vertical.End + options.Tolerance;

    private PdfGrid? BuildGrid(List<RulingSegment> h, List<RulingSegment> v)
    {
        var xs = Cluster(v.Select(r => r.Position));
        var ys = Cluster(h.Select(r => r.Position).Append(v.Max(r => r.End)).Append(v.Min(r => r.Start)));
        ys.Reverse();
        if (xs.Count < 2 || ys.Count < 2 || xs[^1] - xs[0] < options.MinWidth)
        {
            return null;
        }

        var cells = new List<PdfGridCell>();
        for (var row = 0; row < ys.Count - 1; row++)
        {
            var top = ys[row];
            var bottom = ys[row + 1];
            var middle = (top + bottom) / 2;
            for (var column = 0; column < xs.Count - 1;)
            {
                var end = column + 1;
                while (end < xs.Count - 1 && !v.Any(r => Covers(r, xs[end], middle)))
                {
                    end++;
                }

                var centre = (xs[column] + xs[end]) / 2;
                var above = row > 0 && !h.Any(r => Covers(r, top, centre)) &&
                    cells.Any(c => c.Row == row - 1 && c.Column == column && c.ColumnSpan == end - column);
                cells.Add(new PdfGridCell(row, column, end - column, above, new BoundingBox(xs[column], bottom, xs[end], top)));
                column = end;
            }
        }

        return new PdfGrid(xs, ys, cells, new BoundingBox(xs[0], ys[^1], xs[^1], ys[0])) { RowsDrawn = true };
    }

    private bool Covers(RulingSegment rule, double position, double along) =>
        Math.Abs(rule.Position - position) <= options.Tolerance &&
        along >= rule.Start - options.Tolerance && along <= rule.End + options.Tolerance;

    /// <summary>Distinct positions, ascending; values within tolerance, or bands thinner than MinBand, collapse to their mean.</summary>
    private List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        var count = 0;
        foreach (var value in values.Order())
        {
            if (result.Count > 0 && value - result[^1] <= Math.Max(options.Tolerance, options.MinBand))
            {
                result[^1] = ((result[^1] * count) + value) / (count + 1);
                count++;
            }
            else
            {
                result.Add(value);
                count = 1;
            }
        }

        return result;
    }
}
