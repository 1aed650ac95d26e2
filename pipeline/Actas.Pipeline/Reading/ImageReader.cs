using System.Globalization;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Ocr;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads scanned actas given as images (.png, .jpg, .tif/.tiff, a multi-page TIFF being one
/// acta): each page converted to grey by ImageMagick and read by OCR into the same page content
/// a PDF page gives, then running lines, paragraphs and tables as in <see cref="PdfReader"/>.
/// </summary>
public sealed class ImageReader : IDocumentReader
{
    private readonly OcrEngine _ocr;
    private readonly RunningHeaderFilter _headers;
    private readonly PdfBlockAssembler _assembler;
    private readonly PdfOcrPass _pass;

    public ImageReader()
        : this(PdfReaderOptions.Default, null)
    {
    }

    /// <param name="ocr">The OCR engine (shared with the PDF reader); null for one with default options.</param>
    public ImageReader(PdfReaderOptions options, OcrEngine? ocr)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ocr = ocr ?? new OcrEngine(OcrOptions.Default, options);
        _pass = new PdfOcrPass(_ocr);
        _headers = new RunningHeaderFilter(options.RunningLines);
        _assembler = new PdfBlockAssembler(new ParagraphGrouper(options.Paragraphs), new ContinuationGridAligner());
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        if (options.Ocr == OcrMode.Never)
        {
            throw ActaReadException.ImageWithoutOcr(name);
        }

        var frames = ImageFrameLister.List(name, path, _ocr.Options.ImageIdentifier, cancellationToken);
        if (frames.Count == 0)
        {
            throw ActaReadException.Corrupt(name, "image");
        }

        if (frames.Count > options.MaxPages)
        {
            throw ActaReadException.TooManyPages(name, frames.Count, options.MaxPages);
        }

        var ocr = _ocr.Read(name, "the image", [.. Enumerable.Range(1, frames.Count)], (page, image, token) =>
        {
            var frame = frames[page - 1];
            ExternalTool.Run(name, "the image", _ocr.Options.ImageConverter,
                [$"{path}[{frame.Index.ToString(CultureInfo.InvariantCulture)}]", "-background", "white", "-alpha", "remove", "-colorspace", "Gray", "-depth", "8", image], token);
            return frame.Dpi;
        }, options.OcrPageDone, cancellationToken);
        var pages = Enumerable.Range(1, frames.Count).SelectMany(n => ocr[n].Contents).ToList();
        if (pages.Sum(p => p.WordCount) == 0)
        {
            throw ActaReadException.NotAnActa(name, $"OCR found no text on its {frames.Count} page{(frames.Count == 1 ? "" : "s")}");
        }

        var (filtered, dropped) = _headers.Filter(pages);
        var issues = new List<Issue>();
        if (dropped > 0)
        {
            issues.Add(new Issue("running-lines-dropped", Severity.Info, null, $"dropped {dropped} running header/footer line(s)"));
        }

        var blocks = _assembler.Assemble(filtered, PdfBlockAssembler.StylerFor(pages), issues);
        var (annotated, summary) = _pass.Finish(blocks, ocr, issues);
        return new LayoutDocument(name, Format(path), FileFingerprint.Sha256(path), frames.Count, annotated, issues, summary);
    }

    private static string Format(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpeg" or ".jpg" => "jpg",
        ".tif" or ".tiff" => "tiff",
        var other => other.TrimStart('.'),
    };
}
