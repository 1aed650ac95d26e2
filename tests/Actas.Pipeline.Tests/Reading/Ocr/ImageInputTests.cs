using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>Scans given as images (.png, multi-page .tif) read through the same OCR path as scanned PDFs.</summary>
public sealed class ImageInputTests(ScannedActaFixture scans) : IClassFixture<ScannedActaFixture>
{
    [Fact]
    public void Png_page_reads_its_header_table_and_attendance()
    {
        var document = DocumentReaders.CreateDefault().Read(scans.FirstPagePng, ReadOptions.Default);

        Assert.Equal("png", document.Format);
        Assert.Equal(1, document.PageCount);
        Assert.Equal([1], document.Ocr!.Pages);
        var header = document.Blocks.OfType<Table>().First();
        Assert.Equal("Fecha:", header.Rows[1].Cells[0].Text);
        Assert.Equal("Jueves 27 de septiembre de 2018", header.Rows[1].Cells[1].Text);
        var text = TextFold.Key(string.Join(' ', document.Blocks.OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text)));
        Assert.All(scans.Twin.Attendance, a => Assert.Contains(TextFold.Key(a.Name), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_page_tiff_is_one_document_of_its_pages()
    {
        var document = DocumentReaders.CreateDefault().Read(scans.TwoPageTiff, ReadOptions.Default);

        Assert.Equal("tiff", document.Format);
        Assert.Equal(2, document.PageCount);
        Assert.Equal([1, 2], document.Ocr!.Pages);
        Assert.Single(document.Blocks.OfType<PageBreak>());
        Assert.Contains(document.Blocks, b => b.Location.Page == 2 && b is Table);
    }

    [Fact]
    public void Image_with_ocr_never_is_refused()
    {
        var error = Assert.Throws<ActaReadException>(() => DocumentReaders.CreateDefault().Read(scans.FirstPagePng, ReadOptions.Default with { Ocr = OcrMode.Never, DisplayName = "pagina.png" }));

        Assert.Equal("pagina.png: an image can only be read by OCR, and --ocr never turns it off; run with --ocr auto", error.Message);
    }
}
