using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Drops running headers and footers: a line among the first or last lines of a page whose
/// text (digits ignored, so "Página 3 de 9" matches "Página 4 de 9") repeats on most pages,
/// and a lone page number ("3", "- 3 -", "Página 3", "3/9") at the top or bottom of a page. The first page keeps
/// its running header lines (a title or a date may be written only there). A small drawn box in the top or bottom band
/// whose text repeats so (a document-management stamp, blind batch AD, AD5: "RECIBIDO - ARCHIVO … Hoja 2 de 2" in a ruled
/// box beside the system's header line) is running chrome too: dropped after the first page, and no bound for the
/// running lines beside it.
/// </summary>
public sealed partial class RunningHeaderFilter(RunningHeaderFilterOptions options)
{
    /// <summary>Rows a stamp box may have ("RECIBIDO", the date, the sheet counter).</summary>
    private const int StampRows = 3;

    public RunningHeaderFilter()
        : this(RunningHeaderFilterOptions.Default)
    {
    }

    /// <summary>The pages without their running lines, and how many lines were dropped.</summary>
    public (IReadOnlyList<PdfPageContent> Pages, int Dropped) Filter(IReadOnlyList<PdfPageContent> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var needed = Math.Max(2, (int)Math.Ceiling(options.MinShare * pages.Count));
        // The first page keeps its stamp (as its running header, below), but the stamp bounds no running line of it.
        IReadOnlyList<Table> stamped = pages.Count > 0 ? pages[0].Tables : [];
        pages = WithoutStamps(pages, needed, out var stamps);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in Edges(page).Select(Key).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var opening = SectionOpenings(pages);
        var dropped = stamps;
        var result = new List<PdfPageContent>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var edges = Edges(page).ToHashSet();
            // The first page keeps its copy of a running header (not a footer, not a page number): a title or a date
            // may live only there, as a Word page header that the .docx reader reads once.
            var kept = page.Lines.Where(line => !edges.Contains(line) || !IsRunning(line, counts, needed) || opening.Contains(line) ||
                                                (p == 0 && IsTopBand(page, line) && !PageNumber().IsMatch(line.Text))).ToList();
            dropped += page.Lines.Count - kept.Count;
            result.Add(page with { Lines = kept, Tables = p == 0 ? stamped : page.Tables });
        }

