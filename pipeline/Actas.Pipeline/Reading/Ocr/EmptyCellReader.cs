using Actas.Pipeline.Layout;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// A second look at table cells that came out empty though the scan has ink in them: on a damaged page Tesseract's
/// page layout (mode 4) sometimes returns no word for whole table rows — a name cell under a stamp, a report cell
/// beside a long rule. The inked empty cells of a page, cropped inside their rules, are stacked on one white image
/// and read in one more Tesseract call as a uniform block of text (mode 6); each word goes back to the cell it was
/// cropped from, in page pixels. One call per page that has such cells, none for the others.
/// </summary>
public static class EmptyCellReader
{
    /// <summary>Cells are cropped this far (inches) inside their box, clear of the rules.</summary>
    private const double Inset = 0.03;

    /// <summary>White between stacked crops, inches: more than a line gap, so Tesseract keeps them apart.</summary>
    private const double Padding = 0.12;

    /// <summary>Share of dark pixels a crop needs to hold text rather than specks (a cell of text is 5–15 % ink).</summary>
    private const double MinInk = 0.01;

    private const int InkLevel = 128;

    /// <summary>The crops of a page's empty cells that hold ink, in upright pixels (left, top, width, height).</summary>
    /// <param name="height">Page height in points.</param>
    /// <param name="scale">Points per pixel.</param>
    /// <param name="offset">Where the image's left edge lies in the tables' coordinates, in points (a page of a sheet of two, <see cref="TwoUpSheetSplitter"/>).</param>
    public static List<(int Left, int Top, int Width, int Height)> InkedEmptyCells(IReadOnlyList<Table> tables, GrayImage image, double height, double scale, double dpi, double offset = 0)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(image);
        var inset = (int)Math.Round(Inset * dpi);
        var crops = new List<(int, int, int, int)>();
        foreach (var cell in tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells))
        {
            if (!cell.IsEmpty || cell.ContinuesAbove || cell.Box is not { } box)
            {
                continue;
            }

            var left = Math.Max(0, (int)((box.Left - offset) / scale) + inset);
            var right = Math.Min(image.Width, (int)((box.Right - offset) / scale) - inset);
            var top = Math.Max(0, (int)((height - box.Top) / scale) + inset);
            var bottom = Math.Min(image.Height, (int)((height - box.Bottom) / scale) - inset);
            if (right - left < 0.2 * dpi || bottom - top < 0.08 * dpi)
            {
                continue;
            }

            var ink = 0;
            for (var y = top; y < bottom; y++)
            {
                for (var x = left; x < right; x++)
                {
                    if (image[x, y] < InkLevel)
                    {
                        ink++;
                    }
                }
            }

            if (ink >= MinInk * (right - left) * (bottom - top))
            {
                crops.Add((left, top, right - left, bottom - top));
            }
        }

        return crops;
    }

    /// <summary>The crops stacked one under another on white, and where each lies on the stack (its top, in stack pixels).</summary>
    public static (GrayImage Stack, List<int> Tops) Stack(GrayImage image, IReadOnlyList<(int Left, int Top, int Width, int Height)> crops, double dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(crops);
        var padding = (int)Math.Round(Padding * dpi);
        var width = crops.Max(c => c.Width) + (2 * padding);
        var height = crops.Sum(c => c.Height + padding) + padding;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var tops = new List<int>(crops.Count);
        var y0 = padding;
        foreach (var (left, top, cropWidth, cropHeight) in crops)
        {
            tops.Add(y0);
            for (var y = 0; y < cropHeight; y++)
            {
                Array.Copy(image.Pixels, ((top + y) * image.Width) + left, pixels, ((y0 + y) * width) + padding, cropWidth);
            }

            y0 += cropHeight + padding;
        }

        return (new GrayImage(width, height, pixels), tops);
    }

    /// <summary>Words read on the stack, moved back to the page: each to the crop its centre lies in; words between crops dropped.</summary>
    public static List<OcrWord> PlaceBack(IReadOnlyList<OcrWord> words, IReadOnlyList<(int Left, int Top, int Width, int Height)> crops, IReadOnlyList<int> tops, double dpi)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(crops);
        ArgumentNullException.ThrowIfNull(tops);
        var padding = (int)Math.Round(Padding * dpi);
        var placed = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            for (var i = 0; i < crops.Count; i++)
            {
                if (word.CentreY >= tops[i] && word.CentreY < tops[i] + crops[i].Height)
                {
                    // Block numbers apart from the page's own, so a recovered line is never taken for one of Tesseract's page lines.
                    placed.Add(word with
                    {
                        Left = word.Left - padding + crops[i].Left,
                        Top = word.Top - tops[i] + crops[i].Top,
                        Block = 10_000 + (i * 100) + word.Block,
                    });
                    break;
                }
            }
        }

        return placed;
    }
}
