using System.Runtime.ExceptionServices;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Reads page images with Tesseract, several pages at once: at most
/// <see cref="OcrOptions.EffectiveParallel"/> pages are rendered and read at the same time across
/// every document sharing this engine (one engine per run, so <c>--jobs</c> bounds the
/// processes, not jobs × pages). Images go to a temporary folder removed afterwards.
/// </summary>
public sealed class OcrEngine
{
    private readonly SemaphoreSlim _slots;
    private readonly OcrPageReader _reader;

    public OcrEngine(OcrOptions options, PdfReaderOptions pdf)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pdf);
        Options = options;
        _slots = new SemaphoreSlim(options.EffectiveParallel);
        _reader = new OcrPageReader(options, new OcrPageComposer(pdf), new ImageRuleFinder(options.EffectiveRules));
        Judge = new TextLayerJudge(options.EffectiveTextLayer);
    }

    public OcrOptions Options { get; }

    public TextLayerJudge Judge { get; }

    /// <param name="file">The document, for messages.</param>
    /// <param name="what">What needs OCR, for the message when Tesseract is missing: "pages 6–7 (no usable text layer)".</param>
    /// <param name="pages">1-based page numbers to read.</param>
    /// <param name="render">Writes page N as an 8-bit PGM to the given path and returns its resolution in dpi.</param>
    /// <param name="pageDone">Called after each page (from any thread), for a progress display.</param>
    public IReadOnlyDictionary<int, OcrPage> Read(
        string file,
        string what,
        IReadOnlyList<int> pages,
        Func<int, string, CancellationToken, double> render,
        Action<int>? pageDone,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        return Read(file, what, pages, (page, image, token) => ((GrayImage?)null, render(page, image, token)), pageDone, cancellationToken);
    }

    /// <param name="render">Gives page N's image in memory, or writes it as an 8-bit PGM to the given path (null image); and its resolution in dpi.</param>
    public IReadOnlyDictionary<int, OcrPage> Read(
        string file,
        string what,
        IReadOnlyList<int> pages,
        Func<int, string, CancellationToken, (GrayImage? Image, double Dpi)> render,
        Action<int>? pageDone,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(render);
        if (ExternalTool.Find(Options.Tesseract) is null)
        {
            throw Diagnostics.ActaReadException.OcrMissing(file, what, Options.Tesseract);
        }

        var results = new System.Collections.Concurrent.ConcurrentDictionary<int, OcrPage>();
        var work = Directory.CreateTempSubdirectory("actas-ocr-");
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.EffectiveParallel, CancellationToken = cancellationToken };
            Parallel.ForEach(pages, parallel, page =>
            {
                _slots.Wait(cancellationToken);
                try
                {
                    var image = Path.Combine(work.FullName, $"page-{page}.pgm");
                    var (loaded, dpi) = render(page, image, cancellationToken);
                    results[page] = _reader.Read(file, image, page, dpi, cancellationToken, loaded);
                    File.Delete(image);
                }
                finally
                {
                    _slots.Release();
                }

                pageDone?.Invoke(page);
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            var first = ex.InnerExceptions.FirstOrDefault(e => e is Diagnostics.ActaReadException) ?? ex.InnerExceptions[0];
            ExceptionDispatchInfo.Capture(first).Throw();
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the read.
            }
        }

        return results;
    }
}
