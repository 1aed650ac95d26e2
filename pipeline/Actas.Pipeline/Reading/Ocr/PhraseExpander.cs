using System.Text;

namespace Actas.Pipeline.Reading.Ocr;

/// <summary>
/// Writes out every wording a vocabulary phrase allows (<see cref="Extraction.Vocabulary.PhraseSet"/>'s marks):
/// "[lista de |pase de ]asistencia[ a la sesion]" → "asistencia", "lista de asistencia", "pase de asistencia",
/// "asistencia a la sesion", …; "(s)" an optional ending, "(o|a)" a required choice, "[…|…]" optional words, nested.
/// A phrase ending in "…" ("bienvenida…") is open: its wordings are what a line starts with.
/// </summary>
public static class PhraseExpander
{
    /// <summary>A phrase set expands to a few dozen wordings; past this many a phrase is cut short rather than blow up.</summary>
    private const int MaxWordings = 512;

    /// <summary>The wordings of one phrase, and whether it is open (ends in "…").</summary>
    public static (IReadOnlyList<string> Wordings, bool Open) Expand(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var open = phrase.EndsWith('…');
        var body = open ? phrase[..^1] : phrase;
        var position = 0;
        var wordings = Alternatives(body, ref position, '\0');
        return ([.. wordings.Select(w => string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(w => w.Length > 0).Distinct()], open);
    }

    private static List<string> Alternatives(string text, ref int position, char closing)
    {
        var result = new List<string>();
        while (true)
        {
            result.AddRange(Sequence(text, ref position, closing));
            if (position < text.Length && text[position] == '|')
            {
                position++;
                continue;
            }

            return result;
        }
    }

    private static List<string> Sequence(string text, ref int position, char closing)
    {
        var result = new List<string> { "" };
        var literal = new StringBuilder();
        while (position < text.Length && text[position] != '|' && text[position] != closing)
        {
            var ch = text[position];
            if (ch is '(' or '[')
            {
                result = Join(result, [literal.ToString()]);
                literal.Clear();
                position++;
                var inner = Alternatives(text, ref position, ch == '(' ? ')' : ']');
                position++; // the closing mark
                var optional = ch == '[' || inner.Count == 1;
                result = Join(result, optional ? ["", .. inner] : inner);
            }
            else
            {
                literal.Append(ch);
                position++;
            }
        }

        return Join(result, [literal.ToString()]);
    }

    private static List<string> Join(List<string> heads, List<string> tails)
    {
        var joined = new List<string>(heads.Count * tails.Count);
        foreach (var head in heads)
        {
            foreach (var tail in tails)
            {
                if (joined.Count < MaxWordings)
                {
                    joined.Add(head + tail);
                }
            }
        }

        return joined;
    }
}
