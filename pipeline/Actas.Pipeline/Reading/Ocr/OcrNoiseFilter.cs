namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Drops what Tesseract reads from specks, JPEG artefacts and stamps rather than from print, and
/// cuts the table borders it glues to words. On a damaged 200 dpi scan an attendance row reads
/// "e/6% "k/12% pt/7% |Felipe Ángeles Cortés" (text/confidence): marks a few pixels tall or with no
/// letter at all, read with low confidence, and a cell border taken for "|" or "[" before a name.
/// A word is noise when Tesseract doubts it (confidence under <see cref="MaxNoiseConfidence"/>) and
/// it is either no letter or digit at all ("—", "=l" aside, "'"), or a few letters under a third
/// as tall as the page's usual word (no letter of the same print is that small). "|" is never
/// text in an acta, nor "[" without its "]": at either end of a word they are a border.
/// </summary>
public static class OcrNoiseFilter
{
    /// <summary>Tesseract reads real print at 80–96 % even on a damaged scan; its noise mostly under 50.</summary>
    public const double MaxNoiseConfidence = 50;

    /// <summary>Noise words are short: a longer one is a real word read small (a box cut by a stamp).</summary>
    private const int MaxNoiseLetters = 4;

    private const double TinyShare = 0.3;

    public static List<OcrWord> Filter(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var heights = words.Where(w => w.Text.Count(char.IsLetter) >= 2 && w.Confidence >= MaxNoiseConfidence).Select(w => w.Height).Order().ToList();
        var usual = heights.Count >= 10 ? heights[heights.Count / 2] : 0;
        var kept = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            var text = TrimBorders(word.Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (word.Confidence < MaxNoiseConfidence)
            {
                var letters = text.Count(char.IsLetterOrDigit);
                if (letters == 0 || (letters <= MaxNoiseLetters && word.Height < TinyShare * usual))
                {
                    continue;
                }
            }

            kept.Add(text.Length == word.Text.Length ? word : word with { Text = text });
        }

        return kept;
    }

    /// <summary>The word without the border marks Tesseract glued to it: "|Jorge" → "Jorge", "[SEDESA" → "SEDESA", "Ponce|" → "Ponce".</summary>
    public static string TrimBorders(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var end = text.Length;
        var opened = text.Contains('[', StringComparison.Ordinal);
        var closed = text.Contains(']', StringComparison.Ordinal);
        while (start < end && (text[start] == '|' || (text[start] == '[' && !closed)))
        {
            start++;
        }

        while (end > start && (text[end - 1] == '|' || (text[end - 1] == ']' && !opened)))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }
}
