using System.Net;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Turns a line or cell of a text dump that may hold stray HTML into paragraphs:
/// <c>&lt;p&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;ol&gt;</c> and <c>&lt;br&gt;</c> separate paragraphs,
/// other tags (<c>&lt;i&gt;</c>) are dropped, entities decoded, whitespace collapsed.
/// Seed: <c>&lt;p&gt;PGJ solicita que…&lt;/p&gt; &lt;p&gt;Además se pide…&lt;/p&gt;</c> → two paragraphs.
/// </summary>
public static partial class HtmlFragment
{
    public static IReadOnlyList<string> ToParagraphs(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var parts = BlockTag().Split(fragment);
        var paragraphs = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var text = CollapseWhitespace(WebUtility.HtmlDecode(AnyTag().Replace(part, "")));
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    /// <summary>Collapses runs of whitespace (NBSP included) to one space and trims.</summary>
    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"</?(?:p|li|ol|ul|div|br|tr|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F]+")]
    private static partial Regex Whitespace();
}
