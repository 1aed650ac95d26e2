namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Drops "rules" that are runs through a line of text: blurred or bold letters at 200 dpi merge
/// into dark runs along the x-height, which <see cref="ImageRuleFinder"/> cannot tell from a
/// short rule by ink alone. A horizontal run lying mostly inside the boxes Tesseract gave words,
/// away from their top and bottom edges, is text; so is a vertical run no taller than the word it
/// is in. A vertical rule crossing a word ("¡Derechos", a cell border read into it) is kept.
/// </summary>
public static class RuleTextFilter
{
    /// <param name="dpi">Rules longer than an inch are kept whatever lies on them: no run through text is that long.</param>
    public static List<PixelRule> Filter(IReadOnlyList<PixelRule> rules, IReadOnlyList<OcrWord> words, PageGeometry geometry, double dpi)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(geometry);
        // Only real words: Tesseract also reads a rule itself as a "word" ("____", "——") lying on it.
        var boxes = words.Where(w => w.Text.Count(char.IsLetterOrDigit) >= 2).Select(w =>
        {
            var (cx, cy) = geometry.ToUpright(w.CentreX, w.CentreY);
            var (width, height) = geometry.QuarterTurn % 2 == 1 ? (w.Height, w.Width) : (w.Width, w.Height);
            return (Left: cx - (width / 2), Right: cx + (width / 2), Top: cy - (height / 2), Bottom: cy + (height / 2));
        }).ToList();
        var kept = new List<PixelRule>(rules.Count);
        foreach (var rule in rules)
        {
            if (rule.End - rule.Start > dpi)
            {
                kept.Add(rule);
                continue;
            }

            double inside = 0;
            foreach (var box in boxes)
            {
                var margin = 0.15 * (box.Bottom - box.Top);
                if (rule.Horizontal && rule.Position > box.Top + margin && rule.Position < box.Bottom - margin)
                {
                    inside += Math.Max(0, Math.Min(rule.End, box.Right) - Math.Max(rule.Start, box.Left));
                }
                else if (!rule.Horizontal && rule.Position > box.Left && rule.Position < box.Right &&
                    rule.Start >= box.Top - margin && rule.End <= box.Bottom + margin)
                {
                    inside = rule.End - rule.Start;
                }
            }

            if (inside < 0.5 * (rule.End - rule.Start))
            {
                kept.Add(rule);
            }
        }

        return kept;
    }
}
