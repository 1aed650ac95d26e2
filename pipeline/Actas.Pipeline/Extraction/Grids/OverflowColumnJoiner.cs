namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A goal grid printed too wide, "over, then down" (blind batch AC, AC6: a tracking matrix printed from a spreadsheet at 100 %):
/// the columns that fit go on one page ("No. | Estrategia | Meta | Descripción | Indicador" over the goals' rows), the rest on
/// the next ("Instancia ejecutora | Periodo | Informe | Situación" over the same rows), matched only by row order. A goal-grid
/// header with the goals' ids and no report column, followed on a later page, past at most a few short lines (the sheet's
/// footer), by a goal-grid header with a report or status column and no ids, naming none of the first's columns, both over
/// the same number of rows: the second's cells are set right of the first's, row by row, as one grid. Two whole grids one
/// after the other (a goal grid with its reports, then the agreements over as many rows; blind batch S, metro-03) are not.
/// </summary>
public static class OverflowColumnJoiner
{
    private const int MaxLinesBetween = 3;

    private const int MaxLineLength = 120;

    /// <param name="header">What the columns of a goal grid's header row hold (<see cref="StrategyGridNormalizer.HeaderColumns"/>), or null.</param>
    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows, Func<IReadOnlyList<RowCell>, IReadOnlyCollection<StrategyColumn>?> header)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(header);
        List<Row>? output = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Table is not { } left || (i > 0 && rows[i - 1].Table == left) || Partner(rows, i, header) is not { } right)
            {
                output?.Add(rows[i]);
                continue;
            }

            output ??= [.. rows.Take(i)];
            var width = rows.Skip(i).TakeWhile(r => r.Table == left).SelectMany(r => r.Cells).Max(c => c.Column + Math.Max(1, c.Span));
            for (var k = 0; k < right.Count; k++)
            {
                var extra = rows[right.Start + k].Cells.Select(c => c with { Column = c.Column + width - right.FirstColumn });
                output.Add(rows[i + k] with { Cells = [.. rows[i + k].Cells, .. extra] });
            }

            output.AddRange(right.Between);
            i = right.Start + right.Count - 1;
        }

        return output ?? rows;
    }

    /// <summary>The grid that carries on the columns of the grid starting at <paramref name="start"/>, or null.</summary>
    private static (int Start, int Count, List<Row> Between, int FirstColumn)? Partner(
        IReadOnlyList<Row> rows, int start, Func<IReadOnlyList<RowCell>, IReadOnlyCollection<StrategyColumn>?> header)
    {
        var left = rows[start].Table;
        var leftHeader = rows[start].NonEmpty.ToList();
        if (leftHeader.Count < 2 || header(leftHeader) is not { } leftColumns || !leftColumns.Contains(StrategyColumn.GoalId) ||
            leftColumns.Contains(StrategyColumn.Report) || leftColumns.Contains(StrategyColumn.Status))
        {
            return null;
        }

        var end = start;
        while (end < rows.Count && rows[end].Table == left)
        {
            end++;
        }

        var between = new List<Row>();
        var next = end;
        while (next < rows.Count && rows[next].Table is null && between.Count < MaxLinesBetween && rows[next].Text.Length <= MaxLineLength)
        {
            between.Add(rows[next]);
            next++;
        }

        if (end - start < 2 || next >= rows.Count || rows[next].Table is not { } right || right == left ||
            rows[next].Location.Page <= rows[end - 1].Location.Page)
        {
            return null;
        }

        var rightHeader = rows[next].NonEmpty.ToList();
        if (rightHeader.Count < 2 || header(rightHeader) is not { } rightColumns ||
            !(rightColumns.Contains(StrategyColumn.Report) || rightColumns.Contains(StrategyColumn.Status)) ||
            rightColumns.Contains(StrategyColumn.GoalId) || rightColumns.Contains(StrategyColumn.Goal) || rightColumns.Contains(StrategyColumn.Strategy))
        {
            return null;
        }

        var rightEnd = next;
        while (rightEnd < rows.Count && rows[rightEnd].Table == right)
        {
            rightEnd++;
        }

        var labels = leftHeader.Select(c => TextFold.Key(c.Text).Trim()).ToHashSet(StringComparer.Ordinal);
        if (rightEnd - next != end - start || rightHeader.Any(c => labels.Contains(TextFold.Key(c.Text).Trim())))
        {
            return null;
        }

        return (next, rightEnd - next, between, rows.Skip(next).Take(rightEnd - next).SelectMany(r => r.Cells).Min(c => c.Column));
    }
}
