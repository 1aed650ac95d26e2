using System.Globalization;
using System.Resources;

namespace Actas.Web.Report;

/// <summary>
/// The words of <c>actas report</c> and the workbench's pages from <c>Resources/WebStrings.resx</c> (English) and
/// <c>WebStrings.es.resx</c> (Spanish): <c>report.*</c> keys for the static report only, <c>web.*</c> for text both
/// show. Both speak Spanish, the analysts' language, unless a caller asks for another culture.
/// </summary>
public static class WebText
{
    private static readonly ResourceManager Strings = new("Actas.Web.Resources.WebStrings", typeof(WebText).Assembly);

    /// <summary>The culture of the pages and the report when none is given.</summary>
    public static CultureInfo Spanish { get; } = CultureInfo.GetCultureInfo("es");

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/> (null: Spanish); the key itself when there is none.</summary>
    public static string Text(string key, CultureInfo? culture = null) => Strings.GetString(key, culture ?? Spanish) ?? key;

    public static string Format(string key, CultureInfo? culture, params object?[] values) =>
        string.Format(culture ?? Spanish, Text(key, culture), values);
}
