using System.Globalization;
using System.Xml.Linq;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Reads attribute values from their text, as written: "x", "" or "99999999999" must not throw. A value that does
/// not parse counts as absent, and numbers are clamped, so a damaged attribute cannot turn into a crash or a
/// 10⁹-column grid.
/// </summary>
public static class LenientValues
{
    /// <summary>The integer in <paramref name="text"/>, clamped to [min, max]; null when absent or not a number.</summary>
    public static int? Int(string? text, int min = int.MinValue, int max = int.MaxValue)
    {
        if (text is null || !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return (int)Math.Clamp(number, min, max);
    }

    /// <summary>The integer in <paramref name="attribute"/>, clamped to [min, max]; null when absent or not a number.</summary>
    public static int? Int(XAttribute? attribute, int min = int.MinValue, int max = int.MaxValue) => Int(attribute?.Value, min, max);

    /// <summary>An ST_OnOff value: true/1/on, false/0/off; null when absent or unreadable.</summary>
    public static bool? Flag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => null,
    };

    /// <summary>An on/off element (<c>w:b</c>, <c>w:pageBreakBefore</c>): absent → null; present without a readable <c>w:val</c> → true (the OOXML default).</summary>
    public static bool? On(XElement? element) => element is null ? null : Flag(element.Attribute(WordNames.Val)?.Value) ?? true;
}
