using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction.Grids;

/// <summary>
/// A goal grid rebuilt from a PDF page's words may come out one text line per row, with empty rows between:
/// <code>
/// 190.1 ¶ Se incrementa el número…  | Consejería Jurídica…   | ☒ Reportó  | Se impartieron 8 cursos…
///                                   |                        |            |
/// con formación en                  |                        |            | a 164 personas
/// públicas capacitadas. ¶ 190.2 ¶ Se brinda… | Tribunal Superior… | ☐ Reportó | Se contrató a 3 intérpretes…
/// </code>
/// The goal column is the anchor: a row whose goal cell opens with a goal id ("190.2") starts a goal; the rows under it
/// until the next such row are its lines, joined cell by cell. A goal id further down a goal cell splits that row: the
/// lines above the id end the goal before, the row's other cells open the new one (their first line is the new goal's).
/// Only tables that carry a page box (rebuilt from a PDF) are joined: a Word table's rows are its author's.
/// </summary>
public static partial class SplitRowJoiner
{
    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows, Func<IReadOnlyList<RowCell>, int?> goalColumnOfHeader)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(goalColumnOfHeader);
        var output = new List<Row>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            output.Add(row);
            if (row.Table is null || row.Location.Box is null || goalColumnOfHeader(row.NonEmpty.ToList()) is not { } anchor)
            {
                continue;
            }

            // The goal rows end where the table goes on with something else: a label row ("Retroalimentación | …"), the next
            // strategy's band, a section heading or a header again (a whole acta laid out in one table).
            var end = i + 1;
            while (end < rows.Count && rows[end].Table == row.Table && !EndsGoalRows(rows[end], goalColumnOfHeader))
            {
                end++;
            }

            var body = rows.Skip(i + 1).Take(end - i - 1).ToList();
            if (Regroup(body, anchor) is { } joined)
            {
                output.AddRange(joined);
                i = end - 1;
            }
        }

        return output;
    }

    /// <summary>The body's rows grouped by goal, or null when the rows already are one per goal (or no goal anchors them).</summary>
    private static List<Row>? Regroup(List<Row> body, int anchor)
    {
        var starts = body.Count(r => IdParagraph(r, anchor) is not null);
        var lines = body.Count(r => !r.IsEmpty && IdParagraph(r, anchor) is null);
        if (starts < 2 || lines == 0 || body.Take(body.FindIndex(r => IdParagraph(r, anchor) is not null)).Any(r => !r.IsEmpty))
        {
            return null;
        }

        var output = new List<Row>();
        Row? current = null;
        foreach (var line in body.Where(r => !r.IsEmpty))
        {
            var row = line;
            var at = IdParagraph(row, anchor);
            if (at is null)
            {
                current = Append(current!, row);
                continue;
            }

            if (at > 0)
            {
                // "públicas capacitadas. ¶ 190.2 ¶ Se brinda…": the lines above the id end the goal before.
                var cell = GoalCell(row, anchor)!;
                current = Append(current!, row with { Cells = [cell with { Paragraphs = cell.Paragraphs.Take(at.Value).ToList() }] });
                row = row with { Cells = row.Cells.Select(c => ReferenceEquals(c, cell) ? c with { Paragraphs = c.Paragraphs.Skip(at.Value).ToList() } : c).ToList() };
            }

            if (current is not null)
            {
                output.Add(current);
            }

            current = row;
        }

        if (current is not null)
        {
            output.Add(current);
        }

        return output;
    }

    private static bool EndsGoalRows(Row row, Func<IReadOnlyList<RowCell>, int?> goalColumnOfHeader) =>
        row.NonEmpty.FirstOrDefault() is { } first && ((row.IsSingle && first.Span > 1) ||
        first.Paragraphs.Concat([first.Text]).Any(p => StrategyLabels.Read(p) is { Field: not StrategyField.Goal, Rest.Length: 0 }) ||
        StrategySegmenter.Start(row) is not null || SectionDetector.Classify(row) is not null || goalColumnOfHeader(row.NonEmpty.ToList()) is not null);

    private static Row Append(Row to, Row lines)
    {
        var cells = to.Cells.ToList();
        foreach (var cell in lines.NonEmpty)
        {
            var k = cells.FindIndex(c => c.Column == cell.Column);
            cells = k >= 0
                ? [.. cells.Take(k), cells[k] with { Paragraphs = [.. cells[k].Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)), .. cell.Paragraphs] }, .. cells.Skip(k + 1)]
                : [.. cells, cell];
        }

        return to with { Cells = cells.OrderBy(c => c.Column).ToList() };
    }

    private static RowCell? GoalCell(Row row, int anchor) => row.Cells.FirstOrDefault(c => c.Column <= anchor && anchor < c.Column + c.Span && !c.IsEmpty);

    /// <summary>The index of the goal cell's paragraph that opens with a goal id, or null.</summary>
    private static int? IdParagraph(Row row, int anchor)
    {
        if (GoalCell(row, anchor) is not { } cell)
        {
            return null;
        }

        var k = cell.Paragraphs.ToList().FindIndex(p => GoalId().IsMatch(p));
        return k < 0 ? null : k;
    }

    [GeneratedRegex(@"^\s*(?:meta\s*)?\d{3}\.\d{1,2}(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex GoalId();
}
