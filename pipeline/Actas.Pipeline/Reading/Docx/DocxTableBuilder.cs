using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

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
    public Table Build(W.Table table, int block, int? page)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableRow>();
        var columns = table.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().Count() ?? 0;
        foreach (var row in Rows(table))
        {
            var cells = Cells(row).ToList();
            var breakBefore = cells.Count > 0 && FirstParagraph(cells[0]) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);
            if (breakBefore && page is not null && rows.Count > 0)
            {
                page++;
            }

            var column = LenientValues.Int(row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val, 0, MaxColumns) ?? 0;
            var built = new List<TableCell>();
            foreach (var cell in cells)
            {
                var properties = cell.TableCellProperties;
                var span = LenientValues.Int(properties?.GridSpan?.Val, 1, MaxColumns) ?? 1;
                if (properties?.HorizontalMerge?.Val?.InnerText == "continue" && built.Count > 0)
                {
                    built[^1] = built[^1] with { ColumnSpan = built[^1].ColumnSpan + span };
                    column += span;
                    continue;
                }

                var continues = properties?.VerticalMerge is { } merge && merge.Val?.InnerText is null or "continue";
                built.Add(new TableCell(column, span, continues ? [] : CellParagraphs(cell), continues));
                column += span;
            }

            column += LenientValues.Int(row.TableRowProperties?.GetFirstChild<W.GridAfter>()?.Val, 0, MaxColumns) ?? 0;
            columns = Math.Clamp(Math.Max(columns, column), 0, MaxColumns * 2);
            rows.Add(new TableRow(built, page, breakBefore));
        }

        return new Table(rows, columns, SpansKnown: true, new SourceLocation(page, block));
    }

    /// <summary>Whether the table's first row starts on a new page (<c>pageBreakBefore</c> on its first paragraph).</summary>
    public bool StartsWithPageBreak(W.Table table) =>
        Rows(table).FirstOrDefault() is { } row && Cells(row).FirstOrDefault() is { } cell &&
        FirstParagraph(cell) is { } first && DocxParagraphFormat.PageBreakBefore(first, styles);

    /// <summary>Page the table ends on, for the walker's running count.</summary>
    public static int? LastPage(Table table, int? page) => table.Rows.Count > 0 ? table.Rows[^1].Page : page;

    private List<string> CellParagraphs(W.TableCell cell)
    {
        var paragraphs = new List<string>();
        foreach (var child in BlockContent(cell))
        {
            if (child is W.Paragraph paragraph)
            {
                foreach (var line in DocxParagraphText.Lines(paragraph))
                {
                    var text = WhitespaceCollapser.Collapse(line.Text);
                    if (text.Length > 0)
                    {
                        paragraphs.Add(text);
                    }
                }
            }
            else if (child is W.Table nested)
            {
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

    private static W.Paragraph? FirstParagraph(W.TableCell cell) => BlockContent(cell).OfType<W.Paragraph>().FirstOrDefault();

    /// <summary>Paragraphs and tables of a container, looking through content controls and custom XML.</summary>
    private static IEnumerable<OpenXmlElement> BlockContent(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.SdtBlock or W.CustomXmlBlock or W.SdtContentBlock)
            {
                foreach (var inner in BlockContent(child))
                {
                    yield return inner;
                }
            }
            else if (child is W.Paragraph or W.Table)
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<W.TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableRow row)
            {
                yield return row;
            }
            else if (child is W.SdtRow or W.CustomXmlRow or W.SdtContentRow)
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<W.TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is W.TableCell cell)
            {
                yield return cell;
            }
            else if (child is W.SdtCell or W.CustomXmlCell or W.SdtContentCell)
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }
}
