using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A fillable form's fields (<see cref="PdfFormFields"/>) printed beside their labels read as tables, as the form's
/// Word version is written: each band of fields (boxes side by side) is a row whose first cell is the printed label left of
/// the first box, one cell per box after it; a row of tick boxes ("☒ Sí ☐ No") is one cell with their printed captions.
/// Consecutive rows of the same shape, with no other text between them, are one table; a line of captions right above a
/// table with two or more boxes a row ("Nombre  Institución  Sector") is its header row.
/// <code>
///   Meta                   [ 204.1                 ]
///   ¿Presentó informe?     [x] Sí  [ ] No
///   1   [ Ana Ruiz ]  [ Instituto … ]  [ Sociedad civil ]
/// </code>
/// The label may run over more lines than its box is high (a line below in the same font, starting where it starts).
/// </summary>
public static class PdfFormGrids
{
    private sealed record Band(List<PdfFormField> Fields, List<PdfWord> Label, List<BoundingBox> Values)
    {
        public double Top => Math.Max(Fields.Max(f => f.Box.Top), Label.Select(w => w.Box.Top).DefaultIfEmpty(double.MinValue).Max());

        public double Bottom => Math.Min(Fields.Min(f => f.Box.Bottom), Label.Select(w => w.Box.Bottom).DefaultIfEmpty(double.MaxValue).Min());

        public double FieldTop => Fields.Max(f => f.Box.Top);

        public double FieldBottom => Fields.Min(f => f.Box.Bottom);
    }

    /// <summary>
    /// The ruled grids with the form's grids added: a ruled grid inside a form grid is the frame drawn around its boxes
    /// (one box, or a table of them) and gives way to it.
    /// </summary>
    public static List<PdfGrid> Replace(List<PdfGrid> ruled, IReadOnlyList<PdfFormField> fields, IReadOnlyList<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(ruled);
        var form = Of(fields, words);
        return [.. ruled.Where(g => !form.Any(f => Within(g.Box, f.Box))), .. form];
    }

    private static bool Within(BoundingBox inner, BoundingBox outer) =>
        inner.Left >= outer.Left - 3 && inner.Right <= outer.Right + 3 && inner.Bottom >= outer.Bottom - 3 && inner.Top <= outer.Top + 3;

    /// <summary>The grids of the page's form rows; <paramref name="words"/> are the page's words with the fields' values among them.</summary>
    public static List<PdfGrid> Of(IReadOnlyList<PdfFormField> fields, IReadOnlyList<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(words);
        var loose = words.Where(w => !fields.Any(f => w.IsIn(f.Box))).ToList();
        var bands = Bands(fields).Select(b => MakeBand(b, loose)).ToList();
        var used = bands.SelectMany(b => b.Label).ToHashSet();
        var grids = new List<PdfGrid>();
        var run = new List<Band>();
        foreach (var band in bands)
        {
            if (run.Count > 0 && (!SameShape(run[^1], band) || loose.Any(w => !used.Contains(w) && w.CentreY < run[^1].Bottom && w.CentreY > band.Top)))
            {
                grids.Add(Grid(run, loose, used));
                run = [];
            }

            run.Add(band);
        }

        if (run.Count > 0)
        {
            grids.Add(Grid(run, loose, used));
        }

        return grids;
    }

    /// <summary>Fields grouped by vertical overlap, top to bottom, each band left to right.</summary>
    private static List<List<PdfFormField>> Bands(IReadOnlyList<PdfFormField> fields)
    {
        var bands = new List<List<PdfFormField>>();
        foreach (var field in fields.OrderByDescending(f => f.Box.Top).ThenBy(f => f.Box.Left))
        {
            var centre = (field.Box.Top + field.Box.Bottom) / 2;
            var band = bands.FirstOrDefault(b => b.Any(f => centre > f.Box.Bottom && centre < f.Box.Top));
            if (band is null)
            {
                bands.Add([field]);
            }
            else
            {
                band.Add(field);
            }
        }

        return [.. bands.Select(b => b.OrderBy(f => f.Box.Left).ToList())];
    }

