using System.Globalization;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Pdf;
using UglyToad.PdfPig.Content;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// The OCR step of <see cref="PdfReader"/>, per page, not per file: pages whose text layer is
/// missing or garbage (<see cref="TextLayerJudge"/>) are rendered with poppler's pdftoppm and read
/// by <see cref="OcrEngine"/>; their content replaces what PdfPig found, so a PDF with text pages
/// 1–5 and scanned pages 6–7 gets OCR on 6–7 only. pdftoppm over ocrmypdf: on a 4-page scan at
/// 200 dpi, pdftoppm + tesseract took 6.7 s, ocrmypdf 14.2 s (26.0 s with --deskew
/// --rotate-pages) for the same Tesseract words, and ocrmypdf's text layer has no confidences.
/// </summary>
public sealed class PdfOcrPass(OcrEngine engine)
{
    /// <summary>True when the page must be read from its image.</summary>
    public bool Needs(Page page, PdfPageContent content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return engine.Judge.Reason(page, content, options.Ocr) is not null;
    }

    /// <summary>The pages, read by OCR; an empty map when <paramref name="pages"/> is empty.</summary>
    public IReadOnlyDictionary<int, OcrPage> Read(string path, string file, IReadOnlyList<int> pages, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        if (pages.Count == 0)
        {
            return new Dictionary<int, OcrPage>();
        }

        var dpi = engine.Options.Dpi;
        var what = (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", pages) + " (no usable text layer)";
        using var stored = new StoredScans(path);
        return engine.Read(file, what, pages, (page, image, token) =>
        {
            if (stored.At(page, dpi) is { } found)
            {
                return (found, dpi);
            }

            var number = page.ToString(CultureInfo.InvariantCulture);
            ExternalTool.Run(file, $"page {page} (no usable text layer)", engine.Options.Rasteriser,
                ["-f", number, "-l", number, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", path, image[..^".pgm".Length]], token);
            return ((GrayImage?)null, (double)dpi);
        }, options.OcrPageDone, cancellationToken);
    }

    /// <summary>
    /// The file's stored scans (<see cref="EmbeddedPageImage"/>), the PDF opened once for all its OCR pages instead of
    /// once per page (a 7-page scan parsed 7 times before) and read under a lock, as PdfPig's document is not
    /// thread-safe; pages run in parallel, so only the image lookup and decoding are serialised.
    /// </summary>
    public sealed class StoredScans(string path) : IDisposable
    {
        private readonly Lock _lock = new();
        private UglyToad.PdfPig.PdfDocument? _document;
        private bool _unreadable;

        /// <summary>How many times the PDF was opened (for tests).</summary>
        public int Opened { get; private set; }

        /// <summary>Page <paramref name="page"/>'s stored scan when it is already what pdftoppm would give at <paramref name="dpi"/>, else null.</summary>
        public GrayImage? At(int page, int dpi)
        {
            lock (_lock)
            {
                if (_unreadable)
                {
                    return null;
                }

                try
                {
                    if (_document is null)
                    {
                        Opened++;
                        _document = UglyToad.PdfPig.PdfDocument.Open(path);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _unreadable = true; // a file PdfPig cannot open is pdftoppm's to render, every page of it
                    return null;
                }

                try
                {
                    return EmbeddedPageImage.TryRead(_document, page) is { } found && Math.Abs(found.Dpi - dpi) <= 0.02 * dpi ? found.Image : null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    return null; // an image PdfPig cannot decode is pdftoppm's to render
                }
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _document?.Dispose();
                _document = null;
            }
        }
    }

    /// <summary>
    /// The reading pages: each OCR page's content in place of its text layer's, two for a sheet of two pages side by side
    /// (both numbered as the PDF page they are on). A text sheet read as two halves (<see cref="Pdf.TwoUpTextSheet"/>) holds two
    /// contents of one number: the OCR page takes the place of the first, the second is dropped.
    /// </summary>
    public static List<PdfPageContent> Replace(IReadOnlyList<PdfPageContent> pages, IReadOnlyDictionary<int, OcrPage> ocr)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(ocr);
        return [.. pages.SelectMany((p, i) => !ocr.TryGetValue(p.Number, out var read) ? [p] : i > 0 && pages[i - 1].Number == p.Number ? [] : read.Contents)];
    }

    /// <summary>Blocks with OCR confidences and warnings, and the document's OCR summary (null when no page was OCRed).</summary>
    public (List<LayoutBlock> Blocks, OcrSummary? Summary) Finish(List<LayoutBlock> blocks, IReadOnlyDictionary<int, OcrPage> ocr, List<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(ocr);
        ArgumentNullException.ThrowIfNull(issues);
        if (ocr.Count == 0)
        {
            return (blocks, null);
        }

        foreach (var (number, page) in ocr.OrderBy(p => p.Key))
        {
            var turn = page.SideBySide ? ", two pages side by side" : page.QuarterTurn == 0 ? "" : $", turned {page.QuarterTurn * 90}°";
            issues.Add(new Issue("ocr", Severity.Info, $"page {number}", string.Create(CultureInfo.InvariantCulture,
                $"read by OCR: {page.Words.Count} words, mean confidence {page.MeanConfidence:0}%, skew {page.SkewDegrees:0.0}°{turn}")));
        }

        var words = ocr.Values.SelectMany(p => p.Words).ToList();
        var mean = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        var annotated = OcrHeadingRestorer.Restore(OcrConfidenceAnnotator.Annotate(blocks, ocr, engine.Options.LowConfidence, issues), [.. ocr.Keys], issues);
        return (annotated, new OcrSummary([.. ocr.Keys.Order()], mean));
    }
}
