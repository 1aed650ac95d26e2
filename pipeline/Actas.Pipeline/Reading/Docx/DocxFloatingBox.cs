using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Whether a drawing (<c>w:drawing</c>) or VML picture (<c>w:pict</c>) that holds a text box floats beside the body text:
/// anchored, not inline, and wrapped square, tight or through, so that the text runs down its side. Such a box is a
/// sidebar (blind batch AJ, AJ5: "ASISTENTES" with the names in a narrow box on page 1's right margin, anchored in the
/// title, while the body says "se reunieron las personas integrantes del Espacio que se enlistan al margen"). A box
/// wrapped top and bottom is a band across the page (a title banner) and stays where it is anchored. A sidebar is a strip
/// taller than it is wide: LibreOffice saves a legacy .doc's wrapped tables as square-wrapped boxes wider than tall (blind
/// batch AA, teatro-10.doc), which are body content and stay where they are anchored.
/// </summary>
internal static partial class DocxFloatingBox
{
    /// <summary>DrawingML wraps that let the text flow beside the box (ECMA-376 §20.4.2.15–17).</summary>
    private static readonly HashSet<string> SideWraps = ["wrapSquare", "wrapTight", "wrapThrough"];

    /// <summary>The same wraps as VML writes them (<c>w10:wrap type="square"</c>).</summary>
    private static readonly HashSet<string> VmlSideWraps = ["square", "tight", "through"];

    public static bool IsSidebar(XElement shape)
    {
        if (shape.Name == Drawing)
        {
            return shape.Element(WordprocessingDrawing + "anchor") is { } anchor &&
                   anchor.Elements().Any(e => e.Name.Namespace == WordprocessingDrawing && SideWraps.Contains(e.Name.LocalName)) &&
                   anchor.Element(WordprocessingDrawing + "extent") is { } extent &&
                   Emu(extent.Attribute("cy")) > Emu(extent.Attribute("cx"));
        }

        return shape.Descendants(WordVml + "wrap").Any(w => w.Attribute("type")?.Value is { } type && VmlSideWraps.Contains(type)) &&
               shape.Descendants().FirstOrDefault(e => e.Attribute("style") is not null) is { } styled &&
               VmlLength(styled, "height") > VmlLength(styled, "width");
    }

    private static double Emu(XAttribute? value) =>
        double.TryParse(value?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var emu) ? emu : 0;

    /// <summary>A VML shape's width or height from its CSS style ("width:140.4pt;height:439.2pt"), in points; 0 when absent.</summary>
    private static double VmlLength(XElement shape, string property)
    {
        var m = StyleLength().Matches(shape.Attribute("style")!.Value).FirstOrDefault(m => m.Groups["name"].Value == property);
        if (m is null || !double.TryParse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return 0;
        }

        return m.Groups["unit"].Value switch
        {
            "in" => value * 72,
            "cm" => value * 72 / 2.54,
            "mm" => value * 72 / 25.4,
            "px" => value * 0.75,
            _ => value,
        };
    }

    [GeneratedRegex(@"(?:^|;)\s*(?<name>width|height)\s*:\s*(?<value>[0-9.]+)\s*(?<unit>pt|in|cm|mm|px)?")]
    private static partial Regex StyleLength();
}
