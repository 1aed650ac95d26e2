using System.Globalization;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes out the line numbers Word and LibreOffice print in the left margin of legal actas (<c>w:lnNumType</c>, "count
/// by 5": blind-l L4 consumidores): numbers alone, right-aligned in one column left of every other word of the page,
/// counting down the page by one fixed step of two or more (5, 10, 15…). Left in, they read as a first table column
/// and cut sentences ("sita en avenida 5 Cuauhtémoc…"). A step of one is left alone: a numbered table ("No.") counts so.
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
            if (words.Any(w => !column.Contains(w) && w.Box.Left < right + MarginGap) || !Counts(column))
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

    /// <summary>Top to bottom the values rise by one step of two or more.</summary>
    private static bool Counts(HashSet<PdfWord> column)
    {
        var values = column.OrderByDescending(w => w.Baseline).Select(w => int.Parse(w.Text, CultureInfo.InvariantCulture)).ToList();
        var step = values[1] - values[0];
        return step >= 2 && values.Zip(values.Skip(1)).All(p => p.Second - p.First == step);
    }
}
