using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using System.Xml.Linq;
using static Actas.Pipeline.Reading.Docx.WordNames;

namespace Actas.Pipeline.Reading.Docx;

/// <summary>
/// Turns a <c>w:tbl</c> into a <see cref="Table"/> on its column grid: <c>gridBefore</c> and
/// <c>gridSpan</c> place cells, <c>vMerge</c> continuations become empty cells with
/// <see cref="TableCell.ContinuesAbove"/>, breaks inside a cell paragraph split it, and nested
/// tables become one paragraph per nested row with cells joined by " | ".
/// A row whose first paragraph has <c>pageBreakBefore</c> gets <see cref="TableRow.AfterBreak"/>.
/// </summary>
public sealed class DocxTableBuilder(DocxStyles styles)
{
    /// <summary>Word allows 63 columns; larger spans are damage and are clamped.</summary>
    private const int MaxColumns = 63;

    /// <param name="page">Page the table starts on, or null when the document has no explicit page breaks.</param>
    public Table Build(XElement table, int block, int? page)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableRow>();
        var columns = table.Element(TableGrid)?.Elements(GridColumn).Count() ?? 0;
        foreach (var row in Rows(table))
        {
            var cells = Cells(row).ToList();
            var breakBefore = cells.Count > 0 && FirstParagraph(cells[0]) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);
            if (breakBefore && page is not null && rows.Count > 0)
            {
                page++;
            }

            var column = LenientValues.Int(ChildVal(row.Element(TableRowProperties), GridBefore), 0, MaxColumns) ?? 0;
            var built = new List<TableCell>();
            foreach (var cell in cells)
            {
                var properties = cell.Element(TableCellProperties);
                var span = LenientValues.Int(ChildVal(properties, GridSpan), 1, MaxColumns) ?? 1;
                if (ChildVal(properties, HorizontalMerge) == "continue" && built.Count > 0)
                {
                    built[^1] = built[^1] with { ColumnSpan = built[^1].ColumnSpan + span };
                    column += span;
                    continue;
                }

                var continues = properties?.Element(VerticalMerge) is { } merge && merge.Attribute(Val)?.Value is null or "continue";
                built.Add(new TableCell(column, span, continues ? [] : CellParagraphs(cell), continues));
                column += span;
            }

            column += LenientValues.Int(ChildVal(row.Element(TableRowProperties), GridAfter), 0, MaxColumns) ?? 0;
            columns = Math.Clamp(Math.Max(columns, column), 0, MaxColumns * 2);
            rows.Add(new TableRow(built, page, breakBefore));
        }

        return new Table(rows, columns, SpansKnown: true, new SourceLocation(page, block));
    }

    /// <summary>Whether the table's first row starts on a new page (<c>pageBreakBefore</c> on its first paragraph).</summary>
    public bool StartsWithPageBreak(XElement table) =>
        Rows(table).FirstOrDefault() is { } row && Cells(row).FirstOrDefault() is { } cell &&
        FirstParagraph(cell) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);

    /// <summary>Page the table ends on, for the walker's running count.</summary>
    public static int? LastPage(Table table, int? page) => table.Rows.Count > 0 ? table.Rows[^1].Page : page;

    private List<string> CellParagraphs(XElement cell)
    {
        var paragraphs = new List<string>();
        foreach (var child in BlockContent(cell))
        {
            if (child.Name == ParagraphElement)
            {
                var paragraph = child;
                foreach (var line in DocxParagraphText.Lines(paragraph))
                {
                    var text = WhitespaceCollapser.Collapse(line.Text);
                    if (text.Length > 0)
                    {
                        paragraphs.Add(text);
                    }
                }
            }
            else
            {
                var nested = child;
                foreach (var row in Rows(nested))
                {
                    var texts = Cells(row).Select(c => string.Join(' ', CellParagraphs(c))).Where(t => t.Length > 0);
                    var joined = string.Join(" | ", texts);
                    if (joined.Length > 0)
                    {
                        paragraphs.Add(joined);
                    }
                }
            }
        }

        return paragraphs;
    }

    private static XElement? FirstParagraph(XElement cell) => BlockContent(cell).FirstOrDefault(e => e.Name == ParagraphElement);

    /// <summary>Paragraphs and tables of a container, looking through content controls and custom XML.</summary>
    private static IEnumerable<XElement> BlockContent(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (IsWrapper(child))
            {
                foreach (var inner in BlockContent(child))
                {
                    yield return inner;
                }
            }
            else if (child.Name == ParagraphElement || child.Name == TableElement)
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<XElement> Rows(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == RowElement)
            {
                yield return child;
            }
            else if (IsWrapper(child))
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<XElement> Cells(XElement container)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == CellElement)
            {
                yield return child;
            }
            else if (IsWrapper(child))
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
