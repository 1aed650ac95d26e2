using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// A scanned PDF page's own image, taken as it is stored instead of rendered: what scanners and img2pdf write is one
/// 8-bit grey image covering the page, and its pixels are the scan — pdftoppm only decodes and redraws them at the
/// same resolution (0.25 s of CPU for a 300 dpi page, a fifth of Tesseract's time). Only Flate-compressed (or
/// uncompressed) grey images are taken this way; a JPEG, a colour or 1-bit scan, a page turned by /Rotate or an image
/// not covering the page is left to pdftoppm (null).
/// </summary>
public static class EmbeddedPageImage
{
    /// <summary>How far (share of the page's size) the image's box may lie from the page's edges.</summary>
    private const double EdgeTolerance = 0.02;

    /// <summary>Page <paramref name="number"/>'s image and its resolution in dots per inch, or null when it must be rendered.</summary>
    public static (GrayImage Image, double Dpi)? TryRead(PdfDocument document, int number)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = document.GetPage(number);
        if (page.Rotation.Value % 360 != 0)
        {
            return null;
        }

        IPdfImage? only = null;
        foreach (var image in page.GetImages())
        {
            if (only is not null)
            {
                return null;
            }

            only = image;
        }

        if (only is null || only.IsImageMask || only.BitsPerComponent != 8 || only.ColorSpaceDetails is not { NumberOfColorComponents: 1, Type: ColorSpace.DeviceGray }
            || only.Decode is { Count: > 0 } decode && (decode[0] != 0 || decode[1] != 1)
            || !Covers(only.BoundingBox, page.Width, page.Height)
            || !only.TryGetBytesAsMemory(out var bytes))
        {
            return null;
        }

        var (width, height) = (only.WidthInSamples, only.HeightInSamples);
        if (bytes.Length != width * height || page.Width <= 0)
        {
            return null;
        }

        return (new GrayImage(width, height, bytes.ToArray()), width / (page.Width / 72));
    }

    private static bool Covers(UglyToad.PdfPig.Core.PdfRectangle box, double width, double height) =>
        Math.Abs(box.Left) <= EdgeTolerance * width && Math.Abs(box.Right - width) <= EdgeTolerance * width
        && Math.Abs(box.Bottom) <= EdgeTolerance * height && Math.Abs(box.Top - height) <= EdgeTolerance * height
        && box.Width > 0 && box.Height > 0;
}
