using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction.Vocabulary;

/// <summary>
/// The written variants of one label, declared once and compiled to the matchers every section
/// uses. Phrases are written folded (no accents, lower case) with these marks:
/// <c>(s)</c> / <c>(es)</c> an optional ending ("observacion(es)"), <c>(o|a|aron)</c> one of several
/// endings or words (a bar makes the parentheses a required choice), <c>[ de la]</c> optional words
/// ("informe[ de la instancia]"), with choices split by bars (<c>[ la| las]</c>), and a final
/// <c>…</c> for "and any words after" ("bienvenida…"). Matching is accent- and case-insensitive: text is folded
/// (<see cref="TextFold"/>) before it is compared.
/// </summary>
public sealed partial class PhraseSet
{
    private readonly Regex _prefix;
    private readonly Regex _whole;
    private readonly Regex _anywhere;
    private readonly Regex[] _eachPrefix;

    /// <summary>
    /// The characters a match starts with (each phrase's first, a literal), or null when a phrase opens with a choice, an
    /// optional part or a space: text starting otherwise is not run through the alternation.
    /// </summary>
    private readonly SearchValues<char>? _firstChars;

    public PhraseSet(params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0)
        {
            throw new ArgumentException("a phrase set needs at least one phrase", nameof(phrases));
        }

        Phrases = phrases;
        // Longest first so "instancia ejecutora" wins over "instancia".
        Pattern = "(?:" + string.Join('|', phrases.Select(ToRegex).OrderByDescending(p => p.Length)) + ")";
        _prefix = new Regex(@"^" + Pattern + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        _whole = new Regex(@"^" + Pattern + @"$", RegexOptions.CultureInvariant);
        _anywhere = new Regex(@"(?<![\p{L}\p{N}])" + Pattern + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        _firstChars = phrases.All(p => p.Length > 0 && p[0] is not ('(' or '[' or '…' or ' '))
            ? SearchValues.Create(phrases.Select(p => p[0]).Distinct().ToArray())
            : null;
        _eachPrefix = phrases.Select(p => new Regex(@"^" + ToRegex(p) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)).ToArray();
    }

    /// <summary>The phrases as declared.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The alternation as a regular expression over folded text (words separated by <c>\s+</c>), for composing.</summary>
    public string Pattern { get; }

    /// <summary>
    /// Length of the longest phrase that starts <paramref name="folded"/> (already folded), or 0. The longest across
    /// phrases, not the first that matches: "retroalimentacion se" is the declared "retroalimentacion (se|…)", not
    /// "retroalimentacion[ y orientacion]…" stopped after its first word.
    /// </summary>
    public int PrefixLength(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (!MayStart(folded) || !_prefix.IsMatch(folded))
        {
            return 0;
        }

        var longest = 0;
        foreach (var phrase in _eachPrefix)
        {
            var m = phrase.Match(folded);
            longest = m.Success ? Math.Max(longest, m.Length) : longest;
        }

        return longest;
    }

    /// <summary>True when the whole text, as a key (<see cref="TextFold.Key"/>), is one of the phrases.</summary>
    public bool IsWhole(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsWholeKey(WholeKey(text));
    }

    private bool IsWholeKey(string key) => MayStart(key) && _whole.IsMatch(key);

    private bool MayStart(string folded) => _firstChars is null || (folded.Length > 0 && _firstChars.Contains(folded[0]));

    /// <summary>The text as <see cref="IsWhole"/> compares it: inclusive endings read plain, then a key.</summary>
    private static string WholeKey(string text) => TextFold.Key(InclusiveEndings().Replace(text, "$1"));

    /// <summary>
    /// The value of the first set in <paramref name="table"/> that holds the whole text (as a key):
    /// how headings, sector sub-headings, header cells and header labels are classified.
    /// </summary>
    public static bool TryClassify<T>(IEnumerable<(PhraseSet Phrases, T Value)> table, string text, out T value)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(text);
        var key = WholeKey(text); // once for the table, not once for each set
        foreach (var (phrases, candidate) in table)
        {
            if (phrases.IsWholeKey(key))
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The first place a phrase occurs in <paramref name="folded"/> (already folded), as a match.</summary>
    public Match Find(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return _anywhere.Match(folded);
    }

    /// <summary>"Persona(s) asistente(s)", "Nombre del (la) participante": inclusive endings read as the plain word.</summary>
    [GeneratedRegex(@"\((s|es|as|os|a|o)\)", RegexOptions.IgnoreCase)]
    private static partial Regex InclusiveEndings();

    private static string ToRegex(string phrase)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var ch = phrase[i];
            switch (ch)
            {
                case '(':
                    var close = phrase.IndexOf(')', i);
                    var inner = phrase[(i + 1)..close];
                    builder.Append(inner.Contains('|', StringComparison.Ordinal)
                        ? "(?:" + string.Join('|', inner.Split('|').Select(c => Regex.Escape(c).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + ")"
                        : "(?:" + Regex.Escape(inner) + ")?");
                    i = close;
                    break;
                case '[':
                    var end = Closing(phrase, i);
                    var choices = TopLevelChoices(phrase[(i + 1)..end]).Select(ToRegex);
                    builder.Append("(?:").Append(string.Join('|', choices)).Append(")?");
                    i = end;
                    break;
                case '…':
                    builder.Append(@"(?:\s.*)?");
                    break;
                case ' ':
                    builder.Append(@"\s+");
                    break;
                default:
                    builder.Append(Regex.Escape(ch.ToString()));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>"[ la| las]" holds choices: split on the bars outside nested brackets and parentheses.</summary>
    private static IEnumerable<string> TopLevelChoices(string inner)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            depth += inner[i] switch { '[' or '(' => 1, ']' or ')' => -1, _ => 0 };
            if (inner[i] == '|' && depth == 0)
            {
                yield return inner[start..i];
                start = i + 1;
            }
        }

        yield return inner[start..];
    }

    private static int Closing(string phrase, int open)
    {
        var depth = 0;
        for (var i = open; i < phrase.Length; i++)
        {
            depth += phrase[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new ArgumentException($"unclosed '[' in phrase \"{phrase}\"", nameof(phrase));
    }
}
