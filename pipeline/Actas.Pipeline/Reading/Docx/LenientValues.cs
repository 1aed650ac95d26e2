using System.Globalization;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Reads attribute values from their text instead of the SDK's typed <c>.Value</c>, which throws
/// on "x", "" or "99999999999". A value that does not parse counts as absent, and numbers are
/// clamped, so a damaged attribute cannot turn into a crash or a 10⁹-column grid.
/// </summary>
public static class LenientValues
{
    /// <summary>The integer in <paramref name="value"/>, clamped to [min, max]; null when absent or not a number.</summary>
    public static int? Int(OpenXmlSimpleType? value, int min = int.MinValue, int max = int.MaxValue)
    {
        if (value?.InnerText is not { } text ||
            !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return (int)Math.Clamp(number, min, max);
    }

    /// <summary>An ST_OnOff value: true/1/on, false/0/off; null when absent or unreadable.</summary>
    public static bool? Flag(OpenXmlSimpleType? value) => value?.InnerText?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => null,
    };

    /// <summary>An on/off element: absent → null; present without a readable value → true (the OOXML default).</summary>
    public static bool? On(W.OnOffType? element) => element is null ? null : Flag(element.Val) ?? true;
}
