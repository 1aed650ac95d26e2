using System.Diagnostics;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads PDFs with PdfPig: per page, words → lines → paragraphs in reading order (top to
/// bottom, one column), tables rebuilt from ruling lines (<see cref="Table.SpansKnown"/> true,
/// cell boxes set), running headers and footers dropped, a <see cref="PageBreak"/> between
/// pages. A table at the top of a page right after a table that ended the previous page gets
/// its first row marked <see cref="TableRow.AfterBreak"/>; joining is left to
/// <c>Layout/PageBreakCellJoiner</c>. Every block has its page and box.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    private readonly PdfPageScanner _scanner;
    private readonly ParagraphGrouper _paragraphs;
    private readonly RunningHeaderFilter _headers;
    private readonly ContinuationGridAligner _aligner = new();

    public PdfReader()
        : this(PdfReaderOptions.Default)
    {
    }

    public PdfReader(PdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lines = new LineGrouper(options.Lines);
        _paragraphs = new ParagraphGrouper(options.Paragraphs);
        _scanner = new PdfPageScanner(
            new RulingLineExtractor(options.Rules),
            new RulingLineTableDetector(options.Tables),
            new PdfTableBuilder(lines, _paragraphs),
            lines);
        _headers = new RunningHeaderFilter(options.RunningLines);
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        var clock = Stopwatch.StartNew();
        List<PdfPageContent> pages;
        try
        {
            using var document = PdfDocument.Open(path);
            if (document.NumberOfPages > options.MaxPages)
            {
                throw ActaReadException.TooLarge(name, $"{document.NumberOfPages:N0} pages, the limit is {options.MaxPages:N0}");
            }

            pages = new List<PdfPageContent>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > options.EffectiveTimeout)
                {
                    throw ActaReadException.Timeout(name, options.EffectiveTimeout);
                }

                pages.Add(_scanner.Scan(page));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw ActaReadException.Encrypted(name);
        }
        catch (Exception ex) when (ex is not ActaReadException and not OperationCanceledException)
        {
            // PdfPig reports damage with many exception types (format, index, null, argument): a bad
            // file must surface as one ActaReadException, with PdfPig's error kept as the inner one.
            throw ActaReadException.Corrupt(name, "PDF", ex);
        }

        if (pages.Sum(p => p.WordCount) == 0)
        {
            throw ActaReadException.Scanned(name, pages.Count);
        }

        var (filtered, dropped) = _headers.Filter(pages);
        var issues = new List<Issue>();
        if (dropped > 0)
        {
            issues.Add(new Issue("running-lines-dropped", Severity.Info, null, $"dropped {dropped} running header/footer line(s)"));
        }

        var blocks = Assemble(filtered, Styler(pages), issues);
        return new LayoutDocument(name, "pdf", FileFingerprint.Sha256(path), pages.Count, blocks, issues);
    }

    private static PdfParagraphStyler Styler(IReadOnlyList<PdfPageContent> pages)
    {
        var sizes = new Dictionary<double, int>();
        foreach (var word in pages.SelectMany(Words))
        {
            var size = Math.Round(word.FontSize, 1);
            sizes[size] = sizes.GetValueOrDefault(size) + word.Text.Length;
        }

        var body = sizes.Count == 0 ? 10 : sizes.MaxBy(s => s.Value).Key;
        return new PdfParagraphStyler(body, sizes.Keys.Where(s => s > body));
    }

    private static IEnumerable<PdfWord> Words(PdfPageContent page) => page.Lines.SelectMany(l => l.Words);

    private List<LayoutBlock> Assemble(IReadOnlyList<PdfPageContent> pages, PdfParagraphStyler styler, List<Issue> issues)
    {
        var blocks = new List<LayoutBlock>();
        Table? chainStart = null;
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

            foreach (var lines in _paragraphs.Group(page.Lines))
            {
                var box = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
                var (text, role, level, label) = styler.Style(lines);
                items.Add((box.Top, index => new Paragraph(text, role, new SourceLocation(page.Number, index, Box: box), level, label)));
            }

            var first = true;
            foreach (var (_, make) in items.OrderByDescending(i => i.Top))
            {
                var block = make(blocks.Count);
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

        return blocks;
    }

    /// <summary>A table at the top of a page right after a table: drop a repeated header row, align its grid, mark its first row.</summary>
    private Table Continue(Table chainStart, Table previous, Table table, List<Issue> issues)
    {
        var stripped = RepeatedHeaderRowFilter.Strip(chainStart, table);
        if (!ReferenceEquals(stripped, table))
        {
            issues.Add(new Issue("repeated-header-row-dropped", Severity.Info, table.Location.ToString(), "dropped a table header row repeated after a page break"));
        }

        var aligned = _aligner.Align(previous, stripped);
        return aligned with { Rows = [aligned.Rows[0] with { AfterBreak = true }, .. aligned.Rows.Skip(1)] };
    }
}
