using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>
/// The slant of a page's text lines, on drawn images (a letter page at 200 dpi, 1700 × 2200 pixels; text lines drawn
/// as word-sized strokes).
/// </summary>
public sealed class ProjectionSkewEstimatorTests
{
    private const int Width = 1700;
    private const int Height = 2200;

    [Fact]
    public void Photographed_page_on_a_dark_desk_gives_the_slant_of_its_lines_not_of_the_image_edges()
    {
        // A sheet held at 1.5 degrees, photographed on a darker table: wide grey bands all round the image.
        const double degrees = 1.5;
        var image = Page(degrees, desk: 70, paper: 225);

        var skew = ProjectionSkewEstimator.Estimate(image);

        Assert.InRange(skew, degrees - 0.2, degrees + 0.2);
    }

    [Fact]
    public void Flatbed_scan_on_white_keeps_its_slant()
    {
        var image = Page(-0.8, desk: 250, paper: 250);

        Assert.InRange(ProjectionSkewEstimator.Estimate(image), -1.0, -0.6);
    }

    /// <summary>
    /// A sheet turned by <paramref name="degrees"/> (down to the right when positive) about the image's centre, inset
    /// 250 pixels from each image edge, with 20 lines of words (strokes 2 pixels wide every 6), on a desk of grey
    /// <paramref name="desk"/>.
    /// </summary>
    private static GrayImage Page(double degrees, byte desk, byte paper)
    {
        var pixels = new byte[Width * Height];
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var (cx, cy) = (Width / 2.0, Height / 2.0);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                // The point's place on the sheet (the sheet's axes turned back by the slant).
                var u = ((x - cx) * cos) + ((y - cy) * sin) + cx;
                var v = (-(x - cx) * sin) + ((y - cy) * cos) + cy;
                var onSheet = u >= 250 && u < Width - 250 && v >= 250 && v < Height - 250;
                var word = onSheet && u >= 370 && u < Width - 370 && v >= 370 && v < 370 + (20 * 40) &&
                    (v - 370) % 40 < 12 && (u - 370) % 90 < 70 && (int)u % 6 < 2;
                pixels[(y * Width) + x] = word ? (byte)20 : onSheet ? paper : desk;
            }
        }

        return new GrayImage(Width, Height, pixels);
    }
}
