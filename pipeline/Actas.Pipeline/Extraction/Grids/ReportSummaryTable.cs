using System.Text.RegularExpressions;
using Actas.Pipeline.Extraction.Vocabulary;
using Actas.Pipeline.Model;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A closing table that answers, goal by goal, whether each was reported (blind batch AG, AG3: "Resumen de informes" —
/// "Estrategia | Meta | Instancia ejecutora | ¿Presentó informe?" over "371 | 371.1 | … | Sí", "375 | 375.2 | … | No"; elsewhere
/// "¿Rindió informe?", "Informe entregado"): a goal column, a column of yes/no answers whose header speaks of the report
/// (<see cref="ActaVocabulary.ReportAnswerColumn"/>), no column of report text, and only goals the acta listed above it. It lists
/// no goals of its own: <see cref="Take"/> lifts it out of the rows with its answers, and <see cref="Apply"/> sets each answer on
/// the goal read: "No" → not reported, "Sí" with no report text found → reported. A report read in the acta always stands.
/// </summary>
public static partial class ReportSummaryTable
{
    /// <summary>The rows without the summary tables, and each goal's answer in them ("371.1" → Reported).</summary>
    public static (IReadOnlyList<Row> Rows, IReadOnlyDictionary<string, ReportStatus> Answers) Take(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var answers = new Dictionary<string, ReportStatus>(StringComparer.Ordinal);
        var lifted = new HashSet<int>();
        for (var start = 0; start < rows.Count; start++)
        {
            if (rows[start].Table is not { } table || (start > 0 && rows[start - 1].Table == table))
            {
                continue;
            }

            var end = start;
            while (end < rows.Count && rows[end].Table == table)
            {
                end++;
            }

            if (Answers(rows, start, end) is { Count: > 0 } found && found.Keys.All(Listed(rows, start).Contains))
            {
                foreach (var (id, status) in found)
                {
                    answers.TryAdd(id, status);
                }

                lifted.UnionWith(Enumerable.Range(start, end - start));
            }

            start = end - 1;
        }

        return lifted.Count == 0 ? (rows, answers) : (rows.Where((_, i) => !lifted.Contains(i)).ToList(), answers);
    }

    /// <summary>The goals with the table's answers set where no report text was read for them; each strategy's status again.</summary>
    public static IReadOnlyList<Strategy> Apply(IReadOnlyList<Strategy> strategies, IReadOnlyDictionary<string, ReportStatus> answers)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0)
        {
            return strategies;
        }

        return strategies.Select(s =>
        {
            var goals = s.Goals.Select(g => g is { Report: null, Id: { } id } && answers.TryGetValue(id, out var answer) ? g with { ReportStatus = answer } : g).ToList();
            return s with { Goals = goals, ReportStatus = StrategyMerger.StatusOf(goals) };
        }).ToList();
    }

    /// <summary>
    /// The answers of the table in rows [start, end): its first row (or second, under a title) names a goal column and an
    /// answer column and no report column; every row under it gives a goal id and a yes/no answer. Null for any other table.
    /// </summary>
    private static Dictionary<string, ReportStatus>? Answers(IReadOnlyList<Row> rows, int start, int end)
    {
        for (var header = start; header < Math.Min(end, start + 2); header++)
        {
            var cells = rows[header].NonEmpty.ToList();
            var goal = cells.FirstOrDefault(c => StrategyLabels.Read(c.Text) is { Field: StrategyField.Goal, Rest.Length: 0, GoalId: null });
            var answer = cells.FirstOrDefault(c => c != goal && ActaVocabulary.ReportAnswerColumn.IsWhole(c.Text));
            if (goal is null || answer is null || cells.Any(c => c != answer && StrategyLabels.Read(c.Text) is { Field: StrategyField.Report }))
            {
                continue;
            }

            var found = new Dictionary<string, ReportStatus>(StringComparer.Ordinal);
            for (var k = header + 1; k < end; k++)
            {
                if (rows[k].IsEmpty)
                {
                    continue;
                }

                var id = rows[k].NonEmpty.FirstOrDefault(c => Overlaps(c, goal)) is { } goalCell && GoalId().Match(goalCell.Text.Trim()) is { Success: true } m
                    ? m.Groups["id"].Value : null;
                var said = rows[k].NonEmpty.FirstOrDefault(c => Overlaps(c, answer)) is { Text.Length: <= 40 } answerCell ? ReportStatusReader.Read(answerCell.Text) : null;
                if (id is null || said is not { } status)
                {
                    return null;
                }

                found.TryAdd(id, status);
            }

            return found;
        }

        return null;
    }

    /// <summary>The goals listed before row <paramref name="end"/>: by a Meta label, in a strategy heading's run-on line, or as a grid row's leading id.</summary>
    private static HashSet<string> Listed(IReadOnlyList<Row> rows, int end)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < end; i++)
        {
            foreach (var cell in rows[i].NonEmpty)
            {
                if (StrategyLabels.Read(cell.Text) is { Field: StrategyField.Goal, GoalId: { } id })
                {
                    listed.Add(id);
                }
            }

            if (RunOnGoalLine.GoalIn(rows[i]) is { } runOn)
            {
                listed.Add(runOn);
            }

            if (rows[i].Table is not null && rows[i].NonEmpty.FirstOrDefault() is { } first && GoalId().Match(first.Text.Trim()) is { Success: true } lead)
            {
                listed.Add(lead.Groups["id"].Value);
            }
        }

        return listed;
    }

    private static bool Overlaps(RowCell cell, RowCell head) => cell.Column < head.Column + head.Span && head.Column < cell.Column + cell.Span;

    /// <summary>"371.1", "Meta 371.1", "371.1 Emitir gafetes…": a goal id opening a cell.</summary>
    [GeneratedRegex(@"^(?i:meta\s+)?(?<id>\d{3}\.\d{1,2})(?!\d)")]
    private static partial Regex GoalId();
}
