using System.Text.RegularExpressions;
using Actas.Pipeline.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>A sticky note (PDF text annotation) on a page: its remark, its author and the point it is anchored on.</summary>
public sealed record PdfStickyNote(CellNote Note, double X, double Y);

/// <summary>
/// Reads a page's sticky notes: the text annotations (<c>/Subtype /Text</c>) LibreOffice writes for Word comments when a
/// document is exported with "comments as PDF annotations" — <c>/Contents</c> the comment, <c>/T</c> its author followed by
/// the date (", 24/08/23, "), which is dropped, <c>/Rect</c> the point of the text it is anchored on. The page dictionary is
/// read directly: PdfPig's own annotation list stops at the first annotation without a rectangle (the note's popup).
/// </summary>
public static partial class PdfStickyNotes
{
    /// <summary>The page's sticky notes with text, in the page's order; none when its annotations cannot be read (they are no part of the page's text).</summary>
    public static IReadOnlyList<PdfStickyNote> Read(PdfDocument document, Page page)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return Notes(document, page);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [];
        }
    }

    private static List<PdfStickyNote> Notes(PdfDocument document, Page page)
    {
        if (!page.Dictionary.TryGet(NameToken.Annots, out IToken? annots) || Resolve(document, annots) is not ArrayToken list)
        {
            return [];
        }

        var notes = new List<PdfStickyNote>();
        foreach (var item in list.Data)
        {
            if (Resolve(document, item) is not DictionaryToken annotation ||
                !annotation.TryGet(NameToken.Subtype, out IToken? subtype) || Resolve(document, subtype) is not NameToken { Data: "Text" } ||
                !annotation.TryGet(NameToken.Rect, out IToken? rect) || Resolve(document, rect) is not ArrayToken { Data.Count: 4 } box ||
                box.Data.Select(t => Resolve(document, t)).OfType<NumericToken>().Select(n => n.Double).ToList() is not { Count: 4 } edges)
            {
                continue;
            }

            var text = WhitespaceCollapser.Collapse(Text(document, annotation, NameToken.Contents)).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var author = Author(Text(document, annotation, NameToken.T));
            notes.Add(new PdfStickyNote(new CellNote(author, text), Math.Min(edges[0], edges[2]), (edges[1] + edges[3]) / 2));
        }

        return notes;
    }

    /// <summary>The table with each sticky note anchored in one of its cells added to that cell's notes, in page order.</summary>
    public static Table Anchor(Table table, IReadOnlyList<PdfStickyNote> notes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(notes);
        if (!notes.Any(n => table.Location.Box?.Contains(n.X, n.Y) == true))
        {
            return table;
        }

        return table with
        {
            Rows = [.. table.Rows.Select(row => row with
            {
                Cells = [.. row.Cells.Select(cell => notes.Where(n => cell.Box?.Contains(n.X, n.Y) == true).Select(n => n.Note).ToList() is { Count: > 0 } mine
                    ? cell with { Notes = [.. cell.Notes ?? [], .. mine] }
                    : cell)],
            })],
        };
    }

    /// <summary>The author line without the date LibreOffice writes after it.</summary>
    internal static string Author(string title) => DatedAuthor().Replace(WhitespaceCollapser.Collapse(title).Trim(), "");

    private static string Text(PdfDocument document, DictionaryToken annotation, NameToken key) =>
        annotation.TryGet(key, out IToken? token) ? Resolve(document, token) switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            _ => "",
        } : "";

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : token;

    /// <summary>The date (and time) LibreOffice writes after a comment's author: "Ana Ruiz (SE) – Retroalimentación, 24/08/23, ".</summary>
    [GeneratedRegex(@"(?:,\s*\d{1,2}/\d{1,2}/\d{2,4})(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*,?\s*$")]
    private static partial Regex DatedAuthor();
}
