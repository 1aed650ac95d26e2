using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction.Institutions;

/// <summary>
/// A written institution name folded once for every matcher: the folded key ("SEDESO-DGIDS" →
/// "sedeso dgids"), its words, the key without a trailing "de la Ciudad de México", and the
/// content words compared by similarity.
/// </summary>
public sealed partial class InstitutionName
{
    public InstitutionName(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        Written = written.Trim();
        Key = TextFold.Key(Written);
        Words = Key.Length == 0 ? [] : Key.Split(' ');
        var tokens = WrittenSplit().Split(Written).Where(w => w.Length > 0).ToArray();
        WrittenWords = tokens.Length == Words.Count ? tokens : null;
        var localWords = WithoutLocalQualifier(Words);
        Local = string.Join(' ', localWords);
        ContentWords = ContentOf(localWords);
        ForeignWords = ForeignWordsOf(localWords);
        HasCivilSocietyMark = InstitutionNameWords.CivilSocietyMarks.Any(m => EndsWith(Words, m) || (m.Length > 1 && m.Any(w => w.Length > 1) && IndexOf(Words, m, 0) >= 0));
        HasCivilSocietyHead = Words.Count > 0 && InstitutionNameWords.CivilSocietyHeads.Contains(Words[0]);
    }

    /// <summary>The text as written, trimmed.</summary>
    public string Written { get; }

    /// <summary>Folded, punctuation as spaces.</summary>
    public string Key { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The words as written (case and accents kept), one per <see cref="Words"/>; null when folding changed the word count.</summary>
    public IReadOnlyList<string>? WrittenWords { get; }

    /// <summary><see cref="Key"/> without a trailing local qualifier ("… del Distrito Federal", "… CDMX").</summary>
    public string Local { get; }

    /// <summary>The words of <see cref="Local"/> without function words, in order.</summary>
    public IReadOnlyList<string> ContentWords { get; }

    /// <summary>Words saying the name is another jurisdiction's ("federal", "nacional", "estado"): see <see cref="InstitutionNameWords.ForeignQualifiers"/>.</summary>
    public IReadOnlySet<string> ForeignWords { get; }

    /// <summary>True when the name ends in a legal form or names itself civil society ("…, A.C.", "Consejo Ciudadano …").</summary>
    public bool HasCivilSocietyMark { get; }

    /// <summary>True when the first word is one civil-society organisations open with ("Colectivo", "Red", "Fundación").</summary>
    public bool HasCivilSocietyHead { get; }

    /// <summary>True when an unresolved name still reads like a public body: a public head word, a city qualifier, or a bare acronym.</summary>
    public bool LooksPublic =>
        !HasCivilSocietyMark && !HasCivilSocietyHead &&
        (Words.Count > 0 && InstitutionNameWords.PublicHeads.Contains(Words[0]) || Local.Length < Key.Length || IsAcronym(Written));

    public static string[] WithoutLocalQualifier(IReadOnlyList<string> words)
    {
        foreach (var qualifier in InstitutionNameWords.LocalQualifiers)
        {
            if (words.Count > qualifier.Length && EndsWith(words, qualifier))
            {
                return words.Take(words.Count - qualifier.Length).ToArray();
            }
        }

        return words.ToArray();
    }

    /// <summary>Content words of another jurisdiction's qualifier after the first word ("federal", "nacional", "estado", "jalisco").</summary>
    public static IReadOnlySet<string> ForeignWordsOf(IReadOnlyList<string> localWords)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var qualifier in InstitutionNameWords.ForeignQualifiers)
        {
            if (IndexOf(localWords, qualifier, 1) > 0)
            {
                result.UnionWith(ContentOf(qualifier));
            }
        }

        return result;
    }

    public static string[] ContentOf(IEnumerable<string> words) =>
        words.Where(w => !InstitutionNameWords.StopWords.Contains(w)).ToArray();

    /// <summary>The first position at or after <paramref name="start"/> where <paramref name="run"/> occurs as whole words, or −1.</summary>
    public static int IndexOf(IReadOnlyList<string> words, IReadOnlyList<string> run, int start)
    {
        for (var i = start; i + run.Count <= words.Count; i++)
        {
            if (StartsAt(words, run, i))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool StartsAt(IReadOnlyList<string> words, IReadOnlyList<string> run, int at)
    {
        if (at < 0 || at + run.Count > words.Count)
        {
            return false;
        }

        for (var j = 0; j < run.Count; j++)
        {
            if (words[at + j] != run[j])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(IReadOnlyList<string> words, IReadOnlyList<string> run) => StartsAt(words, run, words.Count - run.Count);

    [GeneratedRegex(@"[^\p{L}\p{N}\p{M}]+")]
    private static partial Regex WrittenSplit();

    /// <summary>One token of 3–12 capitals, digits and hyphens, as acronyms are written ("SEDECOP", "C5-CDMX").</summary>
    public static bool IsAcronym(string text) =>
        text.Length is >= 3 and <= 14 && !text.Contains(' ') && text.Any(char.IsLetter) &&
        text.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');
}
