using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Walks <c>w:body</c> in order and emits layout blocks. Pages are counted from explicit breaks
/// only (<c>w:br w:type="page"</c>, <c>pageBreakBefore</c>, section breaks): when a document has
/// none, every block's page is null, because Word's own pagination is not in the file.
/// </summary>
public sealed class DocxBodyWalker
{
    private const int MaxHeadingChars = 250;
    private readonly DocxStyles _styles;
    private readonly DocxListNumbering _numbering;
    private readonly DocxTableBuilder _tables;
    private readonly List<LayoutBlock> _blocks = [];
    private int? _page;

    public DocxBodyWalker(DocxStyles styles, DocxListNumbering numbering)
    {
        _styles = styles;
        _numbering = numbering;
        _tables = new DocxTableBuilder(styles);
    }

    /// <summary>Blocks of <paramref name="body"/>; <see cref="SourceLocation.Block"/> is the body child index.</summary>
    public IReadOnlyList<LayoutBlock> Walk(XElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        _blocks.Clear();
        _page = HasExplicitBreaks(body) ? 1 : null;
        var index = 0;
        foreach (var child in body.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Visit(child, index++);
        }

        return [.. _blocks];
    }

    private void Visit(XElement element, int block)
    {
        if (element.Name == ParagraphElement)
        {
            VisitParagraph(element, block);
        }
        else if (element.Name == TableElement)
        {
            VisitTable(element, block);
        }
        else if (IsWrapper(element))
        {
            foreach (var child in element.Elements())
            {
                Visit(child, block);
            }
        }
    }

    private void VisitParagraph(XElement paragraph, int block)
    {
        if (DocxParagraphFormat.PageBreakBefore(paragraph, _styles))
        {
            AddPageBreak(block);
        }

        var heading = DocxParagraphFormat.HeadingLevel(paragraph, _styles);
        var numbering = DocxParagraphFormat.Numbering(paragraph, _styles);
        var label = numbering is { } n ? _numbering.Next(n.NumId, n.Level) : null;
        var (role, level) = heading is not null
            ? (ParagraphRole.Heading, heading)
            : label is not null ? (ParagraphRole.ListItem, numbering!.Value.Level + 1) : (ParagraphRole.Body, (int?)null);
        if (role == ParagraphRole.Body && DocxParagraphFormat.AllBold(paragraph, _styles) && IsShort(paragraph))
        {
            // Emphasis-only heading: level unknown, as the PDF reader does for bold body-size lines.
            role = ParagraphRole.Heading;
        }

        var pending = new List<string>();
        foreach (var line in DocxParagraphText.Lines(paragraph))
        {
            pending.Add(line.Text);
            if (line.PageBreakAfter)
            {
                Flush(pending, role, level, label, block);
                label = null;
                AddPageBreak(block);
            }
        }

        Flush(pending, role, level, label, block);
        if (DocxParagraphFormat.EndsPageSection(paragraph))
        {
            AddPageBreak(block);
        }
    }

    /// <summary>A heading stands alone and is short; a whole bold paragraph of prose is still body text.</summary>
    private static bool IsShort(XElement paragraph)
    {
        var length = 0;
        foreach (var text in paragraph.Descendants(Text))
        {
            var value = text.Value;
            length += value.Length;
            if (length > MaxHeadingChars || value.Contains('\t'))
            {
                return false;
            }
        }

        // w:tab in w:tabs is a tab stop, not a tab character.
        return !paragraph.Descendants(Tab).Any(t => t.Parent?.Name != Tabs);
    }

    private void Flush(List<string> lines, ParagraphRole role, int? level, string? label, int block)
    {
        var text = WhitespaceCollapser.Collapse(string.Join(' ', lines));
        lines.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(new Paragraph(text, role, new SourceLocation(_page, block), level, label));
        }
    }

    private void VisitTable(XElement table, int block)
    {
        if (_tables.StartsWithPageBreak(table))
        {
            AddPageBreak(block);
        }

        var built = _tables.Build(table, block, _page);
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

        _page = DocxTableBuilder.LastPage(built, _page);
    }

    /// <summary>Adds a page break unless nothing precedes it (a break before the first block starts no new page).</summary>
    private void AddPageBreak(int block)
    {
        if (_blocks.Count == 0 || _blocks[^1] is PageBreak)
        {
            return;
        }

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
