using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Clock times: "10:00 horas", "10.30 hrs", "de 10:00 a 13:00 horas" (a range), and in words:
/// "a las diez horas", "las once horas con treinta minutos", "de las diez a las trece horas".
/// </summary>
public static partial class ClockTime
{
    /// <summary>All HH:MM times in order, normalised to two-digit hours.</summary>
    public static IReadOnlyList<(string Time, int Index)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string, int)>();
        foreach (Match m in Time().Matches(text))
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (hour < 24 && minute < 60)
            {
                found.Add(($"{hour:00}:{minute:00}", m.Index));
            }
        }

        var folded = TextFold.Fold(text);
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

    [GeneratedRegex(@"(?<![\d/])(?<h>\d{1,2})[:.](?<m>\d{2})(?![\d/])")]
    private static partial Regex Time();

    private const string HourWords = @"(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuna|veintiuno|veintidos|veintitres)";

    [GeneratedRegex(@"\blas\s+(?<h>" + HourWords + @")\s+horas(?:\s+con\s+(?<m>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half>y\s+media))?")]
    private static partial Regex WordTime();

    [GeneratedRegex(@"\bde\s+las\s+(?<h1>" + HourWords + @")(?:\s+horas)?(?:\s+con\s+(?<m1>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half1>y\s+media))?\s+(?:a|hasta)\s+las\s+(?<h2>" + HourWords + @")\s+horas(?:\s+con\s+(?<m2>[a-z]+(?:\s+y\s+[a-z]+)?)\s+minutos|\s+(?<half2>y\s+media))?")]
    private static partial Regex WordRange();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}\s*(?:horas|hrs\.?|h)?\s*(?:a|-|–|hasta\s+las)\s*(?:las\s+)?\d{1,2}[:.]\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
