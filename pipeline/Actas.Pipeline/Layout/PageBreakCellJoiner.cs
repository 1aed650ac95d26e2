using System.Text.RegularExpressions;
using Actas.Pipeline.Diagnostics;

namespace Actas.Pipeline.Layout;

/// <summary>
/// Joins what a page break split, for every reader alike:
/// a table that continues after a page break (Table, PageBreak, Table with the same grid)
/// becomes one table, and a row whose cells continue the previous row's cells mid-sentence
/// is merged into it. Seed, strategy 520: "…programas y protocolos de" / page break /
/// "asistencia a víctimas en México…".
/// </summary>
public sealed partial class PageBreakCellJoiner
{
    /// <summary>Numbered rows needed besides the cut one (see <see cref="UnnumberedInNumbered"/>).</summary>
    private const int MinNumberedRows = 2;

    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "la", "el", "los", "las", "y", "e", "o", "u", "a", "al", "en", "con", "por", "para",
        "que", "se", "su", "sus", "un", "una", "como", "entre", "sobre", "sin", "lo",
    };

    public LayoutDocument Join(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var issues = document.Issues.ToList();
        var blocks = JoinTables(document.Blocks, issues);
        blocks = blocks.Select(b => b is Table t ? JoinRows(t, issues) : b).ToList();
        return document with { Blocks = blocks, Issues = issues };
    }

    private static List<LayoutBlock> JoinTables(IReadOnlyList<LayoutBlock> blocks, List<Issue> issues)
    {
        var result = new List<LayoutBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Table table)
            {
                result.Add(blocks[i]);
                continue;
            }

            var j = i + 1;
            var sawBreak = false;
            while (j < blocks.Count && (blocks[j] is PageBreak || blocks[j] is Paragraph { Text.Length: 0 }))
            {
                sawBreak |= blocks[j] is PageBreak;
                j++;
            }

            if (sawBreak && j < blocks.Count && blocks[j] is Table next && Continues(table, next))
            {
                var rows = table.Rows.ToList();
                rows.AddRange(next.Rows.Select((r, k) => k == 0 ? r with { AfterBreak = true } : r));
                blocks = [.. blocks.Take(i), table with { Rows = rows, SpansKnown = table.SpansKnown && next.SpansKnown }, .. blocks.Skip(j + 1)];
                issues.Add(new Issue("table-joined", Severity.Info, table.Location.ToString(), "table continues after a page break; merged"));
                i--; // look again: the merged table may continue on yet another page
                continue;
            }

            result.Add(table);
        }

        return result;
    }

    private static bool Continues(Table first, Table next)
    {
        if (first.ColumnCount != next.ColumnCount || next.Rows.Count == 0 || first.Rows.Count == 0)
        {
            return false;
        }

        var head = next.Rows[0];
        var spansAll = head.Cells.Count(c => !c.IsEmpty) == 1 && head.Cells.Any(c => !c.IsEmpty && c.ColumnSpan == next.ColumnCount);
        return !spansAll || IsContinuation(first.Rows[^1], head);
    }

    private static Table JoinRows(Table table, List<Issue> issues)
    {
        if (!table.Rows.Any(r => r.AfterBreak))
        {
            return table;
        }

        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (row.AfterBreak && rows.Count > 0 && (IsContinuation(rows[^1], row) || UnnumberedInNumbered(table, row)))
            {
                rows[^1] = Merge(rows[^1], row);
                issues.Add(new Issue("cell-joined", Severity.Info, table.Location.ToString(), "a cell split by a page break was joined"));
                continue;
            }

            rows.Add(row);
        }

        return table with { Rows = rows };
    }

    /// <summary>
    /// A row continues the one above when each of its non-empty cells sits under a non-empty
    /// cell that stops mid-sentence (no final . ! ? or a dangling "de", "y", …) and itself
    /// starts in lower case or right after such a dangling word.
    /// </summary>
    public static bool IsContinuation(TableRow above, TableRow row)
    {
        ArgumentNullException.ThrowIfNull(above);
        ArgumentNullException.ThrowIfNull(row);
        var any = false;
        foreach (var cell in row.Cells.Where(c => !c.IsEmpty))
        {
            var upper = above.Cells.FirstOrDefault(c => c.Column == cell.Column && !c.IsEmpty);
            if (upper is null)
            {
                return false;
            }

            var end = upper.Paragraphs[^1].TrimEnd();
            var start = cell.Paragraphs[0].TrimStart();
            var lastWord = end.Split(' ')[^1];
            var endsOpen = end.Length > 0 && !".!?".Contains(end[^1]);
            var startsLower = start.Length > 0 && char.IsLower(start[0]);
            if (!(endsOpen && (startsLower || DanglingWords.Contains(lastWord))))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// A table whose rows each open with an item number in the first column ("194.1", "3.") and a
    /// row after a page break that does not: the break cut the last numbered row, whatever its
    /// cells' wording (a goal text "Se amplía…" under its id "197.1", an executor "Alternativa del
    /// TSJCDMX" under "Centro de Justicia"). The header row is left out of the count; at least
    /// <see cref="MinNumberedRows"/> numbered rows, and every other row numbered.
    /// </summary>
    private static bool UnnumberedInNumbered(Table table, TableRow row)
    {
        if (Numbered(row) || row.Cells.All(c => c.IsEmpty))
        {
            return false;
        }

        var others = table.Rows.Skip(1).Where(r => !ReferenceEquals(r, row) && r.Cells.Any(c => !c.IsEmpty)).ToList();
        return others.Count >= MinNumberedRows && others.All(Numbered);
    }

    private static bool Numbered(TableRow row) =>
        row.Cells.FirstOrDefault(c => c.Column == 0) is { IsEmpty: false } cell && ItemNumber().IsMatch(cell.Paragraphs[0]);

    private static TableRow Merge(TableRow above, TableRow row)
    {
        var cells = above.Cells.Select(upper =>
        {
            var lower = row.Cells.FirstOrDefault(c => c.Column == upper.Column && !c.IsEmpty);
            if (lower is null)
            {
                return upper;
            }

            var paragraphs = upper.Paragraphs.ToList();
            if (paragraphs.Count > 0 && ItemNumber().IsMatch(paragraphs[^1]) && paragraphs[^1].Trim().Split(' ').Length == 1)
            {
                // A bare item number ("197.1") over its text: the text is a paragraph of its own.
                paragraphs.AddRange(lower.Paragraphs);
                return upper with { Paragraphs = paragraphs, Box = upper.Box is { } ub && lower.Box is { } lb1 ? ub.Union(lb1) : upper.Box, ListLabels = null };
            }

            var joined = paragraphs.Count == 0 ? lower.Paragraphs[0] : paragraphs[^1] + " " + lower.Paragraphs[0];
            if (paragraphs.Count == 0)
            {
                paragraphs.Add(joined);
            }
            else
            {
                paragraphs[^1] = joined;
            }

            paragraphs.AddRange(lower.Paragraphs.Skip(1));
            var box = upper.Box is { } b && lower.Box is { } lb ? b.Union(lb) : upper.Box;
            return upper with { Paragraphs = paragraphs, Box = box, ListLabels = JoinLabels(upper, lower, paragraphs.Count) };
        }).ToList();
        return above with { Cells = cells };
    }

    /// <summary>The joined cell's list labels: the lower cell's first paragraph continues the upper's last, so its label goes.</summary>
    private static IReadOnlyList<string?>? JoinLabels(TableCell upper, TableCell lower, int count)
    {
        if (upper.ListLabels is null && lower.ListLabels is null)
        {
            return null;
        }

        var labels = (upper.ListLabels ?? upper.Paragraphs.Select(_ => (string?)null)).ToList();
        labels.AddRange((lower.ListLabels ?? lower.Paragraphs.Select(_ => (string?)null)).Skip(1));
        return labels.Count == count ? labels : null;
    }

    /// <summary>An item number opening a cell: "194.1", "3", "3.", "2)" followed by a space or the end.</summary>
    [GeneratedRegex(@"^\s*\d{1,3}(?:\.\d{1,3})*[.)]?(?:\s|$)")]
    private static partial Regex ItemNumber();
}
