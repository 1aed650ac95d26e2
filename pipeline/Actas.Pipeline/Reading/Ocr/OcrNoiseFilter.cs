namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Drops what Tesseract reads from specks, JPEG artefacts and stamps rather than from print, and
/// cuts the table borders it glues to words. On a damaged 200 dpi scan an attendance row reads
/// "e/6% "k/12% pt/7% |Felipe Ángeles Cortés" (text/confidence): marks a few pixels tall or with no
/// letter at all, read with low confidence, and a cell border taken for "|" or "[" before a name.
/// A word is noise when Tesseract doubts it (confidence under <see cref="MaxNoiseConfidence"/>) and
/// it is either no letter or digit at all ("—", "=l" aside, "'"), or a few letters under a third
/// as tall as the page's usual word (no letter of the same print is that small). "|" is never
/// text in an acta, nor "[" without its "]": at either end of a word they are a border. A word
/// read twice over itself is kept once (<see cref="DropEchoes"/>).
/// </summary>
public static class OcrNoiseFilter
{
    /// <summary>Tesseract reads real print at 80–96 % even on a damaged scan; its noise mostly under 50.</summary>
    public const double MaxNoiseConfidence = 50;

    /// <summary>Noise words are short: a longer one is a real word read small (a box cut by a stamp).</summary>
    private const int MaxNoiseLetters = 4;

    private const double TinyShare = 0.3;

    /// <summary>A box whose letters are spread this much wider than its neighbour's has swallowed that neighbour (<see cref="Swallowed"/>).</summary>
    private const double SwallowingSpread = 1.5;

    /// <summary>A space is about 0.25 em; a box 0.7–0.92 em tall.</summary>
    private const double SpaceShare = 0.3;

    /// <summary>
    /// A one- or two-letter word read under this confidence is a scrap of a stamp or of the noise around a cell's text
    /// ("Adriana Flores" "Th"/22 %, "Gerardo Nava Ruiz" "EA"/13 %), unless it is one of Spanish's short words
    /// (<see cref="ShortWords"/>), which a damaged scan also reads with doubt ("agosto" "de"/40 %).
    /// </summary>
    private const double MaxScrapConfidence = 45;

    private static readonly HashSet<string> ShortWords = new(StringComparer.Ordinal)
    {
        "a", "e", "o", "u", "y", "de", "la", "el", "en", "al", "lo", "se", "un", "su", "no", "ni", "si", "sí", "ya", "le", "me", "te", "es", "mi", "tu",
        "De", "La", "El", "En", "Al", "Lo", "Se", "Un", "Su", "No", "Ni", "Si", "Es",
    };

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
                if (letters == 0 || (letters <= MaxNoiseLetters && word.Height < TinyShare * usual) || (word.Confidence < MaxScrapConfidence && IsScrap(text)))
                {
                    continue;
                }
            }

            kept.Add(text.Length == word.Text.Length ? word : word with { Text = text });
        }

        return DropEchoes(kept);
    }

    /// <summary>
    /// Tesseract sometimes reads one printed word twice on a damaged scan, the second reading lying over
    /// the first: "Pir Pireyro", "Fl Flores.", "lel del". Of two words on one line whose boxes overlap by
    /// more than half the narrower one's width, the one the other contains is dropped ("Pir" in
    /// "Pireyro"), else the one read with less confidence; a neighbour a wide box ran over (<see cref="Swallowed"/>) is kept, the
    /// box cut back to end before it.
    /// </summary>
    public static List<OcrWord> DropEchoes(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var dropped = new HashSet<OcrWord>(ReferenceEqualityComparer.Instance);
        var cut = new Dictionary<OcrWord, double>(ReferenceEqualityComparer.Instance);
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            var ordered = line.OrderBy(w => w.Left).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].Left < ordered[i].Left + ordered[i].Width; j++)
                {
                    var (a, b) = (ordered[i], ordered[j]);
                    if (dropped.Contains(a) || dropped.Contains(b))
                    {
                        continue;
                    }

                    if (Swallowed(a, b))
                    {
                        // The box ends a space before the first neighbour it ran over, so that the line reads "A b", not "Ab".
                        var end = b.Left - (SpaceShare * b.Height);
                        if (end > a.Left && end < cut.GetValueOrDefault(a, double.MaxValue))
                        {
                            cut[a] = end;
                        }

                        continue;
                    }

                    var overlap = Math.Min(a.Left + a.Width, b.Left + b.Width) - Math.Max(a.Left, b.Left);
                    if (overlap <= 0.5 * Math.Min(a.Width, b.Width))
                    {
                        continue;
                    }

                    dropped.Add(Contains(a.Text, b.Text) ? b : Contains(b.Text, a.Text) ? a : a.Confidence < b.Confidence ? a : b);
                }
            }
        }

        return dropped.Count == 0 && cut.Count == 0
            ? [.. words]
            : [.. words.Where(w => !dropped.Contains(w)).Select(w => cut.TryGetValue(w, out var end) ? w with { Width = end - w.Left } : w)];
    }

    /// <summary>
    /// Whether <paramref name="later"/> is a neighbour that <paramref name="earlier"/>'s box ran over rather than a second reading
    /// of it: an underline joins the words above it into one blob of ink, and Tesseract may give the first word the whole run's
    /// box ("Retroalimentación y observaciones:" underlined on a 200 dpi fax: "Retroalimentación" 710 px wide, its letters spread
    /// twice as wide as those of "y" and "observaciones:", which start well inside it). An echo lies over the same print: it
    /// starts where the other starts (within two of its letters), or its letters are as wide.
    /// </summary>
    private static bool Swallowed(OcrWord earlier, OcrWord later)
    {
        if (earlier.Text.Length == 0 || later.Text.Length == 0)
        {
            return false;
        }

        var letter = later.Width / later.Text.Length;
        return later.Left - earlier.Left > 2 * letter && earlier.Width / earlier.Text.Length > SwallowingSpread * letter;
    }

    private static bool IsScrap(string text)
    {
        var core = text.Trim('.', ',', ';', ':', '"', '\'', '“', '”', '!', '¡', '?', '¿', '[', ']', '(', ')');
        return core.Length is 1 or 2 && core.All(char.IsLetter) && !ShortWords.Contains(core);
    }

    private static bool Contains(string outer, string inner) =>
        outer.Length > inner.Length && outer.Contains(inner.TrimEnd('.', ','), StringComparison.OrdinalIgnoreCase);

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
