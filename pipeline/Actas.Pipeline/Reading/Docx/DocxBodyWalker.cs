using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using Actas.Pipeline.Reading.Html;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Walks a block container (<c>w:body</c>, a header or footer part) in order and emits layout
/// blocks. Pages are counted from explicit breaks only (<c>w:br w:type="page"</c>,
/// <c>pageBreakBefore</c>, section breaks): when a document has none, every block's page is null,
/// because Word's own pagination is not in the file. Text boxes become blocks of their own (region
/// <see cref="DocumentRegion.TextBox"/>) before their anchor paragraph when the box comes first in
/// it, else after it. A text box that floats beside the text (<see cref="DocxFloatingBox"/>) is a sidebar: it is read once,
/// after the first paragraph of text beside it — its anchor paragraph unless that is a heading, else the next paragraph that
/// is not — or before a page break, so that a sidebar anchored in the title never reads ahead of the title and the opening
/// lines under it. A paragraph whose mark is a tracked deletion runs on into the next paragraph. An altChunk is read in
/// place as the HTML it imports (<see cref="HtmlBlockReader"/>), as Word does when it opens the file.
/// </summary>
/// <remarks>
/// <see cref="SourceLocation.Block"/> is the index of the body child a block comes from; blocks that
/// have no body child of their own (header and footer blocks, a second table from one content control
/// or text box) get numbers past the last body child, so that each table keeps a block of its own.
/// </remarks>
public sealed class DocxBodyWalker
{
    private const int MaxHeadingChars = 250;
    private readonly DocxStyles _styles;
    private readonly DocxListNumbering _numbering;
    private readonly DocxParagraphText _text;
    private readonly DocxTableBuilder _tables;
    private readonly DocxNestingGuard _guard;
    private readonly List<LayoutBlock> _blocks = [];
    private readonly List<XElement> _sidebars = [];
    private int? _page;
    private DocumentRegion? _region;
    private int _nextFreeBlock;
    private int _lastTableBlock = -1;
    private string? _carry;
    private string? _plainLine;
    private int _notes;

    public DocxBodyWalker(DocxStyles styles, DocxListNumbering numbering, DocxNestingGuard guard)
    {
        _styles = styles;
        _numbering = numbering;
        _guard = guard;
        _text = new DocxParagraphText(styles, guard);
        _tables = new DocxTableBuilder(styles, _text, numbering, guard);
    }

    /// <summary>The package's comments by id (<see cref="DocxPackage.Comments"/>): a comment referenced in a table cell is a note of that cell.</summary>
    public IReadOnlyDictionary<string, CellNote> Comments { get => _tables.Comments; set => _tables.Comments = value; }

    /// <summary>The package's imported parts by relationship id (<see cref="DocxPackage.AltChunks"/>).</summary>
    public IReadOnlyDictionary<string, DocxAltChunk> AltChunks { get; init; } = new Dictionary<string, DocxAltChunk>();

    /// <summary>The package's SmartArt text by data-part relationship id (<see cref="DocxPackage.Diagrams"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DocxDiagramNode>> Diagrams { get; init; } = new Dictionary<string, IReadOnlyList<DocxDiagramNode>>();

    /// <summary>Footnote, endnote and comment references skipped so far.</summary>
    public int NoteReferences => _notes + _tables.NoteReferences;

    /// <summary>Page of the last body block, null when the document has no explicit page breaks.</summary>
    public int? LastPage => _page;

    /// <summary>Blocks of <paramref name="body"/>; <see cref="SourceLocation.Block"/> is the body child index.</summary>
    public IReadOnlyList<LayoutBlock> Walk(XElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        _blocks.Clear();
        _sidebars.Clear();
        _region = null;
        _page = HasExplicitBreaks(body) ? 1 : null;
        _nextFreeBlock = body.Elements().Count();
        var index = 0;
        var typed = new List<(string? Line, int Block)>();
        foreach (var child in body.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = _blocks.Count;
            _plainLine = null;
            Visit(child, index++, 0);
            typed.Add(_plainLine is not null && _blocks.Count == before + 1 ? (_plainLine, before) : (null, -1));
        }

        FlushCarry(index - 1);
        FlushSidebars(index - 1, 0);
        return HardWrapped(typed);
    }

