namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A cell holding a nested table beside cells of its own, the way minutes group people by body:
/// <code>
/// Secretaría de Cultura | Iván Robledo Cano | Coordinador de Patrimonio     (a nested table of two rows
///                       | Ana Sofía Trejo Valle | Enlace                     in the second cell)
/// </code>
/// The readers flatten a nested table into one paragraph per nested row, its cells joined by " | ". Each nested
/// row becomes a row of the outer table: the nested cells take the holding cell's place (its column, then the
/// next ones) and the other cells are repeated, as a cell merged down over the nested rows would be.
/// </summary>
public static class NestedRows
{
    private const string CellSeparator = " | ";

    public static IEnumerable<Row> Expand(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.NonEmpty.ToList();
        if (row.Table is null || cells.Count < 2)
        {
            return [row];
        }

        var holders = cells.Where(IsNestedTable).ToList();
        if (holders.Count != 1)
        {
            return [row];
        }

        var holder = holders[0];
        var nestedRows = holder.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Split(CellSeparator)).ToList();
        var widest = nestedRows.Max(r => r.Length);
        return nestedRows.Select(parts => row with
        {
            Cells =
            [
                .. row.Cells.Where(c => c.Column < holder.Column),
                .. parts.Select((p, i) => new RowCell(holder.Column + i, 1, [p.Trim()])),
                .. row.Cells.Where(c => c.Column > holder.Column).Select(c => c with { Column = c.Column + widest - 1 }),
            ],
        });
    }

    /// <summary>Every non-empty paragraph of the cell is a nested row of at least two cells.</summary>
    private static bool IsNestedTable(RowCell cell) =>
        cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: >= 1 } paragraphs
        && paragraphs.All(p => p.Split(CellSeparator) is { Length: >= 2 } parts && parts.All(part => !string.IsNullOrWhiteSpace(part)));
}
