using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Clock times: "10:00 horas", "10.30 hrs", "de 10:00 a 13:00 horas" (a range), and in words:
/// "a las diez horas", "las once horas con treinta minutos", "de las diez a las trece horas".
/// </summary>
public static partial class ClockTime
{
    /// <summary>
    /// All HH:MM times in order, normalised to two-digit hours. A time with seconds ("23/09/2021 16:45:10", a form's
    /// timestamp) is when something was recorded, not a time the acta sets: skipped.
    /// </summary>
    public static IReadOnlyList<(string Time, int Index)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string, int)>();
        foreach (Match m in Time().Matches(text))
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["pm"].Success && hour is >= 1 and < 12)
            {
                hour += 12; // "5:00 p. m." is 17:00
            }

            if (hour < 24 && minute < 60)
            {
                found.Add(($"{hour:00}:{minute:00}", m.Index));
            }
        }

        // Whole hours without minutes: "de 10 a 12 horas", "a las 17 hrs.", "Hora: 9 h".
        foreach (Match m in BareHourRange().Matches(text))
        {
            foreach (var g in new[] { "h1", "h2" })
            {
                var at = m.Groups[g].Index;
                if (int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) is var hour and < 24 && !found.Any(f => f.Item2 <= at && at < f.Item2 + 5))
                {
                    found.Add(($"{hour:00}:00", at));
                }
            }
        }

        foreach (Match m in BareHour().Matches(text))
        {
            var at = m.Groups["h"].Index;
            if (int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var hour and < 24 && !found.Any(f => f.Item2 == at || (f.Item2 < at && at < f.Item2 + 5)))
            {
                found.Add(($"{hour:00}:00", at));
            }
        }

        var folded = TextFold.Fold(text);
        if (folded.Length == text.Length && folded.Contains(" de la ", StringComparison.Ordinal))
        {
            // "a las 10 de la mañana", "a las 5 de la tarde" (blind batch K, K3, spoken minutes): the part of the day says the half.
            foreach (Match m in DayPartHour().Matches(folded))
            {
                var at = m.Groups["h"].Index;
                if (int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) is var hour and >= 1 and <= 12 && !found.Any(f => f.Item2 == at))
                {
                    hour = m.Groups["part"].Value.Equals("manana", StringComparison.OrdinalIgnoreCase) || hour == 12 ? hour : hour + 12;
                    found.Add(($"{hour:00}:00", at));
                }
            }
        }

        if (folded.Length == text.Length)
        {
            foreach (Match m in WordTime().Matches(folded))
            {
                if (FromWords(m.Groups["h"].Value, m.Groups["m"], m.Groups["half"]) is { } time)
                {
                    found.Add((time, m.Index));
                }
            }
        }

        return found.OrderBy(f => f.Item2).ToList();
    }

    private static string? FromWords(string hourWords, Group minuteWords, Group half)
    {
        if (SpanishNumberWords.Parse(hourWords) is not { } hour || hour is < 1 or > 23)
        {
            return null;
        }

        var minute = minuteWords.Success ? SpanishNumberWords.Parse(minuteWords.Value) : half.Success ? 30 : 0;
        return minute is >= 0 and < 60 ? $"{hour:00}:{minute:00}" : null;
    }

    /// <summary>The first "de HH:MM a HH:MM" range, or null.</summary>
    public static (string Start, string End)? FindRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Range().Match(text);
        if (!m.Success && BareHourRange().Match(text) is { Success: true } bare &&
            int.Parse(bare.Groups["h1"].Value, CultureInfo.InvariantCulture) is var h1 and < 24 && int.Parse(bare.Groups["h2"].Value, CultureInfo.InvariantCulture) is var h2 and < 24)
        {
            return ($"{h1:00}:00", $"{h2:00}:00");
        }

        if (!m.Success)
        {
            var folded = TextFold.Fold(text);
            var words = folded.Length == text.Length ? WordRange().Match(folded) : Match.Empty;
            return words.Success && FromWords(words.Groups["h1"].Value, words.Groups["m1"], words.Groups["half1"]) is { } start &&
                   FromWords(words.Groups["h2"].Value, words.Groups["m2"], words.Groups["half2"]) is { } end
                ? (start, end)
                : null;
        }

        var times = FindAll(m.Value);
        return times.Count == 2 ? (times[0].Time, times[1].Time) : null;
    }

    [GeneratedRegex(@"\blas\s+(?<h>\d{1,2})\s+de\s+la\s+(?<part>manana|tarde|noche)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayPartHour();

    /// <summary>"a. m." / "p. m." / "am" / "pm" after a time, as a calendar writes it (blind batch M, M3: "10:00 a. m. – 12:10 p. m.").</summary>
    private const string Meridiem = @"(?:\s*(?:(?<pm>p)|a)\.?\s*m(?![\p{L}\d])\.?)";

    [GeneratedRegex(@"(?<![\d/:])(?<h>\d{1,2})[:.](?<m>\d{2})(?![\d/]|:\d)" + Meridiem + "?", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    private const string HourWords = @"(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuna|veintiuno|veintidos|veintitres)";

    [GeneratedRegex(@"\blas\s+(?<h>" + HourWords + @")\s+horas(?:\s+con\s+(?<m>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half>y\s+media))?")]
    private static partial Regex WordTime();

    [GeneratedRegex(@"\bde\s+las\s+(?<h1>" + HourWords + @")(?:\s+horas)?(?:\s+con\s+(?<m1>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half1>y\s+media))?\s+(?:a|hasta)\s+las\s+(?<h2>" + HourWords + @")\s+horas(?:\s+con\s+(?<m2>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half2>y\s+media))?")]
    private static partial Regex WordRange();

    /// <summary>"de 10 a 12 horas", "de las 9 a las 11 hrs": a range of whole hours, the unit after the second.</summary>
    [GeneratedRegex(@"\bde\s+(?:las\s+)?(?<h1>\d{1,2})\s+(?:a|hasta)\s+(?:las\s+)?(?<h2>\d{1,2})\s*(?:horas|hrs\.?|hr\.?|h)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex BareHourRange();

    /// <summary>
    /// "a las 17 hrs.", "Hora: 9 h", "las 10 horas": a whole hour after "las", a label's colon or the line's start; also after a
    /// middle dot, a bar or a comma that sets the parts of a line apart (blind batch Y, Y1: "Ses. ord. núm. 3 · 07/03/19 · 17 hrs.",
    /// "Próx. ses. ord. 09/05/19, 17 hrs., misma sede."; a blank after the comma, which a decimal comma, "3,5 horas", has not).
    /// </summary>
    [GeneratedRegex(@"(?:\blas\s+|[:·•|]\s*|,\s+|^\s*)(?<h>\d{1,2})\s*(?:horas|hrs\.?|hr\.?|h)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex BareHour();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}" + Meridiem + @"?\s*(?:horas|hrs\.?|h)?\s*(?:a|-|–|hasta\s+las)\s*(?:las\s+)?\d{1,2}[:.]\d{2}" + Meridiem + "?", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
