using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>PdfReader end to end on PDFs drawn by the tests with PdfPig's builder.</summary>
public sealed class PdfReaderBuiltTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Pdf_running_header_is_read_once_and_page_numbers_never()
    {
        var path = _temp.File("con-encabezado.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var n = 1; n <= 3; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Mecanismo de Seguimiento y Evaluacion del PDHCDMX", 9, new PdfPoint(57, 810), font);
            page.AddText($"Texto propio de la pagina {n}", 10, new PdfPoint(57, 600), font);
            page.AddText($"{n}", 9, new PdfPoint(290, 30), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        Assert.Equal(3, document.PageCount);
        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        // The running header is read once, on the first page (a title or a date may live only there); the page numbers never.
        Assert.Equal(["Mecanismo de Seguimiento y Evaluacion del PDHCDMX", "Texto propio de la pagina 1", "Texto propio de la pagina 2", "Texto propio de la pagina 3"],
            paragraphs.Select(p => p.Text));
        Assert.Equal([1, 1, 2, 3], paragraphs.Select(p => p.Location.Page!.Value));
        Assert.Equal(2, document.Blocks.OfType<PageBreak>().Count());
        Assert.Contains(document.Issues, i => i.Code == "running-lines-dropped");
    }

    [Fact]
    public void Pdf_page_border_is_not_a_one_cell_table()
    {
        var path = _temp.File("marco.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(30, 30), 535, 780, 1);
        page.AddText("ACUERDOS OPERATIVOS", 10, new PdfPoint(57, 700), font);
        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        Assert.Empty(document.Blocks.OfType<Table>());
        Assert.Equal("ACUERDOS OPERATIVOS", Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Text);
    }

    [Fact]
    public void Pdf_grid_drawn_as_thin_filled_rectangles_is_a_table()
    {
        // Word's "Save as PDF" draws borders as thin filled rectangles, not strokes.
        var path = _temp.File("bordes-rellenos.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var y in new[] { 700.0, 680, 660 })
        {
            page.DrawRectangle(new PdfPoint(50, y), 400, 0.5, 0.5, fill: true);
        }

        foreach (var x in new[] { 50.0, 250, 450 })
        {
            page.DrawRectangle(new PdfPoint(x, 660), 0.5, 40.5, 0.5, fill: true);
        }

        page.AddText("Meta 516.1", 10, new PdfPoint(55, 686), font);
        page.AddText("Meta 516.2", 10, new PdfPoint(255, 686), font);
        page.AddText("PGJCDMX", 10, new PdfPoint(55, 666), font);
        page.AddText("SEDESO", 10, new PdfPoint(255, 666), font);
        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(new PdfReader().Read(path, ReadOptions.Default).Blocks.OfType<Table>());

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(["Meta 516.1", "Meta 516.2"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["PGJCDMX", "SEDESO"], table.Rows[1].Cells.Select(c => c.Text));
    }
}
