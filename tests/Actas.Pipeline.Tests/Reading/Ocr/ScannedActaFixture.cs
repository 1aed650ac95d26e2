using System.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// Scans of a corpus acta made at run time, as scripts/make-scanned-corpus.sh makes them: its
/// pages printed to grey images at 200 dpi (pdftoppm) and put back into an image-only PDF
/// (img2pdf); a mixed PDF of its text pages and its last page scanned; its first page as a .png
/// and its first two pages as one multi-page .tif; its text turned into outlines by Ghostscript (-dNoOutputFonts:
/// no font, no text layer, no image); its scan turned by a degree with Tesseract's own invisible text layer under it
/// (what ocrmypdf and archive scanners write). Read once for the tests that share it.
/// Needs poppler-utils, img2pdf, imagemagick, ghostscript and tesseract-ocr-spa (scripts/install-deps.sh).
/// </summary>
public sealed class ScannedActaFixture : IDisposable
{
    public const string Stem = "acta-trata-24-2018-09-27";
    private const string Dpi = "200";
    private readonly TempDirectory _temp = new();
    private readonly Lazy<Acta> _twin;
    private readonly Lazy<Acta> _scanned;
    private readonly Lazy<LayoutDocument> _mixed;
    private readonly Lazy<Acta> _outlined;
    private readonly Lazy<Acta> _ocrLayered;

    public ScannedActaFixture()
    {
        TextPdf = Path.Combine(SeedCorpus.Directory, "trata", Stem + ".pdf");
        Run("pdftoppm", "-r", Dpi, "-gray", TextPdf, _temp.File("p"));
        var pages = Directory.GetFiles(_temp.Path, "p-*.pgm").Order(StringComparer.Ordinal).ToList();
        var pngs = pages.Select(p => Path.ChangeExtension(p, ".png")).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            Run("convert", pages[i], "-units", "PixelsPerInch", "-density", Dpi, pngs[i]);
        }

        PageCount = pages.Count;
        ScannedPdf = _temp.File("escaneada.pdf");
        Run("img2pdf", ["--imgsize", Dpi + "dpi", "-o", ScannedPdf, .. pngs]);
        FirstPagePng = pngs[0];
        TwoPageTiff = _temp.File("dos-paginas.tif");
        Run("convert", pngs[0], pngs[1], "-units", "PixelsPerInch", "-density", Dpi, TwoPageTiff);

        MixedPdf = _temp.File("mixta.pdf");
        Run("pdfseparate", "-l", (PageCount - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TextPdf, _temp.File("texto-%d.pdf"));
        var lastScanned = _temp.File("ultima.pdf");
        Run("img2pdf", "--imgsize", Dpi + "dpi", "-o", lastScanned, pngs[^1]);
        Run("pdfunite", [.. Enumerable.Range(1, PageCount - 1).Select(i => _temp.File($"texto-{i}.pdf")), lastScanned, MixedPdf]);

        OutlinedPdf = _temp.File("contornos.pdf");
        Run("gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dNoOutputFonts", "-sOutputFile=" + OutlinedPdf, TextPdf);

        _twin = new(() => ActaPipeline.CreateDefault().Process(TextPdf));
        _scanned = new(() => ActaPipeline.CreateDefault().Process(ScannedPdf));
        _mixed = new(() => DocumentReaders.CreateDefault().Read(MixedPdf, ReadOptions.Default));
        _outlined = new(() => ActaPipeline.CreateDefault().Process(OutlinedPdf));
        _ocrLayered = new(() => ActaPipeline.CreateDefault().Process(MakeOcrLayered(pngs)));
    }

    public string TextPdf { get; }

    public string ScannedPdf { get; }

    public string MixedPdf { get; }

    /// <summary>The text PDF with every glyph drawn as a filled path.</summary>
    public string OutlinedPdf { get; }

    public string FirstPagePng { get; }

    public string TwoPageTiff { get; }

    public int PageCount { get; }

    /// <summary>The acta read from its text layer.</summary>
    public Acta Twin => _twin.Value;

    /// <summary>The acta read from its scan.</summary>
    public Acta Scanned => _scanned.Value;

    public LayoutDocument Mixed => _mixed.Value;

    /// <summary>The acta read from its skewed scan that carries Tesseract's invisible text layer.</summary>
    public Acta OcrLayered => _ocrLayered.Value;

    /// <summary>The acta read from its outlined twin.</summary>
    public Acta Outlined => _outlined.Value;

    public string File(string name) => _temp.File(name);

    public void Dispose() => _temp.Dispose();

    private string MakeOcrLayered(IReadOnlyList<string> pngs)
    {
        var turned = pngs.Select((p, i) => _temp.File($"girada-{i + 1}.png")).ToList();
        for (var i = 0; i < pngs.Count; i++)
        {
            Run("convert", pngs[i], "-background", "white", "-rotate", i % 2 == 0 ? "1.2" : "-1", "-units", "PixelsPerInch", "-density", Dpi, turned[i]);
        }

        var list = _temp.File("girada.txt");
        System.IO.File.WriteAllLines(list, turned);
        Run("tesseract", list, _temp.File("con-capa"), "-l", "spa", "pdf");
        return _temp.File("con-capa.pdf");
    }

    internal static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; run scripts/install-deps.sh");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        }
    }
}
