using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A printed web or PDF form draws each value in a box of its own, its label outside the box on the left
/// (blind batch L, L2: an intranet's "print view" printed from Chromium):
/// <code>
///            Sesión  ┌ III Sesión Ordinaria ┐   Modalidad  ┌ Presencial ┐
///   Fecha de la sesión ┌ 2022-03-15 ┐       Hora de inicio ┌ 10:00 ┐
/// </code>
/// Each box alone is a one-cell table and its label a loose line read after it, so no field keeps its name. Three or
/// more such labelled boxes on consecutive bands, with nothing else between the bands, become one grid whose rows
/// read "label | value | label | value".
/// </summary>
public static class FormFieldBoxes
{
    /// <summary>A form has at least this many labelled boxes.</summary>
    private const int MinFields = 3;

    /// <summary>A label ends at most this many font sizes before its box, and its words are no further apart.</summary>
    private const double MaxGap = 3;

    /// <summary>A label is short: at most this many words.</summary>
    private const int MaxLabelWords = 8;

    private sealed record Field(PdfGrid Box, List<PdfWord> Label)
    {
        public double Top => Box.Box.Top;
        public double Bottom => Box.Box.Bottom;
        public double LabelLeft => Label.Min(w => w.Box.Left);
    }

    /// <summary>The grids with every run of labelled one-cell boxes replaced by one grid of label and value cells.</summary>
    public static List<PdfGrid> Join(List<PdfGrid> grids, IReadOnlyList<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(grids);
        ArgumentNullException.ThrowIfNull(words);
        var boxes = grids.Where(g => g.Cells.Count == 1).ToList();
        if (boxes.Count < MinFields)
        {
            return grids;
        }

        var loose = words.Where(w => !grids.Any(g => w.IsIn(g.Box))).ToList();
        var fields = boxes.Select(b => Labelled(b, boxes, loose)).OfType<Field>().OrderByDescending(f => f.Top).ThenBy(f => f.Box.Box.Left).ToList();
        if (fields.Count < MinFields)
        {
            return grids;
        }

        var result = grids.Except(fields.Select(f => f.Box)).ToList();
        foreach (var form in Forms(fields, loose))
        {
            if (form.Sum(band => band.Count) >= MinFields)
            {
                result.Add(Grid(form));
            }
            else
            {
                result.AddRange(form.SelectMany(band => band.Select(f => f.Box)));
            }
        }

        return result;
    }

    /// <summary>The box with the short run of words that ends just left of it on its band; null when it has none.</summary>
    private static Field? Labelled(PdfGrid box, List<PdfGrid> boxes, List<PdfWord> loose)
    {
        var b = box.Box;
        // Words of the box's band left of it, but right of any other box on that band.
        var fence = boxes.Where(o => o != box && o.Box.Right <= b.Left && Overlaps(o.Box, b)).Select(o => o.Box.Right).DefaultIfEmpty(double.NegativeInfinity).Max();
        var band = loose.Where(w => w.CentreY >= b.Bottom && w.CentreY <= b.Top && w.Box.Right <= b.Left + 1 && w.Box.Left >= fence)
            .OrderByDescending(w => w.Box.Right).ToList();
        if (band.Count == 0 || b.Left - band[0].Box.Right > MaxGap * Math.Max(band[0].FontSize, 1))
        {
            return null;
        }

        var label = new List<PdfWord> { band[0] };
        foreach (var word in band.Skip(1))
        {
            if (label[^1].Box.Left - word.Box.Right > MaxGap * Math.Max(word.FontSize, 1))
            {
                break;
            }

            label.Add(word);
        }

        // Words further left on the same line belong to something else (a wider sentence): not a label.
        var rest = band.Skip(label.Count).Where(w => Math.Abs(w.Baseline - label[0].Baseline) < 1.5).ToList();
        return label.Count <= MaxLabelWords && rest.Count == 0 ? new Field(box, label) : null;
    }

    /// <summary>Fields grouped into bands (overlapping vertically) and bands into forms (no loose word between them).</summary>
    private static IEnumerable<List<List<Field>>> Forms(List<Field> fields, List<PdfWord> loose)
    {
        var bands = new List<List<Field>>();
        foreach (var field in fields)
        {
            var band = bands.FirstOrDefault(bd => bd.Any(f => Overlaps(f.Box.Box, field.Box.Box)));
            if (band is null)
            {
                bands.Add([field]);
            }
            else
            {
                band.Add(field);
            }
        }

        var labels = fields.SelectMany(f => f.Label).ToHashSet();
        var form = new List<List<Field>>();
        foreach (var band in bands.Select(bd => bd.OrderBy(f => f.Box.Box.Left).ToList()))
        {
            if (form.Count > 0)
            {
                var above = form[^1].Min(f => f.Bottom);
                var below = band.Max(f => f.Top);
                if (loose.Any(w => !labels.Contains(w) && w.CentreY < above && w.CentreY > below))
                {
                    yield return form;
                    form = [];
                }
            }

            form.Add(band);
        }

        if (form.Count > 0)
        {
            yield return form;
        }
    }

    /// <summary>One grid row per band: label cell from the label's left edge to the box, value cell the box.</summary>
    private static PdfGrid Grid(List<List<Field>> form)
    {
        var columns = 2 * form.Max(band => band.Count);
        var cells = new List<PdfGridCell>();
        var rowEdges = new List<double>();
        for (var row = 0; row < form.Count; row++)
        {
            var band = form[row];
            var (top, bottom) = (band.Max(f => f.Top), band.Min(f => f.Bottom));
            rowEdges.Add(top);
            for (var k = 0; k < band.Count; k++)
            {
                var field = band[k];
                var value = field.Box.Box;
                var span = k == band.Count - 1 ? columns - (2 * k) - 1 : 1;
                cells.Add(new PdfGridCell(row, 2 * k, 1, false, new BoundingBox(field.LabelLeft - 1, bottom, value.Left, top)));
                cells.Add(new PdfGridCell(row, (2 * k) + 1, span, false, value));
            }

            if (row == form.Count - 1)
            {
                rowEdges.Add(bottom);
            }
        }

        var widest = form.First(band => 2 * band.Count == columns);
        var columnEdges = widest.SelectMany(f => new[] { f.LabelLeft - 1, f.Box.Box.Left }).Append(widest[^1].Box.Box.Right).ToList();
        var box = cells.Select(c => c.Box).Aggregate((a, b) => a.Union(b));
        return new PdfGrid(columnEdges, rowEdges, cells, box);
    }

    private static bool Overlaps(BoundingBox a, BoundingBox b) => a.Bottom < b.Top && b.Bottom < a.Top;
}
