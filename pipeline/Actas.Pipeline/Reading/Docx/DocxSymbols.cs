using System.Globalization;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The character a <c>w:sym</c> shows. Word writes symbol-font characters as private-use code
/// points (U+F0xx = the font's byte xx); only the few that carry meaning in an acta are mapped
/// (bullets, dashes, check marks and boxes, ×, °, ±, ≤, ≥), pictograms become nothing.
/// </summary>
public static class DocxSymbols
{
    private static readonly Dictionary<int, string> SymbolGlyphs = new()
    {
        [0xB7] = "•", [0x2D] = "-", [0xD7] = "×", [0xB0] = "°", [0xB1] = "±", [0xA3] = "≤", [0xB3] = "≥", [0xBE] = "—",
    };

    private static readonly Dictionary<int, string> WingdingsGlyphs = new()
    {
        [0x9F] = "•", [0x6C] = "•", [0xA7] = "•", [0xFC] = "✓", [0xFB] = "✗", [0xFD] = "☒", [0xFE] = "☑", [0xA8] = "☐", [0x6F] = "☐", [0x71] = "☐",
    };

    /// <summary>The text of a <c>w:sym</c>; empty when it is a pictogram or unreadable.</summary>
    public static string Render(XElement symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var font = symbol.Attribute(SymbolFont)?.Value ?? "";
        if (!int.TryParse(symbol.Attribute(SymbolChar)?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return "";
        }

        var low = code is >= 0xF000 and <= 0xF0FF ? code - 0xF000 : code;
        if (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase))
        {
            return WingdingsGlyphs.GetValueOrDefault(low, "");
        }

        if (font.Equals("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            return SymbolGlyphs.GetValueOrDefault(low, "");
        }

        return low is >= 0x20 and < 0xF000 and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(low) : "";
    }
}
