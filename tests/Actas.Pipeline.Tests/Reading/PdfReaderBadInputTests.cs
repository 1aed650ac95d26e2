using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>Unreadable PDFs give one ActaReadException whose message starts with the file name.</summary>
public sealed class PdfReaderBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Pdf_with_user_password_is_encrypted()
    {
        var path = _temp.File("protegido.pdf");
        EncryptedPdfFixture.Write(path);

        AssertFails(path, "encrypted", ReadOptions.Default);
    }

    [Fact]
    public void Pdf_without_text_layer_is_scanned()
    {
        var path = _temp.File("escaneado.pdf");
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 300, 200, 1, fill: true);
        builder.AddPage(PageSize.A4).DrawLine(new PdfPoint(50, 400), new PdfPoint(500, 400));
        File.WriteAllBytes(path, builder.Build());

        var error = AssertFails(path, "scanned", ReadOptions.Default);
        Assert.Contains("2 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_over_the_page_limit_is_too_large()
    {
        var path = _temp.File("largo.pdf");
        File.Copy(SeedCorpus.Seed(".pdf"), path);

        var error = AssertFails(path, "too-large", ReadOptions.Default with { MaxPages = 2 });
        Assert.Contains("6 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_cut_short_is_corrupt_or_still_read_never_a_bare_exception()
    {
        var path = _temp.File("cortado.pdf");
        var bytes = File.ReadAllBytes(SeedCorpus.Seed(".pdf"));
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        try
        {
            var document = DocumentReaders.CreateDefault().Read(path, ReadOptions.Default);
            Assert.Equal("pdf", document.Format);
        }
        catch (ActaReadException error)
        {
            Assert.Contains(error.Code, new[] { "corrupt", "scanned" });
            Assert.StartsWith("cortado.pdf: ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_header_with_garbage_body_is_corrupt()
    {
        var path = _temp.File("basura.pdf");
        File.WriteAllText(path, "%PDF-1.7\nesto no es un PDF\n%%EOF\n");

        AssertFails(path, "corrupt", ReadOptions.Default);
    }

    private static ActaReadException AssertFails(string path, string code, ReadOptions options)
    {
        var error = Assert.Throws<ActaReadException>(() => DocumentReaders.CreateDefault().Read(path, options));
        Assert.Equal(code, error.Code);
        Assert.StartsWith(Path.GetFileName(path) + ": ", error.Message, StringComparison.Ordinal);
        return error;
    }
}
