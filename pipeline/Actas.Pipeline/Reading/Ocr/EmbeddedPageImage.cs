using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

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
            || !Covers(only.BoundingBox, page.Width, page.Height) || page.Width <= 0)
        {
            return null;
        }

        var (width, height) = (only.WidthInSamples, only.HeightInSamples);
        var pixels = Inflate(only, width, height);
        if (pixels is null)
        {
            if (!only.TryGetBytesAsMemory(out var bytes) || bytes.Length != width * height)
            {
                return null;
            }

            pixels = bytes.ToArray();
        }

        return (new GrayImage(width, height, pixels), width / (page.Width / 72));
    }

    /// <summary>
    /// The samples of a Flate image with no predictor or PNG predictors (img2pdf's /Predictor 15), inflated by the
    /// runtime's zlib and un-filtered row by row (PNG's None, Sub, Up, Average, Paeth); null for any other encoding.
    /// PdfPig's own decoding gives the same bytes at several times the cost.
    /// </summary>
    private static byte[]? Inflate(IPdfImage image, int width, int height)
    {
        var dictionary = image.ImageDictionary;
        if (!dictionary.TryGet<NameToken>(NameToken.Filter, out var filter) || !filter.Equals(NameToken.FlateDecode))
        {
            return null;
        }

        var predictor = 1;
        if (dictionary.TryGet<DictionaryToken>(NameToken.DecodeParms, out var parameters))
        {
            if (parameters.TryGet<NumericToken>(NameToken.Predictor, out var value))
            {
                predictor = value.Int;
            }

            if ((parameters.TryGet<NumericToken>(NameToken.Colors, out var colors) && colors.Int != 1)
                || (parameters.TryGet<NumericToken>(NameToken.Columns, out var columns) && columns.Int != width))
            {
                return null;
            }
        }

        if (predictor is not 1 and < 10)
        {
            return null;
        }

        var stride = predictor >= 10 ? width + 1 : width;
        if (predictor < 10)
        {
            var samples = new byte[stride * height];
            return Decompress(image, samples) ? samples : null;
        }

        // The filtered rows are only read once, into the page's pixels: a pooled buffer, not one more 8 MB array a page.
        var raw = ArrayPool<byte>.Shared.Rent(stride * height);
        try
        {
            return Decompress(image, raw.AsSpan(0, stride * height)) ? Unfilter(raw, width, height) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    /// <summary>Fills <paramref name="into"/> with the image's inflated stream; false when it is not zlib or too short.</summary>
    private static bool Decompress(IPdfImage image, Span<byte> into)
    {
        var compressed = image.RawMemory;
        var source = MemoryMarshal.TryGetArray<byte>(compressed, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(compressed.ToArray());
        try
        {
            using var stream = new ZLibStream(source, CompressionMode.Decompress);
            stream.ReadExactly(into);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>PNG row filters undone for one byte per pixel (RFC 2083 §6); null for an unknown filter type.</summary>
    internal static byte[]? Unfilter(byte[] raw, int width, int height)
    {
        var pixels = new byte[width * height];
        var zero = new byte[width];
        for (var y = 0; y < height; y++)
        {
            var line = raw.AsSpan((y * (width + 1)) + 1, width);
            var row = pixels.AsSpan(y * width, width);
            ReadOnlySpan<byte> up = y > 0 ? pixels.AsSpan((y - 1) * width, width) : zero;
            switch (raw[y * (width + 1)])
            {
                case 0:
                    line.CopyTo(row);
                    break;
                case 1:
                    row[0] = line[0];
                    for (var x = 1; x < width; x++)
                    {
                        row[x] = (byte)(line[x] + row[x - 1]);
                    }

                    break;
                case 2:
                    AddUp(line, up, row);
                    break;
                case 3:
                    row[0] = (byte)(line[0] + (up[0] / 2));
                    for (var x = 1; x < width; x++)
                    {
                        row[x] = (byte)(line[x] + ((row[x - 1] + up[x]) / 2));
                    }

                    break;
                case 4:
                    row[0] = (byte)(line[0] + up[0]);
                    for (var x = 1; x < width; x++)
                    {
                        row[x] = (byte)(line[x] + Paeth(row[x - 1], up[x], up[x - 1]));
                    }

                    break;
                default:
                    return null;
            }
        }

        return pixels;
    }

    /// <summary>
    /// PNG's Up filter undone, a vector of bytes at a time (byte addition wraps, as the filter's does): four rows in
    /// five of img2pdf's 300 dpi scans are Up rows, and the scalar loop was the workers' costliest image code.
    /// </summary>
    private static void AddUp(ReadOnlySpan<byte> line, ReadOnlySpan<byte> up, Span<byte> row)
    {
        var x = 0;
        for (; x <= row.Length - Vector<byte>.Count; x += Vector<byte>.Count)
        {
            (new Vector<byte>(line[x..]) + new Vector<byte>(up[x..])).CopyTo(row[x..]);
        }

        for (; x < row.Length; x++)
        {
            row[x] = (byte)(line[x] + up[x]);
        }
    }

    /// <summary>The Paeth predictor (RFC 2083 §6.6) without branches on the pixels: p − a = b − c, p − b = a − c.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Paeth(int a, int b, int c)
    {
        var (pa, pb, pc) = (Math.Abs(b - c), Math.Abs(a - c), Math.Abs(a + b - c - c));
        var nearer = pb <= pc ? b : c;
        return pa <= Math.Min(pb, pc) ? a : nearer;
    }

    private static bool Covers(UglyToad.PdfPig.Core.PdfRectangle box, double width, double height) =>
        Math.Abs(box.Left) <= EdgeTolerance * width && Math.Abs(box.Right - width) <= EdgeTolerance * width
        && Math.Abs(box.Bottom) <= EdgeTolerance * height && Math.Abs(box.Top - height) <= EdgeTolerance * height
        && box.Width > 0 && box.Height > 0;
}
