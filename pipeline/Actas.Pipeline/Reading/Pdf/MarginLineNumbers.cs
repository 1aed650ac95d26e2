using System.Globalization;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes out the line numbers Word and LibreOffice print in the left margin of legal actas (<c>w:lnNumType</c>): numbers
/// alone, right-aligned in one column left of every other word of the page, counting down the page by one fixed step
/// (5, 10, 15… "count by 5": blind-l L4 consumidores; 1, 2, 3… "count by 1": blind-u U1 penitenciario), starting again
/// where the page header, the body and the footer are numbered apart (1, 2 │ 1, 2 … 37 │ 3). Left in, they read as a
/// first table column and cut sentences ("sita en avenida 5 Cuauhtémoc…"). A step of one is also how a numbered table
/// ("No.") counts, so it is taken only when every line of text beside the column carries its number, as line numbering
/// does and a table whose rows wrap does not.
/// </summary>
public static class MarginLineNumbers
{
    /// <summary>Right edges within this many points are one column.</summary>
    private const double SameEdge = 1.5;

    /// <summary>The column stands at least this far left of every other word.</summary>
    private const double MarginGap = 2;

    public static List<PdfWord> Filter(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var numbers = words.Where(IsNumber).ToList();
        if (numbers.Count < 2)
        {
            return words;
        }

        foreach (var column in Columns(numbers))
        {
            var right = column.Max(w => w.Box.Right);
            if (words.Any(w => !column.Contains(w) && w.Box.Left < right + MarginGap) || !Counts(column, words))
            {
                continue;
            }

            return [.. words.Where(w => !column.Contains(w))];
        }

        return words;
    }

    private static bool IsNumber(PdfWord word) => word.Text.Length is > 0 and <= 3 && word.Text.All(char.IsAsciiDigit);

    /// <summary>Numbers sharing a right edge, top first, two or more.</summary>
    private static IEnumerable<HashSet<PdfWord>> Columns(List<PdfWord> numbers) =>
        numbers.GroupBy(n => numbers.Where(m => Math.Abs(m.Box.Right - n.Box.Right) <= SameEdge).Min(m => m.Box.Right))
            .Where(g => g.Count() >= 2)
            .Select(g => g.ToHashSet());

    /// <summary>Fewest numbers for a column counting by one.</summary>
    private const int FewestByOne = 5;

    /// <summary>
    /// Top to bottom the values rise by one step, starting again lower where another numbered part begins; a step of
    /// one needs at least <see cref="FewestByOne"/> numbers and a number on every line of text within the column's height.
    /// </summary>
    private static bool Counts(HashSet<PdfWord> column, List<PdfWord> words)
    {
        var ordered = column.OrderByDescending(w => w.Baseline).ToList();
        var values = ordered.Select(w => int.Parse(w.Text, CultureInfo.InvariantCulture)).ToList();
        var rises = values.Zip(values.Skip(1), (a, b) => b - a).ToList();
        var step = rises.Where(d => d > 0).GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.Key ?? 0;
        var steps = rises.Count(d => d == step);
        if (step == 0 || rises.Any(d => d != step && d > 0) || steps < 2 * (rises.Count - steps) || (step == 1 && steps == 0))
        {
            return false;
        }

        return step >= 2 || (column.Count >= FewestByOne && EveryLineNumbered(ordered, words, column));
    }

    private static bool EveryLineNumbered(List<PdfWord> ordered, List<PdfWord> words, HashSet<PdfWord> column)
    {
        var top = ordered[0].Baseline;
        var bottom = ordered[^1].Baseline;
        return words.Where(w => !column.Contains(w) && w.Baseline <= top + 1 && w.Baseline >= bottom - 1)
            .All(w => ordered.Any(n => Math.Abs(n.Baseline - w.Baseline) <= SameLine * Math.Max(n.FontSize, 1)));
    }

    /// <summary>A word whose baseline is this many font sizes from a number's shares its line (a raised ordinal "1º" still does).</summary>
    private const double SameLine = 0.4;
}
