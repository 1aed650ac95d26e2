using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Pdf;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Tesseract reads a table's vertical rule next to a word as part of it: "¡Derechos",
/// "[TSJCDMX", "Adriana|". Where a found vertical rule runs through a word's first or last
/// character and that character looks like a rule (| [ ] ¡ ! l I 1), it is cut off; a word that is
/// only such a mark on a rule is dropped.
/// </summary>
public static class RuleMarkTrimmer
{
    private const string Marks = "|[]¡!lI1(){}";

    public static List<PdfWord> Trim(IEnumerable<PdfWord> words, IReadOnlyList<RulingSegment> rules)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(rules);
        var verticals = rules.Where(r => !r.Horizontal).ToList();
        var result = new List<PdfWord>();
        foreach (var word in words)
        {
            var charWidth = word.Box.Width / Math.Max(word.Text.Length, 1);
            var crossing = verticals.Where(r => r.Start <= word.CentreY && r.End >= word.CentreY
                && r.Position >= word.Box.Left - charWidth && r.Position <= word.Box.Right + charWidth).ToList();
            if (crossing.Count == 0)
            {
                result.Add(word);
                continue;
            }

            var text = word.Text;
            var box = word.Box;
            if (text.Length > 0 && IsMark(text, 0) && crossing.Any(r => r.Position >= box.Left - (0.3 * charWidth) && r.Position <= box.Left + (1.2 * charWidth)))
            {
                text = text[1..];
                box = box with { Left = box.Left + charWidth };
            }

            if (text.Length > 0 && IsMark(text, text.Length - 1) && crossing.Any(r => r.Position <= box.Right + (0.3 * charWidth) && r.Position >= box.Right - (1.2 * charWidth)))
            {
                text = text[..^1];
                box = box with { Right = box.Right - charWidth };
            }

            if (text.Length > 0)
            {
                result.Add(word with { Text = text, Box = box });
            }
        }

        return result;
    }

    /// <summary>
    /// Whether the first or last character is a rule read as text. "l", "I" and "1" are also letters and digits: "I" opening
    /// "Institución" or "IAPA", "1" opening "10:00", "l" ending "Manuel" are kept; they count as a rule only beside a
    /// character that could not follow them in a word ("lSEDESA", "1Jorge", "FloresI", "Ponce1", "PGJl").
    /// </summary>
    private static bool IsMark(string text, int index)
    {
        var c = text[index];
        if (!Marks.Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        if (c is not ('l' or 'I' or '1') || text.Length == 1)
        {
            return true;
        }

        var next = index == 0 ? text[1] : text[^2];
        return (c, index == 0) switch
        {
            ('l', true) => char.IsUpper(next) || char.IsDigit(next),
            ('I', true) => char.IsDigit(next),
            ('1', true) => char.IsLetter(next),
            ('l', false) => char.IsUpper(next) || char.IsDigit(next),
            ('I', false) => char.IsLower(next) || char.IsDigit(next),
            _ => char.IsLetter(next),
        };
    }
}
