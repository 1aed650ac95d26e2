namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Splits a word Tesseract read across a visible space: its LSTM reads "• La siguiente sesión" as "Lasiguiente"
/// (confidence 61–82, where the words beside it read 97) on clean and damaged scans alike, and the extractor then
/// misses "siguiente sesión". A doubted word (under <see cref="MaxConfidence"/>) whose box holds a column of
/// white as wide as a space (<see cref="MinGapShare"/> of the box height; the gaps between letters of a word
/// are a third of that) is cut there, the text at the letter the gap falls on by the letters' usual widths.
/// </summary>
public static class OcrWordSplitter
{
    public const double MaxConfidence = 90;

    /// <summary>A space is about 0.25 em, a box 0.7–0.92 em tall; the widest gap inside a word ("r" "t") about 0.08 em.</summary>
    private const double MinGapShare = 0.3;

    /// <summary>Darker than this is ink.</summary>
    private const int InkLevel = 128;

    /// <param name="image">The page image the words were read from (their boxes are its pixels).</param>
    public static List<OcrWord> Split(IReadOnlyList<OcrWord> words, GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(image);
        var result = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            if (word.Confidence >= MaxConfidence || word.Text.Length < 4 || word.Height > word.Width || !word.Text.All(char.IsLetter) || Gap(word, image) is not { } gap)
            {
                result.Add(word);
                continue;
            }

            var at = Letter(word.Text, (gap.Start + gap.End) / 2.0 - word.Left, word.Width);
            if (at <= 0 || at >= word.Text.Length)
            {
                result.Add(word);
                continue;
            }

            result.Add(word with { Text = word.Text[..at], Width = gap.Start - word.Left });
            result.Add(word with { Text = word.Text[at..], Left = gap.End + 1, Width = word.Left + word.Width - gap.End - 1 });
        }

        return result;
    }

    /// <summary>The widest run of inkless columns inside the box, when it is as wide as a space.</summary>
    private static (int Start, int End)? Gap(OcrWord word, GrayImage image)
    {
        var left = Math.Max(0, (int)word.Left);
        var right = Math.Min(image.Width - 1, (int)(word.Left + word.Width) - 1);
        var top = Math.Max(0, (int)word.Top);
        var bottom = Math.Min(image.Height - 1, (int)(word.Top + word.Height) - 1);
        if (right - left < 8 || bottom - top < 8)
        {
            return null;
        }

        // A speck or two of noise does not fill a space.
        var tolerance = Math.Max(1, (bottom - top + 1) / 30);
        (int Start, int End)? best = null;
        var start = -1;
        var seenInk = false;
        for (var x = left; x <= right; x++)
        {
            var ink = 0;
            for (var y = top; y <= bottom && ink <= tolerance; y++)
            {
                if (image[x, y] < InkLevel)
                {
                    ink++;
                }
            }

            if (ink > tolerance)
            {
                if (seenInk && start >= 0 && (best is null || x - start > best.Value.End - best.Value.Start + 1))
                {
                    best = (start, x - 1);
                }

                seenInk = true;
                start = -1;
            }
            else if (seenInk && start < 0)
            {
                start = x;
            }
        }

        return best is { } gap && gap.End - gap.Start + 1 >= MinGapShare * word.Height ? gap : null;
    }

    /// <summary>The index of the letter at <paramref name="offset"/> pixels into a word <paramref name="width"/> wide, by Times-like advance widths.</summary>
    private static int Letter(string text, double offset, double width)
    {
        var advances = text.Select(Advance).ToArray();
        var total = advances.Sum();
        var position = 0.0;
        for (var i = 0; i < advances.Length; i++)
        {
            var next = position + (advances[i] / total * width);
            if (offset < (position + next) / 2)
            {
                return i;
            }

            position = next;
        }

        return text.Length;
    }

    private static double Advance(char c) => c switch
    {
        'i' or 'l' or 'j' or 'í' or 'ï' => 0.28,
        't' or 'f' or 'r' => 0.33,
        'm' => 0.78,
        'w' => 0.72,
        'M' or 'W' => 0.89,
        _ when char.IsUpper(c) => 0.68,
        _ => 0.5,
    };
}
