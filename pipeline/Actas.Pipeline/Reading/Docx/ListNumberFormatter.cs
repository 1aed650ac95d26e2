using System.Globalization;
using System.Text;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>Renders a list counter in a Word number format (<c>w:numFmt</c>): decimal, letters, roman numerals.</summary>
public static class ListNumberFormatter
{
    /// <summary>Formats <paramref name="value"/> (1-based) as <paramref name="format"/>; unknown formats fall back to decimal.</summary>
    public static string Format(int value, string? format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "ordinal" => value.ToString(CultureInfo.InvariantCulture) + "º",
        "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering repeats the letter: 1→A, 26→Z, 27→AA, 28→BB.</summary>
    private static string Letters(int value)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }
}
