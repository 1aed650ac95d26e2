using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Puts scanned pages together into layout blocks: per page, tables and paragraphs ordered by
/// their top edge (a section in text columns read column by column), a <see cref="PageBreak"/> between pages, and a table at the top
/// of a page right after a table treated as its continuation (repeated header row dropped, grid
/// aligned, first row marked <see cref="TableRow.AfterBreak"/>).
/// </summary>
public sealed partial class PdfBlockAssembler(ParagraphGrouper paragraphs, ContinuationGridAligner aligner)
{
    /// <summary>A styler whose body size is the most used font size of the pages (by characters).</summary>
    public static PdfParagraphStyler StylerFor(IReadOnlyList<PdfPageContent> pages)
    {
        var sizes = new Dictionary<double, int>();
        // The document's words, by which a hyphenated line end is mended: only gathered when some line ends in a hyphen.
        var vocabulary = pages.SelectMany(Lines).Any(l => l.Text.TrimEnd().EndsWith('-')) ? new HashSet<string>(StringComparer.Ordinal) : null;
        var afterHyphen = false;
        foreach (var line in pages.SelectMany(Lines))
        {
            for (var k = 0; k < line.Words.Count; k++)
            {
                var word = line.Words[k];
                var size = Math.Round(word.FontSize, 1);
                sizes[size] = sizes.GetValueOrDefault(size) + word.Text.Length;
                // The piece a hyphenated line end carried over ("pación" after "Partici-") is no word of the document.
                if (vocabulary is not null && (k > 0 || !afterHyphen))
                {
                    vocabulary.UnionWith(HyphenatedLineJoiner.WordsOf(word.Text));
                }
            }

            afterHyphen = line.Text.EndsWith('-');
        }

        var body = sizes.Count == 0 ? 10 : sizes.MaxBy(s => s.Value).Key;
        return new PdfParagraphStyler(body, sizes.Keys.Where(s => s > body), vocabulary);
    }

    private static IEnumerable<PdfLine> Lines(PdfPageContent page) =>
        page.Lines.Concat(page.ColumnSections.SelectMany(s => s.Columns).SelectMany(c => c));

    /// <summary>Blocks of all pages in order, with a page break between pages; continuation notes go to <paramref name="issues"/>.</summary>
    public List<LayoutBlock> Assemble(IReadOnlyList<PdfPageContent> pages, PdfParagraphStyler styler, List<Issue> issues)
    {
        var blocks = new List<LayoutBlock>();
        Table? chainStart = null;
        string? headerTable = null;
        foreach (var page in pages)
        {
            if (blocks.Count > 0)
            {
                blocks.Add(new PageBreak(new SourceLocation(page.Number, blocks.Count)));
            }

            var items = new List<(double Top, Func<int, LayoutBlock> Make)>();
            foreach (var table in page.Tables)
            {
                items.Add((table.Location.Box!.Top, index => table with { Location = table.Location with { Block = index } }));
            }

            foreach (var (lines, soft) in RuledCards.Join(SignatureLines.Join(SoftBreakCards.Join(page.Lines, DrawnTextBoxes.Regroup(paragraphs.Group(page.Lines), page.TextBoxes, paragraphs), paragraphs.StepFactor)), page.Cards))
            {
                items.Add(ParagraphItem(lines, page.Number, styler, top: null, soft));
            }

            // A column section's paragraphs all take the section's top: the sort below is stable,
            // so the left column is read to its end before the right one.
            foreach (var section in page.ColumnSections)
            {
                foreach (var (lines, soft) in section.Columns.SelectMany(c => SignatureLines.Join(SoftBreakCards.Join(c, paragraphs.Group(c), paragraphs.StepFactor))))
                {
                    items.Add(ParagraphItem(lines, page.Number, styler, section.Top, soft));
                }
            }

            var first = true;
            foreach (var (_, make) in items.OrderByDescending(i => i.Top))
            {
                var block = make(blocks.Count);
                if (first && block is Table top)
                {
                    // A template's header table (logo | title | "Clave: SE-EP-02") printed at the top of every page is a
                    // running header: read once, on the first page.
                    var key = TableKey(top);
                    if (page == pages[0])
                    {
                        headerTable = key;
                    }
                    else if (key == headerTable)
                    {
                        issues.Add(new Issue("running-header-table-dropped", Severity.Info, top.Location.ToString(), "dropped a header table repeated at the top of the page"));
                        continue;
                    }
                }

                if (block is Table table)
                {
                    var continues = first && blocks.Count > 1 && blocks[^2] is Table && chainStart is not null;
                    block = continues ? Continue(chainStart!, (Table)blocks[^2], table, issues) : table;
                    chainStart = continues ? chainStart : table;
                }

                blocks.Add(block);
                first = false;
            }
        }

        // Footnotes come after the text, as the Word reader places them: extraction reads them apart (NoteReports).
        foreach (var page in pages)
        {
            foreach (var note in page.Footnotes ?? [])
            {
                blocks.Add(new Paragraph(note.Text, ParagraphRole.Body, new SourceLocation(page.Number, blocks.Count, Box: note.Box, Region: DocumentRegion.Footnote)));
            }
        }

        return blocks;
    }

    private static string TableKey(Table table) =>
        string.Join('\n', table.Rows.Select(r => string.Join('|', r.Cells.Select(c => DigitRun().Replace(c.Text, "#")))));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex DigitRun();

    private static (double Top, Func<int, LayoutBlock> Make) ParagraphItem(IReadOnlyList<PdfLine> lines, int page, PdfParagraphStyler styler, double? top, IReadOnlyList<string>? soft = null)
    {
        var box = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        var (text, role, level, label) = styler.Style(lines);
        return (top ?? box.Top, index => new Paragraph(text, role, new SourceLocation(page, index, Box: box), level, label, soft));
    }

    /// <summary>A table at the top of a page right after a table: drop a repeated header row, align its grid, mark its first row.</summary>
    private Table Continue(Table chainStart, Table previous, Table table, List<Issue> issues)
    {
        var stripped = RepeatedHeaderRowFilter.Strip(chainStart, table);
        if (!ReferenceEquals(stripped, table))
        {
            issues.Add(new Issue("repeated-header-row-dropped", Severity.Info, table.Location.ToString(), "dropped a table header row repeated after a page break"));
        }

        var aligned = aligner.Align(previous, stripped);
        return aligned with { Rows = [aligned.Rows[0] with { AfterBreak = true }, .. aligned.Rows.Skip(1)] };
    }
}
