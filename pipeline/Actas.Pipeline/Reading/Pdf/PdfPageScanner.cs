using Actas.Pipeline.Model;
using Actas.Pipeline.Layout;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Reads one page: words (whitespace-only ones dropped: LibreOffice PDFs yield many, see stack-notes; struck-through
/// letters taken out by <see cref="StruckThroughLetters"/>; upright text gathered per cell by <see cref="VerticalText"/>),
/// rules, tables from the rules, and lines from the words left over.
/// </summary>
public sealed class PdfPageScanner(
    RulingLineExtractor rules,
    IPdfTableDetector detector,
    IPdfWordTableDetector wordTables,
    PdfTableBuilder tables,
    LineGrouper lines,
    PdfFootnoteFilter footnotes,
    DrawnBoxCanvas? canvas = null)
{
    /// <summary>Share of the page height at the bottom where running footers sit below a table that ends the page.</summary>
    private const double FooterBand = 0.1;

    /// <param name="carried">Column edges of a borderless table that ended the previous page (<see cref="PdfPageContent.TrailingColumns"/>), or null.</param>
    /// <param name="notes">The page's sticky notes (<see cref="PdfStickyNotes"/>): each becomes a note of the table cell it is anchored in.</param>
    /// <param name="textSize">The font size of the text on the pages before this one (<see cref="PdfTextSize"/>), or null: endnotes are set smaller.</param>
    /// <param name="fields">The page's filled form fields (<see cref="PdfFormFields"/>): their values are words in their boxes.</param>
    /// <param name="half">The x range of one page of a two-up sheet (<see cref="Halves"/>): only its words and rules are read; null for the whole page.</param>
    public PdfPageContent Scan(Page page, IReadOnlyList<double>? carried = null, IReadOnlyList<PdfStickyNote>? notes = null, double? textSize = null,
        IReadOnlyList<PdfFormField>? fields = null, (double From, double To)? half = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = new List<PdfWord>();
        var upright = page.Letters.Any(l => VerticalText.IsVertical(l.TextOrientation));
        var segments = rules.Extract(page.Paths);
        if (half is { } range)
        {
            segments = [.. segments.Where(r => r.Horizontal ? r.Start >= range.From - 2 && r.End <= range.To + 2 : r.Position >= range.From && r.Position <= range.To)];
        }

        var strikes = new StruckThroughLetters(segments, page.Letters);
        foreach (var read in page.GetWords())
        {
            if (strikes.Unstruck(read) is not { } word || string.IsNullOrWhiteSpace(word.Text) || word.Letters.Count == 0 || (upright && VerticalText.IsVertical(word.TextOrientation)) ||
                (half is { } within && (word.BoundingBox.Centroid.X < within.From || word.BoundingBox.Centroid.X >= within.To)))
            {
                continue;
            }

            var first = word.Letters[0];
            var box = word.BoundingBox;
            var bold = (word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false) ||
                (word.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) ?? false) ||
                first.FontDetails?.IsBold == true;
            words.Add(new PdfWord(
                SymbolFontGlyphs(word) ? "•" : CleanGlyphs(WhitespaceCollapser.Collapse(word.Text)),
                new BoundingBox(box.Left, box.Bottom, box.Right, box.Top),
                first.StartBaseLine.Y,
                first.PointSize,
                bold));
        }

        words = strikes.Close(words);
        if (fields is { Count: > 0 })
        {
            words.AddRange(PdfFormFields.Words(fields, words));
        }

        if (upright)
        {
            words.AddRange(VerticalText.Gather(page.Letters));
        }

        var (text, footnoted) = footnotes.Split(words, textSize, page.Height);
        words = SpreadsheetHeadings.Filter(MarginLineNumbers.Filter(HyphenFill.Filter(DotLeaderFilter.Filter(text))));
        var count = words.Count;
        if (count == 0)
        {
            // A page of notes alone (the endnotes printed after the closing) is text too: its notes are kept and counted.
            return new PdfPageContent(page.Number, page.Height, [], [], footnoted.Sum(n => n.Count), Footnotes: Footnotes(footnoted));
        }

        // A whiteboard's canvas of frames and cards is read box by box, with no tables across its boxes.
        if (canvas?.Read(page, words) is { } board)
        {
            return new PdfPageContent(page.Number, page.Height, board.Around, [], count, [board.Boxes], null, Footnotes(footnoted));
        }

        var grids = detector.Detect(segments).Where(g => !IsPageFrame(g, page)).Select(g => SplitFramedRows(g, words, page.Height)).ToList();
        if (fields is { Count: > 0 })
        {
            grids = PdfFormGrids.Replace(grids, fields, words);
        }

        var nested = NestedGrids.Of(grids);
        grids = FormFieldBoxes.Join(nested.Count == 0 ? grids : [.. grids.Except(nested)], words);
        var inner = nested.Select(grid => tables.Build(grid, words, page.Number, block: 0)).ToList();
        var built = grids.Select(grid => tables.Build(grid, words, page.Number, block: 0, inner)).Where(t => t.Rows.Count > 0).ToList();
        var ruled = RuledTextColumns.Take(words, segments, grids);
        var loose = segments.Where(r => r.Horizontal && !grids.Any(g => Inside(r, g))).ToList();
        var found = wordTables.Detect(new PdfWordTableInput(words, loose, carried, page.Height));
        var streamed = found.Tables.Select(grid => tables.Build(grid, words, page.Number, block: 0)).Where(t => t.Rows.Count > 0).ToList();
        var sections = found.TextColumns.Select(section => Columns(section, words)).ToList();
        sections.AddRange(ruled.Select(r => new PdfColumnSection(r.Top, [.. r.Columns.Select(c => lines.Group(c, prose: true))])));
        var rest = lines.Group(words);
        built.AddRange(streamed);
        if (notes is { Count: > 0 })
        {
            built = [.. built.Select(t => PdfStickyNotes.Anchor(t, notes))];
        }

        return new PdfPageContent(page.Number, page.Height, rest, built, count, sections, Trailing(found.Tables, rest, sections, page.Height), Footnotes(footnoted))
        {
            TextBoxes = DrawnTextBoxes.Find(rest, DrawnBoxes.Find(page.Paths, page.Width, page.Height, DrawnBoxCanvasOptions.Default)),
        };
    }

    /// <summary>The x ranges of the two pages a two-up sheet carries (<see cref="TwoUpTextSheet"/>), left first; null for a page that is one page.</summary>
    public IReadOnlyList<(double From, double To)>? Halves(Page page) =>
        TwoUpTextSheet.IsLandscape(page) ? TwoUpTextSheet.Halves(page, rules.Extract(page.Paths)) : null;

    /// <summary>Each note's words as one line of text, its mark first; null when the page has none.</summary>
    private List<PdfFootnote>? Footnotes(List<List<PdfWord>> notes) =>
        notes.Count == 0 ? null : [.. notes.Select(note => new PdfFootnote(
            string.Join(' ', [note[0].Text, .. lines.Group(note.Skip(1), prose: true).Select(l => l.Text.Replace('\t', ' '))]).Trim(),
            note.Select(w => w.Box).Aggregate((a, b) => a.Union(b))))];

    /// <summary>
    /// A ruled grid with a single row band (only an outer frame and column rules) whose words
    /// line up into at least three rows with a key in each, none starting in lower case: the rows come from the words.
    /// </summary>
    private PdfGrid SplitFramedRows(PdfGrid grid, List<PdfWord> words, double pageHeight)
    {
        if (grid.RowCount != 1)
        {
            return grid;
        }

        var inside = words.Where(w => w.IsIn(grid.Box)).ToList();
        var known = grid.ColumnCount >= 2 ? grid.ColumnEdges : null;
        var found = wordTables.Detect(new PdfWordTableInput(inside, [], known, pageHeight));
        var candidate = known is null ? (found.Tables.Count == 1 ? found.Tables[0] : null) : found.Continued;
        if (candidate is null || candidate.RowCount < 3 || found.Tables.Count != 1 || found.TextColumns.Count > 0)
        {
            return grid;
        }

        var placed = inside.Count(w => w.CentreY >= candidate.Box.Bottom && w.CentreY <= candidate.Box.Top);
        var keyed = Enumerable.Range(0, candidate.RowCount).All(r => inside.Any(w =>
            w.CentreX < candidate.ColumnEdges[1] && w.CentreY <= candidate.RowEdges[r] && w.CentreY >= candidate.RowEdges[r + 1]));
        // A key cell that starts in lower case is the wrapped line of one cell ("Estrategia 180: Garantizar el
        // acceso al" / "agua potable…"): a framed ficha of labelled paragraphs, not rows.
        var lowerKey = Enumerable.Range(0, candidate.RowCount).Any(r => inside
            .Where(w => w.CentreX < candidate.ColumnEdges[1] && w.CentreY <= candidate.RowEdges[r] && w.CentreY >= candidate.RowEdges[r + 1])
            .OrderByDescending(w => w.Baseline).ThenBy(w => w.Box.Left).FirstOrDefault() is { Text.Length: > 0 } first && char.IsLower(first.Text[0]));
        return placed == inside.Count && keyed && !lowerKey ? candidate with { Box = grid.Box } : grid;
    }

    private static bool Inside(RulingSegment rule, PdfGrid grid) =>
        rule.Position >= grid.Box.Bottom - 2 && rule.Position <= grid.Box.Top + 2 && rule.Start >= grid.Box.Left - 2 && rule.End <= grid.Box.Right + 2;

    /// <summary>Takes a text-column section's words out of <paramref name="words"/>, as lines per column.</summary>
    private PdfColumnSection Columns(PdfTextColumns section, List<PdfWord> words)
    {
        var mine = words.Where(w => w.IsIn(section.Box)).ToList();
        words.RemoveAll(mine.Contains);
        var columns = mine.GroupBy(w => StreamRowSplitter.Column(section.ColumnEdges, w.CentreX)).OrderBy(g => g.Key).Select(g => lines.Group(g, prose: true)).ToList();
        return new PdfColumnSection(section.Box.Top, columns);
    }

    /// <summary>Column edges of the borderless table lowest on the page when nothing but footer lines stands below it.</summary>
    private static IReadOnlyList<double>? Trailing(IReadOnlyList<PdfGrid> streamed, IReadOnlyList<PdfLine> rest, List<PdfColumnSection> sections, double height)
    {
        var last = streamed.MinBy(g => g.Box.Bottom);
        var below = last is not null && (rest.Any(l => l.Box.Top < last.Box.Bottom && l.Box.Top > FooterBand * height) || sections.Any(s => s.Top < last.Box.Bottom));
        return last is null || below ? null : last.ColumnEdges;
    }

    /// <summary>A single box around most of the page is a page border, not a one-cell table holding the whole page.</summary>
    private static bool IsPageFrame(PdfGrid grid, Page page) =>
        grid.Cells.Count == 1 && grid.Box.Width * grid.Box.Height > 0.5 * page.Width * page.Height;

    /// <summary>
    /// A word set wholly in a symbol font whose glyphs came out as Latin letters ("ü", "ø", "÷" for a Wingdings check, arrow and
    /// square re-encoded by LibreOffice as OpenSymbol under WinAnsi, blind batch AA, AA2), or a lone Latin-1 sign no Spanish
    /// word is, the way a Wingdings bullet reads from any font's map ("Ø", "§", "ü", "ö" for the pointing hand set in a
    /// fallback font): a bullet, no text.
    /// </summary>
    private static bool SymbolFontGlyphs(Word word) =>
        (word.Letters.All(l => SymbolFont(l.FontName)) && word.Text.All(c => c is > ' ' and <= '\u00FF')) ||
        (word.Text.Length == 1 && StrayDingbats.Contains(word.Text[0]));

    /// <summary>Latin-1 signs that stand alone only as a dingbat's code read as text.</summary>
    private const string StrayDingbats = "ØøöÖüÜ÷§þÞð¨ýÿ¤";

    private static bool SymbolFont(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var bare = name[(name.IndexOf('+') + 1)..];
        return bare.StartsWith("OpenSymbol", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) ||
               bare.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase) || bare.Contains("Dingbats", StringComparison.OrdinalIgnoreCase) ||
               bare.Equals("Symbol", StringComparison.OrdinalIgnoreCase) || bare.Equals("SymbolMT", StringComparison.OrdinalIgnoreCase);
    }

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
