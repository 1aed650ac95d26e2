using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A mid-grey stamp and paper noise are whitened for Tesseract; dark text stays, with its edges on clean paper.</summary>
public sealed class PaleInkFilterTests
{
    private const int Width = 400;
    private const int Height = 300;

    /// <summary>Paper of tone 245 (every 7th pixel <paramref name="noise"/> darker when noisy), a black bar of "text"
    /// at rows 100–119 with a one-pixel edge of tone 170 around it, and a stamp's ring of tone 150 at rows 200–209.</summary>
    private static GrayImage Page(int noise)
    {
        var pixels = new byte[Width * Height];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i % 7 == 0 ? 245 - noise : 245);
        }

        void Fill(int top, int bottom, int left, int right, byte tone)
        {
            for (var y = top; y < bottom; y++)
            {
                Array.Fill(pixels, tone, (y * Width) + left, right - left);
            }
        }

        Fill(99, 121, 49, 351, 170);
        Fill(100, 120, 50, 350, 10);
        Fill(200, 210, 50, 350, 150);
        return new GrayImage(Width, Height, pixels);
    }

    [Fact]
    public void Level_lies_between_the_ink_and_the_paper()
    {
        var level = PaleInkFilter.Measure(Page(noise: 0));

        Assert.NotNull(level);
        Assert.InRange(level.Value.Level, 60, 149);
        Assert.True(level.Value.KeepRims);
    }

    [Fact]
    public void Stamp_and_paper_become_white_and_text_stays_dark()
    {
        var clean = PaleInkFilter.Apply(Page(noise: 60));

        Assert.Equal(255, clean[200, 205]); // the stamp's ring
        Assert.Equal(255, clean[200, 50]); // paper
        Assert.Equal(10, clean[200, 110]); // text
        Assert.Equal(255, clean[200, 99]); // text's edge on noisy paper
        Assert.False(PaleInkFilter.Measure(Page(noise: 60))!.Value.KeepRims);
    }

    [Fact]
    public void On_clean_paper_the_edge_of_text_keeps_its_tone()
    {
        var clean = PaleInkFilter.Apply(Page(noise: 0));

        Assert.Equal(170, clean[200, 99]);
        Assert.Equal(255, clean[200, 205]);
    }

    [Fact]
    public void Page_without_ink_is_left_as_it_is()
    {
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, (byte)240);
        var blank = new GrayImage(Width, Height, pixels);

        Assert.Null(PaleInkFilter.Measure(blank));
        Assert.Same(blank, PaleInkFilter.Apply(blank));
    }

    [Fact]
    public void Faint_ink_on_tinted_paper_is_marked_faint_and_dark_ink_is_not()
    {
        // Paper of tone 190 (a yellowed sheet), strokes whose core is 90 and whose body runs 110–150 (a faded copy).
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, (byte)190);
        for (var y = 100; y < 130; y++)
        {
            for (var x = 50; x < 350; x++)
            {
                pixels[(y * Width) + x] = (byte)(y < 104 ? 90 : 110 + ((y - 104) * 40 / 26));
            }
        }

        Assert.True(PaleInkFilter.Measure(new GrayImage(Width, Height, pixels))!.Value.Faint);
        Assert.False(PaleInkFilter.Measure(Page(noise: 0))!.Value.Faint);
        Assert.False(PaleInkFilter.Measure(Page(noise: 60))!.Value.Faint);
    }

    [Fact]
    public void Reading_with_more_sure_words_is_kept()
    {
        static OcrWord Word(string text, double confidence) => new(text, 0, 0, 10, 10, confidence, 1, 1, 1);
        List<OcrWord> thinned = [Word("Hora:", 95), Word("9:90", 80)];
        List<OcrWord> plain = [Word("Hora:", 96), Word("9:00", 93)];
        List<OcrWord> nothing = [Word("", -1)];

        Assert.True(OcrPageReader.Surer(plain, thinned));
        Assert.False(OcrPageReader.Surer(thinned, plain));
        Assert.False(OcrPageReader.Surer(nothing, thinned));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void Page_written_for_tesseract_is_the_whitened_page_even_after_a_larger_one_used_the_buffer(int noise)
    {
        var folder = Directory.CreateTempSubdirectory("actas-pale-");
        try
        {
            // A larger, darker page first: a reused buffer must not leave its pixels in the next page's file.
            var large = new GrayImage(Width * 2, Height * 2, Enumerable.Repeat((byte)0, Width * Height * 4).ToArray());
            PaleInkFilter.SavePgm(large, new PaleInkLevel(100, KeepRims: false), Path.Combine(folder.FullName, "large.pgm"));
            var page = Page(noise);
            var path = Path.Combine(folder.FullName, "page.pgm");

            PaleInkFilter.SavePgm(page, PaleInkFilter.Measure(page), path);

            var written = GrayImage.LoadPgm(path);
            Assert.Equal((Width, Height), (written.Width, written.Height));
            Assert.Equal(PaleInkFilter.Apply(page).Pixels, written.Pixels);
            Assert.Equal(Width * Height, new FileInfo(path).Length - "P5\n400 300\n255\n".Length);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
