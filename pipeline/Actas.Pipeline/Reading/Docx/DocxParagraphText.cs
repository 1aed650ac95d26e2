using System.Text;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The visible text of a Word paragraph, split at its breaks. Runs inside hyperlinks, fields,
/// content controls and insertions count; deleted and moved-away text, field codes, drawings and
/// markup-compatibility fallbacks do not.
/// </summary>
public static class DocxParagraphText
{
    /// <summary>The paragraph's stretches between breaks; at least one, possibly empty.</summary>
    public static IReadOnlyList<DocxLine> Lines(XElement paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var lines = new List<DocxLine>();
        var current = new StringBuilder();
        Append(paragraph, current, lines);
        lines.Add(new DocxLine(current.ToString(), false));
        return lines;
    }

    private static void Append(XElement element, StringBuilder current, List<DocxLine> lines)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == Text)
            {
                current.Append(child.Value);
            }
            else if (name == Tab || name == PositionalTab)
            {
                current.Append('\t');
            }
            else if (name == NoBreakHyphen)
            {
                current.Append('-');
            }
            else if (name == Break)
            {
                var type = child.Attribute(TypeAttribute)?.Value;
                if (type == "column")
                {
                    current.Append(' ');
                    continue;
                }

                lines.Add(new DocxLine(current.ToString(), type == "page"));
                current.Clear();
            }
            else if (name == CarriageReturn)
            {
                lines.Add(new DocxLine(current.ToString(), false));
                current.Clear();
            }
            else if (name == ParagraphProperties || name == RunProperties || name == DeletedRun || name == MoveFromRun || name == FieldCode
                || name == Drawing || name == Picture || name == EmbeddedObject || name == AlternateContent)
            {
                continue;
            }
            else if (child.HasElements)
            {
                Append(child, current, lines);
            }
        }
    }
}
