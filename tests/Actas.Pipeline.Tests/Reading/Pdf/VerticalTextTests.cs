using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>A table whose narrow header cells carry their titles sideways, read as the cells' text.</summary>
public sealed class VerticalTextTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Upright_header_cells_read_as_their_titles()
    {
        var path = _temp.File("encabezado-vertical.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        double[] columns = [50, 250, 300, 350, 550];
        foreach (var y in new[] { 700.0, 600, 560 })
        {
            page.DrawLine(new PdfPoint(columns[0], y), new PdfPoint(columns[^1], y), 0.5);
        }

        foreach (var x in columns)
        {
            page.DrawLine(new PdfPoint(x, 560), new PdfPoint(x, 700), 0.5);
        }

        page.AddText("Accion comprometida", 9, new PdfPoint(55, 685), font);
        // Read bottom to top, lines stacked left to right (Word's btLr).
        Rotated(page, font, "Avance del", 268, 605, upward: true);
        Rotated(page, font, "trimestre previo", 279, 605, upward: true);
        // Read top to bottom, lines stacked right to left (Word's tbRl).
        Rotated(page, font, "Avance de", 332, 695, upward: false);
        Rotated(page, font, "este trimestre", 321, 695, upward: false);
        page.AddText("Comentarios", 9, new PdfPoint(355, 685), font);
        page.AddText("Talleres impartidos", 9, new PdfPoint(55, 575), font);
        page.AddText("12", 9, new PdfPoint(265, 575), font);
        page.AddText("30", 9, new PdfPoint(315, 575), font);
        page.AddText("Sin observaciones", 9, new PdfPoint(355, 575), font);
        File.WriteAllBytes(path, builder.Build());

        var table = Assert.Single(new PdfReader().Read(path, ReadOptions.Default).Blocks.OfType<Table>());

        Assert.Equal(["Accion comprometida", "Avance del trimestre previo", "Avance de este trimestre", "Comentarios"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["Talleres impartidos", "12", "30", "Sin observaciones"], table.Rows[1].Cells.Select(c => c.Text));
    }

    /// <summary>Text turned a quarter: counter-clockwise (reads upward) or clockwise (reads downward), its baseline starting at (x, y).</summary>
    private static void Rotated(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double x, double y, bool upward)
    {
        page.CurrentStream.Operations.Add(Push.Value);
        page.CurrentStream.Operations.Add(new ModifyCurrentTransformationMatrix(upward ? [0, 1, -1, 0, x, y] : [0, -1, 1, 0, x, y]));
        page.AddText(text, 9, new PdfPoint(0, 0), font);
        page.CurrentStream.Operations.Add(Pop.Value);
    }
}
