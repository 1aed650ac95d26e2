namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Puts back the middle dot "·" that Tesseract's Spanish model reads as a hyphen or a period: a designer's byline
/// or card sets a person and a body apart with it ("Itzel Carranza Bautista · Grupo de Información…", blind batch U,
/// U3's outlined minuta, read "Bautista - Grupo" with a 3 × 3 pixel "-"). A hyphen is a bar about three times as wide
/// as it is tall and a period sits on the baseline; a dot as tall as it is wide, between two words of its line and
/// well above their baseline, is the middle dot the writer set. Tesseract doubts such a dot (27–80 %, where the words beside it
/// read 95): restored, it takes the lower of its neighbours' confidences, so <see cref="OcrNoiseFilter"/> (run after) keeps it.
/// </summary>
public static class MiddleDotRestorer
{
    /// <summary>A dot's height over its width lies within these (a hyphen's is about 0.3).</summary>
    private const double MinAspect = 0.6;

    private const double MaxAspect = 1.7;

    /// <summary>A middle dot's centre lies at least this share of the words' height above their lower edge (a period's at about 0.1).</summary>
    private const double MinRise = 0.25;

    /// <summary>Smaller than this (pixels) is a speck, not a dot.</summary>
    private const double MinSide = 2;

    public static List<OcrWord> Restore(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = words.ToList();
        for (var i = 1; i + 1 < result.Count; i++)
        {
            var word = result[i];
            if (word.Text is not ("-" or "." or "•"))
            {
                continue;
            }

            var (before, after) = (result[i - 1], result[i + 1]);
            if (before.LineKey != word.LineKey || after.LineKey != word.LineKey || !before.Text.Any(char.IsLetterOrDigit) || !after.Text.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var aspect = word.Height / Math.Max(word.Width, 1);
            var lower = Math.Min(before.Top + before.Height, after.Top + after.Height);
            var height = Math.Min(before.Height, after.Height);
            if (word.Width >= MinSide && word.Height >= MinSide && aspect >= MinAspect && aspect <= MaxAspect &&
                word.Height < 0.4 * height && word.CentreY < lower - (MinRise * height))
            {
                result[i] = word with { Text = "·", Confidence = Math.Max(word.Confidence, Math.Min(before.Confidence, after.Confidence)) };
            }
        }

        return result;
    }
}
