using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// An attendance table with one box column per sector, the sector ticked in each row (blind batch V, V6: "Integrante |
/// Institución u organización | Asistió | IE | OSC | Otra | SE" over one ☒ per row, the abbreviations spelled out in a
/// legend below the table).
/// </summary>
public static class SectorBoxColumns
{
    /// <summary>
    /// The header's sector columns, each with the sector it names: a short cell naming no field (<paramref name="namesField"/>)
    /// but a sector, by the legend or as a sector heading would; two such columns at least, else none.
    /// </summary>
    public static IReadOnlyDictionary<int, Sector> Read(IReadOnlyList<RowCell> cells, IReadOnlyDictionary<string, Sector> legend, Func<string, bool> namesField)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(namesField);
        var boxes = new Dictionary<int, Sector>();
        foreach (var cell in cells.Where(c => !c.IsEmpty && c.Text.Trim().Length <= 30))
        {
            var text = cell.Text.Trim().TrimEnd(':', '.').Trim();
            var sector = legend.TryGetValue(text, out var spelled) ? spelled : SectorHeadings.Classify(text);
            if (sector is { } named && !namesField(text))
            {
                boxes.TryAdd(cell.Column, named);
            }
        }

        return boxes.Count >= 2 ? boxes : new Dictionary<int, Sector>();
    }

    /// <summary>The sector of the one ticked box among a row's sector columns; null when none or several are ticked.</summary>
    public static Sector? Ticked(Row row, IReadOnlyDictionary<int, Sector> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            return null;
        }

        var ticked = row.Cells.Where(c => columns.ContainsKey(c.Column) && CheckBoxes.Alone(c.Text) == true).Select(c => columns[c.Column]).Distinct().ToList();
        return ticked.Count == 1 ? ticked[0] : null;
    }
}
