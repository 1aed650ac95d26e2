using System.Globalization;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Lists the pages of an image file with ImageMagick's <c>identify</c>, and their resolution: the
/// file's own when it says one of 100 dpi or more, else guessed from the long side as an A4 or
/// Letter sheet (a phone photo or a scanner that writes 72 dpi).
/// </summary>
public static class ImageFrameLister
{
    private const double SheetLongSideInches = 11.35;

    public static IReadOnlyList<ImageFrame> List(string file, string path, string identify, CancellationToken cancellationToken)
    {
        var output = ExternalTool.Run(file, "the image", identify, ["-format", "%w %h %x %y %U\\n", path], cancellationToken);
        var frames = new List<ImageFrame>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length < 5 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var width) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var height))
            {
                continue;
            }

            double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var density);
            density *= parts[4] == "PixelsPerCentimeter" ? 2.54 : 1;
            var dpi = parts[4] != "Undefined" && density >= 100 ? density : Math.Clamp(Math.Max(width, height) / SheetLongSideInches, 100, 1200);
            frames.Add(new ImageFrame(frames.Count, width, height, dpi));
        }

        return frames;
    }
}
