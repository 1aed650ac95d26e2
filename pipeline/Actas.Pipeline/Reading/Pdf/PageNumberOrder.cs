using System.Globalization;
using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Pages whose own numbers say they are out of order (blind batch AE, AE4: a three-page acta fed through a duplex scanner
/// whose backs come out reversed, so the PDF holds page 1, page 3, a blank back, page 2): when every page with text carries
/// one "Página n de N" (or "Pág. n de N") with the same N, each n once, the pages are read in the order of n; pages with
/// no text (a blank back, or a few specks read as words) go last. Anything less certain (a page without its number, a number twice, two totals) keeps
/// the order of the file.
/// </summary>
public static partial class PageNumberOrder
{
    /// <summary>Lines at each end of a page where a page number is looked for.</summary>
    private const int EdgeLines = 4;

    /// <summary>Fewer words than this and no page number: a blank page's specks, no page of text.</summary>
    private const int NoiseWords = 20;

    public static IReadOnlyList<PdfPageContent> Restore(IReadOnlyList<PdfPageContent> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count < 2)
        {
            return pages;
        }

        var numbered = new List<(int Number, PdfPageContent Page)>();
        var blank = new List<PdfPageContent>();
        int? total = null;
        foreach (var page in pages)
        {
            if (page.WordCount == 0 || page.Lines.Count == 0)
            {
                blank.Add(page);
                continue;
            }

            var marks = Edges(page.Lines).Select(l => PageMark().Match(l.Text)).Where(m => m.Success).ToList();
            if (marks.Count == 0 && page.WordCount < NoiseWords)
            {
                blank.Add(page); // a blank back's paper noise, read as a few words
                continue;
            }

            if (marks is not [var mark])
            {
                return pages;
            }

            var n = int.Parse(mark.Groups["n"].Value, CultureInfo.InvariantCulture);
            var of = int.Parse(mark.Groups["of"].Value, CultureInfo.InvariantCulture);
            if (of < 2 || n < 1 || n > of || (total is { } t && t != of) || numbered.Any(x => x.Number == n))
            {
                return pages;
            }

            total = of;
            numbered.Add((n, page));
        }

        if (numbered.Count < 2 || numbered.Select(x => x.Number).SequenceEqual(numbered.Select(x => x.Number).Order()))
        {
            return pages;
        }

        return [.. numbered.OrderBy(x => x.Number).Select(x => x.Page), .. blank];
    }

    private static IEnumerable<PdfLine> Edges(IReadOnlyList<PdfLine> lines) =>
        lines.Count <= 2 * EdgeLines ? lines : lines.Take(EdgeLines).Concat(lines.Skip(lines.Count - EdgeLines));

    /// <summary>"Página 2 de 3", "PÁGINA 2 DE 3", "Pág. 2 de 3", alone on its line.</summary>
    [GeneratedRegex(@"^\W{0,3}(?i:" + ActaVocabulary.PageWord + @")\s*(?<n>\d{1,3})\s+(?i:de)\s+(?<of>\d{1,3})\W{0,3}$")]
    private static partial Regex PageMark();
}
