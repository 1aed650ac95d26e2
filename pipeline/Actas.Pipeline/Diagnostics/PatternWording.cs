using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Diagnostics;

/// <summary>
/// Words an English sentence of a known shape in the user's language, so the English text stays the stable contract
/// (the JSON's <c>warnings</c>, a line other tools read) and a front end can still show it in Spanish. Each shape is a
/// resource entry: its neutral (English) value is the sentence with <c>{0}</c>, <c>{1}</c>… where its arguments go, and
/// is turned into a pattern; the arguments it matches fill the same entry's value in the asked culture. An argument is
/// itself worded when it has a known shape (a reason inside a reason), unless the template quotes it (<c>"{0}"</c>:
/// document text, kept as written; a single-quoted argument is worded, as SQLite's error text is). A list placeholder
/// (<c>{1:list}</c>: "FIDEGAR and SEDU") is joined again with the culture's words (<c>list.*</c>: "FIDEGAR y SEDU").
/// A sentence of no known shape is returned as it is.
/// </summary>
public sealed class PatternWording
{
    private const int MaxDepth = 4;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex Placeholder = new(@"\{(\d+)(?<list>:list)?\}", RegexOptions.CultureInvariant);
    private const string EnglishAnd = " and ";

    private readonly ResourceManager _resources;
    private readonly IReadOnlyList<Shape> _shapes;
    private readonly Func<string, CultureInfo, string?>? _argument;

    /// <param name="resources">The neutral resources (English templates) and their translations.</param>
    /// <param name="prefix">Only the keys that start with it are shapes.</param>
    /// <param name="argument">Words an argument no shape matches (a location, an exception's text); null to keep it.</param>
    public PatternWording(ResourceManager resources, string prefix, Func<string, CultureInfo, string?>? argument = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _argument = argument;
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("no neutral resources");
        _shapes = [.. english.Cast<DictionaryEntry>()
            .Where(e => ((string)e.Key).StartsWith(prefix, StringComparison.Ordinal) && e.Value is string)
            .Select(e => Shape.Of((string)e.Key, (string)e.Value!))
            // The most specific shape first: "strategy {0}: {1} goals but…" before "{0}: {1}".
            .OrderByDescending(s => s.LiteralLength).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>The keys of the shapes, for tests.</summary>
    public IEnumerable<string> Keys => _shapes.Select(s => s.Key);

    /// <summary><paramref name="text"/> in <paramref name="culture"/>'s words; as it is in English or when no shape fits.</summary>
    /// <param name="argument">Words an argument before the shapes are tried (e.g. a read failure's reason); null to skip.</param>
    public string Word(string text, CultureInfo culture, Func<string, string?>? argument = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        return IsEnglish(culture) ? text : argument?.Invoke(text) ?? TryWord(text, culture, 0, argument) ?? text;
    }

    /// <summary>The key of the shape <paramref name="text"/> has (its code), or null.</summary>
    public string? KeyOf(string text) => _shapes.FirstOrDefault(s => s.Match(text) is not null)?.Key;

    /// <summary>The worded text, or null when no shape fits.</summary>
    public string? TryWord(string text, CultureInfo culture, int depth, Func<string, string?>? argument = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (depth > MaxDepth || string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var shape in _shapes)
        {
            if (shape.Match(text) is not { } arguments)
            {
                continue;
            }

            var worded = arguments.Select((a, i) =>
                shape.Quoted.Contains(i) ? a
                : shape.Lists.Contains(i) ? WordList(a, culture)
                : WordArgument(a, culture, depth + 1, argument)).ToArray<object?>();
            var template = _resources.GetString(shape.Key, culture) ?? shape.English;
            return string.Format(culture, template, worded);
        }

        return null;
    }

    private string WordArgument(string text, CultureInfo culture, int depth, Func<string, string?>? argument) =>
        argument?.Invoke(text) ?? TryWord(text, culture, depth, argument) ?? _argument?.Invoke(text, culture) ?? text;

    /// <summary>"A and B and C" (how the English is written) as "A, B y C"; "e" for "y" before an /i/ sound ("SEDU e INMUJERES").</summary>
    private string WordList(string text, CultureInfo culture)
    {
        var items = text.Split(EnglishAnd);
        if (items.Length < 2)
        {
            return text;
        }

        var last = items[^1];
        var and = (StartsWithI(last) ? _resources.GetString("list.and-i", culture) : null)
            ?? _resources.GetString("list.and", culture) ?? EnglishAnd;
        var separator = _resources.GetString("list.separator", culture) ?? ", ";
        return string.Join(separator, items[..^1]) + and + last;
    }

    /// <summary>"Iztapalapa", "INMUJERES", "Hidalgo": an /i/ sound; "hielo", "Hierro" are not (RAE, conjunción "y").</summary>
    private static bool StartsWithI(string word)
    {
        var w = word.TrimStart().ToLowerInvariant();
        if (w.StartsWith('h'))
        {
            w = w[1..];
        }

        return w.Length > 0 && w[0] is 'i' or 'í' && !(w.Length > 1 && w[1] is 'a' or 'e' or 'o' or 'u' or 'á' or 'é' or 'ó' or 'ú');
    }

    private static bool IsEnglish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName is "en" or "iv";

    private sealed record Shape(string Key, string English, Regex Pattern, int Arguments, IReadOnlySet<int> Quoted, IReadOnlySet<int> Lists, int LiteralLength)
    {
        public static Shape Of(string key, string english)
        {
            var pattern = new StringBuilder("^");
            var seen = new HashSet<int>();
            var quoted = new HashSet<int>();
            var lists = new HashSet<int>();
            var last = 0;
            foreach (Match m in Placeholder.Matches(english))
            {
                pattern.Append(Regex.Escape(english[last..m.Index]));
                var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                pattern.Append(seen.Add(index) ? $"(?<a{index}>.*?)" : $@"\k<a{index}>");
                if (m.Index > 0 && english[m.Index - 1] is '"' or '“')
                {
                    quoted.Add(index);
                }

                if (m.Groups["list"].Success)
                {
                    lists.Add(index);
                }

                last = m.Index + m.Length;
            }

            pattern.Append(Regex.Escape(english[last..])).Append('$');
            var literal = Placeholder.Replace(english, "").Length;
            return new Shape(key, english,
                new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout), seen.Count, quoted, lists, literal);
        }

        /// <returns>The arguments in placeholder order, or null when the text has another shape.</returns>
        public string[]? Match(string text)
        {
            try
            {
                var m = Pattern.Match(text);
                return m.Success ? [.. Enumerable.Range(0, Arguments).Select(i => m.Groups[$"a{i}"].Value)] : null;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }
    }
}
