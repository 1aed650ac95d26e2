namespace Actas.Pipeline.Reading.Pdf;

/// <summary>Rows of a borderless grid whose cells sit on baselines of their own, told apart by strips of whitespace across the grid.</summary>
public static class WhitespaceRowBands
{
    /// <summary>Cells on their own baselines: at least this many pairs of successive lines closer than a line step, in different columns.</summary>
    private const int MinInterleaved = 2;

    /// <summary>A strip across the whole table at least this share of the font size high, crossed by no word, lies between two rows.</summary>
    private const double RowGapShare = 0.8;

    /// <summary>Consecutive lines closer than this share of the font size are not one cell's line step.</summary>
    private const double SameLineShare = 0.6;

    /// <summary>
    /// Cells set each on its own baselines (an HTML table printed by Chromium centres or pads every
    /// cell on its own, so "Comisión" stands 2 pt above "194.1" and "Se otorgan medidas" 2.5 pt
    /// below "Ejecutiva de"): lines of different columns a fraction of a line step apart, so the
    /// table's lines no longer follow its rows. At least <see cref="MinInterleaved"/> such pairs.
    /// </summary>
    public static bool Interleaved(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(cells);
        var count = 0;
        for (var j = 1; j < lines.Count; j++)
        {
            var step = lines[j - 1].Baseline - lines[j].Baseline;
            var apart = Enumerable.Range(0, cells[j].Count).All(c => cells[j][c].Count == 0 || cells[j - 1][c].Count == 0);
            if (step > 0 && step < SameLineShare * Math.Max(lines[j].FontSize, 1) && apart)
            {
                count++;
            }
        }

        return count >= MinInterleaved;
    }

    /// <summary>
    /// Rows as bands of ink split by strips of whitespace across the whole table taller than
    /// <see cref="RowGapShare"/> of the font size: the cell padding between two rows, which no
    /// column fills, while lines inside a cell stand only their leading apart (and the lines of
    /// other columns fill those gaps anyway). Null when no such strip is found.
    /// </summary>
    public static List<StreamRow>? Split(IReadOnlyList<PdfLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var spans = lines.SelectMany(l => l.Words).Select(w => (w.Box.Top, w.Box.Bottom)).OrderByDescending(s => s.Top).ToList();
        if (spans.Count == 0)
        {
            return null;
        }

        var size = lines.Select(l => l.FontSize).Order().ElementAt(lines.Count / 2);
        var rows = new List<StreamRow>();
        var (top, bottom) = spans[0];
        foreach (var (t, b) in spans.Skip(1))
        {
            if (bottom - t > RowGapShare * Math.Max(size, 1))
            {
                rows.Add(new StreamRow(top, bottom, false));
                (top, bottom) = (t, b);
            }
            else
            {
                bottom = Math.Min(bottom, b);
            }
        }

        rows.Add(new StreamRow(top, bottom, false));
        return rows.Count >= 2 ? rows : null;
    }
}
