using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Whether a drawing (<c>w:drawing</c>) or VML picture (<c>w:pict</c>) that holds a text box floats beside the body text:
/// anchored, not inline, and wrapped square, tight or through, so that the text runs down its side. Such a box is a
/// sidebar (blind batch AJ, AJ5: "ASISTENTES" with the names in a narrow box on page 1's right margin, anchored in the
/// title, while the body says "se reunieron las personas integrantes del Espacio que se enlistan al margen"). A box
/// wrapped top and bottom is a band across the page (a title banner) and stays where it is anchored.
/// </summary>
internal static class DocxFloatingBox
{
    private static readonly XNamespace WordDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace WordVml = "urn:schemas-microsoft-com:office:word";

    /// <summary>DrawingML wraps that let the text flow beside the box (ECMA-376 §20.4.2.15–17).</summary>
    private static readonly HashSet<string> SideWraps = ["wrapSquare", "wrapTight", "wrapThrough"];

    /// <summary>The same wraps as VML writes them (<c>w10:wrap type="square"</c>).</summary>
    private static readonly HashSet<string> VmlSideWraps = ["square", "tight", "through"];

    public static bool IsSidebar(XElement shape)
    {
        if (shape.Name == Drawing)
        {
            return shape.Element(WordDrawing + "anchor") is { } anchor &&
                   anchor.Elements().Any(e => e.Name.Namespace == WordDrawing && SideWraps.Contains(e.Name.LocalName));
        }

        return shape.Descendants(WordVml + "wrap").Any(w => w.Attribute("type")?.Value is { } type && VmlSideWraps.Contains(type));
    }
}
