namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A borderless two-column grid whose narrow left column holds short labels set on baselines of
/// their own, beside a wide column of text: no line has words on both sides of the gutter, so
/// stream mode finds no column gap. Printed HTML goal cards (blind-d BD3, Chromium) centre the id
/// and a status pill on the first lines of the goal text:
/// <code>
///          Las personas policías aplican el protocolo de actuación en
///   190.1
///          manifestaciones con enfoque de derechos humanos.
///   CON INFORME
///          Indicador — Número de manifestaciones atendidas…
/// </code>
/// A run starts on a line of the wide column; every line after it stays clear of the gutter on one
/// side, and the label lines sit between lines of the text column (labels above or below it are
/// headings). Labels closer than a paragraph step form one cell; between two label cells the row
/// boundary is the widest baseline step.
/// </summary>
public sealed class SideLabelGridFinder(PdfWordTableDetectorOptions options)
{
    private const int MinLabelLines = 2;
    private const int MinTextLines = 3;

    /// <summary>The grid starting at line <paramref name="first"/> and the index after its last line; null when there is none.</summary>
    public (PdfGrid Grid, int End)? Find(IReadOnlyList<PdfLine> lines, int first)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (first + 1 >= lines.Count)
        {
            return null;
        }

        var textLeft = lines[first].Box.Left;
        var labelRight = double.NegativeInfinity;
        var labels = new List<int>();
        var texts = new List<int> { first };
        var end = first + 1;
        while (end < lines.Count)
        {
            var line = lines[end];
            var size = Math.Max(line.FontSize, 1);
            var step = lines[end - 1].Baseline - line.Baseline;
            if (step > options.MaxStep * Math.Max(size, Math.Max(lines[end - 1].FontSize, 1)))
            {
                break;
            }

            var gap = options.MinCorridor * size;
            if (labels.Count > 0 && line.Box.Left >= labelRight + gap)
            {
                texts.Add(end);
                textLeft = Math.Min(textLeft, line.Box.Left);
            }
            else if (line.Box.Right <= textLeft - gap && line.Box.Left < textLeft)
            {
                labels.Add(end);
                labelRight = Math.Max(labelRight, line.Box.Right);
            }
            else if (labels.Count == 0 && line.Box.Left >= textLeft - 1)
            {
                texts.Add(end);
            }
            else
            {
                break;
            }

            end++;
        }

        end = texts[^1] + 1; // labels under the last text line are headings after the grid
        labels.RemoveAll(k => k >= end);
        if (labels.Count < MinLabelLines || texts.Count < MinTextLines)
        {
            return null;
        }

        var slice = Enumerable.Range(first, end - first).Select(k => lines[k]).ToList();
        var gutter = (labelRight + textLeft) / 2;
        if (gutter - slice.Min(l => l.Box.Left) >= slice.Max(l => l.Box.Right) - gutter)
        {
            return null; // the label column is the narrow one
        }

        var rows = Rows(lines, first, end, Groups(lines, labels));
        double[] edges = [slice.Min(l => l.Box.Left) - 1, gutter, slice.Max(l => l.Box.Right) + 1];
        return (StreamRowSplitter.Grid(edges, rows), end);
    }

    /// <summary>Label lines closer than a paragraph step are one cell ("190.1" over "CON INFORME").</summary>
    private List<List<int>> Groups(IReadOnlyList<PdfLine> lines, List<int> labels)
    {
        var groups = new List<List<int>> { new() { labels[0] } };
        for (var k = 1; k < labels.Count; k++)
        {
            var (above, below) = (lines[labels[k - 1]], lines[labels[k]]);
            if (above.Baseline - below.Baseline <= options.MaxStep * Math.Max(Math.Max(above.FontSize, below.FontSize), 1))
            {
                groups[^1].Add(labels[k]);
            }
            else
            {
                groups.Add([labels[k]]);
            }
        }

        return groups;
    }

    /// <summary>One row per label cell; between two, the cut falls at the widest baseline step from the first's last line to the second's first.</summary>
    private static List<StreamRow> Rows(IReadOnlyList<PdfLine> lines, int first, int end, List<List<int>> groups)
    {
        var cuts = new List<int> { first };
        for (var g = 1; g < groups.Count; g++)
        {
            var from = groups[g - 1][^1] + 1;
            var to = groups[g][0];
            var cut = Enumerable.Range(from, to - from + 1).MaxBy(k => lines[k - 1].Baseline - lines[k].Baseline);
            cuts.Add(cut);
        }

        cuts.Add(end);
        var rows = new List<StreamRow>();
        for (var r = 0; r + 1 < cuts.Count; r++)
        {
            var part = Enumerable.Range(cuts[r], cuts[r + 1] - cuts[r]).Select(k => lines[k]).ToList();
            rows.Add(new StreamRow(part.Max(l => l.Box.Top), part.Min(l => l.Box.Bottom), false));
        }

        return rows;
    }
}
