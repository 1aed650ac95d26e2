using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>The runs of dark pixels the rule finder joins into rules: found row by row, the same as pixel by pixel along each line.</summary>
public sealed class ImageRuleFinderTests
{
    private const int Gap = 3;
    private const int MinPiece = 5;
    private const int Dark = 215;

    /// <summary>Speckled paper with short strokes, dashed and solid rules both ways and ink up to every edge.</summary>
    private static GrayImage Speckled(int seed)
    {
        var (width, height) = (157, 123);
        var random = new Random(seed);
        var pixels = new byte[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.Next(100) switch
            {
                < 8 => (byte)random.Next(0, Dark), // a speck of ink
                8 => Dark, // exactly the level: paper
                _ => (byte)random.Next(Dark, 256),
            };
        }

        for (var x = 0; x < width; x++)
        {
            pixels[(40 * width) + x] = 0; // a solid rule across the whole page
            pixels[(90 * width) + x] = x % 9 < 5 ? (byte)170 : (byte)255; // a dashed hairline
        }

        for (var y = 0; y < height; y++)
        {
            pixels[(y * width) + width - 1] = 0; // along the last column
            pixels[(y * width) + 60] = y % 11 < 7 ? (byte)0 : (byte)250;
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>The runs along one line, pixel by pixel (how the finder scanned before).</summary>
    private static List<(int Start, int End)> Reference(GrayImage image, int line, bool horizontal)
    {
        var pieces = new List<(int Start, int End)>();
        var (start, last) = (-1, -1);
        var length = horizontal ? image.Width : image.Height;
        for (var i = 0; i < length; i++)
        {
            if ((horizontal ? image[i, line] : image[line, i]) >= Dark)
            {
                continue;
            }

            if (start >= 0 && i - last - 1 > Gap)
            {
                if (last - start + 1 >= MinPiece)
                {
                    pieces.Add((start, last));
                }

                start = -1;
            }

            if (start < 0)
            {
                start = i;
            }

            last = i;
        }

        if (start >= 0 && last - start + 1 >= MinPiece)
        {
            pieces.Add((start, last));
        }

        return pieces;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Runs_found_row_by_row_are_those_of_a_scan_along_each_row_and_each_column(int seed)
    {
        var image = Speckled(seed);
        var finder = new ImageRuleFinder(ImageRuleFinderOptions.Default with { DarkLevel = Dark });

        var rows = finder.RowPieces(image, Gap, MinPiece);
        var columns = finder.ColumnPieces(image, Gap, MinPiece);

        Assert.Equal(image.Height, rows.Length);
        Assert.Equal(image.Width, columns.Length);
        Assert.All(Enumerable.Range(0, image.Height), y => Assert.Equal(Reference(image, y, horizontal: true), rows[y] ?? []));
        Assert.All(Enumerable.Range(0, image.Width), x => Assert.Equal(Reference(image, x, horizontal: false), columns[x] ?? []));
        Assert.Contains((0, image.Width - 1), rows[40]!);
        Assert.Contains((0, image.Height - 1), columns[image.Width - 1]!);
    }
}
