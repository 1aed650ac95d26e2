using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A text PDF printed as a booklet or "2 pages per sheet" (blind batch AC, AC2): two half-letter pages side by side on a
/// landscape sheet, their lines on the same baselines. The sheet is read as its left page, then its right one.
/// </summary>
public sealed class TwoUpTextSheetTests : IDisposable
{
    private static readonly string[] LeftPage =
    [
        "Asuntos generales de la reunion",
        "El grupo reviso el calendario de visitas a los",
        "mercados publicos de la zona norte de la ciudad.",
        "La Direccion de Abasto entregara el padron de",
        "locatarios antes del cierre del mes en curso.",
    ];

    private static readonly string[] RightPage =
    [
        "Acuerdos tomados por el grupo",
        "Las organizaciones pidieron conocer el monto",
        "ejercido en el programa de huertos urbanos",
        "durante el año anterior y el presente periodo.",
        "La reunion concluyo sin mas comentarios del grupo.",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Sheet_of_two_pages_side_by_side_is_read_left_page_then_right_page()
    {
        var path = _temp.File("cuadernillo.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var sheet = builder.AddPage(792, 612);
        for (var i = 0; i < LeftPage.Length; i++)
        {
            sheet.AddText(LeftPage[i], 10, new PdfPoint(40, 540 - (14 * i)), font);
            sheet.AddText(RightPage[i], 10, new PdfPoint(436, 540 - (14 * i)), font);
        }

        // A rule under the left page's heading stays within its half.
        sheet.DrawLine(new PdfPoint(40, 536), new PdfPoint(200, 536), 0.5);
        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var text = string.Join(" ", document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("de la zona norte de la ciudad. La Direccion de Abasto", text);
        Assert.True(text.IndexOf("cierre del mes en curso.", StringComparison.Ordinal) < text.IndexOf("Acuerdos tomados", StringComparison.Ordinal), text);
        Assert.Contains("el monto ejercido en el programa de huertos urbanos", text);
        Assert.Empty(document.Blocks.OfType<Table>());
    }

    [Fact]
    public void Pages_shrunk_onto_the_sheet_lose_their_running_header_and_page_numbers_at_their_own_edges()
    {
        // Each page printed small in the middle of its half: its header and its page number are far from the sheet's edges.
        var path = _temp.File("cuadernillo-reducido.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var sheet = builder.AddPage(792, 612);
        foreach (var (left, pageNumber, body) in new[] { (40.0, 1, LeftPage), (436.0, 2, RightPage) })
        {
            sheet.AddText("Red de mercados publicos - boletin interno", 8, new PdfPoint(left, 450), font);
            for (var i = 0; i < body.Length; i++)
            {
                sheet.AddText(body[i], 10, new PdfPoint(left, 420 - (14 * i)), font);
            }

            sheet.AddText($"Página {pageNumber}", 8, new PdfPoint(left + 120, 250), font);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var texts = document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Página", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("boletin interno", StringComparison.Ordinal));
    }

    [Fact]
    public void Landscape_page_whose_table_runs_across_the_middle_is_one_page()
    {
        var path = _temp.File("apaisada.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var sheet = builder.AddPage(792, 612);
        for (var i = 0; i < LeftPage.Length; i++)
        {
            sheet.AddText(LeftPage[i], 10, new PdfPoint(40, 540 - (20 * i)), font);
            sheet.AddText(RightPage[i], 10, new PdfPoint(436, 540 - (20 * i)), font);
        }

        foreach (var y in new[] { 555.0, 535, 515, 495, 475, 455 })
        {
            sheet.DrawLine(new PdfPoint(30, y), new PdfPoint(760, y), 0.5);
        }

        foreach (var x in new[] { 30.0, 420, 760 })
        {
            sheet.DrawLine(new PdfPoint(x, 455), new PdfPoint(x, 555), 0.5);
        }

        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var table = Assert.Single(document.Blocks.OfType<Table>());
        Assert.Equal(LeftPage[1], table.Rows[1].Cells[0].Text);
        Assert.Equal(RightPage[1], table.Rows[1].Cells[1].Text);
    }
}
