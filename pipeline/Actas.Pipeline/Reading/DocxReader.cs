using System.Xml;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Docx;
using DocumentFormat.OpenXml.Packaging;

namespace Actas.Pipeline.Reading;

/// <summary>
/// Reads Word .docx files (package opened by the Open XML SDK, parts' XML read with LINQ to XML, <see cref="DocxPackage"/>):
/// body paragraphs and tables in order, heading styles, Word numbering as list labels, explicit page breaks as
/// <see cref="PageBreak"/> blocks, and tables on their column grid (<see cref="Table.SpansKnown"/> is true); page
/// headers before the body and footers after it, once each (<see cref="DocxHeaderFooterReader"/>); text boxes as
/// blocks of their own; tracked changes as their final text; a SmartArt graphic's nodes as a list where it stands (<see cref="DocxDiagramText"/>); an altChunk as the HTML it imports; a large picture alone in its
/// paragraph by OCR when an OCR engine is given (<see cref="DocxPictureReader"/>). The zip is checked for bombs before anything is inflated.
/// </summary>
public sealed class DocxReader(DocxPackageGuard guard, DocxReaderOptions readerOptions, DocxPictureReader? pictures = null) : IDocumentReader
{
    public DocxReader()
        : this(new DocxPackageGuard(), DocxReaderOptions.Default)
    {
    }