    /// <summary>
    /// A fixed-width text pasted one paragraph per line (<see cref="HardWrappedLines"/>): the lines of one wrapped paragraph
    /// become one paragraph again.
    /// </summary>
    private List<LayoutBlock> HardWrapped(List<(string? Line, int Block)> typed)
    {
        if (typed.Count < HardWrappedLines.MinLines || HardWrappedLines.Paragraphs([.. typed.Select(t => t.Line)]) is not { } first)
        {
            return [.. _blocks];
        }

        var blocks = _blocks.ToArray<LayoutBlock?>();
        for (var i = 0; i < typed.Count; i++)
        {
            if (first[i] != i && blocks[typed[first[i]].Block] is Paragraph head && blocks[typed[i].Block] is Paragraph tail)
            {
                blocks[typed[first[i]].Block] = head with { Text = head.Text + " " + tail.Text, Lines = null };
                blocks[typed[i].Block] = null;
            }
        }

        return [.. blocks.OfType<LayoutBlock>()];
    }

    /// <summary>
    /// Blocks of a header or footer part, after <see cref="Walk"/>: numbered past the body, on
    /// <paramref name="page"/>, without page breaks, and page-number fields left out.
    /// </summary>
    public IReadOnlyList<LayoutBlock> WalkPart(XElement part, DocumentRegion region, int? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        _blocks.Clear();
        _region = region;
        var saved = _page;
        _page = page;
        foreach (var child in part.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Visit(child, _nextFreeBlock++, 0);
        }

        FlushCarry(_nextFreeBlock - 1);
        FlushSidebars(_nextFreeBlock - 1, 0);
        _page = saved;
        return [.. _blocks];
    }

    private void Visit(XElement element, int block, int depth)
    {
        if (element.Name == ParagraphElement)
        {
            VisitParagraph(element, block, depth);
        }
        else if (element.Name == TableElement)
        {
            FlushCarry(block);
            VisitTable(element, block, depth);
            if (depth == 0)
            {
                FlushSidebars(block, depth);
            }
        }
        else if (element.Name == AltChunk)
        {
            FlushCarry(block);
            VisitAltChunk(element, block);
        }
        else if (IsWrapper(element) && !ShowsPlaceholder(element))
        {
            _guard.Check(depth + 1, "content controls");
            foreach (var child in element.Elements())
            {
                Visit(child, block, depth + 1);
            }
        }
    }

    private void VisitParagraph(XElement paragraph, int block, int depth)
    {
        var content = _text.Read(paragraph, _region is DocumentRegion.Header or DocumentRegion.Footer);
        _notes += content.NoteReferences;
        if (content.TextBoxesFirst)
        {
            VisitTextBoxes(content.TextBoxes, block, depth);
        }

        _sidebars.AddRange(content.Sidebars);
        if (content.MarkDeleted)
        {
            _carry = (_carry ?? "") + content.Text;
            if (!content.TextBoxesFirst)
            {
                VisitTextBoxes(content.TextBoxes, block, depth);
            }

            return;
        }

        if (DocxParagraphFormat.PageBreakBefore(paragraph, _styles))
        {
            AddPageBreak(block);
        }

        var heading = DocxParagraphFormat.HeadingLevel(paragraph, _styles);
        var numbering = DocxParagraphFormat.Numbering(paragraph, _styles, _numbering);
        var label = numbering is { } n ? _numbering.Next(n.NumId, n.Level) : null;
        var (role, level) = heading is not null
            ? (ParagraphRole.Heading, heading)
            : label is not null ? (ParagraphRole.ListItem, numbering!.Value.Level + 1) : (ParagraphRole.Body, (int?)null);
        if (role == ParagraphRole.Body && IsShort(content) && DocxParagraphFormat.AllBold(paragraph, _styles, content.TextBoxes.Count + content.Sidebars.Count > 0))
        {
            // Emphasis-only heading: level unknown, as the PDF reader does for bold body-size lines.
            role = ParagraphRole.Heading;
        }

        var pending = new List<string>();
        var carry = _carry;
        _carry = null;
        foreach (var line in content.Lines)
        {
            pending.Add(carry is null ? line.Text : carry + line.Text);
            carry = null;
            if (line.PageBreakAfter)
            {
                Flush(pending, role, level, label, block, depth);
                label = null;
                AddPageBreak(block);
            }
        }

        var text = false;
        if (!(content.PageNumbers && IsPaginationLeftover(pending)))
        {
            // One line of plain body text, spaces as typed: what a fixed-width text pasted into Word is made of.
            _plainLine = _region is null && depth == 0 && label is null && pending.Count == 1 && role != ParagraphRole.ListItem ? pending[0] : null;
            var before = _blocks.Count;
            Flush(pending, role, level, label, block, depth);
            text = _blocks.Count > before;
        }

        VisitDiagrams(content, block);
        if (!content.TextBoxesFirst)
        {
            VisitTextBoxes(content.TextBoxes, block, depth);
        }

        if (_region is DocumentRegion.Header or DocumentRegion.Footer || (_region is null && text && role != ParagraphRole.Heading))
        {
            FlushSidebars(block, depth);
        }

        if (DocxParagraphFormat.EndsPageSection(paragraph))
        {
            AddPageBreak(block);
        }
    }

