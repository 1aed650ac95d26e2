namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Evens out the paper of a page photographed rather than scanned, for <see cref="ImageRuleFinder"/>: a phone's
/// light falls off across the sheet, so its paper lies anywhere from white to mid-grey (about 170 to 235 where a
/// flatbed's is over 235), under the finder's fixed ink level; the paper itself then reads as ink, every rule melts
/// into one thick dark area and the page's tables are lost. Each block of the page (a quarter inch square) takes its
/// paper's tone from its lighter pixels (the lightest block of it and its neighbours, so a heading band or a shaded
/// cell filling one block takes the paper around it), and its pixels are scaled so that paper is white again. Blocks of
/// white paper are left as they are (a flatbed scan or a render is not changed at all), and so are blocks too dark to
/// be paper (the desk around the sheet stays one dark area, never a rule).
/// </summary>
public static class PaperToneFlattener
{
    private const double BlockInches = 0.25;

    /// <summary>Paper this light is white enough for the finder's own level.</summary>
    private const int WhitePaper = 235;

    /// <summary>A block whose lighter tone is under this is no paper (a desk, a filled area).</summary>
    private const int NoPaper = 128;

    /// <summary>The block's paper is the tone this share of its pixels lie under (text covers less than the rest).</summary>
    private const double PaperRank = 0.75;

    private const int Step = 2;

    /// <param name="dpi">The image's resolution, for the block size.</param>
    public static GrayImage Flatten(GrayImage image, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        var block = Math.Max(16, (int)Math.Round(BlockInches * dpi));
        var columns = (image.Width + block - 1) / block;
        var rows = (image.Height + block - 1) / block;
        var tones = new int[columns * rows];
        var histogram = new int[256];
        for (var by = 0; by < rows; by++)
        {
            for (var bx = 0; bx < columns; bx++)
            {
                tones[(by * columns) + bx] = Tone(image, bx * block, by * block, block, histogram);
            }
        }

        var paper = new int[tones.Length];
        var grey = false;
        for (var by = 0; by < rows; by++)
        {
            for (var bx = 0; bx < columns; bx++)
            {
                var lightest = 0;
                for (var y = Math.Max(0, by - 1); y <= Math.Min(rows - 1, by + 1); y++)
                {
                    for (var x = Math.Max(0, bx - 1); x <= Math.Min(columns - 1, bx + 1); x++)
                    {
                        lightest = Math.Max(lightest, tones[(y * columns) + x]);
                    }
                }

                paper[(by * columns) + bx] = lightest;
                grey |= lightest is >= NoPaper and < WhitePaper;
            }
        }

        if (!grey)
        {
            return image;
        }

        var pixels = (byte[])image.Pixels.Clone();
        for (var y = 0; y < image.Height; y++)
        {
            var line = (y / block) * columns;
            for (var x = 0; x < image.Width; x++)
            {
                var tone = paper[line + (x / block)];
                if (tone is >= NoPaper and < WhitePaper)
                {
                    var i = (y * image.Width) + x;
                    pixels[i] = (byte)Math.Min(255, pixels[i] * 255 / tone);
                }
            }
        }

        return new GrayImage(image.Width, image.Height, pixels);
    }

    /// <summary>The tone under which <see cref="PaperRank"/> of the block's sampled pixels lie.</summary>
    private static int Tone(GrayImage image, int left, int top, int block, int[] histogram)
    {
        Array.Clear(histogram);
        var count = 0;
        for (var y = top; y < Math.Min(image.Height, top + block); y += Step)
        {
            var row = y * image.Width;
            for (var x = left; x < Math.Min(image.Width, left + block); x += Step)
            {
                histogram[image.Pixels[row + x]]++;
                count++;
            }
        }

        var seen = 0;
        for (var tone = 0; tone < 256; tone++)
        {
            seen += histogram[tone];
            if (seen >= PaperRank * count)
            {
                return tone;
            }
        }

        return 255;
    }
}
