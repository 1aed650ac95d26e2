using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A grid whose COLUMNS are the executors, one goal per column, for the whole session
/// (blind batch C, BC4, a landscape section):
/// <code>
/// Estrategia            | Rubro         | SEDEMA           | SACMEX | PAOT
/// 271. Restaurar…       | Meta          | 271.1 Se refor…  | —      | 271.2 Se atienden…
///   (merged down)       | Indicador     | Hectáreas…       | —      | Porcentaje…
///                       | Informe       | Se reforestaron… | —      | Pendiente
///                       | Retroalimentación | …            | —      | …
/// </code>
/// Each strategy band (the rows under one strategy cell) becomes the heading "Estrategia 271. Restaurar…"
/// and, for every column whose Meta cell holds a goal, label | value rows ("Meta | 271.1 …",
/// "Instancia ejecutora | SEDEMA", "Informe | …") in the column's order; a column with "—" (or nothing)
/// under Meta has no goal in that strategy. Other tables pass through unchanged.
/// </summary>
public static class ExecutorColumnGrid
{
    private const int MinimumExecutors = 2;

    /// <summary>
    /// Rewrites every table of <paramref name="rows"/> laid out this way; other rows pass through. A PDF
    /// gives one table per page: a next table that opens with the same header row (Word's repeated header)
    /// continues the grid, and the lines between the two (footnotes) follow the grid.
    /// </summary>
    public static IReadOnlyList<Row> Rewrite(IReadOnlyList<Row> rows, List<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var output = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count;)
        {
            var end = TableEnd(rows, i);
            if (end == i)
            {
                output.Add(rows[i++]);
                continue;
            }

            var grid = rows.Skip(i).Take(end - i).ToList();
            if (grid.FirstOrDefault(r => !r.IsEmpty) is not { } first || Header(first) is not { } header)
            {
                output.AddRange(grid);
                i = end;
                continue;
            }

            var between = new List<Row>();
            for (var next = end; next < rows.Count; next++)
            {
                if (rows[next].Table is null)
                {
                    continue;
                }

                var nextEnd = TableEnd(rows, next);
                if (rows.Skip(next).Take(nextEnd - next).FirstOrDefault(r => !r.IsEmpty) is not { } opening || !IsRepeatedHeader(opening, header))
                {
                    break;
                }

                between.AddRange(rows.Skip(end).Take(next - end));
                grid.AddRange(rows.Skip(next).Take(nextEnd - next));
                end = nextEnd;
                next = nextEnd - 1;
            }

            if (TryRead(grid, warnings) is { } read)
            {
                output.AddRange(read);
                output.AddRange(between);
            }
            else
            {
                output.AddRange(rows.Skip(i).Take(end - i));
            }

            i = end;
        }

