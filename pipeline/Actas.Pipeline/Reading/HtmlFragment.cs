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

    [GeneratedRegex(@"</?(?:p|li|ol|ul|div|br|tr|h[1-6])\b[^<>]*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    /// <summary>True when the text holds a tag or an entity worth decoding.</summary>
    public static bool HasMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Contains('<', StringComparison.Ordinal) && AnyTag().IsMatch(text)) ||
               (text.Contains('&', StringComparison.Ordinal) && Entity().IsMatch(text));
    }

    // Only HTML's own tag names: "<5 años" or "<nombre>" in a cell is text, not markup.
    [GeneratedRegex(@"</?(?:p|br|b|i|u|s|em|strong|span|font|div|li|ol|ul|tr|td|th|table|tbody|thead|h[1-6]|a|sup|sub|small|big|center|o:p|st1:[a-z]+|w:[a-z]+)\b[^<>]*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F]+")]
    private static partial Regex Whitespace();
}
