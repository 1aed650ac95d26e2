using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A ruled table drawn inside a cell of a ruled rubric table (a web page's nested table printed to PDF): its rows reach the
/// cell as the Word reader hands a nested table over, one " | " paragraph per row, its wrapped lines kept to their own cell.
/// </summary>
public sealed class NestedGridsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void Grid(PdfPageBuilder page, double[] xs, double[] ys)
    {
        foreach (var y in ys)
        {
            page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y));
        }

        foreach (var x in xs)
        {
            page.DrawLine(new PdfPoint(x, ys[^1]), new PdfPoint(x, ys[0]));
        }
    }

    [Fact]
    public void A_table_nested_in_a_cell_gives_one_paragraph_per_nested_row()
    {
        var path = _temp.File("anidada.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        Grid(page, [40, 160, 560], [760, 730, 700, 580]);
        page.AddText("Reunion", 9, new PdfPoint(45, 742), font);
        page.AddText("Quinta reunion ordinaria", 9, new PdfPoint(165, 742), font);
        page.AddText("Lugar", 9, new PdfPoint(45, 712), font);
        page.AddText("Sala de juntas del Instituto", 9, new PdfPoint(165, 712), font);
        page.AddText("Compromisos", 9, new PdfPoint(45, 682), font);
        Grid(page, [170, 200, 420, 550], [690, 672, 632, 592]);
        page.AddText("Num.", 9, new PdfPoint(173, 677), font);
        page.AddText("Compromiso", 9, new PdfPoint(203, 677), font);
        page.AddText("Responsable", 9, new PdfPoint(423, 677), font);
        page.AddText("1", 9, new PdfPoint(173, 659), font);
        page.AddText("La Secretaria de Cultura enviara el padron", 9, new PdfPoint(203, 659), font);
        page.AddText("de bibliotecas comunitarias.", 9, new PdfPoint(203, 648), font);
        page.AddText("Secretaria de", 9, new PdfPoint(423, 659), font);
        page.AddText("Cultura", 9, new PdfPoint(423, 648), font);
        page.AddText("2", 9, new PdfPoint(173, 619), font);
        page.AddText("El Instituto revisara el calendario de", 9, new PdfPoint(203, 619), font);
        page.AddText("los talleres de lectura.", 9, new PdfPoint(203, 608), font);
        page.AddText("Instituto de la", 9, new PdfPoint(423, 619), font);
        page.AddText("Juventud", 9, new PdfPoint(423, 608), font);
        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(new PdfReader().Read(path, ReadOptions.Default).Blocks.OfType<Table>());

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Compromisos", table.Rows[2].Cells[0].Text);
        Assert.Equal(
            [
                "Num. | Compromiso | Responsable",
                "1 | La Secretaria de Cultura enviara el padron de bibliotecas comunitarias. | Secretaria de Cultura",
                "2 | El Instituto revisara el calendario de los talleres de lectura. | Instituto de la Juventud",
            ],
            table.Rows[2].Cells[1].Paragraphs);
    }
}
