using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Actas.Pipeline.Tests.Reading.Pdf;

/// <summary>
/// A Word list's Wingdings bullets printed to PDF through a font map that reads them as Latin-1 signs ("§" for the square,
/// "ø" for the arrow): the sign is a bullet, no word of the item.
/// </summary>
public sealed class PdfDingbatBulletTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_lone_latin_sign_opening_a_line_is_a_bullet_not_text()
    {
        var path = _temp.File("vinetas.pdf");
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        page.AddText("Observaciones de la Secretaria Ejecutiva:", 11, new PdfPoint(72, 700), font);
        page.AddText("\u00A7", 11, new PdfPoint(90, 680), font);
        page.AddText("El informe no precisa cuantas brigadas salieron.", 11, new PdfPoint(108, 680), font);
        page.AddText("\u00F8", 11, new PdfPoint(90, 660), font);
        page.AddText("Se reconoce la entrega del padron de colonias.", 11, new PdfPoint(108, 660), font);
        File.WriteAllBytes(path, builder.Build());

        var document = new PdfReader().Read(path, ReadOptions.Default);

        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.DoesNotContain("\u00A7", text);
        Assert.DoesNotContain("\u00F8", text);
        Assert.Contains("El informe no precisa cuantas brigadas salieron.", text);
        Assert.Contains("Se reconoce la entrega del padron de colonias.", text);
    }
}
