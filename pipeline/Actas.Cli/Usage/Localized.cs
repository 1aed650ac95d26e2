using System.Globalization;
using System.Resources;

namespace Actas.Cli.Usage;

/// <summary>
/// The CLI's words from <c>Resources/Strings.resx</c> (English) and <c>Strings.es.resx</c> (Spanish), chosen by the UI
/// culture: LANG=es_MX.UTF-8 gives Spanish. Label codes, column names of TSV/CSV/JSON and flags stay as the contract has them.
/// </summary>
public static class Localized
{
    private static readonly ResourceManager Strings = new("Actas.Cli.Resources.Strings", typeof(Localized).Assembly);

    /// <summary>The resources themselves, for <see cref="Output.LineWording"/>'s shapes.</summary>
    internal static ResourceManager Resources => Strings;

    /// <summary>The text for <paramref name="key"/> in the current UI culture; the key itself when there is none.</summary>
    public static string Text(string key) => Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text for <paramref name="key"/> or null when it has none (for optional translations such as column headers).</summary>
    public static string? TextOrNull(string key) => Strings.GetString(key, CultureInfo.CurrentUICulture);

    public static string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, Text(key), values);

    /// <summary>Whether the interface speaks Spanish (the UI culture is es or es-*).</summary>
    public static bool IsSpanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";
}
