using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A person listed under the line that names their body, with what they do there after a comma or a dash (blind batch Q,
/// Q5: "Secretaría de Salud" ¶ "– Dra. Diana Laura Cuevas Farías, Subdirectora de Salud Sexual y Reproductiva"; Q3:
/// "Lic. Joel Espinosa Lemus — Subdirector de Programas Sociales"). The words after the separator are a post or a unit of
/// the body above, not a body of their own.
/// </summary>
public static partial class PersonThenPost
{
    /// <summary>The person (honorific kept) and the words after the separator; null when the words before it read as no person.</summary>
    public static (string Person, string Tail)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Split().Match(text.Trim().TrimStart(ActaVocabulary.BulletTrim));
        if (!m.Success)
        {
            return null;
        }

        var person = m.Groups["person"].Value.Trim();
        var tail = m.Groups["tail"].Value.Trim().TrimEnd('.', ';').Trim();
        return tail.Length > 0 && PersonNames.LooksLikePerson(person) && (IsPost(tail) || !PersonNames.LooksLikePerson(tail)) ? (person, tail) : null;
    }

    /// <summary>
    /// True when the words read as a post: they open with a post word ("Directora de Capacitación", "Enlace") or in lower
    /// case ("investigadora", "agente del Ministerio Público"), as a body's name never does.
    /// </summary>
    public static bool IsPost(string tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        var t = tail.Trim();
        return t.Length > 0 && (char.IsLower(t[0]) || ActaVocabulary.Post.PrefixLength(TextFold.Fold(t)) > 0);
    }

    // The first comma or spaced dash after the name: "Name, post", "Name — post", "Name – post".
    [GeneratedRegex(@"^(?<person>[^,;:()—–]{5,80}?)(?:\s*,\s+|\s+[—–-]\s+)(?<tail>.+)$")]
    private static partial Regex Split();
}
