using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Builds a page's content from OCR words and image rules with the PDF reader's own stages
/// (table grids from rules, words into cells, the rest into lines), as
/// <see cref="PdfPageScanner"/> does with PdfPig's words and paths; cards stacked between rules, pale ones too
/// (<see cref="RuledCards"/>).
/// </summary>
public sealed class OcrPageComposer(IPdfTableDetector detector, PdfTableBuilder tables, LineGrouper lines)
{
    public OcrPageComposer(PdfReaderOptions options)
        : this(new RulingLineTableDetector(options.Tables), new PdfTableBuilder(new LineGrouper(options.Lines), new ParagraphGrouper(options.Paragraphs)), new LineGrouper(options.Lines))
    {
    }

    /// <param name="width">Page width in points.</param>
    /// <param name="height">Page height in points.</param>
    /// <param name="paleRules">Horizontal rules too pale for a table's (<see cref="ImageRuleFinder.FindPaleHorizontal"/>), only to part cards.</param>
    public PdfPageContent Compose(int page, double width, double height, IReadOnlyList<PdfWord> words, IReadOnlyList<RulingSegment> rules, IReadOnlyList<RulingSegment>? paleRules = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(rules);
        var remaining = words.ToList();
        var grids = remaining.Count == 0 ? [] : detector.Detect(rules)
            .Where(g => !(g.Cells.Count == 1 && g.Box.Width * g.Box.Height > 0.5 * width * height))
            .ToList();
        var built = grids.Select(grid => tables.Build(grid, remaining, page, block: 0)).Where(t => t.Rows.Count > 0).ToList();
        var grouped = lines.Group(remaining);
        var cards = RuledCards.Find(grouped, [.. rules, .. paleRules ?? []], width);
        return new PdfPageContent(page, height, grouped, built, words.Count, Cards: cards.Count > 0 ? cards : null);
    }
}
