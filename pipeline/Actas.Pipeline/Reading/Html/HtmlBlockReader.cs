using AngleSharp.Html.Parser;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Html;

/// <summary>
/// Reads an HTML document (parsed by AngleSharp, the HTML5 parsing algorithm: unclosed <c>p</c>/<c>li</c>/<c>td</c>,
/// entities and the charset as a browser reads them) into layout blocks in reading order: headings, paragraphs with their
/// soft lines, list items with their labels, tables on their grid (<see cref="HtmlFlow"/>, <see cref="HtmlTableGrid"/>).
/// Used for the HTML a .docx imports as an altChunk (blind batch V, V5: a web minutes system's .docx whose whole body is
/// <c>&lt;w:altChunk r:id="rIdAlt1"/&gt;</c> pointing at <c>word/minuta.html</c>). Blocks are numbered 0, 1, 2… with
/// no page: the caller places them.
/// </summary>
public sealed class HtmlBlockReader
{
    /// <summary>The blocks of the HTML in <paramref name="html"/>; empty when its body shows no text.</summary>
    public IReadOnlyList<LayoutBlock> Read(Stream html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            return [];
        }

        var blocks = new List<LayoutBlock>();
        foreach (var piece in HtmlFlow.Read(body))
        {
            var location = new SourceLocation(null, blocks.Count);
            blocks.Add(piece.Table is { } table
                ? table with { Location = location }
                : new Paragraph(piece.Text, piece.Role, location, piece.Level, piece.Label, piece.Lines.Count > 1 ? piece.Lines : null));
        }

        return blocks;
    }
}
