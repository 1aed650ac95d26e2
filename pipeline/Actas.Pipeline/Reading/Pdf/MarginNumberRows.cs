using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Rows of a minutes book (libro de actas) printed as a borderless two-column table: a narrow margin column holds
/// each paragraph's number and maybe a rubric ("9" / "Estrategia 708"), the wide column the justified text (blind-m
/// M4 rural). The text is set at another leading than the margin, so line steps cut its rows at every line band and
/// hand a paragraph's last lines to the next number. Each number stands level with its paragraph's first line: a
/// row runs from a number down to the line above the next one; lines above the first number continue a paragraph
/// begun on the page before.
/// </summary>
public static partial class MarginNumberRows
{
    /// <summary>At least this many numbers in the margin…</summary>
    private const int MinNumbers = 2;

    /// <summary>…each margin line at most this many words (a number, a short rubric)…</summary>
    private const int MaxMarginWords = 4;

    /// <summary>…and the text column at least this many times as wide as the margin.</summary>
    private const double TextWidthFactor = 2.5;

    /// <summary>One row per margin number; null when the table is no numbered margin beside prose.</summary>
    public static IReadOnlyList<StreamRow>? Split(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count != 3 || edges[2] - edges[1] < TextWidthFactor * (edges[1] - edges[0]))
        {
            return null;
        }

        var numbers = Enumerable.Range(0, lines.Count).Where(j => cells[j][0].Count > 0 && ParagraphNumber().IsMatch(cells[j][0][0].Text)).ToList();
        var margin = Enumerable.Range(0, lines.Count).Where(j => cells[j][0].Count > 0).ToList();
        if (numbers.Count < MinNumbers || margin.Any(j => cells[j][0].Count > MaxMarginWords || j < numbers[0]) ||
            cells.Count(c => c[1].Count > 0) < numbers.Count)
        {
            return null;
        }

        var starts = numbers[0] > 0 ? [0, .. numbers] : numbers;
        var rows = new List<StreamRow>();
        for (var k = 0; k < starts.Count; k++)
        {
            var part = lines.Skip(starts[k]).Take((k + 1 < starts.Count ? starts[k + 1] : lines.Count) - starts[k]).ToList();
            rows.Add(new StreamRow(part.Max(l => l.Box.Top), part.Min(l => l.Box.Bottom), false));
        }

        return rows;
    }

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex ParagraphNumber();
}