        return (result, dropped);
    }

    /// <summary>
    /// The pages without their stamp boxes: tables of at most <see cref="StampRows"/> rows wholly inside
    /// the top or bottom band whose text, digits ignored, is in such a box on <paramref name="needed"/> pages or more.
    /// </summary>
    /// <param name="dropped">The boxes taken from the pages after the first.</param>
    private IReadOnlyList<PdfPageContent> WithoutStamps(IReadOnlyList<PdfPageContent> pages, int needed, out int dropped)
    {
        dropped = 0;
        if (pages.Count < 2 || !pages.Any(p => p.Tables.Any(t => IsEdgeBox(p, t))))
        {
            return pages;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in pages.SelectMany(p => p.Tables.Where(t => IsEdgeBox(p, t)).Select(StampKey).Distinct()))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var result = new List<PdfPageContent>(pages.Count);
        foreach (var page in pages)
        {
            var kept = page.Tables.Where(t => !IsEdgeBox(page, t) || counts[StampKey(t)] < needed).ToList();
            dropped += result.Count == 0 ? 0 : page.Tables.Count - kept.Count;
            result.Add(kept.Count == page.Tables.Count ? page : page with { Tables = kept });
        }

        return result;
    }

    private bool IsEdgeBox(PdfPageContent page, Table table) =>
        table.Rows.Count <= StampRows && table.Location.Box is { } box &&
        (box.Bottom > TopBand(page) || box.Top < BottomBand(page));

    private static string StampKey(Table table) =>
        Digits().Replace(string.Join(" | ", table.Rows.SelectMany(r => r.Cells).Select(c => c.Text)).ToLowerInvariant(), "#");

    /// <summary>
    /// Running header lines that name a section rather than the page: their text changes from one page to the next,
    /// and not as a page counter does (no number goes up by the pages between: "Estrategia 196" on one page,
    /// "Estrategia 199" on the next, where "Hoja 3" / "Hoja 4" counts pages). A Word section's own page header (a
    /// strategy written only there) is content; it is kept on the first page where its text appears, as the .docx
    /// reader reads it where the section starts.
    /// </summary>
    private HashSet<PdfLine> SectionOpenings(IReadOnlyList<PdfPageContent> pages)
    {
        var byKey = new Dictionary<string, List<(int Page, PdfLine Line)>>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in Edges(pages[p]).Where(l => IsTopBand(pages[p], l) && l.Text.Any(char.IsDigit) && !PageNumber().IsMatch(l.Text)))
            {
                var list = byKey.TryGetValue(Key(line), out var found) ? found : byKey[Key(line)] = [];
                if (list.Count == 0 || list[^1].Page != p)
                {
                    list.Add((p, line));
                }
            }
        }

        var result = new HashSet<PdfLine>();
        foreach (var list in byKey.Values.Where(l => l.Count >= 2))
        {
            var changes = Enumerable.Range(1, list.Count - 1).Where(k => list[k].Line.Text != list[k - 1].Line.Text).ToList();
            if (changes.Count == 0 || changes.Any(k => Counts(list[k - 1], list[k])))
            {
                continue;
            }

            result.Add(list[0].Line);
            result.UnionWith(changes.Select(k => list[k].Line));
        }

        return result;
    }

    /// <summary>Some number of the line goes up by the pages between two copies: a page counter.</summary>
    private static bool Counts((int Page, PdfLine Line) before, (int Page, PdfLine Line) after)
    {
        var a = Digits().Matches(before.Line.Text).Select(m => long.TryParse(m.Value, out var v) ? v : -1).ToList();
        var b = Digits().Matches(after.Line.Text).Select(m => long.TryParse(m.Value, out var v) ? v : -1).ToList();
        return a.Count != b.Count || a.Zip(b).Any(x => x.Second - x.First == after.Page - before.Page);
    }

    private static bool IsRunning(PdfLine line, Dictionary<string, int> counts, int needed)
    {
        return counts.GetValueOrDefault(Key(line)) >= needed || PageNumber().IsMatch(line.Text);
    }

    /// <summary>Candidate lines: the first and last few of the page, inside the top or bottom band and outside any table.</summary>
    private IEnumerable<PdfLine> Edges(PdfPageContent page)
    {
        var top = page.Tables.Count == 0 ? double.NegativeInfinity : page.Tables.Max(t => t.Location.Box?.Top ?? double.NegativeInfinity);
        var bottom = page.Tables.Count == 0 ? double.PositiveInfinity : page.Tables.Min(t => t.Location.Box?.Bottom ?? double.PositiveInfinity);
        return page.Lines.Take(options.EdgeLines).Where(l => l.Box.Bottom > top && l.Box.Bottom > TopBand(page))
            .Concat(page.Lines.TakeLast(options.EdgeLines).Where(l => l.Box.Top < bottom && l.Box.Top < BottomBand(page)));
    }

    private bool IsTopBand(PdfPageContent page, PdfLine line) => line.Box.Bottom > TopBand(page);

    /// <summary>Where the page's top band begins, in points from the sheet's bottom.</summary>
    private double TopBand(PdfPageContent page) => page.Edges.Top - (page.Edges.Top - page.Edges.Bottom) * options.EdgeShare;

    /// <summary>Where the page's bottom band ends, in points from the sheet's bottom.</summary>
    private double BottomBand(PdfPageContent page) => page.Edges.Bottom + (page.Edges.Top - page.Edges.Bottom) * options.EdgeShare;

    private static string Key(PdfLine line) => Digits().Replace(line.Text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "Página 2 de 5", "pág 3", "2/5", "- 4 -": the page word (or its abbreviation without a stop) and its number alone.
    [GeneratedRegex(@"^[\s\-–]*(?:(?:" + ActaVocabulary.PageWord + @"|p[aá]g)\s*)?\d{1,4}(?:\s*(?:" + ActaVocabulary.PageOf + @")\s*\d{1,4})?[\s\-–]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
