using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>Clock times: "10:00 horas", "10.30 hrs", "de 10:00 a 13:00 horas" (a range).</summary>
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

        return found;
    }

    /// <summary>The first "de HH:MM a HH:MM" range, or null.</summary>
    public static (string Start, string End)? FindRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Range().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var times = FindAll(m.Value);
        return times.Count == 2 ? (times[0].Time, times[1].Time) : null;
    }

    [GeneratedRegex(@"(?<![\d/])(?<h>\d{1,2})[:.](?<m>\d{2})(?![\d/])")]
    private static partial Regex Time();

    [GeneratedRegex(@"\d{1,2}[:.]\d{2}\s*(?:horas|hrs\.?|h)?\s*(?:a|-|–|hasta\s+las)\s*(?:las\s+)?\d{1,2}[:.]\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
