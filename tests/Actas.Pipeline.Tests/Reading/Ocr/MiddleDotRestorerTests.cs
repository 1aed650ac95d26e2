using Actas.Pipeline.Reading.Ocr;

namespace Actas.Pipeline.Tests.Reading.Ocr;

/// <summary>A small square dot read as "-" or "." between two words, above their baseline, is a middle dot; hyphens and periods stay.</summary>
public sealed class MiddleDotRestorerTests
{
    private static OcrWord Word(string text, double left, double top, double width, double height, double confidence = 95) => new(text, left, top, width, height, confidence, 1, 1, 1);

    [Fact]
    public void Square_dot_between_words_above_their_baseline_is_a_middle_dot()
    {
        // "Coordinadora de Vivienda · Colectivo Techo Digno": the dot 4 × 4 pixels at mid-height of 28-pixel words.
        // Read with doubt, as Tesseract reads such a dot: put back, it is no noise.
        var words = new[] { Word("Vivienda", 100, 200, 120, 28), Word("-", 230, 212, 4, 4, confidence: 30), Word("Colectivo", 244, 200, 130, 28) };

        Assert.Equal(["Vivienda", "·", "Colectivo"], OcrNoiseFilter.Filter(MiddleDotRestorer.Restore(words)).Select(w => w.Text));
    }

    [Fact]
    public void Hyphen_bar_period_on_the_baseline_and_a_dot_at_the_line_start_stay()
    {
        var hyphen = new[] { Word("gineco", 100, 200, 90, 28), Word("-", 198, 214, 12, 4), Word("obstetricia", 218, 200, 150, 28) };
        var period = new[] { Word("Hidalgo", 100, 200, 100, 28), Word(".", 204, 222, 4, 4), Word("Lerdo", 214, 200, 80, 28) };
        var bullet = new[] { Word("-", 80, 212, 4, 4), Word("Padrón", 100, 200, 100, 28), Word("único", 210, 200, 80, 28) };

        Assert.Equal("-", MiddleDotRestorer.Restore(hyphen)[1].Text);
        Assert.Equal(".", MiddleDotRestorer.Restore(period)[1].Text);
        Assert.Equal("-", MiddleDotRestorer.Restore(bullet)[0].Text);
    }
}
