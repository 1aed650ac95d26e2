using System.Text;

namespace Actas.Web.Report;

/// <summary>Document text is data: every string from an acta goes through here before it reaches the page.</summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>
    /// The text with &amp; &lt; &gt; &quot; &#39; replaced by entities, for element content and quoted attributes; "" for
    /// null. Unlike <see cref="System.Net.WebUtility.HtmlEncode(string)"/>, accented letters stay as they are (the
    /// page is UTF-8), so "Víctimas" is searchable in the page source.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
