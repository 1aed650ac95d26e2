namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A header row ruled apart from the rows it names: a spreadsheet printed to PDF draws its frozen rows as one grid and the
/// rows below them as another (blind batch Q, Q4: "Estrategia | Meta | … | Quién observa" under a thick line, the goals in
/// a table of their own; "Nombre | Institución | Sector | Asistió" over the people). When a table's last row is a header
/// and the very next row opens another table whose columns reach every header column, that table's rows are given the
/// header's table, so each section maps its columns from the header as it does in one grid.
/// </summary>
public static class DetachedHeaderJoiner
{
    /// <param name="isHeader">Whether a row's non-empty cells read as a column header under some section's vocabulary.</param>
    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows, Func<IReadOnlyList<RowCell>, bool> isHeader)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(isHeader);
        var output = rows.ToList();
        for (var i = 0; i + 1 < output.Count; i++)
        {
            if (output[i] is not { Table: { } header } last || output[i + 1] is not { Table: { } body } next || body == header)
            {
                continue;
            }

            var cells = last.NonEmpty.ToList();
            var columns = output.Skip(i + 1).TakeWhile(r => r.Table == body).SelectMany(r => r.Cells).Select(c => c.Column).ToHashSet();
            if (cells.Count < 2 || !cells.All(c => columns.Contains(c.Column)) || !isHeader(cells) || isHeader(next.NonEmpty.ToList()))
            {
                continue;
            }

            for (var k = i + 1; k < output.Count && output[k].Table == body; k++)
            {
                output[k] = output[k] with { Table = header };
            }
        }

        return output;
    }
}
