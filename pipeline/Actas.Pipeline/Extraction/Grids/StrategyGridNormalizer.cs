using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// Tables whose labels run across the first row, one goal per row:
/// <code>
/// Estrategia | Meta                       | Indicador | Instancia ejecutora | Informe | Retroalimentación
/// 516        | 516.1 Se investigan…       | …         | PGJ                 | …       | …
/// </code>
/// are rewritten, row by row, into the label | value rows the strategy interpreter reads
/// ("Estrategia 516", "Meta | 516.1 Se investigan…", "Informe | …"), each value keeping its
/// cell's provenance. A strategy column that changes value opens a new strategy; a full-width
/// row ("Estrategia 517. …") passes through unchanged, as does every other table.
/// </summary>
public static partial class StrategyGridNormalizer
{
    private static readonly IReadOnlyList<(PhraseSet Phrases, StrategyColumn Field)> Vocabulary =
    [
        (ActaVocabulary.StrategyColumn, StrategyColumn.Strategy),
        (ActaVocabulary.GoalIdColumn, StrategyColumn.GoalId),
        (ActaVocabulary.Goal, StrategyColumn.Goal),
        (ActaVocabulary.GoalDescriptionColumn, StrategyColumn.Description),
        (ActaVocabulary.Indicator, StrategyColumn.Indicator),
        (ActaVocabulary.Executor, StrategyColumn.Executor),
        (ActaVocabulary.StatusLabel, StrategyColumn.Status),
        (ActaVocabulary.StatusQuestion, StrategyColumn.Status),
        (ActaVocabulary.Report, StrategyColumn.Report),
        (ActaVocabulary.Feedback, StrategyColumn.Feedback),
        (ActaVocabulary.Observation, StrategyColumn.Observation),
        (ActaVocabulary.RemarkAuthorColumn, StrategyColumn.Speaker),
    ];

    /// <summary>The canonical label written into the rewritten rows for each column.</summary>
    private static readonly Dictionary<StrategyColumn, string> Labels = new()
    {
        [StrategyColumn.Goal] = "Meta",
        [StrategyColumn.Indicator] = "Indicador",
        [StrategyColumn.Executor] = "Instancia ejecutora",
        [StrategyColumn.Status] = "Estado del reporte",
        [StrategyColumn.Report] = "Informe",
        [StrategyColumn.Feedback] = "Retroalimentación",
        [StrategyColumn.Observation] = "Observaciones",
    };

    public static IReadOnlyList<Row> Normalize(IReadOnlyList<Row> rows, List<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows = TimelineRows.Rewrite(AgendaItemStrategies.Rewrite(rows));
        rows = SplitRowJoiner.Join(rows, cells => Read(cells) is { } map ? map.ColumnOf(StrategyColumn.GoalId) ?? map.ColumnOf(StrategyColumn.Goal) : null);
        rows = ExecutorColumnGrid.Rewrite(StrategyLabelLine.Join(rows).SelectMany(NestedTableSplitter.Split).ToList(), warnings);
        var output = new List<Row>(rows.Count);
        HeaderRowMap<StrategyColumn>? header = null;
        int? headerTable = null;
        string? strategy = null;
        foreach (var row in rows)
        {
            if (row.Table is null || row.Table != headerTable)
            {
                header = null;
                headerTable = null;
                strategy = null;
            }

            var cells = row.NonEmpty.ToList();
            if (header is not null && cells.Count == 1 && SectionDetector.Classify(row) is not null)
            {
                // "IV. ACUERDOS" as a band row of the same table (a whole acta in one table): the goal grid ends here.
                header = null;
                headerTable = null;
                strategy = null;
            }

            if (row.Table is not null && cells.Count >= 3 && Read(cells) is null && StrategySegmenter.Start(row with { Cells = [cells[0]] }) is not null &&
                Read(cells.Skip(1).ToList()) is { } beside)
            {
                // "Estrategia: ¶ 142 ¶ Ampliar… | Meta | Instancia ejecutora | Informe | …": the strategy's cell and the header of its
                // goal grid in one row (the nested grid of a Word cell, printed to PDF as columns of the outer row).
                output.Add(row with { Cells = [cells[0]] });
                header = beside;
                headerTable = row.Table;
                strategy = null;
                continue;
            }

            if (row.Table is not null && cells.Count >= 2 && Read(cells) is { } found)
            {
                header = found;
                headerTable = row.Table;
                continue; // the header row itself carries no content; a repeat on a new page neither
            }

            if (header is null && (LabelledStrategy(row, cells) ?? NumberedBand(row, cells, rows)) is { } strategyRow)
            {
                output.Add(strategyRow);
                continue;
            }

            if (header is null)
            {
                output.AddRange(LabelledCellSplitter.Split(GoalIdCard.Rewrite(row)));
                continue;
            }

            if (cells.Count < 2 || StrategyLabels.Read(cells[0].Text) is { Field: not StrategyField.Goal })
            {
                // "Retroalimentación | …" merged across the grid below its goal rows: a labelled row, not a goal.
                output.Add(row);
                continue;
            }

            output.AddRange(Rewrite(row, header, ref strategy, warnings));
        }

        return output;
    }

