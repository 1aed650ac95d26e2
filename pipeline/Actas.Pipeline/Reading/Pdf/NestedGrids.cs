using Actas.Pipeline.Layout;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Reading.Pdf;

/// <summary>
/// A ruled table drawn inside a cell of another (blind batch T, T4: a transparency portal's minuta as one rubric table whose
/// "Acuerdos" cell holds a "No. | Acuerdo | Responsable | Fecha límite" table). Filled as a grid of its own, the outer cell
/// would take its words and interleave the lines of its side-by-side cells ("1 El Instituto … remitirá la carta Instituto de
/// Educación 29/03/2019 descriptiva de …"). The nested grid is filled first and handed to its cell as the Word reader hands a
/// nested table over: one paragraph per nested row, its cells joined by " | ", in its place among the cell's lines.
/// </summary>
public static class NestedGrids
{
    private const string CellSeparator = " | ";

    /// <summary>How far (pt) a nested grid may reach past its cell's edges.</summary>
    private const double Slack = 1;

    /// <summary>The grids drawn inside a cell of another grid: at least two rows and two columns (not a form field's box).</summary>
    public static List<PdfGrid> Of(IReadOnlyList<PdfGrid> grids)
    {
        ArgumentNullException.ThrowIfNull(grids);
        return [.. grids.Where(g => g.ColumnCount >= 2 && g.RowCount >= 2 && grids.Any(o => !ReferenceEquals(o, g) && o.Cells.Any(c => Holds(c.Box, g.Box))))];
    }

    /// <summary>The nested table's box lies within <paramref name="cell"/>.</summary>
    public static bool Holds(BoundingBox cell, BoundingBox nested) =>
        nested.Left >= cell.Left - Slack && nested.Right <= cell.Right + Slack && nested.Bottom >= cell.Bottom - Slack && nested.Top <= cell.Top + Slack;

    /// <summary>One paragraph per nested row with text, its non-empty cells joined by " | " (a cell's wrapped lines joined by spaces).</summary>
    public static IEnumerable<string> Paragraphs(Table nested)
    {
        ArgumentNullException.ThrowIfNull(nested);
        foreach (var row in nested.Rows)
        {
            var cells = row.Cells.Where(c => !c.ContinuesAbove).Select(c => string.Join(' ', c.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())))
                .Where(c => c.Length > 0).ToList();
            if (cells.Count > 0)
            {
                yield return string.Join(CellSeparator, cells);
            }
        }
    }
}
