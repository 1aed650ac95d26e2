using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// The visible text of a Word paragraph, split at its breaks. Runs inside hyperlinks, fields,
/// content controls and insertions count; deleted and moved-away text, field codes, drawings and
/// markup-compatibility fallbacks do not.
/// </summary>
public static class DocxParagraphText
{
    /// <summary>The paragraph's stretches between breaks; at least one, possibly empty.</summary>
    public static IReadOnlyList<DocxLine> Lines(W.Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var lines = new List<DocxLine>();
        var current = new StringBuilder();
        Append(paragraph, current, lines);
        lines.Add(new DocxLine(current.ToString(), false));
        return lines;
    }

    private static void Append(OpenXmlElement element, StringBuilder current, List<DocxLine> lines)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text text:
                    current.Append(text.Text);
                    break;
                case W.TabChar or W.PositionalTab:
                    current.Append('\t');
                    break;
                case W.NoBreakHyphen:
                    current.Append('-');
                    break;
                case W.Break br:
                    if (br.Type?.InnerText == "column")
                    {
                        current.Append(' ');
                        break;
                    }

                    lines.Add(new DocxLine(current.ToString(), br.Type?.InnerText == "page"));
                    current.Clear();
                    break;
                case W.CarriageReturn:
                    lines.Add(new DocxLine(current.ToString(), false));
                    current.Clear();
                    break;
                case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or W.FieldCode
                    or W.Drawing or W.Picture or W.EmbeddedObject or AlternateContent:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        Append(child, current, lines);
                    }

                    break;
            }
        }
    }
}
