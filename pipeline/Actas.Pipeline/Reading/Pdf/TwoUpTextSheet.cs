using Actas.Pipeline.Model;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A landscape sheet that carries two pages side by side, as a booklet or a "2 pages per sheet" print lays them out (blind
/// batch AC, AC2: LibreOffice pages shrunk to half letter and imposed 2-up by Ghostscript, the text layer kept): read line by
/// line across the sheet, each line would run the left page's words into the right page's. A sheet wider than tall whose
/// words and rules leave a clear band down its middle, with words on both sides, is read as its left page, then its right.
/// The OCR path splits scanned sheets the same way (<see cref="Ocr.TwoUpSheetSplitter"/>).
/// </summary>
public static class TwoUpTextSheet
{
    /// <summary>
    /// Share of the sheet's width, either side of its middle, that no word or rule may touch: the two pages' inner margins
    /// (a page shrunk onto its half keeps its own margins, about 18 pt each in blind batch AC's booklets); wider than the gap
    /// between two columns of one page's table.
    /// </summary>
    private const double Band = 0.015;

    /// <summary>Words each half must hold for the sheet to be two pages rather than one page with a gap.</summary>
    private const int MinimumWords = 20;

    /// <summary>
    /// Whether the sheet is shaped to carry two portrait pages side by side (the only sheets worth looking at): letter or A4
    /// landscape, 1.29–1.41 times as wide as tall. A 16:9 slide (1.78) is one page, its columns read by the column finders
    /// (blind batch M, salud: a two-column slide is no booklet).
    /// </summary>
    public static bool IsLandscape(Page page) => page.Width >= page.Height * 1.2 && page.Width <= page.Height * 1.5;

    /// <summary>The two halves' x ranges, left first; null for a sheet that is one page.</summary>
    public static IReadOnlyList<(double From, double To)>? Halves(Page page, IReadOnlyList<RulingSegment> rules)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(rules);
        if (!IsLandscape(page))
        {
            return null;
        }

        var middle = page.Width / 2;
        var band = page.Width * Band;
        var (left, right) = (0, 0);
        foreach (var word in page.GetWords())
        {
            if (string.IsNullOrWhiteSpace(word.Text))
            {
                continue;
            }

            var box = word.BoundingBox;
            if (box.Left < middle + band && box.Right > middle - band)
            {
                return null; // a word across the middle: one page
            }

            if (box.Right <= middle)
            {
                left++;
            }
            else
            {
                right++;
            }
        }

        if (left < MinimumWords || right < MinimumWords)
        {
            return null;
        }

        // A horizontal rule across the middle (a table, a line under a heading) belongs to one page wider than half the sheet.
        if (rules.Any(r => r.Horizontal ? r.Start < middle + band && r.End > middle - band : r.Position > middle - band && r.Position < middle + band))
        {
            return null;
        }

        return [(0, middle), (middle, page.Width)];
    }

    /// <summary>
    /// The pages read as halves (indexes in <paramref name="halves"/>) with their <see cref="PdfPageContent.Frame"/>: the band
    /// of the sheet their text fills, top to bottom over all of them, so that running headers and footers are looked for at
    /// the printed page's edges, not the sheet's (a page shrunk onto the sheet leaves white above and below it).
    /// </summary>
    public static List<PdfPageContent> Framed(List<PdfPageContent> pages, IReadOnlySet<int> halves)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(halves);
        var boxes = halves.SelectMany(i => Boxes(pages[i])).ToList();
        if (boxes.Count == 0)
        {
            return pages;
        }

        (double, double) frame = (boxes.Min(b => b.Bottom), boxes.Max(b => b.Top));
        return [.. pages.Select((p, i) => halves.Contains(i) ? p with { Frame = frame } : p)];
    }

    private static IEnumerable<BoundingBox> Boxes(PdfPageContent page) =>
        page.Lines.Select(l => l.Box)
            .Concat(page.ColumnSections.SelectMany(s => s.Columns).SelectMany(c => c).Select(l => l.Box))
            .Concat(page.Tables.Select(t => t.Location.Box).OfType<BoundingBox>());
}
