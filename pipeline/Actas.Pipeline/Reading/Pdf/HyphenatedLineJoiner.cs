using System.Text;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// Joins a paragraph's lines, mending the words a justified, hyphenated text broke at a line end (blind batch U, U4,
/// LibreOffice with automatic hyphenation: "Coordinador del Espacio de Partici-" / "pación"). A line that ends in a letter
/// and a hyphen, before a line that opens in lower case, is one word when the joined word is a word: the document writes it
/// whole elsewhere, or the piece after the hyphen is no word of the document on its own (a syllable: "pación", "sidad"). A
/// compound whose second part is a word the document uses, and whose whole form it never writes ("teórico-" / "práctico"),
/// keeps its hyphen.
/// </summary>
public static class HyphenatedLineJoiner
{
    /// <summary>The lines' text joined by spaces, a hyphenated word's two pieces joined without space and hyphen.</summary>
    /// <param name="words">The document's words, lower case, without punctuation.</param>
    public static string Join(IReadOnlyList<string> lines, IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(words);
        if (lines.Count < 2 || !lines.Take(lines.Count - 1).Any(l => l.TrimEnd().EndsWith('-')))
        {
            return string.Join(' ', lines);
        }

        var builder = new StringBuilder(lines[0]);
        for (var k = 1; k < lines.Count; k++)
        {
            var above = builder.ToString().TrimEnd();
            if (Mended(above, lines[k].TrimStart(), words))
            {
                builder.Length = above.Length - 1;
                builder.Append(lines[k].TrimStart());
            }
            else
            {
                builder.Append(' ').Append(lines[k]);
            }
        }

        return builder.ToString();
    }

    private static bool Mended(string above, string below, IReadOnlySet<string> words)
    {
        if (above.Length < 3 || above[^1] != '-' || !char.IsLetter(above[^2]) || below.Length == 0 || !char.IsLower(below[0]))
        {
            return false;
        }

        var start = above.Length - 1;
        while (start > 0 && char.IsLetter(above[start - 1]))
        {
            start--;
        }

        var end = 0;
        while (end < below.Length && char.IsLetter(below[end]))
        {
            end++;
        }

        var head = above[start..^1].ToLowerInvariant();
        var tail = below[..end].ToLowerInvariant();
        return words.Contains(head + tail) || !words.Contains(tail);
    }

    /// <summary>The words of a text, lower case, split at anything that is not a letter.</summary>
    public static IEnumerable<string> WordsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // A piece before a hyphen is no word of its own ("Partici-").
                if (i == text.Length || text[i] != '-')
                {
                    yield return text[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }
}
