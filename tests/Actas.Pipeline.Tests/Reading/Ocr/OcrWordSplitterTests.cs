using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A doubted word read across a visible space is cut there; letters set close stay one word.</summary>
public sealed class OcrWordSplitterTests
{
    /// <summary>A white page with ink blocks standing for letters: each (left, width) from x, 40 pixels tall at y 100.</summary>
    private static GrayImage Page(params (int Left, int Width)[] letters)
    {
        var pixels = new byte[600 * 200];
        Array.Fill(pixels, (byte)255);
        foreach (var (left, width) in letters)
        {
            for (var y = 100; y < 140; y++)
            {
                Array.Fill(pixels, (byte)0, (y * 600) + left, width);
            }
        }

        return new GrayImage(600, 200, pixels);
    }

    // "La" then a space of 17 pixels, then "siguiente" with 3-pixel gaps between its letters.
    private static readonly GrayImage Spaced = Page((100, 20), (123, 14), (154, 12), (169, 6), (178, 14), (195, 14), (212, 6), (221, 14), (238, 14), (255, 8), (266, 14));

    [Fact]
    public void Doubted_word_with_a_space_wide_gap_is_cut_at_it()
    {
        var word = new OcrWord("Lasiguiente", 100, 100, 180, 40, 78, 1, 1, 1);

        var split = OcrWordSplitter.Split([word], Spaced);

        Assert.Equal(["La", "siguiente"], split.Select(w => w.Text));
        Assert.True(split[0].Left + split[0].Width <= 137 && split[1].Left >= 150);
    }

    [Fact]
    public void Word_read_with_confidence_or_without_a_space_wide_gap_stays_whole()
    {
        var sure = new OcrWord("Lasiguiente", 100, 100, 180, 40, 96, 1, 1, 1);
        var close = new OcrWord("siguiente", 154, 100, 126, 40, 70, 1, 1, 1);

        Assert.Equal(["Lasiguiente"], OcrWordSplitter.Split([sure], Spaced).Select(w => w.Text));
        Assert.Equal(["siguiente"], OcrWordSplitter.Split([close], Spaced).Select(w => w.Text));
    }
}
