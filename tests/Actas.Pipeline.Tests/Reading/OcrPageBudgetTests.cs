using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// A long scan earns time page by page: the document's budget is its timeout plus an allowance for each page read by
/// OCR, so the limit meant for one text document does not kill a 40-page scan.
/// </summary>
public sealed class OcrPageBudgetTests : IDisposable
{
    private readonly string _scan = Path.Combine(Path.GetTempPath(), $"actas-budget-{Guid.NewGuid():N}.scan");

    public OcrPageBudgetTests() => File.WriteAllText(_scan, "four scanned pages");

    public void Dispose() => File.Delete(_scan);

    /// <summary>Reads "pages" slowly, reporting each as OCR does, then gives the seed acta's layout.</summary>
    private sealed class SlowScanReader(int pages, TimeSpan perPage) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions => [".scan"];

        public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
        {
            for (var page = 1; page <= pages; page++)
            {
                // A wait on the token's handle, not a timer task: a loaded thread pool cannot make a page late.
                cancellationToken.WaitHandle.WaitOne(perPage);
                cancellationToken.ThrowIfCancellationRequested();
                options.OcrPageDone?.Invoke(page);
            }

            return new TextDumpReader().Read(RepositoryPaths.Seed(".txt"), options, cancellationToken);
        }
    }

    private static ActaPipeline Pipeline() => new(new DocumentReaderRegistry([new SlowScanReader(4, TimeSpan.FromMilliseconds(600))]), new ActaExtractor());

    [Fact]
    public void Each_page_read_by_OCR_adds_its_allowance_to_the_timeout()
    {
        var options = new ReadOptions(Timeout: TimeSpan.FromMilliseconds(1500), OcrPageAllowance: TimeSpan.FromSeconds(5));
        var pagesSeen = 0;

        var acta = Pipeline().Process(_scan, options with { OcrPageDone = _ => Interlocked.Increment(ref pagesSeen) });

        Assert.Equal(23, acta.Session.Number); // 4 × 600 ms, past the 1.5 s meant for one document, and read whole
        Assert.Equal(4, pagesSeen);              // the caller's own page report still arrives
    }

    [Fact]
    public void Without_an_allowance_the_same_scan_stops_at_the_timeout()
    {
        var options = new ReadOptions(Timeout: TimeSpan.FromMilliseconds(1500), OcrPageAllowance: TimeSpan.Zero);

        var error = Assert.Throws<ActaReadException>(() => Pipeline().Process(_scan, options));

        Assert.Equal("timeout", error.Code);
    }
}
