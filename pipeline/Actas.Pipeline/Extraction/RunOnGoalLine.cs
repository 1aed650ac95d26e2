using System.Globalization;
using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A strategy's heading that runs on into its first goal's line: "Estrategia 671 — Prevenir la violencia … concesionado 671.1 ·
/// Realizar operativos …" (blind batch T, T5's PDF: a Google Docs heading 2 over a heading 3 with no "Meta", set so close that
/// the PDF reads them as one paragraph). The goal id of this very strategy, set off as a goal line opens (a middle dot or a
/// dash, or a capital after it), starts a paragraph of its own; the title ends before it.
/// </summary>
public static partial class RunOnGoalLine
{
    public static IReadOnlyList<Row> Split(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is not { Table: null, IsSingle: true } || StrategySegmenter.Start(row) is not { Title: { } title } start)
            {
                result?.Add(row);
                continue;
            }

            var text = row.Text.Trim();
            if (Goal(text, start.Number, title) is not { } goal)
            {
                result?.Add(row);
                continue;
            }

            // "… riesgo.- META 614.1.- Realizar …" (blind batch L, L3's PDF): a goal label before the id goes with the goal.
            var cut = goal.Index;
            var label = text[..cut].TrimEnd().LastIndexOf(' ');
            if (label > 0 && StrategyLabels.Read(text[(label + 1)..]) is { Field: StrategyField.Goal })
            {
                cut = label;
            }

            result ??= [.. rows.Take(i)];
            result.Add(row with { Cells = [new RowCell(0, 1, [text[..cut].TrimEnd()])], SoftLines = null });
            result.Add(row with { Cells = [new RowCell(0, 1, [text[(cut + 1)..].Trim()])], SoftLines = null });
        }

        return result ?? rows;
    }

    /// <summary>The id of the goal a strategy's heading runs on into ("Estrategia 375. Promover… Meta 375.1. Impartir…" → "375.1"), or null.</summary>
    public static string? GoalIn(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row is { Table: null, IsSingle: true } && StrategySegmenter.Start(row) is { Title: { } title } start
            ? Goal(row.Text.Trim(), start.Number, title)?.Groups["id"].Value
            : null;
    }

    /// <summary>The goal line of strategy <paramref name="number"/> inside its heading's title, or null.</summary>
    private static Match? Goal(string text, int number, string title)
    {
        var id = number.ToString(CultureInfo.InvariantCulture);
        return GoalLine().Matches(text).FirstOrDefault(m => m.Groups["id"].Value.StartsWith(id + ".", StringComparison.Ordinal) && m.Index > text.Length - title.Length);
    }

    /// <summary>A goal id after a space, a middle dot or a dash setting it off if any, then a capital: " 671.1 · Realizar".</summary>
    [GeneratedRegex(@"\s(?<id>\d{3}\.\d{1,2})\.?(?:\s*[·•—–-])?\s+(?=\p{Lu})")]
    private static partial Regex GoalLine();
}
