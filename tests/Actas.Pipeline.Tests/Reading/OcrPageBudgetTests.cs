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
                Task.Delay(perPage, cancellationToken).Wait(cancellationToken);
                options.OcrPageDone?.Invoke(page);
            }

            return new TextDumpReader().Read(RepositoryPaths.Seed(".txt"), options, cancellationToken);
        }
    }

    private static ActaPipeline Pipeline() => new(new DocumentReaderRegistry([new SlowScanReader(4, TimeSpan.FromMilliseconds(300))]), new ActaExtractor());

    [Fact]
    public void Each_page_read_by_OCR_adds_its_allowance_to_the_timeout()
    {
        var options = new ReadOptions(Timeout: TimeSpan.FromMilliseconds(600), OcrPageAllowance: TimeSpan.FromSeconds(2));
        var pagesSeen = 0;

        var acta = Pipeline().Process(_scan, options with { OcrPageDone = _ => Interlocked.Increment(ref pagesSeen) });

        Assert.Equal(23, acta.Session.Number); // 4 × 300 ms, past the 600 ms meant for one document, and read whole
        Assert.Equal(4, pagesSeen);              // the caller's own page report still arrives
    }

    [Fact]
    public void Without_an_allowance_the_same_scan_stops_at_the_timeout()
    {
        var options = new ReadOptions(Timeout: TimeSpan.FromMilliseconds(600), OcrPageAllowance: TimeSpan.Zero);

        var error = Assert.Throws<ActaReadException>(() => Pipeline().Process(_scan, options));

        Assert.Equal("timeout", error.Code);
    }
}
