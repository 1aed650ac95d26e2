using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline;

/// <summary>read → layout → extract, for one file. Built once, used for many files.</summary>
public sealed class ActaPipeline
{
    private readonly DocumentReaderRegistry _readers;
    private readonly ActaExtractor _extractor;
    private readonly PageBreakCellJoiner _joiner = new();

    public ActaPipeline(DocumentReaderRegistry readers, ActaExtractor extractor)
    {
        _readers = readers;
        _extractor = extractor;
    }

    public static ActaPipeline CreateDefault() => CreateDefault(OcrOptions.Default);

    /// <param name="ocr">
    /// How scanned pages and images are read (e.g. <c>--jobs</c> as <see cref="OcrOptions.MaxParallel"/>); OCR
    /// checks acronyms against the gazetteer's unless <see cref="OcrOptions.Acronyms"/> is given.
    /// </param>
    public static ActaPipeline CreateDefault(OcrOptions ocr)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        var readers = DocumentReaders.CreateDefault(ocr with { Acronyms = ocr.Acronyms ?? InstitutionGazetteer.Default.Acronyms });
        return new(readers, new ActaExtractor());
    }

    public DocumentReaderRegistry Readers => _readers;

    /// <summary>
    /// Reads and extracts one file within <see cref="ReadOptions.EffectiveTimeout"/>. Throws
    /// <see cref="ActaReadException"/> for a file that cannot be read, is not an acta or took
    /// too long; <see cref="OperationCanceledException"/> only when the caller cancelled.
    /// </summary>
    public Acta Process(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ReadOptions.Default;
        using var timeout = new CancellationTokenSource(options.EffectiveTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ocrPages = 0;
        var report = options.OcrPageDone;
        // Each page read by OCR adds its allowance to the budget: timeout + pages × allowance, counted from the start.
        var budgeted = options with
        {
            OcrPageDone = page =>
            {
                var done = Interlocked.Increment(ref ocrPages);
                var left = options.EffectiveTimeout + (done * options.EffectiveOcrPageAllowance) - clock.Elapsed;
                try
                {
                    if (left > TimeSpan.Zero && !timeout.IsCancellationRequested)
                    {
                        timeout.CancelAfter(left);
                    }
                }
                catch (ObjectDisposedException)
                {
                    // The document is done; a late page report changes nothing.
                }

                report?.Invoke(page);
            },
        };
        try
        {
            var layout = _readers.Read(path, budgeted, linked.Token);
            linked.Token.ThrowIfCancellationRequested();
            return Extract(layout);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ActaReadException.Timeout(options.DisplayName ?? Path.GetFileName(path), options.EffectiveTimeout);
        }
    }

    /// <summary>layout → extract, for a document read elsewhere (e.g. a batch of legacy files converted at once).</summary>
    public Acta Extract(LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return _extractor.Extract(_joiner.Join(layout));
    }
}
