using System.Globalization;
using System.Text;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// An 8-bit grey page image, row by row from the top (0 black, 255 white). Read from binary
/// PGM (P5), which pdftoppm -gray and ImageMagick write and Tesseract reads as is.
/// </summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Pixels { get; } = pixels;

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    public static GrayImage LoadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (position < bytes.Length)
            {
                if (bytes[position] == '#')
                {
                    while (position < bytes.Length && bytes[position] != '\n')
                    {
                        position++;
                    }
                }
                else if (char.IsWhiteSpace((char)bytes[position]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            var start = position;
            while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException($"{path}: not a binary PGM (P5) image");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        var max = int.Parse(Token(), CultureInfo.InvariantCulture);
        position++; // the single whitespace before the raster
        if (max > 255 || bytes.Length - position < (long)width * height)
        {
            throw new InvalidDataException($"{path}: PGM with {max} grey levels or a short raster; expected 8-bit");
        }

        var pixels = new byte[width * height];
        Array.Copy(bytes, position, pixels, 0, pixels.Length);
        return new GrayImage(width, height, pixels);
    }

    public void SavePgm(string path) => SavePgm(path, Width, Height, Pixels);

    /// <summary>Writes <paramref name="pixels"/> (<paramref name="width"/> × <paramref name="height"/>, row by row) as a binary PGM.</summary>
    public static void SavePgm(string path, int width, int height, ReadOnlySpan<byte> pixels)
    {
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n")));
        stream.Write(pixels[..(width * height)]);
    }

    /// <summary>This image seen through <paramref name="geometry"/> (turned upright and deskewed), nearest neighbour, white outside.</summary>
    public GrayImage Resample(PageGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.IsIdentity)
        {
            return this;
        }

        var (width, height) = (geometry.UprightWidth, geometry.UprightHeight);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var (x0, y0) = geometry.ToRaw(0, y);
            var (x1, y1) = geometry.ToRaw(1, y);
            var (dx, dy) = (x1 - x0, y1 - y0);
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var sx = (int)(x0 + (dx * x));
                var sy = (int)(y0 + (dy * x));
                pixels[row + x] = (uint)sx < (uint)Width && (uint)sy < (uint)Height ? Pixels[(sy * Width) + sx] : (byte)255;
            }
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>The columns <paramref name="left"/> to <paramref name="left"/> + <paramref name="width"/> of this image, full height.</summary>
    public GrayImage Columns(int left, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(left);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(left + width, Width);
        var pixels = new byte[width * Height];
        for (var y = 0; y < Height; y++)
        {
            Array.Copy(Pixels, (y * Width) + left, pixels, y * width, width);
        }

        return new GrayImage(width, Height, pixels);
    }

    /// <summary>This image turned clockwise by <paramref name="quarterTurns"/> × 90°.</summary>
    public GrayImage Rotate(int quarterTurns)
    {
        var turns = ((quarterTurns % 4) + 4) % 4;
        if (turns == 0)
        {
            return this;
        }

        var (width, height) = turns == 2 ? (Width, Height) : (Height, Width);
        var pixels = new byte[width * height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (nx, ny) = turns switch
                {
                    1 => (Height - 1 - y, x),
                    2 => (Width - 1 - x, Height - 1 - y),
                    _ => (y, Width - 1 - x),
                };
                pixels[(ny * width) + nx] = Pixels[(y * Width) + x];
            }
        }

        return new GrayImage(width, height, pixels);
    }
}