    /// <summary>
    /// The blocks of an imported HTML part, in place; the first takes the altChunk's block number, the others numbers of their
    /// own (extraction groups a table's rows by it). Other imported formats are not read.
    /// </summary>
    private void VisitAltChunk(XElement chunk, int block)
    {
        if (chunk.Attribute(RelationshipId)?.Value is not { } id || !AltChunks.TryGetValue(id, out var part) || !part.IsHtml)
        {
            return;
        }

        using var html = new MemoryStream(part.Content, writable: false);
        var first = true;
        foreach (var read in new HtmlBlockReader().Read(html))
        {
            var location = read.Location with { Page = _page, Block = first ? block : _nextFreeBlock++, Region = _region };
            first = false;
            _blocks.Add(read switch
            {
                Table table => table with { Location = location },
                Paragraph paragraph => paragraph with { Location = location },
                _ => read,
            });
        }
    }

    /// <summary>
    /// A SmartArt graphic's nodes (<see cref="DocxDiagramText"/>) where the graphic stands, after its paragraph's own text, as a
    /// list: one item per node, nested as deep as the node, without a label (the graphic draws boxes, not bullets). Only the
    /// main part's graphics are known: a header's or a note's relationship ids are its own part's.
    /// </summary>
    private void VisitDiagrams(DocxParagraphContent content, int block)
    {
        if (_region is not (null or DocumentRegion.TextBox))
        {
            return;
        }

        foreach (var id in content.Diagrams)
        {
            foreach (var node in Diagrams.GetValueOrDefault(id) ?? [])
            {
                var location = new SourceLocation(_page, block, Region: _region);
                _blocks.Add(new Paragraph(string.Join(' ', node.Lines), ParagraphRole.ListItem, location, node.Level, null, node.Lines.Count > 1 ? node.Lines : null));
            }
        }
    }

    /// <summary>Text boxes are read in the region of their anchor; in the body their region is <see cref="DocumentRegion.TextBox"/>.</summary>
    private void VisitTextBoxes(IReadOnlyList<XElement> boxes, int block, int depth)
    {
        if (boxes.Count == 0)
        {
            return;
        }

        var outer = _region;
        _region ??= DocumentRegion.TextBox;
        foreach (var box in boxes)
        {
            _guard.Check(depth + 1, "text boxes");
            foreach (var child in box.Elements())
            {
                Visit(child, block, depth + 1);
            }

            FlushCarry(block);
        }

        _region = outer;
    }

