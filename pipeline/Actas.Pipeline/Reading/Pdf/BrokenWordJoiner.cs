namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Joins the lines of one table cell, gluing a word the printer broke across two lines because it
/// is wider than its column ("Avan" / "ce" in a status column 30 pt wide, "Retroalimentació" / "n":
/// blind-j J2, LibreOffice): the line above holds that one word, the line below starts with a short
/// lower-case piece that is no Spanish function word, and the two pieces together are wider than any
/// line of the column, so the word could not have stood whole on one line.
/// </summary>
public static class BrokenWordJoiner
{
    /// <summary>A broken-off tail is at most this many letters; a longer lower-case word is ordinary wrapping.</summary>
    private const int MaxTail = 3;

    /// <summary>Room for rounding when comparing widths, in points.</summary>
    private const double Slack = 0.5;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "lo", "los", "o", "por", "que", "se", "su", "sus", "u", "un", "y",
    };

    /// <summary>The lines' text joined by spaces, except after a broken word.</summary>
    /// <param name="widest">The width of the widest line in the cell's column, in points.</param>
    public static string Join(IReadOnlyList<PdfLine> lines, double widest)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new System.Text.StringBuilder();
        for (var k = 0; k < lines.Count; k++)
        {
            var text = lines[k].Text.Replace('\t', ' ');
            if (k > 0)
            {
                builder.Append(Broken(lines[k - 1], lines[k], widest) ? string.Empty : " ");
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    private static bool Broken(PdfLine above, PdfLine below, double widest)
    {
        if (above.Words.Count != 1 || !char.IsLetter(above.Words[0].Text[^1]))
        {
            return false;
        }

        var tail = below.Words[0];
        var letters = tail.Text.TrimEnd('.', ',', ';', ':');
        if (letters.Length == 0 || letters.Length > MaxTail || !letters.All(char.IsLower) || FunctionWords.Contains(letters))
        {
            return false;
        }

        return above.Words[0].Box.Width + tail.Box.Width > widest + Slack;
    }
}
