using Actas.Pipeline.Layout;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A roster written as tabbed lines ("Name ⇥ Institution ⇥ Sector") whose long line wrapped: the word processor carries
/// the rest to the left margin of the next line, so a line with a cell too few is followed by a line whose first part
/// ends the last cell above and whose other parts are the missing cells (blind batch AA, AA2: "7) Daniela … ⇥ Secretaría
/// Ejecutiva del Mecanismo … de Derechos" ¶ "Humanos del Distrito Federal ⇥ Secretaría Ejecutiva"). The two lines are read
/// as one row, in or out of the table the tab-aligned lines make.
/// </summary>
public static class WrappedTabLines
{
    /// <summary>The tabbed lines around a line that tell how many cells a whole line has.</summary>
    private const int Reach = 4;

    /// <summary>At least this many of them must have that many cells.</summary>
    private const int MinWholeLines = 2;

    public static IReadOnlyList<Row> Join(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<Row>? joined = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i + 1 < rows.Count && Joined(rows, i) is { } row)
            {
                joined ??= [.. rows.Take(i)];
                joined.Add(row);
                i++;
                continue;
            }

            joined?.Add(rows[i]);
        }

        return joined ?? rows;
    }

    private static Row? Joined(IReadOnlyList<Row> rows, int i)
    {
        var (above, below) = (rows[i], rows[i + 1]);
        if (!Typed(above) || !Typed(below) || above.Table != below.Table || below.Role == ParagraphRole.Heading)
        {
            return null;
        }

        var top = above.NonEmpty.ToList();
        var rest = below.NonEmpty.ToList();
        if (top.Count < 2 || rest.Count < 2 || top.Count + rest.Count - 1 != WholeCount(rows, i) ||
            !(above.Role == ParagraphRole.ListItem && below.Role != ParagraphRole.ListItem) && PersonNames.LooksLikePerson(rest[0].Text))
        {
            return null;
        }

        var last = top[^1];
        var cells = top.SkipLast(1)
            .Append(last with { Paragraphs = [last.Text.TrimEnd() + " " + rest[0].Text.Trim()] })
            .Concat(rest.Skip(1).Select((c, k) => c with { Column = last.Column + 1 + k }))
            .ToList();
        return above with { Cells = cells, SoftLines = null };
    }

    /// <summary>
    /// A paragraph's row, its cells cut at tabs: alone, or one of the tab-aligned lines <see cref="RowStream"/> reads as a table
    /// (a Word table's row has a row number, and its cells wrap inside themselves).
    /// </summary>
    private static bool Typed(Row row) => row.Location.Row is null;

    /// <summary>The cell count most tabbed lines near <paramref name="i"/> (not it nor the line below) share; 0 when too few do.</summary>
    private static int WholeCount(IReadOnlyList<Row> rows, int i) =>
        Enumerable.Range(Math.Max(0, i - Reach), Math.Min(rows.Count, i + 2 + Reach) - Math.Max(0, i - Reach))
            .Where(k => k != i && k != i + 1 && Typed(rows[k]))
            .Select(k => rows[k].NonEmpty.Count())
            .Where(n => n >= 2)
            .GroupBy(n => n)
            .Where(g => g.Count() >= MinWholeLines)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
}
