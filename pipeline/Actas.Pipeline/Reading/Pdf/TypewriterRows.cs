namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Rows of a table typed in a monospaced font with tab stops (blind-d BD5, Courier): lines are
/// single-spaced with no cell padding, so neither line steps nor whitespace bands tell rows apart.
/// Every line with text in the first column opens a row; a line with the first column empty is a
/// wrapped cell of the row above ("Red de Gestores Culturales de" / "Iztapalapa").
/// </summary>
public static class TypewriterRows
{
    /// <summary>Words at least this long are measured.</summary>
    private const int MinLetters = 3;

    /// <summary>A word's advance per letter within this share of the median counts as monospaced…</summary>
    private const double Tolerance = 0.04;

    /// <summary>…and at least this share of the measured words must be.</summary>
    private const double MinShare = 0.9;

    private const int MinWords = 12;

    /// <summary>Gaps under this many letters are spaces between words (wider ones are tabs).</summary>
    private const double SpaceLimit = 1.5;

    /// <summary>The median space is within this share of a letter's advance.</summary>
    private const double SpaceTolerance = 0.15;

    /// <summary>One row per line that fills the first column; null when the table is not typed in a monospaced font or its first line leaves the first column empty.</summary>
    public static IReadOnlyList<StreamRow>? Split(IReadOnlyList<PdfLine> lines, List<List<List<PdfWord>>> cells)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(cells);
        if (lines.Count < 2 || cells[0][0].Count == 0 || !Monospaced(lines))
        {
            return null;
        }

        var rows = new List<StreamRow>();
        var start = 0;
        for (var j = 1; j <= lines.Count; j++)
        {
            if (j < lines.Count && cells[j][0].Count == 0)
            {
                continue;
            }

            var part = lines.Skip(start).Take(j - start).ToList();
            rows.Add(new StreamRow(part.Max(l => l.Box.Top), part.Min(l => l.Box.Bottom), false));
            start = j;
        }

        return rows;
    }

    /// <summary>Width per letter (in font sizes) the same for nearly every word: a monospaced face.</summary>
    public static bool Monospaced(IReadOnlyList<PdfLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var advances = lines.SelectMany(l => l.Words)
            .Where(w => w.Text.Length >= MinLetters && w.Text.Any(char.IsLetter))
            .Select(w => w.Box.Width / w.Text.Length / Math.Max(w.FontSize, 1))
            .Order()
            .ToList();
        if (advances.Count < MinWords)
        {
            return false;
        }

        var median = advances[advances.Count / 2];
        if (advances.Count(a => Math.Abs(a - median) <= Tolerance * median) < MinShare * advances.Count)
        {
            return false;
        }

        // A typed space is one letter wide; a proportional face with letters of equal width by chance
        // (capitals, digits) still sets a space at about half a letter.
        var spaces = lines.SelectMany(l => l.Words.Zip(l.Words.Skip(1), (a, b) => (b.Box.Left - a.Box.Right) / Math.Max(a.FontSize, 1)))
            .Where(g => g > 0 && g < SpaceLimit * median)
            .Order()
            .ToList();
        return spaces.Count > 0 && Math.Abs(spaces[spaces.Count / 2] - median) <= SpaceTolerance * median;
    }
}
