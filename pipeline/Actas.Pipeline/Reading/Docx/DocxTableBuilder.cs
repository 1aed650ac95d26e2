using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Turns a <c>w:tbl</c> into a <see cref="Table"/> on its column grid: <c>gridBefore</c> and
/// <c>gridSpan</c> place cells, legacy <c>hMerge</c> continuations widen the cell they continue,
/// <c>vMerge</c> continuations become empty cells with <see cref="TableCell.ContinuesAbove"/>,
/// breaks inside a cell paragraph split it, Word numbering in a cell gives
/// <see cref="TableCell.ListLabels"/>, text boxes in a cell become paragraphs of the cell, and nested
/// tables become one paragraph per nested row with cells joined by " | " (a row of one cell keeps its paragraphs). Rows and cells deleted as
/// tracked changes are left out. A row whose first paragraph has <c>pageBreakBefore</c> gets
/// <see cref="TableRow.AfterBreak"/>.
/// </summary>
public sealed class DocxTableBuilder(DocxStyles styles, DocxParagraphText text, DocxListNumbering numbering, DocxNestingGuard guard)
{
    /// <summary>Word allows 63 columns; larger spans are damage and are clamped.</summary>
    private const int MaxColumns = 63;

    /// <summary>The package's comments by id; a comment referenced in a cell becomes a <see cref="TableCell.Notes"/> entry of the cell.</summary>
    public IReadOnlyDictionary<string, CellNote> Comments { get; set; } = new Dictionary<string, CellNote>();

    /// <summary>Footnote, endnote and comment references met in the cells read so far.</summary>
    public int NoteReferences { get; private set; }

    /// <param name="page">Page the table starts on, or null when the document has no explicit page breaks.</param>
    /// <param name="region">Where the table sits when not in the body (header, footer, text box).</param>
    /// <param name="depth">Nesting depth of the table (0 in the body).</param>
    public Table Build(XElement table, int block, int? page, DocumentRegion? region = null, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(table);
        guard.Check(depth, "tables and text boxes");
        var pageNumbersHidden = region is DocumentRegion.Header or DocumentRegion.Footer;
        var rows = new List<TableRow>();
        var columns = table.Element(TableGrid)?.Elements(GridColumn).Count() ?? 0;
        foreach (var row in Rows(table, depth))
        {
            var properties = row.Element(TableRowProperties);
            if (properties?.Element(DeletedRun) is not null)
            {
                continue;
            }

            var cells = Cells(row, depth).ToList();
            var breakBefore = cells.Count > 0 && FirstParagraph(cells[0], depth) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);
            if (breakBefore && page is not null && rows.Count > 0)
            {
                page++;
            }

            var column = LenientValues.Int(ChildVal(properties, GridBefore), 0, MaxColumns) ?? 0;
            var built = new List<TableCell>();
            foreach (var cell in cells)
            {
                var cellProperties = cell.Element(TableCellProperties);
                if (cellProperties?.Element(CellDeletion) is not null)
                {
                    continue;
                }

                var span = LenientValues.Int(ChildVal(cellProperties, GridSpan), 1, MaxColumns) ?? 1;
                if (ChildVal(cellProperties, HorizontalMerge) == "continue" && built.Count > 0)
                {
                    built[^1] = built[^1] with { ColumnSpan = built[^1].ColumnSpan + span };
                    column += span;
                    continue;
                }

                var continues = cellProperties?.Element(VerticalMerge) is { } merge && merge.Attribute(Val)?.Value is null or "continue";
                if (continues)
                {
                    built.Add(new TableCell(column, span, [], true));
                }
                else
                {
                    var content = new CellContent();
                    Read(cell, content, pageNumbersHidden, depth + 1);
                    built.Add(new TableCell(column, span, content.Paragraphs, false, null, content.Labelled ? content.Labels : null, Notes(cell)));
                }

                column += span;
            }

            column += LenientValues.Int(ChildVal(properties, GridAfter), 0, MaxColumns) ?? 0;
            columns = Math.Clamp(Math.Max(columns, column), 0, MaxColumns * 2);
            rows.Add(new TableRow(built, page, breakBefore));
        }