        return output;
    }

    /// <summary>The index after the table that starts at <paramref name="start"/>; <paramref name="start"/> itself for a paragraph.</summary>
    private static int TableEnd(IReadOnlyList<Row> rows, int start)
    {
        if (rows[start].Table is not { } table)
        {
            return start;
        }

        var end = start;
        while (end < rows.Count && rows[end].Table == table)
        {
            end++;
        }

        return end;
    }

    /// <summary>The rows of one table rewritten, or null when the table is not an executor-column grid.</summary>
    public static IReadOnlyList<Row>? TryRead(IReadOnlyList<Row> table, List<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headerIndex = table.ToList().FindIndex(r => !r.IsEmpty);
        if (headerIndex < 0 || Header(table[headerIndex]) is not { } header)
        {
            return null;
        }

        var bands = Bands(table, headerIndex, header);
        if (bands.Count == 0 || !bands.Any(b => b.Rubrics.ContainsKey(StrategyField.Goal) && b.Rubrics.Keys.Any(f => f is StrategyField.Report or StrategyField.Feedback)))
        {
            return null;
        }

        var output = new List<Row>();
        foreach (var band in bands)
        {
            output.AddRange(Emit(band, header, warnings));
        }

        return output;
    }

    /// <summary>"Estrategia | Rubro | SEDEMA | SACMEX…": the strategy and rubric columns, then the executors.</summary>
    private sealed record HeaderCells(Row Row, int? StrategyColumn, int RubricColumn, IReadOnlyList<RowCell> Executors);

    private sealed record Band(Row First, string Strategy, Dictionary<StrategyField, (Row Row, Dictionary<int, RowCell> Cells)> Rubrics);

    private static HeaderCells? Header(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count < MinimumExecutors + 1)
        {
            return null;
        }

        var position = 0;
        int? strategyColumn = null;
        if (ActaVocabulary.StrategyColumn.IsWhole(Label(cells[0])))
        {
            strategyColumn = cells[0].Column;
            position = 1;
        }

        if (!ActaVocabulary.RubricColumn.IsWhole(Label(cells[position])))
        {
            return null;
        }

        var rubricColumn = cells[position].Column;
        var executors = cells.Skip(position + 1).ToList();
        // The other headers name bodies, not fields: "Meta | Informe" across the top is a goal-per-row table.
        if (executors.Count < MinimumExecutors || executors.Any(c => StrategyLabels.Read(c.Text) is not null || c.Text.Length > 120))
        {
            return null;
        }

        return new HeaderCells(row, strategyColumn, rubricColumn, executors);
    }

    private static string Label(RowCell cell) => cell.Text.Trim().TrimEnd(':', '.').Trim();

    private static List<Band> Bands(IReadOnlyList<Row> table, int headerIndex, HeaderCells header)
    {
        var bands = new List<Band>();
        Band? band = null;
        Dictionary<int, RowCell>? last = null;
        foreach (var row in table.Skip(headerIndex + 1))
        {
            var cells = row.NonEmpty.ToList();
            if (cells.Count == 0 || IsRepeatedHeader(row, header))
            {
                continue; // a header row repeated at the top of the next page
            }

            var strategyCell = header.StrategyColumn is { } sc ? cells.FirstOrDefault(c => Covers(c, sc) && !Covers(c, header.RubricColumn)) : null;
            var single = cells.Count == 1 && cells[0].Span > 1 ? cells[0] : null; // "Estrategia 271. …" across the grid
            if ((strategyCell ?? single) is { } opening)
            {
                band = new Band(row, opening.Text.Trim(), []);
                bands.Add(band);
                if (single is not null)
                {
                    continue;
                }
            }

            var rubric = cells.FirstOrDefault(c => Covers(c, header.RubricColumn));
            if (band is not null && rubric is null && strategyCell is null && last is { } previous)
            {
                Continue(previous, cells);
                continue;
            }

            if (band is null || rubric is null || RubricLabel(rubric) is not { } label)
            {
                continue;
            }

            var values = header.Executors.ToDictionary(e => e.Column, e => cells.FirstOrDefault(c => Covers(c, e.Column)) ?? new RowCell(e.Column, 1, []));
            if (band.Rubrics.TryAdd(label.Field, (row, values)))
            {
                last = values;
            }
        }

        return bands;
    }

    /// <summary>
    /// A row with neither strategy nor rubric holds the rest of the cells above it, cut by a page
    /// break ("…viajes de agua en pipa de manera" / "gratuita."): each piece joins its column's last paragraph.
    /// </summary>
    private static void Continue(Dictionary<int, RowCell> previous, IReadOnlyList<RowCell> cells)
    {
        foreach (var cell in cells)
        {
            var column = previous.Keys.FirstOrDefault(k => Covers(cell, k), -1);
            if (column < 0)
            {
                continue;
            }

            var above = previous[column].Paragraphs.ToList();
            var pieces = cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            if (above.Count > 0 && pieces.Count > 0)
            {
                above[^1] = above[^1].TrimEnd() + " " + pieces[0].Trim();
                pieces.RemoveAt(0);
            }

            previous[column] = previous[column] with { Paragraphs = [.. above, .. pieces] };
        }
    }

    /// <summary>
    /// The label of a rubric cell. A narrow rubric column in a PDF breaks a long label over two lines,
    /// "Retroalimentac" / "ión" (blind batch C, BC4): in that column only, the pieces are rejoined.
    /// </summary>
    private static StrategyLabels.Found? RubricLabel(RowCell cell)
    {
        if (StrategyLabels.Read(cell.Text) is { Rest.Length: 0 } label)
        {
            return label;
        }

        var joined = string.Concat(cell.Text.Where(c => !char.IsWhiteSpace(c)));
        return joined.Length < cell.Text.Trim().Length && StrategyLabels.Read(joined) is { Rest.Length: 0 } rejoined ? rejoined : null;
    }

    private static bool IsRepeatedHeader(Row row, HeaderCells header) =>
        row.NonEmpty.Select(c => c.Text.Trim()).SequenceEqual(header.Row.NonEmpty.Select(c => c.Text.Trim()), StringComparer.Ordinal);

    private static bool Covers(RowCell cell, int column) => cell.Column <= column && column < cell.Column + cell.Span;

    private static IEnumerable<Row> Emit(Band band, HeaderCells header, List<string>? warnings)
    {
        var heading = StrategyHeading(band, header);
        if (heading is null)
        {
            warnings?.Add($"table at block {band.First.Location.Block}, row {band.First.Location.Row}: strategy cell holds \"{Shorten(band.Strategy)}\", not a strategy number; its goals were not read");
            yield break;
        }

        yield return heading;
        if (!band.Rubrics.TryGetValue(StrategyField.Goal, out var goals))
        {
            yield break;
        }

        foreach (var executor in header.Executors)
        {
            var goal = goals.Cells[executor.Column];
            if (IsBlank(goal))
            {
                continue; // "—": this body has no goal in this strategy
            }

            yield return Labelled(goals.Row, goal, "Meta");
            yield return Labelled(header.Row, executor, "Instancia ejecutora");
            foreach (var (field, label) in Labels)
            {
                if (band.Rubrics.TryGetValue(field, out var rubric) && rubric.Cells[executor.Column] is { } cell
                    && (field == StrategyField.Report || !IsBlank(cell)))
                {
                    yield return Labelled(rubric.Row, cell, label);
                }
            }
        }
    }

    private static readonly (StrategyField Field, string Label)[] Labels =
    [
        (StrategyField.Indicator, "Indicador"),
        (StrategyField.Status, "Estado del reporte"),
        (StrategyField.Report, "Informe"),
        (StrategyField.Feedback, "Retroalimentación"),
        (StrategyField.Observation, "Observaciones"),
    ];

    private static Row? StrategyHeading(Band band, HeaderCells header)
    {
        var column = header.StrategyColumn ?? 0;
        foreach (var text in new[] { band.Strategy, "Estrategia " + band.Strategy })
        {
            var candidate = band.First with { Cells = [new RowCell(column, 1, [text])] };
            if (StrategySegmenter.Start(candidate) is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    private static Row Labelled(Row row, RowCell cell, string label) =>
        row with { Cells = [new RowCell(cell.Column, 1, [label]), cell with { Span = 1 }] };

    /// <summary>Empty, or only dashes and dots ("—", "-", "…").</summary>
    private static bool IsBlank(RowCell cell) => TextFold.Key(cell.Text).Length == 0;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