    /// <summary>
    /// A label column with one column per goal names the strategy in a row of its own:
    /// "Estrategia | 548. Garantizar…" becomes the heading "Estrategia 548. Garantizar…"; so does a
    /// typed form's "ESTRATEGIA &lt;tab&gt; 231" line.
    /// </summary>
    private static Row? LabelledStrategy(Row row, IReadOnlyList<RowCell> cells)
    {
        if (cells.Count != 2 || !ActaVocabulary.StrategyColumn.IsWhole(cells[0].Text.Trim().TrimEnd(':')))
        {
            return null;
        }

        var heading = "Estrategia " + cells[1].Text.Trim();
        var candidate = row with { Cells = [cells[1] with { Paragraphs = [heading] }] };
        return StrategySegmenter.Start(candidate) is null ? null : candidate;
    }

    /// <summary>
    /// A band row that names a strategy by its number alone, "368 – Garantizar el acceso…", opens that
    /// strategy when the same table goes on with its goals (368.1, 368.2).
    /// </summary>
    private static Row? NumberedBand(Row row, IReadOnlyList<RowCell> cells, IReadOnlyList<Row> rows)
    {
        if (row.Table is null || cells.Count != 1 || NumberedTitle().Match(cells[0].Text.Trim()) is not { Success: true } m)
        {
            return null;
        }

        var number = m.Groups["n"].Value;
        var goalsFollow = rows
            .SkipWhile(r => !ReferenceEquals(r, row)).Skip(1)
            .TakeWhile(r => r.Table == row.Table)
            .Any(r => r.NonEmpty.Any(c => GoalId().Matches(c.Text).Any(g => g.Groups["n"].Value == number)));
        if (!goalsFollow)
        {
            return null;
        }

        var heading = "Estrategia " + cells[0].Text.Trim();
        var candidate = row with { Cells = [cells[0] with { Paragraphs = [heading] }] };
        return StrategySegmenter.Start(candidate) is null ? null : candidate;
    }

