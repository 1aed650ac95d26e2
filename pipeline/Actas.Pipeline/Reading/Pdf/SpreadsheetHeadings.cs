namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes out the headings a spreadsheet prints around its grid when printed from the browser (blind-q Q4 descanso, a
/// Google Sheets tracking sheet printed from Chromium): the line of column letters "A B C … I" above the grid and the
/// row numbers "1 2 3 …" in a gutter left of column A. Left in, the row numbers read as a first table column and hide
/// the header rows ("1 | Nombre | Institución | Sector") from every section. Only a page with such a letter line loses
/// numbers, and only those left of every other word below it, so a numbered table ("No.") keeps its numbers.
/// </summary>
public static class SpreadsheetHeadings
{
    /// <summary>Words whose baselines differ by at most this many points share a line.</summary>
    private const double SameLine = 1.5;

    /// <summary>A letter line names at least this many columns ("A B C").</summary>
    private const int MinLetters = 3;

    public static List<PdfWord> Filter(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var letters = LetterLine(words);
        if (letters is null)
        {
            return words;
        }

        // The gutter lies left of column A, whose letter stands centred over it; a row number is the first word of its
        // line (a sheet tab "Sesión 4" below the grid is not).
        var top = letters.Min(w => w.Baseline);
        var columnA = letters.Single(w => w.Text == "A").Box.Left;
        var numbers = words.Where(w => w.Baseline < top - SameLine && IsNumber(w) && w.Box.Right < columnA &&
                !words.Any(o => o != w && Math.Abs(o.Baseline - w.Baseline) <= SameLine && o.Box.Left < w.Box.Left))
            .ToHashSet();
        return [.. words.Where(w => !letters.Contains(w) && !numbers.Contains(w))];
    }

    /// <summary>The words of the first line that holds nothing but the letters A, B, C… left to right; null when none does.</summary>
    private static HashSet<PdfWord>? LetterLine(List<PdfWord> words)
    {
        foreach (var a in words.Where(w => w.Text == "A"))
        {
            var line = words.Where(w => Math.Abs(w.Baseline - a.Baseline) <= SameLine).OrderBy(w => w.Box.Left).ToList();
            var isLetters = line.Count >= MinLetters && line.Count <= 26 &&
                line.Select((w, i) => w.Text.Length == 1 && w.Text[0] == (char)('A' + i)).All(ok => ok);
            if (isLetters)
            {
                return [.. line];
            }
        }

        return null;
    }

    private static bool IsNumber(PdfWord word) => word.Text.Length is > 0 and <= 4 && word.Text.All(char.IsAsciiDigit);
}
