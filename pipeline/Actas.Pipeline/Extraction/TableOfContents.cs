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
        var byStart = new List<int>();
        var inTables = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].NonEmpty.ToList();
            if (cells.Count != 2 || !PageNumber().IsMatch(cells[1].Text.Trim()))
            {
                continue;
            }

            var entry = TextFold.Key(cells[0].Text);
            if (rows[i].Table is not null)
            {
                // A PDF's dot leaders read as a table (blind batch P, P6: "1. Datos de la sesión……1" printed): its rows are
                // entries only when the whole table is one (below).
                if ((later.TryGetValue(entry, out var named) && named > i) || (entry.Contains(' ', StringComparison.Ordinal) && HeadsLaterRow(rows, i, entry)))
                {
                    inTables.Add(i);
                }
                else if (i > 0 && rows[i - 1].Table == rows[i].Table && rows[i - 1].NonEmpty.ToList() is [var wrapped] &&
                         later.TryGetValue(TextFold.Key(wrapped.Text + " " + cells[0].Text), out var whole) && whole > i)
                {
                    // An entry wrapped over two printed lines, its page number on the second (blind batch AI, AI2's PDF: "Estrategia 615.
                    // Reconocer y apoyar … del" ¶ "patrimonio escénico popular de la Ciudad ‖ 3").
                    inTables.Add(i - 1);
                    inTables.Add(i);
                }

                continue;
            }

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
            else if (entry.Contains(' ', StringComparison.Ordinal) && HeadsLaterRow(rows, i, entry))
            {
                byStart.Add(i);
            }
        }

        // "Estrategia 152⇥1" for the heading "Estrategia 152. Identificar y registrar…" (blind batch P, P6): an entry that names a
        // later heading by its first words, among entries named whole (a row "Total⇥12" elsewhere is no entry).
        for (var added = true; added;)
        {
            added = false;
            foreach (var i in byStart.Where(i => !drop.Contains(i) && drop.Any(d => Math.Abs(d - i) <= 3)).ToList())
            {
                added |= drop.Add(i);
            }
        }

        // A table of three or more rows that are all entries is a table of contents; a table with other rows keeps them all.
        foreach (var table in inTables.GroupBy(i => rows[i].Table))
        {
            if (table.Count() >= 3 && table.Count() == rows.Count(r => r.Table == table.Key))
            {
                drop.UnionWith(table);
            }
        }

        return drop.Count == 0 ? rows : [.. rows.Where((_, i) => !drop.Contains(i))];
    }

    /// <summary>Whether a later single row's text (as a key) starts with the entry's words, then more words.</summary>
    private static bool HeadsLaterRow(IReadOnlyList<Row> rows, int entryAt, string entry)
    {
        for (var j = entryAt + 1; j < rows.Count; j++)
        {
            if (rows[j].IsSingle && TextFold.Key(rows[j].Text) is var key && key.Length > entry.Length && key[entry.Length] == ' ' &&
                key.StartsWith(entry, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