    [GeneratedRegex(@"^(?<n>\d{3})\s*[–—\-.:]\s*\p{L}")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"\b(?<n>\d{3})\.\d{1,2}\b")]
    private static partial Regex GoalId();

    /// <summary>The parts of a header cell that names several fields: "Estrategia / meta", "Estrategia y meta".</summary>
    [GeneratedRegex(@"\s*(?:/|,|;|\s+y\s+|\s+e\s+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderParts();

    [GeneratedRegex(@"^avances?(?: de (?:la )?meta)?$")]
    private static partial Regex BareProgress();

    [GeneratedRegex(@"^meta\s*(?=\d{3}\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex GoalLabel();

    /// <summary>True when the cells read as the header of a goal-per-row grid ("Estrategia | Meta | Indicador | …").</summary>
    public static bool IsHeader(IReadOnlyList<RowCell> cells) => Read(cells) is not null;

    /// <summary>What each column of a goal grid's header row holds, as this normalizer reads it; null for a row that is no such header.</summary>
    public static IReadOnlyCollection<StrategyColumn>? HeaderColumns(IReadOnlyList<RowCell> cells) => Read(cells)?.Columns.Values.ToHashSet();

    private static HeaderRowMap<StrategyColumn>? Read(IReadOnlyList<RowCell> cells)
    {
        var map = HeaderRowMap<StrategyColumn>.Read(cells, Vocabulary, minimum: 2, ActaVocabulary.IgnorableColumn, strict: true);
        if (map?.ColumnOf(StrategyColumn.Description) is { } description)
        {
            // "Meta | Descripción | Indicador | …": the Meta column holds the ids, the description the goal's text.
            // A description with no Meta beside it ("Descripción | Responsable") is some other table.
            if (map.ColumnOf(StrategyColumn.Goal) is not { } ids)
            {
                return null;
            }

            map = map.With(ids, StrategyColumn.GoalId).With(description, StrategyColumn.Goal);
        }

        // "Avance | Informe" side by side, no status column: the bare "Avance" holds the state (✔, "Sin avance"), the
        // "Informe" the report.
        if (map is not null && map.ColumnOf(StrategyColumn.Status) is null &&
            map.Columns.Where(c => c.Value == StrategyColumn.Report).Select(c => c.Key).ToList() is [_, _] reports &&
            reports.FirstOrDefault(c => cells.FirstOrDefault(x => x.Column == c) is { } cell && BareProgress().IsMatch(TextFold.Key(cell.Text)), -1) is var progress and >= 0)
        {
            map = map.With(progress, StrategyColumn.Status);
        }

        // "¿Informe? | Lo que se informó" (blind batch R, R4: a goal table pasted from Excel): of two report columns, the one
        // asked as a question holds the yes/no answer, the other the report.
        if (map is not null && map.ColumnOf(StrategyColumn.Status) is null &&
            map.Columns.Where(c => c.Value == StrategyColumn.Report).Select(c => c.Key).ToList() is [_, _] asked &&
            asked.Where(c => cells.FirstOrDefault(x => x.Column == c) is { } cell && cell.Text.TrimEnd().EndsWith('?')).ToList() is [var question])
        {
            map = map.With(question, StrategyColumn.Status);
        }

        // "Estrategia / meta | Indicador / responsable | Informe presentado | …" (blind batch V, V2): a column named for the strategy
        // and its goal holds the goal ("Meta 131.1 ¶ text"), the strategy standing in full-width bands above its goals.
        if (map?.ColumnOf(StrategyColumn.Strategy) is { } both && map.ColumnOf(StrategyColumn.Goal) is null && map.ColumnOf(StrategyColumn.GoalId) is null &&
            cells.FirstOrDefault(c => c.Column == both) is { } bothCell &&
            HeaderParts().Split(bothCell.Text.Trim().TrimEnd(':', '.')) is { Length: >= 2 } parts && parts.Any(p => ActaVocabulary.Goal.IsWhole(p.Trim())))
        {
            map = map.With(both, StrategyColumn.Goal);
        }

        // A goal per row needs a goal or a report column; "Indicador | Instancia" alone is not such a table.
        return map is not null && map.Columns.Values.Any(f => f is StrategyColumn.Goal or StrategyColumn.GoalId or StrategyColumn.Report) ? map : null;
    }

    private static IEnumerable<Row> Rewrite(Row row, HeaderRowMap<StrategyColumn> header, ref string? strategy, List<string>? warnings)
    {
        var rewritten = new List<Row>();
        RowCell? Cell(StrategyColumn field) =>
            header.ColumnOf(field) is { } column ? row.Cells.FirstOrDefault(c => c.Column <= column && column < c.Column + c.Span && !c.IsEmpty) : null;

        if (Cell(StrategyColumn.Strategy) is { } strategyCell)
        {
            var text = strategyCell.Text.Trim();
            var heading = StrategySegmenter.Start(new Row([strategyCell with { Paragraphs = [text] }], row.Location, null, true, row.Role)) is not null
                ? text
                : "Estrategia " + text;
            if (StrategySegmenter.Start(new Row([new RowCell(strategyCell.Column, 1, [heading])], row.Location, null, true, row.Role)) is null)
            {
                warnings?.Add($"table at block {row.Location.Block}, row {row.Location.Row}: strategy column holds \"{Shorten(text)}\", not a strategy number; row read under the previous strategy");
            }
            else if (!string.Equals(heading, strategy, StringComparison.Ordinal))
            {
                strategy = heading;
                rewritten.Add(row with { Cells = [new RowCell(strategyCell.Column, strategyCell.Span, [heading])] });
            }
        }

        var goalId = Cell(StrategyColumn.GoalId)?.Text.Trim();
        var goal = Cell(StrategyColumn.Goal);
        // "Meta 118.1 ¶ Los entes públicos…" in the Meta column: the label is the column's, the value starts at the id.
        var goalText = GoalLabel().Replace(string.Join(' ', new[] { goalId, goal?.Text.Trim() }.Where(t => !string.IsNullOrEmpty(t))), "");
        var goalColumn = goal?.Column ?? header.ColumnOf(StrategyColumn.Goal) ?? header.ColumnOf(StrategyColumn.GoalId) ?? 0;
        if (goal is not null && goalId is null && LabelledCellSplitter.IsFicha(goal))
        {
            // "Meta 204.1: …" ¶ "Indicador: …" ¶ "Responsable: …" in the goal column: each paragraph opens its field.
            rewritten.AddRange(LabelledCellSplitter.Split(row with { Cells = [goal] }));
        }
        else if (header.ColumnOf(StrategyColumn.Goal) is not null || header.ColumnOf(StrategyColumn.GoalId) is not null)
        {
            // Every row is one goal, even one whose Meta cell is empty. Without a goal column the
            // rows report on the goals named before the table.
            rewritten.Add(row with { Cells = [new RowCell(goalColumn, 1, ["Meta"]), new RowCell(goalColumn, 1, goalText.Length == 0 ? [] : [goalText])] });
        }

        foreach (var (field, label) in Labels)
        {
            if (field == StrategyColumn.Goal || Cell(field) is not { } cell)
            {
                continue;
            }

            rewritten.Add(row with { Cells = [new RowCell(cell.Column, 1, [label]), cell with { Span = 1 }] });
        }

        return rewritten;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