    /// <summary>The sidebars waiting for the text beside them, read here as text boxes (<see cref="DocumentRegion.TextBox"/>).</summary>
    private void FlushSidebars(int block, int depth)
    {
        if (_sidebars.Count == 0)
        {
            return;
        }

        List<XElement> boxes = [.. _sidebars];
        _sidebars.Clear();
        VisitTextBoxes(boxes, block, depth);
    }

    /// <summary>
    /// What is left of a header or footer line once its page-number fields are out: "Página  de ",
    /// "Hoja", "- -". Such a line says nothing about the acta.
    /// </summary>
    private static bool IsPaginationLeftover(List<string> lines)
    {
        var words = string.Join(' ', lines).Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && !words.Any(w => w.Any(char.IsDigit));
    }

    /// <summary>A heading stands alone and is short; a whole bold paragraph of prose is still body text.</summary>
    private static bool IsShort(DocxParagraphContent content)
    {
        var length = 0;
        foreach (var line in content.Lines)
        {
            length += line.Text.Length;
            if (length > MaxHeadingChars || line.Text.Contains('\t'))
            {
                return false;
            }
        }

        return true;
    }

    private void Flush(List<string> lines, ParagraphRole role, int? level, string? label, int block, int depth)
    {
        var text = WhitespaceCollapser.Collapse(string.Join(' ', lines));
        var softLines = lines.Select(WhitespaceCollapser.Collapse).Where(l => l.Length > 0).ToList();
        lines.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(new Paragraph(text, role, new SourceLocation(_page, block, Region: _region), level, label, softLines.Count > 1 ? softLines : null));
        }
    }

    /// <summary>Text of a paragraph whose mark was deleted with nothing after it to run into.</summary>
    private void FlushCarry(int block)
    {
        if (_carry is not null)
        {
            var pending = new List<string> { _carry };
            _carry = null;
            Flush(pending, ParagraphRole.Body, null, null, block, 0);
        }
    }

    private void VisitTable(XElement table, int block, int depth)
    {
        if (_region is null && _tables.StartsWithPageBreak(table))
        {
            AddPageBreak(block);
        }

        // Two tables from one body child (a content control, a text box) must not share a block: extraction groups rows by it.
        var id = _region is null && _lastTableBlock != block ? block : _nextFreeBlock++;
        _lastTableBlock = block;
        var built = _tables.Build(table, id, _page, _region, depth);
        if (built.Rows.Count == 0)
        {
            return;
        }

        // A table right after a page break (the break may sit on an empty paragraph before it)
        // starts on the new page like a PDF table continued at the top of a page.
        if (_blocks.Count > 0 && _blocks[^1] is PageBreak && !built.Rows[0].AfterBreak)
        {
            built = built with { Rows = [built.Rows[0] with { AfterBreak = true }, .. built.Rows.Skip(1)] };
        }

        _blocks.Add(built);

        if (_region is null)
        {
            _page = DocxTableBuilder.LastPage(built, _page);
        }
    }

    /// <summary>Adds a page break unless nothing precedes it (a break before the first block starts no new page) or the block is not in the body's flow.</summary>
    private void AddPageBreak(int block)
    {
        if (_region is not null || _blocks.Count == 0 || _blocks[^1] is PageBreak)
        {
            return;
        }

        FlushSidebars(block, 0);

        _page++;
        _blocks.Add(new PageBreak(new SourceLocation(_page, block)));
    }

    /// <summary>One pass over the body for what the SDK-based reader asked in three <c>Descendants</c> walks.</summary>
    private bool HasExplicitBreaks(XElement body)
    {
        if (_styles.HasPageBreakBeforeStyle)
        {
            return true;
        }

        foreach (var element in body.Descendants())
        {
            var name = element.Name;
            if ((name == Break && element.Attribute(TypeAttribute)?.Value == "page") ||
                (name == WordNames.PageBreakBefore && LenientValues.On(element) == true) ||
                // w:pPr inside w:pPrChange is the former formatting, not this paragraph's.
                (name == ParagraphProperties && element.Parent?.Name != ParagraphPropertiesChange && element.Element(SectionProperties) is not null))
            {
                return true;
            }
        }

        return false;
    }
}
