using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Session numbers: ordinal words ("VIGÉSIMA TERCERA" → 23, "DÉCIMO PRIMERA" → 11,
/// "CENTÉSIMA" → 100), "23ª", "24a.", "24o", "No. 24", "número 24", "Sesión Ordinaria XII", "Reunión 12".
/// </summary>
public static partial class SpanishOrdinalParser
{
    private static readonly Dictionary<string, int> Words = new()
    {
        ["primer"] = 1, ["primero"] = 1, ["primera"] = 1, ["segundo"] = 2, ["segunda"] = 2, ["tercer"] = 3,
        ["tercero"] = 3, ["tercera"] = 3, ["cuarto"] = 4, ["cuarta"] = 4, ["quinto"] = 5, ["quinta"] = 5,
        ["sexto"] = 6, ["sexta"] = 6, ["septimo"] = 7, ["septima"] = 7, ["setimo"] = 7, ["setima"] = 7,
        ["octavo"] = 8, ["octava"] = 8, ["noveno"] = 9, ["novena"] = 9, ["decimo"] = 10, ["decima"] = 10,
        ["undecimo"] = 11, ["undecima"] = 11, ["duodecimo"] = 12, ["duodecima"] = 12,
        ["decimoprimero"] = 11, ["decimoprimera"] = 11, ["decimosegundo"] = 12, ["decimosegunda"] = 12,
        ["decimotercero"] = 13, ["decimotercera"] = 13, ["decimocuarto"] = 14, ["decimocuarta"] = 14,
        ["decimoquinto"] = 15, ["decimoquinta"] = 15, ["decimosexto"] = 16, ["decimosexta"] = 16,
        ["decimoseptimo"] = 17, ["decimoseptima"] = 17, ["decimoctavo"] = 18, ["decimoctava"] = 18,
        ["decimonoveno"] = 19, ["decimonovena"] = 19,
        ["vigesimo"] = 20, ["vigesima"] = 20, ["trigesimo"] = 30, ["trigesima"] = 30, ["cuadragesimo"] = 40,
        ["cuadragesima"] = 40, ["quincuagesimo"] = 50, ["quincuagesima"] = 50, ["sexagesimo"] = 60,
        ["sexagesima"] = 60, ["septuagesimo"] = 70, ["septuagesima"] = 70, ["octogesimo"] = 80,
        ["octogesima"] = 80, ["nonagesimo"] = 90, ["nonagesima"] = 90, ["centesimo"] = 100, ["centesima"] = 100,
    };

    /// <summary>Finds the session number in a title or sentence; null when none.</summary>
    public static int? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFold.Fold(text);
        var numeric = NumericOrdinal().Match(folded);
        if (numeric.Success)
        {
            return int.Parse(numeric.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var words = TextFold.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var total = 0;
            var j = i;
            while (j < words.Length && Words.TryGetValue(words[j], out var value))
            {
                total += value;
                j++;
            }

            if (total > 0)
            {
                return total;
            }
        }

        // "Sesión Ordinaria número tres", "reunión de trabajo número veintiuno": a cardinal in words after "número".
        if (CardinalAfterMeeting().Match(folded) is { Success: true } cardinal &&
            SpanishNumberWords.Read(cardinal.Groups["w"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), 0) is { Value: > 0 } said)
        {
            return said.Value;
        }

        var afterMeeting = NumberAfterMeeting().Match(folded);
        if (afterMeeting.Success)
        {
            return afterMeeting.Groups["n"].Success
                ? int.Parse(afterMeeting.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Roman(afterMeeting.Groups["r"].Value);
        }

        // "ACTA DE LA XV SESIÓN ORDINARIA", "Acta XV Sesión Ordinaria" (a page header): a roman numeral between the article (or the word acta) and the meeting word.
        var beforeMeeting = RomanBeforeMeeting().Match(folded);
        return beforeMeeting.Success ? Roman(beforeMeeting.Groups["r"].Value) : null;
    }

    [GeneratedRegex(@"\b(?:sesion|reunion)(?:\s+(?:ordinaria|extraordinaria|de trabajo))?\s+numero\s+(?<w>[a-z]+(?:\s+[a-z]+){0,3})")]
    private static partial Regex CardinalAfterMeeting();

    [GeneratedRegex(@"\b(?:la|el|acta|minuta)\s+(?<r>[ivxlc]{1,8})\s+(?:sesion|reunion)\b")]
    private static partial Regex RomanBeforeMeeting();

    /// <summary>Value of a roman numeral up to 399 ("xii" → 12), or null when it is not a well-formed one.</summary>
    public static int? Roman(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = RomanNumeral().Match(text.ToLowerInvariant());
        if (!m.Success || m.Length == 0)
        {
            return null;
        }

        int Value(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
        var total = 0;
        for (var i = 0; i < m.Value.Length; i++)
        {
            var v = Value(m.Value[i]);
            total += i + 1 < m.Value.Length && Value(m.Value[i + 1]) > v ? -v : v;
        }

        return total;
    }

    /// <summary>
    /// "Sesión Ordinaria XII", "Reunión de trabajo 12", "sesión número 12", "Sesión 8/2019" (number / year), "Reunión de
    /// trabajo #8" (a notes template's heading; the hash makes it a number even before a colon).
    /// </summary>
    [GeneratedRegex(@"\b(?:sesion|reunion)(?:\s+(?:ordinaria|extraordinaria|de trabajo))?\s+(?:#\s*(?<n>\d{1,3})(?!\d)|(?:numero\s+)?(?:(?<n>\d{1,3})/(?:19|20)\d{2}(?![\d/])|(?:(?<n>\d{1,3})|(?<r>[ivxlc]{1,8}))(?![\p{L}\d/:.])))")]
    private static partial Regex NumberAfterMeeting();

    [GeneratedRegex(@"^c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"(?:\b(?:no|num|numero)\.?\s*(?<n>\d{1,3})\b)|(?:\b(?<n>\d{1,3})\.?\s*(?:ª|º|a\.|o\.|a\b|o\b|va\b|ra\b|da\b|ta\b)(?=\s*(?:reunion|sesion|\)|$)))")]
    private static partial Regex NumericOrdinal();
}
