using System.Diagnostics;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads PDFs with PdfPig: per page, words → lines → paragraphs in reading order (top to
/// bottom; a section set in text columns column by column), tables rebuilt from ruling lines
/// and, where no rules are drawn, from word alignment (<see cref="Table.SpansKnown"/> true,
/// cell boxes set), running headers and footers dropped, a <see cref="PageBreak"/> between
/// pages. A table at the top of a page right after a table that ended the previous page gets
/// its first row marked <see cref="TableRow.AfterBreak"/>; joining is left to
/// <c>Layout/PageBreakCellJoiner</c>. Every block has its page and box. Pages with no usable
/// text layer are read by OCR (<see cref="PdfOcrPass"/>) into the same words → lines → tables path.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    private readonly PdfPageScanner _scanner;
    private readonly ParagraphGrouper _paragraphs;
    private readonly RunningHeaderFilter _headers;
    private readonly PdfBlockAssembler _assembler;
    private readonly PdfOcrPass _ocr;

    public PdfReader()
        : this(PdfReaderOptions.Default)
    {
    }

    public PdfReader(PdfReaderOptions options)
        : this(options, null)
    {
    }

    /// <param name="ocr">The OCR engine for pages without a usable text layer (shared with the image reader); null for one with default options.</param>
    public PdfReader(PdfReaderOptions options, OcrEngine? ocr)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ocr = new PdfOcrPass(ocr ?? new OcrEngine(OcrOptions.Default, options));
        var lines = new LineGrouper(options.Lines);
        _paragraphs = new ParagraphGrouper(options.Paragraphs);
        _scanner = new PdfPageScanner(
            new RulingLineExtractor(options.Rules),
            new RulingLineTableDetector(options.Tables),
            new StreamTableDetector(options.WordTables, lines),
            new PdfTableBuilder(lines, _paragraphs),
            lines,
            new PdfFootnoteFilter(),
            new DrawnBoxCanvas(lines, options.Canvas));
        _headers = new RunningHeaderFilter(options.RunningLines);
        _assembler = new PdfBlockAssembler(_paragraphs, new ContinuationGridAligner());
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        var clock = Stopwatch.StartNew();
        List<PdfPageContent> pages;
        int pageCount;
        var ocrPages = new List<int>();
        try
        {
            using var document = PdfDocument.Open(path);
            if (document.NumberOfPages > options.MaxPages)
            {
                throw ActaReadException.TooManyPages(name, document.NumberOfPages, options.MaxPages);
            }

            pageCount = document.NumberOfPages;
            pages = new List<PdfPageContent>(pageCount);
            IReadOnlyList<double>? carried = null;
            var textSize = new PdfTextSize();
            var form = PdfFormFields.Form(document);
            var halfPages = new HashSet<int>();
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > options.EffectiveTimeout)
                {
                    throw ActaReadException.Timeout(name, options.EffectiveTimeout);
                }

                // A two-up sheet (a booklet's spread) is read as its left page, then its right one.
                var halves = _scanner.Halves(page);
                if (halves is not null)
                {
                    halfPages.Add(pages.Count);
                    halfPages.Add(pages.Count + 1);
                }

                foreach (var half in halves is null ? [null] : halves.Select(h => ((double, double)?)h))
                {
                    var content = _scanner.Scan(page, carried, PdfStickyNotes.Read(document, page), textSize.Size, PdfFormFields.Read(form, document, page), half);
                    carried = content.TrailingColumns;
                    textSize.Add(content);
                    pages.Add(content);
                    if (_ocr.Needs(page, content, options) && !ocrPages.Contains(page.Number))
                    {
                        ocrPages.Add(page.Number);
                    }
                }
            }

            if (halfPages.Count > 0)
            {
                pages = TwoUpTextSheet.Framed(pages, halfPages);
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

        // OCR (Reading/Ocr): the pages noted above are read from their image instead of their text layer.
        var ocr = _ocr.Read(path, name, ocrPages, options, cancellationToken);
        pages = PdfOcrPass.Replace(pages, ocr);
        // A duplex scan's reversed backs: the pages' own "Página n de N" give the reading order (PageNumberOrder).
        pages = [.. PageNumberOrder.Restore(pages)];

        if (pages.Sum(p => p.WordCount) == 0)
        {
            throw ActaReadException.Scanned(name, pageCount);
        }

        var (filtered, dropped) = _headers.Filter(pages);
        var issues = new List<Issue>();
        if (dropped > 0)
        {
            issues.Add(new Issue("running-lines-dropped", Severity.Info, null, $"dropped {dropped} running header/footer line(s)"));
        }

        var blocks = _assembler.Assemble(filtered, PdfBlockAssembler.StylerFor(pages), issues);
        var (annotated, summary) = _ocr.Finish(blocks, ocr, issues);
        return new LayoutDocument(name, "pdf", FileFingerprint.Sha256(path), pageCount, annotated, issues, summary);
    }
}
