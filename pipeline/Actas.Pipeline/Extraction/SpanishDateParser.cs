using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// Dates as the actas write them: "27/09/2018", "2018-09-27", "martes 11 de septiembre de 2018",
/// "jueves 27 de septiembre" (year from <c>defaultYear</c>), "del 4 al 8 de diciembre",
/// "a los veintisiete días del mes de septiembre de dos mil dieciocho", "14/III/2019", "4-dic-19", "17-11-2022".
/// Works on folded text so accents and case do not matter; positions refer to the input.
/// </summary>
public static partial class SpanishDateParser
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    /// <summary>
    /// Every folded word that names a month, in the order a matcher should try them: the names ("setiembre" too), then the
    /// abbreviations ("abr", "sep", "sept"). Where other vocabularies need months (a schedule's column headers), they take them here.
    /// </summary>
    public static IEnumerable<string> MonthWordsAndAbbreviations => MonthNames.Split('|').Concat(ShortMonths.Keys);

    /// <summary>Whether <paramref name="folded"/> (lower case, no accents) is the name of a month.</summary>
    public static bool IsMonthName(string folded) => Array.IndexOf(Months, folded) >= 0;

    /// <summary>All dates in <paramref name="text"/>, in order; a digit date read in the document's <paramref name="order"/>.</summary>
    public static IReadOnlyList<SpanishDate> FindAll(string text, int? defaultYear = null, DigitDateOrder order = DigitDateOrder.DayFirst)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Folding keeps length for Spanish letters (one char each after NFC), so indexes map back.
        var folded = TextFold.Fold(text);
        if (folded.Length != text.Length)
        {
            folded = text.ToLowerInvariant();
        }

        var found = new List<SpanishDate>();
        var taken = new bool[folded.Length];

        // Each pattern below needs a month's name or a digit: a text with neither is not scanned by it (most paragraphs).
        var hasMonth = folded.AsSpan().ContainsAny(MonthWords);
        var hasDigit = folded.Any(char.IsDigit);

        void Add(int year, int month, int day, int index, int length, bool assumed)
        {
            if (year < 100)
            {
                year += 2000;
            }

            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1900 or > 2100)
            {
                return;
            }

            if (Enumerable.Range(index, length).Any(k => taken[k]))
            {
                return;
            }

            for (var k = index; k < index + length; k++)
            {
                taken[k] = true;
            }

            found.Add(new SpanishDate(new DateOnly(year, month, day), index, length, assumed));
        }

        foreach (var m in Scan(hasMonth, InWords(), folded))
        {
            var day = SpanishNumberWords.Parse(m.Groups["day"].Value);
            var year = SpanishNumberWords.Parse(m.Groups["year"].Value) ?? ParseInt(m.Groups["year"].Value);
            if (day is { } d && year is { } y)
            {
                Add(y, Month(m.Groups["month"].Value), d, m.Index, m.Length, false);
            }
        }

        foreach (var m in Scan(hasMonth, DayInWords(), folded))
        {
            var day = SpanishNumberWords.Parse(m.Groups["day"].Value);
            var year = YearOf(m.Groups["year"].Value);
            if (day is { } d && year is { } y)
            {
                Add(y, Month(m.Groups["month"].Value), d, m.Index, m.Length, false);
            }
        }

        if (defaultYear is { } yearOfSession)
        {
            // "el jueves veinte de febrero": a day in words without a year, read only where the year is known (a later
            // meeting of the session's own year); a weekday or "el" before it keeps prose ("primero de todo") out.
            foreach (var m in Scan(hasMonth, DayInWordsWithoutYear(), folded))
            {
                if (SpanishNumberWords.Parse(m.Groups["day"].Value) is { } d and <= 31)
                {
                    Add(yearOfSession, Month(m.Groups["month"].Value), d, m.Groups["day"].Index, m.Index + m.Length - m.Groups["day"].Index, true);
                }
            }
        }

        foreach (var m in Scan(hasDigit, Iso(), folded))
        {
            Add(ParseInt(m.Groups["y"].Value)!.Value, ParseInt(m.Groups["m"].Value)!.Value, ParseInt(m.Groups["d"].Value)!.Value, m.Index, m.Length, false);
        }

        foreach (var m in Scan(hasDigit, Numeric(), folded))
        {
            var (first, second) = (ParseInt(m.Groups["d"].Value)!.Value, ParseInt(m.Groups["m"].Value)!.Value);
            // "04/30/2024" in a month-first document; "30/04/2024" there still reads as written, no month being 30.
            var (day, month) = order == DigitDateOrder.MonthFirst && first <= 12 ? (second, first) : (first, second);
            Add(ParseInt(m.Groups["y"].Value)!.Value, month, day, m.Index, m.Length, false);
        }

        foreach (var m in Scan(hasDigit, ShortMonth(), folded))
        {
            Add(ParseInt(m.Groups["y"].Value)!.Value, ShortMonths[m.Groups["m"].Value], ParseInt(m.Groups["d"].Value)!.Value, m.Index, m.Length, false);
        }

        foreach (var m in Scan(hasDigit, EnglishMonth(), folded))
        {
            var month = Array.IndexOf(EnglishMonths, m.Groups["m"].Value) + 1;
            Add(ParseInt(m.Groups["y"].Value)!.Value, month, ParseInt(m.Groups["d"].Value)!.Value, m.Index, m.Length, false);
        }

        foreach (var m in Scan(hasDigit, RomanMonth(), folded))
        {
            var month = Array.IndexOf(RomanMonths, m.Groups["m"].Value) + 1;
            Add(ParseInt(m.Groups["y"].Value)!.Value, month, ParseInt(m.Groups["d"].Value)!.Value, m.Index, m.Length, false);
        }

        foreach (var m in Scan(hasDigit, Written(), folded))
        {
            var month = Month(m.Groups["month"].Value);
            var hasYear = m.Groups["y"].Success;
            int? year = hasYear ? ParseInt(m.Groups["y"].Value) : defaultYear;
            if (year is null)
            {
                continue;
            }

            if (m.Groups["d1"].Success)
            {
                Add(year.Value, month, ParseInt(m.Groups["d1"].Value)!.Value, m.Groups["d1"].Index, m.Groups["d1"].Length, !hasYear);
            }

            Add(year.Value, month, ParseInt(m.Groups["d"].Value)!.Value, m.Groups["d1"].Success ? m.Groups["d"].Index : m.Index, m.Groups["d1"].Success ? m.Index + m.Length - m.Groups["d"].Index : m.Length, !hasYear);
        }

        return found.OrderBy(d => d.Index).ToList();
    }

    /// <summary>The pattern's matches, or none without scanning when the text lacks what every match holds.</summary>
    private static IEnumerable<Match> Scan(bool mayMatch, Regex pattern, string folded) => mayMatch ? pattern.Matches(folded) : [];

    /// <summary>The first date in the text, or null.</summary>
    public static SpanishDate? FindFirst(string text, int? defaultYear = null, DigitDateOrder order = DigitDateOrder.DayFirst) =>
        FindAll(text, defaultYear, order).FirstOrDefault();

    /// <summary>
    /// How a document writes its digit dates: month first when it says so and nothing says otherwise — a digit date whose
    /// second number cannot be a month ("04/30/2024"), or an English date written month first ("March 7, 2024", a date field of
    /// an acta typed with en-US settings, blind batch AJ, AJ6) — and day first when any digit date's first number cannot be a
    /// month ("30/04/2024"), or nothing tells.
    /// </summary>
    public static DigitDateOrder OrderOf(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        bool monthFirst = false, dayFirst = false;
        foreach (var text in texts)
        {
            if (!text.Any(char.IsDigit))
            {
                continue;
            }

            var folded = text.ToLowerInvariant();
            foreach (Match m in Numeric().Matches(folded))
            {
                var (first, second) = (ParseInt(m.Groups["d"].Value)!.Value, ParseInt(m.Groups["m"].Value)!.Value);
                dayFirst |= first is > 12 and <= 31 && second is >= 1 and <= 12;
                monthFirst |= second is > 12 and <= 31 && first is >= 1 and <= 12;
            }

            monthFirst |= EnglishMonthFirst().IsMatch(folded);
        }

        return monthFirst && !dayFirst ? DigitDateOrder.MonthFirst : DigitDateOrder.DayFirst;
    }

    /// <summary>"March 7, 2024", "june 13th, 2024" (lower case): an English date with its month before its day.</summary>
    [GeneratedRegex(@"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}\b")]
    private static partial Regex EnglishMonthFirst();

    /// <summary>"2019", "dos mil diecinueve", "dos mil diecinueve a las" → the longest leading run of words that is a year.</summary>
    private static int? YearOf(string text)
    {
        if (ParseInt(text.Trim()) is { } digits)
        {
            return digits;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length; k >= 2; k--)
        {
            if (SpanishNumberWords.Parse(string.Join(' ', words.Take(k))) is { } year and >= 1900 and <= 2100)
            {
                return year;
            }
        }

        return null;
    }

    private static int Month(string name) => Array.IndexOf(Months, name == "setiembre" ? "septiembre" : name) + 1;

    private static int? ParseInt(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static readonly Dictionary<string, int> ShortMonths = new()
    {
        ["ene"] = 1, ["feb"] = 2, ["mar"] = 3, ["abr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["ago"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["set"] = 9, ["oct"] = 10, ["nov"] = 11, ["dic"] = 12,
    };

    /// <summary>"4-dic-19", "08-abr-2021", "18 mar. 2021", "7/nov/19": the month abbreviated to its first letters.</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<s>[\-/.\s])\s*(?<m>" + MonthAbbreviations + @")\.?\s*\k<s>?\s*(?<y>\d{4}|\d{2})\b")]
    private static partial Regex ShortMonth();

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// "13 June 2024", "June 13, 2024": an English template's details table (blind batch M, M6: "Date | 13 June 2024").
    /// Only with a four-digit year; "16 may 2024" is read as the Spanish abbreviation already.
    /// </summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>january|february|march|april|june|july|august|september|october|november|december),?\s+(?<y>\d{4})\b|\b(?<m>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,\s*(?<y>\d{4})\b")]
    private static partial Regex EnglishMonth();

    private static readonly string[] RomanMonths = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    /// <summary>"14/III/2019", "14-iii-19": months in roman numerals, as some Secretarías write them.</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*[/\-.]\s*(?<m>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\s*[/\-.]\s*(?<y>\d{4}|\d{2})\b")]
    private static partial Regex RomanMonth();

    private const string MonthNames = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    /// <summary>The days of the week as regex alternatives, accents folded (for text folded by the matcher).</summary>
    internal const string WeekdayNames = "lunes|martes|miercoles|jueves|viernes|sabado|domingo";

    /// <summary>The weekdays as a short date writes them, folded: "mié 13-mar-19", "jue 16-may-19" (blind batch AG, AG2).</summary>
    internal const string WeekdayAbbreviations = "lun|mar|mie|jue|vie|sab|dom";

    /// <summary>The months as a short date writes them, folded: "13-mar-19", "05 abr 2019".</summary>
    internal const string MonthAbbreviations = "ene|feb|mar|abr|may|jun|jul|ago|sept|sep|set|oct|nov|dic";

    /// <summary>The same days with or without their accents, for text read as written ("miércoles", "sabado").</summary>
    internal const string WeekdayNamesAsWritten = "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo";

    /// <summary>The names in <see cref="MonthNames"/>, one of which every match of the patterns in words holds.</summary>
    private static readonly SearchValues<string> MonthWords = SearchValues.Create(MonthNames.Split('|'), StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:(?<d1>\d{1,2})\s+(?:al|y|a)\s+)?(?<d>\d{1,2})(?:o|º)?\s+(?:de\s+|(?=(?:" + MonthNames + @")\s+\d{4}\b))(?<month>" + MonthNames + @")(?:\s*(?:de|del|,)?\s*(?:ano\s+)?(?<y>\d{4})\b)?")]
    private static partial Regex Written();

    /// <summary>"el día veinte de noviembre de dos mil dieciocho", "treinta y uno de enero de 2019".</summary>
    [GeneratedRegex(@"\b(?<day>(?:[a-z]+\s+y\s+)?[a-z]+)\s+de\s+(?<month>" + MonthNames + @")\s+del?\s+(?:ano\s+)?(?<year>(?:dos\s+mil|mil\s+novecientos)(?:\s+(?:y\s+)?[a-z]+){0,3}|\d{4})")]
    private static partial Regex DayInWords();

    /// <summary>"04/12/2019", "17-11-2022", "4-12-19", "17.11.2022" (dots only with a four-digit year): one separator throughout.</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<s>[/\-])(?<m>\d{1,2})\k<s>(?<y>\d{4}|\d{2})\b(?!-)|\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:el|(?:" + WeekdayNames + @"),?)\s+(?<day>(?:veinti[a-z]+|treinta(?:\s+y\s+uno)?|[a-z]+))\s+de\s+(?<month>" + MonthNames + @")\b(?!\s+(?:de|del)\s+(?:ano\s+)?(?:\d|dos\s+mil|mil))")]
    private static partial Regex DayInWordsWithoutYear();

    [GeneratedRegex(@"(?<day>(?:[a-z]+\s+y\s+)?[a-z]+)\s+dias?\s+del\s+mes\s+de\s+(?<month>" + MonthNames + @")\s+del?\s+(?:ano\s+)?(?<year>(?:[a-z]+\s*)+?|\d{4})(?=[\s,.;]|$)")]
    private static partial Regex InWords();
}
