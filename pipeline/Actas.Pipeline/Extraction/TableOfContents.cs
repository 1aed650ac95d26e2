using System.Text.RegularExpressions;

namespace Actas.Pipeline.Extraction;

/// <summary>
/// A table of contents at the top of the minutes ("2.2 Estrategia 512. Garantizar…⇥3", "3. Acuerdos y cierre……3"): each
/// entry names a heading that comes later, then its page number after a tab or a dot leader. Its entries are no content:
/// read as rows they would open a strategy twice and put "3. Acuerdos y cierre" among its remarks.
/// </summary>
public static partial class TableOfContents
{
    /// <summary>The rows without the entries of a table of contents: a row whose last cell is a page number and whose text
    /// (alone, or joined to the row above when the entry wraps) is the text of a later row.</summary>
    public static IReadOnlyList<Row> Without(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var later = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].IsSingle)
            {
                later[TextFold.Key(rows[i].Text)] = i; // the last row with this text
            }
        }

        var drop = new HashSet<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].NonEmpty.ToList();
            if (rows[i].Table is not null || cells.Count != 2 || !PageNumber().IsMatch(cells[1].Text.Trim()))
            {
                continue;
            }

            var entry = TextFold.Key(cells[0].Text);
            if (later.TryGetValue(entry, out var heading) && heading > i)
            {
                drop.Add(i);
            }
            else if (i > 0 && rows[i - 1] is { Table: null, IsSingle: true } above && !drop.Contains(i - 1) &&
                     later.TryGetValue(TextFold.Key(above.Text + " " + cells[0].Text), out heading) && heading > i)
            {
                drop.Add(i - 1);
                drop.Add(i);
            }
        }

        return drop.Count == 0 ? rows : [.. rows.Where((_, i) => !drop.Contains(i))];
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
