using System.Globalization;
using System.Resources;

namespace Actas.Web.Report;

/// <summary>
/// The words of <c>actas report</c> and the workbench's pages from <c>Resources/WebStrings.resx</c> (English) and
/// <c>WebStrings.es.resx</c> (Spanish): <c>report.*</c> keys for the static report only, <c>web.*</c> for text both
/// show. The report speaks Spanish, the analysts' language, unless a caller asks for another culture; the workbench
/// speaks the request's language (<see cref="Hosting.Workbench"/>).
/// </summary>
public static class WebText
{
    private static readonly ResourceManager Strings = new("Actas.Web.Resources.WebStrings", typeof(WebText).Assembly);

    /// <summary>The culture of the report when none is given.</summary>
    public static CultureInfo Spanish { get; } = CultureInfo.GetCultureInfo("es");

    private static readonly CultureInfo Mexico = CultureInfo.GetCultureInfo("es-MX");

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/> (null: Spanish); the key itself when there is none.</summary>
    public static string Text(string key, CultureInfo? culture = null) => Strings.GetString(key, culture ?? Spanish) ?? key;

    /// <summary>The text for <paramref name="key"/> with its placeholders filled; numbers as <see cref="Formatting"/> writes them.</summary>
    public static string Format(string key, CultureInfo? culture, params object?[] values) =>
        string.Format(Formatting(culture), Text(key, culture), values);

    /// <summary>
    /// The culture numbers are written in: Mexico's for Spanish without a country (null, "es": the analysts are in Mexico
    /// City, "1,234.5"), else <paramref name="culture"/> itself ("es-ES" writes "1.234,5").
    /// </summary>
    public static CultureInfo Formatting(CultureInfo? culture) =>
        culture is null || (culture.IsNeutralCulture && culture.TwoLetterISOLanguageName == "es") ? Mexico : culture;

    /// <summary>The value of <c>&lt;html lang&gt;</c>: "es" or "en" (the invariant culture is English).</summary>
    public static string Language(CultureInfo? culture) =>
        (culture ?? Spanish).TwoLetterISOLanguageName is "iv" or "" ? "en" : (culture ?? Spanish).TwoLetterISOLanguageName;
}
