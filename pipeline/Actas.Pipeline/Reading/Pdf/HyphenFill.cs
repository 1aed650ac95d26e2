namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Takes out the notarial hyphen fill that closes every paragraph of a legal acta so nothing can be added after it
/// ("…conforme al siguiente:--------------", blind-l L4 consumidores; a Word tab with a hyphen leader, printed as
/// hyphens): a word of hyphens only goes, a run of them stuck to a word's end is cut off. Fewer than
/// <see cref="MinHyphens"/> are punctuation ("INFORME.-", "2019-2020").
/// </summary>
public static class HyphenFill
{
    public const int MinHyphens = 4;

    public static List<PdfWord> Filter(List<PdfWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!words.Any(w => w.Text.EndsWith(new string('-', MinHyphens), StringComparison.Ordinal)))
        {
            return words;
        }

        var result = new List<PdfWord>(words.Count);
        foreach (var word in words)
        {
            var fill = word.Text.Length - word.Text.TrimEnd('-').Length;
            if (fill < MinHyphens)
            {
                result.Add(word);
            }
            else if (fill < word.Text.Length)
            {
                var keep = word.Text.Length - fill;
                var right = word.Box.Left + ((word.Box.Right - word.Box.Left) * keep / word.Text.Length);
                result.Add(word with { Text = word.Text[..keep], Box = word.Box with { Right = right } });
            }
        }

        return result;
    }
}