        return new Table(rows, columns, SpansKnown: true, new SourceLocation(page, block, Region: region));
    }

    /// <summary>
    /// The comments whose reference mark sits in the cell (Word puts it where the commented range ends: a comment on a goal's
    /// Informe cell is referenced there); null when none is.
    /// </summary>
    private List<CellNote>? Notes(XElement cell)
    {
        if (Comments.Count == 0)
        {
            return null;
        }

        var notes = cell.Descendants(CommentReference)
            .Select(r => r.Attribute(Id)?.Value)
            .Distinct()
            .Select(id => id is not null && Comments.TryGetValue(id, out var note) ? note : null)
            .OfType<CellNote>()
            .ToList();
        return notes.Count > 0 ? notes : null;
    }

    /// <summary>Whether the table's first row starts on a new page (<c>pageBreakBefore</c> on its first paragraph).</summary>
    public bool StartsWithPageBreak(XElement table) =>
        Rows(table, 0).FirstOrDefault() is { } row && Cells(row, 0).FirstOrDefault() is { } cell &&
        FirstParagraph(cell, 0) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);

    /// <summary>Page the table ends on, for the walker's running count.</summary>
    public static int? LastPage(Table table, int? page) => table.Rows.Count > 0 ? table.Rows[^1].Page : page;

    /// <summary>Paragraphs of a cell or text box; a paragraph whose mark was deleted runs on into the next.</summary>
    private void Read(XElement container, CellContent content, bool pageNumbersHidden, int depth)
    {
        guard.Check(depth, "tables and text boxes");
        string? carry = null;
        foreach (var child in BlockContent(container, depth))
        {
            if (child.Name == TableElement)
            {
                AddCarry(content, ref carry);
                foreach (var row in Rows(child, depth).Where(r => r.Element(TableRowProperties)?.Element(DeletedRun) is null))
                {
                    var cells = Cells(row, depth).Select(c =>
                    {
                        var inner = new CellContent();
                        Read(c, inner, pageNumbersHidden, depth + 1);
                        return inner.Paragraphs.Where(p => p.Length > 0).ToList();
                    }).Where(c => c.Count > 0).ToList();
                    if (cells.Count == 1)
                    {
                        // A nested row of one cell keeps its paragraphs: two comments are two items.
                        foreach (var paragraph in cells[0])
                        {
                            content.Add(paragraph, null);
                        }
                    }
                    else if (cells.Count > 1 && cells.Take(cells.Count - 1).All(c => c.Count == 1))
                    {
                        // "Retroalimentación | first item" ¶ "second item": the paragraphs of a last
                        // cell stay apart, so two comments are two items here too.
                        content.Add(string.Join(" | ", cells.Select(c => c[0])), null);
                        foreach (var paragraph in cells[^1].Skip(1))
                        {
                            content.Add(paragraph, null);
                        }
                    }
                    else if (cells.Count > 1)
                    {
                        content.Add(string.Join(" | ", cells.Select(c => string.Join(' ', c))), null);
                    }
                }

                continue;
            }

            var read = text.Read(child, pageNumbersHidden);
            NoteReferences += read.NoteReferences;
            if (read.TextBoxesFirst)
            {
                AddTextBoxes(read, content, pageNumbersHidden, depth);
            }

            var label = DocxParagraphFormat.Numbering(child, styles, numbering) is { } n ? numbering.Next(n.NumId, n.Level) : null;
            if (read.MarkDeleted)
            {
                carry = Join(carry, read.Text);
            }
            else
            {
                for (var i = 0; i < read.Lines.Count; i++)
                {
                    var line = i == 0 ? Join(carry, read.Lines[0].Text) : read.Lines[i].Text;
                    if (content.Add(WhitespaceCollapser.Collapse(line), label))
                    {
                        label = null;
                    }
                }

                carry = null;
            }

            if (!read.TextBoxesFirst)
            {
                AddTextBoxes(read, content, pageNumbersHidden, depth);
            }

            AddSidebars(read, content, pageNumbersHidden, depth);
        }

        AddCarry(content, ref carry);
    }

    private void AddTextBoxes(DocxParagraphContent read, CellContent content, bool pageNumbersHidden, int depth)
    {
        foreach (var box in read.TextBoxes)
        {
            Read(box, content, pageNumbersHidden, depth + 1);
        }
    }

    /// <summary>A sidebar floating in a cell is read after the cell's paragraph it is anchored in.</summary>
    private void AddSidebars(DocxParagraphContent read, CellContent content, bool pageNumbersHidden, int depth)
    {
        foreach (var box in read.Sidebars)
        {
            Read(box, content, pageNumbersHidden, depth + 1);
        }
    }

    private static void AddCarry(CellContent content, ref string? carry)
    {
        if (carry is not null)
        {
            content.Add(WhitespaceCollapser.Collapse(carry), null);
            carry = null;
        }
    }

    private static string Join(string? carry, string text) => carry is null ? text : carry + text;

    private XElement? FirstParagraph(XElement cell, int depth) => BlockContent(cell, depth).FirstOrDefault(e => e.Name == ParagraphElement);

    /// <summary>Paragraphs and tables of a container, looking through content controls and custom XML.</summary>
    private IEnumerable<XElement> BlockContent(XElement container, int depth) => Unwrap(container, depth, e => e.Name == ParagraphElement || e.Name == TableElement);

    private IEnumerable<XElement> Rows(XElement container, int depth) => Unwrap(container, depth, e => e.Name == RowElement);

    private IEnumerable<XElement> Cells(XElement container, int depth) => Unwrap(container, depth, e => e.Name == CellElement);

    /// <summary>The children of <paramref name="container"/> that match, looking through content-control and custom-XML wrappers.</summary>
    private IEnumerable<XElement> Unwrap(XElement container, int depth, Func<XElement, bool> match)
    {
        foreach (var child in container.Elements())
        {
            if (match(child))
            {
                yield return child;
            }
            else if (IsWrapper(child) && !ShowsPlaceholder(child))
            {
                guard.Check(depth + 1, "content controls");
                foreach (var inner in Unwrap(child, depth + 1, match))
                {
                    yield return inner;
                }
            }
        }
    }
}
