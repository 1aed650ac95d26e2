using Actas.Pipeline.Model;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Reads one page: words (whitespace-only ones dropped: LibreOffice PDFs yield many, see
/// stack-notes), rules, tables from the rules, and lines from the words left over.
/// </summary>
public sealed class PdfPageScanner(RulingLineExtractor rules, IPdfTableDetector detector, PdfTableBuilder tables, LineGrouper lines)
{
    public PdfPageContent Scan(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = new List<PdfWord>();
        foreach (var word in page.GetWords())
        {
            if (string.IsNullOrWhiteSpace(word.Text) || word.Letters.Count == 0)
            {
                continue;
            }

            var first = word.Letters[0];
            var box = word.BoundingBox;
            var bold = (word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false) ||
                (word.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) ?? false) ||
                first.FontDetails?.IsBold == true;
            words.Add(new PdfWord(
                CleanGlyphs(WhitespaceCollapser.Collapse(word.Text)),
                new BoundingBox(box.Left, box.Bottom, box.Right, box.Top),
                first.StartBaseLine.Y,
                first.PointSize,
                bold));
        }

        var count = words.Count;
        var grids = words.Count == 0 ? [] : detector.Detect(rules.Extract(page.Paths)).Where(g => !IsPageFrame(g, page)).ToList();
        var built = grids.Select(grid => tables.Build(grid, words, page.Number, block: 0)).Where(t => t.Rows.Count > 0).ToList();
        return new PdfPageContent(page.Number, page.Height, lines.Group(words), built, count);
    }

    /// <summary>A single box around most of the page is a page border, not a one-cell table holding the whole page.</summary>
    private static bool IsPageFrame(PdfGrid grid, Page page) =>
        grid.Cells.Count == 1 && grid.Box.Width * grid.Box.Height > 0.5 * page.Width * page.Height;

    /// <summary>
    /// Symbol-font bullets come out as private-use code points (Word's U+F0B7): they become "•".
    /// Typographic ligatures (U+FB00–U+FB06, "ﬁ" in Calibri PDFs) are spelt out so words match.
    /// </summary>
    private static string CleanGlyphs(string text)
    {
        if (!text.Any(c => c is >= '\uF000' and <= '\uF0FF' or >= '\uFB00' and <= '\uFB06'))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uF000' and <= '\uF0FF' => "•",
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