    private static Band MakeBand(List<PdfFormField> fields, List<PdfWord> loose)
    {
        var (top, bottom, left) = (fields.Max(f => f.Box.Top), fields.Min(f => f.Box.Bottom), fields[0].Box.Left);
        var label = loose.Where(w => w.Box.Right <= left + 1 && w.CentreY > bottom && w.CentreY < top).ToList();
        if (label.Count > 0)
        {
            // Label lines below the box: same font size, starting where the label starts, a line apart.
            var start = label.Min(w => w.Box.Left);
            var size = label[0].FontSize;
            var baseline = label.Min(w => w.Baseline);
            while (loose.Where(w => w.Box.Right <= left + 1 && !label.Contains(w) && w.Baseline < baseline && baseline - w.Baseline < 1.6 * size &&
                Math.Abs(w.FontSize - size) < 0.5).ToList() is { Count: > 0 } next && Math.Abs(next.Min(w => w.Box.Left) - start) < 2)
            {
                label.AddRange(next);
                baseline = next.Min(w => w.Baseline);
            }
        }

        List<BoundingBox> values;
        if (fields.All(f => f.Tick))
        {
            // Tick boxes and their captions: one value, up to the last caption on the band.
            var right = loose.Where(w => w.Box.Left >= left && w.CentreY > bottom - 2 && w.CentreY < top + 2).Select(w => w.Box.Right).Append(fields[^1].Box.Right).Max();
            values = [new BoundingBox(left, bottom, right, top)];
        }
        else
        {
            values = [.. fields.Select(f => f.Box)];
        }

        return new Band(fields, label, values);
    }

    private static bool SameShape(Band a, Band b) =>
        a.Values.Count == b.Values.Count && Math.Abs(a.Values[0].Left - b.Values[0].Left) < 3 &&
        (a.Values.Count == 1 || a.Values.Zip(b.Values).All(p => Math.Abs(p.First.Left - p.Second.Left) < 3));

    private static PdfGrid Grid(List<Band> run, List<PdfWord> loose, HashSet<PdfWord> used)
    {
        var labelLeft = run.SelectMany(b => b.Label).Select(w => w.Box.Left - 1).DefaultIfEmpty(run[0].Values[0].Left - 1).Min();
        var columns = new List<double> { labelLeft };
        columns.AddRange(run[0].Values.Select(v => v.Left));
        columns.Add(run.SelectMany(b => b.Values).Max(v => v.Right));
        var tops = run.Select(b => b.Top).ToList();
        var bottoms = run.Select(b => b.Bottom).ToList();

        // A line of captions right above, over two or more of the boxes' columns, is the header row.
        if (columns.Count > 3)
        {
            var size = run[0].Fields[0].Size;
            var above = loose.Where(w => !used.Contains(w) && w.Box.Bottom >= run[0].Top && w.Box.Bottom - run[0].Top < 2 * Math.Max(size, w.FontSize) && w.Box.Left >= labelLeft - 1).ToList();
            if (above.Count > 0 && above.Select(w => Column(columns, w.CentreX)).Where(c => c > 0).Distinct().Count() >= 2)
            {
                tops.Insert(0, above.Max(w => w.Box.Top));
                bottoms.Insert(0, above.Min(w => w.Box.Bottom));
                used.UnionWith(above);
            }
        }

        var edges = new List<double> { tops[0] + 1 };
        for (var i = 1; i < tops.Count; i++)
        {
            edges.Add((bottoms[i - 1] + tops[i]) / 2);
        }

        edges.Add(bottoms[^1] - 1);
        var cells = new List<PdfGridCell>();
        for (var row = 0; row < edges.Count - 1; row++)
        {
            for (var c = 0; c < columns.Count - 1; c++)
            {
                cells.Add(new PdfGridCell(row, c, 1, false, new BoundingBox(columns[c], edges[row + 1], columns[c + 1], edges[row])));
            }
        }

        return new PdfGrid(columns, edges, cells, new BoundingBox(columns[0], edges[^1], columns[^1], edges[0]));
    }

    private static int Column(List<double> edges, double x)
    {
        for (var c = 0; c < edges.Count - 1; c++)
        {
            if (x >= edges[c] && x < edges[c + 1])
            {
                return c;
            }
        }

        return -1;
    }
}
