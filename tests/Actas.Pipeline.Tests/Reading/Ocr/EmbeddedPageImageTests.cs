using Actas.Pipeline.Reading.Ocr;
using UglyToad.PdfPig;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A scanned page stored as one lossless grey image is taken as stored; other encodings are left to pdftoppm.</summary>
public sealed class EmbeddedPageImageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <summary>A 2 × 3 inch page at 300 dpi: grey bands with a dark square, so rows and columns can be told apart.</summary>
    private static GrayImage Sample()
    {
        var (width, height) = (600, 900);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = (byte)(x is > 100 and < 200 && y is > 300 and < 400 ? 20 : 200 + ((y / 50) % 5 * 10));
            }
        }

        return new GrayImage(width, height, pixels);
    }

    private string Scan(GrayImage image, string extension)
    {
        var pgm = _temp.File("pagina.pgm");
        image.SavePgm(pgm);
        var picture = _temp.File("pagina" + extension);
        ScannedActaFixture.Run("convert", pgm, "-units", "PixelsPerInch", "-density", "300", picture);
        var pdf = _temp.File("escaneo" + extension + ".pdf");
        ScannedActaFixture.Run("img2pdf", "--imgsize", "300dpi", "-o", pdf, picture);
        return pdf;
    }

    [Fact]
    public void Lossless_grey_scan_is_taken_pixel_for_pixel_with_its_resolution()
    {
        var sample = Sample();
        using var document = PdfDocument.Open(Scan(sample, ".png"));

        var read = EmbeddedPageImage.TryRead(document, 1);

        Assert.NotNull(read);
        Assert.Equal((600, 900), (read.Value.Image.Width, read.Value.Image.Height));
        Assert.Equal(300, read.Value.Dpi, 1);
        Assert.Equal(sample.Pixels, read.Value.Image.Pixels);
    }

    /// <summary>PNG filtering of one byte per pixel (RFC 2083 §6), row <c>y</c> with filter type <c>y % 5</c>.</summary>
    private static byte[] Filtered(byte[] pixels, int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var type = y % 5;
            raw[y * (width + 1)] = (byte)type;
            for (var x = 0; x < width; x++)
            {
                int Pixel(int px, int py) => px < 0 || py < 0 ? 0 : pixels[(py * width) + px];
                var (a, b, c) = (Pixel(x - 1, y), Pixel(x, y - 1), Pixel(x - 1, y - 1));
                var p = a + b - c;
                var paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                var predicted = type switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => paeth };
                raw[(y * (width + 1)) + 1 + x] = (byte)(Pixel(x, y) - predicted);
            }
        }

        return raw;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(130)]
    public void Rows_of_every_png_filter_type_come_back_pixel_for_pixel(int width)
    {
        var height = 25;
        var random = new Random(width);
        var pixels = new byte[width * height];
        random.NextBytes(pixels);
        for (var i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = (byte)(i % 256); // runs and wraps, where the predictors' ties and overflows lie
        }

        Assert.Equal(pixels, EmbeddedPageImage.Unfilter(Filtered(pixels, width, height), width, height));
    }

    [Fact]
    public void Jpeg_scan_is_left_to_the_renderer()
    {
        using var document = PdfDocument.Open(Scan(Sample(), ".jpg"));

        Assert.Null(EmbeddedPageImage.TryRead(document, 1));
    }

    [Fact]
    public void Stored_scans_of_a_file_open_it_once_for_all_its_pages()
    {
        var sample = Sample();
        var first = _temp.File("hoja1.pgm");
        sample.SavePgm(first);
        var firstPng = _temp.File("hoja1.png");
        ScannedActaFixture.Run("convert", first, "-units", "PixelsPerInch", "-density", "300", firstPng);
        var secondPng = _temp.File("hoja2.png");
        ScannedActaFixture.Run("convert", first, "-flip", "-units", "PixelsPerInch", "-density", "300", secondPng);
        var pdf = _temp.File("dos-hojas.pdf");
        ScannedActaFixture.Run("img2pdf", "--imgsize", "300dpi", "-o", pdf, firstPng, secondPng);

        using var stored = new PdfOcrPass.StoredScans(pdf);
        var one = stored.At(1, 300);
        var two = stored.At(2, 300);
        var elsewhere = stored.At(1, 200);

        Assert.Equal(1, stored.Opened);
        Assert.Equal(sample.Pixels, one?.Pixels);
        Assert.NotNull(two);
        Assert.NotEqual(sample.Pixels, two.Pixels);
        Assert.Null(elsewhere); // stored at 300 dpi: a 200 dpi read is pdftoppm's
    }

    [Fact]
    public void A_file_that_will_not_open_is_tried_once_and_left_to_the_renderer()
    {
        var broken = _temp.File("roto.pdf");
        File.WriteAllText(broken, "esto no es un PDF");

        using var stored = new PdfOcrPass.StoredScans(broken);

        Assert.Null(stored.At(1, 300));
        Assert.Null(stored.At(2, 300));
        Assert.Equal(1, stored.Opened);
    }

    public void Dispose() => _temp.Dispose();
}
