using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;
using static Actas.Pipeline.Tests.Reading.Pdf.PdfLineFactory;

namespace Actas.Pipeline.Tests.Reading.Pdf;

public sealed class PdfBlockAssemblerTests
{
    private static Table HeaderTable(int page, string version) => new(
        [
            new TableRow([new TableCell(0, 1, ["PDHCDMX"]), new TableCell(1, 1, ["Secretaría Ejecutiva"]), new TableCell(2, 1, ["Clave: SE-EP-02"])]),
            new TableRow([new TableCell(0, 1, [""]), new TableCell(1, 1, ["Formato de minuta"]), new TableCell(2, 1, [$"Versión {version}"])]),
        ],
        3, true, new SourceLocation(page, 0, Box: new BoundingBox(57, 780, 540, 820)));

    [Fact]
    public void A_template_header_table_at_the_top_of_every_page_is_read_once()
    {
        var pages = new[]
        {
            new PdfPageContent(1, 842, [Line("MINUTA DE REUNIÓN", 57, 700)], [HeaderTable(1, "2.1")], 10),
            new PdfPageContent(2, 842, [Line("Retroalimentación del Espacio sobre la estrategia", 57, 700)], [HeaderTable(2, "2.1")], 10),
        };
        var issues = new List<Issue>();

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), issues);

        Assert.Single(blocks.OfType<Table>());
        Assert.IsType<Table>(blocks[0]);
        Assert.Contains(issues, i => i.Code == "running-header-table-dropped");
    }

    [Fact]
    public void A_table_at_the_top_of_a_later_page_with_other_content_stays()
    {
        var pages = new[]
        {
            new PdfPageContent(1, 842, [Line("MINUTA DE REUNIÓN", 57, 700)], [HeaderTable(1, "2.1")], 10),
            new PdfPageContent(2, 842, [Line("Retroalimentación", 57, 700)], [HeaderTable(2, "2.1") with { Rows = [HeaderTable(2, "2.1").Rows[0]] }], 10),
        };

        var blocks = new PdfBlockAssembler(new ParagraphGrouper(), new ContinuationGridAligner()).Assemble(pages, PdfBlockAssembler.StylerFor(pages), []);

        Assert.Equal(2, blocks.OfType<Table>().Count());
    }
}