    public DocxReader(DocxPackageGuard guard)
        : this(guard, DocxReaderOptions.Default)
    {
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public LayoutDocument Read(string path, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var name = options.DisplayName ?? Path.GetFileName(path);
        guard.Check(path, name, options);
        try
        {
            using var stream = File.OpenRead(path);
            var package = Open(stream, name);
            var styles = new DocxStyles(package.Styles);
            var numbering = new DocxListNumbering(package.Numbering, styles);
            var walker = new DocxBodyWalker(styles, numbering, new DocxNestingGuard(name, readerOptions.MaxNesting)) { Comments = Comments(package), AltChunks = package.AltChunks, Diagrams = package.Diagrams };
            var body = walker.Walk(package.Body, cancellationToken);
            // With OCR off or missing, a picture that may hold a table stays unread, and the warnings say so.
            var unread = pictures?.Unread(package.Pictures, options) ?? [];
            if (pictures is not null && package.Pictures.Count > 0)
            {
                // A large picture standing alone where a table is expected is read by OCR (DocxPictureReader).
                var firstFree = Math.Max(package.Body.Elements().Count(), body.Count == 0 ? 0 : body.Max(b => b.Location.Block) + 1);
                body = pictures.Insert(name, body, package.Pictures, firstFree, options, cancellationToken);
            }

            var firstPage = body.Count > 0 ? body[0].Location.Page : null;
            var (headers, footers) = new DocxHeaderFooterReader().Read(package, walker, firstPage, walker.LastPage, cancellationToken);
            var notes = Footnotes(package, walker, cancellationToken);
            IReadOnlyList<LayoutBlock> blocks = headers.Count + footers.Count + notes.Count == 0 ? body : [.. WithHeaders(body, headers), .. notes, .. footers];
            return new LayoutDocument(name, "docx", FileFingerprint.Sha256(path), PageCount: null, blocks, [.. NotesIssues(walker.NoteReferences), .. unread]);
        }
        catch (Exception ex) when (IsFormatError(ex))
        {
            throw ActaReadException.Corrupt(name, "Word document", ex);
        }
    }

    /// <summary>The body with each header block before the body child it goes before (<see cref="DocxHeaderFooterReader"/>).</summary>
    private static List<LayoutBlock> WithHeaders(IReadOnlyList<LayoutBlock> body, IReadOnlyList<(int Before, LayoutBlock Block)> headers)
    {
        var blocks = new List<LayoutBlock>(body.Count + headers.Count);
        blocks.AddRange(headers.Where(h => h.Before < 0).Select(h => h.Block));
        var placed = headers.Where(h => h.Before >= 0).ToList();
        var next = 0;
        foreach (var block in body)
        {
            for (; next < placed.Count && block.Location.Block >= placed[next].Before; next++)
            {
                blocks.Add(placed[next].Block);
            }

            blocks.Add(block);
        }

        blocks.AddRange(placed.Skip(next).Select(h => h.Block));
        return blocks;
    }

    /// <summary>
    /// Opens the package and loads its parts. System.IO.Packaging reports broken part references with
    /// InvalidOperationException and ArgumentException, which elsewhere mean bugs, so they count as damage only here.
    /// </summary>
    private static DocxPackage Open(Stream stream, string name)
    {
        try
        {
            return DocxPackage.Open(stream, name);
        }
        catch (Exception ex) when (IsFormatError(ex) || ex is InvalidOperationException or ArgumentException)
        {
            throw ActaReadException.Corrupt(name, "Word document", ex);
        }
    }

    /// <summary>
    /// The comments by id, each as its author and its paragraphs' text joined by spaces (a comment is one remark); the
    /// text is not read into the cell it annotates, the cell only carries it as a note.
    /// </summary>
    private static Dictionary<string, CellNote> Comments(DocxPackage package)
    {
        var comments = new Dictionary<string, CellNote>(StringComparer.Ordinal);
        foreach (var comment in package.Comments?.Elements(WordNames.Comment) ?? [])
        {
            var text = WhitespaceCollapser.Collapse(string.Join(' ', comment.Elements(WordNames.ParagraphElement)
                .Select(p => string.Concat(p.Descendants(WordNames.Text).Select(t => t.Value)))));
            if (comment.Attribute(WordNames.Id)?.Value is { } id && text.Length > 0)
            {
                comments.TryAdd(id, new CellNote(WhitespaceCollapser.Collapse(comment.Attribute(WordNames.Author)?.Value ?? ""), text));
            }
        }

        return comments;
    }

    /// <summary>
    /// The footnotes' paragraphs (<see cref="DocumentRegion.Footnote"/>) in the order of the part, after the body, then the
    /// endnotes' (blind batch T, T1: each goal's report in an endnote numbered i, ii, iii, printed after the closing); the
    /// separator and continuation notes Word keeps in the same parts hold no text of the acta.
    /// </summary>
    private static List<LayoutBlock> Footnotes(DocxPackage package, DocxBodyWalker walker, CancellationToken cancellationToken)
    {
        var blocks = new List<LayoutBlock>();
        var footnotes = package.Footnotes?.Elements(WordNames.Footnote) ?? [];
        foreach (var note in footnotes.Concat(package.Endnotes?.Elements(WordNames.Endnote) ?? []))
        {
            if (note.Attribute(WordNames.TypeAttribute)?.Value is null or "normal")
            {
                blocks.AddRange(walker.WalkPart(note, DocumentRegion.Footnote, walker.LastPage, cancellationToken));
            }
        }

        return blocks;
    }

    /// <summary>
    /// Footnotes, endnotes and comments are not read into the paragraph or cell they annotate: they qualify a figure or cite a
    /// source. Footnotes come after the body as their own region and comments as their cell's notes; only a footnote that is a
    /// goal's report (<c>NoteReports</c>) or a comment that names its kind of remark is read as content. One note says so.
    /// </summary>
    private static IReadOnlyList<Issue> NotesIssues(int references) => references == 0
        ? []
        : [new Issue("docx-notes-not-read", Severity.Info, null, $"{references} footnote, endnote or comment reference{(references == 1 ? "" : "s")}: their text is not read into the paragraph or cell they annotate")];

    /// <summary>What the SDK and the zip/XML layers throw for a damaged package; anything else is a bug and propagates.</summary>
    private static bool IsFormatError(Exception ex) =>
        ex is InvalidDataException or OpenXmlPackageException or XmlException or FormatException
            or IOException or NotSupportedException or KeyNotFoundException;
}
