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
                SymbolFontText(WhitespaceCollapser.Collapse(word.Text)),
                new BoundingBox(box.Left, box.Bottom, box.Right, box.Top),
                first.StartBaseLine.Y,
                first.PointSize,
                bold));
        }

        var count = words.Count;
        var grids = words.Count == 0 ? [] : detector.Detect(rules.Extract(page.Paths));
        var built = grids.Select(grid => tables.Build(grid, words, page.Number, block: 0)).Where(t => t.Rows.Count > 0).ToList();
        return new PdfPageContent(page.Number, page.Height, lines.Group(words), built, count);
    }

    /// <summary>Symbol-font bullets come out as private-use code points (Word's U+F0B7); they are bullets.</summary>
    private static string SymbolFontText(string text) =>
        text.Any(c => c is >= '\uF000' and <= '\uF0FF')
            ? string.Concat(text.Select(c => c is >= '\uF000' and <= '\uF0FF' ? '•' : c))
            : text;
}
