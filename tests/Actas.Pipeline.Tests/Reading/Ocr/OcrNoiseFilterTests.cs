using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>Specks, stamp marks and glued borders on a damaged scan: no Tesseract needed.</summary>
public sealed class OcrNoiseFilterTests
{
    [Fact]
    public void Tiny_doubtful_marks_and_symbols_are_dropped_and_print_is_kept()
    {
        // A body of ordinary words 35 px tall, then an attendance row with specks before the name.
        var body = Enumerable.Range(0, 12).Select(i => Word("Secretaría", 100 + (i * 200), 200, 35, 96)).ToList();
        var row = new[]
        {
            Word("e", 90, 400, 6, 6),
            Word("pt", 120, 400, 5, 7),
            Word("—", 150, 400, 30, 11),
            Word("Felipe", 200, 400, 36, 92),
            Word("y", 320, 400, 26, 95),
            Word("Flores", 360, 400, 6, 48),
            Word("—", 500, 400, 3, 91),
            Word("EA", 560, 400, 82, 12),
            Word("de", 640, 400, 30, 40),
            Word("PIM", 700, 400, 35, 40),
        };

        var kept = OcrNoiseFilter.Filter([.. body, .. row]).Skip(body.Count).Select(w => w.Text);

        // "Flores" is read small but is a long word; the sure dash stays; "EA", as tall as print, is a doubted
        // two-letter scrap, where "de" is a Spanish word and "PIM" three letters long.
        Assert.Equal(["Felipe", "y", "Flores", "—", "de", "PIM"], kept);
    }

    [Theory]
    [InlineData("|Jorge", "Jorge")]
    [InlineData("[SEDESA", "SEDESA")]
    [InlineData("Ponce|", "Ponce")]
    [InlineData("PRO]", "PRO")]
    [InlineData("[sic]", "[sic]")]
    [InlineData("|", "")]
    [InlineData("Núñez", "Núñez")]
    public void Borders_glued_to_a_word_are_cut_and_brackets_in_pairs_stay(string read, string expected)
    {
        Assert.Equal(expected, OcrNoiseFilter.TrimBorders(read));
    }

    [Fact]
    public void A_word_that_is_only_a_border_is_dropped()
    {
        var words = Enumerable.Range(0, 10).Select(i => Word("Instancia", i * 100, 100, 35, 96)).Append(Word("|", 1200, 100, 80, 94)).ToList();

        Assert.DoesNotContain(OcrNoiseFilter.Filter(words), w => w.Text.Length == 0 || w.Text == "|");
    }

    [Fact]
    public void A_word_read_twice_over_itself_is_kept_once()
    {
        // Boxes as Tesseract gave them on a stamped 200 dpi attendance row.
        OcrWord At(string text, double left, double width, double confidence, int line = 1) => new(text, left, 1440, width, 40, confidence, 1, 1, line);
        var words = new[]
        {
            At("Brigido", 275, 140, 93), At("Pir", 433, 60, 92), At("Pireyro", 440, 152, 90),
            At("del", 407, 59, 95, 2), At("lel", 419, 58, 89, 2), At("Refugio", 492, 146, 97, 2),
            At("de", 522, 42, 84, 3), At("la", 560, 34, 97, 3), At("Rosa", 631, 95, 97, 3),
        };

        var kept = OcrNoiseFilter.DropEchoes(words).Select(w => w.Text);

        // "de la" only touch: both stay.
        Assert.Equal(["Brigido", "Pireyro", "del", "Refugio", "de", "la", "Rosa"], kept);
    }

    [Fact]
    public void Words_an_underlined_first_word_ran_over_are_its_neighbours_not_its_echoes()
    {
        // An underlined heading on a 1-bit scan: the rule joins the words into one blob, and Tesseract gives the first word the
        // whole run's box; the words after it start well inside that box, their letters half as wide.
        OcrWord At(string text, double left, double width, double confidence) => new(text, left, 900, width, 40, confidence, 1, 1, 1);
        var words = new[] { At("Compromisos", 300, 610, 90), At("de", 545, 40, 97), At("seguimiento:", 600, 310, 96) };

        var kept = OcrNoiseFilter.DropEchoes(words);

        Assert.Equal(["Compromisos", "de", "seguimiento:"], kept.Select(w => w.Text));
        Assert.InRange(kept[0].Left + kept[0].Width, 500, 545); // cut back to end a space before "de"
    }

    [Fact]
    public void A_doubtful_reading_over_the_tail_of_a_word_is_still_an_echo()
    {
        OcrWord At(string text, double left, double width, double confidence) => new(text, left, 900, width, 40, confidence, 1, 1, 1);
        var words = new[] { At("Martínez", 300, 160, 95), At("nez", 400, 62, 60) };

        Assert.Equal(["Martínez"], OcrNoiseFilter.DropEchoes(words).Select(w => w.Text));
    }

    private static OcrWord Word(string text, double left, double top, double height, double confidence) =>
        new(text, left, top, 20 * Math.Max(1, text.Length), height, confidence, 1, 1, (int)top);
}
