using System.Buffers;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Keeps what a page prints in dark ink for Tesseract: pixels paler than a level between the page's ink and its
/// paper become paper. A rubber stamp (blue or red ink, half-transparent, mid-grey once scanned in grey: about 150
/// where text is under 40 and paper over 230), scanner noise and grey cell shading all lie above that level; text
/// keeps its dark core. On a 200 dpi scan with a "RECIBIDO" ring over "Fecha: 25/10/2018 · Hora de inicio: 10:30"
/// Tesseract's own threshold took the ring for ink and lost both lines ("echa: 25/10/201", "ora de inicio: 1080");
/// read with the ring whitened it gave both. The level is <see cref="Share"/> of the way from the ink's tone
/// (median of the pixels darker than half the paper's) to the paper's (the commonest tone in the lighter half), so a
/// faded or grey-papered scan gets a level of its own. On clean paper the pale rim around ink (a letter's
/// anti-aliased edge) keeps its tones: stripped, a 300 dpi '#' read '+4'; on noisy paper the rim is noise and goes.
/// Faint ink (a carbon copy, pencil, a worn ribbon) is marked <see cref="PaleInkLevel.Faint"/>: when the ink's tone lies
/// at the very edge of the dark half, the strokes themselves are mid-tones and the level may strip them to hairlines (a
/// violet carbon copy on tinted paper, ink 88 and paper 183, read "2915", "9:90", "11:38" for "2015", "9:00", "11:30";
/// unfiltered, right), though on a page of few lines among smudges only the filtered page reads at all.
/// </summary>
public static class PaleInkFilter
{
    /// <summary>Where the level lies between ink (0) and paper (1).</summary>
    public const double Share = 0.4;

    /// <summary>Fewer ink pixels than this share of the page: too little text to place a level, the image is left as it is.</summary>
    private const double MinInkShare = 0.0005;

    /// <summary>Paper is clean when this share of its pixels lies within <see cref="PaperSpread"/> tones of its commonest tone (a render: 0.97; a noisy JPEG scan: 0.88).</summary>
    private const double CleanPaperShare = 0.95;

    private const int PaperSpread = 4;

    /// <summary>Ink whose tone is at least this share of the dark half's limit (half the paper's tone) is faint.</summary>
    private const double FaintInk = 0.9;

    /// <summary>The level, or null when the page has too little ink to tell.</summary>
    public static PaleInkLevel? Measure(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var histogram = Histogram(image.Pixels);

        var paper = 128;
        for (var tone = 129; tone < 256; tone++)
        {
            if (histogram[tone] > histogram[paper])
            {
                paper = tone;
            }
        }

        var darkLimit = paper / 2;
        var dark = histogram[..darkLimit].Sum();
        if (dark < MinInkShare * image.Pixels.Length)
        {
            return null;
        }

        var ink = 0;
        for (long seen = 0; ink < darkLimit; ink++)
        {
            seen += histogram[ink];
            if (seen * 2 >= dark)
            {
                break;
            }
        }

        var level = ink + (int)Math.Round(Share * (paper - ink));
        var light = histogram[(level + 1)..].Sum();
        var nearPaper = histogram[Math.Max(level + 1, paper - PaperSpread)..Math.Min(256, paper + PaperSpread + 1)].Sum();
        return new PaleInkLevel(level, nearPaper >= CleanPaperShare * light, ink >= FaintInk * darkLimit);
    }

    /// <summary>How many pixels of each tone; four partial counts, so neighbouring pixels of one tone do not wait on each other's increment.</summary>
    private static long[] Histogram(byte[] pixels)
    {
        var partial = new int[4 * 256];
        var i = 0;
        for (; i <= pixels.Length - 4; i += 4)
        {
            partial[pixels[i]]++;
            partial[256 + pixels[i + 1]]++;
            partial[512 + pixels[i + 2]]++;
            partial[768 + pixels[i + 3]]++;
        }

        for (; i < pixels.Length; i++)
        {
            partial[pixels[i]]++;
        }

        var histogram = new long[256];
        for (var tone = 0; tone < 256; tone++)
        {
            histogram[tone] = (long)partial[tone] + partial[256 + tone] + partial[512 + tone] + partial[768 + tone];
        }

        return histogram;
    }

    /// <summary>The image with its pale ink made white (<see cref="Measure"/>); the image itself when no level is found.</summary>
    public static GrayImage Apply(GrayImage image) => Apply(image, Measure(image));

    /// <summary>The image with every pixel paler than <paramref name="level"/> made white, but for the rims of ink on clean paper; the image itself when <paramref name="level"/> is null.</summary>
    public static GrayImage Apply(GrayImage image, PaleInkLevel? level)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (level is not { } found)
        {
            return image;
        }

        var pixels = new byte[image.Pixels.Length];
        Whiten(image, found, pixels);
        return new GrayImage(image.Width, image.Height, pixels);
    }

    /// <summary>
    /// <see cref="Apply(GrayImage, PaleInkLevel?)"/> written straight to a PGM file (what Tesseract reads), through a
    /// pooled buffer: the whitened page is only ever written, and a fresh 8 MB array a page cost the workers page
    /// faults and gen-2 collections.
    /// </summary>
    public static void SavePgm(GrayImage image, PaleInkLevel? level, string path)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (level is not { } found)
        {
            image.SavePgm(path);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(image.Pixels.Length);
        try
        {
            var pixels = buffer.AsSpan(0, image.Pixels.Length);
            Whiten(image, found, pixels);
            GrayImage.SavePgm(path, image.Width, image.Height, pixels);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Whiten(GrayImage image, PaleInkLevel found, Span<byte> pixels)
    {
        var (width, height, source) = (image.Width, image.Height, image.Pixels);
        pixels.Fill(255);
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var tone = source[row + x];
                if (tone > found.Level)
                {
                    continue;
                }

                if (!found.KeepRims)
                {
                    pixels[row + x] = tone;
                    continue;
                }

                for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                {
                    var near = ny * width;
                    for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                    {
                        pixels[near + nx] = source[near + nx];
                    }
                }
            }
        }
    }
}
