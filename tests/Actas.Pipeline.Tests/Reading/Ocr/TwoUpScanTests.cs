using System.Globalization;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Extraction;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// A scan of two pages printed side by side on one landscape sheet (drawn here with ImageMagick, 200 dpi, the lines of
/// both pages on the same baselines) is read page by page, not line by line across the sheet.
/// Needs imagemagick, img2pdf and tesseract-ocr-spa (scripts/install-deps.sh).
/// </summary>
public sealed class TwoUpScanTests
{
    private static readonly string[] LeftPage =
    [
        "PRIMERA HOJA DE LA MINUTA",
        "El grupo revisó el calendario de visitas",
        "a los mercados públicos de la zona norte.",
        "La Dirección de Abasto entregará el padrón",
        "de locatarios antes del cierre del mes.",
    ];

    private static readonly string[] RightPage =
    [
        "SEGUNDA HOJA DE LA MINUTA",
        "Las organizaciones pidieron conocer el",
        "presupuesto ejercido en el programa de",
        "huertos urbanos durante el año anterior.",
        "La reunión concluyó sin más comentarios.",
    ];

    [Fact]
    public void Scanned_sheet_of_two_pages_side_by_side_is_read_page_by_page()
    {
        using var temp = new TempDirectory();
        var sheet = temp.File("hoja.png");
        List<string> draw = ["-size", "2200x1700", "xc:white", "-font", "DejaVu-Sans-Mono", "-pointsize", "11", "-density", "200", "-fill", "black"];
        for (var i = 0; i < LeftPage.Length; i++)
        {
            var y = (260 + (60 * i)).ToString(CultureInfo.InvariantCulture);
            draw.AddRange(["-annotate", $"+170+{y}", LeftPage[i], "-annotate", $"+1250+{y}", RightPage[i]]);
        }

        ScannedActaFixture.Run("convert", [.. draw, "-alpha", "off", "-colorspace", "Gray", "-depth", "8", "-units", "PixelsPerInch", "-density", "200", sheet]);
        var pdf = temp.File("hoja.pdf");
        ScannedActaFixture.Run("img2pdf", "--imgsize", "200dpi", "-o", pdf, sheet);

        var document = DocumentReaders.CreateDefault().Read(pdf, ReadOptions.Default);

        Assert.Equal(1, document.PageCount);
        Assert.Equal([1], document.Ocr!.Pages);
        Assert.All(document.Blocks, b => Assert.Equal(1, b.Location.Page));
        var split = document.Blocks.ToList().FindIndex(b => b is PageBreak);
        Assert.True(split > 0, "a page break between the sheet's two pages");
        var left = document.Blocks.Take(split).OfType<Paragraph>().ToList();
        var right = document.Blocks.Skip(split + 1).OfType<Paragraph>().ToList();
        Assert.Equal(TextFold.Key(string.Join(' ', LeftPage)), TextFold.Key(string.Join(' ', left.Select(p => p.Text))));
        Assert.Equal(TextFold.Key(string.Join(' ', RightPage)), TextFold.Key(string.Join(' ', right.Select(p => p.Text))));

        // Each page keeps its place on the sheet: the right page's boxes lie right of the middle (396 pt of 792).
        Assert.All(left, p => Assert.True(p.Location.Box!.Right < 396, $"{p.Text}: {p.Location.Box}"));
        Assert.All(right, p => Assert.True(p.Location.Box!.Left > 396, $"{p.Text}: {p.Location.Box}"));
        var read = Assert.Single(document.Issues, i => i.Code == "ocr");
        Assert.EndsWith(", two pages side by side", read.Message, StringComparison.Ordinal);
        Assert.EndsWith(", dos páginas lado a lado", WarningWording.Word(read.Message, CultureInfo.GetCultureInfo("es-MX")), StringComparison.Ordinal);
    }
}
